"""Reads of the learner's record."""

import operator
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import reduce

from django.db.models import Case, CharField, Q, QuerySet, Value, When
from django.db.models.functions import Concat
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.models import CoursePage, LessonPage
from courses.text import fold

from .models import (
    AssistedSession,
    Certificate,
    Commune,
    CommuneChange,
    Completion,
    Helper,
    Learner,
    LessonProgress,
    PhoneProfile,
    Province,
    QuizAttempt,
    User,
)

# Verification codes are URL-safe base 64 (`services.code_new`).
CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,32}")


def province_list():
    return Province.objects.all()


def province_by_code(*, code: str) -> Province | None:
    return Province.objects.filter(code=code).first()


def commune_list_for_province(*, province: Province):
    return Commune.objects.filter(province=province).order_by("name")


def learner_for_user(*, user: User) -> Learner | None:
    """The learner profile of a logged-in user, if they have one."""
    if not user.is_authenticated:
        return None
    return Learner.objects.select_related("commune__province").filter(user=user).first()


def completion_for(*, learner: Learner, course_id: int) -> Completion | None:
    """The completion of a course in any of its languages, published or not."""
    same_course = CoursePage.objects.filter(pk=course_id).values("translation_key")
    return (
        Completion.objects.select_related("commune__province", "course")
        .filter(
            learner=learner,
            course__translation_key__in=same_course,
            voided_at=None,
        )
        .first()
    )


def course_live(*, course_id: int) -> CoursePage | None:
    return CoursePage.objects.live().public().filter(pk=course_id).first()


CERTIFICATE_RELATED = ("completion__course", "completion__commune__province")


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate a verification link or QR code points to."""
    if not CODE_PATTERN.fullmatch(code):
        return None
    return (
        Certificate.objects.select_related(*CERTIFICATE_RELATED)
        .filter(code=code)
        .first()
    )


def certificate_by_number(*, number: str) -> Certificate | None:
    """The certificate with a printed number, already parsed (`number_parse`)."""
    return Certificate.objects.filter(number=number).only("code").first()


def certificates_for_print(*, certificates: list[Certificate]) -> list[Certificate]:
    """Certificates with what their pages print, in the reader's language.

    Sets `course_shown` (the course page in the active language) and
    `competences_shown` ((code, name) pairs) on each; a fixed number of queries
    for any batch size.
    """
    courses = {c.completion.course_id: c.completion.course for c in certificates}
    shown = dict(
        zip(courses, pages_in_active_language(list(courses.values())), strict=True)
    )
    competences: dict[int, list] = {course_id: [] for course_id in courses}
    links = (
        CoursePage.competences.through.objects.filter(coursepage_id__in=courses)
        .select_related("competence")
        .order_by("competence__code")
    )
    for link in links:
        competence = link.competence
        competences[link.coursepage_id].append((competence.code, competence.label))
    for certificate in certificates:
        course_id = certificate.completion.course_id
        certificate.course_shown = shown[course_id]
        certificate.competences_shown = tuple(competences[course_id])
    return certificates


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end`, in the site's time zone."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def commune_completions_certifiable(
    *, commune: Commune, start: date, end: date
) -> QuerySet[Completion]:
    """Completions in a commune between two days whose certificates can be printed:
    not voided, not revoked, with a learner who still has a name."""
    since, until = day_bounds(start, end)
    return (
        Completion.objects.filter(
            commune=commune,
            completed_at__gte=since,
            completed_at__lt=until,
            voided_at=None,
            learner__isnull=False,
        )
        .exclude(learner__full_name="")
        .exclude(certificate__revoked_at__isnull=False)
        .order_by("completed_at", "pk")
    )


@dataclass
class CourseProgress:
    """How far a learner is in one course, for progress bars and resuming."""

    course: CoursePage
    lessons: list[LessonPage]
    finished_ids: set[int]
    last_opened_id: int | None = None
    completion: Completion | None = None

    @property
    def lessons_total(self) -> int:
        return len(self.lessons)

    @property
    def lessons_finished(self) -> int:
        return sum(lesson.pk in self.finished_ids for lesson in self.lessons)

    @property
    def finished_keys(self) -> set:
        """Finished lessons by translation key, to mark them in any language."""
        return {x.translation_key for x in self.lessons if x.pk in self.finished_ids}

    @property
    def percent(self) -> int:
        if self.completion:
            return 100
        steps = self.lessons_total + 1  # the quiz is the last step
        return self.lessons_finished * 100 // steps

    @property
    def started(self) -> bool:
        return self.last_opened_id is not None or self.completion is not None

    @property
    def resume(self) -> LessonPage | None:
        """The lesson to continue with: the one left open, else the first unread."""
        unfinished = [x for x in self.lessons if x.pk not in self.finished_ids]
        for lesson in unfinished:
            if lesson.pk == self.last_opened_id:
                return lesson
        return unfinished[0] if unfinished else None


def _progress_for(
    *, learner: Learner, courses: list[CoursePage]
) -> list[CourseProgress]:
    """Progress in the given default-language courses, in a fixed number of queries."""
    by_path = {course.path: course for course in courses}
    lessons: dict[int, list[LessonPage]] = {course.pk: [] for course in courses}
    children = reduce(
        operator.or_,
        (Q(path__startswith=c.path, depth=c.depth + 1) for c in courses),
        Q(pk__in=[]),
    )
    for lesson in (
        LessonPage.objects.live()
        .filter(children)
        .order_by("path")
        .only("id", "title", "path", "url_path", "locale_id", "translation_key")
    ):
        course = by_path.get(lesson.path[: -LessonPage.steplen])
        if course is not None:
            lessons[course.pk].append(lesson)
    rows = LessonProgress.objects.filter(
        learner=learner, course__in=[course.pk for course in courses]
    ).values_list("course_id", "lesson_id", "finished_at", "last_opened_at")
    finished: dict[int, set[int]] = {course.pk: set() for course in courses}
    last_opened: dict[int, tuple] = {}
    for course_id, lesson_id, finished_at, opened_at in rows:
        if finished_at is not None:
            finished[course_id].add(lesson_id)
        if course_id not in last_opened or opened_at > last_opened[course_id][0]:
            last_opened[course_id] = (opened_at, lesson_id)
    completions = {
        completion.course_id: completion
        for completion in Completion.objects.filter(
            learner=learner,
            course__in=[course.pk for course in courses],
            voided_at=None,
        ).select_related("certificate")
    }
    return [
        CourseProgress(
            course=course,
            lessons=lessons[course.pk],
            finished_ids=finished[course.pk],
            last_opened_id=last_opened.get(course.pk, (None, None))[1],
            completion=completions.get(course.pk),
        )
        for course in courses
    ]


def course_progress(*, learner: Learner, course: CoursePage) -> CourseProgress:
    """A learner's progress in a course, whichever language version is shown."""
    return _progress_for(learner=learner, courses=[course.original()])[0]


