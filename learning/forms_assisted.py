"""Forms of assisted learning: what helpers and commune administrators type."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .forms import full_name_validate
from .models import Commune, HelperKind, User
from .phones import phone_normalize
from .selectors import user_by_contact
from .services.assisted import CODE_DIGITS
from .services.learners import birth_years


class ResidentForm(forms.Form):
    """A resident the helper registers: name, year of birth, perhaps a phone."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        help_text=_("With diacritics, as it should appear on the certificate."),
        error_messages={"required": _("Enter the resident's full name.")},
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Enter the resident's year of birth."),
            "invalid": _("Enter the year of birth as four digits, like 1958."),
        },
    )
    phone = forms.CharField(
        label=_("Mobile phone number (optional)"),
        max_length=30,
        required=False,
        help_text=_(
            "If the resident has a phone, a code sent to it confirms each session, "
            "and they can later log in with it themselves."
        ),
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )

    def clean_full_name(self) -> str:
        return full_name_validate(
            self.cleaned_data["full_name"],
            unreal=_("Enter the resident's real full name."),
        )

    def clean_birth_year(self) -> int:
        year = self.cleaned_data["birth_year"]
        years = birth_years()
        if year not in years:
            raise ValidationError(
                _("Enter a year of birth between %(first)d and %(last)d.")
                % {"first": years[0], "last": years[-1]}
            )
        return year

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        return phone_normalize(phone) if phone else ""


class SessionForm(forms.Form):
    """The lessons gone through together; the quiz answers are read by the service."""

    lessons = forms.TypedMultipleChoiceField(
        label=_("Lessons gone through together"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "A lesson chosen is not part of this course. Please reload the page."
            ),
        },
    )

    def __init__(self, *args, lessons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lessons"].choices = [
            (lesson.pk, lesson.title) for lesson in lessons
        ]


class CodeForm(forms.Form):
    """The code the resident received by SMS."""

    code = forms.CharField(
        label=_("Code from the resident's SMS"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}
        ),
        error_messages={"required": _("Enter the code the resident received.")},
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if len(code) != CODE_DIGITS or not code.isdigit():
            raise ValidationError(
                _("The code has %(digits)d digits, like 123456.")
                % {"digits": CODE_DIGITS}
            )
        return code


class AdministeredCommuneForm(forms.Form):
    """A form about one of the communes the person administers, and no other."""

    commune = forms.ModelChoiceField(
        label=_("Commune"),
        queryset=Commune.objects.none(),
        empty_label=None,
        error_messages={
            "required": _("Choose the commune."),
            "invalid_choice": _("You do not administer this commune."),
        },
    )

    def __init__(self, *args, communes: list[Commune], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = Commune.objects.filter(
            pk__in=[commune.pk for commune in communes]
        ).order_by("name")
        if len(communes) == 1:
            self.fields["commune"].initial = communes[0].pk


class HelperGrantForm(AdministeredCommuneForm):
    """Who becomes a helper: an existing account, found by phone number or email."""

    field_order = ["contact", "kind", "commune"]

    contact = forms.CharField(
        label=_("Phone number or email of their account"),
        max_length=254,
        error_messages={"required": _("Enter a phone number or an email address.")},
    )
    kind = forms.ChoiceField(
        label=_("Helps as"),
        choices=HelperKind.choices,
        error_messages={
            "required": _("Choose what kind of helper this person is."),
            "invalid_choice": _("Choose what kind of helper this person is."),
        },
    )

    def clean_contact(self) -> User:
        contact = self.cleaned_data["contact"].strip()
        if "@" in contact:
            try:
                forms.EmailField().clean(contact)
            except ValidationError as error:
                raise ValidationError(_("This is not an email address.")) from error
            user = user_by_contact(email=contact)
        else:
            user = user_by_contact(phone=phone_normalize(contact))
        if user is None:
            raise ValidationError(
                _(
                    "No account uses this phone number or email. Ask the person to "
                    "sign up first."
                )
            )
        return user


class VoidForm(forms.Form):
    """Why a session no longer counts."""

    reason = forms.CharField(
        label=_("Reason for voiding"),
        max_length=300,
        error_messages={"required": _("Say why this session is voided.")},
    )
