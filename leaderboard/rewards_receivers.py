"""Points, streaks and badges follow learning events."""

from django.dispatch import receiver
from django.utils import timezone

from learning.signals import (
    completion_voided,
    course_completed,
    lesson_completed,
    quiz_submitted,
)

from .rewards import (
    POINTS_COURSE,
    POINTS_LESSON,
    POINTS_QUIZ_PASSED,
    POINTS_QUIZ_PERFECT,
    activity_reward,
    completion_unreward,
    helper_reward,
)


@receiver(lesson_completed, dispatch_uid="leaderboard.rewards.lesson")
def on_lesson_completed(sender, progress, **kwargs) -> None:
    activity_reward(
        learner=progress.learner,
        at=progress.finished_at or timezone.now(),
        awards=[(f"lesson:{progress.lesson_id}", POINTS_LESSON)],
        checks=frozenset({"lessons"}),
    )


@receiver(quiz_submitted, dispatch_uid="leaderboard.rewards.quiz")
def on_quiz_submitted(sender, attempt, **kwargs) -> None:
    awards = []
    if attempt.passed:
        awards.append((f"quiz:{attempt.course_id}", POINTS_QUIZ_PASSED))
        if attempt.score == 100:
            awards.append((f"quiz_perfect:{attempt.course_id}", POINTS_QUIZ_PERFECT))
    activity_reward(
        learner=attempt.learner,
        at=attempt.created_at,
        awards=awards,
        checks=frozenset({"quizzes"}),
    )


@receiver(course_completed, dispatch_uid="leaderboard.rewards.course")
def on_course_completed(sender, completion, **kwargs) -> None:
    activity_reward(
        learner=completion.learner,
        at=completion.completed_at,
        awards=[(f"course:{completion.course_id}", POINTS_COURSE)],
        checks=frozenset({"courses"}),
    )
    helper_reward(completion=completion)


@receiver(completion_voided, dispatch_uid="leaderboard.rewards.void")
def on_completion_voided(sender, completion, **kwargs) -> None:
    completion_unreward(completion=completion)
