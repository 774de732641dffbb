import json
import logging
import re
import unicodedata
from datetime import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from learning.models import (
    AssistedSession,
    Commune,
    CommuneChange,
    Completion,
    HelperKind,
    Learner,
    QuizAttempt,
)
from learning.selectors import commune_search
from learning.services import (
    assisted_session_record,
    certificate_issue,
    completion_record,
    helper_grant,
    learner_create,
    lesson_finish,
    quiz_submit,
    resident_register,
)
from tests.conftest import PASSWORD, correct_answers

User = get_user_model()

PROFILE = reverse("learning:profile")
CHOOSE = reverse("learning:commune_choose")
EXPORT = reverse("learning:data_export")
DELETE = reverse("learning:account_delete")


@pytest.fixture
def logged_in(client, make_learner):
    learner = make_learner()
    client.force_login(learner.user)
    return learner


def pass_with_a_helper(*, learner, course):
    """Pass the quiz the way an assisted session does, without waiting on lessons."""
    helper, _created = User.objects.get_or_create(username="helper")
    return quiz_submit(
        learner=learner,
        course=course,
        data=correct_answers(course),
        helper=helper,
        helper_kind="digital_team",
    )


def profile_data(**changes):
    return {
        "full_name": "Trần Thị Bích Ngọc",
        "birth_year": "1965",
        "youth_union_member": "on",
        "show_on_boards": "",
        **changes,
    }


def test_a_new_learner_is_off_the_boards_until_they_opt_in(client, logged_in):
    html = client.get(PROFILE).content.decode()

    assert logged_in.show_on_boards is False
    assert 'name="show_on_boards"' in html
    [checkbox] = re.findall(r'<input[^>]*name="show_on_boards"[^>]*>', html)
    assert "checked" not in checkbox
    assert "Nguyễn Thị Hồng Nhung" in html
    assert "learner1@example.com" in html


def test_the_profile_keeps_diacritics_and_composes_them(client, logged_in):
    typed = unicodedata.normalize("NFD", "  Trần   Thị Bích Ngọc ")

    response = client.post(
        PROFILE, profile_data(full_name=typed, show_on_boards="on"), follow=True
    )

    assert response.redirect_chain == [(PROFILE, 302)]
    assert 'role="status"' in response.content.decode()
    logged_in.refresh_from_db()
    assert logged_in.full_name == "Trần Thị Bích Ngọc"
    assert unicodedata.is_normalized("NFC", logged_in.full_name)
    assert logged_in.birth_year == 1965
    assert logged_in.youth_union_member is True
    assert logged_in.show_on_boards is True


def test_the_year_of_birth_is_optional(client, logged_in):
    client.post(PROFILE, profile_data(birth_year="1965"))
    response = client.post(PROFILE, profile_data(birth_year=""))

    assert response.status_code == 302
    logged_in.refresh_from_db()
    assert logged_in.birth_year is None


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"birth_year": "1899"}, "birth_year"),
        ({"birth_year": str(timezone.localdate().year + 1)}, "birth_year"),
        ({"birth_year": "năm 1965"}, "birth_year"),
        ({"birth_year": "9" * 5000}, "birth_year"),
        ({"full_name": "12345"}, "full_name"),
        ({"full_name": "Ngọc 2"}, "full_name"),
        ({"full_name": " A "}, "full_name"),
        ({"full_name": ""}, "full_name"),
        ({"full_name": "Â" * 500}, "full_name"),
    ],
)
def test_bad_profile_input_is_refused_and_nothing_changes(
    client, logged_in, changes, field
):
    response = client.post(PROFILE, profile_data(**changes))

    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert 'role="alert"' in response.content.decode()
    assert response["Content-Language"] == "vi"
    logged_in.refresh_from_db()
    assert logged_in.full_name == "Nguyễn Thị Hồng Nhung"
    assert logged_in.birth_year is None
    assert logged_in.youth_union_member is False


def test_a_bad_name_gets_the_vietnamese_message_by_default(client, logged_in):
    response = client.post(PROFILE, profile_data(full_name="12345"))

    assert "Bạn hãy nhập đúng họ và tên thật." in response.content.decode()


def test_the_year_of_birth_message_says_which_years_are_allowed(client, logged_in):
    client.cookies["django_language"] = "en"

    response = client.post(PROFILE, profile_data(birth_year="1800"))

    year = timezone.localdate().year
    assert f"between 1900 and {year}" in response.content.decode()


