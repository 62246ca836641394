"""The signing session's in-memory key copy: opens with its secret only, never with the password."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from benchapp.services.signing_session import SigningSession
from benchapp.slips import ca


def test_the_session_copy_opens_with_its_secret_only():
    key = ec.generate_private_key(ec.SECP256R1())
    secret = SigningSession.new_secret().decode()
    copy = ca.session_wrap_key(key, secret)
    opened = ca.unwrap_key(copy, secret)
    assert opened.private_numbers() == key.private_numbers()
    for wrong in (SigningSession.new_secret().decode(), "2468", "", secret[:-2]):
        with pytest.raises(ValueError):
            ca.unwrap_key(copy, wrong)


def test_a_wiped_session_gives_nothing_and_zeroes_its_secret():
    session = SigningSession()
    secret = SigningSession.new_secret()
    session.arm(user_id=7, fingerprint="ab", wrapped_key=b"k", secret=secret)
    assert session.key_for(7, "ab") == (b"k", secret.decode())
    assert session.key_for(8, "ab") is None and session.key_for(7, "cd") is None
    session.wipe()
    assert session.key_for(7, "ab") is None
    assert set(secret) == {0}
