"""Campaigns in the admin: each edit's audit entry says what changed, and province
administrators run only their own province's campaigns."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from leaderboard.models import Campaign
from learning.models import ProvinceAdministrator, User

Status = Campaign.Status
HANOI, HUE = "01", "46"


def _minute(moment):
    """Times as the form sends them, to the minute."""
    return moment.replace(second=0, microsecond=0)


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _form(campaign: Campaign, **overrides) -> dict:
    """The edit form as the admin sends it back, with `overrides`."""
    data = {
        "title": campaign.title,
        "description": campaign.description,
        "starts_at": _local(campaign.starts_at),
        "ends_at": _local(campaign.ends_at),
        "province": campaign.province_id or "",
        "all_courses": "on" if campaign.all_courses else None,
        "courses": [c.pk for c in campaign.courses.all()],
        "metric": campaign.metric,
        "division_limits": campaign.division_limits,
        "status": campaign.status,
        "public": "on" if campaign.public else None,
        **overrides,
    }
    return {key: value for key, value in data.items() if value is not None}


def _edits(campaign: Campaign):
    return ModelLogEntry.objects.filter(
        action="wagtail.edit", object_id=str(campaign.pk)
    )


@pytest.fixture
def superuser(units):
    return User.objects.create_superuser(username="root", password="!")


@pytest.fixture
def province_admin(units) -> User:
    user = User.objects.create_user(username="quantri-hanoi", password="!")
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def as_user(client, django_capture_on_commit_callbacks):
    """Sign `user` in and POST, running what waits for the commit."""

    def post(user, url, data):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def errors(response, field: str) -> list[str]:
    """A field's errors, in the administrator's language (English here)."""
    with translation.override("en"):
        return [str(error) for error in response.context["form"].errors[field]]


@pytest.fixture
def make_at_minute(make_campaign):
    """A campaign whose times the form sends back unchanged."""

    def make(**fields):
        now = _minute(timezone.now())
        window = {
            "starts_at": now - timedelta(days=1),
            "ends_at": now + timedelta(days=30),
        }
        return make_campaign(**{**window, **fields})

    return make


@pytest.fixture
def campaign(make_at_minute) -> Campaign:
    return make_at_minute(title="Tháng cao điểm VNeID")


# The audit log


def test_an_edit_is_logged_with_each_changed_field_old_and_new(
    as_user, superuser, campaign
):
    old_end = campaign.ends_at
    new_end = old_end + timedelta(days=7)

    response = as_user(
        superuser,
        reverse("campaigns:edit", args=[campaign.pk]),
        _form(
            campaign,
            title="Tháng cao điểm VNeID (gia hạn)",
            ends_at=_local(new_end),
            province=HANOI,
        ),
    )

    assert response.status_code == 302
    [entry] = _edits(campaign)
    assert entry.user_id == superuser.pk
    assert entry.content_changed
    assert entry.data == {
        "changes": {
            "title": {
                "old": "Tháng cao điểm VNeID",
                "new": "Tháng cao điểm VNeID (gia hạn)",
            },
            "ends_at": {
                "old": timezone.localtime(old_end).isoformat(),
                "new": timezone.localtime(new_end).isoformat(),
            },
            "province": {"old": None, "new": HANOI},
        }
    }


def test_choosing_courses_logs_them_by_page(as_user, superuser, campaign, course):
    response = as_user(
        superuser,
        reverse("campaigns:edit", args=[campaign.pk]),
        _form(campaign, all_courses=None, courses=[course.pk]),
    )

    assert response.status_code == 302
    [entry] = _edits(campaign)
    assert entry.data["changes"] == {
        "all_courses": {"old": True, "new": False},
        "courses": {"old": [], "new": [course.pk]},
    }


def test_saving_unchanged_logs_an_edit_with_no_changes(as_user, superuser, campaign):
    response = as_user(
        superuser, reverse("campaigns:edit", args=[campaign.pk]), _form(campaign)
    )

    assert response.status_code == 302
    [entry] = _edits(campaign)
    assert entry.data == {"changes": {}}
    assert not entry.content_changed


def test_a_refused_edit_changes_nothing_and_logs_nothing(as_user, superuser, campaign):
    before = Campaign.objects.filter(pk=campaign.pk).values().get()

    response = as_user(
        superuser,
        reverse("campaigns:edit", args=[campaign.pk]),
        _form(campaign, title="", ends_at=_local(campaign.starts_at)),
    )

    assert response.status_code == 200  # the form comes back with its errors
    assert set(response.context["form"].errors) == {"title", "ends_at"}
    assert Campaign.objects.filter(pk=campaign.pk).values().get() == before
    assert not _edits(campaign).exists()


def test_freezing_is_logged_with_who_froze(as_user, province_admin, make_campaign):
    ended = make_campaign(
        province_id=HANOI,
        ends_at=timezone.now() - timedelta(hours=1),
        status=Status.ENDED,
    )

    response = as_user(
        province_admin,
        reverse("campaigns:freeze", args=[ended.pk]),
        {"confirm": "on"},
    )

    assert response.status_code == 302
    [entry] = ModelLogEntry.objects.filter(action="leaderboard.campaign_freeze")
    assert (entry.object_id, entry.user_id) == (str(ended.pk), province_admin.pk)


# A province administrator's campaigns


def test_a_province_administrator_edits_their_provinces_campaign(
    as_user, province_admin, make_at_minute
):
    mine = make_at_minute(title="Hà Nội học vụ số", province_id=HANOI)

    response = as_user(
        province_admin,
        reverse("campaigns:edit", args=[mine.pk]),
        _form(mine, title="Hà Nội học vụ số 2025"),
    )

    assert response.status_code == 302
    [entry] = _edits(mine)
    assert entry.user_id == province_admin.pk
    assert entry.data["changes"] == {
        "title": {"old": "Hà Nội học vụ số", "new": "Hà Nội học vụ số 2025"}
    }


def test_national_campaigns_are_read_only_to_a_province_administrator(
    client, as_user, province_admin, campaign
):
    client.force_login(province_admin)

    inspect = client.get(reverse("campaigns:inspect", args=[campaign.pk]))
    listing = client.get(reverse("campaigns:index"))
    edit = as_user(
        province_admin,
        reverse("campaigns:edit", args=[campaign.pk]),
        _form(campaign, title="Đổi tên"),
    )

    assert inspect.status_code == 200
    assert listing.status_code == 200
    assert reverse("campaigns:edit", args=[campaign.pk]) not in (
        listing.content.decode()
    )
    assert reverse("campaigns:inspect", args=[campaign.pk]) in listing.content.decode()
    assert edit.status_code == 404
    assert Campaign.objects.get(pk=campaign.pk).title == campaign.title
    assert not _edits(campaign).exists()


@pytest.mark.parametrize(
    ("province", "message"),
    [
        (
            "",
            "Choose your province: national campaigns are run by national "
            "administrators.",
        ),
        (HUE, "Choose a province in the area you administer."),
        ("99", "Choose a province in the area you administer."),
    ],
    ids=["national", "another-province", "no-such-province"],
)
def test_a_province_administrator_creates_campaigns_only_in_their_province(
    as_user, province_admin, campaign, province, message
):
    data = _form(campaign, title="Chiến dịch mới", province=province)

    refused = as_user(province_admin, reverse("campaigns:add"), data)

    assert refused.status_code == 200  # the form comes back with its error
    assert errors(refused, "province") == [message]
    assert not Campaign.objects.filter(title="Chiến dịch mới").exists()

    created = as_user(
        province_admin, reverse("campaigns:add"), {**data, "province": HANOI}
    )

    assert created.status_code == 302
    assert Campaign.objects.get(title="Chiến dịch mới").province_id == HANOI


def test_a_province_administrator_cannot_move_a_campaign_to_another_province(
    as_user, province_admin, make_campaign
):
    mine = make_campaign(title="Hà Nội học vụ số", province_id=HANOI)

    response = as_user(
        province_admin,
        reverse("campaigns:edit", args=[mine.pk]),
        _form(mine, province=HUE),
    )

    assert response.status_code == 200
    assert errors(response, "province") == [
        "Choose a province in the area you administer."
    ]
    assert Campaign.objects.get(pk=mine.pk).province_id == HANOI
    assert not _edits(mine).exists()
