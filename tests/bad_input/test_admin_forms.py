"""The Wagtail admin's commune report and xAPI export under hostile filters, as a
province administrator (who may use both) sends them.

Bad filters get a 400 page that shows and exports nothing; valid ones the report
or the download. Nothing is stored, except the export's own audit line when a
download really happens.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from .strategies import (
    FEW,
    assert_no_server_error,
    body,
    form_value,
    huge_number,
    refused,
    stored,
)

REPORT = "/admin/reports/communes/"
REPORT_RESULTS = "/admin/reports/communes/results/"
EXPORT = "/admin/xapi/export/"

days = st.one_of(
    st.none(),
    st.sampled_from(["2025-09-01", "2025-09-30", "1999-12-31", "2101-01-01"]),
    st.sampled_from(["0001-01-01", "9999-12-31", "2025-02-30", "30/02/2025"]),
    huge_number,
    form_value,
)
anything = st.one_of(st.none(), huge_number, form_value)


def params(**values) -> dict:
    return {name: value for name, value in values.items() if value is not None}


@settings(FEW, max_examples=6)
@given(
    province=st.one_of(st.none(), st.sampled_from(["01", "46"]), form_value),
    start=days,
    end=days,
    course=anything,
    area=st.one_of(st.none(), st.sampled_from(["1", "2"]), huge_number, form_value),
    ordering=st.one_of(st.none(), st.sampled_from(["-coverage", "name"]), form_value),
    export=st.one_of(st.none(), st.sampled_from(["csv", "xlsx"]), form_value),
    page=anything,
)
@example(
    province="01\x00",
    start=None,
    end=None,
    course=None,
    area=None,
    ordering=None,
    export=None,
    page=None,
)
@example(
    province="01",
    start="2025-09-01",
    end="2025-09-30",
    course="9" * 400,
    area="1e308",
    ordering="-" * 50,
    export="csv",
    page="9" * 400,
)
def test_the_commune_report_with_hostile_filters(
    province_admin_client,
    fresh,
    province,
    start,
    end,
    course,
    area,
    ordering,
    export,
    page,
):
    fresh()
    query = params(
        province=province,
        start=start,
        end=end,
        course=course,
        area=area,
        ordering=ordering,
        export=export,
        p=page,
    )
    before = stored()

    page_response = province_admin_client.get(REPORT, query)
    results = province_admin_client.get(REPORT_RESULTS, query)

    assert_no_server_error(page_response, "report")
    assert_no_server_error(results, "results")
    # The report, its export, the filters' errors (400), or no such page (404).
    assert page_response.status_code in (200, 400, 404), page_response.status_code
    body(page_response)
    assert stored() == before


@FEW
@given(start=days, end=days)
@example(start="2025-09-01\x00", end="2025-09-30")
@example(start="9" * 400, end="2025-09-30")
@example(start="2000-01-01", end="2100-12-31")
@example(start=["2025-09-01", "2025-09-02"], end="2025-09-30")
def test_the_xapi_export_with_hostile_dates(province_admin_client, fresh, start, end):
    fresh()
    before = stored()

    response = province_admin_client.get(EXPORT, params(start=start, end=end))

    assert_no_server_error(response)
    content = body(response)
    after = stored()
    if refused(response) or response.status_code == 200 and not response.streaming:
        # The form again, with what is wrong; nothing exported, nothing logged.
        assert after == before
        return
    assert response.status_code == 200
    assert content.startswith(b"[")
    # One audit line for the download, and nothing else.
    logged = after.pop("wagtailcore.ModelLogEntry") - before.pop(
        "wagtailcore.ModelLogEntry"
    )
    assert logged == 1
    assert after == before
