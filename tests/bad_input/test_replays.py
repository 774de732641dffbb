"""Tokens and codes sent again: the quiz's signed draw, a login code, a reset
code or link, and an assisted session's confirmation code.

A second use is refused with a 4xx, or is idempotent: it changes nothing and
stores no second row.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Locale

from courses import grading
from learning import sms
from learning.models import AssistedSession, Completion, QuizAttempt
from learning.services import (
    assisted_session_record,
    assisted_session_void,
    resident_register,
)
from tests.conftest import correct_answers, study

from .conftest import RESIDENT_PHONE
from .strategies import FEW, post_form, stored

User = get_user_model()
NEW_PASSWORD = "Mat-khau-moi-2025!"
CODE = re.compile(r"\b(\d{6})\b")


def quiz_url(course) -> str:
    return reverse("learning:quiz", args=[course.pk])


def last_code(phone: str) -> str:
    texts = [message.text for message in sms.outbox if message.phone == phone]
    assert texts, f"no SMS to {phone}"
    return CODE.search(texts[-1]).group(1)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def studied(resident, course, settings):
    """The resident read every lesson; a failed try does not hold up the next."""
    settings.LEARNING_QUIZ_COOLDOWN_SECONDS = 0
    study(resident, course)
    return resident


choices = st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=2)


@FEW
@given(first=st.lists(choices, min_size=12, max_size=12), again=st.integers(1, 3))
def test_a_quiz_form_sent_again_is_one_attempt(
    studied, resident_client, course, fresh, first, again
):
    """However often a drawn form comes back, and whatever it says the second
    time, it is graded once: the first answers count."""
    fresh()
    questions = course.quiz_questions()
    token = grading.draw_sign(course_id=course.pk, questions=questions)

    def answers(picks):
        data = {"draw": token}
        for question, chosen in zip(questions, picks, strict=False):
            valid = sorted({i % len(question.choices) for i in chosen})
            data[f"q-{question.id}"] = [str(i) for i in valid[: 1 + question.multiple]]
        return data

    before = QuizAttempt.objects.count()
    sent = post_form(resident_client, quiz_url(course), answers(first))
    attempts = QuizAttempt.objects.count()
    # Sent again, now with every answer right.
    right = {**correct_answers(course, questions), "draw": token}
    replays = [
        post_form(resident_client, quiz_url(course), right) for _ in range(again)
    ]

    assert sent.status_code in (200, 400)
    assert QuizAttempt.objects.count() == attempts <= before + 1
    for replay in replays:
        assert replay.status_code == sent.status_code
        if sent.status_code == 200:
            assert replay.context["attempt"].pk == sent.context["attempt"].pk


def test_a_draw_belongs_to_its_course_not_to_a_learner(
    studied, resident_client, course, make_learner
):
    """A draw of another course (here, the course's English page) is refused. A
    draw names the questions shown, not who saw them: a second learner who sends
    the same form gets their own single attempt, and the first learner's record
    is untouched."""
    english = course.get_translation(Locale.objects.get(language_code="en"))
    before = stored()

    foreign = post_form(
        resident_client, quiz_url(course), correct_answers(english, None)
    )

    assert foreign.status_code == 400
    assert stored() == before

    data = correct_answers(course)
    post_form(resident_client, quiz_url(course), data)
    other = make_learner(full_name="Lò Văn Khác")
    study(other, course)
    browser = Client()
    browser.force_login(other.user)

    first = post_form(browser, quiz_url(course), data)
    again = post_form(browser, quiz_url(course), data)

    assert first.status_code == again.status_code == 200
    assert QuizAttempt.objects.filter(learner=studied).count() == 1
    assert QuizAttempt.objects.filter(learner=other).count() == 1
    assert Completion.objects.filter(learner=other).count() == 1


def test_a_login_code_works_once(resident, fresh):
    fresh()
    client = Client()
    client.post(reverse("account_request_login_code"), {"phone": "0912 345 678"})
    code = last_code(RESIDENT_PHONE)
    confirmed = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert confirmed.status_code == 302 and logged_in(client)
    client.logout()
    before = stored()

    again = client.post(reverse("account_confirm_login_code"), {"code": code})

    assert again.status_code in (302, 400)
    if again.status_code == 302:  # no code is waiting: back to ask for one
        assert again["Location"] == reverse("account_request_login_code")
    assert not logged_in(client)
    assert stored() == before


def test_a_reset_code_by_sms_works_once(resident, fresh):
    fresh()
    client = Client()
    client.post(reverse("account_reset_password_sms"), {"phone": "0912 345 678"})
    code = last_code(RESIDENT_PHONE)
    url = reverse("account_reset_password_sms_confirm")
    data = {"code": code, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    assert client.post(url, data).status_code == 302

    again = client.post(url, {**data, "password1": "Lan-thu-hai-2025!"})

    assert again.status_code == 400
    resident.user.refresh_from_db()
    assert resident.user.check_password(NEW_PASSWORD)


def test_a_reset_link_by_email_works_once(resident, fresh):
    fresh()
    client = Client()
    client.post(reverse("account_reset_password"), {"email": resident.user.email})
    link = re.search(r"/accounts/password/reset/key/\S+/", mail.outbox[-1].body)[0]
    form_url = client.get(link)["Location"]
    passwords = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    assert client.post(form_url, passwords).status_code == 302

    reopened = client.get(link, follow=True)
    resent = client.post(
        form_url, {"password1": "Lan-thu-hai-2025!", "password2": "Lan-thu-hai-2025!"}
    )

    assert reopened.status_code == 200 and reopened.context["token_fail"]
    assert resent.status_code in (200, 400) and resent.context["token_fail"]
    resident.user.refresh_from_db()
    assert resident.user.check_password(NEW_PASSWORD)


def texted_session(helper, resident, course, capture):
    """A passed session whose code was texted to the resident, and the code."""
    with capture(execute=True):
        session = assisted_session_record(
            helper=helper,
            resident=resident,
            course=course,
            lesson_ids=list(course.lessons().values_list("pk", flat=True)),
            data=correct_answers(course),
        )
    return session, last_code(resident.user.phone)


def test_a_session_code_confirms_once_and_not_after_a_void(
    helper,
    helper_client,
    assisted_resident,
    commune_admin,
    course,
    fresh,
    django_capture_on_commit_callbacks,
):
    fresh()
    capture = django_capture_on_commit_callbacks
    confirmed, code = texted_session(helper, assisted_resident, course, capture)
    url = reverse("learning:helper_session_confirm", args=[confirmed.pk])
    assert helper_client.post(url, {"code": code}).status_code == 302
    before = stored()

    again = helper_client.post(url, {"code": code})

    # "This session is not waiting for a code", back to the resident's page.
    assert again.status_code == 302
    assert stored() == before
    assert Completion.objects.filter(learner=assisted_resident).count() == 1

    other = resident_register(
        helper=helper, full_name="Lường Thị Ánh", birth_year=1950, phone="0987654322"
    )
    voided, code = texted_session(helper, other, course, capture)
    assisted_session_void(session=voided, reason="Nhầm người", by=commune_admin)
    before = stored()

    late = helper_client.post(
        reverse("learning:helper_session_confirm", args=[voided.pk]), {"code": code}
    )

    assert late.status_code == 302  # not waiting for a code any more
    voided.refresh_from_db()
    assert voided.status == AssistedSession.Status.VOIDED
    assert voided.completion_id is None
    assert not Completion.objects.filter(learner=other).exists()
    assert stored() == before
