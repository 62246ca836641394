"""The monthly report (001 七) and the quarterly complaint summary (002, 004), as plain data.

A period is the ISO weeks whose Thursday falls in the month or quarter (the rule that gives
each ISO week its year), so the month's figures are exactly the sum of its weekly reports and
no week is split or counted twice; ``first_day``/``last_day`` say which days that is.
Defined in docs/reports.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.stats import CAUSE_KEYS, all_causes, average, rate
from benchapp.domain.supervision import Severity

if TYPE_CHECKING:
    from benchapp.reports.yields import YieldReport

_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
_QUARTER_RE = re.compile(r"^\s*(\d{4})-?Q([1-4])\s*$", re.IGNORECASE)
FEEDBACK_LISTED = 500  # the answers printed; the counts cover every one


@dataclass(frozen=True)
class Period:
    kind: str  # "month" or "quarter"
    label: str  # 2026-11, 2026Q4
    weeks: tuple[IsoWeek, ...]

    @classmethod
    def month(cls, text: str) -> Period:
        match = _MONTH_RE.match(text or "")
        if not match or not 1 <= int(match.group(2)) <= 12 or not 2000 <= int(match.group(1)):
            raise InvalidInput(Reason.VALUE_INVALID, value=text, field="month",
                               allowed="YYYY-MM, e.g. 2026-11")
        year, month = int(match.group(1)), int(match.group(2))
        return cls("month", f"{year}-{month:02d}", _weeks(year, [month]))

    @classmethod
    def quarter(cls, text: str) -> Period:
        match = _QUARTER_RE.match(text or "")
        if not match or not 2000 <= int(match.group(1)):
            raise InvalidInput(Reason.VALUE_INVALID, value=text, field="quarter",
                               allowed="YYYYQn, e.g. 2026Q4")
        year, q = int(match.group(1)), int(match.group(2))
        return cls("quarter", f"{year}Q{q}", _weeks(year, [3 * q - 2, 3 * q - 1, 3 * q]))

    @property
    def first_day(self) -> date:
        return self.weeks[0].monday

    @property
    def last_day(self) -> date:
        return self.weeks[-1].sunday

    def bounds(self, utc_offset_minutes: int) -> tuple[datetime, datetime]:
        """[start, end) on the shop's wall clock, as aware UTC datetimes."""
        return self.weeks[0].bounds(utc_offset_minutes)[0], self.weeks[-1].bounds(
            utc_offset_minutes)[1]

    def to_json(self) -> dict[str, Any]:
        return {self.kind: self.label, "from": self.first_day.isoformat(),
                "to": self.last_day.isoformat(), "weeks": [str(w) for w in self.weeks]}


def _weeks(year: int, months: list[int]) -> tuple[IsoWeek, ...]:
    day = date(year, months[0], 1)
    day += timedelta(days=(3 - day.weekday()) % 7)  # the first Thursday
    weeks = []
    while day.year == year and day.month in months:
        weeks.append(IsoWeek.of(day))
        day += timedelta(days=7)
    return tuple(weeks)


# -- the monthly report ----------------------------------------------------------------------


@dataclass(frozen=True)
class ModelLine:
    """One model's failures in the period, counted as the weekly report counts them."""

    model: str
    units: int  # units whose first failure fell in the period
    repaired_units: int
    repair_minutes: int
    max_repair_minutes: int | None
    by_cause: dict[str, int] = field(default_factory=lambda: all_causes({}))

    @property
    def avg_repair_minutes(self) -> float | None:
        return average(self.repair_minutes, self.repaired_units)

    def to_json(self) -> dict[str, Any]:
        return {"model": self.model, "units": self.units, "repaired_units": self.repaired_units,
                "repair_minutes": self.repair_minutes,
                "avg_repair_minutes": self.avg_repair_minutes,
                "max_repair_minutes": self.max_repair_minutes, "by_cause": dict(self.by_cause)}


@dataclass(frozen=True)
class FaultLine:
    """A fault type (cause category and root cause) and how often it occurred."""

    cause: str
    root_cause: str
    units: int
    share: float | None


@dataclass(frozen=True)
class FeedbackLine:
    rma_no: str
    customer: str
    contacted_at: datetime
    contacted_by: str
    received: bool | None
    satisfied: bool | None
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"rma_no": self.rma_no, "customer": self.customer,
                "contacted_at": self.contacted_at.isoformat(), "contacted_by": self.contacted_by,
                "received": self.received, "satisfied": self.satisfied, "note": self.note}


