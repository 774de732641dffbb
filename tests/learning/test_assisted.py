"""Assisted learning: helpers register residents and record in-person sessions."""

import re
import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from learning import sms
from learning.models import (
    AssistedSession,
    Commune,
    CommuneAdministrator,
    Completion,
    Helper,
    HelperKind,
    Learner,
    LessonProgress,
    QuizAttempt,
)
from learning.services import (
    AssistedInvalid,
    assisted_code_resend,
    assisted_session_confirm,
    assisted_session_record,
    assisted_session_void,
    completion_record,
    helper_grant,
    learner_commune_set,
    resident_register,
)
from learning.services.assisted import CODE_SENDS, CODE_TRIES
from tests.conftest import (
    PASSWORD,
    account,
    correct_answers,
    record_passed,
    wrong_answers,
)

User = get_user_model()
PHONE = "0912 345 678"
PHONE_E164 = "+84912345678"


@pytest.fixture
def other_commune(units) -> Commune:
    return Commune.objects.get(code="00004")


@pytest.fixture
def resident(helper) -> Learner:
    return resident_register(helper=helper, full_name="Lò Thị Mai", birth_year=1956)


@pytest.fixture
def resident_with_phone(helper) -> Learner:
    return resident_register(
        helper=helper, full_name="Hà Văn Bình", birth_year=1962, phone=PHONE
    )


@pytest.fixture
def other_helper(other_commune) -> User:
    admin = account("bithu2")
    CommuneAdministrator.objects.create(user=admin, commune=other_commune)
    user = account("doivien2")
    helper_grant(
        by=admin, user=user, commune=other_commune, kind=HelperKind.DIGITAL_TEAM
    )
    return user


def session_url(resident, course) -> str:
    return reverse("learning:helper_session_new", args=[resident.pk, course.pk])


def session_data(course, *, lessons=None, **answers) -> dict:
    """A session form with every lesson ticked and every answer right."""
    data = correct_answers(course)
    data.update(answers)
    data["lessons"] = [
        str(pk)
        for pk in (
            course.lessons().values_list("pk", flat=True)
            if lessons is None
            else lessons
        )
    ]
    return data


def code_sent() -> str:
    return re.search(r"\b(\d{6})\b", sms.outbox[-1].text).group(1)


def nothing_stored(resident) -> bool:
    return not (
        AssistedSession.objects.filter(resident=resident).exists()
        or QuizAttempt.objects.filter(learner=resident).exists()
        or LessonProgress.objects.filter(learner=resident).exists()
        or Completion.objects.filter(learner=resident).exists()
    )


def actions() -> set[str]:
    return set(ModelLogEntry.objects.values_list("action", flat=True))


# The helper role


def test_a_commune_administrator_grants_the_helper_role(
    client, commune_admin, hoan_kiem
):
    user = account("doanvien", phone=PHONE_E164)
    client.force_login(commune_admin)

    response = client.post(
        reverse("learning:commune_helpers"),
        {"contact": PHONE, "kind": HelperKind.DIGITAL_TEAM, "commune": "00070"},
    )

    assert response.status_code == 302
    helper = Helper.objects.get(user=user)
    assert (helper.commune, helper.kind, helper.active) == (
        hoan_kiem,
        HelperKind.DIGITAL_TEAM,
        True,
    )
    assert helper.granted_by == commune_admin
    assert ModelLogEntry.objects.filter(
        action="learning.helper_grant", object_id=str(helper.pk), user=commune_admin
    ).exists()
    page = client.get(reverse("learning:commune_helpers"))
    assert "doanvien" in page.content.decode() or "0912 345 678" in (
        page.content.decode()
    )


def test_the_grant_form_refuses_an_unknown_account(client, commune_admin):
    client.force_login(commune_admin)

    response = client.post(
        reverse("learning:commune_helpers"),
        {"contact": "nobody@example.com", "kind": "youth_union", "commune": "00070"},
    )

    assert response.status_code == 400
    assert not Helper.objects.exists()


