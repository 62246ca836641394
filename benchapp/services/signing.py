"""Electronic signatures on acts that carry no slip of their own.

A slip is signed inside its PDF (services.slips). Other signed acts (an anomaly form, a
re-test or OQC verdict, a supervisor's decision, a corrective action's verification, a
shipping note) are signed by re-entering the password that unlocks the person's signing key,
or, later in a session a full signature armed, with the badge scan and PIN
(services.signing_session), checked by the use case in its own transaction: proof that the
signed-in person, not someone at their unlocked screen, did it. The act stores the
fingerprint of the certificate unlocked and what the signer presented (``signed_with``). A
wrong password or PIN changes nothing, and counts toward the lock-out
(services.actors.signed_act).
"""

from __future__ import annotations

from benchapp.domain.roles import Actor
from benchapp.domain.signatures import Signature
from benchapp.services.actors import current_actor, signed_act
from benchapp.services.signing_session import Secret
from benchapp.services.slips import SlipPort, unlock_in
from benchapp.services.unit_of_work import AbstractUnitOfWork


def sign_as(uow: AbstractUnitOfWork, actor: Actor, password: Secret,
            port: SlipPort) -> Signature:
    """Inside an open unit of work, with ``actor`` from current_actor: unlock the signer's
    current signing key with ``password`` (the password, or a proof: a password that arms
    its session, or badge + PIN in an armed session; AuthError FULL_SIGNATURE_REQUIRED
    without one, SIGNATURE_PIN_WRONG for a wrong badge or PIN). Raises the port's
    CredentialError for a wrong password,
    SlipsNotSetUp without a certificate, AuthError for a locked account (the lock-out
    must stop password guessing at a signing prompt as it does at login), and for a user
    on a one-time password (services.slips.unlock_in)."""
    unlocked = unlock_in(uow, actor, password, port)
    return Signature(port.fingerprint(unlocked.credential.cert_pem), unlocked.signed_with)


@signed_act
def check_signer_password(uow: AbstractUnitOfWork, actor: Actor, password: Secret,
                          port: SlipPort) -> str:
    """Check ``password`` against ``actor``'s signing key; returns the certificate's
    fingerprint. For a signature the GUI asks before an act that stores none (a screening
    verdict by hand); the signed acts check the password themselves."""
    with uow:
        unlocked = unlock_in(uow, current_actor(uow, actor), password, port)
        if unlocked.rewrapped:
            uow.commit()  # the key, now under argon2id; otherwise nothing to commit
        return port.fingerprint(unlocked.credential.cert_pem)
