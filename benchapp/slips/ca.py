"""The shop's own certificate authority and the per-user signing certificates it issues.

The factory is offline, so trust is local: one shop CA (EC P-256) whose key is kept encrypted
under an administrator's passphrase, and one certificate per user whose private key is encrypted
under that user's own password, so only the signer can sign (QP-TPZ-002 5.3.3: "signed with name
and date/time by the giver and the receiver"). A password reset issues a new key and certificate;
slips signed with the old one keep validating because nothing revokes it.

Private keys are wrapped with AES-256-GCM under a key derived by argon2id from the password or
passphrase, with parameters no cheaper per guess than the login hash's (``KEY_KDF`` >=
``LOGIN_HASH``): whoever reads the table (the bench's database login, a copy of the SQLite file)
guesses a signing password no faster than the login password. Keys stored by earlier versions
(PKCS#8, PBKDF2-SHA256 at 2048 iterations) still open and are re-wrapped at their next use.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2.low_level import Type, hash_secret_raw
from argon2.profiles import RFC_9106_LOW_MEMORY
from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

from benchapp.slips.errors import CredentialError, SlipErrorReason

# Archived slips must validate for the whole retention period; there is no time-stamping
# authority offline, so certificates simply outlive any realistic retention setting.
CA_VALIDITY = timedelta(days=365 * 30)
USER_VALIDITY = timedelta(days=365 * 25)
# Clocks of the benches and the database server may disagree by a little.
BACKDATE = timedelta(hours=1)

# The login hash (services.users) uses argon2-cffi's RFC 9106 low-memory profile. The key wrap
# uses the same memory and lanes and one more pass, so one guess at a stored key costs more than
# one guess at the stored login hash, never less (benchmarks/bench_secrets.py measures both).
LOGIN_HASH = RFC_9106_LOW_MEMORY
KEY_KDF = {"t": LOGIN_HASH.time_cost + 1, "m": LOGIN_HASH.memory_cost,
           "p": LOGIN_HASH.parallelism}
WRAP_FORMAT = "benchapp-key-argon2id-aesgcm-v1"
# A signing session's in-memory copy of a key (services.signing_session), under a random
# 256-bit secret used as the AES key itself: a full-entropy secret needs no stretching, so a
# badge + PIN signature costs no argon2 run. Such a copy is never stored.
SESSION_WRAP_FORMAT = "benchapp-key-session-aesgcm-v1"
# What new wraps use (the test suite lowers it, as it does the login hash's cost).
wrap_kdf = dict(KEY_KDF)


@dataclass(frozen=True)
class CaMaterial:
    """The shop CA: its certificate (public, give it to every verifier) and its encrypted key."""

    cert_pem: bytes
    encrypted_key_pem: bytes

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def fingerprint_sha256(self) -> str:
        return _fingerprint(self.certificate)


@dataclass(frozen=True)
class UserCredential:
    """One user's signing certificate and private key, the key encrypted under their password."""

    cert_pem: bytes
    encrypted_key_pem: bytes

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def fingerprint_sha256(self) -> str:
        return _fingerprint(self.certificate)

    @property
    def serial_number(self) -> int:
        return self.certificate.serial_number


def create_ca(shop_name: str, passphrase: str, *, now: datetime | None = None) -> CaMaterial:
    """A new self-signed shop CA; the key is returned encrypted with ``passphrase``."""
    shop_name = _required(shop_name, "shop_name")
    _require_secret(passphrase, "passphrase")
    now = _utc(now)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, shop_name),
        x509.NameAttribute(NameOID.COMMON_NAME, f"{shop_name} transfer-slip CA"),
    ])
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(_serial())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return CaMaterial(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        encrypted_key_pem=_encrypt(key, passphrase),
    )


def issue_user_certificate(
    ca: CaMaterial,
    ca_passphrase: str,
    *,
    user_id: int,
    username: str,
    display_name: str,
    roles: Iterable[str],
    password: str,
    now: datetime | None = None,
) -> UserCredential:
    """A fresh key pair and certificate for one user; the key is encrypted under ``password``.

    Calling it again (password reset, lost key) gives a new key and certificate; earlier ones
    stay valid, so slips signed with them still verify.
    """
    _require_secret(password, "password")
    ca_key = _decrypt_ca_key(ca, ca_passphrase)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _user_certificate(ca_key, ca.certificate, key.public_key(), user_id=user_id,
                             username=username, display_name=display_name, roles=roles,
                             now=now)
    return UserCredential(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        encrypted_key_pem=_encrypt(key, password),
    )


