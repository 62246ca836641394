"""Signed transfer slips at every handover (QP-TPZ-002 5.3.3, 5.3.4).

The giver's handover renders the slip and signs it; the receiver's station verifies the stored
PDF (signatures, shop CA, database hash, the giver's certificate issued to the recorded giver)
before counting, and countersigns the receipt or the refusal. Trust is the shop CA pinned on
the machine (the port's ``ca_pin``), never "the newest CA row"; ``verify_rma_chain`` follows an
RMA's chain through the hashes in the signed PDFs and checks it against the tracking log. PDF work goes through a ``SlipPort`` (benchapp/slips/port.py), so this module stays
free of reportlab and pyHanko.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from benchapp import settings
from benchapp.domain import handover as handover_rules
from benchapp.domain import notes
from benchapp.domain.errors import AuthError, HandoverRefused, NotFound, OutOfOrder, Reason
from benchapp.domain.handover import Handover, Meaning, PresentedSlip, Refusal, SlipState
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import LogEntry, Rma
from benchapp.domain.roles import Actor, Role, Station
from benchapp.domain.signatures import SIGNED_WITH_BADGE_PIN, SIGNED_WITH_PASSWORD
from benchapp.services.actors import current_actor, refuse_locked_signer, signed_act
from benchapp.services.signing_session import BadgePinProof, Secret, SigningSession, as_proof
from benchapp.services.unit_of_work import AbstractUnitOfWork

ADMIN = frozenset({Role.ADMIN})


# -- what the service needs from the PDF adapter ----------------------------------------------


@dataclass(frozen=True)
class Credential:
    cert_pem: bytes
    encrypted_key_pem: bytes


@dataclass(frozen=True)
class SlipHeader:
    """What the slip says about the handover (the adapter builds its page from it)."""

    shop_name: str
    form_no: str
    form_revision: str
    slip_no: str
    rma_no: str
    customer: str
    model: str
    from_station: Station
    to_station: Station
    serials: tuple[str, ...]
    declared_count: int
    giver_id: int
    giver_username: str
    giver_name: str
    giver_role: str
    handed_over_at: datetime
    previous_sha256: str | None
    ca_sha256: str | None = None  # the shop CA's fingerprint, printed on the slip
    log_head: str | None = None  # the tracking log's head hash at signing, printed and signed
    wet_ink: bool = False  # printed with lines for a pen signature and date (slip_wet_ink)


@dataclass(frozen=True)
class ReceiverBlock:
    receiver_name: str
    receiver_role: str
    received_at: datetime
    counted: int
    refusal: Refusal | None = None
    note: str = ""


@dataclass(frozen=True)
class SignerInfo:
    field: str
    name: str
    username: str | None
    meaning: str | None
    certificate_sha256: str = ""
    certificate_serial: str = ""  # lower-case hex, as in the issued-certificates record
    user_id: int | None = None  # the user id the certificate names


@dataclass(frozen=True)
class SlipCheck:
    """The adapter's verdict on a slip PDF."""

    ok: bool
    reason: str | None  # a benchapp.slips.verify.VerifyFailure value
    message: str
    slip_no: str | None = None
    content_sha256: str | None = None
    signers: list[SignerInfo] = field(default_factory=list)
    # The canonical content embedded in the PDF (empty when none can be read): the chain
    # (previous_sha256), the RMA, the giver and the CA fingerprint, as the signers signed them.
    content: dict[str, Any] = field(default_factory=dict)

    def signed_by(self, field_name: str) -> bool:
        return self.ok and any(s.field == field_name for s in self.signers)


class SlipPort(Protocol):
    ca_pin: str | None
    """The shop CA fingerprint pinned on this machine (None: not pinned)."""

    def trusted_ca(self, cas: list[Credential]) -> Credential:
        """The CA among the database's rows that this machine trusts: the pinned one; with no
        pin, the only one. Raises CredentialError when the pin matches none of them, or when
        there are several and none is pinned."""

    def create_ca(self, shop_name: str, passphrase: str) -> Credential: ...

    def issue(self, ca: Credential, ca_passphrase: str, *, user_id: int, username: str,
              display_name: str, roles: list[str], password: str) -> Credential: ...

    def check_ca_passphrase(self, ca: Credential, passphrase: str) -> None: ...

    def check_password(self, credential: Credential, password: str) -> None: ...

    def needs_rewrap(self, encrypted_key: bytes) -> bool:
        """True for a key stored in an older, cheaper-to-guess format."""

    def rewrap(self, encrypted_key: bytes, old_secret: str, new_secret: str) -> bytes:
        """The same key wrapped under ``new_secret``; CredentialError if ``old_secret`` is
        wrong."""

    def session_copy(self, encrypted_key: bytes, password: str, secret: str) -> bytes:
        """The key opened with ``password``, wrapped for a signing session's memory under
        ``secret`` (64 hex digits) in a form ``give``/``receive``/``check_password`` open
        without a KDF; CredentialError if ``password`` is wrong."""

    def new_key(self, password: str) -> tuple[bytes, bytes]:
        """A fresh key pair: (public key PEM, private key wrapped under ``password``)."""

    def certify(self, ca: Credential, ca_passphrase: str, public_key_pem: bytes,
                encrypted_key: bytes, *, user_id: int, username: str, display_name: str,
                roles: list[str]) -> Credential:
        """The shop CA's certificate for a key the user created (after a reset)."""

    def fingerprint(self, cert_pem: bytes) -> str: ...

    def serial(self, cert_pem: bytes) -> str:
        """The certificate's serial number in lower-case hex."""

    def give(self, header: SlipHeader, credential: Credential, password: str,
             ca_cert_pem: bytes) -> tuple[bytes, str]:
        """Render the slip and sign it as giver: (pdf, content sha256)."""

    def receive(self, pdf: bytes, block: ReceiverBlock, credential: Credential, password: str,
                ca_cert_pem: bytes) -> bytes:
        """Countersign: the receipt, or the refusal and its reason."""

    def check(self, pdf: bytes, ca_cert_pem: bytes, expected_sha256: str | None) -> SlipCheck: ...

    def signed_content(self, pdf: bytes) -> tuple[str, dict[str, Any]] | None:
        """(content SHA-256, canonical content) as embedded in the revision the giver signed,
        the content really hashing to it; None when the PDF holds no such record. Reads only:
        the signatures are ``check``'s business."""


