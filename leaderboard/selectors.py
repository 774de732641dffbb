"""Reads of the campaigns and their boards, from the standings only."""

from datetime import timedelta

from django.db.models import Count, F, FilteredRelation, Q, Sum
from django.utils import timezone

from learning.models import Commune, Learner, Province, User

from .models import Campaign, CampaignDay, CampaignEntry, CampaignStanding

Row = dict  # code, name, population, completions, learners, assisted, coverage


def _staff(user: User | None) -> bool:
    """People who work in the admin, where campaigns are prepared."""
    return bool(
        user
        and user.is_authenticated
        and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))
    )


def campaign_visible(*, campaign: Campaign, user: User | None) -> bool:
    """Public boards are for everyone; drafts and private boards for staff only."""
    return campaign.visible or _staff(user)


def campaigns_visible(*, user: User | None) -> list[Campaign]:
    campaigns = Campaign.objects.select_related("province").exclude(
        status=Campaign.Status.DRAFT
    )
    if not _staff(user):
        campaigns = campaigns.filter(public=True)
    return list(campaigns)


def campaign_by_id(*, pk) -> Campaign | None:
    try:
        return Campaign.objects.select_related("province").get(pk=int(pk))
    except (Campaign.DoesNotExist, TypeError, ValueError, OverflowError):
        return None


def campaign_current(*, campaigns: list[Campaign], province: str | None = None):
    """The campaign a board opens on: a live one (the province's own first), else
    the latest that started."""
    fitting = [c for c in campaigns if c.province_id in (None, province)]
    live = [c for c in fitting if c.is_live]
    for group in (live, fitting):
        if group:
            return sorted(
                group, key=lambda c: (c.province_id is None, -c.starts_at.timestamp())
            )[0]
    return None


def coverage(learners: int, population: int | None) -> float | None:
    """Learners per resident, or None when the population is not known."""
    if not population:
        return None
    return learners / population


def _province_populations() -> dict[str, tuple[int, int]]:
    """Each province's known population and how many communes lack one."""
    return {
        code: (known or 0, unknown)
        for code, known, unknown in Province.objects.annotate(
            known=Sum("communes__population"),
            unknown=Count(
                "communes",
                filter=Q(communes__population__isnull=True) | Q(communes__population=0),
            ),
        ).values_list("code", "known", "unknown")
    }


def board_national(*, campaign: Campaign) -> list[Row]:
    """Every province of the campaign's scope, with its communes' totals summed."""
    provinces = Province.objects.all()
    if campaign.province_id:
        provinces = provinces.filter(pk=campaign.province_id)
    totals = {
        province: (completions, learners, assisted, covered)
        for province, completions, learners, assisted, covered in (
            CampaignStanding.objects.filter(campaign=campaign)
            .values("province")
            .annotate(
                c=Sum("completions"),
                l=Sum("learners"),
                a=Sum("assisted"),
                k=Sum("learners", filter=Q(commune__population__gt=0)),
            )
            .values_list("province", "c", "l", "a", "k")
        )
    }
    populations = _province_populations()
    rows = []
    for code, name in provinces.values_list("code", "name"):
        completions, learners, assisted, covered = totals.get(code, (0, 0, 0, 0))
        population, unknown = populations.get(code, (0, 0))
        rows.append(
            {
                "code": code,
                "name": name,
                "population": population or None,
                "unknown": unknown,
                "completions": completions,
                "learners": learners,
                "assisted": assisted,
                "coverage": coverage(covered or 0, population),
            }
        )
    return rows


def board_province(*, campaign: Campaign, province: Province | str) -> list[Row]:
    """Every commune of a province with its totals in the campaign."""
    return board_communes(campaign=campaign, province=province)


def board_communes(*, campaign: Campaign, province=None) -> list[Row]:
    """Every commune of a province, or of the campaign's scope, with its totals."""
    communes = Commune.objects.all()
    if province := province or campaign.province_id:
        communes = communes.filter(province=province)
    communes = communes.annotate(
        standing=FilteredRelation(
            "standings", condition=Q(standings__campaign=campaign)
        )
    ).values_list(
        "code",
        "name",
        "population",
        F("standing__completions"),
        F("standing__learners"),
        F("standing__assisted"),
    )
    return [
        {
            "code": code,
            "name": name,
            "population": population or None,
            "completions": completions or 0,
            "learners": learners or 0,
            "assisted": assisted or 0,
            "coverage": coverage(learners or 0, population),
        }
        for code, name, population, completions, learners, assisted in communes
    ]


