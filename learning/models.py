"""The learner's record: where they live, what they tried and what they completed."""

from django.contrib import admin
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The login; everything about the person as a learner lives on Learner.

    The phone number, in E.164 (+84912345678), is how most residents sign in.
    """

    phone = models.CharField(
        _("phone number"), max_length=16, unique=True, null=True, blank=True
    )
    phone_verified = models.BooleanField(_("phone number verified"), default=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        # Whoever lacks it sees phone numbers masked in the admin's lists.
        permissions = [("view_phone_number", _("Can see full phone numbers"))]

    @property
    def display_name(self) -> str:
        """How staff pages name the person: their learner name when they have one."""
        learner = getattr(self, "learner", None)
        return (
            (learner.full_name if learner else "")
            or self.get_full_name()
            or self.email
            or self.username
        )


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
        permissions = [
            ("administer_country", _("Administer the whole country (every province)"))
        ]

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
    population_year = models.PositiveSmallIntegerField(
        _("year of the population figure"), null=True, blank=True
    )
    # Name, type and province without diacritics, for the picker's search box.
    search_text = models.CharField(max_length=200, blank=True, editable=False)

    class Meta:
        ordering = ["province_id", "name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self) -> str:
        return self.name

    @property
    def place(self) -> str:
        """ "Phường Hoàn Kiếm, Thành phố Hà Nội": the commune with its province."""
        return f"{self.name}, {self.province.name}"


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
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"), null=True, blank=True
    )
    youth_union_member = models.BooleanField(
        _("member of the Ho Chi Minh Communist Youth Union"), default=False
    )
    show_on_boards = models.BooleanField(
        _("show my name on my commune's board"), default=False
    )
    registered_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registered_residents",
        verbose_name=_("registered by helper"),
    )
    # Kept when the helper's account goes: such residents stay in helpers' care.
    registered_by_helper = models.BooleanField(
        _("registered by a helper"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("learner")
        verbose_name_plural = _("learners")

    def __str__(self) -> str:
        return self.full_name


class CommuneChange(models.Model):
    """A learner's move between communes; completions keep the commune they had."""

    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="commune_changes"
    )
    from_commune = models.ForeignKey(
        Commune, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    to_commune = models.ForeignKey(Commune, on_delete=models.PROTECT, related_name="+")
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.learner_id}: {self.from_commune_id} → {self.to_commune_id}"


class LessonProgress(models.Model):
    """A lesson a learner opened and perhaps finished, with the time it took.

    Lessons and courses are the default-language pages, whichever was read.
    """

    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+"
    )
    opened_at = models.DateTimeField()
    last_opened_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    seconds = models.PositiveIntegerField(default=0)
    assisted = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson"], name="lessonprogress_once_per_lesson"
            )
        ]
        indexes = [models.Index(fields=["learner", "course"])]

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.lesson_id}"


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
    score = models.PositiveSmallIntegerField(help_text=_("Percent of correct answers."))
    passed = models.BooleanField()
    answers = models.JSONField(default=dict)
    seconds_taken = models.PositiveIntegerField(default=0)
    # Which drawn form this answers: the same form sent twice is one attempt.
    draw_key = models.CharField(max_length=64)
    assisted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "draw_key"], name="quizattempt_once_per_draw"
            ),
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


class HelperKind(models.TextChoices):
    DIGITAL_TEAM = "digital_team", _("community digital technology team")
    YOUTH_UNION = "youth_union", _("youth union volunteer")


class Completion(models.Model):
    """A course finished once; the commune is the learner's at completion time.

    An assisted completion is credited to the helper and, for a youth union
    volunteer, to the commune's youth union. A voided one no longer counts.
    """

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
    assisted = models.BooleanField(_("assisted"), default=False)
    helper = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assisted_completions",
        verbose_name=_("helper"),
    )
    helper_kind = models.CharField(
        _("helper kind"), max_length=16, choices=HelperKind.choices, blank=True
    )
    voided_at = models.DateTimeField(_("voided at"), null=True, blank=True)
    void_reason = models.CharField(_("reason for voiding"), max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"],
                condition=models.Q(voided_at__isnull=True),
                name="completion_once_per_course",
            )
        ]
        verbose_name = _("completion")
        verbose_name_plural = _("completions")

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.course_id}"


