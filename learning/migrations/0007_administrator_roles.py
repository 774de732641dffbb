from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def roles_setup(apps, schema_editor):
    """The two administrator groups, joined by everyone who administers already."""
    from learning.roles import (
        COMMUNE_ADMINISTRATORS,
        PROVINCE_ADMINISTRATORS,
        ROLE_PERMISSIONS,
        administrator_roles_setup,
    )

    # On a new database, permissions are otherwise created only after migrating;
    # the roles hold those of every app that added to them.
    labels = {app for codes in ROLE_PERMISSIONS.values() for app, _code in codes}
    for label in sorted(labels):
        create_permissions(global_apps.get_app_config(label), verbosity=0)
    groups = administrator_roles_setup()
    Membership = apps.get_model("learning", "User").groups.through
    for name, model in (
        (PROVINCE_ADMINISTRATORS, "ProvinceAdministrator"),
        (COMMUNE_ADMINISTRATORS, "CommuneAdministrator"),
    ):
        users = apps.get_model("learning", model).objects.values_list(
            "user_id", flat=True
        )
        Membership.objects.bulk_create(
            [Membership(user_id=user, group_id=groups[name].pk) for user in set(users)],
            ignore_conflicts=True,
        )


class Migration(migrations.Migration):

    dependencies = [
        ("learning", "0006_population_imports"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(roles_setup, migrations.RunPython.noop)]
