"""The offline site's server side: manifest, service worker, saved courses, and the
sync of progress made without signal (learning.views.offline, services.offline)."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from learning.models import Completion, LessonProgress, QuizAttempt
from learning.services import lesson_open
from tests.conftest import correct_answers, logged_in, wrong_answers

SYNC = "/learn/offline/sync/"


def lesson_items(course, seconds=120):
    return [
        {"id": f"l{n}", "kind": "lesson", "lesson": lesson.pk, "seconds": seconds}
        for n, lesson in enumerate(course.lessons())
    ]


def quiz_item(course, answers=None, seconds=60, item_id="q1"):
    data = answers or correct_answers(course)
    return {
        "id": item_id,
        "kind": "quiz",
        "course": course.pk,
        "seconds": seconds,
        "answers": {k: v if isinstance(v, list) else [v] for k, v in data.items()},
    }


def send(client, learner, items, **extra):
    body = {"user": learner.user.pk, "items": items, **extra}
    return client.post(SYNC, json.dumps(body), content_type="application/json")


def saved_course(learner, course, minutes_ago=30):
    """The course's lessons reached the phone `minutes_ago`, as saving does."""
    for lesson in course.lessons():
        lesson_open(learner=learner, lesson=lesson)
    LessonProgress.objects.filter(learner=learner).update(
        last_opened_at=timezone.now() - timedelta(minutes=minutes_ago)
    )


def counts(learner):
    return (
        LessonProgress.objects.filter(
            learner=learner, finished_at__isnull=False
        ).count(),
        QuizAttempt.objects.filter(learner=learner).count(),
        Completion.objects.filter(learner=learner).count(),
    )


@pytest.fixture
def learner(make_learner):
    return make_learner()


@pytest.fixture
def phone(learner):
    return logged_in(learner.user)


def test_the_manifest_names_the_site_in_the_visitors_language(db):
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    answer = english.get("/manifest.webmanifest")
    assert answer["Content-Type"] == "application/manifest+json"
    manifest = json.loads(answer.content)
    assert manifest["name"] == "Digital Education for All"
    assert manifest["display"] == "standalone"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    vietnamese = json.loads(Client().get("/manifest.webmanifest").content)
    assert vietnamese["name"] == "Bình dân học vụ số"


def test_the_service_worker_is_served_from_the_root_and_never_stale(db):
    answer = Client().get("/sw.js")
    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("text/javascript")
    assert answer["Cache-Control"] == "no-cache"
    text = answer.content.decode()
    assert '"/offline/"' in text and "css/site.css" in text
    assert Client().get("/offline/").status_code == 200
    assert Client().get("/favicon.ico")["Location"].endswith("icons/icon-192.png")


def test_a_course_pack_lists_its_pages_and_the_quiz_for_offline_use(course, phone):
    pack = phone.get(f"/learn/courses/{course.pk}/offline.json").json()
    lessons = [lesson.url for lesson in course.lessons()]
    assert [p["url"] for p in pack["pages"]][:-1] == [course.url, *lessons]
    quiz = f"/learn/courses/{course.pk}/quiz/"
    assert pack["pages"][-1] == {"url": f"{quiz}?offline=1", "key": quiz}
    # Offline, the quiz form is kept even before the lessons are read: the rules
    # are checked when the answers come back.
    assert 'class="quiz"' in phone.get(f"{quiz}?offline=1").content.decode()
    assert 'class="quiz"' not in phone.get(quiz).content.decode()


def test_a_course_pack_is_for_signed_in_learners_and_live_courses(course, phone):
    anonymous = Client().get(f"/learn/courses/{course.pk}/offline.json")
    assert anonymous.status_code == 302
    assert phone.get("/learn/courses/999999/offline.json").status_code == 404


def test_progress_made_offline_counts_once_with_the_time_the_phone_measured(
    course, learner, phone
):
    course.min_minutes = 5
    course.save(update_fields=["min_minutes"])
    saved_course(learner, course, minutes_ago=30)
    items = lesson_items(course, seconds=120) + [quiz_item(course)]

    first = send(phone, learner, items)
    again = send(phone, learner, items)

    assert first.status_code == 200, first.content
    results = first.json()["results"]
    assert [r["id"] for r in results] == [item["id"] for item in items]
    assert all(r["done"] for r in results), results
    assert "100%" in results[-1]["message"]
    assert again.json() == first.json()
    lessons = course.lessons().count()
    assert counts(learner) == (lessons, 1, 1)
    spent = LessonProgress.objects.filter(learner=learner).values_list(
        "seconds", flat=True
    )
    assert set(spent) == {120}


