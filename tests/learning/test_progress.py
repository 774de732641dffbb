"""Lessons opened and finished, resuming, quiz rules and exactly-once completions."""

import ast
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from courses.grading import draw_sign
from leaderboard.models import CampaignStanding
from leaderboard.services.standings import standings_rebuild
from learning.models import Completion, LessonProgress, QuizAttempt
from learning.services import (
    QuizNotYet,
    completion_record,
    completion_void,
    lesson_finish,
    lesson_open,
    quiz_submit,
)
from learning.signals import lesson_completed
from tests.conftest import correct_answers, study

User = get_user_model()


def quiz_url(course):
    return reverse("learning:quiz", args=[course.pk])


def finish_url(lesson):
    return reverse("learning:lesson_finish", args=[lesson.pk])


@pytest.fixture
def logged_in(client, make_learner):
    learner = make_learner()
    client.force_login(learner.user)
    return learner


@pytest.fixture
def finished_events(db):
    events = []

    def receiver(sender, progress, **kwargs):
        events.append(progress)

    lesson_completed.connect(receiver, dispatch_uid="test-lesson-finished")
    yield events
    lesson_completed.disconnect(dispatch_uid="test-lesson-finished")


def test_opening_a_lesson_page_is_remembered_and_finishing_it_once_counts_once(
    client, logged_in, course, finished_events, django_capture_on_commit_callbacks
):
    lesson = course.lessons().first()

    assert client.get(lesson.url).status_code == 200
    progress = LessonProgress.objects.get(learner=logged_in, lesson=lesson)
    assert progress.finished_at is None and progress.course_id == course.pk
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(finish_url(lesson))
        second = client.post(finish_url(lesson))

    progress.refresh_from_db()
    assert first.status_code == second.status_code == 302
    assert first["Location"] == course.lessons()[1].url
    assert progress.finished_at is not None
    assert [p.pk for p in finished_events] == [progress.pk]


def test_time_in_a_lesson_is_counted_up_to_a_cap(course, make_learner, settings):
    learner = make_learner()
    first, second = list(course.lessons())[:2]
    for lesson, minutes in ((first, 4), (second, 24 * 60)):
        lesson_open(learner=learner, lesson=lesson)
        LessonProgress.objects.filter(learner=learner, lesson=lesson).update(
            last_opened_at=timezone.now() - timedelta(minutes=minutes)
        )
        lesson_finish(learner=learner, lesson=lesson)

    seconds = dict(
        LessonProgress.objects.filter(learner=learner).values_list("lesson", "seconds")
    )
    assert 240 <= seconds[first.pk] < 250
    assert seconds[second.pk] == settings.LEARNING_LESSON_TIME_CAP_SECONDS


def test_the_last_lesson_leads_to_the_quiz(client, logged_in, course):
    last = course.lessons().last()

    response = client.post(finish_url(last))

    assert response["Location"] == quiz_url(course)


def test_finishing_an_unknown_lesson_is_404_and_stores_nothing(
    client, logged_in, course
):
    response = client.post(reverse("learning:lesson_finish", args=[999_999]))

    assert response.status_code == 404
    assert not LessonProgress.objects.exists()


def test_finishing_a_lesson_needs_a_login_and_a_post(client, course):
    lesson = course.lessons().first()

    assert client.post(finish_url(lesson)).status_code == 302  # to the login page
    assert not LessonProgress.objects.exists()


def test_the_course_page_resumes_where_the_learner_stopped(client, logged_in, course):
    lessons = list(course.lessons())
    client.post(finish_url(lessons[0]))
    client.get(lessons[1].url)

    html = client.get(course.url).content.decode()

    assert f'href="{lessons[1].url}"' in html
    assert f"Tiếp tục: {lessons[1].title}" in html
    assert f"1 trên {len(lessons)} bài đã xong" in html
    assert "<progress" in html


def test_an_english_lesson_counts_for_the_vietnamese_course(client, logged_in, course):

    english = Locale.objects.get(language_code="en")
    lesson = course.lessons().first()
    translated = lesson.get_translation_or_none(english)
    if translated is None:
        pytest.skip("the demo course has no English lesson")
    client.cookies["django_language"] = "en"

    client.get(translated.url)
    client.post(finish_url(translated))

    progress = LessonProgress.objects.get(learner=logged_in)
    assert progress.lesson_id == lesson.pk and progress.finished_at is not None