# -- what the unit of work stores --------------------------------------------------------------


@dataclass
class SlipRecord:
    slip_no: str
    rma_no: str
    content_sha256: str
    previous_sha256: str | None
    pdf: bytes
    state: SlipState
    print_count: int = 0
    id: int | None = None
    version: int = 0
    pdf_sha256: str | None = None  # as stored beside the PDF when it was written


@dataclass(frozen=True)
class IssuedCertificate:
    """One row of the issued-certificates record."""

    serial: str
    fingerprint: str
    user_id: int
    issued_at: datetime
    superseded_at: datetime | None

    def current_at(self, moment: datetime) -> bool:
        return self.issued_at <= moment and (self.superseded_at is None
                                             or moment < self.superseded_at)


class SlipRepository(Protocol):
    def ca(self) -> tuple[str, Credential] | None: ...

    def cas(self) -> list[tuple[str, Credential]]: ...

    def issued(self, fingerprints: Any) -> dict[str, IssuedCertificate]: ...

    def supersede_credentials(self, user_id: int, at: datetime | None = None) -> int: ...

    def add_ca(self, shop_name: str, ca: Credential, fingerprint: str) -> None: ...

    def credential(self, user_id: int) -> Credential | None: ...

    def add_credential(self, user_id: int, credential: Credential, fingerprint: str, *,
                       serial: str | None = None, at: datetime | None = None) -> None: ...

    def replace_key(self, user_id: int, fingerprint: str, encrypted_key: bytes) -> None: ...

    def replace_ca_key(self, fingerprint: str, encrypted_key: bytes) -> None: ...

    def pending_key(self, user_id: int) -> tuple[bytes, bytes] | None: ...

    def set_pending_key(self, user_id: int, public_key_pem: bytes | None,
                        encrypted_key: bytes | None = None) -> None: ...

    def get(self, slip_no: str) -> SlipRecord | None: ...

    def for_rma(self, rma_no: str) -> list[SlipRecord]: ...

    def list(self, rma_no: str | None = None) -> list[SlipRecord]:
        """A listing: the records without their PDFs (``pdf`` is empty)."""

    def save(self, record: SlipRecord) -> None: ...

    def each(self) -> Iterator[tuple[str, str, bytes]]:
        """(slip no, content SHA-256, PDF) of every stored slip, streamed one by one."""


class SlipsNotSetUp(NotFound):
    """No shop CA yet, or the user has no signing certificate."""


# -- the CA and credentials ------------------------------------------------------------------


def init_ca(uow: AbstractUnitOfWork, actor: Actor | None, *, shop_name: str, passphrase: str,
            port: SlipPort) -> str:
    """Create the shop CA (once for the life of the database). Returns its fingerprint."""
    with uow:
        if actor is not None:
            actor = current_actor(uow, actor, allowed=ADMIN, action="create the shop CA")
        if uow.slips.cas():
            raise OutOfOrder(Reason.OUT_OF_ORDER, serial="-", state="CA exists",
                             action="create the shop CA")
        ca = port.create_ca(shop_name.strip() or "benchapp", passphrase)
        fp = port.fingerprint(ca.cert_pem)
        uow.slips.add_ca(shop_name.strip(), ca, fp)
        uow.log.add(LogEntry(rma_no="-", action="ca_created", actor_id=actor.user_id if actor
                             else None, actor_name=actor.username if actor else "bootstrap",
                             detail={"fingerprint": fp, "shop": shop_name}))
        uow.commit()
        return fp


def issue_credential(uow: AbstractUnitOfWork, actor: Actor | None, *, username: str,
                     password: str, ca_passphrase: str, port: SlipPort) -> str:
    """Issue (or re-issue, after a password reset) a user's signing certificate; it goes
    into the issued-certificates record and supersedes the user's earlier one."""
    with uow:
        if actor is not None:
            actor = current_actor(uow, actor, allowed=ADMIN,
                                  action="issue signing certificates")
        _shop_name, ca = _ca(uow, port)
        user = uow.users.by_username(username)
        if user is None or user.id is None:
            raise NotFound(Reason.NOT_FOUND, what="user", key=username)
        # After a reset only the key the user creates under their own password is certified
        # (issue_pending): a one-time password known to the administrator never signs.
        user.check_can_sign()
        cred = port.issue(ca, ca_passphrase, user_id=user.id, username=user.username,
                          display_name=user.display_name,
                          roles=sorted(r.value for r in user.roles), password=password)
        _upgrade_ca_key(uow, ca, ca_passphrase, port)
        fp = port.fingerprint(cred.cert_pem)
        serial = port.serial(cred.cert_pem)
        uow.slips.add_credential(user.id, cred, fp, serial=serial, at=uow.now())
        uow.log.add(LogEntry(rma_no="-", action="certificate_issued",
                             actor_id=actor.user_id if actor else None,
                             actor_name=actor.username if actor else "bootstrap",
                             detail={"user": user.username, "fingerprint": fp,
                                     "serial": serial}))
        uow.commit()
        return fp


