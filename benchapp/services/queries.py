"""Read-only views for screens and the CLI: nothing here changes the database."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from benchapp.domain.handover import Handover
from benchapp.domain.rma import Escalation, LogEntry, Rma
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
