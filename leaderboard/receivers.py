"""Keep standings in step with completions recorded by the learning app."""

from django.dispatch import receiver

from learning.signals import course_completed

from .services import standing_increment


@receiver(course_completed, dispatch_uid="leaderboard.standing_increment")
def on_course_completed(sender, *, completion, **kwargs) -> None:
    if completion.commune_id is not None:
        standing_increment(commune=completion.commune)
