from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from courses.demo import demo_pages_load
from leaderboard.models import Campaign, CampaignDay, CampaignEntry, CampaignStanding
from leaderboard.selectors import (
    board_national,
    board_province,
    commune_summary,
    divisions,
    ranked,
)
from leaderboard.services.standings import (
    CampaignFrozen,
    campaign_completion_void,
    campaign_rebuild,
    standings_rebuild,
)
from learning.models import Commune, Completion, HelperKind
from learning.services import (
    completion_record,
    completion_void,
    learner_commune_set,
    learner_delete,
)


def _standings(campaign) -> dict[str, tuple[int, int, int]]:
    return {
        s.commune_id: (s.completions, s.learners, s.assisted)
        for s in CampaignStanding.objects.filter(campaign=campaign)
        if (s.completions, s.learners, s.assisted) != (0, 0, 0)
    }


@pytest.fixture
def record(django_capture_on_commit_callbacks):
    """Record completions with their after-commit events run, as a request would."""

    def run(**kwargs) -> Completion:
        with django_capture_on_commit_callbacks(execute=True):
            return completion_record(**kwargs)

    return run


def test_each_completion_counts_in_the_running_campaign(
    campaign, course, make_learner, record
):
    twice = make_learner()
    for learner in [twice, make_learner(), make_learner(commune_code="00004")]:
        record(learner=learner, course=course)

    assert _standings(campaign) == {"00070": (2, 2, 0), "00004": (1, 1, 0)}
    standing = CampaignStanding.objects.get(campaign=campaign, commune_id="00070")
    assert standing.province_id == "01"
    [day] = CampaignDay.objects.filter(campaign=campaign, commune_id="00070")
    assert (day.day, day.completions) == (timezone.localdate(), 2)


def test_unique_learners_count_each_resident_once(
    campaign, units, make_learner, record
):
    pages = demo_pages_load()
    learner = make_learner()
    record(learner=learner, course=pages["course"])
    other = next(c for c in pages["courses"] if c.pk != pages["course"].pk)
    record(learner=learner, course=other)

    assert _standings(campaign) == {"00070": (2, 1, 0)}


def test_a_repeated_completion_does_not_count_twice(
    campaign, course, make_learner, record
):
    learner = make_learner()
    record(learner=learner, course=course)
    record(learner=learner, course=course)

    assert _standings(campaign) == {"00070": (1, 1, 0)}


def test_residents_assisted_by_the_youth_union_count_apart(
    campaign, course, make_learner, record
):
    helper = make_learner(full_name="Bí thư Đoàn").user
    record(
        learner=make_learner(),
        course=course,
        helper=helper,
        helper_kind=HelperKind.YOUTH_UNION,
    )
    record(
        learner=make_learner(),
        course=course,
        helper=helper,
        helper_kind=HelperKind.DIGITAL_TEAM,
    )

    assert _standings(campaign) == {"00070": (2, 2, 1)}


@pytest.mark.parametrize(
    ("start", "end", "counts"),
    [
        (timedelta(0), timedelta(hours=1), True),  # starts the very moment: counts
        (timedelta(microseconds=1), timedelta(hours=1), False),  # starts just after
        (-timedelta(hours=1), timedelta(microseconds=1), True),  # ends just after
        (-timedelta(hours=1), timedelta(0), False),  # ends that moment: too late
    ],
)
def test_only_completions_inside_the_window_count(
    make_campaign, course, make_learner, record, start, end, counts
):
    completion = record(learner=make_learner(), course=course)
    moment = completion.completed_at
    campaign = make_campaign(starts_at=moment + start, ends_at=moment + end)

    campaign_rebuild(campaign=campaign)

    assert _standings(campaign) == ({"00070": (1, 1, 0)} if counts else {})


def test_live_counting_respects_the_window_too(
    make_campaign, course, make_learner, record
):
    now = timezone.now()
    later = make_campaign(
        starts_at=now + timedelta(hours=1), ends_at=now + timedelta(2)
    )
    over = make_campaign(starts_at=now - timedelta(2), ends_at=now - timedelta(1))
    record(learner=make_learner(), course=course)

    assert _standings(later) == {} and _standings(over) == {}


