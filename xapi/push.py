"""Statements sent to an outside Learning Record Store, in the background.

With XAPI_LRS_URL set, each learning event is queued on the "xapi" task backend
(a database queue); `manage.py db_worker --backend xapi` POSTs its statements to
{XAPI_LRS_URL}/statements. The LRS being slow or down never holds up a resident:
their request only queues the event. Network errors, 429 and 5xx answers are
retried with exponential backoff, up to XAPI_PUSH_ATTEMPTS attempts in all; other
refusals are logged and not retried.
"""

import base64
import json
import logging
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from .statements import statements_for_event

logger = logging.getLogger(__name__)

XAPI_VERSION = "1.0.3"


class LrsUnavailable(RuntimeError):
    """The LRS could not take the statements now; trying later may work."""


class LrsRefused(RuntimeError):
    """The LRS refused the statements; sending them again will not help."""


def lrs_post(*, statements: list[dict]) -> None:
    """POST statements to the LRS; raise LrsUnavailable or LrsRefused on failure."""
    request = urllib.request.Request(  # noqa: S310 - the URL is our setting
        f"{settings.XAPI_LRS_URL.rstrip('/')}/statements",
        data=json.dumps(statements, ensure_ascii=False).encode("utf-8"),
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "X-Experience-API-Version": XAPI_VERSION,
        },
    )
    if settings.XAPI_LRS_USERNAME or settings.XAPI_LRS_PASSWORD:
        pair = f"{settings.XAPI_LRS_USERNAME}:{settings.XAPI_LRS_PASSWORD}"
        token = base64.b64encode(pair.encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=settings.XAPI_LRS_TIMEOUT
        ):
            return
    except urllib.error.HTTPError as error:
        message = f"LRS answered {error.code}: {error.read(500)!r}"
        if error.code == 429 or error.code >= 500:
            raise LrsUnavailable(message) from error
        raise LrsRefused(message) from error
    except OSError as error:  # refused, unreachable, timed out
        raise LrsUnavailable(f"LRS unreachable: {error}") from error


@task(backend="xapi")
def statements_push(*, event: str, pk: int, attempt: int = 1) -> int:
    """Send one event's statements; queue the next attempt when the LRS is away."""
    statements = statements_for_event(event=event, pk=pk)
    if not statements:  # deleted or voided since it was queued
        return 0
    try:
        lrs_post(statements=statements)
    except LrsUnavailable as error:
        if attempt >= settings.XAPI_PUSH_ATTEMPTS:
            logger.error(
                "Gave up pushing %s %s to the LRS after %d attempts: %s",
                event,
                pk,
                attempt,
                error,
            )
            raise
        wait = settings.XAPI_PUSH_BACKOFF_SECONDS * 2 ** (attempt - 1)
        logger.warning(
            "Pushing %s %s to the LRS failed (attempt %d), retrying in %ss: %s",
            event,
            pk,
            attempt,
            wait,
            error,
        )
        statements_push.using(
            run_after=timezone.now() + timedelta(seconds=wait)
        ).enqueue(event=event, pk=pk, attempt=attempt + 1)
        return 0
    except LrsRefused as error:
        logger.error("The LRS refused %s %s: %s", event, pk, error)
        raise
    return len(statements)


def event_queue(*, event: str, pk: int) -> None:
    """Queue an event for the LRS, when one is configured."""
    if settings.XAPI_LRS_URL:
        statements_push.enqueue(event=event, pk=pk)
