"""The live board's websocket under hostile frames, addresses and cookies.

The consumer's design (leaderboard.consumers.BoardConsumer): a board that can be
watched accepts and sends a snapshot; every frame it does not understand gets an
error frame ({"type": "error", "message": ...}) and the socket stays open, so a
ping, or a snapshot once the one-second gap has passed, still works after it. A
board that cannot be watched is closed with 4403 or 4404 before it opens.
Nothing a watcher sends is stored.
"""

import asyncio
import json
from urllib.parse import quote

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from hypothesis import example, given
from hypothesis import strategies as st

from leaderboard import consumers
from learning.asgi import application

from .strategies import (
    FEW,
    HOSTILE,
    dumps,
    hostile_text,
    huge_number,
    json_value,
    mixed_text,
    stored,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ORIGIN = (b"origin", b"http://127.0.0.1:8000")
WAIT = 5


def board(path: str, cookie: bytes | None = None) -> WebsocketCommunicator:
    headers = [ORIGIN] + ([(b"cookie", cookie)] if cookie is not None else [])
    return WebsocketCommunicator(
        application, f"/ws/leaderboard/{path}", headers=headers
    )


def text(value: str) -> dict:
    return {"text_data": value}


def as_json(value) -> dict:
    return {"text_data": dumps(value)}


# Frames: text that is not JSON, JSON of every shape, objects with a wrong or
# odd "type", binary frames, and frames over the size the consumer reads.
frames = st.one_of(
    hostile_text.map(text),
    huge_number.map(text),
    json_value.map(as_json),
    st.fixed_dictionaries({"type": json_value}, optional={"board": json_value}).map(
        as_json
    ),
    st.sampled_from(["Ping", "PING", "snapshot ", "pong", "", "\x00ping"]).map(
        lambda kind: as_json({"type": kind})
    ),
    st.binary(max_size=64).map(lambda data: {"bytes_data": data}),
    st.integers(min_value=1, max_value=30).map(lambda n: text("[" * (1000 + n))),
    st.integers(min_value=900, max_value=1024).map(lambda n: text("[" * n)),
    st.just(text('{"type": "ping", "pad": "' + "x" * 2000 + '"}')),
    st.just({"text_data": "x" * 200_000}),
)


def expected_replies(frame: dict) -> set[str]:
    """The frame types the consumer may answer a frame with."""
    data = frame.get("text_data")
    if data is None or len(data) > consumers.MAX_MESSAGE:
        return {"error"}
    try:
        content = json.loads(data)
    except (ValueError, RecursionError):
        return {"error"}
    kind = content.get("type") if isinstance(content, dict) else None
    if kind == "ping":
        return {"pong"}
    if kind == "snapshot":
        # Refused within a second of the last snapshot, sent after that.
        return {"error", "snapshot"}
    return {"error"}


async def send_frame(communicator, frame: dict) -> None:
    """Send one frame as a server hands it to the consumer, empty ones too (the
    communicator's own send_to refuses an empty frame)."""
    if "text_data" in frame:
        message = {"type": "websocket.receive", "text": frame["text_data"]}
    else:
        message = {"type": "websocket.receive", "bytes": frame["bytes_data"]}
    await communicator.send_input(message)


async def exchange(path: str, sent: list[dict], cookie: bytes | None = None):
    """Connect, read the snapshot, send each frame and read its answer, then
    check the socket still answers a ping."""
    communicator = board(path, cookie)
    connected, code = await communicator.connect(timeout=WAIT)
    assert connected, code
    try:
        snapshot = await communicator.receive_json_from(timeout=WAIT)
        replies = []
        for frame in sent:
            await send_frame(communicator, frame)
            replies.append(await communicator.receive_json_from(timeout=WAIT))
        await communicator.send_json_to({"type": "ping"})
        pong = await communicator.receive_json_from(timeout=WAIT)
    finally:
        await communicator.disconnect()
    return snapshot, replies, pong


@HOSTILE
@given(sent=st.lists(frames, min_size=1, max_size=6))
@example(sent=[text("[" * 1000)])
@example(sent=[text("[" * 990 + "]" * 30)])
@example(sent=[text('{"type": "ping"}\x00')])
@example(sent=[as_json({"type": ["ping"]}), as_json({"type": {"type": "ping"}})])
@example(sent=[text("NaN"), text("1e400"), text("9" * 1000), text("null")])
@example(sent=[{"bytes_data": b'{"type": "ping"}'}])
def test_hostile_frames_get_error_frames_and_the_socket_stays_open(campaign, sent):
    before = stored()

    snapshot, replies, pong = async_to_sync(exchange)(f"{campaign.pk}/", sent)

    assert snapshot["type"] == "snapshot"
    for frame, reply in zip(sent, replies, strict=True):
        assert reply["type"] in expected_replies(frame), (frame, reply)
        if reply["type"] == "error":
            assert isinstance(reply["message"], str) and reply["message"]
    assert pong == {"type": "pong"}
    assert stored() == before


DEEP = [
    "[" * 1000,
    "[" * consumers.MAX_MESSAGE,
    '{"a":' * 200 + "1" + "}" * 200,
    "[" * 500 + "]" * 500,
    "[" * 512 + "]" * 512,
]


def test_deeply_nested_json_within_the_size_limit_gets_error_frames(campaign):
    """Hypothesis raises the recursion limit while it runs a test, so the deep
    nesting that exhausts the JSON parser's stack at the usual limit is checked
    here, without it."""
    _snapshot, replies, pong = async_to_sync(exchange)(
        f"{campaign.pk}/", [text(frame) for frame in DEEP]
    )

    assert [reply["type"] for reply in replies] == ["error"] * len(DEEP)
    assert pong == {"type": "pong"}


@FEW
@given(sent=st.lists(frames, min_size=1, max_size=4))
@example(sent=[text("[" * 1000), {"bytes_data": b"\x00"}])
def test_a_snapshot_still_comes_after_hostile_frames(campaign, monkeypatch, sent):
    """With the gap between snapshots set to nothing, a watcher who sent junk
    still gets the same board when they ask for it properly."""
    monkeypatch.setattr(consumers, "SNAPSHOT_GAP", 0)

    snapshot, replies, _pong = async_to_sync(exchange)(
        f"{campaign.pk}/province/01/",
        [*sent, as_json({"type": "snapshot"})],
    )
    asked = replies[-1]

    assert asked["type"] == "snapshot"
    assert asked["rows"] == snapshot["rows"]


segments = st.one_of(
    hostile_text.filter(lambda value: value and "/" not in value),
    st.sampled_from(["01", "00070", "national", "province", "commune", "..", "%"]),
)


async def connect_only(path: str, cookie: bytes | None = None):
    communicator = board(path, cookie)
    connected, code = await communicator.connect(timeout=WAIT)
    if connected:
        await communicator.receive_json_from(timeout=WAIT)
        await communicator.disconnect()
    await asyncio.sleep(0)
    return connected, code


@HOSTILE
@given(
    campaign_id=st.one_of(
        st.just("OWN"),
        st.sampled_from(["0", "999999999", "9" * 400, str(2**63)]),
        st.integers(min_value=0, max_value=10**30).map(str),
    ),
    kind=st.one_of(st.none(), segments),
    code=segments,
)
@example(campaign_id="OWN", kind="province", code="01\x00")
@example(campaign_id="OWN", kind="commune", code="00070\x00")
@example(campaign_id="OWN", kind="province\x00", code="01")
@example(campaign_id="9" * 400, kind="province", code="01")
@example(campaign_id="OWN", kind="province", code="01")
def test_hostile_board_addresses_are_closed_with_a_clear_code(
    campaign, campaign_id, kind, code
):
    campaign_id = str(campaign.pk) if campaign_id == "OWN" else campaign_id
    path = f"{campaign_id}/"
    if kind is not None:
        path += f"{quote(kind, safe='')}/{quote(code, safe='')}/"
    before = stored()

    connected, close_code = async_to_sync(connect_only)(path)

    if not connected:
        assert close_code in (consumers.REFUSED, consumers.NOT_FOUND), close_code
    else:
        # Only a real board opens: its own campaign, a real province or commune.
        assert campaign_id == str(campaign.pk)
        # (The national board has no code: whatever follows "national/" is unread.)
        assert kind in (None, "national") or (kind, code) in {
            ("province", "01"),
            ("commune", "00070"),
        }
    assert stored() == before


cookies = st.one_of(
    hostile_text.map(lambda value: value.encode("utf-8")),
    mixed_text.map(lambda value: f"django_language={value}".encode()),
    st.sampled_from(
        [
            b"django_language=en",
            b"django_language=\xff\xfe",
            b"django_language=" + b"e" * 5000,
            b"sessionid=" + b"9" * 400,
            b"sessionid=\x00; django_language=\x00",
            b";;;===;",
        ]
    ),
)


@FEW
@given(cookie=cookies)
def test_hostile_cookies_still_get_the_public_board(campaign, cookie):
    """A public board opens for anyone, whatever their cookies say; errors come
    in the language the cookie names, or Vietnamese."""
    snapshot, replies, pong = async_to_sync(exchange)(
        f"{campaign.pk}/", [text("{not json")], cookie
    )

    assert snapshot["type"] == "snapshot"
    assert replies[0]["type"] == "error"
    assert pong == {"type": "pong"}
