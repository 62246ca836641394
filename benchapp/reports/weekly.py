"""售后维修统计分析表: the weekly repair statistics and their trend, as plain data.

Every figure is defined in docs/reports.md. The figures are read from the summary tables by
``benchapp.db.report_queries`` through ``benchapp.services.reports``, which brings the tables
up to date first, so a week's report and the 52-week trend read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from benchapp.domain.calendar import IsoWeek
from benchapp.domain.stats import ParetoBar, all_causes, average, rate

ROOT_CAUSES_LISTED = 10
REPEATS_LISTED = 50
# How the cause figures classify a unit (docs/reports.md): by its first repair record.
CAUSE_BASIS = "first_failure"


@dataclass(frozen=True)
class WeekFigures:
    """The scalar figures of one week: a row of the trend, the head of the weekly report."""

    week: IsoWeek
    units: int = 0
    repaired_units: int = 0
    nff_released: int = 0
    repair_records: int = 0
    by_cause: dict[str, int] = field(default_factory=lambda: all_causes({}))
    repair_minutes: int = 0
    max_repair_minutes: int | None = None
    rework_loops: int = 0
    repeat_repair_units: int = 0
    on_time_units: int = 0
    late_units: int = 0
    pending_units: int = 0
    repeat_returns: int = 0
    complaint_notices: int = 0
    rework_units: int = 0
    rework_records: int = 0

    @property
    def avg_repair_minutes(self) -> float | None:
        return average(self.repair_minutes, self.repaired_units)

    @property
    def nff_units(self) -> int:
        return self.by_cause["nff"]

    @property
    def nff_rate(self) -> float | None:
        return rate(self.nff_units, self.units)

    @property
    def repeat_repair_rate(self) -> float | None:
        return rate(self.repeat_repair_units, self.repaired_units)

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time_units, self.on_time_units + self.late_units)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": str(self.week),
            "from": self.week.monday.isoformat(),
            "to": self.week.sunday.isoformat(),
            "units": self.units,
            "repaired_units": self.repaired_units,
            "nff_released": self.nff_released,
            "repair_records": self.repair_records,
            "by_cause": dict(self.by_cause),
            "repair_minutes": self.repair_minutes,
            "avg_repair_minutes": self.avg_repair_minutes,
            "max_repair_minutes": self.max_repair_minutes,
            "rework_loops": self.rework_loops,
            "repeat_repair_units": self.repeat_repair_units,
            "repeat_repair_rate": self.repeat_repair_rate,
            "nff_units": self.nff_units,
            "nff_rate": self.nff_rate,
            "on_time_units": self.on_time_units,
            "late_units": self.late_units,
            "pending_units": self.pending_units,
            "on_time_rate": self.on_time_rate,
            "repeat_returns": self.repeat_returns,
            "complaint_notices": self.complaint_notices,
            # After the keys that were there first: the cause figures count each unit's first
            # failure; its later records (rework loops) count here.
            "cause_basis": CAUSE_BASIS,
            "rework_units": self.rework_units,
            "rework_records": self.rework_records,
        }


@dataclass(frozen=True)
class RootCause:
    cause: str
    root_cause: str
    units: int
    share: float
    cumulative: float


@dataclass(frozen=True)
class CauseCodeLine:
    """Repair records completed in the week under one cause code (their own, or the code
    their free text is mapped to; "" for neither) and cause category."""

    code: str
    cause: str  # the library's text of the code, "" when uncoded or no longer in the library
    cause_category: str
    records: int


@dataclass(frozen=True)
class ReworkLine:
    """Units that went round a rework loop in the week, by their last rework record."""

    cause: str
    root_cause: str
    responsible_process: str
    responsible_department: str
    units: int


@dataclass(frozen=True)
class RepeatReturnLine:
    serial: str
    rma_no: str
    previous_rma_no: str
    days_since_previous: int


@dataclass(frozen=True)
class NoticeLine:
    notice_no: str
    rma_no: str
    customer: str
    status: str
    severity: str
    non_customer_units: int
    shipped_qty: int


@dataclass(frozen=True)
class ActionLine:
    ca_no: str
    responsible_process: str
    person_found: str
    due_date: date
    status: str


@dataclass(frozen=True)
class WeeklyReport:
    figures: WeekFigures
    by_model: dict[str, int]
    pareto: list[ParetoBar]
    root_causes: list[RootCause]
    by_process: dict[str, int]
    by_department: dict[str, int]
    repeat_window_days: int
    repeat_return_list: list[RepeatReturnLine]
    complaint_notice_list: list[NoticeLine]
    corrective_actions: list[ActionLine]
    follow_ups: dict[str, int]
    form_no: str
    form_revision: str
    as_of: date  # the day "late though not shipped" was judged on
    rework: list[ReworkLine] = field(default_factory=list)
    cause_codes: list[CauseCodeLine] = field(default_factory=list)

    @property
    def week(self) -> IsoWeek:
        return self.figures.week

    def to_json(self) -> dict[str, Any]:
        out = self.figures.to_json()
        out.update({
            "by_model": dict(self.by_model),
            "pareto": [{"cause": b.key, "units": b.count, "share": b.share,
                        "cumulative": b.cumulative} for b in self.pareto],
            "root_causes": [{"cause": r.cause, "root_cause": r.root_cause, "units": r.units,
                             "share": r.share, "cumulative": r.cumulative}
                            for r in self.root_causes],
            "responsibility": {"by_process": dict(self.by_process),
                               "by_department": dict(self.by_department)},
            "repeat_return_window_days": self.repeat_window_days,
            "repeat_return_list": [{"serial": r.serial, "rma_no": r.rma_no,
                                    "previous_rma_no": r.previous_rma_no,
                                    "days_since_previous": r.days_since_previous}
                                   for r in self.repeat_return_list],
            "complaint_notice_list": [{"notice_no": n.notice_no, "rma_no": n.rma_no,
                                       "customer": n.customer, "status": n.status,
                                       "severity": n.severity,
                                       "non_customer_units": n.non_customer_units,
                                       "shipped_qty": n.shipped_qty}
                                      for n in self.complaint_notice_list],
            "corrective_actions": [{"ca_no": a.ca_no, "responsible_process":
                                    a.responsible_process, "person_found": a.person_found,
                                    "due_date": a.due_date.isoformat(), "status": a.status}
                                   for a in self.corrective_actions],
            "customer_follow_ups": dict(self.follow_ups),
            "as_of": self.as_of.isoformat(),
            "form": {"no": self.form_no, "revision": self.form_revision},
            "rework": [{"cause": r.cause, "root_cause": r.root_cause,
                        "responsible_process": r.responsible_process,
                        "responsible_department": r.responsible_department, "units": r.units}
                       for r in self.rework],
            "cause_codes": [{"code": c.code, "cause": c.cause,
                             "cause_category": c.cause_category, "records": c.records}
                            for c in self.cause_codes],
        })
        return out
