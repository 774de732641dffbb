"""Signed Open Badges 3.0 credentials for course certificates.

A certificate becomes an ``OpenBadgeCredential`` (1EdTech Open Badges 3.0, a W3C
Verifiable Credential in the VC Data Model 2.0) secured with the spec's "JSON
Web Token Proof Format" (VC-JWT): a compact JWS, EdDSA over Ed25519.

What the spec asks of the JWS, and what this module does (OB 3.0 section 8.2,
"Proofs (Signatures)"):

* JOSE header: only ``alg``, ``kid``, ``jwk`` and ``typ`` are allowed. We send
  ``{"alg": "EdDSA", "kid": <URI>, "typ": "JWT"}``. ``typ``, if present, MUST be
  "JWT". ``kid`` is "a URI that can be dereferenced to an object of type JWK";
  ours is ``<JWKS URL>#<RFC 7638 thumbprint>``, the shape of the spec's own
  example (``https://example.edu/keys#key-1``, "reference to a public key in a
  JWKS"): fetch the JWKS, take the key whose ``kid`` is the fragment. The JWKS
  lives at ``/.well-known/jwks.json`` on the issuer's origin (``jwks_url``).
* Payload: the credential itself (VCDM 2.0; no ``vc`` wrapper, which was the
  VCDM 1.1 form) plus the registered claims ``iss`` = issuer.id, ``jti`` = id,
  ``nbf`` = validFrom, ``sub`` = credentialSubject.id, and ``exp`` = validUntil
  only when there is one (there is none here).
* A verifier checks the signature, then that each claim matches its property.

The learner's name travels the OB 3.0 way, as an ``IdentityObject`` of
``identityType`` "name", not hashed, in ``credentialSubject.identifier``.

Pure: no database access; only ``django.conf.settings`` is read.
"""

import base64
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

import jwt
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_CONTEXT_PATTERN = re.compile(
    r"^https://purl\.imsglobal\.org/spec/ob/v3p0/context(-3\.\d\.\d)*\.json$"
)
SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json"
)
SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019"
CREDENTIAL_TYPES = ("VerifiableCredential", "OpenBadgeCredential")
JWKS_PATH = "/.well-known/jwks.json"
ALGORITHM = "EdDSA"
HEADER_TYP = "JWT"
# OB 3.0: "Additional JOSE Headers are NOT allowed."
HEADERS_ALLOWED = frozenset({"alg", "kid", "jwk", "typ"})
# JWT claims this module adds to the credential and removes again on the way out.
CLAIMS = ("iss", "jti", "nbf", "sub", "exp")
TOKEN_MAX_BYTES = 20 * 1024
CLOCK_LEEWAY_SECONDS = 60
SEGMENT = re.compile(r"^[A-Za-z0-9_-]+$")
# Domain separation for the development key, so the seed is no other use of
# SECRET_KEY. Changing it changes the development key.
DEV_KEY_DOMAIN = b"digital-education-for-all:learning.badges:ed25519-signing-key:v1\x00"


class CredentialInvalid(Exception):
    """A token that is not a credential this platform signed, or not any more.

    ``message`` is lazy and safe to show to the person who brought the token.
    """

    def __init__(self, message=None):
        self.message = message or _("This is not a valid certificate credential.")
        super().__init__(self.message)


MALFORMED = _("This is not a signed certificate credential.")
TOO_LARGE = _("This file is too large to be a certificate credential.")
WRONG_ALGORITHM = _("This credential is not signed the way our certificates are.")
UNKNOWN_KEY = _("This credential was not signed by this platform.")
BAD_SIGNATURE = _(
    "The signature does not match the contents: the credential may have been altered."
)
NOT_YET_VALID = _("This credential is not valid yet.")
EXPIRED = _("This credential has expired.")
WRONG_STRUCTURE = _("This is not an Open Badges certificate credential.")


@dataclass(frozen=True)
class BadgeData:
    """Everything one signed credential says, as plain values."""

    credential_id: str
    number: str
    full_name: str
    achievement_id: str
    achievement_name: str
    achievement_description: str
    criteria: str
    competences: tuple[tuple[str, str], ...]
    valid_from: datetime
    completed_on: date
    commune: str
    issuer_id: str
    issuer_name: str
    issuer_url: str
    language: str = "vi"


# --- Dates -----------------------------------------------------------------


