"""售后维修统计分析表: the weekly repair statistics and their trend, as plain data.

Every figure is defined in docs/reports.md. The figures come from the summary tables
(``benchapp.reports.facts``), which are brought up to date first, so a week's report and the
52-week trend read the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Connection, Engine

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import server_now
from benchapp.domain.calendar import IsoWeek, local_date, week_of, weeks_ending
from benchapp.domain.stats import (
    CAUSE_KEYS,
    ParetoBar,
    all_causes,
    average,
    pareto,
    ranked,
    rate,
)
from benchapp.domain.supervision import SupervisionSettings
from benchapp.reports import facts
from benchapp.reports.store import read_settings
from benchapp.settings import POLICY

FACTS, RECEIPTS = ms.UnitWeekFactRow.__table__, ms.UnitReceiptFactRow.__table__
NOTICES, RMAS, UNITS = (m.ComplaintNoticeRow.__table__, m.RmaRow.__table__,
                        m.UnitRow.__table__)
ACTIONS, CONTACTS = ms.CorrectiveActionRow.__table__, ms.CustomerContactRow.__table__
WORK = ms.ComplaintWorkRow.__table__

ROOT_CAUSES_LISTED = 10
REPEATS_LISTED = 50


@dataclass(frozen=True)
class WeekFigures:
    """The scalar figures of one week: a row of the trend, the head of the weekly report."""

    week: IsoWeek
    units: int = 0
    repaired_units: int = 0
    nff_released: int = 0
    repair_records: int = 0
    by_cause: dict[str, int] = field(default_factory=lambda: all_causes({}))
    repair_minutes: int = 0
    max_repair_minutes: int | None = None
    rework_loops: int = 0
    repeat_repair_units: int = 0
    on_time_units: int = 0
    late_units: int = 0
    pending_units: int = 0
    repeat_returns: int = 0
    complaint_notices: int = 0

    @property
    def avg_repair_minutes(self) -> float | None:
        return average(self.repair_minutes, self.repaired_units)

    @property
    def nff_units(self) -> int:
        return self.by_cause["nff"]

    @property
    def nff_rate(self) -> float | None:
        return rate(self.nff_units, self.units)

    @property
    def repeat_repair_rate(self) -> float | None:
        return rate(self.repeat_repair_units, self.repaired_units)

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time_units, self.on_time_units + self.late_units)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": str(self.week),
            "from": self.week.monday.isoformat(),
            "to": self.week.sunday.isoformat(),
            "units": self.units,
            "repaired_units": self.repaired_units,
            "nff_released": self.nff_released,
            "repair_records": self.repair_records,
            "by_cause": dict(self.by_cause),
            "repair_minutes": self.repair_minutes,
            "avg_repair_minutes": self.avg_repair_minutes,
            "max_repair_minutes": self.max_repair_minutes,
            "rework_loops": self.rework_loops,
            "repeat_repair_units": self.repeat_repair_units,
            "repeat_repair_rate": self.repeat_repair_rate,
            "nff_units": self.nff_units,
            "nff_rate": self.nff_rate,
            "on_time_units": self.on_time_units,
            "late_units": self.late_units,
            "pending_units": self.pending_units,
            "on_time_rate": self.on_time_rate,
            "repeat_returns": self.repeat_returns,
            "complaint_notices": self.complaint_notices,
        }


@dataclass(frozen=True)
class RootCause:
    cause: str
    root_cause: str
    units: int
    share: float
    cumulative: float


@dataclass(frozen=True)
class RepeatReturnLine:
    serial: str
    rma_no: str
    previous_rma_no: str
    days_since_previous: int


@dataclass(frozen=True)
class NoticeLine:
    notice_no: str
    rma_no: str
    customer: str
    status: str
    severity: str
    non_customer_units: int
    shipped_qty: int


@dataclass(frozen=True)
class ActionLine:
    ca_no: str
    responsible_process: str
    person_found: str
    due_date: date
    status: str


@dataclass(frozen=True)
class WeeklyReport:
    figures: WeekFigures
    by_model: dict[str, int]
    pareto: list[ParetoBar]
    root_causes: list[RootCause]
    by_process: dict[str, int]
    by_department: dict[str, int]
    repeat_window_days: int
    repeat_return_list: list[RepeatReturnLine]
    complaint_notice_list: list[NoticeLine]
    corrective_actions: list[ActionLine]
    follow_ups: dict[str, int]
    form_no: str
    form_revision: str
    as_of: date  # the day "late though not shipped" was judged on

    @property
    def week(self) -> IsoWeek:
        return self.figures.week

    def to_json(self) -> dict[str, Any]:
        out = self.figures.to_json()
        out.update({
            "by_model": dict(self.by_model),
            "pareto": [{"cause": b.key, "units": b.count, "share": b.share,
                        "cumulative": b.cumulative} for b in self.pareto],
            "root_causes": [{"cause": r.cause, "root_cause": r.root_cause, "units": r.units,
                             "share": r.share, "cumulative": r.cumulative}
                            for r in self.root_causes],
            "responsibility": {"by_process": dict(self.by_process),
                               "by_department": dict(self.by_department)},
            "repeat_return_window_days": self.repeat_window_days,
            "repeat_return_list": [{"serial": r.serial, "rma_no": r.rma_no,
                                    "previous_rma_no": r.previous_rma_no,
                                    "days_since_previous": r.days_since_previous}
                                   for r in self.repeat_return_list],
            "complaint_notice_list": [{"notice_no": n.notice_no, "rma_no": n.rma_no,
                                       "customer": n.customer, "status": n.status,
                                       "severity": n.severity,
                                       "non_customer_units": n.non_customer_units,
                                       "shipped_qty": n.shipped_qty}
                                      for n in self.complaint_notice_list],
            "corrective_actions": [{"ca_no": a.ca_no, "responsible_process":
                                    a.responsible_process, "person_found": a.person_found,
                                    "due_date": a.due_date.isoformat(), "status": a.status}
                                   for a in self.corrective_actions],
            "customer_follow_ups": dict(self.follow_ups),
            "as_of": self.as_of.isoformat(),
            "form": {"no": self.form_no, "revision": self.form_revision},
        })
        return out


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


@dataclass(frozen=True)
class _Context:
    settings: SupervisionSettings
    window: int
    today: date


def _context(conn: Connection, today: date | None) -> _Context:
    settings = read_settings(conn)
    window = _repeat_window(conn)
    return _Context(settings=settings, window=window,
                    today=today or local_date(server_now(conn), settings.utc_offset_minutes))


def _repeat_window(conn: Connection) -> int:
    stored = conn.scalar(select(m.ShopSettingRow.value)
                         .where(m.ShopSettingRow.key == "repeat_window_days"))
    return POLICY["repeat_window_days"].read(stored)


def weekly_trend(engine: Engine, *, end: IsoWeek, weeks: int = 52,
                 today: date | None = None, refresh: bool = True) -> list[WeekFigures]:
    """The figures of ``weeks`` consecutive weeks ending with ``end``, oldest first."""
    span = weeks_ending(end, weeks)
    if refresh:
        facts.refresh(engine)
    with engine.begin() as conn:
        ctx = _context(conn, today)
        return _figures(conn, span, today=ctx.today, window=ctx.window,
                        offset=ctx.settings.utc_offset_minutes)


def weekly_report(engine: Engine, week: IsoWeek, *, today: date | None = None,
                  refresh: bool = True) -> WeeklyReport:
    if refresh:
        facts.refresh(engine)
    with engine.begin() as conn:
        ctx = _context(conn, today)
        offset = ctx.settings.utc_offset_minutes
        (figures,) = _figures(conn, [week], today=ctx.today, window=ctx.window, offset=offset)
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
        repeats = _repeat_list(conn, week, ctx.window)
        notices = _notice_list(conn, week, offset)
        actions = [ActionLine(r.ca_no, r.responsible_process, r.person_found, r.due_date,
                              r.status) for r in conn.execute(
            select(ACTIONS.c.ca_no, ACTIONS.c.responsible_process, ACTIONS.c.person_found,
                   ACTIONS.c.due_date, ACTIONS.c.status)
            .where(ACTIONS.c.source_week == str(week)).order_by(ACTIONS.c.ca_no))]
        follow_ups = _follow_ups(conn, week, offset)
    return WeeklyReport(
        figures=figures, by_model=by_model, pareto=cause_bars, root_causes=root_causes,
        by_process=by_process, by_department=by_department, repeat_window_days=ctx.window,
        repeat_return_list=repeats, complaint_notice_list=notices, corrective_actions=actions,
        follow_ups=follow_ups, form_no=ctx.settings.form_no,
        form_revision=ctx.settings.form_revision, as_of=ctx.today)


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


def current_week(engine: Engine) -> IsoWeek:
    """This week on the shop's clock, by the database server's time."""
    with engine.begin() as conn:
        offset = read_settings(conn).utc_offset_minutes
        now: datetime = server_now(conn)
    return week_of(now, offset)
