from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class XapiConfig(AppConfig):
    name = "xapi"
    verbose_name = _("Learning records (xAPI)")

    def ready(self) -> None:
        from learning.signals import course_completed, lesson_completed, quiz_submitted

        from . import receivers

        lesson_completed.connect(
            receivers.on_lesson_completed, dispatch_uid="xapi.lesson_completed"
        )
        quiz_submitted.connect(
            receivers.on_quiz_submitted, dispatch_uid="xapi.quiz_submitted"
        )
        course_completed.connect(
            receivers.on_course_completed, dispatch_uid="xapi.course_completed"
        )
