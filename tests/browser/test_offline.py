"""A course taken without signal, in headless Chromium against a live server.

The browser reaches the site through tests.live.FlakyLink, which really cuts the
connection (a service worker's own requests included), and Playwright's offline mode
tells the page it has no signal.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from courses.demo_content import vneid
from learning.models import Completion, LessonProgress, QuizAttempt
from tests.browser.conftest import SUBMIT, TIMEOUT_MS
from tests.browser.test_journey import answer_quiz_correctly, choose_commune, sign_up
from tests.live import FlakyLink, LiveServer, live_site, on_site
from tests.resident import PASSWORD, VNEID

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True}


def site_progress(*, email: str) -> dict:
    """What the live site recorded for the resident with this email."""
    return {
        "lessons": LessonProgress.objects.filter(
            learner__user__email=email, finished_at__isnull=False
        ).count(),
        "attempts": QuizAttempt.objects.filter(learner__user__email=email).count(),
        "completions": Completion.objects.filter(learner__user__email=email).count(),
    }


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    with live_site(tmp_path_factory.mktemp("live")) as (live,):
        yield live


@pytest.fixture
def link(server: LiveServer) -> Iterator[FlakyLink]:
    relay = FlakyLink(server.port)
    yield relay
    relay.close()


@pytest.fixture
def phone(browser: Browser, link: FlakyLink) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=link.url, service_workers="allow", **PHONE)
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


def signal(context: BrowserContext, link: FlakyLink, *, on: bool) -> None:
    if on:
        link.restore()
    else:
        link.cut()
    context.set_offline(not on)


def new_resident(page: Page, full_name: str = "Hoàng Thị Mai") -> str:
    """Sign up with a new email and choose Phường Hoàn Kiếm; the email."""
    email = f"resident.{secrets.token_hex(4)}@example.com"
    with page.expect_navigation():
        sign_up(
            page,
            full_name=full_name,
            email=email,
            password1=PASSWORD,
            password2=PASSWORD,
        )
    choose_commune(
        page, province_name="Thành phố Hà Nội", commune_name="Phường Hoàn Kiếm"
    )
    return email


def open_course(page: Page) -> None:
    page.goto("/")
    page.locator("header.site-header nav a").first.click()
    page.get_by_role("link", name=VNEID["title"], exact=True).click()
    expect(page.locator("main h1")).to_have_text(VNEID["title"])


def test_a_course_saved_on_the_phone_is_taken_without_signal_and_counted_once(
    phone, link, server, tmp_path
):
    page = phone.new_page()
    email = new_resident(page)
    open_course(page)
    # The service worker controls the page once it is installed.
    assert page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    assert page.evaluate("!!navigator.serviceWorker.controller")

    page.locator("main button[data-offline-save]").click()
    expect(page.locator("#offline-note")).to_contain_text("KB", timeout=30_000)
    lessons = page.locator("main ol.lessons a")
    first_lesson = lessons.first.get_attribute("href")
    lesson_count = lessons.count()
    assert lesson_count == len(VNEID["lessons"])

    # No signal: the lessons and the quiz still open, from the phone.
    signal(phone, link, on=False)
    page.goto(first_lesson)
    expect(page.locator("#offline-status")).to_be_visible()
    picture = page.locator("main figure img").first
    picture.scroll_into_view_if_needed()
    expect(picture).to_have_js_property("complete", True)
    assert picture.evaluate("img => img.naturalWidth") > 0, "the picture was not kept"
    for n in range(lesson_count):
        expect(page.locator("main h1")).to_have_text(VNEID["lessons"][n]["title"])
        with page.expect_navigation():
            page.locator("nav.pager button[type=submit]").click()
    expect(page.locator("main form.quiz")).to_be_visible()
    assert answer_quiz_correctly(page) == vneid.COURSE["questions_drawn"]
    with page.expect_navigation():
        page.click(SUBMIT)
    expect(page.locator("[data-quiz-saved]")).to_be_visible()
    waiting = f"{lesson_count + 1} "
    expect(page.locator("#offline-status")).to_contain_text(waiting)
    page.screenshot(path=tmp_path / "offline.png", full_page=True)
    assert on_site(server, site_progress, email=email) == {
        "lessons": 0,
        "attempts": 0,
        "completions": 0,
    }

    # The signal returns: the phone sends what it kept, and says so.
    sent = []
    page.on(
        "request",
        lambda r: sent.append(r.post_data) if r.method == "POST" else None,
    )
    signal(phone, link, on=True)
    status = page.locator("#offline-status")
    expect(status).to_contain_text("100%", timeout=30_000)
    expect(status.locator(".refused")).to_have_count(0)
    page.screenshot(path=tmp_path / "synced.png", full_page=True)
    recorded = {"lessons": lesson_count, "attempts": 1, "completions": 1}
    assert on_site(server, site_progress, email=email) == recorded

    # The same queue sent again, as after a lost answer: nothing counts twice.
    assert len(sent) == 1
    again = page.evaluate(
        """async (body) => {
            const who = await (await fetch("/learn/offline/sync/")).json();
            const response = await fetch("/learn/offline/sync/", {method: "POST",
                headers: {"Content-Type": "application/json", "X-CSRFToken": who.csrf},
                body});
            return [response.status, await response.json()];
        }""",
        sent[0],
    )
    assert again[0] == 200
    assert all(result["done"] for result in again[1]["results"])
    assert on_site(server, site_progress, email=email) == recorded

    # The course page, online again, shows the course done.
    open_course(page)
    expect(page.locator("main ol.lessons li.done")).to_have_count(lesson_count)


def test_the_data_saver_loads_no_picture_until_it_is_tapped(new_page):
    def pictures_of(page: Page) -> list[str]:
        seen = []
        page.on(
            "request",
            lambda r: seen.append(r.url) if "/media/images/" in r.url else None,
        )
        return seen

    page = new_page(**PHONE)
    pictures = pictures_of(page)
    open_course(page)
    page.locator("main ol.lessons a").first.click()
    expect(page.locator("main figure img").first).to_be_visible()
    assert pictures, "the lesson shows pictures when the data saver is off"
    lesson = page.url

    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("ảnh")).click()
    # The same phone's cookies in a fresh browser: no picture in its cache, and no
    # late request of the pages before counts.
    cookies = page.context.cookies()
    page = new_page(**PHONE)
    page.context.add_cookies(cookies)
    pictures = pictures_of(page)
    page.goto(lesson)
    tap = page.locator("main details.tap-to-load summary")
    expect(tap.first).to_be_visible()
    page.wait_for_timeout(1_000)  # what a page loads by itself, it has asked for
    assert pictures == []

    tap.first.click()
    shown = page.locator("main details.tap-to-load img").first
    expect(shown).to_have_js_property("complete", True)
    assert shown.evaluate("img => img.naturalWidth") > 0
    assert len(pictures) == 1, pictures
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("tắt")).click()
    expect(page.locator("main details.tap-to-load")).to_have_count(0)
