"""Keep standings in step with completions recorded by the learning app."""

from django.dispatch import receiver

from learning.signals import completion_voided, course_completed

from .services import standing_decrement, standing_increment


@receiver(course_completed, dispatch_uid="leaderboard.standing_increment")
def on_course_completed(sender, *, completion, **kwargs) -> None:
    if completion.commune_id is not None:
        standing_increment(commune=completion.commune)


@receiver(completion_voided, dispatch_uid="leaderboard.standing_decrement")
def on_completion_voided(sender, *, completion, **kwargs) -> None:
    if completion.commune_id is not None:
        standing_decrement(commune=completion.commune)
