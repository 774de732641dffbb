"""Production settings: refuse unsafe defaults, pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)

ROOT = Path(__file__).resolve().parent.parent
GOOD_SECRET = "x" * 20 + "-production-secret-key-" + "y" * 20
REDIS = "redis://127.0.0.1:6379/0"  # only named: `check` does not connect
SIGNING_KEY = (
    Ed25519PrivateKey.generate()
    .private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    .decode()
)
# What production needs besides the secret key and Redis: its public address, an
# SMS operator and the key that signs certificate credentials.
SERVICES = {
    "SITE_URL": "https://hocvuso.example.vn",
    "SMS_GATEWAY": "learning.sms.HttpGateway",
    "SMS_HTTP_URL": "https://sms.example.vn/send",
    "CERTIFICATE_SIGNING_KEY": SIGNING_KEY,
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "DEBUG",
            "DJANGO_SETTINGS_MODULE",
            "REDIS_URL",
            "XAPI_LRS_URL",
        }
        | set(SERVICES)
    }
    environment.update(DJANGO_SETTINGS_MODULE="learning.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_the_default_secret_key():
    result = manage("check")

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_debug():
    result = manage(
        "check", SECRET_KEY=GOOD_SECRET, DEBUG="true", REDIS_URL=REDIS, **SERVICES
    )

    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_production_refuses_to_run_without_redis():
    result = manage("check", SECRET_KEY=GOOD_SECRET, **SERVICES)

    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_production_refuses_the_console_sms_gateway():
    console = manage("check", SECRET_KEY=GOOD_SECRET, REDIS_URL=REDIS)
    no_url = manage(
        "check",
        SECRET_KEY=GOOD_SECRET,
        REDIS_URL=REDIS,
        SMS_GATEWAY="learning.sms.HttpGateway",
    )

    assert console.returncode != 0 and "SMS_GATEWAY" in console.stderr
    assert no_url.returncode != 0 and "SMS_HTTP_URL" in no_url.stderr


def test_production_refuses_certificates_without_an_address_or_a_key():
    no_key = {**SERVICES, "CERTIFICATE_SIGNING_KEY": ""}
    no_url = {k: v for k, v in SERVICES.items() if k != "SITE_URL"}
    keyless = manage("check", SECRET_KEY=GOOD_SECRET, REDIS_URL=REDIS, **no_key)
    nowhere = manage("check", SECRET_KEY=GOOD_SECRET, REDIS_URL=REDIS, **no_url)

    assert keyless.returncode != 0 and "CERTIFICATE_SIGNING_KEY" in keyless.stderr
    assert nowhere.returncode != 0 and "SITE_URL" in nowhere.stderr


def test_production_passes_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        REDIS_URL=REDIS,
        **SERVICES,
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_pushing_learning_records_without_their_own_secret():
    lrs = {"XAPI_LRS_URL": "https://lrs.example.vn/xapi"}
    keyless = manage(
        "check", SECRET_KEY=GOOD_SECRET, REDIS_URL=REDIS, **SERVICES, **lrs
    )
    keyed = manage(
        "check",
        SECRET_KEY=GOOD_SECRET,
        REDIS_URL=REDIS,
        XAPI_ACTOR_SECRET="z" * 50,
        **SERVICES,
        **lrs,
    )

    assert keyless.returncode != 0 and "XAPI_ACTOR_SECRET" in keyless.stderr
    assert keyed.returncode == 0, keyed.stderr


def test_production_cookies_are_secure_and_browsers_are_held_to_https():
    shown = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS,"
        " s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.CONTENT_SECURITY_POLICY['DIRECTIVES']"
        "['connect-src'])"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        shown,
        SECRET_KEY=GOOD_SECRET,
        REDIS_URL=REDIS,
        **SERVICES,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split(maxsplit=7) == [
        *["True"] * 5,
        "31536000",
        "True",
        "[\"'self'\", 'wss://hocvuso.example.vn']",
    ]