def test_the_quiz_waits_for_every_lesson(client, logged_in, course):
    lessons = list(course.lessons())
    client.post(finish_url(lessons[0]))

    page = client.get(quiz_url(course))
    early = client.post(quiz_url(course), correct_answers(course))

    html = page.content.decode()
    assert page.status_code == 200
    assert 'name="draw"' not in html
    assert lessons[1].title in html and lessons[0].title not in html.split("<ul")[-1]
    assert early.status_code == 400
    assert "bài học còn lại" in early.content.decode()
    assert not QuizAttempt.objects.exists() and not Completion.objects.exists()


def test_a_quiz_sent_before_the_minimum_time_is_refused(client, logged_in, course):
    study(logged_in, course, minutes=0)

    response = client.post(quiz_url(course), correct_answers(course))

    assert response.status_code == 400
    assert "phút" in response.content.decode()
    assert not QuizAttempt.objects.exists() and not Completion.objects.exists()


def test_the_minimum_time_is_set_per_course(course, make_learner):
    course.min_minutes = 0
    course.save_revision().publish()
    learner = make_learner()
    study(learner, course, minutes=0)

    _attempt, result = quiz_submit(
        learner=learner, course=course, data=correct_answers(course)
    )

    assert result.passed
    assert Completion.objects.filter(learner=learner).count() == 1


def test_time_on_the_quiz_counts_and_is_kept(course, make_learner):
    learner = make_learner()
    study(learner, course, minutes=course.min_minutes - 1)
    data = correct_answers(course)
    questions = course.quiz_questions()
    data["draw"] = draw_sign(
        course_id=course.pk, questions=questions, now=time.time() - 90
    )

    attempt, result = quiz_submit(learner=learner, course=course, data=data)

    assert result.passed
    assert 89 <= attempt.seconds_taken <= 95


def test_a_failed_attempt_is_followed_by_a_short_cooldown(
    client, logged_in, course, settings
):
    study(logged_in, course)
    wrong = correct_answers(course)
    for q in course.quiz_questions():
        wrong[f"q-{q.id}"] = str((min(q.correct) + 1) % len(q.choices))
    failed = client.post(quiz_url(course), wrong)

    too_soon = client.post(quiz_url(course), correct_answers(course))
    blocked_page = client.get(quiz_url(course)).content.decode()
    QuizAttempt.objects.update(
        created_at=timezone.now()
        - timedelta(seconds=settings.LEARNING_QUIZ_COOLDOWN_SECONDS + 1)
    )
    later = client.post(quiz_url(course), correct_answers(course))

    assert failed.status_code == 200
    assert "Làm lại" in failed.content.decode()
    assert too_soon.status_code == 400
    assert "giây" in too_soon.content.decode()
    assert 'name="draw"' not in blocked_page
    assert later.status_code == 200
    assert QuizAttempt.objects.filter(learner=logged_in).count() == 2
    assert Completion.objects.filter(learner=logged_in).count() == 1


def test_the_same_form_sent_twice_is_one_attempt(client, logged_in, course):
    study(logged_in, course)
    data = correct_answers(course)

    first = client.post(quiz_url(course), data)
    second = client.post(quiz_url(course), data)

    assert first.status_code == second.status_code == 200
    assert "100%" in second.content.decode()
    assert QuizAttempt.objects.filter(learner=logged_in).count() == 1
    assert Completion.objects.filter(learner=logged_in).count() == 1