def test_time_claimed_offline_is_bounded_by_when_the_lessons_reached_the_phone(
    course, learner, phone
):
    course.min_minutes = 15
    course.save(update_fields=["min_minutes"])
    saved_course(learner, course, minutes_ago=1)
    items = lesson_items(course, seconds=3600) + [quiz_item(course)]

    results = send(phone, learner, items).json()["results"]

    assert all(r["done"] for r in results[:-1])
    assert not results[-1]["done"]
    assert "thời gian" in results[-1]["message"] or "phút" in results[-1]["message"]
    assert set(LessonProgress.objects.values_list("seconds", flat=True)) <= {60, 61}
    assert counts(learner)[1:] == (0, 0)


def test_a_quiz_answered_before_the_lessons_is_refused_and_says_why(
    course, learner, phone
):
    results = send(phone, learner, [quiz_item(course)]).json()["results"]
    assert results[0]["done"] is False
    assert course.title in results[0]["message"]
    assert counts(learner) == (0, 0, 0)


def test_a_failed_quiz_offline_is_one_attempt_and_no_completion(course, learner, phone):
    saved_course(learner, course)
    items = lesson_items(course) + [quiz_item(course, wrong_answers(course))]
    results = send(phone, learner, items).json()["results"]
    assert results[-1]["done"] is True
    assert "100%" not in results[-1]["message"]
    assert counts(learner)[1:] == (1, 0)


def test_progress_of_another_family_member_waits_for_them(
    course, learner, phone, make_learner
):
    sister = make_learner(full_name="Hoàng Thị Lan")
    body = {"user": sister.user.pk, "items": lesson_items(course)}
    answer = phone.post(SYNC, json.dumps(body), content_type="application/json")
    assert answer.status_code == 409
    assert "người khác" in answer.json()["error"]
    assert counts(learner) == counts(sister) == (0, 0, 0)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe",
        json.dumps([1, 2]).encode(),
        json.dumps({"user": None}).encode(),
        b"[" * 5000,
    ],
    ids=["broken", "not-utf8", "a-list", "no-items", "deep"],
)
def test_an_unreadable_queue_is_refused(course, learner, phone, body):
    body = body.replace(b"null", str(learner.user.pk).encode())
    answer = phone.post(SYNC, body, content_type="application/json")
    assert answer.status_code == 400
    assert answer.json()["error"]


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "video"},
        {"lesson": "1"},
        {"lesson": 10**12},
        {"seconds": -1},
        {"seconds": 10**9},
        {"seconds": 1.5},
        {"id": "../../x"},
        {"id": "x" * 65},
        {"answers": {"draw": "abc"}},
    ],
)
def test_a_queue_with_one_bad_item_stores_nothing(course, learner, phone, change):
    items = lesson_items(course)
    items[-1] = {**items[-1], **change}
    answer = send(phone, learner, items)
    assert answer.status_code == 400
    assert "đọc" in answer.json()["error"]
    assert counts(learner) == (0, 0, 0)


def test_a_forged_draw_is_refused_for_that_item_only(course, learner, phone):
    saved_course(learner, course)
    forged = quiz_item(course)
    forged["answers"]["draw"] = ["forged"]
    results = send(phone, learner, lesson_items(course) + [forged]).json()["results"]
    assert [r["done"] for r in results][-1] is False
    assert counts(learner)[1:] == (0, 0)


def test_the_sync_needs_a_signed_in_learner_and_a_csrf_token(course, learner):
    anonymous = Client().get(SYNC)
    assert anonymous.status_code == 403
    assert anonymous.json()["error"]
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner.user)
    token = strict.get(SYNC).json()
    assert token["user"] == learner.user.pk
    body = json.dumps({"user": learner.user.pk, "items": lesson_items(course)})
    refused = strict.post(SYNC, body, content_type="application/json")
    assert refused.status_code == 403
    accepted = strict.post(
        SYNC, body, content_type="application/json", HTTP_X_CSRFTOKEN=token["csrf"]
    )
    assert accepted.status_code == 200


def test_the_sync_is_rate_limited(course, learner, phone):
    answers = [send(phone, learner, []).status_code for _ in range(12)]
    assert answers[:10] == [200] * 10
    assert answers[-1] == 429
