"""A completion on one server reaches a board watched on another, through Redis."""

from __future__ import annotations

import json
import os
import re
import secrets
import time
import unicodedata
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
import redis
import requests
from websockets.sync.client import connect

from courses.demo_content import VNEID_COURSE
from tests.live import LiveServer, live_site

pytestmark = pytest.mark.redis

HANOI = "01"
HOAN_KIEM = "00070"
PASSWORD = "Hoc-vu-so-2025!xanh"
HTTP_TIMEOUT = 15
UPDATE_TIMEOUT = 10.0
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL is not set")
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        message = f"Redis at {url} does not answer PING: {error}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    finally:
        client.close()
    return url


@pytest.fixture
def two_servers(tmp_path, redis_url) -> Iterator[list[LiveServer]]:
    with live_site(tmp_path, count=2, redis_url=redis_url) as started:
        yield started


class QuizParser(HTMLParser):
    """The quiz form's questions: legend text and each radio's name, value, label."""

    def __init__(self):
        super().__init__()
        self.questions: list[dict] = []
        self._in_legend = False
        self._choice: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset":
            self.questions.append({"legend": "", "choices": []})
        elif tag == "legend" and self.questions:
            self._in_legend = True
        elif tag == "label" and self.questions:
            self._choice = {"name": None, "value": None, "text": ""}
        elif tag == "input" and self._choice is not None:
            if attrs.get("type") == "radio":
                self._choice.update(name=attrs.get("name"), value=attrs.get("value"))

    def handle_endtag(self, tag):
        if tag == "legend":
            self._in_legend = False
        elif tag == "label" and self._choice is not None:
            self.questions[-1]["choices"].append(self._choice)
            self._choice = None

    def handle_data(self, data):
        if self._in_legend:
            self.questions[-1]["legend"] += data
        elif self._choice is not None:
            self._choice["text"] += data


def csrf_token(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match, "no CSRF token in the form"
    return match.group(1)


def get(session: requests.Session, url: str) -> requests.Response:
    response = session.get(url, timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, (url, response.status_code)
    return response


def post_form(
    session: requests.Session, url: str, *, form_page: requests.Response, data: dict
) -> requests.Response:
    """Send a form as the browser would: its CSRF token and the page as Referer."""
    return session.post(
        url,
        data={"csrfmiddlewaretoken": csrf_token(form_page.text), **data},
        headers={"Referer": form_page.url},
        timeout=HTTP_TIMEOUT,
    )


def correct_answers(quiz_html: str) -> dict[str, str]:
    """The quiz fields `q-<id>` with the value of each right choice."""
    correct = {
        nfc(question["text"]): next(
            nfc(choice["text"]) for choice in question["choices"] if choice["correct"]
        )
        for question in VNEID_COURSE["questions"]
    }
    parser = QuizParser()
    parser.feed(quiz_html)
    assert len(parser.questions) == len(correct)
    answers = {}
    for question in parser.questions:
        text = re.sub(r"^\d+\.\s*", "", nfc(question["legend"]))
        assert text in correct, f"unknown question on the page: {text!r}"
        right = [c for c in question["choices"] if nfc(c["text"]) == correct[text]]
        assert len(right) == 1, (text, question["choices"])
        assert right[0]["name"].startswith("q-"), right[0]
        answers[right[0]["name"]] = right[0]["value"]
    return answers


def complete_course_as_new_resident(base_url: str) -> None:
    """Sign up, choose Phường Hoàn Kiếm and pass the VNeID quiz, all over HTTP."""
    with requests.Session() as session:
        signup = get(session, f"{base_url}/accounts/signup/")
        response = post_form(
            session,
            f"{base_url}/accounts/signup/",
            form_page=signup,
            data={
                "full_name": "Lê Văn Minh",
                "email": f"minh.{secrets.token_hex(4)}@example.com",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )
        assert response.status_code == 200, response.text[-3000:]
        assert response.url.startswith(f"{base_url}/learn/me/commune/"), response.url

        step_two = get(session, f"{base_url}/learn/me/commune/?province={HANOI}")
        response = post_form(
            session,
            f"{base_url}/learn/me/commune/",
            form_page=step_two,
            data={"province": HANOI, "commune": HOAN_KIEM},
        )
        assert response.status_code == 200, response.text[-3000:]
        assert response.history and response.history[0].status_code == 302

        home = get(session, f"{base_url}/")
        title = re.escape(VNEID_COURSE["title"])
        course_link = re.search(rf'<a href="([^"]+)">\s*{title}\s*</a>', home.text)
        assert course_link, "the course is not on the home page"
        course = get(session, f"{base_url}{course_link.group(1)}")
        quiz_link = re.search(r'href="(/learn/courses/\d+/quiz/)"', course.text)
        assert quiz_link, "the course page does not link to its quiz"
        quiz_url = f"{base_url}{quiz_link.group(1)}"

        quiz = get(session, quiz_url)
        response = post_form(
            session, quiz_url, form_page=quiz, data=correct_answers(quiz.text)
        )
        assert response.status_code == 200, response.text[-3000:]
        assert "100%" in response.text


def test_completion_on_one_server_reaches_a_board_on_another(two_servers):
    server_a, server_b = two_servers
    with connect(
        f"{server_b.ws_url}/ws/leaderboard/province/{HANOI}/",
        origin=server_b.url,
        open_timeout=10,
        close_timeout=5,
    ) as websocket:
        complete_course_as_new_resident(server_a.url)

        deadline = time.monotonic() + UPDATE_TIMEOUT
        frames = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(
                    f"no update for {HOAN_KIEM} on server B within "
                    f"{UPDATE_TIMEOUT:.0f}s; frames: {frames}\n"
                    f"server A:\n{server_a.log()}\nserver B:\n{server_b.log()}"
                )
            try:
                frame = json.loads(websocket.recv(timeout=remaining))
            except TimeoutError:
                continue
            frames.append(frame)
            if frame.get("type") == "update" and frame.get("commune") == HOAN_KIEM:
                break

    assert frame["completions"] == 1, frames
    assert frame["name"] == "Phường Hoàn Kiếm", frames
