"""Live boards over websockets: a snapshot on connect, then changes, at most one
message a second."""

import logging
import re
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from learning.middleware import language_from_cookie
from learning.models import Commune, Province

from . import selectors
from .live import (
    LAYER_LOST,
    group_name,
    relay_join,
    relay_leave,
    rows_changed,
    whole_if_changed,
)
from .texts import place_texts

logger = logging.getLogger(__name__)

MAX_MESSAGE = 1024
SNAPSHOT_GAP = 1.0  # seconds between snapshots one watcher may ask for
REFUSED = 4403
NOT_FOUND = 4404
CODE = re.compile(r"[0-9A-Za-z]{1,10}")


def national_payload(campaign) -> dict:
    return {"board": "national", "rows": selectors.board_national(campaign=campaign)}


def province_payload(campaign, province) -> dict:
    rows = selectors.board_province(campaign=campaign, province=province)
    return {"board": "province", "rows": rows}


def commune_payload(campaign, commune) -> dict:
    rows = selectors.board_province(campaign=campaign, province=commune.province_id)
    summary = selectors.commune_summary(campaign=campaign, commune=commune, rows=rows)
    return {
        "board": "commune",
        "summary": summary,
        "learners": selectors.commune_learners(campaign=campaign, commune=commune),
    }


@database_sync_to_async
def _board(kind: str, campaign_id: int, code: str | None, user):
    """(campaign, subject) for a board, or a close code when it cannot be watched."""
    campaign = selectors.campaign_by_id(pk=campaign_id)
    if campaign is None:
        return NOT_FOUND, None
    if not selectors.campaign_visible(campaign=campaign, user=user):
        return REFUSED, None
    if kind != "national" and not CODE.fullmatch(code or ""):
        # No province or commune has such a code; PostgreSQL would not even take
        # some of them (NUL) in a query.
        return NOT_FOUND, None
    subject = None
    if kind == "province":
        subject = Province.objects.filter(pk=code).first()
        province = code
    elif kind == "commune":
        subject = Commune.objects.filter(pk=code).first()
        province = subject.province_id if subject else None
    if kind != "national" and (
        subject is None or campaign.province_id not in (None, province)
    ):
        return NOT_FOUND, None
    return campaign, subject


class BoardConsumer(AsyncJsonWebsocketConsumer):
    """One board: national (provinces), a province (its communes), or a commune."""

    relay = None
    snapshot_at = -SNAPSHOT_GAP
    sent = None  # the numbers of the last snapshot sent; None until one is

    async def connect(self):
        kwargs = self.scope["url_route"]["kwargs"]
        self.kind = kwargs.get("kind", "national")
        try:
            campaign, subject = await _board(
                self.kind,
                kwargs["campaign"],
                kwargs.get("code"),
                self.scope.get("user"),
            )
        except Exception:
            # The database is unreachable: the page says it is reconnecting.
            logger.warning("Board %s could not be looked up", kwargs, exc_info=True)
            await self.close(code=LAYER_LOST)
            return
        if isinstance(campaign, int):
            await self.close(code=campaign)
            return
        self.campaign, self.subject = campaign, subject
        if self.kind == "national":
            group, compute, diff = (
                group_name(campaign.pk),
                national_payload,
                rows_changed,
            )
        elif self.kind == "province":
            group, compute, diff = (
                group_name(campaign.pk, subject.code),
                province_payload,
                rows_changed,
            )
        else:
            group, compute, diff = (
                group_name(campaign.pk, subject.province_id),
                commune_payload,
                whole_if_changed,
            )
        args = (campaign, subject) if subject is not None else (campaign,)
        self.compute = lambda: compute(*args)
        try:
            self.relay = await relay_join(
                self,
                key=(self.kind, campaign.pk, getattr(subject, "pk", None)),
                group=group,
                compute=self.compute,
                diff=diff,
            )
        except Exception:
            # The channel layer (Redis) or the database is unreachable: refuse,
            # and the page says it is reconnecting until they are back.
            logger.warning("Board %s could not start", group, exc_info=True)
            await self.close(code=LAYER_LOST)
            return
        await self.accept()
        await self._snapshot()

    async def disconnect(self, code):
        if self.relay is not None:
            await relay_leave(self, self.relay)
            self.relay = None

    async def board_update(self, changes: dict) -> None:
        # Until its snapshot has gone, a watcher gets nothing: _snapshot sends what
        # changed meanwhile after it.
        if self.sent is not None:
            await self.send_json({"type": "update", **self._worded(changes)})

    def _worded(self, payload: dict) -> dict:
        """A commune's place in sentences, in this watcher's language."""
        if "summary" not in payload:
            return payload
        with translation.override(self._language()):
            texts = place_texts(summary=payload["summary"], metric=self.campaign.metric)
        return {**payload, "texts": texts}

    async def _snapshot(self) -> None:
        """The relay's current numbers, then whatever changed while they were sent."""
        self.snapshot_at = time.monotonic()
        self.sent, payload = None, self.relay.last
        await self.send_json(
            {
                "type": "snapshot",
                "campaign": self.campaign.pk,
                "metric": self.campaign.metric,
                "limits": self.campaign.limits,
                **self._worded(payload),
            }
        )
        self.sent = payload
        if self.relay.last is not payload and (
            changes := self.relay.diff(payload, self.relay.last)
        ):
            await self.board_update(changes)

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        if text_data is None:
            await self._error(_("Only JSON text messages are understood."))
            return
        if len(text_data) > MAX_MESSAGE:
            await self._error(_("The message is too long."))
            return
        try:
            content = await self.decode_json(text_data)
        except (ValueError, RecursionError):
            # RecursionError: arrays nested about a thousand deep, which fit in
            # MAX_MESSAGE and exhaust the JSON parser's stack.
            await self._error(_("The message is not valid JSON."))
            return
        await self.receive_json(content)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "snapshot":
            if time.monotonic() - self.snapshot_at < SNAPSHOT_GAP:
                await self._error(_("Too many requests. Wait a second."))
                return
            await self._snapshot()
        elif kind == "ping":
            await self.send_json({"type": "pong"})
        else:
            await self._error(
                _('Unknown request. Send {"type": "snapshot"} or {"type": "ping"}.')
            )

    async def _error(self, message: str) -> None:
        await self.send_json({"type": "error", "message": message})

    async def websocket_receive(self, message):
        with translation.override(self._language()):
            await super().websocket_receive(message)

    def _language(self) -> str:
        cookies = self.scope.get("cookies") or {}
        return language_from_cookie(cookies.get(settings.LANGUAGE_COOKIE_NAME))
