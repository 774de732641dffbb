"""Settings shared by every environment; values come from environment variables."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.oembed_providers import vimeo, youtube

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEV_SECRET_KEY = "dev-only-insecure-secret-key"  # noqa: S105


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean from the environment: 1/true/yes/on mean True."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    """Read a comma-separated list from the environment."""
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", DEV_SECRET_KEY)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "learning",
    "courses",
    "leaderboard",
    "reports",
    "xapi",
    "channels",
    "allauth",
    "allauth.account",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.api.v2",
    "wagtailmedia",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "learning.csp.SiteCSPMiddleware",  # pages only: static files answer above
    "learning.middleware.NulRefusedMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "learning.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "leaderboard.middleware.RequestOrigin",
]

ROOT_URLCONF = "learning.urls"
WSGI_APPLICATION = "learning.wsgi.application"
ASGI_APPLICATION = "learning.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "learning.device.device",
            ],
        },
    },
]

# No persistent connections: under ASGI each sync view runs in a thread of its own
# and would leave its connection open. PostgreSQL gets a pool per process instead.
DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Requests write from threads of their own: take the write lock when a
    # transaction starts (so none fails upgrading to it), wait for it, and let
    # readers go on reading while one writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL;",
        }
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend, with a pool that tests each connection as it hands it out
    # and replaces them all at once after a PostgreSQL restart.
    DATABASES["default"]["ENGINE"] = "learning.postgresql"
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 2,
        "max_size": int(os.environ.get("DATABASE_POOL_SIZE", 10)),
        # How long a request waits for a connection before it gets the 503 page.
        "timeout": float(os.environ.get("DATABASE_POOL_TIMEOUT", 10)),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_cache(url: str) -> dict:
    """A Redis cache that falls back to the process's memory while Redis is down,
    so pages, sign-in and rate limits keep working (learning.cache)."""
    return {
        "BACKEND": "learning.cache.FallbackRedisCache",
        "LOCATION": url,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }


if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_connect_timeout": 1,
                        "socket_timeout": 2,
                    }
                ]
            },
        }
    }
    CACHES = {"default": redis_cache(REDIS_URL)}
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# A live board sends each watcher at most one message per this many seconds.
LEADERBOARD_UPDATE_SECONDS = float(os.environ.get("LEADERBOARD_UPDATE_SECONDS", 1))
# How often each board checks that Redis still carries its updates; watchers are
# closed (and reconnect) when it does not.
LEADERBOARD_HEARTBEAT_SECONDS = float(os.environ.get("LEADERBOARD_HEARTBEAT", 5))

AUTH_USER_MODEL = "learning.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "learning:dashboard"

# django-allauth: a mobile number first, email as the alternative, a password
# either way; the commune is chosen right after sign-up. Phone numbers are E.164.
ACCOUNT_ADAPTER = "learning.accounts.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"phone", "email"}
# Both optional here; learning.forms.SignupForm requires one of the two.
ACCOUNT_SIGNUP_FIELDS = ["phone", "email", "password1*", "password2*"]
SILENCED_SYSTEM_CHECKS = ["account.W001"]  # that check wants one of them required
ACCOUNT_SIGNUP_FORM_CLASS = "learning.forms.SignupForm"
ACCOUNT_FORMS = {
    "signup": "learning.accounts.AccountSignupForm",
    "login": "learning.accounts.AccountLoginForm",
    "request_login_code": "learning.accounts.AccountRequestLoginCodeForm",
}
# No mail is needed to use the site; email is only a way in and a way to reset.
ACCOUNT_EMAIL_VERIFICATION = "none"
# A number given at sign-up is confirmed by an SMS code before the first login.
ACCOUNT_PHONE_VERIFICATION_ENABLED = True
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
# Six digits are easy to type on a feature phone's keypad.
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
# Log in with a code sent by SMS: also how a resident a helper registered claims
# the account, then sets a password at accounts/password/set/. SMS can be slow
# on weak networks, so a code lives 10 minutes (still 3 tries) and can be resent.
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_SUPPORTS_RESEND = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60
# allauth's limits stay on; these are added or changed. Every code is a paid SMS,
# so codes to one number are also capped per hour. A commune hall signing up
# residents on one Wi-Fi shares an address, so per-address limits stay generous.
ACCOUNT_RATE_LIMITS = {
    "request_login_code": "20/m/ip,3/m/key,10/h/key",
    "verify_phone": "1/30s/key,20/m/ip,10/h/key",
    "reset_password_by_sms": "20/m/ip,1/m/key,5/h/key",
}
# Behind nginx every request comes from the proxy: count the proxies in front so
# rate limits see the resident's address (X-Forwarded-For), not the proxy's.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
ACCOUNT_SIGNUP_REDIRECT_URL = "learning:commune_choose"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "vi"
# The languages the site offers, by code: LANGUAGES=vi,en,tyz adds Tày once its
# catalogue is in locale/tyz/ (see the README). Django knows Vietnamese and English;
# languages of the movement's provinces that it does not know are named here.
LANG_INFO.update(
    {
        code: {"bidi": False, "code": code, "name": name, "name_local": local}
        for code, name, local in [
            ("tyz", "Tay", "Tày"),
            ("hmn", "Hmong", "Hmoob"),
            ("nut", "Nung", "Nùng"),
            ("mtq", "Muong", "Mường"),
        ]
    }
)
LANGUAGE_NAMES = {"vi": _("Vietnamese"), "en": _("English")}
try:
    LANGUAGES = [
        (
            code,
            LANGUAGE_NAMES[code]
            if code in LANGUAGE_NAMES
            else LANG_INFO[code]["name_local"],
        )
        for code in env_list("LANGUAGES", ["vi", "en"])
    ]
except KeyError as unknown:
    raise ImproperlyConfigured(
        f"LANGUAGES names an unknown language: {unknown}"
    ) from None
# Ours first (makemessages writes there); allauth ships no Vietnamese, we add it.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "allauth"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Bình dân học vụ số"
DEV_SITE_URL = "http://127.0.0.1:8000"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", DEV_SITE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Uploads: each kind, what its content must be and how large it may get. Images are
# checked by Wagtail (format by content, bytes, pixels); documents and media by
# courses.uploads (content matching the extension).
MB = 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_MB", 5)) * MB
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "xlsx", "pptx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_MB", 20)) * MB
WAGTAILDOCS_DOCUMENT_FORM_BASE = "courses.uploads.DocumentForm"
MEDIA_MAX_UPLOAD_SIZE = int(os.environ.get("MEDIA_MAX_MB", 100)) * MB
# Content languages. A new locale (Tày, H'Mông...) is added here and in LANGUAGES,
# then created under Settings → Locales; pages are translated from the admin.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A reviewer's approval is what publishes a course; reviewers cannot publish alone.
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflows.workflow_publish"
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    "MEDIA_FORM_BASE": "courses.uploads.MediaForm",
    # What the cheap phones of the learners play.
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "aac", "ogg", "wav"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Page-publishing and background-task chatter, not worth a line each.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
    },
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin

# Content-Security-Policy (learning.csp): scripts, styles and media from this site
# only, never inline; videos embed from YouTube and Vimeo alone. Live boards open
# a websocket to the site itself. The Wagtail admin needs inline scripts.
VIDEO_HOSTS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
_site = urlsplit(WAGTAILADMIN_BASE_URL)
_websocket = f"{'wss' if _site.scheme == 'https' else 'ws'}://{_site.netloc}"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF, _websocket],
        "frame-src": VIDEO_HOSTS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
ADMIN_CSP_PREFIXES = ("/admin/",)
ADMIN_CSP_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    # Never a nonce here: browsers then ignore 'unsafe-inline'.
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF, *VIDEO_HOSTS],  # the page preview
    "frame-ancestors": [SELF],
}
WAGTAIL_ENABLE_UPDATE_CHECK = False  # it would fetch from releases.wagtail.org
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}
]

# Learning rules. Time counted for one lesson or one quiz attempt is capped, so a
# page left open overnight does not pass for study.
LEARNING_LESSON_TIME_CAP_SECONDS = int(os.environ.get("LESSON_TIME_CAP", 20 * 60))
LEARNING_QUIZ_TIME_CAP_SECONDS = 30 * 60
LEARNING_QUIZ_COOLDOWN_SECONDS = int(os.environ.get("QUIZ_COOLDOWN", 120))
# Assisted sessions one helper may record per day.
LEARNING_HELPER_DAILY_LIMIT = int(os.environ.get("HELPER_DAILY_LIMIT", 30))

# Text messages (verification and sign-in codes). Production names a class that
# talks to the operator's SMS API; it needs only a `send(*, phone, text)` method.
SMS_GATEWAY = os.environ.get("SMS_GATEWAY", "learning.sms.ConsoleGateway")
SMS_OUTBOX_FILE = os.environ.get("SMS_OUTBOX_FILE", "")
SMS_HTTP_URL = os.environ.get("SMS_HTTP_URL", "")
SMS_HTTP_TOKEN = os.environ.get("SMS_HTTP_TOKEN", "")
SMS_HTTP_TIMEOUT = float(os.environ.get("SMS_HTTP_TIMEOUT", 5))

# Certificates. Their numbers, QR codes and signed Open Badges credentials carry
# SITE_URL, so it must be the address the public reaches. The signing key is an
# Ed25519 private key in PEM (`openssl genpkey -algorithm ed25519`); without one,
# development derives a key from SECRET_KEY. The issuer is printed and signed.
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
CERTIFICATE_ISSUER_NAME = os.environ.get(
    "CERTIFICATE_ISSUER_NAME", "Ban Chỉ đạo phong trào Bình dân học vụ số"
)
# Numbers one visitor may look up on the verification form per hour.
CERTIFICATE_LOOKUPS_PER_HOUR = int(os.environ.get("CERTIFICATE_LOOKUPS_PER_HOUR", 30))
ACCOUNT_RATE_LIMITS["certificate_lookup"] = f"{CERTIFICATE_LOOKUPS_PER_HOUR}/h/ip"
# Quiz answers sent by one learner, and residents one helper registers: far more
# than a person does by hand, far fewer than a script would.
ACCOUNT_RATE_LIMITS["quiz_submit"] = "10/m/user,60/h/user"
ACCOUNT_RATE_LIMITS["resident_register"] = "10/m/user,60/h/user"
# Queues of progress made offline, sent by a learner's phones when signal returns.
ACCOUNT_RATE_LIMITS["offline_sync"] = "10/m/user,120/h/user"

# Learning records (xAPI, the xapi app). Actors are pseudonymous: an HMAC of the
# learner's id keyed by XAPI_ACTOR_SECRET (derived from SECRET_KEY when empty);
# XAPI_ACTORS_IDENTIFIED=true sends the account id and the learner's name instead.
# With XAPI_LRS_URL set, each learning event is queued for the Learning Record
# Store (HTTP Basic with the username and password) on the "xapi" task backend,
# a database queue worked off by `manage.py db_worker --backend xapi`; a failed
# push is retried XAPI_PUSH_ATTEMPTS times in all, waiting XAPI_PUSH_BACKOFF_SECONDS
# and then twice as long each time. Other background tasks still run at once.
XAPI_ACTOR_SECRET = os.environ.get("XAPI_ACTOR_SECRET", "")
XAPI_ACTORS_IDENTIFIED = env_bool("XAPI_ACTORS_IDENTIFIED", False)
XAPI_LRS_URL = os.environ.get("XAPI_LRS_URL", "")
XAPI_LRS_USERNAME = os.environ.get("XAPI_LRS_USERNAME", "")
XAPI_LRS_PASSWORD = os.environ.get("XAPI_LRS_PASSWORD", "")
XAPI_LRS_TIMEOUT = float(os.environ.get("XAPI_LRS_TIMEOUT", 10))
XAPI_PUSH_ATTEMPTS = int(os.environ.get("XAPI_PUSH_ATTEMPTS", 8))
XAPI_PUSH_BACKOFF_SECONDS = float(os.environ.get("XAPI_PUSH_BACKOFF_SECONDS", 30))
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "xapi": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
