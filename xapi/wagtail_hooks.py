"""The xAPI export in the Wagtail admin's Reports menu, and its audit-log entry."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from learning.admin_scope import AreaMenuItem

from .views import ExportView


@hooks.register("register_admin_urls")
def xapi_urls():
    return [path("xapi/export/", ExportView.as_view(), name="xapi_export")]


@hooks.register("register_reports_menu_item")
def xapi_export_menu_item():
    return AreaMenuItem(
        _("Learning records (xAPI)"),
        reverse("xapi_export"),
        name="xapi-export",
        icon_name="download",
        order=1300,
    )


@hooks.register("register_log_actions")
def register_xapi_log_actions(actions):
    """Name the export in Reports → Site history, with its days and size."""

    @actions.register_action("xapi.export")
    class ExportFormatter(LogFormatter):
        label = _("Export learning records (xAPI)")

        def format_message(self, log_entry):
            data = log_entry.data
            return _(
                "Learning records from %(start)s to %(end)s exported as %(count)s "
                "xAPI statements"
            ) % {"start": data["start"], "end": data["end"], "count": data["count"]}
