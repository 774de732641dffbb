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
from .certificates import (
    certificate_download,
    certificate_lookup,
    certificate_verify,
    certificate_verify_legacy,
    commune_certificates,
    commune_certificates_pdf,
    credential_check,
    credential_download,
    credential_owner_download,
    issuer_keys,
    issuer_profile,
)
from .core import (
    healthz,
    quiz,
    server_error,
    text_size,
)
from .profile import account_delete, commune_choose, data_export, profile
from .progress import dashboard, lesson_finish

__all__ = [
    "account_delete",
    "certificate_download",
    "certificate_lookup",
    "certificate_verify",
    "certificate_verify_legacy",
    "commune_certificates",
    "commune_certificates_pdf",
    "commune_choose",
    "credential_check",
    "credential_download",
    "credential_owner_download",
    "commune_helper_revoke",
    "commune_helpers",
    "commune_session_void",
    "dashboard",
    "data_export",
    "healthz",
    "issuer_keys",
    "issuer_profile",
    "helper_home",
    "lesson_finish",
    "profile",
    "quiz",
    "resident_detail",
    "resident_new",
    "server_error",
    "session_code_resend",
    "session_confirm",
    "session_new",
    "text_size",
]
