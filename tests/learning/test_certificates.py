"""The certificate PDF: read back as a person and a PDF checker would read it."""

import io
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from learning.certificates import (
    FONT_REGULAR,
    certificate_pdf,
    certificates_pdf,
    date_written,
)
from tests.conftest import need, pdftotext_available
from tests.samples import COURSE, NAME, VERIFY_URL, certificate_data

URL = VERIFY_URL


def _text(pdf: bytes, page: int = 0) -> str:
    return unicodedata.normalize(
        "NFC", PdfReader(io.BytesIO(pdf)).pages[page].extract_text()
    )


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_the_certificate_prints_every_part_in_correct_vietnamese():
    text = _text(certificate_pdf(certificate_data()))

    for part in (
        NAME,
        COURSE,
        "4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư",
        "Phường Hoàn Kiếm, Thành phố Hà Nội",
        "Hoàn thành ngày 05 tháng 3 năm 2026",
        "Ban Chỉ đạo phong trào Bình dân học vụ số",
        "7K3M9-QXP2A",
        URL,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ):
        assert part in text


def test_pdftotext_gives_back_the_exact_name_and_course(tmp_path):
    need(pdftotext_available(), "poppler's pdftotext is not installed")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificate_pdf(certificate_data()))

    out = _run("pdftotext", str(path), "-").stdout

    lines = [unicodedata.normalize("NFC", line.strip()) for line in out.splitlines()]
    assert NAME in lines
    assert COURSE in lines


def test_dates_are_written_in_words_the_official_vietnamese_way():
    assert date_written(date(2026, 3, 5), "vi") == "ngày 05 tháng 3 năm 2026"
    assert date_written(date(2026, 1, 21), "vi") == "ngày 21 tháng 01 năm 2026"
    assert date_written(date(2026, 12, 9), "vi") == "ngày 09 tháng 12 năm 2026"
    assert date_written(date(2026, 11, 21), "en") == "21 November 2026"


def test_the_page_is_a4_landscape_with_metadata_and_an_embedded_subset_font():
    reader = PdfReader(io.BytesIO(certificate_pdf(certificate_data())))
    page = reader.pages[0]
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in page["/Resources"]["/Font"].values()
    }

    assert len(reader.pages) == 1
    assert round(float(page.mediabox.width)) == 842
    assert round(float(page.mediabox.height)) == 595
    assert reader.metadata.title == f"Giấy chứng nhận – {NAME}"
    assert reader.metadata.author == "Ban Chỉ đạo phong trào Bình dân học vụ số"
    assert reader.metadata.subject == COURSE
    # reportlab embeds only the glyphs used, under a subset tag ("AAAAAA+...").
    assert fonts and all("+BeVietnamPro" in font for font in fonts)


def test_the_file_is_small_and_valid_for_qpdf(tmp_path):
    need(shutil.which("qpdf") is not None, "qpdf is not installed")
    pdf = certificate_pdf(certificate_data())
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)

    check = _run("qpdf", "--check", str(path))

    assert len(pdf) <= 100 * 1024
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_qr_code_decodes_to_the_verification_url(tmp_path):
    need(
        shutil.which("pdftoppm") is not None and shutil.which("zbarimg") is not None,
        "pdftoppm (poppler-utils) and zbarimg (zbar-tools) are not installed",
    )
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificate_pdf(certificate_data()))

    _run("pdftoppm", "-r", "100", "-png", "-singlefile", str(path), str(tmp_path / "p"))
    decoded = _run("zbarimg", "--quiet", "--raw", str(tmp_path / "p.png"))

    assert decoded.stdout.strip() == URL


def test_a_very_long_name_and_title_still_read_back():
    long_name = "Tôn Nữ Thị Phương Thảo Hoàng Lê Nguyễn Ngọc Bích Trâm Anh"
    long_title = "Sử dụng dịch vụ công trực tuyến " * 4

    text = _text(
        certificate_pdf(certificate_data(full_name=long_name, course_title=long_title))
    )

    assert long_name in text
    assert "Sử dụng dịch vụ công trực tuyến" in text


def test_english_certificates_write_the_date_in_english():
    text = _text(
        certificate_pdf(
            certificate_data(
                language="en", completed_label="Completed on", national_header=()
            )
        )
    )

    assert "Completed on 5 March 2026" in text
    assert "CỘNG HÒA" not in text


def test_a_batch_is_one_pdf_with_a_page_each_and_the_font_once():
    names = [f"Nguyễn Văn {letter}" for letter in "ABCDEFGHIJ"]
    one = certificate_pdf(certificate_data())

    batch = certificates_pdf(
        [certificate_data(full_name=name) for name in names], title="Đợt 1"
    )

    reader = PdfReader(io.BytesIO(batch))
    assert len(reader.pages) == len(names)
    assert [name in _text(batch, index) for index, name in enumerate(names)] == [
        True
    ] * len(names)
    assert reader.metadata.title == "Đợt 1"
    # The font is embedded once for the whole batch, not once a page.
    assert len(batch) < 3 * len(one)


def test_rendering_registers_the_fonts_once():
    certificate_pdf(certificate_data())
    font = pdfmetrics.getFont(FONT_REGULAR)

    certificate_pdf(certificate_data(full_name="Lê Văn Tám"))

    assert pdfmetrics.getFont(FONT_REGULAR) is font


def test_a_batch_needs_a_certificate():
    with pytest.raises(ValueError):
        certificates_pdf([])
