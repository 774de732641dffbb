"""make bench, leaderboard part (BENCH_ONLY=leaderboard runs it alone).

1. Server work per completion for the standings (`completion_count`, in-process,
   in-memory channel layer) on a scratch database.
2. Board reads at 10k and at BENCH_COMPLETIONS completions, next to a naive
   GROUP BY over the completions, and the rebuild that makes standings consistent.
3. With two uvicorn processes on Redis: time from a completion over HTTP to the
   update reaching 1,000 websocket watchers.
4. Frames per watcher per second while other processes record completions as fast
   as they can (the pings travel through Redis to both servers, as a server's do),
   then while they do only the board side of 1,000 completions a second.

Prints figures; asserts nothing about timings. Parts 3 and 4 need REDIS_URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

from tests.bench.scratch import scratch_database

PROJECT_DIR = Path(__file__).resolve().parents[2]
VNEID_SLUG = "kich-hoat-va-su-dung-vneid"
HANOI = "01"
HOAN_KIEM = "00070"
QUIET = {"DEBUG": "false", "LOG_LEVEL": "WARNING"}

COUNTED = int(os.environ.get("BENCH_STANDINGS_COMPLETIONS", 500))
SMALL = 10_000
READS = int(os.environ.get("BENCH_BOARD_READS", 200))
NAIVE_READS = int(os.environ.get("BENCH_NAIVE_READS", 20))
WATCHERS = int(os.environ.get("BENCH_LEADERBOARD_WATCHERS", 1000))
ROUNDS = int(os.environ.get("BENCH_LEADERBOARD_ROUNDS", 5))
BURST_WATCHERS = 20
BURST_SECONDS = float(os.environ.get("BENCH_BURST_SECONDS", 5))
BURST_RATE = 1000  # completions a second we try to reach
BURST_PROCESSES = int(os.environ.get("BENCH_BURST_PROCESSES", os.cpu_count() or 2))


def is_postgres(url: str | None = None) -> bool:
    url = os.environ.get("DATABASE_URL", "") if url is None else url
    return url.split(":", 1)[0] in {"postgres", "postgresql", "pgsql"}


def big_default() -> int:
    return 10_000_000 if is_postgres() else 200_000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def timed(function, times: int) -> list[float]:
    """Milliseconds of each of `times` calls."""
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        function()
        spent.append((time.perf_counter() - started) * 1000)
    return spent


# ---- 1 and 2: in this process, on a scratch database ------------------------


def standings_cost(count: int) -> tuple[list[float], int]:
    """ms of `completion_count` for `count` completions of new learners, half in Hà
    Nội (both demo campaigns count them), half anywhere else."""
    from asgiref.sync import sync_to_async
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    from courses.models import CoursePage
    from leaderboard.services.standings import completion_count
    from learning.models import Commune, Completion
    from learning.services import learner_create

    course = CoursePage.objects.filter(slug=VNEID_SLUG).order_by("pk").first()
    hanoi = list(Commune.objects.filter(province=HANOI))
    elsewhere = list(Commune.objects.exclude(province=HANOI))
    chance = random.Random(7)
    completions = []
    for n in range(count):
        commune = chance.choice(hanoi if n % 2 else elsewhere)
        user = get_user_model().objects.create_user(username=f"bench-standing-{n}")
        learner = learner_create(user=user, full_name="Người Học", commune=commune)
        # Recorded without the signal, so completion_count runs only when timed.
        completions.append(
            Completion.objects.create(
                learner=learner, course=course, commune_id=learner.commune_id
            )
        )
    spent = []

    def count_all() -> int:
        for completion in completions[:-1]:
            fresh = Completion.objects.get(pk=completion.pk)  # as the signal has it
            started = time.perf_counter()
            completion_count(completion=fresh)
            spent.append((time.perf_counter() - started) * 1000)
        # The last one untimed, to count its queries (Hà Nội: both campaigns).
        with CaptureQueriesContext(connection) as queries:
            completion_count(completion=Completion.objects.get(pk=completions[-1].pk))
        connection.close()  # this thread's own; the scratch database is dropped
        return len(queries)

    async def as_a_server() -> int:
        # A server's request thread, its event loop running: the pings go there.
        return await sync_to_async(count_all, thread_sensitive=True)()

    in_memory = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    with override_settings(CHANNEL_LAYERS=in_memory):
        queries = asyncio.run(as_a_server())
    return spent, queries


def completions_fill(total: int) -> float:
    """Anonymous completions up to `total` rows, spread over every commune and the
    last four weeks (inside both demo campaigns); seconds it took."""
    from django.db import connection
    from django.utils import timezone

    from courses.models import CoursePage
    from learning.models import Completion

    missing = total - Completion.objects.count()
    if missing <= 0:
        return 0.0
    course = CoursePage.objects.filter(slug=VNEID_SLUG).order_by("pk").first()
    now = timezone.now()
    window = int(timedelta(days=28).total_seconds())
    started = time.perf_counter()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                """
                WITH codes AS (
                    SELECT array_agg(code ORDER BY code) AS c FROM learning_commune
                )
                INSERT INTO learning_completion
                    (learner_id, course_id, commune_id, completed_at, assisted,
                     helper_kind, void_reason)
                SELECT NULL, %s, codes.c[1 + g %% array_length(codes.c, 1)],
                       %s - random() * %s * interval '1 second', false, '', ''
                FROM codes, generate_series(1, %s) AS g
                """,
                [course.pk, now, window, missing],
            )
            cursor.execute("ANALYZE learning_completion")
        else:
            cursor.execute(
                "CREATE TEMP TABLE IF NOT EXISTS bench_commune AS SELECT "
                "row_number() OVER (ORDER BY code) - 1 AS n, code FROM learning_commune"
            )
            cursor.execute("SELECT count(*) FROM bench_commune")
            (communes,) = cursor.fetchone()
            cursor.execute(
                """
                WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s
                                        WHERE g < %s)
                INSERT INTO learning_completion
                    (learner_id, course_id, commune_id, completed_at, assisted,
                     helper_kind, void_reason)
                SELECT NULL, %s, c.code,
                       strftime('%%Y-%%m-%%d %%H:%%M:%%f', %s,
                                '-' || (abs(random()) %% %s) || ' seconds'),
                       0, '', ''
                FROM s JOIN bench_commune AS c ON c.n = s.g %% %s
                """,
                [
                    missing,
                    course.pk,
                    now.strftime("%Y-%m-%d %H:%M:%S"),
                    window,
                    communes,
                ],
            )
            cursor.execute("ANALYZE")
    return time.perf_counter() - started


def reads(campaign) -> dict[str, float]:
    """p95 ms of the two boards and of counting the province from the completions."""
    from django.db.models import Count

    from leaderboard.selectors import board_national, board_province
    from learning.models import Completion

    def naive():
        return list(
            Completion.objects.filter(
                voided_at=None,
                commune__province_id=HANOI,
                completed_at__gte=campaign.starts_at,
                completed_at__lt=campaign.ends_at,
            )
            .values("commune")
            .annotate(total=Count("pk"))
        )

    province = lambda: board_province(campaign=campaign, province=HANOI)  # noqa: E731
    national = lambda: board_national(campaign=campaign)  # noqa: E731
    for warm in (province, national, naive):
        warm()
    return {
        "province": p95(timed(province, READS)),
        "national": p95(timed(national, READS)),
        "naive": p95(timed(naive, NAIVE_READS)),
        "naive_rows": len(naive()),
    }


def rebuilt() -> float:
    """Seconds for standings_rebuild over every running campaign."""
    from django.db import connection

    from leaderboard.services.standings import standings_rebuild

    started = time.perf_counter()
    standings_rebuild()
    spent = time.perf_counter() - started
    if connection.vendor == "postgresql":
        # The rebuild rewrote every standing; clear the dead rows and write the
        # pages out, as autovacuum and the checkpointer soon would, so that both
        # read runs start from the same state.
        with connection.cursor() as cursor:
            for table in ("campaignstanding", "campaignday", "campaignentry"):
                cursor.execute(f"VACUUM ANALYZE leaderboard_{table}")
            cursor.execute("CHECKPOINT")
    return spent


def in_process(big: int) -> dict:
    from django.db import connection

    from leaderboard.models import Campaign, CampaignStanding

    figures: dict = {"big": big}
    started = time.perf_counter()
    with scratch_database(
        "bench_leaderboard",
        ("demo_load", "--only", VNEID_SLUG),
        ("demo_campaigns", "--no-residents"),
    ):
        figures["vendor"] = connection.vendor
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SHOW server_version")
                figures["server"] = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            import sqlite3

            figures["server"] = f"SQLite {sqlite3.sqlite_version}"
        figures["running"] = Campaign.objects.filter(status="running").count()
        figures["count_ms"], figures["queries"] = standings_cost(COUNTED)
        print(f"  standings: {COUNTED} completions counted", flush=True)
        national = Campaign.objects.get(province=None, status="running")
        for label, total in (("small", SMALL), ("big", big)):
            figures[f"fill_{label}"] = completions_fill(total)
            figures[f"rebuild_{label}"] = rebuilt()
            figures[f"reads_{label}"] = reads(national)
            summed = sum(
                CampaignStanding.objects.filter(campaign=national).values_list(
                    "completions", flat=True
                )
            )
            print(
                f"  {total:,} completions: filled in {figures[f'fill_{label}']:.1f} s,"
                f" rebuilt in {figures[f'rebuild_{label}']:.1f} s"
                f" (national standings sum {summed:,})",
                flush=True,
            )
    figures["seconds"] = time.perf_counter() - started
    return figures


# ---- 3 and 4: two uvicorn processes on Redis --------------------------------


def bench_command(env: dict[str, str], *args: str) -> dict:
    """Run this module in a child process with the servers' settings; its JSON."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.leaderboard", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"{args} failed:\n{done.stdout[-3000:]}{done.stderr[-5000:]}"
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


