"""The simulated people of `make loadtest`, for locust; tests/load/__main__.py runs it.

Resident (HttpUser, LOADTEST_RESIDENTS of them): on start, the whole journey once:
sign up with an email, choose a commune picked at random in Hà Nội or Hồ Chí Minh
City, read every lesson of the VNeID course, pass its quiz, spending READING seconds on
each page. Then it browses (home, dashboard, leaderboard, course page) every 5 to 15
seconds. Each resident sends an
address of its own in X-Forwarded-For, as nginx would, so per-address limits such as
sign-up's see many people, not one proxy. Besides each request, the journey is
reported as one entry, JOURNEY "sign-up → quiz passed", timed from its first request
to the quiz result; it fails if any step does, or if the result does not say 100%.
A form's POST is timed up to the page its redirect leads to, as a browser shows it:
finishing a lesson includes the next lesson (or the quiz) it leads to.

Watcher (plain User, LOADTEST_WATCHERS of them): one websocket on the national board
(half of them) or on Hà Nội's or Hồ Chí Minh City's board, on LOADTEST_WS (the
uvicorn process) or the site. Reported as request type
WS:
- "connect + snapshot": from opening the socket to its snapshot, which must be its
  first frame;
- "update": an update frame, timed as the gap since the previous snapshot or update
  on that socket (a server sends a watcher at most one a second);
- "error": an error frame, always a failure;
- "closed": the server or the network closing the socket, a failure.
A watcher whose socket is lost or could not open reconnects as the page's script
does (board.js): after about 1 s, doubling up to 30 s. A socket quiet for
IDLE_SECONDS is sent a ping, so a silent board stays open.

At the end, the file LOADTEST_RESULT names gets JSON: the journeys started,
completed and failed, and the percentiles of all HTTP requests taken together
(locust's own "Aggregated" mixes in the websocket figures).
"""

from __future__ import annotations

import json
import os
import random
import re
import secrets
import time
from urllib.parse import urlsplit

import gevent
import requests
import websocket
from locust import HttpUser, User, between, events, task
from locust.stats import StatsEntry

from tests.resident import PASSWORD, VNEID, correct_answers, csrf_token

RESIDENTS = int(os.environ.get("LOADTEST_RESIDENTS", 300))
WATCHERS = int(os.environ.get("LOADTEST_WATCHERS", 1000))
RESULT_FILE = os.environ.get("LOADTEST_RESULT", "")
# Where the websockets are served (production sends /ws/ to uvicorn); the site by
# default.
WS_HOST = os.environ.get("LOADTEST_WS", "")
# Seconds a resident spends on a page of the journey before the next: a short
# lesson read on a phone, a form filled in.
READING = (2.0, 6.0)

PROVINCES = ["01", "79"]  # Hà Nội, Hồ Chí Minh City
FULL_NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Minh",
    "Phạm Thị Hồng Nhung",
    "Hoàng Văn Dũng",
    "Vũ Thị Mai",
    "Đặng Quốc Huy",
    "Bùi Thị Lan",
    "Đỗ Văn Hùng",
    "Ngô Thị Thu Hà",
    "Dương Văn Tuấn",
    "Lý Thị Hoa",
]
JOURNEY = "sign-up → quiz passed"
CONNECT_TIMEOUT = 30  # seconds to open a socket and receive its snapshot
IDLE_SECONDS = 60
COMMUNE_SELECT = re.compile(r'<select name="commune".*?</select>', re.S)
OPTION = re.compile(r'<option value="(\d+)"')
COURSE_LINK = re.compile(rf'<a href="([^"]+)">\s*{re.escape(VNEID["title"])}\s*</a>')
LESSON_LINK = re.compile(r'<li[^>]*><a href="([^"]+)">')
FINISH_FORM = re.compile(r'action="(/learn/lessons/\d+/finish/)"')
QUIZ_LINK = re.compile(r'href="(/learn/courses/\d+/quiz/)"')

journeys = {"started": 0, "completed": 0, "failed": 0}
boards: list[str] = []  # websocket paths, filled in at test start


class BoardFailed(Exception):
    """A board's socket did not do what the page watching it expects."""


class StepFailed(Exception):
    """A page of the journey did not answer as a resident's browser expects."""


