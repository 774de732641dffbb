import unicodedata

from django import template

from learning.selectors import completion_for, learner_for_user

register = template.Library()


@register.simple_tag(takes_context=True)
def my_completion(context, course):
    """The signed-in learner's completion of a course, for course pages."""
    request = context.get("request")
    learner = learner_for_user(user=request.user) if request else None
    return completion_for(learner=learner, course_id=course.pk) if learner else None


@register.filter
def nfc(text: str) -> str:
    """Composed Unicode, as typed: Django's own language names are decomposed."""
    return unicodedata.normalize("NFC", str(text))
