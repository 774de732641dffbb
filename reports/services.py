"""The per-commune rollups: counted in as completions arrive, taken back out when
voided, and recounted from the completions by the rebuild."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from courses.models import Competence, CoursePage
from learning.models import Completion, Learner
from learning.rows import upsert_many

from .models import ALL, CommuneDay, DeletedLearnerDay

COUNTERS = ("completions", "learners", "assisted", "assisted_learners")
KEY = ("commune", "course", "area", "day")  # the unique constraint's columns

# (day, course, area) -> counter name -> change
Changes = dict[tuple[date, int, int], Counter]


def course_areas(course_ids: Iterable[int]) -> dict[int, set[int]]:
    """The competence areas each course trains, in one query."""
    areas: dict[int, set[int]] = defaultdict(set)
    for course, area in CoursePage.competences.through.objects.filter(
        coursepage_id__in=set(course_ids)
    ).values_list("coursepage_id", "competence__area_id"):
        areas[course].add(area)
    return areas


@dataclass(frozen=True)
class Done:
    """What the rollups need of one completion."""

    day: date
    course: int
    assisted: bool


def _dimensions(course: int, areas: Iterable[int]) -> list[tuple[int, int]]:
    """(course, area) of each row a completion counts in."""
    return [(ALL, ALL), (course, ALL), *((ALL, area) for area in sorted(areas))]


def _firsts(done: Iterable[Done], areas: dict[int, set[int]]) -> Changes:
    """One learner's part of a commune's `learners` and `assisted_learners`: one on
    the day of their first completion, and first assisted one, in each dimension."""
    first: dict[tuple[int, int], date] = {}
    first_assisted: dict[tuple[int, int], date] = {}
    for each in done:
        for dimension in _dimensions(each.course, areas.get(each.course, ())):
            if dimension not in first or each.day < first[dimension]:
                first[dimension] = each.day
            if each.assisted and (
                dimension not in first_assisted or each.day < first_assisted[dimension]
            ):
                first_assisted[dimension] = each.day
    changes: Changes = defaultdict(Counter)
    for (course, area), day in first.items():
        changes[(day, course, area)]["learners"] += 1
    for (course, area), day in first_assisted.items():
        changes[(day, course, area)]["assisted_learners"] += 1
    return changes


def _add(total: Changes, changes: Changes, sign: int) -> None:
    for key, counts in changes.items():
        for name, amount in counts.items():
            total[key][name] += sign * amount


def _done(completion: Completion) -> Done:
    return Done(
        day=timezone.localdate(completion.completed_at),
        course=completion.course_id,
        assisted=completion.assisted,
    )


def _learner_done(completion: Completion, **filters) -> list[Done]:
    """The learner's other valid completions in the completion's commune."""
    rows = (
        Completion.objects.filter(
            learner_id=completion.learner_id,
            commune_id=completion.commune_id,
            voided_at=None,
            **filters,
        )
        .exclude(pk=completion.pk)
        .values_list("completed_at", "course_id", "assisted")
    )
    return [
        Done(timezone.localdate(at), course, assisted) for at, course, assisted in rows
    ]


def _upsert(model, *, commune_id: str, changes: Changes, counters: tuple) -> None:
    """Add the changes to one commune's rows, creating the rows that are missing."""
    upsert_many(
        model,
        key=KEY,
        add=counters,
        rows=[
            (commune_id, course, area, day, *(counts[name] for name in counters))
            for (day, course, area), counts in changes.items()
            if any(counts[name] for name in counters)
        ],
    )


def _count(completion: Completion, *, sign: int) -> None:
    """Add (+1) or take back (-1) one completion in its commune's rollups, with
    the change it makes to its learner's firsts there."""
    this = _done(completion)
    changes: Changes = defaultdict(Counter)
    others = []
    if completion.learner_id is not None:
        # Counting in: against those recorded before it (a lower id), so whatever
        # order two completions' receivers run in, their changes add up.
        # Taking out: against all that still count.
        before = {"pk__lt": completion.pk} if sign > 0 else {}
        others = _learner_done(completion, **before)
    areas = course_areas({this.course, *(each.course for each in others)})
    if completion.learner_id is not None:
        _add(changes, _firsts([*others, this], areas), sign)
        _add(changes, _firsts(others, areas), -sign)
    for course, area in _dimensions(this.course, areas.get(this.course, ())):
        changes[(this.day, course, area)]["completions"] += sign
        changes[(this.day, course, area)]["assisted"] += sign * int(this.assisted)
    _upsert(
        CommuneDay, commune_id=completion.commune_id, changes=changes, counters=COUNTERS
    )


@transaction.atomic
def rollup_count(*, completion: Completion) -> None:
    """Count a new completion in its commune's rollups."""
    if completion.voided_at is None and completion.commune_id is not None:
        _count(completion, sign=1)