def test_only_the_commune_administrator_may_grant(
    client, commune_admin, hoan_kiem, other_commune
):
    stranger = account("stranger")
    user = account("doanvien")

    with pytest.raises(PermissionDenied):
        helper_grant(by=stranger, user=user, commune=hoan_kiem, kind="youth_union")
    with pytest.raises(PermissionDenied):
        helper_grant(
            by=commune_admin, user=user, commune=other_commune, kind="youth_union"
        )
    client.force_login(stranger)
    assert client.get(reverse("learning:commune_helpers")).status_code == 403
    client.force_login(commune_admin)
    response = client.post(
        reverse("learning:commune_helpers"),
        {"contact": "doanvien@example.com", "kind": "youth_union", "commune": "00004"},
    )
    assert response.status_code == 400
    assert not Helper.objects.exists()


def test_a_revoked_helper_is_refused(client, commune_admin, helper):
    client.force_login(commune_admin)

    response = client.post(
        reverse("learning:commune_helper_revoke", args=[helper.helper.pk])
    )

    assert response.status_code == 302
    assert Helper.objects.get(user=helper).active is False
    assert "learning.helper_revoke" in actions()
    client.force_login(helper)
    assert client.get(reverse("learning:helper_home")).status_code == 403


def test_a_helper_already_active_elsewhere_is_not_taken_over(
    commune_admin, other_helper, hoan_kiem
):
    with pytest.raises(AssistedInvalid):
        helper_grant(
            by=commune_admin, user=other_helper, commune=hoan_kiem, kind="youth_union"
        )
    assert Helper.objects.get(user=other_helper).commune_id == "00004"


# Registering residents


def test_a_helper_registers_a_resident_without_a_phone(helper_client, helper):
    response = helper_client.post(
        reverse("learning:helper_resident_new"),
        {"full_name": "  Lò  Thị Mai ", "birth_year": "1956", "phone": ""},
    )

    assert response.status_code == 302
    resident = Learner.objects.get(full_name="Lò Thị Mai")
    assert response["Location"] == reverse(
        "learning:helper_resident", args=[resident.pk]
    )
    assert (resident.commune_id, resident.birth_year) == ("00070", 1956)
    assert resident.registered_by == helper
    assert resident.user.phone is None
    assert resident.user.username.startswith("r-")
    assert not resident.user.has_usable_password()
    assert ModelLogEntry.objects.filter(
        action="learning.resident_register", object_id=str(resident.pk)
    ).exists()


def test_a_helper_registers_a_resident_with_a_phone(helper_client):
    response = helper_client.post(
        reverse("learning:helper_resident_new"),
        {"full_name": "Hà Văn Bình", "birth_year": "1962", "phone": PHONE},
    )

    assert response.status_code == 302
    user = Learner.objects.get(full_name="Hà Văn Bình").user
    assert (user.phone, user.phone_verified) == (PHONE_E164, False)


def test_a_helper_registering_residents_in_bulk_is_stopped(
    helper_client, helper, settings
):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "resident_register": "3/m/user",
    }
    url = reverse("learning:helper_resident_new")
    names = ["Lò Thị Mai", "Hà Văn Bình", "Vì Thị Hoa", "Lường Văn Sáng"]

    statuses = [
        helper_client.post(url, {"full_name": name, "birth_year": "1960"}).status_code
        for name in names
    ]

    assert statuses == [302, 302, 302, 429]
    assert not Learner.objects.filter(full_name="Lường Văn Sáng").exists()
    assert helper_client.get(url).status_code == 200  # the form still opens


@pytest.mark.parametrize(
    "data",
    [
        {"phone": "12345"},
        {"phone": "024 3825 3536"},  # a landline cannot receive the code
        {"full_name": ""},
        {"full_name": "Mai 2"},
        {"birth_year": "56"},
        {"birth_year": "năm"},
        {"birth_year": "2999"},
    ],
)
def test_bad_resident_details_are_refused(helper_client, data):
    form = {"full_name": "Lò Thị Mai", "birth_year": "1956", "phone": PHONE, **data}

    response = helper_client.post(reverse("learning:helper_resident_new"), form)

    assert response.status_code == 400
    assert 'class="errors"' in response.content.decode()
    assert not Learner.objects.exists()


def test_a_phone_used_by_another_account_is_refused(helper_client, helper):
    account("coaccount", phone=PHONE_E164)

    response = helper_client.post(
        reverse("learning:helper_resident_new"),
        {"full_name": "Hà Văn Bình", "birth_year": "1962", "phone": PHONE},
    )

    assert response.status_code == 400
    assert not Learner.objects.exists()
    with pytest.raises(AssistedInvalid):
        resident_register(
            helper=helper, full_name="Hà Văn Bình", birth_year=1962, phone=PHONE
        )