def _datetime_z(moment: datetime) -> str:
    """RFC 3339 in UTC to the second: ``2026-03-05T02:09:59Z``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("valid_from must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _numeric_date(value: str) -> int:
    """A credential ``DateTimeZ`` as a JWT NumericDate (whole seconds)."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("date-time without a time zone")
    return int(moment.timestamp())


def _day_start(day: date) -> str:
    """The first moment of a calendar day in the site's time zone."""
    moment = datetime.combine(day, time(0), tzinfo=ZoneInfo(settings.TIME_ZONE))
    return moment.isoformat(timespec="seconds")


# --- The credential --------------------------------------------------------


def _alignment(achievement_id: str, code: str, name: str) -> dict:
    return {
        "type": ["Alignment"],
        "targetName": name,
        "targetCode": code,
        "targetType": "ceasn:Competency",
        # Alignment requires a targetUrl; the course page lists its competences.
        "targetUrl": f"{achievement_id}#competence-{quote(code, safe='')}",
    }


def _achievement(data: BadgeData) -> dict:
    achievement = {
        "id": data.achievement_id,
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": data.achievement_name,
        "description": data.achievement_description,
        "criteria": {"narrative": data.criteria},
    }
    if data.competences:
        achievement["alignment"] = [
            _alignment(data.achievement_id, code, name)
            for code, name in data.competences
        ]
    achievement["inLanguage"] = data.language
    return achievement


def credential(data: BadgeData) -> dict:
    """The unsigned ``OpenBadgeCredential``, valid against the OB 3.0 schema.

    The same data gives the same dict, keys in the same order.
    """
    description = " · ".join(part for part in (data.number, data.commune) if part)
    document = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": data.credential_id,
        "type": list(CREDENTIAL_TYPES),
        "name": data.achievement_name,
    }
    if description:
        document["description"] = description
    document |= {
        "issuer": {
            "id": data.issuer_id,
            "type": ["Profile"],
            "name": data.issuer_name,
            "url": data.issuer_url,
        },
        "validFrom": _datetime_z(data.valid_from),
        # validFrom moves with every reissue; awardedDate keeps the completion.
        "awardedDate": _day_start(data.completed_on),
        "credentialSubject": {
            # The JWT `sub` claim must equal credentialSubject.id. Learners have
            # no identifier of their own to publish, so the subject is named as
            # "the holder of this certificate".
            "id": f"{data.credential_id}#recipient",
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": data.full_name,
                    "identityType": "name",
                    "hashed": False,
                }
            ],
            "achievement": _achievement(data),
        },
        "credentialSchema": [{"id": SCHEMA_URL, "type": SCHEMA_TYPE}],
    }
    return document


def credential_name(document: dict) -> str:
    """The learner's name a credential carries, "" if it has none."""
    subject = document.get("credentialSubject") or {}
    for identity in subject.get("identifier") or []:
        if identity.get("identityType") == "name" and not identity.get("hashed"):
            return identity.get("identityHash", "")
    return ""


def issuer_profile(*, issuer_id: str, name: str, url: str) -> dict:
    """The issuer ``Profile`` to serve as JSON at ``issuer_id``.

    OB 3.0 gives the Profile no property for keys: a verifier finds the key
    from the JWS header ``kid``, which points into the JWKS at ``jwks_url``.
    """
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": issuer_id,
        "type": ["Profile"],
        "name": name,
        "url": url,
    }


# --- Keys ------------------------------------------------------------------


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@functools.cache
def signing_key() -> Ed25519PrivateKey:
    """The platform's Ed25519 key.

    ``settings.CERTIFICATE_SIGNING_KEY`` holds it in PEM; when that is empty
    (development), a key is derived from SECRET_KEY. Cached: call
    ``signing_key.cache_clear()`` after changing either setting.
    """
    pem = getattr(settings, "CERTIFICATE_SIGNING_KEY", "") or ""
    if pem.strip():
        if "\\n" in pem and "\n" not in pem:  # one-line environment variable
            pem = pem.replace("\\n", "\n")
        try:
            key = serialization.load_pem_private_key(pem.encode(), password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm) as error:
            raise ImproperlyConfigured(
                "CERTIFICATE_SIGNING_KEY is not an unencrypted PEM private key."
            ) from error
        if not isinstance(key, Ed25519PrivateKey):
            raise ImproperlyConfigured(
                "CERTIFICATE_SIGNING_KEY must be an Ed25519 key "
                "(openssl genpkey -algorithm ed25519)."
            )
        return key
    seed = hashlib.sha256(DEV_KEY_DOMAIN + settings.SECRET_KEY.encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def _public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw
    )


