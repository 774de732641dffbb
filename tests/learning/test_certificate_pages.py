"""Certificates on the site: download, check, revoke, reissue, commune printing."""

import base64
import io
import json
import unicodedata
from datetime import datetime

import jwt
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from learning import views
from learning.models import (
    Certificate,
    CertificateRevision,
    Commune,
    CommuneAdministrator,
    Completion,
    User,
)
from learning.services import (
    certificate_issue,
    certificate_revoke,
    completion_record,
    completion_void,
    learner_name_correct,
    learner_profile_update,
    number_parse,
)
from learning.views import certificates as certificate_views
from tests.conftest import PASSWORD

NAME = "Nguyễn Thị Hồng Nhung"
LOOKUP = reverse("certificates:lookup")


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("admin", "admin@example.com", PASSWORD)


@pytest.fixture
def certificate(make_learner, course) -> Certificate:
    completion = completion_record(learner=make_learner(), course=course)
    return certificate_issue(completion=completion)


def _text(pdf: bytes, page: int = 0) -> str:
    return unicodedata.normalize(
        "NFC", PdfReader(io.BytesIO(pdf)).pages[page].extract_text()
    )


def _verify(client, certificate):
    return client.get(reverse("certificates:verify", args=[certificate.code]))


# Numbers and codes


def test_codes_are_long_and_numbers_short_and_both_unique(make_learner, course):
    certificates = [
        certificate_issue(
            completion=completion_record(learner=make_learner(), course=course)
        )
        for _ in range(20)
    ]

    assert len({c.code for c in certificates}) == len({c.number for c in certificates})
    assert len({c.code for c in certificates}) == 20
    # 20 URL-safe base-64 characters carry 120 random bits.
    assert all(len(c.code) == 20 for c in certificates)
    assert all(len(c.number) == 10 for c in certificates)


@pytest.mark.parametrize(
    "typed", ["7K3M9-QXP2A", "7k3m9 qxp2a", " 7K3M9QXP2A ", "7K3M9-QXP2a"]
)
def test_typed_numbers_are_forgiven_their_spacing_and_case(typed):
    assert number_parse(typed) == "7K3M9QXP2A"


def test_look_alike_letters_are_read_as_digits():
    assert number_parse("OIL23-45678") == "01123" + "45678"


# The learner's PDF


def test_the_learner_downloads_a_pdf_with_their_exact_name(client, certificate):
    client.force_login(certificate.completion.learner.user)

    response = client.get(
        reverse(
            "learning:certificate_download", args=[certificate.completion.course_id]
        )
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _text(response.content)
    assert NAME in text
    assert certificate.completion.course.title in text
    assert certificate.number_display in text


def test_the_pdf_is_rendered_by_an_async_view():
    # Sync views under ASGI share one thread; the PDF views render in their own.
    import asyncio

    assert asyncio.iscoroutinefunction(views.certificate_download)
    assert asyncio.iscoroutinefunction(views.commune_certificates_pdf)


def test_nobody_downloads_someone_elses_certificate(client, certificate, make_learner):
    other = make_learner(full_name="Lê Văn Tám")
    client.force_login(other.user)

    response = client.get(
        reverse(
            "learning:certificate_download", args=[certificate.completion.course_id]
        )
    )

    assert response.status_code == 404
    assert Certificate.objects.count() == 1


def test_a_revoked_certificate_is_not_downloaded(client, certificate, admin):
    certificate_revoke(certificate=certificate, reason="Thi hộ", by=admin)
    client.force_login(certificate.completion.learner.user)

    response = client.get(
        reverse(
            "learning:certificate_download", args=[certificate.completion.course_id]
        )
    )

    assert response.status_code == 410
    assert "Thi hộ" in response.content.decode()


# The public check


def test_the_verification_page_shows_only_name_course_date_and_commune(
    client, certificate
):
    learner = certificate.completion.learner
    learner.birth_year = 1961
    learner.save()

    response = _verify(client, certificate)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-status="valid"' in html
    for shown in (NAME, certificate.completion.course.title, "Phường Hoàn Kiếm"):
        assert shown in html
    date = timezone.localdate(certificate.completion.completed_at)
    assert f"{date:%d/%m/%Y}" in html
    for private in (learner.user.email, learner.user.username, "1961"):
        assert private not in html


def test_a_revoked_certificate_says_when_and_why(client, certificate, admin):
    certificate_revoke(
        certificate=certificate, reason="Người khác làm bài thay", by=admin
    )

    html = _verify(client, certificate).content.decode()

    assert 'data-status="revoked"' in html
    assert "Người khác làm bài thay" in html
    assert f"{timezone.localdate():%d/%m/%Y}" in html
    assert ModelLogEntry.objects.filter(
        action="learning.certificate_revoke", object_id=str(certificate.pk)
    ).exists()


@pytest.mark.parametrize(
    "code",
    [
        "AAAAAAAAAAAAAAAAAAAA",
        "x" * 5,
        "x" * 300,
        "Nguyễn-Thị-Hồng-Nhung",
        "AAAAAAAAAAAAAAAAAAA%27%20OR%201=1--",
    ],
)
def test_unknown_or_malformed_codes_are_not_found(client, certificate, code):
    response = client.get(f"/certificates/verify/{code}/")

    assert response.status_code == 404
    assert 'data-status="unknown"' in response.content.decode()


def test_a_code_with_nul_is_refused_before_any_look_up(client, certificate):
    response = client.get("/certificates/verify/%00%00%00%00%00%00%00%00/")

    assert response.status_code == 400  # learning.middleware.NulRefusedMiddleware


def test_a_tampered_code_is_not_found(client, certificate):
    last = certificate.code[-1]
    tampered = certificate.code[:-1] + ("A" if last != "A" else "B")

    response = client.get(reverse("certificates:verify", args=[tampered]))

    assert response.status_code == 404


def test_the_number_typed_on_the_form_leads_to_the_certificate(client, certificate):
    typed = f"{certificate.number[:5].lower()} {certificate.number[5:]}"

    response = client.post(LOOKUP, {"number": typed})

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "certificates:verify", args=[certificate.code]
    )


