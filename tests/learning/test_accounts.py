"""Accounts: sign-up and login by phone (or email), SMS codes, password resets."""

import re
import time

import pytest
from allauth.account.adapter import get_adapter
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from learning import sms
from learning.accounts import RESET_SESSION_KEY
from learning.models import Learner
from learning.services import learner_create
from tests.conftest import PASSWORD

User = get_user_model()

PHONE = "+84912345678"
NEW_PASSWORD = "Mat-khau-moi-2025!"
CODE = re.compile(r"\b(\d{6})\b")


def resident_create(
    *, phone: str | None = PHONE, verified: bool = True, password=PASSWORD, email=""
):
    """A resident with a learner profile, the number stored the way allauth does."""
    user = User.objects.create_user(
        username=f"resident{User.objects.count() + 1}", email=email, password=password
    )
    if phone:
        get_adapter().set_phone(user, phone, verified)
    learner_create(user=user, full_name="Nguyễn Thị Hồng")
    return user


def last_code(phone: str = PHONE) -> str:
    """The code in the last text sent to `phone`."""
    texts = [message.text for message in sms.outbox if message.phone == phone]
    assert texts, f"no SMS to {phone}"
    match = CODE.search(texts[-1])
    assert match, texts[-1]
    return match.group(1)


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def signup(client, **data):
    form = {
        "full_name": "Nguyễn Thị Hồng",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **data,
    }
    return client.post(reverse("account_signup"), form)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def html(response) -> str:
    return response.content.decode()


# Sign-up


def test_sign_up_by_phone_stores_e164_and_the_sms_code_verifies_it(client, units):
    response = signup(client, phone="0912 345 678")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_verify_phone")
    user = User.objects.get()
    assert user.phone == PHONE
    assert not user.phone_verified
    assert Learner.objects.get(user=user).full_name == "Nguyễn Thị Hồng"
    assert [message.phone for message in sms.outbox] == [PHONE]
    assert logged_in_user_id(client) is None

    response = client.post(reverse("account_verify_phone"), {"code": last_code()})

    assert response.status_code == 302
    assert response["Location"] == reverse("learning:commune_choose")
    user.refresh_from_db()
    assert user.phone_verified
    assert logged_in_user_id(client) == str(user.pk)


def test_a_wrong_verification_code_is_refused_and_the_phone_stays_unverified(
    client, units
):
    signup(client, phone="0912 345 678")

    response = client.post(
        reverse("account_verify_phone"), {"code": wrong(last_code())}
    )

    assert response.status_code == 400
    assert "Mã không đúng." in html(response)
    assert not User.objects.get().phone_verified
    assert logged_in_user_id(client) is None


def test_sign_up_with_an_email_only_needs_no_sms(client, units):
    response = signup(client, email="hong@example.com")

    assert response.status_code == 302
    assert response["Location"] == reverse("learning:commune_choose")
    user = User.objects.get()
    assert user.email == "hong@example.com"
    assert user.phone is None
    assert sms.outbox == []


def test_sign_up_needs_a_phone_or_an_email(client, units):
    response = signup(client)

    assert response.status_code == 400
    assert response.context["form"].has_error("phone", "phone_or_email_required")
    assert not User.objects.exists()
    assert not Learner.objects.exists()


@pytest.mark.parametrize(
    "phone, code",
    [
        ("0912", "invalid_phone"),
        ("abc", "invalid_phone"),
        ("024 3826 1234", "landline"),
    ],
)
def test_a_bad_phone_number_is_refused_with_a_message(client, units, phone, code):
    response = signup(client, phone=phone)

    assert response.status_code == 400
    assert response.context["form"].has_error("phone", code)
    assert response["Content-Language"] == "vi"
    assert not User.objects.exists()
    assert not Learner.objects.exists()
    assert sms.outbox == []


def test_a_phone_number_taken_in_another_form_is_refused(client, units):
    resident_create(phone="+84912345678")

    response = signup(client, phone="+84 912 345 678")

    assert response.status_code == 400
    assert response.context["form"].has_error("phone", "phone_taken")
    assert User.objects.count() == 1
    assert sms.outbox == []


def test_the_sign_up_form_asks_the_phone_first(client, db):
    form = client.get(reverse("account_signup")).context["form"]

    assert list(form.fields)[:5] == [
        "full_name",
        "phone",
        "email",
        "password1",
        "password2",
    ]


# Login


def test_log_in_with_the_number_typed_another_way(client, db):
    user = resident_create(phone="+84912345678")

    response = client.post(
        reverse("account_login"),
        {"login": "+84 912 345 678", "password": PASSWORD},
    )

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)


def test_log_in_with_an_email(client, db):
    user = resident_create(phone=None, email="hong@example.com")

    response = client.post(
        reverse("account_login"),
        {"login": "hong@example.com", "password": PASSWORD},
    )

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)


def test_a_bad_login_number_gets_a_phone_message(client, db):
    response = client.post(
        reverse("account_login"), {"login": "0912", "password": PASSWORD}
    )

    assert response.status_code == 400
    assert response.context["form"].has_error("login", "invalid_phone")


