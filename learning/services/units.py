"""The official list of provinces and communes, loaded from vietnam-provinces."""

from django.db import transaction
from vietnam_provinces import Province as VnProvince
from vietnam_provinces import Ward as VnWard

from courses.text import fold

from ..models import Commune, Province


def commune_search_text(commune: Commune) -> str:
    """What the commune picker's search matches: names without diacritics."""
    return fold(f"{commune.name} {commune.province.name}")


# Population is ours to fill in; the package's data never overwrites it.
_UNIT_FIELDS = {
    "provinces": ["name", "division_type", "codename"],
    "communes": ["province_id", "name", "division_type", "codename", "search_text"],
}


@transaction.atomic
def units_load() -> dict[str, int]:
    """Load the 34 provinces and 3,321 communes; running it again changes nothing."""
    provinces = {
        f"{int(p.code):02d}": Province(
            code=f"{int(p.code):02d}",
            name=p.name,
            division_type=p.division_type.value,
            codename=p.codename,
        )
        for p in VnProvince.iter_all()
    }
    communes = []
    for ward in VnWard.iter_all():
        commune = Commune(
            code=f"{int(ward.code):05d}",
            province=provinces[f"{int(ward.province_code):02d}"],
            name=ward.name,
            division_type=ward.division_type.value,
            codename=ward.codename,
        )
        commune.search_text = commune_search_text(commune)
        communes.append(commune)
    created = {"provinces": 0, "communes": 0}
    updated = {"provinces": 0, "communes": 0}
    for key, model, rows in (
        ("provinces", Province, list(provinces.values())),
        ("communes", Commune, communes),
    ):
        fields = _UNIT_FIELDS[key]
        existing = model.objects.in_bulk()
        new = [row for row in rows if row.pk not in existing]
        changed = [
            row
            for row in rows
            if row.pk in existing
            and any(getattr(row, f) != getattr(existing[row.pk], f) for f in fields)
        ]
        model.objects.bulk_create(new, batch_size=500)
        model.objects.bulk_update(changed, fields, batch_size=500)
        created[key], updated[key] = len(new), len(changed)
    return {
        "provinces_created": created["provinces"],
        "provinces_updated": updated["provinces"],
        "communes_created": created["communes"],
        "communes_updated": updated["communes"],
    }
