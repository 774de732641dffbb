"""Per-commune rollups: kept live by the completion signals, equal to a rebuild."""

from datetime import UTC, date, datetime

import pytest
from django.core.management import call_command

from learning.models import HelperKind
from learning.services import learner_delete
from learning.signals import course_completed
from reports.models import CommuneDay, DeletedLearnerDay
from reports.services import rollups_rebuild

from .conftest import DVC, VNEID, rollup_rows

HOAN_KIEM, BA_DINH = "00070", "00004"
DAY1, DAY2, DAY3 = date(2025, 9, 1), date(2025, 9, 2), date(2025, 9, 3)


def rebuilt_rows() -> dict[tuple, tuple]:
    """The rows a rebuild from scratch produces; the live rows are put back."""
    live = list(CommuneDay.objects.all())
    CommuneDay.objects.all().delete()
    rollups_rebuild()
    rows = rollup_rows()
    CommuneDay.objects.all().delete()
    CommuneDay.objects.bulk_create(live)
    return rows


def assert_rebuild_agrees() -> None:
    assert rollups_rebuild(write=False).rows == 0
    assert rebuilt_rows() == rollup_rows()


def test_a_completion_counts_overall_for_its_course_and_each_area_it_trains(
    courses, areas, make_learner, record
):
    vneid = courses[VNEID]

    record(learner=make_learner(), course=vneid, at=DAY1)

    once = (1, 1, 0, 0)
    assert rollup_rows() == {
        (HOAN_KIEM, DAY1, 0, 0): once,
        (HOAN_KIEM, DAY1, vneid.pk, 0): once,
        (HOAN_KIEM, DAY1, 0, areas[2]): once,  # 2.3 and 2.6: one area, counted once
        (HOAN_KIEM, DAY1, 0, areas[4]): once,
    }
    assert_rebuild_agrees()


def test_a_learner_counts_once_per_commune_and_area_on_their_first_day(
    courses, areas, make_learner, record
):
    vneid, dvc = courses[VNEID], courses[DVC]
    learner = make_learner()

    record(learner=learner, course=vneid, at=DAY1)
    record(learner=learner, course=dvc, at=DAY2)

    assert rollup_rows() == {
        (HOAN_KIEM, DAY1, 0, 0): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, 0, 0): (1, 0, 0, 0),
        (HOAN_KIEM, DAY1, vneid.pk, 0): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, dvc.pk, 0): (1, 1, 0, 0),
        (HOAN_KIEM, DAY1, 0, areas[2]): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, 0, areas[2]): (1, 0, 0, 0),  # area 2 again: not new
        (HOAN_KIEM, DAY1, 0, areas[4]): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, 0, areas[1]): (1, 1, 0, 0),  # area 1 is new that day
    }
    assert_rebuild_agrees()


def test_the_day_is_the_local_date_in_vietnam(courses, make_learner, record):
    # 17:30 UTC on 1 September is 00:30 on 2 September in Hà Nội.
    late = datetime(2025, 9, 1, 17, 30, tzinfo=UTC)

    record(learner=make_learner(), course=courses[VNEID], at=late)

    assert {day for _c, day, _course, _area in rollup_rows()} == {DAY2}
    assert_rebuild_agrees()


def test_voiding_the_first_completion_moves_the_firsts_to_the_next_one(
    courses, areas, make_learner, record, void
):
    vneid, dvc = courses[VNEID], courses[DVC]
    learner = make_learner()
    first = record(learner=learner, course=vneid, at=DAY1)
    record(learner=learner, course=dvc, at=DAY2)

    void(first)

    assert rollup_rows() == {
        (HOAN_KIEM, DAY2, 0, 0): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, dvc.pk, 0): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, 0, areas[2]): (1, 1, 0, 0),
        (HOAN_KIEM, DAY2, 0, areas[1]): (1, 1, 0, 0),
    }
    assert_rebuild_agrees()


def test_a_course_done_again_after_a_void_counts_once(
    courses, make_learner, record, void
):
    vneid = courses[VNEID]
    learner = make_learner()
    void(record(learner=learner, course=vneid, at=DAY1))

    record(learner=learner, course=vneid, at=DAY3)

    assert rollup_rows()[(HOAN_KIEM, DAY3, vneid.pk, 0)] == (1, 1, 0, 0)
    assert (HOAN_KIEM, DAY1, 0, 0) not in rollup_rows()
    assert_rebuild_agrees()


def test_assisted_completions_and_newly_assisted_residents(
    courses, make_learner, record, void
):
    vneid, dvc = courses[VNEID], courses[DVC]
    helper = make_learner(full_name="Tổ công nghệ số").user
    learner = make_learner()
    record(learner=learner, course=vneid, at=DAY1)
    assisted = {"helper": helper, "helper_kind": HelperKind.DIGITAL_TEAM}
    record(learner=learner, course=dvc, at=DAY2, **assisted)
    record(learner=make_learner(), course=vneid, at=DAY2, **assisted)

    rows = rollup_rows()
    assert rows[(HOAN_KIEM, DAY1, 0, 0)] == (1, 1, 0, 0)
    # Two assisted completions, both residents' first assisted one; one new learner.
    assert rows[(HOAN_KIEM, DAY2, 0, 0)] == (2, 1, 2, 2)
    assert_rebuild_agrees()


