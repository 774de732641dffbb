import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from learning.asgi import application
from learning.services import completion_record

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ORIGIN = (b"origin", b"http://127.0.0.1:8000")


def board(province="01", cookie=None) -> WebsocketCommunicator:
    headers = [ORIGIN]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    return WebsocketCommunicator(
        application, f"/ws/leaderboard/province/{province}/", headers=headers
    )


async def test_a_completion_reaches_the_province_board(course, make_learner):
    communicator = board()
    connected, _ = await communicator.connect()
    assert connected
    try:
        learner = await database_sync_to_async(make_learner)(commune_code="00070")
        await database_sync_to_async(completion_record)(learner=learner, course=course)

        frame = await communicator.receive_json_from(timeout=5)
    finally:
        await communicator.disconnect()

    assert frame == {
        "type": "update",
        "commune": "00070",
        "name": "Phường Hoàn Kiếm",
        "completions": 1,
    }


async def test_another_province_hears_nothing(course, make_learner):
    communicator = board(province="04")
    connected, _ = await communicator.connect()
    assert connected
    try:
        learner = await database_sync_to_async(make_learner)(commune_code="00070")
        await database_sync_to_async(completion_record)(learner=learner, course=course)

        assert await communicator.receive_nothing(timeout=0.5)
    finally:
        await communicator.disconnect()


async def test_snapshot_lists_the_province_ranked(course, make_learner):
    learner = await database_sync_to_async(make_learner)(commune_code="00004")
    await database_sync_to_async(completion_record)(learner=learner, course=course)
    communicator = board()
    await communicator.connect()
    try:
        await communicator.send_json_to({"type": "snapshot"})
        frame = await communicator.receive_json_from(timeout=5)
    finally:
        await communicator.disconnect()

    assert frame["type"] == "snapshot"
    assert frame["communes"][0] == {
        "commune": "00004",
        "name": "Phường Ba Đình",
        "completions": 1,
    }
    assert len(frame["communes"]) > 50


async def test_unknown_province_is_refused(units):
    communicator = board(province="99")

    connected, code = await communicator.connect()

    assert not connected
    assert code == 4404


@pytest.mark.parametrize(
    "send",
    [
        {"text_data": "not json"},
        {"text_data": '{"type": "reset"}'},
        {"text_data": "[1, 2]"},
        {"bytes_data": b"\x00\x01"},
    ],
)
async def test_bad_messages_get_an_error_frame_and_the_socket_stays_open(units, send):
    communicator = board()
    await communicator.connect()
    try:
        await communicator.send_to(**send)
        error = await communicator.receive_json_from(timeout=5)
        await communicator.send_json_to({"type": "snapshot"})
        still_open = await communicator.receive_json_from(timeout=5)
    finally:
        await communicator.disconnect()

    assert error["type"] == "error" and error["message"]
    assert still_open["type"] == "snapshot"


async def test_error_frames_follow_the_learners_language(units):
    english, vietnamese = board(cookie="django_language=en"), board()
    frames = []
    for communicator in (english, vietnamese):
        await communicator.connect()
        try:
            await communicator.send_to(text_data="not json")
            frames.append(await communicator.receive_json_from(timeout=5))
        finally:
            await communicator.disconnect()

    assert frames[0]["message"] == "The message is not valid JSON."
    assert frames[1]["message"] == "Tin nhắn không phải JSON hợp lệ."


async def test_a_foreign_origin_is_refused(units):
    communicator = WebsocketCommunicator(
        application,
        "/ws/leaderboard/province/01/",
        headers=[(b"origin", b"http://evil.example")],
    )

    connected, _ = await communicator.connect()

    assert not connected
