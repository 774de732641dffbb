"""Campaign standings: counted in as completions arrive, counted out when voided,
and recounted from the completions by the rebuild."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from learning.models import Commune, Completion, HelperKind, User
from learning.rows import upsert

from ..live import boards_touch_on_commit
from ..models import (
    Campaign,
    CampaignDay,
    CampaignEntry,
    CampaignStanding,
    CampaignVoid,
)


class CampaignFrozen(ValueError):
    """The campaign's results are frozen: nothing changes them any more."""


def local_day(moment: datetime) -> date:
    """The calendar day of a moment where the residents live, whoever is asking."""
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE)).date()


def _youth_assisted(completion: Completion) -> bool:
    return completion.assisted and completion.helper_kind == HelperKind.YOUTH_UNION


def campaigns_counting(*, completion: Completion) -> tuple[list[int], str | None]:
    """The campaigns a completion counts in, and its commune's province, in one query:
    open at its time, for its province and course, whose results are not frozen,
    and that have not voided it. A voided completion gives the ones it counted in
    while it stood.
    """
    if completion.commune_id is None:
        return [], None
    quote = connection.ops.quote_name
    commune, campaign = Commune._meta, Campaign._meta
    chosen = Campaign.courses.through._meta
    void = CampaignVoid._meta

    def column(meta, name: str) -> str:
        return quote(meta.get_field(name).column)

    moment = connection.ops.adapt_datetimefield_value(completion.completed_at)
    sql = f"""
        SELECT m.{column(commune, "province")}, c.{column(campaign, "id")}
        FROM {quote(commune.db_table)} m
        JOIN {quote(campaign.db_table)} c
          ON c.{column(campaign, "status")} IN (%s, %s)
         AND c.{column(campaign, "starts_at")} <= %s
         AND c.{column(campaign, "ends_at")} > %s
         AND (c.{column(campaign, "province")} IS NULL
              OR c.{column(campaign, "province")} = m.{column(commune, "province")})
         AND (c.{column(campaign, "all_courses")} OR EXISTS (
              SELECT 1 FROM {quote(chosen.db_table)} t
              WHERE t.{column(chosen, "campaign")} = c.{column(campaign, "id")}
                AND t.{column(chosen, "coursepage")} = %s))
         AND NOT EXISTS (
              SELECT 1 FROM {quote(void.db_table)} v
              WHERE v.{column(void, "campaign")} = c.{column(campaign, "id")}
                AND v.{column(void, "completion")} = %s)
        WHERE m.{column(commune, "code")} = %s
        ORDER BY c.{column(campaign, "id")}
    """  # noqa: S608 - names quoted, values bound
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [
                Campaign.Status.RUNNING,
                Campaign.Status.ENDED,
                moment,
                moment,
                completion.course_id,
                completion.pk,
                completion.commune_id,
            ],
        )
        rows = cursor.fetchall()
    return [pk for _province, pk in rows], rows[0][0] if rows else None


def _entry_change(*, campaign_id: int, completion: Completion, sign: int):
    """How the commune's learners and assisted residents change: (+1, 0, -1) each."""
    youth = _youth_assisted(completion)
    keys = {
        "campaign": campaign_id,
        "commune": completion.commune_id,
        "learner": completion.learner_id,
    }
    if sign > 0:
        completions, assisted = upsert(
            CampaignEntry,
            keys=keys,
            add={"completions": 1, "assisted": int(youth)},
            returning=("completions", "assisted"),
        )
        return int(completions == 1), int(youth and assisted == 1)
    entry = (
        CampaignEntry.objects.select_for_update()
        .filter(**{f"{name}_id": value for name, value in keys.items()})
        .first()
    )
    if entry is None or entry.completions == 0:
        return 0, 0
    entry.completions -= 1
    taken = youth and entry.assisted > 0
    entry.assisted -= taken
    entry.save(update_fields=["completions", "assisted"])
    return -int(entry.completions == 0), -int(taken and entry.assisted == 0)


