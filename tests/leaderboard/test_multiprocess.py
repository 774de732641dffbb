"""A completion on one server reaches a board watched on another, through Redis."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator

import pytest
import redis
from websockets.sync.client import connect

from tests.conftest import need
from tests.live import LiveServer, live_site
from tests.resident import HOAN_KIEM, complete_course_as_new_resident, national_board

pytestmark = pytest.mark.redis

UPDATE_TIMEOUT = 10.0


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL is not set")
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
        answered, reason = True, ""
    except redis.RedisError as error:
        answered, reason = False, f"Redis at {url} does not answer PING: {error}"
    finally:
        client.close()
    need(answered, reason)
    return url


@pytest.fixture
def two_servers(tmp_path, redis_url) -> Iterator[list[LiveServer]]:
    with live_site(tmp_path, count=2, redis_url=redis_url) as started:
        yield started


def test_completion_on_one_server_reaches_a_board_on_another(two_servers):
    server_a, server_b = two_servers
    with connect(
        f"{server_b.ws_url}{national_board(server_b.url)}",
        origin=server_b.url,
        open_timeout=10,
        close_timeout=5,
    ) as websocket:
        complete_course_as_new_resident(server_a.url)

        deadline = time.monotonic() + UPDATE_TIMEOUT
        frames = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(
                    f"no update for {HOAN_KIEM} on server B within "
                    f"{UPDATE_TIMEOUT:.0f}s; frames: {frames}\n"
                    f"server A:\n{server_a.log()}\nserver B:\n{server_b.log()}"
                )
            try:
                frame = json.loads(websocket.recv(timeout=remaining))
            except TimeoutError:
                continue
            frames.append(frame)
            rows = {row["code"]: row for row in frame.get("rows", [])}
            if frame.get("type") == "update" and HOAN_KIEM in rows:
                break

    assert rows[HOAN_KIEM]["completions"] == 1, frames
    assert rows[HOAN_KIEM]["name"] == "Phường Hoàn Kiếm", frames
