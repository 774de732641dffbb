"""Assisted learning: helpers' pages and the commune administrator's helper list."""

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses import grading

from .. import selectors, services
from ..forms_assisted import (
    CodeForm,
    HelperGrantForm,
    ResidentForm,
    SessionForm,
    VoidForm,
)
from ..models import AssistedSession, Helper
from ..phones import phone_for
from .core import quiz_form

SESSION_ERRORS = (
    services.AssistedInvalid,
    grading.AnswersInvalid,
    services.CommuneMissing,
)


def _helper(request) -> Helper:
    """The request user's active helper role; anyone else is refused."""
    helper = selectors.helper_active(user=request.user)
    if helper is None:
        raise PermissionDenied(_("This page is for helpers of a commune."))
    return helper


def _resident(request, helper: Helper, learner_id: int):
    resident = selectors.resident_for_helper(helper=helper, learner_id=learner_id)
    if resident is None:
        raise Http404(_("There is no such resident in your commune."))
    resident.phone_shown = phone_for(request.user, resident.user.phone)
    return resident


def _session_state(session: AssistedSession) -> str:
    """What became of a session, in words for the helper's lists."""
    if session.status != AssistedSession.Status.PENDING:
        return session.get_status_display()
    if session.quiz_attempt_id and not session.quiz_attempt.passed:
        return _("quiz not passed")
    return session.get_status_display()


def _with_states(sessions):
    for session in sessions:
        session.state = _session_state(session)
        session.awaits_code = bool(
            session.status == AssistedSession.Status.PENDING and session.code_hash
        )
    return sessions


@never_cache
@login_required
@require_http_methods(["GET"])
def helper_home(request):
    """Today's count against the daily limit, the helper's residents and sessions."""
    helper = _helper(request)
    context = {
        "helper": helper,
        "today": selectors.helper_sessions_today(user=request.user),
        "limit": settings.LEARNING_HELPER_DAILY_LIMIT,
        "residents": selectors.helper_residents(user=request.user),
        "sessions": _with_states(selectors.helper_sessions_recent(user=request.user)),
    }
    return render(request, "learning/helper/home.html", context)