def new_user_key(password: str) -> tuple[bytes, bytes]:
    """A key pair the user creates under their own password (after a reset): the public key
    PEM, to be certified by the shop CA, and the wrapped private key."""
    _require_secret(password, "password")
    key = ec.generate_private_key(ec.SECP256R1())
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    return public_pem, _encrypt(key, password)


def certify_user_key(
    ca: CaMaterial,
    ca_passphrase: str,
    public_key_pem: bytes,
    encrypted_key: bytes,
    *,
    user_id: int,
    username: str,
    display_name: str,
    roles: Iterable[str],
    now: datetime | None = None,
) -> UserCredential:
    """The shop CA's certificate for a public key the user created; the private key stays as
    the user wrapped it (nobody else saw it)."""
    ca_key = _decrypt_ca_key(ca, ca_passphrase)
    public_key = serialization.load_pem_public_key(public_key_pem)
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        raise CredentialError(SlipErrorReason.KEY_DOES_NOT_MATCH, user=username)
    cert = _user_certificate(ca_key, ca.certificate, public_key, user_id=user_id,
                             username=username, display_name=display_name, roles=roles, now=now)
    return UserCredential(cert_pem=cert.public_bytes(serialization.Encoding.PEM),
                          encrypted_key_pem=encrypted_key)


def _user_certificate(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
                      public_key: ec.EllipticCurvePublicKey, *, user_id: int, username: str,
                      display_name: str, roles: Iterable[str],
                      now: datetime | None) -> x509.Certificate:
    username = _required(username, "username")
    display_name = _required(display_name, "display_name")
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id < 0:
        raise CredentialError(SlipErrorReason.INVALID_CONTENT, field="user_id",
                              detail=f"must be a whole number >= 0, not {user_id!r}")
    role_list = sorted({_required(r, "role") for r in roles})
    now = _utc(now)
    attributes = [
        x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                           ca_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0]
                           .value),
        x509.NameAttribute(NameOID.COMMON_NAME, display_name),
        # The login name and database id tie the certificate to the user record, so a verifier
        # can tell two people with the same display name apart.
        x509.NameAttribute(NameOID.USER_ID, username),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, str(user_id)),
    ]
    if role_list:
        attributes.append(x509.NameAttribute(NameOID.TITLE, ",".join(role_list)))
    not_after = min(now + USER_VALIDITY, ca_cert.not_valid_after_utc)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name(attributes))
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(_serial())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            # pyHanko's validator requires non-repudiation (content commitment) by default, and
            # a slip signature is exactly that: a commitment to the handed-over content.
            x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key),
                       critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )


def unlock_user_key(credential: UserCredential, password: str) -> ec.EllipticCurvePrivateKey:
    """The user's private key, or CredentialError(WRONG_PASSWORD / KEY_DOES_NOT_MATCH)."""
    cert = credential.certificate
    user = _subject_text(cert, NameOID.USER_ID) or _subject_text(cert, NameOID.COMMON_NAME)
    try:
        key = unwrap_key(credential.encrypted_key_pem, password)
    except ValueError as exc:
        raise CredentialError(SlipErrorReason.WRONG_PASSWORD, user=user) from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) or (
            key.public_key().public_numbers() != cert.public_key().public_numbers()):
        raise CredentialError(SlipErrorReason.KEY_DOES_NOT_MATCH, user=user)
    return key


def is_legacy_wrap(encrypted_key: bytes) -> bool:
    """True for a key stored by an earlier version (PKCS#8 PEM, PBKDF2): re-wrap it."""
    return not encrypted_key.lstrip().startswith(b"{")


def rewrap_key(encrypted_key: bytes, old_secret: str, new_secret: str) -> bytes:
    """The same key wrapped under ``new_secret`` (argon2id); ValueError if ``old_secret`` is
    wrong. Used to upgrade a legacy key at its next use and when a user changes password."""
    return wrap_key(unwrap_key(encrypted_key, old_secret), new_secret)


