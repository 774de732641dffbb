import pytest
from django.contrib.auth import get_user_model

from learning.models import Commune


@pytest.fixture
def admin_client(client, units):
    admin = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.com", password="x-Admin-2025!"
    )
    client.force_login(admin)
    return client


def test_admin_lists_communes_and_edits_population(admin_client):
    listing = admin_client.get("/admin/snippets/learning/commune/", {"q": "Hoàn Kiếm"})
    edit = admin_client.post(
        "/admin/snippets/learning/commune/edit/00070/", {"population": "39000"}
    )

    assert listing.status_code == 200
    assert "Phường Hoàn Kiếm" in listing.content.decode()
    assert edit.status_code == 302
    commune = Commune.objects.get(code="00070")
    assert (commune.population, commune.name) == (39_000, "Phường Hoàn Kiếm")


def test_admin_cannot_add_or_delete_official_units(admin_client):
    add = admin_client.get("/admin/snippets/learning/commune/add/")
    delete = admin_client.post("/admin/snippets/learning/commune/delete/00070/")

    assert add.status_code == 302 and "/login/" not in add["Location"]
    assert delete.status_code == 302 and "/login/" not in delete["Location"]
    assert Commune.objects.filter(code="00070").exists()


def test_a_negative_population_is_refused(admin_client):
    response = admin_client.post(
        "/admin/snippets/learning/commune/edit/00070/", {"population": "-5"}
    )

    assert response.status_code == 200  # the form comes back with its error
    assert Commune.objects.get(code="00070").population is None


def test_a_course_residents_completed_cannot_be_deleted(
    admin_client, course, make_learner
):
    from learning.services import completion_record

    completion_record(learner=make_learner(), course=course)
    catalog = course.get_parent()

    for page in (course, catalog):
        response = admin_client.post(f"/admin/pages/{page.pk}/delete/")
        assert response.status_code == 302
        assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert type(course).objects.filter(pk=course.pk).exists()


def test_a_course_nobody_completed_can_be_deleted(admin_client, course):
    lesson = course.lessons().first()

    response = admin_client.post(f"/admin/pages/{lesson.pk}/delete/")

    assert response.status_code == 302
    assert not type(lesson).objects.filter(pk=lesson.pk).exists()
