"""Open Badges 3.0 credentials: shape against the official schema, VC-JWT signing.

No database: learning.badges reads settings only.
"""

import base64
import hashlib
import hmac
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.utils import translation
from jsonschema.validators import validator_for

from learning import badges
from learning.badges import (
    BadgeData,
    CredentialInvalid,
    credential,
    credential_sign,
    credential_verify,
    issuer_profile,
    jwks,
    public_jwk,
    signing_key,
)
from tests.formats import FORMATS

SCHEMAS = Path(badges.__file__).parent / "schemas"
NAME = "Nguyễn Thị Hồng"
SITE = "https://hocvu.example.vn"
ISSUER_ID = f"{SITE}/learn/certificates/issuer/"

# RFC 8037 appendix A.1 and A.3: an Ed25519 key and its RFC 7638 thumbprint.
RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"
RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


@pytest.fixture(autouse=True)
def fresh_key():
    """signing_key is cached per process; settings changes need a fresh one."""
    signing_key.cache_clear()
    yield
    signing_key.cache_clear()


def _data(**overrides) -> BadgeData:
    values = dict(
        credential_id=f"{SITE}/learn/certificates/7K3M9-QXP2A/",
        number="7K3M9-QXP2A",
        full_name=NAME,
        achievement_id=f"{SITE}/khoa-hoc/kich-hoat-va-su-dung-vneid/",
        achievement_name="Kích hoạt và sử dụng ứng dụng VNeID",
        achievement_description="Cài đặt, kích hoạt và dùng tài khoản định danh.",
        criteria="Hoàn thành tất cả bài học và đạt bài kiểm tra cuối khóa.",
        competences=(("4.2", "Bảo vệ dữ liệu cá nhân"), ("1.1", "Duyệt web")),
        valid_from=datetime(2026, 3, 5, 9, 30, 15, 123456, tzinfo=UTC),
        completed_on=date(2026, 3, 4),
        commune="Phường Hoàn Kiếm, Thành phố Hà Nội",
        issuer_id=ISSUER_ID,
        issuer_name="Ban Chỉ đạo phong trào Bình dân học vụ số",
        issuer_url=f"{SITE}/",
    )
    values.update(overrides)
    return BadgeData(**values)


def _validator(filename: str):
    schema = json.loads((SCHEMAS / filename).read_text(encoding="utf-8"))
    cls = validator_for(schema)  # the draft the schema declares: 2019-09
    cls.check_schema(schema)
    return cls(schema, format_checker=FORMATS)


def _errors(validator, document) -> list[str]:
    return [
        f"{'/'.join(map(str, error.path)) or '<root>'}: {error.message}"
        for error in validator.iter_errors(document)
    ]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


# --- The vendored schemas ----------------------------------------------------


def test_vendored_schemas_are_the_official_draft_2019_09_files():
    for filename in (
        "ob_v3p0_achievementcredential_schema.json",
        "ob_v3p0_profile_schema.json",
    ):
        schema = json.loads((SCHEMAS / filename).read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2019-09/schema#"
        assert schema["$id"] == (
            f"https://purl.imsglobal.org/spec/ob/v3p0/schema/json/{filename}"
        )
        # Self-contained: every $ref points inside the file, so no registry.
        text = (SCHEMAS / filename).read_text(encoding="utf-8")
        refs = [part.split('"')[1] for part in text.split('"$ref" : ')[1:]]
        assert refs and all(ref.startswith("#/$defs/") for ref in refs)


# --- The credential ---------------------------------------------------------


def test_credential_validates_against_the_official_schema():
    validator = _validator("ob_v3p0_achievementcredential_schema.json")
    assert _errors(validator, credential(_data())) == []


def test_credential_without_commune_or_competences_validates_too():
    validator = _validator("ob_v3p0_achievementcredential_schema.json")
    document = credential(_data(commune="", competences=()))
    assert _errors(validator, document) == []
    assert "alignment" not in document["credentialSubject"]["achievement"]
    assert document["description"] == "7K3M9-QXP2A"


def test_schema_catches_a_broken_credential():
    """The check above has teeth: the schema rejects what the spec forbids."""
    validator = _validator("ob_v3p0_achievementcredential_schema.json")
    document = credential(_data())
    del document["validFrom"]
    document["awardedDate"] = "4 March 2026"
    document["credentialSubject"]["identifier"][0]["identityType"] = "nickname"
    errors = _errors(validator, document)
    assert any("validFrom" in error for error in errors)
    assert any(error.startswith("awardedDate") for error in errors)
    assert any("identifier" in error for error in errors)


def test_credential_carries_the_name_the_ob3_way():
    document = credential(_data())
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    subject = document["credentialSubject"]
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityHash": NAME,
            "identityType": "name",
            "hashed": False,
        }
    ]
    assert subject["achievement"]["criteria"] == {
        "narrative": "Hoàn thành tất cả bài học và đạt bài kiểm tra cuối khóa."
    }
    assert subject["achievement"]["alignment"][0] == {
        "type": ["Alignment"],
        "targetName": "Bảo vệ dữ liệu cá nhân",
        "targetCode": "4.2",
        "targetType": "ceasn:Competency",
        "targetUrl": f"{SITE}/khoa-hoc/kich-hoat-va-su-dung-vneid/#competence-4.2",
    }
    assert document["issuer"] == {
        "id": ISSUER_ID,
        "type": ["Profile"],
        "name": "Ban Chỉ đạo phong trào Bình dân học vụ số",
        "url": f"{SITE}/",
    }


