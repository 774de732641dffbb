"""Account forms under hostile input: sign-up, login, login and reset by SMS code,
the email reset link, and the signed-in resident's phone and password forms.

Every answer is a 4xx (allauth's form views are wrapped to answer 400), or a
redirect where the input really was valid; refused input stores nothing and
signs nobody in.
"""

import itertools
import random
import unicodedata
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from learning import sms
from learning.models import Learner
from learning.phones import phone_normalize
from learning.services import name_clean
from learning.services.learners import name_is_real
from tests.conftest import PASSWORD

from .conftest import RESIDENT_PHONE
from .strategies import (
    FEW,
    HOSTILE,
    NFC_EXPANDING,
    NFD_NAME,
    assert_no_server_error,
    form_value,
    hostile_text,
    post_form,
    refused,
    stored,
)

User = get_user_model()

VALID_NAMES = [
    "Nguyễn Thị Hồng Nhung",
    NFD_NAME,
    "  Lò   Thị\tMai  ",
    "Đặng " * 23 + "Ước",  # 119 characters
    NFC_EXPANDING * 24,  # 120 characters typed, 264 composed
    "\u0958" * 120,
    "Ꙭ" * 120,
]
# Valid as an address, and longer than any email column (254).
LONG_EMAIL = "a" * 250 + "@example.com"
UNIQUE = "UNIQUE"
# Numbers for addresses and phones no example has used yet.
NUMBERS = itertools.count(1)


def last(value):
    """What a form field reads when a value is sent several times: the last."""
    return value[-1] if isinstance(value, list) else value


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


names = st.one_of(st.sampled_from(VALID_NAMES), form_value)
phones = st.one_of(st.just(""), st.just(UNIQUE), form_value)
emails = st.one_of(st.just(""), st.just(UNIQUE), st.just(LONG_EMAIL), form_value)
passwords = st.one_of(st.just(PASSWORD), form_value)


@HOSTILE
@given(full_name=names, phone=phones, email=emails, password=passwords)
@example(full_name=NFD_NAME, phone=UNIQUE, email="", password=PASSWORD)
@example(full_name="Đặng " * 23 + "Ước", phone="", email=UNIQUE, password=PASSWORD)
@example(full_name=NFC_EXPANDING * 24, phone="", email=UNIQUE, password=PASSWORD)
@example(full_name="Nguyễn Thị Hồng", phone="", email=LONG_EMAIL, password=PASSWORD)
@example(full_name="Nguyễn\x00Thị", phone=UNIQUE, email="", password=PASSWORD)
def test_sign_up_stores_only_a_valid_resident(
    units, fresh, full_name, phone, email, password
):
    fresh()
    n = next(NUMBERS)
    # allauth draws usernames with `random`, which Hypothesis seeds alike for
    # every example: without this, phone-only sign-ups would run out of names.
    random.seed(n)
    phone = f"0912{n:06d}" if phone == UNIQUE else phone
    email = f"hv{n}@example.com" if email == UNIQUE else email
    client = Client()
    before = stored()

    response = client.post(
        reverse("account_signup"),
        {
            "full_name": full_name,
            "phone": phone,
            "email": email,
            "password1": password,
            "password2": password,
        },
    )

    assert_no_server_error(response)
    if refused(response):
        assert stored() == before
        assert not logged_in(client)
        return
    assert response.status_code == 302, response.status_code
    after = stored()
    assert after["learning.User"] == before["learning.User"] + 1
    assert after["learning.Learner"] == before["learning.Learner"] + 1
    learner = Learner.objects.select_related("user").latest("pk")
    assert learner.full_name == name_clean(last(full_name))
    assert unicodedata.is_normalized("NFC", learner.full_name)
    assert name_is_real(learner.full_name)
    assert len(learner.full_name) <= Learner._meta.get_field("full_name").max_length
    user = learner.user
    # Exactly what was typed, never an address or number cut to fit its column.
    assert user.email == last(email).strip().lower()
    assert user.phone == (phone_normalize(last(phone)) if last(phone).strip() else None)


