"""Electronic signatures on decisions and verdicts that carry no slip of their own.

A slip is signed inside its PDF (services.slips). Other signed acts (a QC supervisor's
no-fault-found decision, the anomaly form, an OQC verdict) are signed by re-entering the
password that unlocks the person's signing key: proof that the signed-in person, not
someone at their unlocked screen, did it. A wrong password raises CredentialError and the
caller changes nothing.
"""

from __future__ import annotations

from benchapp.domain.roles import Actor
from benchapp.services.slips import SlipPort, unlock_signer
from benchapp.services.unit_of_work import AbstractUnitOfWork


def check_signer_password(uow: AbstractUnitOfWork, actor: Actor, password: str,
                          port: SlipPort) -> str:
    """Check ``password`` against ``actor``'s signing key; returns the certificate's
    fingerprint (to record with the signed act). Raises CredentialError if wrong and
    SlipsNotSetUp if the person has no signing certificate. Wrong passwords count toward
    the login lock-out (services.slips.unlock_signer)."""
    credential = unlock_signer(uow, actor, password, port)
    return port.fingerprint(credential.cert_pem)