@transaction.atomic
def rollup_uncount(*, completion: Completion) -> None:
    """Take a voided completion back out, moving its learner's firsts to the
    completions that still count.

    A learner who deleted their data keeps the firsts they had: which of their
    completions came first can no longer be told.
    """
    if completion.commune_id is not None:
        _count(completion, sign=-1)


def rollup_learner_keep(*, learner: Learner) -> None:
    """Keep the firsts of a learner who is being deleted, for the rebuild: once
    their completions lose them, nothing else says which ones came first."""
    by_commune: dict[str, list[Done]] = defaultdict(list)
    for commune, at, course, assisted in Completion.objects.filter(
        learner=learner, voided_at=None, commune__isnull=False
    ).values_list("commune_id", "completed_at", "course_id", "assisted"):
        by_commune[commune].append(Done(timezone.localdate(at), course, assisted))
    areas = course_areas(each.course for done in by_commune.values() for each in done)
    for commune, done in sorted(by_commune.items()):
        _upsert(
            DeletedLearnerDay,
            commune_id=commune,
            changes=_firsts(done, areas),
            counters=("learners", "assisted_learners"),
        )


# ---- the rebuild ---------------------------------------------------------------

# Temporary tables, seen by the rebuild's connection only: the recounted rows, and
# the keys of the rows that differ from the live ones.
RECOUNT, DRIFT = "reports_recount", "reports_drift"


def _name(model, field_name: str | None = None) -> str:
    meta = model._meta
    name = meta.get_field(field_name).column if field_name else meta.db_table
    return connection.ops.quote_name(name)


def _recount_sql() -> tuple[str, list]:
    """Every rollup row recounted from the valid completions in one statement.

    Each completion counts in its dimensions; window functions mark the learner's
    first completion (and first assisted one) in the commune overall and per area,
    so one grouping makes every counter. A learner completes a course once, so in
    a course's rows each completion with a learner is a first. The firsts of
    learners who deleted their data come from DeletedLearnerDay.
    """
    c, t, k, g = Completion, CoursePage.competences.through, Competence, CommuneDay
    d = DeletedLearnerDay
    day, params = connection.ops.datetime_cast_date_sql(
        f"c.{_name(c, 'completed_at')}", (), settings.TIME_ZONE
    )

    def first(partition: str, *, assisted: bool = False) -> str:
        """1 on the learner's first completion (first assisted one) in `partition`."""
        order = "assisted DESC, day, id" if assisted else "day, id"
        condition = "learner IS NOT NULL" + (" AND assisted = 1" if assisted else "")
        return (
            f"CASE WHEN {condition} AND ROW_NUMBER() OVER "
            f"(PARTITION BY {partition} ORDER BY {order}) = 1 THEN 1 ELSE 0 END"
        )

    sql = f"""
        WITH done AS MATERIALIZED (
            SELECT c.{_name(c, "id")} AS id, c.{_name(c, "commune")} AS commune,
                   c.{_name(c, "learner")} AS learner,
                   c.{_name(c, "course")} AS course, {day} AS day,
                   CASE WHEN c.{_name(c, "assisted")} THEN 1 ELSE 0 END AS assisted
            FROM {_name(c)} c
            WHERE c.{_name(c, "voided_at")} IS NULL
              AND c.{_name(c, "commune")} IS NOT NULL
        ),
        areas AS (
            SELECT DISTINCT t.{_name(t, "coursepage")} AS course,
                   k.{_name(k, "area")} AS area
            FROM {_name(t)} t
            JOIN {_name(k)} k ON k.{_name(k, "id")} = t.{_name(t, "competence")}
        ),
        dims AS (
            SELECT commune, day, {ALL} AS course, {ALL} AS area, 1 AS counted,
                   assisted, {first("learner, commune")} AS first,
                   {first("learner, commune", assisted=True)} AS first_assisted
            FROM done
            UNION ALL
            SELECT commune, day, course, {ALL}, 1, assisted,
                   CASE WHEN learner IS NOT NULL THEN 1 ELSE 0 END,
                   CASE WHEN learner IS NOT NULL THEN assisted ELSE 0 END
            FROM done
            UNION ALL
            SELECT commune, day, {ALL}, area, 1, assisted,
                   {first("learner, commune, area")},
                   {first("learner, commune, area", assisted=True)}
            FROM (SELECT done.*, areas.area FROM done
                  JOIN areas ON areas.course = done.course) AS by_area
            UNION ALL
            SELECT {_name(d, "commune")}, {_name(d, "day")}, {_name(d, "course")},
                   {_name(d, "area")}, 0, 0, {_name(d, "learners")},
                   {_name(d, "assisted_learners")}
            FROM {_name(d)}
        )
        SELECT commune AS {_name(g, "commune")}, day AS {_name(g, "day")},
               course AS {_name(g, "course")}, area AS {_name(g, "area")},
               CAST(SUM(counted) AS INTEGER) AS {_name(g, "completions")},
               CAST(SUM(first) AS INTEGER) AS {_name(g, "learners")},
               CAST(SUM(assisted) AS INTEGER) AS {_name(g, "assisted")},
               CAST(SUM(first_assisted) AS INTEGER)
                   AS {_name(g, "assisted_learners")}
        FROM dims GROUP BY commune, day, course, area
        HAVING SUM(counted) <> 0 OR SUM(first) <> 0
            OR SUM(assisted) <> 0 OR SUM(first_assisted) <> 0
    """  # noqa: S608 - names quoted, values bound
    return sql, list(params)


