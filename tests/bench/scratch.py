"""A scratch database for one part of the bench."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path


@contextlib.contextmanager
def scratch_database(name: str, *commands: tuple[str, ...]):
    """`name` on DATABASE_URL's server (or a SQLite file), migrated, with the
    administrative units and what `commands` load; dropped afterwards."""
    from django.core.management import call_command
    from django.db import connection

    with tempfile.TemporaryDirectory() as tmp:
        test = connection.settings_dict.setdefault("TEST", {})
        test["NAME"] = (
            name
            if connection.vendor == "postgresql"
            else str(Path(tmp) / f"{name}.sqlite3")
        )
        old_name = connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
        try:
            quiet = io.StringIO()
            call_command("units_load", stdout=quiet)
            for command in commands:
                call_command(*command, stdout=quiet)
            yield
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
