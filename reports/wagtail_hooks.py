"""The commune report in the Wagtail admin's Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from learning.admin_scope import AreaMenuItem
from learning.scopes import scope_for

from .dashboard import CampaignsPanel, CommunesPanel, SummaryPanel
from .views import CommuneReportView


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path(
            "reports/communes/",
            CommuneReportView.as_view(),
            name="reports_communes",
        ),
        path(
            "reports/communes/results/",
            CommuneReportView.as_view(results_only=True),
            name="reports_communes_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def commune_report_menu_item():
    return AreaMenuItem(
        _("Communes"), reverse("reports_communes"), icon_name="table", order=50
    )


@hooks.register("construct_homepage_panels")
def scope_panels(request, panels):
    scope = scope_for(user=request.user)
    if not scope.empty:
        panels += [SummaryPanel(scope), CommunesPanel(scope), CampaignsPanel(scope)]
