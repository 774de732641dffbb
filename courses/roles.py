"""Editorial roles and the review workflow every course goes through."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Biên tập viên"
REVIEWERS = "Người duyệt nội dung"
PUBLISHERS = "Người xuất bản"
WORKFLOW = "Duyệt khóa học"
REVIEW_TASK = "Người duyệt nội dung phê duyệt"

# Page permissions over the whole tree. Editors write and submit; reviewers approve
# or reject inside the workflow; publishers may also publish, schedule and unlock.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    REVIEWERS: ["change_page"],
    PUBLISHERS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
}
GROUP_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailmedia", "add_media"),
    ("wagtailmedia", "change_media"),
]


@transaction.atomic
def editorial_roles_setup() -> Workflow | None:
    """Create the three groups and the review workflow; running it again is harmless."""
    root = Page.get_first_root_node()
    if root is None:
        return None
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in GROUP_PERMISSIONS
    ]
    # Wagtail's own starter groups become ours rather than sitting beside them.
    for starter, name in (("Editors", EDITORS), ("Moderators", PUBLISHERS)):
        if not Group.objects.filter(name=name).exists():
            Group.objects.filter(name=starter).update(name=name)
    Workflow.objects.filter(name="Moderators approval").update(active=False)
    groups = {}
    for name, page_permissions in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
        for codename in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        groups[name] = group
    task, _created = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
    task.groups.add(groups[REVIEWERS])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
