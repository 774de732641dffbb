"""Who may open what: every view of the site and every websocket route, against every
role, anonymous included, and each person's records against everyone else.

The matrix names each of the site's own routes; a route added without a row fails
`test_the_matrix_names_every_route_of_the_site`. The Wagtail admin's own views are
covered as a whole (nobody without admin access gets into any of them) and, per
report and export, by tests/reports/test_permission_matrix.py.
"""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.urls import get_resolver

from courses.roles import EDITORS
from leaderboard.routing import websocket_urlpatterns
from learning.asgi import application
from learning.models import (
    Commune,
    CommuneAdministrator,
    Helper,
    HelperKind,
    ProvinceAdministrator,
    User,
)
from learning.services import (
    certificate_issue,
    completion_record,
    helper_grant,
    phone_profile_add,
    resident_register,
)
from tests.conftest import PASSWORD, logged_in, record_passed
from tests.reports.test_permission_matrix import national_administrators
from tests.test_security import filled, routes

HANOI, HOAN_KIEM, OTHER_COMMUNE = "01", "00070", "00004"

# What a person gets: the page (200, or 400 for a form sent empty), sent to sign in,
# refused (403), not found (404: someone else's record is not even said to exist),
# sent elsewhere (another redirect), or the method is not allowed.
OK, LOGIN, REFUSED, NOT_FOUND, ELSEWHERE = "ok", "login", "403", "404", "redirect"

L, R, N, E = LOGIN, REFUSED, NOT_FOUND, ELSEWHERE

ROLES = (
    "anonymous",
    "learner",  # of Hoàn Kiếm, with a certificate
    "other_learner",  # of another commune, nothing completed
    "helper",  # of Hoàn Kiếm
    "other_helper",  # of another commune
    "commune",  # Hoàn Kiếm's administrator
    "other_commune",  # another commune's administrator
    "province",  # Hà Nội's administrator
    "national",
    "editor",
    "superuser",
)


def account(name: str) -> User:
    return User.objects.create_user(username=name, password=PASSWORD)


@pytest.fixture
def world(units, course, make_learner, make_campaign) -> dict:
    """One person per role, and a record of each kind that belongs to someone."""
    hoan_kiem = Commune.objects.get(code=HOAN_KIEM)
    other = Commune.objects.get(code=OTHER_COMMUNE)
    learner = make_learner(commune_code=HOAN_KIEM)
    certificate = certificate_issue(
        completion=completion_record(learner=learner, course=course)
    )
    administrators = {}
    helpers = {}
    for role, commune in (("", hoan_kiem), ("other_", other)):
        administrators[role] = account(f"{role}bi-thu")
        CommuneAdministrator.objects.create(user=administrators[role], commune=commune)
        helpers[role] = account(f"{role}tinh-nguyen")
        helper_grant(
            by=administrators[role],
            user=helpers[role],
            commune=commune,
            kind=HelperKind.YOUTH_UNION,
        )
    resident = resident_register(
        helper=helpers[""], full_name="Lò Thị Mai", birth_year=1956
    )
    session = record_passed(helper=helpers[""], resident=resident, course=course)
    province = account("tinh")
    ProvinceAdministrator.objects.create(user=province, province_id=HANOI)
    national = account("quoc-gia")
    national.groups.add(national_administrators())
    editor = account("bien-tap")
    editor.groups.add(Group.objects.get(name=EDITORS))
    people = {
        "anonymous": None,
        "learner": learner.user,
        "other_learner": make_learner(
            full_name="Trần Văn Bảo", commune_code=OTHER_COMMUNE
        ).user,
        "helper": helpers[""],
        "other_helper": helpers["other_"],
        "commune": administrators[""],
        "other_commune": administrators["other_"],
        "province": province,
        "national": national,
        "editor": editor,
        "superuser": User.objects.create_superuser(username="root", password="!"),
    }
    values = {
        "lesson_id": course.lessons().first().pk,
        "course_id": course.pk,
        "learner_id": resident.pk,
        "session_id": session.pk,
        "helper_id": Helper.objects.get(user=helpers[""]).pk,
        # The learner's, on her own phone: nobody else's phone opens it.
        "profile_id": phone_profile_add(
            device="the-learners-phone", user=learner.user, pin="1357"
        ).pk,
        "serial": certificate.number,
        "code": certificate.code,
        "province_code": HANOI,
        "commune_code": HOAN_KIEM,
        "pk": make_campaign().pk,
    }
    return {"people": people, "values": values, "campaign": values["pk"]}