def test_scope_courses_and_status_decide_what_counts(
    make_campaign, units, make_learner, record
):
    pages = demo_pages_load()
    other = next(c for c in pages["courses"] if c.pk != pages["course"].pk)
    hanoi = make_campaign(province_id="01")
    hue = make_campaign(province_id="46")
    chosen = make_campaign(all_courses=False, courses=[other])
    draft = make_campaign(status=Campaign.Status.DRAFT)
    frozen = make_campaign(status=Campaign.Status.FROZEN)

    record(learner=make_learner(), course=pages["course"])

    assert _standings(hanoi) == {"00070": (1, 1, 0)}
    assert _standings(hue) == _standings(chosen) == {}
    assert _standings(draft) == _standings(frozen) == {}


def test_rebuild_gives_the_numbers_the_live_path_gave(
    campaign, course, make_learner, record
):
    helper = make_learner(full_name="Bí thư Đoàn").user
    for code in ["00070", "00070", "00004", "01279"]:
        record(learner=make_learner(commune_code=code), course=course)
    record(
        learner=make_learner(),
        course=course,
        helper=helper,
        helper_kind=HelperKind.YOUTH_UNION,
    )
    mover = make_learner(commune_code="00070")
    record(learner=mover, course=course)
    learner_commune_set(learner=mover, commune=Commune.objects.get(code="00004"))
    live = _standings(campaign)
    days = list(CampaignDay.objects.values_list("commune", "day", "completions"))

    [drift] = standings_rebuild(write=False)
    assert drift.zero, drift.standings

    CampaignStanding.objects.update(completions=999)
    CampaignEntry.objects.filter(learner=mover).delete()
    CampaignDay.objects.all().delete()
    [drift] = standings_rebuild()

    assert drift.standings["00070"] == ((999, 4, 1), (4, 4, 1))
    assert drift.days == len(days)
    assert (
        _standings(campaign)
        == live
        == {
            "00070": (4, 4, 1),
            "00004": (1, 1, 0),
            "01279": (1, 1, 0),
        }
    )
    assert sorted(CampaignDay.objects.values_list("commune", "day", "completions")) == (
        sorted(days)
    )
    assert standings_rebuild(write=False)[0].zero


def test_a_deleted_learner_stays_counted_and_rebuild_agrees(
    campaign, course, make_learner, record
):
    leaving = make_learner()
    record(learner=leaving, course=course)
    record(learner=make_learner(), course=course)

    learner_delete(learner=leaving)

    assert _standings(campaign) == {"00070": (2, 2, 0)}
    [drift] = standings_rebuild()
    assert drift.zero, drift.standings
    assert _standings(campaign) == {"00070": (2, 2, 0)}


def test_rebuild_command_reports_zero_drift(campaign, course, make_learner, record):
    record(learner=make_learner(), course=course)
    CampaignStanding.objects.update(completions=7)

    from io import StringIO

    out = StringIO()
    call_command("standings_rebuild", "--check", stdout=out)
    assert "drift" in out.getvalue() and "00070" in out.getvalue()
    assert CampaignStanding.objects.get().completions == 7

    out = StringIO()
    call_command("standings_rebuild", stdout=out)
    assert CampaignStanding.objects.get().completions == 1
    out = StringIO()
    call_command("standings_rebuild", "--check", stdout=out)
    assert "drift 0" in out.getvalue()


def test_a_voided_completion_leaves_every_campaign(
    campaign,
    make_campaign,
    course,
    make_learner,
    record,
    django_capture_on_commit_callbacks,
):
    other = make_campaign(province_id="01")
    completion = record(learner=make_learner(), course=course)
    admin = make_learner(full_name="Quản trị").user

    with django_capture_on_commit_callbacks(execute=True):
        completion_void(completion=completion, reason="Làm hộ", by=admin)

    assert _standings(campaign) == _standings(other) == {}
    assert standings_rebuild(write=False)[0].zero


