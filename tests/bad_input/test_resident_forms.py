"""A signed-in resident's forms under hostile input: the commune picker (search,
province, commune), the profile, account deletion, the quiz, finishing a lesson,
the text-size switch, and the public catalogue filter, certificate lookup and
credential check.

Each answer is a 4xx, or the page or redirect that valid input gets; refused
input stores nothing.
"""

import time
import unicodedata
from unittest import mock

import pytest
from django.conf import settings as settings_module
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import example, given, settings
from hypothesis import strategies as st

from courses import grading
from courses.models import LessonPage
from learning.forms import full_name_validate
from learning.models import Learner, LessonProgress, QuizAttempt
from learning.services.learners import birth_years
from tests.conftest import PASSWORD, correct_answers, study

from .strategies import (
    FEW,
    HOSTILE,
    NFC_EXPANDING,
    NFD_NAME,
    assert_no_server_error,
    form_value,
    hostile_text,
    huge_number,
    post_form,
    refused,
    stored,
)

COMMUNE_URL = reverse("learning:commune_choose")
PROFILE_URL = reverse("learning:profile")

provinces = st.one_of(st.sampled_from(["01", "46", "79"]), form_value)
communes = st.one_of(st.sampled_from(["00070", "00004", "19999"]), form_value)


def last(value):
    return value[-1] if isinstance(value, list) else value


def query(**params) -> dict:
    """GET parameters as the test client sends them, lists as repeated keys."""
    return {name: value for name, value in params.items() if value is not None}


@HOSTILE
@given(q=form_value, nxt=st.one_of(st.none(), form_value))
@example(q="ba dinh\x00", nxt=None)
@example(q="ba đình", nxt="//evil.example/")
@example(q="%", nxt=None)
@example(q="_", nxt=None)
def test_commune_search_with_hostile_words(resident_client, fresh, q, nxt):
    fresh()
    before = stored()

    response = resident_client.get(COMMUNE_URL, query(q=q, next=nxt))

    assert_no_server_error(response)
    assert response.status_code in (200, 400)
    assert stored() == before


@HOSTILE
@given(province=provinces, commune=communes, nxt=st.one_of(st.none(), form_value))
@example(province="01", commune="00004", nxt="https://evil.example/")
@example(province="01\x00", commune="00004", nxt=None)
@example(province="01", commune="00004\x00", nxt=None)
@example(province="9" * 400, commune="9" * 400, nxt=None)
@example(province="46", commune="00004", nxt=None)  # Ba Đình is not in Huế
def test_choosing_a_commune_with_hostile_input(
    resident, resident_client, fresh, province, commune, nxt
):
    fresh()
    step1 = resident_client.get(COMMUNE_URL, query(province=province))
    assert_no_server_error(step1, "province step")
    before = stored()

    response = post_form(
        resident_client,
        COMMUNE_URL,
        query(province=province, commune=commune, next=nxt),
    )

    assert_no_server_error(response, "commune step")
    resident.refresh_from_db()
    if refused(response):
        assert stored() == before
        return
    # Saved: a real commune of the province chosen, and the way on stays here.
    assert response.status_code == 302
    assert resident.commune_id == last(commune)
    assert resident.commune.province_id == last(province)
    assert url_has_allowed_host_and_scheme(
        response["Location"], allowed_hosts={"testserver"}
    )


names = st.one_of(
    st.sampled_from(
        ["Nguyễn Thị Hồng Nhung", NFD_NAME, "Đặng " * 23 + "Ước", "\u0958" * 120]
    ),
    form_value,
)
years = st.one_of(
    st.sampled_from(["", "1965", "1900", "1899"]), huge_number, form_value
)
ticks = st.one_of(st.none(), st.sampled_from(["on", "true", "0", ""]), form_value)


