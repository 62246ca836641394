"""Signed transfer slips at every handover (QP-TPZ-002 5.3.3, 5.3.4).

The giver's handover renders the slip and signs it; the receiver's station verifies the stored
PDF (signatures, shop CA, database hash) before counting, and countersigns the receipt or the
refusal. PDF work goes through a ``SlipPort`` (benchapp/slips/port.py), so this module stays
free of reportlab and pyHanko.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from benchapp.domain import handover as handover_rules
from benchapp.domain.errors import HandoverRefused, NotFound, OutOfOrder, Reason
from benchapp.domain.handover import Handover, Meaning, PresentedSlip, Refusal, SlipState
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import LogEntry, Rma
from benchapp.domain.roles import Actor, Role, Station
from benchapp.services.unit_of_work import AbstractUnitOfWork
from benchapp.services.workflow import _refusal_note

ADMIN = frozenset({Role.ADMIN})
FORM_NO, FORM_REVISION = "QP-TPZ-002-F03", "A-2"


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


@dataclass(frozen=True)
class SlipCheck:
    """The adapter's verdict on a slip PDF."""

    ok: bool
    reason: str | None  # a benchapp.slips.verify.VerifyFailure value
    message: str
    slip_no: str | None = None
    content_sha256: str | None = None
    signers: list[SignerInfo] = field(default_factory=list)

    def signed_by(self, field_name: str) -> bool:
        return self.ok and any(s.field == field_name for s in self.signers)


class SlipPort(Protocol):
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

    def new_key(self, password: str) -> tuple[bytes, bytes]:
        """A fresh key pair: (public key PEM, private key wrapped under ``password``)."""

    def certify(self, ca: Credential, ca_passphrase: str, public_key_pem: bytes,
                encrypted_key: bytes, *, user_id: int, username: str, display_name: str,
                roles: list[str]) -> Credential:
        """The shop CA's certificate for a key the user created (after a reset)."""

    def fingerprint(self, cert_pem: bytes) -> str: ...

    def give(self, header: SlipHeader, credential: Credential, password: str,
             ca_cert_pem: bytes) -> tuple[bytes, str]:
        """Render the slip and sign it as giver: (pdf, content sha256)."""

    def receive(self, pdf: bytes, block: ReceiverBlock, credential: Credential, password: str,
                ca_cert_pem: bytes) -> bytes:
        """Countersign: the receipt, or the refusal and its reason."""

    def check(self, pdf: bytes, ca_cert_pem: bytes, expected_sha256: str | None) -> SlipCheck: ...


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


class SlipRepository(Protocol):
    def ca(self) -> tuple[str, Credential] | None: ...

    def add_ca(self, shop_name: str, ca: Credential, fingerprint: str) -> None: ...

    def credential(self, user_id: int) -> Credential | None: ...

    def add_credential(self, user_id: int, credential: Credential, fingerprint: str) -> None: ...

    def supersede_credentials(self, user_id: int) -> list[str]: ...

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


class SlipsNotSetUp(NotFound):
    """No shop CA yet, or the user has no signing certificate."""


# -- the CA and credentials ------------------------------------------------------------------


def init_ca(uow: AbstractUnitOfWork, actor: Actor | None, *, shop_name: str, passphrase: str,
            port: SlipPort) -> str:
    """Create the shop CA (once). Returns its certificate fingerprint."""
    with uow:
        if actor is not None:
            actor.require(ADMIN, "create the shop CA")
        if uow.slips.ca() is not None:
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
    """Issue (or re-issue, after a password reset) a user's signing certificate."""
    with uow:
        if actor is not None:
            actor.require(ADMIN, "issue signing certificates")
        ca = _ca(uow)
        user = uow.users.by_username(username)
        if user is None or user.id is None:
            raise NotFound(Reason.NOT_FOUND, what="user", key=username)
        # After a reset only the key the user creates under their own password is certified
        # (issue_pending): a one-time password known to the administrator never signs.
        user.check_can_sign()
        cred = port.issue(ca[1], ca_passphrase, user_id=user.id, username=user.username,
                          display_name=user.display_name,
                          roles=sorted(r.value for r in user.roles), password=password)
        _upgrade_ca_key(uow, ca[1], ca_passphrase, port)
        fp = port.fingerprint(cred.cert_pem)
        uow.slips.add_credential(user.id, cred, fp)
        uow.log.add(LogEntry(rma_no="-", action="certificate_issued",
                             actor_id=actor.user_id if actor else None,
                             actor_name=actor.username if actor else "bootstrap",
                             detail={"user": user.username, "fingerprint": fp}))
        uow.commit()
        return fp


