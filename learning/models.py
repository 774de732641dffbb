"""The learner's record: where they live, what they tried and what they completed."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The login; everything about the person as a learner lives on Learner."""


class Province(models.Model):
    """A province or centrally-run city, keyed by its official two-digit code."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    division_type = models.CharField(_("division type"), max_length=40)
    codename = models.SlugField(_("codename"), max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self) -> str:
        return self.name


class Commune(models.Model):
    """A commune, ward or special zone, keyed by its official five-digit code."""

    code = models.CharField(_("code"), max_length=5, primary_key=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        related_name="communes",
        verbose_name=_("province"),
    )
    name = models.CharField(_("name"), max_length=100)
    division_type = models.CharField(_("division type"), max_length=40)
    codename = models.SlugField(_("codename"), max_length=100)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        ordering = ["province_id", "name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self) -> str:
        return self.name


class Learner(models.Model):
    """A resident who learns; the name here is the one printed on certificates."""

    user = models.OneToOneField(
        "learning.User", on_delete=models.CASCADE, related_name="learner"
    )
    full_name = models.CharField(_("full name"), max_length=120)
    commune = models.ForeignKey(
        Commune,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="learners",
        verbose_name=_("commune"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("learner")
        verbose_name_plural = _("learners")

    def __str__(self) -> str:
        return self.full_name


class QuizAttempt(models.Model):
    """One graded quiz submission, kept so a learner's progress can be shown."""

    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    correct = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField(help_text="Percent of correct answers.")
    passed = models.BooleanField()
    answers = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(correct__lte=models.F("total")),
                name="quizattempt_correct_within_total",
            ),
            models.CheckConstraint(
                condition=models.Q(score__lte=100), name="quizattempt_score_percent"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.course_id} · {self.score}%"


class Completion(models.Model):
    """A course finished once; the commune is the learner's at completion time."""

    learner = models.ForeignKey(
        Learner,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="completions",
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="completions"
    )
    commune = models.ForeignKey(
        Commune,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="completions",
    )
    completed_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"], name="completion_once_per_course"
            )
        ]
        verbose_name = _("completion")
        verbose_name_plural = _("completions")

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.course_id}"


class Certificate(models.Model):
    """The certificate of a completion, with the name as it was printed.

    The name is personal data: deleting a learner's data must clear it too.
    """

    completion = models.OneToOneField(
        Completion, on_delete=models.CASCADE, related_name="certificate"
    )
    serial = models.CharField(max_length=16, unique=True)
    full_name = models.CharField(max_length=120)
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.serial