def _apply(*, campaign_id: int, completion: Completion, province: str, sign: int):
    """Add (+1) or take back (-1) one completion in one campaign's counts."""
    learners = assisted = 0
    if completion.learner_id is not None:
        learners, assisted = _entry_change(
            campaign_id=campaign_id, completion=completion, sign=sign
        )
    upsert(
        CampaignStanding,
        keys={"campaign": campaign_id, "commune": completion.commune_id},
        also={"province": province},
        add={"completions": sign, "learners": learners, "assisted": assisted},
    )
    upsert(
        CampaignDay,
        keys={
            "campaign": campaign_id,
            "commune": completion.commune_id,
            "day": connection.ops.adapt_datefield_value(
                local_day(completion.completed_at)
            ),
        },
        add={"completions": sign},
    )


def _count(*, completion: Completion, sign: int) -> list[int]:
    campaign_ids, province = campaigns_counting(completion=completion)
    for campaign_id in campaign_ids:
        _apply(
            campaign_id=campaign_id, completion=completion, province=province, sign=sign
        )
    boards_touch_on_commit(campaign_ids=campaign_ids, province=province)
    return campaign_ids


@transaction.atomic
def completion_count(*, completion: Completion) -> list[int]:
    """Count a new completion in every campaign it belongs to; returns their ids."""
    if completion.voided_at is not None:
        return []
    return _count(completion=completion, sign=1)


@transaction.atomic
def completion_uncount(*, completion: Completion) -> list[int]:
    """Take a voided completion back out of every campaign that counted it."""
    return _count(completion=completion, sign=-1)


def campaign_includes(*, campaign: Campaign, completion: Completion) -> bool:
    """Whether a completion falls in a campaign's window, scope and courses."""
    if completion.commune_id is None or not campaign.open_at(completion.completed_at):
        return False
    if campaign.province_id and completion.commune.province_id != campaign.province_id:
        return False
    return (
        campaign.all_courses
        or campaign.courses.filter(pk=completion.course_id).exists()
    )


