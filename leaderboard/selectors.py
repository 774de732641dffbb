"""Reads of the standings."""

from django.db.models import F, Value
from django.db.models.functions import Coalesce

from learning.models import Commune, Province

from .models import CommuneStanding


def standing_for_province(*, province: Province) -> list[Commune]:
    """Every commune of a province, most completions first, with its rank."""
    communes = list(
        Commune.objects.filter(province=province)
        .annotate(total=Coalesce(F("standing__completions"), Value(0)))
        .order_by("-total", "name")
    )
    rank, previous = 0, None
    for position, commune in enumerate(communes, start=1):
        if commune.total != previous:
            rank, previous = position, commune.total
        commune.rank = rank
    return communes


def commune_rank(*, commune: Commune) -> dict:
    """A commune's place among its province's communes, from the standings."""
    completions = (
        CommuneStanding.objects.filter(commune=commune)
        .values_list("completions", flat=True)
        .first()
    ) or 0
    ahead = CommuneStanding.objects.filter(
        commune__province_id=commune.province_id, completions__gt=completions
    ).count()
    return {
        "commune": commune,
        "rank": ahead + 1,
        "communes": Commune.objects.filter(province_id=commune.province_id).count(),
        "completions": completions,
    }
