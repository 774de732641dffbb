"""Who the bad-input tests act as: a resident, a helper, a commune administrator,
and administrators of the Wagtail admin's report and export."""

import pytest
from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client, override_settings

from courses.demo import demo_pages_load
from learning import sms
from learning.models import ProvinceAdministrator
from learning.services import learner_create, resident_register
from tests.conftest import VNEID_SLUG, logged_in

User = get_user_model()
RESIDENT_PHONE = "+84912345678"


@pytest.fixture
def fresh():
    """Before each example: no rate limit left over, no text in the outbox."""

    def reset():
        cache.clear()
        sms.outbox.clear()

    return reset


@pytest.fixture
def course(units):
    """The demo VNeID course, as tests/conftest.py loads it, without running the
    tasks its pages' saves queue (the search and reference indexes): about half
    the time of loading it, and these tests read forms, not search results."""
    dummy = {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    with override_settings(TASKS={name: dummy for name in settings.TASKS}):
        return demo_pages_load(only=[VNEID_SLUG])["course"]


@pytest.fixture
def searchable_course(units):
    """The demo VNeID course with its pages in the search index."""
    return demo_pages_load(only=[VNEID_SLUG])["course"]


@pytest.fixture
def resident(make_learner):
    """A resident of Hoàn Kiếm with a phone number and a password."""
    learner = make_learner()
    get_adapter().set_phone(learner.user, RESIDENT_PHONE, True)
    return learner


@pytest.fixture
def resident_client(resident):
    return logged_in(resident.user)


@pytest.fixture
def admin_client_of(commune_admin):
    return logged_in(commune_admin)


@pytest.fixture
def assisted_resident(helper):
    """A resident the helper registered, with a phone: sessions wait for a code."""
    return resident_register(
        helper=helper, full_name="Hà Văn Bình", birth_year=1962, phone="0987654321"
    )


@pytest.fixture
def province_admin_client(units):
    """A Hà Nội administrator of the Wagtail admin: the report and the export."""
    user = User.objects.create_user(username="tinh-ha-noi", password="!")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    ProvinceAdministrator.objects.create(user=user, province_id="01")
    learner_create(user=user, full_name="Quản trị Hà Nội")
    browser = Client()
    browser.force_login(user)
    return browser
