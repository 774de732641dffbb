"""Leaderboard pages: national, province and commune boards of a campaign."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from learning.models import Commune, Province
from learning.selectors import learner_for_user, province_list

from . import selectors
from .texts import division_label, place_texts


def _campaign(request, *, province: str | None = None):
    """The campaign asked for in ?campaign=, or the one a board opens on.

    Returns (campaign or None, the campaigns the visitor may pick from).
    """
    campaigns = selectors.campaigns_visible(user=request.user)
    asked = request.GET.get("campaign")
    if asked is None:
        return selectors.campaign_current(campaigns=campaigns, province=province), (
            campaigns
        )
    campaign = selectors.campaign_by_id(pk=asked)
    if campaign is None:
        raise Http404(_("Unknown campaign."))
    if not selectors.campaign_visible(campaign=campaign, user=request.user):
        raise PermissionDenied(_("This campaign's boards are not public."))
    if province is not None and campaign.province_id not in (None, province):
        raise Http404(_("This campaign does not run in this province."))
    return campaign, campaigns


def _common(request, campaign, campaigns) -> dict:
    learner = learner_for_user(user=request.user)
    return {
        "campaign": campaign,
        "campaigns": campaigns,
        "my_commune": learner.commune if learner and learner.commune_id else None,
        "metric_label": campaign.get_metric_display() if campaign else "",
        "now": timezone.now(),
    }


def _columns(campaign, **extra) -> dict:
    """Two number columns, to fit a phone: the ranking one first."""
    labels = {
        "completions": _("Completions"),
        "learners": _("Learners"),
        "coverage": _("Trained"),
        "assisted": _("Residents assisted"),
    }
    second = "learners" if campaign.metric != "learners" else "completions"
    return {
        "cols": [(key, labels[key]) for key in (campaign.metric, second)],
        "assisted_cols": [(key, labels[key]) for key in ("assisted", "completions")],
        **extra,
    }


def _excluded(rows) -> int:
    return sum(1 for row in rows if row["population"] is None)


@require_GET
def board_national(request):
    """Every province of a campaign, ranked."""
    campaign, campaigns = _campaign(request)
    context = _common(request, campaign, campaigns)
    if campaign is not None:
        rows = selectors.board_national(campaign=campaign)
        context |= {
            "rows": selectors.ranked(rows=rows, metric=campaign.metric),
            "youth_unions": selectors.ranked(rows=rows, metric="assisted")[:10],
            "unknown": sum(row["unknown"] for row in rows),
            "ws": f"/ws/leaderboard/{campaign.pk}/",
            **_columns(
                campaign, link=f"/leaderboard/province/{{code}}/?campaign={campaign.pk}"
            ),
        }
    context["provinces"] = province_list()
    return render(request, "leaderboard/board_national.html", context)


@require_GET
def board_province(request, province_code: str):
    """A province's communes ranked, each population division, and youth unions."""
    province = get_object_or_404(Province, pk=province_code)
    campaign, campaigns = _campaign(request, province=province.code)
    campaigns = [c for c in campaigns if c.province_id in (None, province.code)]
    context = _common(request, campaign, campaigns) | {
        "province": province,
        "provinces": province_list(),
    }
    if campaign is not None:
        rows = selectors.board_province(campaign=campaign, province=province)
        bands = selectors.divisions(campaign=campaign, rows=rows)
        for band in bands:
            band["label"] = division_label(low=band["low"], high=band["high"])
        context |= {
            "rows": selectors.ranked(rows=rows, metric=campaign.metric),
            "divisions": bands,
            "youth_unions": selectors.ranked(rows=rows, metric="assisted"),
            "unknown": _excluded(rows),
            "ws": f"/ws/leaderboard/{campaign.pk}/province/{province.code}/",
            **_columns(
                campaign, link=f"/leaderboard/commune/{{code}}/?campaign={campaign.pk}"
            ),
        }
    return render(request, "leaderboard/board_province.html", context)


@require_GET
def board_commune(request, commune_code: str):
    """A commune's place, its days, its share trained and its learners who opted in."""
    commune = get_object_or_404(
        Commune.objects.select_related("province"), pk=commune_code
    )
    campaign, campaigns = _campaign(request, province=commune.province_id)
    campaigns = [c for c in campaigns if c.province_id in (None, commune.province_id)]
    context = _common(request, campaign, campaigns) | {"commune": commune}
    if campaign is not None:
        rows = selectors.board_province(campaign=campaign, province=commune.province_id)
        summary = selectors.commune_summary(
            campaign=campaign, commune=commune, rows=rows
        )
        days = selectors.commune_days(campaign=campaign, commune=commune, days=30)
        peak = max((n for _day, n in days), default=0)
        context |= {
            "summary": summary,
            "texts": place_texts(summary=summary, metric=campaign.metric),
            "row": summary["row"],
            "days": days[::-1],
            "peak": peak or 1,
            "learners": selectors.commune_learners(campaign=campaign, commune=commune),
            "ws": f"/ws/leaderboard/{campaign.pk}/commune/{commune.code}/",
        }
    return render(request, "leaderboard/board_commune.html", context)