@pytest.mark.parametrize(
    "typed", ["", "12345", "7K3M9-QXP2A-ZZZ", "ỨỨỨỨỨ-ỨỨỨỨỨ", "U" * 10]
)
def test_a_malformed_number_gets_a_clear_message(client, certificate, typed):
    response = client.post(LOOKUP, {"number": typed})

    assert response.status_code == 400
    assert "errors" in response.content.decode()


def test_an_unknown_number_is_not_found_in_english_too(client, certificate):
    client.cookies["django_language"] = "en"
    unknown = "0" * 10 if certificate.number != "0" * 10 else "1" * 10

    response = client.post(LOOKUP, {"number": unknown})

    assert response.status_code == 404
    assert "Not found" in response.content.decode()


def test_the_number_form_is_rate_limited(client, certificate, settings):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "certificate_lookup": "3/h/ip",
    }
    statuses = [
        client.post(LOOKUP, {"number": "0000000000"}).status_code for _ in range(3)
    ]

    refused = client.post(LOOKUP, {"number": certificate.number})

    assert 429 not in statuses
    assert refused.status_code == 429


# Name corrections


def test_correcting_the_name_reissues_under_the_same_number(client, certificate, admin):
    learner = certificate.completion.learner
    number, code = certificate.number, certificate.code

    learner_name_correct(
        learner=learner, full_name="Nguyễn Thị Hồng Nhung Anh", by=admin
    )

    certificate.refresh_from_db()
    assert (certificate.number, certificate.code) == (number, code)
    assert certificate.full_name == "Nguyễn Thị Hồng Nhung Anh"
    assert certificate.reissued_at is not None
    [revision] = certificate.revisions.all()
    assert revision.full_name == NAME
    assert revision.replaced_by == admin
    html = _verify(client, certificate).content.decode()
    assert "Nguyễn Thị Hồng Nhung Anh" in html
    assert ModelLogEntry.objects.filter(action="learning.certificate_reissue").exists()


def test_a_learner_renaming_themselves_does_not_rename_their_certificates(
    certificate,
):
    learner = certificate.completion.learner

    learner_profile_update(
        learner=learner,
        full_name="Lê Văn Tám",
        birth_year=1990,
        youth_union_member=True,
        show_on_boards=False,
    )

    certificate.refresh_from_db()
    assert certificate.full_name == NAME
    assert certificate.reissued_at is None
    assert not CertificateRevision.objects.exists()


