"""Phone numbers as residents type them, stored as E.164 (+84912345678)."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "VN"
_TEXTABLE = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def phone_normalize(value: str) -> str:
    """E.164 for a mobile number in any usual form: 0912 345 678, +84 912 345 678.

    Raises ValidationError with a message for the resident otherwise.
    """
    text = (value or "").strip()
    if not text:
        raise ValidationError(_("Enter your phone number."), code="required")
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(
            _("This is not a phone number. Type it like 0912 345 678."),
            code="invalid_phone",
        ) from error
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "This phone number is not complete or does not exist. Type it like "
                "0912 345 678."
            ),
            code="invalid_phone",
        )
    if phonenumbers.number_type(number) not in _TEXTABLE:
        raise ValidationError(
            _("This is a landline. Codes are sent by SMS, so enter a mobile number."),
            code="landline",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(value: str) -> str:
    """A stored number the way residents write it: 0912 345 678."""
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return value
    if number.country_code == 84:
        return phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.NATIONAL
        )
    return phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )


def phone_mask(value: str) -> str:
    """A number shown to those who need not call it: 0912 ••• 678."""
    shown = phone_display(value)
    digits = [i for i, char in enumerate(shown) if char.isdigit()]
    hidden = set(digits[4:-3])
    return "".join("•" if i in hidden else char for i, char in enumerate(shown))


# Who sees numbers in full: superusers, commune administrators (they call their
# helpers and residents), and whoever is given it.
PHONE_PERMISSION = "learning.view_phone_number"


def phone_for(viewer, value: str) -> str:
    """A stored number as `viewer` may see it: in full, or masked."""
    if not value:
        return ""
    if viewer.has_perm(PHONE_PERMISSION):
        return phone_display(value)
    return phone_mask(value)
