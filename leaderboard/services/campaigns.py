"""Campaign life after the finish line: ending, freezing results, naming winners."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from learning.models import Commune, User

from .. import selectors
from ..models import Campaign
from .standings import CampaignFrozen

Row = selectors.Row


@transaction.atomic
def campaign_freeze(
    *, campaign: Campaign, by: User | None, now: datetime | None = None
) -> Campaign:
    """Fix a finished campaign's results for good, so winners can be honoured."""
    now = now or timezone.now()
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if campaign.status == Campaign.Status.FROZEN:
        raise CampaignFrozen(_("The results of this campaign are already frozen."))
    if campaign.status == Campaign.Status.DRAFT:
        raise ValueError(_("This campaign is a draft: it has no results to freeze."))
    if campaign.ends_at > now:
        raise ValueError(
            _("This campaign ends on %(end)s; its results can be frozen only after.")
            % {
                "end": date_format(
                    timezone.localtime(campaign.ends_at), "DATETIME_FORMAT"
                )
            }
        )
    campaign.status = Campaign.Status.FROZEN
    campaign.frozen_at = now
    campaign.save(update_fields=["status", "frozen_at"])
    log(
        instance=campaign,
        action="leaderboard.campaign_freeze",
        user=by,
        data={"frozen_at": now.isoformat()},
    )
    return campaign


def campaigns_end_due(*, now: datetime) -> list[Campaign]:
    """Mark running campaigns whose end has passed as ended (results provisional)."""
    due = list(
        Campaign.objects.filter(status=Campaign.Status.RUNNING, ends_at__lte=now)
    )
    Campaign.objects.filter(
        pk__in=[c.pk for c in due], status=Campaign.Status.RUNNING
    ).update(status=Campaign.Status.ENDED)
    return due


def campaigns_freeze_due(*, now: datetime, grace: timedelta) -> list[Campaign]:
    """Freeze every running or ended campaign whose end passed `grace` ago."""
    due = Campaign.objects.filter(
        status__in=[Campaign.Status.RUNNING, Campaign.Status.ENDED],
        ends_at__lte=now - grace,
    ).order_by("pk")
    return [campaign_freeze(campaign=c, by=None, now=now) for c in due]


def _top(rows: list[Row], metric: str, top: int) -> list[Row]:
    """The first `top` places (ties share one), leaving out those with nothing."""
    return [
        row
        for row in selectors.ranked(rows=rows, metric=metric)
        if row["rank"] <= top and row[metric]
    ]


def campaign_winners(*, campaign: Campaign, top: int = 3) -> dict:
    """The top communes of each division, the top youth unions, and for a national
    campaign the top provinces, all from the standings."""
    rows = selectors.board_communes(campaign=campaign)
    bands = selectors.divisions(campaign=campaign, rows=rows)
    for band in bands:
        band["rows"] = [
            row for row in band["rows"] if row["rank"] <= top and row[campaign.metric]
        ]
    provinces = []
    if campaign.province_id is None:
        provinces = _top(
            selectors.board_national(campaign=campaign), campaign.metric, top
        )
    youth = _top(rows, "assisted", top)
    winners = [row for band in bands for row in band["rows"]] + youth
    places = dict(
        Commune.objects.filter(code__in=[row["code"] for row in winners]).values_list(
            "code", "province__name"
        )
    )
    for row in winners:
        row["province"] = places[row["code"]]
    return {"divisions": bands, "youth": youth, "provinces": provinces}
