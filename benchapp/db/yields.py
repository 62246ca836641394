"""Yield-figure reads (issue 17.5) as Core statements, each entering through an index:
re-inspections by time (ix_reinspections_at, migration 0024) and by unit, repair records by
completion time, RMAs by receipt time, then the deliveries found and their RMAs' units."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.services.yields import YieldQueries

REINSPECTIONS = m.ReinspectionRow.__table__
RECORDS = m.RepairRecordRow.__table__
RMAS, UNITS, DELIVERIES = m.RmaRow.__table__, m.UnitRow.__table__, m.DeliveryRow.__table__

_EARLIER = aliased(m.ReinspectionRow.__table__, name="earlier")


def _decisive(t: Any) -> Any:
    # A first attempt ends at its first FAIL (test or OQC) or, when nothing failed, at the
    # OQC PASS: a test PASS alone is half an attempt.
    return or_(t.c.verdict == "FAIL", t.c.stage == "oqc")


FIRST_ATTEMPTS = (
    select(REINSPECTIONS.c.at, REINSPECTIONS.c.verdict)
    .where(REINSPECTIONS.c.at >= bindparam("start"), REINSPECTIONS.c.at < bindparam("end"),
           _decisive(REINSPECTIONS),
           ~exists().where(_EARLIER.c.unit_id == REINSPECTIONS.c.unit_id, _decisive(_EARLIER),
                           or_(_EARLIER.c.at < REINSPECTIONS.c.at,
                               and_(_EARLIER.c.at == REINSPECTIONS.c.at,
                                    _EARLIER.c.id < REINSPECTIONS.c.id)))))
REPAIRS = (select(RECORDS.c.completed_at, RECORDS.c.repair_minutes)
           .where(RECORDS.c.completed_at >= bindparam("start"),
                  RECORDS.c.completed_at < bindparam("end")))
DELIVERIES_RETURNED = (
    select(RMAS.c.delivery_id).distinct()
    .where(RMAS.c.received_at >= bindparam("start"), RMAS.c.received_at < bindparam("end"),
           RMAS.c.delivery_id.is_not(None))
    .order_by(RMAS.c.delivery_id).limit(bindparam("limit")))
DELIVERY_RETURNS = (
    select(DELIVERIES.c.id.label("delivery_id"), DELIVERIES.c.delivery_no,
           DELIVERIES.c.customer, DELIVERIES.c.ship_date, DELIVERIES.c.delivered_qty,
           RMAS.c.model, func.count(UNITS.c.serial.distinct()).label("returned_units"))
    .join(RMAS, RMAS.c.delivery_id == DELIVERIES.c.id)
    .join(UNITS, UNITS.c.rma_id == RMAS.c.id)
    .where(DELIVERIES.c.id.in_(bindparam("ids", expanding=True)))
    .group_by(DELIVERIES.c.id, DELIVERIES.c.delivery_no, DELIVERIES.c.customer,
              DELIVERIES.c.ship_date, DELIVERIES.c.delivered_qty, RMAS.c.model)
    .order_by(DELIVERIES.c.id, RMAS.c.model))


class SqlYieldQueries(YieldQueries):
    def __init__(self, session: Session) -> None:
        self.session = session

    def first_attempts(self, start: datetime, end: datetime) -> list[tuple[datetime, bool]]:
        rows = self.session.connection().execute(FIRST_ATTEMPTS, {"start": start, "end": end})
        return [(as_utc(r.at), r.verdict == "PASS") for r in rows]

    def repair_minutes(self, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
        rows = self.session.connection().execute(REPAIRS, {"start": start, "end": end})
        return [(as_utc(r.completed_at), r.repair_minutes) for r in rows]

    def deliveries_returned(self, start: datetime, end: datetime, *, limit: int) -> list[int]:
        return list(self.session.connection().execute(
            DELIVERIES_RETURNED, {"start": start, "end": end, "limit": limit}).scalars())

    def delivery_returns(self, delivery_ids: list[int]) -> list[dict[str, Any]]:
        return [dict(r._mapping) for r in self.session.connection().execute(
            DELIVERY_RETURNS, {"ids": delivery_ids})]
