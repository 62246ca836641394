"""Tables of the supervisor back end: calendar, complaint work, corrective actions, contacts,
cost ledger, imports of past records, and the summary tables the weekly reports read."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from benchapp.db.engine import utcnow
from benchapp.db.models import (
    Base,
    ComplaintNoticeRow,
    RmaRow,
    ShippingNoteRow,
    Timestamp,
)


class CalendarDayRow(Base):
    """Exceptions to Monday-Friday: holidays 法定节假日 and make-up working days 调休."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100), default="")
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class CalendarSeedRow(Base):
    """A day `calendar seed` proposed from the public holidays (once): what the shop did with
    it since (kept, changed, removed) stands."""

    __tablename__ = "calendar_seeds"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(60))
    seeded_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class ComplaintWorkRow(Base):
    """QC's work on a complaint notice 客户投诉通知书 (one row once somebody touched it)."""

    __tablename__ = "complaint_notice_work"

    notice_id: Mapped[int] = mapped_column(ForeignKey("complaint_notices.id"),
                                           primary_key=True)
    severity: Mapped[str] = mapped_column(String(10))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assigned_at: Mapped[datetime | None] = mapped_column(Timestamp)
    report_kind: Mapped[str | None] = mapped_column(String(10))
    report_text: Mapped[str] = mapped_column(Text, default="")
    report_file_name: Mapped[str | None] = mapped_column(String(255))
    # The 8D file itself: a path on somebody's PC would not survive as a record.
    report_file: Mapped[bytes | None] = mapped_column(LargeBinary)
    report_sha256: Mapped[str | None] = mapped_column(String(64))
    report_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    report_at: Mapped[datetime | None] = mapped_column(Timestamp)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    close_note: Mapped[str] = mapped_column(Text, default="")
    # The closer's signature (migration 0013): closing a notice is a signed act.
    close_certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    close_signed_with: Mapped[str | None] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class ComplaintContactRow(Base):
    """A customer contact on a complaint notice (002 5.2.3: within 2 working hours)."""

    __tablename__ = "complaint_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("complaint_notices.id"), index=True)
    contacted_at: Mapped[datetime] = mapped_column(Timestamp)
    person: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class ComplaintAttachmentRow(Base):
    """A report or 8D file of a notice, kept in the database with its SHA-256; written once."""

    __tablename__ = "complaint_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("complaint_notices.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    attached_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attached_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class CorrectiveActionRow(Base):
    """Step 10, per responsible process, tracked to a verified closure."""

    __tablename__ = "corrective_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ca_no: Mapped[str] = mapped_column(String(20), unique=True)
    source_week: Mapped[str | None] = mapped_column(String(8), index=True)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("complaint_notices.id"))
    rma_no: Mapped[str | None] = mapped_column(String(20))
    responsible_process: Mapped[str] = mapped_column(String(100))
    responsible_department: Mapped[str] = mapped_column(String(100))
    person_found: Mapped[str] = mapped_column(String(100))
    kpi_consequence: Mapped[str] = mapped_column(Text)
    preventive_measure: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    implemented_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    implemented_at: Mapped[datetime | None] = mapped_column(Timestamp)
    implementation_note: Mapped[str] = mapped_column(Text, default="")
    verified_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    verified_at: Mapped[datetime | None] = mapped_column(Timestamp)
    verification_note: Mapped[str] = mapped_column(Text, default="")
    # The signature of the act (migration 0010): the signer's certificate, what unlocked it.
    certificate_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signed_with: Mapped[str | None] = mapped_column(String(20))
    # Migration 0013: the responsible person (a user), the root cause, the source escalation.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    root_cause: Mapped[str] = mapped_column(Text, server_default="")
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"))
    # Migration 0024: opened from a cluster of returns, "LOT:<lot>" or "DATECODE:<code>".
    source_cluster: Mapped[str | None] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class CustomerContactRow(Base):
    """业务部 calls: the first contact after acceptance and the follow-up after shipping."""

    __tablename__ = "customer_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text)
    received: Mapped[bool | None] = mapped_column(Boolean)
    satisfied: Mapped[bool | None] = mapped_column(Boolean)
    contacted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    contacted_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow(),
                                                   index=True)


