"""Wagtail admin: download the learning events in the administrator's scope as xAPI
statements (a JSON array), for a range of days."""

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from learning.admin_scope import AreaRequiredMixin
from learning.models import User

from .forms import ExportForm, default_range
from .services import export_record
from .statements import statements_export

# Statements written to the response at a time.
BATCH = 500


def day_start(day: date) -> datetime:
    """Midnight at the start of `day`, in the administrator's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def json_array(
    statements: Iterator[dict], *, user: User, start: date, end: date
) -> Iterator[bytes]:
    """The statements as one JSON array, a batch at a time; the export is logged
    with the number sent, also when the download is cut short."""
    count = 0
    try:
        yield b"["
        batch = []
        for statement in statements:
            comma = "," if count else ""
            batch.append(f"{comma}\n{json.dumps(statement, ensure_ascii=False)}")
            count += 1
            if len(batch) == BATCH:
                yield "".join(batch).encode("utf-8")
                batch = []
        yield ("".join(batch) + "\n]\n").encode("utf-8")
    finally:
        export_record(user=user, start=start, end=end, count=count)


class ExportView(AreaRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    area_refusal = gettext_lazy(
        "Exporting learning records needs a province or commune."
    )
    template_name = "xapi/export.html"
    page_title = gettext_lazy("Export learning records (xAPI)")
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if not {"start", "end"} & request.GET.keys():
            start, end = default_range()
            form = ExportForm(initial={"start": start, "end": end})
            return self.render_to_response(self.get_context_data(form=form))
        form = ExportForm(request.GET)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        statements = statements_export(
            scope=self.scope,
            start=day_start(start),
            end=day_start(end + timedelta(days=1)),
        )
        response = StreamingHttpResponse(
            json_array(statements, user=request.user, start=start, end=end),
            content_type="application/json",
        )
        name = f"xapi-statements-{start:%Y%m%d}-{end:%Y%m%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
