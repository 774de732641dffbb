"""Fair-play flags: bursts and impossibly fast quizzes, spotted as they happen.

Each counter lives in Django's cache (Redis in production), one key per kind,
subject and ten-minute window, so nothing ever counts rows of the completions
table. Before a counter reaches its threshold the ids it saw are kept beside it,
one cache key per slot (`add` and `incr` give each event its own slot, so no
read-modify-write races), so the flag raised at the threshold lists them all.
Windows are fixed buckets: a burst split across a boundary can stay unflagged.
"""

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from learning.models import Completion, Learner, QuizAttempt, User

from .middleware import Origin
from .models import Flag

# Overridden one by one with settings.LEADERBOARD_FAIRPLAY = {"helper_burst": 20}.
DEFAULTS = {
    "window_seconds": 10 * 60,
    # Assisted completions credited to one helper.
    "helper_burst": 10,
    # Completions by different learners from one phone (not assisted ones: a
    # helper's phone is the helper_burst's business).
    "device_burst": 5,
    # Completions from one /24 or /64: carrier NAT puts many people on one.
    "network_burst": 40,
    # Residents registered by one helper.
    "signup_burst": 8,
    # A passed quiz faster than this many seconds per question is flagged.
    "quiz_seconds_per_question": 3,
}
# Ids kept per window before the threshold; at least the threshold itself.
IDS_KEPT = 200
PREFIX = "fairplay"


def fairplay_setting(name: str) -> int:
    """A threshold from settings.LEADERBOARD_FAIRPLAY, else the default here."""
    overrides = getattr(settings, "LEADERBOARD_FAIRPLAY", None) or {}
    return int(overrides.get(name, DEFAULTS[name]))


def window_start(*, moment: datetime) -> datetime:
    """The start of the fixed window a moment falls in (UTC, aligned to epoch)."""
    seconds = max(1, fairplay_setting("window_seconds"))
    stamp = int(moment.timestamp()) // seconds * seconds
    return datetime.fromtimestamp(stamp, tz=UTC)


def _timeout() -> int:
    return 2 * max(1, fairplay_setting("window_seconds"))


def _tick(key: str) -> int | None:
    """Add one to a window's counter; None when the cache is unavailable."""
    timeout = _timeout()
    for _attempt in range(2):
        cache.add(key, 0, timeout)
        try:
            value = cache.incr(key)
        except ValueError:  # expired between add and incr
            continue
        return int(value) if value is not None else None
    return None


def _window_tick(
    *, kind: str, subject: str, moment: datetime, item_id: int
) -> tuple[datetime, int, set[int]] | None:
    """Count one event; at or past the threshold, the window's count and ids."""
    threshold = max(1, fairplay_setting(kind))
    start = window_start(moment=moment)
    base = f"{PREFIX}:{kind}:{subject}:{int(start.timestamp())}"
    count = _tick(base)
    if count is None:
        return None
    kept = max(IDS_KEPT, threshold)
    if count <= kept:
        cache.set(f"{base}:{count}", item_id, _timeout())
    if count < threshold:
        return None
    ids = {item_id}
    if count <= kept:
        slots = [f"{base}:{n}" for n in range(1, count + 1)]
        ids.update(int(value) for value in cache.get_many(slots).values())
    return start, count, ids


@transaction.atomic
def flag_raise(
    *,
    kind: str,
    subject: str,
    start: datetime,
    count: int,
    commune_id: str | None,
    detail: Callable[[], str],
    completion_ids: Iterable[int] = (),
) -> Flag:
    """One flag per kind, subject and window; later events add to it.

    `detail` is called only when the flag is created.
    """
    flag, created = Flag.objects.get_or_create(
        kind=kind,
        subject=subject,
        window_start=start,
        defaults={
            "count": count,
            "commune_id": commune_id,
            "detail": lambda: detail()[:300],
        },
    )
    if not created:
        Flag.objects.filter(pk=flag.pk, count__lt=count).update(count=count)
    ids = set(completion_ids)
    if ids:
        # Only ids that are rows: a stale cache must not break the insert.
        flag.completions.add(
            *Completion.objects.filter(pk__in=ids).values_list("pk", flat=True)
        )
    flag.refresh_from_db()
    return flag


