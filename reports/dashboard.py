"""The Wagtail admin's home page for administrators: their own part of the movement
at a glance, read from the rollups (reports.selectors), never from completions."""

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.permissions import policy_registry

from leaderboard.models import Campaign
from learning.scopes import Scope

from . import selectors

CHART_DAYS = 90
LISTED = 5


class ScopePanel(Component):
    """A dashboard panel computed for one administrator's scope."""

    class Media:
        css = {"all": ["css/admin-dashboard.css"]}

    def __init__(self, scope: Scope):
        self.scope = scope


class SummaryPanel(ScopePanel):
    name = "reports_summary"
    order = 50
    template_name = "reports/dashboard/summary.html"

    def get_context_data(self, parent_context=None):
        days = selectors.daily_completions(scope=self.scope, days=CHART_DAYS)
        return {
            "totals": selectors.totals(scope=self.scope),
            "chart": bar_chart(days),
            "days": days,
        }


class CommunesPanel(ScopePanel):
    name = "reports_communes"
    order = 60
    template_name = "reports/dashboard/communes.html"

    def get_context_data(self, parent_context=None):
        ranked = selectors.commune_report(scope=self.scope).filter(
            coverage__isnull=False
        )
        without = selectors.communes_without_learners(scope=self.scope)
        return {
            "ranked": [
                (_("Highest coverage"), ranked.order_by("-coverage", "name")[:LISTED]),
                (_("Lowest coverage"), ranked.order_by("coverage", "name")[:LISTED]),
            ],
            "without": list(
                without.select_related("province").order_by("province", "name")[:LISTED]
            ),
            "without_count": without.count(),
        }


class CampaignsPanel(ScopePanel):
    name = "reports_campaigns"
    order = 70
    template_name = "reports/dashboard/campaigns.html"

    def get_context_data(self, parent_context=None):
        """The running ones among the campaigns the admin lists to this user."""
        user = parent_context["request"].user
        now = timezone.now()
        running = Campaign.objects.filter(
            status=Campaign.Status.RUNNING, starts_at__lte=now, ends_at__gt=now
        )
        policy = policy_registry.get_by_type(Campaign)
        return {
            "campaigns": list(
                policy.scoped(running, user=user).select_related("province")
            ),
            "can_edit": user.has_perm("leaderboard.change_campaign"),
        }


def bar_chart(days: list) -> dict:
    """Bars of a day series, as percentages an inline SVG can draw at any width."""
    peak = max((count for _day, count in days), default=0)
    width = 100 / len(days) if days else 0
    bars = []
    for index, (day, count) in enumerate(days):
        height = round(count / peak * 100, 2) if peak else 0
        bars.append(
            {
                "x": round(index * width, 3),
                "y": round(100 - height, 2),
                "width": round(width * 0.8, 3),
                "height": height,
                "title": f"{date_format(day, 'SHORT_DATE_FORMAT')}: {count}",
            }
        )
    total = sum(count for _day, count in days)
    return {
        "bars": bars,
        "peak": peak,
        "first": days[0][0] if days else None,
        "last": days[-1][0] if days else None,
        "label": _("%(total)s completions in the last %(days)s days")
        % {"total": number_format(total, force_grouping=True), "days": len(days)},
    }
