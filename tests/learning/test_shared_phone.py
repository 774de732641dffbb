"""A phone shared by a family (learning.views.shared_phone): each person joins it with
a PIN of their own, switches with it, and keeps their own progress."""

import pytest
from django.test import Client

from learning.models import LessonProgress, PhoneProfile
from learning.views.shared_phone import COOKIE

PEOPLE = "/learn/phone/"


def join(phone: Client, user, pin="2468", again=None):
    phone.force_login(user)
    return phone.post(
        "/learn/phone/join/", {"pin": pin, "pin_again": again if again else pin}
    )


def switch(phone: Client, profile: PhoneProfile, pin: str):
    return phone.post(f"/learn/phone/{profile.pk}/", {"pin": pin})


def whoami(phone: Client):
    return phone.get("/learn/offline/sync/").json().get("user")


@pytest.fixture
def family(make_learner):
    mother = make_learner(full_name="Hoàng Thị Mai")
    son = make_learner(full_name="Hoàng Văn Nam")
    phone = Client()
    assert join(phone, mother.user, "1357").status_code == 302
    assert join(phone, son.user, "2468").status_code == 302
    return phone, mother, son


def profile_of(learner) -> PhoneProfile:
    return PhoneProfile.objects.get(user=learner.user)


def test_each_person_switches_with_their_own_pin_and_keeps_their_progress(
    family, course
):
    phone, mother, son = family
    page = phone.get(PEOPLE).content.decode()
    assert "Hoàng Thị Mai" in page and "Hoàng Văn Nam" in page
    assert "1357" not in page and "2468" not in page

    # The son, signed in last, finishes a lesson.
    lesson = course.lessons().first()
    phone.get(lesson.url)
    phone.post(f"/learn/lessons/{lesson.pk}/finish/")

    # The mother takes the phone: her PIN, her learning, none of his.
    answer = switch(phone, profile_of(mother), "1357")
    assert answer.status_code == 302 and answer["Location"] == "/learn/"
    assert whoami(phone) == mother.user.pk
    assert not LessonProgress.objects.filter(learner=mother).exists()
    assert LessonProgress.objects.filter(learner=son, finished_at__isnull=False)
    dashboard = phone.get("/learn/").content.decode()
    assert "Hoàng Thị Mai" in dashboard or mother.full_name.split()[-1] in dashboard

    # And back to him.
    assert switch(phone, profile_of(son), "2468").status_code == 302
    assert whoami(phone) == son.user.pk


def test_a_wrong_pin_keeps_the_phone_as_it_was_and_five_lock_the_profile(family):
    phone, mother, son = family
    for left in (4, 3, 2, 1):
        answer = switch(phone, profile_of(mother), "0000")
        assert answer.status_code == 400
        assert f"{left} " in answer.content.decode()
        assert whoami(phone) == son.user.pk
    locked = switch(phone, profile_of(mother), "0000")
    assert "15" in locked.content.decode()
    # Even the right PIN waits now.
    still = switch(phone, profile_of(mother), "1357")
    assert still.status_code == 400
    assert whoami(phone) == son.user.pk


def test_a_pin_opens_a_profile_only_on_its_own_phone(family):
    _phone, mother, _son = family
    other_phone = Client()
    assert switch(other_phone, profile_of(mother), "1357").status_code == 404
    forged = Client()
    forged.cookies[COOKIE] = profile_of(mother).device  # unsigned
    assert switch(forged, profile_of(mother), "1357").status_code == 404
    assert whoami(other_phone) is None


@pytest.mark.parametrize(
    "pin, again",
    [
        ("12", "12"),
        ("1234567", "1234567"),
        ("12a4", "12a4"),
        ("1234", "4321"),
        ("", ""),
    ],
    ids=["short", "long", "letters", "differ", "empty"],
)
def test_a_bad_new_pin_is_refused_and_nothing_stored(make_learner, pin, again):
    learner = make_learner()
    phone = Client()
    answer = join(phone, learner.user, pin, again or pin)
    assert answer.status_code == 400
    assert 'role="alert"' in answer.content.decode()
    assert not PhoneProfile.objects.exists()
    assert COOKIE not in answer.cookies


@pytest.mark.parametrize("pin", ["", "abcd", "1" * 7, "١٢٣٤", "12\x0034"])
def test_a_malformed_pin_to_switch_is_refused_and_counts_nothing(family, pin):
    phone, mother, son = family
    answer = switch(phone, profile_of(mother), pin)
    assert answer.status_code == 400
    assert profile_of(mother).wrong_pins == 0
    assert whoami(phone) == son.user.pk


def test_joining_and_leaving_need_a_signed_in_person(family):
    phone, mother, son = family
    anonymous = Client()
    assert anonymous.post("/learn/phone/join/", {"pin": "1111"}).status_code == 302
    assert phone.post("/learn/phone/leave/").status_code == 302
    assert not PhoneProfile.objects.filter(user=son.user).exists()
    assert PhoneProfile.objects.filter(user=mother.user).exists()
    # Joining again gives a new PIN on the same phone, not a second profile.
    assert join(phone, mother.user, "9753").status_code == 302
    assert PhoneProfile.objects.filter(user=mother.user).count() == 1
    assert switch(phone, profile_of(mother), "9753").status_code == 302
