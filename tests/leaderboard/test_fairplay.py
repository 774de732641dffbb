"""Fair-play flags: bursts from one helper, device or network; too-fast quizzes;
many residents registered by one helper. Counted in the cache, never over
completions."""

import time

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import AsyncClient, Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.grading import draw_sign
from leaderboard.fairplay import completion_check, fairplay_setting, window_start
from leaderboard.middleware import Origin, origin_current, origin_of
from leaderboard.models import Flag
from learning.models import CommuneAdministrator, Completion, HelperKind
from learning.services import (
    completion_record,
    helper_grant,
    learner_delete,
    quiz_submit,
    resident_register,
)
from tests.conftest import PASSWORD, correct_answers, study

User = get_user_model()
PHONE_UA = "Mozilla/5.0 (Linux; Android 8.1; Nokia 2.1) Chrome/90.0 Mobile"
RESIDENTS = [
    "Lò Thị Mai",
    "Hà Văn Bình",
    "Đinh Thị Lan",
    "Vàng A Páo",
    "Nguyễn Văn Hải",
    "Trần Thị Thu",
    "Lê Văn Tâm",
    "Phạm Thị Hoa",
    "Bùi Văn Sơn",
]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def away_from_a_window_edge():
    """A test's events must fall in one ten-minute window: never start at its end."""
    window = fairplay_setting("window_seconds")
    left = window - time.time() % window
    if left < 10:
        time.sleep(left + 0.5)


@pytest.fixture
def with_origin(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "leaderboard.middleware.RequestOrigin"]


def account(name: str, **extra):
    return User.objects.create_user(
        username=name, email=f"{name}@example.com", password=PASSWORD, **extra
    )


@pytest.fixture
def helper(hoan_kiem):
    admin = account("bithu")
    CommuneAdministrator.objects.create(user=admin, commune=hoan_kiem)
    user = account("tinhnguyen", first_name="Tình nguyện viên")
    helper_grant(by=admin, user=user, commune=hoan_kiem, kind=HelperKind.YOUTH_UNION)
    return user


def assisted(make_learner, course, helper, n: int, capture) -> list[Completion]:
    completions = []
    with capture(execute=True):
        for i in range(n):
            learner = make_learner(full_name=f"Người dân {chr(65 + i)}")
            completions.append(
                completion_record(
                    learner=learner,
                    course=course,
                    helper=helper,
                    helper_kind=HelperKind.YOUTH_UNION,
                )
            )
    return completions


def quiz_url(course) -> str:
    return reverse("learning:quiz", args=[course.pk])


def pass_over_http(learner, course, **headers) -> Client:
    """The learner passes the quiz in their own browser."""
    study(learner, course)
    browser = Client()
    browser.force_login(learner.user)
    response = browser.post(quiz_url(course), correct_answers(course), **headers)
    assert response.status_code == 200
    return browser


# Helper bursts


def test_a_helper_burst_is_flagged_once_and_lists_every_completion(
    course, make_learner, helper, hoan_kiem, django_capture_on_commit_callbacks
):
    completions = assisted(
        make_learner, course, helper, 12, django_capture_on_commit_callbacks
    )

    flag = Flag.objects.get()
    assert flag.kind == Flag.Kind.HELPER_BURST
    assert flag.subject == str(helper.pk)
    assert flag.count == 12
    assert flag.commune == hoan_kiem
    assert flag.window_start == window_start(moment=completions[0].completed_at)
    assert set(flag.completions.values_list("pk", flat=True)) == {
        c.pk for c in completions
    }
    assert flag.reviewed_at is None


def test_below_the_threshold_nothing_is_flagged(
    course, make_learner, helper, django_capture_on_commit_callbacks
):
    assisted(make_learner, course, helper, 9, django_capture_on_commit_callbacks)

    assert not Flag.objects.exists()


def test_the_next_window_counts_afresh(
    course, make_learner, helper, django_capture_on_commit_callbacks
):
    completions = assisted(
        make_learner, course, helper, 10, django_capture_on_commit_callbacks
    )
    later = completions[-1]
    later.completed_at = later.completed_at.replace(year=later.completed_at.year + 1)

    assert completion_check(completion=later, origin=None) == []
    assert Flag.objects.get().count == 10


