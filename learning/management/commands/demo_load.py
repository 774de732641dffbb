import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from courses.demo import demo_pages_load

DEMO_ADMIN_EMAIL = "admin@example.com"
DEMO_ADMIN_PASSWORD = "hocvuso-admin"  # noqa: S105 - printed for the demo on purpose


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
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser(
                username="admin", email=email, password=password
            )
            self.stdout.write("Created the demo administrator.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo administrator: http://127.0.0.1:8000/admin/ "
                f"login {email} (or username admin) / password {password}"
            )
        )
