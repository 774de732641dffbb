"""A resident's whole journey in headless Chromium against a live uvicorn server."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (
    Page,
    expect,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from pypdf import PdfReader

from courses.demo_content import vneid
from tests.browser.conftest import SUBMIT
from tests.live import LiveServer, live_site
from tests.resident import (
    HANOI,
    HOAN_KIEM,
    PASSWORD,
    VNEID,
    correct_choices,
    nfc,
)

pytestmark = pytest.mark.browser

FULL_NAME = "Nguyễn Thị Hồng Nhung"
QUIZ_PATH = re.compile(r"/learn/courses/\d+/quiz/$")


@pytest.fixture(scope="module")
def sms_outbox(tmp_path_factory) -> Path:
    """Where the server's console SMS gateway also writes what it sends."""
    return tmp_path_factory.mktemp("sms") / "outbox.jsonl"


@pytest.fixture(scope="module")
def server(tmp_path_factory, sms_outbox) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("live")
    with live_site(tmp, extra_env={"SMS_OUTBOX_FILE": str(sms_outbox)}) as (live,):
        yield live


def sms_code(outbox: Path, phone: str) -> str:
    """The six-digit code in the last text the site sent to `phone`."""
    messages = [json.loads(line) for line in outbox.read_text("utf-8").splitlines()]
    texts = [m["text"] for m in messages if m["phone"] == phone]
    assert texts, f"no SMS to {phone}"
    return re.findall(r"\b\d{6}\b", texts[-1])[-1]


def sign_up(page: Page, *, full_name: str, email: str, password1: str, password2: str):
    page.goto("/accounts/signup/")
    page.fill("input[name=full_name]", full_name)
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", password1)
    page.fill("input[name=password2]", password2)
    page.click(SUBMIT)


def choose_commune(page: Page, *, province_name: str, commune_name: str) -> None:
    page.select_option("select[name=province]", label=province_name)
    # JavaScript submits step 1 on change; without it the "Next" button does.
    try:
        page.wait_for_selector("select[name=commune]", timeout=5_000)
    except PlaywrightTimeout:  # still on step 1: submit it by hand
        with page.expect_navigation():
            page.locator("form:has(select[name=province]) button[type=submit]").click()
    page.select_option("select[name=commune]", label=commune_name)
    with page.expect_navigation():
        page.click(SUBMIT)


def answer_quiz_correctly(page: Page) -> int:
    """Tick the right choices of every question drawn; say how many there were."""
    correct = correct_choices()
    fieldsets = page.locator("main form.quiz fieldset")
    count = fieldsets.count()
    assert 0 < count <= len(correct)
    for i in range(count):
        fieldset = fieldsets.nth(i)
        legend = nfc(fieldset.locator("legend").inner_text())
        question = re.sub(r"^\d+\.\s*", "", legend)
        assert question in correct, f"unknown question on the page: {legend!r}"
        labels = fieldset.locator("label")
        ticked = set()
        for j in range(labels.count()):
            label = labels.nth(j)
            text = nfc(label.inner_text())
            if text in correct[question]:
                label.locator("input").check()
                ticked.add(text)
        assert ticked == correct[question], (question, ticked)
    return count


NATIONAL_CAMPAIGN = "Tháng cao điểm Bình dân học vụ số"


def pdf_text(path: Path) -> str:
    return nfc(PdfReader(path).pages[0].extract_text())


def sign_up_by_phone(page: Page, *, full_name: str, phone: str, password: str):
    page.goto("/accounts/signup/")
    page.fill("input[name=full_name]", full_name)
    page.fill("input[name=phone]", phone)
    page.fill("input[name=password1]", password)
    page.fill("input[name=password2]", password)
    with page.expect_navigation():
        page.click(SUBMIT)