def outcome(response) -> str:
    status = response.status_code
    if status in (200, 400):
        return OK
    if status in (301, 302):
        location = response["Location"]
        return LOGIN if "/login/" in location else ELSEWHERE
    return str(status)


def url_for(route: str, values: dict) -> str:
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m[1]]), route)


def visit(client: Client, method: str, url: str, user: User | None) -> str:
    client.logout()
    if user is not None:
        client.force_login(user)
    send = client.post if method == "POST" else client.get
    return outcome(send(url))


# Each route of the site's own, the method it is tried with (POST routes are sent an
# empty form: getting past the checks to the form's own errors counts as OK), and
# what each role in ROLES order gets.
MATRIX = {
    ("GET", "healthz"): (OK,) * 11,
    ("GET", ".well-known/jwks.json"): (OK,) * 11,
    ("GET", "sw.js"): (OK,) * 11,
    ("GET", "manifest.webmanifest"): (OK,) * 11,
    ("GET", "offline/"): (OK,) * 11,
    ("GET", "favicon.ico"): (E,) * 11,
    ("POST", "i18n/setlang/"): (E,) * 11,
    ("GET", "learn/"): (L, *(OK,) * 10),
    ("GET", "learn/me/commune/"): (L, *(OK,) * 10),
    ("GET", "learn/me/profile/"): (L, *(OK,) * 10),
    ("GET", "learn/me/data.json"): (L, *(OK,) * 10),
    ("GET", "learn/me/delete/"): (L, *(OK,) * 10),
    # Everyone signed in learns for themselves: back to the lesson.
    ("POST", "learn/lessons/<id:lesson_id>/finish/"): (L, *(E,) * 10),
    ("POST", "learn/text-size/"): (OK,) * 11,
    ("POST", "learn/data-saver/"): (OK,) * 11,
    ("GET", "learn/helper/"): (L, R, R, OK, OK, R, R, R, R, R, R),
    ("GET", "learn/helper/residents/new/"): (L, R, R, OK, OK, R, R, R, R, R, R),
    ("GET", "learn/helper/residents/<id:learner_id>/"): (
        L, R, R, OK, N, R, R, R, R, R, R,
    ),
    ("GET", "learn/helper/residents/<id:learner_id>/courses/<id:course_id>/session/"): (
        L, R, R, OK, N, R, R, R, R, R, R,
    ),
    # The session is recorded already: its page sends the helper back.
    ("GET", "learn/helper/sessions/<id:session_id>/confirm/"): (
        L, R, R, E, N, R, R, R, R, R, R,
    ),
    ("POST", "learn/helper/sessions/<id:session_id>/resend/"): (
        L, R, R, OK, N, R, R, R, R, R, R,
    ),
    ("GET", "learn/commune/helpers/"): (L, R, R, R, R, OK, OK, R, R, R, R),
    ("POST", "learn/commune/helpers/<id:helper_id>/revoke/"): (
        L, R, R, R, R, E, N, R, R, R, R,
    ),
    ("POST", "learn/commune/sessions/<id:session_id>/void/"): (
        L, R, R, R, R, OK, N, R, R, R, R,
    ),
    ("GET", "learn/courses/<id:course_id>/quiz/"): (L, *(OK,) * 10),
    ("GET", "learn/courses/<id:course_id>/offline.json"): (L, *(OK,) * 10),
    ("GET", "learn/offline/sync/"): (R, *(OK,) * 10),
    ("POST", "learn/offline/sync/"): (R, *(OK,) * 10),
    ("GET", "learn/phone/"): (OK,) * 11,
    ("POST", "learn/phone/join/"): (L, *(OK,) * 10),
    ("POST", "learn/phone/leave/"): (L, *(E,) * 10),
    ("POST", "learn/phone/<id:profile_id>/"): (N,) * 11,
    # Only the learner who completed the course has its certificate.
    ("GET", "learn/courses/<id:course_id>/certificate.pdf"): (L, OK, *(N,) * 9),
    ("GET", "learn/courses/<id:course_id>/credential.jwt"): (L, OK, *(N,) * 9),
    ("GET", "learn/certificates/<str:serial>/"): (OK,) * 11,
    ("GET", "learn/commune/certificates/"): (L, R, R, R, R, OK, OK, R, R, R, R),
    ("POST", "learn/commune/certificates.pdf"): (L, R, R, R, R, OK, OK, R, R, R, R),
    ("GET", "certificates/verify/"): (OK,) * 11,
    ("GET", "certificates/verify/credential/"): (OK,) * 11,
    ("GET", "certificates/verify/<str:code>/"): (OK,) * 11,
    ("GET", "certificates/verify/<str:code>/credential.jwt"): (OK,) * 11,
    ("GET", "certificates/issuer.json"): (OK,) * 11,
    ("GET", "leaderboard/"): (OK,) * 11,
    ("GET", "leaderboard/province/<str:province_code>/"): (OK,) * 11,
    ("GET", "leaderboard/commune/<str:commune_code>/"): (OK,) * 11,
    ("GET", "leaderboard/campaigns/<int:pk>/results/"): (OK,) * 11,
    # For the admin only; 409: the campaign has not ended, so has no winners yet.
    ("GET", "leaderboard/campaigns/<int:pk>/merit.pdf"): (
        L, R, R, R, R, *("409",) * 6,
    ),
}  # fmt: skip

