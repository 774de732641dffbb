"""A lesson on weak 3G: headless Chromium with its network throttled to 400 kbps and
400 ms of round trip (Chrome DevTools' network emulation), against a live server.

Budgets (issue: learning with weak signal): the lesson page usable within 5 s on a
first visit and 2 s on a repeat visit, and its HTML at most 14 KB compressed. Usable
means the lesson's text is painted and the page's script has run: the later of the
first contentful paint and DOMContentLoaded. Prints figures; asserts nothing.
"""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from tests.live import live_site

KBPS = 400
ROUND_TRIP_MS = 400
PAGES = {
    "lesson": "/khoa-hoc/kich-hoat-va-su-dung-vneid/kich-hoat-tai-khoan-muc-do-2/",
    "course": "/khoa-hoc/kich-hoat-va-su-dung-vneid/",
    "home": "/",
}
QUIET = {"DEBUG": "false", "LOG_LEVEL": "WARNING"}
USABLE = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return {
        usable: Math.max(nav.domContentLoadedEventEnd, paint ? paint.startTime : 0),
        load: nav.loadEventEnd,
    };
}"""


def throttled(context, page) -> None:
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": ROUND_TRIP_MS,
            "downloadThroughput": KBPS * 1000 / 8,
            "uploadThroughput": KBPS * 1000 / 8,
        },
    )


def visit(page, url: str) -> dict:
    page.goto(url, wait_until="load")
    page.wait_for_timeout(200)  # loadEventEnd is set just after the load event
    return page.evaluate(USABLE)


def measure(base_url: str) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    figures = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        for name, path in PAGES.items():
            context = browser.new_context(
                viewport={"width": 360, "height": 740}, is_mobile=True
            )
            page = context.new_page()
            throttled(context, page)
            html = []
            page.on(
                "response",
                lambda r, found=html: (
                    found.append(r) if r.request.resource_type == "document" else None
                ),
            )
            first = visit(page, base_url + path)
            body = html[0].body()
            # The repeat visit: the same phone coming back later, from another page.
            page.goto("about:blank")
            repeat = visit(page, base_url + path)
            figures[name] = {
                "first": first,
                "repeat": repeat,
                "html": len(body),
                "gzip": len(gzip.compress(body)),
            }
            context.close()
        browser.close()
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with live_site(Path(tmp), extra_env=QUIET) as (server,):
            figures = measure(server.url)
    print(
        f"## weak 3G in headless Chromium ({KBPS} kbps, {ROUND_TRIP_MS} ms round "
        "trip; budgets: lesson usable <= 5 s first, <= 2 s repeat, HTML <= 14 KB gzip)"
    )
    print(
        f"{'page':<8} {'first usable s':>14} {'first load s':>12} "
        f"{'repeat usable s':>15} {'HTML KB':>8} {'gzip KB':>8}"
    )
    for name, f in figures.items():
        print(
            f"{name:<8} {f['first']['usable'] / 1000:>14.2f} "
            f"{f['first']['load'] / 1000:>12.2f} "
            f"{f['repeat']['usable'] / 1000:>15.2f} "
            f"{f['html'] / 1024:>8.1f} {f['gzip'] / 1024:>8.1f}"
        )
    print()
