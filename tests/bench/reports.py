"""make bench, reports part (BENCH_ONLY=reports runs it alone).

On a scratch database (the PostgreSQL server DATABASE_URL names, or a SQLite
file) with all 3,321 communes and the six demo courses: bulk-insert learners and
BENCH_REPORT_COMPLETIONS completions (1 to 3 courses a learner, the last 90
days, one in ten assisted), rebuild the rollups, then time, as a national
administrator through Django's test client, the commune report's first page
(HTML, all communes in scope) and its XLSX and CSV exports of every commune.

Prints figures; asserts nothing about timings.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learning.settings.test")
django.setup()

from tests.bench.scratch import scratch_database  # noqa: E402

PAGE_READS = int(os.environ.get("BENCH_REPORT_READS", 20))
EXPORT_READS = int(os.environ.get("BENCH_REPORT_EXPORTS", 5))
DAYS = 90
URL = "/admin/reports/communes/"


def is_postgres() -> bool:
    url = os.environ.get("DATABASE_URL", "")
    return url.split(":", 1)[0] in {"postgres", "postgresql", "pgsql"}


COMPLETIONS = int(
    os.environ.get("BENCH_REPORT_COMPLETIONS", 1_000_000 if is_postgres() else 200_000)
)


# Learners of 1, 2 or 3 courses (by id): 2 on average.
PER_LEARNER = 2

POSTGRES_FILL = [
    """
    INSERT INTO learning_user (password, is_superuser, username, first_name,
        last_name, email, is_staff, is_active, date_joined, phone_verified)
    SELECT '!', false, 'bench-' || g, '', '', '', false, true, now(), false
    FROM generate_series(1, %(learners)s) AS g
    """,
    """
    WITH codes AS (SELECT array_agg(code ORDER BY code) AS c FROM learning_commune)
    INSERT INTO learning_learner (user_id, full_name, commune_id, youth_union_member,
        show_on_boards, registered_by_helper, created_at)
    SELECT u.id, 'Người Học', codes.c[1 + u.id %% array_length(codes.c, 1)],
           false, false, false, now()
    FROM learning_user AS u, codes WHERE u.username LIKE 'bench-%%'
    """,
    """
    INSERT INTO learning_completion (learner_id, course_id, commune_id,
        completed_at, assisted, helper_kind, void_reason)
    SELECT l.id, (%(courses)s::int[])[1 + (l.id + k) %% %(course_count)s],
           l.commune_id, now() - random() * %(days)s * interval '1 day',
           random() < 0.1, '', ''
    FROM learning_learner AS l, generate_series(0, 2) AS k
    WHERE k <= l.id %% 3
    """,
    "UPDATE learning_commune SET population = 3000 + floor(random() * 60000)",
    "ANALYZE",
]

SQLITE_FILL = [
    """
    WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s
                            WHERE g < %(learners)s)
    INSERT INTO learning_user (password, is_superuser, username, first_name,
        last_name, email, is_staff, is_active, date_joined, phone_verified)
    SELECT '!', 0, 'bench-' || g, '', '', '', 0, 1, '2025-01-01 00:00:00', 0 FROM s
    """,
    """
    CREATE TEMP TABLE bench_commune AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM learning_commune
    """,
    """
    INSERT INTO learning_learner (user_id, full_name, commune_id, youth_union_member,
        show_on_boards, registered_by_helper, created_at)
    SELECT u.id, 'Người Học', c.code, 0, 0, 0, '2025-01-01 00:00:00'
    FROM learning_user AS u
    JOIN bench_commune AS c
      ON c.n = u.id %% (SELECT count(*) FROM bench_commune)
    WHERE u.username LIKE 'bench-%%'
    """,
    """
    WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n
                            WHERE k < %(course_count)s - 1)
    INSERT INTO learning_completion (learner_id, course_id, commune_id,
        completed_at, assisted, helper_kind, void_reason)
    SELECT l.id, json_extract(%(courses_json)s, '$[' || c.k || ']'), l.commune_id,
           strftime('%%Y-%%m-%%d %%H:%%M:%%f', 'now',
                    '-' || (abs(random()) %% (%(days)s * 86400)) || ' seconds'),
           abs(random()) %% 10 = 0, '', ''
    FROM learning_learner AS l
    JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) AS ks
      ON ks.k <= l.id %% 3
    JOIN n AS c ON c.k = (l.id + ks.k) %% %(course_count)s
    """,
    "UPDATE learning_commune SET population = 3000 + abs(random()) %% 60000",
    "ANALYZE",
]


def fill(completions: int) -> float:
    """Learners and about `completions` completions, in bulk; seconds it took."""
    import json

    from django.db import connection
    from wagtail.models import Locale

    from courses.models import CoursePage

    statements = POSTGRES_FILL if connection.vendor == "postgresql" else SQLITE_FILL
    courses = list(
        CoursePage.objects.filter(locale=Locale.get_default())
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    values = {
        "learners": completions // PER_LEARNER,
        "days": DAYS,
        "courses": courses,
        "courses_json": json.dumps(courses),
        "course_count": len(courses),
    }
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql, values)
    return time.perf_counter() - started


def timed_get(client, params: dict, times: int) -> dict:
    """p50 and p95 ms of `times` GETs of the report (after one warm-up), and size."""
    spent = []
    size = 0
    for n in range(times + 1):
        started = time.perf_counter()
        response = client.get(URL, params)
        body = (
            b"".join(response.streaming_content)
            if response.streaming
            else (response.content)
        )
        if response.status_code != 200:
            raise RuntimeError(f"{URL} {params}: HTTP {response.status_code}")
        if n:  # the first one warms up templates and caches
            spent.append((time.perf_counter() - started) * 1000)
        size = len(body)
    spent.sort()
    return {
        "p50": statistics.median(spent),
        "p95": spent[math.ceil(len(spent) * 0.95) - 1],  # nearest rank
        "bytes": size,
    }


def run() -> dict:
    from django.db import connection
    from django.test import Client

    from learning.models import Commune, Completion, User
    from reports.models import CommuneDay
    from reports.services import rollups_rebuild

    figures: dict = {}
    with scratch_database("bench_reports", ("demo_load",)):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SHOW server_version")
                figures["server"] = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            import sqlite3

            figures["server"] = f"SQLite {sqlite3.sqlite_version}"
        figures["fill_s"] = fill(COMPLETIONS)
        figures["completions"] = Completion.objects.count()
        figures["communes"] = Commune.objects.count()
        print(
            f"  {figures['completions']:,} completions inserted in "
            f"{figures['fill_s']:.1f} s",
            flush=True,
        )
        started = time.perf_counter()
        rollups_rebuild()
        figures["rebuild_s"] = time.perf_counter() - started
        started = time.perf_counter()
        drift = rollups_rebuild(write=False)
        figures["check_s"] = time.perf_counter() - started
        figures["drift"] = drift.rows
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE reports_communeday")
        figures["rows"] = CommuneDay.objects.count()
        print(
            f"  rollups rebuilt in {figures['rebuild_s']:.1f} s: "
            f"{figures['rows']:,} rows",
            flush=True,
        )

        client = Client()
        client.force_login(User.objects.create_superuser(username="bench-root"))
        figures["html"] = timed_get(client, {}, PAGE_READS)
        figures["html_sorted"] = timed_get(
            client, {"ordering": "-coverage"}, PAGE_READS
        )
        course = CommuneDay.objects.exclude(course=0).values_list("course")[0][0]
        figures["html_course"] = timed_get(
            client, {"course": course, "start": "2025-01-01"}, PAGE_READS
        )
        figures["xlsx"] = timed_get(client, {"export": "xlsx"}, EXPORT_READS)
        figures["csv"] = timed_get(client, {"export": "csv"}, EXPORT_READS)
    return figures


def main() -> None:
    database = "PostgreSQL" if is_postgres() else "SQLite"
    print(f"## commune report ({database}, in-process test client, national scope)")
    f = run()
    print(
        f"{f['server']}; {f['communes']:,} communes, {f['completions']:,} completions"
        f" -> {f['rows']:,} rollup rows"
    )
    print(
        f"rebuild from empty rollups: {f['rebuild_s']:.1f} s; "
        f"--check: {f['check_s']:.1f} s (drift {f['drift']})"
    )
    print(f"{'request':<28} {'p50 ms':>8} {'p95 ms':>8} {'KB':>8}")
    for label, key, runs in (
        ("HTML, first page of 50", "html", PAGE_READS),
        ("HTML, by coverage", "html_sorted", PAGE_READS),
        ("HTML, one course, a period", "html_course", PAGE_READS),
        ("XLSX, every commune", "xlsx", EXPORT_READS),
        ("CSV, every commune", "csv", EXPORT_READS),
    ):
        r = f[key]
        print(
            f"{label:<28} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['bytes'] / 1024:>8.1f}"
            f"  ({runs} runs)"
        )
    print()


if __name__ == "__main__":
    sys.exit(main())