@HOSTILE
@given(full_name=names, birth_year=years, youth=ticks, shown=ticks)
@example(full_name=NFD_NAME, birth_year="1965", youth="on", shown=None)
@example(full_name=NFC_EXPANDING * 24, birth_year="", youth=None, shown=None)
@example(full_name="Lò Thị Mai", birth_year="9" * 400, youth=None, shown=None)
@example(full_name="Lò Thị Mai", birth_year="1e308", youth=None, shown=None)
def test_profile_with_hostile_input(
    resident, resident_client, fresh, full_name, birth_year, youth, shown
):
    fresh()
    resident.refresh_from_db()
    old_name = resident.full_name
    before = stored()

    response = post_form(
        resident_client,
        PROFILE_URL,
        query(
            full_name=full_name,
            birth_year=birth_year,
            youth_union_member=youth,
            show_on_boards=shown,
        ),
    )

    assert_no_server_error(response)
    assert stored() == before
    resident.refresh_from_db()
    if refused(response):
        assert resident.full_name == old_name
        return
    assert response.status_code == 302
    # Stored composed, cleaned, and within the record's length.
    assert resident.full_name == full_name_validate(last(full_name))
    assert unicodedata.is_normalized("NFC", resident.full_name)
    assert len(resident.full_name) <= Learner._meta.get_field("full_name").max_length
    assert resident.birth_year is None or resident.birth_year in birth_years()


@HOSTILE
@given(password=form_value, confirm=ticks)
@example(password=PASSWORD + "\x00", confirm=None)
@example(password=[PASSWORD, "x"], confirm="on")
def test_account_deletion_with_a_hostile_password(
    resident, resident_client, fresh, password, confirm
):
    fresh()
    before = stored()

    response = post_form(
        resident_client,
        reverse("learning:account_delete"),
        query(password=password, confirm=confirm),
    )

    assert refused(response), response.status_code
    assert stored() == before


# The quiz


def signed_with_the_wrong_shape(course):
    """Tokens signed with the site's own key and salt but holding the wrong types:
    even those must be refused as out-of-date forms, not break grading."""
    ids = [question.id for question in course.quiz_questions()]
    payloads = [
        None,
        {"course": course.pk},
        "abcd",
        [course.pk],
        [course.pk, [[1]], 1, "key"],
        [course.pk, [{"id": ids[0]}], 1, "key"],
        [course.pk, [ids[0], ids[0]], 1, "key"],
        [course.pk, ids, "yesterday", "key"],
        [course.pk, ids, 1, ["key"]],
        [course.pk, [], 1, "key"],
        [str(course.pk), ids, 1, "key"],
        [course.pk, ids, 10**400, "key"],
        [course.pk, ids, True, "key"],
        [course.pk, ids, 1.5, "key"],
        [course.pk, ids, 4_000_000_000, "key"],
        [course.pk, ids, int(time.time()), "k" * 65],
        [course.pk, ids, int(time.time()), "key\x00"],
        [course.pk, ids, int(time.time()), ""],
    ]
    return [signing.dumps(payload, salt=grading.DRAW_SALT) for payload in payloads]


def hostile_draws(course) -> list[str]:
    questions = course.quiz_questions()
    valid = grading.draw_sign(course_id=course.pk, questions=questions)
    with mock.patch("time.time", return_value=1_000_000_000):
        expired = grading.draw_sign(course_id=course.pk, questions=questions)
    return [
        grading.draw_sign(course_id=course.pk + 1, questions=questions),
        expired,
        valid[:-3] + ("AAA" if not valid.endswith("AAA") else "BBB"),
        signing.dumps([course.pk, [q.id for q in questions], 1, "k"], salt="other"),
        *signed_with_the_wrong_shape(course),
    ]


@pytest.fixture
def studied(resident, course):
    """The resident read every lesson: only the answers stand between them and a
    graded attempt."""
    study(resident, course)
    return resident


answer_values = st.one_of(
    st.integers(min_value=0, max_value=4).map(str),
    st.lists(st.integers(min_value=-1, max_value=4).map(str), min_size=1, max_size=4),
    huge_number,
    form_value,
)
answer_keys = st.one_of(
    st.integers(min_value=0, max_value=30).map(lambda n: ("question", n)),
    hostile_text.map(lambda text: ("junk", text)),
)