def jwk_thumbprint(x: str) -> str:
    """RFC 7638 SHA-256 thumbprint of an Ed25519 public JWK (members crv, kty, x
    in that order, no whitespace; RFC 8037 appendix A.3)."""
    members = json.dumps(
        {"crv": "Ed25519", "kty": "OKP", "x": x}, separators=(",", ":")
    ).encode("ascii")
    return _b64url(hashlib.sha256(members).digest())


def public_jwk() -> dict:
    """The public half of ``signing_key()`` as a JWK; never carries ``d``."""
    x = _b64url(_public_raw(signing_key().public_key()))
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": x,
        "kid": jwk_thumbprint(x),
        "use": "sig",
        "alg": ALGORITHM,
    }


def jwks() -> dict:
    """The JSON Web Key Set to serve at ``jwks_url(issuer_id)``."""
    return {"keys": [public_jwk()]}


def _verification_keys() -> dict[str, Ed25519PublicKey]:
    """Keys whose signatures this platform accepts, by thumbprint."""
    key = signing_key().public_key()
    return {jwk_thumbprint(_b64url(_public_raw(key))): key}


def jwks_url(issuer_id: str) -> str:
    """Where the JWKS is served: ``/.well-known/jwks.json`` on the issuer's origin."""
    parts = urlsplit(issuer_id)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValueError("issuer id must be an absolute http(s) URL")
    return f"{parts.scheme}://{parts.netloc}{JWKS_PATH}"


def key_id(issuer_id: str) -> str:
    """The JWS ``kid``: the JWKS URL with the key's thumbprint as fragment."""
    return f"{jwks_url(issuer_id)}#{public_jwk()['kid']}"


# --- Signing ---------------------------------------------------------------


def _issuer_id(document: dict) -> Any:
    issuer = document.get("issuer")
    return issuer.get("id") if isinstance(issuer, dict) else issuer


