"""Text messages to residents' phones through the gateway class named in settings.

`SMS_GATEWAY` is a dotted path to a class with `send(*, phone, text)`. The
console gateway, the default, prints each message, keeps it in `outbox` for
tests, and with `SMS_OUTBOX_FILE` set also appends it there as a JSON line, so a
test can read what a separate server process sent. The HTTP gateway posts each
message as JSON to an operator's (or an in-house relay's) endpoint.
"""

import json
import logging
import sys
import urllib.request
from dataclasses import asdict, dataclass
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sms:
    phone: str
    text: str


outbox: list[Sms] = []


class ConsoleGateway:
    """For development and tests: nothing leaves the machine."""

    def send(self, *, phone: str, text: str) -> None:
        message = Sms(phone=phone, text=text)
        outbox.append(message)
        print(f"SMS to {phone}: {text}", file=sys.stdout, flush=True)
        path = getattr(settings, "SMS_OUTBOX_FILE", "")
        if path:
            with open(path, "a", encoding="utf-8") as file:
                file.write(json.dumps(asdict(message), ensure_ascii=False) + "\n")


class SmsNotSent(RuntimeError):
    """The gateway did not accept the message."""


class HttpGateway:
    """POST {"to": "+84...", "text": "..."} as JSON to `SMS_HTTP_URL`.

    `SMS_HTTP_TOKEN`, when set, goes in an `Authorization: Bearer` header. Any
    answer other than 2xx, or no answer within `SMS_HTTP_TIMEOUT` seconds,
    raises SmsNotSent.
    """

    def send(self, *, phone: str, text: str) -> None:
        body = json.dumps({"to": phone, "text": text}, ensure_ascii=False)
        request = urllib.request.Request(  # noqa: S310 - the URL is our setting
            settings.SMS_HTTP_URL,
            data=body.encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        if settings.SMS_HTTP_TOKEN:
            request.add_header("Authorization", f"Bearer {settings.SMS_HTTP_TOKEN}")
        try:
            with urllib.request.urlopen(  # noqa: S310
                request, timeout=settings.SMS_HTTP_TIMEOUT
            ) as response:
                status = response.status
        except OSError as error:  # URLError, HTTPError and timeouts
            raise SmsNotSent(f"SMS gateway refused or unreachable: {error}") from error
        if not 200 <= status < 300:
            raise SmsNotSent(f"SMS gateway answered {status}")


@cache
def _gateway(path: str):
    return import_string(path)()


def sms_send(*, phone: str, text: str) -> None:
    """Send one message; the phone is E.164."""
    _gateway(settings.SMS_GATEWAY).send(phone=phone, text=text)
