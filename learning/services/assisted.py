"""Assisted learning: helpers take residents without a smartphone through a course.

A commune administrator grants the helper role. A helper registers a resident,
then records an in-person session: the lessons gone through together and the
quiz the resident answered. A passed session counts at once for a resident
without a phone; with a phone on file, a code sent to it must confirm it first.
Every write here leaves an entry in Wagtail's audit log.

A failed quiz is kept as a session too: its attempt is recorded, it stays
pending with no code and no completion, can never be confirmed, and counts
toward the helper's daily limit like every session recorded that day.
"""

import secrets
from collections.abc import Mapping, Sequence
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from courses.grading import draw_from_form
from courses.models import CoursePage

from .. import selectors
from ..models import (
    AssistedSession,
    Commune,
    CommuneAdministrator,
    Completion,
    Helper,
    HelperKind,
    Learner,
    User,
)
from ..phones import phone_normalize
from ..scopes import scope_for
from ..sms import sms_send
from .learners import birth_years, learner_create, name_clean, name_is_real
from .progress import completion_record, completion_void, lesson_finish, quiz_submit

CODE_DIGITS = 6
CODE_VALID = timedelta(minutes=15)
CODE_TRIES = 5  # wrong codes over a session's whole life
CODE_SENDS = 3  # codes texted for one session, the first included
CODE_RESEND_WAIT = timedelta(minutes=1)
_CODE_SALT = "learning.assisted.code"


class AssistedInvalid(ValueError):
    """An assisted-learning write refused; `messages` says why, nothing is stored."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("; ".join(str(m) for m in messages))


def _refuse(message) -> AssistedInvalid:
    return AssistedInvalid([message])


def _may_administer(*, user: User, commune_id: str | None) -> bool:
    """Administrators whose scope holds the commune."""
    scope = scope_for(user=user)
    if scope.national:
        return True
    commune = Commune.objects.filter(pk=commune_id).first()
    return commune is not None and scope.includes(commune)


def _helper_locked(*, user: User) -> Helper:
    """The user's active helper role, locked so parallel sessions queue up."""
    helper = (
        Helper.objects.select_for_update(of=("self",))
        .select_related("commune")
        .filter(user=user, active=True)
        .first()
    )
    if helper is None:
        raise PermissionDenied(gettext("Only helpers can do this."))
    return helper


@transaction.atomic
def helper_grant(*, by: User, user: User, commune: Commune, kind: str) -> Helper:
    """Make someone a helper of a commune; only its administrator may."""
    if not (
        by.is_superuser
        or CommuneAdministrator.objects.filter(user=by, commune=commune).exists()
    ):
        raise PermissionDenied(
            gettext("Only an administrator of this commune can grant the helper role.")
        )
    if kind not in HelperKind.values:
        raise _refuse(_("Choose what kind of helper this person is."))
    existing = Helper.objects.select_for_update().filter(user=user).first()
    if (
        existing is not None
        and existing.active
        and existing.commune_id != commune.pk
        and not by.is_superuser
    ):
        raise _refuse(
            _(
                "This person already helps in %(commune)s. An administrator there "
                "must revoke that role first."
            )
            % {"commune": existing.commune.name}
        )
    if existing is None:
        helper = Helper.objects.create(
            user=user, commune=commune, kind=kind, granted_by=by
        )
    else:
        helper = existing
        helper.commune = commune
        helper.kind = kind
        helper.granted_by = by
        helper.granted_at = timezone.now()
        helper.active = True
        helper.save(
            update_fields=["commune", "kind", "granted_by", "granted_at", "active"]
        )
    log(
        instance=helper,
        action="learning.helper_grant",
        user=by,
        title=f"helper #{helper.pk}",
        data={"user": user.pk, "commune": commune.pk, "kind": kind},
    )
    return helper


@transaction.atomic
def helper_revoke(*, by: User, helper: Helper) -> Helper:
    """Take the helper role away; the sessions already recorded stay."""
    if not (
        by.is_superuser
        or CommuneAdministrator.objects.filter(
            user=by, commune_id=helper.commune_id
        ).exists()
    ):
        raise PermissionDenied(
            gettext("Only an administrator of this commune can revoke the role.")
        )
    revoked = Helper.objects.filter(pk=helper.pk, active=True).update(active=False)
    helper.refresh_from_db()
    if revoked:
        log(
            instance=helper,
            action="learning.helper_revoke",
            user=by,
            title=f"helper #{helper.pk}",
            data={"user": helper.user_id, "commune": helper.commune_id},
        )
    return helper


