"""The competence framework in the Wagtail admin, editable by administrators."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Competence, CompetenceArea, ProficiencyLevel


class CompetenceAreaViewSet(SnippetViewSet):
    model = CompetenceArea
    icon = "folder-open-inverse"
    list_display = ["number", "name", "name_en"]
    ordering = ["number"]


class CompetenceViewSet(SnippetViewSet):
    model = Competence
    icon = "tag"
    list_display = ["code", "name", "name_en", "area"]
    list_filter = ["area"]
    search_fields = ["code", "name", "name_en"]
    ordering = ["code"]


class ProficiencyLevelViewSet(SnippetViewSet):
    model = ProficiencyLevel
    icon = "order"
    list_display = ["step", "name", "band"]
    ordering = ["step"]


class FrameworkViewSetGroup(SnippetViewSetGroup):
    items = (CompetenceAreaViewSet, CompetenceViewSet, ProficiencyLevelViewSet)
    menu_icon = "tag"
    menu_label = _("Competence framework")
    menu_name = "competences"


register_snippet(FrameworkViewSetGroup)