def test_deleting_the_account_removes_earlier_names_and_reasons_too(
    client, certificate, admin
):
    learner = certificate.completion.learner
    learner_name_correct(learner=learner, full_name="Nguyễn Thị Nhung", by=admin)
    certificate_revoke(
        certificate=certificate, reason="Nhung nhờ người thi hộ", by=admin
    )
    client.force_login(learner.user)

    client.post(reverse("learning:account_delete"), {"password": PASSWORD})

    certificate.refresh_from_db()
    assert certificate.full_name == certificate.revoke_reason == ""
    assert not CertificateRevision.objects.exists()
    assert "Nhung" not in _verify(client, certificate).content.decode()


# Revoking


def test_revoking_needs_a_reason_and_happens_once(certificate, admin):
    with pytest.raises(ValueError):
        certificate_revoke(certificate=certificate, reason="   ", by=admin)
    with pytest.raises(ValueError):
        certificate_revoke(certificate=certificate, reason="x" * 301, by=admin)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    certificate_revoke(certificate=certificate, reason="Gian lận", by=admin)
    with pytest.raises(ValueError):
        certificate_revoke(certificate=certificate, reason="Lần hai", by=admin)

    certificate.refresh_from_db()
    assert certificate.revoke_reason == "Gian lận"
    assert certificate.revoked_by == admin


def test_an_administrator_revokes_in_the_wagtail_admin(client, certificate, admin):
    client.force_login(admin)
    url = reverse("wagtailsnippets_learning_certificate:edit", args=[certificate.pk])

    empty = client.post(url, {"full_name": NAME, "revoke_reason": ""})
    certificate.refresh_from_db()
    assert empty.status_code == 200
    assert certificate.revoked_at is None

    done = client.post(url, {"full_name": NAME, "revoke_reason": "Thi hộ"})

    certificate.refresh_from_db()
    assert done.status_code == 302
    assert certificate.revoke_reason == "Thi hộ"
    assert certificate.revoked_by == admin
    listing = client.get(reverse("wagtailsnippets_learning_certificate:list"))
    assert certificate.number_display in listing.content.decode()


def test_an_administrator_corrects_a_name_in_the_wagtail_admin(
    client, certificate, admin
):
    client.force_login(admin)
    url = reverse("wagtailsnippets_learning_certificate:edit", args=[certificate.pk])

    bad = client.post(url, {"full_name": "12345", "revoke_reason": ""})
    response = client.post(url, {"full_name": "Nguyễn Thị Hồng", "revoke_reason": ""})

    assert bad.status_code == 200
    certificate.refresh_from_db()
    learner = certificate.completion.learner
    assert response.status_code == 302
    assert certificate.full_name == learner.full_name == "Nguyễn Thị Hồng"
    assert certificate.revisions.get().replaced_by == admin
    inspect = client.get(
        reverse("wagtailsnippets_learning_certificate:inspect", args=[certificate.pk])
    )
    assert NAME in inspect.content.decode()


def test_certificates_are_not_added_or_deleted_in_the_admin(client, certificate, admin):
    client.force_login(admin)

    add = client.get(reverse("wagtailsnippets_learning_certificate:add"))
    delete = client.post(
        reverse("wagtailsnippets_learning_certificate:delete", args=[certificate.pk])
    )

    assert add.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert Certificate.objects.filter(pk=certificate.pk).exists()


# Commune printing

PRINT = reverse("learning:commune_certificates")
PRINT_PDF = reverse("learning:commune_certificates_pdf")


@pytest.fixture
def commune_admin(hoan_kiem):
    user = User.objects.create_user("bithu", password=PASSWORD)
    CommuneAdministrator.objects.create(user=user, commune=hoan_kiem)
    return user


def _complete_at(learner, course, when):
    completion = completion_record(learner=learner, course=course)
    Completion.objects.filter(pk=completion.pk).update(completed_at=when)
    return completion


def _local(y, m, d, hh=12, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=timezone.get_current_timezone())


