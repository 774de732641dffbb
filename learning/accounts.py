"""Accounts through django-allauth: a mobile number first, email as the alternative.

Numbers are stored in E.164 on `User.phone`; codes go out through the SMS gateway
named in settings. allauth resets passwords only by email, so the reset by an SMS
code lives here: page 1 asks the number and sends a code, page 2 takes the code
and the new password.
"""

from __future__ import annotations

import logging
import secrets
import time
from functools import wraps

from allauth.account import signals
from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.fields import PasswordField, PhoneField, SetPasswordField
from allauth.account.forms import LoginForm, RequestLoginCodeForm, SignupForm
from allauth.account.stages import PhoneVerificationStage
from allauth.core import ratelimit
from allauth.core.exceptions import ImmediateHttpResponse, RateLimited
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .phones import phone_display, phone_normalize
from .sms import SmsNotSent, sms_send

User = get_user_model()
logger = logging.getLogger(__name__)

RESET_CODE_LENGTH = 6
RESET_CODE_TIMEOUT_SECONDS = 10 * 60
RESET_CODE_MAX_ATTEMPTS = 3
RESET_SESSION_KEY = "learning_password_reset_sms"
RESET_RATE_LIMIT_ACTION = "reset_password_by_sms"


def phone_or_none(value: str | None) -> str | None:
    """E.164 for anything that reads as a mobile number, None for anything else."""
    try:
        return phone_normalize(value or "")
    except ValidationError:
        return None


class PhoneNumberField(PhoneField):
    """allauth's phone field, reading the usual Vietnamese forms (0912 345 678).

    The number is normalized in `to_python`, before allauth's E.164 validator
    runs, so "0912 345 678" and "+84 912 345 678" both clean to "+84912345678".
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("help_text", _("A mobile number, like 0912 345 678."))
        super().__init__(*args, **kwargs)
        self.widget.attrs["placeholder"] = "0912 345 678"

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        return phone_normalize(value)


class AccountPhoneVerificationStage(PhoneVerificationStage):
    """allauth's stage, answering 429 rather than failing when codes are refused."""

    def handle(self):
        try:
            return super().handle()
        except RateLimited as refused:
            raise ImmediateHttpResponse(
                ratelimit.respond_429(self.request)
            ) from refused


class AccountAdapter(DefaultAccountAdapter):
    """Phone numbers live on `User.phone`; texts go through `learning.sms`."""

    def clean_email(self, email: str) -> str:
        # allauth cuts an address longer than the account's column to fit it,
        # which would store an address nobody typed: refuse it instead.
        MaxLengthValidator(User._meta.get_field("email").max_length)(email)
        return super().clean_email(email)

    def phone_form_field(self, **kwargs):
        return PhoneNumberField(**kwargs)

    def set_phone(self, user, phone: str, verified: bool) -> None:
        user.phone = phone
        user.phone_verified = verified
        if user.pk:
            user.save(update_fields=["phone", "phone_verified"])

    def get_phone(self, user) -> tuple[str, bool] | None:
        if not user.phone:
            return None
        return user.phone, user.phone_verified

    def set_phone_verified(self, user, phone: str) -> None:
        if user.phone != phone or user.phone_verified:
            return
        user.phone_verified = True
        user.save(update_fields=["phone_verified"])

    def get_user_by_phone(self, phone: str):
        # The login form passes the login as typed: "0912 345 678" finds it too.
        e164 = phone_or_none(phone)
        if e164 is None:
            return None
        # A number a helper typed is not the resident's until a code sent to it
        # came back: a typo must not open the account to a stranger.
        return (
            User.objects.filter(phone=e164)
            .exclude(phone_verified=False, learner__registered_by_helper=True)
            .first()
        )

    def send_verification_code_sms(self, user, phone: str, code: str, **kwargs) -> None:
        self.sms(
            phone=phone,
            text=gettext(
                "Your Digital Education for All verification code is %(code)s. "
                "Do not give it to anyone."
            )
            % {"code": code},
        )

    def sms(self, *, phone: str, text: str) -> None:
        """Send a text; a gateway failure tells the resident instead of failing."""
        try:
            sms_send(phone=phone, text=text)
        except SmsNotSent:
            logger.exception("SMS to %s was not sent", phone)
            if self.request is not None:
                messages.error(
                    self.request,
                    _(
                        "We could not send the SMS just now. Wait a minute and ask "
                        "for a new code."
                    ),
                )

    def send_unknown_account_sms(self, phone: str, **kwargs) -> None:
        self.sms(
            phone=phone,
            text=gettext(
                "Someone asked for a Digital Education for All code for this "
                "number, but no account uses it. If it was not you, ignore this "
                "message."
            ),
        )

    def send_account_already_exists_sms(self, phone: str) -> None:
        self.sms(
            phone=phone,
            text=gettext(
                "Someone tried to sign up to Digital Education for All with this "
                "number, but it already has an account. To get in, log in with a "
                "code by SMS."
            ),
        )

    def get_login_stages(self) -> list[str]:
        allauth_stage = "allauth.account.stages.PhoneVerificationStage"
        ours = f"{__name__}.AccountPhoneVerificationStage"
        return [ours if s == allauth_stage else s for s in super().get_login_stages()]

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth keys failed logins by email or username only, so every phone
        # login would share one counter: five typos anywhere would lock out all.
        phone = credentials.get("phone")
        if phone and not credentials.get("email") and not credentials.get("username"):
            key = phone_or_none(phone) or phone
            return super()._get_login_attempts_cache_key(request, username=key)
        return super()._get_login_attempts_cache_key(request, **credentials)