class CostEntryRow(Base):
    """A cost booked by hand against an RMA (shipping, packaging, bought-in parts...)."""

    __tablename__ = "cost_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    amount_fen: Mapped[int] = mapped_column(Integer)
    payer: Mapped[str | None] = mapped_column(String(10))  # None: by rule 5.3.1
    incurred_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class PartPriceRow(Base):
    """Unit cost of a part number, to price the parts on repair records."""

    __tablename__ = "part_prices"

    part_no: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_fen: Mapped[int] = mapped_column(Integer)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class HistoryImportRow(Base):
    """One unit of a past record brought in from a CSV file, with the row's content hash."""

    __tablename__ = "history_imports"
    __table_args__ = (UniqueConstraint("rma_no", "serial", name="uq_history_imports_rma_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    rma_no: Mapped[str] = mapped_column(String(20))
    serial: Mapped[str] = mapped_column(String(64))
    row_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(255))
    line: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


# -- summary tables for the weekly statistics (derived; rebuilt from the records any time) ----


class UnitWeekFactRow(Base):
    """One unit in one ISO week in which it was repaired or released as no-fault-found.

    Classified by the last repair record of the week; see docs/reports.md. SQLite keeps it
    clustered by week (WITHOUT ROWID), so a week or a trend reads one contiguous range.
    """

    __tablename__ = "report_unit_weeks"
    __table_args__ = {"sqlite_with_rowid": False}

    iso_week: Mapped[int] = mapped_column(Integer, primary_key=True)  # YYYYWW
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(Integer, index=True)
    model: Mapped[str] = mapped_column(String(100))
    cause_category: Mapped[str] = mapped_column(String(20))
    root_cause: Mapped[str] = mapped_column(Text)
    responsible_process: Mapped[str] = mapped_column(String(100))
    responsible_department: Mapped[str] = mapped_column(String(100))
    records: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    loops: Mapped[int] = mapped_column(Integer)
    nff_release: Mapped[bool] = mapped_column(Boolean)
    due_date: Mapped[date | None] = mapped_column(Date)
    shipped_on: Mapped[date | None] = mapped_column(Date)  # shop-local date
    no_delivery: Mapped[bool] = mapped_column(Boolean)  # scrapped or refunded, nothing ships
    # The week holds the unit's first failure (its first repair record, or its NFF release
    # without any): only such rows count in the cause figures. Later records are rework.
    first_failure: Mapped[bool] = mapped_column(Boolean, server_default=true())
    rework_records: Mapped[int] = mapped_column(Integer, server_default="0")
    rework_cause: Mapped[str] = mapped_column(String(20), server_default="")
    rework_root_cause: Mapped[str] = mapped_column(Text, server_default="")
    rework_process: Mapped[str] = mapped_column(String(100), server_default="")
    rework_department: Mapped[str] = mapped_column(String(100), server_default="")


class UnitReceiptFactRow(Base):
    """Each received unit with the days since the same serial last came back."""

    __tablename__ = "report_unit_receipts"
    # Covers "repeat returns per week": the gap is read from the index, not from each row.
    __table_args__ = (Index("ix_report_unit_receipts_week_gap", "iso_week",
                            "days_since_previous"),)

    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(Integer, index=True)
    iso_week: Mapped[int] = mapped_column(Integer)
    serial: Mapped[str] = mapped_column(String(64))
    days_since_previous: Mapped[int | None] = mapped_column(Integer)
    previous_rma_no: Mapped[str | None] = mapped_column(String(20))


class ReportRmaStateRow(Base):
    """The RMA version the summary rows were built from: a newer version means rebuild."""

    __tablename__ = "report_rma_state"

    rma_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class ReportStaleRmaRow(Base):
    """An RMA whose summary rows must be rebuilt: one row per insert or update of ``rmas``.

    Written by database triggers (migration 0004), so every writer marks what it changed and
    a report reads only the marks, never the whole RMA table. The refresh deletes the marks
    it has read once it has rebuilt their RMAs.
    """

    __tablename__ = "report_stale_rmas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_id: Mapped[int] = mapped_column(Integer, index=True)


class ReportStateRow(Base):
    """How the summary tables were built (definition version, shop time zone)."""

    __tablename__ = "report_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


# Indexes on tables of the first schema that the reports and time limits look up by time.
Index("ix_rmas_received_at", RmaRow.__table__.c.received_at)
Index("ix_shipping_notes_shipped_at", ShippingNoteRow.__table__.c.shipped_at)
Index("ix_complaint_notices_raised_at", ComplaintNoticeRow.__table__.c.raised_at)
