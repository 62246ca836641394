"""The full history of one RMA for the history window: read-only, nothing here writes.

One call gathers what the archive of an RMA holds (001 section 8: "every unit has an archive"):
the service form, its units with their earlier returns, the tracking log, the transfer slips
with who signed them, the repair records with their parts, and the escalations with their
decisions. The slips' signatures themselves are checked separately (``slips.verify_stored_slip``),
one slip at a time, because each check reads and validates a whole PDF.

(``benchapp.domain.history`` is the import of past repair records from CSV files; imported
records are ordinary RMAs in the database, so they show up here as earlier returns.)
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from datetime import date, datetime

from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.handover import HandoverStatus, Meaning
from benchapp.domain.rma import PartReplaced, RepairRecord
from benchapp.domain.roles import STATION_ROLES, Role, Station
from benchapp.domain.rules import EarlierReturn
from benchapp.domain.users import User
from benchapp.services.unit_of_work import AbstractUnitOfWork

# -- the port ------------------------------------------------------------------------------


class RepairRecordRepository(abc.ABC):
    """Stored repair records (售后维修记录表), read back for the archive."""

    @abc.abstractmethod
    def for_rma(self, rma_no: str) -> list[RepairRecord]:
        """The RMA's repair records with their parts, oldest first (``completed_at`` set)."""


class HistoryUnitOfWork(AbstractUnitOfWork):
    repair_records: RepairRecordRepository


# -- what the window shows -------------------------------------------------------------------


@dataclass(frozen=True)
class UnitHistory:
    serial: str
    state: str
    custody: str
    rework_loops: int
    repeat_count: int
    disposition: str | None
    replacement_serial: str | None
    cause_category: str | None
    earlier: tuple[EarlierReturn, ...] = ()  # earlier RMAs of this serial, oldest first


@dataclass(frozen=True)
class LogLine:
    at: datetime | None
    actor: str  # the person's display name (the username if the user is not known)
    actor_username: str
    action: str
    serial: str | None
    from_state: str | None
    to_state: str | None
    detail: dict


@dataclass(frozen=True)
class Signature:
    """Who signed one field of a slip, from the database (the PDF check confirms it)."""

    field: str  # giver | receiver
    name: str
    username: str
    role: str  # a Role value; "" if the person holds none for that station
    meaning: str  # handed_over | received | refused
    at: datetime | None


@dataclass(frozen=True)
class SlipHistory:
    slip_no: str
    from_station: str
    to_station: str
    serials: tuple[str, ...]
    declared_count: int
    counted: int | None
    status: str  # open | accepted | refused | cancelled
    refusal: str | None
    refusal_note: str
    signatures: tuple[Signature, ...]
    stored: bool  # a PDF is in the database
    print_count: int


@dataclass(frozen=True)
class RepairHistory:
    serial: str
    kind: str
    symptom: str
    root_cause: str
    cause_category: str
    responsible_process: str
    responsible_department: str
    actions: str
    parts: tuple[PartReplaced, ...]
    repair_minutes: int
    repairer: str
    loop_no: int
    completed_at: datetime | None
    cause_code: str = ""


@dataclass(frozen=True)
class EscalationHistory:
    id: int | None
    kind: str
    serial: str | None
    slip_no: str | None
    note: str
    status: str
    raised_by: str
    raised_at: datetime | None
    decided_by: str
    decided_at: datetime | None
    decision: str | None
    reason: str


@dataclass(frozen=True)
class RmaHistory:
    rma_no: str
    customer: str
    model: str
    declared_qty: int
    counted_qty: int
    complaint: str
    requirement: str
    billing: str
    status: str
    due_date: date | None
    batch: bool
    storage_location: str
    received_at: datetime | None
    received_by: str
    units: list[UnitHistory] = field(default_factory=list)
    log: list[LogLine] = field(default_factory=list)
    slips: list[SlipHistory] = field(default_factory=list)
    repairs: list[RepairHistory] = field(default_factory=list)
    escalations: list[EscalationHistory] = field(default_factory=list)

    def unit(self, serial: str) -> UnitHistory | None:
        wanted = serial.strip().casefold()
        return next((u for u in self.units if u.serial.casefold() == wanted), None)

    @property
    def repeat_units(self) -> list[UnitHistory]:
        return [u for u in self.units if u.earlier]


def _role_at(user: User | None, station: str) -> str:
    if user is None:
        return ""
    try:
        allowed = STATION_ROLES[Station(station)]
    except ValueError:
        allowed = frozenset()
    have = sorted(r.value for r in user.roles & allowed) or sorted(
        r.value for r in user.roles if r is not Role.ADMIN)
    return have[0] if have else ""


