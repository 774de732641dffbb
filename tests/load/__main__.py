"""make loadtest: a bounded locust run against 2 server processes on loopback.

Creates a fresh PostgreSQL database (tests.live: migrate, units, the VNeID course,
the demo campaigns), starts the two server processes (a gunicorn worker for pages,
uvicorn for websockets, as production runs them) on Redis, and runs
locust (tests/load/locustfile.py) headless against it: residents who sign up, choose
a commune, read every lesson and pass the quiz, then browse; and websocket watchers
on the national and two province boards. Then it prints p50 and p95 latencies per
named request and checks that:

- no response was a 5xx (the servers' access log), and no exception escaped the
  application to uvicorn (a websocket handshake so failed is answered 500 out of the
  access log);
- locust counted no failure;
- every resident completed the journey, each completion is in the database once
  (learning.Completion rows = journeys locust saw complete), and the standings equal
  what the completions say (backup_digest's standings_drift is 0).

It ends with "loadtest: ok", or lists what failed and exits 1. The servers' logs and
locust's CSV files stay in a temporary directory whose path is printed.

Environment:
  LOADTEST_RESIDENTS    residents (300)
  LOADTEST_WATCHERS     websocket watchers (1000)
  LOADTEST_DURATION     locust's --run-time (5m)
  LOADTEST_SPAWN_RATE   users started a second, residents and watchers interleaved
                        in proportion (10: 2.3 residents a second, whose sign-ups
                        hash a password each; everyone is started in 130 s)
  DATABASE_URL          the PostgreSQL server (postgres://postgres@127.0.0.1:5432/
                        postgres); a database of its own is created and dropped
  REDIS_URL             Redis (redis://127.0.0.1:6379/0)
  DATABASE_POOL_SIZE    connections per server process, as in production (10)
"""

from __future__ import annotations

import csv
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.live import (
    POSTGRES_SCHEMES,
    PROJECT_DIR,
    UVICORN,
    child_env,
    database,
    manage,
    prepare,
    servers,
)

RESIDENTS = int(os.environ.get("LOADTEST_RESIDENTS", 300))
WATCHERS = int(os.environ.get("LOADTEST_WATCHERS", 1000))
DURATION = os.environ.get("LOADTEST_DURATION", "5m")
SPAWN_RATE = os.environ.get("LOADTEST_SPAWN_RATE", "10")
DATABASE_URL = os.environ.setdefault(
    "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
# As in production behind one nginx: no debug pages, the client's address from
# X-Forwarded-For. The access log stays on: it is where 5xx responses are counted.
SERVER_ENV = {"DEBUG": "false", "TRUSTED_PROXY_COUNT": "1"}
# Two server processes, as production serves the site (see the README): a gunicorn
# worker for pages, with threads for residents waiting on the database or on a
# password hash, and uvicorn for the websockets. Redis joins them.
PAGES = [
    *(sys.executable, "-m", "gunicorn", "learning.wsgi:application"),
    *("--workers", "1", "--threads", "8", "--bind", "127.0.0.1:{port}"),
    *("--access-logfile", "-", "--error-logfile", "-"),
]
SOCKETS = UVICORN
STATUS_5XX = re.compile(r'" 5\d\d ')
ACCESS_LINE = re.compile(r'"([A-Z]+ \S+) HTTP/[\d.]+" (\d{3}) ')
UNHANDLED = "Exception in ASGI application"
LOCUST_WARNING = re.compile(r"/(WARNING|ERROR|CRITICAL)/")


def services_missing() -> list[str]:
    """What of PostgreSQL and Redis does not answer, in words."""
    import psycopg
    import redis

    missing = []
    parts = urlsplit(DATABASE_URL)
    if parts.scheme not in POSTGRES_SCHEMES:
        missing.append(f"DATABASE_URL is not PostgreSQL: {DATABASE_URL}")
    else:
        try:
            url = urlunsplit(parts._replace(scheme="postgresql"))
            psycopg.connect(url, connect_timeout=3).close()
        except psycopg.Error as error:
            missing.append(f"PostgreSQL at {DATABASE_URL} does not answer: {error}")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        missing.append(f"Redis at {REDIS_URL} does not answer: {error}")
    return missing


def seconds(timespan: str) -> int:
    """Locust's run-time notation (300, 300s, 5m, 1h30m) in seconds."""
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?", timespan.strip())
    if not match or not timespan.strip():
        raise SystemExit(f"loadtest: LOADTEST_DURATION={timespan!r} is not a timespan")
    hours, minutes, secs = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + secs


def run_locust(url: str, ws_url: str, tmp: Path) -> int:
    """Locust, headless, until LOADTEST_DURATION is up; its exit code. Its output
    goes to locust.log; its warnings and errors are shown here too."""
    command = [
        *(sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless"),
        *("--users", str(RESIDENTS + WATCHERS), "--spawn-rate", SPAWN_RATE),
        *("--run-time", DURATION, "--stop-timeout", "10", "--host", url),
        *("--csv", str(tmp / "locust"), "--only-summary", "--loglevel", "WARNING"),
    ]
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT_DIR),
        "LOADTEST_RESIDENTS": str(RESIDENTS),
        "LOADTEST_WATCHERS": str(WATCHERS),
        "LOADTEST_RESULT": str(tmp / "result.json"),
        "LOADTEST_WS": ws_url,
    }
    log_path = tmp / "locust.log"
    with log_path.open("w") as log:
        done = subprocess.run(
            command,
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=seconds(DURATION) + 300,
        )
    said = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    if warnings := [line for line in said if LOCUST_WARNING.search(line)]:
        print("## locust said", *warnings[:20], sep="\n", end="\n\n")
    return done.returncode


