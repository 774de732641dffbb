"""Thin views over the learning services and selectors."""

import asyncio
import sys

from allauth.core import ratelimit
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import InterfaceError, OperationalError, connection
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses import grading

from .. import selectors, services
from ..device import DATA_SAVER_COOKIE, TEXT_SIZE_COOKIE


def _next_url(request, candidate: str | None, default: str = "/") -> str:
    """Where to go after a form: a path on this site, never another site."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


TEXT_SIZES = ("normal", "large")
DATA_SAVER_MODES = ("on", "off")


def _device_setting(request, name: str, value: str) -> HttpResponseRedirect:
    """Remember a choice on this device (a cookie for a year), then go back."""
    response = HttpResponseRedirect(_next_url(request, request.POST.get("next")))
    response.set_cookie(
        name, value, max_age=365 * 24 * 3600, samesite="Lax", httponly=True
    )
    return response


@require_POST
def text_size(request):
    """Remember on this device whether pages use larger text, for elderly readers."""
    size = request.POST.get("size")
    if size not in TEXT_SIZES:
        return HttpResponseBadRequest(_("Choose normal or larger text."))
    return _device_setting(request, TEXT_SIZE_COOKIE, size)


@require_POST
def data_saver(request):
    """Remember on this device to load no picture or video until it is tapped."""
    mode = request.POST.get("mode")
    if mode not in DATA_SAVER_MODES:
        return HttpResponseBadRequest(_("Turn the data saver on or off."))
    return _device_setting(request, DATA_SAVER_COOKIE, mode)


def quiz_form(*, course, data) -> dict:
    """The quiz's fields, keeping a returned form's draw and answers, for templates."""
    questions = course.quiz_draw(token=data.get(grading.DRAW_FIELD, ""))
    fields = [
        {
            "question": question,
            "name": f"{grading.ANSWER_PREFIX}{question.id}",
            "chosen": data.getlist(f"{grading.ANSWER_PREFIX}{question.id}"),
        }
        for question in questions
    ]
    return {
        "fields": fields,
        "draw": grading.draw_sign(course_id=course.pk, questions=questions),
    }


QUIZ_RATE_LIMIT_ACTION = "quiz_submit"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def quiz(request, course_id: int):
    """Draw questions without their answers, or grade a submission on the server."""
    course = selectors.course_live(course_id=course_id)
    if course is None:
        raise Http404
    learner = services.learner_ensure(user=request.user)
    errors = []
    if request.method == "POST":
        if refused := ratelimit.consume_or_429(request, action=QUIZ_RATE_LIMIT_ACTION):
            return refused
        try:
            attempt, result = services.quiz_submit(
                learner=learner, course=course, data=dict(request.POST.lists())
            )
        except (
            grading.AnswersInvalid,
            services.CommuneMissing,
            services.QuizNotYet,
        ) as error:
            errors = error.messages
        else:
            return render(
                request,
                "learning/quiz_result.html",
                {"course": course, "attempt": attempt, "result": result},
            )
    progress = selectors.course_progress(learner=learner, course=course)
    blockers = []
    # A phone saving the course for offline use keeps the form itself: the rules
    # are checked when its answers come back (learning.services.offline).
    offline = request.method == "GET" and request.GET.get("offline") == "1"
    if request.method == "GET" and not offline:
        # Quiz time counts too, so only a gap the quiz itself cannot fill blocks it.
        blockers = services.quiz_blockers(
            learner=learner,
            course=progress.course,
            now=timezone.now(),
            extra_seconds=settings.LEARNING_QUIZ_TIME_CAP_SECONDS,
        )
    unfinished = selectors.pages_in_active_language(
        [x for x in progress.lessons if x.pk not in progress.finished_ids]
    )
    context = {
        "course": course,
        **quiz_form(course=course, data=request.POST),
        "learner": learner,
        "errors": errors,
        "blockers": blockers,
        "unfinished": unfinished,
        "offline": offline,
    }
    return render(request, "learning/quiz.html", context, status=400 if errors else 200)


HEALTH_TIMEOUT = 2.0


def _database_ping() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


async def _channel_layer_ping() -> None:
    # A send to a group nobody is in: one round trip to Redis, nothing left behind.
    await get_channel_layer().group_send("healthz", {"type": "healthz.ping"})


async def healthz(request):
    """Say whether the database and the channel layer answer, for load balancers."""
    checks = {
        "database": sync_to_async(_database_ping, thread_sensitive=True)(),
        "channel_layer": _channel_layer_ping(),
    }
    report, healthy = {}, True
    for name, check in checks.items():
        try:
            await asyncio.wait_for(check, HEALTH_TIMEOUT)
            report[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means unhealthy
            report[name] = f"error: {type(error).__name__}"
            healthy = False
    report["status"] = "ok" if healthy else "unavailable"
    return JsonResponse(report, status=200 if healthy else 503)


# How long a resident is asked to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 10


def server_error(request):
    """The error page: a 503 that says to try again when the database is what failed.

    A restarting PostgreSQL shows up here as an OperationalError (connection lost, or
    no connection from the pool in time). Rendered without a context, as Django's own
    500 view is, so that it works with no database.
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return HttpResponse(
            loader.render_to_string("503.html"),
            status=503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    return HttpResponseServerError(loader.render_to_string("500.html"))