@settings(HOSTILE, max_examples=20)
@given(
    draw=st.one_of(
        st.just("VALID"), st.integers(min_value=0, max_value=15), form_value
    ),
    answers=st.dictionaries(answer_keys, answer_values, max_size=12),
)
@example(draw="VALID", answers={("question", n): "0" for n in range(12)})
@example(draw="VALID", answers={("question", 0): ["0", "0"], ("junk", "x"): "1"})
@example(draw="VALID", answers={("question", 0): "9" * 5000})
def test_quiz_with_hostile_draws_and_answers(
    studied, resident_client, course, fresh, draw, answers
):
    fresh()
    questions = course.quiz_questions()
    if draw == "VALID":
        token = grading.draw_sign(course_id=course.pk, questions=questions)
    elif isinstance(draw, int):
        tokens = hostile_draws(course)
        token = tokens[draw % len(tokens)]
    else:
        token = draw
    data = {"draw": token}
    for (kind, key), value in answers.items():
        question = (
            f"{questions[key % len(questions)].id}" if kind == "question" else key
        )
        data[f"q-{question}"] = value
    before = stored()

    response = post_form(
        resident_client, reverse("learning:quiz", args=[course.pk]), data
    )

    assert_no_server_error(response)
    after = stored()
    if isinstance(draw, int):
        assert refused(response)
    if refused(response):
        assert after == before
        return
    # Graded: exactly one attempt, holding only choices the questions offer.
    assert response.status_code == 200
    assert after["learning.QuizAttempt"] == before["learning.QuizAttempt"] + 1
    attempt = QuizAttempt.objects.latest("created_at")
    by_id = {question.id: question for question in questions}
    for question_id, chosen in attempt.answers.items():
        assert all(0 <= index < len(by_id[question_id].choices) for index in chosen)


def test_every_forged_expired_or_misshapen_draw_is_refused(
    studied, resident_client, course, fresh
):
    """Right answers under a draw of another course, an expired or tampered one,
    one signed for another purpose, or one signed with the site's own key but
    holding the wrong types: each is an out-of-date form (400), never graded."""
    questions = course.quiz_questions()
    right = correct_answers(course, questions)
    refusals = []
    before = stored()

    for token in hostile_draws(course):
        fresh()
        response = post_form(
            resident_client,
            reverse("learning:quiz", args=[course.pk]),
            right | {"draw": token},
        )
        refusals.append(response.status_code)

    assert refusals == [400] * len(refusals)
    assert stored() == before


@FEW
@given(
    which=st.integers(min_value=0, max_value=5),
    data=st.dictionaries(hostile_text, form_value, max_size=3),
)
def test_finishing_a_lesson_with_hostile_ids_and_bodies(
    resident, resident_client, course, fresh, which, data
):
    fresh()
    lesson = LessonPage.objects.child_of(course).first()
    candidates = [lesson.pk, course.pk, 0, 999_999_999, course.get_parent().pk, 1]
    lesson_id = candidates[which]
    before = stored()

    response = post_form(
        resident_client, reverse("learning:lesson_finish", args=[lesson_id]), data
    )

    if lesson_id == lesson.pk:
        assert response.status_code == 302
        assert LessonProgress.objects.filter(learner=resident, lesson=lesson).exists()
    else:
        assert response.status_code == 404
        assert stored() == before


DEVICE_SETTINGS = {
    # view, field, cookie, the values it takes
    "text size": ("learning:text_size", "size", "text_size", ("normal", "large")),
    "data saver": ("learning:data_saver", "mode", "data_saver", ("on", "off")),
}


