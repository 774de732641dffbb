"""What an administrator changed in a form, as the audit log keeps it."""

from datetime import datetime

from django.db.models import Model, QuerySet
from django.utils import timezone


def _plain(value):
    """A form value as JSON keeps it: rows by key, times in the site's time zone."""
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, (QuerySet, list, tuple)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat()
    return value


def form_changes(*, form) -> dict[str, dict]:
    """{field: {"old": …, "new": …}} for each field whose value the form changed."""
    changes = {}
    for name in form.changed_data:
        if name not in form.cleaned_data:  # read-only fields
            continue
        old, new = _plain(form.initial.get(name)), _plain(form.cleaned_data[name])
        if old in ("", None) and new in ("", None):
            continue
        if old != new:
            changes[name] = {"old": old, "new": new}
    return changes
