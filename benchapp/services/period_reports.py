"""The monthly report (001 七) and the quarterly complaint summary (002, 004): use cases.

Like the weekly report, the monthly one first brings the summary tables up to date and then
reads its period's weeks; both read one period in one transaction (benchapp.db.period_queries).
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import datetime

from benchapp.reports.period import (
    ComplaintLine,
    FaultLine,
    Feedback,
    ModelLine,
    MonthlyReport,
    Period,
    QuarterlyReport,
)
from benchapp.reports.yields import YieldRange
from benchapp.services.reports import refresh_summary
from benchapp.services.unit_of_work import AbstractUnitOfWork
from benchapp.services.yields import read_yields


@dataclass(frozen=True)
class NoticeRow:
    notice_no: str
    rma_no: str
    customer: str
    model: str
    status: str
    severity: str
    non_customer_units: int
    shipped_qty: int
    raised_at: datetime
    closed_at: datetime | None


class PeriodQueries(abc.ABC):
    """Reads bounded by one period: ISO-week keys (YYYYWW) or [start, end) in UTC."""

    @abc.abstractmethod
    def model_lines(self, first_week: int, last_week: int) -> list[ModelLine]: ...

    @abc.abstractmethod
    def fault_lines(self, first_week: int, last_week: int) -> list[FaultLine]: ...

    @abc.abstractmethod
    def feedback(self, start: datetime, end: datetime) -> Feedback: ...

    @abc.abstractmethod
    def notices(self, start: datetime, end: datetime) -> list[NoticeRow]: ...


def monthly_report(uow: AbstractUnitOfWork, period: Period, *,
                   refresh: bool = True) -> MonthlyReport:
    """Model, failure frequency, average and longest repair time, customer feedback, and the
    yield figures (first-pass yield, mean time to repair, return rates)."""
    if refresh:
        refresh_summary(uow)
    with uow:
        settings = uow.supervision.settings()
        first, last = period.weeks[0].key, period.weeks[-1].key
        start, end = period.bounds(settings.utc_offset_minutes)
        return MonthlyReport(period=period, models=uow.periods.model_lines(first, last),
                             faults=uow.periods.fault_lines(first, last),
                             feedback=uow.periods.feedback(start, end),
                             form_no=settings.form_no, form_revision=settings.form_revision,
                             # Issue 17.5: the month's yield figures, as `report yields`
                             # computes them for the same ISO weeks.
                             yields=read_yields(uow,  # type: ignore[arg-type]
                                                YieldRange("month", period.weeks)))


def quarterly_report(uow: AbstractUnitOfWork, period: Period) -> QuarterlyReport:
    """The complaint notices raised in the quarter, each with its closure limit (working
    days, the shop's calendar) and whether it was met; the quarter's customer feedback."""
    with uow:
        settings = uow.supervision.settings()
        calendar = uow.supervision.calendar()
        start, end = period.bounds(settings.utc_offset_minutes)
        rows = uow.periods.notices(start, end)
        feedback = uow.periods.feedback(start, end)
    lines = []
    for r in rows:
        due = calendar.deadline(r.raised_at, settings.closure_days, settings.utc_offset_minutes)
        lines.append(ComplaintLine(
            notice_no=r.notice_no, rma_no=r.rma_no, customer=r.customer, model=r.model,
            status=r.status, severity=r.severity, non_customer_units=r.non_customer_units,
            shipped_qty=r.shipped_qty, raised_at=r.raised_at, closed_at=r.closed_at,
            closure_due=due, closed_on_time=None if r.closed_at is None else r.closed_at <= due))
    return QuarterlyReport(period=period, notices=lines, feedback=feedback)


__all__ = ["NoticeRow", "PeriodQueries", "monthly_report", "quarterly_report"]
