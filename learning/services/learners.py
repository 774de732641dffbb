"""Writes to a learner's profile."""

import logging
import unicodedata

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import (
    AssistedSession,
    Certificate,
    CertificateRevision,
    Commune,
    CommuneChange,
    Completion,
    Learner,
    User,
)
from .certificates import certificates_reissue

logger = logging.getLogger(__name__)


def name_clean(value: str) -> str:
    """Names are stored composed (NFC) with single spaces, as typed on any phone."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def name_is_real(name: str) -> bool:
    """A cleaned name that can go on a certificate: two letters at least, no digits."""
    return len(name) >= 2 and not any(ch.isdigit() for ch in name)


BIRTH_YEAR_MIN = 1900


def birth_years() -> range:
    """The years of birth accepted: from 1900 to this year."""
    return range(BIRTH_YEAR_MIN, timezone.localdate().year + 1)


@transaction.atomic
def learner_create(
    *, user: User, full_name: str, commune: Commune | None = None
) -> Learner:
    """Create the learner profile that goes with a new account."""
    return Learner.objects.create(
        user=user, full_name=name_clean(full_name), commune=commune
    )


def learner_ensure(*, user: User) -> Learner:
    """The user's learner profile; staff accounts get one the first time they learn."""
    learner, _created = Learner.objects.select_related("commune").get_or_create(
        user=user,
        defaults={
            "full_name": name_clean(
                user.get_full_name() or user.email or user.phone or user.username
            )
        },
    )
    return learner


@transaction.atomic
def learner_commune_set(*, learner: Learner, commune: Commune) -> Learner:
    """Move a learner; completions already earned stay with their old commune."""
    if learner.commune_id == commune.pk:
        return learner
    CommuneChange.objects.create(
        learner=learner, from_commune_id=learner.commune_id, to_commune=commune
    )
    learner.commune = commune
    learner.save(update_fields=["commune"])
    return learner


@transaction.atomic
def learner_profile_update(
    *,
    learner: Learner,
    full_name: str,
    birth_year: int | None,
    youth_union_member: bool,
    show_on_boards: bool,
) -> Learner:
    """Change what a learner says about themselves.

    Certificates already issued keep their name: only an administrator's
    correction (`learner_name_correct`) reissues them, so one completion cannot
    be lent to one name after another.
    """
    learner.full_name = name_clean(full_name)
    learner.birth_year = birth_year
    learner.youth_union_member = youth_union_member
    learner.show_on_boards = show_on_boards
    learner.save(
        update_fields=[
            "full_name",
            "birth_year",
            "youth_union_member",
            "show_on_boards",
        ]
    )
    return learner


@transaction.atomic
def learner_name_correct(*, learner: Learner, full_name: str, by: User) -> int:
    """An administrator corrects a learner's name; returns certificates reissued."""
    name = name_clean(full_name)
    if not name_is_real(name):
        raise ValueError(_("Enter the full name as it should appear on certificates."))
    learner.full_name = name
    learner.save(update_fields=["full_name"])
    return certificates_reissue(learner=learner, by=by)


class AccountNotDeletable(ValueError):
    """The account holds records others depend on; `messages` says what to do."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("; ".join(str(m) for m in messages))


@transaction.atomic
def learner_delete(*, learner: Learner) -> int:
    """Delete the person and their personal data; completions stay, anonymous.

    Returns how many completions were kept, so commune totals stay true. Raises
    AccountNotDeletable for staff and for helpers who recorded assisted sessions.
    """
    user = User.objects.select_for_update().get(pk=learner.user_id)
    if user.is_staff or user.is_superuser:
        raise AccountNotDeletable(
            [_("Staff accounts are removed by an administrator, not from here.")]
        )
    if AssistedSession.objects.filter(helper=user).exists():
        raise AccountNotDeletable(
            [
                _(
                    "You have recorded assisted sessions as a helper. Ask your "
                    "commune's youth union to remove your helper account."
                )
            ]
        )
    completions = Completion.objects.filter(learner=learner)
    kept = completions.filter(voided_at=None).count()
    # A revoking reason is public and may name the person too.
    Certificate.objects.filter(completion__in=completions).update(
        full_name="", revoke_reason=""
    )
    CertificateRevision.objects.filter(certificate__completion__in=completions).delete()
    # An administrator's reason for voiding may name the person; the date stays.
    completions.exclude(void_reason="").update(void_reason="")
    # The audit line names no one: ids and a count only.
    logger.info(
        "learner_delete learner=%s user=%s completions_kept=%s",
        learner.pk,
        user.pk,
        kept,
    )
    # Completions lose their learner (SET_NULL) and keep their commune; the rest of
    # the record (profile, progress, attempts, moves, sessions) goes with the user.
    user.delete()
    return kept