def test_credential_dates():
    document = credential(_data())
    assert document["validFrom"] == "2026-03-05T09:30:15Z"
    assert document["awardedDate"] == "2026-03-04T00:00:00+07:00"
    with pytest.raises(ValueError):
        credential(_data(valid_from=datetime(2026, 3, 5, 9, 30)))  # noqa: DTZ001


def test_credential_is_deterministic():
    first = json.dumps(credential(_data()), ensure_ascii=False)
    again = json.dumps(credential(_data()), ensure_ascii=False)
    assert first == again
    assert credential_sign(credential(_data())) == credential_sign(credential(_data()))


def test_issuer_profile_validates_against_the_official_schema():
    validator = _validator("ob_v3p0_profile_schema.json")
    profile = issuer_profile(issuer_id=ISSUER_ID, name="Ban Chỉ đạo", url=SITE)
    assert _errors(validator, profile) == []
    assert profile["id"] == credential(_data())["issuer"]["id"]


# --- Signing and verifying ----------------------------------------------------


def test_sign_verify_round_trip_keeps_the_exact_name():
    document = credential(_data())
    verified = credential_verify(credential_sign(document))
    assert verified == document
    assert verified["credentialSubject"]["identifier"][0]["identityHash"] == NAME


def test_token_follows_the_ob3_jwt_proof_format():
    document = credential(_data())
    token = credential_sign(document)
    header_part, payload_part, _signature = token.split(".")
    header = json.loads(_unb64(header_part))
    thumbprint = public_jwk()["kid"]
    # Only alg, kid, typ: "Additional JOSE Headers are NOT allowed."
    assert header == {
        "alg": "EdDSA",
        "kid": f"{SITE}/.well-known/jwks.json#{thumbprint}",
        "typ": "JWT",
    }
    payload = json.loads(_unb64(payload_part))
    # VCDM 2.0: the payload is the credential with the claims beside it.
    assert payload["iss"] == document["issuer"]["id"]
    assert payload["jti"] == document["id"]
    assert payload["sub"] == document["credentialSubject"]["id"]
    valid_from = datetime(2026, 3, 5, 9, 30, 15, tzinfo=UTC)
    assert payload["nbf"] == int(valid_from.timestamp())
    assert "vc" not in payload and "exp" not in payload
    assert {k: v for k, v in payload.items() if k not in badges.CLAIMS} == document


def test_an_outside_verifier_checks_the_token_with_plain_pyjwt():
    """What a relying party does: read the JWKS, pick the key named by the
    fragment of kid, verify with a stock JWT library."""
    document = credential(_data())
    token = credential_sign(document)
    kid = jwt.get_unverified_header(token)["kid"]
    (entry,) = [key for key in jwks()["keys"] if key["kid"] == kid.rpartition("#")[2]]
    assert entry == public_jwk()
    assert "d" not in entry
    claims = jwt.decode(
        token,
        jwt.PyJWK(entry),
        algorithms=["EdDSA"],
        options={"require": ["iss", "jti", "nbf", "sub"]},
    )
    assert claims["iss"] == ISSUER_ID
    assert claims["credentialSubject"]["identifier"][0]["identityHash"] == NAME


def test_thumbprint_matches_rfc_8037_vectors():
    assert badges.jwk_thumbprint(RFC8037_X) == RFC8037_THUMBPRINT


def test_signing_key_from_pem_in_settings(settings):
    key = Ed25519PrivateKey.from_private_bytes(_unb64(RFC8037_D))
    settings.CERTIFICATE_SIGNING_KEY = _pem(key)
    signing_key.cache_clear()
    assert public_jwk()["x"] == RFC8037_X
    assert public_jwk()["kid"] == RFC8037_THUMBPRINT
    token = credential_sign(credential(_data()))
    # Signed by that very key: its public half verifies the JWS directly.
    jwt.api_jws.PyJWS().decode_complete(token, key.public_key(), algorithms=["EdDSA"])
    assert credential_verify(token)["id"] == _data().credential_id


