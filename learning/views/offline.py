"""The installable, offline site: web app manifest, service worker, saved courses and
the sync of progress made without signal."""

import hashlib
import json

from allauth.core import ratelimit
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .. import selectors, services

# Files every page needs, kept by the service worker when it installs.
SHELL_FILES = ("css/site.css", "js/offline.js", "icons/icon-192.png")
SYNC_RATE_LIMIT_ACTION = "offline_sync"


@require_GET
def service_worker(request):
    """The service worker, at the site's root so that it may serve every page."""
    config = {
        "shell": [reverse("offline"), *(static(name) for name in SHELL_FILES)],
        "offline": reverse("offline"),
    }
    # The worker's bytes change with the shell's file names, so phones update it.
    config["version"] = hashlib.sha256(json.dumps(config).encode()).hexdigest()[:12]
    response = render(
        request,
        "offline/sw.js",
        {"config": json.dumps(config)},
        content_type="text/javascript",
    )
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def manifest(request):
    """The web app manifest, so that the site installs on a phone's home screen."""
    icons = [
        {"src": static(f"icons/icon-{size}.png"), "sizes": f"{size}x{size}",
         "type": "image/png", "purpose": "any maskable"}
        for size in (192, 512)
    ]  # fmt: skip
    data = {
        "name": _("Digital Education for All"),
        "short_name": _("Digital learning"),
        "description": _("Short courses in digital skills for every resident."),
        "lang": request.LANGUAGE_CODE,
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#b3261e",
        "icons": icons,
    }
    return JsonResponse(
        data,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico: the site's icon, under its static name."""
    return HttpResponsePermanentRedirect(static("icons/icon-192.png"))


@require_GET
def offline(request):
    """What a phone shows when a page was not saved and there is no signal."""
    return render(request, "offline/offline.html")


@login_required
@require_GET
def course_offline(request, course_id: int):
    """The pages a phone keeps to take a course without signal, quiz included."""
    course = selectors.course_live(course_id=course_id)
    if course is None:
        raise Http404
    quiz = reverse("learning:quiz", args=[course.pk])
    pages = [course.url, *(lesson.url for lesson in course.lessons())]
    return JsonResponse(
        {
            "course": course.pk,
            "title": course.title,
            "user": request.user.pk,
            "pages": [{"url": url, "key": url} for url in pages]
            + [{"url": f"{quiz}?offline=1", "key": quiz}],
        }
    )


def _refusal(message, status: int) -> JsonResponse:
    return JsonResponse({"error": str(message)}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def offline_sync(request):
    """Apply progress a phone kept while it had no signal, once, with every rule."""
    if not request.user.is_authenticated:
        return _refusal(_("Log in to send the progress saved on this phone."), 403)
    if request.method == "GET":
        # Who is signed in now, and a fresh token for the POST that follows.
        return JsonResponse({"user": request.user.pk, "csrf": get_token(request)})
    if refused := ratelimit.consume_or_429(request, action=SYNC_RATE_LIMIT_ACTION):
        return refused
    try:
        data = json.loads(request.body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return _refusal(_("The saved progress could not be read."), 400)
    if isinstance(data, dict) and data.get("user") != request.user.pk:
        return _refusal(
            _(
                "This progress belongs to someone else who uses this phone. "
                "It will be sent when they log in."
            ),
            409,
        )
    try:
        items = services.offline_items_parse(data)
    except services.ItemsInvalid as error:
        return _refusal(error.messages[0], 400)
    learner = services.learner_ensure(user=request.user)
    outcomes = services.offline_items_apply(learner=learner, items=items)
    return JsonResponse(
        {
            "results": [
                {"id": o.id, "done": o.done, "message": o.message} for o in outcomes
            ]
        },
        json_dumps_params={"ensure_ascii": False},
    )
