"""JSON endpoints under hostile input: the Wagtail read API (/api/v2/), the
resident's data export, the issuer profile and keys, the health check and the
certificate credential downloads; and JSON bodies sent where a form is expected.

Each answer is a 4xx, or a 200 with valid JSON when the input is acceptable;
never a server error, and nothing is stored.
"""

import json
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from learning.services import learner_profile_update

from .strategies import (
    FEW,
    HOSTILE,
    NFD_NAME,
    PIECES,
    assert_no_server_error,
    dumps,
    form_value,
    hostile_text,
    huge_number,
    json_scalar,
    json_value,
    refused,
    stored,
)

API_ENDPOINTS = ["pages", "images", "documents"]
anything = st.one_of(st.none(), huge_number, form_value)


def params(**values) -> dict:
    return {name: value for name, value in values.items() if value is not None}


def json_or_refused(response) -> None:
    """A 4xx, or a 200 whose body is JSON."""
    assert_no_server_error(response)
    if not refused(response):
        assert response.status_code == 200, response.status_code
        json.loads(response.content)


# Two inputs still break the read API, in Wagtail's own code (see the strict
# expected failures below): NUL in a search, and an offset past the database's
# 64-bit integers. The property test leaves those two out, and keeps the rest.
def _no_nul(value) -> bool:
    return "\x00" not in (value if isinstance(value, str) else "".join(value))


def _offset_fits(value) -> bool:
    try:
        return int(value) < 2**63
    except ValueError:
        return True


@HOSTILE
@given(
    endpoint=st.sampled_from(API_ENDPOINTS),
    search=st.one_of(st.none(), st.one_of(huge_number, form_value).filter(_no_nul)),
    limit=st.one_of(st.none(), st.sampled_from(["0", "1", "50", "51"]), huge_number),
    offset=st.one_of(st.none(), huge_number.filter(_offset_fits)),
    fields=st.one_of(
        st.none(), st.sampled_from(["*", "-title", "_,title", "title(id)"]), form_value
    ),
    type_=st.one_of(
        st.none(),
        st.sampled_from(["courses.CoursePage", "wagtailcore.Page"]),
        form_value,
    ),
    order=st.one_of(st.none(), st.sampled_from(["title", "-id", "random"]), form_value),
    other=st.dictionaries(
        st.sampled_from(
            ["child_of", "descendant_of", "id", "slug", "locale", "translation_of"]
        ),
        st.one_of(huge_number, form_value),
        max_size=2,
    ),
)
@example(
    endpoint="pages",
    search=None,
    limit="20",
    offset=str(2**63 - 1),
    fields=None,
    type_=None,
    order=None,
    other={},
)
@example(
    endpoint="pages",
    search=None,
    limit=None,
    offset=None,
    fields=None,
    type_="courses.CoursePage",
    order=None,
    other={"child_of": "9" * 400, "id": str(2**63)},
)
@example(
    endpoint="pages",
    search="dịch vụ",
    limit="50",
    offset="0",
    fields="*",
    type_="courses.CoursePage",
    order="random",
    other={},
)
@example(
    endpoint="pages",
    search='"vneid" OR * NEAR(a b) -x ^y',
    limit=None,
    offset=None,
    fields=None,
    type_=None,
    order=None,
    other={},
)
def test_the_read_api_with_hostile_parameters(
    searchable_course,
    fresh,
    endpoint,
    search,
    limit,
    offset,
    fields,
    type_,
    order,
    other,
):
    fresh()
    client = Client()
    query = params(
        search=search,
        limit=limit,
        offset=offset,
        fields=fields,
        type=type_,
        order=order,
    )
    query.update(other)
    before = stored()

    response = client.get(f"/api/v2/{endpoint}/", query)

    json_or_refused(response)
    assert stored() == before


@pytest.mark.parametrize(
    "query",
    [
        {"search": "vneid\x00"},
        {"offset": str(2**63)},
        {"offset": "9" * 400},
    ],
    ids=["nul-in-search", "offset-2**63", "offset-400-digits"],
)
def test_the_read_api_refuses_what_the_database_would_not_take(db, query):
    """NUL in the search (learning.middleware), an offset past nine digits
    (courses.api.BoundedPagination): each a 400, not a database error."""
    response = Client().get("/api/v2/pages/", query)

    assert response.status_code == 400


def test_the_read_api_find_view_with_nul_in_the_path(course):
    """Refused before it reaches Wagtail's routing, where PostgreSQL would fail."""
    response = Client().get("/api/v2/pages/find/", {"html_path": "/\x00/"})

    assert response.status_code == 400


@FEW
@given(
    endpoint=st.sampled_from(API_ENDPOINTS),
    pk=st.one_of(
        st.sampled_from(["0", "1", "999999999", "9" * 400, str(2**63)]),
        st.integers(min_value=0, max_value=10**30).map(str),
    ),
    html_path=st.one_of(st.none(), hostile_text),
)
@example(endpoint="pages", pk="9" * 400, html_path="/../../")
def test_the_read_api_detail_and_find_with_hostile_ids(
    course, fresh, endpoint, pk, html_path
):
    fresh()
    client = Client()
    before = stored()

    detail = client.get(f"/api/v2/{endpoint}/{pk}/")
    found = client.get(f"/api/v2/{endpoint}/find/", params(html_path=html_path, id=pk))

    json_or_refused(detail)
    assert_no_server_error(found)
    assert found.status_code in (200, 302, 400, 404)
    assert stored() == before


