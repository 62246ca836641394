"""Past repair records from a CSV file: decoded, checked row by row, all or nothing.

The header is fixed (docs/reports.md). A file is UTF-8 (with or without BOM) or GBK, as Excel
on a Chinese Windows saves it. Every bad row is reported with its line number and reason;
one bad row rejects the whole file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from benchapp.domain.delivery import (
    clean_date_code,
    clean_delivered_qty,
    clean_delivery_no,
    clean_lot,
)
from benchapp.domain.errors import InvalidInput
from benchapp.domain.rma import CONTACT_MAX, clean_phone
from benchapp.domain.rules import CauseCategory, clean_serial, clean_text
from benchapp.domain.supervision import SupervisionError, SupervisionReason

HEADER: tuple[str, ...] = (
    "rma_no", "customer", "model", "serial", "received_on", "repaired_on", "shipped_on",
    "due_on", "cause_category", "root_cause", "responsible_process", "repair_minutes",
    "rework_loops",
)
# Optional since migration 0012, all four or none, after the others: the delivery the return
# refers to (step 8 counts against it) and the board's production lot and date code.
DELIVERY_COLUMNS: tuple[str, ...] = ("delivery_no", "delivered_qty", "production_lot",
                                     "date_code")
FULL_HEADER = HEADER + DELIVERY_COLUMNS
# Optional since migration 0022, both or neither, last: the customer's contact person for the
# return (the service form prints it).
CONTACT_COLUMNS: tuple[str, ...] = ("contact", "contact_phone")
HEADERS: tuple[tuple[str, ...], ...] = (HEADER, FULL_HEADER, HEADER + CONTACT_COLUMNS,
                                        FULL_HEADER + CONTACT_COLUMNS)

# The CSV names the process, not the department; the department follows from the cause the
# way the repair records of the shop assign it (生产 -> 生产部, IQC/OQC -> 品质部, ...).
DEPARTMENT_OF_CAUSE: dict[CauseCategory, str] = {
    CauseCategory.PRODUCTION: "生产部",
    CauseCategory.INSPECTION: "品质部",
    CauseCategory.MATERIAL: "品质部",
    CauseCategory.DESIGN: "技术部",
    CauseCategory.CUSTOMER: "客户",
    CauseCategory.NFF: "技术部",
}

# RMA numbers of the app's own counter: an imported one would collide with a future receipt.
APP_RMA_NO = re.compile(r"^RMA-\d+$", re.IGNORECASE)
RMA_NO_MAX = 20
MAX_MINUTES = 100_000
MAX_LOOPS = 1000


class RowFault(StrEnum):
    FIELD = "field"  # a field failed its check; params: field, detail
    DATE = "date"
    DATE_ORDER = "date_order"
    FUTURE = "future"
    NUMBER = "number"
    CAUSE = "cause"
    COLUMNS = "columns"
    RMA_NO_APP = "rma_no_app"
    RMA_DIFFERS = "rma_differs"
    DUPLICATE = "duplicate"
    RMA_IN_APP = "rma_in_app"
    IMPORTED_OTHERWISE = "imported_otherwise"
    RMA_CLOSED_TO_NEW = "rma_closed_to_new"
    DELIVERY_DIFFERS = "delivery_differs"
    QTY_WITHOUT_DELIVERY = "qty_without_delivery"


ROW_MESSAGES: dict[RowFault, str] = {
    RowFault.FIELD: "{field}: {detail}",
    RowFault.DATE: "{field} '{value}' is not a date (YYYY-MM-DD)",
    RowFault.DATE_ORDER: "{later} {later_value} is before {earlier} {earlier_value}",
    RowFault.FUTURE: "{field} {value} is in the future",
    RowFault.NUMBER: "{field} '{value}' is not a whole number from {low} to {high}",
    RowFault.CAUSE: "cause_category '{value}' is not one of {allowed}",
    RowFault.COLUMNS: "{count} fields, the header has {expected}",
    RowFault.RMA_NO_APP: "rma_no '{value}' has the form of this app's own RMA numbers "
    "(RMA-<digits>); keep the old system's numbering",
    RowFault.RMA_DIFFERS: "{field} differs from line {line} of the same RMA {rma_no}",
    RowFault.DUPLICATE: "serial {serial} appears twice in RMA {rma_no} (line {line})",
    RowFault.RMA_IN_APP: "RMA {rma_no} exists in the database and was not imported",
    RowFault.IMPORTED_OTHERWISE: "{rma_no} {serial} was imported before with other content",
    RowFault.RMA_CLOSED_TO_NEW: "RMA {rma_no} was imported before without serial {serial}; "
    "an imported RMA is not extended",
    RowFault.DELIVERY_DIFFERS: "delivered_qty {given} of delivery {delivery_no} differs from "
    "{stored} ({where})",
    RowFault.QTY_WITHOUT_DELIVERY: "delivered_qty {value} without a delivery_no",
}


@dataclass(frozen=True)
class RowProblem:
    line: int
    fault: RowFault
    params: dict[str, Any]

    @property
    def message(self) -> str:
        return ROW_MESSAGES[self.fault].format(**self.params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportRejected(SupervisionError):
    """The file was refused; ``problems`` lists every bad row."""

    def __init__(self, source: str, problems: list[RowProblem]) -> None:  # noqa: D107
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__(SupervisionReason.IMPORT_REJECTED, source=source,
                         count=len({p.line for p in problems}))


@dataclass(frozen=True)
class HistoryRow:
    line: int
    rma_no: str
    customer: str
    model: str
    serial: str
    received_on: date
    repaired_on: date
    shipped_on: date | None
    due_on: date
    cause: CauseCategory
    root_cause: str
    responsible_process: str
    repair_minutes: int
    rework_loops: int
    delivery_no: str = ""
    delivered_qty: int | None = None
    production_lot: str = ""
    date_code: str = ""
    contact: str = ""
    contact_phone: str = ""

    @property
    def responsible_department(self) -> str:
        return DEPARTMENT_OF_CAUSE[self.cause]

    @property
    def sha256(self) -> str:
        """Over the checked values, so the same record re-saved as GBK is still the same."""
        values = [self.rma_no, self.customer, self.model, self.serial,
                  self.received_on.isoformat(), self.repaired_on.isoformat(),
                  self.shipped_on.isoformat() if self.shipped_on else "",
                  self.due_on.isoformat(), self.cause.value, self.root_cause,
                  self.responsible_process, str(self.repair_minutes), str(self.rework_loops)]
        extra = [self.delivery_no, "" if self.delivered_qty is None else str(self.delivered_qty),
                 self.production_lot, self.date_code]
        contact = [self.contact, self.contact_phone]
        if any(contact):  # after the delivery fields, even empty ones: one layout, one hash
            values += extra + contact
        elif any(extra):  # a row of a file without these columns keeps its hash of before
            values += extra
        return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()


def decode(data: bytes, source: str) -> str:
    """UTF-8 with BOM, UTF-8, or GBK (read as GB 18030, its superset), in that order."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise SupervisionError(SupervisionReason.IMPORT_UNREADABLE, source=source,
                               detail="the file is neither UTF-8 nor GBK text") from None


