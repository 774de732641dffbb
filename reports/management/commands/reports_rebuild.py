from django.core.management.base import BaseCommand

from reports.services import COUNTERS, rollups_rebuild


class Command(BaseCommand):
    help = (
        "Recount the per-commune report rollups from the recorded completions and "
        "report any drift from the live rollups."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Report drift without fixing it."
        )

    def handle(self, *args, check=False, **options):
        drift = rollups_rebuild(write=not check)
        for (commune, day, course, area), live, recounted in drift.sample:
            self.stdout.write(
                f"  {commune} {day} course {course} area {area}: "
                f"live {live} recounted {recounted}"
            )
        if drift.sample:
            self.stdout.write(f"  ({', '.join(COUNTERS)})")
        verb = "found" if check else "fixed"
        self.stdout.write(f"Rollup rows, drift {verb}: {drift.rows}")
