"""Redis stops in the middle of a run, then comes back: residents go on signing up,
learning and completing; the live board's socket is closed so that its page says it
is reconnecting; once Redis is back the board reconnects to the right numbers.

The test runs its own Redis on a free port, so stopping it disturbs nobody."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
import redis
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from leaderboard.live import LAYER_LOST
from tests.conftest import need
from tests.live import free_port, live_site
from tests.resident import HOAN_KIEM, complete_course_as_new_resident, national_board

pytestmark = pytest.mark.redis

HEARTBEAT = 1  # seconds, for the servers under test
WAIT = 15.0


@contextlib.contextmanager
def redis_server(port: int) -> Iterator[subprocess.Popen]:
    """A Redis of our own on `port`, keeping nothing on disk; stopped afterwards."""
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        + ["--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port, socket_connect_timeout=1)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.1)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def snapshot(server, path: str, sockets: contextlib.ExitStack):
    """Connect to the board (closed with `sockets`) and read its first frame; None
    if refused."""
    try:
        websocket = sockets.enter_context(
            connect(f"{server.ws_url}{path}", origin=server.url, open_timeout=5)
        )
    except (InvalidStatus, ConnectionClosed, OSError):
        return None, None
    return websocket, json.loads(websocket.recv(timeout=WAIT))


def hoan_kiem(frame: dict) -> int:
    rows = {row["code"]: row for row in frame["rows"]}
    return rows[HOAN_KIEM]["completions"] if HOAN_KIEM in rows else 0


def test_residents_keep_completing_while_redis_is_down_and_boards_catch_up(tmp_path):
    need(bool(shutil.which("redis-server")), "redis-server is needed")
    port = free_port()
    settings = {"LEADERBOARD_HEARTBEAT": str(HEARTBEAT)}

    with (
        contextlib.ExitStack() as sockets,
        redis_server(port) as first_redis,
        live_site(
            tmp_path, redis_url=f"redis://127.0.0.1:{port}/0", extra_env=settings
        ) as (server,),
    ):
        path = national_board(server.url)
        watcher, first = snapshot(server, path, sockets)
        assert first["type"] == "snapshot"
        complete_course_as_new_resident(server.url)

        first_redis.terminate()
        first_redis.wait(timeout=10)
        with pytest.raises(ConnectionClosed) as closed:
            while True:  # updates, then the close
                watcher.recv(timeout=WAIT)
        # Without Redis: residents sign up, learn and complete; boards refuse.
        complete_course_as_new_resident(server.url)
        complete_course_as_new_resident(server.url)
        refused, _frame = snapshot(server, path, sockets)

        with redis_server(port):
            deadline = time.monotonic() + WAIT
            back = None
            while back is None and time.monotonic() < deadline:
                time.sleep(0.5)
                socket, back = snapshot(server, path, sockets)
            assert back is not None, server.log()
            complete_course_as_new_resident(server.url)
            update = json.loads(socket.recv(timeout=WAIT))

    assert closed.value.rcvd.code == LAYER_LOST
    assert refused is None
    assert hoan_kiem(back) == hoan_kiem(first) + 3
    assert update["type"] == "update"
    assert hoan_kiem(update) == hoan_kiem(first) + 4
