"""The summary tables behind the weekly statistics, brought up to date before each report.

``report_unit_weeks`` holds one row per unit and ISO week in which the unit was repaired (or
released as no-fault-found); ``report_unit_receipts`` one row per received unit with the days
since its serial last came back. Both are derived from the records and can be rebuilt at any
time. Every change inside an RMA (repair, shipment, decision) updates its ``rmas`` row, and
database triggers (migration 0004) then mark that RMA in ``report_stale_rmas``: a refresh
rebuilds the marked RMAs only, so its cost follows what changed since the last report, not the
size of the history. ``report_rma_state`` keeps the RMA version each RMA's rows were built from.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, distinct, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc
from benchapp.db.supervision_store import bulk_insert, chunked, lock_reports, one_of, read_settings
from benchapp.domain.calendar import local_date, week_of
from benchapp.domain.rma import Disposition, EscalationKind, UnitState
from benchapp.domain.rules import CauseCategory
from benchapp.services.reports import RefreshStep, ReportSummary

# Bump when a definition in docs/reports.md changes: every summary row is rebuilt.
DEFINITION = "2"  # 2: classified by the first failure, later records as rework

RMAS, UNITS, RECORDS = m.RmaRow.__table__, m.UnitRow.__table__, m.RepairRecordRow.__table__
NOTES, ESCALATIONS = m.ShippingNoteRow.__table__, m.EscalationRow.__table__
FACTS, RECEIPTS = ms.UnitWeekFactRow.__table__, ms.UnitReceiptFactRow.__table__
STATE, META = ms.ReportRmaStateRow.__table__, ms.ReportStateRow.__table__
MARKS = ms.ReportStaleRmaRow.__table__


class SqlReportSummary(ReportSummary):
    """The summary tables, refreshed one bounded batch of marked RMAs per transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def refresh_step(self, *, limit: int) -> RefreshStep:
        conn = self.session.connection()
        lock_reports(conn)
        offset = read_settings(conn).utc_offset_minutes
        wanted = {"definition": DEFINITION, "utc_offset_minutes": str(offset)}
        built = dict(conn.execute(select(META.c.key, META.c.value)).all())
        rebuilt_all = built != wanted
        if rebuilt_all:
            # A new definition or another shop clock changes rows of every week.
            for table in (FACTS, RECEIPTS, STATE, META, MARKS):
                conn.execute(delete(table))
            conn.execute(insert(META), [{"key": k, "value": v} for k, v in wanted.items()])
            conn.execute(insert(MARKS).from_select(["rma_id"], select(RMAS.c.id)))
        batch = list(conn.scalars(select(distinct(MARKS.c.rma_id)).order_by(MARKS.c.rma_id)
                                  .limit(limit + 1)))
        more = len(batch) > limit
        batch = batch[:limit]
        stale = len(batch)
        if more:
            stale = int(conn.scalar(select(func.count(distinct(MARKS.c.rma_id)))) or 0)
        if not batch:
            return RefreshStep(rebuilt_all=rebuilt_all, rmas=0, stale=0, more=False)
        # Only the marks read here go: a mark written while this batch is rebuilt stays for
        # the next refresh (an RMA's marks are numbered in the order its changes commit).
        marks = [i for part in chunked(batch) for i in conn.scalars(
            select(MARKS.c.id).where(one_of(MARKS.c.rma_id, part, conn)))]
        rebuild(conn, batch, offset)
        for part in chunked(marks):
            conn.execute(delete(MARKS).where(one_of(MARKS.c.id, part, conn)))
        return RefreshStep(rebuilt_all=rebuilt_all, rmas=len(batch), stale=stale, more=more)


