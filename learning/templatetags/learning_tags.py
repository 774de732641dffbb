import unicodedata

from django import template

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