def issue_pending(uow: AbstractUnitOfWork, actor: Actor, *, username: str, ca_passphrase: str,
                  port: SlipPort) -> str:
    """Certify the key a user created under their own password after a reset.

    The administrator supplies the CA passphrase; they never see the user's password or key,
    so after a reset nobody but the user can sign as the user."""
    with uow:
        actor = current_actor(uow, actor, allowed=ADMIN, action="issue signing certificates")
        _shop_name, ca = _ca(uow, port)
        user = uow.users.by_username(username)
        if user is None or user.id is None:
            raise NotFound(Reason.NOT_FOUND, what="user", key=username)
        pending = uow.slips.pending_key(user.id)
        if pending is None:
            raise NotFound(Reason.NOT_FOUND, what="signing key awaiting a certificate for",
                           key=f"{username}: they choose their password first")
        cred = port.certify(ca, ca_passphrase, pending[0], pending[1], user_id=user.id,
                            username=user.username, display_name=user.display_name,
                            roles=sorted(r.value for r in user.roles))
        _upgrade_ca_key(uow, ca, ca_passphrase, port)
        fp = port.fingerprint(cred.cert_pem)
        serial = port.serial(cred.cert_pem)
        uow.slips.add_credential(user.id, cred, fp, serial=serial, at=uow.now())
        uow.slips.set_pending_key(user.id, None)
        uow.log.add(LogEntry(rma_no="-", action="certificate_issued", actor_id=actor.user_id,
                             actor_name=actor.username,
                             detail={"user": user.username, "fingerprint": fp,
                                     "serial": serial,
                                     "key": "chosen by the user after a reset"}))
        uow.commit()
        return fp


def _upgrade_ca_key(uow: AbstractUnitOfWork, ca: Credential, passphrase: str,
                    port: SlipPort) -> None:
    """A CA key stored in the old PBKDF2 format is re-wrapped (argon2id) at its next use."""
    if port.needs_rewrap(ca.encrypted_key_pem):
        uow.slips.replace_ca_key(port.fingerprint(ca.cert_pem),
                                 port.rewrap(ca.encrypted_key_pem, passphrase, passphrase))


@dataclass(frozen=True)
class Unlocked:
    """A signer's key, opened for one signature: the credential whose key ``secret`` opens
    (the stored one and the password, or the session's copy and its secret) and the
    components the signer presented (domain.signatures)."""

    credential: Credential
    secret: str = field(repr=False)
    signed_with: str
    rewrapped: bool = False


def unlock_signer(uow: AbstractUnitOfWork, actor: Actor, password: Secret,
                  port: SlipPort) -> Unlocked:
    """Check ``password`` (a password, or a proof: services.signing_session) against the
    actor's signing key, in its own transaction, before the use case writes anything.

    For the use cases decorated with services.actors.signed_act, which counts a wrong
    password or PIN toward the lock-out (the one atomic counter) after the act has rolled
    back."""
    with uow:
        unlocked = unlock_for_signing(uow, current_actor(uow, actor), password, port)
        if unlocked.rewrapped:
            uow.commit()  # only then: a refused act commits nothing
    return unlocked


def unlock_in(uow: AbstractUnitOfWork, actor: Actor, password: Secret,
              port: SlipPort) -> Unlocked:
    """unlock_for_signing, for a use case that commits its own act."""
    return unlock_for_signing(uow, actor, password, port)


def unlock_for_signing(uow: AbstractUnitOfWork, actor: Actor, password: Secret,
                       port: SlipPort) -> Unlocked:
    """Inside an open unit of work, with ``actor`` from current_actor: open the signer's key
    for one signature, with the password (a full signature; it arms the proof's session) or
    with badge + PIN in a session a full signature armed (21 CFR 11.200(a)(1))."""
    proof = as_proof(password)
    if isinstance(proof, BadgePinProof):
        return _unlock_by_pin(uow, actor, proof, port)
    opened, once, rewrapped = open_key(uow, actor, proof.password, port)
    if proof.session is not None:
        secret = SigningSession.new_secret()
        proof.session.arm(
            user_id=actor.user_id or 0, fingerprint=port.fingerprint(opened.cert_pem),
            wrapped_key=port.session_copy(opened.encrypted_key_pem, once,
                                          secret.decode("ascii")),
            secret=secret)
    return Unlocked(opened, once, SIGNED_WITH_PASSWORD, rewrapped)


def _unlock_by_pin(uow: AbstractUnitOfWork, actor: Actor, proof: BadgePinProof,
                   port: SlipPort) -> Unlocked:
    """The session's copy of the key, once the badge and PIN are the signer's. The session
    is checked first: without a full signature in it, the PIN is not even looked at (no
    PIN guessing through a signing prompt that could not sign anyway)."""
    # services.users imports services.actors, as this module does; its hash check is here.
    from benchapp.services.users import verify_secret

    refuse_locked_signer(uow, actor)
    user = uow.users.get(actor.user_id or 0)
    user.check_can_sign()
    _ca(uow, port)
    credential = _credential(uow, actor)
    held = (proof.session.key_for(actor.user_id or 0, port.fingerprint(credential.cert_pem))
            if proof.session is not None else None)
    if held is None:
        raise AuthError(Reason.FULL_SIGNATURE_REQUIRED, user=actor.username)
    badge = proof.badge.strip().upper()
    if not (user.badge and badge == user.badge and verify_secret(user.pin_hash, proof.pin)):
        raise AuthError(Reason.SIGNATURE_PIN_WRONG, user=actor.username)
    wrapped, secret = held
    session_credential = Credential(credential.cert_pem, wrapped)
    port.check_password(session_credential, secret)  # the copy opens: it is this key
    return Unlocked(session_credential, secret, SIGNED_WITH_BADGE_PIN)


