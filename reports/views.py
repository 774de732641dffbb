"""The commune report in the Wagtail admin, with its CSV and XLSX exports."""

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F
from django.http import StreamingHttpResponse
from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Locale

from courses.models import CompetenceArea, CoursePage
from learning.admin_scope import AreaRequiredMixin
from learning.models import Commune, Province
from learning.scopes import Scope

from .selectors import TREND_DAYS, commune_report, commune_trends


class CommuneReportForm(forms.Form):
    """Refuses a period that ends before it starts, and two dimensions at once."""

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end date is before the start date."))
        if cleaned.get("course") and cleaned.get("area"):
            raise ValidationError(_("Choose a course or a competence area, not both."))
        return cleaned


class PageChoiceField(django_filters.fields.ModelChoiceField):
    """A page chosen by its id: anything else is not one of the choices, and is
    not looked up (a longer number than a page id overflows the database)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not re.fullmatch(r"[0-9]{1,9}", str(value)):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


class PageChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = PageChoiceField


def _rows_chosen_by_the_view(queryset, name, value):
    """Dates, course and area choose rollup rows, not communes: the view gives
    them to the selector."""
    return queryset


class CommuneReportFilterSet(WagtailFilterSet):
    province = django_filters.ModelChoiceFilter(
        label=_("Province"), queryset=Province.objects.none()
    )
    start = django_filters.DateFilter(
        label=_("From"), method=_rows_chosen_by_the_view, widget=AdminDateInput
    )
    end = django_filters.DateFilter(
        label=_("To"), method=_rows_chosen_by_the_view, widget=AdminDateInput
    )
    course = PageChoiceFilter(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        method=_rows_chosen_by_the_view,
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Competence area"),
        queryset=CompetenceArea.objects.all(),
        method=_rows_chosen_by_the_view,
    )

    class Meta:
        model = Commune
        fields = []
        form = CommuneReportForm

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["province"].queryset = Province.objects.filter(
            pk__in=scope.filter(Commune.objects.all(), commune="").values("province")
        )
        # Completions are recorded for the course in the default language.
        self.filters["course"].queryset = CoursePage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")


class NumberColumn(Column):
    """A number as the reader's language writes it; a dash when unknown."""

    def __init__(self, *args, decimals: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.decimals = decimals

    def get_cell_context_data(self, instance, parent_context):
        context = BaseColumn.get_cell_context_data(self, instance, parent_context)
        value = self.get_value(instance)
        if value is None:
            context["value"] = "—"
        else:
            # Grouped in thousands whatever the language's own NUMBER_GROUPING.
            context["value"] = numberformat.format(
                value,
                get_format("DECIMAL_SEPARATOR"),
                decimal_pos=self.decimals,
                grouping=3,
                thousand_sep=get_format("THOUSAND_SEPARATOR"),
                force_grouping=True,
            )
        return context


def sparkline_points(values: list[int], *, width: int = 64, height: int = 18) -> str:
    """SVG polyline points of daily counts, the highest day touching the top."""
    top = max(values, default=0) or 1
    step = width / max(len(values) - 1, 1)
    return " ".join(
        f"{n * step:.1f},{height - 1 - value * (height - 2) / top:.1f}"
        for n, value in enumerate(values)
    )


class TrendColumn(BaseColumn):
    """The last 30 days as a small line, with their total against the 30 before."""

    cell_template_name = "reports/trend_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        recent, previous = instance.recent, instance.previous
        context.update(
            points=sparkline_points(getattr(instance, "trend", [])),
            recent=recent,
            previous=previous,
            arrow="▲" if recent > previous else "▼" if recent < previous else "=",
        )
        return context


# Sort keys of the columns -> what they sort by.
SORTS = {
    "name": "name",
    "province": "province__name",
    "population": "population",
    "learners": "learner_count",
    "completions": "completion_count",
    "coverage": "coverage",
    "assisted": "assisted",
    "recent": "recent",
}


class CommuneReportView(AreaRequiredMixin, ReportView):
    area_refusal = _("Reports show the communes you administer, and you have none.")
    """Each commune's learners, completions, coverage and trend, within the
    administrator's scope."""

    page_title = _("Communes")
    header_icon = "table"
    results_template_name = "reports/commune_report_results.html"
    index_url_name = "reports_communes"
    index_results_url_name = "reports_communes_results"
    filterset_class = CommuneReportFilterSet
    default_ordering = "province"
    export_filename = "commune-report"
    columns = [
        Column("name", label=_("Commune"), sort_key="name"),
        Column(
            "province",
            label=_("Province"),
            accessor="province.name",
            sort_key="province",
        ),
        NumberColumn("population", label=_("Population"), sort_key="population"),
        NumberColumn("learner_count", label=_("Learners"), sort_key="learners"),
        NumberColumn(
            "completion_count", label=_("Completions"), sort_key="completions"
        ),
        NumberColumn(
            "coverage", label=_("Coverage (%)"), sort_key="coverage", decimals=1
        ),
        NumberColumn("assisted", label=_("Assisted residents"), sort_key="assisted"),
        TrendColumn("trend", label=_("30-day trend"), sort_key="recent"),
    ]
    list_export = [
        "code",
        "name",
        "province.name",
        "population",
        "learner_count",
        "completion_count",
        "trained",
        "coverage",
        "assisted",
        "recent",
        "previous",
    ]
    export_headings = {
        "code": _("Code"),
        "name": _("Commune"),
        "province.name": _("Province"),
        "population": _("Population"),
        "learner_count": _("Learners"),
        "completion_count": _("Completions"),
        "trained": _("Trained residents"),
        "coverage": _("Coverage (%)"),
        "assisted": _("Assisted residents"),
        "recent": _("Completions, last 30 days"),
        "previous": _("Completions, 30 days before"),
    }
    custom_field_preprocess = {
        "coverage": {
            fmt: lambda value: None if value is None else round(value, 1)
            for fmt in ("csv", "xlsx")
        }
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "scope": self.scope}

    @cached_property
    def chosen(self) -> dict:
        """The period and dimension the filters chose; nothing when they are bad."""
        if not self.filters or not self.filters.is_valid():
            return {}
        data = self.filters.form.cleaned_data
        return {
            "start": data.get("start"),
            "end": data.get("end"),
            "course": data["course"].pk if data.get("course") else None,
            "area": data["area"].pk if data.get("area") else None,
        }

    def get_base_queryset(self):
        return commune_report(scope=self.scope, **self.chosen)

    def order_queryset(self, queryset):
        """Any column, unknown values last, then by province and name."""
        if not self.ordering:
            return queryset
        field = F(SORTS[self.ordering.lstrip("-")])
        if self.ordering.startswith("-"):
            first = field.desc(nulls_last=True)
        else:
            first = field.asc(nulls_last=True)
        return queryset.order_by(first, "province__name", "name", "code")

    def decorate_paginated_queryset(self, object_list):
        if self.is_export:
            return object_list
        chosen = self.chosen
        trends = commune_trends(
            scope=self.scope,
            communes=[commune.code for commune in object_list],
            days=TREND_DAYS,
            end=chosen.get("end"),
            course=chosen.get("course"),
            area=chosen.get("area"),
        )
        for commune in object_list:
            commune.trend = trends.get(commune.code, [])
        return object_list

    def get(self, request, *args, **kwargs):
        if self.filters and not self.filters.is_valid():
            return self.refuse_filters()
        return super().get(request, *args, **kwargs)

    def refuse_filters(self):
        """Say what is wrong with the filters, showing and exporting nothing."""
        self.is_export = False
        self.object_list = Commune.objects.none()
        context = self.get_context_data()
        form = self.filters.form
        context["filter_errors"] = [
            f"{form[name].label}: {error}" if name in form.fields else error
            for name, errors in form.errors.items()
            for error in errors
        ]
        # The listing's script swaps in only a successful answer, so the results
        # alone come back with 200 to show the errors; the page itself is a 400.
        status = 200 if self.results_only else 400
        return self.render_to_response(context, status=status)

    def stream_csv(self, queryset):
        """A byte order mark first, so Excel reads the Vietnamese as UTF-8."""
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(
            self.stream_csv(queryset), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{self.get_filename()}.csv"'
        )
        return response
