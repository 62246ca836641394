"""The monthly report and the quarterly complaint summary as CSV rows and .xlsx workbooks, and
the weekly report as a workbook too (the formats are specified in docs/reports.md)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from benchapp.domain.stats import CAUSE_KEYS
from benchapp.reports.export import WEEKLY_CSV_HEADER, to_csv, weekly_csv_rows
from benchapp.reports.period import Feedback, MonthlyReport, QuarterlyReport
from benchapp.reports.weekly import WeeklyReport
from benchapp.reports.yields import YIELDS_CSV_HEADER, YieldReport

PERIOD_CSV_HEADER = ["period", "section", "key", "field", "value"]
MODEL_COLUMNS = ["model", "units", "repaired_units", "repair_minutes", "avg_repair_minutes",
                 "max_repair_minutes", *CAUSE_KEYS]
FAULT_COLUMNS = ["cause", "root_cause", "units", "share"]
FEEDBACK_COLUMNS = ["rma_no", "customer", "contacted_at", "contacted_by", "received",
                    "satisfied", "note"]
FEEDBACK_FIGURES = ["done", "received", "not_received", "satisfied", "not_satisfied",
                    "satisfaction_rate"]
NOTICE_COLUMNS = ["notice_no", "rma_no", "customer", "model", "status", "severity",
                  "non_customer_units", "shipped_qty", "raised_at", "closed_at", "closure_due",
                  "closed_on_time"]
MONTHLY_FIGURES = ["units", "repaired_units", "repair_minutes", "avg_repair_minutes",
                   "max_repair_minutes"]
QUARTERLY_FIGURES = ["notices", "closed", "open", "closed_on_time", "closed_late"]
# Issue 17.5: the month's yield figures (the columns of `benchapp report yields`).
DELIVERY_RETURN_COLUMNS = ["delivery_no", "customer", "models", "ship_date", "delivered_qty",
                           "returned_units", "return_rate"]
MODEL_RETURN_COLUMNS = ["model", "deliveries", "delivered_qty", "returned_units", "return_rate",
                        "deliveries_without_qty"]


def _yield_rows(report: YieldReport | None) -> list[list[Any]]:
    if report is None:
        return []
    doc = report.to_json()
    return [[b[k] for k in YIELDS_CSV_HEADER] for b in doc["periods"]]


def _delivery_return_rows(report: YieldReport | None) -> list[list[Any]]:
    if report is None:
        return []
    return [[", ".join(v) if k == "models" else v
             for k, v in ((k, d[k]) for k in DELIVERY_RETURN_COLUMNS)]
            for d in report.to_json()["deliveries"]]


def _model_return_rows(report: YieldReport | None) -> list[list[Any]]:
    if report is None:
        return []
    return [[m[k] for k in MODEL_RETURN_COLUMNS] for m in report.to_json()["models"]]


def _model_rows(report: MonthlyReport) -> list[list[Any]]:
    return [[m.model, m.units, m.repaired_units, m.repair_minutes, m.avg_repair_minutes,
             m.max_repair_minutes, *(m.by_cause.get(k, 0) for k in CAUSE_KEYS)]
            for m in report.models]


def _fault_rows(report: MonthlyReport) -> list[list[Any]]:
    return [[f.cause, f.root_cause, f.units, f.share] for f in report.faults]


def _feedback_rows(feedback: Feedback) -> list[list[Any]]:
    return [[line.to_json()[k] for k in FEEDBACK_COLUMNS] for line in feedback.lines]


def _notice_rows(report: QuarterlyReport) -> list[list[Any]]:
    return [[n.to_json()[k] for k in NOTICE_COLUMNS] for n in report.notices]


# -- CSV: one figure per row -------------------------------------------------------------------


def _long(period: str, section: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
          key_columns: int = 1) -> list[list[Any]]:
    out = []
    for row in rows:
        key = " / ".join(str(v) for v in row[:key_columns])
        out += [[period, section, key, name, value]
                for name, value in zip(columns[key_columns:], row[key_columns:], strict=True)]
    return out


def _feedback_long(period: str, feedback: Feedback) -> list[list[Any]]:
    doc = feedback.to_json()
    return ([[period, "feedback", "", k, doc[k]] for k in FEEDBACK_FIGURES]
            + _long(period, "feedback_line", FEEDBACK_COLUMNS, _feedback_rows(feedback)))


def monthly_csv(report: MonthlyReport) -> str:
    doc = report.to_json()
    label = report.period.label
    rows = [[label, "figure", "", k, doc[k]] for k in MONTHLY_FIGURES]
    rows += [[label, "by_cause", k, "units", n] for k, n in report.by_cause.items()]
    rows += _long(label, "model", MODEL_COLUMNS, _model_rows(report))
    rows += _long(label, "fault", FAULT_COLUMNS, _fault_rows(report), key_columns=2)
    rows += _feedback_long(label, report.feedback)
    # Added after the older sections, so a reader of those finds them where they were.
    rows += _long(label, "yield", YIELDS_CSV_HEADER, _yield_rows(report.yields))
    rows += _long(label, "delivery_returns", DELIVERY_RETURN_COLUMNS,
                  _delivery_return_rows(report.yields), key_columns=2)
    rows += _long(label, "model_returns", MODEL_RETURN_COLUMNS,
                  _model_return_rows(report.yields))
    return to_csv(PERIOD_CSV_HEADER, rows)


def quarterly_csv(report: QuarterlyReport) -> str:
    doc = report.to_json()
    label = report.period.label
    rows = [[label, "figure", "", k, doc[k]] for k in QUARTERLY_FIGURES]
    rows += [[label, "by_severity", k, "notices", n] for k, n in doc["by_severity"].items()]
    rows += [[label, "by_customer", k, "notices", n] for k, n in doc["by_customer"].items()]
    rows += _long(label, "notice", NOTICE_COLUMNS, _notice_rows(report))
    rows += _feedback_long(label, report.feedback)
    return to_csv(PERIOD_CSV_HEADER, rows)


# -- .xlsx: a sheet per table --------------------------------------------------------------


def _workbook(sheets: list[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    # Text stays text: a customer name or note starting with "=" is never a formula, and an
    # address in a note is not turned into a link.
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    bold = book.add_format({"bold": True, "bg_color": "#DDE7F3", "border": 1})
    for title, header, rows in sheets:
        sheet = book.add_worksheet(title)
        widths = [len(h) + 2 for h in header]
        for c, name in enumerate(header):
            sheet.write_string(0, c, name, bold)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(r, c, value)
                elif isinstance(value, int | float):
                    sheet.write_number(r, c, value)
                else:
                    text = str(value)
                    sheet.write_string(r, c, text)
                    widths[c] = max(widths[c], min(60, len(text) + 2))
        for c, w in enumerate(widths):
            sheet.set_column(c, c, w)
        sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


def _summary(doc: dict[str, Any], kind: str, figures: Sequence[str],
             extra: Sequence[tuple[str, Any]] = ()) -> list[list[Any]]:
    rows: list[list[Any]] = [[kind, doc[kind]], ["from", doc["from"]], ["to", doc["to"]],
                             ["weeks", ", ".join(doc["weeks"])]]
    rows += [[k, doc[k]] for k in figures]
    rows += [list(e) for e in extra]
    return rows


def monthly_xlsx(report: MonthlyReport) -> bytes:
    doc = report.to_json()
    feedback = doc["customer_feedback"]
    summary = _summary(doc, "month", MONTHLY_FIGURES,
                       [*((f"by_cause.{k}", n) for k, n in report.by_cause.items()),
                        *((f"feedback.{k}", feedback[k]) for k in FEEDBACK_FIGURES),
                        ("form", f"{report.form_no} Rev. {report.form_revision}")])
    return _workbook([("Summary", ["key", "value"], summary),
                      ("Models", MODEL_COLUMNS, _model_rows(report)),
                      ("Faults", FAULT_COLUMNS, _fault_rows(report)),
                      ("Feedback", FEEDBACK_COLUMNS, _feedback_rows(report.feedback)),
                      ("Yields", YIELDS_CSV_HEADER, _yield_rows(report.yields)),
                      ("Delivery returns", DELIVERY_RETURN_COLUMNS,
                       _delivery_return_rows(report.yields)),
                      ("Model returns", MODEL_RETURN_COLUMNS,
                       _model_return_rows(report.yields))])


def quarterly_xlsx(report: QuarterlyReport) -> bytes:
    doc = report.to_json()
    feedback = doc["customer_feedback"]
    summary = _summary(doc, "quarter", QUARTERLY_FIGURES,
                       [*((f"by_severity.{k}", n) for k, n in doc["by_severity"].items()),
                        *((f"feedback.{k}", feedback[k]) for k in FEEDBACK_FIGURES)])
    return _workbook([("Summary", ["key", "value"], summary),
                      ("Notices", NOTICE_COLUMNS, _notice_rows(report)),
                      ("Customers", ["customer", "notices"], list(doc["by_customer"].items())),
                      ("Feedback", FEEDBACK_COLUMNS, _feedback_rows(report.feedback))])


def weekly_xlsx(report: WeeklyReport) -> bytes:
    """The weekly CSV's rows in one sheet."""
    return _workbook([("Weekly", WEEKLY_CSV_HEADER, weekly_csv_rows(report))])
