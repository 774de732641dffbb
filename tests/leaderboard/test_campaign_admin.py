"""Campaigns in the Wagtail admin: create, edit, freeze, void; and the cron command."""

from datetime import timedelta

import pytest
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from leaderboard.models import Campaign, CampaignStanding, CampaignVoid
from learning.services import completion_record

Status = Campaign.Status


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _standing(campaign, commune="00070") -> tuple[int, int, int]:
    standing = CampaignStanding.objects.filter(
        campaign=campaign, commune_id=commune
    ).first()
    if standing is None:
        return (0, 0, 0)
    return (standing.completions, standing.learners, standing.assisted)


def _logs(action: str):
    return ModelLogEntry.objects.filter(action=action)


@pytest.fixture
def superuser(units):
    return get_user_model().objects.create_superuser(
        username="admin", email="admin@example.com", password="x-Admin-2025!"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def record(django_capture_on_commit_callbacks):
    def run(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return completion_record(**kwargs)

    return run


@pytest.fixture
def post(admin_client, django_capture_on_commit_callbacks):
    """POST as the administrator, running what waits for the commit."""

    def run(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return admin_client.post(url, data)

    return run


def _form(**overrides) -> dict:
    now = timezone.now()
    data = {
        "title": "Tháng cao điểm VNeID",
        "description": "",
        "starts_at": _local(now - timedelta(days=1)),
        "ends_at": _local(now + timedelta(days=30)),
        "province": "",
        "all_courses": "on",
        "metric": Campaign.Metric.COMPLETIONS,
        "division_limits": "20000, 40000",
        "status": Status.RUNNING,
        "public": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _edit_form(campaign, **overrides) -> dict:
    current = {
        "title": campaign.title,
        "starts_at": _local(campaign.starts_at),
        "ends_at": _local(campaign.ends_at),
        "status": campaign.status,
    }
    return _form(**{**current, **overrides})


def test_the_list_shows_campaigns_and_filters_them_by_status(
    admin_client, make_campaign
):
    make_campaign(title="Chiến dịch đang chạy")
    make_campaign(title="Chiến dịch nháp", status=Status.DRAFT)

    everything = admin_client.get(reverse("campaigns:index"))
    drafts = admin_client.get(reverse("campaigns:index"), {"status": Status.DRAFT})

    assert everything.status_code == 200
    assert "Chiến dịch đang chạy" in everything.content.decode()
    assert "Chiến dịch nháp" in drafts.content.decode()
    assert "Chiến dịch đang chạy" not in drafts.content.decode()


def test_creating_a_campaign_counts_completions_already_in_its_window(
    post, admin_client, course, make_learner, record
):
    record(learner=make_learner(), course=course)

    response = post(reverse("campaigns:add"), _form(province="01"))

    assert response.status_code == 302
    campaign = Campaign.objects.get()
    assert (campaign.province_id, campaign.status) == ("01", Status.RUNNING)
    assert _standing(campaign) == (1, 1, 0)
    assert _logs("wagtail.create").filter(object_id=str(campaign.pk)).exists()
    assert (
        admin_client.get(reverse("campaigns:edit", args=[campaign.pk])).status_code
        == 200
    )


def test_chosen_courses_are_saved(post, course):
    response = post(
        reverse("campaigns:add"), _form(all_courses=None, courses=[course.pk])
    )

    assert response.status_code == 302
    assert list(Campaign.objects.get().courses.all()) == [course]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        (
            {
                "starts_at": _local(timezone.now()),
                "ends_at": _local(timezone.now() - timedelta(days=1)),
            },
            "ends_at",
        ),
        ({"all_courses": None}, "courses"),
        ({"division_limits": "40000, 20000"}, "division_limits"),
        ({"division_limits": "abc"}, "division_limits"),
        ({"status": Status.FROZEN}, "status"),
    ],
    ids=["end-before-start", "no-courses", "falling-limits", "not-numbers", "frozen"],
)
def test_bad_campaigns_are_refused_with_the_field_error(post, units, overrides, field):
    response = post(reverse("campaigns:add"), _form(**overrides))

    assert response.status_code == 200  # the form comes back with its errors
    assert response.context["form"].errors[field]
    assert not Campaign.objects.exists()


def test_narrowing_the_window_recounts_the_standings(
    post, campaign, course, make_learner, record
):
    record(learner=make_learner(), course=course)
    assert _standing(campaign) == (1, 1, 0)

    later = timezone.now() + timedelta(hours=1)
    response = post(
        reverse("campaigns:edit", args=[campaign.pk]),
        _edit_form(campaign, starts_at=_local(later)),
    )

    assert response.status_code == 302
    assert _standing(campaign) == (0, 0, 0)
    assert _logs("wagtail.edit").filter(object_id=str(campaign.pk)).exists()


def test_a_frozen_campaign_cannot_be_edited(admin_client, post, make_campaign):
    campaign = make_campaign(
        starts_at=timezone.now() - timedelta(days=10),
        ends_at=timezone.now() - timedelta(days=3),
        status=Status.FROZEN,
        frozen_at=timezone.now() - timedelta(days=1),
    )

    page = admin_client.get(reverse("campaigns:edit", args=[campaign.pk]))
    response = post(
        reverse("campaigns:edit", args=[campaign.pk]),
        _edit_form(campaign, title="Đổi tên", status=Status.ENDED),
    )

    assert [m.level for m in page.context["messages"]] == [messages.WARNING]
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    campaign.refresh_from_db()
    assert (campaign.title, campaign.status) != ("Đổi tên", Status.ENDED)
    assert campaign.status == Status.FROZEN


def test_freezing_before_the_end_is_refused(post, campaign):
    response = post(reverse("campaigns:freeze", args=[campaign.pk]), {"confirm": "on"})

    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    campaign.refresh_from_db()
    assert (campaign.status, campaign.frozen_at) == (Status.RUNNING, None)
    assert not _logs("leaderboard.campaign_freeze").exists()


def test_freezing_asks_for_confirmation(admin_client, post, make_campaign):
    campaign = make_campaign(ends_at=timezone.now() - timedelta(hours=1))

    page = admin_client.get(reverse("campaigns:freeze", args=[campaign.pk]))
    unconfirmed = post(reverse("campaigns:freeze", args=[campaign.pk]), {})

    assert page.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    assert unconfirmed.status_code == 400
    assert Campaign.objects.get(pk=campaign.pk).status == Status.RUNNING


def test_freezing_after_the_end_freezes_and_is_logged(post, superuser, make_campaign):
    campaign = make_campaign(
        ends_at=timezone.now() - timedelta(hours=1), status=Status.ENDED
    )

    response = post(reverse("campaigns:freeze", args=[campaign.pk]), {"confirm": "on"})

    assert response.status_code == 302
    campaign.refresh_from_db()
    assert campaign.status == Status.FROZEN
    assert campaign.frozen_at is not None
    [entry] = _logs("leaderboard.campaign_freeze")
    assert (entry.object_id, entry.user_id) == (str(campaign.pk), superuser.pk)


def test_voiding_in_the_admin_updates_the_standings_at_once_and_is_logged(
    post, superuser, campaign, course, make_learner, record
):
    completion = record(learner=make_learner(), course=course)
    record(learner=make_learner(), course=course)

    response = post(
        reverse("campaigns:void", args=[campaign.pk]),
        {"completion": completion.pk, "reason": "Cùng một máy, 40 tài khoản"},
    )

    assert response.status_code == 302
    assert _standing(campaign) == (1, 1, 0)
    void = CampaignVoid.objects.get()
    assert (void.completion, void.voided_by) == (completion, superuser)
    [entry] = _logs("leaderboard.completion_void")
    assert entry.data["completion"] == completion.pk


@pytest.mark.parametrize(
    "case", ["unknown", "no-reason", "blank-reason", "outside", "frozen", "twice"]
)
def test_bad_void_input_stores_nothing(
    post, make_campaign, course, make_learner, record, case
):
    campaign = make_campaign(province_id="01")
    completion = record(learner=make_learner(), course=course)
    data = {"completion": completion.pk, "reason": "Gian lận"}
    if case == "unknown":
        data["completion"] = completion.pk + 1000
    elif case == "no-reason":
        del data["reason"]
    elif case == "blank-reason":
        data["reason"] = "   "
    elif case == "outside":
        data["completion"] = record(
            learner=make_learner(commune_code="26506"), course=course
        ).pk
    elif case == "frozen":
        Campaign.objects.filter(pk=campaign.pk).update(status=Status.FROZEN)
    elif case == "twice":
        post(reverse("campaigns:void", args=[campaign.pk]), data)
    before = (CampaignVoid.objects.count(), _standing(campaign))
    logs = _logs("leaderboard.completion_void").count()

    response = post(reverse("campaigns:void", args=[campaign.pk]), data)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert (CampaignVoid.objects.count(), _standing(campaign)) == before
    assert _logs("leaderboard.completion_void").count() == logs


def test_only_administrators_reach_the_campaign_actions(client, make_learner, campaign):
    client.force_login(make_learner().user)

    for name in ("freeze", "void"):
        response = client.post(reverse(f"campaigns:{name}", args=[campaign.pk]), {})
        assert response.status_code in (302, 403)
    assert Campaign.objects.get(pk=campaign.pk).status == Status.RUNNING


def test_the_cron_command_ends_and_freezes_campaigns_when_due(make_campaign):
    now = timezone.now()
    old = make_campaign(
        starts_at=now - timedelta(days=9), ends_at=now - timedelta(days=3)
    )
    recent = make_campaign(
        starts_at=now - timedelta(days=9), ends_at=now - timedelta(hours=2)
    )
    live = make_campaign()
    draft = make_campaign(
        starts_at=now - timedelta(days=9),
        ends_at=now - timedelta(days=3),
        status=Status.DRAFT,
    )

    call_command("campaigns_freeze", "--hours", "48")

    statuses = dict(Campaign.objects.values_list("pk", "status"))
    assert statuses == {
        old.pk: Status.FROZEN,
        recent.pk: Status.ENDED,
        live.pk: Status.RUNNING,
        draft.pk: Status.DRAFT,
    }
    [entry] = _logs("leaderboard.campaign_freeze")
    assert (entry.object_id, entry.user_id) == (str(old.pk), None)
