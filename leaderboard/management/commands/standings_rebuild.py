from django.core.management.base import BaseCommand

from leaderboard.services.standings import standings_rebuild


class Command(BaseCommand):
    help = (
        "Recount every campaign's standings from the recorded completions and "
        "report any drift from the live standings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Report drift without fixing it."
        )

    def handle(self, *args, check=False, **options):
        drifts = standings_rebuild(write=not check)
        for drift in drifts:
            self.stdout.write(
                f"{drift.campaign.pk} {drift.campaign.title}: "
                f"{drift.communes} communes, drift {len(drift.standings)}"
                f" (days {drift.days})"
            )
            for commune, (live, recounted) in sorted(drift.standings.items()):
                self.stdout.write(
                    f"  {commune}: live {live} recounted {recounted}"
                    " (completions, learners, assisted)"
                )
        total = sum(len(drift.standings) + drift.days for drift in drifts)
        verb = "found" if check else "fixed"
        self.stdout.write(f"{len(drifts)} campaigns, drift {verb}: {total}")