@pytest.fixture
def november(make_learner, course):
    """Residents of Hoàn Kiếm who completed on the edges of 1–10 November 2026."""
    names = {
        "Trần Văn Đầu": _local(2026, 11, 1, 0, 0),
        "Lê Thị Cuối": _local(2026, 11, 10, 23, 59),
        "Phạm Văn Trước": _local(2026, 10, 31, 23, 59),
        "Hoàng Thị Sau": _local(2026, 11, 11, 0, 0),
    }
    for name, when in names.items():
        _complete_at(make_learner(full_name=name), course, when)
    # A resident of another commune, completing in the range.
    _complete_at(
        make_learner(full_name="Đỗ Văn Khác", commune_code="00004"),
        course,
        _local(2026, 11, 5),
    )
    return names


def _range(commune, start="2026-11-01", end="2026-11-10"):
    return {"commune": commune.pk, "start": start, "end": end}


def test_a_commune_administrator_prints_their_residents_in_a_date_range(
    client, commune_admin, hoan_kiem, november
):
    client.force_login(commune_admin)

    preview = client.get(PRINT, _range(hoan_kiem))
    response = client.post(PRINT_PDF, _range(hoan_kiem))

    assert preview.status_code == 200
    assert "Trần Văn Đầu" in preview.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    printed = [_text(response.content, i) for i in range(len(reader.pages))]
    assert len(printed) == 2
    assert "Trần Văn Đầu" in printed[0]
    assert "Lê Thị Cuối" in printed[1]
    assert Certificate.objects.count() == 2


def test_revoked_and_voided_certificates_are_left_out_of_the_batch(
    client, commune_admin, hoan_kiem, november, admin
):
    first, last = Completion.objects.filter(
        commune=hoan_kiem, completed_at__date__gte="2026-11-01"
    ).order_by("completed_at")[:2]
    certificate_revoke(
        certificate=certificate_issue(completion=first), reason="x", by=admin
    )
    completion_void(completion=last, reason="y", by=admin)
    client.force_login(commune_admin)

    response = client.post(PRINT_PDF, _range(hoan_kiem))

    assert response.status_code == 400
    assert "errors" in response.content.decode()


def test_another_communes_batch_is_refused(client, commune_admin, november):
    client.force_login(commune_admin)
    other = Commune.objects.get(code="00004")

    preview = client.get(PRINT, _range(other))
    response = client.post(PRINT_PDF, _range(other))

    assert preview.status_code == 400
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "Đỗ Văn Khác" not in preview.content.decode()
    assert not Certificate.objects.exists()


def test_only_commune_administrators_print(client, make_learner, hoan_kiem, november):
    client.force_login(make_learner().user)

    assert client.get(PRINT).status_code == 403
    assert client.post(PRINT_PDF, _range(hoan_kiem)).status_code == 403
    client.logout()
    assert client.post(PRINT_PDF, _range(hoan_kiem)).status_code == 302


@pytest.mark.parametrize(
    "dates",
    [
        {"start": "2026-11-10", "end": "2026-11-01"},
        {"start": "not a date", "end": "2026-11-01"},
        {"start": "2024-01-01", "end": "2026-11-01"},
        {"start": "", "end": ""},
        {"start": "2026-11-01\x00", "end": "2026-11-10"},
        {"start": "0001-01-01", "end": "0001-01-02"},
    ],
)
def test_bad_ranges_get_a_message_and_no_pdf(
    client, commune_admin, hoan_kiem, november, dates
):
    client.force_login(commune_admin)

    response = client.post(PRINT_PDF, {"commune": hoan_kiem.pk, **dates})

    assert response.status_code == 400
    assert "errors" in response.content.decode()
    assert not Certificate.objects.exists()


def test_a_batch_too_large_is_refused_with_advice(
    client, commune_admin, hoan_kiem, november, monkeypatch
):
    monkeypatch.setattr(certificate_views, "BATCH_MAX", 1)
    client.force_login(commune_admin)

    response = client.post(PRINT_PDF, _range(hoan_kiem))

    assert response.status_code == 400
    assert not Certificate.objects.exists()


# Open Badges credentials

CHECK = reverse("certificates:credential_check")