def issue_pending(uow: AbstractUnitOfWork, actor: Actor, *, username: str, ca_passphrase: str,
                  port: SlipPort) -> str:
    """Certify the key a user created under their own password after a reset.

    The administrator supplies the CA passphrase; they never see the user's password or key,
    so after a reset nobody but the user can sign as the user."""
    with uow:
        actor.require(ADMIN, "issue signing certificates")
        ca = _ca(uow)
        user = uow.users.by_username(username)
        if user is None or user.id is None:
            raise NotFound(Reason.NOT_FOUND, what="user", key=username)
        pending = uow.slips.pending_key(user.id)
        if pending is None:
            raise NotFound(Reason.NOT_FOUND, what="signing key awaiting a certificate for",
                           key=f"{username}: they choose their password first")
        cred = port.certify(ca[1], ca_passphrase, pending[0], pending[1], user_id=user.id,
                            username=user.username, display_name=user.display_name,
                            roles=sorted(r.value for r in user.roles))
        _upgrade_ca_key(uow, ca[1], ca_passphrase, port)
        fp = port.fingerprint(cred.cert_pem)
        uow.slips.add_credential(user.id, cred, fp)
        uow.slips.set_pending_key(user.id, None)
        uow.log.add(LogEntry(rma_no="-", action="certificate_issued", actor_id=actor.user_id,
                             actor_name=actor.username,
                             detail={"user": user.username, "fingerprint": fp,
                                     "key": "chosen by the user after a reset"}))
        uow.commit()
        return fp


def _upgrade_ca_key(uow: AbstractUnitOfWork, ca: Credential, passphrase: str,
                    port: SlipPort) -> None:
    """A CA key stored in the old PBKDF2 format is re-wrapped (argon2id) at its next use."""
    if port.needs_rewrap(ca.encrypted_key_pem):
        uow.slips.replace_ca_key(port.fingerprint(ca.cert_pem),
                                 port.rewrap(ca.encrypted_key_pem, passphrase, passphrase))


def unlock_signer(uow: AbstractUnitOfWork, actor: Actor, password: str,
                  port: SlipPort) -> Credential:
    """Check ``password`` against the actor's signing key, before any use case writes.

    The user is re-read: disabled, locked and one-time-password users cannot sign. A wrong
    password counts toward the same lock-out as a wrong login and is logged, in its own
    transaction (services.users.count_failure). A key stored in the old format is re-wrapped
    under argon2id now that the password is known.
    """
    from benchapp.domain.errors import AuthError
    from benchapp.services.users import count_failure

    with uow:
        user = uow.users.get(actor.user_id or 0)
        user.check_can_sign()
        credential = _credential(uow, actor)
    try:
        port.check_password(credential, password)
    except Exception as exc:
        if getattr(exc, "reason", None) == "wrong_password":
            if count_failure(uow, user, method="signing"):
                raise AuthError(Reason.ACCOUNT_LOCKED, user=user.username) from exc
        raise
    if port.needs_rewrap(credential.encrypted_key_pem):
        rewrapped = port.rewrap(credential.encrypted_key_pem, password, password)
        with uow:
            uow.slips.replace_key(user.id or 0, port.fingerprint(credential.cert_pem), rewrapped)
            uow.log.add(LogEntry(rma_no="-", action="signing_key_rewrapped",
                                 actor_id=actor.user_id, actor_name=actor.username,
                                 detail={"kdf": "argon2id"}))
            uow.commit()
        credential = Credential(credential.cert_pem, rewrapped)
    return credential


def check_ca_passphrase(uow: AbstractUnitOfWork, passphrase: str, port: SlipPort) -> bool:
    """False when there is no CA yet; raises when the passphrase does not open its key."""
    with uow:
        ca = uow.slips.ca()
    if ca is None:
        return False
    port.check_ca_passphrase(ca[1], passphrase)
    return True


def ca_certificate(uow: AbstractUnitOfWork) -> bytes:
    with uow:
        return _ca(uow)[1].cert_pem


def _ca(uow: AbstractUnitOfWork) -> tuple[str, Credential]:
    ca = uow.slips.ca()
    if ca is None:
        raise SlipsNotSetUp(Reason.NOT_FOUND, what="shop CA", key="run 'benchapp ca init'")
    return ca


