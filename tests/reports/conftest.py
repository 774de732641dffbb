"""Report fixtures: two demo courses with overlapping competence areas, and
completions recorded through the services at a chosen moment."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from courses.demo import demo_pages_load
from courses.models import CompetenceArea
from learning.models import Completion
from learning.services import completion_record, completion_void
from reports.models import CommuneDay

VNEID = "kich-hoat-va-su-dung-vneid"  # competences 2.6, 2.3, 4.2: areas 2 and 4
DVC = "lam-thu-tuc-hanh-chinh-truc-tuyen"  # competences 2.3, 1.1: areas 2 and 1
HANOI_TIME = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def courses(units) -> dict:
    pages = demo_pages_load(only=[VNEID, DVC])["courses"]
    return {page.slug: page for page in pages}


@pytest.fixture
def areas(courses) -> dict[int, int]:
    """Competence area number -> its id, as the rollups key it."""
    return dict(CompetenceArea.objects.values_list("number", "pk"))


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=HANOI_TIME)


@pytest.fixture
def record(django_capture_on_commit_callbacks):
    """Record a completion as a request would, as if at `at` (noon of a day)."""

    def run(*, at: datetime | date | None = None, **kwargs) -> Completion:
        with django_capture_on_commit_callbacks() as callbacks:
            completion = completion_record(**kwargs)
        if at is not None:
            at = noon(at) if not isinstance(at, datetime) else at
            Completion.objects.filter(pk=completion.pk).update(completed_at=at)
            completion.completed_at = at
        for callback in callbacks:
            callback()
        return completion

    return run


@pytest.fixture
def void(django_capture_on_commit_callbacks, django_user_model):
    def run(completion: Completion) -> Completion:
        admin, _ = django_user_model.objects.get_or_create(username="void-admin")
        with django_capture_on_commit_callbacks(execute=True):
            return completion_void(completion=completion, reason="Gian lận", by=admin)

    return run


def rollup_rows() -> dict[tuple, tuple]:
    """Every rollup row that counts something: key -> (completions, learners,
    assisted, assisted learners)."""
    return {
        (row.commune_id, row.day, row.course, row.area): (
            row.completions,
            row.learners,
            row.assisted,
            row.assisted_learners,
        )
        for row in CommuneDay.objects.all()
        if (row.completions, row.learners, row.assisted, row.assisted_learners)
        != (0, 0, 0, 0)
    }
