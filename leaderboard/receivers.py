"""Keep campaign standings in step with completions recorded by the learning app."""

from django.dispatch import receiver

from learning.signals import completion_voided, course_completed

from .services.standings import completion_count, completion_uncount


@receiver(course_completed, dispatch_uid="leaderboard.completion_count")
def on_course_completed(sender, *, completion, **kwargs) -> None:
    completion_count(completion=completion)


@receiver(completion_voided, dispatch_uid="leaderboard.completion_uncount")
def on_completion_voided(sender, *, completion, **kwargs) -> None:
    completion_uncount(completion=completion)
