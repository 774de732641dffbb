"""Live campaign boards in headless Chromium against a live uvicorn server: two
people watch the same board while residents complete courses at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import Page, expect

from tests.live import FlakyLink, LiveServer, live_site
from tests.resident import HOAN_KIEM, complete_course_as_new_resident

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True}
BURST = 6


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    with live_site(tmp_path_factory.mktemp("live")) as (live,):
        yield live


def watch_hanoi(page: Page, site: str = "") -> None:
    """From the national board, open Hà Nội's board of the same campaign."""
    page.goto(f"{site}/leaderboard/")
    with page.expect_navigation():
        page.locator('table[data-table] tr[data-code="01"] a').first.click()
    expect(page.locator("main h1")).to_have_text("Thành phố Hà Nội")
    expect(page.locator("[data-live-status]")).to_be_visible()
    # The snapshot arrived: the script has taken the table over.
    expect(page.locator("[data-board]")).to_have_attribute(
        "data-updates", re.compile(".")
    )


def table_text(page: Page) -> list[str]:
    return page.locator("table[data-table]").first.locator("tbody tr").all_inner_texts()


def test_two_watchers_see_the_same_final_numbers_after_a_burst(new_page, server):
    first, second = new_page(), new_page(**PHONE)
    watch_hanoi(first)
    watch_hanoi(second)
    hoan_kiem = f'table[data-table] tr[data-code="{HOAN_KIEM}"]'
    expect(first.locator(hoan_kiem).first.locator("td").nth(2)).to_have_text("0")

    with ThreadPoolExecutor(max_workers=BURST) as pool:
        list(pool.map(complete_course_as_new_resident, [server.url] * BURST))

    for page in (first, second):
        row = page.locator(hoan_kiem).first
        expect(row.locator("td").nth(2)).to_have_text(str(BURST), timeout=15_000)
        expect(row.locator("td.rank")).to_have_text("1")
    # What both saw live is what a fresh page load shows.
    fresh = new_page()
    fresh.goto(first.url)
    assert table_text(first) == table_text(second) == table_text(fresh)
    assert int(first.locator("[data-board]").get_attribute("data-updates")) < BURST + 2
    second.screenshot(path=server.log_path.parent / "board-phone.png", full_page=True)


def test_a_watcher_on_a_flaky_link_reconnects_to_the_latest_numbers(new_page, server):
    link = FlakyLink(server.port)
    page = new_page(**PHONE)
    watch_hanoi(page, site=link.url)
    status = page.locator("[data-live-status]")
    hoan_kiem = page.locator(f'table[data-table] tr[data-code="{HOAN_KIEM}"]').first
    expect(status).to_have_text("Trực tiếp")
    before = int(hoan_kiem.locator("td").nth(2).inner_text())

    try:
        link.cut()
        expect(status).to_have_text("Đang kết nối lại…")
        # Residents go on completing while this watcher has no signal.
        complete_course_as_new_resident(server.url)
        complete_course_as_new_resident(server.url)
        link.restore()
        expect(status).to_have_text("Trực tiếp", timeout=40_000)
        expect(hoan_kiem.locator("td").nth(2)).to_have_text(str(before + 2))
        # The signal drops and returns at once, twice: the board still follows.
        link.cut()
        link.restore()
        link.cut()
        link.restore()
        complete_course_as_new_resident(server.url)
        expect(hoan_kiem.locator("td").nth(2)).to_have_text(
            str(before + 3), timeout=40_000
        )
        expect(status).to_have_text("Trực tiếp")
    finally:
        link.close()
    fresh = new_page()
    fresh.goto(page.url.replace(link.url, server.url))
    assert table_text(fresh) == table_text(page)


def test_commune_page_shows_its_place_and_days(new_page, server):
    page = new_page(**PHONE)
    page.goto("/leaderboard/")
    with page.expect_navigation():
        page.locator('table[data-table] tr[data-code="01"] a').first.click()
    with page.expect_navigation():
        page.locator(f'table[data-table] tr[data-code="{HOAN_KIEM}"] a').first.click()

    expect(page.locator("main h1")).to_have_text("Phường Hoàn Kiếm")
    expect(page.locator('[data-text="place"]')).to_contain_text("#1")
    expect(page.locator(".days li").first).to_be_visible()
    expect(page.locator("[data-learners] li")).to_have_count(1)  # nobody opted in


def test_unknown_and_bad_board_addresses_answer_clearly(new_page, server):
    page = new_page()
    for path, status in [
        ("/leaderboard/province/99/", 404),
        ("/leaderboard/commune/abc/", 404),
        ("/leaderboard/?campaign=999", 404),
        ("/leaderboard/?campaign=x", 404),
    ]:
        response = page.goto(path)
        assert response.status == status, path
