"""Campaigns in the Wagtail admin: run them, freeze their results, void a completion
for one campaign; and the fair-play flags.

Province administrators see their province's campaigns and the national ones, and
run only their province's. Each edit's entry in the audit log (wagtail.edit)
holds the fields changed with their old and new values.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy

from courses.models import CoursePage
from learning.admin_scope import (
    ScopedPermissionPolicy,
    ScopedViewSetMixin,
    choices_scope,
)
from learning.models import Commune, Completion
from learning.scopes import Scope, scope_for

from .admin_audit import form_changes
from .admin_flags import flag_viewset
from .models import Campaign, CampaignVoid
from .services.campaigns import campaign_freeze
from .services.standings import campaign_completion_void, campaign_rebuild

FROZEN = _("The results of this campaign are frozen: it can no longer be changed.")


@hooks.register("register_log_actions")
def register_leaderboard_log_actions(actions):
    """Name the audit-log entries leaderboard writes, for Reports → Site history."""
    actions.register_action(
        "leaderboard.completion_void",
        _("Void completion for a campaign"),
        _("Completion voided for the campaign"),
    )
    actions.register_action(
        "leaderboard.campaign_freeze",
        _("Freeze campaign results"),
        _("Campaign results frozen"),
    )


def campaign_changeable(campaign: Campaign, *, scope: Scope) -> bool:
    """National campaigns are run nationally; a province's, by its administrators."""
    return scope.national or campaign.province_id in scope.provinces


class CampaignPermissionPolicy(ScopedPermissionPolicy):
    """Administrators see the national campaigns and those of their province (a
    commune's administrator, of its province); they change only the latter."""

    def scoped(self, queryset, *, user, action="view"):
        scope = scope_for(user=user)
        if scope.national:
            return queryset
        if action != "view":
            return queryset.filter(province__in=scope.provinces)
        if scope.empty:
            return queryset.none()
        communes = Commune.objects.filter(code__in=scope.communes)
        return queryset.filter(
            Q(province__isnull=True)
            | Q(province__in=scope.provinces)
            | Q(province__in=communes.values("province"))
        )


register_permission_policy(Campaign, CampaignPermissionPolicy(Campaign))


NATIONAL_ONLY = _(
    "Choose your province: national campaigns are run by national administrators."
)


class CampaignForm(WagtailAdminModelForm):
    """Courses come from the default language; freezing is its own action; the
    province is one the administrator administers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["courses"].queryset = CoursePage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")
        province = self.fields["province"]
        choices_scope(province, user=self.for_user)
        province.error_messages["invalid_choice"] = _(
            "Choose a province in the area you administer."
        )
        if not scope_for(user=self.for_user).national:
            province.required = True
            province.error_messages["required"] = NATIONAL_ONLY
        self.fields["status"].choices = [
            choice
            for choice in self.fields["status"].choices
            if choice[0] != Campaign.Status.FROZEN
        ]

    def clean(self):
        cleaned = super().clean()
        if (
            self.instance.pk
            and Campaign.objects.filter(
                pk=self.instance.pk, status=Campaign.Status.FROZEN
            ).exists()
        ):
            raise ValidationError(FROZEN)
        if (
            not cleaned.get("all_courses")
            and not cleaned.get("courses")
            and "courses" not in self.errors
        ):
            self.add_error(
                "courses",
                _("Choose the courses that count, or tick “every course counts”."),
            )
        return cleaned


def _recount_after_commit(campaign: Campaign) -> None:
    """Its window, area or courses may have changed: recount once the save is in."""
    if campaign.counting:
        transaction.on_commit(lambda: campaign_rebuild(campaign=campaign))


def _scope(campaign: Campaign) -> str:
    return campaign.province.name if campaign.province else str(_("national"))


class CampaignActionUrls:
    freeze_url_name = None
    void_url_name = None

    @cached_property
    def scope(self) -> Scope:
        return scope_for(user=self.request.user)

    def campaign_actions(self, campaign: Campaign) -> list[tuple[str, str, str]]:
        """(label, url, icon) of what can be done to a campaign besides editing."""
        actions = [
            (
                _("Results page"),
                reverse("leaderboard:results", args=[campaign.pk]),
                "view",
            )
        ]
        if campaign.status != Campaign.Status.FROZEN and self.may_change(campaign):
            actions += [
                (
                    _("Void a completion for this campaign"),
                    reverse(self.void_url_name, args=[campaign.pk]),
                    "cross",
                ),
                (
                    _("Freeze results"),
                    reverse(self.freeze_url_name, args=[campaign.pk]),
                    "lock",
                ),
            ]
        return actions

    def may_change(self, campaign: Campaign) -> bool:
        return self.user_has_permission("change") and campaign_changeable(
            campaign, scope=self.scope
        )


class CampaignIndexView(CampaignActionUrls, generic.IndexView):
    """National campaigns are listed to province administrators, to read only."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("province")

    def get_edit_url(self, instance):
        if campaign_changeable(instance, scope=self.scope):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if campaign_changeable(instance, scope=self.scope):
            return super().get_delete_url(instance)
        return None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for priority, (label, url, icon) in enumerate(
            self.campaign_actions(instance), start=40
        ):
            buttons.append(MenuItem(label, url=url, icon_name=icon, priority=priority))
        return buttons


class CampaignCreateView(generic.CreateView):
    def save_instance(self):
        campaign = super().save_instance()
        _recount_after_commit(campaign)
        return campaign