def test_the_profile_shows_the_phone_as_residents_write_it(client, units):
    user = User.objects.create_user(
        username="phone-user", password=PASSWORD, phone="+84912345678"
    )
    learner_create(user=user, full_name="Lò Văn Páo")
    client.force_login(user)

    html = client.get(PROFILE).content.decode()

    assert "0912 345 678" in html
    assert EXPORT in html and DELETE in html
    assert CHOOSE in html


@pytest.mark.parametrize("query", ["ba dinh", "Ba Đình", "phuong ba dinh", "BA DINH"])
def test_searching_without_diacritics_finds_ba_dinh_in_ha_noi(client, logged_in, query):
    response = client.get(CHOOSE, {"q": query})
    html = response.content.decode()

    assert response.status_code == 200
    assert "Phường Ba Đình — Thành phố Hà Nội" in html
    # Choosing a result posts its code, with the CSRF token, to the same picker.
    assert 'name="commune" value="00004"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert commune_search(query=query)[0].code == "00004"


def test_searching_for_xa_ba_dinh_finds_the_communes_not_the_ward(units):
    found = commune_search(query="xa ba dinh")

    assert [(c.name, c.province.name) for c in found] == [
        ("Xã Ba Đình", "Thanh Hóa"),
        ("Xã Ba Dinh", "Quảng Ngãi"),
    ]


def test_the_last_word_may_be_unfinished(units):
    assert [c.code for c in commune_search(query="ba di")][0] == "00004"
    assert [c.code for c in commune_search(query="hoan ki")] == ["00070"]


def test_search_can_stay_within_one_province(units):
    ha_noi = Commune.objects.get(code="00004").province

    found = commune_search(query="ba dinh", province=ha_noi)

    assert [c.code for c in found] == ["00004"]


def test_search_shows_at_most_thirty_communes(client, logged_in):
    html = client.get(CHOOSE, {"q": "xa"}).content.decode()

    assert html.count('name="commune" value="') == 30
    assert len(commune_search(query="xa", limit=30)) == 30


def test_a_search_without_a_match_says_so(client, logged_in):
    client.cookies["django_language"] = "en"

    response = client.get(CHOOSE, {"q": "zzqx"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "No commune or ward matches “zzqx”" in html
    assert 'name="commune" value="' not in html
    # The province-then-commune picker stays below, for a second try.
    assert 'name="province"' in html


@pytest.mark.parametrize("query", ["", "   ", "---", "x" * 101])
def test_an_empty_or_overlong_search_is_refused(client, logged_in, query):
    response = client.get(CHOOSE, {"q": query})

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_choosing_a_search_result_saves_it_and_returns(client, logged_in):
    response = client.post(
        CHOOSE, {"province": "01", "commune": "00004", "next": PROFILE}
    )

    assert response.status_code == 302
    assert response["Location"] == PROFILE
    logged_in.refresh_from_db()
    assert logged_in.commune_id == "00004"


def test_the_picker_keeps_working_without_javascript(client, logged_in):
    step1 = client.get(CHOOSE)
    step2 = client.get(CHOOSE, {"province": "01"})

    assert 'name="q"' in step1.content.decode()
    assert '<select name="province"' in step1.content.decode()
    assert '<select name="commune"' in step2.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"province": "01", "commune": "99999"},
        {"province": "01", "commune": "not-a-code"},
        {"province": "01", "commune": "01279"},  # a commune of another province
    ],
)
def test_an_unknown_commune_code_is_refused_with_a_message(client, logged_in, data):
    client.cookies["django_language"] = "en"

    response = client.post(CHOOSE, data)

    assert response.status_code == 400
    assert "This commune or ward is not in the list." in response.content.decode()
    logged_in.refresh_from_db()
    assert logged_in.commune_id == "00070"
    assert CommuneChange.objects.filter(learner=logged_in).count() == 1


def test_moving_keeps_earlier_completions_with_the_old_commune(
    client, logged_in, course
):
    completion = completion_record(learner=logged_in, course=course)

    client.post(CHOOSE, {"province": "01", "commune": "00004"})

    completion.refresh_from_db()
    logged_in.refresh_from_db()
    assert logged_in.commune_id == "00004"
    assert completion.commune_id == "00070"
    assert list(
        CommuneChange.objects.filter(learner=logged_in).values_list(
            "from_commune_id", "to_commune_id"
        )
    ) == [(None, "00070"), ("00070", "00004")]


