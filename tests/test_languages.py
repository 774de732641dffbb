"""A new language takes a catalogue and a setting, no code: Tày, as the README says."""

import os
import struct
import subprocess
import sys
from pathlib import Path

from django.conf import settings as django_settings
from django.test import Client
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent


def write_mo(path: Path, messages: dict[str, str]) -> None:
    """A compiled gettext catalogue (what `compilemessages` writes), UTF-8."""
    messages = {"": "Content-Type: text/plain; charset=UTF-8\n", **messages}
    keys = sorted(messages)
    ids = [key.encode() for key in keys]
    strs = [messages[key].encode() for key in keys]
    start = 7 * 4 + 16 * len(keys)
    offsets, data = [], b""
    for text in ids + strs:
        offsets.append((len(text), start + len(data)))
        data += text + b"\0"
    header = struct.pack(
        "Iiiiiii", 0x950412DE, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0
    )
    table = b"".join(struct.pack("ii", *pair) for pair in offsets)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + table + data)


def test_the_languages_setting_names_a_language_django_does_not_know():
    env = {
        **os.environ,
        "LANGUAGES": "vi,en,tyz",
        "DJANGO_SETTINGS_MODULE": "learning.settings.dev",
    }
    code = "from django.conf import settings; print(dict(settings.LANGUAGES)['tyz'])"
    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "Tày"

    env["LANGUAGES"] = "vi,en,xx"
    refused = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "unknown language: 'xx'" in refused.stderr


def test_a_new_language_needs_only_its_catalogue(db, settings, tmp_path):
    write_mo(
        tmp_path / "tyz" / "LC_MESSAGES" / "django.mo",
        {"Courses": "Bài học (Tày)", "Leaderboard": "Bảng xếp hạng (Tày)"},
    )
    settings.LANGUAGES = [*settings.LANGUAGES, ("tyz", "Tày")]
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]
    reader = Client()
    reader.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "tyz"

    try:
        page = reader.get("/certificates/verify/")
    finally:
        translation.activate(django_settings.LANGUAGE_CODE)

    html = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="tyz"' in html
    assert "Bài học (Tày)" in html and "Bảng xếp hạng (Tày)" in html
    assert ">Tày</button>" in html  # the footer offers it
    # What the catalogue does not translate yet is shown in Vietnamese.
    assert "Đăng nhập" in html
