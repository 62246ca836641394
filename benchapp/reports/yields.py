"""The yield figures the supervisor asks for (issue 17.5), as plain data: first-pass yield of
re-inspection and mean time to repair per week or month, return rate per delivery and per
model against the delivered quantity. Defined in docs/reports.md ("Yield figures")."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from benchapp.domain.calendar import IsoWeek, weeks_between
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.stats import average, rate

_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


@dataclass(frozen=True)
class YieldRange:
    """ISO weeks from ``--from`` to ``--to``; ``by`` "week" or "month". A month is the ISO
    weeks whose Thursday falls in it, as in the monthly report, so no week is split."""

    by: str
    weeks: tuple[IsoWeek, ...]

    @classmethod
    def parse(cls, first: str, last: str) -> YieldRange:
        """Both YYYY-Www (per week) or both YYYY-MM (per month)."""
        if _MONTH_RE.match(first or "") and _MONTH_RE.match(last or ""):
            from benchapp.reports.period import Period

            a, b = Period.month(first), Period.month(last)
            if not a.weeks or not b.weeks:
                raise InvalidInput(Reason.VALUE_INVALID, value=f"{first} to {last}",
                                   field="month range", allowed="months with ISO weeks")
            return cls("month", _range(a.weeks[0], b.weeks[-1]))
        try:
            return cls("week", _range(IsoWeek.parse(first), IsoWeek.parse(last)))
        except InvalidInput:
            raise InvalidInput(Reason.VALUE_INVALID, value=f"{first} to {last}",
                               field="--from/--to",
                               allowed="two ISO weeks (2026-W40) or two months (2026-09)"
                               ) from None

    @classmethod
    def ending(cls, end: IsoWeek, count: int, *, by: str = "week") -> YieldRange:
        """``count`` weeks, or months, ending with ``end`` (its month, for months): what the
        Supervisor's yield chart shows."""
        if by == "week":
            return cls("week", _range(end.shift(-(count - 1)), end))
        from benchapp.reports.period import Period

        month = end.monday + timedelta(days=3)
        year, index = month.year, month.year * 12 + month.month - 1 - (count - 1)
        first = Period.month(f"{index // 12}-{index % 12 + 1:02d}")
        last = Period.month(f"{year}-{month.month:02d}")
        return cls("month", _range(first.weeks[0], last.weeks[-1]))

    def bucket(self, week: IsoWeek) -> str:
        if self.by == "week":
            return str(week)
        day = week.monday + timedelta(days=3)  # the Thursday names the week's month
        return f"{day.year}-{day.month:02d}"

    @property
    def buckets(self) -> list[str]:
        return list(dict.fromkeys(self.bucket(w) for w in self.weeks))


# A bounded read: at most ten years of weeks.
MAX_WEEKS = 530


def _range(first: IsoWeek, last: IsoWeek) -> tuple[IsoWeek, ...]:
    weeks = weeks_between(first, last)
    if len(weeks) > MAX_WEEKS:
        raise InvalidInput(Reason.VALUE_INVALID, value=f"{first} to {last}",
                           field="--from/--to", allowed=f"at most {MAX_WEEKS} weeks")
    return tuple(weeks)


@dataclass(frozen=True)
class BucketYield:
    """One week or month: re-inspection's first pass and the repair records' minutes."""

    period: str
    reinspected: int  # units whose first re-inspection attempt was decided in the period
    first_pass: int  # of which passed test and OQC at that first attempt
    repairs: int  # repair records completed in the period
    repair_minutes: int  # their recorded minutes, summed

    @property
    def first_pass_yield(self) -> float | None:
        return rate(self.first_pass, self.reinspected)

    @property
    def mttr_minutes(self) -> float | None:
        return average(self.repair_minutes, self.repairs)


@dataclass(frozen=True)
class DeliveryReturns:
    delivery_no: str
    customer: str
    models: tuple[str, ...]
    ship_date: Any
    delivered_qty: int | None  # None: the delivery was recorded without its quantity
    returned_units: int  # distinct serials returned from it so far, every RMA

    @property
    def return_rate(self) -> float | None:
        return None if self.delivered_qty is None else rate(self.returned_units,
                                                            self.delivered_qty)


@dataclass(frozen=True)
class ModelReturns:
    model: str
    deliveries: int  # deliveries with a quantity that this model came back from
    delivered_qty: int
    returned_units: int
    without_qty: int  # deliveries of the model without a quantity (not in the rate)

    @property
    def return_rate(self) -> float | None:
        return rate(self.returned_units, self.delivered_qty)


@dataclass(frozen=True)
class YieldReport:
    range: YieldRange
    buckets: tuple[BucketYield, ...]
    deliveries: tuple[DeliveryReturns, ...]
    models: tuple[ModelReturns, ...]
    deliveries_truncated: bool

    @property
    def total(self) -> BucketYield:
        return BucketYield(
            period="total", reinspected=sum(b.reinspected for b in self.buckets),
            first_pass=sum(b.first_pass for b in self.buckets),
            repairs=sum(b.repairs for b in self.buckets),
            repair_minutes=sum(b.repair_minutes for b in self.buckets))

    def to_json(self) -> dict[str, Any]:
        def bucket(b: BucketYield) -> dict[str, Any]:
            return {"period": b.period, "reinspected": b.reinspected,
                    "first_pass": b.first_pass, "first_pass_yield": b.first_pass_yield,
                    "repairs": b.repairs, "repair_minutes": b.repair_minutes,
                    "mttr_minutes": b.mttr_minutes}

        return {
            "by": self.range.by, "from": str(self.range.weeks[0]),
            "to": str(self.range.weeks[-1]),
            "periods": [bucket(b) for b in self.buckets], "total": bucket(self.total),
            "deliveries": [{"delivery_no": d.delivery_no, "customer": d.customer,
                            "models": list(d.models),
                            "ship_date": d.ship_date.isoformat() if d.ship_date else None,
                            "delivered_qty": d.delivered_qty,
                            "returned_units": d.returned_units,
                            "return_rate": d.return_rate} for d in self.deliveries],
            "deliveries_truncated": self.deliveries_truncated,
            "models": [{"model": m.model, "deliveries": m.deliveries,
                        "delivered_qty": m.delivered_qty, "returned_units": m.returned_units,
                        "return_rate": m.return_rate, "deliveries_without_qty": m.without_qty}
                       for m in self.models],
        }


YIELDS_CSV_HEADER = ["period", "reinspected", "first_pass", "first_pass_yield", "repairs",
                     "repair_minutes", "mttr_minutes"]


def yields_csv(report: YieldReport) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(YIELDS_CSV_HEADER)
    for b in (*report.buckets, report.total):
        w.writerow([b.period, b.reinspected, b.first_pass,
                    "" if b.first_pass_yield is None else b.first_pass_yield, b.repairs,
                    b.repair_minutes, "" if b.mttr_minutes is None else b.mttr_minutes])
    return out.getvalue()
