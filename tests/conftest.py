"""Shared fixtures: data is set up through the project's own write functions."""

import math
import os
import shutil
from datetime import timedelta

import pytest
from channels.layers import channel_layers
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from courses.demo import demo_pages_load
from courses.grading import draw_sign
from leaderboard.models import Campaign
from learning import sms
from learning.models import Commune, CommuneAdministrator, HelperKind, LessonProgress
from learning.services import (
    assisted_session_record,
    helper_grant,
    learner_commune_set,
    learner_create,
    lesson_finish,
    lesson_open,
    units_load,
)
from learning.settings.base import redis_cache

PASSWORD = "Hoc-vu-so-2025!"
IN_CI = os.environ.get("CI", "").lower() == "true"


def need(condition: bool, reason: str) -> None:
    """Skip when an outside tool is missing, but fail under CI, where it must be."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and cached pages live in the cache: each test starts empty."""
    cache.clear()


@pytest.fixture(autouse=True)
def sms_outbox():
    """Texts go to the console gateway's outbox: each test starts with none."""
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


@pytest.fixture
def units(db):
    units_load()


VNEID_SLUG = "kich-hoat-va-su-dung-vneid"


@pytest.fixture
def course(units):
    """The demo VNeID course alone: loading all six is for the content tests."""
    return demo_pages_load(only=[VNEID_SLUG])["course"]


@pytest.fixture
def hoan_kiem(units) -> Commune:
    return Commune.objects.get(code="00070")


def account(name: str, **extra):
    """A user who signed up with an email and PASSWORD, without a learner profile."""
    return get_user_model().objects.create_user(
        username=name, email=f"{name}@example.com", password=PASSWORD, **extra
    )


@pytest.fixture
def commune_admin(hoan_kiem):
    """Hoàn Kiếm's administrator."""
    user = account("bithu", first_name="Bí thư")
    CommuneAdministrator.objects.create(user=user, commune=hoan_kiem)
    return user


@pytest.fixture
def helper(commune_admin, hoan_kiem):
    """A youth-union volunteer helping in Hoàn Kiếm."""
    user = account("tinhnguyen", first_name="Tình nguyện viên")
    helper_grant(
        by=commune_admin, user=user, commune=hoan_kiem, kind=HelperKind.YOUTH_UNION
    )
    return user


def logged_in(user) -> Client:
    """A browser of the user's own, apart from `client`, which others use."""
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def helper_client(helper):
    return logged_in(helper)


def record_passed(*, helper, resident, course):
    """An assisted session with every lesson gone through and every answer right."""
    return assisted_session_record(
        helper=helper,
        resident=resident,
        course=course,
        lesson_ids=list(course.lessons().values_list("pk", flat=True)),
        data=correct_answers(course),
    )


@pytest.fixture
def make_learner(units):
    """Create a learner the way sign-up does, optionally placed in a commune."""
    counter = iter(range(1, 10_000))

    def make(full_name="Nguyễn Thị Hồng Nhung", commune_code="00070"):
        n = next(counter)
        user = get_user_model().objects.create_user(
            username=f"learner{n}", email=f"learner{n}@example.com", password=PASSWORD
        )
        learner = learner_create(user=user, full_name=full_name)
        if commune_code:
            learner_commune_set(
                learner=learner, commune=Commune.objects.get(code=commune_code)
            )
        return learner

    return make


@pytest.fixture
def make_campaign(units):
    """A campaign, running from yesterday for a month unless told otherwise."""

    def make(**fields):
        now = timezone.now()
        courses = fields.pop("courses", None)
        fields = {
            "title": "Tháng cao điểm Bình dân học vụ số",
            "starts_at": now - timedelta(days=1),
            "ends_at": now + timedelta(days=30),
            "status": Campaign.Status.RUNNING,
            **fields,
        }
        campaign = Campaign.objects.create(**fields)
        if courses:
            campaign.courses.set(courses)
        return campaign

    return make


@pytest.fixture
def campaign(make_campaign) -> Campaign:
    return make_campaign()


def correct_answers(course, questions=None) -> dict[str, str | list[str]]:
    """The POST data of a learner who was shown `questions` and knows every answer."""
    questions = course.quiz_questions() if questions is None else questions
    data = {"draw": draw_sign(course_id=course.pk, questions=questions)}
    for question in questions:
        data[f"q-{question.id}"] = [str(i) for i in sorted(question.correct)]
    return data


def wrong_answers(course) -> dict[str, str | list[str]]:
    """The quiz form answered wrong everywhere."""
    data = correct_answers(course)
    for question in course.quiz_questions():
        wrong = next(
            i for i in range(len(question.choices)) if i not in question.correct
        )
        data[f"q-{question.id}"] = [str(wrong)]
    return data


def study(learner, course, minutes=None) -> None:
    """Read every lesson of a course through the services, spending `minutes` in all.

    Nobody waits in a test: each lesson is marked as opened the right number of
    seconds ago before it is finished. `minutes` defaults to the course's minimum.
    """
    original = course.original()
    lessons = list(original.lessons())
    minutes = original.min_minutes if minutes is None else minutes
    seconds = math.ceil(minutes * 60 / len(lessons)) if lessons else 0
    for lesson in lessons:
        lesson_open(learner=learner, lesson=lesson)
        LessonProgress.objects.filter(learner=learner, lesson=lesson).update(
            last_opened_at=timezone.now() - timedelta(seconds=seconds)
        )
        lesson_finish(learner=learner, lesson=lesson)


def pdftotext_available() -> bool:
    return shutil.which("pdftotext") is not None


# Nothing listens on port 1: a real Redis address that refuses connections.
DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    """Point the cache and the channel layer at a Redis that is not there."""
    settings.CACHES = {"default": redis_cache(DEAD_REDIS)}
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [DEAD_REDIS]},
        }
    }
    channel_layers.backends.pop("default", None)
    yield
    channel_layers.backends.pop("default", None)