def print_table(rows: list[dict], http: dict) -> None:
    """Requests, failures, p50 and p95 per named request, then the totals."""
    print(
        f"{'type':<8} {'name':<38} {'requests':>8} {'fails':>6} {'p50':>7} {'p95':>7}"
    )
    totals = [row for row in rows if row["Name"] == "Aggregated"]
    order = {"JOURNEY": 1, "WS": 2}
    named = sorted(
        (row for row in rows if row["Name"] != "Aggregated"),
        key=lambda row: (order.get(row["Type"], 0), row["Name"], row["Type"]),
    )
    for row in named:
        print(
            f"{row['Type']:<8} {row['Name']:<38} {row['Request Count']:>8} "
            f"{row['Failure Count']:>6} {row['50%']:>7} {row['95%']:>7}"
        )
    print(
        f"{'HTTP':<8} {'all requests':<38} {http['requests']:>8} "
        f"{http['failures']:>6} {http['p50']:>7.0f} {http['p95']:>7.0f}"
    )
    for row in totals:
        print(
            f"{'all':<8} {'locust aggregate (HTTP, WS, JOURNEY)':<38} "
            f"{row['Request Count']:>8} {row['Failure Count']:>6} "
            f"{row['50%']:>7} {row['95%']:>7}"
        )
    print("(milliseconds; WS update: the gap since the previous frame on that socket)")


def server_errors(log_paths: list[Path]) -> tuple[list[str], int, str]:
    """The access-log lines of 5xx responses; how many exceptions escaped to uvicorn
    (a websocket handshake that fails so is answered 500 and not in the access log);
    and the first traceback logged."""
    lines, unhandled, traceback = [], 0, ""
    for path in log_paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line for line in text.splitlines() if STATUS_5XX.search(line)]
        unhandled += text.count(UNHANDLED)
        if not traceback and "Traceback" in text:
            start = text.index("Traceback")
            traceback = text[start : start + 5000]
    return lines, unhandled, traceback


def request_status(line: str) -> tuple[str, str]:
    """("GET /path", "503") from an access-log line, the query string left out."""
    request, status = ACCESS_LINE.search(line).groups()
    return request.split("?")[0], status


def print_failures(path: Path, limit: int = 30) -> None:
    """locust's failures CSV, most frequent first, each error cut to a line."""
    with path.open(encoding="utf-8") as failures:
        rows = sorted(csv.DictReader(failures), key=lambda r: -int(r["Occurrences"]))
    print("## locust failures (occurrences, request, error)")
    for row in rows[:limit]:
        error = " ".join(row["Error"].split())
        print(f"{row['Occurrences']:>6}  {row['Method']} {row['Name']}: {error[:140]}")
    if len(rows) > limit:
        print(f"        and {len(rows) - limit} other kinds, in {path}")
    print()


