"""The backup and restore drill of the README, on PostgreSQL: pg_dump a site with
learners, completions, standings and certificates, restore it into a new database,
and find the same data, the same standings and the same certificates there."""

import json
import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from tests.conftest import need
from tests.live import (
    POSTGRES_SCHEMES,
    child_env,
    database,
    manage,
    prepare,
    servers,
)

# Residents in four communes complete the demo course; each gets a certificate and
# one certificate is revoked. Prints the certificates' codes.
RESIDENTS = """
import json
from django.contrib.auth import get_user_model
from courses.models import CoursePage
from learning.models import Commune, Completion
from learning.services import (
    certificate_revoke, certificates_issue, completion_record, learner_commune_set,
    learner_create,
)
course = CoursePage.objects.live().filter(locale__language_code="vi").get()
for n, code in enumerate(["00070", "00070", "00004", "00008", "01279"]):
    user = get_user_model().objects.create_user(username=f"resident-{n}")
    learner = learner_create(user=user, full_name=f"Nguyễn Thị Hồng {n}")
    learner_commune_set(learner=learner, commune=Commune.objects.get(code=code))
    completion_record(learner=learner, course=course)
certificates = certificates_issue(completions=list(Completion.objects.all()))
certificate_revoke(certificate=certificates[0], reason="Cấp nhầm người", by=None)
print(json.dumps([certificate.code for certificate in certificates]))
"""
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def certificate_answers(site: str, codes: list[str]) -> list:
    """What a verifier gets for each certificate: its page, and its credential."""
    answers = []
    for code in codes:
        for path in (f"verify/{code}/", f"verify/{code}/credential.jwt"):
            status, body = fetch(f"{site}/certificates/{path}")
            answers.append((status, CSRF_TOKEN.sub("", body.decode())))
    return answers


def pg(command: str, *args: str, url: str) -> None:
    """Run a PostgreSQL client tool on the database `url` names."""
    parts = urlsplit(url)
    connection = [
        f"--host={parts.hostname}",
        f"--port={parts.port or 5432}",
        f"--username={parts.username or 'postgres'}",
        f"--dbname={parts.path.lstrip('/')}",
    ]
    subprocess.run([command, *connection, *args], check=True, timeout=300)


def test_a_restored_backup_holds_the_same_standings_and_certificates(tmp_path):
    if urlsplit(os.environ.get("DATABASE_URL", "")).scheme not in POSTGRES_SCHEMES:
        pytest.skip("the drill is pg_dump and pg_restore; CI runs it on PostgreSQL")
    need(bool(shutil.which("pg_dump")), "pg_dump and pg_restore are needed")
    dump = tmp_path / "hocvuso.dump"

    with database(tmp_path) as source_url, database(tmp_path) as restored_url:
        source = child_env(database_url=source_url)
        restored = child_env(database_url=restored_url)
        for env, name in ((source, "source"), (restored, "restored")):
            env["MEDIA_ROOT"] = str(tmp_path / "media")
            (tmp_path / name).mkdir()
        prepare(source)
        codes = json.loads(manage(source, "shell", "--no-imports", "-c", RESIDENTS))

        pg("pg_dump", "--format=custom", f"--file={dump}", url=source_url)
        pg("pg_restore", "--no-owner", "--exit-on-error", str(dump), url=restored_url)

        before = json.loads(manage(source, "backup_digest"))
        after = json.loads(manage(restored, "backup_digest"))
        with (
            servers(source, count=1, log_dir=tmp_path / "source") as (first,),
            servers(restored, count=1, log_dir=tmp_path / "restored") as (second,),
        ):
            answers_before = certificate_answers(first.url, codes)
            answers_after = certificate_answers(second.url, codes)

    assert after == before
    assert before["standings_drift"] == 0
    assert before["tables"]["leaderboard.CampaignStanding"]["rows"] >= 4
    assert before["tables"]["learning.Certificate"]["rows"] == len(codes) == 5
    assert answers_after == answers_before
    statuses = [status for status, _body in answers_before]
    assert statuses == [200, 410] + [200, 200] * 4  # the revoked one, then the rest
    assert "Cấp nhầm người" in answers_after[0][1]
    assert "Nguyễn Thị Hồng 1" in answers_after[2][1]
