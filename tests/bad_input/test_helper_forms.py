"""Forms of assisted learning and of commune administrators under hostile input:
registering a resident, recording a session, confirming it with the resident's
code, granting the helper role, voiding a session and printing certificates.

Each answer is a 4xx, or the redirect or page that valid input gets, and then
what was stored is exactly what was meant; refused input stores nothing.
"""

import unicodedata

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from learning.models import AssistedSession, Helper, Learner
from learning.phones import phone_normalize
from learning.services import assisted_session_record
from tests.conftest import correct_answers, record_passed, wrong_answers

from .strategies import (
    FEW,
    HOSTILE,
    NFC_EXPANDING,
    NFD_NAME,
    assert_no_server_error,
    form_value,
    huge_number,
    post_form,
    refused,
    stored,
)


def last(value):
    return value[-1] if isinstance(value, list) else value


names = st.one_of(
    st.sampled_from(["Lò Thị Mai", NFD_NAME, "\u0958" * 120, "Đặng " * 23 + "Ước"]),
    form_value,
)
years = st.one_of(
    st.sampled_from(["1956", "1900", "1899", ""]), huge_number, form_value
)
phones = st.one_of(st.sampled_from(["", "0912 345 678", "0243 826 4000"]), form_value)


@HOSTILE
@given(full_name=names, birth_year=years, phone=phones)
@example(full_name=NFD_NAME, birth_year="1956", phone="")
@example(full_name=NFC_EXPANDING * 24, birth_year="1956", phone="")
@example(full_name="Lò Thị Mai", birth_year="9" * 400, phone="")
@example(full_name="Lò Thị Mai", birth_year="1956", phone="0912 345 678\x00")
@example(full_name="Lò Thị Mai", birth_year=["1956", "1957"], phone="+84" + "9" * 30)
def test_registering_a_resident_with_hostile_input(
    helper, helper_client, fresh, full_name, birth_year, phone
):
    fresh()
    before = stored()

    response = post_form(
        helper_client,
        reverse("learning:helper_resident_new"),
        {"full_name": full_name, "birth_year": birth_year, "phone": phone},
    )

    assert_no_server_error(response)
    if refused(response):
        assert stored() == before
        return
    assert response.status_code == 302
    resident = Learner.objects.select_related("user").latest("pk")
    assert resident.registered_by == helper
    assert unicodedata.is_normalized("NFC", resident.full_name)
    assert len(resident.full_name) <= Learner._meta.get_field("full_name").max_length
    assert resident.birth_year == int(last(birth_year))
    typed = last(phone).strip()
    assert resident.user.phone == (phone_normalize(typed) if typed else None)


lesson_values = st.one_of(
    st.just("ALL"),
    st.lists(st.one_of(st.just("FIRST"), huge_number, form_value), max_size=4),
)


@HOSTILE
@given(
    lessons=lesson_values,
    draw=st.one_of(st.just("VALID"), form_value),
    answer=st.one_of(st.just("RIGHT"), form_value),
)
@example(lessons="ALL", draw="VALID", answer="RIGHT")
@example(lessons=["FIRST", "FIRST"], draw="VALID", answer="RIGHT")
@example(lessons="ALL", draw="VALID", answer="9" * 5000)
@example(lessons=["9" * 400], draw="VALID", answer="RIGHT")
def test_recording_a_session_with_hostile_input(
    helper_client, assisted_resident, course, fresh, lessons, draw, answer
):
    fresh()
    lesson_ids = [str(pk) for pk in course.lessons().values_list("pk", flat=True)]
    data = correct_answers(course)
    if draw != "VALID":
        data["draw"] = draw
    if answer != "RIGHT":
        first = next(key for key in data if key.startswith("q-"))
        data[first] = answer
    data["lessons"] = (
        lesson_ids
        if lessons == "ALL"
        else [lesson_ids[0] if value == "FIRST" else value for value in lessons]
    )
    url = reverse("learning:helper_session_new", args=[assisted_resident.pk, course.pk])
    before = stored()

    response = post_form(helper_client, url, data)

    assert_no_server_error(response)
    if refused(response):
        assert stored() == before
        return
    # Every lesson ticked, the quiz answered: one session, waiting for the code
    # texted to the resident (or the first one, when the same form comes back).
    assert response.status_code == 302
    assert AssistedSession.objects.filter(resident=assisted_resident).count() == 1


@pytest.fixture
def pending_session(helper, assisted_resident, course):
    """A passed session waiting for the code texted to the resident."""
    return record_passed(helper=helper, resident=assisted_resident, course=course)


