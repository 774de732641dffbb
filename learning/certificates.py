"""Certificate PDFs with reportlab: data in, bytes out."""

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path(__file__).parent / "fonts"
FONT_REGULAR = "BeVietnamPro"
FONT_BOLD = "BeVietnamPro-Bold"


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on a certificate, already in the reader's language."""

    full_name: str
    course_title: str
    commune: str
    issued_on: date
    serial: str
    verify_url: str
    heading: str
    awarded_to: str
    for_completing: str
    issued_label: str
    serial_label: str
    movement: str


def fonts_register() -> None:
    """Embed Be Vietnam Pro: reportlab's own fonts have no Vietnamese glyphs."""
    if FONT_REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT_REGULAR, FONT_DIR / "BeVietnamPro-Regular.ttf"))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, FONT_DIR / "BeVietnamPro-Bold.ttf"))


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to `size` at which `text` fits in `width`."""
    while size > 10 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
    return size


def certificate_pdf(data: CertificateData) -> bytes:
    """Render one landscape A4 certificate."""
    fonts_register()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(
        buffer,
        pagesize=(width, height),
        pageCompression=1,
        initialFontName=FONT_REGULAR,
    )
    pdf.setTitle(f"{data.heading} – {data.full_name}")
    pdf.setAuthor(data.movement)
    pdf.setSubject(data.course_title)

    red, gold = colors.HexColor("#b3261e"), colors.HexColor("#c9a227")
    pdf.setStrokeColor(red)
    pdf.setLineWidth(6)
    pdf.rect(24, 24, width - 48, height - 48)
    pdf.setStrokeColor(gold)
    pdf.setLineWidth(1.5)
    pdf.rect(36, 36, width - 72, height - 72)

    centre = width / 2
    usable = width - 140
    pdf.setFillColor(red)
    pdf.setFont(FONT_BOLD, 14)
    pdf.drawCentredString(centre, height - 90, data.movement.upper())
    pdf.setFont(FONT_BOLD, 36)
    pdf.drawCentredString(centre, height - 150, data.heading.upper())

    pdf.setFillColor(colors.black)
    pdf.setFont(FONT_REGULAR, 16)
    pdf.drawCentredString(centre, height - 200, data.awarded_to)
    size = _fit(data.full_name, FONT_BOLD, 34, usable)
    pdf.setFont(FONT_BOLD, size)
    pdf.drawCentredString(centre, height - 250, data.full_name)
    if data.commune:
        pdf.setFont(FONT_REGULAR, 14)
        pdf.drawCentredString(centre, height - 280, data.commune)

    pdf.setFont(FONT_REGULAR, 16)
    pdf.drawCentredString(centre, height - 330, data.for_completing)
    size = _fit(data.course_title, FONT_BOLD, 24, usable)
    pdf.setFont(FONT_BOLD, size)
    pdf.setFillColor(red)
    pdf.drawCentredString(centre, height - 368, data.course_title)

    pdf.setFillColor(colors.black)
    pdf.setFont(FONT_REGULAR, 12)
    pdf.drawString(70, 80, f"{data.issued_label}: {data.issued_on:%d/%m/%Y}")
    pdf.drawRightString(width - 70, 80, f"{data.serial_label}: {data.serial}")
    pdf.setFont(FONT_REGULAR, 9)
    pdf.setFillColor(colors.HexColor("#555555"))
    pdf.drawCentredString(centre, 60, data.verify_url)

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
