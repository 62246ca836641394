"""Repair records (售后维修记录表) read back with their parts, for the history window."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.domain.rma import PartReplaced, RepairRecord, WorkKind
from benchapp.domain.rules import CauseCategory
from benchapp.services.history import RepairRecordRepository


RECORDS, PARTS = m.RepairRecordRow.__table__, m.RepairPartRow.__table__
UNITS, RMAS = m.UnitRow.__table__, m.RmaRow.__table__
_RECORDS_OF_RMA = (select(RECORDS, UNITS.c.serial)
                   .join(UNITS, RECORDS.c.unit_id == UNITS.c.id)
                   .join(RMAS, UNITS.c.rma_id == RMAS.c.id)
                   .where(RMAS.c.rma_no == bindparam("rma_no"))
                   .order_by(RECORDS.c.completed_at, RECORDS.c.id))
_PARTS_OF = (select(PARTS).where(PARTS.c.repair_record_id.in_(bindparam("ids", expanding=True)))
             .order_by(PARTS.c.id))


class SqlRepairRecordRepository(RepairRecordRepository):
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_rma(self, rma_no: str) -> list[RepairRecord]:
        # Plain rows in two statements built once (records, then their parts): the ORM's
        # entity and relationship loading cost more than the reads on every history click.
        conn = self.session.connection()
        rows = conn.execute(_RECORDS_OF_RMA, {"rma_no": rma_no}).all()
        parts: dict[int, list[PartReplaced]] = {}
        if rows:
            for p in conn.execute(_PARTS_OF, {"ids": [r.id for r in rows]}):
                parts.setdefault(p.repair_record_id, []).append(
                    PartReplaced(p.ref_des, p.part_no, p.qty, p.lot or "", p.date_code or ""))
        return [RepairRecord(
            rma_no=rma_no, serial=row.serial, kind=WorkKind(row.kind), symptom=row.symptom,
            root_cause=row.root_cause, cause_category=CauseCategory(row.cause_category),
            responsible_process=row.responsible_process,
            responsible_department=row.responsible_department, actions=row.actions,
            parts=parts.get(row.id, []),
            repair_minutes=row.repair_minutes, repairer_id=row.repairer_id,
            loop_no=row.loop_no, completed_at=as_utc(row.completed_at),
            cause_code=row.cause_code)
            for row in rows]