def _name_checked(full_name: str) -> str:
    name = name_clean(full_name or "")
    if not name_is_real(name):
        raise _refuse(_("Enter the resident's real full name."))
    return name


def _birth_year_checked(birth_year) -> int:
    years = birth_years()
    if not isinstance(birth_year, int) or birth_year not in years:
        raise _refuse(
            _("Enter a year of birth between %(first)d and %(last)d.")
            % {"first": years[0], "last": years[-1]}
        )
    return birth_year


def _phone_checked(phone: str) -> str | None:
    if not (phone or "").strip():
        return None
    try:
        phone = phone_normalize(phone)
    except ValidationError as error:
        raise AssistedInvalid(error.messages) from error
    if User.objects.filter(phone=phone).exists():
        raise _phone_taken()
    return phone


def _phone_taken() -> AssistedInvalid:
    return _refuse(
        _(
            "This phone number already belongs to an account. If it is the "
            "resident's, they can log in with it; otherwise leave the phone empty."
        )
    )


@transaction.atomic
def resident_register(
    *, helper: User, full_name: str, birth_year: int, phone: str = ""
) -> Learner:
    """Register a resident without a smartphone in the helper's commune."""
    role = _helper_locked(user=helper)
    name = _name_checked(full_name)
    birth_year = _birth_year_checked(birth_year)
    phone = _phone_checked(phone)
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                username=f"r-{secrets.token_hex(6)}", password=None, phone=phone
            )
    except IntegrityError as error:
        # Another account took the number between the check and the insert.
        raise _phone_taken() from error
    learner = learner_create(user=user, full_name=name, commune=role.commune)
    learner.birth_year = birth_year
    learner.registered_by = helper
    learner.registered_by_helper = True
    learner.save(update_fields=["birth_year", "registered_by", "registered_by_helper"])
    log(
        instance=learner,
        action="learning.resident_register",
        user=helper,
        title=f"resident #{learner.pk}",
        data={"commune": role.commune_id, "phone": phone is not None},
    )
    return learner


def _code_hash(*, session_id: int, code: str) -> str:
    return salted_hmac(_CODE_SALT, f"{session_id}:{code}").hexdigest()


