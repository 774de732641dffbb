"""Quiz grading: pure functions over questions and the answers a learner sent."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

ANSWER_PREFIX = "q-"


@dataclass(frozen=True)
class Question:
    """A single-choice question; `correct` is the index of the right choice."""

    id: str
    text: str
    choices: tuple[str, ...]
    correct: int
    explanation: str = ""


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    chosen: int

    @property
    def is_correct(self) -> bool:
        return self.chosen == self.question.correct


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


def answers_parse(
    *, questions: list[Question], data: Mapping[str, str]
) -> dict[str, int]:
    """Turn form fields `q-<id>` into choice indexes, rejecting anything off-quiz."""
    known = {question.id: question for question in questions}
    errors: list[str] = []
    sent = {
        key.removeprefix(ANSWER_PREFIX): value
        for key, value in data.items()
        if key.startswith(ANSWER_PREFIX)
    }
    if set(sent) - set(known):
        errors.append(
            _(
                "Your answers include a question that is not in this quiz. "
                "Please reload the page."
            )
        )
    answers: dict[str, int] = {}
    unanswered = 0
    for question in questions:
        raw = sent.get(question.id, "")
        if raw == "":
            unanswered += 1
            continue
        try:
            chosen = int(raw)
        except (TypeError, ValueError):
            chosen = -1
        if not 0 <= chosen < len(question.choices):
            errors.append(
                _("An answer is not one of the choices offered for “%(question)s”.")
                % {"question": question.text}
            )
            continue
        answers[question.id] = chosen
    if unanswered:
        errors.append(_("Please answer every question before submitting."))
    if not questions:
        errors.append(_("This course has no quiz yet."))
    if errors:
        raise AnswersInvalid(errors)
    return answers


def grade(
    *, questions: list[Question], answers: dict[str, int], pass_mark: int
) -> Grade:
    """Grade parsed answers; every question must have an answer."""
    results = tuple(
        QuestionResult(question=question, chosen=answers[question.id])
        for question in questions
    )
    return Grade(results=results, pass_mark=pass_mark)
