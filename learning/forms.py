"""Forms that parse what residents type."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import Commune, Learner, Province, User
from .selectors import commune_list_for_province
from .services import learner_create, name_clean
from .services.learners import birth_years, name_is_real


class SignupForm(forms.Form):
    """The name to print on certificates, and a phone number or an email.

    allauth builds its sign-up form on this class and adds the phone, email and
    password fields after it (their help texts are in learning.accounts).
    """

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        help_text=_("With diacritics, as it should appear on your certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["full_name", "phone", "email", "password1", "password2"]

    def clean_full_name(self) -> str:
        return full_name_validate(self.cleaned_data["full_name"])

    def clean(self):
        cleaned_data = super().clean()
        phone, email = cleaned_data.get("phone"), cleaned_data.get("email")
        if self.has_error("phone") or self.has_error("email"):
            return cleaned_data
        if not phone and not email:
            self.add_error(
                "phone",
                forms.ValidationError(
                    _(
                        "Enter your phone number. If you have no phone, enter "
                        "your email instead."
                    ),
                    code="phone_or_email_required",
                ),
            )
        elif phone and User.objects.filter(phone=phone).exists():
            # Like a taken email, a taken number is said plainly: residents who
            # forgot they signed up need to hear it to log in instead.
            self.add_error(
                "phone",
                forms.ValidationError(
                    _(
                        "This phone number already has an account. Log in, or get "
                        "a new password by SMS."
                    ),
                    code="phone_taken",
                ),
            )
        return cleaned_data

    def signup(self, request, user) -> None:
        learner_create(user=user, full_name=self.cleaned_data["full_name"])


class ProvinceForm(forms.Form):
    """First step of the commune picker."""

    province = forms.ModelChoiceField(
        label=_("Province or city"),
        queryset=Province.objects.all(),
        empty_label=_("— choose your province —"),
        widget=forms.Select(attrs={"data-autosubmit": ""}),
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


NOT_A_REAL_NAME = _("Please enter your real full name.")


def full_name_validate(value: str, *, unreal=NOT_A_REAL_NAME) -> str:
    """A real name with diacritics, composed (NFC): at least two letters, no digits.

    Its length is checked again once composed: a few characters compose into two
    or three, so a name that fit as typed may not fit the learner's record.
    """
    name = name_clean(value)
    if not name_is_real(name):
        raise forms.ValidationError(unreal)
    MaxLengthValidator(Learner._meta.get_field("full_name").max_length)(name)
    return name


class ProfileForm(forms.Form):
    """What a learner says about themselves, all changeable later."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        help_text=_(
            "With diacritics, as it should appear on your next certificates. "
            "To correct one already issued, ask your commune's youth union."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your real full name.")},
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        required=False,
        help_text=_("Optional. Four digits, for example 1965."),
        widget=forms.NumberInput(
            attrs={"inputmode": "numeric", "autocomplete": "bday-year"}
        ),
        error_messages={
            "invalid": _("Write your year of birth as four digits, for example 1965.")
        },
    )
    youth_union_member = forms.BooleanField(
        label=_("I am a member of the Ho Chi Minh Communist Youth Union"),
        required=False,
    )
    show_on_boards = forms.BooleanField(
        label=_("Show my name on my commune's board"),
        required=False,
        help_text=_(
            "Off unless you tick it. Boards always show communes; your name appears "
            "only if you agree."
        ),
    )

    def clean_full_name(self) -> str:
        return full_name_validate(self.cleaned_data["full_name"])

    def clean_birth_year(self) -> int | None:
        year = self.cleaned_data["birth_year"]
        years = birth_years()
        if year is not None and year not in years:
            raise forms.ValidationError(
                _("The year of birth must be between %(first)s and %(last)s.")
                % {"first": years[0], "last": years[-1]}
            )
        return year


class CommuneSearchForm(forms.Form):
    """The commune picker's search box: part of the name, diacritics optional."""

    q = forms.CharField(
        label=_("Find your commune or ward by name"),
        max_length=100,
        help_text=_("e.g. ba dinh"),
        error_messages={
            "required": _("Type part of the name of your commune or ward."),
            "max_length": _("Type at most %(limit_value)d characters."),
        },
    )

    def clean_q(self) -> str:
        query = self.cleaned_data["q"]
        if not any(ch.isalnum() for ch in query):
            raise forms.ValidationError(
                _("Type part of the name of your commune or ward.")
            )
        return query


class AccountDeleteForm(forms.Form):
    """Deleting an account asks for the password, or a tick when there is none."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Type your password to confirm.")},
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data will be deleted."),
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            del self.fields["confirm"]
        else:
            del self.fields["password"]

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This password is not right."))
        return password


PIN_WIDGET = forms.PasswordInput(
    attrs={"inputmode": "numeric", "autocomplete": "off", "pattern": "[0-9]{4,6}"}
)


class PinForm(forms.Form):
    """The short PIN that opens one's profile on a shared phone."""

    pin = forms.RegexField(
        label=_("PIN"),
        regex=r"^[0-9]{4,6}$",
        max_length=6,
        widget=PIN_WIDGET,
        error_messages={"invalid": _("A PIN is 4 to 6 digits.")},
    )


class PinNewForm(PinForm):
    """A new PIN, typed twice."""

    pin_again = forms.CharField(label=_("PIN again"), max_length=6, widget=PIN_WIDGET)

    def clean(self):
        data = super().clean()
        if data.get("pin") and data.get("pin") != data.get("pin_again"):
            self.add_error("pin_again", _("The two PINs differ."))
        return data