@HOSTILE
@given(login=st.one_of(st.just("0912 345 678"), form_value), password=form_value)
@example(login="0912 345 678", password=PASSWORD)
@example(login="0912 345 678\x00", password=PASSWORD)
@example(login="a" * 300 + "@example.com", password=PASSWORD)
@example(login=["0912 345 678", "hong@example.com"], password=[PASSWORD, PASSWORD])
def test_login_refuses_hostile_credentials(resident, fresh, login, password):
    fresh()
    client = Client()
    before = stored()

    response = client.post(
        reverse("account_login"), {"login": login, "password": password}
    )

    right = last(password) == PASSWORD and last(login) in {"0912 345 678"}
    if right:
        assert response.status_code == 302 and logged_in(client)
    else:
        assert refused(response), response.status_code
        assert not logged_in(client)
    assert stored() == before


@HOSTILE
@given(phone=form_value, email=form_value)
@example(phone="0912 345 678\x00", email="")
@example(phone="", email="a" * 300 + "@example.com")
@example(phone=["0912345678", "0987654321"], email="")
def test_asking_for_a_login_code_with_hostile_input(resident, fresh, phone, email):
    fresh()
    client = Client()
    before = stored()

    response = client.post(
        reverse("account_request_login_code"), {"phone": phone, "email": email}
    )

    assert_no_server_error(response)
    if not refused(response):
        # Only a real mobile number or address gets this far: a text or an email
        # went out (or, for an unknown one, a notice), and nobody is signed in.
        assert response.status_code == 302
    assert not logged_in(client)
    assert stored() == before


@HOSTILE
@given(code=form_value)
@example(code="123456\x00")
@example(code=["123456", "654321"])
@example(code="９" * 6)
def test_a_hostile_login_code_signs_nobody_in(resident, fresh, code):
    fresh()
    client = Client()
    client.post(reverse("account_request_login_code"), {"phone": "0912 345 678"})
    assert [text.phone for text in sms.outbox] == [RESIDENT_PHONE]
    before = stored()

    response = client.post(reverse("account_confirm_login_code"), {"code": code})

    assert refused(response), response.status_code
    assert not logged_in(client)
    assert stored() == before


@FEW
@given(phone=form_value)
@example(phone="0912 345 678\x00")
def test_asking_for_a_reset_code_with_a_hostile_number(resident, fresh, phone):
    fresh()
    client = Client()
    before = stored()

    response = client.post(reverse("account_reset_password_sms"), {"phone": phone})

    assert_no_server_error(response)
    if not refused(response):
        assert response.status_code == 302
    assert stored() == before


@HOSTILE
@given(code=form_value, password1=passwords, password2=passwords)
@example(code="000000\x00", password1=PASSWORD, password2=PASSWORD)
@example(code="1" * 10_000, password1="x" * 100_000, password2="x" * 100_000)
def test_a_hostile_reset_code_changes_no_password(
    resident, fresh, code, password1, password2
):
    fresh()
    client = Client()
    client.post(reverse("account_reset_password_sms"), {"phone": "0912 345 678"})
    before = stored()

    response = client.post(
        reverse("account_reset_password_sms_confirm"),
        {"code": code, "password1": password1, "password2": password2},
    )

    assert refused(response), response.status_code
    resident.user.refresh_from_db()
    assert resident.user.check_password(PASSWORD)
    assert stored() == before


@FEW
@given(
    uidb36=st.one_of(
        st.sampled_from(["1", "0", "zzzzzzzzzzzzz", "9" * 400]),
        st.text("0123456789abcdefXYZ", min_size=1, max_size=20),
    ),
    key=st.one_of(hostile_text.filter(bool), st.just("set-password")),
    password=passwords,
)
def test_a_hostile_reset_link_changes_no_password(
    resident, fresh, uidb36, key, password
):
    fresh()
    client = Client()
    url = f"/accounts/password/reset/key/{uidb36}-{quote(key, safe='')}/"
    before = stored()

    opened = client.get(url)
    sent = client.post(url, {"password1": password, "password2": password})

    assert_no_server_error(opened, "GET")
    assert_no_server_error(sent, "POST")
    resident.user.refresh_from_db()
    assert resident.user.check_password(PASSWORD)
    assert stored() == before


@HOSTILE
@given(phone=form_value)
@example(phone="0912 345 678")  # the resident's own number: nothing to change
@example(phone="0987 654 321")
@example(phone="0987 654 321\x00")
def test_changing_the_phone_to_hostile_input(resident, resident_client, fresh, phone):
    fresh()
    before = stored()

    response = resident_client.post(reverse("account_change_phone"), {"phone": phone})

    assert_no_server_error(response)
    resident.user.refresh_from_db()
    if refused(response):
        assert resident.user.phone == RESIDENT_PHONE
    else:
        # A real new number waits for its code before it replaces the old one.
        assert response.status_code == 302
    assert len(resident.user.phone) < 16
    assert stored() == before


