"""Sample data shared by tests and benchmarks."""

from datetime import date

from learning.certificates import CertificateData

NAME = "Nguyễn Thị Hồng Nhung"
COURSE = "Kích hoạt và sử dụng ứng dụng VNeID"
VERIFY_URL = "http://127.0.0.1:8000/certificates/verify/Xy3_k9-Qm2PaT7vLwE4n/"


def certificate_data(**overrides) -> CertificateData:
    """A Vietnamese certificate, as the views fill it in for a reader in Vietnamese."""
    values = dict(
        full_name=NAME,
        course_title=COURSE,
        competences=("4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư",),
        commune="Phường Hoàn Kiếm, Thành phố Hà Nội",
        completed_on=date(2026, 3, 5),
        issuer="Ban Chỉ đạo phong trào Bình dân học vụ số",
        number="7K3M9-QXP2A",
        verify_url=VERIFY_URL,
        language="vi",
        heading="Giấy chứng nhận",
        awarded_to="Chứng nhận Ông/Bà",
        for_completing="đã hoàn thành khóa học",
        competences_label="Năng lực được rèn luyện",
        completed_label="Hoàn thành",
        number_label="Số",
        scan_label="Quét mã QR để kiểm tra:",
        movement="Bình dân học vụ số",
        national_header=(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập – Tự do – Hạnh phúc",
        ),
    )
    values.update(overrides)
    return CertificateData(**values)