@FEW
@given(extra=st.dictionaries(hostile_text, form_value, max_size=3))
def test_public_json_ignores_hostile_parameters(db, fresh, extra):
    fresh()
    client = Client()
    before = stored()

    for url in ["/.well-known/jwks.json", reverse("certificates:issuer"), "/healthz"]:
        got = client.get(url, extra)
        posted = client.post(url, extra)

        parts = [key for key in extra] + [
            part
            for value in extra.values()
            for part in (value if isinstance(value, list) else [value])
        ]
        if any("\x00" in part for part in parts):
            assert got.status_code == 400  # NulRefusedMiddleware
        else:
            assert got.status_code == 200, (url, got.status_code)
            assert json.loads(got.content)
        # They only answer GET (the health check takes any method: it reads).
        assert_no_server_error(posted, url)
    assert stored() == before


names = st.lists(st.sampled_from(PIECES[:14]), min_size=1, max_size=5).map(" ".join)


@FEW
@given(name=names, extra=st.dictionaries(hostile_text, form_value, max_size=2))
@example(name=NFD_NAME + " \u202e\u200d👩🏽\u200d💻", extra={"format": "xml"})
def test_the_data_export_is_valid_json_whatever_the_name(
    resident, resident_client, fresh, name, extra
):
    """Whatever characters a stored name holds, the export is JSON that gives
    back exactly the name stored."""
    fresh()
    learner_profile_update(
        learner=resident,
        full_name=name,
        birth_year=None,
        youth_union_member=False,
        show_on_boards=False,
    )
    before = stored()

    response = resident_client.get(reverse("learning:data_export"), extra)
    refused_post = resident_client.post(reverse("learning:data_export"), extra)

    assert response.status_code == 200
    assert resident.full_name in json.dumps(
        json.loads(response.content), ensure_ascii=False
    )
    assert refused_post.status_code == 405
    assert stored() == before


@FEW
@given(code=hostile_text.filter(bool))
@example(code="\x00")
@example(code="A" * 43 + "\x00")
@example(code="../../issuer.json")
def test_credential_and_verification_addresses_with_hostile_codes(db, fresh, code):
    fresh()
    client = Client()
    quoted = quote(code, safe="")
    before = stored()

    credential = client.get(f"/certificates/verify/{quoted}/credential.jwt")
    page = client.get(f"/certificates/verify/{quoted}/")
    legacy = client.get(f"/learn/certificates/{quoted}/")

    missing = 400 if "\x00" in code else 404  # NUL: NulRefusedMiddleware
    assert credential.status_code == missing, credential.status_code
    assert page.status_code == missing, page.status_code
    assert_no_server_error(legacy)
    assert legacy.status_code in (200, missing)
    assert stored() == before


FORM_POSTS = [
    "account_signup",
    "account_login",
    "account_request_login_code",
    "account_reset_password_sms",
    "account_reset_password",
    "certificates:lookup",
    "certificates:credential_check",
    "learning:text_size",
    "learning:data_saver",
]


@FEW
@given(value=json_value)
@example(value={"full_name": "Nguyễn Thị Hồng", "email": "x@example.com"})
@example(value=[{"login": "0912 345 678", "password": "x"}] * 3)
def test_json_bodies_sent_to_forms_are_refused(db, fresh, value):
    """The forms read form fields: a JSON body is no form, and gets a 400."""
    fresh()
    client = Client()
    before = stored()

    for name in FORM_POSTS:
        response = client.post(
            reverse(name), dumps(value), content_type="application/json"
        )

        assert refused(response), (name, response.status_code)
    assert stored() == before


number = st.one_of(st.integers(min_value=-(10**12), max_value=10**12), json_value)
item_fields = {
    "id": st.one_of(st.text(max_size=70), json_scalar),
    "kind": st.one_of(st.sampled_from(["lesson", "quiz"]), json_value),
    "lesson": number,
    "course": number,
    "seconds": number,
    "answers": json_value,
}
offline_item = st.fixed_dictionaries({}, optional=item_fields)


@HOSTILE
@given(
    items=st.one_of(st.lists(offline_item, max_size=4), json_value),
    whole=st.one_of(st.none(), json_value),
)
def test_a_phones_offline_queue_of_any_shape_is_answered_not_broken(
    course, resident, resident_client, fresh, items, whole
):
    """Progress a phone kept offline (learning.services.offline): each item is
    applied or refused with a reason; a queue that is not one this site's pages
    make is a 400 with nothing stored."""
    fresh()
    body = {"user": resident.user.pk, "items": items} if whole is None else whole
    before = stored()

    response = resident_client.post(
        reverse("learning:offline_sync"), dumps(body), content_type="application/json"
    )

    assert_no_server_error(response)
    answer = json.loads(response.content)
    if refused(response):
        assert answer["error"]
        assert stored() == before
    else:
        assert len(answer["results"]) == len(items)
