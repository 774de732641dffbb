"""make bench: certificate rendering, page speed under each way of serving HTTP, and
live fan-out latency, then the leaderboard (tests/bench/leaderboard.py) and the
commune report (tests/bench/reports.py), and a lesson on weak 3G
(tests/bench/bandwidth.py). BENCH_ONLY=certificates, BENCH_ONLY=leaderboard,
BENCH_ONLY=reports or BENCH_ONLY=bandwidth runs that part alone.

Runs real servers on 127.0.0.1 against a fresh database (SQLite, or the PostgreSQL
named by DATABASE_URL) and prints its figures; nothing here asserts a timing.
"""

from __future__ import annotations

import asyncio
import gzip
import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import django
from websockets.asyncio.client import connect

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learning.settings.test")
django.setup()

from tests.bench import bandwidth, leaderboard, reports  # noqa: E402
from tests.live import UVICORN, live_site  # noqa: E402
from tests.resident import (  # noqa: E402
    HANOI,
    HOAN_KIEM,
    national_board,
    quiz_pass,
    resident_at_quiz,
)

REQUESTS = int(os.environ.get("BENCH_REQUESTS", 400))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", 8))
WATCHERS = int(os.environ.get("BENCH_WATCHERS", 300))
PAGES = {
    "home": "/",
    "course": "/khoa-hoc/kich-hoat-va-su-dung-vneid/",
    "lesson": "/khoa-hoc/kich-hoat-va-su-dung-vneid/kich-hoat-tai-khoan-muc-do-2/",
    "board (Hà Nội)": f"/leaderboard/province/{HANOI}/",
    "healthz": "/healthz",
}
# As in production: no debug pages, no per-request log lines.
QUIET = {"DEBUG": "false", "LOG_LEVEL": "WARNING"}
SERVERS = {
    "uvicorn, 1 process": [*UVICORN, "--no-access-log"],
    "uvicorn, 2 workers": [*UVICORN, "--no-access-log", "--workers", "2"],
    "gunicorn WSGI, 2 workers": [
        sys.executable,
        "-m",
        "gunicorn",
        "learning.wsgi:application",
        "--workers",
        "2",
        "--bind",
        "127.0.0.1:{port}",
    ],
}


