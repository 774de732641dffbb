"""Headers and CSRF: the public site runs no inline script under its
Content-Security-Policy, and no POST anywhere goes through without a CSRF token."""

import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from learning.services import certificate_issue, quiz_submit
from tests.conftest import correct_answers, study

DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


class InlineCode(HTMLParser):
    """What a strict policy would block: inline scripts, on* handlers and
    javascript: links."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        self._in_script = (
            tag == "script"
            and "src" not in attributes
            and attributes.get("type") not in DATA_SCRIPT_TYPES
        )

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"<script>{data.strip()[:60]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.fixture
def public_urls(course, make_learner, campaign):
    """The pages residents and visitors open, with their own learner signed in."""
    learner = make_learner()
    study(learner, course)
    quiz_submit(learner=learner, course=course, data=correct_answers(course))
    certificate = certificate_issue(completion=learner.completions.get())
    lesson = course.get_children().live().first()
    anonymous = [
        "/",
        course.url,
        reverse("account_login"),
        reverse("account_signup"),
        reverse("leaderboard:index"),
        reverse("certificates:lookup"),
        reverse("certificates:verify", args=[certificate.code]),
    ]
    signed_in = [
        lesson.url,
        reverse("learning:quiz", args=[course.pk]),
        reverse("learning:dashboard"),
        reverse("learning:commune_choose"),
        reverse("learning:commune_choose") + "?province=01",
        reverse("learning:profile"),
    ]
    return learner, anonymous, signed_in


def test_public_pages_run_no_inline_script_under_a_strict_policy(client, public_urls):
    learner, anonymous, signed_in = public_urls
    pages = [(url, client.get(url)) for url in anonymous]
    client.force_login(learner.user)
    pages += [(url, client.get(url)) for url in signed_in]

    for url, response in pages:
        assert response.status_code == 200, url
        rules = policy(response)
        assert rules["script-src"] == ["'self'"], url
        assert rules["style-src"] == ["'self'"], url
        assert rules["object-src"] == ["'none'"], url
        assert rules["frame-ancestors"] == ["'none'"], url
        assert inline_code(response.content.decode()) == [], url


def test_the_wagtail_admin_alone_may_run_its_inline_scripts(admin_client):
    admin = policy(admin_client.get(reverse("wagtailadmin_home")))
    public = policy(admin_client.get(reverse("account_login")))

    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["frame-ancestors"] == ["'self'"]  # the page preview
    assert admin["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in public["script-src"]


def test_inline_code_is_found_where_it_is():
    assert inline_code('<script src="/static/js/board.js"></script>') == []
    assert inline_code('<script type="application/json">{"a": 1}</script>') == []
    assert len(inline_code("<script>alert(1)</script>")) == 1
    assert len(inline_code('<button onclick="go()">Go</button>')) == 1
    assert len(inline_code('<a href="javascript:go()">Go</a>')) == 1


def routes(resolver: URLResolver, prefix: str = "") -> list[str]:
    """Every URL pattern of the site, prefixes joined, parameters left as they are."""
    found = []
    for entry in resolver.url_patterns:
        pattern = str(entry.pattern).lstrip("^").rstrip("$").replace("\\Z", "")
        if isinstance(entry, URLResolver):
            found += routes(entry, prefix + pattern)
        elif isinstance(entry, URLPattern):
            found.append(prefix + pattern)
    return found


def filled(route: str) -> str | None:
    """The route with its converters filled; None for regular expressions."""
    if any(mark in route for mark in "()[]\\?*+"):
        return None
    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: _sample(m[1]), route)


SAMPLES = {"id": "1", "int": "1", "uuid": "12345678-1234-5678-1234-567812345678"}


def _sample(converter: str | None) -> str:
    return SAMPLES.get(converter or "str", "abc")


def test_every_post_without_a_csrf_token_is_refused(db, admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    urls = sorted({url for r in routes(get_resolver()) if (url := filled(r))})
    assert len(urls) > 100  # the site's own, allauth's and Wagtail's admin

    let_through = []
    for url in urls:
        status = client.post(url, {"name": "x"}).status_code
        # 403: the token was missing. 404/405: nothing there takes a POST.
        if status not in (403, 404, 405):
            let_through.append((url, status))

    assert let_through == []
