import io
import subprocess
import unicodedata
from datetime import date

from pypdf import PdfReader

from learning.certificates import CertificateData, certificate_pdf
from tests.conftest import need, pdftotext_available

NAME = "Nguyễn Thị Hồng Nhung"


def _data(**overrides) -> CertificateData:
    values = dict(
        full_name=NAME,
        course_title="Kích hoạt và sử dụng ứng dụng VNeID",
        commune="Phường Hoàn Kiếm, Thành phố Hà Nội",
        issued_on=date(2026, 11, 21),
        serial="A1B2C3D4E5",
        verify_url="http://127.0.0.1:8000/learn/certificates/A1B2C3D4E5/",
        heading="Chứng nhận hoàn thành",
        awarded_to="Chứng nhận",
        for_completing="đã hoàn thành khóa học",
        issued_label="Ngày cấp",
        serial_label="Số chứng nhận",
        movement="Bình dân học vụ số",
    )
    values.update(overrides)
    return CertificateData(**values)


def _text(pdf: bytes) -> str:
    return unicodedata.normalize(
        "NFC", PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    )


def test_certificate_prints_the_vietnamese_name_exactly():
    pdf = certificate_pdf(_data())

    text = _text(pdf)
    assert NAME in text
    assert "Kích hoạt và sử dụng ứng dụng VNeID" in text
    assert "21/11/2026" in text
    assert "A1B2C3D4E5" in text


def test_certificate_embeds_its_font():
    reader = PdfReader(io.BytesIO(certificate_pdf(_data())))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in reader.pages[0]["/Resources"]["/Font"].values()
    }

    assert any("BeVietnamPro" in font for font in fonts)
    assert not any("Helvetica" in font for font in fonts)


def test_pdftotext_reads_the_name_back(tmp_path):
    need(pdftotext_available(), "poppler's pdftotext is not installed")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificate_pdf(_data()))

    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout

    assert NAME in unicodedata.normalize("NFC", out)


def test_a_very_long_name_still_fits_and_reads_back():
    long_name = "Tôn Nữ Thị Phương Thảo Hoàng Lê Nguyễn Ngọc Bích Trâm Anh"

    assert long_name in _text(certificate_pdf(_data(full_name=long_name)))