def parse_history(data: bytes, *, source: str, today: date) -> list[HistoryRow]:
    """Every row checked; raise ImportRejected listing all bad rows, or return them all."""
    text = decode(data, source)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise SupervisionError(SupervisionReason.IMPORT_UNREADABLE, source=source,
                               detail="the file is empty") from None
    except csv.Error as err:
        raise SupervisionError(SupervisionReason.IMPORT_UNREADABLE, source=source,
                               detail=f"line 1: {err}") from None
    names = [h.strip().lower() for h in header]
    if names not in [list(h) for h in HEADERS]:
        missing = [h for h in HEADER if h not in names]
        extra = [h for h in names if h not in FULL_HEADER + CONTACT_COLUMNS]
        detail = ("the header must be exactly: " + ",".join(HEADER) + " (optionally followed "
                  "by " + ",".join(DELIVERY_COLUMNS) + ", then optionally by "
                  + ",".join(CONTACT_COLUMNS) + ")")
        if missing or extra:
            detail += (f" (missing: {', '.join(missing) or '-'}; "
                       f"unknown: {', '.join(extra) or '-'})")
        raise SupervisionError(SupervisionReason.IMPORT_UNREADABLE, source=source,
                               detail=detail)
    rows: list[HistoryRow] = []
    problems: list[RowProblem] = []
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise SupervisionError(SupervisionReason.IMPORT_UNREADABLE, source=source,
                                   detail=f"line {line}: {err}") from None
        start, line = line, reader.line_num + 1
        if not any(field.strip() for field in record):
            continue  # blank lines, as Excel leaves them at the end
        row, found = _check_row(start, record, today, tuple(names))
        problems.extend(found)
        if row is not None:
            rows.append(row)
    problems.extend(_check_across(rows))
    if problems:
        raise ImportRejected(source, problems)
    return rows


