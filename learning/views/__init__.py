"""Thin views over the learning services and selectors, one module per area."""

from .assisted import (
    commune_helper_revoke,
    commune_helpers,
    commune_session_void,
    helper_home,
    resident_detail,
    resident_new,
    session_code_resend,
    session_confirm,
    session_new,
)
from .core import (
    certificate_download,
    certificate_verify,
    healthz,
    quiz,
    text_size,
)
from .profile import account_delete, commune_choose, data_export, profile
from .progress import dashboard, lesson_finish

__all__ = [
    "account_delete",
    "certificate_download",
    "certificate_verify",
    "commune_choose",
    "commune_helper_revoke",
    "commune_helpers",
    "commune_session_void",
    "dashboard",
    "data_export",
    "healthz",
    "helper_home",
    "lesson_finish",
    "profile",
    "quiz",
    "resident_detail",
    "resident_new",
    "session_code_resend",
    "session_confirm",
    "session_new",
    "text_size",
]