def rma_history(uow: HistoryUnitOfWork, rma_no: str) -> RmaHistory:
    """Everything stored about ``rma_no``; NotFound for an unknown RMA number."""
    rma_no = rma_no.strip()
    if not rma_no:
        raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
    with uow:
        rma = uow.rmas.get(rma_no)
        users = {u.id: u for u in uow.users.list()}

        def name(user_id: int | None, fallback: str = "") -> str:
            user = users.get(user_id) if user_id is not None else None
            return user.display_name if user is not None else fallback

        earlier = uow.rmas.earlier_returns([u.serial for u in rma.units])
        received_at = rma.received_at
        units = []
        for u in rma.units:
            # Only returns before this one: a later RMA of the same serial is not "earlier".
            before = tuple(sorted(
                (e for e in earlier.get(u.serial, []) if e.rma_no != rma.rma_no
                 and (received_at is None or e.received_at <= received_at)),
                key=lambda e: e.received_at))
            units.append(UnitHistory(
                serial=u.serial, state=u.state.value, custody=u.custody.value,
                rework_loops=u.rework_loops, repeat_count=u.repeat_count,
                disposition=u.disposition.value if u.disposition else None,
                replacement_serial=u.replacement_serial,
                cause_category=u.cause_category.value if u.cause_category else None,
                earlier=before))
        log = [LogLine(at=e.at, actor=name(e.actor_id, e.actor_name or ""),
                       actor_username=e.actor_name or "", action=e.action, serial=e.serial,
                       from_state=e.from_state, to_state=e.to_state,
                       detail=dict(e.detail or {}))
               for e in uow.log.for_rma(rma.rma_no)]
        records = {r.slip_no: r for r in uow.slips.list(rma.rma_no)}  # no PDFs
        slips = []
        for h in uow.handovers.list(rma_no=rma.rma_no):
            record = records.get(h.slip_no)
            giver = users.get(h.giver_id)
            signatures = [Signature(
                field="giver", name=giver.display_name if giver else h.giver_name,
                username=giver.username if giver else h.giver_name,
                role=_role_at(giver, h.from_station.value), meaning=Meaning.HANDED_OVER,
                at=h.giver_signed_at)]
            receiver = users.get(h.receiver_id) if h.receiver_id is not None else None
            if receiver is not None and h.status in (HandoverStatus.ACCEPTED,
                                                      HandoverStatus.REFUSED):
                signatures.append(Signature(
                    field="receiver", name=receiver.display_name, username=receiver.username,
                    role=_role_at(receiver, h.to_station.value),
                    meaning=(Meaning.REFUSED if h.status == HandoverStatus.REFUSED
                             else Meaning.RECEIVED),
                    at=h.resolved_at))
            slips.append(SlipHistory(
                slip_no=h.slip_no, from_station=h.from_station.value,
                to_station=h.to_station.value, serials=tuple(h.serials),
                declared_count=h.declared_count, counted=h.counted, status=h.status.value,
                refusal=h.refusal.value if h.refusal else None, refusal_note=h.refusal_note,
                signatures=tuple(signatures), stored=record is not None,
                print_count=record.print_count if record else 0))
        slips.sort(key=lambda s: (s.signatures[0].at is None, s.signatures[0].at, s.slip_no))
        repairs = [RepairHistory(
            serial=r.serial, kind=r.kind.value, symptom=r.symptom, root_cause=r.root_cause,
            cause_category=r.cause_category.value, responsible_process=r.responsible_process,
            responsible_department=r.responsible_department, actions=r.actions,
            parts=tuple(r.parts), repair_minutes=r.repair_minutes,
            repairer=name(r.repairer_id, f"#{r.repairer_id}"), loop_no=r.loop_no,
            completed_at=r.completed_at, cause_code=r.cause_code)
            for r in uow.repair_records.for_rma(rma.rma_no)]
        escalations = [EscalationHistory(
            id=e.id, kind=e.kind.value, serial=e.serial, slip_no=e.slip_no, note=e.note,
            status=e.status, raised_by=name(e.raised_by), raised_at=e.raised_at,
            decided_by=name(e.decided_by), decided_at=e.decided_at, decision=e.decision,
            reason=e.decision_reason or "")
            for e in uow.escalations.list(status=None, rma_no=rma.rma_no)]
        return RmaHistory(
            rma_no=rma.rma_no, customer=rma.customer, model=rma.model,
            declared_qty=rma.declared_qty, counted_qty=rma.counted_qty,
            complaint=rma.complaint, requirement=rma.requirement.value,
            billing=rma.billing.value, status=rma.status.value, due_date=rma.due_date,
            batch=rma.batch, storage_location=rma.storage_location,
            received_at=rma.received_at, received_by=name(rma.received_by),
            units=units, log=log, slips=slips, repairs=repairs, escalations=escalations)


def slip_print_count(uow: AbstractUnitOfWork, slip_no: str) -> tuple[bytes, int]:
    """A stored slip's PDF and how often it was printed (a reprint is marked as a copy)."""
    with uow:
        record = uow.slips.get(slip_no)
        if record is None:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        return record.pdf, record.print_count