def open_key(uow: AbstractUnitOfWork, actor: Actor, password: str,
             port: SlipPort) -> tuple[Credential, str, bool]:
    """Inside an open unit of work, with ``actor`` from current_actor: the signer's current
    credential opened by ``password`` (the port's CredentialError if wrong) for one signature,
    as (the credential with its key wrapped under a one-off secret, that secret), and whether
    the stored key was re-wrapped.

    The password's KDF (argon2id, ~0.1 s) runs once: the signature opens the one-off copy
    without it. Checking the password and then signing with it ran the KDF twice.

    Disabled, locked and one-time-password users cannot sign; a bench pinned to another
    shop CA signs nothing. A key stored in the old format is re-wrapped under argon2id now
    that the password is known (kept when the enclosing transaction commits)."""
    refuse_locked_signer(uow, actor)
    uow.users.get(actor.user_id or 0).check_can_sign()
    _ca(uow, port)
    credential = _credential(uow, actor)
    once = SigningSession.new_secret().decode("ascii")
    try:
        copy = port.session_copy(credential.encrypted_key_pem, password, once)
    except Exception:
        # A wrong password: the port's refusal that names the signer (and counts, as before).
        # Anything else stands as raised.
        port.check_password(credential, password)
        raise
    opened = Credential(credential.cert_pem, copy)
    port.check_password(opened, once)  # no KDF: the copy is this certificate's key
    if port.needs_rewrap(credential.encrypted_key_pem):
        rewrapped = port.rewrap(credential.encrypted_key_pem, password, password)
        uow.slips.replace_key(actor.user_id or 0, port.fingerprint(credential.cert_pem),
                              rewrapped)
        uow.log.add(LogEntry(rma_no="-", action="signing_key_rewrapped",
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"kdf": "argon2id"}))
        return opened, once, True
    return opened, once, False


def check_ca_passphrase(uow: AbstractUnitOfWork, passphrase: str, port: SlipPort) -> bool:
    """False when there is no CA yet; raises when the passphrase does not open its key."""
    with uow:
        if not uow.slips.cas():
            return False
        _shop, ca = _ca(uow, port)
    port.check_ca_passphrase(ca, passphrase)
    return True


def ca_certificate(uow: AbstractUnitOfWork, port: SlipPort | None = None) -> bytes:
    with uow:
        if port is None:
            return _only_ca(uow)[1].cert_pem
        return _ca(uow, port)[1].cert_pem


@dataclass(frozen=True)
class CaStatus:
    """The shop CA this machine uses, and whether the machine pins it."""

    shop_name: str
    fingerprint: str
    pinned: bool


def ca_status(uow: AbstractUnitOfWork, port: SlipPort) -> CaStatus:
    """The trusted CA's fingerprint (to print, or to pin in the machine configuration)."""
    with uow:
        shop, ca = _ca(uow, port)
    return CaStatus(shop, port.fingerprint(ca.cert_pem), port.ca_pin is not None)


def _only_ca(uow: AbstractUnitOfWork) -> tuple[str, Credential]:
    ca = uow.slips.ca()
    if ca is None:
        raise SlipsNotSetUp(Reason.NOT_FOUND, what="shop CA", key="run 'benchapp ca init'")
    return ca


def _ca(uow: AbstractUnitOfWork, port: SlipPort) -> tuple[str, Credential]:
    """The shop CA this machine trusts: pinned by fingerprint, never "the newest row"."""
    cas = uow.slips.cas()
    if not cas:
        raise SlipsNotSetUp(Reason.NOT_FOUND, what="shop CA", key="run 'benchapp ca init'")
    chosen = port.trusted_ca([c for _shop, c in cas])
    return next((shop, c) for shop, c in cas if c is chosen)


def _credential(uow: AbstractUnitOfWork, actor: Actor) -> Credential:
    """The acting user's current signing credential, after re-reading the user: a disabled
    user signs nothing, and only a certificate in the issued record, not superseded, signs."""
    user = uow.users.get(actor.user_id or 0) if actor.user_id else None
    if user is None:
        raise NotFound(Reason.NOT_FOUND, what="user", key=actor.username)
    if user.disabled:
        raise AuthError(Reason.ACCOUNT_DISABLED, user=user.username)
    cred = uow.slips.credential(actor.user_id or 0)
    if cred is None:
        raise SlipsNotSetUp(Reason.NOT_FOUND, what="signing certificate for",
                            key=f"{actor.username}: ask the administrator")
    fp = hashlib.sha256(_der(cred.cert_pem)).hexdigest()
    issued = uow.slips.issued([fp]).get(fp)
    if issued is None or issued.user_id != user.id or issued.superseded_at is not None:
        raise SlipsNotSetUp(Reason.NOT_FOUND, what="current issued signing certificate for",
                            key=f"{actor.username}: ask the administrator to issue one")
    return cred


def _der(pem: bytes) -> bytes:
    """DER bytes of a PEM certificate (stdlib only: base64 between the armour lines)."""
    import base64

    body = b"".join(line for line in pem.strip().splitlines() if not line.startswith(b"-----"))
    return base64.b64decode(body)


# -- handover with signed slips --------------------------------------------------------------


def _role_at(actor: Actor, station: Station) -> str:
    from benchapp.domain.roles import STATION_ROLES

    have = sorted(r.value for r in actor.roles & STATION_ROLES[station])
    return have[0] if have else min(r.value for r in actor.roles)