def _in_default_language(text_of: Callable[[], str]) -> str:
    """Details are stored once, so in the site's language, not the visitor's."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(text_of())


def _completion_burst(
    *,
    kind: str,
    subject: str,
    completion: Completion,
    moment: datetime,
    describe: Callable[[], str],
) -> Flag | None:
    seen = _window_tick(
        kind=kind, subject=subject, moment=moment, item_id=completion.pk
    )
    if seen is None:
        return None
    start, count, ids = seen
    return flag_raise(
        kind=kind,
        subject=subject,
        start=start,
        count=count,
        commune_id=completion.commune_id,
        detail=lambda: _in_default_language(describe),
        completion_ids=ids,
    )


def _helper_described(helper_id: int) -> str:
    helper = User.objects.select_related("learner").filter(pk=helper_id).first()
    name = helper.display_name if helper else "—"
    return _("Helper %(name)s (user #%(id)s).") % {"name": name, "id": helper_id}


def completion_check(*, completion: Completion, origin: Origin | None) -> list[Flag]:
    """Count a new completion for its helper, device and network."""
    moment = completion.completed_at or timezone.now()
    flags = []
    if completion.helper_id is not None:
        flags.append(
            _completion_burst(
                kind=Flag.Kind.HELPER_BURST,
                subject=str(completion.helper_id),
                completion=completion,
                moment=moment,
                describe=lambda: _helper_described(completion.helper_id),
            )
        )
    if origin is not None and origin.device and completion.helper_id is None:
        # One learner finishing several courses on their own phone is no burst:
        # only each learner's first completion in the window counts.
        learner = completion.learner_id or f"c{completion.pk}"
        bucket = int(window_start(moment=moment).timestamp())
        key = f"{PREFIX}:device_learner:{origin.device}:{bucket}:{learner}"
        if cache.add(key, 1, _timeout()):
            flags.append(
                _completion_burst(
                    kind=Flag.Kind.DEVICE_BURST,
                    subject=origin.device,
                    completion=completion,
                    moment=moment,
                    describe=lambda: _(
                        "Different learners finished courses on one device."
                    ),
                )
            )
    if origin is not None and origin.network:
        flags.append(
            _completion_burst(
                kind=Flag.Kind.NETWORK_BURST,
                subject=origin.network,
                completion=completion,
                moment=moment,
                describe=lambda: (
                    _("Courses finished from network %(network)s.")
                    % {"network": origin.network}
                ),
            )
        )
    return [flag for flag in flags if flag is not None]


def quiz_attempt_check(*, attempt: QuizAttempt) -> Flag | None:
    """A passed quiz answered faster than anyone can read it is flagged at once."""
    per_question = fairplay_setting("quiz_seconds_per_question")
    if (
        not attempt.passed
        or attempt.learner_id is None
        or attempt.total <= 0
        or attempt.seconds_taken >= per_question * attempt.total
    ):
        return None
    completion_ids = Completion.objects.filter(
        learner_id=attempt.learner_id, course_id=attempt.course_id, voided_at=None
    ).values_list("pk", flat=True)[:1]
    commune_id = (
        Learner.objects.filter(pk=attempt.learner_id)
        .values_list("commune_id", flat=True)
        .first()
    )

    def describe() -> str:
        return _(
            "Quiz attempt #%(attempt)s passed: %(total)s questions in "
            "%(seconds)s seconds."
        ) % {
            "attempt": attempt.pk,
            "total": attempt.total,
            "seconds": attempt.seconds_taken,
        }

    with transaction.atomic():
        flag = flag_raise(
            kind=Flag.Kind.QUIZ_FAST,
            subject=str(attempt.learner_id),
            start=window_start(moment=attempt.created_at or timezone.now()),
            count=0,
            commune_id=commune_id,
            detail=lambda: _in_default_language(describe),
            completion_ids=list(completion_ids),
        )
        Flag.objects.filter(pk=flag.pk).update(count=F("count") + 1)
    flag.refresh_from_db()
    return flag


def signup_check(*, learner: Learner) -> Flag | None:
    """Count a resident a helper registered; many in minutes is flagged."""
    if learner.registered_by_id is None:
        return None
    # Once per resident, however many times the profile is saved.
    if not cache.add(f"{PREFIX}:signup_learner:{learner.pk}", 1, _timeout()):
        return None
    subject = str(learner.registered_by_id)
    seen = _window_tick(
        kind=Flag.Kind.SIGNUP_BURST,
        subject=subject,
        moment=learner.created_at or timezone.now(),
        item_id=learner.pk,
    )
    if seen is None:
        return None
    start, count, ids = seen

    def describe() -> str:
        residents = ", ".join(f"#{pk}" for pk in sorted(ids))
        text = _in_default_language(
            lambda: _("Residents registered: %(residents)s.") % {"residents": residents}
        )
        return text if len(text) <= 300 else text[:299] + "…"

    flag = flag_raise(
        kind=Flag.Kind.SIGNUP_BURST,
        subject=subject,
        start=start,
        count=count,
        commune_id=learner.commune_id,
        detail=describe,
    )
    if count <= max(IDS_KEPT, fairplay_setting("signup_burst")):
        # The residents are the evidence: the detail lists every one so far.
        flag.detail = describe()
        flag.save(update_fields=["detail"])
    return flag


def flag_review(*, flag: Flag, note: str, by: User) -> Flag:
    """Mark a flag looked at, by whom and with what conclusion, in the audit log."""
    flag.note = note.strip()
    flag.reviewed_at = timezone.now()
    flag.reviewed_by = by
    flag.save(update_fields=["note", "reviewed_at", "reviewed_by"])
    log(instance=flag, action="wagtail.edit", user=by, data={"note": flag.note})
    return flag
