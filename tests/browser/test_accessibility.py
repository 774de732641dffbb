"""WCAG 2.2 AA in headless Chromium: axe-core, injected into each page a resident
uses, finds no serious or critical violation, in normal and in larger text; and the
whole journey through a lesson works from the keyboard alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.browser.test_offline import PHONE, new_resident, open_course
from tests.live import LiveServer, live_site
from tests.resident import VNEID

pytestmark = pytest.mark.browser

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    with live_site(tmp_path_factory.mktemp("live")) as (live,):
        yield live


def violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page, one line each."""
    results = (
        Axe()
        .run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
        .response
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:3])
        for v in results["violations"]
        if v["impact"] in SERIOUS
    ]


def resident_pages(page: Page) -> dict[str, str]:
    """Sign a resident up; the addresses of the pages to check, by name."""
    found = {"home": "/", "sign-up": "/accounts/signup/"}
    found["verification"] = "/certificates/verify/"
    found["leaderboard"] = "/leaderboard/"
    new_resident(page, "Nông Văn Dũng")
    found["dashboard"] = "/learn/"
    found["shared phone"] = "/learn/phone/"
    open_course(page)
    found["course"] = page.url
    found["catalogue"] = page.locator("main .crumbs a").first.get_attribute("href")
    found["lesson"] = page.locator("main ol.lessons a").first.get_attribute("href")
    found["quiz"] = page.locator('main a[href$="/quiz/"]').first.get_attribute("href")
    found["quiz, offline copy"] = found["quiz"] + "?offline=1"
    return found


def test_every_page_a_resident_uses_passes_axe_at_wcag_22_aa(new_page, tmp_path):
    page = new_page(**PHONE)
    pages = resident_pages(page)
    # Signed out too: the home and sign-up pages are what a newcomer sees.
    visitor = new_page(**PHONE)
    found = {}
    for large in (False, True):
        for name, url in pages.items():
            who = visitor if name in ("home", "sign-up") else page
            who.goto(url)
            problems = violations(who)
            if problems:
                found[f"{name}{' (larger text)' if large else ''}"] = problems
                who.screenshot(path=tmp_path / f"{name}-{large}.png", full_page=True)
        if not large:
            for who in (page, visitor):
                with who.expect_navigation():
                    who.locator("footer form.text-size button").click()
                expect(who.locator("html")).to_have_class(re.compile("large-text"))
    assert found == {}


def test_a_lesson_is_learned_with_the_keyboard_alone(new_page):
    page = new_page()
    new_resident(page, "Vi Thị Thu")
    open_course(page)
    page.locator("main ol.lessons a").first.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("main h1")).to_have_text(VNEID["lessons"][0]["title"])

    # Tab from the top of the page reaches "Done, next lesson", each stop visible.
    page.locator("body").focus()
    for _stop in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const el = document.activeElement;
                const box = el.getBoundingClientRect();
                return {text: el.innerText || "", tag: el.tagName,
                        type: el.type || "", width: box.width, height: box.height,
                        outline: getComputedStyle(el).outlineStyle}; }"""
        )
        assert focused["width"] >= 24 or focused["tag"] == "A", focused
        if focused["tag"] == "BUTTON" and "→" in focused["text"]:
            break
    else:
        pytest.fail("the lesson's Done button cannot be reached with Tab")
    assert focused["outline"] != "none", "the focused button shows no outline"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("main h1")).to_have_text(VNEID["lessons"][1]["title"])
