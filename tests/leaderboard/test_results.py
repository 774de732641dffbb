"""A campaign's results page and the merit certificates of its winners."""

import io
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from leaderboard.models import Campaign
from leaderboard.services.campaigns import campaign_freeze, campaign_winners
from leaderboard.views_results import division_label
from learning.models import Commune, HelperKind
from learning.services import completion_record

Status = Campaign.Status
POPULATIONS = {"00070": 15_000, "00073": 12_000, "00004": 30_000, "00008": 50_000}


@pytest.fixture
def record(django_capture_on_commit_callbacks):
    def run(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return completion_record(**kwargs)

    return run


@pytest.fixture
def played(units, course, make_learner, record):
    """Hoàn Kiếm 2, Cửa Nam 1 (helped by the youth union), Ba Đình 1, Ngọc Hà 0."""

    def play(campaign: Campaign) -> Campaign:
        for code, population in POPULATIONS.items():
            Commune.objects.filter(code=code).update(population=population)
        helper = make_learner(full_name="Bí thư Đoàn").user
        for code in ("00070", "00070", "00004"):
            record(learner=make_learner(commune_code=code), course=course)
        record(
            learner=make_learner(commune_code="00073"),
            course=course,
            helper=helper,
            helper_kind=HelperKind.YOUTH_UNION,
        )
        return campaign

    return play


def _end(campaign: Campaign) -> Campaign:
    Campaign.objects.filter(pk=campaign.pk).update(
        ends_at=timezone.now(), status=Status.ENDED
    )
    campaign.refresh_from_db()
    return campaign


@pytest.fixture
def staff_client(client, units):
    admin = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.com", password="x-Admin-2025!"
    )
    client.force_login(admin)
    return client


def _results_url(campaign) -> str:
    return reverse("leaderboard:results", args=[campaign.pk])


def _merit_url(campaign) -> str:
    return reverse("leaderboard:merit", args=[campaign.pk])


def _names(rows) -> list[tuple[int, str]]:
    return [(row["rank"], row["name"]) for row in rows]


def test_divisions_are_named_by_their_population_band():
    with translation.override("en"):
        assert division_label(low=0, high=20_000) == "under 20,000 residents"
        assert division_label(low=20_000, high=40_000) == "20,000 to 39,999 residents"
        assert division_label(low=40_000, high=None) == "40,000 residents and more"


def test_a_running_campaign_says_when_it_ends_and_names_no_winner(
    client, make_campaign, played
):
    campaign = played(make_campaign(province_id="01"))

    response = client.get(_results_url(campaign))

    assert response.status_code == 200
    assert response.context["results"] is None
    page = response.content.decode()
    assert timezone.localtime(campaign.ends_at).strftime("%d/%m/%Y") in page
    assert "Phường Hoàn Kiếm" not in page


def test_an_ended_campaign_shows_provisional_winners_per_division(
    client, make_campaign, played
):
    campaign = _end(played(make_campaign(province_id="01")))
    client.cookies["django_language"] = "en"

    response = client.get(_results_url(campaign))

    assert response.status_code == 200
    assert response.context["final"] is False
    results = response.context["results"]
    assert [_names(band["rows"]) for band in results["divisions"]] == [
        [(1, "Phường Hoàn Kiếm"), (2, "Phường Cửa Nam")],
        [(1, "Phường Ba Đình")],
        [],  # Ngọc Hà had no completion: no place for nothing
    ]
    assert _names(results["youth"]) == [(1, "Phường Cửa Nam")]
    assert results["provinces"] == []  # a province campaign
    page = response.content.decode()
    for text in (
        "Under 20,000 residents",
        "20,000 to 39,999 residents",
        "40,000 residents and more",
        "Phường Hoàn Kiếm",
        "Phường Ba Đình",
    ):
        assert text in page


def test_frozen_results_are_final(client, make_campaign, played):
    campaign = _end(played(make_campaign(province_id="01")))
    campaign_freeze(campaign=campaign, by=None)

    response = client.get(_results_url(campaign))

    assert response.context["final"] is True
    assert response.context["results"]["divisions"][0]["rows"]


def test_a_national_campaign_also_ranks_provinces(make_campaign, played):
    campaign = _end(played(make_campaign()))

    winners = campaign_winners(campaign=campaign)

    assert _names(winners["provinces"]) == [(1, "Thành phố Hà Nội")]
    assert _names(winners["divisions"][1]["rows"]) == [(1, "Phường Ba Đình")]


def test_only_the_first_places_win(make_campaign, played):
    campaign = _end(played(make_campaign(province_id="01")))

    winners = campaign_winners(campaign=campaign, top=1)

    assert _names(winners["divisions"][0]["rows"]) == [(1, "Phường Hoàn Kiếm")]


@pytest.mark.parametrize(
    "fields", [{"public": False}, {"status": Status.DRAFT}], ids=["private", "draft"]
)
def test_hidden_campaigns_results_are_forbidden(client, make_campaign, fields):
    campaign = make_campaign(**fields)

    assert client.get(_results_url(campaign)).status_code == 403


def test_unknown_campaign_results_are_not_found(client, units):
    assert client.get(reverse("leaderboard:results", args=[999_999])).status_code == 404


def test_merit_certificates_name_every_winner_exactly(
    staff_client, make_campaign, played
):
    campaign = _end(played(make_campaign(province_id="01", title="Tháng VNeID")))
    campaign_freeze(campaign=campaign, by=None)

    response = staff_client.get(_merit_url(campaign))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    pages = [unicodedata.normalize("NFC", page.extract_text()) for page in reader.pages]
    # Two communes under 20,000, one of 20,000 to 39,999, one youth union.
    assert len(pages) == 4
    for page, name in zip(
        pages,
        ["Phường Hoàn Kiếm", "Phường Cửa Nam", "Phường Ba Đình", "Phường Cửa Nam"],
        strict=True,
    ):
        assert name in page
        assert "Tháng VNeID" in page
        assert "Thành phố Hà Nội" in page
        assert _results_url(campaign) in page


def test_merit_certificates_wait_for_frozen_results(
    staff_client, make_campaign, played
):
    campaign = _end(played(make_campaign(province_id="01")))

    response = staff_client.get(_merit_url(campaign))

    assert response.status_code == 409
    assert response["Content-Type"].startswith("text/html")


def test_merit_certificates_are_for_administrators_only(
    client, make_learner, make_campaign, played
):
    campaign = _end(played(make_campaign(province_id="01")))
    campaign_freeze(campaign=campaign, by=None)

    anonymous = client.get(_merit_url(campaign))
    client.force_login(make_learner().user)
    learner = client.get(_merit_url(campaign))

    assert anonymous.status_code == 302
    assert learner.status_code == 403
