"""Real servers for end-to-end tests: a fresh database and uvicorn processes.

Not a test module. `live_site()` prepares a database with the same commands as
`make run` (migrate, units_load, demo_load) and starts uvicorn processes on free
ports, each answering `GET /healthz` before it is handed out, and always stops
them and drops the database afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SETTINGS = "learning.settings.dev"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}
COMMAND_TIMEOUT = 180.0
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


@dataclass
class LiveServer:
    """One running uvicorn process and where it answers."""

    port: int
    process: subprocess.Popen
    log_path: Path
    database_url: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def log(self) -> str:
        return _tail(self.log_path)


def _tail(path: Path, limit: int = 20_000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text[-limit:]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def child_env(*, database_url: str, redis_url: str | None = None) -> dict[str, str]:
    """The environment for the servers: dev settings, this database, Redis on ask."""
    env = dict(os.environ)
    # The servers run the dev settings with their own DEBUG default.
    for name in ("DJANGO_SETTINGS_MODULE", "DEBUG", "REDIS_URL"):
        env.pop(name, None)
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS
    env["DATABASE_URL"] = database_url
    env["PYTHONUNBUFFERED"] = "1"
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


@contextlib.contextmanager
def database(tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: on the PostgreSQL server DATABASE_URL names, or SQLite.

    The PostgreSQL database is dropped afterwards, even if the test failed.
    """
    base_url = os.environ.get("DATABASE_URL", "")
    parts = urlsplit(base_url)
    if parts.scheme not in POSTGRES_SCHEMES:
        yield f"sqlite:///{tmp_path / 'live.sqlite3'}"
        return

    import psycopg
    from psycopg import sql

    base_name = parts.path.lstrip("/") or "postgres"
    name = f"{base_name}_live_{secrets.token_hex(4)}"
    admin_url = urlunsplit(parts._replace(scheme="postgresql"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(name)
                )
            )


# Residents driven by tests read each lesson in a moment: an editor has set the
# demo course's minimum time to none, as the admin allows per course.
NO_MINIMUM_TIME = (
    "from courses.models import CoursePage; CoursePage.objects.update(min_minutes=0)"
)


def manage(env: dict[str, str], *command: str) -> str:
    """Run manage.py for a live site; its output. A failure fails the test."""
    try:
        done = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=PROJECT_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"manage.py {' '.join(command)} took over {error.timeout}s")
    if done.returncode != 0:
        pytest.fail(
            f"manage.py {' '.join(command)} exited with {done.returncode}:\n"
            f"{done.stdout[-5000:]}\n{done.stderr[-20000:]}"
        )
    return done.stdout


def prepare(env: dict[str, str]) -> None:
    """Create the tables, the provinces and communes, and the demo course once."""
    manage(env, "migrate", "--noinput")
    manage(env, "units_load")
    manage(env, "demo_load", "--only", "kich-hoat-va-su-dung-vneid")
    manage(env, "demo_campaigns", "--no-residents")
    manage(env, "shell", "-c", NO_MINIMUM_TIME)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:  # noqa: S310
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


# "{port}" in a server command is replaced by the free port chosen for it.
UVICORN = [
    sys.executable,
    "-m",
    "uvicorn",
    "learning.asgi:application",
    "--host",
    "127.0.0.1",
    "--port",
    "{port}",
]


def _start(
    env: dict[str, str], log_dir: Path, index: int, command: list[str]
) -> LiveServer:
    port = free_port()
    log_path = log_dir / f"server-{index}-{port}.log"
    command = [part.format(port=port) for part in command]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_DIR,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return LiveServer(
        port=port, process=process, log_path=log_path, database_url=env["DATABASE_URL"]
    )


def _wait_healthy(server: LiveServer, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(
                f"uvicorn on port {server.port} exited with "
                f"{server.process.returncode} before answering /healthz:\n"
                f"{server.log()}"
            )
        if _healthy(server.url):
            return
        time.sleep(0.2)
    pytest.fail(
        f"uvicorn on port {server.port} did not answer /healthz with 200 within "
        f"{timeout:.0f}s:\n{server.log()}"
    )


def _stop(server: LiveServer) -> None:
    """Ask the process to stop; kill it if it has not within STOP_TIMEOUT."""
    process = server.process
    if process.poll() is not None:
        return
    try:
        process.terminate()
        process.wait(timeout=STOP_TIMEOUT)
    except (subprocess.TimeoutExpired, OSError):
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


@contextlib.contextmanager
def servers(
    env: dict[str, str],
    *,
    count: int,
    log_dir: Path,
    command: list[str] | None = None,
) -> Iterator[list]:
    """Start `count` server processes on one prepared database; stop them after.

    `command` defaults to one uvicorn process; see UVICORN for the "{port}" mark.
    """
    started: list[LiveServer] = []
    try:
        for index in range(count):
            started.append(_start(env, log_dir, index, command or UVICORN))
        for server in started:
            _wait_healthy(server)
        yield started
    finally:
        for server in started:
            with contextlib.suppress(Exception):
                _stop(server)


@contextlib.contextmanager
def live_site(
    tmp_path: Path,
    *,
    count: int = 1,
    redis_url: str | None = None,
    command: list[str] | None = None,
    extra_env: dict[str, str] | None = None,
) -> Iterator[list[LiveServer]]:
    """A fresh database, prepared once, served by `count` server processes."""
    with database(tmp_path) as database_url:
        env = child_env(database_url=database_url, redis_url=redis_url)
        env["MEDIA_ROOT"] = str(tmp_path / "media")
        env.update(extra_env or {})
        prepare(env)
        with servers(env, count=count, log_dir=tmp_path, command=command) as started:
            yield started


class FlakyLink:
    """A TCP relay to a server that can lose its signal, as a phone on weak 3G does.

    Browsers connect to `url` instead of the server's. `cut()` drops every open
    connection (websockets included) and refuses new ones until `restore()`.
    """

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.open: set[socket.socket] = set()
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return  # closed
            if not self.up:
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink), daemon=True
                ).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        """Copy one direction until either end goes; each socket is one pump's source
        and is closed by it."""
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
        with self.lock:
            self.open.discard(source)
        source.close()

    def cut(self) -> None:
        self.up = False
        with self.lock:
            for end in self.open:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


def on_site(server: LiveServer, function: Callable[..., Any], **kwargs) -> Any:
    """Call a module-level function of the tests on the live site's database, in a
    process of its own (`manage.py shell`); it takes and returns JSON values."""
    code = (
        f"import json; from {function.__module__} import {function.__name__} as f; "
        f"print(json.dumps(f(**json.loads({json.dumps(kwargs)!r}))))"
    )
    out = manage(
        child_env(database_url=server.database_url),
        "shell",
        "--no-imports",
        "-c",
        code,
    )
    return json.loads(out.strip().splitlines()[-1])