def test_resident_completes_a_course_and_the_board_updates_live(
    new_page, tmp_path, sms_outbox
):
    # 1. Someone in Hà Nội watches the province board.
    watcher = new_page()
    watcher.goto(f"/leaderboard/province/{HANOI}/")
    watcher.select_option("#campaign-pick", label=NATIONAL_CAMPAIGN)
    with watcher.expect_navigation():
        watcher.locator("form.inline-picker button").click()
    expect(watcher.locator("[data-live-status]")).to_be_visible()
    hoan_kiem = watcher.locator(f'table[data-table] tr[data-code="{HOAN_KIEM}"]').first
    expect(hoan_kiem.locator("td").nth(2)).to_have_text("0")
    watcher.evaluate("window.stillTheSamePage = true")

    # 2. A resident signs up with her phone number, types the code she was sent
    # by SMS, and picks her ward.
    page = new_page()
    digits = f"{secrets.randbelow(10**6):06d}"
    sign_up_by_phone(
        page,
        full_name=FULL_NAME,
        phone=f"091 2{digits[:2]} {digits[2:]}",
        password=PASSWORD,
    )
    expect(page.locator("input[name=code]")).to_be_visible()
    page.fill("input[name=code]", sms_code(sms_outbox, f"+84912{digits}"))
    with page.expect_navigation():
        page.click(SUBMIT)
    expect(page).to_have_url(re.compile(r"/learn/me/commune/"))
    choose_commune(
        page, province_name="Thành phố Hà Nội", commune_name="Phường Hoàn Kiếm"
    )

    # 3. Catalogue, course, every lesson, then the quiz.
    page.goto("/")
    page.locator("header.site-header nav a").first.click()
    page.get_by_role("link", name=VNEID["title"], exact=True).click()
    expect(page.locator("main h1")).to_have_text(VNEID["title"])
    page.locator("main ol.lessons a").first.click()
    for _lesson in range(len(VNEID["lessons"]) + 1):
        if QUIZ_PATH.search(page.url):
            break
        with page.expect_navigation():
            page.locator("nav.pager button[type=submit]").click()
    assert QUIZ_PATH.search(page.url), page.url

    # Her dashboard shows the course with every lesson done, waiting for the quiz.
    page.goto("/learn/")
    expect(page.locator("main .course-progress progress").first).to_be_visible()
    page.screenshot(path=tmp_path / "dashboard.png", full_page=True)
    page.go_back()

    # 4. All answers right.
    total = answer_quiz_correctly(page)
    assert total == vneid.COURSE["questions_drawn"]
    with page.expect_navigation():
        page.click(SUBMIT)
    score = page.locator("main p.score")
    expect(score).to_be_visible()
    score_text = score.inner_text()
    # "5 of 5 correct (100%)": both numbers the same, whatever order a translation uses.
    assert re.findall(r"\d+", score_text).count(str(total)) >= 2, score_text
    assert "100%" in score_text, score_text
    page.screenshot(path=tmp_path / "result.png", full_page=True)

    # 5. The certificate carries her name.
    with page.expect_download() as download_info:
        page.locator('main a[href$="certificate.pdf"]').first.click()
    pdf_path = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf_path)
    assert nfc(FULL_NAME) in pdf_text(pdf_path)
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        assert nfc(FULL_NAME) in nfc(done.stdout)

    # 6. The watcher's board moved without a reload.
    expect(hoan_kiem.locator("td").nth(2)).to_have_text("1", timeout=10_000)
    expect(hoan_kiem.locator("td.rank")).to_have_text("1")
    assert watcher.evaluate("window.stillTheSamePage === true"), "the board reloaded"
    watcher.screenshot(path=tmp_path / "watcher.png", full_page=True)


def assert_cannot_log_in(page: Page, *, email: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    # Let the server judge the address, even one the browser would refuse to send.
    page.locator("main form").evaluate("form => { form.noValidate = true; }")
    with page.expect_navigation():
        page.click(SUBMIT)
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    expect(page.locator("main .errorlist").first).to_be_visible()


def test_sign_up_with_bad_input_shows_errors_and_creates_no_account(new_page):
    page = new_page()

    # Passwords that differ: the server says so and keeps the resident on the form.
    email = f"khac.{secrets.token_hex(4)}@example.com"
    with page.expect_navigation():
        sign_up(
            page,
            full_name="Trần Văn Bình",
            email=email,
            password1=PASSWORD,
            password2=PASSWORD + "x",
        )
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.locator("main .errorlist").first).to_be_visible()
    assert_cannot_log_in(page, email=email, password=PASSWORD)

    # An email without "@": the browser refuses it first...
    bad_email = f"binh{secrets.token_hex(4)}.example.com"
    sign_up(
        page,
        full_name="Trần Văn Bình",
        email=bad_email,
        password1=PASSWORD,
        password2=PASSWORD,
    )
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    email_input = page.locator("input[name=email]")
    assert email_input.evaluate("el => !el.validity.valid")
    assert email_input.evaluate("el => el.validationMessage")
    # ...and the server too, for a browser that does not check forms.
    page.locator("main form").evaluate("form => { form.noValidate = true; }")
    with page.expect_navigation():
        page.click(SUBMIT)
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.locator("main .errorlist").first).to_be_visible()
    assert_cannot_log_in(page, email=bad_email, password=PASSWORD)