def main() -> int:
    if missing := services_missing():
        print("loadtest: needs PostgreSQL and Redis.", *missing, sep="\n  ")
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="loadtest-"))
    print(
        f"# make loadtest: {RESIDENTS} residents, {WATCHERS} watchers, {DURATION}, "
        f"{SPAWN_RATE} users/s spawned; pages from one gunicorn worker (8 threads), "
        "websockets from one uvicorn process; PostgreSQL and Redis"
    )
    print(
        f"# {os.cpu_count()} CPU cores, Python {platform.python_version()}, "
        f"Django {version('django')}, Channels {version('channels')}, "
        f"gunicorn {version('gunicorn')}, uvicorn {version('uvicorn')}, "
        f"locust {version('locust')}; "
        "figures vary with the machine"
    )
    print(f"# logs and CSV files: {tmp}\n", flush=True)

    (tmp / "pages").mkdir()
    with database(tmp) as database_url:
        env = child_env(database_url=database_url, redis_url=REDIS_URL)
        env.update(SERVER_ENV, MEDIA_ROOT=str(tmp / "media"))
        prepare(env)
        with (
            servers(env, count=1, log_dir=tmp / "pages", command=PAGES) as (pages,),
            servers(env, count=1, log_dir=tmp, command=SOCKETS) as (sockets,),
        ):
            exit_code = run_locust(pages.url, sockets.url, tmp)
        log_paths = [pages.log_path, sockets.log_path]
        digest = json.loads(manage(env, "backup_digest"))

    with (tmp / "locust_stats.csv").open(encoding="utf-8") as stats:
        rows = list(csv.DictReader(stats))
    result = json.loads((tmp / "result.json").read_text(encoding="utf-8"))
    journeys = result["journeys"]
    print_table(rows, result["http"])
    print()

    problems = []
    errors, unhandled, traceback = server_errors(log_paths)
    if errors:
        problems.append(f"{len(errors)} responses with a 5xx status")
        print("## 5xx responses in the server log, by request and status")
        for (request, status), count in Counter(map(request_status, errors)).items():
            print(f"{count:>6}  {request} {status}")
        print()
    if unhandled:
        problems.append(f"{unhandled} exceptions unhandled by the application")
    if traceback and (errors or unhandled):
        print(f"## the first traceback in the server log\n{traceback}\n")
    failures = sum(
        int(row["Failure Count"]) for row in rows if row["Name"] != "Aggregated"
    )
    if failures:
        problems.append(f"{failures} failures in locust")
        print_failures(tmp / "locust_failures.csv")
    elif exit_code != 0:
        problems.append(f"locust exited with {exit_code} (see {tmp / 'locust.log'})")
    completions = digest["tables"]["learning.Completion"]["rows"]
    drift = digest["standings_drift"]
    unfinished = journeys["started"] - journeys["completed"] - journeys["failed"]
    print(
        f"journeys: {journeys['completed']} completed, {journeys['failed']} failed, "
        f"{unfinished} unfinished at the end, of {RESIDENTS} residents"
    )
    print(f"completions in the database: {completions}; standings drift: {drift}")
    print(
        f"5xx responses in the server log: {len(errors)}; "
        f"exceptions unhandled (websocket handshakes answered 500): {unhandled}"
    )
    if journeys["completed"] != RESIDENTS:
        problems.append(f"{journeys['completed']} of {RESIDENTS} residents completed")
    if completions != journeys["completed"]:
        problems.append(
            f"{completions} completions saved, {journeys['completed']} journeys "
            "completed"
        )
    if drift != 0:
        problems.append(f"the standings drift from the completions by {drift}")
    print()
    if problems:
        print("loadtest: FAILED:", "; ".join(problems))
        return 1
    print("loadtest: ok")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except pytest.fail.Exception as error:  # tests.live's way to say a step failed
        print(f"loadtest: {error.msg}")
        sys.exit(1)
