"""SQL of attachments: store one, list an RMA's (without their bytes), read one back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.db.models_attachments import AttachmentRow
from benchapp.domain.attachments import Attachment

FILES, RMAS, UNITS, USERS = (AttachmentRow.__table__, m.RmaRow.__table__, m.UnitRow.__table__,
                             m.UserRow.__table__)
_LISTED = (FILES.c.id, RMAS.c.rma_no, UNITS.c.serial, FILES.c.file_name, FILES.c.content_type,
           FILES.c.size, FILES.c.sha256, USERS.c.username, FILES.c.added_at,
           FILES.c.thumbnail.is_not(None).label("has_thumbnail"))


def _listed(row: Any) -> Attachment:
    return Attachment(row.id, row.rma_no, row.serial, row.file_name, row.content_type,
                      row.size, row.sha256, row.username, as_utc(row.added_at),
                      bool(row.has_thumbnail))


def _joined(*columns: Any) -> Any:
    return (select(*columns).join(RMAS, RMAS.c.id == FILES.c.rma_id)
            .outerjoin(UNITS, UNITS.c.id == FILES.c.unit_id)
            .join(USERS, USERS.c.id == FILES.c.added_by))


class SqlAttachmentRepository:
    def __init__(self, session: Session, backdate: datetime | None = None) -> None:
        self.session = session
        self.backdate = backdate  # the demo's past: the time the tracking log gives too

    def target(self, key: str) -> tuple[int, str, int | None, str | None] | None:
        """(rma id, RMA no., unit id, serial) of an RMA number, else of the newest RMA that
        holds a unit with that serial; None when neither exists."""
        conn = self.session.connection()
        row = conn.execute(select(RMAS.c.id, RMAS.c.rma_no).where(RMAS.c.rma_no == key)).first()
        if row is not None:
            return row.id, row.rma_no, None, None
        unit = conn.execute(
            select(RMAS.c.id, RMAS.c.rma_no, UNITS.c.id.label("unit_id"), UNITS.c.serial)
            .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
            .where(func.upper(UNITS.c.serial) == key.upper())
            .order_by(RMAS.c.id.desc()).limit(1)).first()
        if unit is None:
            return None
        return unit.id, unit.rma_no, unit.unit_id, unit.serial

    def add(self, *, rma_id: int, unit_id: int | None, file_name: str, content_type: str,
            data: bytes, sha256: str, thumbnail: bytes | None, added_by: int) -> int:
        return self.session.connection().execute(insert(FILES).values(
            rma_id=rma_id, unit_id=unit_id, file_name=file_name, content_type=content_type,
            size=len(data), sha256=sha256, data=data, thumbnail=thumbnail,
            added_by=added_by, **({"added_at": self.backdate} if self.backdate else {}))
            .returning(FILES.c.id)).scalar_one()

    def for_rma(self, rma_no: str) -> list[Attachment]:
        q = _joined(*_LISTED).where(RMAS.c.rma_no == rma_no).order_by(FILES.c.id)
        return [_listed(r) for r in self.session.connection().execute(q)]

    def content(self, rma_no: str, attachment_id: int) -> tuple[Attachment, bytes] | None:
        q = _joined(*_LISTED, FILES.c.data).where(RMAS.c.rma_no == rma_no,
                                                  FILES.c.id == attachment_id)
        row = self.session.connection().execute(q).first()
        return None if row is None else (_listed(row), bytes(row.data))

    def thumbnails(self, rma_no: str) -> dict[int, bytes]:
        q = (select(FILES.c.id, FILES.c.thumbnail).join(RMAS, RMAS.c.id == FILES.c.rma_id)
             .where(RMAS.c.rma_no == rma_no, FILES.c.thumbnail.is_not(None)))
        return {i: bytes(t) for i, t in self.session.connection().execute(q).tuples()}
