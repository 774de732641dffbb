"""Counting rows written in one statement, the same on PostgreSQL and SQLite."""

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
