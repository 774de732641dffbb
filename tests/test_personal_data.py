"""Personal data: public pages show a learner's name only when they chose to, and
never a phone number or email; phone numbers are masked for whoever has no need to
call them (learning.phones.phone_for)."""

from __future__ import annotations

import pytest

from learning.models import Commune, CommuneAdministrator, ProvinceAdministrator, User
from learning.services import completion_record, helper_grant, resident_register
from tests.conftest import PASSWORD
from tests.reports.test_permission_matrix import national_administrators

HOAN_KIEM = "00070"
FULL, MASKED = "0912 345 678", "0912 ••• 678"


def with_phone(user: User, phone: str) -> User:
    user.phone = phone
    user.save(update_fields=["phone"])
    return user


@pytest.fixture
def learners(make_learner, course, campaign, django_capture_on_commit_callbacks):
    """Two residents of Hoàn Kiếm who completed the course in the campaign: one
    chose to show their name on the boards, one did not."""
    shown = make_learner(full_name="Hiện Tên Công Khai")
    shown.show_on_boards = True
    shown.save(update_fields=["show_on_boards"])
    hidden = make_learner(full_name="Ẩn Danh Riêng Tư")
    with_phone(shown.user, "+84912000111")
    with_phone(hidden.user, "+84912000222")
    with django_capture_on_commit_callbacks(execute=True):
        for learner in (shown, hidden):
            completion_record(learner=learner, course=course)
    return shown, hidden


def test_public_pages_show_only_names_learners_chose_to_show(
    client, learners, campaign
):
    shown, hidden = learners
    pages = {
        url: client.get(url).content.decode()
        for url in (
            "/",
            "/leaderboard/",
            "/leaderboard/province/01/",
            f"/leaderboard/commune/{HOAN_KIEM}/",
            f"/leaderboard/campaigns/{campaign.pk}/results/",
            "/api/v2/pages/",
        )
    }
    private = [
        hidden.full_name,
        *(learner.user.email for learner in learners),
        *(learner.user.phone for learner in learners),
        "0912 000 111",
        "0912 000 222",
    ]

    assert {url: [p for p in private if p in html] for url, html in pages.items()} == {
        url: [] for url in pages
    }
    assert shown.full_name in pages[f"/leaderboard/commune/{HOAN_KIEM}/"]


@pytest.fixture
def people(units, hoan_kiem) -> dict[str, User]:
    def account(name: str, phone: str = "") -> User:
        return with_phone(
            User.objects.create_user(username=name, password=PASSWORD), phone or None
        )

    secretary = account("bi-thu", "+84987654321")
    CommuneAdministrator.objects.create(user=secretary, commune=hoan_kiem)
    helper = account("tinh-nguyen", "+84912345678")
    helper.first_name = "Lê Thị Vân"
    helper.save()
    helper_grant(by=secretary, user=helper, commune=hoan_kiem, kind="youth_union")
    province = account("tinh")
    ProvinceAdministrator.objects.create(user=province, province_id="01")
    national = account("quoc-gia")
    national.groups.add(national_administrators())
    return {
        "commune": secretary,
        "province": province,
        "national": national,
        "superuser": User.objects.create_superuser(username="root", password="!"),
        "helper": helper,
    }


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("commune", FULL),
        ("superuser", FULL),
        ("province", MASKED),
        ("national", MASKED),
    ],
)
def test_admin_lists_mask_phones_for_roles_that_do_not_call_people(
    client, people, role, expected
):
    client.force_login(people[role])
    html = client.get("/admin/snippets/learning/helper/").content.decode()

    assert f"Lê Thị Vân · {expected}" in html
    assert 'href="/admin/snippets/learning/helper/' in html  # the row still links
    if expected == MASKED:
        assert FULL not in html and "+84912345678" not in html


def test_a_commune_administrator_sees_the_phones_of_their_helpers(client, people):
    client.force_login(people["commune"])

    assert FULL in client.get("/learn/commune/helpers/").content.decode()


def test_a_helper_sees_a_residents_phone_masked(client, people):
    resident = resident_register(
        helper=people["helper"],
        full_name="Hà Văn Bình",
        birth_year=1962,
        phone="0913 222 333",
    )
    client.force_login(people["helper"])
    html = client.get(f"/learn/helper/residents/{resident.pk}/").content.decode()

    assert "0913 ••• 333" in html
    assert "0913 222 333" not in html
    assert Commune.objects.get(code=HOAN_KIEM).name in html