def _check_row(line: int, record: list[str], today: date,
               header: tuple[str, ...] = HEADER) -> tuple[HistoryRow | None, list[RowProblem]]:
    if len(record) != len(header):
        return None, [RowProblem(line, RowFault.COLUMNS, {"count": len(record),
                                                          "expected": len(header)})]
    raw = dict(zip(header, (v.strip() for v in record), strict=True))
    problems: list[RowProblem] = []
    values: dict[str, Any] = {}

    def text(name: str, limit: int, required: bool = True) -> None:
        try:
            values[name] = clean_text(raw[name], name, required=required, limit=limit)
        except InvalidInput as err:
            problems.append(RowProblem(line, RowFault.FIELD, {"field": name,
                                                              "detail": err.message}))

    text("rma_no", RMA_NO_MAX)
    if values.get("rma_no") and APP_RMA_NO.match(values["rma_no"]):
        problems.append(RowProblem(line, RowFault.RMA_NO_APP, {"value": values["rma_no"]}))
    text("customer", 200)
    text("model", 100)
    try:
        values["serial"] = clean_serial(raw["serial"])
    except InvalidInput as err:
        problems.append(RowProblem(line, RowFault.FIELD, {"field": "serial",
                                                          "detail": err.message}))
    for name in ("received_on", "repaired_on", "shipped_on", "due_on"):
        if name == "shipped_on" and not raw[name]:
            values[name] = None
            continue
        try:
            values[name] = date.fromisoformat(raw[name])
            if len(raw[name]) != 10:
                raise ValueError(raw[name])
        except ValueError:
            problems.append(RowProblem(line, RowFault.DATE, {"field": name, "value": raw[name]}))
            values.pop(name, None)
            continue
        if values[name] > today and name != "due_on":
            problems.append(RowProblem(line, RowFault.FUTURE, {"field": name,
                                                               "value": raw[name]}))
    for earlier, later in (("received_on", "repaired_on"), ("repaired_on", "shipped_on"),
                           ("received_on", "due_on")):
        if values.get(earlier) and values.get(later) and values[later] < values[earlier]:
            problems.append(RowProblem(line, RowFault.DATE_ORDER, {
                "earlier": earlier, "earlier_value": values[earlier].isoformat(),
                "later": later, "later_value": values[later].isoformat()}))
    try:
        values["cause"] = CauseCategory(raw["cause_category"].lower())
    except ValueError:
        problems.append(RowProblem(line, RowFault.CAUSE, {
            "value": raw["cause_category"], "allowed": ", ".join(c.value for c in CauseCategory)}))
    text("root_cause", 2000)
    text("responsible_process", 100)
    for name, low, high in (("repair_minutes", 1, MAX_MINUTES), ("rework_loops", 0, MAX_LOOPS)):
        try:
            number = int(raw[name])
            if not low <= number <= high or not raw[name].isdigit():
                raise ValueError(raw[name])
            values[name] = number
        except ValueError:
            problems.append(RowProblem(line, RowFault.NUMBER, {"field": name, "value": raw[name],
                                                               "low": low, "high": high}))
    if CONTACT_COLUMNS[0] in header:
        for name, check in (("contact", lambda v: clean_text(v, "contact", limit=CONTACT_MAX)),
                            ("contact_phone", clean_phone)):
            try:
                values[name] = check(raw[name])
            except InvalidInput as err:
                problems.append(RowProblem(line, RowFault.FIELD, {"field": name,
                                                                  "detail": err.message}))
    if DELIVERY_COLUMNS[0] in header:
        for name, clean in (("delivery_no", clean_delivery_no),
                            ("delivered_qty", clean_delivered_qty),
                            ("production_lot", clean_lot), ("date_code", clean_date_code)):
            try:
                values[name] = clean(raw[name])
            except InvalidInput as err:
                problems.append(RowProblem(line, RowFault.FIELD, {"field": name,
                                                                  "detail": err.message}))
        if values.get("delivered_qty") is not None and not values.get("delivery_no"):
            problems.append(RowProblem(line, RowFault.QTY_WITHOUT_DELIVERY,
                                       {"value": values["delivered_qty"]}))
    if problems:
        return None, problems
    return HistoryRow(line=line, **values), []