class Watcher:
    """One websocket on a province board, noting when each update arrives."""

    def __init__(self, socket, snapshot: dict):
        self.socket = socket
        self.updates: list[float] = []
        # Hoàn Kiếm's completions -> when this watcher first saw that number.
        row = next(r for r in snapshot["rows"] if r["code"] == HOAN_KIEM)
        self.base = row["completions"]
        self.seen: dict[int, float] = {}
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.socket:
            frame = json.loads(message)
            if frame.get("type") != "update":
                continue
            now = time.time()
            self.updates.append(now)
            for row in frame.get("rows", []):
                if row["code"] == HOAN_KIEM:
                    self.seen.setdefault(row["completions"], now)

    async def close(self) -> None:
        self.reader.cancel()
        await self.socket.close()


async def watchers_open(servers, campaign: int, count: int) -> list[Watcher]:
    """`count` watchers of Hà Nội's board, alternating between the servers."""
    from websockets.asyncio.client import connect

    async def one(server) -> Watcher:
        url = f"{server.ws_url}/ws/leaderboard/{campaign}/province/{HANOI}/"
        socket = await connect(url, origin=server.url, open_timeout=60, max_size=None)
        snapshot = json.loads(await socket.recv())
        assert snapshot["type"] == "snapshot", snapshot
        return Watcher(socket, snapshot)

    watchers = []
    for start in range(0, count, 50):
        batch = range(start, min(start + 50, count))
        watchers += await asyncio.gather(*(one(servers[n % 2]) for n in batch))
    return watchers


