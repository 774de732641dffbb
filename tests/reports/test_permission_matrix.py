"""Every role against every report, export and admin view: who gets in, who is
refused, and that what comes out holds only their own area."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from courses.roles import EDITORS, PUBLISHERS, REVIEWERS
from learning.models import Commune, CommuneAdministrator, ProvinceAdministrator, User
from learning.services import helper_grant
from tests.conftest import PASSWORD

from .conftest import VNEID

HANOI, HUE = "01", "46"
HOAN_KIEM = "00070"
# Let in; sent to sign in; refused (a 403, or Wagtail's "no permission" redirect to
# the dashboard).
IN, OUT, REFUSED = "in", "sign in", "refused"

ROLES = (
    "anonymous",
    "learner",
    "helper",
    "editor",
    "reviewer",
    "publisher",
    "commune",
    "province",
    "national",
    "superuser",
)
# The views, and for each role in ROLES order what it gets.
MATRIX = {
    "/admin/": (OUT, OUT, OUT, IN, IN, IN, IN, IN, IN, IN),
    "/admin/reports/communes/": (OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN),
    "/admin/reports/communes/?export=csv": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/reports/communes/?export=xlsx": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/xapi/export/": (OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN),
    "/admin/xapi/export/?start=2020-01-01&end=2020-12-31": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/population/": (OUT, OUT, OUT, *[REFUSED] * 4, IN, IN, IN),
    "/admin/population/template.csv": (OUT, OUT, OUT, *[REFUSED] * 4, IN, IN, IN),
    "/admin/reports/site-history/": (OUT, OUT, OUT, IN, IN, IN, *[REFUSED] * 2, IN, IN),
    "/admin/snippets/learning/certificate/": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/snippets/learning/assistedsession/": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/snippets/learning/helper/": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/snippets/learning/communeadministrator/": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/snippets/learning/provinceadministrator/": (
        OUT, OUT, OUT, *[REFUSED] * 5, IN, IN,
    ),
    "/admin/snippets/learning/commune/": (
        OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN,
    ),
    "/admin/campaigns/": (OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN),
    "/admin/fairplay_flags/": (OUT, OUT, OUT, *[REFUSED] * 3, IN, IN, IN, IN),
}  # fmt: skip


def national_administrators() -> Group:
    """A group for the whole country: the admin, and what national work needs."""
    group = Group.objects.create(name="Quản trị quốc gia")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "administer_country",
                "view_commune",
                "change_commune",
                "view_certificate",
                "view_assistedsession",
                "view_helper",
                "view_communeadministrator",
                "view_provinceadministrator",
                "view_campaign",
                "view_flag",
            ]
        )
    )
    return group


@pytest.fixture
def people(units, courses, make_learner, record) -> dict[str, User | None]:
    """One person per role, and a completion in Hoàn Kiếm and one in Huế."""
    hue = Commune.objects.filter(province=HUE).order_by("code").first()
    for commune in (HOAN_KIEM, hue.pk):
        record(learner=make_learner(commune_code=commune), course=courses[VNEID])

    def account(name: str, *groups: str) -> User:
        user = User.objects.create_user(username=name, password=PASSWORD)
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    secretary = account("bi-thu")
    CommuneAdministrator.objects.create(user=secretary, commune_id=HOAN_KIEM)
    province = account("tinh")
    ProvinceAdministrator.objects.create(user=province, province_id=HANOI)
    national = account("quoc-gia")
    national.groups.add(national_administrators())
    helper = account("tinh-nguyen")
    helper_grant(
        by=secretary,
        user=helper,
        commune=Commune.objects.get(pk=HOAN_KIEM),
        kind="youth_union",
    )
    return {
        "anonymous": None,
        "learner": make_learner().user,
        "helper": helper,
        "editor": account("bien-tap", EDITORS),
        "reviewer": account("duyet", REVIEWERS),
        "publisher": account("xuat-ban", PUBLISHERS),
        "commune": secretary,
        "province": province,
        "national": national,
        "superuser": User.objects.create_superuser(username="root", password="!"),
        "hue": hue,
    }


def status(client, url: str, user: User | None) -> int:
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    if response.status_code == 200:
        return IN
    if response.status_code == 302 and "login" in response["Location"]:
        return OUT
    if response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    ):
        return REFUSED
    return f"{response.status_code} {response.get('Location', '')}"


@pytest.mark.parametrize("url", MATRIX)
def test_every_role_gets_what_it_should(client, people, url):
    got = tuple(status(client, url, people[role]) for role in ROLES)

    assert dict(zip(ROLES, got, strict=True)) == dict(
        zip(ROLES, MATRIX[url], strict=True)
    )


def report_codes(client, user) -> set[str]:
    """The commune codes (the first column) of the report's CSV export."""
    client.force_login(user)
    body = b"".join(client.get("/admin/reports/communes/?export=csv").streaming_content)
    header, *rows = csv.reader(io.StringIO(body.decode("utf-8-sig")))
    return {row[0] for row in rows}


def xapi_communes(client, user) -> set[str]:
    """The communes the statements of the xAPI export are about."""
    client.force_login(user)
    today = timezone.localdate()
    response = client.get(
        f"/admin/xapi/export/?start={today - timedelta(days=30)}&end={today}"
    )
    statements = json.loads(b"".join(response.streaming_content))
    return {
        value
        for statement in statements
        for key, value in statement["context"]["extensions"].items()
        if key.endswith("/commune")
    }


@pytest.mark.parametrize("role", ["commune", "province", "national"])
def test_exports_hold_only_the_area(client, people, role):
    hanoi = Commune.objects.filter(province=HANOI)
    expected = {
        "commune": {HOAN_KIEM},
        "province": set(hanoi.values_list("code", flat=True)),
        "national": set(Commune.objects.values_list("code", flat=True)),
    }[role]

    assert report_codes(client, people[role]) == expected
    assert xapi_communes(client, people[role]) == (
        {HOAN_KIEM, people["hue"].pk} if role == "national" else {HOAN_KIEM}
    )
