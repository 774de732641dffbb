"""Role changes go to Wagtail's audit log (Reports → Site history), with the acting
administrator taken from the admin view's log context."""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.log_actions import log

from .models import CommuneAdministrator, ProvinceAdministrator, User


def _role_data(instance) -> dict:
    if isinstance(instance, ProvinceAdministrator):
        role, place = "province", instance.province_id
    else:
        role, place = "commune", instance.commune_id
    return {"role": role, "user": instance.user_id, "place": place}


@receiver(post_save, sender=CommuneAdministrator, dispatch_uid="learning.audit.c+")
@receiver(post_save, sender=ProvinceAdministrator, dispatch_uid="learning.audit.p+")
def on_role_granted(sender, *, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        log(instance=instance, action="learning.role_grant", data=_role_data(instance))


@receiver(post_delete, sender=CommuneAdministrator, dispatch_uid="learning.audit.c-")
@receiver(post_delete, sender=ProvinceAdministrator, dispatch_uid="learning.audit.p-")
def on_role_revoked(sender, *, instance, **kwargs) -> None:
    log(instance=instance, action="learning.role_revoke", data=_role_data(instance))


def _groups_log(user: User, *, added=(), removed=()) -> None:
    log(
        instance=user,
        action="learning.group_change",
        data={"added": sorted(added), "removed": sorted(removed)},
    )


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="learning.audit.g")
def on_groups_changed(sender, *, instance, action, reverse, pk_set, **kwargs) -> None:
    """Editor, reviewer, publisher and national administrator are groups."""
    if action == "pre_clear":
        if reverse:  # a group emptied: each of its members loses it
            for user in instance.user_set.all():
                _groups_log(user, removed=[instance.name])
        else:
            names = instance.groups.values_list("name", flat=True)
            _groups_log(instance, removed=names)
        return
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    change = "added" if action == "post_add" else "removed"
    if reverse:
        for user in User.objects.filter(pk__in=pk_set):
            _groups_log(user, **{change: [instance.name]})
    else:
        names = Group.objects.filter(pk__in=pk_set).values_list("name", flat=True)
        _groups_log(instance, **{change: names})
