"""Yield-figure reads (issue 17.5) as Core statements, each entering through an index:
re-inspections by time (ix_reinspections_at, migration 0024) and by unit, repair records by
completion time, RMAs by receipt time, then the deliveries found and their RMAs' units."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from benchapp.db import models as m
from benchapp.services.yields import YieldQueries

REINSPECTIONS = m.ReinspectionRow.__table__
RECORDS = m.RepairRecordRow.__table__
RMAS, UNITS, DELIVERIES = m.RmaRow.__table__, m.UnitRow.__table__, m.DeliveryRow.__table__

_EARLIER = aliased(m.ReinspectionRow.__table__, name="earlier")


def _decisive(t: Any) -> Any:
    # A first attempt ends at its first FAIL (test or OQC) or, when nothing failed, at the
    # OQC PASS: a test PASS alone is half an attempt.
    return or_(t.c.verdict == "FAIL", t.c.stage == "oqc")


# The unit's first decisive re-inspection, looked up per row through the unit's index. A
# scalar subquery, not NOT EXISTS: PostgreSQL turns NOT EXISTS into a hash anti-join over
# every re-inspection ever recorded, which grows with the history.
_FIRST_OF_UNIT = (select(_EARLIER.c.id)
                  .where(_EARLIER.c.unit_id == REINSPECTIONS.c.unit_id, _decisive(_EARLIER))
                  .order_by(_EARLIER.c.at, _EARLIER.c.id).limit(1)
                  .correlate(REINSPECTIONS).scalar_subquery())
_FIRST = (REINSPECTIONS.c.at >= bindparam("start"), REINSPECTIONS.c.at < bindparam("end"),
          _decisive(REINSPECTIONS), REINSPECTIONS.c.id == _FIRST_OF_UNIT)
# Counted by the database, one period at a time: no row per unit comes back.
FIRST_ATTEMPTS = select(func.count(), func.coalesce(func.sum(
    case((REINSPECTIONS.c.verdict == "PASS", 1), else_=0)), 0)).where(*_FIRST)
REPAIRS = (select(func.count(), func.coalesce(func.sum(RECORDS.c.repair_minutes), 0))
           .where(RECORDS.c.completed_at >= bindparam("start"),
                  RECORDS.c.completed_at < bindparam("end")))
DELIVERIES_RETURNED = (
    select(RMAS.c.delivery_id).distinct()
    .where(RMAS.c.received_at >= bindparam("start"), RMAS.c.received_at < bindparam("end"),
           RMAS.c.delivery_id.is_not(None))
    .order_by(RMAS.c.delivery_id).limit(bindparam("limit")))
# From the RMAs of the deliveries found (their delivery_id index) to their units (the
# (rma_id, serial) key); the deliveries themselves are read by their ids.
RETURNED_UNITS = (
    select(RMAS.c.delivery_id, RMAS.c.model,
           func.count(UNITS.c.serial.distinct()).label("returned_units"))
    .join(UNITS, UNITS.c.rma_id == RMAS.c.id)
    .where(RMAS.c.delivery_id.in_(bindparam("ids", expanding=True)))
    .group_by(RMAS.c.delivery_id, RMAS.c.model))
DELIVERIES_BY_ID = (select(DELIVERIES.c.id, DELIVERIES.c.delivery_no, DELIVERIES.c.customer,
                           DELIVERIES.c.ship_date, DELIVERIES.c.delivered_qty)
                    .where(DELIVERIES.c.id.in_(bindparam("ids", expanding=True))))


class SqlYieldQueries(YieldQueries):
    def __init__(self, session: Session) -> None:
        self.session = session

    def first_attempts(self, start: datetime, end: datetime) -> tuple[int, int]:
        units, passed = self.session.connection().execute(
            FIRST_ATTEMPTS, {"start": start, "end": end}).one()
        return int(units), int(passed)

    def repair_minutes(self, start: datetime, end: datetime) -> tuple[int, int]:
        records, minutes = self.session.connection().execute(
            REPAIRS, {"start": start, "end": end}).one()
        return int(records), int(minutes)

    def deliveries_returned(self, start: datetime, end: datetime, *, limit: int) -> list[int]:
        return list(self.session.connection().execute(
            DELIVERIES_RETURNED, {"start": start, "end": end, "limit": limit}).scalars())

    def delivery_returns(self, delivery_ids: list[int]) -> list[dict[str, Any]]:
        conn = self.session.connection()
        deliveries = {r.id: r for r in conn.execute(DELIVERIES_BY_ID, {"ids": delivery_ids})}
        out = []
        for r in conn.execute(RETURNED_UNITS, {"ids": delivery_ids}):
            d = deliveries[r.delivery_id]
            out.append({"delivery_id": d.id, "delivery_no": d.delivery_no,
                        "customer": d.customer, "ship_date": d.ship_date,
                        "delivered_qty": d.delivered_qty, "model": r.model,
                        "returned_units": int(r.returned_units)})
        out.sort(key=lambda row: (row["delivery_id"], row["model"]))
        return out