def test_flagging_never_counts_completions(
    course, make_learner, helper, django_capture_on_commit_callbacks
):
    completions = assisted(
        make_learner, course, helper, 10, django_capture_on_commit_callbacks
    )
    one_more = completions[0]

    with CaptureQueriesContext(connection) as queries:
        completion_check(completion=one_more, origin=None)

    sql = " ".join(q["sql"].upper() for q in queries.captured_queries)
    assert "COUNT(" not in sql
    assert "GROUP BY" not in sql


def test_thresholds_follow_settings(
    settings, course, make_learner, helper, django_capture_on_commit_callbacks
):
    settings.LEADERBOARD_FAIRPLAY = {"helper_burst": 3}

    assisted(make_learner, course, helper, 3, django_capture_on_commit_callbacks)

    assert Flag.objects.get(kind=Flag.Kind.HELPER_BURST).count == 3


# Devices and networks, through the real middleware


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_different_learners_finishing_on_one_phone_are_flagged(
    with_origin, course, make_learner, hoan_kiem
):
    learners = [make_learner(full_name=name) for name in RESIDENTS[:5]]
    for learner in learners:
        pass_over_http(
            learner, course, HTTP_USER_AGENT=PHONE_UA, HTTP_ACCEPT_LANGUAGE="vi-VN"
        )

    flag = Flag.objects.get(kind=Flag.Kind.DEVICE_BURST)
    assert flag.count == 5
    assert len(flag.subject) == 16
    assert flag.commune == hoan_kiem
    assert set(flag.completions.values_list("learner_id", flat=True)) == {
        learner.pk for learner in learners
    }
    # The default network threshold is far higher.
    assert not Flag.objects.filter(kind=Flag.Kind.NETWORK_BURST).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_different_phones_are_not_one_device(with_origin, course, make_learner):
    for i, name in enumerate(RESIDENTS[:5]):
        pass_over_http(make_learner(full_name=name), course, HTTP_USER_AGENT=f"{i}")

    assert not Flag.objects.filter(kind=Flag.Kind.DEVICE_BURST).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_burst_from_one_network_is_flagged(
    with_origin, settings, course, make_learner
):
    settings.LEADERBOARD_FAIRPLAY = {"network_burst": 3}
    learners = [make_learner(full_name=name) for name in RESIDENTS[:3]]
    for i, learner in enumerate(learners):
        pass_over_http(
            learner, course, REMOTE_ADDR=f"203.0.113.{10 + i}", HTTP_USER_AGENT=f"{i}"
        )

    flag = Flag.objects.get(kind=Flag.Kind.NETWORK_BURST)
    assert flag.subject == "203.0.113.0/24"
    assert flag.count == 3
    assert flag.completions.count() == 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_address_that_is_no_address_gives_no_network(
    with_origin, settings, course, make_learner
):
    settings.LEADERBOARD_FAIRPLAY = {"network_burst": 1, "device_burst": 1}

    pass_over_http(
        make_learner(), course, REMOTE_ADDR="unknown", HTTP_USER_AGENT=PHONE_UA
    )

    assert Flag.objects.filter(kind=Flag.Kind.DEVICE_BURST).count() == 1
    assert not Flag.objects.filter(kind=Flag.Kind.NETWORK_BURST).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_origin_reaches_completions_under_asgi_too(
    with_origin, settings, course, make_learner
):
    settings.LEADERBOARD_FAIRPLAY = {"device_burst": 1, "network_burst": 1}
    learner = make_learner()
    study(learner, course)
    browser = AsyncClient()
    browser.force_login(learner.user)

    response = async_to_sync(browser.post)(
        quiz_url(course), correct_answers(course), headers={"User-Agent": PHONE_UA}
    )

    assert response.status_code == 200
    kinds = set(Flag.objects.values_list("kind", flat=True))
    assert {Flag.Kind.DEVICE_BURST, Flag.Kind.NETWORK_BURST} <= kinds


