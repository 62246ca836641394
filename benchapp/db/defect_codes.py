"""SQL of the defect-code library: the codes, the free texts mapped to them, and the counts by
code of the repair records (issue 17.4)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.models_defects import DefectCodeRow, DefectTextMapRow
from benchapp.domain.defect_codes import ALL_MODELS, DefectCode, TextMapping, family_of
from benchapp.domain.rules import CauseCategory

CODES, MAPS = DefectCodeRow.__table__, DefectTextMapRow.__table__
RECORDS = m.RepairRecordRow.__table__
_ORDER = (CODES.c.family, CODES.c.symptom_code, CODES.c.defect_code, CODES.c.cause_code)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _code(row) -> DefectCode:  # noqa: ANN001
    return DefectCode(row.family, row.symptom_code, row.symptom, row.defect_code, row.defect,
                      row.cause_code, row.cause, CauseCategory(row.cause_category))


def _coded_cause():  # noqa: ANN202
    """A repair record's cause code: its own, else the one its free text is mapped to."""
    mapped = (select(MAPS.c.cause_code).where(MAPS.c.text == RECORDS.c.root_cause)
              .scalar_subquery())
    return func.coalesce(func.nullif(RECORDS.c.cause_code, ""), mapped, literal(""))


class SqlDefectCodeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def library(self, family: str | None = None) -> list[DefectCode]:
        q = select(CODES).order_by(*_ORDER)
        if family is not None:
            q = q.where(CODES.c.family == family)
        return [_code(r) for r in self.session.execute(q)]

    def for_model(self, model: str) -> list[DefectCode]:
        """The rows a unit of ``model`` may be given: its family's and the "*" rows."""
        families = self.session.scalars(select(CODES.c.family).distinct()).all()
        family = family_of(model, families)
        wanted = sorted({f for f in (family, ALL_MODELS) if f is not None})
        q = select(CODES).where(CODES.c.family.in_(wanted)).order_by(*_ORDER)
        return [_code(r) for r in self.session.execute(q)]

    def replace(self, rows: list[DefectCode]) -> None:
        self.session.execute(delete(CODES))
        self.session.execute(insert(CODES), [
            {"family": r.family, "symptom_code": r.symptom_code, "symptom": r.symptom,
             "defect_code": r.defect_code, "defect": r.defect, "cause_code": r.cause_code,
             "cause": r.cause, "cause_category": r.cause_category.value} for r in rows])

    def cause(self, code: str) -> DefectCode | None:
        row = self.session.execute(select(CODES).where(CODES.c.cause_code == code)
                                   .order_by(CODES.c.family).limit(1)).first()
        return None if row is None else _code(row)

    def has_defect(self, code: str) -> bool:
        return self.session.execute(select(CODES.c.id).where(CODES.c.defect_code == code)
                                    .limit(1)).first() is not None

    def set_mapping(self, mapping: TextMapping, at: datetime) -> str | None:
        """Map the text; return the code it was mapped to before, if any."""
        key = text_sha256(mapping.text)
        row = self.session.get(DefectTextMapRow, key)
        if row is None:
            self.session.add(DefectTextMapRow(text_sha256=key, text=mapping.text,
                                              cause_code=mapping.cause_code,
                                              set_by=mapping.set_by, set_at=at))
            self.session.flush()
            return None
        before = row.cause_code
        row.cause_code, row.set_by, row.set_at = mapping.cause_code, mapping.set_by, at
        self.session.flush()
        return before

    def unmapped(self, limit: int) -> list[tuple[str, int]]:
        """The most frequent root-cause texts of repair records with no code, mapped or own."""
        n = func.count().label("n")
        q = (select(RECORDS.c.root_cause, n)
             .where(RECORDS.c.cause_code == "",
                    ~select(MAPS.c.text_sha256).where(MAPS.c.text == RECORDS.c.root_cause)
                    .exists())
             .group_by(RECORDS.c.root_cause)
             .order_by(n.desc(), RECORDS.c.root_cause).limit(limit))
        return [(text, int(count)) for text, count in self.session.execute(q).tuples()]

    def counts_by_code(self, start: datetime, end: datetime) -> list[tuple[str, str, int]]:
        return counts_by_code(self.session.connection(), start, end)

    def cause_texts(self, codes: list[str]) -> dict[str, str]:
        return cause_texts(self.session.connection(), codes)


def counts_by_code(conn: Connection, start: datetime, end: datetime
                   ) -> list[tuple[str, str, int]]:
    """(cause code or "", cause category, records) of the repair records completed in
    [start, end): a record's own code, else its mapped text's, else ""."""
    code = _coded_cause().label("code")
    q = (select(code, RECORDS.c.cause_category, func.count())
         .where(RECORDS.c.completed_at >= start, RECORDS.c.completed_at < end)
         .group_by(code, RECORDS.c.cause_category))
    return [(c, cat, int(n)) for c, cat, n in conn.execute(q).tuples()]


def cause_texts(conn: Connection, codes: list[str]) -> dict[str, str]:
    """Each cause code's text (the same in every family: domain.defect_codes)."""
    if not codes:
        return {}
    return dict(conn.execute(
        select(CODES.c.cause_code, func.min(CODES.c.cause))
        .where(CODES.c.cause_code.in_(codes)).group_by(CODES.c.cause_code)).tuples().all())