def _serialise(payload: dict) -> bytes:
    return json.dumps(
        payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def credential_sign(payload: dict) -> str:
    """Sign a credential from ``credential()`` as a compact JWS (VC-JWT)."""
    issuer_id = _issuer_id(payload)
    subject = payload.get("credentialSubject") or {}
    claims = {
        "iss": issuer_id,
        "jti": payload["id"],
        "nbf": _numeric_date(payload["validFrom"]),
        "sub": subject.get("id"),
    }
    if payload.get("validUntil"):
        claims["exp"] = _numeric_date(payload["validUntil"])
    if not isinstance(issuer_id, str) or not isinstance(claims["sub"], str):
        raise ValueError("the credential needs issuer.id and credentialSubject.id")
    clash = set(claims) & set(payload)
    if clash:
        raise ValueError(f"the credential already has JWT claims: {sorted(clash)}")
    return jwt.PyJWS().encode(
        _serialise({**payload, **claims}),
        signing_key(),
        algorithm=ALGORITHM,
        headers={"kid": key_id(issuer_id), "typ": HEADER_TYP},
    )


# --- Verifying -------------------------------------------------------------


def _no_duplicates(pairs: list) -> dict:
    names = [name for name, _value in pairs]
    if len(names) != len(set(names)):
        raise ValueError("duplicate member name")
    return dict(pairs)


def _no_constants(name: str):
    raise ValueError(f"not JSON: {name}")


def _json_object(raw: bytes) -> dict:
    value = json.loads(
        raw.decode("utf-8"),
        object_pairs_hook=_no_duplicates,
        parse_constant=_no_constants,
    )
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def _segment(text: str) -> bytes:
    """Strict base64url: the alphabet only, no padding, and only the canonical
    spelling, so one signature cannot be written in several ways."""
    if not SEGMENT.match(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64url(raw) != text:
        raise ValueError("not canonical base64url")
    return raw


def _types(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _check_structure(document: dict) -> None:
    contexts = document.get("@context")
    if (
        not isinstance(contexts, list)
        or len(contexts) < 2
        or contexts[0] != VC_CONTEXT
        or not isinstance(contexts[1], str)
        or not OB_CONTEXT_PATTERN.match(contexts[1])
    ):
        raise CredentialInvalid(WRONG_STRUCTURE)
    types = _types(document.get("type"))
    if "VerifiableCredential" not in types or not (
        "OpenBadgeCredential" in types or "AchievementCredential" in types
    ):
        raise CredentialInvalid(WRONG_STRUCTURE)
    subject = document.get("credentialSubject")
    if not isinstance(subject, dict) or not isinstance(
        subject.get("achievement"), dict
    ):
        raise CredentialInvalid(WRONG_STRUCTURE)
    if not isinstance(document.get("id"), str) or not isinstance(
        document.get("validFrom"), str
    ):
        raise CredentialInvalid(WRONG_STRUCTURE)


def _check_claims(payload: dict, now: int) -> None:
    """OB 3.0 "Verify a Credential VC-JWT Signature": each claim must be there
    and match its credential property; validFrom must have come, validUntil not
    yet passed."""
    subject = payload["credentialSubject"]
    expected = {
        "iss": _issuer_id(payload),
        "jti": payload["id"],
        "sub": subject.get("id"),
    }
    for claim, value in expected.items():
        if not isinstance(payload.get(claim), str) or payload[claim] != value:
            raise CredentialInvalid(WRONG_STRUCTURE)
    nbf = payload.get("nbf")
    if type(nbf) is not int or nbf != _numeric_date(payload["validFrom"]):
        raise CredentialInvalid(WRONG_STRUCTURE)
    if nbf > now + CLOCK_LEEWAY_SECONDS:
        raise CredentialInvalid(NOT_YET_VALID)
    if "exp" in payload or "validUntil" in payload:
        exp = payload.get("exp")
        until = payload.get("validUntil")
        if (
            type(exp) is not int
            or not isinstance(until, str)
            or exp != _numeric_date(until)
        ):
            raise CredentialInvalid(WRONG_STRUCTURE)
        if exp <= now - CLOCK_LEEWAY_SECONDS:
            raise CredentialInvalid(EXPIRED)


def _verify(token: Any, keys: dict[str, Ed25519PublicKey]) -> dict:
    if not isinstance(token, str | bytes):
        raise CredentialInvalid(MALFORMED)
    if len(token) > TOKEN_MAX_BYTES:
        raise CredentialInvalid(TOO_LARGE)
    if isinstance(token, bytes):
        token = token.decode("ascii")
    token = token.strip()
    if not token.isascii() or len(token.encode()) > TOKEN_MAX_BYTES:
        raise CredentialInvalid(MALFORMED)
    parts = token.split(".")
    if len(parts) != 3:
        raise CredentialInvalid(MALFORMED)
    try:
        header = _json_object(_segment(parts[0]))
        _segment(parts[1])
        _segment(parts[2])
    except ValueError as error:
        raise CredentialInvalid(MALFORMED) from error

    if header.get("alg") != ALGORITHM:
        raise CredentialInvalid(WRONG_ALGORITHM)
    if not set(header) <= HEADERS_ALLOWED or header.get("typ", HEADER_TYP) != (
        HEADER_TYP
    ):
        raise CredentialInvalid(MALFORMED)
    kid = header.get("kid")
    if not isinstance(kid, str):
        raise CredentialInvalid(UNKNOWN_KEY)
    # The key is ours or none: an embedded `jwk` header is never trusted.
    key = keys.get(kid.rpartition("#")[2])
    if key is None:
        raise CredentialInvalid(UNKNOWN_KEY)

    try:
        decoded = jwt.PyJWS().decode_complete(token, key, algorithms=[ALGORITHM])
    except jwt.InvalidSignatureError as error:
        raise CredentialInvalid(BAD_SIGNATURE) from error
    except jwt.InvalidAlgorithmError as error:
        raise CredentialInvalid(WRONG_ALGORITHM) from error
    try:
        payload = _json_object(decoded["payload"])
    except ValueError as error:
        raise CredentialInvalid(MALFORMED) from error

    _check_structure(payload)
    _check_claims(payload, int(datetime.now(UTC).timestamp()))
    return {name: value for name, value in payload.items() if name not in CLAIMS}


def credential_verify(token: str) -> dict:
    """Check a compact JWS from ``credential_sign`` and return the credential.

    Only EdDSA signatures by this platform's key(s) count. Anything wrong with
    the token, including plain garbage, raises ``CredentialInvalid``; nothing
    else escapes. (A broken CERTIFICATE_SIGNING_KEY setting still raises
    ImproperlyConfigured: that is the server's fault, not the token's.)
    """
    keys = _verification_keys()
    try:
        return _verify(token, keys)
    except CredentialInvalid:
        raise
    except Exception as error:  # the contract: nothing else escapes
        raise CredentialInvalid(MALFORMED) from error