# A private campaign: its boards and results are for people who work in the admin.
PRIVATE = {
    "/leaderboard/?campaign={private}": (*(R,) * 5, *(OK,) * 6),
    "/leaderboard/province/01/?campaign={private}": (*(R,) * 5, *(OK,) * 6),
    "/leaderboard/campaigns/{private}/results/": (*(R,) * 5, *(OK,) * 6),
}

# Routes not in MATRIX, and why.
ELSEWHERE_COVERED = (
    "accounts/",  # allauth's sign-in pages: open to all, by nature
    "api/v2/",  # the read-only API of published pages (tests/courses/test_api.py)
    "documents/",  # Wagtail's documents, private by collection
    "_util/",  # Wagtail's page-privacy password and login forms
    "((?:[\\w\\-]+/)*)",  # Wagtail's pages: the courses and lessons
)
# The admin pages anybody may open: signing in and resetting a password.
ADMIN_PUBLIC = {
    "/admin/login/",
    "/admin/password_reset/",
    "/admin/password_reset/complete/",
    "/admin/password_reset/confirm/abc/abc/",
    "/admin/password_reset/done/",
    "/admin/sprite/",
    "/admin/jsi18n/",
    "/django-admin/login/",
    "/django-admin/logout/",
}


def test_the_matrix_names_every_route_of_the_site():
    named = {route for _method, route in MATRIX}
    missing = [
        route
        for route in routes(get_resolver())
        if not route.startswith(("admin/", "django-admin/", *ELSEWHERE_COVERED))
        and route not in named
    ]

    assert missing == []


def test_every_role_gets_what_it_should_from_every_view(client, world):
    got, expected = {}, {}
    for (method, route), outcomes in MATRIX.items():
        url = url_for(route, world["values"])
        for role, wanted in zip(ROLES, outcomes, strict=True):
            # Each visit is undone, so that one role's action (a revoke, a void)
            # does not change what the next one finds.
            with transaction.atomic():
                got[route, role] = visit(client, method, url, world["people"][role])
                transaction.set_rollback(True)
            expected[route, role] = wanted

    assert {key: value for key, value in got.items() if value != expected[key]} == {}


