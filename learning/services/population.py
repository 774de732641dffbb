"""Commune populations from an administrator's file: read and checked first, with
every row's problems, and saved only when the administrator confirms."""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..models import Commune, PopulationChange, PopulationImport, User
from ..scopes import Scope

MAX_BYTES = 1_000_000
MAX_ROWS = 10_000
YEAR_FIRST = 1990
# Header names accepted for each column, in English and Vietnamese.
COLUMNS = {
    "commune_code": {"commune_code", "code", "mã xã", "ma_xa", "mã đơn vị"},
    "population": {"population", "dân số", "dan_so"},
    "year": {"year", "năm", "nam"},
}
OPTIONAL = {"commune_name", "name", "tên xã", "ten_xa"}
TOKEN_SALT = "learning.population_import"  # noqa: S105 - a salt, not a secret
TOKEN_MAX_AGE = 30 * 60


class PopulationFileInvalid(ValueError):
    """The file cannot be read as a population table at all."""


@dataclass
class PopulationRow:
    line: int
    code: str
    population: int | None = None
    year: int | None = None
    commune: Commune | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def old(self) -> int | None:
        return self.commune.population if self.commune else None


@dataclass
class PopulationPreview:
    rows: list[PopulationRow]

    @property
    def errors(self) -> list[PopulationRow]:
        return [row for row in self.rows if row.errors]

    @property
    def changes(self) -> list[PopulationRow]:
        return [
            row
            for row in self.rows
            if not row.errors
            and (row.old != row.population or row.commune.population_year != row.year)
        ]

    def token(self, *, user: User) -> str:
        """The checked rows, signed for the confirmation: nothing is kept meanwhile."""
        rows = [[row.code, row.population, row.year] for row in self.changes]
        return signing.dumps(
            {"user": user.pk, "rows": rows}, salt=TOKEN_SALT, compress=True
        )


def _header(cells: list[str]) -> dict[str, int]:
    names = [str(cell or "").strip().lower() for cell in cells]
    where = {}
    for column, accepted in COLUMNS.items():
        found = [n for n, name in enumerate(names) if name in accepted]
        if len(found) != 1:
            break
        where[column] = found[0]
    unknown = [
        name
        for name in names
        if name
        and name not in OPTIONAL
        and not any(name in a for a in COLUMNS.values())
    ]
    if len(where) != len(COLUMNS) or unknown:
        raise PopulationFileInvalid(
            _(
                "The first row must name the columns commune_code, population and "
                "year (a commune_name column may be added). Download the template."
            )
        )
    return where


def _csv_rows(data: bytes) -> list[list]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PopulationFileInvalid(
            _(
                "The file is not in UTF-8. Save it as “CSV UTF-8” (in Excel: Save As, "
                "CSV UTF-8) and upload it again."
            )
        ) from None
    if "\x00" in text:
        raise PopulationFileInvalid(_("The file is not a CSV table."))
    try:
        return list(csv.reader(io.StringIO(text)))
    except csv.Error:
        raise PopulationFileInvalid(_("The file is not a CSV table.")) from None


