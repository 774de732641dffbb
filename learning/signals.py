"""Events the learning app sends, after commit, for other apps to subscribe to."""

import logging

from django.dispatch import Signal

logger = logging.getLogger(__name__)

# kwargs: progress (a LessonProgress just finished).
lesson_completed = Signal()
# kwargs: attempt (a QuizAttempt just graded and kept).
quiz_submitted = Signal()
# kwargs: completion (a Completion just recorded).
course_completed = Signal()
# kwargs: completion (a Completion just voided; it no longer counts).
completion_voided = Signal()


def send_safely(signal: Signal, **kwargs) -> None:
    """Tell subscribers; one failing must not undo or hide what was recorded."""
    for receiver, error in signal.send_robust(sender=None, **kwargs):
        if isinstance(error, Exception):
            logger.error("Receiver %r failed for %s", receiver, kwargs, exc_info=error)