def test_failed_logins_on_one_number_do_not_lock_out_another(client, db):
    user = resident_create(phone=PHONE)
    for _attempt in range(5):
        response = client.post(
            reverse("account_login"),
            {"login": "0987 654 321", "password": "not-the-password"},
        )
        assert response.status_code == 400

    response = client.post(
        reverse("account_login"), {"login": "0912 345 678", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)


def test_log_in_with_a_code_sent_by_sms(client, db):
    user = resident_create(phone=PHONE)

    response = client.post(
        reverse("account_request_login_code"), {"phone": "0912 345 678"}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("account_confirm_login_code")
    response = client.post(reverse("account_confirm_login_code"), {"code": last_code()})
    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)


def test_a_wrong_login_code_is_refused(client, db):
    resident_create(phone=PHONE)
    client.post(reverse("account_request_login_code"), {"phone": "0912 345 678"})

    response = client.post(
        reverse("account_confirm_login_code"), {"code": wrong(last_code())}
    )

    assert response.status_code == 400
    assert "Mã không đúng." in html(response)
    assert logged_in_user_id(client) is None


def test_a_login_code_request_needs_a_phone_or_an_email(client, db):
    response = client.post(reverse("account_request_login_code"), {})

    assert response.status_code == 400
    assert sms.outbox == []


def test_a_resident_registered_by_a_helper_claims_the_account_by_code(client, db):
    user = resident_create(phone=PHONE, verified=False, password=None)
    assert not user.has_usable_password()

    client.post(reverse("account_request_login_code"), {"phone": "0912345678"})
    client.post(reverse("account_confirm_login_code"), {"code": last_code()})
    response = client.post(
        reverse("account_set_password"),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.phone_verified
    assert user.check_password(NEW_PASSWORD)


def test_an_unknown_number_asking_for_a_login_code_is_told_by_sms(client, db):
    response = client.post(
        reverse("account_request_login_code"), {"phone": "0912 345 678"}
    )

    assert response.status_code == 302
    assert [message.phone for message in sms.outbox] == [PHONE]
    assert not CODE.search(sms.outbox[0].text)
    assert not User.objects.exists()


# Password reset by SMS code


def reset_request(client, phone="0912 345 678"):
    return client.post(reverse("account_reset_password_sms"), {"phone": phone})


def reset_confirm(client, code, password=NEW_PASSWORD, password2=None):
    return client.post(
        reverse("account_reset_password_sms_confirm"),
        {"code": code, "password1": password, "password2": password2 or password},
    )


def test_reset_by_sms_code_sets_a_new_password_for_the_next_login(client, db):
    user = resident_create(phone=PHONE)

    response = reset_request(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_sms_confirm")
    assert client.get(response["Location"]).status_code == 200
    session_state = client.session[RESET_SESSION_KEY]
    assert last_code() not in str(session_state)  # only a hash is kept

    response = reset_confirm(client, last_code())

    assert response.status_code == 302
    assert response["Location"] == reverse("account_login")
    assert RESET_SESSION_KEY not in client.session
    response = client.post(
        reverse("account_login"), {"login": "0912 345 678", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)


def test_reset_by_sms_with_a_wrong_code_changes_nothing(client, db):
    user = resident_create(phone=PHONE)
    reset_request(client)

    response = reset_confirm(client, wrong(last_code()))

    assert response.status_code == 400
    assert response.context["form"].has_error("code", "incorrect_code")
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_reset_by_sms_with_an_expired_code_changes_nothing(client, db):
    user = resident_create(phone=PHONE)
    reset_request(client)
    session = client.session
    state = session[RESET_SESSION_KEY]
    state["expires_at"] = time.time() - 1
    session[RESET_SESSION_KEY] = state
    session.save()

    response = reset_confirm(client, last_code())

    assert response.status_code == 400
    assert response.context["form"].has_error("code", "expired")
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert RESET_SESSION_KEY not in client.session


def test_reset_by_sms_allows_three_tries_then_needs_a_new_code(client, db):
    user = resident_create(phone=PHONE)
    reset_request(client)
    code = last_code()

    first = reset_confirm(client, wrong(code))
    second = reset_confirm(client, wrong(code))
    third = reset_confirm(client, wrong(code))
    right_too_late = reset_confirm(client, code)

    assert [r.status_code for r in (first, second, third)] == [400, 400, 400]
    assert first.context["form"].has_error("code", "incorrect_code")
    assert third.context["form"].has_error("code", "too_many_attempts")
    assert right_too_late.status_code == 400
    assert right_too_late.context["form"].has_error("code", "no_code")
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_reset_by_sms_counts_tries_sent_in_parallel(client, db):
    """Parallel requests all start from the same session; the count must hold."""
    user = resident_create(phone=PHONE)
    reset_request(client)
    code = last_code()
    state = client.session[RESET_SESSION_KEY]

    for _try in range(3):
        session = client.session
        session[RESET_SESSION_KEY] = state  # what each parallel request saw
        session.save()
        assert reset_confirm(client, wrong(code)).status_code == 400
    session = client.session
    session[RESET_SESSION_KEY] = state
    session.save()
    right_but_spent = reset_confirm(client, code)

    assert right_but_spent.status_code == 400
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_reset_by_sms_applies_the_password_rules_and_keeps_the_code(client, db):
    user = resident_create(phone=PHONE)
    reset_request(client)

    too_simple = reset_confirm(client, last_code(), password="12345678")
    mismatch = reset_confirm(
        client, last_code(), password=NEW_PASSWORD, password2="Khac-han-2025!"
    )
    good = reset_confirm(client, last_code())

    assert too_simple.status_code == 400
    assert too_simple.context["form"].has_error("password1")
    assert mismatch.status_code == 400
    assert mismatch.context["form"].has_error("password2")
    assert good.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_reset_by_sms_for_an_unknown_number_says_so_by_sms_only(client, db):
    response = reset_request(client, phone="0987 654 321")

    assert response.status_code == 302  # the same answer as for a known number
    assert [message.phone for message in sms.outbox] == ["+84987654321"]
    assert not CODE.search(sms.outbox[0].text)
    assert reset_confirm(client, "123456").status_code == 400
    assert not User.objects.exists()


@pytest.mark.parametrize("phone", ["0912", "abc", "024 3826 1234", ""])
def test_reset_by_sms_refuses_a_bad_number(client, db, phone):
    response = reset_request(client, phone=phone)

    assert response.status_code == 400
    assert response.context["form"].errors["phone"]
    assert sms.outbox == []
    assert RESET_SESSION_KEY not in client.session


def test_the_code_page_without_a_code_sends_back_to_the_number(client, db):
    response = client.get(reverse("account_reset_password_sms_confirm"))

    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_sms")


def test_reset_by_email_sends_a_link(client, db):
    resident_create(phone=None, email="hong@example.com")

    response = client.post(
        reverse("account_reset_password"), {"email": "hong@example.com"}
    )

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hong@example.com"]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_reset_by_email_refuses_a_bad_address(client, db):
    response = client.post(reverse("account_reset_password"), {"email": "hong@"})

    assert response.status_code == 400
    assert mail.outbox == []


def test_the_login_and_email_reset_pages_lead_to_the_reset_by_sms(client, db):
    sms_reset_url = reverse("account_reset_password_sms")

    assert sms_reset_url in html(client.get(reverse("account_login")))
    assert sms_reset_url in html(client.get(reverse("account_reset_password")))


# Rate limits


def test_codes_for_a_new_password_to_one_number_are_rate_limited(client, db):
    resident_create(phone=PHONE)

    first = reset_request(client)
    second = reset_request(client, phone="+84 912 345 678")

    assert first.status_code == 302
    assert second.status_code == 429
    assert second.context["form"].errors["phone"]
    assert len(sms.outbox) == 1


def test_login_codes_to_one_number_are_rate_limited(db):
    resident_create(phone=PHONE)

    # A fresh session each time: one session would just be sent back to its code.
    responses = [
        Client().post(reverse("account_request_login_code"), {"phone": "0912345678"})
        for _attempt in range(4)
    ]

    assert [r.status_code for r in responses] == [302, 302, 302, 400]
    assert "Bạn đã đăng nhập sai quá nhiều lần" in html(responses[-1])
    assert len(sms.outbox) == 3


def test_verification_codes_to_one_number_are_rate_limited(client, units):
    signup(client, phone="0912 345 678")

    response = client.post(
        reverse("account_verify_phone"), {"action": "resend"}, follow=True
    )

    assert "Bạn đang gửi quá nhiều yêu cầu" in html(response)
    assert len(sms.outbox) == 1  # a second code within 30 seconds is refused


def test_a_refused_verification_code_at_login_answers_429(client, units):
    signup(client, phone="0912 345 678")

    # Straight back from another phone: the number had a code seconds ago.
    response = Client().post(
        reverse("account_login"), {"login": "0912 345 678", "password": PASSWORD}
    )

    assert response.status_code == 429
    assert len(sms.outbox) == 1


def test_sign_in_and_its_limits_keep_working_while_redis_is_down(redis_down, db):
    user = resident_create(phone=PHONE)

    signed_in = Client().post(
        reverse("account_login"), {"login": "0912 345 678", "password": PASSWORD}
    )
    # Codes still reach the phone, and are still counted: in this process's memory.
    codes = [
        Client().post(reverse("account_request_login_code"), {"phone": "0912345678"})
        for _attempt in range(4)
    ]

    assert signed_in.status_code == 302
    assert signed_in.wsgi_request.user == user
    assert [r.status_code for r in codes] == [302, 302, 302, 400]
    assert len(sms.outbox) == 3


# Language


def test_account_pages_are_vietnamese_by_default_and_english_on_request(client, db):
    vietnamese = html(client.get(reverse("account_login")))
    client.cookies["django_language"] = "en"
    english = html(client.get(reverse("account_login")))

    assert "Đăng nhập" in vietnamese
    assert "Sign In" in english
    assert "Phone number or email" in english
    assert "Đăng nhập" not in english
