"""What a signed act records about its signature: the certificate and the components used."""

from __future__ import annotations

from dataclasses import dataclass

# The components a signer proved: the password that unlocks their signing key today; a badge
# and PIN later (issue 16) will add "badge+pin".
SIGNED_WITH_PASSWORD = "password"


@dataclass(frozen=True)
class Signature:
    """A signed act's proof: the fingerprint of the signer's current certificate (the one
    whose key the credential unlocked) and what the signer presented to unlock it."""

    certificate_fingerprint: str
    signed_with: str = SIGNED_WITH_PASSWORD
