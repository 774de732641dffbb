"""A resident over plain HTTP: sign up, choose a commune, pass the VNeID quiz."""

from __future__ import annotations

import re
import secrets
import unicodedata
from html.parser import HTMLParser

import requests

from courses.demo_content import vneid

VNEID = vneid.COURSE["vi"]
# How a true-or-false question offers its two answers, in Vietnamese.
TRUE_FALSE = {True: "Đúng", False: "Sai"}

HANOI = "01"
HOAN_KIEM = "00070"
PASSWORD = "Hoc-vu-so-2025!xanh"
HTTP_TIMEOUT = 15
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


class QuizParser(HTMLParser):
    """The quiz form: its draw token and each question's legend and choices."""

    def __init__(self):
        super().__init__()
        self.draw = ""
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
        elif tag == "input" and attrs.get("name") == "draw":
            self.draw = attrs.get("value", "")
        elif tag == "input" and self._choice is not None:
            if attrs.get("type") in ("radio", "checkbox"):
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


def correct_choices() -> dict[str, set[str]]:
    """Each demo question and the texts of its right choices, from the source."""
    correct = {}
    for question in VNEID["questions"]:
        if question["kind"] == "true_false":
            right = {TRUE_FALSE[question["answer"]]}
        else:
            right = {
                nfc(choice.get("text") or choice["label"])
                for choice in question["choices"]
                if choice["correct"]
            }
        correct[nfc(question["text"])] = right
    return correct


def correct_answers(quiz_html: str) -> dict[str, str | list[str]]:
    """The quiz form filled in right: the draw token and every `q-<id>` field."""
    correct = correct_choices()
    parser = QuizParser()
    parser.feed(quiz_html)
    assert parser.draw, "the quiz form has no draw token"
    assert 0 < len(parser.questions) <= len(correct)
    answers: dict[str, str | list[str]] = {"draw": parser.draw}
    for question in parser.questions:
        text = re.sub(r"^\d+\.\s*", "", nfc(question["legend"]))
        assert text in correct, f"unknown question on the page: {text!r}"
        right = [c for c in question["choices"] if nfc(c["text"]) in correct[text]]
        assert len(right) == len(correct[text]), (text, question["choices"])
        assert right[0]["name"].startswith("q-"), right[0]
        answers[right[0]["name"]] = [choice["value"] for choice in right]
    return answers


def resident_at_quiz(base_url: str) -> tuple[requests.Session, str, requests.Response]:
    """Sign up, choose Phường Hoàn Kiếm, read every VNeID lesson, open its quiz.

    All over HTTP. The site is expected to set no minimum time for the course.
    """
    session = requests.Session()
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
    title = re.escape(VNEID["title"])
    course_link = re.search(rf'<a href="([^"]+)">\s*{title}\s*</a>', home.text)
    assert course_link, "the course is not on the home page"
    course = get(session, f"{base_url}{course_link.group(1)}")
    lessons = re.findall(
        r'<li[^>]*><a href="([^"]+)">', course.text.split('class="lessons"')[1]
    )
    assert lessons, "the course page lists no lessons"
    for lesson_url in lessons:
        lesson = get(session, f"{base_url}{lesson_url}")
        finish = re.search(r'action="(/learn/lessons/\d+/finish/)"', lesson.text)
        assert finish, f"no way to finish {lesson_url}"
        response = post_form(
            session, f"{base_url}{finish.group(1)}", form_page=lesson, data={}
        )
        assert response.status_code == 200, response.text[-3000:]
    quiz_link = re.search(r'href="(/learn/courses/\d+/quiz/)"', course.text)
    assert quiz_link, "the course page does not link to its quiz"
    quiz_url = f"{base_url}{quiz_link.group(1)}"
    return session, quiz_url, get(session, quiz_url)


def quiz_pass(
    session: requests.Session, quiz_url: str, quiz: requests.Response
) -> None:
    """Send every right answer and check the result page says so."""
    response = post_form(
        session, quiz_url, form_page=quiz, data=correct_answers(quiz.text)
    )
    assert response.status_code == 200, response.text[-3000:]
    assert "100%" in response.text


def complete_course_as_new_resident(base_url: str) -> None:
    """A new resident, from sign-up to a passed quiz."""
    session, quiz_url, quiz = resident_at_quiz(base_url)
    with session:
        quiz_pass(session, quiz_url, quiz)


def national_board(base_url: str, province: str = HANOI) -> str:
    """The websocket path of the national campaign's board for a province."""
    html = requests.get(f"{base_url}/leaderboard/", timeout=30).text
    campaign = re.search(r'data-campaign="(\d+)"', html).group(1)
    return f"/ws/leaderboard/{campaign}/province/{province}/"