def rebuild(conn: Connection, rma_ids: list[int], offset: int) -> None:
    """Replace the summary rows of these RMAs with rows computed from their records now."""
    rmas = {r.id: r for r in conn.execute(
        select(RMAS.c.id, RMAS.c.rma_no, RMAS.c.model, RMAS.c.due_date, RMAS.c.received_at,
               RMAS.c.version).where(one_of(RMAS.c.id, rma_ids, conn)))}
    units = conn.execute(
        select(UNITS.c.id, UNITS.c.rma_id, UNITS.c.serial, UNITS.c.state,
               UNITS.c.disposition, UNITS.c.replacement_serial)
        .where(one_of(UNITS.c.rma_id, rma_ids, conn))).all()
    records: dict[int, list[Any]] = defaultdict(list)
    for r in conn.execute(
            select(RECORDS.c.id, RECORDS.c.unit_id, RECORDS.c.completed_at,
                   RECORDS.c.cause_category, RECORDS.c.root_cause,
                   RECORDS.c.responsible_process, RECORDS.c.responsible_department,
                   RECORDS.c.repair_minutes, RECORDS.c.loop_no)
            .join(UNITS, UNITS.c.id == RECORDS.c.unit_id)
            .where(one_of(UNITS.c.rma_id, rma_ids, conn))):
        records[r.unit_id].append(r)
    releases: dict[int, list[datetime]] = defaultdict(list)
    for e in conn.execute(
            select(ESCALATIONS.c.unit_id, ESCALATIONS.c.decided_at)
            .where(one_of(ESCALATIONS.c.rma_id, rma_ids, conn),
                   ESCALATIONS.c.kind == EscalationKind.NFF.value,
                   ESCALATIONS.c.decision == "return_to_customer",
                   ESCALATIONS.c.unit_id.is_not(None), ESCALATIONS.c.decided_at.is_not(None))):
        releases[e.unit_id].append(as_utc(e.decided_at))  # type: ignore[arg-type]
    shipped: dict[tuple[int, str], datetime] = {}
    for n in conn.execute(
            select(NOTES.c.rma_id, NOTES.c.shipped_at, NOTES.c.serials, NOTES.c.replacements)
            .where(one_of(NOTES.c.rma_id, rma_ids, conn)).order_by(NOTES.c.shipped_at, NOTES.c.id)):
        at = as_utc(n.shipped_at)
        for serial in [*(n.serials or []), *(n.replacements or [])]:
            shipped.setdefault((n.rma_id, serial), at)  # type: ignore[arg-type]

    facts = []
    for u in units:
        rma = rmas[u.rma_id]
        delivered = shipped.get((u.rma_id, u.serial))
        if u.disposition == Disposition.REPLACED.value and u.replacement_serial:
            delivered = shipped.get((u.rma_id, u.replacement_serial))
        no_delivery = (u.state == UnitState.SCRAPPED.value
                       and u.disposition != Disposition.REPLACED.value)
        common = {"unit_id": u.id, "rma_id": u.rma_id, "model": rma.model,
                  "due_date": rma.due_date, "no_delivery": no_delivery,
                  "shipped_on": local_date(delivered, offset) if delivered else None}
        unit_records = sorted(records.get(u.id, ()), key=lambda r: (as_utc(r.completed_at),
                                                                     r.id))
        # The unit's first repair record is its failure; every later one (a failed
        # re-inspection or OQC sent it round a loop) is rework (docs/reports.md, "units").
        first = unit_records[0] if unit_records else None
        weeks: dict[int, list[Any]] = defaultdict(list)
        for rec in unit_records:
            weeks[week_of(as_utc(rec.completed_at), offset).key].append(rec)  # type: ignore[arg-type]
        rows: dict[int, dict[str, Any]] = {}
        for key, recs in weeks.items():
            failure = first in recs
            rework = [r for r in recs if r is not first]
            shown = first if failure else recs[-1]
            last_rework = rework[-1] if rework else None
            rows[key] = {**common, "iso_week": key, "cause_category": shown.cause_category,
                         "root_cause": shown.root_cause,
                         "responsible_process": shown.responsible_process,
                         "responsible_department": shown.responsible_department,
                         "records": len(recs), "minutes": sum(r.repair_minutes for r in recs),
                         "loops": recs[-1].loop_no, "nff_release": False,
                         "first_failure": failure, "rework_records": len(rework),
                         **_rework_fields(last_rework)}
        for decided_at in releases.get(u.id, ()):
            key = week_of(decided_at, offset).key
            if key in rows:
                rows[key]["nff_release"] = True
            else:
                rows[key] = {**common, "iso_week": key,
                             "cause_category": CauseCategory.NFF.value, "root_cause": "",
                             "responsible_process": "", "responsible_department": "",
                             "records": 0, "minutes": 0, "loops": 0, "nff_release": True,
                             # Released without a repair: no fault found is its failure.
                             "first_failure": first is None, "rework_records": 0,
                             **_rework_fields(None)}
        facts.extend(rows.values())

    for batch in chunked(rma_ids):
        conn.execute(delete(FACTS).where(one_of(FACTS.c.rma_id, batch, conn)))
        conn.execute(delete(STATE).where(one_of(STATE.c.rma_id, batch, conn)))
    bulk_insert(conn, FACTS, facts)
    bulk_insert(conn, STATE, [{"rma_id": r.id, "version": r.version} for r in rmas.values()])
    _rebuild_receipts(conn, {u.serial for u in units}, offset)


