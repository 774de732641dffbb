"""Tests: fast hashing, no outside service unless DATABASE_URL or REDIS_URL say so."""

from .base import *

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = BASE_DIR / ".test-media"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
