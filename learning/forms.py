"""Forms that parse what residents type."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Commune, Province
from .selectors import commune_list_for_province
from .services import learner_create, name_clean


class SignupForm(forms.Form):
    """The extra sign-up field: the name to print on certificates."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        help_text=_("With diacritics, as it should appear on your certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["full_name", "email", "password1", "password2"]

    def clean_full_name(self) -> str:
        name = name_clean(self.cleaned_data["full_name"])
        if len(name) < 2 or any(ch.isdigit() for ch in name):
            raise forms.ValidationError(_("Please enter your real full name."))
        return name

    def signup(self, request, user) -> None:
        learner_create(user=user, full_name=self.cleaned_data["full_name"])


class ProvinceForm(forms.Form):
    """First step of the commune picker."""

    province = forms.ModelChoiceField(
        label=_("Province or city"),
        queryset=Province.objects.all(),
        empty_label=_("— choose your province —"),
        error_messages={
            "required": _("Please choose your province."),
            "invalid_choice": _(
                "This province is not in the list. Please choose again."
            ),
        },
    )


class CommuneForm(forms.Form):
    """Second step of the commune picker: the communes of one province."""

    commune = forms.ModelChoiceField(
        label=_("Commune or ward"),
        queryset=Commune.objects.none(),
        empty_label=_("— choose your commune or ward —"),
        error_messages={
            "required": _("Please choose your commune or ward."),
            "invalid_choice": _(
                "This commune or ward is not in the list. Please choose again."
            ),
        },
    )

    def __init__(self, *args, province: Province, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = commune_list_for_province(province=province)
