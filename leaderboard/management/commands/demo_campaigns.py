from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.models import CoursePage
from leaderboard.models import Campaign
from learning.models import Commune
from learning.services import completion_record, learner_commune_set, learner_create


class Command(BaseCommand):
    help = "Two running demo campaigns and residents racing in them; once only."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-residents",
            action="store_true",
            help="Create the campaigns without residents racing in them.",
        )

    def handle(self, *args, **options):
        residents = not options["no_residents"]
        if Campaign.objects.exists() or not Commune.objects.exists():
            return
        # Plausible populations for Hà Nội's communes; elsewhere none on record yet.
        for commune in Commune.objects.filter(province_id="01", population=None):
            commune.population = 8_000 + (int(commune.code) * 7_919) % 52_000
            commune.save(update_fields=["population"])
        now = timezone.localtime()
        Campaign.objects.create(
            title="Tháng cao điểm Bình dân học vụ số",
            description="Mỗi xã, phường đưa thật nhiều người dân hoàn thành khóa học.",
            starts_at=now.replace(month=1, day=1, hour=0, minute=0, second=0),
            ends_at=now.replace(month=12, day=31, hour=23, minute=59, second=59),
            status=Campaign.Status.RUNNING,
        )
        Campaign.objects.create(
            title="Hà Nội: phủ sóng kỹ năng số",
            description="Xếp hạng theo tỷ lệ người dân đã học, chia bảng theo dân số.",
            province_id="01",
            metric=Campaign.Metric.COVERAGE,
            starts_at=now - timedelta(days=30),
            ends_at=now + timedelta(days=60),
            status=Campaign.Status.RUNNING,
        )
        self.stdout.write("Demo campaigns: http://127.0.0.1:8000/leaderboard/")
        if not residents:
            return
        User = get_user_model()
        communes = ["00070", "00004", "00008", "00091", "00103", "00118", "01279"]
        courses = list(
            CoursePage.objects.live().filter(
                locale__language_code=settings.LANGUAGE_CODE
            )
        )
        for n in range(36):
            user = User.objects.create_user(username=f"demo-resident-{n}")
            learner = learner_create(
                user=user, full_name=DEMO_NAMES[n % len(DEMO_NAMES)]
            )
            learner.show_on_boards = n % 3 == 0
            learner.save(update_fields=["show_on_boards"])
            commune = Commune.objects.filter(code=communes[(n * n) % len(communes)])
            learner_commune_set(learner=learner, commune=commune.get())
            for course in courses[: 1 + n % 3]:
                completion_record(learner=learner, course=course)


DEMO_NAMES = [
    "Nguyễn Thị Hồng",
    "Trần Văn Bình",
    "Lê Thị Mai",
    "Phạm Quốc Dũng",
    "Hoàng Thị Lan",
    "Vũ Đức Thắng",
    "Đặng Thị Thu",
    "Bùi Văn Hải",
    "Đỗ Thị Ngọc",
]