@signed_act
def hand_over(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, from_station: Station,
              to_station: Station, serials: list[str], declared_count: int, password: Secret,
              port: SlipPort) -> Handover:
    """The giver lists and counts the units and signs the slip with their own password."""
    unlocked = unlock_signer(uow, actor, password, port)
    with uow:
        actor = current_actor(uow, actor)
        refuse_locked_signer(uow, actor)
        rma = uow.rmas.get(rma_no)
        now = uow.now()
        slip_no = uow.next_no(DocKind.SLIP)
        handover = handover_rules.offer_handover(
            rma, actor, slip_no=slip_no, from_station=from_station, to_station=to_station,
            serials=list(serials), declared_count=declared_count, now=now,
            open_slips=uow.handovers.open_slips(serials))
        shop_name, ca = _ca(uow, port)
        earlier = uow.slips.for_rma(rma_no)
        giver = uow.users.get(actor.user_id or 0)
        # Read in this transaction, before signing: the slip then names an entry that was
        # already in the chain, and the filed paper anchors everything before it.
        log_head = uow.log.head_hash()
        stored = uow.shop_settings()
        form_no_setting, revision_setting = settings.SLIP_FORM_NUMBER
        form_no = form_no_setting.read(stored.get(form_no_setting.key))
        form_revision = revision_setting.read(stored.get(revision_setting.key))
        header = SlipHeader(
            shop_name=shop_name, form_no=form_no, form_revision=form_revision, slip_no=slip_no,
            rma_no=rma_no, customer=rma.customer, model=rma.model, from_station=from_station,
            to_station=to_station, serials=handover.serials,
            declared_count=handover.declared_count, giver_id=actor.user_id or 0,
            giver_username=actor.username, giver_name=giver.display_name,
            giver_role=_role_at(actor, from_station), handed_over_at=now,
            previous_sha256=earlier[-1].content_sha256 if earlier else None,
            ca_sha256=port.fingerprint(ca.cert_pem), log_head=log_head,
            wet_ink=settings.slip_wet_ink(stored, from_station, to_station))
        pdf, content_sha = port.give(header, unlocked.credential, unlocked.secret, ca.cert_pem)
        # The slip's own canonical hash is what the receiver checks the PDF against.
        handover.content_hash = content_sha
        uow.handovers.add(handover)
        uow.slips.save(SlipRecord(slip_no=slip_no, rma_no=rma_no, content_sha256=content_sha,
                                  previous_sha256=header.previous_sha256, pdf=pdf,
                                  state=SlipState.GIVEN))
        rma.pending.append(LogEntry(rma_no=rma_no, action="slip_signed", actor_id=actor.user_id,
                                    actor_name=actor.username,
                                    detail={"slip_no": slip_no, "field": "giver",
                                            "content_sha256": content_sha,
                                            **_signed_detail(port, unlocked)}))
        uow.commit()
        return handover


# Which verification failures read as which refusal (5.3.4's named reasons).
_REFUSAL_FOR_CHECK = {
    "unsigned": Refusal.UNSIGNED,
    "not_a_slip": Refusal.MISSING_SLIP,
}


def refusal_for_check(reason: str | None) -> Refusal | None:
    """The named refusal a failed slip check reads as (None: an altered slip)."""
    return _REFUSAL_FOR_CHECK.get(reason or "")


def presented_slip(check: SlipCheck | None, handover: Handover) -> PresentedSlip | None:
    """Turn the verification of the stored PDF into what the receiving rules look at."""
    if check is None:
        return None
    if check.ok and check.signed_by("giver"):
        return PresentedSlip(handover.slip_no, check.content_sha256 or "", True,
                             handover.giver_signed_at)
    refusal = refusal_for_check(check.reason)
    if refusal is Refusal.UNSIGNED:
        return PresentedSlip(handover.slip_no, handover.content_hash, False,
                             handover.giver_signed_at)
    if refusal is Refusal.MISSING_SLIP:
        return None
    # Tampered, appended to, a foreign signature, another CA, another hash: altered.
    return PresentedSlip(handover.slip_no, "altered:" + (check.reason or ""), True,
                         handover.giver_signed_at)


@dataclass(frozen=True)
class Received:
    handover: Handover
    check: SlipCheck | None


@signed_act
def receive(uow: AbstractUnitOfWork, actor: Actor, *, slip_no: str, station: Station,
            scanned: list[str], password: Secret, port: SlipPort) -> Received:
    """Verify the slip, count by scanning, countersign; refuse (signed) what fails.

    Raises HandoverRefused after recording and signing the refusal.
    """
    with uow:
        actor = current_actor(uow, actor)
        # The slip is locked first: benches accepting the same slip queue here, and every
        # one after the first finds it resolved and leaves with one read, before its key, its
        # RMA, its PDF and the giver's signature are read and checked (accept_handover's
        # first rule). Before, each did the whole accept and all but one failed at commit.
        handover = uow.handovers.get(slip_no, lock=True)
        handover_rules.require_open(handover)
        # The key is opened in the act's own transaction (as signing.py does): a wrong
        # password raises before anything is written, the transaction rolls back and
        # signed_act counts it. A transaction of its own for the check cost every accept a
        # second connection check-out, BEGIN and rollback and four reads the act repeated.
        unlocked = unlock_for_signing(uow, actor, password, port)
        rma = uow.rmas.get(handover.rma_no)
        now = uow.now()
        _shop, ca = _ca(uow, port)
        record = uow.slips.get(slip_no)
        check = _check_giver(uow, port, record, handover, ca) if record else None
        slip = presented_slip(check, handover)
        receiver = uow.users.get(actor.user_id or 0)
        try:
            handover_rules.accept_handover(handover, rma, actor, station=station, slip=slip,
                                           scanned=list(scanned), now=now)
        except HandoverRefused as refused:
            rma.pending.clear()
            note = _refusal_note(refused)
            handover_rules.refuse_handover(handover, rma, actor, station=station,
                                           refusal=refused.refusal, note=note, now=now)
            _sign_receipt(uow, port, rma, record, check, actor, unlocked, ca,
                          ReceiverBlock(receiver.display_name, _role_at(actor, station), now,
                                        len(set(scanned)), refused.refusal, note))
            uow.commit()
            raise
        _sign_receipt(uow, port, rma, record, check, actor, unlocked, ca,
                      ReceiverBlock(receiver.display_name, _role_at(actor, station), now,
                                    handover.counted or 0))
        uow.commit()
        return Received(handover, check)


@signed_act
def refuse(uow: AbstractUnitOfWork, actor: Actor, *, slip_no: str, station: Station,
           refusal: Refusal, note: str, counted: int, password: Secret,
           port: SlipPort) -> Handover:
    """The receiver refuses on sight (no slip with the box, wrong station...), and signs it."""
    unlocked = unlock_signer(uow, actor, password, port)
    with uow:
        actor = current_actor(uow, actor)
        refuse_locked_signer(uow, actor)
        handover = uow.handovers.get(slip_no, lock=True)
        rma = uow.rmas.get(handover.rma_no)
        now = uow.now()
        _shop, ca = _ca(uow, port)
        record = uow.slips.get(slip_no)
        check = _check_giver(uow, port, record, handover, ca) if record else None
        handover_rules.refuse_handover(handover, rma, actor, station=station, refusal=refusal,
                                       note=note, now=now)
        receiver = uow.users.get(actor.user_id or 0)
        _sign_receipt(uow, port, rma, record, check, actor, unlocked, ca,
                      ReceiverBlock(receiver.display_name, _role_at(actor, station), now,
                                    counted, refusal, note))
        uow.commit()
        return handover


