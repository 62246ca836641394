"""The units behind one bar of the weekly charts, as plain data (no Qt).

A bar of the weekly report counts rows of the summary table ``report_unit_weeks`` (one unit
in one ISO week, classified by its last repair of the week, docs/reports.md). The units
behind a bar are those same rows, chosen with the same condition the report counts with, so
a bar of height n always lists n units:

- ``cause``: every row of the week with that cause category (``by_cause``, the Pareto);
- ``model``: every row of the week with that model (``by_model``);
- ``process`` / ``department``: the repaired rows (at least one repair record in the week)
  with that responsible process or department (``by_process`` / ``by_department``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc
from benchapp.db.unit_of_work import UNAVAILABLE
from benchapp.domain.calendar import IsoWeek, shop_zone
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.rma import EscalationKind
from benchapp.reports import facts
from benchapp.reports.store import chunked, one_of, read_settings
from benchapp.reports.weekly import (
    WeekFigures,
    WeeklyReport,
    current_week,
    weekly_report,
    weekly_trend,
)
from benchapp.services.unit_of_work import DatabaseUnavailable

FACTS = ms.UnitWeekFactRow.__table__
RMAS, UNITS, RECORDS = m.RmaRow.__table__, m.UnitRow.__table__, m.RepairRecordRow.__table__
ESCALATIONS = m.EscalationRow.__table__

DIMENSIONS: tuple[str, ...] = ("cause", "model", "process", "department")
TREND_WEEKS = 52


@dataclass(frozen=True)
class ChartData:
    """What the supervisor's charts draw for one week: the weekly report and its trend."""

    week: IsoWeek
    report: WeeklyReport
    trend: list[WeekFigures]  # TREND_WEEKS weeks ending with ``week``, oldest first


def engine_of(uow: Any) -> Engine:
    """The engine behind a SQL unit of work (``session.uow()``): the reports read with Core
    statements on the engine, not through the workflow repositories."""
    engine = getattr(uow, "engine", None)
    if not isinstance(engine, Engine):
        raise TypeError(f"{type(uow).__name__} has no SQL engine; the reports need one")
    return engine


@contextmanager
def database_errors(engine: Engine) -> Iterator[None]:
    """A dropped or unreachable database as DatabaseUnavailable, like a unit of work says it."""
    try:
        yield
    except UNAVAILABLE as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseUnavailable(
            f"The database {engine.url.render_as_string(hide_password=True)} is unreachable "
            f"or busy. ({first})") from exc


def chart_data(engine: Engine, week: IsoWeek | None = None, *,
               trend_weeks: int = TREND_WEEKS) -> ChartData:
    """The weekly report of ``week`` (default: this week on the shop's clock) and the trend
    ending with it; the summary tables are brought up to date once, first."""
    with database_errors(engine):
        week = week or current_week(engine)
        report = weekly_report(engine, week)
        trend = weekly_trend(engine, end=week, weeks=trend_weeks, today=report.as_of,
                             refresh=False)
    return ChartData(week=week, report=report, trend=trend)


@dataclass(frozen=True)
class BarUnit:
    """One unit behind a bar, as the drill-down table lists it."""

    rma_no: str
    serial: str
    model: str
    cause: str  # cause key (production, ..., nff)
    root_cause: str
    responsible_process: str
    responsible_department: str
    repair_minutes: int
    rework_loops: int
    # The unit's last repair of the week (or its no-fault-found release), on the shop clock.
    repaired_at: datetime | None


def _condition(dimension: str, key: str) -> list[Any]:
    f = FACTS.c
    if dimension == "cause":
        return [f.cause_category == key]
    if dimension == "model":
        return [f.model == key]
    if dimension == "process":
        return [f.records > 0, f.responsible_process == key]
    if dimension == "department":
        return [f.records > 0, f.responsible_department == key]
    raise InvalidInput(Reason.VALUE_INVALID, value=dimension, field="chart dimension",
                       allowed=", ".join(DIMENSIONS))