def _xlsx_rows(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_BYTES * 20:
            raise PopulationFileInvalid(_("The spreadsheet is too large."))
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except PopulationFileInvalid:
        raise
    except Exception:
        raise PopulationFileInvalid(
            _("The file is not an Excel workbook (.xlsx).")
        ) from None
    rows = []
    for values in book.worksheets[0].iter_rows(values_only=True):
        rows.append(list(values))
        if len(rows) > MAX_ROWS + 1:
            break
    book.close()
    return rows


def _number(value) -> int | None:
    """A whole number from a cell, or None; "12.500" and "12,500" are 12500."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value or "").strip().replace(".", "").replace(",", "").replace(" ", "")
    if not text.lstrip("-").isdigit() or len(text) > 12:
        return None
    return int(text)


def population_file_read(*, name: str, data: bytes, scope: Scope) -> PopulationPreview:
    """Check an uploaded CSV or XLSX of commune populations; saves nothing.

    Raises PopulationFileInvalid when the file as a whole cannot be read.
    """
    if len(data) > MAX_BYTES:
        raise PopulationFileInvalid(
            _("The file is larger than %(size)s MB.") % {"size": MAX_BYTES // 1_000_000}
        )
    if name.lower().endswith(".xlsx"):
        table = _xlsx_rows(data)
    elif name.lower().endswith(".csv"):
        table = _csv_rows(data)
    else:
        raise PopulationFileInvalid(_("Upload a .csv or .xlsx file."))
    table = [row for row in table if any(str(c or "").strip() for c in row)]
    if not table:
        raise PopulationFileInvalid(_("The file is empty."))
    where = _header(table[0])
    if len(table) - 1 > MAX_ROWS:
        raise PopulationFileInvalid(
            _("The file has more than %(count)s rows.") % {"count": MAX_ROWS}
        )
    rows = []
    last_year = timezone.now().year
    for line, cells in enumerate(table[1:], start=2):
        cells = [*cells, *[None] * (max(where.values()) + 1 - len(cells))]
        raw = {column: cells[n] for column, n in where.items()}
        if any(str(v).startswith("=") for v in raw.values() if v is not None):
            row = PopulationRow(line=line, code=str(raw["commune_code"] or "").strip())
            row.errors.append(_("A formula is not accepted: type the number itself."))
            rows.append(row)
            continue
        code = raw["commune_code"]
        code = f"{code:05d}" if isinstance(code, int) else str(code or "").strip()
        row = PopulationRow(line=line, code=code[:20])
        row.population = _number(raw["population"])
        if row.population is None:
            row.errors.append(_("The population is not a whole number."))
        elif row.population < 0:
            row.errors.append(_("The population cannot be negative."))
        row.year = _number(raw["year"])
        if row.year is None or not YEAR_FIRST <= row.year <= last_year:
            row.errors.append(
                _("The year must be between %(first)s and %(last)s.")
                % {"first": YEAR_FIRST, "last": last_year}
            )
        rows.append(row)
    communes = Commune.objects.select_related("province").in_bulk(
        {row.code for row in rows}
    )
    seen: dict[str, list[PopulationRow]] = {}
    for row in rows:
        seen.setdefault(row.code, []).append(row)
        row.commune = communes.get(row.code)
        if row.commune is None:
            row.errors.append(_("No commune has this code."))
        elif not scope.includes(row.commune):
            row.errors.append(_("This commune is outside the units you administer."))
    for copies in seen.values():
        if len(copies) > 1:
            lines = ", ".join(str(copy.line) for copy in copies)
            for copy in copies:
                copy.errors.append(
                    _("This commune appears more than once (rows %(lines)s).")
                    % {"lines": lines}
                )
    return PopulationPreview(rows=rows)


@transaction.atomic
def population_import(
    *, token: str, name: str, scope: Scope, by: User
) -> PopulationImport:
    """Save the populations of a confirmed preview, keeping the values they replace.

    Raises ValueError for a token that is forged, expired or someone else's, or when
    a commune left the administrator's scope meanwhile.
    """
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        raise ValueError(
            _("This preview has expired or is not valid. Upload the file again.")
        ) from None
    if payload.get("user") != by.pk:
        raise ValueError(_("This preview was made by someone else."))
    wanted = {code: (population, year) for code, population, year in payload["rows"]}
    communes = Commune.objects.select_for_update().in_bulk(list(wanted))
    if len(communes) != len(wanted) or not all(
        scope.includes(commune) for commune in communes.values()
    ):
        raise ValueError(_("Some communes are outside the units you administer."))
    run = PopulationImport.objects.create(
        uploaded_by=by, filename=name[:200], rows=len(wanted)
    )
    changes = []
    for code, (population, year) in wanted.items():
        commune = communes[code]
        changes.append(
            PopulationChange(
                commune=commune,
                old=commune.population,
                new=population,
                year=year,
                import_run=run,
                changed_by=by,
            )
        )
        commune.population, commune.population_year = population, year
    Commune.objects.bulk_update(communes.values(), ["population", "population_year"])
    PopulationChange.objects.bulk_create(changes)
    log(
        instance=run,
        action="learning.population_import",
        user=by,
        data={"file": run.filename, "communes": len(wanted)},
    )
    return run


def population_change_record(*, commune: Commune, old: int | None, by: User) -> None:
    """Keep a hand edit of a commune's population in its history (an import keeps
    its own)."""
    if commune.population != old:
        PopulationChange.objects.create(
            commune=commune,
            old=old,
            new=commune.population,
            year=commune.population_year,
            changed_by=by,
        )