def _sign_receipt(uow: AbstractUnitOfWork, port: SlipPort, rma: Rma, record: SlipRecord | None,
                  check: SlipCheck | None, actor: Actor, unlocked: Unlocked,
                  ca: Credential, block: ReceiverBlock) -> None:
    """Countersign the stored slip, unless there is no sound slip to sign (then the refusal
    stands in the tracking log alone, signed by the refuser's login)."""
    if record is None or check is None or not check.signed_by("giver"):
        return
    record.pdf = port.receive(record.pdf, block, unlocked.credential, unlocked.secret,
                              ca.cert_pem)
    record.state = SlipState.REFUSED if block.refusal else SlipState.RECEIVED
    uow.slips.save(record)
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="slip_signed", actor_id=actor.user_id,
        actor_name=actor.username,
        detail={"slip_no": record.slip_no, "field": "receiver",
                "meaning": Meaning.REFUSED if block.refusal else Meaning.RECEIVED,
                **({"refusal": block.refusal.value} if block.refusal else {}),
                **_signed_detail(port, unlocked)}))


def _signed_detail(port: SlipPort, unlocked: Unlocked) -> dict[str, str]:
    """What a slip signature's log line records of it: the signer's certificate, and what
    the signer presented to open its key (the PDF holds the certificate itself)."""
    return {"certificate_fingerprint": port.fingerprint(unlocked.credential.cert_pem),
            "signed_with": unlocked.signed_with}


def _refusal_note(refused: HandoverRefused) -> str:
    return notes.refusal_note(refused.params)


# -- verification, listing, export, printing --------------------------------------------------


@dataclass(frozen=True)
class FileVerdict:
    ok: bool
    reason: str | None
    message: str
    slip_no: str | None
    signers: list[SignerInfo]


# Why a slip whose PDF is sound in itself is still not the record's (beyond VerifyFailure).
NOT_IN_DATABASE = "not_in_database"
WRONG_SIGNER = "wrong_signer"
CERTIFICATE_NOT_ISSUED = "certificate_not_issued"
CERTIFICATE_NOT_CURRENT = "certificate_not_current"
OTHER_CA = "other_ca"