async def update_latency(servers, campaign: int) -> dict:
    """ROUNDS completions over HTTP on server A; per watcher, seconds from the quiz
    POST returning to the update carrying Hoàn Kiếm's new number."""
    from tests.resident import quiz_pass, resident_at_quiz

    watchers = await watchers_open(servers, campaign, WATCHERS)
    latencies, from_sent, missed, posts = [], [], 0, []
    try:
        base = watchers[0].base
        for round_ in range(1, ROUNDS + 1):
            session, quiz_url, quiz = await asyncio.to_thread(
                resident_at_quiz, servers[0].url
            )
            await asyncio.sleep(1.5)  # past the boards' one-a-second pace
            sent = time.time()
            await asyncio.to_thread(quiz_pass, session, quiz_url, quiz)
            done = time.time()
            session.close()
            posts.append(done - sent)
            want = base + round_
            deadline = done + 15
            while time.time() < deadline and not all(want in w.seen for w in watchers):
                await asyncio.sleep(0.02)
            arrived = [w.seen[want] for w in watchers if want in w.seen]
            missed += len(watchers) - len(arrived)
            latencies += [moment - done for moment in arrived]
            from_sent += [moment - sent for moment in arrived]
    finally:
        await asyncio.gather(*(w.close() for w in watchers))
    latencies.sort()
    return {
        "sent_p95": p95(from_sent),
        "sent_max": max(from_sent),
        "p50": statistics.median(latencies),
        "p95": p95(latencies),
        "max": latencies[-1],
        "min": latencies[0],
        "missed": missed,
        "post": statistics.mean(posts),
        "watchers": len(watchers),
    }


