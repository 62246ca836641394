"""Read-only views for screens and the CLI: nothing here changes the database."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from benchapp.domain.handover import Handover
from benchapp.domain.rma import AnomalyForm, Escalation, LogEntry, Rma, Unit
from benchapp.services.unit_of_work import AbstractUnitOfWork


@dataclass(frozen=True)
class UnitLine:
    serial: str
    state: str
    custody: str
    rework_loops: int
    repeat_count: int


@dataclass(frozen=True)
class RmaSummary:
    rma_no: str
    customer: str
    model: str
    counted_qty: int
    status: str
    batch: bool
    due_date: date | None
    received_at: datetime | None
    states: dict[str, int]
    units: list[UnitLine] = field(default_factory=list)


@dataclass(frozen=True)
class RmaDetail:
    rma: Rma
    log: list[LogEntry]
    handovers: list[Handover]
    escalations: list[Escalation]


def summarize(rma: Rma) -> RmaSummary:
    return RmaSummary(
        rma_no=rma.rma_no, customer=rma.customer, model=rma.model,
        counted_qty=rma.counted_qty, status=rma.status.value, batch=rma.batch,
        due_date=rma.due_date, received_at=rma.received_at,
        states=dict(Counter(u.state.value for u in rma.units)),
        units=[UnitLine(u.serial, u.state.value, u.custody.value, u.rework_loops,
                        u.repeat_count) for u in rma.units])


def rma_overview(uow: AbstractUnitOfWork, *, status: str | None = None) -> list[RmaSummary]:
    """Every RMA, newest first, with its units' states."""
    with uow:
        return [summarize(r) for r in uow.rmas.list(status=status)]


def rma_detail(uow: AbstractUnitOfWork, rma_no: str) -> RmaDetail:
    with uow:
        rma = uow.rmas.get(rma_no.strip())
        return RmaDetail(
            rma=rma, log=uow.log.for_rma(rma.rma_no),
            handovers=uow.handovers.list(rma_no=rma.rma_no),
            escalations=[e for e in uow.escalations.list(status=None) if e.rma_no == rma.rma_no])


def open_escalations(uow: AbstractUnitOfWork) -> list[Escalation]:
    with uow:
        return uow.escalations.list(status="open")


# -- station work lists -----------------------------------------------------------------------


@dataclass(frozen=True)
class StationUnit:
    """One unit on a station's work list, with what the list needs from its RMA."""

    rma_no: str
    rma_version: int  # the version the view read: pass it back as expected_version
    serial: str
    state: str
    custody: str
    customer: str
    model: str
    due_date: date | None
    batch: bool
    billing: str
    rework_loops: int
    repeat_count: int
    due_confirmed: bool
    work_kind: str | None  # "repair" or "rework" at the repair station
    on_open_slip: str | None  # the open slip the unit is on, if any (not available to give)


def station_units(uow: AbstractUnitOfWork, *, custody: str,
                  states: frozenset[str] | set[str] | None = None) -> list[StationUnit]:
    """Units of open RMAs held by ``custody`` (optionally only in ``states``), oldest RMA
    first: the station's queue."""
    with uow:
        rmas = uow.rmas.list(status="open")
        units: list[StationUnit] = []
        for rma in rmas:
            for u in rma.units:
                if u.custody.value != custody or (states and u.state.value not in states):
                    continue
                units.append(StationUnit(
                    rma_no=rma.rma_no, rma_version=rma.version, serial=u.serial,
                    state=u.state.value, custody=u.custody.value, customer=rma.customer,
                    model=rma.model, due_date=rma.due_date, batch=rma.batch,
                    billing=rma.billing.value,
                    rework_loops=u.rework_loops, repeat_count=u.repeat_count,
                    due_confirmed=u.due_confirmed,
                    work_kind=u.work_kind.value if u.work_kind else None,
                    on_open_slip=None))
        if units:
            on_slip = uow.handovers.open_slips([u.serial for u in units])
            units = [replace(u, on_open_slip=on_slip.get(u.serial)) for u in units]
        units.sort(key=lambda u: (u.rma_no, u.serial))
        return units


def incoming_handovers(uow: AbstractUnitOfWork, station: str) -> list[Handover]:
    """Open slips addressed to ``station``, oldest first: what waits to be counted in."""
    with uow:
        return sorted((h for h in uow.handovers.list(status="open")
                       if h.to_station.value == station),
                      key=lambda h: h.giver_signed_at)


def outgoing_handovers(uow: AbstractUnitOfWork, station: str) -> list[Handover]:
    """Open slips this station gave and the receiver has not counted yet."""
    with uow:
        return sorted((h for h in uow.handovers.list(status="open")
                       if h.from_station.value == station),
                      key=lambda h: h.giver_signed_at)


def rma_of_serial(uow: AbstractUnitOfWork, serial: str) -> str | None:
    """The RMA a scanned unit belongs to: the open one, else its latest return; None if the
    serial was never received."""
    serial = serial.strip()
    with uow:
        open_rma = uow.rmas.open_serials([serial]).get(serial)
        if open_rma is not None:
            return open_rma
        earlier = uow.rmas.earlier_returns([serial]).get(serial) or []
        latest = max(earlier, key=lambda e: e.received_at, default=None)
        return latest.rma_no if latest is not None else None


# -- QC station ---------------------------------------------------------------------------


def anomaly_forms(uow: AbstractUnitOfWork, *, unsigned_only: bool = True) -> list[AnomalyForm]:
    """QC anomaly feedback forms 品质检验异常反馈表 (of every RMA: an unsigned form stays
    open even after its RMA closed), oldest form number first."""
    with uow:
        forms = [f for rma in uow.rmas.list(status=None) for f in rma.anomaly_forms
                 if not (unsigned_only and f.signed)]
        return sorted(forms, key=lambda f: f.form_no)


def unit_detail(uow: AbstractUnitOfWork, rma_no: str, serial: str) -> Unit:
    """One unit as stored: pending screening test, loop count and allowance..."""
    with uow:
        return uow.rmas.get(rma_no.strip()).unit(serial.strip())


def rework_loop_limit(uow: AbstractUnitOfWork) -> int:
    """Re-inspection failures a unit may loop back to repair before it is escalated."""
    with uow:
        return uow.policy().max_rework_loops


def intake_suggestions(uow: AbstractUnitOfWork) -> tuple[list[str], list[str]]:
    """Customers and models seen before, newest first: the receiving form's suggestions."""
    with uow:
        return uow.rmas.customers_and_models()