class CampaignEditView(CampaignActionUrls, generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.object.status == Campaign.Status.FROZEN:
            messages.warning(request, FROZEN)
        return response

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        for priority, (label, url, icon) in enumerate(
            self.campaign_actions(self.object), start=40
        ):
            buttons.append(Button(label, url=url, icon_name=icon, priority=priority))
        return buttons

    @transaction.atomic
    def save_instance(self):
        """Saved like any edit, its wagtail.edit entry saying what changed, from
        what to what."""
        changes = form_changes(form=self.form)
        campaign = self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=""
        ).execute(skip_permission_checks=True)
        log(
            instance=campaign,
            action="wagtail.edit",
            user=self.request.user,
            data={"changes": changes},
            content_changed=bool(changes),
        )
        _recount_after_commit(campaign)
        return campaign


class CampaignActionView(
    BaseObjectMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView
):
    """A form about one campaign, in the admin's look; errors come back as 400.

    Subclasses define `act(form)`: it does the action and returns the success
    message, or raises ValueError, shown as the form's error.
    """

    model = Campaign
    permission_required = "change"
    template_name = "wagtailadmin/generic/form.html"
    header_icon = "calendar-check"
    index_url_name = None
    edit_url_name = None
    submit_button_label = ""
    error_message = _("Nothing was changed: see the errors below.")

    def get_page_subtitle(self):
        return f"{self.page_title}: {self.object}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Campaign._meta.verbose_name_plural),
            },
            {
                "url": reverse(self.edit_url_name, args=[self.object.pk]),
                "label": str(self.object),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = self.submit_button_label
        context["submit_button_active_label"] = self.submit_button_label
        return context

    def form_valid(self, form):
        try:
            message = self.act(form)
        except ValueError as error:  # CampaignFrozen too
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        messages.validation_error(self.request, self.error_message, form)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class CampaignFreezeForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("The results are final"),
        help_text=_(
            "Once frozen, no voided completion changes the standings any more, "
            "and merit certificates can be printed. This cannot be undone."
        ),
    )


class CampaignFreezeView(CampaignActionView):
    """Confirm, then freeze the results of a campaign that has ended."""

    form_class = CampaignFreezeForm
    page_title = _("Freeze results")
    submit_button_label = _("Yes, freeze the results")

    def act(self, form) -> str:
        campaign_freeze(campaign=self.object, by=self.request.user)
        return str(_("The results of “%(campaign)s” are frozen.")) % {
            "campaign": self.object
        }

    def get_success_url(self):
        return reverse(self.index_url_name)


class CompletionVoidForm(forms.Form):
    completion = forms.IntegerField(
        label=_("Completion number"),
        min_value=1,
        max_value=2**31 - 1,
        help_text=_("As shown on a fair-play flag's page."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the audit log."),
    )

    def __init__(self, *args, campaign: Campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign

    def clean_completion(self) -> Completion:
        completion = (
            Completion.objects.select_related("commune")
            .filter(pk=self.cleaned_data["completion"])
            .first()
        )
        if completion is None:
            raise ValidationError(_("No completion has this number."))
        if CampaignVoid.objects.filter(
            campaign=self.campaign, completion=completion
        ).exists():
            raise ValidationError(_("This completion is already voided here."))
        return completion


class CompletionVoidView(CampaignActionView):
    """Take one completion out of this campaign's standings, with the reason."""

    form_class = CompletionVoidForm
    page_title = _("Void a completion for this campaign")
    submit_button_label = _("Void the completion")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "campaign": self.object}

    def act(self, form) -> str:
        completion = form.cleaned_data["completion"]
        campaign_completion_void(
            campaign=self.object,
            completion=completion,
            reason=form.cleaned_data["reason"],
            by=self.request.user,
        )
        return str(_("Completion %(number)s no longer counts in “%(campaign)s”.")) % {
            "number": completion.pk,
            "campaign": self.object,
        }

    def get_success_url(self):
        return self.request.path


class CampaignViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Campaign
    icon = "calendar-check"
    menu_label = _("Campaigns")
    menu_name = "campaigns"
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = CampaignIndexView
    add_view_class = CampaignCreateView
    edit_view_class = CampaignEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "title",
        Column("scope", label=_("Scope"), accessor=_scope),
        "status",
        "starts_at",
        "ends_at",
        "metric",
    ]
    list_filter = ["status"]
    search_fields = ["title"]
    search_backend_name = None
    ordering = ["-starts_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("description"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("province"),
            FieldPanel("all_courses"),
            FieldPanel("courses", widget=forms.CheckboxSelectMultiple),
            FieldPanel("metric"),
            FieldPanel("division_limits"),
            FieldPanel("status"),
            FieldPanel("public"),
            FieldPanel("frozen_at", read_only=True),
        ],
        base_form_class=CampaignForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            freeze_url_name=self.get_url_name("freeze"),
            void_url_name=self.get_url_name("void"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "freeze/<int:pk>/",
                self.construct_view(CampaignFreezeView),
                name="freeze",
            ),
            path(
                "void/<int:pk>/",
                self.construct_view(CompletionVoidView),
                name="void",
            ),
        ]


@hooks.register("register_admin_viewset")
def register_campaign_viewset():
    return CampaignViewSet("campaigns")


@hooks.register("register_admin_viewset")
def register_flag_viewset():
    return flag_viewset
