"""Counting rows written in one statement, the same on PostgreSQL and SQLite:
standings, scores and report rollups add to their counts without reading them."""

from django.db import connection
from django.utils import timezone


def upsert(
    model, *, keys: dict, add: dict, also: dict | None = None, returning: tuple = ()
) -> tuple | None:
    """Insert a row or add to its counts in one statement (ON CONFLICT DO UPDATE):
    one round trip, and concurrent first writers cannot clash. The row stays
    locked until the transaction ends.

    `keys` name the row (a unique constraint), `also` is set when it is created.
    With nothing to `add`, an existing row is left alone (DO NOTHING) and
    `returning` gives None for it: the row was not new.
    """
    quote, meta = connection.ops.quote_name, model._meta
    table = quote(meta.db_table)

    def column(name: str) -> str:
        return quote(meta.get_field(name).column)

    now = timezone.now()
    stamped = [f for f in meta.fields if getattr(f, "auto_now", False)]
    created = [f for f in meta.fields if getattr(f, "auto_now_add", False)]
    values = {**keys, **(also or {})}
    values |= {name: max(0, amount) for name, amount in add.items()}
    values |= {f.name: now for f in [*stamped, *created]}
    sets = [f"{column(name)} = {table}.{column(name)} + %s" for name in add]
    sets += [f"{column(f.name)} = EXCLUDED.{column(f.name)}" for f in stamped]
    conflict = ", ".join(column(name) for name in keys)
    sql = (
        f"INSERT INTO {table} ({', '.join(column(name) for name in values)}) "  # noqa: S608 - names quoted
        f"VALUES ({', '.join(['%s'] * len(values))}) ON CONFLICT ({conflict}) "
        + (f"DO UPDATE SET {', '.join(sets)}" if add else "DO NOTHING")
    )
    if returning:
        sql += " RETURNING " + ", ".join(
            f"{table}.{column(name)}" for name in returning
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*values.values(), *add.values()])
        return cursor.fetchone() if returning else None


def upsert_many(
    model, *, key: tuple[str, ...], add: tuple[str, ...], rows: list[tuple]
):
    """Insert rows or add to their counts, all in one statement: each row is the
    values of `key` then of `add`. Rows go in key order, so two writers lock the
    rows they share in the same order and cannot deadlock."""
    if not rows:
        return
    quote, meta = connection.ops.quote_name, model._meta
    table = quote(meta.db_table)
    names = (*key, *add)
    columns = [quote(meta.get_field(name).column) for name in names]
    fields = [meta.get_field(name) for name in names]
    added = ", ".join(
        f"{column} = {table}.{column} + EXCLUDED.{column}"
        for column in columns[len(key) :]
    )
    placeholders = f"({', '.join(['%s'] * len(columns))})"
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 - names quoted
        f"VALUES {', '.join([placeholders] * len(rows))} "
        f"ON CONFLICT ({', '.join(columns[: len(key)])}) DO UPDATE SET {added}"
    )
    params = [
        field.get_db_prep_value(value, connection)
        for row in sorted(rows)
        for field, value in zip(fields, row, strict=True)
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
