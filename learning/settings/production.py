"""Production: refuses to start with the development secret key or DEBUG on."""

from django.core.exceptions import ImproperlyConfigured

from .base import *

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production.")
if SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY to a random value of 50+ characters.")
if not REDIS_URL:
    # Without Redis, each process would keep its own channel layer and live
    # updates would never cross from one process to another.
    raise ImproperlyConfigured("Set REDIS_URL: production runs several processes.")

if SMS_GATEWAY == "learning.sms.ConsoleGateway":
    # Codes printed to a server console would never reach a resident's phone.
    raise ImproperlyConfigured(
        "Set SMS_GATEWAY (e.g. learning.sms.HttpGateway with SMS_HTTP_URL)."
    )
if SMS_GATEWAY == "learning.sms.HttpGateway" and not SMS_HTTP_URL:
    raise ImproperlyConfigured("Set SMS_HTTP_URL for learning.sms.HttpGateway.")

if WAGTAILADMIN_BASE_URL == DEV_SITE_URL:
    # Certificates print it in their QR codes and sign it into credentials.
    raise ImproperlyConfigured("Set SITE_URL to the site's public address.")
if not CERTIFICATE_SIGNING_KEY:
    # A key derived from SECRET_KEY would change with it and void every credential.
    raise ImproperlyConfigured(
        "Set CERTIFICATE_SIGNING_KEY to an Ed25519 private key in PEM."
    )
if XAPI_LRS_URL and not XAPI_ACTOR_SECRET:
    # Pseudonyms keyed from SECRET_KEY would all change with it.
    raise ImproperlyConfigured("Set XAPI_ACTOR_SECRET when XAPI_LRS_URL is set.")

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
