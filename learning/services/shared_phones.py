"""A phone shared by a family: each person on it behind a short PIN of their own."""

import re
from datetime import datetime, timedelta

from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import PhoneProfile, User

PIN = re.compile(r"[0-9]{4,6}")
WRONG_PINS_MAX = 5
LOCK = timedelta(minutes=15)


class PinRefused(ValueError):
    """The PIN did not open the profile; `messages` says why."""

    def __init__(self, message: str):
        self.messages = [message]
        super().__init__(message)


def phone_profile_add(*, device: str, user: User, pin: str) -> PhoneProfile:
    """Put a person on this phone (or give them a new PIN on it)."""
    if not PIN.fullmatch(pin):
        raise PinRefused(_("A PIN is 4 to 6 digits."))
    profile, _created = PhoneProfile.objects.update_or_create(
        device=device,
        user=user,
        defaults={
            "pin_hash": make_password(pin),
            "wrong_pins": 0,
            "locked_until": None,
        },
    )
    return profile


def phone_profile_remove(*, device: str, user: User) -> bool:
    """Take a person off this phone; say whether they were on it."""
    deleted, _rows = PhoneProfile.objects.filter(device=device, user=user).delete()
    return bool(deleted)


def phone_profile_open(*, profile: PhoneProfile, pin: str, now: datetime) -> User:
    """The person behind a profile when the PIN is theirs; PinRefused says why not.

    Five wrong PINs lock the profile for 15 minutes: a short PIN cannot be guessed.
    """
    with transaction.atomic():
        profile = PhoneProfile.objects.select_for_update().get(pk=profile.pk)
        if profile.locked_until and now < profile.locked_until:
            raise PinRefused(
                _(
                    "Too many wrong PINs. Wait 15 minutes, or log in with your "
                    "password or a code by SMS."
                )
            )
        if PIN.fullmatch(pin or "") and check_password(pin, profile.pin_hash):
            profile.wrong_pins, profile.locked_until, profile.used_at = 0, None, now
            profile.save(update_fields=["wrong_pins", "locked_until", "used_at"])
            return profile.user
        profile.wrong_pins += 1
        left = WRONG_PINS_MAX - profile.wrong_pins
        if left <= 0:
            profile.wrong_pins, profile.locked_until = 0, now + LOCK
        profile.save(update_fields=["wrong_pins", "locked_until"])
    if left <= 0:
        raise PinRefused(_("Wrong PIN. This profile is locked for 15 minutes."))
    raise PinRefused(
        ngettext(
            "Wrong PIN. %(count)d try left.", "Wrong PIN. %(count)d tries left.", left
        )
        % {"count": left}
    )