@HOSTILE
@given(old=passwords, new1=passwords, new2=passwords)
def test_changing_the_password_to_hostile_input(
    resident, resident_client, fresh, old, new1, new2
):
    fresh()
    before = stored()

    response = resident_client.post(
        reverse("account_change_password"),
        {"oldpassword": old, "password1": new1, "password2": new2},
    )

    assert_no_server_error(response)
    resident.user.refresh_from_db()
    if refused(response):
        assert resident.user.check_password(PASSWORD)
    else:
        assert response.status_code == 302
        assert resident.user.check_password(last(new1))
        resident.user.set_password(PASSWORD)
        resident.user.save()
        resident_client.force_login(resident.user)
    assert stored() == before


@HOSTILE
@given(code=form_value)
@example(code="123456\x00")
@example(code=["123456", "654321"])
@example(code="１２３４５６")
def test_a_hostile_verification_code_leaves_the_phone_unverified(units, fresh, code):
    """Signed up with a phone, waiting for the code texted to it."""
    fresh()
    client = Client()
    n = next(NUMBERS)
    phone = f"0913{n:06d}"
    client.post(
        reverse("account_signup"),
        {
            "full_name": "Nguyễn Thị Hồng",
            "phone": phone,
            # Hypothesis seeds `random` alike for every example, and allauth
            # draws usernames with it: an address gives each its own instead.
            "email": f"xac-minh{n}@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    user = User.objects.get(phone=phone_normalize(phone))
    before = stored()

    response = client.post(reverse("account_verify_phone"), {"code": code})

    assert refused(response), response.status_code
    user.refresh_from_db()
    assert not user.phone_verified
    assert not logged_in(client)
    assert stored() == before


@FEW
@given(password1=passwords, password2=passwords)
@example(password1="x" * 100_000, password2="x" * 100_000)
@example(password1=PASSWORD + "\x00", password2=PASSWORD + "\x00")
def test_setting_a_first_password_with_hostile_input(db, fresh, password1, password2):
    """A resident a helper registered has no password until they set one."""
    fresh()
    user = User.objects.create_user(username=f"r-{User.objects.count()}")
    client = Client()
    client.force_login(user)
    before = stored()

    response = client.post(
        reverse("account_set_password"),
        {"password1": password1, "password2": password2},
    )

    assert_no_server_error(response)
    user.refresh_from_db()
    if refused(response):
        assert not user.has_usable_password()
    else:
        assert response.status_code == 302
        assert user.check_password(last(password1))
    assert stored() == before


@FEW
@given(
    action=st.sampled_from(
        ["action_add", "action_remove", "action_primary", "action_send"]
    ),
    email=form_value,
)
@example(action="action_add", email=LONG_EMAIL)
@example(action="action_add", email="moi@example.com\x00")
@example(action="action_primary", email="x" * 300)
def test_the_email_form_with_hostile_input(
    resident, resident_client, fresh, action, email
):
    """allauth's own page for a signed-in resident's addresses. It answers a form
    with errors with 200 (see test_every_account_form_answers_errors_with_400)."""
    fresh()
    # Opening the page first files the account's own address the way allauth
    # keeps it (an EmailAddress row): that is not the hostile input's doing.
    resident_client.get("/accounts/email/")
    before = stored()

    response = post_form(
        resident_client, "/accounts/email/", {action: "", "email": email}
    )

    assert_no_server_error(response)
    after = stored()
    if response.status_code == 302 and action == "action_add":
        added = EmailAddress.objects.latest("pk")
        assert added.email == last(email).strip().lower()
        assert len(added.email) <= EmailAddress._meta.get_field("email").max_length
        after["account.EmailAddress"] -= 1
        added.delete()
    elif response.status_code == 200:
        assert response.context["form"].errors
    assert after == before


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/accounts/email/", {"action_add": "", "email": "x\x00@example.com"}),
        ("/accounts/reauthenticate/", {"password": "x\x00"}),
    ],
)
def test_every_account_form_answers_errors_with_400(resident_client, url, data):
    response = resident_client.post(url, data)

    assert response.status_code == 400
