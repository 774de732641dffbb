"""Fair-play flags follow learning events."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from learning.models import Learner
from learning.signals import course_completed, quiz_submitted

from .fairplay import completion_check, quiz_attempt_check, signup_check
from .middleware import origin_current


@receiver(course_completed, dispatch_uid="leaderboard.fairplay_completion_check")
def on_course_completed(sender, *, completion, **kwargs) -> None:
    completion_check(completion=completion, origin=origin_current())


@receiver(quiz_submitted, dispatch_uid="leaderboard.fairplay_quiz_attempt_check")
def on_quiz_submitted(sender, *, attempt, **kwargs) -> None:
    quiz_attempt_check(attempt=attempt)


@receiver(post_save, sender=Learner, dispatch_uid="leaderboard.fairplay_signup_check")
def on_learner_saved(
    sender, *, instance, created, update_fields=None, raw=False, **kwargs
) -> None:
    """A helper's registration sets registered_by on creation or right after it."""
    if raw or instance.registered_by_id is None:
        return
    if not created and "registered_by" not in (update_fields or ()):
        return
    # After commit, and never in the way of the registration itself.
    transaction.on_commit(lambda: signup_check(learner=instance), robust=True)
