"""Province and commune administrators' roles in the Wagtail admin: two groups that
a user joins with their first ProvinceAdministrator (or CommuneAdministrator) row
and leaves with their last. The groups give the model permissions; learning.scopes
limits them to the administrator's own provinces or communes."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import CommuneAdministrator, ProvinceAdministrator

PROVINCE_ADMINISTRATORS = "Quản trị tỉnh"
COMMUNE_ADMINISTRATORS = "Quản trị xã"

# What each role may do, within its scope; apps above learning add theirs with
# role_permissions_add (the leaderboard: campaigns and fair-play flags).
EVERY_ADMINISTRATOR = [
    ("wagtailadmin", "access_admin"),
    ("learning", "view_commune"),
    ("learning", "view_communeadministrator"),
    ("learning", "view_helper"),
    ("learning", "view_assistedsession"),
    ("learning", "change_assistedsession"),  # void a session (the service checks scope)
    ("learning", "view_certificate"),
]
ROLE_PERMISSIONS = {
    PROVINCE_ADMINISTRATORS: [
        *EVERY_ADMINISTRATOR,
        ("learning", "view_province"),
        ("learning", "change_commune"),  # populations, by hand or imported
        ("learning", "add_communeadministrator"),
        ("learning", "delete_communeadministrator"),
        ("learning", "change_certificate"),  # correct the name, or revoke
    ],
    COMMUNE_ADMINISTRATORS: [
        *EVERY_ADMINISTRATOR,
        ("learning", "view_phone_number"),  # they call their helpers and residents
    ],
}


def role_permissions_add(*, role: str, permissions: list[tuple[str, str]]) -> None:
    """Another app's permissions for a role, from its AppConfig.ready(): the groups
    are made (by the migration, or again when missing) with every app's."""
    held = ROLE_PERMISSIONS[role]
    held += [permission for permission in permissions if permission not in held]


@transaction.atomic
def administrator_roles_setup() -> dict[str, Group]:
    """Create both groups with their permissions; running it again is harmless and
    keeps permissions added by hand."""
    groups = {}
    for name, codes in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *[
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in codes
            ]
        )
        groups[name] = group
    return groups


def _group(name: str) -> Group:
    return Group.objects.filter(name=name).first() or administrator_roles_setup()[name]


def _role_name(instance) -> str:
    if isinstance(instance, ProvinceAdministrator):
        return PROVINCE_ADMINISTRATORS
    return COMMUNE_ADMINISTRATORS


@receiver(post_save, sender=CommuneAdministrator, dispatch_uid="learning.roles.c+")
@receiver(post_save, sender=ProvinceAdministrator, dispatch_uid="learning.roles.p+")
def on_role_granted(sender, *, instance, created, raw=False, **kwargs) -> None:
    """The role's group opens the admin to the new administrator."""
    if created and not raw:
        _group(_role_name(instance)).user_set.add(instance.user_id)


@receiver(post_delete, sender=CommuneAdministrator, dispatch_uid="learning.roles.c-")
@receiver(post_delete, sender=ProvinceAdministrator, dispatch_uid="learning.roles.p-")
def on_role_revoked(sender, *, instance, **kwargs) -> None:
    """Their last province (or commune) gone, the group goes too."""
    if not sender.objects.filter(user_id=instance.user_id).exists():
        group = Group.objects.filter(name=_role_name(instance)).first()
        if group is not None:
            group.user_set.remove(instance.user_id)
