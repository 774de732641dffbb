"""Middleware: the interface language (the learner's choice, otherwise Vietnamese), and
NUL refused in addresses."""

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _


def language_from_cookie(cookie_value: str | None) -> str:
    """The language saved by the language switcher, or the site default."""
    supported = {code for code, _name in settings.LANGUAGES}
    return cookie_value if cookie_value in supported else settings.LANGUAGE_CODE


class LanguageMiddleware:
    """Like LocaleMiddleware, but a phone set to English still gets Vietnamese.

    Many residents' cheap phones ship with an English system language, so the
    browser's Accept-Language header is not a wish; only the switcher's cookie is.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_from_cookie(
            request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        )
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Cookie"])
        return response


class NulRefusedMiddleware:
    """A NUL character in the address or its query string answers 400.

    No page takes one, and PostgreSQL refuses it in any query: left in, it would
    reach a lookup (a board's commune code, the API's search) as a server error.
    Forms refuse it in their fields already.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in value
            for key, values in request.GET.lists()
            for value in values
        ):
            return HttpResponseBadRequest(
                _("Null characters are not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