def wrap_key(key: ec.EllipticCurvePrivateKey, secret: str) -> bytes:
    """``key`` as AES-256-GCM ciphertext under an argon2id key derived from ``secret``."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kdf = dict(wrap_kdf)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    aad = WRAP_FORMAT.encode()
    ciphertext = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, der, aad)
    return json.dumps({"format": WRAP_FORMAT, "kdf": "argon2id", **kdf,
                       "salt": _b64(salt), "nonce": _b64(nonce),
                       "ciphertext": _b64(ciphertext)}, sort_keys=True).encode()


def session_wrap_key(key: ec.EllipticCurvePrivateKey, secret: str) -> bytes:
    """``key`` as AES-256-GCM ciphertext under ``secret``, 64 hex digits of a random 256-bit
    key (SESSION_WRAP_FORMAT); for memory only."""
    raw = _session_key(secret)
    nonce = secrets.token_bytes(12)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    ciphertext = AESGCM(raw).encrypt(nonce, der, SESSION_WRAP_FORMAT.encode())
    return json.dumps({"format": SESSION_WRAP_FORMAT, "nonce": _b64(nonce),
                       "ciphertext": _b64(ciphertext)}, sort_keys=True).encode()


def _session_key(secret: str) -> bytes:
    try:
        raw = bytes.fromhex(secret)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ValueError("wrong password")  # not a session secret
    return raw


def unwrap_key(encrypted_key: bytes, secret: str) -> ec.EllipticCurvePrivateKey:
    """The private key, from any wrap format; ValueError when ``secret`` does not open it."""
    if is_legacy_wrap(encrypted_key):
        try:
            key = serialization.load_pem_private_key(encrypted_key,
                                                     password=secret.encode("utf-8"))
        except (ValueError, TypeError) as exc:
            raise ValueError("wrong password") from exc
    else:
        try:
            box = json.loads(encrypted_key)
            if box.get("format") == SESSION_WRAP_FORMAT:
                der = AESGCM(_session_key(secret)).decrypt(
                    base64.b64decode(box["nonce"]), base64.b64decode(box["ciphertext"]),
                    SESSION_WRAP_FORMAT.encode())
            elif box.get("format") != WRAP_FORMAT or box.get("kdf") != "argon2id":
                raise ValueError(f"unknown key format {box.get('format')!r}")
            else:
                kdf = {"t": int(box["t"]), "m": int(box["m"]), "p": int(box["p"])}
                der = AESGCM(_derive(secret, base64.b64decode(box["salt"]), kdf)).decrypt(
                    base64.b64decode(box["nonce"]), base64.b64decode(box["ciphertext"]),
                    WRAP_FORMAT.encode())
        except InvalidTag as exc:
            raise ValueError("wrong password") from exc
        except (KeyError, TypeError, json.JSONDecodeError, binascii.Error) as exc:
            raise ValueError(f"damaged key record: {exc}") from exc
        key = serialization.load_der_private_key(der, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("not an EC private key")
    return key


def _derive(secret: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["t"],
                           memory_cost=kdf["m"], parallelism=kdf["p"], hash_len=32,
                           type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def check_issued_by(credential: UserCredential, ca_cert_pem: bytes, *,
                    at: datetime | None = None) -> x509.Certificate:
    """The user's certificate, after checking the shop CA signed it and it is valid ``at``."""
    cert = credential.certificate
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    user = _subject_text(cert, NameOID.USER_ID) or _subject_text(cert, NameOID.COMMON_NAME)
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature) as exc:
        raise CredentialError(SlipErrorReason.CERTIFICATE_NOT_FROM_CA, user=user,
                              ca=ca_cert.subject.rfc4514_string()) from exc
    at = _utc(at)
    if not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc:
        raise CredentialError(SlipErrorReason.CERTIFICATE_EXPIRED, user=user, at=at.isoformat(),
                              not_before=cert.not_valid_before_utc.isoformat(),
                              not_after=cert.not_valid_after_utc.isoformat())
    return cert


def check_ca_passphrase(ca: CaMaterial, passphrase: str) -> None:
    """Raise CredentialError(WRONG_CA_PASSPHRASE) unless the passphrase opens the CA key."""
    _decrypt_ca_key(ca, passphrase)


def _decrypt_ca_key(ca: CaMaterial, passphrase: str) -> ec.EllipticCurvePrivateKey:
    try:
        return unwrap_key(ca.encrypted_key_pem, passphrase)
    except ValueError as exc:
        raise CredentialError(SlipErrorReason.WRONG_CA_PASSPHRASE) from exc


def _encrypt(key: ec.EllipticCurvePrivateKey, secret: str) -> bytes:
    return wrap_key(key, secret)


def _fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _subject_text(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    found = cert.subject.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


def _serial() -> int:
    # RFC 5280: positive, at most 20 octets; 159 random bits keeps the top bit clear.
    return secrets.randbits(159) | 1


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise CredentialError(SlipErrorReason.INVALID_CONTENT, field="now",
                              detail="needs a time zone")
    return now.astimezone(UTC)


def _required(value: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CredentialError(SlipErrorReason.INVALID_CONTENT, field=field, detail="is empty")
    return value.strip()


def _require_secret(value: str, field: str) -> None:
    if not isinstance(value, str) or not value:
        raise CredentialError(SlipErrorReason.INVALID_CONTENT, field=field, detail="is empty")
