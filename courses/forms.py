"""The catalogue's search and filter form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CompetenceArea, Level


class AreaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {obj.label}"


class CatalogFilterForm(forms.Form):
    """Search words, a competence area and a level; every field is optional."""

    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    area = AreaChoiceField(
        label=_("Competence area"),
        queryset=CompetenceArea.objects.all(),
        to_field_name="number",
        required=False,
        empty_label=_("All areas"),
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[("", _("All levels")), *Level.choices],
        required=False,
    )