def test_voiding_for_one_campaign_leaves_the_others(
    campaign, make_campaign, course, make_learner, record
):
    other = make_campaign(province_id="01")
    completion = record(learner=make_learner(), course=course)
    admin = make_learner(full_name="Quản trị").user

    void = campaign_completion_void(
        campaign=campaign, completion=completion, reason="  Trùng máy  ", by=admin
    )
    again = campaign_completion_void(
        campaign=campaign, completion=completion, reason="Lần hai", by=admin
    )

    assert again.pk == void.pk and void.reason == "Trùng máy"
    assert _standings(campaign) == {}
    assert _standings(other) == {"00070": (1, 1, 0)}
    [entry] = ModelLogEntry.objects.filter(action="leaderboard.completion_void")
    assert entry.data["reason"] == "Trùng máy"
    assert all(drift.zero for drift in standings_rebuild(write=False))


def test_bad_voids_store_nothing(campaign, course, make_learner, record):
    completion = record(learner=make_learner(), course=course)
    admin = make_learner(full_name="Quản trị").user

    with pytest.raises(ValueError):
        campaign_completion_void(
            campaign=campaign, completion=completion, reason="   ", by=admin
        )
    campaign.status = Campaign.Status.FROZEN
    campaign.save()
    with pytest.raises(CampaignFrozen):
        campaign_completion_void(
            campaign=campaign, completion=completion, reason="Gian lận", by=admin
        )

    assert not campaign.voids.exists()
    assert _standings(campaign) == {"00070": (1, 1, 0)}


def test_boards_rank_by_the_campaign_metric(
    make_campaign, course, make_learner, record
):
    campaign = make_campaign(metric=Campaign.Metric.COVERAGE, province_id="01")
    Commune.objects.filter(code="00070").update(population=1000)
    Commune.objects.filter(code="00004").update(population=50_000)
    Commune.objects.filter(code="00008").update(population=30_000)
    for code in ["00070", "00004", "00004", "00008"]:
        record(learner=make_learner(commune_code=code), course=course)

    rows = board_province(campaign=campaign, province="01")
    board = ranked(rows=rows, metric=campaign.metric)
    bands = divisions(campaign=campaign, rows=rows)

    # Coverage leaves out communes with no known population.
    assert [row["code"] for row in board] == ["00070", "00004", "00008"]
    assert [row["coverage"] for row in board] == [1 / 1000, 2 / 50_000, 1 / 30_000]
    assert len(rows) > 3 and all(row["population"] for row in board)
    assert [[row["code"] for row in band["rows"]] for band in bands] == [
        ["00070"],
        ["00008"],
        ["00004"],
    ]
    national = {row["code"]: row for row in board_national(campaign=campaign)}
    assert set(national) == {"01"}
    assert national["01"]["completions"] == 4
    assert national["01"]["coverage"] == 4 / 81_000


def test_commune_summary_names_the_gap_to_its_neighbours(
    campaign, course, make_learner, record
):
    for code in ["00004"] * 3 + ["00070"] + ["00008"] * 2:
        record(learner=make_learner(commune_code=code), course=course)
    rows = board_province(campaign=campaign, province="01")

    summary = commune_summary(
        campaign=campaign, commune=Commune.objects.get(code="00008"), rows=rows
    )

    assert summary["rank"] == 2
    assert (summary["behind"]["code"], summary["behind"]["gap"]) == ("00004", 1)
    assert (summary["ahead"]["code"], summary["ahead"]["gap"]) == ("00070", 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_completions_give_exact_counts(campaign, course, make_learner):
    """Residents of two communes completing at once, each in a request of its own."""
    import threading

    from django.db import close_old_connections, connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race is exercised on PostgreSQL")
    learners = [make_learner(commune_code=code) for code in ["00070", "00004"] * 10]
    errors, start = [], threading.Barrier(len(learners))

    def complete(learner):
        try:
            start.wait(timeout=30)
            completion_record(learner=learner, course=course)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=complete, args=(each,)) for each in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert _standings(campaign) == {"00070": (10, 10, 0), "00004": (10, 10, 0)}
    assert standings_rebuild(write=False)[0].zero
