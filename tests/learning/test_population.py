"""Commune populations imported from a file: preview first, row errors, history."""

import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from openpyxl import Workbook
from wagtail.models import ModelLogEntry

from learning.models import (
    Commune,
    PopulationChange,
    PopulationImport,
    ProvinceAdministrator,
    User,
)

URL = "/admin/population/"
HANOI = "01"
HOAN_KIEM, BA_DINH = "00070", "00004"


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser(username="root", password="!")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def hue_code() -> str:
    return Commune.objects.filter(province="46").values_list("pk", flat=True).first()


def csv_file(text: str, name="dan-so.csv", encoding="utf-8") -> io.BytesIO:
    upload = io.BytesIO(text.encode(encoding))
    upload.name = name
    return upload


def xlsx_file(rows, name="dan-so.xlsx") -> io.BytesIO:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    upload = io.BytesIO()
    book.save(upload)
    upload.seek(0)
    upload.name = name
    return upload


def populations() -> dict[str, int | None]:
    return dict(
        Commune.objects.filter(pk__in=[HOAN_KIEM, BA_DINH]).values_list(
            "pk", "population"
        )
    )


def nothing_stored(before: dict) -> None:
    assert populations() == before
    assert not PopulationChange.objects.exists()
    assert not PopulationImport.objects.exists()
    assert not ModelLogEntry.objects.filter(
        action="learning.population_import"
    ).exists()


def token_of(response) -> str:
    return re.search(r'name="token" value="([^"]+)"', response.content.decode())[1]


def test_a_csv_is_previewed_then_saved_on_confirmation_with_its_history(
    admin_client, superuser, units
):
    before = populations()
    upload = csv_file(
        "commune_code,commune_name,population,year\n"
        f'{HOAN_KIEM},Hoàn Kiếm,"135.000",2025\n{BA_DINH},Ba Đình,221000,2025\n'
    )

    preview = admin_client.post(URL, {"file": upload})

    assert preview.status_code == 200
    assert "135000" in preview.content.decode()
    nothing_stored(before)

    saved = admin_client.post(URL, {"token": token_of(preview), "name": "dan-so.csv"})

    assert saved.status_code == 302
    assert populations() == {HOAN_KIEM: 135000, BA_DINH: 221000}
    assert Commune.objects.get(pk=HOAN_KIEM).population_year == 2025
    run = PopulationImport.objects.get()
    assert (run.uploaded_by, run.rows, run.filename) == (superuser, 2, "dan-so.csv")
    assert set(
        PopulationChange.objects.values_list("commune", "old", "new", "changed_by")
    ) == {
        (HOAN_KIEM, before[HOAN_KIEM], 135000, superuser.pk),
        (BA_DINH, before[BA_DINH], 221000, superuser.pk),
    }
    assert ModelLogEntry.objects.filter(
        action="learning.population_import", user=superuser
    ).exists()
    page = admin_client.get(URL)
    assert "dan-so.csv" in page.content.decode()  # the recent changes


def test_a_reimport_replaces_the_values_and_keeps_what_it_replaced(admin_client, units):
    for population in (1000, 2000):
        upload = csv_file(
            f"commune_code,population,year\n{HOAN_KIEM},{population},2025\n"
        )
        preview = admin_client.post(URL, {"file": upload})
        admin_client.post(URL, {"token": token_of(preview), "name": "f.csv"})

    assert Commune.objects.get(pk=HOAN_KIEM).population == 2000
    again = admin_client.post(
        URL,
        {"file": csv_file(f"commune_code,population,year\n{HOAN_KIEM},2000,2025\n")},
    )
    assert "Không có gì thay đổi" in again.content.decode()
    assert 'name="token"' not in again.content.decode()
    assert list(PopulationChange.objects.order_by("pk").values_list("old", "new"))[
        -1
    ] == (1000, 2000)


def test_an_xlsx_is_read_and_formulas_are_refused(admin_client, units):
    before = populations()
    good = admin_client.post(
        URL,
        {
            "file": xlsx_file(
                [["commune_code", "population", "year"], [HOAN_KIEM, 135000, 2025]]
            )
        },
    )
    formula = admin_client.post(
        URL,
        {
            "file": xlsx_file(
                [
                    ["commune_code", "population", "year"],
                    [HOAN_KIEM, "=1000*135", 2025],
                ]
            )
        },
    )

    assert good.status_code == 200 and 'name="token"' in good.content.decode()
    assert formula.status_code == 400
    assert "Không nhận công thức" in formula.content.decode()
    assert 'name="token"' not in formula.content.decode()
    nothing_stored(before)


