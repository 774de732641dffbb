"""Forms of certificate checks and commune printing."""

from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms_assisted import AdministeredCommuneForm
from .models import Commune
from .services.certificates import CertificateNumberInvalid, number_parse

CREDENTIAL_MAX_BYTES = 20_000
PRINT_RANGE_DAYS = 366
PRINT_EARLIEST = date(2025, 1, 1)  # before the movement began


class NumberForm(forms.Form):
    """A certificate number as printed, typed by whoever holds the paper."""

    number = forms.CharField(
        label=_("Certificate number"),
        max_length=40,
        # A non-breaking hyphen keeps the example whole on narrow phones.
        help_text=_("Printed under the QR code, like 7K3M9‑QXP2A."),
        error_messages={
            "required": _("Enter the number printed on the certificate."),
            "max_length": _("Use 10 letters and digits."),
        },
        widget=forms.TextInput(
            attrs={"autocapitalize": "characters", "autocomplete": "off"}
        ),
    )

    def clean_number(self) -> str:
        try:
            return number_parse(self.cleaned_data["number"])
        except CertificateNumberInvalid as error:
            raise ValidationError(str(error)) from error


class CredentialForm(forms.Form):
    """An Open Badges credential (VC-JWT), pasted or uploaded as a file."""

    credential = forms.CharField(
        label=_("Paste the credential"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
    )
    file = forms.FileField(label=_("or choose its file"), required=False)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = (cleaned.get("credential") or "").strip()
        if upload is not None:
            if upload.size > CREDENTIAL_MAX_BYTES:
                raise ValidationError(_("This file is too large to be a credential."))
            try:
                text = upload.read().decode("utf-8").strip()
            except UnicodeDecodeError as error:
                raise ValidationError(
                    _("This file is not a credential from this platform.")
                ) from error
        if not text:
            raise ValidationError(_("Paste a credential or choose its file."))
        if len(text) > CREDENTIAL_MAX_BYTES:
            raise ValidationError(_("This text is too long to be a credential."))
        cleaned["token"] = text
        return cleaned


class PrintForm(AdministeredCommuneForm):
    """Which certificates a commune administrator prints: a commune and a date range."""

    start = forms.DateField(
        label=_("Completed from"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Enter the first day."),
            "invalid": _("Enter a date such as 2026-11-01."),
        },
    )
    end = forms.DateField(
        label=_("to"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Enter the last day."),
            "invalid": _("Enter a date such as 2026-11-30."),
        },
    )

    def __init__(self, data=None, *, communes: list[Commune], **kwargs):
        if data is not None and len(communes) == 1 and not data.get("commune"):
            # One commune: nothing to choose, even from a hand-typed address.
            data = data.copy()
            data["commune"] = communes[0].pk
        super().__init__(data, communes=communes, **kwargs)
        today = timezone.localdate()
        self.fields["start"].initial = today.replace(day=1)
        self.fields["end"].initial = today
        if len(communes) == 1:
            self.fields["commune"].widget = forms.HiddenInput()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start > end:
                raise ValidationError(_("The first day must come before the last."))
            if end - start > timedelta(days=PRINT_RANGE_DAYS):
                raise ValidationError(_("Choose at most a year at a time."))
            if start > timezone.localdate():
                raise ValidationError(_("The first day is in the future."))
            if start < PRINT_EARLIEST:
                raise ValidationError(_("No course was completed before 2025."))
        return cleaned
