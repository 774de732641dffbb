"""Reads of the standings."""

from django.db.models import F, Value
from django.db.models.functions import Coalesce

from learning.models import Commune, Province


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
