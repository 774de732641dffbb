"""Learning events made through the learning services, and a stub LRS."""

import signal
from dataclasses import dataclass

import pytest
from django.core.management import call_command

from learning.models import Completion, Learner, QuizAttempt
from learning.services import quiz_submit
from tests.conftest import correct_answers, study, wrong_answers

from .lrs import lrs_serve


@dataclass
class Events:
    passed: Learner  # Hoàn Kiếm: every lesson, a passed quiz, the course
    failed: Learner  # Hoàn Kiếm: every lesson, a failed quiz
    passed_attempt: QuizAttempt
    failed_attempt: QuizAttempt
    completion: Completion


def learn(course, learner, *, passing: bool) -> QuizAttempt:
    study(learner, course)
    data = correct_answers(course) if passing else wrong_answers(course)
    attempt, _grade = quiz_submit(learner=learner, course=course, data=data)
    return attempt


@pytest.fixture
def events(course, make_learner) -> Events:
    passed = make_learner()
    failed = make_learner(full_name="Trần Văn Bình")
    passed_attempt = learn(course, passed, passing=True)
    failed_attempt = learn(course, failed, passing=False)
    return Events(
        passed=passed,
        failed=failed,
        passed_attempt=passed_attempt,
        failed_attempt=failed_attempt,
        completion=Completion.objects.get(learner=passed),
    )


@pytest.fixture
def lrs():
    stub, server = lrs_serve()
    yield stub
    server.shutdown()
    server.server_close()


def work_off() -> None:
    """Run the xapi queue's worker until no task is ready (`db_worker --batch`)."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {number: signal.getsignal(number) for number in signals}
    try:
        call_command(
            "db_worker",
            "--backend=xapi",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--interval=0",
            verbosity=0,
        )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
