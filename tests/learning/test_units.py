from learning.models import Commune, Province
from learning.services import units_load


def test_units_load_gives_34_provinces_and_3321_communes_with_official_codes(db):
    counts = units_load()

    assert counts["provinces_created"] == 34
    assert counts["communes_created"] == 3321
    assert Province.objects.count() == 34
    assert Commune.objects.count() == 3321
    hanoi = Province.objects.get(code="01")
    assert hanoi.name == "Thành phố Hà Nội"
    hoan_kiem = Commune.objects.get(code="00070")
    assert hoan_kiem.name == "Phường Hoàn Kiếm"
    assert hoan_kiem.province == hanoi
    assert hoan_kiem.population is None
    assert all(len(code) == 5 for code in Commune.objects.values_list("pk", flat=True))


def test_units_load_is_idempotent_and_keeps_population(db):
    units_load()
    Commune.objects.filter(code="00070").update(population=39_000)

    again = units_load()

    assert again == {
        "provinces_created": 0,
        "provinces_updated": 0,
        "communes_created": 0,
        "communes_updated": 0,
    }
    assert Province.objects.count() == 34
    assert Commune.objects.count() == 3321
    assert Commune.objects.get(code="00070").population == 39_000


def test_units_load_repairs_a_changed_name(db):
    units_load()
    Commune.objects.filter(code="00070").update(name="Hoan Kiem")

    counts = units_load()

    assert counts["communes_updated"] == 1
    assert Commune.objects.get(code="00070").name == "Phường Hoàn Kiếm"
