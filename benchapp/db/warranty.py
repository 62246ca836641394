"""SQL of the warranty terms (issue 17.2): a small table read at each receipt by key."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from benchapp.db.models_warranty import WarrantyTermsRow
from benchapp.domain.warranty import ANY, Basis, Terms

TERMS = WarrantyTermsRow.__table__


def _terms(row) -> Terms:
    return Terms(customer=row.customer, model=row.model, months=row.months,
                 basis=Basis(row.basis), set_by=row.set_by)


class SqlWarrantyTermsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> list[Terms]:
        q = select(TERMS).order_by(TERMS.c.customer, TERMS.c.model)
        return [_terms(r) for r in self.session.execute(q)]

    def candidates(self, customer: str, model: str) -> list[Terms]:
        """The at most four rows that can apply (through the unique index on both columns)."""
        q = select(TERMS).where(TERMS.c.customer.in_(sorted({customer, ANY})),
                                TERMS.c.model.in_(sorted({model, ANY})))
        return [_terms(r) for r in self.session.execute(q)]

    def find(self, customer: str, model: str) -> Terms | None:
        row = self.session.execute(select(TERMS).where(
            TERMS.c.customer == customer, TERMS.c.model == model)).first()
        return _terms(row) if row else None

    def put(self, terms: Terms) -> Terms | None:
        """Store the row for its customer and model; return the one it replaces, if any."""
        old = self.find(terms.customer, terms.model)
        values = {"months": terms.months, "basis": terms.basis.value, "set_by": terms.set_by}
        if old is None:
            self.session.execute(insert(TERMS).values(customer=terms.customer,
                                                      model=terms.model, **values))
        else:
            self.session.execute(update(TERMS).where(
                TERMS.c.customer == terms.customer, TERMS.c.model == terms.model)
                .values(**values))
        return old

    def remove(self, customer: str, model: str) -> Terms | None:
        old = self.find(customer, model)
        if old is not None:
            self.session.execute(delete(TERMS).where(TERMS.c.customer == customer,
                                                     TERMS.c.model == model))
        return old
