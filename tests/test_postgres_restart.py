"""PostgreSQL restarts under a running site: requests get the friendly "busy for a
moment" page (503) while it is away, the site recovers by itself on the very first
request after, and a resident who sends the same quiz again is counted once.

The test runs a PostgreSQL cluster of its own on a free port, so stopping it disturbs
nobody; it is part of the PostgreSQL pass of CI."""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
import requests
from django.db import OperationalError

from learning.views import server_error
from tests.conftest import need
from tests.live import POSTGRES_SCHEMES, child_env, free_port, manage, prepare, servers
from tests.resident import correct_answers, post_form, resident_at_quiz

POOL_TIMEOUT = 2  # seconds a request waits for a connection, for the server under test
COUNTS = """
import json
from learning.models import Completion, QuizAttempt
print(json.dumps([Completion.objects.count(), QuizAttempt.objects.count()]))
"""


def postgres_tool(name: str) -> str | None:
    """A PostgreSQL server program: on the PATH, or where Debian puts it."""
    found = shutil.which(name) or sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found if isinstance(found, str) else (found[-1] if found else None)


class Cluster:
    """A throwaway PostgreSQL cluster, run as the postgres user when we are root."""

    def __init__(self, directory: Path, port: int):
        self.directory = directory
        self.port = port
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *command: str) -> None:
        subprocess.run(
            [*self.as_owner, *command], check=True, timeout=60, capture_output=True
        )

    def init(self) -> None:
        self._run(
            postgres_tool("initdb"), "--pgdata", str(self.directory / "data"),
            "--auth=trust", "--username=postgres", "--encoding=UTF8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1"
            " -c fsync=off"
        )
        self._run(
            postgres_tool("pg_ctl"), "--pgdata", str(self.directory / "data"),
            "--options", options, "--log", str(self.directory / "server.log"),
            "--wait", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(
            postgres_tool("pg_ctl"), "--pgdata", str(self.directory / "data"),
            "--mode", mode, "--wait", "stop",
        )  # fmt: skip


@contextlib.contextmanager
def cluster() -> Iterator[Cluster]:
    directory = Path(tempfile.mkdtemp(prefix="hocvuso-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    own = Cluster(directory, free_port())
    try:
        own.init()
        own.start()
        yield own
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            own.stop("immediate")
        shutil.rmtree(directory, ignore_errors=True)


def test_postgresql_restarting_gives_a_friendly_page_then_recovers(tmp_path):
    if urlsplit(os.environ.get("DATABASE_URL", "")).scheme not in POSTGRES_SCHEMES:
        pytest.skip("a PostgreSQL fault; CI runs it in its PostgreSQL pass")
    need(bool(postgres_tool("initdb")), "PostgreSQL's initdb and pg_ctl are needed")

    with cluster() as postgres:
        server_url = f"postgresql://postgres@127.0.0.1:{postgres.port}"
        with psycopg.connect(f"{server_url}/postgres", autocommit=True) as connection:
            connection.execute("CREATE DATABASE hocvuso")
        url = f"{server_url}/hocvuso"
        env = child_env(database_url=url)
        env.update(
            MEDIA_ROOT=str(tmp_path / "media"),
            DEBUG="false",  # the page residents see, not Django's debug page
            DATABASE_POOL_TIMEOUT=str(POOL_TIMEOUT),
        )
        prepare(env)
        with servers(env, count=1, log_dir=tmp_path) as (server,):
            session, quiz_url, quiz = resident_at_quiz(server.url)
            answers = correct_answers(quiz.text)

            postgres.stop()
            sent = post_form(session, quiz_url, form_page=quiz, data=answers)
            home = requests.get(f"{server.url}/", timeout=30)
            health = requests.get(f"{server.url}/healthz", timeout=30)

            postgres.start()
            home_again = requests.get(f"{server.url}/", timeout=30)
            resent = post_form(session, quiz_url, form_page=quiz, data=answers)
            resent_twice = post_form(session, quiz_url, form_page=quiz, data=answers)

            # A restart between two requests: the pooled connections are dead.
            postgres.stop()
            postgres.start()
            after_quiet_restart = session.get(f"{server.url}/learn/", timeout=30)
            log = server.log()
        counts = manage(env, "shell", "--no-imports", "-c", COUNTS)
        completions, attempts = json.loads(counts)
        drift = json.loads(manage(env, "backup_digest"))["standings_drift"]

    for page in (sent, home):
        assert page.status_code == 503, (page.status_code, log)
        assert page.headers["Retry-After"] == "10"
        assert "Trang đang bận một chút" in page.text
        assert "Traceback" not in page.text
    assert health.status_code == 503
    assert health.json()["database"].startswith("error")
    assert home_again.status_code == 200, log
    assert after_quiet_restart.status_code == 200, log
    for page in (resent, resent_twice):
        assert page.status_code == 200, log
        assert "100%" in page.text
    assert (completions, attempts) == (1, 1)
    assert drift == 0


def test_the_error_pages_say_what_happened_without_a_database(rf):
    """The handler itself, on any database: a failure of the database's is a 503
    that asks to try again; any other error, the 500 page."""
    for error, status, words in (
        (OperationalError("server closed the connection"), 503, "Trang đang bận"),
        (RuntimeError("a bug"), 500, "Đã có lỗi xảy ra"),
    ):
        try:
            raise error
        except Exception:  # noqa: BLE001 - as Django calls the handler: while handling
            response = server_error(rf.get("/"))
        assert response.status_code == status
        assert words in response.content.decode()
    assert "Retry-After" not in response  # the 500
