"""Database connections under the ASGI server stay within the pool's bound."""

import os
import threading
import urllib.request
from urllib.parse import urlsplit

import psycopg
import pytest

from tests.live import POSTGRES_SCHEMES, live_site

POOL_MAX = 10  # the default DATABASE_POOL_SIZE


@pytest.mark.skipif(
    urlsplit(os.environ.get("DATABASE_URL", "")).scheme not in POSTGRES_SCHEMES,
    reason="connection pooling is a PostgreSQL matter; CI runs this on PostgreSQL",
)
def test_many_requests_do_not_pile_up_database_connections(tmp_path):
    with live_site(tmp_path) as (server,):
        errors = []

        def client():
            for _ in range(15):
                try:
                    with urllib.request.urlopen(f"{server.url}/", timeout=30) as r:  # noqa: S310
                        r.read()
                except Exception as error:  # noqa: BLE001 - reported below
                    errors.append(error)

        threads = [threading.Thread(target=client) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        admin_url = urlsplit(os.environ["DATABASE_URL"])._replace(scheme="postgresql")
        live_name = urlsplit(server.database_url).path.lstrip("/")
        with psycopg.connect(admin_url.geturl(), autocommit=True) as conn:
            (open_connections,) = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
                [live_name],
            ).fetchone()

    assert not errors, errors[:3]
    assert 0 < open_connections <= POOL_MAX
