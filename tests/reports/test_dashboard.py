"""The admin home page's panels: an administrator sees their own area at a glance."""

import re

import pytest
from django.contrib.auth.models import Group, Permission

from learning.models import Commune, ProvinceAdministrator, User
from tests.conftest import PASSWORD

HANOI, HUE = "01", "46"
HOAN_KIEM = "00070"
PANELS = ("reports-summary", "reports-communes", "reports-campaigns")


def administrator(province: str) -> User:
    user = User.objects.create_user(username=f"tinh-{province}", password=PASSWORD)
    ProvinceAdministrator.objects.create(user=user, province_id=province)
    return user


@pytest.fixture
def area(courses, record, make_learner, make_campaign):
    """Hà Nội: two residents of Hoàn Kiếm trained out of 1,000; Huế: one."""
    Commune.objects.filter(pk=HOAN_KIEM).update(population=1000)
    hue = Commune.objects.filter(province=HUE).first()
    Commune.objects.filter(pk=hue.pk).update(population=10)
    course = courses["kich-hoat-va-su-dung-vneid"]
    for commune in (HOAN_KIEM, HOAN_KIEM, hue.pk):
        record(learner=make_learner(commune_code=commune), course=course)
    make_campaign(title="Thi đua Hà Nội", province_id=HANOI)
    make_campaign(title="Thi đua Huế", province_id=HUE)
    make_campaign(title="Thi đua toàn quốc")
    make_campaign(title="Chưa chạy", status="draft")
    return hue


def home(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    return response.content.decode()


def panel(html: str, name: str) -> str:
    match = re.search(rf'id="{name}-section".*?</section>', html, re.S)
    assert match, f"no {name} panel"
    return match.group(0)


def test_a_province_administrator_sees_their_province_at_a_glance(client, area):
    html = home(client, administrator(HANOI))

    summary = panel(html, "reports-summary")
    assert "<strong>2</strong>" in summary  # learners and completions
    assert "0,2%" in summary  # 2 of 1,000 residents
    assert summary.count("<rect") == 90
    assert len(re.findall(r'<rect[^>]*height="100(\.0)?"', summary)) == 1  # today

    communes = panel(html, "reports-communes")
    assert "Hoàn Kiếm" in communes
    assert area.name not in communes
    hanoi_communes = Commune.objects.filter(province=HANOI).count()
    assert f"{hanoi_communes - 1} xã, phường chưa có người học" in communes

    campaigns = panel(html, "reports-campaigns")
    assert "Thi đua Hà Nội" in campaigns and "Thi đua toàn quốc" in campaigns
    assert "Thi đua Huế" not in campaigns and "Chưa chạy" not in campaigns


def test_people_without_an_area_see_no_panels(client, area):
    editors = Group.objects.create(name="Biên tập")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = User.objects.create_user(username="bien-tap", password=PASSWORD)
    editor.groups.add(editors)

    html = home(client, editor)

    assert not any(f'id="{name}-section"' in html for name in PANELS)


def test_a_superuser_sees_the_whole_country(client, area):
    root = User.objects.create_superuser(username="root", password=PASSWORD)

    summary = panel(home(client, root), "reports-summary")

    assert "<strong>3</strong>" in summary