def _rework_fields(record: Any | None) -> dict[str, str]:
    """How the unit's last rework record of the week classifies the loop ("" for none)."""
    if record is None:
        return {"rework_cause": "", "rework_root_cause": "", "rework_process": "",
                "rework_department": ""}
    return {"rework_cause": record.cause_category, "rework_root_cause": record.root_cause,
            "rework_process": record.responsible_process,
            "rework_department": record.responsible_department}


def _rebuild_receipts(conn: Connection, serials: set[str], offset: int) -> None:
    """Every receipt of these serials, with the days since the one before.

    All receipts of a serial are recomputed, not only the new one: a past record imported
    later may slip in between two receipts and change the later one's gap.
    """
    receipts: dict[str, list[Any]] = defaultdict(list)
    # Two plain lookups, not a join: SQLite's planner would rather scan every RMA and probe
    # the units for the whole serial list than walk the serial index.
    for batch in chunked(sorted(serials)):
        for r in conn.execute(select(UNITS.c.id, UNITS.c.rma_id, UNITS.c.serial)
                              .where(one_of(UNITS.c.serial, batch, conn))):
            receipts[r.serial].append(r)
    rmas: dict[int, tuple[str, datetime]] = {}
    for batch in chunked(sorted({r.rma_id for found in receipts.values() for r in found})):
        for r in conn.execute(select(RMAS.c.id, RMAS.c.rma_no, RMAS.c.received_at)
                              .where(one_of(RMAS.c.id, batch, conn))):
            rmas[r.id] = (r.rma_no, as_utc(r.received_at))  # type: ignore[assignment]
    rows = []
    for serial, found in receipts.items():
        found.sort(key=lambda r: (rmas[r.rma_id][1], r.rma_id))
        previous = None
        for r in found:
            received = rmas[r.rma_id][1]
            days = None
            if previous is not None:
                # The same whole-day count as the repeat-return flag at receipt (rules.py).
                days = max((received - rmas[previous.rma_id][1]) // timedelta(days=1), 0)
            rows.append({"unit_id": r.id, "rma_id": r.rma_id, "serial": serial,
                         "iso_week": week_of(received, offset).key,
                         "days_since_previous": days,
                         "previous_rma_no": rmas[previous.rma_id][0] if previous else None})
            previous = r
    for batch in chunked([r["unit_id"] for r in rows]):
        conn.execute(delete(RECEIPTS).where(one_of(RECEIPTS.c.unit_id, batch, conn)))
    bulk_insert(conn, RECEIPTS, rows)

