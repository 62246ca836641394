"""Traceability reads (issue 17.1) as Core statements, each entering through an index:
units.production_lot, units.date_code, repair_parts (part_no, lot), deliveries.delivery_no, units.serial,
and the per-unit indexes of repair records, screenings and re-inspections."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.services.trace import Cause, FixtureResult, Part, Repair, TraceQueries

UNITS, RMAS = m.UnitRow.__table__, m.RmaRow.__table__
DELIVERIES = m.DeliveryRow.__table__
RECORDS, PARTS = m.RepairRecordRow.__table__, m.RepairPartRow.__table__
SCREENINGS, REINSPECTIONS = m.ScreeningRow.__table__, m.ReinspectionRow.__table__

_UNIT_COLUMNS = (UNITS.c.id.label("unit_id"), RMAS.c.rma_no, UNITS.c.serial, RMAS.c.model,
                 RMAS.c.customer, RMAS.c.received_at, UNITS.c.state, UNITS.c.production_lot,
                 UNITS.c.date_code)
_RETURNED = select(*_UNIT_COLUMNS).join(RMAS, UNITS.c.rma_id == RMAS.c.id)

# Built once: the statements are compiled once per process, not at every call.
LOT_QUERY = (_RETURNED.where(UNITS.c.production_lot == bindparam("lot"))
             .order_by(UNITS.c.id).limit(bindparam("limit")))
# Range on the date-code index; the model is checked on each unit's RMA (by its key).
DATECODE_QUERY = (_RETURNED.where(UNITS.c.date_code >= bindparam("first"),
                                  UNITS.c.date_code <= bindparam("last"))
                  .order_by(UNITS.c.date_code, UNITS.c.id).limit(bindparam("limit")))
DATECODE_MODEL_QUERY = (_RETURNED.where(UNITS.c.date_code >= bindparam("first"),
                                        UNITS.c.date_code <= bindparam("last"),
                                        RMAS.c.model == bindparam("model"))
                        .order_by(UNITS.c.date_code, UNITS.c.id).limit(bindparam("limit")))
_FITTED = (select(RECORDS.c.unit_id).join(PARTS, PARTS.c.repair_record_id == RECORDS.c.id)
           .where(PARTS.c.part_no == bindparam("part_no")))
_PART_QUERY = (_RETURNED.where(UNITS.c.id.in_(_FITTED.scalar_subquery()))
               .order_by(UNITS.c.id).limit(bindparam("limit")))
_PART_LOT_QUERY = (_RETURNED.where(UNITS.c.id.in_(
    _FITTED.where(PARTS.c.lot == bindparam("lot")).scalar_subquery()))
    .order_by(UNITS.c.id).limit(bindparam("limit")))
_DELIVERIES_NAMED = (select(DELIVERIES.c.id)
                     .where(DELIVERIES.c.delivery_no == bindparam("delivery_no"))
                     .order_by(DELIVERIES.c.id))
_DELIVERY_QUERY = (_RETURNED.where(RMAS.c.delivery_id.in_(bindparam("ids", expanding=True)))
                   .order_by(UNITS.c.id).limit(bindparam("limit")))
_CAUSES = (select(RECORDS.c.unit_id, RECORDS.c.cause_category, RECORDS.c.cause_code,
                  RECORDS.c.root_cause)
           .where(RECORDS.c.unit_id.in_(bindparam("ids", expanding=True)))
           .order_by(RECORDS.c.completed_at, RECORDS.c.id))
_VISITS = (select(*_UNIT_COLUMNS, DELIVERIES.c.delivery_no, DELIVERIES.c.ship_date)
           .join(RMAS, UNITS.c.rma_id == RMAS.c.id)
           .outerjoin(DELIVERIES, RMAS.c.delivery_id == DELIVERIES.c.id)
           .where(UNITS.c.serial == bindparam("serial"))
           .order_by(RMAS.c.received_at, UNITS.c.id))
_REPAIRS = (select(RECORDS).where(RECORDS.c.unit_id.in_(bindparam("ids", expanding=True)))
            .order_by(RECORDS.c.completed_at, RECORDS.c.id))
_PARTS_OF = (select(PARTS).where(PARTS.c.repair_record_id.in_(bindparam("ids", expanding=True)))
             .order_by(PARTS.c.id))
_SCREENINGS = (select(SCREENINGS).where(SCREENINGS.c.unit_id.in_(
    bindparam("ids", expanding=True))).order_by(SCREENINGS.c.at, SCREENINGS.c.id))
_REINSPECTIONS = (select(REINSPECTIONS).where(REINSPECTIONS.c.unit_id.in_(
    bindparam("ids", expanding=True))).order_by(REINSPECTIONS.c.at, REINSPECTIONS.c.id))
_GROUPED = {"lot": UNITS.c.production_lot, "date_code": UNITS.c.date_code}


def _unit(r: Any) -> dict[str, Any]:
    row = dict(r._mapping)
    row["received_at"] = as_utc(row["received_at"])
    return row


class SqlTraceQueries(TraceQueries):
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def conn(self):
        return self.session.connection()

    def units_of_lot(self, lot: str, *, limit: int) -> list[dict[str, Any]]:
        return [_unit(r) for r in self.conn.execute(LOT_QUERY, {"lot": lot, "limit": limit})]

    def units_of_date_codes(self, first: str, last: str, model: str | None, *, limit: int
                            ) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"first": first, "last": last, "limit": limit}
        if model is None:
            return [_unit(r) for r in self.conn.execute(DATECODE_QUERY, params)]
        return [_unit(r) for r in self.conn.execute(DATECODE_MODEL_QUERY,
                                                    {**params, "model": model})]

    def units_with_part(self, part_no: str, lot: str | None, *, limit: int
                        ) -> list[dict[str, Any]]:
        if lot is None:
            rows = self.conn.execute(_PART_QUERY, {"part_no": part_no, "limit": limit})
        else:
            rows = self.conn.execute(_PART_LOT_QUERY,
                                     {"part_no": part_no, "lot": lot, "limit": limit})
        return [_unit(r) for r in rows]

    def deliveries_named(self, delivery_no: str) -> list[int]:
        return list(self.conn.execute(_DELIVERIES_NAMED,
                                      {"delivery_no": delivery_no}).scalars())

    def units_of_deliveries(self, delivery_ids: list[int], *, limit: int
                            ) -> list[dict[str, Any]]:
        return [_unit(r) for r in self.conn.execute(
            _DELIVERY_QUERY, {"ids": delivery_ids, "limit": limit})]

    def causes(self, unit_ids: list[int]) -> dict[int, list[Cause]]:
        out: dict[int, list[Cause]] = {}
        for r in self.conn.execute(_CAUSES, {"ids": unit_ids}):
            out.setdefault(r.unit_id, []).append(
                Cause(category=r.cause_category, code=r.cause_code or "",
                      root_cause=r.root_cause))
        return out

    def visits(self, serial: str) -> list[dict[str, Any]]:
        return [_unit(r) for r in self.conn.execute(_VISITS, {"serial": serial})]

    def repairs(self, unit_ids: list[int]) -> dict[int, list[Repair]]:
        records = self.conn.execute(_REPAIRS, {"ids": unit_ids}).all()
        parts: dict[int, list[Part]] = {}
        if records:
            for p in self.conn.execute(_PARTS_OF, {"ids": [r.id for r in records]}):
                parts.setdefault(p.repair_record_id, []).append(
                    Part(p.ref_des, p.part_no, p.qty, p.lot or "", p.date_code or ""))
        out: dict[int, list[Repair]] = {}
        for r in records:
            out.setdefault(r.unit_id, []).append(Repair(
                completed_at=as_utc(r.completed_at), kind=r.kind,
                cause=Cause(r.cause_category, r.cause_code or "", r.root_cause),
                parts=tuple(parts.get(r.id, ()))))
        return out

    def fixture_results(self, unit_ids: list[int]) -> dict[int, list[FixtureResult]]:
        out: dict[int, list[FixtureResult]] = {}
        for s in self.conn.execute(_SCREENINGS, {"ids": unit_ids}):
            out.setdefault(s.unit_id, []).append(FixtureResult(
                stage="screening", at=as_utc(s.at), verdict=s.test_verdict,
                measurements=tuple(s.measurements or ())))
        for r in self.conn.execute(_REINSPECTIONS, {"ids": unit_ids}):
            out.setdefault(r.unit_id, []).append(FixtureResult(
                stage=r.stage, at=as_utc(r.at), verdict=r.verdict,
                measurements=tuple(r.measurements or ())))
        for results in out.values():
            results.sort(key=lambda f: (f.at is None, f.at))
        return out

    def cause_counts(self, since: datetime, *, by: str, min_units: int
                     ) -> list[dict[str, Any]]:
        key = _GROUPED[by]
        units = func.count(UNITS.c.serial.distinct())
        q = (select(key.label("value"), RECORDS.c.cause_category.label("category"),
                    RECORDS.c.cause_code.label("code"), units.label("units"),
                    func.min(RECORDS.c.completed_at).label("first_at"),
                    func.max(RECORDS.c.completed_at).label("last_at"))
             .join(UNITS, RECORDS.c.unit_id == UNITS.c.id)
             .where(RECORDS.c.completed_at >= since, key != "")
             .group_by(key, RECORDS.c.cause_category, RECORDS.c.cause_code)
             .having(units >= min_units))
        return [{"value": r.value, "category": r.category, "code": r.code or "",
                 "units": r.units, "first_at": as_utc(r.first_at),
                 "last_at": as_utc(r.last_at)} for r in self.conn.execute(q)]

    def cluster_serials(self, since: datetime, *, by: str, value: str, category: str,
                        code: str) -> list[str]:
        key = _GROUPED[by]
        q = (select(UNITS.c.serial).distinct()
             .join(RECORDS, RECORDS.c.unit_id == UNITS.c.id)
             .where(RECORDS.c.completed_at >= since, key == value,
                    RECORDS.c.cause_category == category, RECORDS.c.cause_code == code)
             .order_by(UNITS.c.serial))
        return list(self.conn.execute(q).scalars())
