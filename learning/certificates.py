"""Certificate PDFs with reportlab: data in, bytes out.

Pure on purpose: the text arrives already in the reader's language, so campaign
merit certificates can reuse the layout. Fonts are registered once per process.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path(__file__).parent / "fonts"
FONT_REGULAR = "BeVietnamPro"
FONT_BOLD = "BeVietnamPro-Bold"
RED = colors.HexColor("#b3261e")
GOLD = colors.HexColor("#c9a227")
GREY = colors.HexColor("#555555")
MONTHS_EN = (
    "January February March April May June July August September October "
    "November December"
).split()


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate, already in the reader's language."""

    full_name: str
    course_title: str
    competences: tuple[str, ...]
    commune: str
    completed_on: date
    issuer: str
    number: str
    verify_url: str
    language: str
    heading: str
    awarded_to: str
    for_completing: str
    competences_label: str
    completed_label: str
    number_label: str
    scan_label: str
    movement: str
    national_header: tuple[str, ...] = ()


def date_written(day: date, language: str) -> str:
    """A date in words: "ngày 05 tháng 3 năm 2026" in Vietnamese.

    Vietnamese follows the rule for official documents: a zero before days under
    10 and before months 1 and 2.
    """
    if language.startswith("vi"):
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        return f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


@cache
def fonts_register() -> None:
    """Embed Be Vietnam Pro: reportlab's own fonts have no Vietnamese glyphs."""
    pdfmetrics.registerFont(TTFont(FONT_REGULAR, FONT_DIR / "BeVietnamPro-Regular.ttf"))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, FONT_DIR / "BeVietnamPro-Bold.ttf"))


def _fit(
    text: str, font: str, size: float, width: float, smallest: float = 10
) -> float:
    """The largest font size up to `size` at which `text` fits in `width`."""
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
    return size


def _lines(
    pdf,
    text: str,
    *,
    font: str,
    size: float,
    x: float,
    y: float,
    width: float,
    leading: float,
    most: int,
) -> float:
    """Draw `text` centred on `x`, wrapped to `width`; return the y below it."""
    lines = simpleSplit(text, font, size, width)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip(" ,;") + "…"
    pdf.setFont(font, size)
    for line in lines:
        pdf.drawCentredString(x, y, line)
        y -= leading
    return y


def _qr(pdf, url: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code as one path of dark runs: far cheaper than a shape a module."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    count = code.getModuleCount()
    module = size / count
    path = pdf.beginPath()
    for row in range(count):
        top = y + size - (row + 1) * module
        col = 0
        while col < count:
            if not code.isDark(row, col):
                col += 1
                continue
            start = col
            while col < count and code.isDark(row, col):
                col += 1
            path.rect(x + start * module, top, (col - start) * module, module)
    pdf.setFillColor(colors.black)
    pdf.drawPath(path, stroke=0, fill=1)


def _page(pdf, data: CertificateData, width: float, height: float) -> None:
    pdf.setStrokeColor(RED)
    pdf.setLineWidth(6)
    pdf.rect(24, 24, width - 48, height - 48)
    pdf.setStrokeColor(GOLD)
    pdf.setLineWidth(1.5)
    pdf.rect(36, 36, width - 72, height - 72)

    centre, usable = width / 2, width - 160
    top = height - 70
    # Issuer on the left, the national header on the right, as on official papers.
    pdf.setFillColor(colors.black)
    _lines(
        pdf,
        data.issuer.upper(),
        font=FONT_BOLD,
        size=10,
        x=190,
        y=top,
        width=280,
        leading=13,
        most=3,
    )
    if data.national_header:
        pdf.setFont(FONT_BOLD, 10)
        pdf.drawCentredString(width - 190, top, data.national_header[0])
        pdf.setFont(FONT_BOLD, 11)
        for index, line in enumerate(data.national_header[1:], start=1):
            pdf.drawCentredString(width - 190, top - 14 * index, line)

    pdf.setFillColor(RED)
    pdf.setFont(FONT_BOLD, 34)
    pdf.drawCentredString(centre, height - 150, data.heading.upper())
    pdf.setFont(FONT_BOLD, 12)
    pdf.drawCentredString(centre, height - 172, data.movement.upper())

    pdf.setFillColor(colors.black)
    pdf.setFont(FONT_REGULAR, 15)
    pdf.drawCentredString(centre, height - 208, data.awarded_to)
    pdf.setFont(FONT_BOLD, _fit(data.full_name, FONT_BOLD, 32, usable))
    pdf.drawCentredString(centre, height - 248, data.full_name)
    if data.commune:
        pdf.setFont(FONT_REGULAR, 13)
        pdf.drawCentredString(centre, height - 272, data.commune)

    # Shrink to one line: merit certificates say more here than "has completed".
    pdf.setFont(FONT_REGULAR, _fit(data.for_completing, FONT_REGULAR, 15, usable))
    pdf.drawCentredString(centre, height - 306, data.for_completing)
    pdf.setFillColor(RED)
    y = _lines(
        pdf,
        data.course_title,
        font=FONT_BOLD,
        # Shrink a little to keep a title on one line; wrap a long one.
        size=_fit(data.course_title, FONT_BOLD, 22, usable, smallest=17),
        x=centre,
        y=height - 338,
        width=usable,
        leading=26,
        most=2,
    )
    pdf.setFillColor(colors.black)
    if data.competences:
        text = f"{data.competences_label}: {'; '.join(data.competences)}"
        y = _lines(
            pdf,
            text,
            font=FONT_REGULAR,
            size=11,
            x=centre,
            y=y - 4,
            width=usable - 120,
            leading=14,
            most=3,
        )

    # Bottom: the QR code and number on the left, the date and issuer on the right.
    qr_size = 92
    _qr(pdf, data.verify_url, x=62, y=58, size=qr_size)
    pdf.setFont(FONT_BOLD, 11)
    pdf.drawString(166, 132, f"{data.number_label}: {data.number}")
    pdf.setFont(FONT_REGULAR, 9)
    pdf.setFillColor(GREY)
    pdf.drawString(166, 116, data.scan_label)
    pdf.drawString(166, 103, data.verify_url)
    pdf.setFillColor(colors.black)
    pdf.setFont(FONT_REGULAR, 12)
    right = width - 190
    completed = (
        f"{data.completed_label} {date_written(data.completed_on, data.language)}"
    )
    pdf.drawCentredString(right, 140, completed)
    _lines(
        pdf,
        data.issuer,
        font=FONT_BOLD,
        size=11,
        x=right,
        y=118,
        width=280,
        leading=14,
        most=3,
    )


def certificates_pdf(pages: Sequence[CertificateData], *, title: str = "") -> bytes:
    """Render certificates as one A4 landscape PDF, one per page, ready to print."""
    if not pages:
        raise ValueError("A certificate PDF needs at least one certificate.")
    fonts_register()
    first = pages[0]
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(
        buffer,
        pagesize=(width, height),
        pageCompression=1,
        initialFontName=FONT_REGULAR,
        lang=first.language,
    )
    pdf.setTitle(title or f"{first.heading} – {first.full_name}")
    pdf.setAuthor(first.issuer)
    pdf.setSubject(first.course_title if len(pages) == 1 else first.movement)
    pdf.setCreator(first.movement)
    for data in pages:
        _page(pdf, data, width, height)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def certificate_pdf(data: CertificateData) -> bytes:
    """Render one certificate."""
    return certificates_pdf([data])
