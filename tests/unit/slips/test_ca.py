"""The shop CA and user certificates: key usages, subject, encrypted keys, re-issue."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from benchapp.slips.ca import (
    LOGIN_HASH,
    check_issued_by,
    create_ca,
    is_legacy_wrap,
    issue_user_certificate,
    rewrap_key,
    unlock_user_key,
    unwrap_key,
)
from benchapp.slips.errors import CredentialError, SlipErrorReason


@pytest.fixture(scope="module")
def ca():
    return create_ca("华强精密电子", "ca-secret")


@pytest.fixture(scope="module")
def clerk(ca):
    return issue_user_certificate(ca, "ca-secret", user_id=2, username="clerk",
                                  display_name="张伟", roles=["business_clerk"],
                                  password="demo1234")


def test_ca_is_an_ec_p256_authority_with_an_encrypted_key(ca):
    cert = ca.certificate
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca and constraints.path_length == 0
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign
    assert cert.not_valid_after_utc - cert.not_valid_before_utc > timedelta(days=365 * 25)
    box = json.loads(ca.encrypted_key_pem)
    assert box["kdf"] == "argon2id" and b"PRIVATE KEY" not in ca.encrypted_key_pem


def test_keys_are_wrapped_no_cheaper_per_guess_than_the_login_hash(monkeypatch):
    from argon2 import PasswordHasher

    from benchapp.services import users
    from benchapp.slips import ca as ca_module

    monkeypatch.setattr(ca_module, "wrap_kdf", dict(ca_module.KEY_KDF))  # the real cost
    login = PasswordHasher.from_parameters(LOGIN_HASH)
    assert LOGIN_HASH == users.RFC_9106_LOW_MEMORY  # what the real login hasher uses
    key = ec.generate_private_key(ec.SECP256R1())
    box = json.loads(ca_module.wrap_key(key, "Bench-pass-2026"))
    assert box["kdf"] == "argon2id"
    # Same memory and lanes, at least as many passes: each guess costs at least as much.
    assert box["m"] >= login.memory_cost and box["p"] >= login.parallelism
    assert box["t"] >= login.time_cost


def test_a_legacy_pbkdf2_key_still_opens_and_is_rewrapped_under_argon2id(clerk):
    key = unlock_user_key(clerk, "demo1234")
    legacy = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.BestAvailableEncryption(b"demo1234"))
    assert is_legacy_wrap(legacy) and not is_legacy_wrap(clerk.encrypted_key_pem)
    old = type(clerk)(cert_pem=clerk.cert_pem, encrypted_key_pem=legacy)
    assert unlock_user_key(old, "demo1234").private_numbers() == key.private_numbers()
    upgraded = rewrap_key(legacy, "demo1234", "demo1234")
    assert not is_legacy_wrap(upgraded)
    assert unwrap_key(upgraded, "demo1234").private_numbers() == key.private_numbers()
    with pytest.raises(ValueError):
        rewrap_key(legacy, "wrong-password", "x")


def test_a_changed_byte_in_a_wrapped_key_is_refused(clerk):
    box = json.loads(clerk.encrypted_key_pem)
    raw = bytearray(base64.b64decode(box["ciphertext"]))
    raw[3] ^= 1
    box["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(CredentialError):
        unlock_user_key(type(clerk)(cert_pem=clerk.cert_pem,
                                    encrypted_key_pem=json.dumps(box).encode()), "demo1234")


def test_user_certificate_commits_content_and_names_the_user(ca, clerk):
    cert = clerk.certificate
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.content_commitment and usage.digital_signature  # pyHanko needs non-repudiation
    assert not usage.key_cert_sign
    subject = cert.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "张伟"
    assert subject.get_attributes_for_oid(NameOID.USER_ID)[0].value == "clerk"
    assert subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == "2"
    assert subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "华强精密电子"
    assert cert.issuer == ca.certificate.subject
    assert check_issued_by(clerk, ca.cert_pem) == cert


def test_only_the_users_password_unlocks_the_key(clerk):
    key = unlock_user_key(clerk, "demo1234")
    assert key.public_key().public_numbers() == clerk.certificate.public_key().public_numbers()
    with pytest.raises(CredentialError) as caught:
        unlock_user_key(clerk, "wrong")
    assert caught.value.reason is SlipErrorReason.WRONG_PASSWORD
    assert "clerk" in caught.value.message


def test_wrong_ca_passphrase_is_a_typed_error(ca):
    with pytest.raises(CredentialError) as caught:
        issue_user_certificate(ca, "nope", user_id=3, username="x", display_name="X",
                               roles=[], password="pw")
    assert caught.value.reason is SlipErrorReason.WRONG_CA_PASSPHRASE


def test_reissue_gives_a_new_key_and_the_old_certificate_stays_valid(ca, clerk):
    renewed = issue_user_certificate(ca, "ca-secret", user_id=2, username="clerk",
                                     display_name="张伟", roles=["business_clerk"],
                                     password="new-password")
    assert renewed.serial_number != clerk.serial_number
    assert renewed.certificate.public_key() != clerk.certificate.public_key()
    check_issued_by(clerk, ca.cert_pem)
    check_issued_by(renewed, ca.cert_pem)
    with pytest.raises(CredentialError):
        unlock_user_key(renewed, "demo1234")


def test_certificate_from_another_ca_is_refused(clerk):
    other = create_ca("别的工厂", "x")
    with pytest.raises(CredentialError) as caught:
        check_issued_by(clerk, other.cert_pem)
    assert caught.value.reason is SlipErrorReason.CERTIFICATE_NOT_FROM_CA


def test_expired_certificate_is_refused(ca, clerk):
    with pytest.raises(CredentialError) as caught:
        check_issued_by(clerk, ca.cert_pem, at=datetime.now(UTC) + timedelta(days=365 * 40))
    assert caught.value.reason is SlipErrorReason.CERTIFICATE_EXPIRED


def test_a_stolen_key_file_does_not_sign_for_another_certificate(ca, clerk):
    other = issue_user_certificate(ca, "ca-secret", user_id=9, username="oqc",
                                   display_name="王芳", roles=[], password="pw")
    mixed = type(clerk)(cert_pem=other.cert_pem, encrypted_key_pem=clerk.encrypted_key_pem)
    with pytest.raises(CredentialError) as caught:
        unlock_user_key(mixed, "demo1234")
    assert caught.value.reason is SlipErrorReason.KEY_DOES_NOT_MATCH


@pytest.mark.parametrize("kwargs", [
    {"username": " "}, {"display_name": ""}, {"password": ""}, {"user_id": -1},
])
def test_issue_rejects_empty_identity(ca, kwargs):
    args = {"user_id": 1, "username": "u", "display_name": "U", "roles": [], "password": "p"}
    with pytest.raises(CredentialError) as caught:
        issue_user_certificate(ca, "ca-secret", **{**args, **kwargs})
    assert caught.value.reason is SlipErrorReason.INVALID_CONTENT
