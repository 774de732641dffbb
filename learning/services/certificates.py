"""Certificates: issued once per completion, reissued on a name correction, revoked.

The printed number is short enough to read out over the phone; the code in the QR
code and the verification link is long enough that nobody guesses one.
"""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from ..models import Certificate, CertificateRevision, Completion, Learner, User

# Crockford's base 32: no I, L, O or U, so nothing is misread or rude.
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NUMBER_LENGTH = 10  # 50 random bits
CODE_BYTES = 15  # 120 random bits, 20 URL-safe characters
REASON_MAX = 300


class CertificateNumberInvalid(ValueError):
    """What was typed cannot be a certificate number."""

    def __init__(self):
        super().__init__(
            _(
                "Use the 10 letters and digits printed under the QR code, "
                "like 7K3M9-QXP2A. Check what you typed."
            )
        )


def number_parse(text: str) -> str:
    """The number as stored, from what a person typed: spaces, dashes, lower case
    and the look-alikes O, I and L are forgiven."""
    cleaned = "".join(text.split()).replace("-", "").upper()
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != NUMBER_LENGTH or any(c not in NUMBER_ALPHABET for c in cleaned):
        raise CertificateNumberInvalid()
    return cleaned


def _number_new() -> str:
    return "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_LENGTH))


def code_new() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def certificate_issue(*, completion: Completion) -> Certificate:
    """The completion's certificate, issued with the learner's name the first time."""
    existing = Certificate.objects.filter(completion=completion).first()
    if existing:
        existing.completion = completion  # keep what the caller loaded with it
        return existing
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    completion=completion,
                    number=_number_new(),
                    code=code_new(),
                    full_name=completion.learner.full_name,
                )
        except IntegrityError:
            existing = Certificate.objects.filter(completion=completion).first()
            if existing:
                return existing
    raise RuntimeError("Could not draw a unique certificate number.")


def certificates_issue(*, completions: list[Completion]) -> list[Certificate]:
    """The certificates of many completions, in their order, issuing those missing
    in one insert. Each keeps the completion object it was given."""
    existing = {
        c.completion_id: c
        for c in Certificate.objects.filter(completion__in=completions)
    }
    Certificate.objects.bulk_create(
        [
            Certificate(
                completion=completion,
                number=_number_new(),
                code=code_new(),
                full_name=completion.learner.full_name,
            )
            for completion in completions
            if completion.pk not in existing
        ],
        ignore_conflicts=True,
    )
    if len(existing) < len(completions):
        existing = {
            c.completion_id: c
            for c in Certificate.objects.filter(completion__in=completions)
        }
    certificates = []
    for completion in completions:
        # A number drawn twice was skipped by the insert: issue that one alone.
        certificate = existing.get(completion.pk) or certificate_issue(
            completion=completion
        )
        certificate.completion = completion
        certificates.append(certificate)
    return certificates


@transaction.atomic
def certificates_reissue(*, learner: Learner, by: User | None) -> int:
    """Reissue the learner's valid certificates under their current name.

    Each keeps its number and code; the version it replaces is kept as a revision.
    Returns how many were reissued.
    """
    certificates = (
        Certificate.objects.select_for_update()
        .filter(
            completion__learner=learner,
            completion__voided_at=None,
            revoked_at=None,
        )
        .exclude(full_name=learner.full_name)
    )
    now = timezone.now()
    count = 0
    for certificate in certificates:
        CertificateRevision.objects.create(
            certificate=certificate,
            full_name=certificate.full_name,
            issued_at=certificate.current_since,
            replaced_by=by,
        )
        certificate.full_name = learner.full_name
        certificate.reissued_at = now
        certificate.save(update_fields=["full_name", "reissued_at"])
        log(instance=certificate, action="learning.certificate_reissue", user=by)
        count += 1
    return count


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, reason: str, by: User
) -> Certificate:
    """Withdraw a certificate for good. The reason is shown on its public page."""
    reason = reason.strip()
    if not reason:
        raise ValueError(_("Say why this certificate is revoked."))
    if len(reason) > REASON_MAX:
        raise ValueError(_("Keep the reason under 300 characters."))
    revoked = Certificate.objects.filter(pk=certificate.pk, revoked_at=None).update(
        revoked_at=timezone.now(), revoke_reason=reason, revoked_by=by
    )
    certificate.refresh_from_db()
    if not revoked:
        raise ValueError(_("This certificate is already revoked."))
    log(
        instance=certificate,
        action="learning.certificate_revoke",
        user=by,
        data={"reason": reason},
    )
    return certificate
