"""Live boards: a change pings the board's group; each server process recounts a
board at most once a second and hands the changes to the watchers it holds.

However many completions arrive, a watcher gets at most one message a second,
and the database is read once a second per board per process, not per watcher.
"""

import asyncio
import logging
import weakref
from collections.abc import Callable

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

DIRTY = {"type": "leaderboard.dirty"}
HEARTBEAT = {"type": "leaderboard.heartbeat"}
# Close code for watchers when the channel layer (Redis) is gone: their pages say
# they are reconnecting, and come back to a fresh snapshot once it returns.
LAYER_LOST = 4503


def group_name(campaign_id: int, province: str | None = None) -> str:
    """Channel-layer group of a national or province board: ASCII, digits and '.'."""
    name = f"leaderboard.campaign.{campaign_id}"
    return f"{name}.province.{province}" if province else name


def boards_touch(*, campaign_ids: list[int], province: str | None = None) -> None:
    """Tell the boards a province's numbers changed in (every province's when None).

    A channel layer that is down only logs: the standings are already saved and
    boards catch up from them on their next snapshot.
    """
    groups = []
    for campaign_id in campaign_ids:
        groups.append(group_name(campaign_id))
        if province is not None:
            groups.append(group_name(campaign_id, province))
        else:
            from learning.models import Province

            groups += [
                group_name(campaign_id, code)
                for code in Province.objects.values_list("code", flat=True)
            ]
    try:
        async_to_sync(_ping)(groups)
    except Exception:
        logger.exception("Could not tell the live boards %s", groups)


def boards_touch_on_commit(
    *, campaign_ids: list[int], province: str | None = None
) -> None:
    """boards_touch once the transaction commits: relays must recount what is saved."""
    if campaign_ids:
        transaction.on_commit(
            lambda: boards_touch(campaign_ids=campaign_ids, province=province)
        )


# A process pings one group at most once in this many seconds; the pings in
# between become one sent at the end of the gap. Relays recount once a second
# anyway, and a burst of completions does not become a burst of Redis messages.
PING_GAP = 0.1


class _Pings:
    """The pings of one event loop: when each group was last pinged, and the groups
    waiting for the end of their gap."""

    def __init__(self):
        self.sent_at: dict[str, float] = {}
        self.waiting: set[str] = set()
        self.flusher: asyncio.Task | None = None
        self.flushing: set[asyncio.Task] = set()  # held until done, never collected

    async def send(self, groups) -> None:
        now = asyncio.get_running_loop().time()
        due = [
            group
            for group in groups
            if now - self.sent_at.get(group, float("-inf")) >= PING_GAP
        ]
        self.waiting |= set(groups) - set(due)
        if self.waiting and self.flusher is None:
            self.flusher = asyncio.create_task(self._flush())
            self.flushing.add(self.flusher)
            self.flusher.add_done_callback(self.flushing.discard)
        await self._send(due)

    async def _send(self, groups) -> None:
        layer = get_channel_layer()
        self.sent_at |= dict.fromkeys(groups, asyncio.get_running_loop().time())
        await asyncio.gather(*(layer.group_send(group, DIRTY) for group in groups))

    async def _flush(self) -> None:
        await asyncio.sleep(PING_GAP)
        groups, self.waiting, self.flusher = self.waiting, set(), None
        try:
            await self._send(groups)
        except Exception:
            logger.exception("Could not tell the live boards %s", sorted(groups))


_pings: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def _ping(groups: list[str]) -> None:
    """Ping on the running loop: a server's own loop keeps the gaps between calls;
    a loop made for one call (a management command) pings at once."""
    loop = asyncio.get_running_loop()
    pings = _pings.get(loop)
    if pings is None:
        pings = _pings[loop] = _Pings()
    await pings.send(groups)


