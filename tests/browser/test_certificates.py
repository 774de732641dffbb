"""Certificates in headless Chromium against a live uvicorn server.

An employer checks a certificate by its printed number and its digital
credential, on a phone; a commune administrator prints the certificates of a
date range; a revoked certificate says so. The data is made with the project's
services, in a process of the live site's own (`manage.py shell`), on its database.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import (
    Page,
    Response,
    expect,
)
from pypdf import PdfReader
from wagtail.models import Locale

from courses.models import CoursePage
from learning.models import (
    Certificate,
    Commune,
    CommuneAdministrator,
    Completion,
    Learner,
)
from learning.services import (
    certificate_issue,
    certificate_revoke,
    completion_record,
    learner_commune_set,
    learner_create,
)
from tests.browser.conftest import SUBMIT
from tests.conftest import VNEID_SLUG
from tests.live import LiveServer, live_site, on_site
from tests.resident import HOAN_KIEM, PASSWORD, VNEID, nfc

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True}
HOAN_KIEM_SHOWN = "Phường Hoàn Kiếm, Thành phố Hà Nội"
CREDENTIAL_LINK = 'main a[href$="/credential.jwt"]'


# Data, made in a process of the live site's own: each function below runs there.


def _resident(full_name: str, commune_code: str = HOAN_KIEM) -> Learner:
    """An account with a learner profile, placed in a commune, as sign-up does."""
    tag = secrets.token_hex(4)
    user = get_user_model().objects.create_user(
        username=f"resident-{tag}",
        email=f"resident.{tag}@example.com",
        password=PASSWORD,
    )
    learner = learner_create(user=user, full_name=full_name)
    return learner_commune_set(
        learner=learner, commune=Commune.objects.get(code=commune_code)
    )


def _vneid() -> CoursePage:
    return CoursePage.objects.get(slug=VNEID_SLUG, locale=Locale.get_default())


def _completion(full_name: str, at: str | None = None) -> Completion:
    """A resident of Phường Hoàn Kiếm who completed the VNeID course (at `at`)."""
    completion = completion_record(learner=_resident(full_name), course=_vneid())
    if at:
        Completion.objects.filter(pk=completion.pk).update(
            completed_at=datetime.fromisoformat(at)
        )
        completion.refresh_from_db()
    return completion


def site_completed(*, full_name: str, at: str | None = None) -> dict:
    """A resident who completed the course, no certificate issued yet."""
    return {"completion": _completion(full_name, at).pk}


def site_certified(*, full_name: str) -> dict:
    """A resident who completed the course, and the certificate issued for it."""
    completion = _completion(full_name)
    certificate = certificate_issue(completion=completion)
    return {
        "number": certificate.number,
        "number_display": certificate.number_display,
        "code": certificate.code,
        "full_name": certificate.full_name,
        "completed_on": f"{timezone.localdate(completion.completed_at):%d/%m/%Y}",
    }


def site_revoked(*, full_name: str, reason: str) -> dict:
    """A certificate a staff member revoked, saying why."""
    certified = site_certified(full_name=full_name)
    staff = get_user_model().objects.create_user(
        username=f"staff-{secrets.token_hex(4)}", is_staff=True
    )
    certificate = Certificate.objects.get(code=certified["code"])
    certificate_revoke(certificate=certificate, reason=reason, by=staff)
    return certified


def site_commune_administrator(*, full_name: str) -> dict:
    """A resident of Phường Hoàn Kiếm who administers it; logs in by email."""
    learner = _resident(full_name)
    CommuneAdministrator.objects.create(user=learner.user, commune=learner.commune)
    return {"email": learner.user.email}


# The browser.


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    with live_site(tmp_path_factory.mktemp("live")) as (live,):
        yield live


def submit(page: Page, button: str = SUBMIT) -> Response:
    """Click the form's button; the response the browser landed on."""
    with page.expect_navigation() as navigation:
        page.click(button)
    return navigation.value


def look_up(page: Page, typed: str) -> Response:
    """Type a number on the public check form, as printed or not, and send it."""
    page.goto("/certificates/verify/")
    page.locator("main input[name=number]").press_sequentially(typed)
    return submit(page)


def assert_fits(page: Page, shot: Path) -> None:
    """Screenshot the page; it must not scroll sideways."""
    page.screenshot(path=shot, full_page=True)
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{shot.name} scrolls sideways: {widths}"


def details(page: Page) -> list[str]:
    """The details under the status, in the order shown (the name first)."""
    return [nfc(text) for text in page.locator("main dl dd").all_inner_texts()]


