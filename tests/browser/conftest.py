"""Headless Chromium for the browser tests: Debian's build, driven by Playwright.

Each test module provides a `server` fixture (a live site of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.conftest import need
from tests.live import LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
# The site's forms live in <main>; the header and footer hold log-out and language
# forms with submit buttons of their own.
SUBMIT = "main form button[type=submit]"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    need(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_page(browser: Browser, server: LiveServer) -> Iterator[Callable[..., Page]]:
    """Pages in browser contexts of their own, like separate people; closed after.

    Options go to the context, e.g. a phone's viewport.
    """
    contexts: list[BrowserContext] = []

    def open_page(**options) -> Page:
        context = browser.new_context(
            base_url=server.url, accept_downloads=True, **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