def report(environment, name: str, response_time: float, *, length=0, error=None):
    """One websocket or journey figure, in locust's statistics like a request."""
    environment.events.request.fire(
        request_type="JOURNEY" if name == JOURNEY else "WS",
        name=name,
        response_time=response_time,
        response_length=length,
        exception=error,
        context={},
    )


def private_address() -> str:
    """A random address in 10.0.0.0/8, as if each resident came from a network of
    their own."""
    return (
        f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"
    )


def since(started: float) -> float:
    """Milliseconds since a time.perf_counter() reading."""
    return (time.perf_counter() - started) * 1000


@events.test_start.add_listener
def find_boards(environment, **_kwargs) -> None:
    """The boards of the national campaign: as the leaderboard page names them."""
    html = requests.get(f"{environment.host}/leaderboard/", timeout=30).text
    campaign = re.search(r'data-campaign="(\d+)"', html).group(1)
    national = f"/ws/leaderboard/{campaign}/"
    province = f"/ws/leaderboard/{campaign}/province/"
    boards[:] = [national, national, *(f"{province}{p}/" for p in PROVINCES)]


@events.test_stop.add_listener
def write_result(environment, **_kwargs) -> None:
    """Journeys, and all HTTP requests as one entry, for the orchestrator."""
    http = StatsEntry(environment.stats, "HTTP", "")
    for entry in environment.stats.entries.values():
        if entry.method not in ("WS", "JOURNEY"):
            http.extend(entry)
    result = {
        "journeys": journeys,
        "http": {
            "requests": http.num_requests,
            "failures": http.num_failures,
            "p50": http.get_response_time_percentile(0.5),
            "p95": http.get_response_time_percentile(0.95),
        },
    }
    if RESULT_FILE:
        with open(RESULT_FILE, "w", encoding="utf-8") as out:
            json.dump(result, out)


