import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from courses.demo import demo_pages_load
from learning.models import Commune, CommuneAdministrator, HelperKind
from learning.services import helper_grant, learner_commune_set, learner_create

DEMO_ADMIN_EMAIL = "admin@example.com"
DEMO_ADMIN_PASSWORD = "hocvuso-admin"  # noqa: S105 - printed for the demo on purpose
# A youth-union volunteer of Phường Hoàn Kiếm, to try assisted learning with.
DEMO_HELPER_PHONE = "+84912000001"
DEMO_HELPER_PASSWORD = "hocvuso-helper"  # noqa: S105 - printed for the demo on purpose
DEMO_COMMUNE = "00070"


class Command(BaseCommand):
    help = "Load the demo pages and a demo administrator; safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            nargs="+",
            metavar="SLUG",
            help="Load only the demo courses with these slugs.",
        )

    def handle(self, *args, **options):
        pages = demo_pages_load(only=options["only"])
        self.stdout.write(f"Demo course: {pages['course'].get_url()}")
        email = os.environ.get("DEMO_ADMIN_EMAIL", DEMO_ADMIN_EMAIL)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD)
        User = get_user_model()
        admin = User.objects.filter(username="admin").first()
        if admin is None:
            admin = User.objects.create_superuser(
                username="admin", email=email, password=password
            )
            self.stdout.write("Created the demo administrator.")
        self._demo_helper(admin)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo administrator: http://127.0.0.1:8000/admin/ "
                f"login {email} (or username admin) / password {password}"
            )
        )

    def _demo_helper(self, admin) -> None:
        """The administrator runs Phường Hoàn Kiếm, where one volunteer helps."""
        commune = Commune.objects.filter(code=DEMO_COMMUNE).first()
        if commune is None:  # units not loaded: nothing to attach them to
            return
        CommuneAdministrator.objects.get_or_create(user=admin, commune=commune)
        User = get_user_model()
        if not User.objects.filter(phone=DEMO_HELPER_PHONE).exists():
            user = User.objects.create_user(
                username="helper",
                phone=DEMO_HELPER_PHONE,
                phone_verified=True,
                password=DEMO_HELPER_PASSWORD,
            )
            learner = learner_create(user=user, full_name="Trần Văn Minh")
            learner_commune_set(learner=learner, commune=commune)
            helper_grant(
                by=admin, user=user, commune=commune, kind=HelperKind.YOUTH_UNION
            )
        self.stdout.write(
            f"Demo helper (youth-union volunteer, {commune.name}): log in with "
            f"0912 000 001 / password {DEMO_HELPER_PASSWORD}, then open /learn/helper/"
        )
