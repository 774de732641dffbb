"""Administrators' roles in the Wagtail admin: each sees and touches only their area."""

import importlib

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from leaderboard.fairplay import flag_raise, window_start
from leaderboard.models import Campaign, Flag
from learning.models import (
    AssistedSession,
    Certificate,
    Commune,
    CommuneAdministrator,
    HelperKind,
    Province,
    ProvinceAdministrator,
    User,
)
from learning.roles import (
    COMMUNE_ADMINISTRATORS,
    PROVINCE_ADMINISTRATORS,
    ROLE_PERMISSIONS,
)
from learning.services import (
    assisted_session_record,
    certificate_issue,
    completion_record,
    helper_grant,
    resident_register,
)
from tests.conftest import PASSWORD, correct_answers

HANOI, HUE = "01", "46"
HOAN_KIEM = "00070"

PREFIX = {
    "province": "/admin/snippets/learning/province/",
    "commune": "/admin/snippets/learning/commune/",
    "communeadministrator": "/admin/snippets/learning/communeadministrator/",
    "provinceadministrator": "/admin/snippets/learning/provinceadministrator/",
    "helper": "/admin/snippets/learning/helper/",
    "assistedsession": "/admin/snippets/learning/assistedsession/",
    "certificate": "/admin/snippets/learning/certificate/",
    "campaign": "/admin/campaigns/",
    "flag": "/admin/fairplay_flags/",
}
# The pages about one object each admin registers (inspect only where enabled).
OBJECT_VIEWS = {
    "province": ["edit", "delete", "history", "usage"],
    "commune": ["edit", "delete", "history", "usage"],
    "communeadministrator": ["edit", "inspect", "delete", "history", "usage"],
    "provinceadministrator": ["edit", "inspect", "delete", "history", "usage"],
    "helper": ["edit", "inspect", "delete", "history", "usage"],
    "assistedsession": ["edit", "inspect", "delete", "history", "usage"],
    "certificate": ["edit", "inspect", "delete", "history", "usage"],
    "campaign": ["edit", "inspect", "delete", "history", "usage", "freeze", "void"],
    "flag": ["edit", "inspect", "delete", "history", "usage"],
}


def url(model: str, view: str = "", instance=None) -> str:
    path = PREFIX[model] + (f"{view}/" if view else "")
    return path + (f"{instance.pk}/" if instance else "")


def account(name: str, **extra) -> User:
    return User.objects.create_user(
        username=name, email=f"{name}@example.com", password=PASSWORD, **extra
    )


def in_english(user: User) -> User:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def listed(response) -> set:
    assert response.status_code == 200
    return {row.pk for row in response.context["object_list"]}