class Resident(HttpUser):
    fixed_count = RESIDENTS
    wait_time = between(5, 15)  # browsing, once the course is done
    course = "/"  # the course page, once the journey has found it

    def on_start(self) -> None:
        # As nginx in front: the resident's address, and one upstream connection per
        # request (nginx does not keep them alive unless told to), so no request is
        # sent on a kept-alive connection just as uvicorn times it out.
        self.client.headers["X-Forwarded-For"] = private_address()
        self.client.headers["Connection"] = "close"
        journeys["started"] += 1
        started = time.perf_counter()
        try:
            self.journey()
        except Exception as error:  # noqa: BLE001 - any failure fails the journey
            journeys["failed"] += 1
            report(self.environment, JOURNEY, since(started), error=error)
        else:
            journeys["completed"] += 1
            report(self.environment, JOURNEY, since(started))

    def page(
        self, path, name=None, *, form_page=None, data=None, lands=None, says=None
    ):
        """GET a page, or POST a form from `form_page` as a browser would (its CSRF
        token, the page as Referer). A failure unless it answers 200 after redirects,
        ends on the path `lands` and contains `says`, when given."""
        if form_page is None:
            request = {"method": "GET"}
        else:
            request = {
                "method": "POST",
                "data": {"csrfmiddlewaretoken": csrf_token(form_page.text), **data},
                "headers": {"Referer": form_page.url},
            }
        with self.client.request(
            url=path, name=name or path, catch_response=True, **request
        ) as response:
            problem = None
            if response.status_code != 200:
                problem = f"HTTP {response.status_code}"
            elif lands and urlsplit(response.url).path != lands:
                problem = f"ended on {urlsplit(response.url).path}, not {lands}"
            elif says and says not in response.text:
                problem = f"the page does not say {says!r}"
            if problem:
                response.failure(problem)
        if problem:
            raise StepFailed(f"{request['method']} {path}: {problem}")
        gevent.sleep(random.uniform(*READING))
        return response

    def journey(self) -> None:
        signup = self.page("/accounts/signup/")
        self.page(
            "/accounts/signup/",
            form_page=signup,
            data={
                "full_name": random.choice(FULL_NAMES),
                "email": f"cu.dan.{secrets.token_hex(6)}@example.com",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
            lands="/learn/me/commune/",
        )

        province = random.choice(PROVINCES)
        step_two = self.page(
            f"/learn/me/commune/?province={province}",
            "/learn/me/commune/?province=[code]",
        )
        select = COMMUNE_SELECT.search(step_two.text)
        communes = OPTION.findall(select.group(0)) if select else []
        if not communes:
            raise StepFailed(f"no commune to choose in province {province}")
        self.page(
            "/learn/me/commune/",
            form_page=step_two,
            data={"province": province, "commune": random.choice(communes)},
            lands="/learn/",
        )

        course_link = COURSE_LINK.search(self.page("/").text)
        if not course_link:
            raise StepFailed("the course is not on the home page")
        self.course = course_link.group(1)
        course = self.page(self.course, "/khoa-hoc/[course]/")
        lessons = LESSON_LINK.findall(course.text.split('class="lessons"')[-1])
        quiz_link = QUIZ_LINK.search(course.text)
        if not lessons or not quiz_link:
            raise StepFailed("the course page lists no lessons or no quiz")
        # As in a browser: finishing a lesson leads to the next, the last to the quiz.
        page = self.page(lessons[0], "/khoa-hoc/[course]/[lesson]/")
        for number, _lesson in enumerate(lessons, start=1):
            finish = FINISH_FORM.search(page.text)
            if not finish:
                raise StepFailed(f"no way to finish lesson {number}, {page.url}")
            page = self.page(
                finish.group(1),
                "/learn/lessons/[id]/finish/",
                form_page=page,
                data={},
                lands=quiz_link.group(1) if number == len(lessons) else None,
            )
        self.page(
            quiz_link.group(1),
            "/learn/courses/[id]/quiz/",
            form_page=page,
            data=correct_answers(page.text),
            says="100%",
        )

    @task(3)
    def home(self) -> None:
        self.client.get("/")

    @task(2)
    def dashboard(self) -> None:
        self.client.get("/learn/")

    @task(2)
    def leaderboard(self) -> None:
        self.client.get("/leaderboard/")

    @task(2)
    def course_page(self) -> None:
        self.client.get(self.course, name="/khoa-hoc/[course]/")


class Watcher(User):
    fixed_count = WATCHERS
    delay = 1.0  # seconds before reconnecting, as board.js: doubles up to 30, reset

    def wait_time(self) -> float:
        """board.js's backoff with jitter, so lost watchers do not return at once."""
        wait = self.delay * (0.5 + random.random())
        self.delay = min(self.delay * 2, 30.0)
        return wait

    @task
    def watch(self) -> None:
        """Hold one socket on a board until it is lost; the next run reconnects."""
        url = "ws" + (WS_HOST or self.host).removeprefix("http") + random.choice(boards)
        started = time.perf_counter()
        socket = None
        try:
            socket = websocket.create_connection(
                url, origin=self.host, timeout=CONNECT_TIMEOUT
            )
            frame, length = receive(socket)
            if frame.get("type") != "snapshot":
                raise BoardFailed(f"a {frame.get('type')!r} frame before the snapshot")
        except Exception as error:  # noqa: BLE001 - any failure to connect
            report(self.environment, "connect + snapshot", since(started), error=error)
            if socket is not None:
                socket.close()
            return
        report(self.environment, "connect + snapshot", since(started), length=length)
        self.delay = 1.0
        try:
            self.listen(socket)
        finally:
            socket.close()

    def listen(self, socket) -> None:
        socket.settimeout(IDLE_SECONDS)
        last = time.perf_counter()
        while True:
            try:
                frame, length = receive(socket)
            except websocket.WebSocketTimeoutException:
                socket.send(json.dumps({"type": "ping"}))
                continue
            except Exception as error:  # noqa: BLE001 - closed, or the network lost
                report(self.environment, "closed", 0, error=error)
                return
            kind = frame.get("type")
            if kind == "update":
                report(self.environment, "update", since(last), length=length)
                last = time.perf_counter()
            elif kind == "error":
                error = BoardFailed(f"error frame: {frame.get('message')}")
                report(self.environment, "error", 0, error=error)
            # "pong" answers our ping: nothing to count.


def receive(socket) -> tuple[dict, int]:
    """The next JSON frame on a socket and its size; BoardFailed when it closes."""
    opcode, data = socket.recv_data()
    if opcode == websocket.ABNF.OPCODE_CLOSE:
        code = int.from_bytes(data[:2], "big") if len(data) >= 2 else None
        raise BoardFailed(f"closed by the server, code {code}")
    return json.loads(data), len(data)