@transaction.atomic
def campaign_completion_void(
    *, campaign: Campaign, completion: Completion, reason: str, by: User
) -> CampaignVoid:
    """Take one completion out of one campaign, with the reason, for the record.

    Raises ValueError when there is no reason or the completion is outside the
    campaign's dates, area or courses, CampaignFrozen once results are frozen.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError(_("Say why this completion no longer counts."))
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if campaign.status == Campaign.Status.FROZEN:
        raise CampaignFrozen(_("The results of this campaign are frozen."))
    if not campaign_includes(campaign=campaign, completion=completion):
        raise ValueError(
            _(
                "This completion is not part of this campaign: it is outside "
                "its dates, area or courses."
            )
        )
    # A completion voided everywhere has already left the standings.
    counted = completion.voided_at is None
    void, created = CampaignVoid.objects.get_or_create(
        campaign=campaign,
        completion=completion,
        defaults={"reason": reason, "voided_by": by},
    )
    if created:
        if counted:
            province = completion.commune.province_id
            _apply(
                campaign_id=campaign.pk,
                completion=completion,
                province=province,
                sign=-1,
            )
            boards_touch_on_commit(campaign_ids=[campaign.pk], province=province)
        log(
            instance=campaign,
            action="leaderboard.completion_void",
            user=by,
            data={"completion": completion.pk, "reason": reason, "counted": counted},
        )
    return void


@dataclass
class Drift:
    """What a rebuild found different from the live standings."""

    campaign: Campaign
    communes: int = 0
    # commune code -> (live, recounted) as (completions, learners, assisted)
    standings: dict[str, tuple[tuple, tuple]] = field(default_factory=dict)
    days: int = 0

    @property
    def zero(self) -> bool:
        return not self.standings and not self.days


def _counting(campaign: Campaign):
    completions = Completion.objects.filter(
        voided_at=None,
        commune__isnull=False,
        completed_at__gte=campaign.starts_at,
        completed_at__lt=campaign.ends_at,
    ).exclude(campaign_voids__campaign=campaign)
    if campaign.province_id:
        completions = completions.filter(commune__province_id=campaign.province_id)
    if not campaign.all_courses:
        completions = completions.filter(course__in=campaign.courses.all())
    return completions


def _lock_tables() -> None:
    """Make live counting wait for the rebuild instead of being overwritten by it."""
    if connection.vendor == "postgresql":
        tables = ", ".join(
            f'"{model._meta.db_table}"'
            for model in (CampaignStanding, CampaignEntry, CampaignDay)
        )
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")


@transaction.atomic
def campaign_rebuild(*, campaign: Campaign, write: bool = True) -> Drift:
    """Recount one campaign from the completions; report and (by default) fix drift.

    Entries of learners who deleted their accounts are kept as they are: their
    completions can no longer be told apart, and the commune keeps the learner.
    """
    _lock_tables()
    counting = _counting(campaign)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    province_of = {}
    for commune, province, total in (
        counting.values("commune", "commune__province")
        .annotate(total=Count("pk"))
        .values_list("commune", "commune__province", "total")
    ):
        totals[commune][0] = total
        province_of[commune] = province
    youth = Q(assisted=True, helper_kind=HelperKind.YOUTH_UNION)
    entries = []
    for commune, learner, total, assisted in (
        counting.exclude(learner=None)
        .values("commune", "learner")
        .annotate(total=Count("pk"), assisted=Count("pk", filter=youth))
        .values_list("commune", "learner", "total", "assisted")
    ):
        entries.append(
            CampaignEntry(
                campaign=campaign,
                commune_id=commune,
                learner_id=learner,
                completions=total,
                assisted=assisted,
            )
        )
        totals[commune][1] += 1
        totals[commune][2] += assisted > 0
    orphans = CampaignEntry.objects.filter(campaign=campaign, learner=None)
    for commune, completions, assisted in orphans.values_list(
        "commune", "completions", "assisted"
    ):
        totals[commune][1] += completions > 0
        totals[commune][2] += assisted > 0
        province_of.setdefault(commune, None)
    days = Counter(
        {
            (commune, day): total
            for commune, day, total in counting.annotate(
                day=TruncDate("completed_at", tzinfo=ZoneInfo(settings.TIME_ZONE))
            )
            .values("commune", "day")
            .annotate(total=Count("pk"))
            .values_list("commune", "day", "total")
        }
    )

    drift = Drift(campaign=campaign, communes=len(totals))
    live = {
        s.commune_id: (s.completions, s.learners, s.assisted)
        for s in CampaignStanding.objects.filter(campaign=campaign)
    }
    for commune in set(live) | set(totals):
        now = live.get(commune, (0, 0, 0))
        recounted = tuple(totals.get(commune, (0, 0, 0)))
        if now != recounted:
            drift.standings[commune] = (now, recounted)
    live_days = Counter(
        {
            (d.commune_id, d.day): d.completions
            for d in CampaignDay.objects.filter(campaign=campaign, completions__gt=0)
        }
    )
    drift.days = len(set((live_days - days) + (days - live_days)))
    if not write or drift.zero:
        return drift

    missing = [c for c, p in province_of.items() if p is None]
    if missing:
        from learning.models import Commune

        province_of.update(
            Commune.objects.filter(pk__in=missing).values_list("pk", "province")
        )
    CampaignEntry.objects.filter(campaign=campaign).exclude(learner=None).delete()
    CampaignEntry.objects.bulk_create(entries, batch_size=2000)
    CampaignStanding.objects.filter(campaign=campaign).delete()
    CampaignStanding.objects.bulk_create(
        [
            CampaignStanding(
                campaign=campaign,
                commune_id=commune,
                province_id=province_of[commune],
                completions=values[0],
                learners=values[1],
                assisted=values[2],
            )
            for commune, values in totals.items()
        ],
        batch_size=2000,
    )
    CampaignDay.objects.filter(campaign=campaign).delete()
    CampaignDay.objects.bulk_create(
        [
            CampaignDay(campaign=campaign, commune_id=commune, day=day, completions=n)
            for (commune, day), n in days.items()
        ],
        batch_size=2000,
    )
    boards_touch_on_commit(campaign_ids=[campaign.pk])
    return drift


def standings_rebuild(*, write: bool = True) -> list[Drift]:
    """Recount every campaign whose results are not frozen."""
    return [
        campaign_rebuild(campaign=campaign, write=write)
        for campaign in Campaign.objects.filter(
            status__in=[Campaign.Status.RUNNING, Campaign.Status.ENDED]
        ).order_by("pk")
    ]