ROW_KEY = ("commune", "day", "course", "area")
ROW = (*ROW_KEY, *COUNTERS)  # a rollup row's columns, in order


def _columns(names: tuple = ROW) -> str:
    return ", ".join(_name(CommuneDay, name) for name in names)


def _live_sql() -> str:
    nonzero = " OR ".join(f"{_name(CommuneDay, name)} <> 0" for name in COUNTERS)
    return f"SELECT {_columns()} FROM {_name(CommuneDay)} WHERE {nonzero}"  # noqa: S608


def _recounted_sql() -> str:
    return f"SELECT {_columns()} FROM {RECOUNT}"  # noqa: S608


def _diff_sql() -> str:
    """The keys of the rows that differ between the live rollups and the recount."""
    live, recounted = _live_sql(), _recounted_sql()
    key = _columns(ROW_KEY)
    return (
        f"SELECT {key} FROM ({live} EXCEPT {recounted}) AS a "  # noqa: S608
        f"UNION SELECT {key} FROM ({recounted} EXCEPT {live}) AS b"
    )


@dataclass
class Drift:
    """What a rebuild found different from the live rollups."""

    rows: int = 0  # (commune, day, course, area) rows that differ
    # a few of them: (key, live counts, recounted counts), counts in COUNTERS order
    sample: list[tuple[tuple, tuple, tuple]] = field(default_factory=list)


def _lock_rollups() -> None:
    """Make live counting wait for the rebuild instead of being overwritten by it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {_name(CommuneDay)} IN EXCLUSIVE MODE")


def _counts(cursor, table_sql: str, key: tuple) -> tuple:
    where = " AND ".join(f"{_name(CommuneDay, name)} = %s" for name in ROW_KEY)
    cursor.execute(
        f"SELECT {_columns(COUNTERS)} FROM ({table_sql}) AS t WHERE {where}",  # noqa: S608
        list(key),
    )
    row = cursor.fetchone()
    return tuple(row) if row else (0, 0, 0, 0)


def _in_drift(table: str) -> str:
    """A condition: the row of `table` has a key that drifted."""
    match = " AND ".join(
        f"{DRIFT}.{column} = {table}.{column}"
        for column in (_name(CommuneDay, name) for name in ROW_KEY)
    )
    return f"EXISTS (SELECT 1 FROM {DRIFT} WHERE {match})"  # noqa: S608


@transaction.atomic
def rollups_rebuild(*, write: bool = True, sample: int = 20) -> Drift:
    """Recount every rollup from the completions in bulk; report and (by default)
    fix the drift, rewriting only the rows that differ. Learners who deleted
    their data count from DeletedLearnerDay."""
    if write:
        _lock_rollups()
    recount, params = _recount_sql()
    table = _name(CommuneDay)
    drift = Drift()
    with connection.cursor() as cursor:
        # Left over from an earlier run on this connection, if that one failed.
        for temporary in (RECOUNT, DRIFT):
            cursor.execute(f"DROP TABLE IF EXISTS {temporary}")
        cursor.execute(f"CREATE TEMPORARY TABLE {RECOUNT} AS {recount}", params)
        cursor.execute(f"CREATE TEMPORARY TABLE {DRIFT} AS {_diff_sql()}")
        cursor.execute(f"CREATE INDEX {DRIFT}_key ON {DRIFT} ({_columns(ROW_KEY)})")
        cursor.execute(f"SELECT COUNT(*) FROM {DRIFT}")  # noqa: S608
        drift.rows = cursor.fetchone()[0]
        first_keys = f"SELECT * FROM {DRIFT} ORDER BY 1, 2, 3, 4 LIMIT %s"  # noqa: S608
        cursor.execute(first_keys, [sample])
        for key in cursor.fetchall():
            drift.sample.append(
                (
                    tuple(key),
                    _counts(cursor, _live_sql(), key),
                    _counts(cursor, _recounted_sql(), key),
                )
            )
        if write and drift.rows:
            cursor.execute(f"DELETE FROM {table} WHERE {_in_drift(table)}")  # noqa: S608
            # In key order: the indexes fill page by page.
            cursor.execute(
                f"INSERT INTO {table} ({_columns()}) "  # noqa: S608
                f"{_recounted_sql()} WHERE {_in_drift(RECOUNT)} "
                f"ORDER BY {_columns(KEY)}"
            )
        for temporary in (RECOUNT, DRIFT):
            cursor.execute(f"DROP TABLE {temporary}")
    return drift
