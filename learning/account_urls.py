"""Account pages added to allauth's, or in front of them; included before allauth.

allauth's own views are listed here under their own paths and names only to answer
a form with errors with 400, like every other form of the site.
"""

from allauth.account import views as allauth_views
from django.urls import path, re_path

from .accounts import password_reset_sms, password_reset_sms_confirm
from .accounts import with_bad_input_status as bad_input_400

urlpatterns = [
    path("signup/", bad_input_400(allauth_views.signup), name="account_signup"),
    path("login/", bad_input_400(allauth_views.login), name="account_login"),
    path(
        "password/reset/sms/",
        password_reset_sms,
        name="account_reset_password_sms",
    ),
    path(
        "password/reset/sms/confirm/",
        password_reset_sms_confirm,
        name="account_reset_password_sms_confirm",
    ),
    path(
        "password/reset/",
        bad_input_400(allauth_views.password_reset),
        name="account_reset_password",
    ),
    re_path(
        r"^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        bad_input_400(allauth_views.password_reset_from_key),
        name="account_reset_password_from_key",
    ),
    path(
        "password/change/",
        bad_input_400(allauth_views.password_change),
        name="account_change_password",
    ),
    path(
        "password/set/",
        bad_input_400(allauth_views.password_set),
        name="account_set_password",
    ),
    path(
        "phone/verify/",
        bad_input_400(allauth_views.verify_phone),
        name="account_verify_phone",
    ),
    path(
        "phone/change/",
        bad_input_400(allauth_views.change_phone),
        name="account_change_phone",
    ),
    path(
        "login/code/",
        bad_input_400(allauth_views.request_login_code),
        name="account_request_login_code",
    ),
    path(
        "login/code/confirm/",
        bad_input_400(allauth_views.confirm_login_code),
        name="account_confirm_login_code",
    ),
    path("email/", bad_input_400(allauth_views.email), name="account_email"),
    path(
        "reauthenticate/",
        bad_input_400(allauth_views.reauthenticate),
        name="account_reauthenticate",
    ),
]
