import threading

import pytest
from django.db import close_old_connections, connection

from courses.grading import AnswersInvalid
from learning.models import Commune, Completion, QuizAttempt
from learning.services import (
    CommuneMissing,
    completion_record,
    learner_commune_set,
    quiz_submit,
)
from learning.signals import course_completed
from tests.conftest import correct_answers, study


@pytest.fixture
def sent(db):
    """Every course_completed event, as the leaderboard would receive it."""
    events = []

    def receiver(sender, completion, **kwargs):
        events.append(completion)

    course_completed.connect(receiver, dispatch_uid="test-sent")
    yield events
    course_completed.disconnect(dispatch_uid="test-sent")


def test_completion_is_recorded_once(
    course, make_learner, sent, django_capture_on_commit_callbacks
):
    learner = make_learner()

    with django_capture_on_commit_callbacks(execute=True):
        first = completion_record(learner=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        second = completion_record(learner=learner, course=course)

    assert first.pk == second.pk
    assert Completion.objects.filter(learner=learner, course=course).count() == 1
    assert [c.pk for c in sent] == [first.pk]


def test_completion_keeps_its_commune_when_the_learner_moves(course, make_learner):
    learner = make_learner(commune_code="00070")
    completion = completion_record(learner=learner, course=course)

    learner_commune_set(learner=learner, commune=Commune.objects.get(code="00004"))

    completion.refresh_from_db()
    assert completion.commune_id == "00070"
    assert learner.commune_id == "00004"


def test_passing_the_quiz_completes_the_course(
    course, make_learner, sent, django_capture_on_commit_callbacks
):
    learner = make_learner()
    study(learner, course)

    with django_capture_on_commit_callbacks(execute=True):
        attempt, result = quiz_submit(
            learner=learner, course=course, data=correct_answers(course)
        )

    assert result.passed and result.score == 100
    assert attempt.passed and attempt.correct == attempt.total == 8
    assert Completion.objects.get(learner=learner, course=course).commune_id == "00070"
    assert len(sent) == 1


def test_failing_the_quiz_keeps_the_attempt_but_completes_nothing(course, make_learner):
    learner = make_learner()
    study(learner, course)
    wrong = correct_answers(course)
    for q in course.quiz_questions():
        wrong[f"q-{q.id}"] = str((min(q.correct) + 1) % len(q.choices))

    attempt, result = quiz_submit(learner=learner, course=course, data=wrong)

    assert not result.passed
    assert QuizAttempt.objects.filter(learner=learner).count() == 1
    assert not Completion.objects.filter(learner=learner).exists()


def test_a_retry_after_passing_does_not_count_twice(course, make_learner):
    learner = make_learner()
    study(learner, course)

    quiz_submit(learner=learner, course=course, data=correct_answers(course))
    quiz_submit(learner=learner, course=course, data=correct_answers(course))

    assert Completion.objects.filter(learner=learner, course=course).count() == 1
    assert QuizAttempt.objects.filter(learner=learner).count() == 2


def test_invalid_answers_store_nothing(course, make_learner):
    learner = make_learner()
    tampered = correct_answers(course)
    tampered[next(key for key in tampered if key.startswith("q-"))] = "7"

    with pytest.raises(AnswersInvalid):
        quiz_submit(learner=learner, course=course, data=tampered)

    assert not QuizAttempt.objects.exists()
    assert not Completion.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_processes_racing_record_one_completion(course, make_learner):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race is exercised on PostgreSQL")
    learner = make_learner()
    barrier = threading.Barrier(4)
    results, errors = [], []

    def submit():
        try:
            barrier.wait(timeout=10)
            results.append(completion_record(learner=learner, course=course).pk)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not errors
    assert len(set(results)) == 1
    assert Completion.objects.filter(learner=learner, course=course).count() == 1


def test_a_learner_without_a_commune_cannot_submit(course, make_learner):
    learner = make_learner(commune_code=None)

    with pytest.raises(CommuneMissing):
        quiz_submit(learner=learner, course=course, data=correct_answers(course))

    assert not QuizAttempt.objects.exists()
    assert not Completion.objects.exists()


def test_a_failing_subscriber_does_not_hide_the_completion(
    course, make_learner, django_capture_on_commit_callbacks
):
    def broken(sender, completion, **kwargs):
        raise RuntimeError("subscriber down")

    course_completed.connect(broken, dispatch_uid="test-broken")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            completion = completion_record(learner=make_learner(), course=course)
    finally:
        course_completed.disconnect(dispatch_uid="test-broken")

    assert Completion.objects.filter(pk=completion.pk).exists()