class Certificate(models.Model):
    """The certificate of a completion, with the name as it is printed now.

    `number` is printed and typed by people (10 characters, 50 random bits, so
    looking it up is rate-limited); `code` is in the QR code and the verification
    link (120 random bits). A name correction reissues it under the same number,
    keeping the earlier versions as revisions. The name is personal data: deleting
    a learner's data clears it and its revisions.
    """

    completion = models.OneToOneField(
        Completion, on_delete=models.CASCADE, related_name="certificate"
    )
    number = models.CharField(_("certificate number"), max_length=10, unique=True)
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    full_name = models.CharField(_("full name"), max_length=120)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    reissued_at = models.DateTimeField(_("reissued at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoke_reason = models.CharField(
        _("reason for revoking"), max_length=300, blank=True
    )
    revoked_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.number_display

    @property
    @admin.display(description=_("certificate number"))
    def number_display(self) -> str:
        """The number as printed: two groups of five, easy to read out."""
        return f"{self.number[:5]}-{self.number[5:]}"

    @property
    def current_since(self):
        """When the version now valid was issued."""
        return self.reissued_at or self.issued_at

    def revocation(self) -> tuple | None:
        """(when, why) if the certificate no longer stands, else None.

        Voiding the completion it was issued for withdraws it too; the voiding
        reason stays private, so the page gives a general one.
        """
        if self.revoked_at:
            return self.revoked_at, self.revoke_reason
        if self.completion.voided_at:
            return self.completion.voided_at, _(
                "The course completion it was issued for was withdrawn."
            )
        return None


class CertificateRevision(models.Model):
    """An earlier version of a certificate, replaced by a name correction."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="revisions"
    )
    full_name = models.CharField(_("full name"), max_length=120)
    issued_at = models.DateTimeField(_("issued at"))
    replaced_at = models.DateTimeField(_("replaced at"), auto_now_add=True)
    replaced_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("corrected by"),
    )

    class Meta:
        ordering = ["certificate", "replaced_at"]
        verbose_name = _("certificate revision")
        verbose_name_plural = _("certificate revisions")

    def __str__(self) -> str:
        issued, replaced = f"{self.issued_at:%d/%m/%Y}", f"{self.replaced_at:%d/%m/%Y}"
        return f"{self.full_name} ({issued} – {replaced})"


class CommuneAdministrator(models.Model):
    """A commune's youth-union secretary, who grants the helper role there."""

    user = models.ForeignKey(
        "learning.User", on_delete=models.CASCADE, related_name="administered_communes"
    )
    commune = models.ForeignKey(
        Commune,
        on_delete=models.CASCADE,
        related_name="administrators",
        verbose_name=_("commune"),
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "commune"], name="communeadministrator_once"
            )
        ]
        verbose_name = _("commune administrator")
        verbose_name_plural = _("commune administrators")

    def __str__(self) -> str:
        return f"{self.user} · {self.commune}"


class ProvinceAdministrator(models.Model):
    """A province's administrator: sees and exports the province's communes."""

    user = models.ForeignKey(
        "learning.User", on_delete=models.CASCADE, related_name="administered_provinces"
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.CASCADE,
        related_name="administrators",
        verbose_name=_("province"),
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "province"], name="provinceadministrator_once"
            )
        ]
        verbose_name = _("province administrator")
        verbose_name_plural = _("province administrators")

    def __str__(self) -> str:
        return f"{self.user} · {self.province}"