@dataclass
class Dashboard:
    in_progress: list[CourseProgress]
    completed: list[CourseProgress]
    recommended: CourseProgress | None
    courses_total: int

    @property
    def percent(self) -> int:
        if not self.courses_total:
            return 0
        return len(self.completed) * 100 // self.courses_total


def learner_dashboard(*, learner: Learner) -> Dashboard:
    """Courses in progress and completed, and the one to take next."""
    default = Locale.get_default()
    courses = list(
        CoursePage.objects.live().public().filter(locale=default).order_by("path")
    )
    progress = _progress_for(learner=learner, courses=courses)
    completed = [p for p in progress if p.completion]
    in_progress = [p for p in progress if p.started and not p.completion]
    fresh = [p for p in progress if not p.started]
    return Dashboard(
        in_progress=in_progress,
        completed=completed,
        recommended=(fresh or in_progress or [None])[0],
        courses_total=len(courses),
    )


def pages_in_active_language(pages: list) -> list:
    """Each page in the reader's language when translated, else itself; one query."""
    active = Locale.get_active()
    keys = [
        p.translation_key for p in pages if p is not None and p.locale_id != active.pk
    ]
    if not keys:
        return list(pages)
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(locale=active, translation_key__in=keys)
    }
    return [
        translated.get(p.translation_key, p) if p is not None else None for p in pages
    ]


def page_in_active_language(page):
    """A page in the reader's language when it is translated, else the page itself."""
    return pages_in_active_language([page])[0]


COMMUNE_SEARCH_LIMIT = 30
_QUERY_PUNCTUATION = ".,;:!?\"'“”‘’()[]"


