"""Retention of the records per customer (seed 001 八, IATF 16949 7.5.3.2.1)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from benchapp.db.engine import utcnow
from benchapp.db.models import Base, Timestamp


class CustomerRetentionRow(Base):
    """A customer's own retention period in years; customers without a row keep the shop
    setting `retention_years`."""

    __tablename__ = "customer_retention"
    __table_args__ = (CheckConstraint("years >= 1", name="years_positive"),)

    customer: Mapped[str] = mapped_column(String(200), primary_key=True)
    years: Mapped[int] = mapped_column(Integer)
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