class PopulationImport(models.Model):
    """One confirmed file of commune populations."""

    uploaded_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    filename = models.CharField(_("file"), max_length=200)
    rows = models.PositiveIntegerField(_("communes"))
    created_at = models.DateTimeField(_("imported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("population import")
        verbose_name_plural = _("population imports")

    def __str__(self) -> str:
        return self.filename


class PopulationChange(models.Model):
    """One commune's population replaced, by an import or by hand in the admin:
    from what, by whom, when."""

    commune = models.ForeignKey(
        Commune, on_delete=models.CASCADE, related_name="population_changes"
    )
    old = models.PositiveIntegerField(_("before"), null=True)
    new = models.PositiveIntegerField(_("after"), null=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True)
    import_run = models.ForeignKey(
        PopulationImport,
        on_delete=models.SET_NULL,
        null=True,
        related_name="changes",
    )
    changed_by = models.ForeignKey(
        "learning.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("population change")
        verbose_name_plural = _("population changes")

    def __str__(self) -> str:
        return f"{self.commune_id}: {self.old} → {self.new} ({self.year})"


class Helper(models.Model):
    """A digital team member or youth-union volunteer who helps residents learn."""

    user = models.OneToOneField(
        "learning.User", on_delete=models.CASCADE, related_name="helper"
    )
    commune = models.ForeignKey(
        Commune, on_delete=models.PROTECT, related_name="helpers"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=HelperKind.choices)
    granted_by = models.ForeignKey(
        "learning.User",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("helper")
        verbose_name_plural = _("helpers")

    def __str__(self) -> str:
        return str(self.user)


class AssistedSession(models.Model):
    """An in-person session: a helper took a resident through a course.

    With a phone on file, a code sent to the resident confirms it before it
    counts; without one it counts at once.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for the resident's code")
        CONFIRMED = "confirmed", _("confirmed")
        VOIDED = "voided", _("voided")

    helper = models.ForeignKey(
        "learning.User",
        on_delete=models.PROTECT,
        related_name="assisted_sessions",
        verbose_name=_("helper"),
    )
    resident = models.ForeignKey(
        Learner,
        on_delete=models.CASCADE,
        related_name="assisted_sessions",
        verbose_name=_("resident"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    # The commune the session counts for: the resident's when it was recorded.
    commune = models.ForeignKey(
        Commune,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("commune"),
    )
    lessons = models.JSONField(_("lessons"), default=list)
    quiz_attempt = models.OneToOneField(
        QuizAttempt, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    completion = models.ForeignKey(
        Completion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    code_hash = models.CharField(max_length=128, blank=True)
    code_expires_at = models.DateTimeField(_("code expires at"), null=True, blank=True)
    # Wrong codes and codes sent over the session's whole life, not per code.
    code_attempts = models.PositiveSmallIntegerField(_("wrong codes"), default=0)
    code_sends = models.PositiveSmallIntegerField(_("codes sent"), default=0)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    voided_at = models.DateTimeField(_("voided at"), null=True, blank=True)
    void_reason = models.CharField(_("reason for voiding"), max_length=300, blank=True)

    class Meta:
        ordering = ["-recorded_at"]
        indexes = [models.Index(fields=["helper", "recorded_at"])]
        verbose_name = _("assisted session")
        verbose_name_plural = _("assisted sessions")

    def __str__(self) -> str:
        return f"{self.resident} · {self.course.title} · {self.helper.display_name}"


class PhoneProfile(models.Model):
    """A person who uses a phone shared with their family, and their PIN on it.

    The phone is known by a random id in a signed cookie (learning.views.shared_phone);
    switching to a person on it takes their PIN, and only on that phone.
    """

    device = models.CharField(_("phone"), max_length=64)
    user = models.ForeignKey(
        "learning.User", on_delete=models.CASCADE, related_name="phone_profiles"
    )
    pin_hash = models.CharField(max_length=128)
    wrong_pins = models.PositiveSmallIntegerField(_("wrong PINs"), default=0)
    locked_until = models.DateTimeField(_("locked until"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(_("last used"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["device", "user"], name="one_profile_per_person_per_phone"
            )
        ]
        verbose_name = _("shared phone profile")
        verbose_name_plural = _("shared phone profiles")

    def __str__(self) -> str:
        return f"{self.user} · {self.device[:8]}"
