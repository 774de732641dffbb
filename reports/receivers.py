"""Keep the per-commune rollups in step with the completions learning records."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from learning.models import Learner
from learning.signals import completion_voided, course_completed

from .services import rollup_count, rollup_learner_keep, rollup_uncount


@receiver(course_completed, dispatch_uid="reports.rollup_count")
def on_course_completed(sender, *, completion, **kwargs) -> None:
    rollup_count(completion=completion)


@receiver(completion_voided, dispatch_uid="reports.rollup_uncount")
def on_completion_voided(sender, *, completion, **kwargs) -> None:
    rollup_uncount(completion=completion)


@receiver(pre_delete, sender=Learner, dispatch_uid="reports.rollup_learner_keep")
def on_learner_deleting(sender, *, instance, **kwargs) -> None:
    """Before their completions lose them, while it can still be worked out."""
    rollup_learner_keep(learner=instance)
