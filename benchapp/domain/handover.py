"""Handovers between stations and their transfer slips 交接单 (QP-TPZ-002 5.3.3, 5.3.4).

Every handover lists its units, the declared count, the giver and the receiving station. The
receiver counts by scanning; a slip that is missing, unsigned, undated, altered or miscounted is
refused, and the units stay with the giver. A handover moves all its units or none.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from benchapp.domain import notes
from benchapp.domain.errors import HandoverRefused, InvalidInput, OutOfOrder, Reason
from benchapp.domain.rma import Escalation, EscalationKind, LogEntry, Rma, UnitState, WorkKind
from benchapp.domain.roles import STATION_ROLES, Actor, Custody, Role, Station
from benchapp.domain.rules import clean_text, positive_count


class Refusal(StrEnum):
    """The named reasons a receiving station refuses a handover."""

    MISSING_SLIP = "missing_slip"
    UNSIGNED = "unsigned"
    UNDATED = "undated"
    COUNT_MISMATCH = "count_mismatch"
    WRONG_STATION = "wrong_station"
    NOT_IN_CUSTODY = "not_in_custody"
    SLIP_ALTERED = "slip_altered"


class HandoverStatus(StrEnum):
    OPEN = "open"  # offered and signed by the giver, not yet received
    ACCEPTED = "accepted"
    REFUSED = "refused"
    CANCELLED = "cancelled"  # withdrawn by a supervisor's decision (e.g. overdue)


class SlipState(StrEnum):
    """Where a stored slip stands: signed by its giver, then countersigned by its receiver."""

    GIVEN = "given"
    RECEIVED = "received"
    REFUSED = "refused"


class Meaning(StrEnum):
    """What a signature on the slip means; bound into the signed data with the content hash."""

    HANDED_OVER = "handed_over"  # giver: 交出
    RECEIVED = "received"  # receiver: 接收
    REFUSED = "refused"  # receiver: 拒收


# Which units may leave a station for which other, and what they become on arrival.
ROUTES: dict[tuple[Station, Station], dict[UnitState, UnitState]] = {
    (Station.RECEIVING, Station.QC): {UnitState.RECEIVED: UnitState.AWAITING_SCREENING},
    (Station.QC, Station.REPAIR): {
        UnitState.TO_REPAIR: UnitState.IN_REPAIR,
        UnitState.TO_REWORK: UnitState.IN_REPAIR,
    },
    (Station.REPAIR, Station.QC): {
        UnitState.REPAIRED: UnitState.AWAITING_REINSPECTION,
        UnitState.RETURNING: UnitState.READY_TO_PACK,
    },
    (Station.QC, Station.PACKING): {UnitState.READY_TO_PACK: UnitState.AT_PACKING},
    (Station.PACKING, Station.RECEIVING): {UnitState.PACKED: UnitState.READY_TO_SHIP},
}

# Disputes and overdue slips go to the receiving station's direct supervisor (5.3.4).
DIRECT_SUPERVISOR: dict[Station, frozenset[Role]] = {
    Station.QC: frozenset({Role.QC_SUPERVISOR}),
    Station.PACKING: frozenset({Role.QC_SUPERVISOR}),
    Station.REPAIR: frozenset({Role.PRODUCTION_SUPERVISOR}),
    Station.RECEIVING: frozenset({Role.TECH_SUPERVISOR, Role.MANAGER}),
}


@dataclass(frozen=True)
class PresentedSlip:
    """What the receiver holds: the slip as read from paper, PDF or database record."""

    slip_no: str
    content_hash: str
    giver_signed: bool
    giver_signed_at: datetime | None


@dataclass
class Handover:
    slip_no: str
    rma_no: str
    from_station: Station
    to_station: Station
    serials: tuple[str, ...]
    declared_count: int
    giver_id: int
    giver_name: str
    giver_signed_at: datetime
    content_hash: str
    status: HandoverStatus = HandoverStatus.OPEN
    receiver_id: int | None = None
    counted: int | None = None
    refusal: Refusal | None = None
    refusal_note: str = ""
    resolved_at: datetime | None = None
    id: int | None = None
    version: int = 0

    def presented(self) -> PresentedSlip:
        """The slip exactly as the giver signed it."""
        return PresentedSlip(self.slip_no, self.content_hash, True, self.giver_signed_at)

    def is_overdue(self, now: datetime, hours: int) -> bool:
        return self.status is HandoverStatus.OPEN and now - self.giver_signed_at > timedelta(
            hours=hours)


def slip_content_hash(*, slip_no: str, rma_no: str, from_station: str, to_station: str,
                      serials: tuple[str, ...], declared_count: int, giver_id: int,
                      giver_signed_at: datetime) -> str:
    """SHA-256 over the slip's canonical content; any change to what was signed changes it."""
    canonical = json.dumps({
        "slip_no": slip_no, "rma_no": rma_no, "from": from_station, "to": to_station,
        "serials": sorted(serials), "declared_count": declared_count, "giver_id": giver_id,
        "giver_signed_at": giver_signed_at.isoformat(timespec="microseconds"),
    }, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def offer_handover(rma: Rma, actor: Actor, *, slip_no: str, from_station: Station,
                   to_station: Station, serials: list[str], declared_count: int,
                   now: datetime, open_slips: dict[str, str]) -> Handover:
    """The giver lists the units, declares the count and signs (name and time) the slip.

    ``open_slips`` maps serials already on an open slip to that slip's number.
    """
    actor.require(STATION_ROLES[from_station], f"hand over units from {from_station.value}")
    route = ROUTES.get((from_station, to_station))
    if route is None:
        raise InvalidInput(Reason.WRONG_ROUTE, from_station=from_station.value,
                           to_station=to_station.value)
    declared = positive_count(declared_count, "declared count")
    if len(set(serials)) != len(serials):
        dup = next(s for s in serials if serials.count(s) > 1)
        raise InvalidInput(Reason.SERIAL_DUPLICATE, serial=dup)
    if declared != len(serials):
        raise InvalidInput(Reason.COUNT_MISMATCH, expected=declared, counted=len(serials))
    for s in serials:
        unit = rma.unit(s)
        if unit.custody.value != from_station.value:
            raise OutOfOrder(Reason.NOT_IN_CUSTODY, serial=s, custody=unit.custody.value,
                             station=from_station.value)
        if unit.state not in route:
            raise OutOfOrder(Reason.OUT_OF_ORDER, serial=s, state=unit.state.value,
                             action=f"hand over to {to_station.value}")
        if s in open_slips:
            raise OutOfOrder(Reason.ALREADY_IN_HANDOVER, serial=s, slip_no=open_slips[s])
    ordered = tuple(serials)
    handover = Handover(
        slip_no=slip_no, rma_no=rma.rma_no, from_station=from_station, to_station=to_station,
        serials=ordered, declared_count=declared, giver_id=actor.user_id or 0,
        giver_name=actor.username, giver_signed_at=now,
        content_hash=slip_content_hash(
            slip_no=slip_no, rma_no=rma.rma_no, from_station=from_station.value,
            to_station=to_station.value, serials=ordered, declared_count=declared,
            giver_id=actor.user_id or 0, giver_signed_at=now),
    )
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="handover_offered", actor_id=actor.user_id,
        actor_name=actor.username, to_state=HandoverStatus.OPEN.value,
        detail={"slip_no": slip_no, "from": from_station.value, "to": to_station.value,
                "declared_count": declared, "serials": list(ordered)}))
    return handover


