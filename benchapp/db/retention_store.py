"""SQL of retention and archiving: customers' retention periods, closed RMAs page by page,
an RMA's tracking-log rows, and the row counts a restore is checked against."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.db.models_retention import CustomerRetentionRow
from benchapp.db.models_slips import SlipRow
from benchapp.domain.retention import CustomerRetention
from benchapp.domain.rma import RmaStatus

RMAS, NOTES, LOG = m.RmaRow.__table__, m.ShippingNoteRow.__table__, m.TrackingLogRow.__table__


class SqlRetentionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def overrides(self) -> list[CustomerRetention]:
        rows = self.session.scalars(select(CustomerRetentionRow)
                                    .order_by(CustomerRetentionRow.customer))
        return [CustomerRetention(r.customer, r.years, r.set_by, as_utc(r.set_at))
                for r in rows]

    def years_of(self, customers: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(customers))
        if not wanted:
            return {}
        return dict(self.session.execute(
            select(CustomerRetentionRow.customer, CustomerRetentionRow.years)
            .where(CustomerRetentionRow.customer.in_(wanted))).tuples().all())

    def set(self, rule: CustomerRetention, at: datetime) -> None:
        row = self.session.get(CustomerRetentionRow, rule.customer)
        if row is None:
            self.session.add(CustomerRetentionRow(customer=rule.customer, years=rule.years,
                                                  set_by=rule.set_by, set_at=at))
        else:
            row.years, row.set_by, row.set_at = rule.years, rule.set_by, at
        self.session.flush()

    def closed_rmas(self, *, before: datetime, after_id: int, limit: int
                    ) -> list[dict[str, Any]]:
        """Closed RMAs received before ``before``, by id after ``after_id``: one page, each
        with the time of its last shipment (None when nothing was shipped)."""
        last_shipped = (select(func.max(NOTES.c.shipped_at)).where(NOTES.c.rma_id == RMAS.c.id)
                        .scalar_subquery())
        q = (select(RMAS.c.id, RMAS.c.rma_no, RMAS.c.customer, RMAS.c.received_at,
                    last_shipped.label("closed_at"))
             .where(RMAS.c.status == RmaStatus.CLOSED.value, RMAS.c.received_at < before,
                    RMAS.c.id > after_id)
             .order_by(RMAS.c.id).limit(limit))
        return [{**row, "received_at": as_utc(row["received_at"]),
                 "closed_at": as_utc(row["closed_at"])}
                for row in self.session.execute(q).mappings()]

    def rma_numbers(self, *, after_id: int, limit: int) -> list[tuple[int, str]]:
        """Every RMA's (id, number), one page in id order after ``after_id``."""
        return list(self.session.execute(
            select(RMAS.c.id, RMAS.c.rma_no).where(RMAS.c.id > after_id)
            .order_by(RMAS.c.id).limit(limit)).tuples())

    def log_rows(self, rma_no: str) -> list[dict[str, Any]]:
        """The RMA's tracking-log rows as stored, ids included, in order."""
        q = select(LOG).where(LOG.c.rma_no == rma_no).order_by(LOG.c.id)
        return [{**row, "at": as_utc(row["at"])} for row in self.session.execute(q).mappings()]

    def counts(self) -> dict[str, int]:
        """Rows of the tables a restore is checked against."""
        return {name: self.session.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("rmas", RMAS), ("slips", SlipRow.__table__),
                                    ("tracking_log", LOG))}
