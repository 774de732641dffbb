"""xAPI 1.0.3 statements for the learning events other systems want to know about.

A finished lesson is `completed` (the lesson), a graded quiz attempt is
`attempted` and then `passed` or `failed` (the quiz, with its score), and a course
completion that still counts is `completed` (the course). Actors are pseudonymous
unless XAPI_ACTORS_IDENTIFIED is set. Statement ids are uuid5 of the event and the
row's id, so exporting or pushing the same event twice gives the same statement.
"""

import heapq
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from learning.models import Completion, Learner, LessonProgress, QuizAttempt
from learning.scopes import Scope

ADL = "http://adlnet.gov/expapi"
VERBS = {
    "completed": _("completed"),
    "attempted": _("attempted"),
    "passed": _("passed"),
    "failed": _("failed"),
}
ACTIVITY_TYPES = {
    "course": f"{ADL}/activities/course",
    "lesson": f"{ADL}/activities/lesson",
    "quiz": f"{ADL}/activities/assessment",
}
# The account name of learners who deleted their data: one anonymous agent.
ANONYMOUS = "anonymous"
CHUNK = 2000


def site_url() -> str:
    """The public site's address (SITE_URL), the root of every IRI we mint."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def timestamp(moment: datetime) -> str:
    """UTC with milliseconds: the form LRSs store, and one that sorts as time does."""
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def duration(seconds: int) -> str:
    return f"PT{seconds}S"


def in_each_language(text) -> dict[str, str]:
    """A language map: the translatable `text` in each of the site's languages."""
    names = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names[code] = str(text)
    return names


class StatementBuilder:
    """Builds statements, loading course and lesson pages once for all events."""

    def __init__(self):
        self.site = site_url()
        self.namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"{self.site}/xapi/")
        self.identified = settings.XAPI_ACTORS_IDENTIFIED
        self.secret = settings.XAPI_ACTOR_SECRET or settings.SECRET_KEY
        self.verbs = {
            name: {"id": f"{ADL}/verbs/{name}", "display": in_each_language(label)}
            for name, label in VERBS.items()
        }
        self._pages: dict[int, Page] | None = None
        self._names: dict[uuid.UUID, dict[str, str]] = {}
        self._activities: dict[tuple[str, int], dict] = {}

    # Parts

    def _load_pages(self) -> dict[int, Page]:
        """Every course and lesson page, in every language, in one query."""
        if self._pages is None:
            pages = list(
                Page.objects.type(CoursePage, LessonPage)
                .select_related("locale")
                .only("id", "title", "url_path", "translation_key", "locale")
            )
            names = defaultdict(dict)
            for page in pages:
                names[page.translation_key][page.locale.language_code] = page.title
            self._pages = {page.pk: page for page in pages}
            self._names = dict(names)
        return self._pages

    def activity(self, kind: str, page_id: int) -> dict:
        """The course, lesson or quiz (of a course) as an xAPI Activity."""
        key = (kind, page_id)
        if key not in self._activities:
            page = self._load_pages()[page_id]
            names = self._names[page.translation_key]
            if kind == "quiz":
                address = reverse("learning:quiz", args=[page_id])
                names = {code: _quiz_name(code, title) for code, title in names.items()}
            else:
                address = page.get_url() or page.url_path
            self._activities[key] = {
                "objectType": "Activity",
                "id": address if "://" in address else self.site + address,
                "definition": {"type": ACTIVITY_TYPES[kind], "name": names},
            }
        return self._activities[key]

    def actor(self, learner: Learner | None) -> dict:
        """An account on this site: a keyed hash of the learner's id by default."""
        if learner is None:
            name = ANONYMOUS
        elif self.identified:
            name = str(learner.user_id)
        else:
            name = salted_hmac(
                "xapi.actor", str(learner.pk), secret=self.secret, algorithm="sha256"
            ).hexdigest()
        actor = {
            "objectType": "Agent",
            "account": {"homePage": f"{self.site}/", "name": name},
        }
        if learner is not None and self.identified:
            actor["name"] = learner.full_name
        return actor

    def context(self, *, commune_id: str | None, course_id: int | None) -> dict:
        """Where the event belongs: its course and commune, nothing personal."""
        context: dict = {"platform": settings.WAGTAIL_SITE_NAME}
        if course_id is not None:
            context["contextActivities"] = {
                "parent": [self.activity("course", course_id)]
            }
        if commune_id:
            context["extensions"] = {f"{self.site}/xapi/extensions/commune": commune_id}
        return context

    def statement(self, event: str, pk: int, **parts) -> dict:
        return {"id": str(uuid.uuid5(self.namespace, f"{event}:{pk}")), **parts}

    # Events

    def lesson(self, progress: LessonProgress) -> dict:
        return self.statement(
            "lesson-completed",
            progress.pk,
            actor=self.actor(progress.learner),
            verb=self.verbs["completed"],
            object=self.activity("lesson", progress.lesson_id),
            result={"completion": True, "duration": duration(progress.seconds)},
            context=self.context(
                commune_id=progress.learner.commune_id, course_id=progress.course_id
            ),
            timestamp=timestamp(progress.finished_at),
        )

    def quiz(self, attempt: QuizAttempt) -> list[dict]:
        """`attempted`, then `passed` or `failed` with the score."""
        actor = self.actor(attempt.learner)
        quiz = self.activity("quiz", attempt.course_id)
        context = self.context(
            commune_id=attempt.learner.commune_id, course_id=attempt.course_id
        )
        when = timestamp(attempt.created_at)
        taken = duration(attempt.seconds_taken)
        outcome = "passed" if attempt.passed else "failed"
        score = {
            "scaled": attempt.score / 100,
            "raw": attempt.correct,
            "min": 0,
            "max": attempt.total,
        }
        return [
            self.statement(
                "quiz-attempted",
                attempt.pk,
                actor=actor,
                verb=self.verbs["attempted"],
                object=quiz,
                result={"duration": taken},
                context=context,
                timestamp=when,
            ),
            self.statement(
                f"quiz-{outcome}",
                attempt.pk,
                actor=actor,
                verb=self.verbs[outcome],
                object=quiz,
                result={"score": score, "success": attempt.passed, "duration": taken},
                context=context,
                timestamp=when,
            ),
        ]

    def completion(self, completion: Completion) -> dict:
        return self.statement(
            "course-completed",
            completion.pk,
            actor=self.actor(completion.learner),
            verb=self.verbs["completed"],
            object=self.activity("course", completion.course_id),
            result={"completion": True, "success": True},
            context=self.context(commune_id=completion.commune_id, course_id=None),
            timestamp=timestamp(completion.completed_at),
        )


