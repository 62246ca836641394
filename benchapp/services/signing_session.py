"""What a signer presents, and one continuous session's ability to sign again (21 CFR 11.200).

21 CFR 11.200(a)(1): within one continuous period of controlled access, the first signing uses
all the signature's components (here: the user name and the password that unlocks the
person's signing key); later signings in the same session may use one private component: the
badge scan with its PIN, or the password again. After the idle lock, a sign-out or a change of
user, the full signature is needed again.

The PIN cannot unlock the signing key (the key is wrapped under the password only, and a 4-8
digit PIN must never become a way to open it from the database). So a full signature *arms*
the session: the key it unlocked is wrapped again (AES-256-GCM, slips.ca.SESSION_WRAP_FORMAT)
under a random 256-bit secret that exists only in this process's memory (``SigningSession``).
A badge+PIN signature then uses that copy, once the PIN is checked against the user's PIN
hash. Without an armed session for the same person
and the same certificate, badge+PIN opens nothing and signs nothing. ``wipe`` (at lock,
sign-out and user switch) zeroes the secret and drops the wrapped copy.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

from benchapp.domain.signatures import SIGNED_WITH_BADGE_PIN, SIGNED_WITH_PASSWORD


class SigningSession:
    """One bench session's signing key copy, armed by a full signature, wiped at lock.

    Used from the worker that signs and from the GUI thread that wipes it: a lock guards it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._user_id: int | None = None
        self._fingerprint: str | None = None
        self._wrapped: bytes | None = None
        self._secret: bytearray | None = None

    @staticmethod
    def new_secret() -> bytearray:
        """A fresh 256-bit wrap secret (as hex text, the form the key wrap takes)."""
        return bytearray(secrets.token_hex(32).encode("ascii"))

    def arm(self, *, user_id: int, fingerprint: str, wrapped_key: bytes,
            secret: bytearray) -> None:
        """Keep ``wrapped_key`` (the signer's key wrapped under ``secret``) for this session."""
        with self._lock:
            self._wipe()
            self._user_id, self._fingerprint = user_id, fingerprint
            self._wrapped, self._secret = wrapped_key, secret

    def key_for(self, user_id: int, fingerprint: str) -> tuple[bytes, str] | None:
        """(wrapped key, secret) when this session was armed by ``user_id``'s full signature
        with the certificate ``fingerprint``; None otherwise (no full signature yet, another
        person's, a certificate re-issued since, or wiped)."""
        with self._lock:
            if (self._wrapped is None or self._secret is None or self._user_id != user_id
                    or self._fingerprint != fingerprint):
                return None
            return self._wrapped, self._secret.decode("ascii")

    def armed_for(self, user_id: int | None) -> bool:
        with self._lock:
            return self._wrapped is not None and user_id is not None \
                and self._user_id == user_id

    def wipe(self) -> None:
        with self._lock:
            self._wipe()

    def _wipe(self) -> None:
        if self._secret is not None:
            for i in range(len(self._secret)):
                self._secret[i] = 0
        self._user_id = self._fingerprint = None
        self._wrapped = self._secret = None


@dataclass(frozen=True)
class PasswordProof:
    """A full signature's private component, the password; ``session`` (if any) is armed by it."""

    password: str = field(repr=False)
    session: SigningSession | None = field(default=None, repr=False, compare=False)
    signed_with: str = SIGNED_WITH_PASSWORD


@dataclass(frozen=True)
class BadgePinProof:
    """A later signature in an armed session: the badge scanned and its PIN."""

    badge: str
    pin: str = field(repr=False)
    session: SigningSession | None = field(default=None, repr=False, compare=False)
    signed_with: str = SIGNED_WITH_BADGE_PIN


# What a signed use case takes as ``password``: the password itself (the CLI), or a proof.
Secret = str | PasswordProof | BadgePinProof


def as_proof(secret: Secret) -> PasswordProof | BadgePinProof:
    return PasswordProof(secret) if isinstance(secret, str) else secret