def test_only_helpers_register_residents(client, make_learner):
    client.force_login(make_learner().user)

    response = client.post(
        reverse("learning:helper_resident_new"),
        {"full_name": "Lò Thị Mai", "birth_year": "1956"},
    )

    assert response.status_code == 403
    assert not Learner.objects.filter(full_name="Lò Thị Mai").exists()


# Sessions


def test_a_session_without_a_phone_completes_the_course_for_the_helper(
    helper_client,
    helper,
    resident,
    course,
    sms_outbox,
    django_capture_on_commit_callbacks,
):
    page = helper_client.get(session_url(resident, course))
    assert page.status_code == 200
    assert 'name="lessons"' in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = helper_client.post(
            session_url(resident, course), session_data(course)
        )

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "learning:helper_resident", args=[resident.pk]
    )
    completion = Completion.objects.get(learner=resident)
    assert completion.course == course
    assert completion.assisted is True
    assert completion.helper == helper
    assert completion.helper_kind == HelperKind.YOUTH_UNION
    assert completion.commune_id == "00070"
    session = AssistedSession.objects.get(resident=resident)
    assert session.status == AssistedSession.Status.CONFIRMED
    assert session.completion == completion
    assert session.quiz_attempt.assisted and session.quiz_attempt.passed
    lesson_ids = set(course.lessons().values_list("pk", flat=True))
    assert set(session.lessons) == lesson_ids
    assert (
        set(
            LessonProgress.objects.filter(
                learner=resident, assisted=True, finished_at__isnull=False
            ).values_list("lesson_id", flat=True)
        )
        == lesson_ids
    )
    assert sms_outbox == []
    assert ModelLogEntry.objects.filter(
        action="learning.assisted_record", object_id=str(session.pk), user=helper
    ).exists()


def test_the_same_session_form_sent_twice_is_one_session(
    helper_client, resident, course
):
    data = session_data(course)

    first = helper_client.post(session_url(resident, course), data)
    second = helper_client.post(session_url(resident, course), data)

    assert first.status_code == second.status_code == 302
    assert AssistedSession.objects.filter(resident=resident).count() == 1
    assert Completion.objects.filter(learner=resident).count() == 1


def test_a_session_with_a_phone_waits_for_the_residents_code(
    helper_client,
    resident_with_phone,
    course,
    sms_outbox,
    django_capture_on_commit_callbacks,
):
    resident = resident_with_phone
    with django_capture_on_commit_callbacks(execute=True):
        response = helper_client.post(
            session_url(resident, course), session_data(course)
        )

    session = AssistedSession.objects.get(resident=resident)
    confirm_url = reverse("learning:helper_session_confirm", args=[session.pk])
    assert response.status_code == 302
    assert response["Location"] == confirm_url
    assert session.status == AssistedSession.Status.PENDING
    assert not Completion.objects.filter(learner=resident).exists()
    assert [message.phone for message in sms_outbox] == [PHONE_E164]
    code = code_sent()
    assert code not in session.code_hash
    assert helper_client.get(confirm_url).status_code == 200

    wrong = "000000" if code != "000000" else "111111"
    refused = helper_client.post(confirm_url, {"code": wrong})
    malformed = helper_client.post(confirm_url, {"code": "12ab"})

    assert refused.status_code == malformed.status_code == 400
    session.refresh_from_db()
    assert session.status == AssistedSession.Status.PENDING
    assert session.code_attempts == 1
    assert not Completion.objects.filter(learner=resident).exists()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = helper_client.post(confirm_url, {"code": code})
    again = helper_client.post(confirm_url, {"code": code})

    assert confirmed.status_code == 302
    assert again.status_code == 302  # not waiting any more: back to the resident
    session.refresh_from_db()
    assert session.status == AssistedSession.Status.CONFIRMED
    completion = Completion.objects.get(learner=resident)
    assert completion.assisted and session.completion == completion
    resident.user.refresh_from_db()
    assert resident.user.phone_verified is True
    assert "learning.assisted_confirm" in actions()


