"""The resident's own progress: finishing lessons and the dashboard."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from courses.models import LessonPage

from .. import selectors, services
from ..dashboard import widgets_render


@login_required
@require_POST
def lesson_finish(request, lesson_id: int):
    """Mark a lesson read and go on: to the next lesson, or to the quiz."""
    lesson = LessonPage.objects.live().public().filter(pk=lesson_id).first()
    if lesson is None:
        raise Http404
    learner = services.learner_ensure(user=request.user)
    services.lesson_finish(learner=learner, lesson=lesson)
    following = lesson.get_next_siblings().live().public().type(LessonPage).first()
    if following is not None:
        return HttpResponseRedirect(following.url)
    return HttpResponseRedirect(reverse("learning:quiz", args=[lesson.course.pk]))


@login_required
@require_GET
def dashboard(request):
    """What the resident is learning, what they finished, and what to take next."""
    learner = services.learner_ensure(user=request.user)
    board = selectors.learner_dashboard(learner=learner)
    items = [i for i in board.in_progress + board.completed + [board.recommended] if i]
    shown = selectors.pages_in_active_language(
        [page for item in items for page in (item.course, item.resume)]
    )
    for n, item in enumerate(items):
        item.shown, item.resume_shown = shown[2 * n], shown[2 * n + 1]
    context = {
        "learner": learner,
        "board": board,
        "widgets": widgets_render(request=request, learner=learner),
    }
    return render(request, "learning/dashboard.html", context)
