"""Events pushed to a Learning Record Store in the background, with retries."""

import base64
import logging
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from learning.models import Completion
from learning.scopes import Scope
from learning.services import quiz_submit
from tests.conftest import correct_answers, study
from xapi.statements import statements_export

from .conftest import learn, work_off
from .schema import assert_valid

# Nothing listens on port 1: an LRS that is down.
LRS_DOWN = "http://127.0.0.1:1/xapi"
# The worker runs in the test's thread and closes connections as it goes, so
# these tests commit for real.
committing = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def push_to(settings):
    """Point the push at an LRS, retrying at once so no test waits."""

    def configure(url: str, *, attempts: int = 4) -> None:
        settings.XAPI_LRS_URL = url
        settings.XAPI_LRS_USERNAME = "hocvuso"
        settings.XAPI_LRS_PASSWORD = "mật-khẩu"
        settings.XAPI_PUSH_ATTEMPTS = attempts
        settings.XAPI_PUSH_BACKOFF_SECONDS = 0

    return configure


def exported_ids() -> set[str]:
    now = timezone.now()
    statements = statements_export(
        scope=Scope(national=True),
        start=now - timedelta(days=1),
        end=now + timedelta(days=1),
    )
    return {statement["id"] for statement in statements}


def test_nothing_is_queued_without_an_lrs(
    course, make_learner, settings, django_capture_on_commit_callbacks
):
    assert settings.XAPI_LRS_URL == ""
    with django_capture_on_commit_callbacks(execute=True):
        learn(course, make_learner(), passing=True)

    assert Completion.objects.exists()
    assert not DBTaskResult.objects.exists()


@committing
def test_every_event_reaches_the_lrs_and_a_503_is_retried(
    course, make_learner, lrs, push_to
):
    push_to(lrs.url)
    lrs.answers = [503]
    learn(course, make_learner(), passing=True)
    lessons = course.lessons().count()
    events = lessons + 2  # the lessons, the quiz attempt, the course

    assert DBTaskResult.objects.filter(backend_name="xapi").count() == events
    assert lrs.received == []  # the resident's requests did not wait on it

    work_off()

    assert [r.status for r in lrs.received] == [503] + [200] * events
    refused, *accepted = lrs.received
    assert {s["id"] for s in refused.statements} <= {
        s["id"] for r in accepted for s in r.statements
    }
    pushed = [s for r in accepted for s in r.statements]
    assert_valid(pushed)
    assert {s["id"] for s in pushed} == exported_ids()
    credentials = base64.b64encode("hocvuso:mật-khẩu".encode()).decode()
    for request in lrs.received:
        assert request.path == "/xapi/statements"
        assert request.headers["X-Experience-API-Version"] == "1.0.3"
        assert request.headers["Authorization"] == f"Basic {credentials}"
    results = DBTaskResult.objects.filter(backend_name="xapi")
    assert results.count() == events + 1  # the retry is a task of its own
    assert set(results.values_list("status", flat=True)) == {"SUCCESSFUL"}


@committing
def test_a_refusal_other_than_429_is_logged_and_not_retried(
    course, make_learner, lrs, push_to, caplog
):
    push_to(lrs.url)
    lrs.answers = [400]
    learner = make_learner()
    study(learner, course)  # lessons only: one event per lesson
    lessons = course.lessons().count()

    with caplog.at_level(logging.ERROR, logger="xapi"):
        work_off()

    assert [r.status for r in lrs.received] == [400] + [200] * (lessons - 1)
    assert DBTaskResult.objects.count() == lessons
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1
    assert "refused" in caplog.text


@committing
def test_a_resident_completes_a_course_while_the_lrs_is_down(
    client, course, make_learner, push_to, caplog
):
    push_to(LRS_DOWN, attempts=3)
    learner = make_learner()
    client.force_login(learner.user)
    study(learner, course)

    response = client.post(
        reverse("learning:quiz", args=[course.pk]), correct_answers(course)
    )

    assert response.status_code == 200
    assert Completion.objects.filter(learner=learner, course=course).exists()
    events = course.lessons().count() + 2
    assert DBTaskResult.objects.filter(status="READY").count() == events

    with caplog.at_level(logging.WARNING, logger="xapi"):
        work_off()

    results = DBTaskResult.objects.all()
    assert results.count() == events * 3  # three attempts each
    assert results.filter(status="FAILED").count() == events
    assert caplog.text.count("Gave up pushing") == events
    assert "retrying" in caplog.text


def test_an_event_gone_before_its_push_sends_nothing(
    course, make_learner, lrs, push_to, django_capture_on_commit_callbacks
):
    """A learner who deleted their data meanwhile: their progress is not sent."""
    from xapi.push import statements_push

    push_to(lrs.url)
    assert statements_push.call(event="lesson", pk=999_999) == 0
    assert lrs.received == []
    learner = make_learner()
    study(learner, course)
    attempt, _grade = quiz_submit(
        learner=learner, course=course, data=correct_answers(course)
    )
    assert statements_push.call(event="quiz", pk=attempt.pk) == 2
    assert_valid(lrs.received[0].statements)