def _credential(uow: AbstractUnitOfWork, actor: Actor) -> Credential:
    cred = uow.slips.credential(actor.user_id or 0)
    if cred is None:
        raise SlipsNotSetUp(Reason.NOT_FOUND, what="signing certificate for",
                            key=f"{actor.username}: ask the administrator")
    return cred


# -- handover with signed slips --------------------------------------------------------------


def _role_at(actor: Actor, station: Station) -> str:
    from benchapp.domain.roles import STATION_ROLES

    have = sorted(r.value for r in actor.roles & STATION_ROLES[station])
    return have[0] if have else sorted(r.value for r in actor.roles)[0]


def hand_over(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, from_station: Station,
              to_station: Station, serials: list[str], declared_count: int, password: str,
              port: SlipPort) -> Handover:
    """The giver lists and counts the units and signs the slip with their own password."""
    credential = unlock_signer(uow, actor, password, port)
    with uow:
        rma = uow.rmas.get(rma_no)
        now = uow.now()
        slip_no = uow.next_no(DocKind.SLIP)
        handover = handover_rules.offer_handover(
            rma, actor, slip_no=slip_no, from_station=from_station, to_station=to_station,
            serials=list(serials), declared_count=declared_count, now=now,
            open_slips=uow.handovers.open_slips(serials))
        shop_name, ca = _ca(uow)
        earlier = uow.slips.for_rma(rma_no)
        giver = uow.users.get(actor.user_id or 0)
        header = SlipHeader(
            shop_name=shop_name, form_no=FORM_NO, form_revision=FORM_REVISION, slip_no=slip_no,
            rma_no=rma_no, customer=rma.customer, model=rma.model, from_station=from_station,
            to_station=to_station, serials=handover.serials,
            declared_count=handover.declared_count, giver_id=actor.user_id or 0,
            giver_username=actor.username, giver_name=giver.display_name,
            giver_role=_role_at(actor, from_station), handed_over_at=now,
            previous_sha256=earlier[-1].content_sha256 if earlier else None)
        pdf, content_sha = port.give(header, credential, password, ca.cert_pem)
        # The slip's own canonical hash is what the receiver checks the PDF against.
        handover.content_hash = content_sha
        uow.handovers.add(handover)
        uow.slips.save(SlipRecord(slip_no=slip_no, rma_no=rma_no, content_sha256=content_sha,
                                  previous_sha256=header.previous_sha256, pdf=pdf,
                                  state=SlipState.GIVEN))
        rma.pending.append(LogEntry(rma_no=rma_no, action="slip_signed", actor_id=actor.user_id,
                                    actor_name=actor.username,
                                    detail={"slip_no": slip_no, "field": "giver",
                                            "content_sha256": content_sha}))
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


def receive(uow: AbstractUnitOfWork, actor: Actor, *, slip_no: str, station: Station,
            scanned: list[str], password: str, port: SlipPort) -> Received:
    """Verify the slip, count by scanning, countersign; refuse (signed) what fails.

    Raises HandoverRefused after recording and signing the refusal.
    """
    credential = unlock_signer(uow, actor, password, port)  # a wrong password records nothing
    with uow:
        handover = uow.handovers.get(slip_no)
        rma = uow.rmas.get(handover.rma_no)
        now = uow.now()
        _shop, ca = _ca(uow)
        record = uow.slips.get(slip_no)
        check = port.check(record.pdf, ca.cert_pem, handover.content_hash) if record else None
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
            _sign_receipt(uow, port, rma, record, check, actor, credential, password, ca,
                          ReceiverBlock(receiver.display_name, _role_at(actor, station), now,
                                        len(set(scanned)), refused.refusal, note))
            uow.commit()
            raise
        _sign_receipt(uow, port, rma, record, check, actor, credential, password, ca,
                      ReceiverBlock(receiver.display_name, _role_at(actor, station), now,
                                    handover.counted or 0))
        uow.commit()
        return Received(handover, check)


def refuse(uow: AbstractUnitOfWork, actor: Actor, *, slip_no: str, station: Station,
           refusal: Refusal, note: str, counted: int, password: str, port: SlipPort) -> Handover:
    """The receiver refuses on sight (no slip with the box, wrong station...), and signs it."""
    credential = unlock_signer(uow, actor, password, port)
    with uow:
        handover = uow.handovers.get(slip_no)
        rma = uow.rmas.get(handover.rma_no)
        now = uow.now()
        _shop, ca = _ca(uow)
        record = uow.slips.get(slip_no)
        check = port.check(record.pdf, ca.cert_pem, handover.content_hash) if record else None
        handover_rules.refuse_handover(handover, rma, actor, station=station, refusal=refusal,
                                       note=note, now=now)
        receiver = uow.users.get(actor.user_id or 0)
        _sign_receipt(uow, port, rma, record, check, actor, credential, password, ca,
                      ReceiverBlock(receiver.display_name, _role_at(actor, station), now,
                                    counted, refusal, note))
        uow.commit()
        return handover