class AccountSignupForm(SignupForm):
    """allauth's sign-up form, telling residents the phone is the way in.

    The rules (full name, phone or email) are in `learning.forms.SignupForm`,
    which allauth makes the base of this class; the phone and email fields are
    only added by allauth after that base has run, hence their texts here.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["phone"].help_text = _(
            "Preferred. Type it like 0912 345 678: codes come by SMS."
        )
        self.fields["email"].help_text = _(
            "Only if you have no phone number, or as a second way to log in."
        )


class AccountLoginForm(LoginForm):
    """allauth's login form: a login without "@" must be a mobile number."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Phone number or email")
        login.widget.attrs.update(
            placeholder=_("Phone number or email"), autocomplete="username"
        )

    def clean_login(self) -> str:
        login = super().clean_login()
        if "@" in login:
            return forms.EmailField().clean(login)
        return phone_normalize(login)


class AccountRequestLoginCodeForm(RequestLoginCodeForm):
    """allauth's request for a login code: the phone first, and one of the two."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["phone", "email"])
        self.fields["email"].label = _("Or your email")

    def clean(self):
        cleaned_data = super().clean()
        if not self.errors and not (
            cleaned_data.get("phone") or cleaned_data.get("email")
        ):
            raise ValidationError(
                _("Enter your phone number, or your email."), code="required"
            )
        return cleaned_data


def with_bad_input_status(view):
    """allauth's form views answer a form with errors with 200; we answer 400."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        response = view(request, *args, **kwargs)
        form = (getattr(response, "context_data", None) or {}).get("form")
        if (
            request.method == "POST"
            and response.status_code == 200
            and form is not None
            and form.errors
        ):
            response.status_code = 400
        return response

    return wrapper


class SmsPasswordReset:
    """A reset code sent by SMS, kept in the session as a keyed hash with an expiry.

    For a number no account uses, the state is kept the same way, without a
    user, so the pages behave alike and do not tell who has an account.
    """

    def __init__(self, request: HttpRequest, state: dict) -> None:
        self.request = request
        self.state = state

    @classmethod
    def start(cls, request: HttpRequest, *, phone: str) -> SmsPasswordReset:
        """Send a code to the number, or tell it that no account uses it."""
        adapter = get_adapter(request)
        user = adapter.get_user_by_phone(phone)
        if user is not None and not user.is_active:
            user = None
        code = f"{secrets.randbelow(10**RESET_CODE_LENGTH):0{RESET_CODE_LENGTH}d}"
        state = {
            "phone": phone,
            "user_id": user.pk if user else None,
            "code_hash": cls._hash(phone, code),
            "expires_at": time.time() + RESET_CODE_TIMEOUT_SECONDS,
            "failed_attempts": 0,
        }
        request.session[RESET_SESSION_KEY] = state
        if user is None:
            adapter.send_unknown_account_sms(phone)
        else:
            minutes = RESET_CODE_TIMEOUT_SECONDS // 60
            adapter.sms(
                phone=phone,
                text=gettext(
                    "Your Digital Education for All code for a new password is "
                    "%(code)s. It expires in %(minutes)s minutes. Do not give it "
                    "to anyone."
                )
                % {"code": code, "minutes": minutes},
            )
        return cls(request, state)

    @classmethod
    def resume(cls, request: HttpRequest) -> SmsPasswordReset | None:
        state = request.session.get(RESET_SESSION_KEY)
        return cls(request, state) if isinstance(state, dict) else None

    @staticmethod
    def _hash(phone: str, code: str) -> str:
        return salted_hmac(RESET_SESSION_KEY, f"{phone}:{code}").hexdigest()

    @property
    def phone(self) -> str:
        return self.state["phone"]

    @property
    def user(self):
        user_id = self.state.get("user_id")
        if user_id is None:
            return None
        return User.objects.filter(pk=user_id, is_active=True).first()

    @property
    def expired(self) -> bool:
        return time.time() > self.state["expires_at"]

    def matches(self, code: str) -> bool:
        """Whether the code is right. Every try counts, also across parallel
        requests, which the session's own count cannot see."""
        expected = self.state["code_hash"]
        key = f"learning:reset-sms-tries:{expected}"
        cache.add(key, 0, RESET_CODE_TIMEOUT_SECONDS)
        try:
            tries = cache.incr(key)
        except ValueError:  # the counter was evicted: refuse rather than reopen
            tries = RESET_CODE_MAX_ATTEMPTS + 1
        if isinstance(tries, int) and tries > RESET_CODE_MAX_ATTEMPTS:
            return False
        code = "".join(ch for ch in code if ch.isdigit())
        return self.state.get("user_id") is not None and constant_time_compare(
            self._hash(self.phone, code), expected
        )

    def record_failed_attempt(self) -> int:
        """Count a wrong code; the tries left, and the code is dropped at none."""
        self.state["failed_attempts"] += 1
        left = RESET_CODE_MAX_ATTEMPTS - self.state["failed_attempts"]
        if left <= 0:
            self.discard()
        else:
            self.request.session[RESET_SESSION_KEY] = self.state
        return max(left, 0)

    def discard(self) -> None:
        self.request.session.pop(RESET_SESSION_KEY, None)