def test_the_export_holds_everything_about_the_person(
    client, course, units, django_assert_max_num_queries
):
    user = User.objects.create_user(
        username="nhung",
        email="nhung@example.com",
        password=PASSWORD,
        phone="+84912345678",
    )
    learner = learner_create(
        user=user,
        full_name="Nguyễn Thị Hồng Nhung",
        commune=Commune.objects.get(code="00070"),
    )
    client.force_login(user)
    lesson_finish(learner=learner, lesson=course.lessons().first())
    pass_with_a_helper(learner=learner, course=course)
    completion = Completion.objects.get(learner=learner)
    certificate = certificate_issue(completion=completion)

    with django_assert_max_num_queries(14):  # a fixed number, however much data
        response = client.get(EXPORT)
    body = response.content.decode("utf-8")
    data = json.loads(body)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Nguyễn Thị Hồng Nhung" in body  # not \u-escaped
    assert data["account"]["phone"] == "+84912345678"
    assert data["account"]["email"] == "nhung@example.com"
    assert data["profile"]["full_name"] == "Nguyễn Thị Hồng Nhung"
    assert data["profile"]["commune"]["name"] == "Phường Hoàn Kiếm"
    [exported] = data["completions"]
    assert exported["course"] == course.title
    assert exported["commune"]["code"] == "00070"
    assert exported["assisted"] is True
    assert datetime.fromisoformat(exported["completed_at"]).tzinfo is not None
    [attempt] = data["quiz_attempts"]
    assert attempt["score"] == 100 and "seconds_taken" in attempt
    assert datetime.fromisoformat(attempt["created"]).tzinfo is not None
    assert data["certificates"] == [
        {
            "number": certificate.number_display,
            "full_name": "Nguyễn Thị Hồng Nhung",
            "course": course.title,
            "issued_at": timezone.localtime(certificate.issued_at).isoformat(),
            "reissued_at": None,
            "revoked_at": None,
            "earlier_names": [],
        }
    ]
    assert data["commune_history"] == []
    assert data["assisted_sessions"] == []
    assert "lesson_progress" in data


def test_the_export_is_only_for_the_learner_themselves(client, make_learner):
    someone = make_learner(full_name="Hoàng Văn Thụ")
    me = make_learner(full_name="Đinh Thị Vân")
    client.force_login(me.user)

    body = client.get(EXPORT).content.decode()

    assert "Đinh Thị Vân" in body
    assert someone.full_name not in body


def test_deleting_keeps_completions_anonymously(
    client, make_learner, course, campaign, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.INFO, logger="learning.services.learners")
    from leaderboard.models import CampaignStanding

    leaving, staying = make_learner(), make_learner(full_name="Lê Văn Tám")
    with django_capture_on_commit_callbacks(execute=True):
        pass_with_a_helper(learner=leaving, course=course)
        completion_record(learner=staying, course=course)
    completion = Completion.objects.get(learner=leaving)
    certificate = certificate_issue(completion=completion)
    client.force_login(leaving.user)
    assert Completion.objects.filter(commune_id="00070").count() == 2

    response = client.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not User.objects.filter(pk=leaving.user_id).exists()
    assert not Learner.objects.filter(pk=leaving.pk).exists()
    assert not CommuneChange.objects.filter(learner_id=leaving.pk).exists()
    assert not QuizAttempt.objects.filter(learner_id=leaving.pk).exists()
    assert Completion.objects.filter(commune_id="00070").count() == 2
    completion.refresh_from_db()
    assert completion.learner_id is None
    assert completion.commune_id == "00070"
    certificate.refresh_from_db()
    assert certificate.full_name == ""
    assert CampaignStanding.objects.get(commune_id="00070").completions == 2
    assert Learner.objects.filter(pk=staying.pk).exists()
    # Logged out: the profile asks for a login again.
    assert reverse("account_login") in client.get(PROFILE)["Location"]
    [audit] = [r.getMessage() for r in caplog.records if "learner_delete" in r.msg]
    assert audit.endswith("completions_kept=1")
    assert "Nguyễn" not in audit and "learner1" not in audit


def test_the_deletion_page_says_what_happens_first(client, logged_in, course):
    completion_record(learner=logged_in, course=course)
    client.cookies["django_language"] = "en"

    response = client.get(DELETE)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Your 1 completed course stays counted" in html
    assert 'type="password"' in html
    assert User.objects.filter(pk=logged_in.user_id).exists()