def _parse_time(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


def signer_problem(check: SlipCheck, handover: Handover | None,
                   issued: dict[str, IssuedCertificate], ca_fingerprint: str
                   ) -> tuple[str, str] | None:
    """(reason, message) when a signature is not bound to the person the slip records, else
    None. Each certificate must be the one benchapp issued (the issued-certificates record) to
    the user recorded as giver (receiver) of the slip, current when that person signed: the
    giver at the signed hand-over time, the receiver at the database's receipt time."""
    content = check.content
    printed_ca = content.get("ca_sha256")
    if printed_ca is not None and printed_ca != ca_fingerprint:
        return OTHER_CA, (f"the slip names shop CA {str(printed_ca)[:16]}…, this machine "
                          f"trusts {ca_fingerprint[:16]}…")
    giver = content.get("giver") if isinstance(content.get("giver"), dict) else {}
    for signer in check.signers:
        if signer.field == "giver":
            user_id = handover.giver_id if handover else giver.get("id")
            if handover is not None and giver.get("id") != handover.giver_id:
                return WRONG_SIGNER, (f"the slip names giver #{giver.get('id')}, the handover "
                                      f"record #{handover.giver_id}")
            moment = _parse_time(content.get("handed_over_at"))
        else:
            user_id = handover.receiver_id if handover else None
            moment = handover.resolved_at if handover else None
        serial = signer.certificate_serial or "?"
        cert = issued.get(signer.certificate_sha256)
        if cert is None:
            return CERTIFICATE_NOT_ISSUED, (
                f"the {signer.field} signature's certificate (serial {serial}) is not in the "
                "issued-certificates record: benchapp never issued it")
        if cert.user_id != user_id or (signer.user_id is not None
                                       and signer.user_id != user_id):
            return WRONG_SIGNER, (
                f"the {signer.field} block is signed with certificate serial {serial} of user "
                f"#{cert.user_id} ({signer.username}), but the slip records user #{user_id} "
                f"as {signer.field}")
        if moment is None or not cert.current_at(moment):
            return CERTIFICATE_NOT_CURRENT, (
                f"the {signer.field} certificate serial {serial} was not current when it "
                f"signed ({moment.isoformat() if moment else 'time unknown'}): issued "
                f"{cert.issued_at.isoformat()}, superseded "
                f"{cert.superseded_at.isoformat() if cert.superseded_at else 'never'}")
    return None


def _bound(uow: AbstractUnitOfWork, port: SlipPort, check: SlipCheck,
           handover: Handover | None, ca: Credential) -> SlipCheck:
    """``check`` failed when a signature is not bound to the person on the slip."""
    if not check.ok:
        return check
    issued = uow.slips.issued(s.certificate_sha256 for s in check.signers)
    found = signer_problem(check, handover, issued, port.fingerprint(ca.cert_pem))
    if found is None:
        return check
    return SlipCheck(ok=False, reason=found[0], message=found[1], slip_no=check.slip_no,
                     content_sha256=check.content_sha256, signers=check.signers,
                     content=check.content)


def _check_giver(uow: AbstractUnitOfWork, port: SlipPort, record: SlipRecord,
                 handover: Handover, ca: Credential) -> SlipCheck:
    """The receiving station's check before countersigning: sound, the record's content, and
    signed by the giver the handover records with the certificate issued to them."""
    check = port.check(record.pdf, ca.cert_pem, handover.content_hash)
    return _bound(uow, port, check, handover, ca)


def _handover(uow: AbstractUnitOfWork, slip_no: str | None) -> Handover | None:
    try:
        return uow.handovers.get(slip_no or "")
    except NotFound:
        return None


def verify_file(uow: AbstractUnitOfWork, pdf: bytes, port: SlipPort) -> FileVerdict:
    """A slip PDF from anywhere: valid signatures, the pinned shop CA, the database's record,
    and each signature by the person the record names, with the certificate issued to them."""
    with uow:
        _shop, ca = _ca(uow, port)
        first = port.check(pdf, ca.cert_pem, None)
        if not first.ok:
            return FileVerdict(False, first.reason, first.message, first.slip_no, first.signers)
        record = uow.slips.get(first.slip_no or "")
        if record is None:
            return FileVerdict(False, NOT_IN_DATABASE,
                               f"No slip {first.slip_no} in this database.", first.slip_no,
                               first.signers)
        final = port.check(pdf, ca.cert_pem, record.content_sha256)
        final = _bound(uow, port, final, _handover(uow, record.slip_no), ca)
        return FileVerdict(final.ok, final.reason, final.message, final.slip_no, final.signers)


def verify_stored_slip(uow: AbstractUnitOfWork, slip_no: str,
                       port: SlipPort) -> FileVerdict | None:
    """The stored PDF of ``slip_no`` checked once: its bytes against their stored SHA-256,
    signatures, the pinned shop CA, its database hash, the signers bound to the record and a
    countersignature wherever the record says received or refused; None when no PDF is
    stored for the slip."""
    with uow:
        record = uow.slips.get(slip_no)
        if record is None:
            return None
        _shop, ca = _ca(uow, port)
        handover = _handover(uow, slip_no)
        check = _stored_problem(uow, port, record, handover, ca)
    return FileVerdict(check.ok, check.reason, check.message, check.slip_no, check.signers)


def _stored_problem(uow: AbstractUnitOfWork, port: SlipPort, record: SlipRecord,
                    handover: Handover | None, ca: Credential,
                    receiver_logged: str | None = None) -> SlipCheck:
    """One stored slip, everything that can be said of it alone."""
    if record.pdf_sha256 is not None and hashlib.sha256(record.pdf).hexdigest() != (
            record.pdf_sha256):
        return SlipCheck(False, "pdf_changed", "the stored PDF's bytes do not hash to the "
                         "pdf_sha256 stored with them: the file was changed in the database",
                         slip_no=record.slip_no)
    check = _bound(uow, port, port.check(record.pdf, ca.cert_pem, record.content_sha256),
                   handover, ca)
    if not check.ok:
        return check
    countersigned = next((s for s in check.signers if s.field == "receiver"), None)
    said = {SlipState.RECEIVED.value: "received", SlipState.REFUSED.value: "refused"}
    expected = said.get(str(getattr(record.state, "value", record.state))) or receiver_logged
    if expected is None and handover is not None and handover.receiver_id is not None and (
            handover.status.value in ("accepted", "refused")):
        expected = "received" if handover.status.value == "accepted" else "refused"
    if expected is not None and (countersigned is None or countersigned.meaning != expected):
        return SlipCheck(False, "countersignature_missing",
                         f"the record says {expected}, but the PDF "
                         + ("carries no receiver's countersignature" if countersigned is None
                            else f"is countersigned {countersigned.meaning}"),
                         slip_no=check.slip_no, content_sha256=check.content_sha256,
                         signers=check.signers, content=check.content)
    return check


@dataclass(frozen=True)
class ChainProblem:
    slip_no: str
    problem: str


@dataclass(frozen=True)
class SlipVerdict:
    slip_no: str
    ok: bool
    signers: list[SignerInfo]


@dataclass(frozen=True)
class RmaVerification:
    """What ``slip verify --rma`` found: problems (none: all valid) and each slip's signers."""

    rma_no: str
    problems: list[ChainProblem]
    slips: list[SlipVerdict]
    ca_fingerprint: str
    ca_pinned: bool


_SLIP_ACTIONS = ("slip_signed", "handover_offered", "handover_accepted", "handover_refused")


def verify_rma(uow: AbstractUnitOfWork, rma_no: str, port: SlipPort) -> list[ChainProblem]:
    """Every slip of an RMA valid, chained, and the set the tracking log names (see
    ``verify_rma_chain``); the problems, none when all is well."""
    return verify_rma_chain(uow, rma_no, port).problems


def verify_rma_chain(uow: AbstractUnitOfWork, rma_no: str, port: SlipPort) -> RmaVerification:
    """Every slip of an RMA: sound, bound to its signers, countersigned where the record or the
    log says so, its bytes equal to their stored hash; the chain followed through the hashes
    the signed PDFs themselves carry; and the set of slips equal to every one the tracking log
    names for the RMA (a slip deleted with its handover rows is still named by the log)."""
    with uow:
        uow.rmas.get(rma_no)
        _shop, ca = _ca(uow, port)
        fingerprint = port.fingerprint(ca.cert_pem)
        records = {r.slip_no: r for r in uow.slips.for_rma(rma_no)}
        handovers = {h.slip_no: h for h in uow.handovers.list(rma_no=rma_no)}
        logged_order: list[str] = []
        logged_sha: dict[str, str] = {}
        logged_receipt: dict[str, str] = {}
        for entry in uow.log.for_rma(rma_no):
            slip_no = entry.detail.get("slip_no") if entry.action in _SLIP_ACTIONS else None
            if not isinstance(slip_no, str):
                continue
            if slip_no not in logged_order:
                logged_order.append(slip_no)
            if entry.action == "slip_signed" and entry.detail.get("field") == "giver":
                logged_sha[slip_no] = str(entry.detail.get("content_sha256"))
            elif entry.action == "slip_signed" and entry.detail.get("field") == "receiver":
                logged_receipt[slip_no] = str(entry.detail.get("meaning"))
        problems: list[ChainProblem] = []
        verdicts: list[SlipVerdict] = []
        # The order the log recorded the slips in; slips it does not name come after.
        order = [s for s in logged_order if s in records] + [
            s for s in records if s not in logged_order]
        previous: str | None = None
        for slip_no in order:
            record = records[slip_no]
            check = _stored_problem(uow, port, record, handovers.get(slip_no), ca,
                                    logged_receipt.get(slip_no))
            mine = [ChainProblem(slip_no, f"{check.reason}: {check.message}")] if not (
                check.ok) else []
            embedded_sha = check.content_sha256
            embedded_prev = check.content.get("previous_sha256") if check.content else None
            if check.content and check.content.get("rma_no") != rma_no:
                mine.append(ChainProblem(slip_no, f"the signed slip belongs to RMA "
                                         f"{check.content.get('rma_no')}, not {rma_no}"))
            if check.content and embedded_prev != previous:
                mine.append(ChainProblem(slip_no, (
                    "chain broken: the signed PDF carries previous slip hash "
                    f"{str(embedded_prev)[:16]}…, the slip before it in the log hashes to "
                    f"{str(previous)[:16]}… (a slip before it was removed or replaced)")))
            if check.content and record.previous_sha256 != embedded_prev:
                mine.append(ChainProblem(slip_no, "the previous_sha256 column differs from "
                                         "the hash the signed PDF carries (re-pointed)"))
            if slip_no in logged_sha and embedded_sha and logged_sha[slip_no] != embedded_sha:
                mine.append(ChainProblem(slip_no, (
                    f"the tracking log recorded content {logged_sha[slip_no][:16]}… when the "
                    f"giver signed; the stored slip holds {embedded_sha[:16]}… (replaced)")))
            if slip_no not in logged_order:
                mine.append(ChainProblem(slip_no, "the tracking log names no such slip for "
                                         "this RMA (inserted behind the app's back)"))
            problems.extend(mine)
            verdicts.append(SlipVerdict(slip_no, not mine, check.signers))
            previous = embedded_sha or record.content_sha256
        for slip_no in logged_order:
            if slip_no not in records:
                problems.append(ChainProblem(slip_no, (
                    "the tracking log names this slip but no stored slip exists "
                    + ("(its handover is recorded)" if slip_no in handovers
                       else "nor its handover (deleted)"))))
        for slip_no in handovers:
            if slip_no not in records and slip_no not in logged_order:
                problems.append(ChainProblem(slip_no, "handover without a stored slip"))
        return RmaVerification(rma_no, problems, verdicts, fingerprint, port.ca_pin is not None)


@dataclass(frozen=True)
class SlipAnchors:
    """The log heads the stored slips carry: ``anchors`` maps each head hash to the first slip
    that carries it; ``unreadable`` names the slips whose signed content cannot be read back."""

    anchors: dict[str, str]
    slips: int
    without_head: int
    unreadable: list[str]


def stored_slip_anchors(uow: AbstractUnitOfWork, port: SlipPort) -> SlipAnchors:
    """Read the log head out of every stored slip's signed content, slip by slip (the PDFs are
    streamed, never all in memory). Call inside an open unit of work. A slip whose PDF holds no
    content hashing to its record's content SHA-256 cannot anchor anything and is named: a
    rewriter must not escape the anchor by spoiling the slip (``slip verify`` says why)."""
    anchors: dict[str, str] = {}
    slips = without_head = 0
    unreadable: list[str] = []
    for slip_no, content_sha, pdf in uow.slips.each():
        slips += 1
        signed = port.signed_content(pdf)
        if signed is None or signed[0] != content_sha:
            unreadable.append(slip_no)
            continue
        head = signed[1].get("log_head")
        if not isinstance(head, str):
            without_head += 1  # signed before slips carried the log head
            continue
        anchors.setdefault(head, f"slip {slip_no}")
    return SlipAnchors(anchors, slips, without_head, unreadable)


class SlipAnchorError(ValueError):
    """A slip PDF that cannot anchor the log (its message says why, in one line)."""


def paper_slip_anchor(uow: AbstractUnitOfWork, pdf: bytes, port: SlipPort) -> tuple[str, str]:
    """(slip no, log head) of an archived slip PDF, its signatures checked against the shop CA
    pinned on this machine; the database's own record of the slip is not needed (it may be the
    very thing rewritten). Raises SlipAnchorError when the PDF cannot vouch for a head."""
    with uow:
        _shop, ca = _ca(uow, port)
    check = port.check(pdf, ca.cert_pem, None)
    if not check.ok:
        raise SlipAnchorError(f"not a valid signed slip ({check.reason}): {check.message}")
    printed_ca = check.content.get("ca_sha256")
    if printed_ca is not None and printed_ca != port.fingerprint(ca.cert_pem):
        raise SlipAnchorError(f"the slip names shop CA {str(printed_ca)[:16]}…, this machine "
                              "trusts another")
    head = check.content.get("log_head")
    if not isinstance(head, str):
        raise SlipAnchorError(f"slip {check.slip_no} carries no log head (signed before slips "
                              "carried one)")
    return check.slip_no or "?", head


def list_slips(uow: AbstractUnitOfWork, rma_no: str | None = None) -> list[SlipRecord]:
    with uow:
        return uow.slips.list(rma_no)


def slip_pdf(uow: AbstractUnitOfWork, slip_no: str) -> bytes:
    with uow:
        record = uow.slips.get(slip_no)
        if record is None:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        return record.pdf


def record_printed(uow: AbstractUnitOfWork, actor: Actor, slip_no: str) -> bool:
    """Count a print; returns True when it was a reprint (to be marked 副本 / COPY)."""
    with uow:
        actor = current_actor(uow, actor)
        record = uow.slips.get(slip_no)
        if record is None:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        copy = record.print_count > 0
        record.print_count += 1
        uow.slips.save(record)
        uow.log.add(LogEntry(rma_no=record.rma_no, action="slip_reprinted" if copy
                             else "slip_printed", actor_id=actor.user_id,
                             actor_name=actor.username,
                             detail={"slip_no": slip_no, "copy": copy,
                                     "print_count": record.print_count}))
        uow.commit()
        return copy
