from django.core.management.base import BaseCommand

from learning.services import units_load


class Command(BaseCommand):
    help = "Load Vietnam's 34 provinces and 3,321 communes; safe to run again."

    def handle(self, *args, **options):
        counts = units_load()
        self.stdout.write(
            "Provinces: {provinces_created} new, {provinces_updated} updated. "
            "Communes: {communes_created} new, {communes_updated} updated.".format(
                **counts
            )
        )
