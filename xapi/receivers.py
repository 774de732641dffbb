"""Learning events queued for the Learning Record Store as they happen."""

from .push import event_queue


def on_lesson_completed(sender, *, progress, **kwargs) -> None:
    event_queue(event="lesson", pk=progress.pk)


def on_quiz_submitted(sender, *, attempt, **kwargs) -> None:
    event_queue(event="quiz", pk=attempt.pk)


def on_course_completed(sender, *, completion, **kwargs) -> None:
    event_queue(event="course", pk=completion.pk)
