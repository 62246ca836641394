"""SQLAlchemy 2.0 typed models. Every mutable row has a version column (optimistic lock)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from benchapp.db.engine import utcnow

# Alembic needs stable constraint names to alter tables in SQLite batch mode.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Timestamp = DateTime(timezone=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UserRow(Base):
    __tablename__ = "users"
    # AUTOINCREMENT: SQLite must never hand a user id out again (PostgreSQL sequences don't).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    roles: Mapped[str] = mapped_column(String(400))  # comma-separated role keys
    password_hash: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str | None] = mapped_column(String(40), unique=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())
    password_changed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class DeliveryRow(Base):
    """The customer's delivery (order / delivery note) returns refer to: step 8's denominator."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("customer", "delivery_no",
                                       name="uq_deliveries_customer_delivery_no"),
                      # `benchapp trace delivery NO` looks a number up without its customer.
                      Index("ix_deliveries_delivery_no", "delivery_no"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer: Mapped[str] = mapped_column(String(200))
    delivery_no: Mapped[str] = mapped_column(String(50))
    delivered_qty: Mapped[int | None] = mapped_column(Integer)
    ship_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class RmaRow(Base):
    __tablename__ = "rmas"
    # The RMA list pages in keyset order (column, id) by any of these (db/views.py).
    __table_args__ = (Index("ix_rmas_customer_id", "customer", "id"),
                      Index("ix_rmas_model_id", "model", "id"),
                      Index("ix_rmas_counted_qty_id", "counted_qty", "id"),
                      Index("ix_rmas_due_date_id", "due_date", "id"),
                      Index("ix_rmas_received_at_id", "received_at", "id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_no: Mapped[str] = mapped_column(String(20), unique=True)
    customer: Mapped[str] = mapped_column(String(200))
    model: Mapped[str] = mapped_column(String(100))
    declared_qty: Mapped[int] = mapped_column(Integer)
    counted_qty: Mapped[int] = mapped_column(Integer)
    complaint: Mapped[str] = mapped_column(Text)
    requirement: Mapped[str] = mapped_column(String(20))
    billing: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date | None] = mapped_column(Date)
    batch: Mapped[bool] = mapped_column(Boolean, default=False)
    storage_location: Mapped[str] = mapped_column(String(100), default="")
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), index=True)
    complaint_notice_raised: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), index=True)
    # The customer's contact person for the return (migration 0022), printed on the form.
    contact: Mapped[str] = mapped_column(String(100), default="", server_default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    units: Mapped[list[UnitRow]] = relationship(
        back_populates="rma", order_by="UnitRow.id", cascade="all, delete-orphan")
    anomaly_forms: Mapped[list[AnomalyFormRow]] = relationship(
        order_by="AnomalyFormRow.id", cascade="all, delete-orphan")


class UnitRow(Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("rma_id", "serial", name="uq_units_rma_id_serial"),
                      # A station's queue: the units it holds, never the shop's history.
                      Index("ix_units_custody_state", "custody", "state"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"))
    serial: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    custody: Mapped[str] = mapped_column(String(20))
    work_kind: Mapped[str | None] = mapped_column(String(20))
    rework_loops: Mapped[int] = mapped_column(Integer, default=0)
    loop_allowance: Mapped[int] = mapped_column(Integer, default=0)
    due_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    disposition: Mapped[str | None] = mapped_column(String(20))
    replacement_serial: Mapped[str | None] = mapped_column(String(64))
    cause_category: Mapped[str | None] = mapped_column(String(20))
    repeat_count: Mapped[int] = mapped_column(Integer, default=0)
    serial_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    pending_test: Mapped[str | None] = mapped_column(String(8))
    pending_tester_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    pending_measurements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Indexed: tracing by production lot or date code (issue 17) starts from them.
    production_lot: Mapped[str] = mapped_column(String(64), default="", server_default="",
                                                index=True)
    date_code: Mapped[str] = mapped_column(String(32), default="", server_default="",
                                           index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    rma: Mapped[RmaRow] = relationship(back_populates="units")


class HandoverRow(Base):
    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slip_no: Mapped[str] = mapped_column(String(20), unique=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    from_station: Mapped[str] = mapped_column(String(20))
    to_station: Mapped[str] = mapped_column(String(20))
    declared_count: Mapped[int] = mapped_column(Integer)
    giver_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    giver_signed_at: Mapped[datetime] = mapped_column(Timestamp)
    content_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), index=True)
    receiver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    counted: Mapped[int | None] = mapped_column(Integer)
    refusal: Mapped[str | None] = mapped_column(String(30))
    refusal_note: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(Timestamp)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    rma: Mapped[RmaRow] = relationship()
    units: Mapped[list[HandoverUnitRow]] = relationship(
        order_by="HandoverUnitRow.position", cascade="all, delete-orphan")


class HandoverUnitRow(Base):
    __tablename__ = "handover_units"

    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    # Indexed: who last received a unit at a station is found by its serial.
    serial: Mapped[str] = mapped_column(String(64), index=True)


class ScreeningRow(Base):
    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    test_verdict: Mapped[str] = mapped_column(String(8))
    tester_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    visual_verdict: Mapped[str] = mapped_column(String(8))
    inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    defect: Mapped[str] = mapped_column(Text, default="")
    # The defect-code library's defect code (migration 0019); empty on free-text records.
    defect_code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    measurements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class AnomalyFormRow(Base):
    __tablename__ = "anomaly_forms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_no: Mapped[str] = mapped_column(String(20), unique=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    raised_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    responsible_inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    defect: Mapped[str] = mapped_column(Text)
    # Indexed: QC lists the unsigned forms (signed_by IS NULL) at every refresh.
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    signed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    # The signature of the act (migration 0010): the signer's certificate, what unlocked it.
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signed_with: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class RepairRecordRow(Base):
    __tablename__ = "repair_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    symptom: Mapped[str] = mapped_column(Text)
    root_cause: Mapped[str] = mapped_column(Text)
    cause_category: Mapped[str] = mapped_column(String(20), index=True)
    # The defect-code library's cause code (migration 0019); empty on free-text records.
    cause_code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    responsible_process: Mapped[str] = mapped_column(String(100))
    responsible_department: Mapped[str] = mapped_column(String(100))
    actions: Mapped[str] = mapped_column(Text)
    repair_minutes: Mapped[int] = mapped_column(Integer)
    repairer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    loop_no: Mapped[int] = mapped_column(Integer, default=0)
    completed_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow(),
                                                   index=True)

    parts: Mapped[list[RepairPartRow]] = relationship(
        order_by="RepairPartRow.id", cascade="all, delete-orphan")


class RepairPartRow(Base):
    __tablename__ = "repair_parts"
    # `benchapp trace part PART-NO [--lot LOT]` starts here (issue 17.1).
    __table_args__ = (Index("ix_repair_parts_part_no_lot", "part_no", "lot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    repair_record_id: Mapped[int] = mapped_column(ForeignKey("repair_records.id"), index=True)
    ref_des: Mapped[str] = mapped_column(String(32))
    part_no: Mapped[str] = mapped_column(String(64))
    qty: Mapped[int] = mapped_column(Integer)
    lot: Mapped[str] = mapped_column(String(64), default="")
    date_code: Mapped[str] = mapped_column(String(32), default="")


class ReinspectionRow(Base):
    __tablename__ = "reinspections"
    # The first-pass yield of a period starts from the re-inspections' time (issue 17.5).
    __table_args__ = (Index("ix_reinspections_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    stage: Mapped[str] = mapped_column(String(8))
    verdict: Mapped[str] = mapped_column(String(8))
    inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    loop_no: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    measurements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    # The signature of the act (migration 0010): the signer's certificate, what unlocked it.
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signed_with: Mapped[str | None] = mapped_column(String(20))


class ShippingNoteRow(Base):
    __tablename__ = "shipping_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_no: Mapped[str] = mapped_column(String(20), unique=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(100))
    tracking_no: Mapped[str] = mapped_column(String(100))
    shipped_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    serials: Mapped[list[Any]] = mapped_column(JSON)
    replacements: Mapped[list[Any]] = mapped_column(JSON)
    label: Mapped[dict[str, Any]] = mapped_column(JSON)
    shipped_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    # The signature of the act (migration 0010): the signer's certificate, what unlocked it.
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signed_with: Mapped[str | None] = mapped_column(String(20))
    # Where the parcel went (migration 0022): the 发货单 prints it; the customer's next
    # shipment starts from it.
    address: Mapped[str] = mapped_column(String(300), default="", server_default="")


class ComplaintNoticeRow(Base):
    __tablename__ = "complaint_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(20), unique=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    non_customer_units: Mapped[int] = mapped_column(Integer)
    shipped_qty: Mapped[int] = mapped_column(Integer)
    causes: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    raised_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    # One notice per delivery (migration 0012); the number and quantity as at raising.
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), index=True)
    delivery_no: Mapped[str | None] = mapped_column(String(50))
    delivered_qty: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class EscalationRow(Base):
    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    slip_no: Mapped[str | None] = mapped_column(String(20), index=True)
    raised_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    decision: Mapped[str | None] = mapped_column(String(30))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(Timestamp)
    raised_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    # The signature of the act (migration 0010): the signer's certificate, what unlocked it.
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signed_with: Mapped[str | None] = mapped_column(String(20))
    # Who took part in a joint decision (migration 0020): [{"department", "name"}, ...].
    participants: Mapped[list[Any] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    rma: Mapped[RmaRow] = relationship()
    unit: Mapped[UnitRow | None] = relationship()


class TrackingLogRow(Base):
    """售后跟踪记录表. Append-only: triggers reject UPDATE and DELETE (see the migration).

    A hash chain (benchapp.domain.audit_chain): on insert the database sets ``at`` (its own
    clock), ``db_role`` (PostgreSQL: the login), ``prev_hash`` and ``entry_hash`` (migration
    0006), whatever the bench sent."""

    __tablename__ = "tracking_log"
    __table_args__ = (Index("ix_tracking_log_rma_no_id", "rma_no", "id"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    rma_no: Mapped[str] = mapped_column(String(20))
    serial: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(100))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # When a record imported from the past (demo, history import) happened; ``at`` is when it
    # was entered.
    occurred_at: Mapped[datetime | None] = mapped_column(Timestamp)
    db_role: Mapped[str | None] = mapped_column(String(63))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class LogHeadRow(Base):
    """The tracking log's newest entry, one row: the lock inserts queue on, the chain's end."""

    __tablename__ = "log_head"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int | None] = mapped_column(Integer)
    head_hash: Mapped[str | None] = mapped_column(String(64))


class CounterRow(Base):
    """Never-reused document numbers (RMA, slip, notes): one row per kind, bumped in place."""

    __tablename__ = "counters"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class ShopSettingRow(Base):
    __tablename__ = "shop_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


import benchapp.db.models_supervision  # noqa: E402, F401 - the supervision tables join the metadata
import benchapp.db.models_slips  # noqa: E402, F401 - the slip tables join the metadata
import benchapp.db.models_retention  # noqa: E402, F401 - customer_retention joins the metadata
import benchapp.db.models_defects  # noqa: E402, F401 - the defect-code library joins the metadata
import benchapp.db.models_attachments  # noqa: E402, F401 - attachments join the metadata
import benchapp.db.models_warranty  # noqa: E402, F401 - warranty terms join the metadata
