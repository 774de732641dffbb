"""A fingerprint of what the platform must never lose, to compare a restored backup
with its source: run it on both and compare the output (see the README's Backups)."""

import hashlib
import json

from django.core.management.base import BaseCommand

from leaderboard.models import (
    Campaign,
    CampaignDay,
    CampaignEntry,
    CampaignStanding,
    CampaignVoid,
    LearnerScore,
)
from leaderboard.services.standings import standings_rebuild
from learning.models import (
    AssistedSession,
    Certificate,
    CertificateRevision,
    Commune,
    Completion,
    Learner,
    QuizAttempt,
)
from reports.models import CommuneDay

MODELS = [
    Commune,
    Learner,
    QuizAttempt,
    Completion,
    AssistedSession,
    Certificate,
    CertificateRevision,
    Campaign,
    CampaignStanding,
    CampaignDay,
    CampaignEntry,
    CampaignVoid,
    LearnerScore,
    CommuneDay,
]


def table_digest(model) -> dict:
    """Rows and a SHA-256 over every column of every row, in primary-key order."""
    columns = [field.attname for field in model._meta.concrete_fields]
    digest = hashlib.sha256()
    rows = 0
    for row in model.objects.order_by("pk").values_list(*columns).iterator(2000):
        digest.update(repr(row).encode())
        rows += 1
    return {"rows": rows, "sha256": digest.hexdigest()}


class Command(BaseCommand):
    help = (
        "Print, as JSON, the rows and a checksum of each table of learners, "
        "completions, certificates and standings, and the standings' drift from "
        "the completions: equal output on a backup's source and its restored copy "
        "means nothing was lost."
    )

    def handle(self, *args, **options):
        tables = {model._meta.label: table_digest(model) for model in MODELS}
        drifts = standings_rebuild(write=False)
        report = {
            "tables": tables,
            "standings_drift": sum(len(d.standings) + d.days for d in drifts),
        }
        self.stdout.write(json.dumps(report, indent=2, sort_keys=True))
