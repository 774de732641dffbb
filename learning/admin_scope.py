"""The Wagtail admin keeps each administrator to their own area.

A model's permission policy (ScopedPermissionPolicy) says which of its rows the user's
scope holds; a viewset with ScopedViewSetMixin builds every view from it, its
chooser's included. Listings and choosers read only rows in scope; a page about one
object (edit, inspect, delete, history, usage, custom actions) answers 404 for an
object outside it, before any permission check or form. Forms offer and accept
only choices in scope (`choices_scope`); bulk deleting takes only rows in scope
(ScopedDeleteBulkAction).
"""

import functools
import operator

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.chooser import BaseChooseView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.chooser import SnippetChooserViewSet

from .scopes import Scope, scope_for


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions on the rows in the user's scope, minus the actions
    no one takes in the admin.

    `commune` is the path from the model to its commune's code ("" for Commune
    itself); None means only national administrators see the rows.
    """

    def __init__(
        self,
        model,
        *,
        commune: str | None = "commune",
        forbidden: set[str] | frozenset[str] = frozenset(),
    ):
        super().__init__(model)
        self.commune = commune
        self.forbidden = frozenset(forbidden)

    def scoped(self, queryset: QuerySet, *, user, action: str = "view") -> QuerySet:
        """The rows of `queryset` in the user's scope for `action`."""
        scope = scope_for(user=user)
        if self.commune is None:
            return queryset if scope.national else queryset.none()
        return scope.filter(queryset, commune=self.commune)

    def user_has_permission(self, user, action):
        if action in self.forbidden:
            return False
        return super().user_has_permission(user, action)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return self.scoped(self.model._default_manager.all(), user=user, action=action)

    def instances_user_has_any_permission_for(self, user, actions):
        return functools.reduce(
            operator.or_,
            [self.instances_user_has_permission_for(user, a) for a in actions],
            self.model._default_manager.none(),
        )

    def user_has_permission_for_instance(self, user, action, instance):
        rows = self.instances_user_has_permission_for(user, action)
        return rows.filter(pk=instance.pk).exists()


class ProvincePermissionPolicy(ScopedPermissionPolicy):
    """A province is in scope when it is administered as a whole."""

    def scoped(self, queryset, *, user, action="view"):
        scope = scope_for(user=user)
        return queryset if scope.national else queryset.filter(pk__in=scope.provinces)


def _scoped(view, queryset: QuerySet, action: str) -> QuerySet:
    policy = policy_registry.get_by_type(queryset.model)
    return policy.scoped(queryset, user=view.request.user, action=action)


class ScopedListingMixin:
    """Listings and choosers: only the rows in scope."""

    def get_base_queryset(self):
        return _scoped(self, super().get_base_queryset(), "view")

    def get_object_list(self):
        return _scoped(self, super().get_object_list(), "view")


class ScopedObjectMixin:
    """Pages about one object: outside the scope, it is not found. Pages that
    change it use the scope for changing, which may be narrower (campaigns)."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if instance is None:  # a create view
            return instance
        action = "view"
        if getattr(self, "permission_required", None) in ("change", "delete"):
            action = "change"
        rows = type(instance)._default_manager.filter(pk=instance.pk)
        if not _scoped(self, rows, action).exists():
            raise Http404
        return instance

    def get_objects(self, pks):  # the chooser's multiple choice
        return _scoped(self, super().get_objects(pks), "view")


def scoped_view_class(view_class: type) -> type:
    mixin = (
        ScopedListingMixin
        if issubclass(view_class, (IndexView, BaseChooseView))
        else ScopedObjectMixin
    )
    return type(view_class.__name__, (mixin, view_class), {})


class ScopedViewsMixin:
    """Each view the viewset builds, those added in get_urlpatterns too, keeps to
    the scope its model's policy gives."""

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class), **kwargs)


class ScopedChooserViewSet(ScopedViewsMixin, SnippetChooserViewSet):
    pass


class ScopedViewSetMixin(ScopedViewsMixin):
    """For a ModelViewSet or SnippetViewSet whose model has a ScopedPermissionPolicy;
    a snippet's chooser keeps to the scope too."""

    chooser_viewset_class = ScopedChooserViewSet


def choices_scope(field, *, user) -> None:
    """Offer, and accept, only the choices in the user's scope: anything else is
    refused with the field's invalid_choice message."""
    policy = policy_registry.get_by_type(field.queryset.model)
    field.queryset = policy.scoped(field.queryset, user=user)


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Deleting snippets in bulk: rows outside the scope are not found, nor named
    among those the user may not delete."""

    @classproperty
    def models(cls):
        return [
            model
            for model in get_snippet_models()
            if isinstance(policy_registry.get_by_type(model), ScopedPermissionPolicy)
        ]

    def get_queryset(self, model, object_ids):
        rows = model._default_manager.filter(pk__in=object_ids)
        rows = list(_scoped(self, rows, "change"))
        if not rows:
            raise Http404
        return rows


def area_scope(user, *, permission: str = "") -> Scope | None:
    """The area of an admin page about the user's own communes; None for those
    who administer none, or lack `permission`."""
    scope = scope_for(user=user)
    if scope.empty or (permission and not user.has_perm(permission)):
        return None
    return scope


class AreaRequiredMixin:
    """A view of the user's own area (self.scope): others get 403 saying
    `area_refusal`, where a raised PermissionDenied would send them to the admin
    home with a generic message."""

    area_refusal = gettext_lazy("This page is about the communes you administer.")
    area_permission = ""

    def dispatch(self, request, *args, **kwargs):
        self.scope = area_scope(request.user, permission=self.area_permission)
        if self.scope is None:
            context = {"exception": self.area_refusal}
            return TemplateResponse(request, "403.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)


class AreaMenuItem(MenuItem):
    """A menu entry for the pages of AreaRequiredMixin, shown to whom they admit."""

    def __init__(self, *args, permission: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return area_scope(request.user, permission=self.permission) is not None


def national_history_only(view):
    """Wagtail's Site history lists every entry of a model whatever its commune: a
    province or commune administrator reads each object's own history instead."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        scope = scope_for(user=request.user)
        if not (scope.national or scope.empty):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_admin_access(guarded)