def _check_across(rows: list[HistoryRow]) -> list[RowProblem]:
    """Rows of one RMA must agree on the form's fields; a serial appears once per RMA."""
    problems = []
    first: dict[str, HistoryRow] = {}
    seen: dict[tuple[str, str], int] = {}
    qty_of: dict[tuple[str, str], tuple[int, int]] = {}
    for row in rows:
        head = first.setdefault(row.rma_no, row)
        for name in ("customer", "model", "received_on", "due_on", "delivery_no", "contact",
                     "contact_phone"):
            if getattr(row, name) != getattr(head, name):
                problems.append(RowProblem(row.line, RowFault.RMA_DIFFERS, {
                    "field": name, "line": head.line, "rma_no": row.rma_no}))
        if row.delivery_no and row.delivered_qty is not None:
            # Every row naming a delivery with its quantity must give the same quantity.
            first_qty = qty_of.setdefault((row.customer, row.delivery_no),
                                          (row.delivered_qty, row.line))
            if first_qty[0] != row.delivered_qty:
                problems.append(RowProblem(row.line, RowFault.DELIVERY_DIFFERS, {
                    "given": row.delivered_qty, "delivery_no": row.delivery_no,
                    "stored": first_qty[0], "where": f"line {first_qty[1]}"}))
        key = (row.rma_no, row.serial)
        if key in seen:
            problems.append(RowProblem(row.line, RowFault.DUPLICATE, {
                "serial": row.serial, "rma_no": row.rma_no, "line": seen[key]}))
        else:
            seen[key] = row.line
    return problems


def check_against_stored(rows: list[HistoryRow], *, app_rmas: set[str],
                         imported: dict[tuple[str, str], str],
                         imported_rmas: set[str]) -> tuple[list[HistoryRow], list[RowProblem]]:
    """Split rows into new ones and problems, given what the database already holds.

    ``imported`` maps (rma_no, serial) of earlier imports to their row hash: the same row
    again is skipped (a second import of a file adds nothing); other content is a problem.
    """
    new, problems = [], []
    for row in rows:
        key = (row.rma_no, row.serial)
        if row.rma_no in app_rmas:
            problems.append(RowProblem(row.line, RowFault.RMA_IN_APP, {"rma_no": row.rma_no}))
        elif key in imported:
            if imported[key] != row.sha256:
                problems.append(RowProblem(row.line, RowFault.IMPORTED_OTHERWISE, {
                    "rma_no": row.rma_no, "serial": row.serial}))
        elif row.rma_no in imported_rmas:
            problems.append(RowProblem(row.line, RowFault.RMA_CLOSED_TO_NEW, {
                "rma_no": row.rma_no, "serial": row.serial}))
        else:
            new.append(row)
    return new, problems