def _quiz_name(language: str, course_title: str) -> str:
    with translation.override(language):
        return gettext("Quiz: %(course)s") % {"course": course_title}


def _lessons():
    return LessonProgress.objects.filter(finished_at__isnull=False).select_related(
        "learner"
    )


def _attempts():
    return QuizAttempt.objects.select_related("learner").defer("answers")


def _completions():
    return Completion.objects.filter(voided_at__isnull=True).select_related("learner")


def _each(rows: Iterable, build) -> Iterator[dict]:
    for row in rows:
        built = build(row)
        yield from built if isinstance(built, list) else [built]


def statements_export(
    *, scope: Scope, start: datetime, end: datetime
) -> Iterator[dict]:
    """Every event from `start` to before `end` in `scope`, oldest first, lazily.

    Completions are in scope by the commune they were recorded for; lessons and
    quiz attempts (which keep no commune) by the learner's commune now.
    """
    builder = StatementBuilder()
    lessons = scope.filter(
        _lessons().filter(finished_at__gte=start, finished_at__lt=end),
        commune="learner__commune",
    ).order_by("finished_at", "pk")
    attempts = scope.filter(
        _attempts().filter(created_at__gte=start, created_at__lt=end),
        commune="learner__commune",
    ).order_by("created_at", "pk")
    completions = scope.filter(
        _completions().filter(completed_at__gte=start, completed_at__lt=end)
    ).order_by("completed_at", "pk")
    return heapq.merge(
        _each(lessons.iterator(chunk_size=CHUNK), builder.lesson),
        _each(attempts.iterator(chunk_size=CHUNK), builder.quiz),
        _each(completions.iterator(chunk_size=CHUNK), builder.completion),
        key=lambda statement: statement["timestamp"],
    )


def statements_for_event(*, event: str, pk: int) -> list[dict]:
    """The statements of one event; none when it was deleted or voided since."""
    builder = StatementBuilder()
    if event == "lesson":
        progress = _lessons().filter(pk=pk).first()
        return [builder.lesson(progress)] if progress else []
    if event == "quiz":
        attempt = _attempts().filter(pk=pk).first()
        return builder.quiz(attempt) if attempt else []
    if event == "course":
        completion = _completions().filter(pk=pk).first()
        return [builder.completion(completion)] if completion else []
    raise ValueError(f"Unknown learning event: {event!r}")
