"""Report use cases: the weekly statistics, their trend, the charts' data and the cost ledger.

The UI and the CLI read every report figure here, through one unit of work; the SQL lives in
``benchapp.db`` (report_facts, report_queries, costs) and the figures are plain data from
``benchapp.reports``. A report first brings the summary tables up to date: only the RMAs that
changed since the last report are rebuilt (``refresh_summary``), so its cost does not grow
with the history.
"""

from __future__ import annotations

import abc
import time as clock
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from benchapp.domain.calendar import IsoWeek, weeks_ending
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.reports.costs import CostItem, CostLine
from benchapp.reports.drilldown import DIMENSIONS, TREND_WEEKS, BarUnit, ChartData
from benchapp.reports.weekly import WeekFigures, WeeklyReport
from benchapp.services.unit_of_work import AbstractUnitOfWork

# RMAs rebuilt per transaction: benches are not held up by a long rebuild (the first report
# after an upgrade builds the whole history).
RMA_CHUNK = 2000

Progress = Callable[[int, int], None]

# -- the ports ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefreshStep:
    """One transaction's worth of summary refresh."""

    rebuilt_all: bool  # the definition or the shop clock changed: every RMA was marked
    rmas: int  # RMAs rebuilt in this step
    stale: int  # RMAs marked stale when the step began (this step's included)
    more: bool  # marks remain for another step


@dataclass(frozen=True)
class RefreshStats:
    rebuilt_all: bool
    rmas: int  # RMAs whose rows were rebuilt
    seconds: float


class ReportSummary(abc.ABC):
    """The summary tables the weekly figures are counted from."""

    @abc.abstractmethod
    def refresh_step(self, *, limit: int) -> RefreshStep:
        """Rebuild the rows of at most ``limit`` RMAs marked as changed, oldest id first."""


class ReportQueries(abc.ABC):
    """Read-only queries of the weekly report, the trend and the charts."""

    @abc.abstractmethod
    def shop_zone(self) -> tzinfo: ...

    @abc.abstractmethod
    def today(self) -> date:
        """Today on the shop's clock, by the database server's time."""

    @abc.abstractmethod
    def current_week(self) -> IsoWeek: ...

    @abc.abstractmethod
    def week_figures(self, weeks: list[IsoWeek], *, today: date) -> list[WeekFigures]:
        """The figures of these consecutive weeks, oldest first."""

    @abc.abstractmethod
    def weekly_report(self, week: IsoWeek, *, today: date) -> WeeklyReport: ...

    @abc.abstractmethod
    def bar_units(self, week: IsoWeek, dimension: str, key: str, *,
                  limit: int | None) -> list[BarUnit]: ...


class CostQueries(abc.ABC):
    @abc.abstractmethod
    def cost_ledger(self, *, first: IsoWeek, last: IsoWeek) -> list[CostLine]: ...

    @abc.abstractmethod
    def rma_ledger(self, rma_no: str) -> list[CostItem]:
        """NotFound for an unknown RMA number."""


# -- the use cases ----------------------------------------------------------------------------


def refresh_summary(uow: AbstractUnitOfWork, *, progress: Progress | None = None
                    ) -> RefreshStats:
    """Rebuild the summary rows of every RMA that changed since they were built, a batch per
    transaction. Nothing changed: one short transaction that reads the (empty) marks."""
    started = clock.perf_counter()
    rebuilt_all, done = False, 0
    total: int | None = None
    while True:
        with uow:
            step = uow.report_summary.refresh_step(limit=RMA_CHUNK)
            uow.commit()
        rebuilt_all = rebuilt_all or step.rebuilt_all
        if total is None:
            total = step.stale
        done += step.rmas
        if step.rmas and progress is not None:
            progress(done, max(total, done))
        if not step.more:
            break
    return RefreshStats(rebuilt_all=rebuilt_all, rmas=done,
                        seconds=clock.perf_counter() - started)


def current_week(uow: AbstractUnitOfWork) -> IsoWeek:
    """This week on the shop's clock, by the database server's time."""
    with uow:
        return uow.reports.current_week()


def shop_now(uow: AbstractUnitOfWork) -> datetime:
    """The database server's time on the shop's clock (the PDF's "generated at")."""
    with uow:
        return uow.now().astimezone(uow.reports.shop_zone())


def shop_zone(uow: AbstractUnitOfWork) -> tzinfo:
    with uow:
        return uow.reports.shop_zone()


def weekly_report(uow: AbstractUnitOfWork, week: IsoWeek | None = None, *,
                  today: date | None = None, refresh: bool = True) -> WeeklyReport:
    """售后维修统计分析表 of ``week`` (default: this week). ``today``: the day "late though not
    shipped" is judged on (default: today on the shop's clock)."""
    if refresh:
        refresh_summary(uow)
    with uow:
        week = week or uow.reports.current_week()
        return uow.reports.weekly_report(week, today=today or uow.reports.today())


def weekly_trend(uow: AbstractUnitOfWork, *, end: IsoWeek | None = None, weeks: int = 52,
                 today: date | None = None, refresh: bool = True) -> list[WeekFigures]:
    """The figures of ``weeks`` consecutive weeks ending with ``end``, oldest first."""
    if refresh:
        refresh_summary(uow)
    with uow:
        end = end or uow.reports.current_week()
        return uow.reports.week_figures(weeks_ending(end, weeks),
                                        today=today or uow.reports.today())


def chart_data(uow: AbstractUnitOfWork, week: IsoWeek | None = None, *,
               trend_weeks: int = TREND_WEEKS) -> ChartData:
    """The weekly report of ``week`` (default: this week on the shop's clock) and the trend
    ending with it, read in one transaction after one refresh of the summary tables."""
    refresh_summary(uow)
    with uow:
        week = week or uow.reports.current_week()
        today = uow.reports.today()
        report = uow.reports.weekly_report(week, today=today)
        trend = uow.reports.week_figures(weeks_ending(week, trend_weeks), today=today)
    return ChartData(week=week, report=report, trend=trend)


def bar_units(uow: AbstractUnitOfWork, week: IsoWeek, dimension: str, key: str, *,
              limit: int | None = None, refresh: bool = False) -> list[BarUnit]:
    """The units counted in the ``dimension`` bar ``key`` of ``week``, latest repair first.

    ``refresh``: bring the summary tables up to date first (the charts have just done so
    when they drew the bar). ``limit``: at most this many units (a bar may hold thousands).
    """
    if dimension not in DIMENSIONS:
        raise InvalidInput(Reason.VALUE_INVALID, value=dimension, field="chart dimension",
                           allowed=", ".join(DIMENSIONS))
    if refresh:
        refresh_summary(uow)
    with uow:
        return uow.reports.bar_units(week, dimension, key, limit=limit)


def cost_ledger(uow: AbstractUnitOfWork, *, first: IsoWeek, last: IsoWeek) -> list[CostLine]:
    """Every RMA with a cost in the weeks ``first`` to ``last``, by week then RMA number."""
    with uow:
        return uow.costs.cost_ledger(first=first, last=last)


def rma_ledger(uow: AbstractUnitOfWork, rma_no: str) -> list[CostItem]:
    """Everything one RMA cost, item by item, in date order."""
    with uow:
        return uow.costs.rma_ledger(rma_no)


__all__ = [
    "RMA_CHUNK", "CostQueries", "RefreshStats", "RefreshStep", "ReportQueries",
    "ReportSummary", "bar_units", "chart_data", "cost_ledger", "current_week",
    "refresh_summary", "rma_ledger", "shop_now", "shop_zone", "weekly_report",
    "weekly_trend",
]
