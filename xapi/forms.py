"""The days an administrator exports learning records for."""

from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

MAX_DAYS = 366
DEFAULT_DAYS = 30
# Far enough either way for any record; outside, dates would overflow in UTC.
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def default_range() -> tuple[date, date]:
    """The last 30 days, today included."""
    today = timezone.localdate()
    return today - timedelta(days=DEFAULT_DAYS - 1), today


class ExportForm(forms.Form):
    """At most a year at a time, so one download stays a manageable file."""

    start = forms.DateField(label=_("From"), widget=AdminDateInput)
    end = forms.DateField(
        label=_("To"), widget=AdminDateInput, help_text=_("This day included.")
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        for name, day in (("start", start), ("end", end)):
            if day and not EARLIEST <= day <= LATEST:
                self.add_error(name, _("Choose a date between 2000 and 2100."))
                return cleaned
        if start and end:
            if end < start:
                self.add_error("end", _("The end date must not be before the start."))
            elif (end - start).days + 1 > MAX_DAYS:
                self.add_error(
                    "end",
                    _("Export at most %(days)d days at a time.") % {"days": MAX_DAYS},
                )
        return cleaned