def log_in(page: Page, *, login: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    submit(page)
    expect(page).to_have_url(re.compile(r"/learn/$"))


def pdf_pages(path: Path) -> list[str]:
    return [nfc(page.extract_text()) for page in PdfReader(path).pages]


# The tests.


def test_an_employer_checks_a_certificate_and_its_credential_on_a_phone(
    server, new_page, tmp_path
):
    certified = on_site(server, site_certified, full_name="Nguyễn Hoàng Phương Thảo")
    number = certified["number"]
    page = new_page(**PHONE)

    # The number as read off the paper: lower case, a space for the dash.
    response = look_up(page, f"{number[:5]} {number[5:]}".lower())
    assert response.status == 200
    expect(page).to_have_url(re.compile(rf"/certificates/verify/{certified['code']}/$"))
    expect(page.locator("#status")).to_have_attribute("data-status", "valid")
    name, course, completed_on, commune, shown_number = details(page)
    assert name == nfc("Nguyễn Hoàng Phương Thảo")
    assert course == nfc(VNEID["title"])
    assert completed_on == certified["completed_on"]
    assert commune == HOAN_KIEM_SHOWN
    assert shown_number == certified["number_display"]
    assert_fits(page, tmp_path / "verified.png")

    # The signed credential, downloaded, then checked as a file.
    with page.expect_download() as download_info:
        page.locator(CREDENTIAL_LINK).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".jwt")
    credential = tmp_path / download.suggested_filename
    download.save_as(credential)
    page.locator('main a[href="/certificates/verify/credential/"]').first.click()
    expect(page).to_have_url(re.compile(r"/certificates/verify/credential/$"))
    assert_fits(page, tmp_path / "credential-form.png")
    page.set_input_files("main input[name=file]", credential)
    assert submit(page).status == 200
    expect(page.locator("#status")).to_have_attribute("data-status", "valid")
    assert details(page)[0] == nfc("Nguyễn Hoàng Phương Thảo")
    assert_fits(page, tmp_path / "credential-valid.png")

    # The example printed under the field, typed as is: not found, said plainly.
    response = look_up(page, "7K3M9-QXP2A")
    assert response.status == 404
    expect(page.locator("#status")).to_have_attribute("data-status", "unknown")
    expect(page.locator("#status")).to_be_visible()
    expect(page.locator("main input[name=number]")).to_be_visible()
    assert_fits(page, tmp_path / "not-found.png")

    # Something that cannot be a number gets told what one looks like.
    response = look_up(page, "7K3M9")
    assert response.status == 400
    expect(page.locator("main [role=alert]")).to_contain_text("7K3M9-QXP2A")
    assert_fits(page, tmp_path / "malformed.png")

    page.goto("/certificates/verify/")
    assert_fits(page, tmp_path / "verify.png")


def test_a_commune_administrator_prints_the_certificates_of_a_date_range(
    server, new_page, tmp_path
):
    administrator = on_site(
        server, site_commune_administrator, full_name="Vũ Thị Bí Thư"
    )
    residents = {
        "Trần Văn Đầu": "2025-03-01T08:00:00+07:00",
        "Lê Thị Cuối": "2025-03-10T23:30:00+07:00",
        "Phạm Văn Ngoài": "2025-03-11T00:30:00+07:00",
    }
    for full_name, at in residents.items():
        on_site(server, site_completed, full_name=full_name, at=at)
    page = new_page()

    log_in(page, login=administrator["email"], password=PASSWORD)
    page.locator('main a[href="/learn/commune/certificates/"]').click()
    expect(page).to_have_url(re.compile(r"/learn/commune/certificates/$"))
    # Only one commune to choose from: it goes without saying.
    expect(page.locator("main input[name=commune]")).to_have_attribute("type", "hidden")
    page.fill("main input[name=start]", "2025-03-01")
    page.fill("main input[name=end]", "2025-03-10")
    assert submit(page, "main form[method=get] button[type=submit]").status == 200

    expect(page.locator("main h2")).to_have_text(re.compile(r"\b2\b"))
    listed = nfc(" ".join(page.locator("main ul.stack > li").all_inner_texts()))
    assert "Trần Văn Đầu" in listed
    assert "Lê Thị Cuối" in listed
    assert "Phạm Văn Ngoài" not in listed
    page.screenshot(path=tmp_path / "print.png", full_page=True)

    with page.expect_download() as download_info:
        page.click("main form[method=post] button[type=submit]")
    pdf_path = tmp_path / "batch.pdf"
    download_info.value.save_as(pdf_path)
    printed = pdf_pages(pdf_path)
    assert len(printed) == 2
    assert "Trần Văn Đầu" in printed[0]
    assert "Lê Thị Cuối" in printed[1]
    assert not any("Phạm Văn Ngoài" in text for text in printed)


def test_a_revoked_certificate_says_so_and_why(server, new_page, tmp_path):
    reason = "Người khác làm bài kiểm tra thay học viên."
    revoked = on_site(server, site_revoked, full_name="Đỗ Thị Thu Hà", reason=reason)
    page = new_page()

    assert look_up(page, revoked["number_display"]).status == 200
    status = page.locator("#status")
    expect(status).to_have_attribute("data-status", "revoked")
    expect(status).to_be_visible()
    assert reason in nfc(status.inner_text())
    assert details(page)[0] == nfc("Đỗ Thị Thu Hà")
    # No credential is handed out for a certificate that no longer stands.
    expect(page.locator(CREDENTIAL_LINK)).to_have_count(0)
    page.screenshot(path=tmp_path / "revoked.png", full_page=True)
