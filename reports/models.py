"""Per-commune rollups of completions, so reports never count the completions table.

A row is one commune's completions on one local day (Asia/Ho_Chi_Minh) in one
dimension: all courses (course 0, area 0), one course (area 0), or one competence
area (course 0). Plain integers with 0 for "all" keep the unique key free of
nulls, so one INSERT ... ON CONFLICT writes it on PostgreSQL and SQLite alike.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

ALL = 0  # course or area: every one of them


class CommuneDay(models.Model):
    """One commune's completions on one day in one dimension, kept as they arrive.

    `learners` counts residents whose first valid completion in this commune and
    dimension fell on this day; `assisted_learners` the same for assisted ones.
    """

    # Indexed by the unique constraint, which starts with it.
    commune = models.ForeignKey(
        "learning.Commune",
        on_delete=models.CASCADE,
        related_name="report_days",
        db_index=False,
    )
    day = models.DateField(_("day"))
    course = models.PositiveIntegerField(_("course"), default=ALL)
    area = models.PositiveIntegerField(_("competence area"), default=ALL)
    completions = models.IntegerField(_("completions"), default=0)
    learners = models.IntegerField(_("new learners"), default=0)
    assisted = models.IntegerField(_("assisted completions"), default=0)
    assisted_learners = models.IntegerField(_("new assisted residents"), default=0)

    class Meta:
        constraints = [
            # Days last, so one commune's dimension is a range of the index.
            models.UniqueConstraint(
                fields=["commune", "course", "area", "day"],
                name="communeday_once",
            )
        ]
        # Daily totals over many communes read one dimension by day. On PostgreSQL
        # a covering index (migration 0001) also lets reports sum a commune's
        # counters from the index alone.
        indexes = [models.Index(fields=["course", "area", "day"])]
        verbose_name = _("commune day")
        verbose_name_plural = _("commune days")

    def __str__(self) -> str:
        return f"{self.commune_id} · {self.day} · {self.course}/{self.area}"


class DeletedLearnerDay(models.Model):
    """The first-completion counts of learners who deleted their data.

    Their completions stay, without a learner, so a rebuild can no longer tell
    whose first one each was; it adds these counts back instead. Same key as
    CommuneDay.
    """

    commune = models.ForeignKey(
        "learning.Commune", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    day = models.DateField(_("day"))
    course = models.PositiveIntegerField(_("course"), default=ALL)
    area = models.PositiveIntegerField(_("competence area"), default=ALL)
    learners = models.IntegerField(_("new learners"), default=0)
    assisted_learners = models.IntegerField(_("new assisted residents"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "course", "area", "day"],
                name="deletedlearnerday_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.commune_id} · {self.day} · {self.course}/{self.area}"
