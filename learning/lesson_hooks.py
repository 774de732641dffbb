"""Note the lessons a signed-in learner opens, so they can resume where they stopped."""

from wagtail import hooks

from courses.models import LessonPage

from .selectors import learner_for_user
from .services import lesson_open


@hooks.register("before_serve_page")
def lesson_opened(page, request, serve_args, serve_kwargs):
    if request.method != "GET" or not isinstance(page, LessonPage):
        return None
    learner = learner_for_user(user=request.user)
    if learner is not None:
        lesson_open(learner=learner, lesson=page)
    return None
