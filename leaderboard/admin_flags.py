"""Fair-play flags in the Wagtail admin: read, inspect, mark reviewed.

Flags are raised only by leaderboard.fairplay, so nobody adds or deletes one
here; the edit view's one job is to mark a flag reviewed with a note. Each
administrator sees the flags of their own area (a flag without a commune, only
national administrators). leaderboard/wagtail_hooks.py registers `flag_viewset`.
"""

from datetime import datetime

import django_filters
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from learning.admin_scope import ScopedPermissionPolicy, ScopedViewSetMixin

from .fairplay import flag_review
from .models import Flag

register_permission_policy(
    Flag, ScopedPermissionPolicy(Flag, forbidden={"add", "delete"})
)


def _when(value: datetime | None) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else "—"


def _reviewed(flag: Flag) -> str:
    return _when(flag.reviewed_at) if flag.reviewed_at else str(_("not yet"))


class FlagFilterSet(WagtailFilterSet):
    reviewed = django_filters.BooleanFilter(
        label=_("reviewed"),
        field_name="reviewed_at",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = Flag
        fields = ["kind"]


class FlagIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("commune")


class FlagReviewForm(WagtailAdminModelForm):
    """Reviewing says what the administrator concluded, so the note is required."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].required = True
        self.fields["note"].help_text = _(
            "What you found, e.g. 'a commune hall session, checked with the helper'."
        )

    def clean_note(self) -> str:
        note = self.cleaned_data["note"].strip()
        if not note:
            raise ValidationError(_("Write what you concluded."))
        return note


class FlagReviewView(EditView):
    """Saving the form marks the flag reviewed by the current administrator."""

    page_title = _("Review")
    success_message = _("Flag '%(object)s' marked reviewed.")
    submit_button_label = _("Mark reviewed")

    def save_instance(self):
        return flag_review(
            flag=self.object, note=self.form.cleaned_data["note"], by=self.request.user
        )


def _learner_name(completion) -> str:
    learner = completion.learner
    if learner is None:
        return str(_("(deleted their data)"))
    return f"{learner.full_name} (#{learner.pk})"


def _helper_name(completion) -> str:
    helper = completion.helper
    return f"{helper.display_name} (#{helper.pk})" if helper else "—"


def _completion_commune(completion) -> str:
    return completion.commune.place if completion.commune else "—"


class FlagInspectView(InspectView):
    extra_fields = {
        "completions": _("completions"),
        "reviewed": _("reviewed"),
    }

    def get_field_label(self, field_name, field):
        if field_name in self.extra_fields:
            return capfirst(self.extra_fields[field_name])
        return super().get_field_label(field_name, field)

    def get_reviewed_display_value(self) -> str:
        return _reviewed(self.object)

    def get_reviewed_by_display_value(self) -> str:
        user = self.object.reviewed_by
        return user.display_name if user else "—"

    def get_completions_display_value(self):
        completions = list(
            self.object.completions.select_related(
                "learner",
                "course",
                "commune__province",
                "helper__learner",
            ).order_by("completed_at", "pk")
        )
        if not completions:
            return "—"
        return Table(
            [
                Column("id", label=capfirst(_("completion")), accessor="pk"),
                Column("learner", label=capfirst(_("learner")), accessor=_learner_name),
                Column("course", label=capfirst(_("course")), accessor="course.title"),
                Column(
                    "commune",
                    label=capfirst(_("commune")),
                    accessor=_completion_commune,
                ),
                Column(
                    "completed_at",
                    label=capfirst(_("completed at")),
                    accessor=lambda c: _when(c.completed_at),
                ),
                Column("helper", label=capfirst(_("helper")), accessor=_helper_name),
            ],
            completions,
        )

    def get_field_display_value(self, field_name, field):
        value_func = getattr(self, f"get_{field_name}_display_value", None)
        if value_func is None:
            value = getattr(self.object, field_name)
            if isinstance(value, datetime):
                return _when(value)
            if value is None or value == "":
                return "—"
        return super().get_field_display_value(field_name, field)


class FlagViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Flag
    icon = "warning"
    menu_label = _("Fair-play flags")
    add_to_admin_menu = True
    menu_order = 230
    index_view_class = FlagIndexView
    edit_view_class = FlagReviewView
    inspect_view_class = FlagInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "kind",
        "subject",
        "commune",
        "count",
        "window_start",
        Column("reviewed", label=capfirst(_("reviewed")), accessor=_reviewed),
    ]
    filterset_class = FlagFilterSet
    ordering = ["-created_at"]
    list_per_page = 50
    inspect_view_fields = [
        "kind",
        "subject",
        "detail",
        "commune",
        "window_start",
        "count",
        "created_at",
        "reviewed",
        "reviewed_by",
        "note",
        "completions",
    ]
    edit_handler = ObjectList([FieldPanel("note")], base_form_class=FlagReviewForm)


flag_viewset = FlagViewSet("fairplay_flags")