def _credential_token(client, certificate) -> str:
    response = client.get(reverse("certificates:credential", args=[certificate.code]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_credential_is_signed_and_checks_with_the_published_key(
    client, certificate
):
    token = _credential_token(client, certificate)
    keys = client.get("/.well-known/jwks.json").json()
    header = jwt.get_unverified_header(token)
    [key] = [k for k in keys["keys"] if header["kid"].endswith("#" + k["kid"])]

    # What an outside verifier does, with nothing of ours but the public key.
    payload = jwt.decode(token, jwt.PyJWK(key), algorithms=["EdDSA"])

    assert payload["id"].endswith(
        reverse("certificates:verify", args=[certificate.code])
    )
    assert payload["credentialSubject"]["identifier"][0]["identityHash"] == NAME
    issuer = client.get(reverse("certificates:issuer")).json()
    assert issuer["id"] == payload["issuer"]["id"] == payload["iss"]


def test_a_valid_credential_checks_as_valid(client, certificate):
    token = _credential_token(client, certificate)

    response = client.post(CHECK, {"credential": token})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-status="valid"' in html
    assert NAME in html


def test_a_credential_file_can_be_uploaded(client, certificate):
    token = _credential_token(client, certificate)
    upload = SimpleUploadedFile("chung-nhan.jwt", token.encode())

    response = client.post(CHECK, {"file": upload})

    assert 'data-status="valid"' in response.content.decode()


def test_a_tampered_credential_fails(client, certificate):
    token = _credential_token(client, certificate)
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Kẻ Mạo Danh"
    forged = base64.urlsafe_b64encode(
        json.dumps(claims, ensure_ascii=False).encode()
    ).rstrip(b"=")

    response = client.post(
        CHECK, {"credential": f"{header}.{forged.decode()}.{signature}"}
    )

    assert response.status_code == 400
    assert "Kẻ Mạo Danh" not in response.content.decode()


@pytest.mark.parametrize(
    "junk", ["", "abc", "a.b.c", "x" * 30_000, "ey\x00.ey.sig", "Nguyễn.Thị.Hồng"]
)
def test_junk_credentials_get_a_message(client, db, junk):
    response = client.post(CHECK, {"credential": junk})

    assert response.status_code == 400
    assert "errors" in response.content.decode()


def test_a_revoked_certificates_credential_checks_as_revoked(
    client, certificate, admin
):
    token = _credential_token(client, certificate)
    certificate_revoke(certificate=certificate, reason="Gian lận", by=admin)

    response = client.post(CHECK, {"credential": token})
    download = client.get(reverse("certificates:credential", args=[certificate.code]))

    assert 'data-status="revoked"' in response.content.decode()
    assert download.status_code == 410


def test_a_credential_from_before_a_name_correction_is_replaced(
    client, certificate, admin
):
    token = _credential_token(client, certificate)
    learner_name_correct(
        learner=certificate.completion.learner, full_name="Nguyễn Thị Hồng", by=admin
    )

    old = client.post(CHECK, {"credential": token})
    new = client.post(CHECK, {"credential": _credential_token(client, certificate)})

    assert 'data-status="superseded"' in old.content.decode()
    assert 'data-status="valid"' in new.content.decode()


def test_the_learner_downloads_their_own_credential(client, make_learner, course):
    learner = make_learner()
    completion_record(learner=learner, course=course)
    client.force_login(learner.user)

    response = client.get(reverse("learning:credential_download", args=[course.pk]))

    assert response.status_code == 200
    assert response.content.count(b".") == 2
    assert Certificate.objects.get().completion.learner == learner


def test_the_credential_downloads_in_english_too(client, certificate):
    client.cookies["django_language"] = "en"
    client.force_login(certificate.completion.learner.user)

    public = client.get(reverse("certificates:credential", args=[certificate.code]))
    own = client.get(
        reverse("learning:credential_download", args=[certificate.completion.course_id])
    )

    assert public.status_code == own.status_code == 200


def test_a_credential_of_a_deleted_account_says_the_name_was_removed(
    client, certificate
):
    token = _credential_token(client, certificate)
    client.force_login(certificate.completion.learner.user)
    client.post(reverse("learning:account_delete"), {"password": PASSWORD})

    response = client.post(CHECK, {"credential": token})

    assert 'data-status="removed"' in response.content.decode()


def test_the_address_printed_on_early_certificates_offers_the_check(
    client, certificate
):
    response = client.get(f"/learn/certificates/{certificate.number}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="{certificate.number}"' in html
    assert NAME not in html  # the check itself goes through the rate-limited form
