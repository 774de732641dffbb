"""Every address of the site with hostile values in its path and query.

The site's own routes (learning, certificates, leaderboards, accounts, the read
API, health and keys) are enumerated from the URL resolver, each parameter
filled with hostile text: other scripts, combining marks, NUL, control
characters, numbers far past any database integer. GET and POST, signed in as a
resident, must answer with a 4xx or a page, never a server error, and store
nothing. The forms, JSON endpoints, websocket and replayed tokens have their own
property tests in tests/bad_input/.
"""

import re
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import get_resolver
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from learning.services import learner_create
from tests.bad_input.strategies import (
    HOSTILE,
    assert_no_server_error,
    hostile_text,
    huge_number,
    mixed_text,
    stored,
)
from tests.test_security import routes

User = get_user_model()
# Prefixes of the site's own pages; the Wagtail and Django admins are left out.
OWN = (
    "learn/",
    "certificates/",
    "leaderboard/",
    "accounts/",
    "api/v2/",
    "healthz",
    ".well-known/",
    "i18n/",
)
PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


def _own(route: str) -> bool:
    return route.startswith(OWN) and not any(mark in route for mark in "()[]\\?*+")


def routes_with_text_parameters() -> list[str]:
    """The site's own routes with a parameter that takes text or any number."""
    return sorted(
        {
            route
            for route in routes(get_resolver())
            if _own(route)
            and any(kind != "id" for kind, _name in PARAMETER.findall(route))
        }
    )


def routes_with_ids() -> list[str]:
    """Routes whose parameters are all row ids: at most nine digits, so anything
    else is refused by the resolver before a view sees it."""
    return sorted(
        {
            route
            for route in routes(get_resolver())
            if _own(route)
            and PARAMETER.search(route)
            and all(kind == "id" for kind, _name in PARAMETER.findall(route))
        }
    )


def own_routes() -> list[str]:
    return sorted(
        {route for route in routes(get_resolver()) if _own(route) and "<" not in route}
    )


def filled(route: str, values: list[str]) -> str:
    """The route with each parameter replaced by the next value, URL-quoted."""
    supply = iter(values)
    return "/" + PARAMETER.sub(lambda _m: quote(next(supply), safe=""), route)


@pytest.fixture
def resident_client(db):
    user = User.objects.create_user(username="cu-dan", password="!")
    learner_create(user=user, full_name="Nguyễn Thị Hồng")
    client = Client()
    client.force_login(user)
    return client


segments = st.one_of(
    hostile_text.filter(bool),
    huge_number.filter(bool),
    st.integers(min_value=0, max_value=10**30).map(str),
)


def test_the_sweep_finds_the_sites_own_routes():
    assert "certificates/verify/<str:code>/" in routes_with_text_parameters()
    assert "leaderboard/campaigns/<int:pk>/results/" in routes_with_text_parameters()
    assert "learn/courses/<id:course_id>/quiz/" in routes_with_ids()
    assert "learn/me/profile/" in own_routes()
    assert ".well-known/jwks.json" in own_routes()
    assert "i18n/setlang/" in own_routes()
    assert len(routes_with_text_parameters() + routes_with_ids()) >= 20


@pytest.mark.parametrize("route", routes_with_text_parameters())
@hypothesis_settings(HOSTILE, max_examples=3)
@given(values=st.lists(segments, min_size=3, max_size=3))
@example(values=["\x00", "\x00", "\x00"])
@example(values=["9" * 400, "9" * 400, "9" * 400])
@example(values=[str(2**63), "00070\x00", "01\x00"])
def test_hostile_path_parameters_never_break_a_page(resident_client, route, values):
    url = filled(route, values)
    before = stored()

    got = resident_client.get(url)
    posted = resident_client.post(url, {"x": values[0]})

    assert_no_server_error(got, f"GET {url!r}")
    assert_no_server_error(posted, f"POST {url!r}")
    assert stored() == before


ID_VALUES = ["999999999", "0", "000000001", "1234567890", "\x00", "١٢٣", "1\x00"]


@pytest.mark.parametrize("route", routes_with_ids())
def test_ids_that_are_no_rows_are_not_found(resident_client, route):
    """No row has these ids; longer or other digits never reach a view."""
    before = stored()

    for value in ID_VALUES:
        url = filled(route, [value] * 3)
        got = resident_client.get(url)
        posted = resident_client.post(url, {"x": value})

        # 400: NUL in the address (learning.middleware.NulRefusedMiddleware).
        assert got.status_code in (400, 403, 404, 405), (url, got.status_code)
        assert posted.status_code in (400, 403, 404, 405), (url, posted.status_code)
    assert stored() == before


@hypothesis_settings(HOSTILE, max_examples=40)
@given(
    route=st.sampled_from(own_routes()),
    query=st.dictionaries(
        st.one_of(
            st.sampled_from(["next", "q", "campaign", "page", "province", "lang"]),
            mixed_text,
        ),
        st.one_of(hostile_text, huge_number),
        min_size=1,
        max_size=3,
    ),
)
@example(route="leaderboard/", query={"campaign": "9" * 400, "next": "//evil.example/"})
@example(route="leaderboard/", query={"campaign": "1\x00", "q": "\x00"})
@example(route="learn/me/commune/", query={"province": "01\x00", "next": "\x00"})
@example(route="learn/me/commune/", query={"q": "\x00", "province": "9" * 400})
def test_hostile_query_strings_never_break_a_page(resident_client, route, query):
    url = filled(route, [])
    before = stored()

    response = resident_client.get(url, query)

    assert_no_server_error(response, f"GET {url!r}")
    assert stored() == before


@pytest.mark.parametrize(
    "url",
    [
        "/leaderboard/province/%00/",
        "/leaderboard/commune/%00/",
        "/leaderboard/commune/00070%00/",
    ],
)
def test_nul_in_a_board_address_is_refused(resident_client, url):
    """PostgreSQL takes no NUL in a query: it is refused before any (a 400)."""
    response = resident_client.get(url)

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Không được dùng ký tự rỗng" in response.content.decode()