@dataclass(frozen=True)
class Feedback:
    """The follow-ups recorded in the period (001 五): how many, and what customers said."""

    done: int = 0
    received: int = 0
    not_received: int = 0
    satisfied: int = 0
    not_satisfied: int = 0
    lines: list[FeedbackLine] = field(default_factory=list)  # at most FEEDBACK_LISTED

    @property
    def satisfaction_rate(self) -> float | None:
        return rate(self.satisfied, self.satisfied + self.not_satisfied)

    def to_json(self) -> dict[str, Any]:
        return {"done": self.done, "received": self.received, "not_received": self.not_received,
                "satisfied": self.satisfied, "not_satisfied": self.not_satisfied,
                "satisfaction_rate": self.satisfaction_rate,
                "lines": [line.to_json() for line in self.lines]}


@dataclass(frozen=True)
class MonthlyReport:
    period: Period
    models: list[ModelLine]  # most units first
    faults: list[FaultLine]  # most frequent first
    feedback: Feedback
    form_no: str
    form_revision: str
    # Issue 17.5: the month's yield figures (benchapp.reports.yields); None when not read.
    yields: YieldReport | None = None

    @property
    def units(self) -> int:
        return sum(m.units for m in self.models)

    @property
    def repaired_units(self) -> int:
        return sum(m.repaired_units for m in self.models)

    @property
    def repair_minutes(self) -> int:
        return sum(m.repair_minutes for m in self.models)

    @property
    def avg_repair_minutes(self) -> float | None:
        return average(self.repair_minutes, self.repaired_units)

    @property
    def max_repair_minutes(self) -> int | None:
        longest = [m.max_repair_minutes for m in self.models if m.max_repair_minutes is not None]
        return max(longest) if longest else None

    @property
    def by_cause(self) -> dict[str, int]:
        return {k: sum(m.by_cause.get(k, 0) for m in self.models) for k in CAUSE_KEYS}

    def to_json(self) -> dict[str, Any]:
        return {
            **self.period.to_json(),
            "units": self.units, "repaired_units": self.repaired_units,
            "repair_minutes": self.repair_minutes,
            "avg_repair_minutes": self.avg_repair_minutes,
            "max_repair_minutes": self.max_repair_minutes,
            "by_cause": self.by_cause,
            "by_model": [m.to_json() for m in self.models],
            "fault_frequency": [{"cause": f.cause, "root_cause": f.root_cause,
                                 "units": f.units, "share": f.share} for f in self.faults],
            "customer_feedback": self.feedback.to_json(),
            "form": {"no": self.form_no, "revision": self.form_revision},
            "yields": None if self.yields is None else self.yields.to_json(),
        }


# -- the quarterly complaint summary -----------------------------------------------------------


@dataclass(frozen=True)
class ComplaintLine:
    notice_no: str
    rma_no: str
    customer: str
    model: str
    status: str
    severity: str
    non_customer_units: int
    shipped_qty: int
    raised_at: datetime
    closed_at: datetime | None
    closure_due: datetime
    # None while open; else whether it closed by its closure limit (working days).
    closed_on_time: bool | None

    def to_json(self) -> dict[str, Any]:
        return {"notice_no": self.notice_no, "rma_no": self.rma_no, "customer": self.customer,
                "model": self.model, "status": self.status, "severity": self.severity,
                "non_customer_units": self.non_customer_units, "shipped_qty": self.shipped_qty,
                "raised_at": self.raised_at.isoformat(),
                "closed_at": self.closed_at.isoformat() if self.closed_at else None,
                "closure_due": self.closure_due.isoformat(),
                "closed_on_time": self.closed_on_time}


@dataclass(frozen=True)
class QuarterlyReport:
    period: Period
    notices: list[ComplaintLine]  # by notice number
    feedback: Feedback

    def count(self, **match: object) -> int:
        return sum(1 for n in self.notices
                   if all(getattr(n, k) == v for k, v in match.items()))

    @property
    def by_customer(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for n in self.notices:
            counts[n.customer] = counts.get(n.customer, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    @property
    def closed(self) -> int:
        return sum(1 for n in self.notices if n.closed_at is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.period.to_json(),
            "notices": len(self.notices),
            "closed": self.closed,
            "open": len(self.notices) - self.closed,
            "closed_on_time": self.count(closed_on_time=True),
            "closed_late": self.count(closed_on_time=False),
            "by_severity": {s.value: self.count(severity=s.value) for s in Severity},
            "by_customer": self.by_customer,
            "notice_list": [n.to_json() for n in self.notices],
            "customer_feedback": self.feedback.to_json(),
        }
