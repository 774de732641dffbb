"""The learning app in the Wagtail admin.

Administrative units (browse communes, fill in population); assisted learning:
commune administrators, helpers, and assisted sessions an administrator can void;
certificates an administrator can correct or revoke. Every view keeps to the
administrator's scope (learning.admin_scope).
"""

from datetime import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from courses.models import CoursePage

from .admin_scope import (
    AreaMenuItem,
    ProvincePermissionPolicy,
    ScopedDeleteBulkAction,
    ScopedPermissionPolicy,
    ScopedViewSetMixin,
    choices_scope,
)
from .models import (
    AssistedSession,
    Certificate,
    Commune,
    CommuneAdministrator,
    Completion,
    Helper,
    HelperKind,
    Province,
    ProvinceAdministrator,
    User,
)
from .phones import phone_for, phone_normalize
from .scopes import scope_for
from .selectors import user_by_contact
from .services import (
    assisted_session_void,
    certificate_revoke,
    learner_name_correct,
    name_clean,
)
from .services.learners import name_is_real
from .services.population import population_change_record
from .views.population_admin import (
    POPULATION_PERMISSION,
    PopulationImportView,
    population_template,
)

# Units come from the official list (units_load): none is added or deleted here.
OFFICIAL_LIST = {"add", "delete"}


register_permission_policy(
    Province, ProvincePermissionPolicy(Province, forbidden=OFFICIAL_LIST)
)
register_permission_policy(
    Commune, ScopedPermissionPolicy(Commune, commune="", forbidden=OFFICIAL_LIST)
)


class ProvinceViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "code", "division_type"]
    search_fields = ["name", "code"]
    ordering = ["code"]
    panels = [FieldPanel("name", read_only=True), FieldPanel("code", read_only=True)]


class CommuneEditView(EditView):
    def save_instance(self):
        old = self.form.initial.get("population")
        commune = super().save_instance()
        population_change_record(commune=commune, old=old, by=self.request.user)
        return commune


def _provinces_in_scope(request):
    communes = scope_for(user=request.user).filter(Commune.objects.all(), commune="")
    return Province.objects.filter(code__in=communes.values("province"))


class CommuneFilterSet(WagtailFilterSet):
    province = django_filters.ModelChoiceFilter(
        label=_("province"), queryset=_provinces_in_scope
    )

    class Meta:
        model = Commune
        fields = []


class CommuneViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Commune
    edit_view_class = CommuneEditView
    icon = "home"
    list_display = ["name", "code", "province", "population"]
    filterset_class = CommuneFilterSet
    search_fields = ["name", "code"]
    ordering = ["province_id", "name"]
    list_per_page = 50
    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("code", read_only=True),
        FieldPanel("province", read_only=True),
        FieldPanel("population"),
        FieldPanel("population_year"),
    ]


class UnitsViewSetGroup(SnippetViewSetGroup):
    items = (ProvinceViewSet, CommuneViewSet)
    menu_icon = "site"
    menu_label = _("Administrative units")
    menu_name = "units"


register_snippet(UnitsViewSetGroup)


