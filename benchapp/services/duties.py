"""The smaller duties of the seeds (benchapp.domain.duties): each a tracking-log line with
who and when, written through the unit of work like every other record."""

from __future__ import annotations

from datetime import date

from benchapp.domain import duties
from benchapp.domain.calendar import IsoWeek, local_date, week_of
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor
from benchapp.services.actors import current_actor
from benchapp.services.unit_of_work import AbstractUnitOfWork


def _write(uow: AbstractUnitOfWork, entry: LogEntry) -> LogEntry:
    uow.log.add(entry)
    uow.commit()
    return entry


def review_weekly_report(uow: AbstractUnitOfWork, actor: Actor, *, week: IsoWeek,
                         remarks: str) -> LogEntry:
    """总经办's review of a week's 售后维修统计分析表: reviewed by, date, remarks."""
    actor.require(duties.WEEKLY_REVIEW_ROLES, "review the weekly report")
    with uow:
        actor = current_actor(uow, actor)
        offset = uow.supervision.settings().utc_offset_minutes
        entry = duties.review_weekly_report(actor, week, remarks,
                                            current=week_of(uow.now(), offset))
        return _write(uow, entry)


def notify_purchasing(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, note: str,
                      to: str = "") -> LogEntry:
    actor.require(duties.PURCHASING_NOTICE_ROLES, "notify purchasing")
    with uow:
        actor = current_actor(uow, actor)
        rma = uow.rmas.get(rma_no.strip())
        return _write(uow, duties.notify_purchasing(actor, rma, note, to=to))


def report_delay(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, reason: str,
                 new_due: date | None = None) -> LogEntry:
    actor.require(duties.DELAY_REPORT_ROLES, "report a delay")
    with uow:
        actor = current_actor(uow, actor)
        rma = uow.rmas.get(rma_no.strip())
        today = local_date(uow.now(), uow.supervision.settings().utc_offset_minutes)
        return _write(uow, duties.report_delay(actor, rma, reason, new_due=new_due,
                                               today=today))


def pass_on_delay(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                  note: str) -> LogEntry:
    actor.require(duties.DELAY_PASS_ROLES, "pass a delay on to the customer")
    with uow:
        actor = current_actor(uow, actor)
        rma = uow.rmas.get(rma_no.strip())  # NotFound for an unknown RMA
        # One RMA's history, read by its index (an RMA's log is short).
        entry = duties.pass_on_delay(actor, rma.rma_no, note,
                                     log=uow.log.for_rma(rma.rma_no))
        return _write(uow, entry)


__all__ = ["notify_purchasing", "pass_on_delay", "report_delay", "review_weekly_report"]
