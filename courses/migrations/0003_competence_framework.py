"""Seed Circular 02/2025/TT-BGDĐT: 6 areas, 24 competences, 8 proficiency steps."""

from django.conf import settings
from django.db import migrations

AREAS = [
    (1, "Khai thác dữ liệu và thông tin", "Information and data literacy"),
    (2, "Giao tiếp và hợp tác trong môi trường số",
     "Communication and collaboration in the digital environment"),
    (3, "Sáng tạo nội dung số", "Digital content creation"),
    (4, "An toàn", "Safety"),
    (5, "Giải quyết vấn đề", "Problem solving"),
    (6, "Ứng dụng trí tuệ nhân tạo", "Applying artificial intelligence"),
]
COMPETENCES = [
    ("1.1", "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
     "Browsing, searching and filtering data, information and digital content"),
    ("1.2", "Đánh giá dữ liệu, thông tin và nội dung số",
     "Evaluating data, information and digital content"),
    ("1.3", "Quản lý dữ liệu, thông tin và nội dung số",
     "Managing data, information and digital content"),
    ("2.1", "Tương tác thông qua công nghệ số",
     "Interacting through digital technologies"),
    ("2.2", "Chia sẻ thông qua công nghệ số", "Sharing through digital technologies"),
    ("2.3", "Sử dụng công nghệ số để thực hiện trách nhiệm công dân",
     "Engaging in citizenship through digital technologies"),
    ("2.4", "Hợp tác thông qua công nghệ số",
     "Collaborating through digital technologies"),
    ("2.5", "Quy tắc ứng xử trên mạng", "Netiquette"),
    ("2.6", "Quản lý danh tính số", "Managing digital identity"),
    ("3.1", "Phát triển nội dung số", "Developing digital content"),
    ("3.2", "Tích hợp và tạo lập lại nội dung số",
     "Integrating and re-elaborating digital content"),
    ("3.3", "Thực thi bản quyền và giấy phép", "Copyright and licences"),
    ("3.4", "Lập trình", "Programming"),
    ("4.1", "Bảo vệ thiết bị", "Protecting devices"),
    ("4.2", "Bảo vệ dữ liệu cá nhân và quyền riêng tư",
     "Protecting personal data and privacy"),
    ("4.3", "Bảo vệ sức khỏe và an sinh số",
     "Protecting health and digital well-being"),
    ("4.4", "Bảo vệ môi trường", "Protecting the environment"),
    ("5.1", "Giải quyết các vấn đề kỹ thuật", "Solving technical problems"),
    ("5.2", "Xác định nhu cầu và phản hồi công nghệ",
     "Identifying needs and technological responses"),
    ("5.3", "Sử dụng sáng tạo công nghệ số",
     "Creatively using digital technologies"),
    ("5.4", "Xác định các vấn đề cần cải thiện về năng lực số",
     "Identifying digital competence gaps"),
    ("6.1", "Hiểu biết về trí tuệ nhân tạo", "Understanding artificial intelligence"),
    ("6.2", "Sử dụng trí tuệ nhân tạo", "Using artificial intelligence"),
    ("6.3", "Đánh giá trí tuệ nhân tạo", "Evaluating artificial intelligence"),
]
LEVELS = [
    (1, "basic", "Cơ bản – bậc 1", "Basic – step 1",
     "Làm được việc đơn giản khi có người hướng dẫn.",
     "Simple tasks, with guidance."),
    (2, "basic", "Cơ bản – bậc 2", "Basic – step 2",
     "Làm được việc đơn giản, tự làm hoặc khi cần thì có người hướng dẫn.",
     "Simple tasks, on one's own or with guidance where needed."),
    (3, "intermediate", "Trung cấp – bậc 3", "Intermediate – step 3",
     "Tự làm được việc thường ngày, được xác định rõ.",
     "Well-defined, routine tasks, on one's own."),
    (4, "intermediate", "Trung cấp – bậc 4", "Intermediate – step 4",
     "Tự làm được việc và giải quyết vấn đề được xác định rõ, không thường gặp.",
     "Tasks and well-defined non-routine problems, independently."),
    (5, "advanced", "Nâng cao – bậc 5", "Advanced – step 5",
     "Làm được nhiều việc khác nhau và hướng dẫn người khác.",
     "Different tasks and problems, guiding others."),
    (6, "advanced", "Nâng cao – bậc 6", "Advanced – step 6",
     "Chọn cách làm phù hợp nhất trong tình huống phức tạp.",
     "The most appropriate tasks in complex situations."),
    (7, "specialised", "Chuyên sâu – bậc 7", "Highly specialised – step 7",
     "Giải quyết vấn đề phức tạp, đóng góp vào thực tiễn chuyên môn.",
     "Complex problems, contributing to professional practice."),
    (8, "specialised", "Chuyên sâu – bậc 8", "Highly specialised – step 8",
     "Giải quyết vấn đề rất phức tạp, đề xuất ý tưởng mới cho lĩnh vực.",
     "Very complex problems, proposing new ideas for the field."),
]


def seed(apps, schema_editor):
    Area = apps.get_model("courses", "CompetenceArea")
    Competence = apps.get_model("courses", "Competence")
    Level = apps.get_model("courses", "ProficiencyLevel")
    Locale = apps.get_model("wagtailcore", "Locale")
    areas = {}
    for number, name, name_en in AREAS:
        areas[number], _ = Area.objects.get_or_create(
            number=number, defaults={"name": name, "name_en": name_en}
        )
    for code, name, name_en in COMPETENCES:
        Competence.objects.get_or_create(
            code=code,
            defaults={"area": areas[int(code[0])], "name": name, "name_en": name_en},
        )
    for step, band, name, name_en, description, description_en in LEVELS:
        Level.objects.get_or_create(
            step=step,
            defaults={
                "band": band,
                "name": name,
                "name_en": name_en,
                "description": description,
                "description_en": description_en,
            },
        )
    for code, _label in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_content_model"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