def test_an_expired_code_is_refused_and_a_new_one_works(
    helper_client,
    resident_with_phone,
    course,
    django_capture_on_commit_callbacks,
):
    resident = resident_with_phone
    with django_capture_on_commit_callbacks(execute=True):
        helper_client.post(session_url(resident, course), session_data(course))
    session = AssistedSession.objects.get(resident=resident)
    code = code_sent()
    AssistedSession.objects.filter(pk=session.pk).update(
        code_expires_at=timezone.now() - timedelta(seconds=1)
    )
    confirm_url = reverse("learning:helper_session_confirm", args=[session.pk])

    response = helper_client.post(confirm_url, {"code": code})

    assert response.status_code == 400
    assert not Completion.objects.filter(learner=resident).exists()

    with django_capture_on_commit_callbacks(execute=True):
        resent = helper_client.post(
            reverse("learning:helper_session_resend", args=[session.pk])
        )
    too_soon = helper_client.post(
        reverse("learning:helper_session_resend", args=[session.pk])
    )
    new_code = code_sent()

    assert resent.status_code == 302
    assert too_soon.status_code == 400
    assert len(sms.outbox) == 2
    assert helper_client.post(confirm_url, {"code": new_code}).status_code == 302
    assert Completion.objects.filter(learner=resident, assisted=True).count() == 1


def test_a_session_waiting_for_its_code_blocks_a_second_one(
    helper_client, resident_with_phone, course
):
    url = session_url(resident_with_phone, course)
    first = helper_client.post(url, session_data(course))

    second = helper_client.post(url, session_data(course))

    assert (first.status_code, second.status_code) == (302, 400)
    assert AssistedSession.objects.filter(resident=resident_with_phone).count() == 1


def test_too_many_wrong_codes_lock_the_session(
    helper_client,
    resident_with_phone,
    course,
    django_capture_on_commit_callbacks,
):
    resident = resident_with_phone
    with django_capture_on_commit_callbacks(execute=True):
        helper_client.post(session_url(resident, course), session_data(course))
    session = AssistedSession.objects.get(resident=resident)
    code = code_sent()
    wrong = "000000" if code != "000000" else "111111"
    confirm_url = reverse("learning:helper_session_confirm", args=[session.pk])

    for _try in range(CODE_TRIES):
        assert helper_client.post(confirm_url, {"code": wrong}).status_code == 400
    response = helper_client.post(confirm_url, {"code": code})
    resend = helper_client.post(
        reverse("learning:helper_session_resend", args=[session.pk])
    )

    assert response.status_code == 400
    assert resend.status_code == 400  # a new code does not buy more guesses
    assert len(sms.outbox) == 1
    assert not Completion.objects.filter(learner=resident).exists()


