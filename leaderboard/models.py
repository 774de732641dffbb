"""Campaigns, their standings, and what residents earn along the way.

Standings are derived from learning.Completion: the live path adds to them as
completions arrive and `standings_rebuild` recounts them, so no request ever counts
completions. One row per campaign and commune means no write waits on another
commune's.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def division_limits_validate(value: str) -> None:
    """'5000, 20000': rising whole numbers above zero."""
    try:
        limits = division_limits_parse(value)
    except ValueError:
        raise ValidationError(
            _(
                "Write the population limits as rising whole numbers, such as 8000, 20000."  # noqa: E501
            )
        ) from None
    if len(limits) > 5:
        raise ValidationError(_("At most five limits (six divisions)."))


def division_limits_parse(value: str) -> list[int]:
    limits = [int(part) for part in value.replace(" ", "").split(",") if part]
    if any(limit <= 0 for limit in limits) or limits != sorted(set(limits)):
        raise ValueError(value)
    return limits


class Campaign(models.Model):
    """An emulation campaign (phong trào thi đua) between communes."""

    class Metric(models.TextChoices):
        COMPLETIONS = "completions", _("completions")
        LEARNERS = "learners", _("unique learners")
        COVERAGE = "coverage", _("coverage (learners per resident)")
        ASSISTED = "assisted", _("residents assisted by the youth union")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        RUNNING = "running", _("running")
        ENDED = "ended", _("ended")
        FROZEN = "frozen", _("results frozen")

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(
        _("ends at"), help_text=_("Completions from this moment on no longer count.")
    )
    province = models.ForeignKey(
        "learning.Province",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="campaigns",
        verbose_name=_("province"),
        help_text=_("Leave empty for a national campaign."),
    )
    all_courses = models.BooleanField(_("every course counts"), default=True)
    courses = models.ManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="campaigns",
        verbose_name=_("courses that count"),
        help_text=_("Used when not every course counts."),
    )
    metric = models.CharField(
        _("ranked by"),
        max_length=12,
        choices=Metric.choices,
        default=Metric.COMPLETIONS,
    )
    division_limits = models.CharField(
        _("division population limits"),
        max_length=60,
        default="20000, 40000",
        validators=[division_limits_validate],
        help_text=_(
            "Communes compete within population bands. '20000, 40000' makes three "
            "divisions: under 20,000 residents, 20,000 to 39,999, and 40,000 or more."
        ),
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.DRAFT
    )
    public = models.BooleanField(
        _("public boards"),
        default=True,
        help_text=_("Untick to show the boards to administrators only."),
    )
    frozen_at = models.DateTimeField(_("results frozen at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="campaign_ends_after_start",
            )
        ]
        ordering = ["-starts_at", "pk"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    @property
    def limits(self) -> list[int]:
        return division_limits_parse(self.division_limits)

    @property
    def counting(self) -> bool:
        """Whether completions still change its standings (frozen results do not)."""
        return self.status in (self.Status.RUNNING, self.Status.ENDED)

    @property
    def visible(self) -> bool:
        return self.public and self.status != self.Status.DRAFT

    def open_at(self, moment) -> bool:
        return self.starts_at <= moment < self.ends_at

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.RUNNING and self.open_at(timezone.now())


class CampaignStanding(models.Model):
    """A commune's totals in one campaign, kept up as completions arrive."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="standings"
    )
    commune = models.ForeignKey(
        "learning.Commune", on_delete=models.CASCADE, related_name="standings"
    )
    # The commune's province, copied so a national board sums without a join.
    province = models.ForeignKey(
        "learning.Province", on_delete=models.CASCADE, related_name="+"
    )
    completions = models.PositiveIntegerField(_("completions"), default=0)
    learners = models.PositiveIntegerField(_("unique learners"), default=0)
    assisted = models.PositiveIntegerField(_("residents assisted"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "commune"], name="standing_once_per_commune"
            )
        ]
        indexes = [models.Index(fields=["campaign", "province"])]
        verbose_name = _("campaign standing")
        verbose_name_plural = _("campaign standings")

    def __str__(self) -> str:
        return f"{self.campaign_id} · {self.commune_id}: {self.completions}"