async def burst(servers, campaign: int, env: dict[str, str], mode: str) -> dict:
    """Worker processes drive completions for BURST_SECONDS; how many frames each of
    BURST_WATCHERS watchers got per second meanwhile.

    mode "burst": completion_record for new learners, as fast as each can.
    mode "pings": only what boards see of BURST_RATE completions a second: a
    standing bumped and boards_touch, paced (the full path cannot reach that rate
    here). It leaves the standings off their completions; the database is dropped.
    """
    postgres = is_postgres(servers[0].database_url)
    if mode == "burst":
        processes = BURST_PROCESSES if postgres else 1
        each = int(BURST_RATE * BURST_SECONDS * 1.2) // processes + 1
        await asyncio.to_thread(
            bench_command, env, "burst-learners", str(processes), str(each)
        )
    else:
        processes = 2 if postgres else 1
    watchers = await watchers_open(servers, campaign, BURST_WATCHERS)
    start = time.time() + 8  # the workers' Django starts before this
    commands = [
        asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.bench.leaderboard",
            mode,
            str(worker),
            str(start),
            str(BURST_SECONDS),
            str(BURST_RATE / processes),
            cwd=PROJECT_DIR,
            env=env,
            stdout=asyncio.subprocess.PIPE,
        )
        for worker in range(processes)
    ]
    workers = [await command for command in commands]
    outputs = await asyncio.gather(*(worker.communicate() for worker in workers))
    await asyncio.sleep(2)  # the last frames after the burst
    await asyncio.gather(*(w.close() for w in watchers))
    results = [json.loads(out.decode().strip().splitlines()[-1]) for out, _ in outputs]
    completed = sum(r["count"] for r in results)
    first = min(r["first"] for r in results)
    last = max(r["last"] for r in results)
    per_second, gaps, frames = [], [], []
    for watcher in watchers:
        during = [t for t in watcher.updates if first <= t <= last + 1]
        frames.append(len(during))
        bins: dict[int, int] = {}
        for moment in during:
            bins[int(moment - first)] = bins.get(int(moment - first), 0) + 1
        per_second.append(max(bins.values(), default=0))
        gaps += [b - a for a, b in pairwise(during)]
    return {
        "processes": processes,
        "completed": completed,
        "rate": completed / (last - first),
        "seconds": last - first,
        "max_per_second": max(per_second),
        "frames": statistics.mean(frames),
        "min_gap": min(gaps, default=float("nan")),
        "watchers": len(watchers),
    }


def live(redis_url: str) -> dict:
    from tests.live import child_env, live_site

    wanted = WATCHERS + BURST_WATCHERS + 200
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, wanted * 2), hard))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        with live_site(
            Path(tmp), count=2, redis_url=redis_url, extra_env=QUIET
        ) as servers:
            env = child_env(database_url=servers[0].database_url, redis_url=redis_url)
            env.update(QUIET)
            env["MEDIA_ROOT"] = str(Path(tmp) / "media")
            campaign = bench_command(env, "campaign")["campaign"]
            latency = asyncio.run(update_latency(servers, campaign))
            print(f"  {latency['watchers']} watchers: latency measured", flush=True)
            flood = asyncio.run(burst(servers, campaign, env, "burst"))
            print(f"  burst: {flood['completed']} completions", flush=True)
            pings = asyncio.run(burst(servers, campaign, env, "pings"))
            print(f"  pings: {pings['completed']} board touches", flush=True)
    return {
        "latency": latency,
        "burst": flood,
        "pings": pings,
        "seconds": time.perf_counter() - started,
    }