def test_codes_for_one_session_are_capped(
    helper, resident_with_phone, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        session = record_passed(
            helper=helper, resident=resident_with_phone, course=course
        )
    for _sent in range(CODE_SENDS - 1):
        # The minute between two codes has passed.
        AssistedSession.objects.filter(pk=session.pk).update(
            code_expires_at=timezone.now()
        )
        with django_capture_on_commit_callbacks(execute=True):
            assisted_code_resend(helper=helper, session=session)
    AssistedSession.objects.filter(pk=session.pk).update(code_expires_at=timezone.now())

    with pytest.raises(AssistedInvalid):
        assisted_code_resend(helper=helper, session=session)

    assert len(sms.outbox) == CODE_SENDS


def test_a_resident_who_finished_alone_meanwhile_keeps_their_own_completion(
    helper,
    commune_admin,
    resident_with_phone,
    course,
    django_capture_on_commit_callbacks,
):
    resident = resident_with_phone
    with django_capture_on_commit_callbacks(execute=True):
        session = record_passed(helper=helper, resident=resident, course=course)
    own = completion_record(learner=resident, course=course)

    with pytest.raises(AssistedInvalid):
        assisted_session_confirm(helper=helper, session=session, code=code_sent())
    assisted_session_void(session=session, reason="Không xác nhận", by=commune_admin)

    own.refresh_from_db()
    assert own.voided_at is None and not own.assisted


def test_a_session_counts_for_the_commune_it_was_recorded_in(
    helper,
    commune_admin,
    hoan_kiem,
    other_commune,
    resident_with_phone,
    course,
    django_capture_on_commit_callbacks,
):
    resident = resident_with_phone
    with django_capture_on_commit_callbacks(execute=True):
        session = record_passed(helper=helper, resident=resident, course=course)
    # The resident moves before reading the code out.
    learner_commune_set(learner=resident, commune=other_commune)
    rival = account("bithu-xa-khac")
    CommuneAdministrator.objects.create(user=rival, commune=other_commune)

    confirmed = assisted_session_confirm(
        helper=helper, session=session, code=code_sent()
    )
    with pytest.raises(PermissionDenied):
        assisted_session_void(session=session, reason="Không rõ", by=rival)

    assert confirmed.completion.commune_id == hoan_kiem.pk
    assert Completion.objects.get(learner=resident).voided_at is None


def test_the_daily_limit_stops_the_third_session(
    helper_client, helper, course, settings
):
    settings.LEARNING_HELPER_DAILY_LIMIT = 2
    residents = [
        resident_register(helper=helper, full_name=name, birth_year=1950)
        for name in ("Lò Thị Mai", "Vàng A Páo", "Sầm Thị Lan")
    ]

    statuses = [
        helper_client.post(session_url(r, course), session_data(course)).status_code
        for r in residents
    ]

    assert statuses == [302, 302, 400]
    assert AssistedSession.objects.filter(helper=helper).count() == 2
    assert nothing_stored(residents[2])
    helper_client.cookies["django_language"] = "en"
    home = helper_client.get(reverse("learning:helper_home"))
    assert "Sessions recorded today: 2 of 2." in home.content.decode()
    with pytest.raises(AssistedInvalid):
        record_passed(helper=helper, resident=residents[2], course=course)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_sessions_cannot_pass_the_daily_limit(helper, course, settings):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race is exercised on PostgreSQL")
    settings.LEARNING_HELPER_DAILY_LIMIT = 2
    residents = [
        resident_register(helper=helper, full_name=f"Người dân {name}", birth_year=1950)
        for name in ("An", "Bình", "Cúc", "Dung")
    ]
    lesson_ids = list(course.lessons().values_list("pk", flat=True))
    barrier = threading.Barrier(len(residents))
    recorded, refused, errors = [], [], []

    def record(resident):
        try:
            barrier.wait(timeout=10)
            assisted_session_record(
                helper=helper,
                resident=resident,
                course=course,
                lesson_ids=lesson_ids,
                data=correct_answers(course),
            )
            recorded.append(resident.pk)
        except AssistedInvalid:
            refused.append(resident.pk)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=record, args=[r]) for r in residents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not errors
    assert (len(recorded), len(refused)) == (2, 2)
    assert AssistedSession.objects.filter(helper=helper).count() == 2
    assert Completion.objects.filter(helper=helper).count() == 2


def test_a_missing_lesson_is_refused(helper_client, resident, course):
    lessons = list(course.lessons().values_list("pk", flat=True))

    response = helper_client.post(
        session_url(resident, course), session_data(course, lessons=lessons[1:])
    )

    assert response.status_code == 400
    assert 'class="errors"' in response.content.decode()
    assert nothing_stored(resident)


def test_a_lesson_of_another_course_is_refused(helper_client, resident, course):
    lessons = list(course.lessons().values_list("pk", flat=True))

    response = helper_client.post(
        session_url(resident, course),
        session_data(course, lessons=[*lessons, course.pk]),
    )

    assert response.status_code == 400
    assert nothing_stored(resident)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data, q: data.update({f"q-{q.id}": ["99"]}),
        lambda data, q: data.update({f"q-{q.id}": ["x"]}),
        lambda data, q: data.update({"q-not-in-the-quiz": ["0"]}),
        lambda data, q: data.pop(f"q-{q.id}"),
        lambda data, q: data.update({"draw": data["draw"][:-3] + "abc"}),
    ],
    ids=["out-of-range", "not-a-number", "extra-question", "unanswered", "draw"],
)
def test_tampered_answers_are_refused(helper_client, resident, course, tamper):
    data = session_data(course)
    tamper(data, course.quiz_questions()[0])

    response = helper_client.post(session_url(resident, course), data)

    assert response.status_code == 400
    assert nothing_stored(resident)


