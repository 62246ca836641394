"""The reports as JSON documents and CSV rows (the formats are specified in docs/reports.md)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from benchapp.domain.stats import CAUSE_KEYS, rate
from benchapp.domain.supervision import OverdueItem, yuan
from benchapp.domain.text import csv_safe
from benchapp.reports.costs import KINDS, CostLine, CostTotal
from benchapp.reports.weekly import WeekFigures, WeeklyReport

WEEKLY_CSV_HEADER = ["week", "section", "key", "value", "share", "cumulative"]
WEEKLY_FIGURES = [
    "units", "repaired_units", "nff_released", "repair_records", "repair_minutes",
    "avg_repair_minutes", "max_repair_minutes", "rework_loops", "repeat_repair_units",
    "repeat_repair_rate", "nff_units", "nff_rate", "on_time_units", "late_units",
    "pending_units", "on_time_rate", "repeat_returns", "complaint_notices", "cause_basis",
    "rework_units", "rework_records",
]
TREND_CSV_HEADER = [
    "week", "from", "to", "units", "repaired_units", "nff_released", *CAUSE_KEYS,
    "repair_records", "repair_minutes", "avg_repair_minutes", "max_repair_minutes",
    "rework_loops", "repeat_repair_units", "repeat_repair_rate", "nff_rate", "on_time_units",
    "late_units", "pending_units", "on_time_rate", "repeat_returns", "complaint_notices",
    "rework_units", "rework_records",
]
_AMOUNTS = [*KINDS, "total", "company_pays", "customer_pays", "unpriced_parts"]
COST_CSV_HEADERS = {
    "rma": ["week", "rma_no", "customer", "model", *_AMOUNTS],
    "week": ["week", "rmas", *_AMOUNTS],
    "customer": ["customer", "rmas", *_AMOUNTS],
}
OVERDUE_CSV_HEADER = ["kind", "ref", "rma_no", "customer", "due_at", "overdue_hours", "owner",
                      "detail"]


def cell(value: Any) -> Any:
    """CSV cell: nothing for a figure that does not exist (a rate with no denominator); text
    that a spreadsheet would run as a formula is neutralised (benchapp.domain.text.csv_safe)."""
    return "" if value is None else csv_safe(value)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue()


def to_json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


# -- weekly --------------------------------------------------------------------------------


def weekly_csv_rows(report: WeeklyReport) -> list[list[Any]]:
    doc = report.to_json()
    week = doc["week"]
    f = report.figures
    rows: list[list[Any]] = [[week, "figure", key, doc[key], None, None]
                             for key in WEEKLY_FIGURES]
    rows += [[week, "by_cause", k, n, rate(n, f.units), None] for k, n in f.by_cause.items()]
    rows += [[week, "pareto", b.key, b.count, b.share, b.cumulative] for b in report.pareto]
    rows += [[week, "by_model", k, n, rate(n, f.units), None]
             for k, n in report.by_model.items()]
    rows += [[week, "by_process", k, n, rate(n, f.repaired_units), None]
             for k, n in report.by_process.items()]
    rows += [[week, "by_department", k, n, rate(n, f.repaired_units), None]
             for k, n in report.by_department.items()]
    rows += [[week, "root_cause", f"{r.cause}: {r.root_cause}", r.units, r.share,
              r.cumulative] for r in report.root_causes]
    rows += [[week, "rework",
              f"{r.cause}: {r.root_cause} ({r.responsible_process} / {r.responsible_department})",
              r.units, rate(r.units, f.rework_units), None] for r in report.rework]
    rows += [[week, "cause_code", " ".join(p for p in (c.code or "-", c.cause,
                                                       f"({c.cause_category})") if p),
              c.records, None, None] for c in report.cause_codes]
    rows += [[week, "repeat_return", f"{r.serial} {r.rma_no} (after {r.previous_rma_no})",
              r.days_since_previous, None, None] for r in report.repeat_return_list]
    rows += [[week, "complaint_notice", f"{n.notice_no} {n.rma_no}", n.status, None, None]
             for n in report.complaint_notice_list]
    rows += [[week, "corrective_action", f"{a.ca_no} {a.responsible_process}", a.status, None,
              None] for a in report.corrective_actions]
    rows += [[week, "customer_follow_ups", k, n, None, None]
             for k, n in report.follow_ups.items()]
    return rows


def weekly_csv(report: WeeklyReport) -> str:
    return to_csv(WEEKLY_CSV_HEADER, weekly_csv_rows(report))


# -- trend ---------------------------------------------------------------------------------


def trend_json(rows: list[WeekFigures]) -> dict[str, Any]:
    return {"from": str(rows[0].week), "to": str(rows[-1].week), "weeks": len(rows),
            "rows": [r.to_json() for r in rows]}


def trend_csv(rows: list[WeekFigures]) -> str:
    def flat(r: WeekFigures) -> list[Any]:
        doc = r.to_json()
        return [doc[k] if k in doc else doc["by_cause"][k] for k in TREND_CSV_HEADER]

    return to_csv(TREND_CSV_HEADER, (flat(r) for r in rows))


# -- costs ---------------------------------------------------------------------------------


def _amounts(amounts: dict[str, int], payers: dict[str, int], total: int,
             unpriced: int) -> list[Any]:
    return [*(yuan(amounts[k]) for k in KINDS), yuan(total), yuan(payers["company"]),
            yuan(payers["customer"]), unpriced]


def cost_csv(lines: list[CostLine], totals: list[CostTotal] | None, *, by: str) -> str:
    if by == "rma":
        rows: Iterable[list[Any]] = (
            [str(c.week), c.rma_no, c.customer, c.model,
             *_amounts(c.amounts, c.payers, c.total, c.unpriced_parts)] for c in lines)
    else:
        assert totals is not None
        rows = ([t.key, len(t.rmas), *_amounts(t.amounts, t.payers, t.total,
                                                  t.unpriced_parts)] for t in totals)
    return to_csv(COST_CSV_HEADERS[by], rows)


# -- overdue -------------------------------------------------------------------------------


def overdue_rows(items: list[OverdueItem]) -> list[list[Any]]:
    return [[i.kind.value, i.ref, i.rma_no, i.customer, i.due_at.isoformat(),
             round(i.overdue_by.total_seconds() / 3600, 1), i.owner, i.detail] for i in items]


def overdue_json(items: list[OverdueItem]) -> list[dict[str, Any]]:
    return [dict(zip(OVERDUE_CSV_HEADER, row, strict=True)) for row in overdue_rows(items)]
