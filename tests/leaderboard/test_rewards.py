"""Points, daily streaks with earned freezes, and badges, shown on the dashboard."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from courses.models import Competence, CoursePage
from leaderboard import rewards
from leaderboard.models import Award, EarnedBadge, LearnerScore
from leaderboard.rewards import (
    POINTS_COURSE,
    POINTS_LESSON,
    POINTS_QUIZ_PASSED,
    POINTS_QUIZ_PERFECT,
    activity_reward,
    award_give,
    award_take,
    badges_check,
    streak_current,
    streak_mark,
)
from leaderboard.rewards_receivers import on_completion_voided, on_course_completed
from learning.models import Completion, HelperKind, LessonProgress
from learning.services import (
    completion_record,
    completion_void,
    learner_delete,
    quiz_submit,
)
from learning.signals import (
    completion_voided,
    course_completed,
    lesson_completed,
    quiz_submitted,
    send_safely,
)
from tests.conftest import correct_answers, study, wrong_answers

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = date(2025, 9, 1)


def _score(learner) -> LearnerScore:
    return LearnerScore.objects.get(learner=learner)


def _badges(learner) -> set[str]:
    return set(
        EarnedBadge.objects.filter(learner=learner).values_list("badge", flat=True)
    )


def _areas(learner) -> set[str]:
    return {badge for badge in _badges(learner) if badge.startswith("area:")}


def _days(learner, *offsets: int) -> LearnerScore:
    """Mark the learner as learning on these days after MONDAY, in order."""
    for offset in offsets:
        score = streak_mark(learner=learner, day=MONDAY + timedelta(days=offset))
    return score


@pytest.fixture
def events(django_capture_on_commit_callbacks):
    """Run a write with its after-commit events, as a request would."""

    def run(write, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return write(**kwargs)

    return run


@pytest.fixture
def make_course(course):
    """A bare course next to the VNeID one, training the competences `codes`."""
    counter = iter(range(1, 100))

    def make(*, codes: list[str], live: bool = True) -> CoursePage:
        n = next(counter)
        page = CoursePage(title=f"Khoá {n}", slug=f"khoa-{n}", summary="-", live=live)
        course.get_parent().add_child(instance=page)
        page.competences.set(Competence.objects.filter(code__in=codes))
        page.save()
        return page

    return make


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_user(username="admin", is_staff=True)


def _lessons(course) -> int:
    return course.lessons().count()


# Points


def test_a_lesson_gives_points_once_even_when_its_event_comes_twice(
    course, make_learner, events
):
    learner = make_learner()
    events(study, learner=learner, course=course)
    progress = LessonProgress.objects.filter(learner=learner).first()

    send_safely(lesson_completed, progress=progress)

    assert _score(learner).points == POINTS_LESSON * _lessons(course)
    keys = set(Award.objects.filter(learner=learner).values_list("key", flat=True))
    assert keys == {f"lesson:{lesson.pk}" for lesson in course.lessons()}


def test_a_perfect_quiz_and_its_course_give_points_once(course, make_learner, events):
    learner = make_learner()
    study(learner, course)

    attempt, result = events(
        quiz_submit, learner=learner, course=course, data=correct_answers(course)
    )
    completion = Completion.objects.get(learner=learner)
    send_safely(quiz_submitted, attempt=attempt)
    send_safely(course_completed, completion=completion)

    assert result.score == 100
    assert _score(learner).points == (
        POINTS_QUIZ_PASSED + POINTS_QUIZ_PERFECT + POINTS_COURSE
    )


def test_a_failed_quiz_gives_no_points_but_counts_as_a_day_of_learning(
    course, make_learner, events
):
    learner = make_learner()
    study(learner, course)

    _attempt, result = events(
        quiz_submit, learner=learner, course=course, data=wrong_answers(course)
    )

    assert not result.passed
    score = _score(learner)
    assert score.points == 0
    assert score.streak == 1
    assert not Completion.objects.filter(learner=learner).exists()


def test_a_voided_completion_takes_its_course_and_quiz_points_not_its_lessons(
    course, make_learner, events, admin
):
    learner = make_learner()
    events(study, learner=learner, course=course)
    events(quiz_submit, learner=learner, course=course, data=correct_answers(course))
    completion = Completion.objects.get(learner=learner)

    events(completion_void, completion=completion, reason="Làm hộ", by=admin)
    send_safely(completion_voided, completion=completion)

    assert _score(learner).points == POINTS_LESSON * _lessons(course)
    assert not Award.objects.filter(learner=learner, key__startswith="course:").exists()

    events(completion_record, learner=learner, course=course)

    assert _score(learner).points == POINTS_LESSON * _lessons(course) + POINTS_COURSE


def test_award_give_is_once_per_key_and_award_take_only_takes_what_was_given(
    make_learner,
):
    learner = make_learner()

    assert award_give(learner=learner, key="lesson:1", points=10) is True
    assert award_give(learner=learner, key="lesson:1", points=10) is False
    assert award_take(learner=learner, key="course:1") == 0
    assert award_give(learner=learner, key="course:1", points=50) is True
    assert award_take(learner=learner, key="course:1") == 50
    assert award_take(learner=learner, key="course:1") == 0

    assert _score(learner).points == 10


# Streaks and freezes


def test_the_same_day_twice_or_an_earlier_day_changes_nothing(make_learner):
    learner = make_learner()

    score = _days(learner, 0, 0, 1, 0)

    assert (score.streak, score.last_day) == (2, MONDAY + timedelta(days=1))


def test_the_next_day_continues_the_streak(make_learner):
    score = _days(make_learner(), 0, 1, 2)

    assert (score.streak, score.streak_best, score.freezes) == (3, 3, 0)


def test_a_missed_day_without_a_freeze_restarts_the_streak(make_learner):
    score = _days(make_learner(), 0, 1, 2, 4)

    assert (score.streak, score.streak_best) == (1, 3)


def test_a_freeze_is_earned_every_seven_days_and_at_most_two_are_held(make_learner):
    learner = make_learner()

    assert _days(learner, *range(6)).freezes == 0
    assert _days(learner, 6).freezes == 1
    assert _days(learner, *range(7, 14)).freezes == 2
    score = _days(learner, *range(14, 21))
    assert (score.streak, score.freezes) == (21, 2)


def test_an_earned_freeze_covers_a_missed_day_and_is_spent(make_learner):
    learner = make_learner()
    _days(learner, *range(7))

    score = _days(learner, 8)

    assert (score.streak, score.freezes) == (8, 0)


def test_two_freezes_cover_two_missed_days_but_not_three(make_learner):
    covered, broken = make_learner(), make_learner()
    _days(covered, *range(14))
    _days(broken, *range(14))

    assert (_days(covered, 16).streak, _score(covered).freezes) == (15, 0)
    score = _days(broken, 17)
    assert (score.streak, score.streak_best, score.freezes) == (1, 14, 2)


def test_the_streak_shown_is_zero_once_more_days_were_missed_than_freezes(
    make_learner,
):
    learner = make_learner()
    score = _days(learner, 0, 1, 2)

    assert streak_current(score=score, today=MONDAY + timedelta(days=2)) == 3
    assert streak_current(score=score, today=MONDAY + timedelta(days=3)) == 3
    assert streak_current(score=score, today=MONDAY + timedelta(days=4)) == 0
    assert streak_current(score=None, today=MONDAY) == 0


def test_the_day_is_the_residents_local_day(make_learner):
    learner = make_learner()
    evening = datetime(2025, 9, 1, 23, 30, tzinfo=HANOI)

    activity_reward(learner=learner, at=evening)
    activity_reward(learner=learner, at=evening + timedelta(hours=1))

    # 00:30 in Hanoi is still 1 September in UTC, but a new day for the resident.
    assert (evening + timedelta(hours=1)).astimezone(ZoneInfo("UTC")).day == 1
    score = _score(learner)
    assert (score.streak, score.last_day) == (2, date(2025, 9, 2))


def test_there_is_no_way_to_buy_a_freeze():
    assert not [name for name in dir(rewards) if "buy" in name or "purchase" in name]


# Badges


def test_first_lesson_first_course_full_marks_and_area_badges(
    course, make_learner, events
):
    learner = make_learner()

    events(study, learner=learner, course=course)
    assert _badges(learner) == {"first_lesson"}

    events(quiz_submit, learner=learner, course=course, data=correct_answers(course))

    # The VNeID course is the only live course of areas 2 and 4 here.
    assert _badges(learner) == {
        "first_lesson",
        "perfect_quiz",
        "first_course",
        "area:2",
        "area:4",
    }


def test_an_area_badge_needs_every_live_course_of_the_area(
    course, make_course, make_learner, events
):
    safety = make_course(codes=["4.1"])
    make_course(codes=["2.1"], live=False)  # a draft does not count
    learner = make_learner()

    events(completion_record, learner=learner, course=course)
    assert _areas(learner) == {"area:2"}

    events(completion_record, learner=learner, course=safety)
    assert {b for b in _badges(learner) if b.startswith("area:")} == {
        "area:2",
        "area:4",
    }


def test_five_courses_earn_a_badge(course, make_course, make_learner, events):
    learner = make_learner()
    for done in [course] + [make_course(codes=[]) for _ in range(4)]:
        assert "courses_5" not in _badges(learner)
        events(completion_record, learner=learner, course=done)

    assert "courses_5" in _badges(learner)


def test_streak_badges_come_with_seven_and_thirty_days(make_learner):
    learner = make_learner()

    _days(learner, *range(6))
    assert badges_check(learner=learner) == []
    _days(learner, 6)
    assert badges_check(learner=learner) == ["streak_7"]
    _days(learner, *range(7, 30))
    assert badges_check(learner=learner) == ["streak_30"]
    assert badges_check(learner=learner) == []


def test_a_helper_earns_a_badge_after_ten_distinct_residents(
    course, make_learner, events
):
    helper = make_learner(full_name="Trần Văn Đoàn")
    residents = [make_learner() for _ in range(10)]
    for resident in residents[:9]:
        events(
            completion_record,
            learner=resident,
            course=course,
            helper=helper.user,
            helper_kind=HelperKind.YOUTH_UNION,
        )
    # Helping yourself is not helping a resident.
    events(completion_record, learner=helper, course=course, helper=helper.user)
    assert "helped_10" not in _badges(helper)

    events(
        completion_record,
        learner=residents[9],
        course=course,
        helper=helper.user,
        helper_kind=HelperKind.YOUTH_UNION,
    )

    assert "helped_10" in _badges(helper)
    assert "helped_10" not in _badges(residents[9])


def test_a_helper_without_a_learner_profile_is_no_trouble(course, make_learner, events):
    helper = get_user_model().objects.create_user(username="doan-vien")
    resident = make_learner()

    completion = events(
        completion_record, learner=resident, course=course, helper=helper
    )

    assert completion.helper == helper
    assert _score(resident).points == POINTS_COURSE


# Bad input


def test_events_without_a_learner_do_nothing(course, make_learner, events, admin):
    activity_reward(learner=None, at=datetime(2025, 9, 1, tzinfo=HANOI))
    learner = make_learner()
    completion = events(completion_record, learner=learner, course=course)
    learner_delete(learner=learner)
    completion.refresh_from_db()
    assert completion.learner is None

    on_course_completed(sender=None, completion=completion)
    events(completion_void, completion=completion, reason="Trùng", by=admin)
    on_completion_voided(sender=None, completion=completion)

    assert not LearnerScore.objects.exists()
    assert not Award.objects.exists()


# Dashboard


def test_the_dashboard_shows_points_streak_and_badges(
    client, course, make_learner, events
):
    learner = make_learner()
    events(study, learner=learner, course=course)
    events(quiz_submit, learner=learner, course=course, data=correct_answers(course))
    client.force_login(learner.user)
    client.cookies["django_language"] = "en"

    page = client.get(reverse("learning:dashboard")).content.decode()

    points = POINTS_LESSON * _lessons(course) + 80
    assert "Your rewards" in page
    assert f"<strong>{points}</strong> points" in page
    assert "<strong>1</strong> day in a row" in page
    assert "You learned today" in page
    assert "First course" in page and "Full marks" in page
    assert "Safety: every course" in page
    assert "Information and data literacy" not in page  # area 1 was not completed
    assert "Next badge: <strong>A week in a row</strong>" in page


def test_a_new_learner_sees_an_encouraging_empty_state(client, make_learner):
    learner = make_learner()
    client.force_login(learner.user)
    client.cookies["django_language"] = "en"

    page = client.get(reverse("learning:dashboard")).content.decode()

    assert "<strong>0</strong> points" in page
    assert "Learn a lesson today to start a streak." in page
    assert "No badge yet" in page
    assert "Next badge: <strong>First step</strong>" in page
    assert not LearnerScore.objects.exists()  # reading writes nothing


def test_the_widget_shows_in_vietnamese_the_default_language(client, make_learner):
    learner = make_learner()
    client.force_login(learner.user)

    response = client.get(reverse("learning:dashboard"))

    assert response.status_code == 200
    assert response.wsgi_request.LANGUAGE_CODE == "vi"
    assert '<div class="widget rewards">' in response.content.decode()