@hooks.register("before_delete_page")
def refuse_deleting_completed_courses(request, page):
    """Completions keep their course, so a course residents finished stays."""
    courses = CoursePage.objects.descendant_of(page, inclusive=True)
    if Completion.objects.filter(course__in=courses).exists():
        messages.error(
            request,
            _(
                "Residents have completed this course, so it cannot be deleted. "
                "Unpublish it instead."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("register_log_actions")
def register_learning_log_actions(actions):
    """Name the audit-log entries learning writes, for Reports → Site history."""
    for action, label, message in (
        (
            "learning.population_import",
            _("Import populations"),
            _("Commune populations imported"),
        ),
        (
            "learning.role_grant",
            _("Grant administrator role"),
            _("Administrator role granted"),
        ),
        (
            "learning.role_revoke",
            _("Revoke administrator role"),
            _("Administrator role revoked"),
        ),
        (
            "learning.group_change",
            _("Change roles (groups)"),
            _("Roles (groups) changed"),
        ),
        ("learning.helper_grant", _("Grant helper role"), _("Helper role granted")),
        ("learning.helper_revoke", _("Revoke helper role"), _("Helper role revoked")),
        (
            "learning.resident_register",
            _("Register resident"),
            _("Resident registered by a helper"),
        ),
        (
            "learning.assisted_record",
            _("Record assisted session"),
            _("Assisted session recorded"),
        ),
        (
            "learning.assisted_confirm",
            _("Confirm assisted session"),
            _("Assisted session confirmed with the resident's code"),
        ),
        (
            "learning.assisted_code_resend",
            _("Resend session code"),
            _("New session code sent to the resident"),
        ),
        (
            "learning.assisted_void",
            _("Void assisted session"),
            _("Assisted session voided"),
        ),
        ("learning.completion_void", _("Void completion"), _("Completion voided")),
        (
            "learning.certificate_revoke",
            _("Revoke certificate"),
            _("Certificate revoked"),
        ),
        (
            "learning.certificate_reissue",
            _("Reissue certificate"),
            _("Certificate reissued with a corrected name"),
        ),
    ):
        actions.register_action(action, label, message)


# Administrators are granted and taken away, never edited in place; only national
# administrators see province administrators. Helpers and sessions are written
# only by the learning services, which audit-log them; sessions are voided, never
# added or deleted here.
register_permission_policy(
    CommuneAdministrator,
    ScopedPermissionPolicy(CommuneAdministrator, forbidden={"change"}),
)
register_permission_policy(
    ProvinceAdministrator,
    ScopedPermissionPolicy(ProvinceAdministrator, commune=None, forbidden={"change"}),
)
register_permission_policy(
    Helper, ScopedPermissionPolicy(Helper, forbidden={"add", "change", "delete"})
)
register_permission_policy(
    AssistedSession,
    ScopedPermissionPolicy(AssistedSession, forbidden={"add", "delete"}),
)


class AdministratorForm(WagtailAdminModelForm):
    """The account is found by the phone number or email it signs in with; the
    place is one the granting administrator administers."""

    place = "commune"  # the field naming what they administer
    outside_scope = _("Choose a commune in the area you administer.")

    contact = forms.CharField(
        label=_("Phone number or email of their account"), max_length=254
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields[self.place]
        choices_scope(field, user=self.for_user)
        field.error_messages["invalid_choice"] = self.outside_scope

    def clean_contact(self) -> User:
        contact = self.cleaned_data["contact"].strip()
        if "@" in contact:
            user = user_by_contact(email=contact)
        else:
            user = user_by_contact(phone=phone_normalize(contact))
        if user is None:
            raise ValidationError(
                _("No account uses this phone number or email. Ask them to sign up.")
            )
        return user

    def clean(self):
        cleaned = super().clean()
        user, place = cleaned.get("contact"), cleaned.get(self.place)
        if user is not None:
            self.instance.user = user
            model = self._meta.model
            if (
                place is not None
                and model.objects.filter(user=user, **{self.place: place}).exists()
            ):
                raise ValidationError(_("This person already administers it."))
        return cleaned


class ProvinceAdministratorForm(AdministratorForm):
    place = "province"
    outside_scope = _("Choose a province in the area you administer.")


class PersonColumn(TitleColumn):
    """A person's name and phone number, linked to their row; the number masked for
    whoever has no need to call them (learning.phones.phone_for)."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        user = context["raw_value"]
        phone = phone_for(parent_context["request"].user, user.phone)
        context["value"] = " · ".join(filter(None, [user.display_name, phone]))
        return context


class PersonIndexView(IndexView):
    """Listings whose first column, "user", names the person (PersonColumn)."""

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name == "user":
            column_class = PersonColumn
        return super()._get_title_column(field_name, column_class, **kwargs)


class CommuneAdministratorViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = CommuneAdministrator
    icon = "user"
    index_view_class = PersonIndexView
    list_display = ["user", "commune", "granted_at"]
    search_fields = ["user__username", "user__email", "user__phone", "commune__name"]
    search_backend_name = None
    ordering = ["commune__name", "pk"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("contact"), FieldPanel("commune")],
        base_form_class=AdministratorForm,
    )

    def get_queryset(self, request):
        return CommuneAdministrator.objects.select_related("user__learner", "commune")


class ProvinceAdministratorViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = ProvinceAdministrator
    icon = "user"
    index_view_class = PersonIndexView
    list_display = ["user", "province", "granted_at"]
    search_fields = ["user__username", "user__email", "user__phone", "province__name"]
    search_backend_name = None
    ordering = ["province__code", "pk"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("contact"), FieldPanel("province")],
        base_form_class=ProvinceAdministratorForm,
    )

    def get_queryset(self, request):
        return ProvinceAdministrator.objects.select_related("user__learner", "province")


class HelperViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Helper
    icon = "group"
    index_view_class = PersonIndexView
    list_display = ["user", "commune", "kind", "active", "granted_at"]
    list_filter = ["kind", "active"]
    search_fields = ["user__username", "user__email", "user__phone", "commune__name"]
    search_backend_name = None
    ordering = ["-granted_at"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Helper.objects.select_related("user__learner", "commune")


def _helper_communes_in_scope(request):
    communes = Commune.objects.filter(code__in=Helper.objects.values("commune"))
    return scope_for(user=request.user).filter(communes, commune="")


def _helpers_in_scope(request):
    helpers = User.objects.filter(helper__isnull=False).order_by("username")
    return scope_for(user=request.user).filter(helpers, commune="helper__commune")


class AssistedSessionFilterSet(WagtailFilterSet):
    commune = django_filters.ModelChoiceFilter(
        label=_("commune"), field_name="commune", queryset=_helper_communes_in_scope
    )
    helper = django_filters.ModelChoiceFilter(
        label=_("helper"), queryset=_helpers_in_scope
    )
    kind = django_filters.ChoiceFilter(
        label=_("helper kind"),
        field_name="helper__helper__kind",
        choices=HelperKind.choices,
    )

    class Meta:
        model = AssistedSession
        fields = ["status"]


class AssistedSessionVoidForm(WagtailAdminModelForm):
    """Voiding is the only change an administrator makes to a session."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["void_reason"].required = True

    def clean(self):
        cleaned = super().clean()
        if self.instance.status == AssistedSession.Status.VOIDED:
            raise ValidationError(_("This session is already voided."))
        return cleaned


class AssistedSessionVoidView(EditView):
    """The edit form voids the session, and the completion it brought, with a reason."""

    success_message = _("Assisted session '%(object)s' voided.")
    submit_button_label = _("Void the session")

    def save_instance(self):
        return assisted_session_void(
            session=self.object,
            reason=self.form.cleaned_data["void_reason"],
            by=self.request.user,
        )


def _session_result(session) -> str:
    attempt = session.quiz_attempt
    if attempt is None:
        return ""
    return f"{attempt.score}% {'✓' if attempt.passed else '✗'}"


class AssistedSessionViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = AssistedSession
    icon = "user"
    edit_view_class = AssistedSessionVoidView
    list_display = [
        "__str__",
        "status",
        Column("result", label=_("quiz"), accessor=_session_result),
        "recorded_at",
        "voided_at",
    ]
    filterset_class = AssistedSessionFilterSet
    search_fields = ["resident__full_name", "helper__username", "helper__phone"]
    search_backend_name = None
    ordering = ["-recorded_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "helper",
        "resident",
        "course",
        "status",
        "lessons",
        "quiz_attempt",
        "completion",
        "code_expires_at",
        "code_attempts",
        "recorded_at",
        "voided_at",
        "void_reason",
    ]
    edit_handler = ObjectList(
        [FieldPanel("void_reason")], base_form_class=AssistedSessionVoidForm
    )

    def get_queryset(self, request):
        return AssistedSession.objects.select_related(
            "helper__learner", "resident", "course", "quiz_attempt"
        )


class AssistedLearningViewSetGroup(SnippetViewSetGroup):
    items = (
        ProvinceAdministratorViewSet,
        CommuneAdministratorViewSet,
        HelperViewSet,
        AssistedSessionViewSet,
    )
    menu_icon = "group"
    menu_label = _("Assisted learning")
    menu_name = "assisted"


register_snippet(AssistedLearningViewSetGroup)

# After Wagtail's own bulk delete, which it replaces for these models.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=1)


# Certificates are issued by completing a course, never added or deleted here;
# they belong to the commune of the completion.
register_permission_policy(
    Certificate,
    ScopedPermissionPolicy(
        Certificate, commune="completion__commune", forbidden={"add", "delete"}
    ),
)


class CertificateChangeForm(WagtailAdminModelForm):
    """Correct the learner's name (reissuing their certificates), or revoke."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = False
        self.fields["full_name"].help_text = _(
            "Correcting the name changes it on the learner's profile and reissues "
            "all their certificates under the same numbers; earlier versions are kept."
        )
        self.fields["revoke_reason"].help_text = _(
            "Revoking is final. The reason is shown on the public verification page."
        )

    def clean(self):
        cleaned = super().clean()
        certificate = self.instance
        if certificate.revoked_at:
            raise ValidationError(_("This certificate is revoked; it cannot change."))
        name = name_clean(cleaned.get("full_name") or "")
        renamed = bool(name) and name != self.initial.get("full_name")
        if renamed and not name_is_real(name):
            self.add_error(
                "full_name",
                _("Enter the full name as it should appear on certificates."),
            )
        if renamed and certificate.completion.learner is None:
            self.add_error(
                "full_name",
                _("The learner deleted their data; there is no name to correct."),
            )
        reason = (cleaned.get("revoke_reason") or "").strip()
        if not renamed and not reason:
            raise ValidationError(_("Correct the name or give a reason for revoking."))
        cleaned["renamed"], cleaned["full_name"] = renamed, name
        return cleaned


class CertificateChangeView(EditView):
    success_message = _("Certificate '%(object)s' updated.")
    submit_button_label = _("Save")

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValueError as error:  # revoked meanwhile by someone else
            form.add_error(None, str(error))
            return self.form_invalid(form)

    @transaction.atomic
    def save_instance(self):
        certificate, data = self.object, self.form.cleaned_data
        if data["renamed"]:
            learner_name_correct(
                learner=certificate.completion.learner,
                full_name=data["full_name"],
                by=self.request.user,
            )
        if data["revoke_reason"].strip():
            certificate_revoke(
                certificate=certificate,
                reason=data["revoke_reason"],
                by=self.request.user,
            )
        return Certificate.objects.get(pk=certificate.pk)


def _certificate_status(certificate) -> str:
    if certificate.revocation():
        return str(_("revoked"))
    return str(_("reissued")) if certificate.reissued_at else str(_("valid"))


def _certificate_commune(certificate) -> str:
    commune = certificate.completion.commune
    return commune.place if commune else "—"


# What a certificate's admin pages show beyond its own fields, with their labels.
CERTIFICATE_COLUMNS = {
    "course": (_("course"), lambda c: c.completion.course.title),
    "commune": (_("commune"), _certificate_commune),
    "status": (_("status"), _certificate_status),
    "revisions": (
        _("earlier versions"),
        lambda c: "; ".join(str(r) for r in c.revisions.all()) or "—",
    ),
}


def _column(name: str) -> Column:
    label, accessor = CERTIFICATE_COLUMNS[name]
    return Column(name, label=capfirst(label), accessor=accessor)


class CertificateInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field_name in CERTIFICATE_COLUMNS:
            return capfirst(CERTIFICATE_COLUMNS[field_name][0])
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field_name in CERTIFICATE_COLUMNS:
            return CERTIFICATE_COLUMNS[field_name][1](self.object)
        value = getattr(self.object, field_name)
        if isinstance(value, datetime):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        if value is None or value == "":
            return "—"
        return super().get_field_display_value(field_name, field)


class CertificateViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 210
    add_to_admin_menu = True
    edit_view_class = CertificateChangeView
    inspect_view_class = CertificateInspectView
    list_display = [
        "number_display",
        "full_name",
        _column("course"),
        _column("commune"),
        _column("status"),
        "issued_at",
    ]
    list_filter = {"revoked_at": ["isnull"], "issued_at": ["gte", "lte"]}
    search_fields = ["number", "full_name"]
    search_backend_name = None
    ordering = ["-issued_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "number_display",
        "full_name",
        "course",
        "commune",
        "status",
        "issued_at",
        "reissued_at",
        "revisions",
        "revoked_at",
        "revoke_reason",
        "revoked_by",
    ]
    edit_handler = ObjectList(
        [FieldPanel("full_name"), FieldPanel("revoke_reason")],
        base_form_class=CertificateChangeForm,
    )

    def get_queryset(self, request):
        return Certificate.objects.select_related(
            "completion__course", "completion__learner", "completion__commune__province"
        )


register_snippet(CertificateViewSet)


@hooks.register("register_admin_urls")
def population_urls():
    return [
        path(
            "population/",
            PopulationImportView.as_view(),
            name="learning_population_import",
        ),
        path(
            "population/template.csv",
            population_template,
            name="learning_population_template",
        ),
    ]


@hooks.register("register_admin_menu_item")
def population_menu_item():
    return AreaMenuItem(
        _("Import populations"),
        reverse("learning_population_import"),
        icon_name="upload",
        order=230,
        permission=POPULATION_PERMISSION,
    )
