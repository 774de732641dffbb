import asyncio
import time

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.test import Client

from leaderboard.consumers import SNAPSHOT_GAP
from leaderboard.live import PING_GAP, boards_touch, group_name
from leaderboard.models import Campaign, CampaignStanding
from leaderboard.services.standings import campaign_completion_void
from learning.asgi import application
from learning.services import completion_record

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ORIGIN = (b"origin", b"http://127.0.0.1:8000")
WAIT = 5


def board(path: str, cookie: str | None = None) -> WebsocketCommunicator:
    headers = [ORIGIN]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    return WebsocketCommunicator(
        application, f"/ws/leaderboard/{path}", headers=headers
    )


@pytest.fixture
def complete(course, make_learner):
    """Complete the course as a new resident of a commune, from async code."""

    async def run(commune="00070", **kwargs):
        learner = await database_sync_to_async(make_learner)(commune_code=commune)
        return await database_sync_to_async(completion_record)(
            learner=learner, course=course, **kwargs
        )

    return run


async def until(communicator, kind="update", timeout=WAIT) -> dict:
    """The next frame of a kind, skipping others."""
    deadline = time.monotonic() + timeout
    while True:
        frame = await communicator.receive_json_from(
            timeout=max(0.01, deadline - time.monotonic())
        )
        if frame["type"] == kind:
            return frame


def rows(frame) -> dict[str, dict]:
    return {row["code"]: row for row in frame["rows"]}


async def test_province_board_sends_a_snapshot_then_changes(campaign, complete):
    await complete(commune="00004")
    communicator = board(f"{campaign.pk}/province/01/")
    connected, _ = await communicator.connect()
    assert connected
    try:
        snapshot = await until(communicator, "snapshot")
        await complete()
        update = await until(communicator)
    finally:
        await communicator.disconnect()

    assert snapshot["metric"] == "completions" and snapshot["limits"] == [20000, 40000]
    assert rows(snapshot)["00004"]["completions"] == 1
    assert rows(snapshot)["00070"]["completions"] == 0
    assert len(snapshot["rows"]) > 100  # every commune of Hà Nội
    # Only what changed travels after the snapshot.
    assert rows(update)["00070"] == {
        "code": "00070",
        "name": "Phường Hoàn Kiếm",
        "population": None,
        "completions": 1,
        "learners": 1,
        "assisted": 0,
        "coverage": None,
    }
    assert "00004" not in rows(update)


async def test_a_burst_reaches_a_watcher_at_most_once_a_second(
    campaign, complete, settings
):
    settings.LEADERBOARD_UPDATE_SECONDS = 0.5
    communicator = board(f"{campaign.pk}/province/01/")
    await communicator.connect()
    updates = []

    async def read():
        while True:
            frame = await communicator.receive_json_from(timeout=WAIT)
            updates.append((time.monotonic(), frame))
            if rows(frame)["00070"]["completions"] == 12:
                return

    try:
        await until(communicator, "snapshot")
        reader = asyncio.create_task(read())
        started = time.monotonic()
        for _ in range(12):
            await complete()
        burst = time.monotonic() - started
        await reader
        assert await communicator.receive_nothing(timeout=0.8)
    finally:
        await communicator.disconnect()

    times = [moment for moment, _frame in updates]
    assert all(b - a >= 0.4 for a, b in zip(times, times[1:], strict=False)), times
    assert len(updates) <= burst / 0.5 + 2
    assert {frame["type"] for _moment, frame in updates} == {"update"}


async def test_a_process_pings_a_board_at_most_once_a_gap_and_never_drops_the_last():
    """Fifty touches in a row reach the board's group as two pings: one at once,
    one for the rest when the gap ends."""
    layer = get_channel_layer()
    channel = await layer.new_channel()
    group = group_name(999, "01")
    await layer.group_add(group, channel)
    try:
        for _ in range(50):
            await database_sync_to_async(boards_touch)(
                campaign_ids=[999], province="01"
            )
        first = await layer.receive(channel)
        started = time.monotonic()
        last = await asyncio.wait_for(layer.receive(channel), timeout=WAIT)
        waited = time.monotonic() - started
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(layer.receive(channel), timeout=PING_GAP * 3)
    finally:
        await layer.group_discard(group, channel)
    assert first == last == {"type": "leaderboard.dirty"}
    assert waited <= PING_GAP * 3