def test_devices_and_networks_are_unknown_outside_a_request(
    settings, course, make_learner, django_capture_on_commit_callbacks
):
    settings.LEADERBOARD_FAIRPLAY = {"network_burst": 1, "device_burst": 1}

    with django_capture_on_commit_callbacks(execute=True):
        for name in RESIDENTS[:3]:
            completion_record(learner=make_learner(full_name=name), course=course)

    assert origin_current() is None
    assert not Flag.objects.exists()


def test_the_origin_of_a_request():
    factory = RequestFactory()
    phone = factory.get("/", REMOTE_ADDR="198.51.100.77", HTTP_USER_AGENT=PHONE_UA)
    same_phone = factory.get("/", REMOTE_ADDR="198.51.100.3", HTTP_USER_AGENT=PHONE_UA)
    ipv6 = factory.get("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6")
    mapped = factory.get("/", REMOTE_ADDR="::ffff:192.0.2.9")

    assert origin_of(phone).network == "198.51.100.0/24"
    assert origin_of(phone).device == origin_of(same_phone).device
    assert origin_of(ipv6) == Origin(device=None, network="2001:db8:1:2::/64")
    assert origin_of(mapped).network == "192.0.2.0/24"
    for nonsense in ("unknown", "", "999.1.1.1", "<script>"):
        assert origin_of(factory.get("/", REMOTE_ADDR=nonsense)).network is None


def test_the_origin_behind_trusted_proxies(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    factory = RequestFactory()
    proxied = factory.get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9"
    )
    direct = factory.get("/", REMOTE_ADDR="127.0.0.1")

    assert origin_of(proxied).network == "203.0.113.0/24"
    assert origin_of(direct).network == "127.0.0.0/24"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 3
    assert origin_of(proxied).network is None


def test_a_completion_without_learner_or_commune_does_not_break_flagging(
    settings, course, make_learner, django_capture_on_commit_callbacks
):
    settings.LEADERBOARD_FAIRPLAY = {"network_burst": 2, "device_burst": 2}
    homeless = make_learner(commune_code=None)
    with django_capture_on_commit_callbacks(execute=True):
        first = completion_record(learner=homeless, course=course)
        second = completion_record(learner=make_learner(), course=course)
    learner_delete(learner=second.learner)
    second.refresh_from_db()
    origin = Origin(device="0123456789abcdef", network="10.1.2.0/24")

    assert first.commune is None and second.learner is None
    completion_check(completion=first, origin=origin)
    flags = completion_check(completion=second, origin=origin)

    assert {flag.kind for flag in flags} == {
        Flag.Kind.DEVICE_BURST,
        Flag.Kind.NETWORK_BURST,
    }
    assert all(flag.completions.count() == 2 for flag in flags)


# Quizzes and sign-ups


def test_a_quiz_passed_faster_than_it_can_be_read_is_flagged(
    course, make_learner, django_capture_on_commit_callbacks
):
    learner = make_learner()
    study(learner, course)
    with django_capture_on_commit_callbacks(execute=True):
        attempt, result = quiz_submit(
            learner=learner, course=course, data=correct_answers(course)
        )

    assert result.passed and attempt.seconds_taken < 3 * attempt.total
    flag = Flag.objects.get(kind=Flag.Kind.QUIZ_FAST)
    assert flag.subject == str(learner.pk)
    assert flag.count == 1
    assert f"#{attempt.pk}" in flag.detail
    assert list(flag.completions.all()) == [Completion.objects.get(learner=learner)]


def test_a_quiz_taken_at_reading_speed_is_not_flagged(
    course, make_learner, django_capture_on_commit_callbacks
):
    learner = make_learner()
    study(learner, course)
    data = correct_answers(course)
    questions = course.quiz_questions()
    data["draw"] = draw_sign(
        course_id=course.pk, questions=questions, now=time.time() - 3 * 60
    )
    with django_capture_on_commit_callbacks(execute=True):
        attempt, result = quiz_submit(learner=learner, course=course, data=data)

    assert result.passed and attempt.seconds_taken >= 3 * attempt.total
    assert not Flag.objects.exists()


