"""Learning events as xAPI statements: valid, stable, pseudonymous, set-based."""

import json
import re
import uuid
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from learning.models import LessonProgress
from learning.scopes import Scope
from learning.services import completion_void, learner_delete
from xapi.statements import ANONYMOUS, statements_export, statements_for_event

from .conftest import learn
from .schema import assert_valid

ADL = "http://adlnet.gov/expapi"
SITE = "http://127.0.0.1:8000"  # SITE_URL's default
EVERYWHERE = Scope(national=True)


def export(scope=EVERYWHERE) -> list[dict]:
    now = timezone.now()
    return list(
        statements_export(
            scope=scope, start=now - timedelta(days=1), end=now + timedelta(days=1)
        )
    )


def by_verb(statements, verb: str) -> list[dict]:
    return [s for s in statements if s["verb"]["id"] == f"{ADL}/verbs/{verb}"]


def test_every_kind_of_event_is_a_valid_statement(events, course):
    lessons = course.lessons().count()
    statements = export()

    assert_valid(statements)
    completed = by_verb(statements, "completed")
    lesson_type, course_type = f"{ADL}/activities/lesson", f"{ADL}/activities/course"
    kinds = [s["object"]["definition"]["type"] for s in completed]
    assert kinds.count(lesson_type) == 2 * lessons
    assert kinds.count(course_type) == 1
    assert len(by_verb(statements, "attempted")) == 2
    [passed], [failed] = by_verb(statements, "passed"), by_verb(statements, "failed")
    attempt = events.passed_attempt
    assert passed["result"] == {
        "score": {
            "scaled": attempt.score / 100,
            "raw": attempt.correct,
            "min": 0,
            "max": attempt.total,
        },
        "success": True,
        "duration": f"PT{attempt.seconds_taken}S",
    }
    assert failed["result"]["success"] is False
    assert failed["result"]["score"]["raw"] < failed["result"]["score"]["max"]
    assert passed["object"]["definition"]["type"] == f"{ADL}/activities/assessment"
    assert [s["timestamp"] for s in statements] == sorted(
        s["timestamp"] for s in statements
    )


def test_activities_are_the_pages_addresses_named_in_both_languages(events, course):
    statements = export()
    course_statement = next(
        s for s in statements if s["object"]["definition"]["type"].endswith("/course")
    )
    activity = course_statement["object"]
    lesson = course.lessons().first()
    lesson_statement = next(
        s for s in statements if s["object"]["id"] == f"{SITE}{lesson.url}"
    )
    english = course.get_translation(Locale.objects.get(language_code="en"))

    assert activity["id"] == f"{SITE}{course.url}"
    assert activity["definition"]["name"] == {"vi": course.title, "en": english.title}
    assert lesson_statement["context"]["contextActivities"]["parent"] == [activity]
    assert set(lesson_statement["verb"]["display"]) == {"vi", "en"}
    commune = f"{SITE}/xapi/extensions/commune"
    assert {s["context"]["extensions"][commune] for s in statements} == {"00070"}


def test_ids_are_stable_uuid5_and_one_per_statement(events):
    first, again = export(), export()
    ids = [s["id"] for s in first]

    assert ids == [s["id"] for s in again]
    assert len(set(ids)) == len(ids)
    assert {uuid.UUID(i).version for i in ids} == {5}
    pushed = statements_for_event(event="quiz", pk=events.passed_attempt.pk)
    assert {s["id"] for s in pushed} <= set(ids)
    assert pushed == [s for s in first if s["id"] in {p["id"] for p in pushed}]


def actor_of(learner) -> str:
    """The account name a learner's statements carry."""
    progress = LessonProgress.objects.filter(learner=learner).first()
    [statement] = statements_for_event(event="lesson", pk=progress.pk)
    return statement["actor"]["account"]["name"]


def test_actors_are_pseudonymous_by_default(events, settings):
    user = events.passed.user
    get_user_model().objects.filter(pk=user.pk).update(phone="+84912345678")
    statements = export()
    text = json.dumps(statements, ensure_ascii=False)

    for personal in (
        events.passed.full_name,
        events.failed.full_name,
        user.email,
        user.username,
        "912345678",
    ):
        assert personal not in text
    assert all("name" not in s["actor"] for s in statements)
    passed, failed = actor_of(events.passed), actor_of(events.failed)
    assert {s["actor"]["account"]["name"] for s in statements} == {passed, failed}
    assert passed != failed and re.fullmatch("[0-9a-f]{64}", passed)

    settings.XAPI_ACTOR_SECRET = "another secret"
    assert actor_of(events.passed) not in (passed, failed)


def test_identified_actors_carry_the_account_id_and_name(events, settings):
    settings.XAPI_ACTORS_IDENTIFIED = True
    statements = export()

    assert_valid(statements)
    actors = {(s["actor"]["account"]["name"], s["actor"]["name"]) for s in statements}
    assert actors == {
        (str(events.passed.user_id), events.passed.full_name),
        (str(events.failed.user_id), events.failed.full_name),
    }


def test_a_deleted_learner_leaves_an_anonymous_completion_only(events):
    learner_delete(learner=events.passed)
    statements = export()

    assert_valid(statements)
    [completion] = [s for s in statements if s["actor"]["account"]["name"] == ANONYMOUS]
    assert completion["object"]["definition"]["type"].endswith("/course")
    assert "name" not in completion["actor"]
    assert len(by_verb(statements, "passed")) == 0


def test_voided_completions_are_left_out(events, make_learner):
    admin = get_user_model().objects.create_superuser(username="root", password="!")
    completion_void(completion=events.completion, reason="Gian lận", by=admin)

    kinds = [s["object"]["definition"]["type"] for s in export()]
    assert not [kind for kind in kinds if kind.endswith("/course")]
    assert statements_for_event(event="course", pk=events.completion.pk) == []


def test_an_unknown_event_is_refused(db):
    with pytest.raises(ValueError):
        statements_for_event(event="certificate", pk=1)
    assert statements_for_event(event="lesson", pk=999_999) == []


def test_the_export_queries_the_same_however_many_events(events, course, make_learner):
    export()  # pages, sites and content types cached

    with CaptureQueriesContext(connection) as few:
        export()
    for _ in range(3):
        learn(course, make_learner(), passing=True)
    with CaptureQueriesContext(connection) as many:
        statements = export()

    assert len(by_verb(statements, "passed")) == 4
    assert len(many.captured_queries) == len(few.captured_queries)
