"""The commune report: its selectors, the admin page, filters, sorting, exports and
who may see what."""

import csv
import io
import re
from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.db.models import F
from django.utils import translation
from django.utils.html import escape
from openpyxl import load_workbook

from learning.models import (
    Commune,
    CommuneAdministrator,
    HelperKind,
    Province,
    ProvinceAdministrator,
    User,
)
from learning.scopes import Scope
from reports.selectors import (
    Totals,
    commune_report,
    commune_trends,
    daily_completions,
    totals,
)
from reports.views import CommuneReportView

from .conftest import DVC, VNEID, rollup_rows

URL = "/admin/reports/communes/"
HANOI, HUE = "01", "46"
HOAN_KIEM, BA_DINH = "00070", "00004"
DAY1, DAY2, DAY3 = date(2025, 9, 1), date(2025, 9, 2), date(2025, 9, 3)
END = date(2025, 9, 30)
NATIONAL = Scope(national=True)
# What bad filters are told, as English msgids.
END_BEFORE_START = "The end date is before the start date."
BAD_DATE = "Enter a valid date."
BAD_CHOICE = "Select a valid choice. That choice is not one of the available choices."
BOTH = "Choose a course or a competence area, not both."


def vietnamese(message: str, plural: str | None = None, count: int = 1) -> str:
    """A message as the admin shows it by default."""
    with translation.override("vi"):
        if plural is None:
            return translation.gettext(message)
        return translation.ngettext(message, plural, count)


@pytest.fixture
def known(courses, areas, make_learner, record) -> dict:
    """Hoàn Kiếm (1,000 residents): one learner does both courses on days 1 and 2,
    another does VNeID with a helper on day 2. Ba Đình (100 residents): one learner,
    the public-services course on day 3. One commune of Huế: VNeID on day 1."""
    Commune.objects.filter(pk=HOAN_KIEM).update(population=1000)
    Commune.objects.filter(pk=BA_DINH).update(population=100)
    hue = Commune.objects.filter(province=HUE).order_by("code").first().pk
    vneid, dvc = courses[VNEID], courses[DVC]
    helper = make_learner(full_name="Tổ công nghệ số", commune_code=None).user
    both = make_learner()
    record(learner=both, course=vneid, at=DAY1)
    record(learner=both, course=dvc, at=DAY2)
    record(
        learner=make_learner(),
        course=vneid,
        at=DAY2,
        helper=helper,
        helper_kind=HelperKind.DIGITAL_TEAM,
    )
    record(learner=make_learner(commune_code=BA_DINH), course=dvc, at=DAY3)
    record(learner=make_learner(commune_code=hue), course=vneid, at=DAY1)
    return {"hue": hue, "vneid": vneid.pk, "dvc": dvc.pk, "areas": areas}


FIGURES = ("learner_count", "completion_count", "assisted", "trained", "coverage")


def figures(scope=NATIONAL, **filters) -> dict[str, tuple]:
    """Communes with something to show -> their figures in FIGURES order."""
    return {
        commune.code: tuple(getattr(commune, name) for name in FIGURES)
        for commune in commune_report(scope=scope, **filters)
        if commune.completion_count or commune.trained
    }


def hanoi() -> str:
    return Province.objects.get(pk=HANOI).name


def account(name: str) -> User:
    """A user who may open the Wagtail admin, with no role yet."""
    user = User.objects.create_user(username=name, password="!")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    return user


@pytest.fixture
def national(client, db):
    client.force_login(User.objects.create_superuser(username="root", password="!"))
    return client


@pytest.fixture
def hanoi_admin(client, units):
    user = account("tinh-ha-noi")
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    client.force_login(user)
    return client


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def exported(client, **params) -> dict[str, list[str]]:
    """The CSV export's rows by commune code."""
    rows = csv_rows(client.get(URL, {"export": "csv", **params}))
    return {row[0]: row for row in rows[1:]}


def headings() -> list[str]:
    with translation.override("vi"):
        return [str(heading) for heading in CommuneReportView.export_headings.values()]


# Selectors


def test_the_report_counts_learners_once_and_coverage_against_the_population(known):
    assert figures() == {
        HOAN_KIEM: (2, 3, 1, 2, pytest.approx(0.2)),
        BA_DINH: (1, 1, 0, 1, pytest.approx(1.0)),
        known["hue"]: (1, 1, 0, 1, None),  # population unknown: no coverage
    }


def test_a_period_counts_new_learners_and_coverage_up_to_its_end(known):
    # The learner of both courses started on day 1: not new on days 2 and 3.
    assert figures(start=DAY2, end=DAY3) == {
        HOAN_KIEM: (1, 2, 1, 2, pytest.approx(0.2)),
        BA_DINH: (1, 1, 0, 1, pytest.approx(1.0)),
        known["hue"]: (0, 0, 0, 1, None),  # trained before the period
    }
    assert figures(end=DAY1) == {
        HOAN_KIEM: (1, 1, 0, 1, pytest.approx(0.1)),
        known["hue"]: (1, 1, 0, 1, None),
    }