def test_signing_key_from_one_line_pem(settings):
    key = Ed25519PrivateKey.generate()
    settings.CERTIFICATE_SIGNING_KEY = _pem(key).replace("\n", "\\n")
    assert signing_key().public_key().public_bytes_raw() == (
        key.public_key().public_bytes_raw()
    )


def test_development_key_follows_secret_key(settings):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.SECRET_KEY = "one secret key, long enough for the test to mean it"
    signing_key.cache_clear()
    first = public_jwk()
    assert signing_key() is signing_key()  # cached
    signing_key.cache_clear()
    assert public_jwk() == first  # deterministic
    settings.SECRET_KEY = "another secret key, long enough for the test to mean it"
    signing_key.cache_clear()
    assert public_jwk()["x"] != first["x"]


def test_a_key_in_the_wrong_format_is_a_configuration_error(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.CERTIFICATE_SIGNING_KEY = "-----BEGIN PRIVATE KEY-----\nnope\n"
    with pytest.raises(ImproperlyConfigured):
        signing_key()


# --- What must fail -----------------------------------------------------------


def _rejected(token) -> CredentialInvalid:
    with pytest.raises(CredentialInvalid) as caught:
        credential_verify(token)
    assert str(caught.value.message)  # a message for the person, in English for now
    return caught.value


def test_tampered_name_fails():
    token = credential_sign(credential(_data()))
    header, payload, signature = token.split(".")
    claims = json.loads(_unb64(payload))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Trần Văn Nam"
    forged = _b64(json.dumps(claims, ensure_ascii=False).encode())
    error = _rejected(f"{header}.{forged}.{signature}")
    assert error.message == badges.BAD_SIGNATURE


def test_token_signed_by_another_key_fails():
    other = Ed25519PrivateKey.generate()
    payload = credential_sign(credential(_data())).split(".")[1]
    body = _unb64(payload)
    ours = jwt.get_unverified_header(credential_sign(credential(_data())))
    # The same kid as ours: the signature check is what stops it.
    same_kid = jwt.PyJWS().encode(
        body, other, algorithm="EdDSA", headers={"kid": ours["kid"], "typ": "JWT"}
    )
    assert _rejected(same_kid).message == badges.BAD_SIGNATURE
    # Its own key, handed over in the header: never trusted.
    other_jwk = json.loads(jwt.algorithms.OKPAlgorithm.to_jwk(other.public_key()))
    own_kid = jwt.PyJWS().encode(
        body,
        other,
        algorithm="EdDSA",
        headers={"kid": f"{SITE}/.well-known/jwks.json#other", "jwk": other_jwk},
    )
    assert _rejected(own_kid).message == badges.UNKNOWN_KEY


def test_alg_none_fails():
    token = credential_sign(credential(_data()))
    _header, payload, _signature = token.split(".")
    kid = jwt.get_unverified_header(token)["kid"]
    for header in ({"alg": "none", "kid": kid}, {"alg": "none"}):
        unsigned = _b64(json.dumps(header).encode())
        assert _rejected(f"{unsigned}.{payload}.").message != badges.BAD_SIGNATURE
        assert _rejected(f"{unsigned}.{payload}.AAAA").message == (
            badges.WRONG_ALGORITHM
        )


def test_hs256_with_the_public_key_as_secret_fails():
    """The algorithm-confusion attack: HMAC keyed with the published key."""
    token = credential_sign(credential(_data()))
    _header, payload, _signature = token.split(".")
    kid = jwt.get_unverified_header(token)["kid"]
    public_raw = signing_key().public_key().public_bytes_raw()
    public_pem = (
        signing_key()
        .public_key()
        .public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    for secret in (public_raw, public_pem, public_jwk()["x"].encode()):
        header = _b64(json.dumps({"alg": "HS256", "kid": kid, "typ": "JWT"}).encode())
        signing_input = f"{header}.{payload}".encode()
        mac = hmac.new(secret, signing_input, hashlib.sha256).digest()
        assert _rejected(f"{header}.{payload}.{_b64(mac)}").message == (
            badges.WRONG_ALGORITHM
        )


def test_signature_written_differently_fails():
    """Same signature bytes, different base64url spelling: refused."""
    token = credential_sign(credential(_data()))
    header, payload, signature = token.split(".")
    last = signature[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    twin = alphabet[alphabet.index(last) ^ 1]  # flips a padding bit only
    assert _unb64(signature[:-1] + twin) == _unb64(signature)
    _rejected(f"{header}.{payload}.{signature[:-1]}{twin}")
    _rejected(f"{header}.{payload}.{signature}==")
    _rejected(f"{header}.{payload}.{signature}!")


def test_extra_jose_headers_fail():
    body = _unb64(credential_sign(credential(_data())).split(".")[1])
    kid = jwt.get_unverified_header(credential_sign(credential(_data())))["kid"]
    token = jwt.PyJWS().encode(
        body,
        signing_key(),
        algorithm="EdDSA",
        headers={"kid": kid, "typ": "JWT", "x5u": "https://evil.example/key"},
    )
    _rejected(token)
    wrong_typ = jwt.PyJWS().encode(
        body, signing_key(), algorithm="EdDSA", headers={"kid": kid, "typ": "vc+jwt"}
    )
    _rejected(wrong_typ)


def _signed(payload: dict) -> str:
    """A token our key really signed, for payloads credential_sign won't make."""
    kid = jwt.get_unverified_header(credential_sign(credential(_data())))["kid"]
    return jwt.PyJWS().encode(
        json.dumps(payload).encode(),
        signing_key(),
        algorithm="EdDSA",
        headers={"kid": kid, "typ": "JWT"},
    )


def test_signed_but_not_a_credential_fails():
    claims = json.loads(_unb64(credential_sign(credential(_data())).split(".")[1]))
    wrong_type = dict(claims, type=["VerifiableCredential"])
    assert _rejected(_signed(wrong_type)).message == badges.WRONG_STRUCTURE
    old_context = dict(claims)
    old_context["@context"] = ["https://www.w3.org/2018/credentials/v1"]
    _rejected(_signed(old_context))
    wrong_subject = dict(claims, sub="https://someone.else.example/")
    _rejected(_signed(wrong_subject))
    wrong_issuer = dict(claims, iss="https://evil.example/issuer")
    _rejected(_signed(wrong_issuer))
    no_nbf = {k: v for k, v in claims.items() if k != "nbf"}
    _rejected(_signed(no_nbf))
    _rejected(_signed({"hello": "world"}))
    _rejected(
        jwt.PyJWS().encode(
            b"[1, 2, 3]",
            signing_key(),
            algorithm="EdDSA",
            headers={"kid": jwt.get_unverified_header(_signed({}))["kid"]},
        )
    )


def test_duplicate_member_names_fail():
    token = credential_sign(credential(_data()))
    text = _unb64(token.split(".")[1]).decode()
    doubled = text[:-1] + ',"iss":"https://evil.example/"}'
    kid = jwt.get_unverified_header(token)["kid"]
    forged = jwt.PyJWS().encode(
        doubled.encode(),
        signing_key(),
        algorithm="EdDSA",
        headers={"kid": kid, "typ": "JWT"},
    )
    _rejected(forged)


def test_not_yet_valid_fails():
    later = datetime.now(UTC) + timedelta(days=30)
    token = credential_sign(credential(_data(valid_from=later)))
    assert _rejected(token).message == badges.NOT_YET_VALID


@pytest.mark.parametrize(
    "junk",
    [
        "",
        " ",
        ".",
        "..",
        "a.b",
        "a.b.c.d",
        "not a token",
        "eyJhbGciOiJFZERTQSJ9",
        "eyJhbGciOiJFZERTQSJ9.e30.",
        "!!!.???.***",
        "e30.e30.e30",
        "bnVsbA.e30.AAAA",  # header "null"
        "W10.e30.AAAA",  # header "[]"
        "eyJhbGciOiJFZERTQSIsImtpZCI6MX0.e30.AAAA",  # kid not a string
        "Nguyễn.Thị.Hồng",
        "ａｂｃ.ｄｅｆ.ｇｈｉ",
        "\x00\x01\x02",
        "A" * 30_000,
        ("A" * 10_000 + ".") * 3,
        "ồ" * 7_000,
        None,
        123,
        b"\xff\xfe",
        ["a", "b", "c"],
    ],
)
def test_junk_fails_with_credential_invalid_only(junk):
    _rejected(junk)


def test_oversized_but_well_formed_token_fails():
    document = credential(_data(criteria="x" * 25_000))
    token = credential_sign(document)
    assert len(token) > 20 * 1024
    assert _rejected(token).message == badges.TOO_LARGE


def test_each_changed_character_fails():
    """Walk the token: any one changed character is refused, and only with
    CredentialInvalid."""
    token = credential_sign(credential(_data()))
    for index in range(0, len(token), 97):
        char = token[index]
        replacement = "A" if char != "A" else "B"
        if char == ".":
            replacement = "x"
        _rejected(token[:index] + replacement + token[index + 1 :])


def test_credential_invalid_message_is_lazy_text():
    error = _rejected("garbage")
    with translation.override("en"):
        assert "credential" in str(error.message)
    with translation.override("vi"):
        assert "chứng chỉ số" in str(error.message)
        assert str(error) == str(error.message)
