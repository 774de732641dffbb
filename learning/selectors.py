"""Reads of the learner's record."""

from courses.models import CoursePage

from .models import Certificate, Commune, Completion, Learner, Province, User


def province_list():
    return Province.objects.all()


def province_by_code(*, code: str) -> Province | None:
    return Province.objects.filter(code=code).first()


def commune_list_for_province(*, province: Province):
    return Commune.objects.filter(province=province).order_by("name")


def learner_for_user(*, user: User) -> Learner | None:
    """The learner profile of a logged-in user, if they have one."""
    if not user.is_authenticated:
        return None
    return Learner.objects.select_related("commune__province").filter(user=user).first()


def completion_for(*, learner: Learner, course_id: int) -> Completion | None:
    """A completion stays the learner's even if its course is later unpublished."""
    return (
        Completion.objects.select_related("commune__province", "course")
        .filter(learner=learner, course_id=course_id)
        .first()
    )


def course_live(*, course_id: int) -> CoursePage | None:
    return CoursePage.objects.live().public().filter(pk=course_id).first()


def certificate_by_serial(*, serial: str) -> Certificate | None:
    return (
        Certificate.objects.select_related("completion__course")
        .filter(serial=serial.upper())
        .first()
    )
