"""Administrators' scopes, and role changes in the audit log."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from learning.models import (
    Commune,
    CommuneAdministrator,
    Completion,
    ProvinceAdministrator,
    User,
)
from learning.scopes import Scope, scope_for

HANOI, HUE = "01", "46"
HOAN_KIEM = "00070"


def account(name: str, **extra) -> User:
    return User.objects.create_user(username=name, password="!", **extra)


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser(username="root", password="!")


@pytest.fixture
def completions(units, course, make_learner):
    """One completion in Hoàn Kiếm, one elsewhere in Hà Nội, one in Huế."""
    elsewhere = Commune.objects.filter(province=HANOI).exclude(pk=HOAN_KIEM).first()
    hue = Commune.objects.filter(province=HUE).first()
    for code in (HOAN_KIEM, elsewhere.pk, hue.pk):
        learner = make_learner(commune_code=code)
        Completion.objects.create(learner=learner, course=course, commune_id=code)
    return {"hanoi": elsewhere.pk, "hue": hue.pk}


def communes_seen(scope: Scope) -> set[str]:
    return set(
        scope.filter(Completion.objects.all()).values_list("commune_id", flat=True)
    )


# Scope


def test_superusers_and_national_administrators_see_the_whole_country(
    superuser, completions
):
    national = account("quoc-gia")
    group = Group.objects.create(name="Quản trị quốc gia")
    group.permissions.add(Permission.objects.get(codename="administer_country"))
    national.groups.add(group)

    for user in (superuser, User.objects.get(pk=national.pk)):
        scope = scope_for(user=user)
        assert scope.national
        assert communes_seen(scope) == {
            HOAN_KIEM,
            completions["hanoi"],
            completions["hue"],
        }


def test_a_province_administrator_sees_only_their_province(units, completions):
    user = account("tinh")
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)

    scope = scope_for(user=user)

    assert scope == Scope(provinces=frozenset({HANOI}))
    assert communes_seen(scope) == {HOAN_KIEM, completions["hanoi"]}
    in_scope = scope.filter(Commune.objects.all(), commune="")
    assert set(in_scope.values_list("province", flat=True)) == {HANOI}
    assert scope.includes(Commune.objects.get(pk=HOAN_KIEM))
    assert not scope.includes(Commune.objects.get(pk=completions["hue"]))


def test_a_commune_administrator_sees_only_their_commune(units, completions):
    user = account("bithu")
    CommuneAdministrator.objects.create(user=user, commune_id=HOAN_KIEM)

    scope = scope_for(user=user)

    assert scope == Scope(communes=frozenset({HOAN_KIEM}))
    assert communes_seen(scope) == {HOAN_KIEM}
    assert list(
        scope.filter(Commune.objects.all(), commune="").values_list("pk", flat=True)
    ) == [HOAN_KIEM]


def test_anyone_else_sees_nothing(units, completions):
    from django.contrib.auth.models import AnonymousUser

    inactive = account("nghi", is_active=False)
    ProvinceAdministrator.objects.create(user=inactive, province_id=HANOI)
    editor = account("bien-tap", is_staff=True)

    for user in (AnonymousUser(), inactive, editor, account("dan")):
        scope = scope_for(user=user)
        assert scope.empty
        assert communes_seen(scope) == set()


# Audit


def test_granting_and_taking_away_administrator_roles_is_logged(units):
    user = account("tinh")

    province = ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    commune = CommuneAdministrator.objects.create(user=user, commune_id=HOAN_KIEM)
    province.delete()

    entries = list(
        ModelLogEntry.objects.filter(action__startswith="learning.role_")
        .order_by("pk")
        .values_list("action", "data")
    )
    assert entries == [
        ("learning.role_grant", {"role": "province", "user": user.pk, "place": HANOI}),
        (
            "learning.role_grant",
            {"role": "commune", "user": user.pk, "place": HOAN_KIEM},
        ),
        ("learning.role_revoke", {"role": "province", "user": user.pk, "place": HANOI}),
    ]
    assert commune.pk is not None


def test_group_changes_are_logged_from_either_side(db):
    editor, reviewer = (Group.objects.create(name=n) for n in ("Biên tập", "Duyệt"))
    user = account("nhan-vien")

    user.groups.add(editor, reviewer)
    user.groups.remove(reviewer)
    reviewer.user_set.add(user)
    user.groups.clear()

    changes = list(
        ModelLogEntry.objects.filter(action="learning.group_change")
        .order_by("pk")
        .values_list("data", flat=True)
    )
    assert changes == [
        {"added": ["Biên tập", "Duyệt"], "removed": []},
        {"added": [], "removed": ["Duyệt"]},
        {"added": ["Duyệt"], "removed": []},
        {"added": [], "removed": ["Biên tập", "Duyệt"]},
    ]


def test_the_admin_grants_a_province_administrator_and_logs_who_did(
    client, superuser, units
):
    user = account("tinh", phone="+84912345678")
    client.force_login(superuser)
    url = "/admin/snippets/learning/provinceadministrator/add/"

    unknown = client.post(url, {"contact": "0999 999 999", "province": HANOI})
    no_province = client.post(url, {"contact": "0912 345 678", "province": "99"})
    granted = client.post(url, {"contact": "0912 345 678", "province": HANOI})
    twice = client.post(url, {"contact": "0912 345 678", "province": HANOI})

    assert unknown.status_code == 200
    assert "Chưa có tài khoản nào dùng số điện thoại" in unknown.content.decode()
    assert no_province.status_code == 200
    assert granted.status_code == 302
    assert twice.status_code == 200
    assert "đã được giao quyền quản trị nơi này" in twice.content.decode()
    assert list(ProvinceAdministrator.objects.values_list("user", "province")) == [
        (user.pk, HANOI)
    ]
    entry = ModelLogEntry.objects.get(action="learning.role_grant")
    assert entry.user_id == superuser.pk
    history = client.get("/admin/reports/site-history/?action=learning.role_grant")
    assert history.status_code == 200
    assert "Đã cấp vai trò quản trị" in history.content.decode()


def test_role_log_entries_read_in_english_for_english_admins(client, superuser, units):
    ProvinceAdministrator.objects.create(user=account("tinh"), province_id=HANOI)
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(superuser)

    history = client.get("/admin/reports/site-history/?action=learning.role_grant")

    assert "Administrator role granted" in history.content.decode()
