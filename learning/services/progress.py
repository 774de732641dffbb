"""Writes to a learner's progress: lessons, quiz attempts, completions."""

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from courses.grading import Grade, answers_parse, draw_from_form, grade
from courses.models import CoursePage, LessonPage

from ..models import (
    Commune,
    Completion,
    Learner,
    LessonProgress,
    QuizAttempt,
    User,
)
from ..signals import (
    completion_voided,
    course_completed,
    lesson_completed,
    quiz_submitted,
    send_safely,
)

logger = logging.getLogger(__name__)


class CommuneMissing(ValueError):
    """A learner must belong to a commune before their completion can count."""

    def __init__(self):
        self.messages = [_("Choose your commune before taking the quiz.")]
        super().__init__(self.messages[0])


class QuizNotYet(ValueError):
    """The quiz cannot be taken yet; `messages` says what is still missing."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("; ".join(str(m) for m in messages))


def _lesson_progress(*, learner: Learner, lesson: LessonPage, now: datetime):
    original = lesson.original()
    return LessonProgress.objects.get_or_create(
        learner=learner,
        lesson=original,
        defaults={"course": original.course, "opened_at": now, "last_opened_at": now},
    )


def lesson_open(*, learner: Learner, lesson: LessonPage) -> LessonProgress:
    """Note that a learner opened a lesson, so they can resume where they stopped."""
    now = timezone.now()
    progress, created = _lesson_progress(learner=learner, lesson=lesson, now=now)
    if not created:
        LessonProgress.objects.filter(pk=progress.pk).update(last_opened_at=now)
        progress.last_opened_at = now
    return progress


@transaction.atomic
def lesson_finish(
    *,
    learner: Learner,
    lesson: LessonPage,
    assisted: bool = False,
    seconds: int | None = None,
) -> LessonProgress:
    """Mark a lesson finished once, counting the time since it was last opened.

    `seconds` is the time the learner's phone measured, for a lesson read offline:
    the smaller of it and the time since the lesson last reached the phone counts.
    """
    now = timezone.now()
    progress, _created = _lesson_progress(learner=learner, lesson=lesson, now=now)
    cap = settings.LEARNING_LESSON_TIME_CAP_SECONDS
    since_opened = max(0, int((now - progress.last_opened_at).total_seconds()))
    if seconds is not None:
        since_opened = min(since_opened, max(0, seconds))
    seconds = 0 if assisted else min(cap, since_opened)
    finished = LessonProgress.objects.filter(
        pk=progress.pk, finished_at__isnull=True
    ).update(finished_at=now, seconds=F("seconds") + seconds, assisted=assisted)
    progress.refresh_from_db()
    if finished:
        transaction.on_commit(lambda: send_safely(lesson_completed, progress=progress))
    return progress


def course_seconds(*, learner: Learner, course: CoursePage) -> int:
    """Time a learner has spent in a course's lessons, in seconds."""
    total = LessonProgress.objects.filter(learner=learner, course=course).aggregate(
        total=Sum("seconds")
    )["total"]
    return total or 0


