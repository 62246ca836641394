"""The cost ledger: parts, labour, shipping and packaging per RMA and week, and who pays.

Labour is priced from the repair records (minutes x the shop's labour rate), parts from the
parts replaced x the part price list; shipping, packaging (and any bought-in parts or extra
labour) are booked by hand. Rule 5.3.1 decides the payer: see ``payer_for_cause`` and
``split_by_units`` in ``benchapp.domain.supervision``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from benchapp.domain.calendar import IsoWeek
from benchapp.domain.supervision import CostKind, Payer

KINDS = tuple(k.value for k in CostKind)


@dataclass
class CostLine:
    """One RMA's costs in one week, in fen (1/100 CNY)."""

    week: IsoWeek
    rma_no: str
    customer: str
    model: str
    amounts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    payers: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        (p.value for p in Payer), 0))
    unpriced_parts: int = 0

    @property
    def total(self) -> int:
        return sum(self.amounts.values())

    def add(self, kind: CostKind, shares: dict[Payer, int]) -> None:
        for payer, fen in shares.items():
            self.amounts[kind.value] += fen
            self.payers[payer.value] += fen


@dataclass
class CostTotal:
    key: str  # week or customer
    rmas: set[str] = field(default_factory=set)
    amounts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    payers: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        (p.value for p in Payer), 0))
    unpriced_parts: int = 0

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


def labour_fen(minutes: int, rate_fen_per_hour: int) -> int:
    return (2 * minutes * rate_fen_per_hour + 60) // 120  # minutes/60 x rate, half up


def totals(lines: Iterable[CostLine], *, by: str) -> list[CostTotal]:
    """Sum the lines per week (in week order) or per customer (largest total first)."""
    groups: dict[str, CostTotal] = {}
    for line in lines:
        key = str(line.week) if by == "week" else line.customer
        total = groups.setdefault(key, CostTotal(key=key))
        total.rmas.add(line.rma_no)
        for kind, fen in line.amounts.items():
            total.amounts[kind] += fen
        for payer, fen in line.payers.items():
            total.payers[payer] += fen
        total.unpriced_parts += line.unpriced_parts
    if by == "week":
        return [groups[k] for k in sorted(groups)]
    return sorted(groups.values(), key=lambda t: (-t.total, t.key))


@dataclass(frozen=True)
class CostItem:
    """One priced item of an RMA's ledger."""

    day: date
    kind: str
    source: str  # "repair record", "parts list" or "booked"
    amount_fen: int
    payer: str
    note: str


__all__ = ["CostItem", "CostLine", "CostTotal", "labour_fen", "totals"]
