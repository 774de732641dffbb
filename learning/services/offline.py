"""Progress made on a phone without signal, applied when the signal returns.

The phone queues what the learner did (lessons finished, quiz answers) and sends the
queue here. Each item goes through the same services as online, so every rule holds:
a lesson counts once, the same answers sent twice are one attempt, a completion is
recorded once, and the quiz still needs its lessons, time and cooldown.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from courses.grading import AnswersInvalid
from courses.models import CoursePage, LessonPage

from ..models import Learner
from .progress import CommuneMissing, QuizNotYet, lesson_finish, quiz_submit

ITEMS_MAX = 200
ITEM_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
SECONDS_MAX = 24 * 60 * 60


class ItemsInvalid(ValueError):
    """The queue a phone sent is not one this site's pages make."""

    def __init__(self, message: str):
        self.messages = [message]
        super().__init__(message)


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    page_id: int
    seconds: int
    answers: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    id: str
    done: bool
    message: str


def _is_id(value) -> bool:
    return type(value) is int and 0 < value < 10**9


def offline_items_parse(data) -> list[Item]:
    """The items of a sent queue, checked for shape; ItemsInvalid names what is off."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise ItemsInvalid(_("Send the saved progress as a list of items."))
    raw = data["items"]
    if len(raw) > ITEMS_MAX:
        raise ItemsInvalid(_("Too much saved progress at once; send it in parts."))
    items, seen = [], set()
    for entry in raw:
        if not isinstance(entry, dict):
            raise ItemsInvalid(_("A saved item is not readable."))
        item_id, kind = entry.get("id"), entry.get("kind")
        seconds = entry.get("seconds", 0)
        page_id = entry.get("lesson" if kind == "lesson" else "course")
        answers = entry.get("answers", {})
        if (
            not isinstance(item_id, str)
            or not ITEM_ID.fullmatch(item_id)
            or item_id in seen
            or kind not in APPLY
            or not _is_id(page_id)
            or type(seconds) is not int
            or not 0 <= seconds <= SECONDS_MAX
            or not isinstance(answers, dict)
            or not all(
                isinstance(key, str)
                and isinstance(values, list)
                and all(isinstance(value, str) for value in values)
                for key, values in answers.items()
            )
        ):
            raise ItemsInvalid(_("A saved item is not readable."))
        seen.add(item_id)
        items.append(Item(item_id, kind, page_id, seconds, answers))
    return items


def _lesson(*, learner: Learner, item: Item) -> Outcome:
    lesson = LessonPage.objects.live().public().filter(pk=item.page_id).first()
    if lesson is None:
        return Outcome(item.id, False, _("This lesson is no longer published."))
    lesson_finish(learner=learner, lesson=lesson, seconds=item.seconds)
    return Outcome(
        item.id, True, _("Lesson finished: %(title)s") % {"title": lesson.title}
    )


def _quiz(*, learner: Learner, item: Item) -> Outcome:
    course = CoursePage.objects.live().public().filter(pk=item.page_id).first()
    if course is None:
        return Outcome(item.id, False, _("This course is no longer published."))
    try:
        _attempt, result = quiz_submit(
            learner=learner, course=course, data=item.answers, seconds=item.seconds
        )
    except (AnswersInvalid, CommuneMissing, QuizNotYet) as error:
        reasons = " ".join(str(message) for message in error.messages)
        return Outcome(
            item.id,
            False,
            _("Quiz of “%(title)s” not counted: %(reasons)s")
            % {"title": course.title, "reasons": reasons},
        )
    if result.passed:
        message = _(
            "Quiz of “%(title)s”: %(score)s%% correct, passed. "
            "Your certificate is ready."
        )
    else:
        message = _(
            "Quiz of “%(title)s”: %(score)s%% correct, not passed yet. "
            "Review the lessons and try again."
        )
    return Outcome(
        item.id, True, message % {"title": course.title, "score": result.score}
    )


APPLY = {"lesson": _lesson, "quiz": _quiz}  # what each kind of item does


def offline_items_apply(*, learner: Learner, items: list[Item]) -> list[Outcome]:
    """Apply a phone's queue in the order it was made: lessons before their quiz."""
    return [APPLY[item.kind](learner=learner, item=item) for item in items]
