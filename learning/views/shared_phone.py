"""A phone shared by a family: who is learning now, switched with a short PIN."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from .. import selectors, services
from ..device import SHARED_PHONE_COOKIE as COOKIE
from ..forms import PinForm, PinNewForm

SALT = "learning.shared_phone"
TEN_YEARS = 10 * 365 * 24 * 3600


def device_of(request) -> str | None:
    """This phone's id, from its signed cookie; None before anyone joined on it."""
    try:
        return signing.loads(request.COOKIES.get(COOKIE, ""), salt=SALT)
    except signing.BadSignature:
        return None


def _people(request, status=200, **forms):
    device = device_of(request)
    profiles = selectors.phone_profiles(device=device)
    me = next((p for p in profiles if p.user_id == request.user.pk), None)
    context = {
        "profiles": profiles,
        "me": me,
        "pin_form": forms.get("pin_form") or PinForm(),
        "new_form": forms.get("new_form") or PinNewForm(),
        "refused_id": forms.get("refused_id"),
    }
    return render(request, "learning/phone.html", context, status=status)


@never_cache
@require_GET
def phone_people(request):
    """Who uses this phone: tap your name and type your PIN to go on learning."""
    return _people(request)


@login_required
@require_POST
def phone_join(request):
    """Put the signed-in person on this phone behind a PIN of their own."""
    form = PinNewForm(request.POST)
    if not form.is_valid():
        return _people(request, 400, new_form=form)
    device = device_of(request) or get_random_string(32)
    services.phone_profile_add(
        device=device, user=request.user, pin=form.cleaned_data["pin"]
    )
    messages.success(
        request, _("You are on this phone: switch to yourself with your PIN.")
    )
    response = HttpResponseRedirect(reverse("learning:phone"))
    response.set_cookie(
        COOKIE,
        signing.dumps(device, salt=SALT),
        max_age=TEN_YEARS,
        samesite="Lax",
        httponly=True,
        secure=request.is_secure(),
    )
    return response


@login_required
@require_POST
def phone_leave(request):
    """Take the signed-in person off this phone."""
    device = device_of(request)
    if device and services.phone_profile_remove(device=device, user=request.user):
        messages.success(request, _("You are no longer on this phone."))
    return HttpResponseRedirect(reverse("learning:phone"))


@require_POST
def phone_switch(request, profile_id: int):
    """Go on as another person on this phone, with their PIN; only on this phone."""
    profiles = selectors.phone_profiles(device=device_of(request))
    profile = next((p for p in profiles if p.pk == profile_id), None)
    if profile is None:
        raise Http404
    form = PinForm(request.POST)
    if form.is_valid():
        try:
            user = services.phone_profile_open(
                profile=profile, pin=form.cleaned_data["pin"], now=timezone.now()
            )
        except services.PinRefused as refused:
            form.add_error("pin", refused.messages[0])
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return HttpResponseRedirect(reverse("learning:dashboard"))
    return _people(request, 400, pin_form=form, refused_id=profile.pk)