def test_a_failed_quiz_is_kept_but_never_counts(helper_client, resident, course):
    data = wrong_answers(course)
    data["lessons"] = [str(pk) for pk in course.lessons().values_list("pk", flat=True)]

    response = helper_client.post(session_url(resident, course), data)

    assert response.status_code == 302
    session = AssistedSession.objects.get(resident=resident)
    assert session.status == AssistedSession.Status.PENDING
    assert session.code_hash == "" and session.completion is None
    assert session.quiz_attempt.passed is False
    assert not Completion.objects.filter(learner=resident).exists()
    confirm = helper_client.post(
        reverse("learning:helper_session_confirm", args=[session.pk]),
        {"code": "123456"},
    )
    assert confirm.status_code == 302
    # A new session, right after, may pass: helpers skip the cooldown.
    retry = helper_client.post(session_url(resident, course), session_data(course))
    assert retry.status_code == 302
    assert Completion.objects.filter(learner=resident).count() == 1


def test_a_course_already_completed_is_refused(helper_client, resident, course):
    helper_client.post(session_url(resident, course), session_data(course))

    response = helper_client.post(session_url(resident, course), session_data(course))

    assert response.status_code == 400
    assert AssistedSession.objects.filter(resident=resident).count() == 1


def test_a_helper_of_another_commune_gets_404(client, other_helper, resident, course):
    client.force_login(other_helper)

    pages = [
        client.get(reverse("learning:helper_resident", args=[resident.pk])),
        client.get(session_url(resident, course)),
        client.post(session_url(resident, course), session_data(course)),
    ]

    assert [page.status_code for page in pages] == [404, 404, 404]
    assert nothing_stored(resident)
    with pytest.raises(PermissionDenied):
        record_passed(helper=other_helper, resident=resident, course=course)
    assert nothing_stored(resident)


def test_a_self_registered_learner_is_not_open_to_helpers(
    helper_client, make_learner, course
):
    learner = make_learner(commune_code="00070")

    response = helper_client.get(session_url(learner, course))

    assert response.status_code == 404


