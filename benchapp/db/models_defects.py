"""The defect-code library and the free texts mapped to its codes (issue 17.4)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from benchapp.db.engine import utcnow
from benchapp.db.models import Base, Timestamp


class DefectCodeRow(Base):
    """One path symptom -> defect -> cause of a product family; the library is replaced as a
    whole by `defects import` (records keep the code they were given, as text)."""

    __tablename__ = "defect_codes"
    __table_args__ = (UniqueConstraint("family", "cause_code",
                                       name="uq_defect_codes_family_cause_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family: Mapped[str] = mapped_column(String(64))
    symptom_code: Mapped[str] = mapped_column(String(32))
    symptom: Mapped[str] = mapped_column(String(200))
    defect_code: Mapped[str] = mapped_column(String(32), index=True)
    defect: Mapped[str] = mapped_column(String(200))
    cause_code: Mapped[str] = mapped_column(String(32), index=True)
    cause: Mapped[str] = mapped_column(String(200))
    cause_category: Mapped[str] = mapped_column(String(20))


class DefectTextMapRow(Base):
    """A free root-cause text, exactly as recorded, counted under a cause code. Keyed by the
    text's SHA-256: a long text (CJK at 3 bytes a character) would not fit a btree index."""

    __tablename__ = "defect_text_maps"

    text_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    cause_code: Mapped[str] = mapped_column(String(32))
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
