"""Electronic signatures on acts that carry no slip of their own.

A slip is signed inside its PDF (services.slips). Other signed acts (an anomaly form, a
re-test or OQC verdict, a supervisor's decision, a corrective action's verification, a
shipping note) are signed by re-entering the password that unlocks the person's signing key,
checked by the use case in its own transaction: proof that the signed-in person, not someone
at their unlocked screen, did it. The act stores the fingerprint of the certificate unlocked
and what unlocked it (``signed_with``). A wrong password changes nothing, and counts toward
the lock-out (services.actors.signed_act).
"""

from __future__ import annotations

from benchapp.domain.roles import Actor
from benchapp.domain.signatures import SIGNED_WITH_PASSWORD, Signature
from benchapp.services.actors import current_actor, signed_act
from benchapp.services.slips import SlipPort, unlock_in, unlock_key
from benchapp.services.unit_of_work import AbstractUnitOfWork


def sign_as(uow: AbstractUnitOfWork, actor: Actor, password: str,
            port: SlipPort) -> Signature:
    """Inside an open unit of work, with ``actor`` from current_actor: unlock the signer's
    current signing key with ``password``. Raises the port's CredentialError if wrong,
    SlipsNotSetUp without a certificate, AuthError for a locked account (the lock-out
    must stop password guessing at a signing prompt as it does at login), and for a user
    on a one-time password (services.slips.unlock_in)."""
    credential = unlock_in(uow, actor, password, port)
    return Signature(port.fingerprint(credential.cert_pem), SIGNED_WITH_PASSWORD)


@signed_act
def check_signer_password(uow: AbstractUnitOfWork, actor: Actor, password: str,
                          port: SlipPort) -> str:
    """Check ``password`` against ``actor``'s signing key; returns the certificate's
    fingerprint. For a signature the GUI asks before an act that stores none (a screening
    verdict by hand); the signed acts check the password themselves."""
    with uow:
        credential, rewrapped = unlock_key(uow, current_actor(uow, actor), password, port)
        if rewrapped:
            uow.commit()  # the key, now under argon2id; otherwise nothing to commit
        return port.fingerprint(credential.cert_pem)