def test_completions_in_two_communes_count_in_each(courses, make_learner, record):
    vneid, dvc = courses[VNEID], courses[DVC]
    mover = make_learner()
    record(learner=mover, course=vneid, at=DAY1)
    mover.commune_id = BA_DINH
    mover.save(update_fields=["commune"])
    record(learner=mover, course=dvc, at=DAY2)

    rows = rollup_rows()
    assert rows[(HOAN_KIEM, DAY1, 0, 0)] == (1, 1, 0, 0)
    assert rows[(BA_DINH, DAY2, 0, 0)] == (1, 1, 0, 0)
    assert_rebuild_agrees()


def test_a_learner_who_deletes_their_data_still_counts_and_a_rebuild_agrees(
    courses, make_learner, record, void
):
    vneid, dvc = courses[VNEID], courses[DVC]
    leaving = make_learner()
    record(learner=leaving, course=vneid, at=DAY1)
    second = record(learner=leaving, course=dvc, at=DAY2)
    record(learner=make_learner(), course=vneid, at=DAY2)
    before = rollup_rows()

    learner_delete(learner=leaving)

    assert rollup_rows() == before
    assert DeletedLearnerDay.objects.filter(commune=HOAN_KIEM, day=DAY1).exists()
    assert_rebuild_agrees()

    # Which anonymous completion came first is unknown: the learner stays counted.
    second.refresh_from_db()
    assert second.learner_id is None
    void(second)

    rows = rollup_rows()
    assert rows[(HOAN_KIEM, DAY1, 0, 0)] == (1, 1, 0, 0)
    assert rows[(HOAN_KIEM, DAY2, 0, 0)] == (1, 1, 0, 0)
    assert rows[(HOAN_KIEM, DAY2, dvc.pk, 0)] == (0, 1, 0, 0)
    assert_rebuild_agrees()


def test_two_completions_counted_in_either_order_add_up(
    courses, make_learner, django_capture_on_commit_callbacks
):
    """Receivers of the same learner's completions may run in any order."""
    from learning.services import completion_record

    vneid, dvc = courses[VNEID], courses[DVC]
    learner = make_learner()
    events = []
    for course, day in ((vneid, DAY2), (dvc, DAY1)):
        with django_capture_on_commit_callbacks():
            completion = completion_record(learner=learner, course=course)
        completion.completed_at = datetime.combine(day, datetime.min.time(), UTC)
        completion.save(update_fields=["completed_at"])
        events.append(completion)

    for completion in reversed(events):
        course_completed.send(sender=None, completion=completion)

    assert_rebuild_agrees()
    assert rollup_rows()[(learner.commune_id, DAY1, 0, 0)] == (1, 1, 0, 0)


def test_many_learners_courses_communes_and_voids_rebuild_to_the_same_rows(
    courses, make_learner, record, void
):
    vneid, dvc = courses[VNEID], courses[DVC]
    helper = make_learner(full_name="Đoàn viên").user
    voided = []
    for n in range(12):
        learner = make_learner(commune_code=(HOAN_KIEM, BA_DINH)[n % 2])
        kind = {"helper": helper, "helper_kind": HelperKind.YOUTH_UNION}
        first = record(
            learner=learner, course=vneid, at=DAY1 if n % 3 else DAY2, **kind
        )
        if n % 4:
            record(learner=learner, course=dvc, at=(DAY1, DAY2, DAY3)[n % 3])
        if n % 5 == 0:
            voided.append(first)
    for completion in voided:
        void(completion)

    assert_rebuild_agrees()
    assert sum(
        completions
        for (_c, _d, course, area), (completions, *_) in rollup_rows().items()
        if (course, area) == (0, 0)
    ) == 12 + 9 - len(voided)


def test_the_command_reports_drift_with_check_and_fixes_it_without(
    courses, make_learner, record, capsys
):
    record(learner=make_learner(), course=courses[VNEID], at=DAY1)
    live = rollup_rows()
    CommuneDay.objects.filter(course=0, area=0).update(completions=5)
    tampered = rollup_rows()

    call_command("reports_rebuild", "--check")

    out = capsys.readouterr().out
    assert "drift found: 1" in out
    assert f"{HOAN_KIEM} {DAY1} course 0 area 0: live (5, 1, 0, 0)" in out
    assert rollup_rows() == tampered

    call_command("reports_rebuild")

    assert "drift fixed: 1" in capsys.readouterr().out
    assert rollup_rows() == live
    call_command("reports_rebuild", "--check")
    assert "drift found: 0" in capsys.readouterr().out


@pytest.mark.parametrize("voided", [False, True])
def test_a_rebuild_of_nothing_leaves_nothing(
    courses, make_learner, record, void, voided
):
    completion = record(learner=make_learner(), course=courses[VNEID], at=DAY1)
    if voided:
        void(completion)
        assert rollup_rows() == {}
        assert CommuneDay.objects.exists()  # the rows stay, at zero

    CommuneDay.objects.all().delete()
    rollups_rebuild()

    assert bool(rollup_rows()) is not voided