def test_every_row_error_is_shown_and_nothing_is_stored(admin_client, units):
    before = populations()
    upload = csv_file(
        "commune_code,population,year\n"
        "99999,100,2025\n"  # unknown code
        f"{HOAN_KIEM},nhiều,2025\n"  # not a number
        f"{BA_DINH},-5,2025\n"  # negative
        f"{BA_DINH},5,2025\n"  # duplicate (with the row above)
        f"{hue_code()},100,1850\n"  # year out of range
    )

    response = admin_client.post(URL, {"file": upload})

    page = response.content.decode()
    assert response.status_code == 400
    for message in (
        "Không có xã/phường nào mang mã này",
        "Dân số phải là một số nguyên",
        "Dân số không thể là số âm",
        "xuất hiện nhiều lần (các dòng 4, 5)",
        "Năm phải từ 1990 đến",
    ):
        assert message in page, message
    assert 'name="token"' not in page
    nothing_stored(before)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (csv_file("ma,so\n00070,1\n"), "Dòng đầu phải ghi tên các cột"),
        (
            csv_file("commune_code,population,year\n00070,1,2025\n", "f.csv", "utf-16"),
            "Tệp không ở dạng UTF-8",
        ),
        (
            csv_file(
                "commune_code,population,year,ten\n00070,1,2025,Hoàn\n",
                "f.csv",
                "cp1258",
            ),
            "Tệp không ở dạng UTF-8",
        ),
        (csv_file(""), "Tập tin được gửi là rỗng"),  # Django's own check
        (csv_file("\n\n"), "Tệp trống"),
        (csv_file("a", name="dan-so.txt"), "Hãy tải lên tệp .csv hoặc .xlsx"),
        (
            csv_file("PK\x03\x04 not a zip", name="dan-so.xlsx"),
            "không phải sổ tính Excel",
        ),
        (
            csv_file("commune_code,population,year\n" + "00070,1,2025\n" * 90_000),
            "lớn hơn 1 MB",
        ),
        (
            csv_file("commune_code,population,year\n" + "1,1,2025\n" * 10_001),
            "nhiều hơn 10000 dòng",
        ),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_a_reason(
    admin_client, units, upload, message
):
    before = populations()

    response = admin_client.post(URL, {"file": upload})

    assert response.status_code == 400
    assert message in response.content.decode()
    nothing_stored(before)


def test_a_forged_expired_or_borrowed_preview_saves_nothing(
    admin_client, client, units
):
    before = populations()
    preview = admin_client.post(
        URL, {"file": csv_file(f"commune_code,population,year\n{HOAN_KIEM},7,2025\n")}
    )
    token = token_of(preview)
    other = User.objects.create_superuser(username="root2", password="!")
    client.force_login(other)

    forged = admin_client.post(URL, {"token": token[:-2] + "xx", "name": "f.csv"})
    borrowed = client.post(URL, {"token": token, "name": "f.csv"})

    assert forged.status_code == 400 and borrowed.status_code == 400
    assert "Bản xem trước này đã hết hạn" in forged.content.decode()
    nothing_stored(before)


def test_a_province_administrator_imports_only_their_province(client, units):
    user = User.objects.create_user(username="tinh", password="!")
    ProvinceAdministrator.objects.create(user=user, province_id=HANOI)
    client.force_login(user)
    before = populations()

    outside = client.post(
        URL,
        {"file": csv_file(f"commune_code,population,year\n{hue_code()},100,2025\n")},
    )
    template = client.get(URL + "template.csv")

    assert outside.status_code == 400
    assert "nằm ngoài các đơn vị bạn quản trị" in outside.content.decode()
    nothing_stored(before)
    rows = template.content.decode("utf-8-sig").splitlines()
    assert rows[0] == "commune_code,commune_name,population,year"
    codes = {row.split(",")[0] for row in rows[1:]}
    assert HOAN_KIEM in codes and hue_code() not in codes
    assert codes == set(
        Commune.objects.filter(province=HANOI).values_list("pk", flat=True)
    )


def test_others_are_refused(client, units):
    plain = User.objects.create_user(username="dan", password="!", is_staff=True)
    group = Group.objects.create(name="Biên tập")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    plain.groups.add(group)

    anonymous = client.get(URL)
    client.force_login(plain)
    no_scope = client.get(URL)
    no_template = client.get(URL + "template.csv")

    assert anonymous.status_code == 302  # to the admin's sign-in
    assert no_scope.status_code in (302, 403)
    assert no_template.status_code in (302, 403)


def test_a_hand_edit_in_the_admin_keeps_its_history_too(admin_client, superuser, units):
    url = f"/admin/snippets/learning/commune/edit/{HOAN_KIEM}/"
    before = Commune.objects.get(pk=HOAN_KIEM).population

    negative = admin_client.post(url, {"population": "-1", "population_year": "2025"})
    edited = admin_client.post(url, {"population": "5000", "population_year": "2025"})
    unchanged = admin_client.post(
        url, {"population": "5000", "population_year": "2025"}
    )

    assert negative.status_code == 200  # the form again, with its error
    assert edited.status_code == unchanged.status_code == 302
    assert list(
        PopulationChange.objects.values_list(
            "old", "new", "year", "changed_by", "import_run"
        )
    ) == [(before, 5000, 2025, superuser.pk, None)]
    assert "—" in admin_client.get(URL).content.decode()  # no file: by hand