def ranked(*, rows: list[Row], metric: str) -> list[Row]:
    """Rows sorted by a metric with their rank (ties share one); rows without a
    value (coverage with no known population) are left out."""
    rows = [row for row in rows if row[metric] is not None]
    rows.sort(key=lambda row: (-row[metric], row["name"]))
    rank, previous, result = 0, None, []
    for position, row in enumerate(rows, start=1):
        if row[metric] != previous:
            rank, previous = position, row[metric]
        result.append({**row, "rank": rank})
    return result


def division_of(*, population: int | None, limits: list[int]) -> int | None:
    """The index of a population band, or None when the population is not known."""
    if not population:
        return None
    return sum(population >= limit for limit in limits)


def divisions(*, campaign: Campaign, rows: list[Row]) -> list[dict]:
    """Rows grouped by population band, each ranked by the campaign's metric."""
    limits = campaign.limits
    bands = [
        {"index": i, "low": low, "high": high, "rows": []}
        for i, (low, high) in enumerate(zip([0, *limits], [*limits, None], strict=True))
    ]
    for row in rows:
        index = division_of(population=row["population"], limits=limits)
        if index is not None:
            bands[index]["rows"].append(row)
    for band in bands:
        band["rows"] = ranked(rows=band["rows"], metric=campaign.metric)
    return bands


def commune_summary(*, campaign: Campaign, commune: Commune, rows: list[Row]) -> dict:
    """A commune's place on its province board and the gap to its neighbours."""
    board = ranked(rows=rows, metric=campaign.metric)
    me = next((row for row in rows if row["code"] == commune.code), None)
    mine = next((i for i, row in enumerate(board) if row["code"] == commune.code), None)
    summary = {"row": me, "rank": None, "of": len(board), "behind": None, "ahead": None}
    if mine is None:
        return summary
    summary["rank"] = board[mine]["rank"]
    value = board[mine][campaign.metric]
    above = [row for row in board[:mine] if row[campaign.metric] > value]
    below = [row for row in board[mine + 1 :] if row[campaign.metric] < value]
    if above:
        summary["behind"] = {**above[-1], "gap": above[-1][campaign.metric] - value}
    if below:
        summary["ahead"] = {**below[0], "gap": value - below[0][campaign.metric]}
    return summary


def commune_days(*, campaign: Campaign, commune: Commune, days: int = 90) -> list:
    """(day, completions) for the campaign's last `days` days up to today."""
    today = timezone.localdate()
    end = min(today, timezone.localtime(campaign.ends_at - timedelta(seconds=1)).date())
    start = max(
        timezone.localtime(campaign.starts_at).date(), end - timedelta(days - 1)
    )
    counts = dict(
        CampaignDay.objects.filter(
            campaign=campaign, commune=commune, day__gte=start, day__lte=end
        ).values_list("day", "completions")
    )
    result, day = [], start
    while day <= end:
        result.append((day, counts.get(day, 0)))
        day += timedelta(days=1)
    return result


def commune_learners(*, campaign: Campaign, commune: Commune, limit: int = 50):
    """The commune's learners who chose to show their name, most completions first."""
    return [
        {"name": name, "completions": completions}
        for name, completions in CampaignEntry.objects.filter(
            campaign=campaign,
            commune=commune,
            completions__gt=0,
            learner__show_on_boards=True,
        )
        .order_by("-completions", "learner__full_name")
        .values_list("learner__full_name", "completions")[:limit]
    ]


def learner_campaigns(*, learner: Learner) -> list[Campaign]:
    """Live public campaigns the learner's commune takes part in."""
    if learner.commune_id is None:
        return []
    now = timezone.now()
    return list(
        Campaign.objects.filter(
            status=Campaign.Status.RUNNING,
            public=True,
            starts_at__lte=now,
            ends_at__gt=now,
        ).filter(Q(province=None) | Q(province_id=learner.commune.province_id))
    )
