"""Points, daily streaks and badges: what a resident earns by learning.

Points are the sum of the learner's Award rows, each given once for one thing done
and added to LearnerScore as it is given, so nothing is summed on a request.
Freezes are earned by keeping a streak; there is no way to buy one.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses.models import CompetenceArea, CoursePage
from learning.models import Completion, Learner, LessonProgress, QuizAttempt
from learning.rows import upsert

from .models import Award, EarnedBadge, LearnerScore
from .services.standings import local_day

POINTS_LESSON = 10
POINTS_QUIZ_PASSED = 20
POINTS_QUIZ_PERFECT = 10
POINTS_COURSE = 50

# A freeze is earned at every 7th day in a row; one covers one missed day.
FREEZE_EVERY_DAYS = 7
FREEZES_MAX = 2

COURSES_MANY = 5
HELPED_MANY = 10
AREA_PREFIX = "area:"


@dataclass(frozen=True)
class Badge:
    code: str
    name: str
    description: str


BADGES = [
    Badge("first_lesson", _("First step"), _("Finished a first lesson.")),
    Badge("first_course", _("First course"), _("Completed a first course.")),
    Badge("perfect_quiz", _("Full marks"), _("Answered every question of a quiz.")),
    Badge("streak_7", _("A week in a row"), _("Learned seven days in a row.")),
    Badge("courses_5", _("Five courses"), _("Completed five courses.")),
    Badge("streak_30", _("A month in a row"), _("Learned thirty days in a row.")),
    Badge(
        "helped_10",
        _("Helped ten residents"),
        _("Helped ten residents complete a course."),
    ),
]
BADGES_BY_CODE = {badge.code: badge for badge in BADGES}
# The badges a learner can aim for alone, in the order they usually come.
NEXT_ORDER = ["first_lesson", "first_course", "streak_7", "courses_5", "streak_30"]


# What a learning event can bring besides the streak badges: badges_check looks
# only where the event points.
CHECKS = frozenset({"lessons", "quizzes", "courses", "helped"})


def _score_add(*, learner: Learner, points: int = 0) -> LearnerScore:
    """The learner's score with `points` added, made if missing, locked until the
    transaction ends: one statement."""
    names = ("id", "points", "streak", "streak_best", "last_day", "freezes")
    values = dict(
        zip(
            names,
            upsert(
                LearnerScore,
                keys={"learner": learner.pk},
                also={"streak": 0, "streak_best": 0, "freezes": 0},
                add={"points": points},
                returning=names,
            ),
            strict=True,
        )
    )
    if isinstance(values["last_day"], str):  # SQLite gives the text it keeps
        values["last_day"] = date.fromisoformat(values["last_day"])
    score = LearnerScore(learner=learner, **values)
    score._state.adding = False
    return score


def _award_new(*, learner: Learner, key: str, points: int) -> bool:
    """Keep the award unless it was given already; whether it is new."""
    row = upsert(
        Award,
        keys={"learner": learner.pk, "key": key},
        also={"points": points},
        add={},
        returning=("id",),
    )
    return row is not None


@transaction.atomic
def award_give(*, learner: Learner, key: str, points: int) -> bool:
    """Give points once for one thing done; the same event again gives nothing."""
    if not _award_new(learner=learner, key=key, points=points):
        return False
    _score_add(learner=learner, points=points)
    return True


@transaction.atomic
def award_take(*, learner: Learner, key: str) -> int:
    """Take back the points of something that no longer counts; returns them."""
    award = Award.objects.select_for_update().filter(learner=learner, key=key).first()
    if award is None:
        return 0
    award.delete()
    LearnerScore.objects.filter(learner=learner).update(
        points=F("points") - award.points
    )
    return award.points


@transaction.atomic
def streak_mark(
    *, learner: Learner, day: date, score: LearnerScore | None = None
) -> LearnerScore:
    """Count a day of learning, spending earned freezes on the days missed.

    `score` is the learner's, already locked, when the caller has it.
    """
    if score is None:
        score = _score_add(learner=learner)
    if score.last_day is not None and day <= score.last_day:
        return score
    missed = (day - score.last_day).days - 1 if score.last_day else None
    if missed is not None and missed <= score.freezes:
        score.freezes -= missed
        score.streak += 1
    else:
        score.streak = 1
    if score.streak % FREEZE_EVERY_DAYS == 0:
        score.freezes = min(FREEZES_MAX, score.freezes + 1)
    score.streak_best = max(score.streak_best, score.streak)
    score.last_day = day
    score.save(update_fields=["streak", "streak_best", "freezes", "last_day"])
    return score


def streak_current(*, score: LearnerScore | None, today: date) -> int:
    """The streak as it stands today: broken once more days were missed than freezes."""
    if score is None or score.last_day is None:
        return 0
    missed = (today - score.last_day).days - 1
    return score.streak if missed <= score.freezes else 0


def _areas_completed(*, done: set[int]) -> set[int]:
    """Numbers of the areas whose every live course (default language) is in `done`."""
    courses_by_area = defaultdict(set)
    rows = (
        CoursePage.objects.live()
        .filter(locale=Locale.get_default(), competences__isnull=False)
        .values_list("competences__area__number", "pk")
    )
    for number, course_id in rows:
        courses_by_area[number].add(course_id)
    return {number for number, ids in courses_by_area.items() if ids <= done}


def _residents_helped(*, learner: Learner) -> int:
    """Distinct residents this learner's account helped, counted up to the goal."""
    helped = (
        Completion.objects.filter(
            helper_id=learner.user_id, voided_at=None, learner__isnull=False
        )
        .exclude(learner=learner)
        .values_list("learner_id", flat=True)
        .distinct()
    )
    return len(helped[:HELPED_MANY])


