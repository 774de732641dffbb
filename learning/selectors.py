"""Reads of the learner's record."""

from courses.models import CoursePage

from .models import Commune, Completion, Learner, Province


def province_list():
    return Province.objects.all()


def commune_list_for_province(*, province: Province):
    return Commune.objects.filter(province=province).order_by("name")


def learner_for_user(*, user) -> Learner | None:
    """The learner profile of a logged-in user, if they have one."""
    if not user.is_authenticated:
        return None
    return Learner.objects.select_related("commune__province").filter(user=user).first()


def completion_for(*, learner: Learner, course: CoursePage) -> Completion | None:
    return (
        Completion.objects.select_related("commune__province", "course")
        .filter(learner=learner, course=course)
        .first()
    )


def course_live(*, course_id: int) -> CoursePage | None:
    return CoursePage.objects.live().public().filter(pk=course_id).first()