class PasswordResetSmsForm(forms.Form):
    """Page 1 of the reset by SMS: the mobile number of the account."""

    phone = PhoneNumberField(label=_("Phone number"))


class PasswordResetSmsConfirmForm(forms.Form):
    """Page 2 of the reset by SMS: the code from the message and a new password.

    A wrong code counts against the code's tries, and the last one drops it.
    """

    code = forms.CharField(
        label=_("Code from the SMS"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )
    password1 = SetPasswordField(label=_("New password"))
    password2 = PasswordField(
        label=_("New password (again)"), autocomplete="new-password"
    )

    def __init__(self, *args, reset: SmsPasswordReset | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.reset = reset
        self.user = reset.user if reset else None
        self.fields["password1"].user = self.user

    def clean_code(self) -> str:
        code = self.cleaned_data["code"]
        if self.reset is None:
            raise ValidationError(
                _("No code is waiting for this page. Ask for a new code."),
                code="no_code",
            )
        if self.reset.expired:
            self.reset.discard()
            raise ValidationError(
                _("This code has expired. Ask for a new code."), code="expired"
            )
        if self.user is None or not self.reset.matches(code):
            left = self.reset.record_failed_attempt()
            if not left:
                raise ValidationError(
                    _("The code was wrong too many times. Ask for a new code."),
                    code="too_many_attempts",
                )
            raise ValidationError(
                ngettext(
                    "This code is not right. You can try %(left)d more time.",
                    "This code is not right. You can try %(left)d more times.",
                    left,
                )
                % {"left": left},
                code="incorrect_code",
            )
        return code

    def clean(self):
        cleaned_data = super().clean()
        password1 = cleaned_data.get("password1")
        password2 = cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        return cleaned_data


def password_reset_sms_finish(
    request: HttpRequest, *, reset: SmsPasswordReset, user, password: str
) -> None:
    """Set the new password; the code also proves the resident owns the number."""
    adapter = get_adapter(request)
    adapter.set_password(user, password)
    adapter.set_phone_verified(user, reset.phone)
    reset.discard()
    ratelimit.clear(
        request,
        action="login_failed",
        key=adapter._get_login_attempts_cache_key(request, phone=reset.phone),
    )
    signals.password_reset.send(sender=user.__class__, request=request, user=user)


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset_sms(request: HttpRequest):
    """Page 1: send a code to the number, never saying whether an account uses it."""
    template = "account/password_reset_sms.html"
    if request.method == "GET":
        return render(request, template, {"form": PasswordResetSmsForm()})
    form = PasswordResetSmsForm(request.POST)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    phone = form.cleaned_data["phone"]
    if not ratelimit.consume(request, action=RESET_RATE_LIMIT_ACTION, key=phone):
        form.add_error(
            "phone",
            _("A code was sent to this number a moment ago. Wait a few minutes."),
        )
        return render(request, template, {"form": form}, status=429)
    SmsPasswordReset.start(request, phone=phone)
    messages.info(
        request,
        _("We sent an SMS to %(phone)s.") % {"phone": phone_display(phone)},
    )
    return HttpResponseRedirect(reverse("account_reset_password_sms_confirm"))


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset_sms_confirm(request: HttpRequest):
    """Page 2: the code and the new password twice, then on to log in."""
    template = "account/password_reset_sms_confirm.html"
    reset = SmsPasswordReset.resume(request)

    def shown(reset: SmsPasswordReset | None) -> str | None:
        return phone_display(reset.phone) if reset else None

    if request.method == "GET":
        if reset is None or reset.expired:
            if reset is not None:
                reset.discard()
                messages.error(request, _("Your code has expired. Ask for a new one."))
            return HttpResponseRedirect(reverse("account_reset_password_sms"))
        form = PasswordResetSmsConfirmForm(reset=reset)
        return render(request, template, {"form": form, "phone": shown(reset)})
    form = PasswordResetSmsConfirmForm(request.POST, reset=reset)
    if not form.is_valid():
        context = {"form": form, "phone": shown(reset)}
        return render(request, template, context, status=400)
    password_reset_sms_finish(
        request, reset=reset, user=form.user, password=form.cleaned_data["password1"]
    )
    messages.success(
        request,
        _("Your password has been changed. Log in with your new password."),
    )
    return HttpResponseRedirect(reverse("account_login"))
