"""The weekly report, the trend and the charts' bars, read from the summary tables.

The SQL half of ``benchapp.reports``: ``SqlReportQueries`` answers ``ReportQueries``
(benchapp.services.reports) with the plain figures of ``benchapp.reports.weekly`` and
``benchapp.reports.drilldown``. Every figure is defined in docs/reports.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import Date, Integer, and_, bindparam, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import defect_codes
from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc, server_now
from benchapp.db.supervision_store import chunked, one_of, read_settings
from benchapp.domain.calendar import IsoWeek, local_date, shop_zone, week_of
from benchapp.domain.rma import EscalationKind
from benchapp.domain.stats import CAUSE_KEYS, all_causes, pareto, ranked
from benchapp.reports.drilldown import BarUnit
from benchapp.reports.weekly import (
    REPEATS_LISTED,
    ROOT_CAUSES_LISTED,
    ActionLine,
    CauseCodeLine,
    NoticeLine,
    RepeatReturnLine,
    ReworkLine,
    RootCause,
    WeekFigures,
    WeeklyReport,
)
from benchapp.services.reports import ReportQueries
from benchapp.settings import POLICY

FACTS, RECEIPTS = ms.UnitWeekFactRow.__table__, ms.UnitReceiptFactRow.__table__
NOTICES, RMAS, UNITS = (m.ComplaintNoticeRow.__table__, m.RmaRow.__table__,
                        m.UnitRow.__table__)
RECORDS, ESCALATIONS = m.RepairRecordRow.__table__, m.EscalationRow.__table__
ACTIONS, CONTACTS = ms.CorrectiveActionRow.__table__, ms.CustomerContactRow.__table__
WORK = ms.ComplaintWorkRow.__table__


class SqlReportQueries(ReportQueries):
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    def _offset(self) -> int:
        return read_settings(self.conn).utc_offset_minutes

    def shop_zone(self) -> tzinfo:
        return shop_zone(self._offset())

    def today(self) -> date:
        return local_date(server_now(self.conn), self._offset())

    def current_week(self) -> IsoWeek:
        return week_of(server_now(self.conn), self._offset())

    def week_figures(self, weeks: list[IsoWeek], *, today: date) -> list[WeekFigures]:
        conn = self.conn
        return _figures(conn, weeks, today=today, window=_repeat_window(conn),
                        offset=read_settings(conn).utc_offset_minutes)

    def weekly_report(self, week: IsoWeek, *, today: date) -> WeeklyReport:
        return _weekly_report(self.conn, week, today)

    def bar_units(self, week: IsoWeek, dimension: str, key: str, *,
                  limit: int | None) -> list[BarUnit]:
        return _bar_units(self.conn, week, _condition(dimension, key), limit=limit)


# -- queries ---------------------------------------------------------------------------------


def _count_if(*conditions: Any) -> Any:
    # FILTER, not SUM(CASE ...): a third less work per row on both backends (SQLite >= 3.30).
    return func.count().filter(and_(*conditions))


def _week_figures_statement():  # noqa: ANN202
    f = FACTS.c
    repaired = f.records > 0
    # The units of the week are the units whose first failure falls in it; rework-only rows
    # add their repair work and their rework, not a second failure (docs/reports.md).
    failed = f.first_failure.is_(True)
    delivers = and_(failed, f.no_delivery.is_(False), f.due_date.is_not(None))
    today = bindparam("today", type_=Date)
    return (select(
        f.iso_week, _count_if(failed).label("units"),
        _count_if(repaired).label("repaired"),
        _count_if(f.nff_release.is_(True), f.records == 0).label("released"),
        func.sum(f.records).label("records"), func.sum(f.minutes).label("minutes"),
        func.max(f.minutes).filter(repaired).label("max_minutes"),
        func.sum(f.loops).label("loops"),
        _count_if(repaired, f.loops > 0).label("repeat_units"),
        _count_if(delivers, f.shipped_on.is_not(None),
                  f.shipped_on <= f.due_date).label("on_time"),
        _count_if(delivers, (f.shipped_on.is_not(None) & (f.shipped_on > f.due_date))
                  | (f.shipped_on.is_(None) & (f.due_date < today))).label("late"),
        _count_if(delivers, f.shipped_on.is_(None), f.due_date >= today).label("pending"),
        _count_if(f.rework_records > 0).label("rework_units"),
        func.sum(f.rework_records).label("rework_records"),
        *[_count_if(failed, f.cause_category == key).label(f"c_{key}") for key in CAUSE_KEYS])
        .where(f.iso_week.between(bindparam("first", type_=Integer),
                                  bindparam("last", type_=Integer)))
        .group_by(f.iso_week))


def _week_statement(*columns: Any, repaired_only: bool, rework: bool = False):  # noqa: ANN202
    f = FACTS.c
    conditions = [f.iso_week == bindparam("week", type_=Integer)]
    if rework:
        conditions.append(f.rework_records > 0)
    else:
        conditions.append(f.first_failure.is_(True))
    if repaired_only:
        conditions.append(f.records > 0)
    return select(*columns, func.count().label("n")).where(*conditions).group_by(*columns)


# Built once: a report runs them every time it opens, and building a statement of twenty
# aggregates costs more than SQLite takes to run it.
WEEK_FIGURES = _week_figures_statement()
BY_MODEL = _week_statement(FACTS.c.model, repaired_only=False)
# One pass for the responsibility tables and the root causes of the repaired units.
BY_ROOT = _week_statement(FACTS.c.cause_category, FACTS.c.root_cause,
                          FACTS.c.responsible_process, FACTS.c.responsible_department,
                          repaired_only=True)
# The week's rework loops, by how their last rework record of the week classifies them.
BY_REWORK = _week_statement(FACTS.c.rework_cause, FACTS.c.rework_root_cause,
                            FACTS.c.rework_process, FACTS.c.rework_department,
                            repaired_only=True, rework=True)
NOTICE_COUNT = (select(func.count()).select_from(NOTICES)
                .where(NOTICES.c.raised_at >= bindparam("start", type_=NOTICES.c.raised_at.type),
                       NOTICES.c.raised_at < bindparam("end", type_=NOTICES.c.raised_at.type)))


def _figures(conn: Connection, weeks: list[IsoWeek], *, today: date, window: int,
             offset: int) -> list[WeekFigures]:
    first, last = weeks[0], weeks[-1]
    rows = {r.iso_week: r for r in conn.execute(
        WEEK_FIGURES, {"first": first.key, "last": last.key, "today": today})}
    repeats = dict(conn.execute(
        select(RECEIPTS.c.iso_week, func.count())
        .where(RECEIPTS.c.iso_week.between(first.key, last.key),
               RECEIPTS.c.days_since_previous <= window)
        .group_by(RECEIPTS.c.iso_week)).all())
    # One indexed count per week: fetching every notice's time to bucket it here would cost
    # more than the whole summary query once notices run into the tens of thousands.
    notices: dict[int, int] = {}
    for week in weeks:
        start, end = week.bounds(offset)
        notices[week.key] = int(conn.scalar(NOTICE_COUNT, {"start": start, "end": end}) or 0)
    out = []
    for week in weeks:
        r = rows.get(week.key)
        extra = {"repeat_returns": int(repeats.get(week.key, 0)),
                 "complaint_notices": notices.get(week.key, 0)}
        if r is None:
            out.append(WeekFigures(week=week, **extra))
            continue
        out.append(WeekFigures(
            week=week, units=r.units, repaired_units=int(r.repaired or 0),
            nff_released=int(r.released or 0), repair_records=int(r.records or 0),
            by_cause=all_causes({k: int(getattr(r, f"c_{k}") or 0) for k in CAUSE_KEYS}),
            repair_minutes=int(r.minutes or 0),
            max_repair_minutes=None if r.max_minutes is None else int(r.max_minutes),
            rework_loops=int(r.loops or 0), repeat_repair_units=int(r.repeat_units or 0),
            on_time_units=int(r.on_time or 0), late_units=int(r.late or 0),
            pending_units=int(r.pending or 0), rework_units=int(r.rework_units or 0),
            rework_records=int(r.rework_records or 0), **extra))
    return out

def _repeat_window(conn: Connection) -> int:
    stored = conn.scalar(select(m.ShopSettingRow.value)
                         .where(m.ShopSettingRow.key == "repeat_window_days"))
    return POLICY["repeat_window_days"].read(stored)

def _weekly_report(conn: Connection, week: IsoWeek, today: date) -> WeeklyReport:
    settings = read_settings(conn)
    window = _repeat_window(conn)
    offset = settings.utc_offset_minutes
    (figures,) = _figures(conn, [week], today=today, window=window, offset=offset)
    by_model = dict(ranked(dict(conn.execute(BY_MODEL, {"week": week.key}).tuples().all())))
    processes: dict[str, int] = defaultdict(int)
    departments: dict[str, int] = defaultdict(int)
    root_counts: dict[tuple[str, str], int] = defaultdict(int)
    for cause, root, process, department, n in conn.execute(BY_ROOT,
                                                            {"week": week.key}).tuples():
        processes[process] += n
        departments[department] += n
        root_counts[(cause, root)] += n
    by_process = dict(ranked(processes))
    by_department = dict(ranked(departments))
    # Ranked here, not in SQL: PostgreSQL's collation would order ties differently.
    roots = ranked(root_counts)
    root_bars = pareto(((f"{c}\x1f{t}", n) for (c, t), n in roots),
                       figures.repaired_units)[:ROOT_CAUSES_LISTED]
    root_causes = [RootCause(cause=b.key.split("\x1f", 1)[0],
                             root_cause=b.key.split("\x1f", 1)[1], units=b.count,
                             share=b.share, cumulative=b.cumulative) for b in root_bars]
    cause_bars = pareto(ranked(figures.by_cause, tie=CAUSE_KEYS.index), figures.units)
    loops = conn.execute(BY_REWORK, {"week": week.key}).tuples().all()
    rework = sorted((ReworkLine(cause, root, process, department, n)
                     for cause, root, process, department, n in loops),
                    key=lambda r: (-r.units, r.cause, r.root_cause, r.responsible_process,
                                   r.responsible_department))
    repeats = _repeat_list(conn, week, window)
    notices = _notice_list(conn, week, offset)
    actions = [ActionLine(r.ca_no, r.responsible_process, r.person_found, r.due_date,
                          r.status) for r in conn.execute(
        select(ACTIONS.c.ca_no, ACTIONS.c.responsible_process, ACTIONS.c.person_found,
               ACTIONS.c.due_date, ACTIONS.c.status)
        .where(ACTIONS.c.source_week == str(week)).order_by(ACTIONS.c.ca_no))]
    follow_ups = _follow_ups(conn, week, offset)
    return WeeklyReport(
        figures=figures, by_model=by_model, pareto=cause_bars, root_causes=root_causes,
        by_process=by_process, by_department=by_department, repeat_window_days=window,
        repeat_return_list=repeats, complaint_notice_list=notices, corrective_actions=actions,
        follow_ups=follow_ups, rework=rework, form_no=settings.form_no,
        form_revision=settings.form_revision, as_of=today,
        cause_codes=_cause_code_lines(conn, week, offset))


def _cause_code_lines(conn: Connection, week: IsoWeek, offset: int) -> list[CauseCodeLine]:
    """The week's repair records by cause code and cause category (issue 17.4), most first."""
    start, end = week.bounds(offset)
    counts = defect_codes.counts_by_code(conn, start, end)
    texts = defect_codes.cause_texts(conn, sorted({c for c, _, _ in counts if c}))
    return sorted((CauseCodeLine(code, texts.get(code, ""), category, n)
                   for code, category, n in counts),
                  key=lambda c: (-c.records, c.code == "", c.code, c.cause_category))