@pytest.mark.parametrize("setting", DEVICE_SETTINGS)
@HOSTILE
@given(
    value=st.one_of(st.sampled_from(["normal", "large", "on", "off"]), form_value),
    nxt=form_value,
)
@example(value="large", nxt="//evil.example/")
@example(value="on", nxt="https://evil.example/")
@example(value="large", nxt="/learn/\r\nSet-Cookie: x=1")
@example(value="on", nxt="\\\\evil.example")
@example(value=["normal", "huge"], nxt="/")
def test_device_settings_with_hostile_input(client, fresh, setting, value, nxt):
    fresh()
    view, field, cookie, choices = DEVICE_SETTINGS[setting]

    response = post_form(client, reverse(view), {field: value, "next": nxt})

    if last(value) not in choices:
        assert response.status_code == 400
        assert cookie not in response.cookies
        return
    assert response.status_code == 302
    assert response.cookies[cookie].value == last(value)
    assert url_has_allowed_host_and_scheme(
        response["Location"], allowed_hosts={"testserver"}
    )


@HOSTILE
@given(
    language=st.one_of(st.sampled_from(["vi", "en", "fr", "EN"]), form_value),
    nxt=form_value,
)
@example(language="en", nxt="//evil.example/")
@example(language="en\x00", nxt="/")
@example(language="../../etc", nxt="https://evil.example/")
def test_the_language_switch_with_hostile_input(client, fresh, language, nxt):
    fresh()

    response = post_form(
        client, reverse("set_language"), {"language": language, "next": nxt}
    )

    assert response.status_code in (204, 302), response.status_code
    cookie = response.cookies.get(settings_module.LANGUAGE_COOKIE_NAME)
    # Only a language the site offers is remembered.
    offered = {code for code, _name in settings_module.LANGUAGES}
    assert cookie is None or cookie.value in offered
    if response.status_code == 302:
        assert url_has_allowed_host_and_scheme(
            response["Location"], allowed_hosts={"testserver"}
        )


@FEW
@given(
    q=st.one_of(st.none(), form_value),
    area=st.one_of(st.none(), form_value),
    level=st.one_of(st.none(), st.just("basic"), form_value),
)
@example(q="vneid\x00", area=None, level=None)
@example(q="a" * 101, area="9" * 400, level="basic")
@example(q="VNeID", area="2", level="basic")
@example(q="dịch vụ công", area=None, level=None)
@example(q="' OR 1=1 --", area="1e308", level=None)
def test_catalogue_filter_with_hostile_input(
    searchable_course, client, fresh, q, area, level
):
    fresh()
    catalogue = searchable_course.get_parent().url
    before = stored()

    response = client.get(catalogue, query(q=q, area=area, level=level))

    assert_no_server_error(response)
    assert response.status_code in (200, 400)
    assert stored() == before


@HOSTILE
@given(number=form_value)
@example(number="7K3M9-QXP2A\x00")
@example(number="７K3M9-QXP2A")
@example(number=["7K3M9-QXP2A", "x"])
def test_certificate_lookup_with_hostile_numbers(db, fresh, number):
    fresh()
    client = Client()
    before = stored()

    response = post_form(client, reverse("certificates:lookup"), {"number": number})

    assert response.status_code in (400, 404), response.status_code
    assert stored() == before


junk_files = st.one_of(
    st.binary(max_size=200),
    st.sampled_from(
        [
            b"\xff\xfe\x00\x00",
            b"\x00" * 100,
            b"eyJhbGciOiJub25lIn0.eyJpZCI6MX0.",
            "Nguyễn.Thị.Hồng".encode("utf-16"),
            b"A" * 20_001,
            b"\xef\xbb\xbf" + b"a.b.c",
        ]
    ),
    hostile_text.map(lambda text: text.encode("utf-8")),
)


@HOSTILE
@given(text=st.one_of(st.none(), form_value), upload=st.one_of(st.none(), junk_files))
@example(text="eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpZCI6MX0.", upload=None)
@example(
    text="eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo",
    upload=None,
)
@example(text=None, upload=b"\x00" * 100)
def test_credential_check_with_hostile_text_and_files(db, fresh, text, upload):
    fresh()
    client = Client()
    data = {}
    if text is not None:
        data["credential"] = text
    if upload is not None:
        data["file"] = SimpleUploadedFile("chung-nhan.jwt", upload)
    before = stored()

    response = client.post(reverse("certificates:credential_check"), data)

    assert refused(response), response.status_code
    assert stored() == before
