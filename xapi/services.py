"""Writes of the xapi app: the audit trail of exports."""

from datetime import date

from wagtail.log_actions import log

from learning.models import User


def export_record(*, user: User, start: date, end: date, count: int) -> None:
    """Who took which learning records out of the site, for Reports → Site history."""
    log(
        instance=user,
        action="xapi.export",
        user=user,
        data={"start": start.isoformat(), "end": end.isoformat(), "count": count},
    )
