"""Writes to the learner's record; each one does its own side effects.

One module per part of the record; everything is importable from here.
"""

from .assisted import (
    AssistedInvalid,
    assisted_code_resend,
    assisted_session_confirm,
    assisted_session_record,
    assisted_session_void,
    helper_grant,
    helper_revoke,
    resident_register,
)
from .certificates import (
    CertificateNumberInvalid,
    certificate_issue,
    certificate_revoke,
    certificates_issue,
    certificates_reissue,
    number_parse,
)
from .learners import (
    AccountNotDeletable,
    learner_commune_set,
    learner_create,
    learner_delete,
    learner_ensure,
    learner_name_correct,
    learner_profile_update,
    name_clean,
)
from .offline import ItemsInvalid, offline_items_apply, offline_items_parse
from .progress import (
    CommuneMissing,
    QuizNotYet,
    completion_record,
    completion_void,
    course_seconds,
    lesson_finish,
    lesson_open,
    quiz_blockers,
    quiz_submit,
)
from .shared_phones import (
    PinRefused,
    phone_profile_add,
    phone_profile_open,
    phone_profile_remove,
)
from .units import commune_search_text, units_load

__all__ = [
    "AccountNotDeletable",
    "AssistedInvalid",
    "CertificateNumberInvalid",
    "CommuneMissing",
    "ItemsInvalid",
    "PinRefused",
    "QuizNotYet",
    "assisted_code_resend",
    "assisted_session_confirm",
    "assisted_session_record",
    "assisted_session_void",
    "certificate_issue",
    "certificate_revoke",
    "certificates_issue",
    "certificates_reissue",
    "commune_search_text",
    "completion_record",
    "completion_void",
    "course_seconds",
    "helper_grant",
    "helper_revoke",
    "learner_commune_set",
    "learner_create",
    "learner_delete",
    "learner_ensure",
    "learner_name_correct",
    "learner_profile_update",
    "lesson_finish",
    "lesson_open",
    "name_clean",
    "number_parse",
    "offline_items_apply",
    "offline_items_parse",
    "phone_profile_add",
    "phone_profile_open",
    "phone_profile_remove",
    "quiz_blockers",
    "quiz_submit",
    "resident_register",
    "units_load",
]