def _repeat_list(conn: Connection, week: IsoWeek, window: int) -> list[RepeatReturnLine]:
    rows = conn.execute(
        select(RECEIPTS.c.serial, RMAS.c.rma_no, RECEIPTS.c.previous_rma_no,
               RECEIPTS.c.days_since_previous)
        .join(RMAS, RMAS.c.id == RECEIPTS.c.rma_id)
        .where(RECEIPTS.c.iso_week == week.key, RECEIPTS.c.days_since_previous <= window)
    ).all()
    lines = sorted((RepeatReturnLine(r.serial, r.rma_no, r.previous_rma_no or "",
                                     r.days_since_previous) for r in rows),
                   key=lambda r: (r.days_since_previous, r.serial, r.rma_no))
    return lines[:REPEATS_LISTED]


def _notice_list(conn: Connection, week: IsoWeek, offset: int) -> list[NoticeLine]:
    start, end = week.bounds(offset)
    rows = conn.execute(
        select(NOTICES.c.notice_no, RMAS.c.rma_no, RMAS.c.customer, NOTICES.c.status,
               WORK.c.severity, NOTICES.c.non_customer_units, NOTICES.c.shipped_qty)
        .join(RMAS, RMAS.c.id == NOTICES.c.rma_id)
        .outerjoin(WORK, WORK.c.notice_id == NOTICES.c.id)
        .where(NOTICES.c.raised_at >= start, NOTICES.c.raised_at < end)
        .order_by(NOTICES.c.notice_no)).tuples().all()
    return [NoticeLine(notice_no, rma_no, customer, status, severity or "general", units, qty)
            for notice_no, rma_no, customer, status, severity, units, qty in rows]


