"""Repair records (售后维修记录表) read back with their parts, for the history window."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.domain.rma import PartReplaced, RepairRecord, WorkKind
from benchapp.domain.rules import CauseCategory
from benchapp.services.history import RepairRecordRepository


class SqlRepairRecordRepository(RepairRecordRepository):
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_rma(self, rma_no: str) -> list[RepairRecord]:
        rows = self.session.execute(
            select(m.RepairRecordRow, m.UnitRow.serial)
            .join(m.UnitRow, m.RepairRecordRow.unit_id == m.UnitRow.id)
            .join(m.RmaRow, m.UnitRow.rma_id == m.RmaRow.id)
            .where(m.RmaRow.rma_no == rma_no)
            .options(selectinload(m.RepairRecordRow.parts))
            .order_by(m.RepairRecordRow.completed_at, m.RepairRecordRow.id)).all()
        return [RepairRecord(
            rma_no=rma_no, serial=serial, kind=WorkKind(row.kind), symptom=row.symptom,
            root_cause=row.root_cause, cause_category=CauseCategory(row.cause_category),
            responsible_process=row.responsible_process,
            responsible_department=row.responsible_department, actions=row.actions,
            parts=[PartReplaced(p.ref_des, p.part_no, p.qty, p.lot or "", p.date_code or "")
                   for p in row.parts],
            repair_minutes=row.repair_minutes, repairer_id=row.repairer_id,
            loop_no=row.loop_no, completed_at=as_utc(row.completed_at))
            for row, serial in rows]