def commune_search(
    *, query: str, province: Province | None = None, limit: int = COMMUNE_SEARCH_LIMIT
) -> list[Commune]:
    """Communes holding every word typed, with or without diacritics.

    The last word may be unfinished: "ba di" finds "Phường Ba Đình". Communes whose
    name holds the words in the order typed come first.
    """
    tokens = [t.strip(_QUERY_PUNCTUATION) for t in fold(query).split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return []
    communes = Commune.objects.select_related("province").annotate(
        haystack=Concat(Value(" "), "search_text", Value(" "), output_field=CharField())
    )
    if province is not None:
        communes = communes.filter(province=province)
    for token in tokens[:-1]:
        communes = communes.filter(haystack__contains=f" {token} ")
    communes = communes.filter(haystack__contains=f" {tokens[-1]}")
    phrase = " ".join(tokens)
    communes = communes.annotate(
        rank=Case(
            When(haystack__contains=f" {phrase} ", then=Value(0)),
            When(haystack__contains=f" {phrase}", then=Value(1)),
            default=Value(2),
        )
    ).order_by("rank", "province_id", "name", "code")
    return list(communes[:limit])


def _iso(moment) -> str | None:
    return timezone.localtime(moment).isoformat() if moment else None


def _commune_data(commune: Commune | None) -> dict | None:
    if commune is None:
        return None
    return {
        "code": commune.code,
        "name": commune.name,
        "province": commune.province.name,
    }


def learner_data(*, learner: Learner) -> dict:
    """Everything kept about a learner, as plain JSON-ready values, for their export."""
    learner = Learner.objects.select_related("user", "commune__province").get(
        pk=learner.pk
    )
    user = learner.user
    changes = CommuneChange.objects.filter(learner=learner).select_related(
        "from_commune__province", "to_commune__province"
    )
    lessons = (
        LessonProgress.objects.filter(learner=learner)
        .select_related("course", "lesson")
        .order_by("opened_at", "pk")
    )
    attempts = (
        QuizAttempt.objects.filter(learner=learner)
        .select_related("course")
        .order_by("created_at", "pk")
    )
    completions = (
        Completion.objects.filter(learner=learner)
        .select_related("course", "commune__province")
        .order_by("completed_at", "pk")
    )
    certificates = (
        Certificate.objects.filter(completion__learner=learner)
        .select_related("completion__course")
        .prefetch_related("revisions")
        .order_by("issued_at", "pk")
    )
    sessions = (
        AssistedSession.objects.filter(resident=learner)
        .select_related("course")
        .order_by("recorded_at", "pk")
    )
    return {
        "exported_at": _iso(timezone.now()),
        "account": {
            "username": user.username,
            "phone": user.phone,
            "phone_verified": user.phone_verified,
            "email": user.email,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "profile": {
            "full_name": learner.full_name,
            "commune": _commune_data(learner.commune),
            "birth_year": learner.birth_year,
            "youth_union_member": learner.youth_union_member,
            "show_on_boards": learner.show_on_boards,
            "registered_by_helper": learner.registered_by_helper,
            "created_at": _iso(learner.created_at),
        },
        "commune_history": [
            {
                "from": _commune_data(change.from_commune),
                "to": _commune_data(change.to_commune),
                "changed_at": _iso(change.changed_at),
            }
            for change in changes
        ],
        "lesson_progress": [
            {
                "course": row.course.title,
                "lesson": row.lesson.title,
                "opened_at": _iso(row.opened_at),
                "last_opened_at": _iso(row.last_opened_at),
                "finished_at": _iso(row.finished_at),
                "seconds": row.seconds,
                "assisted": row.assisted,
            }
            for row in lessons
        ],
        "quiz_attempts": [
            {
                "course": attempt.course.title,
                "correct": attempt.correct,
                "total": attempt.total,
                "score": attempt.score,
                "passed": attempt.passed,
                "answers": attempt.answers,
                "seconds_taken": attempt.seconds_taken,
                "assisted": attempt.assisted,
                "created": _iso(attempt.created_at),
            }
            for attempt in attempts
        ],
        "completions": [
            {
                "course": completion.course.title,
                "commune": _commune_data(completion.commune),
                "completed_at": _iso(completion.completed_at),
                "assisted": completion.assisted,
                "voided_at": _iso(completion.voided_at),
                "void_reason": completion.void_reason,
            }
            for completion in completions
        ],
        "certificates": [
            {
                "number": certificate.number_display,
                "full_name": certificate.full_name,
                "course": certificate.completion.course.title,
                "issued_at": _iso(certificate.issued_at),
                "reissued_at": _iso(certificate.reissued_at),
                "revoked_at": _iso(certificate.revoked_at),
                "earlier_names": [r.full_name for r in certificate.revisions.all()],
            }
            for certificate in certificates
        ],
        "assisted_sessions": [
            {
                "course": session.course.title,
                "status": session.status,
                "lessons": session.lessons,
                "recorded_at": _iso(session.recorded_at),
                "voided_at": _iso(session.voided_at),
                "void_reason": session.void_reason,
            }
            for session in sessions
        ],
    }


def learner_completion_count(*, learner: Learner) -> int:
    """How many courses a learner completed, voided ones aside."""
    return Completion.objects.filter(learner=learner, voided_at=None).count()


# Assisted learning: what helpers and commune administrators see.


def helper_active(*, user: User) -> Helper | None:
    """The user's helper role, while it is active."""
    if not user.is_authenticated:
        return None
    return (
        Helper.objects.select_related("commune__province")
        .filter(user=user, active=True)
        .first()
    )


def helper_sessions_today(*, user: User) -> int:
    """Sessions a helper recorded since local midnight, whatever became of them."""
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return AssistedSession.objects.filter(
        helper=user, recorded_at__gte=midnight
    ).count()


def helper_residents(*, user: User, limit: int = 100) -> list[Learner]:
    """The residents a helper registered, newest first."""
    return list(
        Learner.objects.select_related("user")
        .filter(registered_by=user)
        .order_by("-created_at", "-pk")[:limit]
    )


def helper_sessions_recent(*, user: User, limit: int = 20) -> list[AssistedSession]:
    return list(
        AssistedSession.objects.select_related("resident", "course", "quiz_attempt")
        .filter(helper=user)
        .order_by("-recorded_at", "-pk")[:limit]
    )


def resident_for_helper(*, helper: Helper, learner_id: int) -> Learner | None:
    """A resident a helper may assist: registered by a helper, in their commune."""
    return (
        Learner.objects.select_related("user", "commune__province")
        .filter(
            pk=learner_id,
            commune_id=helper.commune_id,
            registered_by_helper=True,
        )
        .first()
    )


@dataclass
class ResidentCourse:
    course: CoursePage
    completion: Completion | None
    waiting: AssistedSession | None


def resident_courses(*, learner: Learner) -> list[ResidentCourse]:
    """Every course with the resident's completion or session awaiting a code."""
    courses = list(
        CoursePage.objects.live()
        .public()
        .filter(locale=Locale.get_default())
        .order_by("path")
    )
    ids = [course.pk for course in courses]
    completions = {
        c.course_id: c
        for c in Completion.objects.filter(
            learner=learner, course__in=ids, voided_at=None
        )
    }
    waiting = {
        s.course_id: s
        for s in AssistedSession.objects.filter(
            resident=learner,
            course__in=ids,
            status=AssistedSession.Status.PENDING,
        )
        .exclude(code_hash="")
        .order_by("recorded_at")
    }
    return [
        ResidentCourse(
            course=course,
            completion=completions.get(course.pk),
            waiting=waiting.get(course.pk),
        )
        for course in courses
    ]


def session_for_helper(*, user: User, session_id: int) -> AssistedSession | None:
    """A session the helper recorded themselves."""
    return (
        AssistedSession.objects.select_related("resident__user", "course")
        .filter(pk=session_id, helper=user)
        .first()
    )


def communes_administered(*, user: User) -> list[Commune]:
    if not user.is_authenticated:
        return []
    return list(
        Commune.objects.select_related("province")
        .filter(administrators__user=user)
        .order_by("name")
    )


def commune_helpers(*, communes: list[Commune]) -> list[Helper]:
    """Helpers of some communes, active ones first."""
    return list(
        Helper.objects.select_related("user__learner", "commune")
        .filter(commune__in=communes)
        .order_by("-active", "commune__name", "user__last_name", "user__username")
    )


def commune_sessions_recent(
    *, communes: list[Commune], limit: int = 50
) -> list[AssistedSession]:
    """The latest assisted sessions with residents of some communes."""
    return list(
        AssistedSession.objects.select_related(
            "helper__learner", "resident", "course", "quiz_attempt"
        )
        .filter(commune__in=communes)
        .order_by("-recorded_at", "-pk")[:limit]
    )


def user_by_contact(*, phone: str = "", email: str = "") -> User | None:
    """The account with this E.164 phone number or this email address."""
    if phone:
        return User.objects.filter(phone=phone).first()
    if email:
        return User.objects.filter(email__iexact=email).order_by("pk").first()
    return None


def helper_of_communes(*, communes: list[Commune], helper_id: int) -> Helper | None:
    return (
        Helper.objects.select_related("user", "commune")
        .filter(pk=helper_id, commune__in=communes)
        .first()
    )


def session_of_communes(
    *, communes: list[Commune], session_id: int
) -> AssistedSession | None:
    """A session that counts for one of the administrator's communes."""
    return (
        AssistedSession.objects.select_related("resident", "completion")
        .filter(pk=session_id, commune__in=communes)
        .first()
    )


def phone_profiles(*, device: str | None) -> list:
    """The people on a shared phone, in the order they joined it, with their names."""
    if not device:
        return []
    return list(
        PhoneProfile.objects.filter(device=device).select_related("user__learner")
    )