def load(port: int, path: str) -> dict:
    """REQUESTS GETs from CONCURRENCY keep-alive clients; latency per request."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_client = REQUESTS // CONCURRENCY
    size = 0

    def client() -> None:
        nonlocal size
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for _ in range(per_client):
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            size = len(body)
            gzipped[0] = len(gzip.compress(body))
        connection.close()
        with lock:
            latencies.extend(mine)

    gzipped = [0]
    load_once = threading.Thread(target=client)  # warm-up: templates, caches
    load_once.start()
    load_once.join()
    latencies.clear()
    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(CONCURRENCY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "bytes": size,
        "gzip": gzipped[0],
    }


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children (workers), in MiB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(child) for child in children.read_text().split()]
    for each in pids:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


async def fan_out(server) -> dict:
    """WATCHERS sockets on one board; time from a quiz POST to the last update."""
    session, quiz_url, quiz = resident_at_quiz(server.url)
    url = f"{server.ws_url}{national_board(server.url)}"
    sockets = [
        await connect(url, origin=server.url, open_timeout=30) for _ in range(WATCHERS)
    ]
    arrivals: list[float] = []

    async def wait_update(socket) -> None:
        while True:
            frame = json.loads(await socket.recv())
            rows = {row["code"] for row in frame.get("rows", [])}
            if frame.get("type") == "update" and HOAN_KIEM in rows:
                arrivals.append(time.perf_counter())
                return

    try:
        waiting = [asyncio.create_task(wait_update(s)) for s in sockets]
        started = time.perf_counter()
        await asyncio.to_thread(quiz_pass, session, quiz_url, quiz)
        await asyncio.wait_for(asyncio.gather(*waiting), timeout=30)
    finally:
        session.close()
        await asyncio.gather(*(s.close() for s in sockets))
    return {
        "first_ms": (min(arrivals) - started) * 1000,
        "last_ms": (max(arrivals) - started) * 1000,
    }


WEIGHT_PAGES = {
    "home": "/",
    "catalogue": "/khoa-hoc/",
    "course": PAGES["course"],
    "lesson": PAGES["lesson"],
}
MEDIA_TYPES = {"image", "media", "font"}


def page_weight(base_url: str) -> dict[str, dict]:
    """First load of each page in headless Chromium: requests, and gzip bytes of all
    that is not media (HTML, CSS, scripts), as a compressing proxy would send it.
    Media requests are counted, not weighed (the proxy serves them from disk)."""
    from playwright.sync_api import sync_playwright

    from tests.browser.test_journey import CHROMIUM, CHROMIUM_ARGS

    figures = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        for name, path in WEIGHT_PAGES.items():
            context = browser.new_context(viewport={"width": 390, "height": 844})
            page = context.new_page()
            responses = []
            page.on("response", lambda r, found=responses: found.append(r))
            page.goto(base_url + path, wait_until="networkidle")
            text = media = 0
            for response in responses:
                if response.request.resource_type in MEDIA_TYPES:
                    media += 1
                elif response.status < 300:
                    text += len(gzip.compress(response.body()))
            figures[name] = {
                "requests": len(responses) - media,
                "media": media,
                "gzip": text,
            }
            context.close()
        browser.close()
    return figures


CERTIFICATE_RENDERS = int(os.environ.get("BENCH_CERTIFICATES", 200))
BATCH = 500


def certificate_render() -> dict:
    """Warm render time and size of one certificate, and of a batch of BATCH."""
    import secrets

    from learning.certificates import certificate_pdf, certificates_pdf
    from tests.samples import certificate_data

    def data(n: int):
        return certificate_data(
            full_name=f"Nguyễn Thị Hồng Nhung {n}",
            number=f"{secrets.token_hex(3).upper()[:5]}-{n:05d}",
            verify_url="https://hocvuso.example.vn/certificates/verify/"
            f"{secrets.token_urlsafe(15)}/",
        )

    certificate_pdf(data(0))  # fonts registered, code paths warm
    times, sizes = [], []
    for n in range(1, CERTIFICATE_RENDERS + 1):
        started = time.perf_counter()
        sizes.append(len(certificate_pdf(data(n))))
        times.append((time.perf_counter() - started) * 1000)
    pages = [data(n) for n in range(BATCH)]
    started = time.perf_counter()
    batch = certificates_pdf(pages)
    batch_seconds = time.perf_counter() - started
    return {
        "p50": statistics.median(times),
        "p95": statistics.quantiles(times, n=20)[18],
        "bytes": statistics.mean(sizes),
        "batch_s": batch_seconds,
        "batch_bytes": len(batch),
    }


def main() -> None:
    if os.environ.get("BENCH_ONLY") == "leaderboard":
        leaderboard.main()
        return
    if os.environ.get("BENCH_ONLY") == "reports":
        reports.main()
        return
    if os.environ.get("BENCH_ONLY") == "bandwidth":
        bandwidth.main()
        return
    r = certificate_render()
    print("## certificate PDF (reportlab, warm, one process; target p95 <= 50 ms)")
    print(
        f"one: p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms, "
        f"{r['bytes'] / 1024:.1f} KB; "
        f"batch of {BATCH}: {r['batch_s']:.1f} s "
        f"({r['batch_s'] * 1000 / BATCH:.1f} ms a page), "
        f"{r['batch_bytes'] / 1024 / 1024:.2f} MB\n"
    )
    if os.environ.get("BENCH_ONLY") == "certificates":
        return
    database = (
        "PostgreSQL" if "postgres" in os.environ.get("DATABASE_URL", "") else ("SQLite")
    )
    print(
        f"# make bench: {REQUESTS} requests per page, {CONCURRENCY} clients, {database}"
    )
    print(f"# {os.cpu_count()} CPU cores; figures vary with the machine\n")
    for name, command in SERVERS.items():
        with tempfile.TemporaryDirectory() as tmp:
            with live_site(Path(tmp), command=command, extra_env=QUIET) as (server,):
                print(f"## {name}")
                print(
                    f"{'page':<16} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
                    f"{'HTML B':>7} {'gzip B':>7}"
                )
                for page, path in PAGES.items():
                    r = load(server.port, path)
                    print(
                        f"{page:<16} {r['rps']:>7.0f} {r['p50']:>7.1f} "
                        f"{r['p95']:>7.1f} {r['bytes']:>7} {r['gzip']:>7}"
                    )
                print(f"memory after load: {rss_mib(server.process.pid):.0f} MiB RSS\n")

    with tempfile.TemporaryDirectory() as tmp:
        with live_site(Path(tmp), extra_env=QUIET) as (server,):
            weights = page_weight(server.url)
    print("## first load in headless Chromium (budget: 50 KB compressed, no media)")
    print(f"{'page':<12} {'requests':>8} {'gzip KB':>8} {'media requests':>15}")
    for page, w in weights.items():
        print(
            f"{page:<12} {w['requests']:>8} {w['gzip'] / 1024:>8.1f} {w['media']:>15}"
        )
    print()
    bandwidth.main()

    redis_url = os.environ.get("REDIS_URL")
    layer = "Redis pub/sub" if redis_url else "in-memory"
    with tempfile.TemporaryDirectory() as tmp:
        with live_site(Path(tmp), redis_url=redis_url, extra_env=QUIET) as (server,):
            result = asyncio.run(fan_out(server))
    print(f"## live board fan-out ({layer} channel layer, uvicorn, 1 process)")
    print(
        f"{WATCHERS} watchers: first update {result['first_ms']:.0f} ms, "
        f"last {result['last_ms']:.0f} ms after the quiz POST was sent"
    )
    print()
    leaderboard.main()
    reports.main()


if __name__ == "__main__":
    main()
