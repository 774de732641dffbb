"""The whole site's URLs: learning, leaderboard, accounts, admin and Wagtail pages."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, register_converter
from django.urls.converters import IntConverter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls

from courses.api import (
    BoundedDocumentsAPIViewSet,
    BoundedImagesAPIViewSet,
    CoursePagesAPIViewSet,
)
from leaderboard import views as leaderboard_views
from leaderboard import views_results as leaderboard_results

from . import views
from .admin_scope import national_history_only


class IdConverter(IntConverter):
    """A row id: at most nine digits, so no id overflows a database integer."""

    regex = "[0-9]{1,9}"


register_converter(IdConverter, "id")

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CoursePagesAPIViewSet)
api_router.register_endpoint("images", BoundedImagesAPIViewSet)
api_router.register_endpoint("documents", BoundedDocumentsAPIViewSet)

learning_patterns = (
    [
        path("", views.dashboard, name="dashboard"),
        path("me/commune/", views.commune_choose, name="commune_choose"),
        path("me/profile/", views.profile, name="profile"),
        path("me/data.json", views.data_export, name="data_export"),
        path("me/delete/", views.account_delete, name="account_delete"),
        path(
            "lessons/<id:lesson_id>/finish/",
            views.lesson_finish,
            name="lesson_finish",
        ),
        path("text-size/", views.text_size, name="text_size"),
        path("data-saver/", views.data_saver, name="data_saver"),
        path("helper/", views.helper_home, name="helper_home"),
        path("helper/residents/new/", views.resident_new, name="helper_resident_new"),
        path(
            "helper/residents/<id:learner_id>/",
            views.resident_detail,
            name="helper_resident",
        ),
        path(
            "helper/residents/<id:learner_id>/courses/<id:course_id>/session/",
            views.session_new,
            name="helper_session_new",
        ),
        path(
            "helper/sessions/<id:session_id>/confirm/",
            views.session_confirm,
            name="helper_session_confirm",
        ),
        path(
            "helper/sessions/<id:session_id>/resend/",
            views.session_code_resend,
            name="helper_session_resend",
        ),
        path("commune/helpers/", views.commune_helpers, name="commune_helpers"),
        path(
            "commune/helpers/<id:helper_id>/revoke/",
            views.commune_helper_revoke,
            name="commune_helper_revoke",
        ),
        path(
            "commune/sessions/<id:session_id>/void/",
            views.commune_session_void,
            name="commune_session_void",
        ),
        path("courses/<id:course_id>/quiz/", views.quiz, name="quiz"),
        path(
            "courses/<id:course_id>/offline.json",
            views.course_offline,
            name="course_offline",
        ),
        path("offline/sync/", views.offline_sync, name="offline_sync"),
        path("phone/", views.phone_people, name="phone"),
        path("phone/join/", views.phone_join, name="phone_join"),
        path("phone/leave/", views.phone_leave, name="phone_leave"),
        path("phone/<id:profile_id>/", views.phone_switch, name="phone_switch"),
        path(
            "courses/<id:course_id>/certificate.pdf",
            views.certificate_download,
            name="certificate_download",
        ),
        path(
            "courses/<id:course_id>/credential.jwt",
            views.credential_owner_download,
            name="credential_download",
        ),
        # The address printed on early certificates.
        path(
            "certificates/<str:serial>/",
            views.certificate_verify_legacy,
            name="certificate_verify_legacy",
        ),
        path(
            "commune/certificates/",
            views.commune_certificates,
            name="commune_certificates",
        ),
        path(
            "commune/certificates.pdf",
            views.commune_certificates_pdf,
            name="commune_certificates_pdf",
        ),
    ],
    "learning",
)

# Public: whoever holds a certificate, or its number, can check it.
certificate_patterns = (
    [
        path("verify/", views.certificate_lookup, name="lookup"),
        path("verify/credential/", views.credential_check, name="credential_check"),
        path("verify/<str:code>/", views.certificate_verify, name="verify"),
        path(
            "verify/<str:code>/credential.jwt",
            views.credential_download,
            name="credential",
        ),
        path("issuer.json", views.issuer_profile, name="issuer"),
    ],
    "certificates",
)

leaderboard_patterns = (
    [
        path("", leaderboard_views.board_national, name="index"),
        path(
            "province/<str:province_code>/",
            leaderboard_views.board_province,
            name="province",
        ),
        path(
            "commune/<str:commune_code>/",
            leaderboard_views.board_commune,
            name="commune",
        ),
        path(
            "campaigns/<int:pk>/results/",
            leaderboard_results.campaign_results,
            name="results",
        ),
        path(
            "campaigns/<int:pk>/merit.pdf",
            leaderboard_results.campaign_merit_pdf,
            name="merit",
        ),
    ],
    "leaderboard",
)

handler500 = "learning.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("sw.js", views.service_worker, name="service_worker"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("offline/", views.offline, name="offline"),
    path("favicon.ico", views.favicon),
    # Where Open Badges verifiers find the key that signs credentials (learning.badges).
    path(".well-known/jwks.json", views.issuer_keys, name="jwks"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("learning.account_urls")),
    path("accounts/", include("allauth.urls")),
    path("learn/", include(learning_patterns)),
    path("certificates/", include(certificate_patterns)),
    path("leaderboard/", include(leaderboard_patterns)),
    path("django-admin/", admin.site.urls),
    path(
        "admin/reports/site-history/",
        national_history_only(LogEntriesView.as_view()),
    ),
    path(
        "admin/reports/site-history/results/",
        national_history_only(LogEntriesView.as_view(results_only=True)),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