def test_private_campaigns_are_for_the_admin_alone(client, world, make_campaign):
    private = make_campaign(public=False).pk
    got = {
        (url, role): visit(client, "GET", url.format(private=private), person)
        for url in PRIVATE
        for role, person in world["people"].items()
    }

    assert got == {
        (url, role): wanted
        for url, outcomes in PRIVATE.items()
        for role, wanted in zip(ROLES, outcomes, strict=True)
    }


def test_nobody_without_admin_access_gets_into_the_admin(client, world):
    urls = sorted(
        {
            url
            for route in routes(get_resolver())
            if route.startswith(("admin/", "django-admin/")) and (url := filled(route))
        }
    )
    assert len(urls) > 300
    let_in = []
    for role in ("anonymous", "learner", "helper"):
        for url in urls:
            got = visit(client, "GET", url, world["people"][role])
            if got not in (LOGIN, REFUSED) and url not in ADMIN_PUBLIC:
                let_in.append((role, url, got))

    assert let_in == []


# Each websocket route, and who may watch it: a public campaign's boards are for
# everyone (4404 for a board that does not exist), a private one's for the admin.
SOCKETS = {
    "ws/leaderboard/<int:campaign>/": "{campaign}/",
    "ws/leaderboard/<int:campaign>/<str:kind>/<str:code>/": "{campaign}/province/01/",
}
REFUSED_CLOSE = 4403


def test_the_socket_matrix_names_every_websocket_route():
    assert {str(route.pattern) for route in websocket_urlpatterns} == set(SOCKETS)


def cookie(user: User | None) -> list[tuple[bytes, bytes]]:
    if user is None:
        return []
    session = logged_in(user).cookies["sessionid"].value
    return [(b"cookie", f"sessionid={session}".encode())]


async def watch(path: str, headers: list) -> bool | int:
    """True when the board opens and sends its snapshot, else the close code."""
    communicator = WebsocketCommunicator(
        application,
        f"/ws/leaderboard/{path}",
        headers=[(b"origin", b"http://127.0.0.1:8000"), *headers],
    )
    connected, code = await communicator.connect()
    if not connected:
        return code
    try:
        return (await communicator.receive_json_from(timeout=5))["type"] == "snapshot"
    finally:
        await communicator.disconnect()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_every_role_watches_what_it_should_on_every_socket(world, make_campaign):
    private = await database_sync_to_async(make_campaign)(public=False)
    cookies = {
        role: await database_sync_to_async(cookie)(person)
        for role, person in world["people"].items()
    }
    got, expected = {}, {}
    for path in SOCKETS.values():
        for campaign, allowed in (
            (world["campaign"], set(ROLES)),
            (private.pk, set(ROLES[5:])),
        ):
            for role in ROLES:
                key = (path.format(campaign=campaign), role)
                got[key] = await watch(key[0], cookies[role])
                expected[key] = True if role in allowed else REFUSED_CLOSE

    assert {key: value for key, value in got.items() if value != expected[key]} == {}


def test_each_persons_export_and_profile_hold_only_their_own_records(client, world):
    learner = world["people"]["learner"].learner
    certificate = learner.completions.get().certificate
    theirs = (learner.full_name, learner.user.email, certificate.number_display)
    seen = {}
    for role in ("other_learner", "helper", "commune", "national", "superuser"):
        client.force_login(world["people"][role])
        pages = [
            client.get(url) for url in ("/learn/me/data.json", "/learn/me/profile/")
        ]
        seen[role] = [value for page in pages for value in theirs if value in page.text]
    client.force_login(world["people"]["learner"])
    own = client.get("/learn/me/data.json").text

    assert seen == {role: [] for role in seen}
    assert all(value in own for value in theirs)