# ---- child processes: python -m tests.bench.leaderboard <command> ----------


def child(command: str, *args: str) -> None:
    import django

    django.setup()
    from asgiref.sync import sync_to_async
    from django.db.models import F

    from courses.models import CoursePage
    from leaderboard.live import boards_touch
    from leaderboard.models import Campaign, CampaignStanding
    from learning.models import Commune, Learner, User
    from learning.services import completion_record

    if command == "campaign":
        national = Campaign.objects.get(province=None, status="running")
        print(json.dumps({"campaign": national.pk}))
    elif command == "burst-learners":
        # Bulk-made accounts: the burst is about counting, not signing up.
        processes, each = int(args[0]), int(args[1])
        communes = list(
            Commune.objects.filter(province=HANOI).values_list("code", flat=True)
        )
        users = User.objects.bulk_create(
            User(username=f"bench-burst-{p}-{n}", password="!")
            for p in range(processes)
            for n in range(each)
        )
        Learner.objects.bulk_create(
            (
                Learner(
                    user=user,
                    full_name="Người Học",
                    commune_id=communes[n % len(communes)],
                )
                for n, user in enumerate(users)
            ),
            batch_size=2000,
        )
        print(json.dumps({"learners": len(users)}))
    elif command == "burst":
        worker, start, seconds = int(args[0]), float(args[1]), float(args[2])
        course = CoursePage.objects.filter(slug=VNEID_SLUG).order_by("pk").first()
        learners = list(
            Learner.objects.filter(user__username__startswith=f"bench-burst-{worker}-")
        )
        time.sleep(max(0.0, start - time.time()))
        first = time.time()
        count = 0
        for learner in learners:
            if time.time() >= start + seconds:
                break
            completion_record(learner=learner, course=course)
            count += 1
        print(json.dumps({"count": count, "first": first, "last": time.time()}))
    elif command == "pings":
        start, seconds, rate = float(args[1]), float(args[2]), float(args[3])
        campaigns = list(
            Campaign.objects.filter(status="running").values_list("pk", flat=True)
        )
        communes = list(Commune.objects.filter(province=HANOI))
        for commune in communes:
            for pk in campaigns:
                CampaignStanding.objects.get_or_create(
                    campaign_id=pk, commune=commune, defaults={"province_id": HANOI}
                )

        def touch(batch: list) -> None:
            for commune in batch:
                CampaignStanding.objects.filter(
                    campaign__in=campaigns, commune=commune
                ).update(completions=F("completions") + 1)
                boards_touch(campaign_ids=campaigns, province=HANOI)

        async def paced() -> dict:
            # In a running loop, as in a server: its pings are spaced as a server's.
            await asyncio.sleep(max(0.0, start - time.time()))
            first, count = time.time(), 0
            while (now := time.time()) < start + seconds:
                due = min(50, int((now - first) * rate) - count)
                if due <= 0:
                    await asyncio.sleep(0.001)
                    continue
                batch = [communes[(count + n) % len(communes)] for n in range(due)]
                await sync_to_async(touch)(batch)
                count += due
            return {"count": count, "first": first, "last": time.time()}

        print(json.dumps(asyncio.run(paced())))


# ---- the report ---------------------------------------------------------------


