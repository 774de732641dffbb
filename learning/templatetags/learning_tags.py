import unicodedata

from django import template
from django.utils.translation import gettext as _

from learning.phones import phone_display
from learning.selectors import (
    completion_for,
    course_progress,
    learner_for_user,
    page_in_active_language,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def my_completion(context, course):
    """The signed-in learner's completion of a course, for course pages."""
    request = context.get("request")
    learner = learner_for_user(user=request.user) if request else None
    return completion_for(learner=learner, course_id=course.pk) if learner else None


@register.simple_tag(takes_context=True)
def my_progress(context, course):
    """The signed-in learner's progress in a course; None for visitors."""
    request = context.get("request")
    learner = learner_for_user(user=request.user) if request else None
    return course_progress(learner=learner, course=course) if learner else None


@register.simple_tag
def page_shown(page):
    """The page in the reader's language when it is translated."""
    return page_in_active_language(page)


@register.filter(name="phone_display")
def phone_display_filter(value: str) -> str:
    """A stored E.164 number as residents write it: 0912 345 678."""
    return phone_display(value) if value else ""


@register.filter
def nfc(text: str) -> str:
    """Composed Unicode, as typed: Django's own language names are decomposed."""
    return unicodedata.normalize("NFC", str(text))


@register.simple_tag
def offline_texts() -> dict:
    """What static/js/offline.js says, in the page's language."""
    return {
        "offline": _(
            "No signal. Saved courses still open, and what you do is kept on "
            "this phone."
        ),
        "pending_one": _(
            "%(count)s step saved on this phone will be sent when the signal returns."
        ),
        "pending_other": _(
            "%(count)s steps saved on this phone will be sent when the signal returns."
        ),
        "sending": _("Sending what was saved on this phone…"),
        "sent": _("Sent: what you did without signal is recorded."),
        "later": _("Could not send yet; it stays on this phone and is sent later."),
        "saving": _("Saving this course on the phone…"),
        "saved": _(
            "Saved on this phone: %(pages)s pages, %(size)s KB. They open without "
            "signal."
        ),
        "saved_before": _("This course is saved on this phone."),
        "save_failed": _("Could not save the course. Check the signal and try again."),
        "close": _("Close"),
    }