class CampaignDay(models.Model):
    """A commune's completions on one day (Asia/Ho_Chi_Minh) of a campaign."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="days"
    )
    commune = models.ForeignKey(
        "learning.Commune", on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField()
    completions = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "commune", "day"], name="day_once_per_commune"
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.campaign_id} · {self.commune_id} · {self.day}: {self.completions}"
        )


class CampaignEntry(models.Model):
    """One learner's part in a commune's campaign totals: keeps unique counts exact.

    When the learner deletes their account the entry stays, without them, so the
    commune keeps the learner it had.
    """

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="entries"
    )
    commune = models.ForeignKey(
        "learning.Commune", on_delete=models.CASCADE, related_name="+"
    )
    learner = models.ForeignKey(
        "learning.Learner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="campaign_entries",
    )
    completions = models.PositiveIntegerField(default=0)
    # Completions a youth union volunteer helped with.
    assisted = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "commune", "learner"], name="entry_once_per_learner"
            )
        ]
        indexes = [models.Index(fields=["campaign", "commune", "-completions"])]

    def __str__(self) -> str:
        return f"{self.campaign_id} · {self.commune_id} · {self.learner_id}"


class CampaignVoid(models.Model):
    """A completion an administrator took out of one campaign, and why."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="voids"
    )
    completion = models.ForeignKey(
        "learning.Completion", on_delete=models.CASCADE, related_name="campaign_voids"
    )
    reason = models.CharField(_("reason"), max_length=300)
    voided_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("voided by"),
    )
    voided_at = models.DateTimeField(_("voided at"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "completion"], name="void_once_per_campaign"
            )
        ]
        verbose_name = _("completion voided for a campaign")
        verbose_name_plural = _("completions voided for campaigns")

    def __str__(self) -> str:
        return f"{self.campaign_id} · {self.completion_id}"


class LearnerScore(models.Model):
    """A resident's points and daily streak, kept up as they learn."""

    learner = models.OneToOneField(
        "learning.Learner", on_delete=models.CASCADE, related_name="score"
    )
    points = models.PositiveIntegerField(_("points"), default=0)
    streak = models.PositiveIntegerField(_("days in a row"), default=0)
    streak_best = models.PositiveIntegerField(_("longest streak"), default=0)
    last_day = models.DateField(_("last day of learning"), null=True, blank=True)
    # Earned by keeping a streak; each covers one missed day.
    freezes = models.PositiveSmallIntegerField(
        _("streak freezes"), default=0, validators=[MaxValueValidator(2)]
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner score")
        verbose_name_plural = _("learner scores")

    def __str__(self) -> str:
        return f"{self.learner_id}: {self.points}"


class Award(models.Model):
    """Points given once for one thing done (a lesson, a quiz, a course)."""

    learner = models.ForeignKey(
        "learning.Learner", on_delete=models.CASCADE, related_name="awards"
    )
    key = models.CharField(max_length=60)
    points = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "key"], name="award_once")
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.key}: {self.points}"


class EarnedBadge(models.Model):
    """A badge a resident earned; each badge once."""

    learner = models.ForeignKey(
        "learning.Learner", on_delete=models.CASCADE, related_name="badges"
    )
    badge = models.CharField(_("badge"), max_length=40)
    earned_at = models.DateTimeField(_("earned at"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "badge"], name="badge_once")
        ]
        ordering = ["earned_at", "pk"]
        verbose_name = _("earned badge")
        verbose_name_plural = _("earned badges")

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.badge}"


class Flag(models.Model):
    """Something that looks like cheating, for an administrator to look at."""

    class Kind(models.TextChoices):
        HELPER_BURST = "helper_burst", _("burst of completions from one helper")
        DEVICE_BURST = "device_burst", _("burst of completions from one device")
        NETWORK_BURST = "network_burst", _("burst of completions from one network")
        QUIZ_FAST = "quiz_fast", _("quiz answered faster than possible")
        SIGNUP_BURST = "signup_burst", _("many accounts created by one helper")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    # Who or what: a helper's user id, a device or network fingerprint, a learner.
    subject = models.CharField(_("subject"), max_length=120)
    window_start = models.DateTimeField(_("window starts"))
    count = models.PositiveIntegerField(_("count"), default=0)
    commune = models.ForeignKey(
        "learning.Commune",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("commune"),
    )
    completions = models.ManyToManyField(
        "learning.Completion", blank=True, related_name="flags"
    )
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("flagged at"), auto_now_add=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    note = models.CharField(_("review note"), max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject", "window_start"], name="flag_once_per_window"
            )
        ]
        ordering = ["-created_at", "pk"]
        verbose_name = _("fair-play flag")
        verbose_name_plural = _("fair-play flags")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"