def test_a_course_or_an_area_narrows_the_counts(known):
    areas = known["areas"]
    assert figures(course=known["dvc"]) == {
        HOAN_KIEM: (1, 1, 0, 1, pytest.approx(0.1)),
        BA_DINH: (1, 1, 0, 1, pytest.approx(1.0)),
    }
    assert figures(area=areas[4]) == {  # only VNeID trains area 4
        HOAN_KIEM: (2, 2, 1, 2, pytest.approx(0.2)),
        known["hue"]: (1, 1, 0, 1, None),
    }
    # Area 2 is trained by both courses: the learner of both counts once.
    assert figures(area=areas[2])[HOAN_KIEM] == (2, 3, 1, 2, pytest.approx(0.2))
    with pytest.raises(ValueError):
        figures(course=known["dvc"], area=areas[2])


def test_the_report_is_one_query_sorted_by_any_figure(known, django_assert_num_queries):
    with django_assert_num_queries(1):
        report = list(
            commune_report(scope=NATIONAL, end=END).order_by(
                "-completion_count", F("coverage").desc(nulls_last=True), "code"
            )[:3]
        )

    assert [commune.code for commune in report] == [HOAN_KIEM, BA_DINH, known["hue"]]
    assert report[0].province.name == hanoi()


def test_the_trend_compares_the_last_30_days_with_the_30_before(known):
    report = {c.code: c for c in commune_report(scope=NATIONAL, end=DAY2)}
    assert (report[HOAN_KIEM].recent, report[HOAN_KIEM].previous) == (3, 0)
    later = {c.code: c for c in commune_report(scope=NATIONAL, end=date(2025, 10, 2))}
    # 3 Sep - 2 Oct, then 4 Aug - 2 Sep.
    assert (later[HOAN_KIEM].recent, later[HOAN_KIEM].previous) == (0, 3)
    assert (later[BA_DINH].recent, later[BA_DINH].previous) == (1, 0)


def test_totals_daily_completions_and_sparklines_of_a_scope(known):
    hanoi = Scope(provinces=frozenset({HANOI}))

    assert totals(scope=hanoi) == Totals(
        learners=3, completions=4, assisted=1, population=1100, coverage=3 * 100 / 1100
    )
    assert totals(scope=NATIONAL).learners == 4
    assert totals(scope=Scope(communes=frozenset({known["hue"]}))).coverage is None
    assert daily_completions(scope=hanoi, days=4, today=DAY3) == [
        (date(2025, 8, 31), 0),
        (DAY1, 1),
        (DAY2, 2),
        (DAY3, 1),
    ]
    assert commune_trends(
        scope=hanoi, communes=[HOAN_KIEM, BA_DINH, known["hue"]], days=3, end=DAY3
    ) == {HOAN_KIEM: [1, 2, 0], BA_DINH: [0, 0, 1]}  # Huế is outside the scope


# The admin page


def test_the_page_shows_each_commune_with_its_numbers_and_a_sparkline(national, known):
    response = national.get(URL, {"ordering": "-completions", "end": END})

    assert response.status_code == 200
    html = response.content.decode()
    first_row = html.split("<tbody>")[1].split("</tr>")[0]
    cells = [
        re.sub(r"\s+", " ", cell).strip()
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", first_row, re.S)
    ]
    assert cells[:7] == ["Phường Hoàn Kiếm", hanoi(), "1.000", "2", "3", "0,2", "1"]
    assert "<svg" in cells[7] and "<polyline points=" in cells[7]
    summary = vietnamese(
        "%(counter)s completion in the last 30 days, %(previous)s in the 30 days "
        "before",
        "%(counter)s completions in the last 30 days, %(previous)s in the 30 days "
        "before",
        3,
    ) % {"counter": 3, "previous": 0}
    assert f'aria-label="{escape(summary)}"' in cells[7]


@pytest.mark.parametrize(
    ("ordering", "first"),
    [
        ("-completions", HOAN_KIEM),
        ("-coverage", BA_DINH),
        ("coverage", HOAN_KIEM),  # unknown populations come last either way
        ("-learners", HOAN_KIEM),
        ("-population", HOAN_KIEM),
        ("-recent", HOAN_KIEM),
    ],
)
def test_every_figure_sorts_the_communes(national, known, ordering, first):
    params = {"export": "csv", "ordering": ordering, "end": END}
    rows = csv_rows(national.get(URL, params))

    assert rows[1][0] == first


def test_an_unknown_ordering_falls_back_to_province_and_name(national, known):
    rows = csv_rows(national.get(URL, {"export": "csv", "ordering": "password"}))

    provinces = [row[2] for row in rows[1:]]
    assert provinces == sorted(provinces)