def check_handover(handover: Handover, rma: Rma, *, station: Station,
                   slip: PresentedSlip | None, scanned: list[str]) -> None:
    """Raise HandoverRefused with the first reason that applies; return if it may be accepted."""

    def refuse(reason: Refusal, **params: object) -> HandoverRefused:
        return HandoverRefused(reason, slip_no=handover.slip_no, **params)

    if slip is None:
        raise refuse(Refusal.MISSING_SLIP)
    if not slip.giver_signed:
        raise refuse(Refusal.UNSIGNED)
    if slip.giver_signed_at is None:
        raise refuse(Refusal.UNDATED)
    if slip.slip_no != handover.slip_no or slip.content_hash != handover.content_hash:
        raise refuse(Refusal.SLIP_ALTERED)
    if station is not handover.to_station:
        raise refuse(Refusal.WRONG_STATION, station=station.value,
                     expected=handover.to_station.value)
    route = ROUTES[(handover.from_station, handover.to_station)]
    for s in handover.serials:
        unit = rma.unit(s)
        if unit.custody.value != handover.from_station.value or unit.state not in route:
            raise refuse(Refusal.NOT_IN_CUSTODY, serial=s, custody=unit.custody.value)
    counted = set(scanned)
    listed = set(handover.serials)
    if counted != listed or len(counted) != handover.declared_count:
        raise refuse(Refusal.COUNT_MISMATCH, expected=handover.declared_count,
                     counted=len(counted), missing=sorted(listed - counted),
                     extra=sorted(counted - listed))


