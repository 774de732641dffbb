"""The statement schema accepts xAPI 1.0.3 statements and refuses broken ones."""

import copy

import pytest
from jsonschema import Draft202012Validator

from .schema import SCHEMA, errors

ADL = "http://adlnet.gov/expapi"
COURSE = "https://hocvu.example.vn/khoa-hoc/kich-hoat-va-su-dung-vneid/"
QUIZ = {
    "id": "9a5c2e1b-7a33-5b0e-8d8f-0c1e7f2b5a11",
    "actor": {
        "objectType": "Agent",
        "account": {"homePage": "https://hocvu.example.vn/", "name": "3f9a0c"},
    },
    "verb": {"id": f"{ADL}/verbs/passed", "display": {"vi": "đạt", "en": "passed"}},
    "object": {
        "objectType": "Activity",
        "id": "https://hocvu.example.vn/learn/courses/7/quiz/",
        "definition": {
            "type": f"{ADL}/activities/assessment",
            "name": {"vi": "Bài kiểm tra", "en": "Quiz"},
        },
    },
    "result": {
        "score": {"scaled": 0.8, "raw": 8, "min": 0, "max": 10},
        "success": True,
        "duration": "PT1M30S",
    },
    "context": {
        "contextActivities": {"parent": [{"objectType": "Activity", "id": COURSE}]},
        "extensions": {"https://hocvu.example.vn/xapi/extensions/commune": "00070"},
    },
    "timestamp": "2025-09-02T08:15:00.000Z",
    "version": "1.0.3",
}


def changed(path: str, value=None, *, delete=False) -> dict:
    """QUIZ with the value at a dotted path replaced (or deleted)."""
    statement = copy.deepcopy(QUIZ)
    *parents, last = path.split(".")
    node = statement
    for key in parents:
        node = node[key]
    if delete:
        del node[last]
    else:
        node[last] = value
    return statement


def test_the_schema_is_a_valid_draft_2020_12_schema():
    Draft202012Validator.check_schema(SCHEMA)


def test_a_well_formed_statement_passes():
    assert errors(QUIZ) == []
    assert errors(changed("timestamp", "2025-09-02T15:15:00+07:00")) == []
    group = {
        "objectType": "Group",
        "member": [{"mbox": "mailto:hong@example.vn"}],
    }
    assert errors(changed("actor", group)) == []


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param(changed("verb", delete=True), id="no verb"),
        pytest.param(changed("actor", delete=True), id="no actor"),
        pytest.param(changed("object", delete=True), id="no object"),
        pytest.param(
            changed("actor.mbox", "mailto:hong@example.vn"), id="two identifiers"
        ),
        pytest.param(changed("actor.account", delete=True), id="no identifier"),
        pytest.param(changed("actor.mbox", "hong@example.vn"), id="mbox not mailto"),
        pytest.param(
            changed("actor", {"objectType": "Group"}), id="anonymous group, no members"
        ),
        pytest.param(changed("result.score.scaled", 2), id="scaled 2"),
        pytest.param(changed("result.score.scaled", -1.5), id="scaled -1.5"),
        pytest.param(changed("result.score.raw", 11), id="raw above max"),
        pytest.param(changed("result.score.raw", -1), id="raw below min"),
        pytest.param(changed("result.score.min", 10), id="min not below max"),
        pytest.param(changed("result.success", "yes"), id="success not boolean"),
        pytest.param(changed("result.duration", "90 seconds"), id="duration"),
        pytest.param(changed("verb.id", "passed"), id="verb id not an IRI"),
        pytest.param(changed("verb.display", "passed"), id="display not a map"),
        pytest.param(changed("verb.display", {"en US": "x"}), id="bad language tag"),
        pytest.param(changed("object.id", delete=True), id="activity without id"),
        pytest.param(changed("id", "not-a-uuid"), id="id not a uuid"),
        pytest.param(changed("timestamp", "2025-09-02 08:15"), id="timestamp"),
        pytest.param(
            changed("timestamp", "2025-09-02T08:15:00"), id="timestamp without zone"
        ),
        pytest.param(changed("version", "2.0.0"), id="version"),
        pytest.param(changed("stuff", 1), id="unknown property"),
        pytest.param(
            changed("context.extensions", {"commune": "00070"}),
            id="extension key not an IRI",
        ),
    ],
)
def test_a_broken_statement_is_refused(statement):
    assert errors(statement)
