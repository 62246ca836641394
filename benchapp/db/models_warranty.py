"""Warranty terms per customer and model (issue 17.2)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from benchapp.db.engine import utcnow
from benchapp.db.models import Base, Timestamp


class WarrantyTermsRow(Base):
    """Months of warranty counted from the ship date or the date code; a blank customer or
    model means any (benchapp.domain.warranty.pick_terms chooses the most specific row).
    Written only with the owner's login on PostgreSQL (db/grants.py): the bench role reads."""

    __tablename__ = "warranty_terms"
    __table_args__ = (UniqueConstraint("customer", "model",
                                       name="uq_warranty_terms_customer_model"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer: Mapped[str] = mapped_column(String(200))
    model: Mapped[str] = mapped_column(String(100))
    months: Mapped[int] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(String(12))
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
