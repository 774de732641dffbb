"""Writes to the standings and the live broadcast that follows them."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection, transaction
from django.db.models import Count, F

from learning.models import Commune, Completion

from .groups import province_group
from .models import CommuneStanding

logger = logging.getLogger(__name__)


def standing_increment(*, commune: Commune) -> int:
    """Add one completion to a commune's standing; safe under concurrent calls."""
    with transaction.atomic():
        CommuneStanding.objects.get_or_create(commune=commune)
        standing = CommuneStanding.objects.filter(commune=commune)
        standing.update(completions=F("completions") + 1)
        completions = standing.values_list("completions", flat=True).get()
    standing_broadcast(commune=commune, completions=completions)
    return completions


def standing_decrement(*, commune: Commune) -> int:
    """Take back one completion, when one is voided; never below zero."""
    with transaction.atomic():
        standing = CommuneStanding.objects.filter(commune=commune, completions__gt=0)
        standing.update(completions=F("completions") - 1)
        completions = (
            CommuneStanding.objects.filter(commune=commune)
            .values_list("completions", flat=True)
            .first()
        ) or 0
    standing_broadcast(commune=commune, completions=completions)
    return completions


def standing_broadcast(*, commune: Commune, completions: int) -> None:
    """Tell the commune's province board; a missing channel layer only logs."""
    message = {
        "type": "leaderboard.update",
        "commune": commune.code,
        "name": commune.name,
        "completions": completions,
    }
    try:
        async_to_sync(get_channel_layer().group_send)(
            province_group(commune.province_id), message
        )
    except Exception:  # Redis down must not stop completions being recorded.
        logger.exception("Could not broadcast the standing of commune %s", commune.code)


@transaction.atomic
def standings_rebuild() -> int:
    """Recount every commune's standing from the completions; returns communes set.

    On PostgreSQL the standings table is locked first, so live increments wait for
    the rebuild instead of being overwritten by it.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            table = CommuneStanding._meta.db_table
            cursor.execute(f'LOCK TABLE "{table}" IN EXCLUSIVE MODE')  # noqa: S608
    counts = (
        Completion.objects.exclude(commune=None)
        .filter(voided_at=None)
        .values("commune")
        .annotate(total=Count("pk"))
        .values_list("commune", "total")
    )
    standings = [
        CommuneStanding(commune_id=code, completions=total) for code, total in counts
    ]
    CommuneStanding.objects.all().delete()
    CommuneStanding.objects.bulk_create(standings, batch_size=1000)
    return len(standings)
