"""Administrative units in the Wagtail admin: browse communes, fill in population."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.models import CoursePage

from .models import Commune, Completion, Province


class OfficialListPolicy(ModelPermissionPolicy):
    """Units come from the official list (units_load): none is added or deleted here."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Province, OfficialListPolicy(Province))
register_permission_policy(Commune, OfficialListPolicy(Commune))


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "code", "division_type"]
    search_fields = ["name", "code"]
    ordering = ["code"]
    panels = [FieldPanel("name", read_only=True), FieldPanel("code", read_only=True)]


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "home"
    list_display = ["name", "code", "province", "population"]
    list_filter = ["province"]
    search_fields = ["name", "code"]
    ordering = ["province_id", "name"]
    list_per_page = 50
    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("code", read_only=True),
        FieldPanel("province", read_only=True),
        FieldPanel("population"),
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
