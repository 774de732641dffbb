from django.core.management.base import BaseCommand

from leaderboard.services import standings_rebuild


class Command(BaseCommand):
    help = "Recount every commune's standing from the recorded completions."

    def handle(self, *args, **options):
        communes = standings_rebuild()
        self.stdout.write(f"Standings rebuilt for {communes} communes.")