def accept_handover(handover: Handover, rma: Rma, actor: Actor, *, station: Station,
                    slip: PresentedSlip | None, scanned: list[str], now: datetime) -> None:
    """The receiver counts by scanning and countersigns; all units move, or none."""
    require_open(handover)
    actor.require(STATION_ROLES[station], f"receive units at {station.value}")
    check_handover(handover, rma, station=station, slip=slip, scanned=scanned)
    route = ROUTES[(handover.from_station, handover.to_station)]
    to_custody = Custody(handover.to_station.value)
    for s in handover.serials:
        unit = rma.unit(s)
        next_state = route[unit.state]
        if next_state is UnitState.AWAITING_SCREENING and rma.batch:
            # 5.3.2: a batch problem skips screening; the production line reworks every unit.
            next_state = UnitState.TO_REWORK
            unit.work_kind = WorkKind.REWORK
        rma.arrive(actor, unit, to_custody, next_state, handover.slip_no)
    handover.status = HandoverStatus.ACCEPTED
    handover.receiver_id = actor.user_id
    handover.counted = len(set(scanned))
    handover.resolved_at = now
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="handover_accepted", actor_id=actor.user_id,
        actor_name=actor.username, from_state=HandoverStatus.OPEN.value,
        to_state=HandoverStatus.ACCEPTED.value,
        detail={"slip_no": handover.slip_no, "counted": handover.counted,
                "from": handover.from_station.value, "to": handover.to_station.value}))


def refuse_handover(handover: Handover, rma: Rma, actor: Actor, *, station: Station,
                    refusal: Refusal, note: str = "", now: datetime) -> Escalation:
    """Record a refusal with who/when; the units stay with the giver; the dispute escalates."""
    require_open(handover)
    actor.require(STATION_ROLES[station], f"refuse a handover at {station.value}")
    note = clean_text(note, "note")
    handover.status = HandoverStatus.REFUSED
    handover.receiver_id = actor.user_id
    handover.refusal = refusal
    handover.refusal_note = note
    handover.resolved_at = now
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="handover_refused", actor_id=actor.user_id,
        actor_name=actor.username, from_state=HandoverStatus.OPEN.value,
        to_state=HandoverStatus.REFUSED.value,
        detail={"slip_no": handover.slip_no, "refusal": refusal.value, "note": note,
                "station": station.value}))
    escalation = Escalation(kind=EscalationKind.DISPUTED_HANDOVER, rma_no=rma.rma_no,
                            raised_by=actor.user_id, note=notes.refused(refusal.value, note).stored,
                            slip_no=handover.slip_no)
    rma.pending.append(escalation)
    return escalation


def escalate_if_overdue(handover: Handover, rma: Rma, actor: Actor, *, now: datetime,
                        hours: int) -> Escalation | None:
    if not handover.is_overdue(now, hours):
        return None
    escalation = Escalation(kind=EscalationKind.OVERDUE_HANDOVER, rma_no=rma.rma_no,
                            raised_by=actor.user_id,
                            note=notes.overdue(hours).stored, slip_no=handover.slip_no)
    rma.pending.append(escalation)
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="handover_overdue", actor_id=actor.user_id,
        actor_name=actor.username, detail={"slip_no": handover.slip_no, "hours": hours}))
    return escalation


def cancel_handover(handover: Handover, rma: Rma, actor: Actor, *, reason: str,
                    now: datetime) -> None:
    require_open(handover)
    handover.status = HandoverStatus.CANCELLED
    handover.resolved_at = now
    handover.refusal_note = reason
    rma.pending.append(LogEntry(
        rma_no=rma.rma_no, action="handover_cancelled", actor_id=actor.user_id,
        actor_name=actor.username, from_state=HandoverStatus.OPEN.value,
        to_state=HandoverStatus.CANCELLED.value,
        detail={"slip_no": handover.slip_no, "reason": reason}))


def require_open(handover: Handover) -> None:
    """A slip already accepted or refused (by another bench, say) cannot be resolved again."""
    if handover.status is not HandoverStatus.OPEN:
        raise OutOfOrder(Reason.HANDOVER_CLOSED, slip_no=handover.slip_no,
                         status=handover.status.value)

