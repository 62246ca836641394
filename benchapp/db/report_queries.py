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

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc, server_now
from benchapp.db.supervision_store import chunked, one_of, read_settings
from benchapp.domain.calendar import IsoWeek, local_date, shop_zone, week_of
from benchapp.domain.rma import EscalationKind
from benchapp.domain.rules import Policy
from benchapp.domain.stats import CAUSE_KEYS, all_causes, pareto, ranked
from benchapp.reports.drilldown import BarUnit
from benchapp.reports.weekly import (
    REPEATS_LISTED,
    ROOT_CAUSES_LISTED,
    ActionLine,
    NoticeLine,
    RepeatReturnLine,
    RootCause,
    WeekFigures,
    WeeklyReport,
)
from benchapp.services.reports import ReportQueries

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


def _week_figures_query(first: int, last: int, today: date):  # noqa: ANN202
    f = FACTS.c
    repaired = f.records > 0
    delivers = and_(f.no_delivery.is_(False), f.due_date.is_not(None))

    def count_if(*conditions: Any) -> Any:
        return func.sum(case((and_(*conditions), 1), else_=0))

    return (select(
        f.iso_week, func.count().label("units"),
        count_if(repaired).label("repaired"),
        count_if(f.nff_release.is_(True), f.records == 0).label("released"),
        func.sum(f.records).label("records"), func.sum(f.minutes).label("minutes"),
        func.max(case((repaired, f.minutes))).label("max_minutes"),
        func.sum(f.loops).label("loops"),
        count_if(repaired, f.loops > 0).label("repeat_units"),
        count_if(delivers, f.shipped_on.is_not(None),
                 f.shipped_on <= f.due_date).label("on_time"),
        count_if(delivers, (f.shipped_on.is_not(None) & (f.shipped_on > f.due_date))
                 | (f.shipped_on.is_(None) & (f.due_date < today))).label("late"),
        count_if(delivers, f.shipped_on.is_(None), f.due_date >= today).label("pending"),
        *[count_if(f.cause_category == key).label(f"c_{key}") for key in CAUSE_KEYS])
        .where(f.iso_week.between(first, last)).group_by(f.iso_week))


def _figures(conn: Connection, weeks: list[IsoWeek], *, today: date, window: int,
             offset: int) -> list[WeekFigures]:
    first, last = weeks[0], weeks[-1]
    rows = {r.iso_week: r for r in conn.execute(_week_figures_query(first.key, last.key,
                                                                    today))}
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
        notices[week.key] = int(conn.scalar(
            select(func.count()).select_from(NOTICES)
            .where(NOTICES.c.raised_at >= start, NOTICES.c.raised_at < end)) or 0)
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
            pending_units=int(r.pending or 0), **extra))
    return out

def _repeat_window(conn: Connection) -> int:
    stored = conn.scalar(select(m.ShopSettingRow.value)
                         .where(m.ShopSettingRow.key == "repeat_window_days"))
    return int(stored) if stored is not None else Policy().repeat_window_days

def _weekly_report(conn: Connection, week: IsoWeek, today: date) -> WeeklyReport:
    settings = read_settings(conn)
    window = _repeat_window(conn)
    offset = settings.utc_offset_minutes
    (figures,) = _figures(conn, [week], today=today, window=window, offset=offset)
    f = FACTS.c
    here = f.iso_week == week.key
    by_model = dict(ranked(dict(conn.execute(
        select(f.model, func.count()).where(here).group_by(f.model)).all())))
    by_process = dict(ranked(dict(conn.execute(
        select(f.responsible_process, func.count()).where(here, f.records > 0)
        .group_by(f.responsible_process)).all())))
    by_department = dict(ranked(dict(conn.execute(
        select(f.responsible_department, func.count()).where(here, f.records > 0)
        .group_by(f.responsible_department)).all())))
    # Ranked here, not in SQL: PostgreSQL's collation would order ties differently.
    roots = ranked({(r.cause_category, r.root_cause): r.n for r in conn.execute(
        select(f.cause_category, f.root_cause, func.count().label("n"))
        .where(here, f.records > 0).group_by(f.cause_category, f.root_cause))})
    root_bars = pareto(((f"{c}\x1f{t}", n) for (c, t), n in roots),
                       figures.repaired_units)[:ROOT_CAUSES_LISTED]
    root_causes = [RootCause(cause=b.key.split("\x1f", 1)[0],
                             root_cause=b.key.split("\x1f", 1)[1], units=b.count,
                             share=b.share, cumulative=b.cumulative) for b in root_bars]
    cause_bars = pareto(ranked(figures.by_cause, tie=CAUSE_KEYS.index), figures.units)
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
        follow_ups=follow_ups, form_no=settings.form_no,
        form_revision=settings.form_revision, as_of=today)


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
        .order_by(NOTICES.c.notice_no)).all()
    return [NoticeLine(r.notice_no, r.rma_no, r.customer, r.status, r.severity or "general",
                       r.non_customer_units, r.shipped_qty) for r in rows]


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
    if dimension == "cause":
        return [f.cause_category == key]
    if dimension == "model":
        return [f.model == key]
    if dimension == "process":
        return [f.records > 0, f.responsible_process == key]
    if dimension == "department":
        return [f.records > 0, f.responsible_department == key]
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
