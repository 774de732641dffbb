"""Writes to the learner's record; each one does its own side effects."""

import logging
import secrets
import unicodedata
from collections.abc import Mapping, Sequence

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from vietnam_provinces import Province as VnProvince
from vietnam_provinces import Ward as VnWard

from courses.grading import DRAW_FIELD, Grade, answers_parse, draw_read, grade
from courses.models import CoursePage

from .models import (
    Certificate,
    Commune,
    Completion,
    Learner,
    Province,
    QuizAttempt,
    User,
)
from .signals import course_completed

logger = logging.getLogger(__name__)


class CommuneMissing(ValueError):
    """A learner must belong to a commune before their completion can count."""

    def __init__(self):
        self.messages = [_("Choose your commune before taking the quiz.")]
        super().__init__(self.messages[0])


def name_clean(value: str) -> str:
    """Names are stored composed (NFC) with single spaces, as typed on any phone."""
    return " ".join(unicodedata.normalize("NFC", value).split())


# Population is ours to fill in; the package's data never overwrites it.
_UNIT_FIELDS = {
    "provinces": ["name", "division_type", "codename"],
    "communes": ["province_id", "name", "division_type", "codename"],
}


@transaction.atomic
def units_load() -> dict[str, int]:
    """Load the 34 provinces and 3,321 communes; running it again changes nothing."""
    provinces = [
        Province(
            code=f"{int(p.code):02d}",
            name=p.name,
            division_type=p.division_type.value,
            codename=p.codename,
        )
        for p in VnProvince.iter_all()
    ]
    communes = [
        Commune(
            code=f"{int(w.code):05d}",
            province_id=f"{int(w.province_code):02d}",
            name=w.name,
            division_type=w.division_type.value,
            codename=w.codename,
        )
        for w in VnWard.iter_all()
    ]
    created = {"provinces": 0, "communes": 0}
    updated = {"provinces": 0, "communes": 0}
    for key, model, rows in (
        ("provinces", Province, provinces),
        ("communes", Commune, communes),
    ):
        fields = _UNIT_FIELDS[key]
        existing = model.objects.in_bulk()
        new = [row for row in rows if row.pk not in existing]
        changed = [
            row
            for row in rows
            if row.pk in existing
            and any(getattr(row, f) != getattr(existing[row.pk], f) for f in fields)
        ]
        model.objects.bulk_create(new, batch_size=500)
        model.objects.bulk_update(changed, fields, batch_size=500)
        created[key], updated[key] = len(new), len(changed)
    return {
        "provinces_created": created["provinces"],
        "provinces_updated": updated["provinces"],
        "communes_created": created["communes"],
        "communes_updated": updated["communes"],
    }


@transaction.atomic
def learner_create(
    *, user: User, full_name: str, commune: Commune | None = None
) -> Learner:
    """Create the learner profile that goes with a new account."""
    return Learner.objects.create(
        user=user, full_name=name_clean(full_name), commune=commune
    )


def learner_ensure(*, user: User) -> Learner:
    """The user's learner profile; staff accounts get one the first time they learn."""
    learner, _created = Learner.objects.select_related("commune").get_or_create(
        user=user,
        defaults={
            "full_name": name_clean(user.get_full_name() or user.email or user.username)
        },
    )
    return learner


def learner_commune_set(*, learner: Learner, commune: Commune) -> Learner:
    """Move a learner; completions already earned stay with their old commune."""
    learner.commune = commune
    learner.save(update_fields=["commune"])
    return learner


@transaction.atomic
def completion_record(*, learner: Learner, course: CoursePage) -> Completion:
    """Record a finished course once; the commune is fixed at completion time."""
    completion, created = Completion.objects.get_or_create(
        learner=learner, course=course, defaults={"commune_id": learner.commune_id}
    )
    if created:
        transaction.on_commit(lambda: _announce(completion))
    return completion


def _announce(completion: Completion) -> None:
    """Tell subscribers; one failing must not undo or hide a recorded completion."""
    for receiver, error in course_completed.send_robust(
        Completion, completion=completion
    ):
        if isinstance(error, Exception):
            logger.error(
                "course_completed receiver %r failed for completion %s",
                receiver,
                completion.pk,
                exc_info=error,
            )


@transaction.atomic
def quiz_submit(
    *,
    learner: Learner,
    course: CoursePage,
    data: Mapping[str, str | Sequence[str]],
) -> tuple[QuizAttempt, Grade]:
    """Grade the questions the form was drawn, keep the attempt, complete on a pass.

    `course` is the page the learner answered, in any language; the attempt and the
    completion belong to the course in the default language. Stores nothing and
    raises CommuneMissing when the learner has no commune, or
    courses.grading.AnswersInvalid (DrawInvalid for a forged or stale form) when the
    answers do not fit the quiz.
    """
    if learner.commune_id is None:
        raise CommuneMissing
    token = data.get(DRAW_FIELD) or ""
    questions = draw_read(
        token=token if isinstance(token, str) else token[-1],
        course_id=course.pk,
        pool=course.quiz_questions(),
    )
    answers = answers_parse(questions=questions, data=data)
    result = grade(questions=questions, answers=answers, pass_mark=course.pass_mark)
    original = course.original()
    attempt = QuizAttempt.objects.create(
        learner=learner,
        course=original,
        correct=result.correct,
        total=result.total,
        score=result.score,
        passed=result.passed,
        answers={key: sorted(chosen) for key, chosen in answers.items()},
    )
    if result.passed:
        completion_record(learner=learner, course=original)
    return attempt, result


def certificate_issue(*, completion: Completion) -> Certificate:
    """The completion's certificate, issued with the learner's name the first time."""
    existing = Certificate.objects.filter(completion=completion).first()
    if existing:
        return existing
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    completion=completion,
                    serial=secrets.token_hex(5).upper(),
                    full_name=completion.learner.full_name,
                )
        except IntegrityError:
            existing = Certificate.objects.filter(completion=completion).first()
            if existing:
                return existing
    raise RuntimeError("Could not draw a unique certificate serial.")