def _code_issue(*, session: AssistedSession) -> None:
    """Give the session a fresh code and text it to the resident after commit."""
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    session.code_hash = _code_hash(session_id=session.pk, code=code)
    session.code_expires_at = timezone.now() + CODE_VALID
    session.code_sends += 1
    session.save(update_fields=["code_hash", "code_expires_at", "code_sends"])
    phone = session.resident.user.phone
    # Residents read Vietnamese, whatever language the helper's screen is in.
    with translation.override(settings.LANGUAGE_CODE):
        text = gettext(
            "Digital Education for All: your learning session code is %(code)s, "
            "valid for %(minutes)d minutes. Give it only to the helper with you."
        ) % {"code": code, "minutes": CODE_VALID.seconds // 60}
    transaction.on_commit(lambda: sms_send(phone=phone, text=text), robust=True)


def _too_many_tries() -> AssistedInvalid:
    return _refuse(
        _(
            "No more codes can be tried or sent for this session. Record a new "
            "session with the resident."
        )
    )


def _lessons_checked(*, course: CoursePage, lesson_ids: Sequence[int]) -> list[int]:
    wanted = list(course.lessons().values_list("pk", flat=True))
    chosen = set(lesson_ids)
    if chosen - set(wanted):
        raise _refuse(_("A lesson chosen is not part of this course."))
    missing = len(set(wanted) - chosen)
    if missing:
        raise _refuse(
            ngettext(
                "Go through the last lesson together and tick it before recording "
                "the session.",
                "Go through the %(count)d remaining lessons together and tick them "
                "before recording the session.",
                missing,
            )
            % {"count": missing}
        )
    return wanted


@transaction.atomic
def assisted_session_record(
    *,
    helper: User,
    resident: Learner,
    course: CoursePage,
    lesson_ids: Sequence[int],
    data: Mapping[str, str | Sequence[str]],
) -> AssistedSession:
    """Record lessons gone through together and the quiz the resident answered.

    Raises PermissionDenied unless the helper is active in the resident's commune;
    AssistedInvalid for the daily limit, missing lessons or a course already
    done; courses.grading.AnswersInvalid for answers that do not fit the quiz.
    The same form sent twice returns the first session.
    """
    role = _helper_locked(user=helper)
    # Two helpers recording for one resident at once queue up here.
    resident = Learner.objects.select_for_update(of=("self",)).get(pk=resident.pk)
    if resident.commune_id != role.commune_id:
        raise PermissionDenied(gettext("This resident lives in another commune."))
    if not resident.registered_by_helper:
        # Learners who signed up themselves learn on their own.
        raise PermissionDenied(gettext("Helpers assist residents they registered."))
    original = course.original()
    key = draw_from_form(
        data=data, course_id=course.pk, pool=course.quiz_questions()
    ).key
    earlier = (
        AssistedSession.objects.filter(resident=resident, quiz_attempt__draw_key=key)
        .select_related("resident__user")
        .first()
    )
    if earlier is not None:
        return earlier
    limit = settings.LEARNING_HELPER_DAILY_LIMIT
    if selectors.helper_sessions_today(user=helper) >= limit:
        raise _refuse(
            ngettext(
                "You have recorded %(count)d session today, the most allowed in "
                "one day. Please continue tomorrow.",
                "You have recorded %(count)d sessions today, the most allowed in "
                "one day. Please continue tomorrow.",
                limit,
            )
            % {"count": limit}
        )
    if Completion.objects.filter(
        learner=resident, course=original, voided_at=None
    ).exists():
        raise _refuse(
            _("%(name)s has already completed this course.")
            % {"name": resident.full_name}
        )
    if (
        AssistedSession.objects.filter(
            resident=resident,
            course=original,
            status=AssistedSession.Status.PENDING,
            code_expires_at__gt=timezone.now(),
            code_attempts__lt=CODE_TRIES,
        )
        .exclude(code_hash="")
        .exists()
    ):
        raise _refuse(
            _(
                "A session for this course is waiting for the resident's code. "
                "Enter that code, or send a new one."
            )
        )
    lessons = _lessons_checked(course=original, lesson_ids=lesson_ids)
    attempt, result = quiz_submit(
        learner=resident,
        course=course,
        data=data,
        helper=helper,
        helper_kind=role.kind,
        complete=False,
    )
    for lesson in original.lessons():
        lesson_finish(learner=resident, lesson=lesson, assisted=True)
    session = AssistedSession.objects.create(
        helper=helper,
        resident=resident,
        commune=role.commune,
        course=original,
        lessons=lessons,
        quiz_attempt=attempt,
    )
    if result.passed and resident.user.phone:
        _code_issue(session=session)
    elif result.passed:
        session.completion = completion_record(
            learner=resident,
            course=original,
            helper=helper,
            helper_kind=role.kind,
            commune=role.commune,
        )
        session.status = AssistedSession.Status.CONFIRMED
        session.save(update_fields=["completion", "status"])
    log(
        instance=session,
        action="learning.assisted_record",
        user=helper,
        title=f"assisted session #{session.pk}",
        data={
            "resident": resident.pk,
            "course": original.pk,
            "commune": role.commune_id,
            "kind": role.kind,
            "score": attempt.score,
            "passed": attempt.passed,
            "status": session.status,
        },
    )
    return session


def _session_of_helper(
    *, helper: User, session: AssistedSession
) -> tuple[Helper, AssistedSession]:
    """The helper's role and session, locked, once it is theirs and awaits a code."""
    role = _helper_locked(user=helper)
    locked = (
        AssistedSession.objects.select_for_update(of=("self",))
        .select_related("resident__user", "quiz_attempt")
        .get(pk=session.pk)
    )
    if locked.helper_id != helper.pk:
        raise PermissionDenied(gettext("This session was recorded by another helper."))
    if locked.status != AssistedSession.Status.PENDING or not locked.code_hash:
        raise _refuse(_("This session is not waiting for a code."))
    return role, locked


def assisted_session_confirm(
    *, helper: User, session: AssistedSession, code: str
) -> AssistedSession:
    """Confirm a session with the code the resident received; then it counts.

    A wrong code is refused but counted, so after three the helper must send a
    new one; that count is kept even though the call raises.
    """
    refusal = None
    with transaction.atomic():
        role, locked = _session_of_helper(helper=helper, session=session)
        if locked.code_attempts >= CODE_TRIES:
            raise _refuse(_too_many_tries())
        if locked.code_expires_at is None or locked.code_expires_at <= timezone.now():
            raise _refuse(_("This code has expired. Send a new code to the resident."))
        given = "".join((code or "").split())
        if not constant_time_compare(
            locked.code_hash, _code_hash(session_id=locked.pk, code=given)
        ):
            locked.code_attempts += 1
            locked.save(update_fields=["code_attempts"])
            left = CODE_TRIES - locked.code_attempts
            refusal = _refuse(
                ngettext(
                    "This code is not right. %(count)d try left.",
                    "This code is not right. %(count)d tries left.",
                    left,
                )
                % {"count": left}
                if left
                else _too_many_tries().messages[0]
            )
        elif Completion.objects.filter(
            learner=locked.resident, course=locked.course, voided_at=None
        ).exists():
            # The resident finished it on their own meanwhile: nothing to credit.
            raise _refuse(
                _("%(name)s has already completed this course.")
                % {"name": locked.resident.full_name}
            )
        else:
            locked.completion = completion_record(
                learner=locked.resident,
                course=locked.course,
                helper=helper,
                helper_kind=role.kind,
                commune=locked.commune,
            )
            locked.status = AssistedSession.Status.CONFIRMED
            locked.code_hash = ""
            locked.save(update_fields=["completion", "status", "code_hash"])
            User.objects.filter(pk=locked.resident.user_id).update(phone_verified=True)
            log(
                instance=locked,
                action="learning.assisted_confirm",
                user=helper,
                title=f"assisted session #{locked.pk}",
                data={"completion": locked.completion_id},
            )
    if refusal is not None:
        raise refusal
    return locked


@transaction.atomic
def assisted_code_resend(*, helper: User, session: AssistedSession) -> AssistedSession:
    """Text the resident a new code, when the first did not arrive or expired."""
    _role, locked = _session_of_helper(helper=helper, session=session)
    if not locked.resident.user.phone:
        raise _refuse(_("This resident has no phone number."))
    if locked.code_sends >= CODE_SENDS or locked.code_attempts >= CODE_TRIES:
        raise _refuse(_too_many_tries())
    issued = locked.code_expires_at - CODE_VALID if locked.code_expires_at else None
    if issued and timezone.now() < issued + CODE_RESEND_WAIT:
        raise _refuse(_("A code was sent less than a minute ago. Wait a moment."))
    _code_issue(session=locked)
    log(
        instance=locked,
        action="learning.assisted_code_resend",
        user=helper,
        title=f"assisted session #{locked.pk}",
        data={"expires": locked.code_expires_at.isoformat()},
    )
    return locked


@transaction.atomic
def assisted_session_void(
    *, session: AssistedSession, reason: str, by: User
) -> AssistedSession:
    """Take a session, and the completion it brought, out of every count."""
    reason = (reason or "").strip()
    if not reason:
        raise _refuse(_("Say why this session is voided."))
    locked = (
        AssistedSession.objects.select_for_update(of=("self",))
        .select_related("resident", "completion")
        .get(pk=session.pk)
    )
    if not _may_administer(user=by, commune_id=locked.commune_id):
        raise PermissionDenied(
            gettext("Only an administrator can void an assisted session.")
        )
    if locked.status == AssistedSession.Status.VOIDED:
        return locked
    locked.status = AssistedSession.Status.VOIDED
    locked.voided_at = timezone.now()
    locked.void_reason = reason
    locked.code_hash = ""
    locked.save(update_fields=["status", "voided_at", "void_reason", "code_hash"])
    completion = locked.completion
    if (
        completion is not None
        and completion.voided_at is None
        # Only what this session credited: never the resident's own completion.
        and completion.assisted
        and completion.helper_id == locked.helper_id
    ):
        completion_void(completion=completion, reason=reason, by=by)
    log(
        instance=locked,
        action="learning.assisted_void",
        user=by,
        title=f"assisted session #{locked.pk}",
        data={"reason": reason, "completion": locked.completion_id},
    )
    return locked
