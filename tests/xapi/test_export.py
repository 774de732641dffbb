"""The xAPI export in the Wagtail admin: scope, dates, access and the audit log."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from learning.models import Commune, Completion, ProvinceAdministrator, User

from .conftest import learn
from .schema import assert_valid

URL = "/admin/xapi/export/"
HANOI, HUE = "01", "46"
COMMUNE = "http://127.0.0.1:8000/xapi/extensions/commune"


def admin_user(name: str) -> User:
    """An account that may open the Wagtail admin, and nothing more yet."""
    user = User.objects.create_user(username=name, password="!")
    editors = Group.objects.create(name=f"Admin access {name}")
    editors.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    user.groups.add(editors)
    return user


@pytest.fixture
def province_admin(units) -> User:
    user = admin_user("tinh-ha-noi")
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    return user


@pytest.fixture
def hue_learner(course, make_learner):
    """A learner in Huế, outside Hà Nội, who passed the course."""
    code = Commune.objects.filter(province=HUE).values_list("pk", flat=True).first()
    learner = make_learner(full_name="Phạm Thị Huế", commune_code=code)
    learn(course, learner, passing=True)
    return learner


def today() -> str:
    return timezone.localdate().isoformat()


def download(client, **params):
    response = client.get(URL, params)
    body = b"".join(response.streaming_content) if response.streaming else None
    return response, body


def exports_logged() -> list[ModelLogEntry]:
    return list(ModelLogEntry.objects.filter(action="xapi.export"))


def test_the_form_offers_the_last_30_days(client, province_admin):
    client.force_login(province_admin)

    response = client.get(URL)

    assert response.status_code == 200
    form = response.context["form"]
    start, end = form.initial["start"], form.initial["end"]
    assert end == timezone.localdate()
    assert (end - start).days + 1 == 30
    assert reverse("xapi_export") == URL
    assert not exports_logged()


def test_a_province_administrator_gets_only_their_provinces_events(
    client, province_admin, events, hue_learner, course
):
    client.force_login(province_admin)

    response, body = download(client, start=today(), end=today())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    statements = json.loads(body)
    assert_valid(statements)
    communes = {s["context"]["extensions"][COMMUNE] for s in statements}
    assert communes == {"00070"}  # Hoàn Kiếm, in Hà Nội; not Huế
    lessons = course.lessons().count()
    # Two learners: their lessons, two attempts each reported twice, one course.
    assert len(statements) == 2 * lessons + 2 * 2 + 1
    [entry] = exports_logged()
    assert entry.user_id == province_admin.pk
    assert entry.data == {"start": today(), "end": today(), "count": len(statements)}


def test_events_outside_the_days_are_left_out(client, province_admin, events):
    Completion.objects.filter(pk=events.completion.pk).update(
        completed_at=timezone.now() - timedelta(days=40)
    )
    client.force_login(province_admin)

    _response, body = download(client, start=today(), end=today())
    statements = json.loads(body)
    _response, older = download(
        client,
        start=(timezone.localdate() - timedelta(days=41)).isoformat(),
        end=(timezone.localdate() - timedelta(days=39)).isoformat(),
    )

    assert not [
        s for s in statements if s["object"]["definition"]["type"].endswith("/course")
    ]
    [completion] = json.loads(older)
    assert completion["object"]["definition"]["type"].endswith("/course")


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"start": "2025-13-01", "end": "2025-12-31"}, id="no such date"),
        pytest.param({"start": "hôm qua", "end": "2025-12-31"}, id="not a date"),
        pytest.param({"start": "2025-12-31", "end": "2025-12-01"}, id="end first"),
        pytest.param({"start": "2024-01-01", "end": "2025-01-01"}, id="367 days"),
        pytest.param({"start": "2025-01-01"}, id="no end"),
        pytest.param({"start": "0001-01-01", "end": "0001-12-31"}, id="year 1"),
        pytest.param({"start": "9999-12-01", "end": "9999-12-31"}, id="year 9999"),
    ],
)
def test_bad_dates_are_400_and_export_nothing(client, province_admin, events, params):
    client.force_login(province_admin)

    response = client.get(URL, params)

    assert response.status_code == 400
    assert not response.streaming
    assert response.context["form"].errors
    assert not exports_logged()


def test_a_whole_year_is_allowed(client, province_admin, events):
    client.force_login(province_admin)

    response, body = download(client, start="2024-01-01", end="2024-12-31")

    assert response.status_code == 200
    assert json.loads(body) == []
    assert exports_logged()[0].data["count"] == 0


def test_an_administrator_without_a_scope_is_refused(client, events):
    client.force_login(admin_user("khong-pham-vi"))

    response = client.get(URL, {"start": today(), "end": today()})

    assert response.status_code == 403
    assert client.get(URL).status_code == 403
    assert not exports_logged()


def test_without_admin_access_or_a_login_the_export_is_not_reached(
    client, events, make_learner
):
    anonymous = client.get(URL, {"start": today(), "end": today()})
    client.force_login(events.passed.user)
    resident = client.get(URL, {"start": today(), "end": today()})

    assert anonymous.status_code == resident.status_code == 302
    assert anonymous["Location"].startswith(reverse("wagtailadmin_login"))
    assert resident["Location"].startswith(reverse("wagtailadmin_login"))
    assert not exports_logged()


def test_the_reports_menu_offers_it_only_to_administrators_with_a_scope(
    client, province_admin
):
    client.force_login(province_admin)
    shown = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(admin_user("khong-pham-vi"))
    hidden = client.get(reverse("wagtailadmin_home")).content.decode()

    assert URL in shown
    assert URL not in hidden


def test_the_export_is_named_in_the_site_history(client, province_admin, events):
    client.force_login(province_admin)
    download(client, start=today(), end=today())
    superuser = User.objects.create_superuser(username="root", password="!")
    client.force_login(superuser)

    history = client.get(reverse("wagtailadmin_reports:site_history"))

    [entry] = exports_logged()
    with translation.override("vi"):
        message = entry.formatter.format_message(entry)
    assert history.status_code == 200
    assert escape(message) in history.content.decode()
