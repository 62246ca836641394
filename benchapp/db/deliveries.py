"""Customer deliveries and the step-8 tally over every RMA against one (Core statements)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from benchapp.db import models as m
from benchapp.domain.delivery import Delivery, DeliveryTally, OpenNotice
from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.rules import COMPLAINT_CAUSES
from benchapp.services import unit_of_work as uow_api

DELIVERIES = m.DeliveryRow.__table__
RMAS, UNITS = m.RmaRow.__table__, m.UnitRow.__table__
NOTICES = m.ComplaintNoticeRow.__table__
_CAUSES = sorted(c.value for c in COMPLAINT_CAUSES)


def _delivery(r: Any) -> Delivery:
    return Delivery(customer=r.customer, delivery_no=r.delivery_no,
                    delivered_qty=r.delivered_qty, ship_date=r.ship_date, id=r.id,
                    version=r.version)


class SqlDeliveryRepository(uow_api.DeliveryRepository):
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def conn(self):  # noqa: ANN201
        return self.session.connection()

    def _locked(self, q: Any) -> Any:
        # PostgreSQL: two benches shipping RMAs of one delivery take turns here, so the second
        # sees the first one's notice and joins it instead of raising another. SQLite writes
        # one transaction at a time already (BEGIN IMMEDIATE).
        return q.with_for_update() if self.conn.dialect.name == "postgresql" else q

    def find(self, customer: str, delivery_no: str) -> Delivery | None:
        row = self.conn.execute(self._locked(select(DELIVERIES).where(
            DELIVERIES.c.customer == customer,
            DELIVERIES.c.delivery_no == delivery_no))).one_or_none()
        return _delivery(row) if row is not None else None

    def get(self, delivery_id: int) -> Delivery:
        row = self.conn.execute(select(DELIVERIES).where(DELIVERIES.c.id == delivery_id)
                                ).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="delivery", key=delivery_id)
        return _delivery(row)

    def save(self, delivery: Delivery, changed: tuple[str, ...] = ()) -> None:
        if delivery.id is None:
            delivery.id = self.conn.execute(insert(DELIVERIES).values(
                customer=delivery.customer, delivery_no=delivery.delivery_no,
                delivered_qty=delivery.delivered_qty, ship_date=delivery.ship_date,
                version=1).returning(DELIVERIES.c.id)).scalar_one()
            delivery.version = 1
            return
        if not changed:
            return
        result = self.conn.execute(
            update(DELIVERIES).where(DELIVERIES.c.id == delivery.id,
                                     DELIVERIES.c.version == delivery.version)
            .values({**{f: getattr(delivery, f) for f in changed},
                     "version": delivery.version + 1}))
        if result.rowcount != 1:
            raise StaleDataError(f"delivery {delivery.delivery_no} was changed by another "
                                 "transaction")
        delivery.version += 1

    def tally(self, delivery_id: int, *, apart_from_rma: int | None) -> DeliveryTally:
        row = self.conn.execute(self._locked(
            select(DELIVERIES).where(DELIVERIES.c.id == delivery_id))).one()
        others = RMAS.c.delivery_id == delivery_id
        if apart_from_rma is not None:
            others = others & (RMAS.c.id != apart_from_rma)
        causes = {cause: n for cause, n in self.conn.execute(
            select(UNITS.c.cause_category, func.count())
            .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
            .where(others, UNITS.c.cause_category.in_(_CAUSES))
            .group_by(UNITS.c.cause_category))}
        other_rmas = self.conn.scalar(select(func.count()).select_from(RMAS).where(others))
        notice = self.conn.execute(
            select(NOTICES.c.notice_no, NOTICES.c.non_customer_units, NOTICES.c.causes)
            .where(NOTICES.c.delivery_id == delivery_id, NOTICES.c.status != "closed")
            .order_by(NOTICES.c.id.desc()).limit(1)).one_or_none()
        return DeliveryTally(
            delivery_id=row.id, customer=row.customer, delivery_no=row.delivery_no,
            delivered_qty=row.delivered_qty, other_causes=causes, other_rmas=other_rmas or 0,
            open_notice=OpenNotice(notice.notice_no, notice.non_customer_units,
                                   dict(notice.causes or {})) if notice else None)

    def unevaluated(self, *, limit: int) -> list[dict[str, Any]]:
        """Deliveries with no delivered quantity, and RMAs naming no delivery, that hold units
        with a non-customer cause: newest first."""
        faulty = (select(UNITS.c.rma_id, func.count().label("units"))
                  .where(UNITS.c.cause_category.in_(_CAUSES))
                  .group_by(UNITS.c.rma_id).subquery())
        out: list[dict[str, Any]] = []
        rows = self.conn.execute(
            select(DELIVERIES.c.id, DELIVERIES.c.customer, DELIVERIES.c.delivery_no,
                   RMAS.c.rma_no, func.coalesce(faulty.c.units, 0).label("units"))
            .join(RMAS, RMAS.c.delivery_id == DELIVERIES.c.id)
            .outerjoin(faulty, faulty.c.rma_id == RMAS.c.id)
            .where(DELIVERIES.c.delivered_qty.is_(None))
            .order_by(DELIVERIES.c.id.desc(), RMAS.c.id)).all()
        by_delivery: dict[int, dict[str, Any]] = {}
        for r in rows:
            entry = by_delivery.get(r.id)
            if entry is None:
                entry = by_delivery[r.id] = {
                    "reason": "no_delivered_qty", "customer": r.customer,
                    "delivery_no": r.delivery_no, "rma_nos": [], "non_customer_units": 0}
                out.append(entry)
            entry["rma_nos"].append(r.rma_no)
            entry["non_customer_units"] += r.units
        out = [e for e in out if e["non_customer_units"]][:limit]
        for r in self.conn.execute(
                select(RMAS.c.rma_no, RMAS.c.customer, faulty.c.units)
                .join(faulty, faulty.c.rma_id == RMAS.c.id)
                .where(RMAS.c.delivery_id.is_(None))
                .order_by(RMAS.c.id.desc()).limit(max(limit - len(out), 0))):
            out.append({"reason": "no_delivery", "customer": r.customer, "delivery_no": None,
                        "rma_nos": [r.rma_no], "non_customer_units": r.units})
        return out

    def numbers(self, delivery_ids: list[int]) -> dict[int, str]:
        if not delivery_ids:
            return {}
        return dict(self.conn.execute(select(DELIVERIES.c.id, DELIVERIES.c.delivery_no)
                                      .where(DELIVERIES.c.id.in_(delivery_ids))).all())


def join_notice(conn: Any, notice_no: str, *, non_customer_units: int,
                causes: dict[str, int]) -> None:
    """A later RMA of the delivery adds its units to the open notice (version-checked)."""
    version = conn.scalar(select(NOTICES.c.version).where(NOTICES.c.notice_no == notice_no))
    result = conn.execute(
        update(NOTICES).where(NOTICES.c.notice_no == notice_no, NOTICES.c.version == version)
        .values(non_customer_units=non_customer_units, causes=dict(causes),
                version=(version or 0) + 1))
    if result.rowcount != 1:
        raise StaleDataError(f"complaint notice {notice_no} was changed by another transaction")