class Relay:
    """One board in one process: its watchers, its last numbers, its pace."""

    def __init__(self, *, key: tuple, group: str, compute: Callable, diff: Callable):
        self.key, self.group = key, group
        self.compute = database_sync_to_async(compute)
        self.diff = diff
        self.watchers: set = set()
        self.last = None
        self.dirty = False
        self.sent_at = float("-inf")
        self.flusher: asyncio.Task | None = None
        self.listener: asyncio.Task | None = None
        self.heart: asyncio.Task | None = None
        # Done once the first numbers are in: watchers who come meanwhile wait.
        self.started = asyncio.get_running_loop().create_future()

    async def start(self) -> None:
        layer = get_channel_layer()
        self.channel = await layer.new_channel()
        await layer.group_add(self.group, self.channel)
        self.listener = asyncio.create_task(self._listen(layer))
        self.heart = asyncio.create_task(self._beat(layer))
        self.last = await self.compute()

    async def stop(self) -> None:
        current = asyncio.current_task()
        for task in (self.listener, self.flusher, self.heart):
            if task is not None and task is not current:
                task.cancel()
        try:
            await get_channel_layer().group_discard(self.group, self.channel)
        except Exception:
            logger.warning("Could not leave group %s", self.group, exc_info=True)

    async def _listen(self, layer) -> None:
        while True:
            try:
                message = await layer.receive(self.channel)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.warning("Board %s lost its channel layer", self.group)
                await asyncio.sleep(1)
                continue
            if message.get("type") != HEARTBEAT["type"]:
                self.poke()

    async def _beat(self, layer) -> None:
        """Send to the relay's own channel now and then. Redis' pub/sub layer does
        not tell its listeners when the connection drops: a send that fails does."""
        while True:
            await asyncio.sleep(settings.LEADERBOARD_HEARTBEAT_SECONDS)
            try:
                await layer.send(self.channel, HEARTBEAT)
            except Exception:
                logger.warning("Board %s lost its channel layer", self.group)
                await self._lost()
                return

    async def _lost(self) -> None:
        """Updates can no longer arrive: forget the relay, and close its watchers
        so that they reconnect (to a new relay) when the layer is back."""
        relays = _relays.get(asyncio.get_running_loop(), {})
        if relays.get(self.key) is self:
            del relays[self.key]
        await asyncio.gather(
            *(watcher.close(code=LAYER_LOST) for watcher in list(self.watchers)),
            return_exceptions=True,
        )
        await self.stop()

    def poke(self) -> None:
        self.dirty = True
        if self.flusher is None or self.flusher.done():
            self.flusher = asyncio.create_task(self._flush())

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        while self.dirty:
            wait = self.sent_at + settings.LEADERBOARD_UPDATE_SECONDS - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self.dirty = False
            try:
                payload = await self.compute()
            except Exception:
                logger.exception("Could not recount board %s", self.group)
                continue
            previous, self.last = self.last, payload
            changes = self.diff(previous, payload)
            if not changes:
                continue
            self.sent_at = loop.time()
            await asyncio.gather(
                *(watcher.board_update(changes) for watcher in list(self.watchers)),
                return_exceptions=True,
            )


_relays: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def relay_join(watcher, *, key: tuple, group: str, compute, diff) -> Relay:
    """Attach a watcher to its board's relay in this process, starting it if new.

    The relay's numbers (`relay.last`) are the watcher's snapshot: a thousand
    watchers arriving at once cost one count, not a thousand.
    """
    relays = _relays.setdefault(asyncio.get_running_loop(), {})
    relay = relays.get(key)
    if relay is None:
        relay = Relay(key=key, group=group, compute=compute, diff=diff)
        relays[key] = relay
        try:
            await relay.start()
        except Exception as error:
            relays.pop(key, None)
            relay.started.set_exception(error)
            relay.started.exception()  # retrieved: no "never retrieved" warning
            raise
        relay.started.set_result(None)
    else:
        await asyncio.shield(relay.started)
    relay.watchers.add(watcher)
    return relay


async def relay_leave(watcher, relay: Relay) -> None:
    relay.watchers.discard(watcher)
    if not relay.watchers:
        relays = _relays.get(asyncio.get_running_loop(), {})
        if relays.get(relay.key) is relay:
            del relays[relay.key]
            await relay.stop()


def rows_changed(previous: list[dict], current: list[dict]) -> list[dict] | None:
    """The rows whose numbers differ from last time, wrapped for sending."""
    before = {row["code"]: row for row in previous["rows"]}
    rows = [row for row in current["rows"] if before.get(row["code"]) != row]
    return {**current, "rows": rows} if rows else None


def whole_if_changed(previous: dict, current: dict) -> dict | None:
    return current if current != previous else None