REGISTER_RATE_LIMIT_ACTION = "resident_register"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def resident_new(request):
    """Register a resident who has no smartphone, in the helper's commune."""
    helper = _helper(request)
    if request.method == "POST" and (
        refused := ratelimit.consume_or_429(request, action=REGISTER_RATE_LIMIT_ACTION)
    ):
        return refused
    form = ResidentForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            resident = services.resident_register(
                helper=request.user,
                full_name=form.cleaned_data["full_name"],
                birth_year=form.cleaned_data["birth_year"],
                phone=form.cleaned_data["phone"],
            )
        except services.AssistedInvalid as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                _("%(name)s is registered. Choose a course to learn together.")
                % {"name": resident.full_name},
            )
            return HttpResponseRedirect(
                reverse("learning:helper_resident", args=[resident.pk])
            )
    return render(
        request,
        "learning/helper/resident_new.html",
        {"helper": helper, "form": form},
        status=400 if form.is_bound else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET"])
def resident_detail(request, learner_id: int):
    """A resident of the helper's commune and the courses to take with them."""
    helper = _helper(request)
    resident = _resident(request, helper, learner_id)
    context = {
        "helper": helper,
        "resident": resident,
        "courses": selectors.resident_courses(learner=resident),
    }
    return render(request, "learning/helper/resident.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def session_new(request, learner_id: int, course_id: int):
    """The lessons to go through together and the quiz the resident answers."""
    helper = _helper(request)
    resident = _resident(request, helper, learner_id)
    course = selectors.course_live(course_id=course_id)
    if course is None:
        raise Http404
    lessons = list(course.original().lessons())
    errors = []
    if request.method == "POST":
        form = SessionForm(request.POST, lessons=lessons)
        if not form.is_valid():
            errors = [e for field in form.errors.values() for e in field]
        else:
            try:
                session = services.assisted_session_record(
                    helper=request.user,
                    resident=resident,
                    course=course,
                    lesson_ids=form.cleaned_data["lessons"],
                    data=dict(request.POST.lists()),
                )
            except SESSION_ERRORS as error:
                errors = error.messages
            else:
                return _session_recorded(request, session, resident)
    else:
        form = SessionForm(lessons=lessons)
    checked = {str(value) for value in request.POST.getlist("lessons")}
    context = {
        "helper": helper,
        "resident": resident,
        "course": course,
        "lessons": [
            {"page": lesson, "checked": str(lesson.pk) in checked} for lesson in lessons
        ],
        **quiz_form(course=course, data=request.POST),
        "today": selectors.helper_sessions_today(user=request.user),
        "limit": settings.LEARNING_HELPER_DAILY_LIMIT,
        "errors": errors,
    }
    return render(
        request, "learning/helper/session.html", context, status=400 if errors else 200
    )


def _session_recorded(request, session: AssistedSession, resident):
    """Say what the session brought and go where the helper continues."""
    attempt = session.quiz_attempt
    if session.status == AssistedSession.Status.CONFIRMED:
        messages.success(
            request,
            _("%(name)s passed (%(score)d%%). The course is completed and counts.")
            % {"name": resident.full_name, "score": attempt.score},
        )
    elif session.code_hash:
        messages.info(
            request,
            _(
                "%(name)s passed (%(score)d%%). A code was sent to %(phone)s: enter "
                "it to confirm the session."
            )
            % {
                "name": resident.full_name,
                "score": attempt.score,
                "phone": phone_for(request.user, resident.user.phone),
            },
        )
        return HttpResponseRedirect(
            reverse("learning:helper_session_confirm", args=[session.pk])
        )
    elif attempt is not None and not attempt.passed:
        messages.warning(
            request,
            _(
                "%(name)s answered %(correct)d of %(total)d correctly (%(score)d%%), "
                "not enough to pass. Go through the lessons again and record a new "
                "session."
            )
            % {
                "name": resident.full_name,
                "correct": attempt.correct,
                "total": attempt.total,
                "score": attempt.score,
            },
        )
    return HttpResponseRedirect(reverse("learning:helper_resident", args=[resident.pk]))


def _own_session(request, session_id: int) -> AssistedSession:
    _helper(request)
    session = selectors.session_for_helper(user=request.user, session_id=session_id)
    if session is None:
        raise Http404
    return session


def _confirm_page(request, session, form, errors=(), status=200):
    context = {
        "session": session,
        "form": form,
        "errors": list(errors),
        "phone": phone_for(request.user, session.resident.user.phone),
    }
    return render(request, "learning/helper/confirm.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def session_confirm(request, session_id: int):
    """Enter the code the resident received; the session then counts."""
    session = _own_session(request, session_id)
    if session.status != AssistedSession.Status.PENDING or not session.code_hash:
        messages.info(request, _("This session is not waiting for a code."))
        return HttpResponseRedirect(
            reverse("learning:helper_resident", args=[session.resident_id])
        )
    if request.method == "GET":
        return _confirm_page(request, session, CodeForm())
    form = CodeForm(request.POST)
    if not form.is_valid():
        return _confirm_page(request, session, form, status=400)
    try:
        services.assisted_session_confirm(
            helper=request.user, session=session, code=form.cleaned_data["code"]
        )
    except services.AssistedInvalid as error:
        return _confirm_page(request, session, CodeForm(), error.messages, status=400)
    messages.success(
        request,
        _(
            "Confirmed. %(name)s has completed the course, and their phone "
            "number %(phone)s is verified."
        )
        % {
            "name": session.resident.full_name,
            "phone": phone_for(request.user, session.resident.user.phone),
        },
    )
    return HttpResponseRedirect(
        reverse("learning:helper_resident", args=[session.resident_id])
    )


@login_required
@require_POST
def session_code_resend(request, session_id: int):
    """Text the resident a new code when the first did not arrive or expired."""
    session = _own_session(request, session_id)
    try:
        services.assisted_code_resend(helper=request.user, session=session)
    except services.AssistedInvalid as error:
        return _confirm_page(request, session, CodeForm(), error.messages, status=400)
    messages.info(
        request,
        _("A new code was sent to %(phone)s.")
        % {"phone": phone_for(request.user, session.resident.user.phone)},
    )
    return HttpResponseRedirect(
        reverse("learning:helper_session_confirm", args=[session.pk])
    )


def administered_communes(request):
    """The communes the user administers; refused to anyone else."""
    communes = selectors.communes_administered(user=request.user)
    if not communes:
        raise PermissionDenied(_("This page is for commune administrators."))
    return communes


def _commune_page(request, communes, *, grant_form=None, void=None, status=200):
    helpers = selectors.commune_helpers(communes=communes)
    for helper in helpers:
        helper.phone_shown = phone_for(request.user, helper.user.phone)
    context = {
        "communes": communes,
        "helpers": helpers,
        "sessions": _with_states(selectors.commune_sessions_recent(communes=communes)),
        "grant_form": grant_form or HelperGrantForm(communes=communes),
        "void": void or {},
    }
    return render(
        request, "learning/helper/commune_helpers.html", context, status=status
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def commune_helpers(request):
    """The helpers of the administrator's communes: grant, revoke, review sessions."""
    communes = administered_communes(request)
    if request.method == "GET":
        return _commune_page(request, communes)
    form = HelperGrantForm(request.POST, communes=communes)
    if form.is_valid():
        try:
            helper = services.helper_grant(
                by=request.user,
                user=form.cleaned_data["contact"],
                commune=form.cleaned_data["commune"],
                kind=form.cleaned_data["kind"],
            )
        except services.AssistedInvalid as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                _("%(user)s is now a helper of %(commune)s.")
                % {"user": helper.user, "commune": helper.commune.name},
            )
            return HttpResponseRedirect(reverse("learning:commune_helpers"))
    return _commune_page(request, communes, grant_form=form, status=400)


@login_required
@require_POST
def commune_helper_revoke(request, helper_id: int):
    """Take the helper role away from someone in the administrator's commune."""
    communes = administered_communes(request)
    helper = selectors.helper_of_communes(communes=communes, helper_id=helper_id)
    if helper is None:
        raise Http404
    services.helper_revoke(by=request.user, helper=helper)
    messages.success(
        request, _("%(user)s is no longer a helper.") % {"user": helper.user}
    )
    return HttpResponseRedirect(reverse("learning:commune_helpers"))


@login_required
@require_POST
def commune_session_void(request, session_id: int):
    """Take a session of the administrator's commune out of every count."""
    communes = administered_communes(request)
    session = selectors.session_of_communes(communes=communes, session_id=session_id)
    if session is None:
        raise Http404
    form = VoidForm(request.POST)
    errors = [e for field in form.errors.values() for e in field]
    if not errors:
        try:
            services.assisted_session_void(
                session=session, reason=form.cleaned_data["reason"], by=request.user
            )
        except services.AssistedInvalid as error:
            errors = error.messages
    if errors:
        void = {"session": session.pk, "errors": errors}
        return _commune_page(request, communes, void=void, status=400)
    messages.success(request, _("The session is voided and no longer counts."))
    return HttpResponseRedirect(reverse("learning:commune_helpers"))