@HOSTILE
@given(code=form_value)
@example(code="123456\x00")
@example(code="１２３４５６")
@example(code="١٢٣٤٥٦")
@example(code=["123456", "654321"])
@example(code="1" * 10_000)
def test_confirming_a_session_with_a_hostile_code(
    helper_client, pending_session, fresh, code
):
    fresh()
    before = stored()

    response = post_form(
        helper_client,
        reverse("learning:helper_session_confirm", args=[pending_session.pk]),
        {"code": code},
    )

    assert refused(response), response.status_code
    pending_session.refresh_from_db()
    assert pending_session.status == AssistedSession.Status.PENDING
    assert pending_session.completion_id is None
    assert stored() == before


contacts = st.one_of(
    st.sampled_from(["learner1@example.com", "0912 345 678"]), form_value
)
kinds = st.one_of(st.sampled_from(["youth_union", "digital_team"]), form_value)
commune_codes = st.one_of(st.sampled_from(["00070", "00004"]), form_value)


@HOSTILE
@given(contact=contacts, kind=kinds, commune=commune_codes)
@example(contact="learner1@example.com\x00", kind="youth_union", commune="00070")
@example(contact="a" * 300 + "@example.com", kind="youth_union", commune="00070")
@example(contact="learner1@example.com", kind="youth_union", commune="00004")
@example(contact="learner1@example.com", kind="admin", commune="00070")
def test_granting_the_helper_role_with_hostile_input(
    admin_client_of, make_learner, fresh, contact, kind, commune
):
    fresh()
    if not Learner.objects.filter(user__email="learner1@example.com").exists():
        make_learner(full_name="Người Được Mời")
    before = stored()

    response = post_form(
        admin_client_of,
        reverse("learning:commune_helpers"),
        {"contact": contact, "kind": kind, "commune": commune},
    )

    assert_no_server_error(response)
    if refused(response):
        assert stored() == before
        return
    assert response.status_code == 302
    granted = Helper.objects.select_related("user").latest("pk")
    assert granted.commune_id == "00070"  # the only commune this admin runs
    assert granted.kind == last(kind)


@HOSTILE
@given(reason=form_value)
@example(reason="   ")
@example(reason="Gian lận\x00")
@example(reason="x" * 301)
@example(reason="Nhầm người " * 30)  # 300 characters
def test_voiding_a_session_with_a_hostile_reason(
    admin_client_of, helper, assisted_resident, course, fresh, reason
):
    fresh()
    session = AssistedSession.objects.filter(resident=assisted_resident).first()
    if session is None or session.status == AssistedSession.Status.VOIDED:
        AssistedSession.objects.filter(resident=assisted_resident).delete()
        session = assisted_session_record(
            helper=helper,
            resident=assisted_resident,
            course=course,
            lesson_ids=list(course.lessons().values_list("pk", flat=True)),
            data=wrong_answers(course),
        )
    before = stored()

    response = post_form(
        admin_client_of,
        reverse("learning:commune_session_void", args=[session.pk]),
        {"reason": reason},
    )

    assert_no_server_error(response)
    session.refresh_from_db()
    if refused(response):
        assert session.status != AssistedSession.Status.VOIDED
        assert stored() == before
        return
    assert response.status_code == 302
    assert session.status == AssistedSession.Status.VOIDED
    assert session.void_reason == last(reason).strip()
    assert len(session.void_reason) <= 300


days = st.one_of(
    st.sampled_from(["2026-11-01", "2025-01-01", "2024-12-31", "9999-12-31"]),
    huge_number,
    form_value,
)


@FEW
@given(commune=commune_codes, start=days, end=days)
@example(commune="00070", start="2026-11-01", end="2026-11-30")
@example(commune="00070\x00", start="2026-11-01", end="2026-11-30")
@example(commune="00004", start="2026-11-01", end="2026-11-30")
@example(commune="00070", start="0001-01-01", end="9999-12-31")
def test_printing_certificates_with_hostile_ranges(
    admin_client_of, fresh, commune, start, end
):
    fresh()
    params = {"commune": commune, "start": start, "end": end}
    before = stored()

    listing = admin_client_of.get(reverse("learning:commune_certificates"), params)
    pdf = post_form(
        admin_client_of, reverse("learning:commune_certificates_pdf"), params
    )

    assert_no_server_error(listing, "listing")
    assert_no_server_error(pdf, "pdf")
    assert listing.status_code in (200, 400)
    # Nobody completed a course: a valid range has no certificate to print either.
    assert refused(pdf)
    assert stored() == before