def test_another_helpers_session_cannot_be_confirmed(
    client,
    commune_admin,
    hoan_kiem,
    resident_with_phone,
    course,
    helper_client,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        helper_client.post(
            session_url(resident_with_phone, course), session_data(course)
        )
    session = AssistedSession.objects.get()
    colleague = account("dongdoi")
    helper_grant(
        by=commune_admin, user=colleague, commune=hoan_kiem, kind="digital_team"
    )
    client.force_login(colleague)

    response = client.post(
        reverse("learning:helper_session_confirm", args=[session.pk]),
        {"code": code_sent()},
    )

    assert response.status_code == 404
    assert not Completion.objects.exists()


@pytest.mark.parametrize(
    "name", ["helper_home", "helper_resident_new", "commune_helpers"]
)
def test_pages_refuse_people_without_the_role(client, make_learner, name):
    client.force_login(make_learner().user)

    assert client.get(reverse(f"learning:{name}")).status_code == 403


def test_helper_pages_need_a_login(client, units):
    response = client.get(reverse("learning:helper_home"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


# Voiding


def test_a_commune_administrator_voids_a_session(
    client, commune_admin, helper_client, resident, course
):
    helper_client.post(session_url(resident, course), session_data(course))
    session = AssistedSession.objects.get()
    client.force_login(commune_admin)
    void_url = reverse("learning:commune_session_void", args=[session.pk])

    empty = client.post(void_url, {"reason": "  "})
    assert empty.status_code == 400
    assert Completion.objects.get().voided_at is None

    response = client.post(void_url, {"reason": "Không có buổi học thật"})

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == AssistedSession.Status.VOIDED
    assert session.void_reason == "Không có buổi học thật"
    completion = Completion.objects.get()
    assert completion.voided_at is not None
    assert not Completion.objects.filter(voided_at=None).exists()
    assert {"learning.assisted_void", "learning.completion_void"} <= actions()
    # The course can be taken again, and counts again.
    again = helper_client.post(session_url(resident, course), session_data(course))
    assert again.status_code == 302
    assert Completion.objects.filter(learner=resident, voided_at=None).count() == 1


def test_only_administrators_void_sessions(helper, resident, course, other_commune):
    session = assisted_session_record(
        helper=helper,
        resident=resident,
        course=course,
        lesson_ids=list(course.lessons().values_list("pk", flat=True)),
        data=session_data(course),
    )
    other_admin = account("bithu3")
    CommuneAdministrator.objects.create(user=other_admin, commune=other_commune)

    for user in (helper, other_admin):
        with pytest.raises(PermissionDenied):
            assisted_session_void(session=session, reason="gian lận", by=user)
    assert Completion.objects.get().voided_at is None


@pytest.fixture
def superuser(units):
    return User.objects.create_superuser(
        username="admin", email="admin@example.com", password=PASSWORD
    )


def test_the_wagtail_admin_lists_and_voids_sessions(
    client, superuser, helper_client, resident, course
):
    helper_client.post(session_url(resident, course), session_data(course))
    session = AssistedSession.objects.get()
    client.force_login(superuser)
    base = "/admin/snippets/learning/assistedsession/"

    listing = client.get(base, {"status": "confirmed", "commune": "00070"})
    inspect = client.get(f"{base}inspect/{session.pk}/")
    empty = client.post(f"{base}edit/{session.pk}/", {"void_reason": ""})
    voided = client.post(f"{base}edit/{session.pk}/", {"void_reason": "Trùng lặp"})

    assert listing.status_code == 200 and "Lò Thị Mai" in listing.content.decode()
    assert inspect.status_code == 200
    assert empty.status_code == 200  # the form comes back with its error
    assert voided.status_code == 302
    session.refresh_from_db()
    assert session.status == AssistedSession.Status.VOIDED
    assert Completion.objects.get().voided_at is not None
    assert ModelLogEntry.objects.filter(
        action="learning.assisted_void", user=superuser
    ).exists()
    history = client.get("/admin/reports/site-history/")
    assert history.status_code == 200


def test_the_wagtail_admin_adds_commune_administrators(client, superuser, units):
    user = account("bithu4", phone=PHONE_E164)
    client.force_login(superuser)

    response = client.post(
        "/admin/snippets/learning/communeadministrator/add/",
        {"contact": PHONE, "commune": "00070"},
    )
    twice = client.post(
        "/admin/snippets/learning/communeadministrator/add/",
        {"contact": PHONE, "commune": "00070"},
    )

    assert response.status_code == 302
    assert twice.status_code == 200  # refused with a message
    assert list(CommuneAdministrator.objects.values_list("user", "commune")) == [
        (user.pk, "00070")
    ]
    assert client.get("/admin/snippets/learning/helper/").status_code == 200


def test_helpers_cannot_use_the_wagtail_admin(helper_client, resident):
    response = helper_client.get("/admin/snippets/learning/assistedsession/")

    assert response.status_code == 302  # to the admin login


# Language


def test_a_helper_page_renders_in_english(helper_client, resident):
    helper_client.cookies["django_language"] = "en"

    home = helper_client.get(reverse("learning:helper_home"))
    detail = helper_client.get(reverse("learning:helper_resident", args=[resident.pk]))

    assert home.status_code == detail.status_code == 200
    assert '<html lang="en"' in home.content.decode()
    assert "Helping residents" in home.content.decode()
    assert "Learn this course together" in detail.content.decode() or (
        "No courses are published yet." in detail.content.decode()
    )


def test_helper_pages_default_to_vietnamese(helper_client):
    home = helper_client.get(reverse("learning:helper_home"))

    assert '<html lang="vi"' in home.content.decode()


def test_a_resident_claims_the_account_only_once_the_number_is_confirmed(
    client, helper, resident_with_phone, course, django_capture_on_commit_callbacks
):
    """A number a helper typed opens nothing until a session code came back."""
    request_code = reverse("account_request_login_code")
    client.post(request_code, {"phone": PHONE})
    before = sms.outbox[-1].text
    client.post(
        reverse("account_confirm_login_code"), {"code": re.findall(r"\d{6}", before)}
    )
    assert "_auth_user_id" not in client.session
    with django_capture_on_commit_callbacks(execute=True):
        session = record_passed(
            helper=helper, resident=resident_with_phone, course=course
        )
    assisted_session_confirm(helper=helper, session=session, code=code_sent())

    claimer = Client()
    claimer.post(request_code, {"phone": PHONE})
    response = claimer.post(
        reverse("account_confirm_login_code"), {"code": code_sent()}
    )

    assert not re.search(r"\b\d{6}\b", before)  # "no account uses this number"
    assert response.status_code == 302
    assert claimer.session["_auth_user_id"] == str(resident_with_phone.user_id)