def versions(server: str) -> str:
    import django

    redis = ""
    if os.environ.get("REDIS_URL"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            info = subprocess.run(
                ["redis-cli", "-u", os.environ["REDIS_URL"], "info", "server"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout
            redis = next(
                (
                    ", Redis " + line.split(":")[1].strip()
                    for line in info.splitlines()
                    if line.startswith("redis_version:")
                ),
                "",
            )
    return (
        f"# {os.cpu_count()} CPU cores, Python {platform.python_version()}, "
        f"Django {django.get_version()}, {server}{redis}; figures vary with the machine"
    )


def main() -> None:
    started = time.perf_counter()
    big = int(os.environ.get("BENCH_COMPLETIONS", big_default()))
    print("## leaderboard", flush=True)
    local = in_process(big)
    redis_url = os.environ.get("REDIS_URL")
    remote = live(redis_url) if redis_url else None

    rows = []
    spent = local["count_ms"]
    rows.append(
        (
            f"standings update per completion ({len(spent)}, "
            f"{local['running']} campaigns, {local['queries']} queries)",
            "<= 10 ms",
            f"p50 {statistics.median(spent):.1f}, p95 {p95(spent):.1f}, "
            f"mean {statistics.mean(spent):.1f} ms",
        )
    )
    small, large = local["reads_small"], local["reads_big"]
    for key, name, target in (
        ("province", "board_province(01) p95", "ratio <= 1.5"),
        ("national", "board_national p95", "ratio <= 1.5"),
        ("naive", "naive GROUP BY (01) p95", "(comparison)"),
    ):
        rows.append(
            (
                f"{name}, {SMALL // 1000}k -> {big:,}",
                target,
                f"{small[key]:.1f} -> {large[key]:.1f} ms, "
                f"ratio {large[key] / small[key]:.2f}",
            )
        )
    rows.append(
        (
            "standings_rebuild",
            "(report)",
            f"{local['rebuild_small']:.1f} s at 10k, {local['rebuild_big']:.1f} s "
            f"at {big:,}",
        )
    )
    rows.append(
        (
            f"filling {big:,} completions",
            "(report)",
            f"{local['fill_small'] + local['fill_big']:.0f} s; "
            f"parts 1-2 took {local['seconds']:.0f} s",
        )
    )
    if remote:
        latency, flood = remote["latency"], remote["burst"]
        rows.append(
            (
                f"update to {latency['watchers']} watchers, 2 servers "
                f"({ROUNDS} rounds)",
                "p95 <= 1 s",
                f"p50 {latency['p50'] * 1000:.0f}, p95 {latency['p95'] * 1000:.0f}, "
                f"max {latency['max'] * 1000:.0f} ms; missed {latency['missed']}",
            )
        )
        rows.append(
            (
                "  the same, counted from the quiz POST being sent",
                "",
                f"p95 {latency['sent_p95'] * 1000:.0f}, "
                f"max {latency['sent_max'] * 1000:.0f} ms",
            )
        )
        rows.append(
            (
                f"frames per watcher per second in a burst ({flood['watchers']} "
                "watchers)",
                "<= 1",
                f"max {flood['max_per_second']}; {flood['frames']:.1f} frames in "
                f"{flood['seconds']:.1f} s, min gap {flood['min_gap']:.2f} s",
            )
        )
        rows.append(
            (
                f"  completions/s reached (completion_record, {flood['processes']} "
                "processes)",
                f"~{BURST_RATE}",
                f"{flood['rate']:.0f}/s ({flood['completed']} in "
                f"{flood['seconds']:.1f} s)",
            )
        )
        pings = remote["pings"]
        rows.append(
            (
                f"frames per watcher per second, board side only ({pings['watchers']} "
                "watchers)",
                "<= 1",
                f"max {pings['max_per_second']}; {pings['frames']:.1f} frames in "
                f"{pings['seconds']:.1f} s, min gap {pings['min_gap']:.2f} s",
            )
        )
        rows.append(
            (
                f"  touches/s reached (standing bump + boards_touch, "
                f"{pings['processes']} processes)",
                f"~{BURST_RATE}",
                f"{pings['rate']:.0f}/s ({pings['completed']} in "
                f"{pings['seconds']:.1f} s)",
            )
        )
    print()
    print(versions(local["server"]))
    width = max(len(row[0]) for row in rows)
    print(f"{'figure':<{width}}  {'target':<13} measured")
    for figure, target, measured in rows:
        print(f"{figure:<{width}}  {target:<13} {measured}")
    if remote:
        print(
            f"(watcher latency counts from the quiz POST returning; the POST took "
            f"{latency['post'] * 1000:.0f} ms on average, and the fastest watcher "
            f"got its update {latency['min'] * 1000:.0f} ms after it returned)"
        )
    else:
        print("(no REDIS_URL: the two-server websocket parts were skipped)")
    print(f"leaderboard bench took {time.perf_counter() - started:.0f} s\n")


if __name__ == "__main__":
    child(*sys.argv[1:])
