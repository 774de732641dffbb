"""Standings, kept up to date as completions arrive."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommuneStanding(models.Model):
    """How many courses a commune's residents have completed.

    Derived from learning.Completion and rebuilt from it by `standings_rebuild`;
    the live path adds one per completion so no request ever counts completions.
    """

    commune = models.OneToOneField(
        "learning.Commune",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="standing",
    )
    completions = models.PositiveIntegerField(_("completions"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("commune standing")
        verbose_name_plural = _("commune standings")

    def __str__(self) -> str:
        return f"{self.commune_id}: {self.completions}"
