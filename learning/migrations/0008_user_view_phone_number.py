from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def roles_update(apps, schema_editor):
    """Commune administrators, who call their helpers, see full phone numbers."""
    from learning.roles import administrator_roles_setup

    create_permissions(global_apps.get_app_config("learning"), verbosity=0)
    administrator_roles_setup()


class Migration(migrations.Migration):

    dependencies = [
        ("learning", "0007_administrator_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="user",
            options={
                "permissions": [("view_phone_number", "Can see full phone numbers")],
                "verbose_name": "user",
                "verbose_name_plural": "users",
            },
        ),
        migrations.RunPython(roles_update, migrations.RunPython.noop),
    ]