async def test_another_province_hears_nothing(campaign, complete):
    communicator = board(f"{campaign.pk}/province/46/")
    await communicator.connect()
    try:
        await until(communicator, "snapshot")
        await complete()
        assert await communicator.receive_nothing(timeout=1.5)
    finally:
        await communicator.disconnect()


async def test_national_board_sums_each_province(campaign, complete):
    await complete()
    await complete(commune="00004")
    communicator = board(f"{campaign.pk}/")
    await communicator.connect()
    try:
        snapshot = await until(communicator, "snapshot")
        await complete(commune="01279")
        update = await until(communicator)
    finally:
        await communicator.disconnect()

    assert len(snapshot["rows"]) == 34
    assert rows(snapshot)["01"]["completions"] == 2
    assert [row["code"] for row in update["rows"]] == ["04"]
    assert update["rows"][0]["completions"] == 1


async def test_commune_board_words_its_place_in_the_watchers_language(
    campaign, complete
):
    for commune in ["00004", "00004", "00070"]:
        await complete(commune=commune)
    english = board(f"{campaign.pk}/commune/00070/", cookie="django_language=en")
    vietnamese = board(f"{campaign.pk}/commune/00070/")
    await english.connect()
    await vietnamese.connect()
    try:
        snapshot = await until(english, "snapshot")
        await until(vietnamese, "snapshot")
        await complete()
        await complete()
        await complete()
        update = await until(english)
        while update["summary"]["row"]["completions"] < 4:
            update = await until(english)
        worded = await until(vietnamese)
        while worded["summary"]["row"]["completions"] < 4:
            worded = await until(vietnamese)
    finally:
        await english.disconnect()
        await vietnamese.disconnect()

    assert snapshot["summary"]["rank"] == 2
    assert snapshot["texts"]["gap"].startswith("1 completion behind #1 Phường Ba Đình")
    assert update["summary"]["rank"] == 1
    assert update["texts"]["gap"].startswith("First in the province!")
    assert worded["texts"]["place"] == "Hạng #1 trong 126 xã/phường của tỉnh/thành phố"


async def test_opted_in_learners_appear_on_their_commune_board(
    campaign, course, make_learner
):
    def two_learners():
        shown = make_learner(full_name="Lò Thị Mỷ")
        shown.show_on_boards = True
        shown.save()
        completion_record(learner=shown, course=course)
        completion_record(learner=make_learner(full_name="Giàng A Páo"), course=course)

    await database_sync_to_async(two_learners)()
    communicator = board(f"{campaign.pk}/commune/00070/")
    await communicator.connect()
    try:
        snapshot = await until(communicator, "snapshot")
    finally:
        await communicator.disconnect()

    assert snapshot["learners"] == [{"name": "Lò Thị Mỷ", "completions": 1}]


async def test_voiding_updates_a_live_board(campaign, complete, make_learner):
    completion = await complete()
    admin = await database_sync_to_async(make_learner)(full_name="Quản trị")
    communicator = board(f"{campaign.pk}/province/01/")
    await communicator.connect()
    try:
        snapshot = await until(communicator, "snapshot")
        await database_sync_to_async(campaign_completion_void)(
            campaign=campaign, completion=completion, reason="Gian lận", by=admin.user
        )
        update = await until(communicator)
    finally:
        await communicator.disconnect()

    assert rows(snapshot)["00070"]["completions"] == 1
    assert rows(update)["00070"]["completions"] == 0
    assert rows(update)["00070"]["learners"] == 0


@pytest.mark.parametrize(
    "path",
    [
        "999/",
        "{campaign}/province/99/",
        "{campaign}/commune/99999/",
        "{campaign}/district/01/",
        "{hue}/province/01/",  # a Huế campaign has no Hà Nội board
    ],
)
async def test_unknown_boards_are_refused(make_campaign, path):
    campaign = await database_sync_to_async(make_campaign)()
    hue = await database_sync_to_async(make_campaign)(province_id="46")
    communicator = board(path.format(campaign=campaign.pk, hue=hue.pk))

    connected, code = await communicator.connect()

    assert (connected, code) == (False, 4404)


