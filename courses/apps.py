from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _roles_setup(sender, apps, **kwargs):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    from .roles import GROUP_PERMISSIONS, editorial_roles_setup

    # Other apps' permissions may not exist yet on the first migrate.
    for label in {app for app, _codename in GROUP_PERMISSIONS} | {"wagtailcore"}:
        create_permissions(global_apps.get_app_config(label), verbosity=0)
    editorial_roles_setup()


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        post_migrate.connect(_roles_setup, sender=self)
