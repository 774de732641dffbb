"""For cron: end campaigns past their end, freeze those past it by `--hours`."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from leaderboard.services.campaigns import campaigns_end_due, campaigns_freeze_due


class Command(BaseCommand):
    help = (
        "Mark running campaigns whose end has passed as ended, and freeze the "
        "results of those that ended more than --hours ago."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=48,
            help="Hours after its end before a campaign's results freeze (48).",
        )

    def handle(self, *args, hours=48, **options):
        now = timezone.now()
        frozen = campaigns_freeze_due(now=now, grace=timedelta(hours=max(hours, 0)))
        ended = campaigns_end_due(now=now)
        for campaign in ended:
            self.stdout.write(f"ended {campaign.pk} {campaign.title}")
        for campaign in frozen:
            self.stdout.write(f"frozen {campaign.pk} {campaign.title}")
        self.stdout.write(f"{len(ended)} ended, {len(frozen)} frozen")
