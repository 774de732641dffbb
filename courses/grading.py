"""Quiz drawing and grading: pure functions over questions and the answers sent."""

import random
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.core import signing
from django.utils.translation import gettext_lazy as _

ANSWER_PREFIX = "q-"
DRAW_FIELD = "draw"
DRAW_SALT = "courses.quiz.draw"
# Long enough for answers given offline, in a village without signal, to reach us.
DRAW_MAX_AGE = 14 * 24 * 60 * 60
DRAW_KEY_MAX = 64  # what QuizAttempt.draw_key holds

SINGLE, MULTIPLE, TRUE_FALSE, PICTURE = "single", "multiple", "true_false", "picture"


@dataclass(frozen=True)
class Choice:
    """One answer offered; `image` is set for choose-the-right-picture questions."""

    label: str
    image: object | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Question:
    """A question and the set of choice indexes that make the right answer."""

    id: str
    kind: str
    text: str
    choices: tuple[Choice, ...]
    correct: frozenset[int]
    explanation: str = ""

    @property
    def multiple(self) -> bool:
        return self.kind == MULTIPLE


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    chosen: frozenset[int]

    @property
    def is_correct(self) -> bool:
        return self.chosen == self.question.correct

    @property
    def chosen_labels(self) -> list[str]:
        return [self.question.choices[i].label for i in sorted(self.chosen)]

    @property
    def correct_labels(self) -> list[str]:
        return [self.question.choices[i].label for i in sorted(self.question.correct)]


@dataclass(frozen=True)
class Grade:
    results: tuple[QuestionResult, ...]
    pass_mark: int

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def correct(self) -> int:
        return sum(result.is_correct for result in self.results)

    @property
    def score(self) -> int:
        """Percent of correct answers, rounded down."""
        return self.correct * 100 // self.total if self.total else 0

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.score >= self.pass_mark


class AnswersInvalid(ValueError):
    """The submitted answers do not match the quiz; `messages` says why."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(str(m) for m in messages))
        self.messages = messages


class QuizMissing(AnswersInvalid):
    """The course has no questions yet, so there is nothing to answer."""

    def __init__(self):
        super().__init__([_("This course has no quiz yet.")])


class DrawInvalid(AnswersInvalid):
    """The form's list of drawn questions is forged, expired or out of date."""

    def __init__(self):
        super().__init__(
            [
                _(
                    "This quiz form is out of date. Please answer the questions "
                    "below again."
                )
            ]
        )


def questions_draw(
    *, pool: Sequence[Question], count: int, rng: random.Random
) -> list[Question]:
    """`count` questions from the pool in random order; 0 draws the whole pool."""
    size = len(pool) if count <= 0 else min(count, len(pool))
    return rng.sample(list(pool), size)


@dataclass(frozen=True)
class Draw:
    """A drawn quiz form as it came back: its questions, when it was drawn, its key."""

    questions: list[Question]
    drawn_at: float
    key: str


def draw_sign(
    *, course_id: int, questions: Iterable[Question], now: float | None = None
) -> str:
    """A tamper-proof note of which questions the learner was shown, and when."""
    drawn_at = time.time() if now is None else now
    return signing.dumps(
        [
            course_id,
            [question.id for question in questions],
            round(drawn_at),
            secrets.token_hex(8),
        ],
        salt=DRAW_SALT,
    )


def draw_open(*, token: str, course_id: int, pool: Sequence[Question]) -> Draw:
    """The draw a returned form names; DrawInvalid if it doesn't fit the course."""
    if not pool:
        raise QuizMissing
    try:
        signed_course, ids, drawn_at, key = signing.loads(
            token, salt=DRAW_SALT, max_age=DRAW_MAX_AGE
        )
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise DrawInvalid from error
    by_id = {question.id: question for question in pool}
    now = time.time()
    # Types first: only this site signs draws, but whatever a signed payload
    # holds must be refused, not break the checks after it or grading.
    if (
        signed_course != course_id
        or not isinstance(ids, list)
        or not ids
        or not all(isinstance(i, str) and i in by_id for i in ids)
        or len(set(ids)) != len(ids)
        or type(drawn_at) is not int
        or not now - DRAW_MAX_AGE <= drawn_at <= now + DRAW_MAX_AGE
        or not isinstance(key, str)
        or not (key.isascii() and key.isalnum() and len(key) <= DRAW_KEY_MAX)
    ):
        raise DrawInvalid
    return Draw(questions=[by_id[i] for i in ids], drawn_at=drawn_at, key=key)


def draw_from_form(
    *, data: Mapping[str, str | Sequence[str]], course_id: int, pool: Sequence[Question]
) -> Draw:
    """The draw named by a submitted form's `draw` field (the last, if sent twice)."""
    token = data.get(DRAW_FIELD) or ""
    return draw_open(
        token=token if isinstance(token, str) else token[-1],
        course_id=course_id,
        pool=pool,
    )


def draw_read(
    *, token: str, course_id: int, pool: Sequence[Question]
) -> list[Question]:
    """The questions a signed draw names, in order; DrawInvalid if it doesn't fit."""
    return draw_open(token=token, course_id=course_id, pool=pool).questions


def answers_parse(
    *, questions: Sequence[Question], data: Mapping[str, str | Sequence[str]]
) -> dict[str, frozenset[int]]:
    """Turn form fields `q-<id>` into choice indexes, rejecting anything off-quiz."""
    if not questions:
        raise QuizMissing
    sent = {
        key.removeprefix(ANSWER_PREFIX): [value] if isinstance(value, str) else value
        for key, value in data.items()
        if key.startswith(ANSWER_PREFIX)
    }
    errors: list[str] = []
    if set(sent) - {question.id for question in questions}:
        errors.append(
            _(
                "Your answers include a question that is not in this quiz. "
                "Please reload the page."
            )
        )
    answers: dict[str, frozenset[int]] = {}
    unanswered = 0
    for question in questions:
        values = [value for value in sent.get(question.id, []) if value != ""]
        if not values:
            unanswered += 1
            continue
        if len(values) != len(set(values)) or (
            len(values) > 1 and not question.multiple
        ):
            errors.append(
                _("Send one answer per choice for “%(question)s”.")
                % {"question": question.text}
            )
            continue
        try:
            chosen = frozenset(int(value) for value in values)
        except (TypeError, ValueError):
            chosen = frozenset([-1])
        if not all(0 <= index < len(question.choices) for index in chosen):
            errors.append(
                _("An answer is not one of the choices offered for “%(question)s”.")
                % {"question": question.text}
            )
            continue
        answers[question.id] = chosen
    if unanswered:
        errors.append(_("Please answer every question before submitting."))
    if errors:
        raise AnswersInvalid(errors)
    return answers


def grade(
    *,
    questions: Sequence[Question],
    answers: Mapping[str, frozenset[int]],
    pass_mark: int,
) -> Grade:
    """Grade parsed answers; every question must have an answer."""
    results = tuple(
        QuestionResult(question=question, chosen=answers[question.id])
        for question in questions
    )
    return Grade(results=results, pass_mark=pass_mark)