def test_filters_choose_the_province_the_period_the_course_and_the_area(
    national, known
):
    areas = known["areas"]
    hue_only = exported(national, province=HUE)
    assert set(Commune.objects.filter(province=HUE).values_list("pk", flat=True)) == (
        set(hue_only)
    )

    period = exported(national, start="2025-09-02", end="2025-09-03")
    assert period[HOAN_KIEM][4:9] == ["1", "2", "2", "0.2", "1"]

    course = exported(national, course=known["dvc"])
    assert course[HOAN_KIEM][4:6] == ["1", "1"]
    assert course[known["hue"]][4:6] == ["0", "0"]

    area = exported(national, area=areas[4])
    assert area[HOAN_KIEM][4:6] == ["2", "2"]
    assert area[BA_DINH][4:6] == ["0", "0"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start": "2025-09-30", "end": "2025-09-01"}, END_BEFORE_START),
        ({"start": "30/02/2025"}, BAD_DATE),
        ({"end": "tomorrow"}, BAD_DATE),
        ({"course": "999999"}, BAD_CHOICE),
        ({"area": "abc"}, BAD_CHOICE),
        ({"course": "COURSE", "area": "AREA"}, BOTH),
    ],
)
@pytest.mark.parametrize("export", ["", "csv", "xlsx"])
def test_bad_filters_are_refused_with_a_clear_message(
    national, known, params, message, export
):
    params = {
        name: {"COURSE": known["dvc"], "AREA": known["areas"][2]}.get(value, value)
        for name, value in params.items()
    }
    before = rollup_rows()

    response = national.get(URL, {**params, "export": export})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert 'role="alert"' in html and escape(vietnamese(message)) in html
    assert "Phường Hoàn Kiếm" not in html
    assert rollup_rows() == before


def test_the_results_fragment_shows_bad_filters_to_the_listing_script(national, known):
    response = national.get(
        "/admin/reports/communes/results/", {"start": "2025-09-30", "end": "2025-09-01"}
    )

    assert response.status_code == 200  # the script swaps in only a success
    assert escape(vietnamese(END_BEFORE_START)) in response.content.decode()


# Exports


def test_the_csv_export_has_a_bom_headings_and_every_commune(national, known):
    rows = csv_rows(national.get(URL, {"export": "csv", "end": END}))

    assert rows[0] == headings()
    assert len(rows) - 1 == Commune.objects.count()
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code[HOAN_KIEM] == [
        HOAN_KIEM,
        "Phường Hoàn Kiếm",
        hanoi(),
        "1000",
        "2",
        "3",
        "2",
        "0.2",
        "1",
        "3",
        "0",
    ]
    assert by_code[known["hue"]][3] == by_code[known["hue"]][7] == ""


def test_the_xlsx_export_holds_numbers_as_numbers(hanoi_admin, known):
    response = hanoi_admin.get(URL, {"export": "xlsx", "end": END})

    assert response.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(book.active.iter_rows(values_only=True))
    assert list(rows[0]) == headings()
    by_code = {row[0]: row for row in rows[1:]}
    assert set(by_code) == set(
        Commune.objects.filter(province=HANOI).values_list("pk", flat=True)
    )
    assert by_code[HOAN_KIEM] == (
        HOAN_KIEM,
        "Phường Hoàn Kiếm",
        hanoi(),
        1000,
        2,
        3,
        2,
        0.2,
        1,
        3,
        0,
    )
    numbers = [value for row in by_code.values() for value in row[3:]]
    assert all(isinstance(value, int | float) for value in numbers if value is not None)
    assert by_code[BA_DINH][7] == 1.0


# Who may see what


def test_anonymous_visitors_are_sent_to_sign_in(client, units):
    for params in ({}, {"export": "csv"}):
        response = client.get(URL, params)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_admin_users_without_a_scope_are_refused_and_see_no_menu_item(client, units):
    editor = account("bien-tap")
    client.force_login(editor)

    for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
        assert client.get(URL, params).status_code == 403
    assert client.get("/admin/reports/communes/results/").status_code == 403
    assert URL not in client.get("/admin/").content.decode()


def test_national_administrators_find_the_report_in_the_reports_menu(national):
    assert URL in national.get("/admin/").content.decode()


def test_a_province_administrator_sees_only_their_province(hanoi_admin, known):
    page = hanoi_admin.get(URL, {"ordering": "-completions"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Phường Hoàn Kiếm" in html and "Huế" not in html
    assert f'<option value="{HUE}"' not in html  # the province choices too

    other = hanoi_admin.get(URL, {"province": HUE})
    assert other.status_code == 400
    assert "Huế" not in other.content.decode().split('id="listing-results"')[1]

    exported_rows = exported(hanoi_admin, ordering="-completions")
    assert known["hue"] not in exported_rows
    assert {row[2] for row in exported_rows.values()} == {hanoi()}
    assert URL in hanoi_admin.get("/admin/").content.decode()


def test_a_commune_administrator_sees_only_their_commune(client, known):
    user = account("xa-hoan-kiem")
    CommuneAdministrator.objects.create(user=user, commune_id=HOAN_KIEM)
    client.force_login(user)

    assert list(exported(client)) == [HOAN_KIEM]
