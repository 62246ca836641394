"""What a signed act records about its signature: the certificate and the components used."""

from __future__ import annotations

from dataclasses import dataclass

# The components a signer proved: the password that unlocks their signing key (a full
# signature when the user name was given too), or, later in a session armed by a full
# signature, the badge scanned with its PIN (21 CFR 11.200(a)(1); services.signing_session).
SIGNED_WITH_PASSWORD = "password"
SIGNED_WITH_BADGE_PIN = "badge+pin"
SIGNED_WITH = (SIGNED_WITH_PASSWORD, SIGNED_WITH_BADGE_PIN)


@dataclass(frozen=True)
class Signature:
    """A signed act's proof: the fingerprint of the signer's current certificate (the one
    whose key the credential unlocked) and what the signer presented to unlock it."""

    certificate_fingerprint: str
    signed_with: str = SIGNED_WITH_PASSWORD
