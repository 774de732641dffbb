"""The per-commune report in headless Chromium: a province administrator downloads
it as XLSX on a live uvicorn server, and the file holds their province only."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from playwright.sync_api import expect
from wagtail.models import Locale

from courses.models import CoursePage
from learning.models import Commune, ProvinceAdministrator
from learning.services import completion_record, learner_commune_set, learner_create
from tests.conftest import VNEID_SLUG
from tests.live import LiveServer, child_env, live_site, manage
from tests.resident import HANOI, HOAN_KIEM, PASSWORD, nfc

pytestmark = pytest.mark.browser

HUE = "46"


# Data, made in a process of the live site's own.


def _completed(commune: Commune) -> None:
    tag = secrets.token_hex(4)
    user = get_user_model().objects.create_user(
        username=f"resident-{tag}", email=f"r.{tag}@example.com", password=PASSWORD
    )
    learner = learner_commune_set(
        learner=learner_create(user=user, full_name="Lò Văn Páo"), commune=commune
    )
    course = CoursePage.objects.get(slug=VNEID_SLUG, locale=Locale.get_default())
    completion_record(learner=learner, course=course)


def site_province_administrator() -> dict:
    """Two completions in Hà Nội, one in Huế, and Hà Nội's administrator."""
    hoan_kiem = Commune.objects.get(code=HOAN_KIEM)
    hoan_kiem.population = 400
    hoan_kiem.save(update_fields=["population"])
    _completed(hoan_kiem)
    _completed(hoan_kiem)
    _completed(Commune.objects.filter(province=HUE).first())
    user = get_user_model().objects.create_user(
        username=f"tinh-{secrets.token_hex(4)}",
        email="quantri.hanoi@example.com",
        password=PASSWORD,
    )
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    communes = Commune.objects.filter(province=HANOI).count()
    return {"username": user.username, "communes": communes}


def on_site(server: LiveServer, function: Callable[..., dict]) -> Any:
    code = (
        f"import json; from {__name__} import {function.__name__} as f; "
        "print(json.dumps(f()))"
    )
    out = manage(
        child_env(database_url=server.database_url), "shell", "--no-imports", "-c", code
    )
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_site(tmp_path_factory.mktemp("live")) as (live,):
        yield live


def test_a_province_administrator_downloads_their_report_as_xlsx(
    server, new_page, tmp_path
):
    administrator = on_site(server, site_province_administrator)
    page = new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", administrator["username"])
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("#reports-summary-section")).to_be_visible()
    page.screenshot(path=tmp_path / "dashboard.png", full_page=True)

    page.goto("/admin/reports/communes/")
    expect(page.locator("table.listing")).to_contain_text("Hoàn Kiếm")
    page.screenshot(path=tmp_path / "report.png", full_page=True)
    with page.expect_download() as download:
        page.locator('button:has(use[href="#icon-dots-horizontal"])').first.click()
        page.get_by_role("link", name="Tải XLSX").click()
    path = tmp_path / "report.xlsx"
    download.value.save_as(path)

    header, *rows = load_workbook(path).active.iter_rows(values_only=True)
    columns = {nfc(heading): n for n, heading in enumerate(header)}
    assert {nfc(row[columns["Tỉnh/thành phố"]]) for row in rows} == {"Thành phố Hà Nội"}
    assert len(rows) == administrator["communes"]
    hoan_kiem = next(row for row in rows if row[0] == HOAN_KIEM)
    assert hoan_kiem[columns["Lượt hoàn thành"]] == 2
    assert hoan_kiem[columns["Độ phủ (%)"]] == pytest.approx(0.5)