def refused(response) -> bool:
    """Wagtail sends someone without the permission back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def groups_of(user: User) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


@pytest.fixture
def superuser(units):
    return User.objects.create_superuser(username="root", password="!")


@pytest.fixture
def hue_commune(units) -> Commune:
    return Commune.objects.filter(province=HUE).order_by("code").first()


@pytest.fixture
def world(superuser, course, hue_commune, make_learner, make_campaign) -> dict:
    """(Hà Nội row, Huế row) of each kind, made the way the site makes them."""
    rows = {
        "province": (Province.objects.get(pk=HANOI), Province.objects.get(pk=HUE)),
        "commune": (Commune.objects.get(pk=HOAN_KIEM), hue_commune),
    }
    made = {key: [] for key in ("admins", "helpers", "sessions", "certs", "flags")}
    residents = ("Lò Thị Mai", "Hà Văn Bình")
    learners = ("Nguyễn Văn An", "Trần Thị Hoa")
    for n, commune in enumerate(rows["commune"]):
        secretary = account(f"bithu{n}")
        made["admins"].append(
            CommuneAdministrator.objects.create(user=secretary, commune=commune)
        )
        volunteer = account(f"tinhnguyen{n}")
        made["helpers"].append(
            helper_grant(
                by=secretary,
                user=volunteer,
                commune=commune,
                kind=HelperKind.YOUTH_UNION,
            )
        )
        resident = resident_register(
            helper=volunteer, full_name=residents[n], birth_year=1956
        )
        made["sessions"].append(
            assisted_session_record(
                helper=volunteer,
                resident=resident,
                course=course,
                lesson_ids=list(course.lessons().values_list("pk", flat=True)),
                data=correct_answers(course),
            )
        )
        learner = make_learner(full_name=learners[n], commune_code=commune.pk)
        completion = completion_record(learner=learner, course=course)
        made["certs"].append(certificate_issue(completion=completion))
        made["flags"].append(
            flag_raise(
                kind=Flag.Kind.HELPER_BURST,
                subject=str(volunteer.pk),
                start=window_start(moment=timezone.now()),
                count=10,
                commune_id=commune.pk,
                detail=lambda: "10 hoàn thành trong 10 phút",
                completion_ids=[completion.pk],
            )
        )
    rows["communeadministrator"] = tuple(made["admins"])
    rows["helper"] = tuple(made["helpers"])
    rows["assistedsession"] = tuple(made["sessions"])
    rows["certificate"] = tuple(made["certs"])
    rows["flag"] = tuple(made["flags"])
    rows["provinceadministrator"] = tuple(
        ProvinceAdministrator.objects.create(user=account(f"tinh{code}"), province=p)
        for code, p in zip((HANOI, HUE), rows["province"], strict=True)
    )
    rows["campaign"] = (
        make_campaign(title="Hà Nội học vụ số", province_id=HANOI),
        make_campaign(title="Huế học vụ số", province_id=HUE),
    )
    rows["national"] = make_campaign(title="Toàn quốc học vụ số")
    return rows


@pytest.fixture
def province_admin(units) -> User:
    user = account("quantri-hanoi")
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    return in_english(user)


@pytest.fixture
def province_client(client, province_admin):
    client.force_login(province_admin)
    return client


@pytest.fixture
def commune_admin(units) -> User:
    user = account("bithu-hoankiem")
    CommuneAdministrator.objects.create(user=user, commune_id=HOAN_KIEM)
    return in_english(user)


# The groups


def test_granting_a_role_joins_its_group_and_the_last_revoke_leaves_it(
    units, hue_commune
):
    user = account("can-bo")

    first = CommuneAdministrator.objects.create(user=user, commune_id=HOAN_KIEM)
    second = CommuneAdministrator.objects.create(user=user, commune=hue_commune)
    province = ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    assert groups_of(user) == {COMMUNE_ADMINISTRATORS, PROVINCE_ADMINISTRATORS}

    first.delete()
    assert groups_of(user) == {COMMUNE_ADMINISTRATORS, PROVINCE_ADMINISTRATORS}

    second.delete()
    province.delete()
    assert groups_of(user) == set()
    assert not user.has_perm("wagtailadmin.access_admin")


def test_the_groups_have_the_permissions_of_the_roles(db):
    for name, permissions in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        # Wagtail's own migrations may add choosing documents to admin groups.
        assert set(permissions) <= set(
            group.permissions.values_list("content_type__app_label", "codename")
        )
    province = {code for _app, code in ROLE_PERMISSIONS[PROVINCE_ADMINISTRATORS]}
    commune = {code for _app, code in ROLE_PERMISSIONS[COMMUNE_ADMINISTRATORS]}
    assert commune - province == {"view_phone_number"}  # they call their helpers
    assert "change_commune" in province - commune


def test_the_migration_puts_existing_administrators_in_their_groups(units, hue_commune):
    from django.apps import apps

    province = account("tinh-cu")
    commune = account("xa-cu")
    ProvinceAdministrator.objects.create(user=province, province_id=HUE)
    CommuneAdministrator.objects.create(user=commune, commune=hue_commune)
    Group.objects.filter(name__in=ROLE_PERMISSIONS).delete()  # as before the roles
    assert groups_of(province) == groups_of(commune) == set()

    migration = importlib.import_module("learning.migrations.0007_administrator_roles")
    migration.roles_setup(apps, None)
    migration.roles_setup(apps, None)  # harmless when run again

    assert groups_of(province) == {PROVINCE_ADMINISTRATORS}
    assert groups_of(commune) == {COMMUNE_ADMINISTRATORS}
    assert Group.objects.filter(name__in=ROLE_PERMISSIONS).count() == 2


# A province administrator


def test_a_province_administrator_enters_the_admin(province_client, world):
    assert province_client.get("/admin/").status_code == 200
    assert province_client.get("/admin/population/").status_code == 200


@pytest.mark.parametrize(
    "model",
    [
        "province",
        "commune",
        "communeadministrator",
        "helper",
        "assistedsession",
        "certificate",
        "flag",
    ],
)
def test_a_province_administrator_lists_only_their_province(
    province_client, world, model
):
    hanoi, hue = world[model]

    rows = listed(province_client.get(url(model)))
    results = listed(province_client.get(PREFIX[model] + "results/"))

    assert hanoi.pk in rows and hue.pk not in rows
    assert rows == results


def test_communes_listed_are_those_of_the_province(province_client, world):
    communes = Commune.objects.filter(province=HANOI)
    rows = set()
    page = 1
    while True:
        response = province_client.get(url("commune"), {"p": page})
        rows |= listed(response)
        if not response.context["page_obj"].has_next():
            break
        page += 1

    assert rows == set(communes.values_list("pk", flat=True))
    filtered = province_client.get(url("commune"), {"province": HUE})
    choices = filtered.context["filters"].form.fields["province"].queryset
    assert list(choices.values_list("pk", flat=True)) == [HANOI]
    assert listed(filtered) <= rows  # a province not offered filters nothing


def test_campaigns_listed_are_the_provinces_and_the_national_ones(
    province_client, world
):
    hanoi, hue = world["campaign"]

    rows = listed(province_client.get(url("campaign")))

    assert rows == {hanoi.pk, world["national"].pk}


def test_province_administrators_are_for_national_administrators_only(
    province_client, client, superuser, world
):
    assert refused(province_client.get(url("provinceadministrator")))
    for instance in world["provinceadministrator"]:
        for view in OBJECT_VIEWS["provinceadministrator"]:
            path = url("provinceadministrator", view, instance)
            assert province_client.get(path).status_code == 404, path

    client.force_login(superuser)
    rows = listed(client.get(url("provinceadministrator")))
    assert {p.pk for p in world["provinceadministrator"]} <= rows


@pytest.mark.parametrize(
    "model",
    [
        "province",
        "commune",
        "communeadministrator",
        "helper",
        "assistedsession",
        "certificate",
        "campaign",
        "flag",
    ],
)
def test_pages_about_an_object_of_another_province_are_not_found(
    province_client, world, model
):
    hanoi, hue = world[model]

    for view in OBJECT_VIEWS[model]:
        inside = province_client.get(url(model, view, hanoi))
        outside = province_client.get(url(model, view, hue))
        # Inside, the page is there (or refused for want of the permission).
        assert inside.status_code == 200 or refused(inside), (view, inside.status_code)
        assert outside.status_code == 404, (view, outside.status_code)


def test_nothing_outside_the_province_can_be_changed(province_client, world):
    hue_commune = world["commune"][1]
    population = hue_commune.population
    posts = [
        (url("commune", "edit", hue_commune), {"population": "1"}),
        (url("communeadministrator", "delete", world["communeadministrator"][1]), {}),
        (
            url("assistedsession", "edit", world["assistedsession"][1]),
            {"void_reason": "x"},
        ),  # noqa: E501
        (url("certificate", "edit", world["certificate"][1]), {"revoke_reason": "x"}),
        (url("flag", "edit", world["flag"][1]), {"note": "Đã xem"}),
        (url("campaign", "freeze", world["campaign"][1]), {"confirm": "on"}),
        (url("campaign", "delete", world["campaign"][1]), {}),
    ]

    for path, data in posts:
        assert province_client.post(path, data).status_code == 404, path

    hue_commune.refresh_from_db()
    assert hue_commune.population == population
    assert CommuneAdministrator.objects.filter(
        pk=world["communeadministrator"][1].pk
    ).exists()
    session = AssistedSession.objects.get(pk=world["assistedsession"][1].pk)
    assert session.status != AssistedSession.Status.VOIDED
    assert Certificate.objects.get(pk=world["certificate"][1].pk).revoked_at is None
    assert Flag.objects.get(pk=world["flag"][1].pk).reviewed_at is None
    assert Campaign.objects.get(pk=world["campaign"][1].pk).frozen_at is None


def test_inside_the_province_the_roles_work(province_client, world):
    hanoi_commune = world["commune"][0]
    session = world["assistedsession"][0]

    edited = province_client.post(
        url("commune", "edit", hanoi_commune),
        {"population": "135000", "population_year": "2025"},
    )
    voided = province_client.post(
        url("assistedsession", "edit", session), {"void_reason": "Trùng lặp"}
    )

    assert edited.status_code == 302
    hanoi_commune.refresh_from_db()
    assert hanoi_commune.population == 135000
    assert voided.status_code == 302
    session.refresh_from_db()
    assert session.status == AssistedSession.Status.VOIDED


def test_bulk_deleting_skips_administrators_of_another_province(province_client, world):
    hanoi, hue = world["communeadministrator"]
    path = "/admin/bulk/learning/communeadministrator/delete/"
    query = f"?id={hanoi.pk}&id={hue.pk}"

    page = province_client.get(path + query)
    province_client.post(path + query)

    assert page.status_code == 200
    assert hue.user.username not in page.content.decode()
    assert not CommuneAdministrator.objects.filter(pk=hanoi.pk).exists()
    assert CommuneAdministrator.objects.filter(pk=hue.pk).exists()


def test_choosers_offer_only_the_province(province_client, world):
    hanoi, hue = world["commune"]
    chooser = "/admin/snippets/choose/learning/commune/"

    listing = province_client.get(chooser, {"q": ""})
    chosen_inside = province_client.get(f"{chooser}chosen/{hanoi.pk}/")
    chosen_outside = province_client.get(f"{chooser}chosen/{hue.pk}/")
    several = province_client.get(
        f"{chooser}chosen-multiple/", {"id": [hanoi.pk, hue.pk]}
    )
    helpers = province_client.get("/admin/snippets/choose/learning/helper/")

    assert listing.status_code == 200
    assert {row.pk for row in listing.context["results"]} <= set(
        Commune.objects.filter(province=HANOI).values_list("pk", flat=True)
    )
    assert chosen_inside.status_code == 200
    assert chosen_outside.status_code == 404
    assert [item["id"] for item in several.json()["result"]] == [hanoi.pk]
    assert {row.pk for row in helpers.context["results"]} == {world["helper"][0].pk}


def test_session_filters_offer_only_the_province(province_client, world):
    response = province_client.get(url("assistedsession"))

    form = response.context["filters"].form
    communes = set(form.fields["commune"].queryset.values_list("pk", flat=True))
    helpers = set(form.fields["helper"].queryset.values_list("pk", flat=True))
    assert communes == {HOAN_KIEM}
    assert helpers == {world["helper"][0].user_id}


# Granting commune administrators


def test_a_province_administrator_grants_only_communes_of_their_province(
    province_client, hue_commune
):
    user = account("bithu-moi", phone="+84912345679")
    path = url("communeadministrator", "add")

    outside = province_client.post(
        path, {"contact": "0912 345 679", "commune": hue_commune.pk}
    )
    unknown = province_client.post(path, {"contact": "0912 345 679", "commune": "x"})

    for response in (outside, unknown):
        assert response.status_code == 200  # the form again, with its error
        with translation.override("en"):  # the administrator's language
            shown = [str(error) for error in response.context["form"].errors["commune"]]
        assert shown == ["Choose a commune in the area you administer."]
    assert not CommuneAdministrator.objects.filter(user=user).exists()
    assert groups_of(user) == set()

    granted = province_client.post(
        path, {"contact": "0912 345 679", "commune": HOAN_KIEM}
    )

    assert granted.status_code == 302
    assert list(
        CommuneAdministrator.objects.filter(user=user).values_list("commune")
    ) == [(HOAN_KIEM,)]
    assert groups_of(user) == {COMMUNE_ADMINISTRATORS}


def test_the_granted_commune_administrator_sees_only_their_commune(
    client, commune_admin, world
):
    client.force_login(commune_admin)

    for model in (
        "commune",
        "communeadministrator",
        "helper",
        "assistedsession",
        "certificate",
        "flag",
    ):
        hanoi, hue = world[model]
        rows = listed(client.get(url(model)))
        assert hanoi.pk in rows and hue.pk not in rows, model
    assert listed(client.get(url("commune"))) == {HOAN_KIEM}
    campaigns = listed(client.get(url("campaign")))
    assert campaigns == {world["campaign"][0].pk, world["national"].pk}
    # Read-only: no province list, no granting, no edits.
    assert refused(client.get(url("province")))
    assert refused(client.get(url("communeadministrator", "add")))
    assert refused(client.get(url("commune", "edit", world["commune"][0])))
    assert client.get(url("commune", "edit", world["commune"][1])).status_code == 404
    assert refused(client.get(url("campaign", "new")))


def test_someone_without_a_role_cannot_enter(client, world):
    client.force_login(account("dan-thuong"))

    assert client.get("/admin/").status_code == 302  # to the admin's sign-in
    assert client.get(url("commune")).status_code == 302