def badges_check(
    *,
    learner: Learner,
    score: LearnerScore | None = None,
    checks: frozenset[str] = CHECKS,
) -> list[str]:
    """Give every badge the learner has come to deserve; returns the new codes.

    `checks` names what to look at besides the streak (lessons, quizzes, courses,
    helped): an event looks only where it can have changed something.
    """
    earned = set(learner.badges.values_list("badge", flat=True))
    deserved = set()
    if "lessons" in checks and "first_lesson" not in earned:
        lessons = LessonProgress.objects.filter(
            learner=learner, finished_at__isnull=False
        )
        if lessons.exists():
            deserved.add("first_lesson")
    if "quizzes" in checks and "perfect_quiz" not in earned:
        if QuizAttempt.objects.filter(learner=learner, score=100).exists():
            deserved.add("perfect_quiz")
    if "courses" in checks:
        completed = list(
            Completion.objects.filter(learner=learner, voided_at=None).values_list(
                "course_id", flat=True
            )
        )
        if completed:
            deserved.add("first_course")
            deserved |= {
                f"{AREA_PREFIX}{n}" for n in _areas_completed(done=set(completed))
            }
        if len(completed) >= COURSES_MANY:
            deserved.add("courses_5")
    if score is None:
        score = LearnerScore.objects.filter(learner=learner).first()
    best = score.streak_best if score else 0
    if best >= 7:
        deserved.add("streak_7")
    if best >= 30:
        deserved.add("streak_30")
    if (
        "helped" in checks
        and "helped_10" not in earned
        and _residents_helped(learner=learner) >= HELPED_MANY
    ):
        deserved.add("helped_10")
    new = sorted(deserved - earned)
    EarnedBadge.objects.bulk_create(
        [EarnedBadge(learner=learner, badge=code) for code in new],
        ignore_conflicts=True,
    )
    return new


@transaction.atomic
def activity_reward(
    *,
    learner: Learner | None,
    at: datetime,
    awards: Sequence[tuple[str, int]] = (),
    checks: frozenset[str] = CHECKS,
) -> None:
    """One learning event: its points once each, the day in the streak, badges."""
    if learner is None:
        return
    given = sum(
        points
        for key, points in awards
        if _award_new(learner=learner, key=key, points=points)
    )
    score = _score_add(learner=learner, points=given)
    score = streak_mark(learner=learner, day=local_day(at), score=score)
    badges_check(learner=learner, score=score, checks=checks)


@transaction.atomic
def completion_unreward(*, completion: Completion) -> None:
    """A voided completion takes back the points of its course and its quiz."""
    if completion.learner_id is None:
        return
    for key in _course_keys(course_id=completion.course_id):
        award_take(learner=completion.learner, key=key)


def _course_keys(*, course_id: int) -> list[str]:
    return [f"course:{course_id}", f"quiz:{course_id}", f"quiz_perfect:{course_id}"]


def helper_reward(*, completion: Completion) -> None:
    """The helper of an assisted completion may have earned a badge by it."""
    if completion.helper_id is None:
        return
    helper = Learner.objects.filter(user_id=completion.helper_id).first()
    if helper is not None:
        badges_check(learner=helper, checks=frozenset({"helped"}))


def _badge_shown(*, code: str, earned_at, areas: dict) -> dict | None:
    if code.startswith(AREA_PREFIX):
        area = areas.get(code.removeprefix(AREA_PREFIX))
        if area is None:
            return None
        return {
            "name": gettext("%(area)s: every course") % {"area": area.label},
            "description": gettext(
                "Completed every course in competence area %(number)s."
            )
            % {"number": area.number},
            "earned_at": earned_at,
        }
    badge = BADGES_BY_CODE.get(code)
    if badge is None:
        return None
    return {
        "name": badge.name,
        "description": badge.description,
        "earned_at": earned_at,
    }


def rewards_context(request, learner: Learner) -> dict:
    """The learner's points, streak and badges, with the next badge to aim for."""
    score = LearnerScore.objects.filter(learner=learner).first()
    today = local_day(timezone.now())
    earned = list(learner.badges.values_list("badge", "earned_at"))
    numbers = [
        code.removeprefix(AREA_PREFIX)
        for code, _at in earned
        if code.startswith(AREA_PREFIX) and code.removeprefix(AREA_PREFIX).isdigit()
    ]
    areas = {
        str(area.number): area
        for area in CompetenceArea.objects.filter(number__in=numbers)
    }
    badges = [
        shown
        for code, at in earned
        if (shown := _badge_shown(code=code, earned_at=at, areas=areas))
    ]
    codes = {code for code, _at in earned}
    upcoming = next((c for c in NEXT_ORDER if c not in codes), None)
    return {
        "points": score.points if score else 0,
        "streak": streak_current(score=score, today=today),
        "streak_best": score.streak_best if score else 0,
        "freezes": score.freezes if score else 0,
        "learned_today": bool(score and score.last_day == today),
        "badges": badges,
        "next_badge": BADGES_BY_CODE[upcoming] if upcoming else None,
    }
