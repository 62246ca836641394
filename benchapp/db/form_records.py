"""The records the paper forms print (benchapp.services.forms), each read by its own key."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.db.models_slips import ShopCaRow
from benchapp.domain.rma import ShippingNote
from benchapp.domain.rules import COMPLAINT_CAUSES
from benchapp.services.forms import PRINTED, REPRINTED, FormRecords, ReinspectionRow, ScreeningRow

SCREENINGS, CHECKS = m.ScreeningRow.__table__, m.ReinspectionRow.__table__
UNITS, RMAS, NOTES = m.UnitRow.__table__, m.RmaRow.__table__, m.ShippingNoteRow.__table__
FORMS, USERS, LOG = m.AnomalyFormRow.__table__, m.UserRow.__table__, m.TrackingLogRow.__table__
NOTICES = m.ComplaintNoticeRow.__table__
_COMPLAINT_CAUSES = sorted(c.value for c in COMPLAINT_CAUSES)


def _of_rma(table, serial: str | None):
    # By the RMA's number (unique index) and its units; one unit by its serial as well.
    q = (select(table, UNITS.c.serial).join(UNITS, table.c.unit_id == UNITS.c.id)
         .join(RMAS, UNITS.c.rma_id == RMAS.c.id).where(RMAS.c.rma_no == bindparam("rma_no")))
    if serial is not None:
        q = q.where(UNITS.c.serial == bindparam("serial"))
    return q.order_by(table.c.at, table.c.id)


class SqlFormRecords(FormRecords):
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, table, rma_no: str, serial: str | None):
        return self.session.connection().execute(
            _of_rma(table, serial), {"rma_no": rma_no, "serial": serial}).all()

    def screenings(self, rma_no: str, serial: str | None = None) -> list[ScreeningRow]:
        return [ScreeningRow(
            serial=r.serial, test_verdict=r.test_verdict, tester_id=r.tester_id,
            visual_verdict=r.visual_verdict, inspector_id=r.inspector_id, outcome=r.outcome,
            defect=r.defect or "", measurements=tuple(r.measurements or ()), at=as_utc(r.at))
            for r in self._rows(SCREENINGS, rma_no, serial)]

    def reinspections(self, rma_no: str, serial: str | None = None) -> list[ReinspectionRow]:
        return [ReinspectionRow(
            serial=r.serial, stage=r.stage, verdict=r.verdict, inspector_id=r.inspector_id,
            loop_no=r.loop_no, notes=r.notes or "", measurements=tuple(r.measurements or ()),
            at=as_utc(r.at), signed=r.certificate_fingerprint is not None)
            for r in self._rows(CHECKS, rma_no, serial)]

    def shipping_note(self, note_no: str) -> ShippingNote | None:
        row = self.session.connection().execute(
            select(NOTES, RMAS.c.rma_no).join(RMAS, NOTES.c.rma_id == RMAS.c.id)
            .where(NOTES.c.note_no == note_no)).first()
        if row is None:
            return None
        return ShippingNote(
            note_no=row.note_no, rma_no=row.rma_no, carrier=row.carrier,
            tracking_no=row.tracking_no, shipped_by=row.shipped_by,
            serials=list(row.serials or ()), replacements=list(row.replacements or ()),
            label=dict(row.label or {}), shipped_at=as_utc(row.shipped_at),
            certificate_fingerprint=row.certificate_fingerprint, signed_with=row.signed_with,
            address=row.address or "")

    def last_address(self, customer: str) -> str:
        # The customer's RMAs newest first (ix_rmas_customer_id), each one's notes by its
        # rma_id index: the walk stops at the first note with an address.
        return self.session.connection().execute(
            select(NOTES.c.address).join(RMAS, NOTES.c.rma_id == RMAS.c.id)
            .where(RMAS.c.customer == customer, NOTES.c.address != "")
            .order_by(RMAS.c.id.desc(), NOTES.c.id.desc()).limit(1)).scalar() or ""

    def shipping_notes(self, rma_no: str) -> list[str]:
        return list(self.session.connection().execute(
            select(NOTES.c.note_no).join(RMAS, NOTES.c.rma_id == RMAS.c.id)
            .where(RMAS.c.rma_no == rma_no).order_by(NOTES.c.id)).scalars())

    def rma_of_anomaly_form(self, form_no: str) -> str | None:
        return self.session.connection().execute(
            select(RMAS.c.rma_no).join(FORMS, FORMS.c.rma_id == RMAS.c.id)
            .where(FORMS.c.form_no == form_no)).scalar()

    def notice_units(self, notice_no: str, closed_at: datetime | None
                     ) -> list[tuple[str, str, str]]:
        conn = self.session.connection()
        notice = conn.execute(select(NOTICES.c.rma_id, NOTICES.c.delivery_id)
                              .where(NOTICES.c.notice_no == notice_no)).one_or_none()
        if notice is None:
            return []
        # Step 8 counts every RMA of the delivery (those before the one that raised the
        # notice, and later ones that joined it while it was open).
        if notice.delivery_id is None:
            rmas = RMAS.c.id == notice.rma_id
        else:
            rmas = RMAS.c.delivery_id == notice.delivery_id
            if closed_at is not None:
                rmas = rmas & (RMAS.c.received_at <= closed_at)
        return [tuple(r) for r in conn.execute(
            select(RMAS.c.rma_no, UNITS.c.serial, UNITS.c.cause_category)
            .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
            .where(rmas, UNITS.c.cause_category.in_(_COMPLAINT_CAUSES))
            .order_by(RMAS.c.id, UNITS.c.id))]

    def user_names(self, user_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        rows = self.session.connection().execute(
            select(USERS.c.id, USERS.c.display_name, USERS.c.username)
            .where(USERS.c.id.in_(list(user_ids))))
        return {r.id: (r.display_name or "", r.username) for r in rows}

    def shop_name(self) -> str:
        return self.session.scalar(select(ShopCaRow.shop_name).order_by(ShopCaRow.id)
                                   .limit(1)) or ""

    def print_count(self, rma_no: str, form: str, record_no: str) -> int:
        # The RMA's own print entries only (index on rma_no, id); the form is told apart by
        # the entry's detail, which JSON operators would read differently on each database.
        details = self.session.connection().execute(
            select(LOG.c.detail).where(LOG.c.rma_no == rma_no,
                                       LOG.c.action.in_((PRINTED, REPRINTED)))).scalars()
        return sum(1 for d in details
                   if d and d.get("form") == form and d.get("record_no") == record_no)
