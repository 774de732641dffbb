"""The whole site's URLs: learning, leaderboard, accounts, admin and Wagtail pages."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, register_converter
from django.urls.converters import IntConverter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from courses.api import CoursePagesAPIViewSet
from leaderboard import views as leaderboard_views

from . import views


class IdConverter(IntConverter):
    """A row id: at most nine digits, so no id overflows a database integer."""

    regex = "[0-9]{1,9}"


register_converter(IdConverter, "id")

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CoursePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

learning_patterns = (
    [
        path("me/commune/", views.commune_choose, name="commune_choose"),
        path("text-size/", views.text_size, name="text_size"),
        path("courses/<id:course_id>/quiz/", views.quiz, name="quiz"),
        path(
            "courses/<id:course_id>/certificate.pdf",
            views.certificate_download,
            name="certificate_download",
        ),
        path(
            "certificates/<str:serial>/",
            views.certificate_verify,
            name="certificate_verify",
        ),
    ],
    "learning",
)

leaderboard_patterns = (
    [
        path("", leaderboard_views.board_index, name="index"),
        path(
            "province/<str:province_code>/",
            leaderboard_views.province_board,
            name="province",
        ),
    ],
    "leaderboard",
)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/signup/", views.AccountSignupView.as_view(), name="account_signup"),
    path("accounts/login/", views.AccountLoginView.as_view(), name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("learn/", include(learning_patterns)),
    path("leaderboard/", include(leaderboard_patterns)),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