def test_the_dashboard_shows_progress_completions_and_what_is_next(
    client, logged_in, course, campaign, django_capture_on_commit_callbacks
):
    from courses.demo import demo_pages_load

    other = demo_pages_load(only=["nhan-dien-lua-dao-truc-tuyen"])["course"]
    study(logged_in, course)
    with django_capture_on_commit_callbacks(execute=True):
        quiz_submit(learner=logged_in, course=course, data=correct_answers(course))
    client.get(other.lessons().first().url)

    response = client.get(reverse("learning:dashboard"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nguyễn Thị Hồng Nhung" in html
    assert reverse("learning:certificate_download", args=[course.pk]) in html
    assert other.title in html
    assert f'href="{other.lessons().first().url}"' in html  # resume
    assert "1 / 2 khóa học đã hoàn thành" in html
    # The leaderboard fills its slot: the commune and its place in the province.
    assert "Phường Hoàn Kiếm" in html and "#1" in html


def test_the_dashboard_is_in_english_when_chosen(client, logged_in, course, campaign):
    client.cookies["django_language"] = "en"

    html = client.get(reverse("learning:dashboard")).content.decode()

    assert "Next for you" in html and "No course completed yet." in html
    assert "be the first to put your commune on the board" in html


def test_the_dashboard_needs_a_login(client, db):
    response = client.get(reverse("learning:dashboard"))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_voided_completion_leaves_the_standings_and_can_be_earned_again(
    course, make_learner, campaign, django_capture_on_commit_callbacks
):
    learner = make_learner()
    admin = User.objects.create_superuser("admin", "admin@example.com", "x")
    with django_capture_on_commit_callbacks(execute=True):
        completion = completion_record(learner=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        completion_void(completion=completion, reason="Ghi nhận sai", by=admin)

    assert CampaignStanding.objects.get(commune_id="00070").completions == 0
    standings_rebuild()
    assert not CampaignStanding.objects.filter(completions__gt=0).exists()
    again = completion_record(learner=learner, course=course)
    assert again.pk != completion.pk
    assert Completion.objects.filter(learner=learner).count() == 2


def test_voiding_needs_a_reason(course, make_learner):
    completion = completion_record(learner=make_learner(), course=course)
    admin = User.objects.create_superuser("admin", "admin@example.com", "x")

    with pytest.raises(ValueError):
        completion_void(completion=completion, reason="  ", by=admin)

    completion.refresh_from_db()
    assert completion.voided_at is None


def test_quiz_not_yet_lists_every_missing_step(course, make_learner):
    learner = make_learner()

    with pytest.raises(QuizNotYet) as raised:
        quiz_submit(learner=learner, course=course, data=correct_answers(course))

    assert len(raised.value.messages) == 2  # lessons and time


def test_learning_never_imports_leaderboard():
    """Events travel upward through signals; only the wiring modules know both."""
    wiring = {"urls.py", "asgi.py"}
    root = Path(__file__).resolve().parents[2] / "learning"
    offenders = []
    for path in root.rglob("*.py"):
        if (
            path.name in wiring
            or "settings" in path.parts
            or "migrations" in path.parts
        ):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "leaderboard" for name in names):
                offenders.append(str(path.relative_to(root)))
    assert offenders == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_quiz_submissions_complete_once(course, make_learner, campaign):
    """Double clicks and two open tabs at once, as separate requests, on PostgreSQL."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race is exercised on PostgreSQL")
    learner = make_learner()
    study(learner, course)
    same_form = correct_answers(course)
    forms = [same_form] * 4 + [correct_answers(course) for _ in range(4)]
    barrier = threading.Barrier(len(forms))
    statuses, errors = [], []

    def submit(data):
        client = Client()
        client.force_login(learner.user)
        try:
            barrier.wait(timeout=20)
            statuses.append(client.post(quiz_url(course), data).status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=submit, args=(data,)) for data in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert statuses == [200] * len(forms)
    assert Completion.objects.filter(learner=learner, course=course).count() == 1
    assert QuizAttempt.objects.filter(learner=learner).count() == 5
    assert CampaignStanding.objects.get(commune_id="00070").completions == 1


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dashboard_costs_the_same_queries_with_more_courses(
    client, logged_in, course, language
):
    from django.db import connection as db
    from django.test.utils import CaptureQueriesContext

    from courses.demo import demo_pages_load

    client.cookies["django_language"] = language
    client.get(course.lessons().first().url)
    with CaptureQueriesContext(db) as one_course:
        client.get(reverse("learning:dashboard"))
    other = demo_pages_load(only=["nhan-dien-lua-dao-truc-tuyen"])["course"]
    client.get(other.lessons().first().url)
    with CaptureQueriesContext(db) as two_courses:
        client.get(reverse("learning:dashboard"))

    assert len(two_courses) == len(one_course)


def test_the_certificate_of_a_voided_completion_checks_as_revoked(
    client, make_learner, course
):
    from learning.services import certificate_issue

    admin = User.objects.create_superuser("admin", "admin@example.com", "x")
    completion = completion_record(learner=make_learner(), course=course)
    certificate = certificate_issue(completion=completion)
    url = reverse("certificates:verify", args=[certificate.code])
    genuine = client.get(url).content.decode()

    completion_void(completion=completion, reason="Gian lận", by=admin)
    voided = client.get(url).content.decode()

    assert 'data-status="valid"' in genuine
    assert 'data-status="revoked"' in voided
    assert "Gian lận" not in voided  # the voiding reason stays private


def test_a_course_without_questions_says_so_and_stores_nothing(
    client, logged_in, course
):
    data = correct_answers(course)
    course.quiz = []
    course.save_revision().publish()

    page = client.get(quiz_url(course)).content.decode()
    sent = client.post(quiz_url(course), data)

    assert "Khóa học này chưa có bài kiểm tra." in page
    assert 'name="draw"' not in page
    assert sent.status_code == 400
    assert "Khóa học này chưa có bài kiểm tra." in sent.content.decode()
    assert not QuizAttempt.objects.exists()