def _sign_receipt(uow: AbstractUnitOfWork, port: SlipPort, rma: Rma, record: SlipRecord | None,
                  check: SlipCheck | None, actor: Actor, credential: Credential, password: str,
                  ca: Credential, block: ReceiverBlock) -> None:
    """Countersign the stored slip, unless there is no sound slip to sign (then the refusal
    stands in the tracking log alone, signed by the refuser's login)."""
    if record is None or check is None or not check.signed_by("giver"):
        return
    record.pdf = port.receive(record.pdf, block, credential, password, ca.cert_pem)
    record.state = SlipState.REFUSED if block.refusal else SlipState.RECEIVED
    uow.slips.save(record)
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="slip_signed", actor_id=actor.user_id,
        actor_name=actor.username,
        detail={"slip_no": record.slip_no, "field": "receiver",
                "meaning": Meaning.REFUSED if block.refusal else Meaning.RECEIVED,
                **({"refusal": block.refusal.value} if block.refusal else {})}))


# -- verification, listing, export, printing --------------------------------------------------


@dataclass(frozen=True)
class FileVerdict:
    ok: bool
    reason: str | None
    message: str
    slip_no: str | None
    signers: list[SignerInfo]


def verify_file(uow: AbstractUnitOfWork, pdf: bytes, port: SlipPort) -> FileVerdict:
    """A slip PDF from anywhere: valid signatures, shop CA, and the database's record."""
    with uow:
        _shop, ca = _ca(uow)
        first = port.check(pdf, ca.cert_pem, None)
        if not first.ok:
            return FileVerdict(False, first.reason, first.message, first.slip_no, first.signers)
        record = uow.slips.get(first.slip_no or "")
        if record is None:
            return FileVerdict(False, "not_in_database",
                               f"No slip {first.slip_no} in this database.", first.slip_no,
                               first.signers)
        final = port.check(pdf, ca.cert_pem, record.content_sha256)
        return FileVerdict(final.ok, final.reason, final.message, final.slip_no, final.signers)


def verify_stored_slip(uow: AbstractUnitOfWork, slip_no: str,
                       port: SlipPort) -> FileVerdict | None:
    """The stored PDF of ``slip_no`` checked once: signatures, shop CA and its database hash;
    None when no PDF is stored for the slip.

    ``verify_file`` is for a PDF from anywhere (it finds the record by the slip number in
    the PDF, so it validates the whole PDF twice); a stored slip's record is known already.
    """
    with uow:
        record = uow.slips.get(slip_no)
        if record is None:
            return None
        _shop, ca = _ca(uow)
    check = port.check(record.pdf, ca.cert_pem, record.content_sha256)
    return FileVerdict(check.ok, check.reason, check.message, check.slip_no,
                                    check.signers)


@dataclass(frozen=True)
class ChainProblem:
    slip_no: str
    problem: str


def verify_rma(uow: AbstractUnitOfWork, rma_no: str, port: SlipPort) -> list[ChainProblem]:
    """Every slip of an RMA valid, and each carrying the hash of the one before it."""
    with uow:
        uow.rmas.get(rma_no)
        _shop, ca = _ca(uow)
        problems = []
        previous: str | None = None
        slips = uow.slips.for_rma(rma_no)
        handovers = {h.slip_no: h for h in uow.handovers.list(rma_no=rma_no)}
        for record in slips:
            check = port.check(record.pdf, ca.cert_pem, record.content_sha256)
            if not check.ok:
                problems.append(ChainProblem(record.slip_no, f"{check.reason}: {check.message}"))
            if record.previous_sha256 != previous:
                problems.append(ChainProblem(
                    record.slip_no, "chain broken: the previous slip of this RMA is missing "
                    "or was replaced"))
            previous = record.content_sha256
        missing = sorted(set(handovers) - {r.slip_no for r in slips})
        problems.extend(ChainProblem(s, "handover without a stored slip") for s in missing)
        return problems


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