def bar_units(engine: Engine, week: IsoWeek, dimension: str, key: str, *,
              limit: int | None = None, refresh: bool = False) -> list[BarUnit]:
    """The units counted in the ``dimension`` bar ``key`` of ``week``, latest repair first.

    ``refresh``: bring the summary tables up to date first (the charts have just done so
    when they drew the bar). ``limit``: at most this many units (a bar may hold thousands).
    """
    condition = _condition(dimension, key)
    with database_errors(engine):
        return _bar_units(engine, week, condition, limit=limit, refresh=refresh)


def _bar_units(engine: Engine, week: IsoWeek, condition: list[Any], *, limit: int | None,
               refresh: bool) -> list[BarUnit]:
    if refresh:
        facts.refresh(engine)
    f = FACTS.c
    with engine.connect() as conn:
        offset = read_settings(conn).utc_offset_minutes
        rows = conn.execute(
            select(f.unit_id, f.rma_id, RMAS.c.rma_no, UNITS.c.serial, f.model, f.cause_category,
                   f.root_cause, f.responsible_process, f.responsible_department, f.minutes,
                   f.loops, f.records)
            .join(UNITS, UNITS.c.id == f.unit_id)
            .join(RMAS, RMAS.c.id == f.rma_id)
            .where(f.iso_week == week.key, *condition)).all()
        when = _finished_at(conn, week, offset, [r.unit_id for r in rows if r.records > 0],
                            [(r.rma_id, r.unit_id) for r in rows if r.records == 0])
    zone = shop_zone(offset)
    units = [BarUnit(
        rma_no=r.rma_no, serial=r.serial, model=r.model, cause=r.cause_category,
        root_cause=r.root_cause, responsible_process=r.responsible_process,
        responsible_department=r.responsible_department, repair_minutes=int(r.minutes),
        rework_loops=int(r.loops),
        repaired_at=when[r.unit_id].astimezone(zone) if r.unit_id in when else None)
        for r in rows]
    units.sort(key=lambda u: (u.repaired_at is None, _neg_time(u.repaired_at), u.rma_no,
                              u.serial))
    return units if limit is None else units[:limit]


def _neg_time(moment: datetime | None) -> float:
    return -moment.timestamp() if moment is not None else 0.0


def _finished_at(conn: Connection, week: IsoWeek, offset: int, repaired: Sequence[int],
                 released: Sequence[tuple[int, int]]) -> dict[int, datetime]:
    """unit id -> its last repair in the week, or its no-fault-found release in the week.

    ``released``: (rma id, unit id) of the units released without a repair; escalations
    are found through their RMA (indexed), then matched by unit.
    """
    start, end = week.bounds(offset)
    out: dict[int, datetime] = {}
    for batch in chunked(repaired):
        for unit_id, at in conn.execute(
                select(RECORDS.c.unit_id, func.max(RECORDS.c.completed_at))
                .where(one_of(RECORDS.c.unit_id, batch, conn),
                       RECORDS.c.completed_at >= start, RECORDS.c.completed_at < end)
                .group_by(RECORDS.c.unit_id)):
            out[unit_id] = as_utc(at)  # type: ignore[assignment]
    wanted = {unit_id for _, unit_id in released}
    for batch in chunked(sorted({rma_id for rma_id, _ in released})):
        for unit_id, at in conn.execute(
                select(ESCALATIONS.c.unit_id, func.max(ESCALATIONS.c.decided_at))
                .where(one_of(ESCALATIONS.c.rma_id, batch, conn),
                       ESCALATIONS.c.kind == EscalationKind.NFF.value,
                       ESCALATIONS.c.decided_at >= start, ESCALATIONS.c.decided_at < end)
                .group_by(ESCALATIONS.c.unit_id)):
            if unit_id in wanted:
                out[unit_id] = as_utc(at)  # type: ignore[assignment]
    return out
