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
    """The completion of a course in any of its languages, published or not."""
    same_course = CoursePage.objects.filter(pk=course_id).values("translation_key")
    return (
        Completion.objects.select_related("commune__province", "course")
        .filter(learner=learner, course__translation_key__in=same_course)
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