def test_a_helper_registering_many_residents_in_minutes_is_flagged(
    helper, hoan_kiem, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        residents = [
            resident_register(helper=helper, full_name=name, birth_year=1960)
            for name in RESIDENTS
        ]

    flag = Flag.objects.get(kind=Flag.Kind.SIGNUP_BURST)
    assert flag.subject == str(helper.pk)
    assert flag.count == 9
    assert flag.commune == hoan_kiem
    for resident in residents:
        assert f"#{resident.pk}" in flag.detail


def test_a_few_registrations_and_later_profile_saves_are_not_a_burst(
    helper, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        residents = [
            resident_register(helper=helper, full_name=name, birth_year=1960)
            for name in RESIDENTS[:7]
        ]
        for resident in residents:
            resident.save()
            resident.save(update_fields=["registered_by"])

    assert not Flag.objects.exists()


# The admin


@pytest.fixture
def flag(course, make_learner, helper, django_capture_on_commit_callbacks) -> Flag:
    assisted(make_learner, course, helper, 10, django_capture_on_commit_callbacks)
    return Flag.objects.get()


@pytest.fixture
def admin_client(client, db):
    client.force_login(
        User.objects.create_superuser(
            username="quantri", email="quantri@example.com", password=PASSWORD
        )
    )
    return client


def test_administrators_see_the_flags_and_their_completions(admin_client, flag):
    listing = admin_client.get(reverse("fairplay_flags:index"))
    filtered = admin_client.get(
        reverse("fairplay_flags:index"), {"kind": "helper_burst", "reviewed": "false"}
    )
    inspect = admin_client.get(reverse("fairplay_flags:inspect", args=[flag.pk]))

    assert listing.status_code == filtered.status_code == inspect.status_code == 200
    assert flag.subject in listing.content.decode()
    assert (
        reverse("fairplay_flags:inspect", args=[flag.pk]) in filtered.content.decode()
    )
    html = inspect.content.decode()
    for completion in flag.completions.select_related("learner"):
        assert f">{completion.pk}<" in html.replace(" ", "").replace("\n", "")
        assert completion.learner.full_name in html
    assert "Tình nguyện viên" in html


def test_the_filters_narrow_the_list(admin_client, flag):
    reviewed = admin_client.get(reverse("fairplay_flags:index"), {"reviewed": "true"})
    other_kind = admin_client.get(
        reverse("fairplay_flags:index"), {"kind": "quiz_fast"}
    )

    inspect_url = reverse("fairplay_flags:inspect", args=[flag.pk])
    assert inspect_url not in reviewed.content.decode()
    assert inspect_url not in other_kind.content.decode()


def test_marking_a_flag_reviewed_keeps_who_when_and_the_note(admin_client, flag):
    url = reverse("fairplay_flags:edit", args=[flag.pk])

    empty = admin_client.post(url, {"note": "   "})
    flag.refresh_from_db()
    assert empty.status_code == 200 and flag.reviewed_at is None

    response = admin_client.post(url, {"note": "Buổi học ở nhà văn hoá, đã xác minh."})

    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.reviewed_at is not None
    assert flag.reviewed_by.username == "quantri"
    assert flag.note == "Buổi học ở nhà văn hoá, đã xác minh."
    assert flag.count == 10 and flag.completions.count() == 10


def test_flags_are_neither_added_nor_deleted_in_the_admin(admin_client, flag):
    add = admin_client.get(reverse("fairplay_flags:add"))
    delete = admin_client.post(reverse("fairplay_flags:delete", args=[flag.pk]))

    assert add.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert Flag.objects.filter(pk=flag.pk).exists()


def test_residents_and_helpers_cannot_see_flags(client, flag, helper):
    urls = [
        reverse("fairplay_flags:index"),
        reverse("fairplay_flags:inspect", args=[flag.pk]),
        reverse("fairplay_flags:edit", args=[flag.pk]),
    ]
    client.force_login(helper)

    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert flag.subject not in response.content.decode()
    posted = client.post(urls[2], {"note": "không phải gian lận"})
    flag.refresh_from_db()
    assert posted.status_code in (302, 403)
    assert flag.reviewed_at is None