def _follow_ups(conn: Connection, week: IsoWeek, offset: int) -> dict[str, int]:
    start, end = week.bounds(offset)
    counts: dict[str, int] = defaultdict(int)
    for satisfied in conn.scalars(
            select(CONTACTS.c.satisfied)
            .where(CONTACTS.c.kind == "follow_up", CONTACTS.c.contacted_at >= start,
                   CONTACTS.c.contacted_at < end)):
        counts["done"] += 1
        if satisfied is True:
            counts["satisfied"] += 1
        elif satisfied is False:
            counts["not_satisfied"] += 1
    return {k: counts.get(k, 0) for k in ("done", "satisfied", "not_satisfied")}

def _condition(dimension: str, key: str) -> list[Any]:
    f = FACTS.c
    failed = f.first_failure.is_(True)
    if dimension == "cause":
        return [failed, f.cause_category == key]
    if dimension == "model":
        return [failed, f.model == key]
    if dimension == "process":
        return [failed, f.records > 0, f.responsible_process == key]
    if dimension == "department":
        return [failed, f.records > 0, f.responsible_department == key]
    raise ValueError(f"not a chart dimension: {dimension}")  # the service checked it

def _bar_units(conn: Connection, week: IsoWeek, condition: list[Any], *,
               limit: int | None) -> list[BarUnit]:
    f = FACTS.c
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