@pytest.mark.parametrize("data", [{"password": "wrong-Password-1"}, {}])
def test_a_wrong_password_deletes_nothing(client, logged_in, course, data):
    completion_record(learner=logged_in, course=course)

    response = client.post(DELETE, data)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert Learner.objects.filter(pk=logged_in.pk).exists()
    assert Completion.objects.get().learner_id == logged_in.pk


def test_a_resident_without_a_password_confirms_with_a_tick(client, units):
    user = User.objects.create_user(username="r-1", password=None, phone="+84987654321")
    learner_create(user=user, full_name="Hà Thị Nở")
    client.force_login(user)

    page = client.get(DELETE).content.decode()
    unticked = client.post(DELETE, {})
    ticked = client.post(DELETE, {"confirm": "on"})

    assert 'type="checkbox"' in page and 'type="password"' not in page
    assert unticked.status_code == 400
    assert ticked.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


def test_a_staff_account_is_not_deleted_from_here(client, units):
    user = User.objects.create_user(username="admin1", password=PASSWORD, is_staff=True)
    learner_create(user=user, full_name="Quản Trị Viên")
    client.force_login(user)

    response = client.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize("url", [PROFILE, EXPORT, DELETE, CHOOSE])
def test_anonymous_visitors_are_sent_to_log_in(client, units, url):
    response = client.get(url)

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_anonymous_posts_delete_nothing(client, make_learner):
    make_learner()

    response = client.post(DELETE, {"password": PASSWORD})

    assert response.status_code == 302
    assert User.objects.count() == 1


def test_the_profile_is_in_english_when_chosen(client, logged_in):
    client.cookies["django_language"] = "en"

    response = client.get(PROFILE)
    html = response.content.decode()

    assert response["Content-Language"] == "en"
    assert "Download my data" in html
    assert "Delete my account" in html
    assert "Year of birth" in html


def test_a_helped_resident_can_delete_and_the_helper_keeps_their_record(
    client, course, hoan_kiem
):
    admin = User.objects.create_superuser(username="root", password=PASSWORD)
    helper = User.objects.create_user(username="tinhnguyen", password=PASSWORD)
    helper_grant(by=admin, user=helper, commune=hoan_kiem, kind=HelperKind.YOUTH_UNION)
    resident = resident_register(helper=helper, full_name="Hà Thị Nở", birth_year=1950)
    session = assisted_session_record(
        helper=helper,
        resident=resident,
        course=course,
        lesson_ids=[lesson.pk for lesson in course.lessons()],
        data=correct_answers(course),
    )
    client.force_login(resident.user)
    exported = client.get(EXPORT).json()

    response = client.post(DELETE, {"confirm": "on"})

    assert exported["assisted_sessions"][0]["status"] == "confirmed"
    assert exported["profile"]["registered_by_helper"] is True
    assert response.status_code == 302
    assert not AssistedSession.objects.filter(pk=session.pk).exists()
    assert Completion.objects.get(commune=hoan_kiem).learner_id is None
    assert User.objects.filter(pk=helper.pk).exists()
    # The helper, who recorded sessions, cannot delete their own account here.
    client.force_login(helper)
    learner_create(user=helper, full_name="Tình Nguyện Viên")
    assisted_session_record(
        helper=helper,
        resident=resident_register(
            helper=helper, full_name="Lò Thị Mai", birth_year=1948
        ),
        course=course,
        lesson_ids=[lesson.pk for lesson in course.lessons()],
        data=correct_answers(course),
    )
    refused = client.post(DELETE, {"password": PASSWORD})
    assert refused.status_code == 400
    assert User.objects.filter(pk=helper.pk).exists()


def test_deleting_clears_the_reason_a_completion_was_voided(
    client, make_learner, course
):
    from learning.services import completion_void

    leaving = make_learner()
    admin = User.objects.create_superuser("quantri", "qt@example.com", PASSWORD)
    voided = completion_void(
        completion=completion_record(learner=leaving, course=course),
        reason="Nguyễn Thị Hồng Nhung nhờ người khác làm bài",
        by=admin,
    )
    client.force_login(leaving.user)

    client.post(DELETE, {"password": PASSWORD})

    voided.refresh_from_db()
    assert voided.learner_id is None and voided.voided_at is not None
    assert voided.void_reason == ""
