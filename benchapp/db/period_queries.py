"""The monthly report and the quarterly complaint summary, read in ranges of their period.

Every read is bounded by the period: the summary table's clustered ISO-week range, and the
indexed ``customer_contacts.contacted_at`` and ``complaint_notices.raised_at`` ranges. Nothing
reads the history before or after it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, and_, bindparam, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc
from benchapp.domain.stats import CAUSE_KEYS, all_causes, pareto, ranked
from benchapp.reports.period import FEEDBACK_LISTED, FaultLine, Feedback, FeedbackLine, ModelLine
from benchapp.services.period_reports import NoticeRow, PeriodQueries

FACTS = ms.UnitWeekFactRow.__table__
CONTACTS, USERS = ms.CustomerContactRow.__table__, m.UserRow.__table__
NOTICES, RMAS, WORK = (m.ComplaintNoticeRow.__table__, m.RmaRow.__table__,
                       ms.ComplaintWorkRow.__table__)
FAULTS_LISTED = 20


def _count_if(*conditions):
    return func.count().filter(and_(*conditions))


def _by_model():
    f = FACTS.c
    failed = f.first_failure.is_(True)
    repaired = f.records > 0
    return (select(f.model, _count_if(failed).label("units"),
                   _count_if(repaired).label("repaired"), func.sum(f.minutes).label("minutes"),
                   func.max(f.minutes).filter(repaired).label("max_minutes"),
                   *[_count_if(failed, f.cause_category == k).label(f"c_{k}")
                     for k in CAUSE_KEYS])
            .where(f.iso_week.between(bindparam("first", type_=Integer),
                                      bindparam("last", type_=Integer)))
            .group_by(f.model))


def _faults():
    f = FACTS.c
    return (select(f.cause_category, f.root_cause, func.count().label("n"))
            .where(f.iso_week.between(bindparam("first", type_=Integer),
                                      bindparam("last", type_=Integer)),
                   f.first_failure.is_(True), f.records > 0)
            .group_by(f.cause_category, f.root_cause))


BY_MODEL, FAULTS = _by_model(), _faults()
_IN_PERIOD = and_(CONTACTS.c.kind == "follow_up",
                  CONTACTS.c.contacted_at >= bindparam("start", type_=CONTACTS.c.contacted_at.type),
                  CONTACTS.c.contacted_at < bindparam("end", type_=CONTACTS.c.contacted_at.type))
FEEDBACK_COUNTS = select(
    func.count(), _count_if(CONTACTS.c.received.is_(True)),
    _count_if(CONTACTS.c.received.is_(False)), _count_if(CONTACTS.c.satisfied.is_(True)),
    _count_if(CONTACTS.c.satisfied.is_(False))).where(_IN_PERIOD)
FEEDBACK_LINES = (
    select(RMAS.c.rma_no, RMAS.c.customer, CONTACTS.c.contacted_at, USERS.c.username,
           CONTACTS.c.received, CONTACTS.c.satisfied, CONTACTS.c.note)
    .join(RMAS, RMAS.c.id == CONTACTS.c.rma_id)
    .outerjoin(USERS, USERS.c.id == CONTACTS.c.contacted_by)
    .where(_IN_PERIOD).order_by(CONTACTS.c.contacted_at, CONTACTS.c.id).limit(FEEDBACK_LISTED))
NOTICE_ROWS = (
    select(NOTICES.c.notice_no, RMAS.c.rma_no, RMAS.c.customer, RMAS.c.model, NOTICES.c.status,
           WORK.c.severity, NOTICES.c.non_customer_units, NOTICES.c.shipped_qty,
           NOTICES.c.raised_at, WORK.c.closed_at)
    .join(RMAS, RMAS.c.id == NOTICES.c.rma_id)
    .outerjoin(WORK, WORK.c.notice_id == NOTICES.c.id)
    .where(NOTICES.c.raised_at >= bindparam("start", type_=NOTICES.c.raised_at.type),
           NOTICES.c.raised_at < bindparam("end", type_=NOTICES.c.raised_at.type))
    .order_by(NOTICES.c.notice_no))


class SqlPeriodQueries(PeriodQueries):
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    def model_lines(self, first_week: int, last_week: int) -> list[ModelLine]:
        lines = [ModelLine(
            model=r.model, units=int(r.units or 0), repaired_units=int(r.repaired or 0),
            repair_minutes=int(r.minutes or 0),
            max_repair_minutes=None if r.max_minutes is None else int(r.max_minutes),
            by_cause=all_causes({k: int(getattr(r, f"c_{k}") or 0) for k in CAUSE_KEYS}))
            for r in self.conn.execute(BY_MODEL, {"first": first_week, "last": last_week})]
        return sorted(lines, key=lambda x: (-x.units, -x.repaired_units, x.model))

    def fault_lines(self, first_week: int, last_week: int) -> list[FaultLine]:
        counts = {(c, t): int(n) for c, t, n in self.conn.execute(
            FAULTS, {"first": first_week, "last": last_week}).tuples()}
        whole = sum(counts.values())
        bars = pareto(((f"{c}\x1f{t}", n) for (c, t), n in ranked(counts)), whole)
        return [FaultLine(*b.key.split("\x1f", 1), units=b.count, share=b.share)
                for b in bars[:FAULTS_LISTED]]

    def feedback(self, start: datetime, end: datetime) -> Feedback:
        window = {"start": start, "end": end}
        done, received, not_received, satisfied, not_satisfied = self.conn.execute(
            FEEDBACK_COUNTS, window).one()
        lines = [FeedbackLine(r.rma_no, r.customer, as_utc(r.contacted_at),  # type: ignore[arg-type]
                              r.username or "", r.received, r.satisfied, r.note)
                 for r in self.conn.execute(FEEDBACK_LINES, window)]
        return Feedback(done=int(done), received=int(received or 0),
                        not_received=int(not_received or 0), satisfied=int(satisfied or 0),
                        not_satisfied=int(not_satisfied or 0), lines=lines)

    def notices(self, start: datetime, end: datetime) -> list[NoticeRow]:
        return [NoticeRow(r.notice_no, r.rma_no, r.customer, r.model, r.status,
                          r.severity or "general", int(r.non_customer_units), int(r.shipped_qty),
                          as_utc(r.raised_at), as_utc(r.closed_at) if r.closed_at else None)
                for r in self.conn.execute(NOTICE_ROWS, {"start": start, "end": end})]