@pytest.mark.parametrize("status", ["draft", "private"])
async def test_a_private_board_is_refused_except_to_staff(
    make_campaign, make_learner, status
):
    fields = {"status": Campaign.Status.DRAFT} if status == "draft" else {}
    if status == "private":
        fields["public"] = False
    campaign = await database_sync_to_async(make_campaign)(**fields)

    def staff_cookie() -> str:
        learner = make_learner()
        learner.user.is_staff = True
        learner.user.save()
        client = Client()
        client.force_login(learner.user)
        return f"sessionid={client.cookies['sessionid'].value}"

    anonymous = board(f"{campaign.pk}/province/01/")
    connected, code = await anonymous.connect()
    assert (connected, code) == (False, 4403)

    staff = board(
        f"{campaign.pk}/province/01/", await database_sync_to_async(staff_cookie)()
    )
    connected, _ = await staff.connect()
    try:
        assert connected
        assert (await until(staff, "snapshot"))["campaign"] == campaign.pk
    finally:
        await staff.disconnect()


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        ({"bytes_data": b"\x00\x01"}, "Only JSON text messages are understood."),
        ({"text_data": "{not json"}, "The message is not valid JSON."),
        ({"text_data": '"snapshot"'}, "Unknown request."),
        ({"text_data": '{"type": "subscribe", "board": "04"}'}, "Unknown request."),
        ({"text_data": "[" * 5000}, "The message is too long."),
        ({"text_data": '{"type": "snapshot"' + " " * 2000 + "}"}, "too long"),
    ],
)
async def test_bad_frames_get_an_error_and_the_socket_stays_open(
    campaign, send, expected
):
    communicator = board(f"{campaign.pk}/province/01/", cookie="django_language=en")
    await communicator.connect()
    try:
        await until(communicator, "snapshot")
        await communicator.send_to(**send)
        error = await communicator.receive_json_from(timeout=WAIT)
        await communicator.send_json_to({"type": "ping"})
        pong = await communicator.receive_json_from(timeout=WAIT)
    finally:
        await communicator.disconnect()

    assert error["type"] == "error" and expected in error["message"]
    assert pong == {"type": "pong"}
    assert not await database_sync_to_async(CampaignStanding.objects.exists)()


async def test_a_watcher_asking_for_snapshots_in_a_loop_gets_errors(campaign):
    communicator = board(f"{campaign.pk}/", cookie="django_language=en")
    await communicator.connect()
    try:
        await until(communicator, "snapshot")
        for _ in range(3):
            await communicator.send_json_to({"type": "snapshot"})
        frames = [await communicator.receive_json_from(timeout=WAIT) for _ in range(3)]
        await asyncio.sleep(SNAPSHOT_GAP)
        await communicator.send_json_to({"type": "snapshot"})
        later = await communicator.receive_json_from(timeout=WAIT)
    finally:
        await communicator.disconnect()

    assert [frame["type"] for frame in frames] == ["error"] * 3
    assert "Too many requests" in frames[0]["message"]
    assert later["type"] == "snapshot"


async def test_error_frames_are_vietnamese_by_default(campaign):
    communicator = board(f"{campaign.pk}/")
    await communicator.connect()
    try:
        await until(communicator, "snapshot")
        await communicator.send_to(text_data="{not json")
        error = await communicator.receive_json_from(timeout=WAIT)
    finally:
        await communicator.disconnect()

    assert error["type"] == "error"
    assert "JSON" in error["message"] and "not valid" not in error["message"]


async def test_a_foreign_origin_is_refused(campaign):
    communicator = WebsocketCommunicator(
        application,
        f"/ws/leaderboard/{campaign.pk}/",
        headers=[(b"origin", b"https://evil.example")],
    )
    connected, _ = await communicator.connect()
    assert not connected
    await asyncio.sleep(0)