def quiz_blockers(
    *, learner: Learner, course: CoursePage, now: datetime, extra_seconds: int = 0
) -> list[str]:
    """Why the quiz of a course cannot count yet; empty when it can.

    `course` is the default-language course. Every lesson must be finished, the
    cooldown after a failed attempt must be over, and the time spent in the course
    (with `extra_seconds` of quiz time) must reach the course's minimum.
    """
    blockers = []
    lesson_ids = set(course.lessons().values_list("pk", flat=True))
    finished = set(
        LessonProgress.objects.filter(
            learner=learner, lesson_id__in=lesson_ids, finished_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    missing = len(lesson_ids - finished)
    if missing:
        blockers.append(
            ngettext(
                "Finish the last lesson before taking the quiz.",
                "Finish the %(count)d remaining lessons before taking the quiz.",
                missing,
            )
            % {"count": missing}
        )
    last_failed = (
        QuizAttempt.objects.filter(learner=learner, course=course, passed=False)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    cooldown = timedelta(seconds=settings.LEARNING_QUIZ_COOLDOWN_SECONDS)
    if last_failed and now < last_failed + cooldown:
        wait = int((last_failed + cooldown - now).total_seconds()) + 1
        blockers.append(
            ngettext(
                "Take a short break and review the lessons: you can try the quiz "
                "again in %(count)d second.",
                "Take a short break and review the lessons: you can try the quiz "
                "again in %(count)d seconds.",
                wait,
            )
            % {"count": wait}
        )
    needed = course.min_minutes * 60 - course_seconds(learner=learner, course=course)
    needed -= extra_seconds
    if needed > 0:
        minutes = (needed + 59) // 60
        blockers.append(
            ngettext(
                "Spend a little more time with the lessons: about %(count)d more "
                "minute is needed before the quiz can count.",
                "Spend a little more time with the lessons: about %(count)d more "
                "minutes are needed before the quiz can count.",
                minutes,
            )
            % {"count": minutes}
        )
    return blockers


@transaction.atomic
def completion_record(
    *,
    learner: Learner,
    course: CoursePage,
    helper: User | None = None,
    helper_kind: str = "",
    commune: Commune | None = None,
) -> Completion:
    """Record a finished course once; the commune is fixed at completion time.

    `commune` is the learner's own unless given (an assisted session counts for
    the commune it was recorded in).
    """
    # get_or_create retries its look-up when a racing request inserted first.
    completion, created = Completion.objects.get_or_create(
        learner=learner,
        course=course,
        voided_at=None,
        defaults={
            "commune_id": commune.pk if commune else learner.commune_id,
            "assisted": helper is not None,
            "helper": helper,
            "helper_kind": helper_kind,
        },
    )
    if created:
        transaction.on_commit(
            lambda: send_safely(course_completed, completion=completion)
        )
    return completion


@transaction.atomic
def completion_void(*, completion: Completion, reason: str, by: User) -> Completion:
    """Take a completion out of every count, keeping it and why for the record."""
    reason = reason.strip()
    if not reason:
        raise ValueError(_("Say why this completion is voided."))
    voided = Completion.objects.filter(pk=completion.pk, voided_at=None).update(
        voided_at=timezone.now(), void_reason=reason
    )
    completion.refresh_from_db()
    if voided:
        log(
            instance=completion,
            action="learning.completion_void",
            user=by,
            data={"reason": reason, "course": completion.course_id},
        )
        transaction.on_commit(
            lambda: send_safely(completion_voided, completion=completion)
        )
    return completion


def _attempt_grade(*, attempt: QuizAttempt, questions, pass_mark: int) -> Grade:
    answers = {key: frozenset(chosen) for key, chosen in attempt.answers.items()}
    return grade(questions=questions, answers=answers, pass_mark=pass_mark)


@transaction.atomic
def quiz_submit(
    *,
    learner: Learner,
    course: CoursePage,
    data: Mapping[str, str | Sequence[str]],
    helper: User | None = None,
    helper_kind: str = "",
    complete: bool = True,
    seconds: int | None = None,
) -> tuple[QuizAttempt, Grade]:
    """Grade the questions the form was drawn, keep the attempt, complete on a pass.

    `course` is the page the learner answered, in any language; the attempt and the
    completion belong to the course in the default language. The same form sent
    twice is one attempt. `seconds` is the time the learner's phone measured for
    answers given offline; the smaller of it and the time since the draw counts.
    Stores nothing and raises CommuneMissing when the learner
    has no commune, QuizNotYet when lessons, time or the cooldown are missing, or
    courses.grading.AnswersInvalid (DrawInvalid for a forged or stale form) when
    the answers do not fit the quiz.
    """
    if learner.commune_id is None:
        raise CommuneMissing
    draw = draw_from_form(data=data, course_id=course.pk, pool=course.quiz_questions())
    original = course.original()
    earlier = QuizAttempt.objects.filter(learner=learner, draw_key=draw.key).first()
    if earlier is not None:
        return earlier, _attempt_grade(
            attempt=earlier, questions=draw.questions, pass_mark=course.pass_mark
        )
    answers = answers_parse(questions=draw.questions, data=data)
    now = timezone.now()
    taken = round(now.timestamp() - draw.drawn_at)
    if seconds is not None:
        taken = min(taken, seconds)
    taken = max(0, min(settings.LEARNING_QUIZ_TIME_CAP_SECONDS, taken))
    if helper is None:
        blockers = quiz_blockers(
            learner=learner, course=original, now=now, extra_seconds=taken
        )
        if blockers:
            raise QuizNotYet(blockers)
    result = grade(
        questions=draw.questions, answers=answers, pass_mark=course.pass_mark
    )
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                learner=learner,
                course=original,
                correct=result.correct,
                total=result.total,
                score=result.score,
                passed=result.passed,
                answers={key: sorted(chosen) for key, chosen in answers.items()},
                seconds_taken=taken,
                draw_key=draw.key,
                assisted=helper is not None,
            )
    except IntegrityError:
        # The same form, sent twice at once: the first one counts.
        earlier = QuizAttempt.objects.get(learner=learner, draw_key=draw.key)
        return earlier, _attempt_grade(
            attempt=earlier, questions=draw.questions, pass_mark=course.pass_mark
        )
    transaction.on_commit(lambda: send_safely(quiz_submitted, attempt=attempt))
    if result.passed and complete:
        completion_record(
            learner=learner, course=original, helper=helper, helper_kind=helper_kind
        )
    return attempt, result
