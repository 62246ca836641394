"""Warranty decided from the record (issue 17.2): the terms that apply to a customer's model,
the date a unit's warranty starts (its delivery's ship date, or its date code), and the
verdict at receipt: in warranty, out of warranty, or unknown with the reason.

Seed 003: the warranty card / warranty period decides free or paid. The verdict only presets
the billing of the service form; the clerk may choose otherwise with a written reason, which
the tracking log keeps (``billing_override``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from benchapp.domain.delivery import clean_date_code
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.rma import Billing, NewRma
from benchapp.domain.rules import clean_serial, clean_text

# Blank customer or model in a terms row: "any" (a customer's default, a model's default, or
# with both blank the shop's default).
ANY = ""
MONTHS_MAX = 240  # 20 years: more is a typing error, not a warranty
CUSTOMER_MAX, MODEL_MAX = 200, 100  # as on the service form


class Basis(StrEnum):
    """What the warranty period counts from."""

    SHIP_DATE = "ship_date"  # the delivery's ship date (the customer's delivery note)
    DATE_CODE = "date_code"  # the week or day the board was made, from its label


class Status(StrEnum):
    IN = "in_warranty"
    OUT = "out_of_warranty"
    UNKNOWN = "unknown"


class Why(StrEnum):
    """The reason beside a verdict (the GUI and the CLI each word it)."""

    WITHIN = "within_period"  # in: received on or before the last day
    EXPIRED = "period_expired"  # out: received after the last day
    NO_TERMS = "no_terms"  # unknown: no terms for the customer, the model, nor the shop
    NO_SHIP_DATE = "no_ship_date"  # unknown: no delivery, or its ship date is not on record
    NO_DATE_CODE = "no_date_code"  # unknown: the unit's date code is blank
    BAD_DATE_CODE = "unreadable_date_code"  # unknown: not one of DATE_CODE_FORMATS
    STARTS_LATER = "starts_after_receipt"  # unknown: a start after the receipt is a typo


class Scope(StrEnum):
    """Which terms row applied, most specific first."""

    CUSTOMER_MODEL = "customer_model"
    CUSTOMER = "customer"
    MODEL = "model"
    SHOP = "shop"


DATE_CODE_FORMATS = ("YYWW", "YYYYWW", "YYYYMMDD", "YYYY-MM-DD")


@dataclass(frozen=True)
class Terms:
    """Warranty terms: ``months`` counted from ``basis``; blank customer/model = any."""

    customer: str
    model: str
    months: int
    basis: Basis
    set_by: str = ""

    @property
    def scope(self) -> Scope:
        if self.customer and self.model:
            return Scope.CUSTOMER_MODEL
        if self.customer:
            return Scope.CUSTOMER
        return Scope.MODEL if self.model else Scope.SHOP


@dataclass(frozen=True)
class Verdict:
    """One unit's warranty as of its receipt."""

    status: Status
    why: Why
    terms: Terms | None = None
    start: date | None = None  # the ship date or the date code's day
    last_day: date | None = None  # the last day in warranty
    date_code: str = ""
    as_of: date | None = None

    @property
    def message(self) -> str:
        """English, for the CLI and the tracking log (the GUI has its own translated texts)."""
        t = self.terms
        basis = "ship date" if t and t.basis is Basis.SHIP_DATE else "date code"
        if self.why is Why.WITHIN:
            return (f"in warranty: {basis} {self.start}, {t.months} months, until "  # type: ignore[union-attr]
                    f"{self.last_day}")
        if self.why is Why.EXPIRED:
            return (f"out of warranty: {basis} {self.start}, {t.months} months, ended "  # type: ignore[union-attr]
                    f"{self.last_day}")
        if self.why is Why.NO_TERMS:
            return "unknown: no warranty terms for this customer and model, nor shop default"
        if self.why is Why.NO_SHIP_DATE:
            return "unknown: the terms count from the ship date, and none is on record"
        if self.why is Why.NO_DATE_CODE:
            return "unknown: the terms count from the date code, and the unit has none"
        if self.why is Why.BAD_DATE_CODE:
            return (f"unknown: date code {self.date_code!r} is not one of "
                    f"{', '.join(DATE_CODE_FORMATS)}")
        return f"unknown: the warranty would start {self.start}, after the receipt {self.as_of}"

    def as_dict(self) -> dict[str, object]:
        """The JSON of `warranty check` and the tracking log's detail."""
        t = self.terms
        return {"status": self.status.value, "reason": self.why.value, "why": self.why.value,
                "message": self.message,
                "basis": t.basis.value if t else None, "months": t.months if t else None,
                "terms": t.scope.value if t else None,
                "start": self.start.isoformat() if self.start else None,
                "until": self.last_day.isoformat() if self.last_day else None}


def verdict_from_detail(detail: Mapping[str, Any], *, as_of: date | None = None
                        ) -> Verdict | None:
    """A unit's verdict read back from its `unit_received` log detail (warranty_* fields),
    so that a screen can word it in its own language; None for a line without one, or one
    logged before the parts were kept (only the English sentence then)."""
    try:
        status, why = Status(detail["warranty"]), Why(detail["warranty_why"])
        basis = detail.get("warranty_basis")
        months = detail.get("warranty_months")
        terms = (Terms(customer=ANY, model=ANY, months=int(months), basis=Basis(basis))
                 if basis and months is not None else None)
        start, until = detail.get("warranty_start"), detail.get("warranty_until")
        return Verdict(status, why, terms,
                       start=date.fromisoformat(start) if start else None,
                       last_day=date.fromisoformat(until) if until else None,
                       date_code=str(detail.get("date_code") or ""), as_of=as_of)
    except (KeyError, ValueError, TypeError):
        return None


# -- input -----------------------------------------------------------------------------------


def clean_terms(*, customer: str | None, model: str | None, months: object,
                basis: Basis | str, set_by: str = "") -> Terms:
    """A terms row as typed: blank customer/model mean any; months a whole number 0-240
    (0: no warranty at all, e.g. a customer who buys without one)."""
    if isinstance(months, str) and months.strip().isdigit():
        months = int(months.strip())
    if isinstance(months, bool) or not isinstance(months, int) or not 0 <= months <= MONTHS_MAX:
        raise InvalidInput(Reason.VALUE_INVALID, value=months, field="warranty months",
                           allowed=f"a whole number from 0 to {MONTHS_MAX}")
    try:
        basis = Basis(str(basis).replace("-", "_"))
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=basis, field="warranty basis",
                           allowed="ship-date, date-code") from None
    return Terms(customer=clean_text(customer, "customer", limit=CUSTOMER_MAX),
                 model=clean_text(model, "model", limit=MODEL_MAX), months=months,
                 basis=basis, set_by=set_by)


# -- the rule ----------------------------------------------------------------------------------


def pick_terms(rows: Iterable[Terms], customer: str, model: str) -> Terms | None:
    """The terms for a customer's model: customer + model, else the customer's default, else
    the model's default, else the shop's default; None when none applies."""
    order = {Scope.CUSTOMER_MODEL: 0, Scope.CUSTOMER: 1, Scope.MODEL: 2, Scope.SHOP: 3}
    fitting = [t for t in rows if t.customer in (customer, ANY) and t.model in (model, ANY)]
    return min(fitting, key=lambda t: order[t.scope], default=None)


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter (Jan 31 + 1
    month = Feb 28/29)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def last_day(start: date, months: int) -> date:
    """The last day in warranty: 12 months from 2026-03-15 runs to 2027-03-14."""
    return add_months(start, months) - timedelta(days=1)


_WEEK = re.compile(r"(\d{2}|20\d{2})(\d{2})")
_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def date_code_day(code: str) -> date | None:
    """The day a date code stands for; None when it is in none of DATE_CODE_FORMATS.

    Week codes (YYWW as the demo's labels and most SMT lines print them, YYYYWW) are ISO
    weeks and stand for that week's Monday: the earliest day the board can have been made.
    A six-digit code is read as YYYYWW only (20YYWW); YYMMDD would be ambiguous with it.
    """
    text = code.strip()
    m = _WEEK.fullmatch(text)
    if m:
        year = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
        try:
            return date.fromisocalendar(year, int(m.group(2)), 1)
        except ValueError:
            return None
    m = _DAY.fullmatch(text)
    if m and (len(text) == 8 or text.count("-") == 2):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def judge(terms: Terms | None, *, received_on: date, ship_date: date | None,
          date_code: str) -> Verdict:
    """A unit's warranty on the day it was received."""
    code = (date_code or "").strip()
    if terms is None:
        return Verdict(Status.UNKNOWN, Why.NO_TERMS, date_code=code, as_of=received_on)
    if terms.basis is Basis.SHIP_DATE:
        start = ship_date
        if start is None:
            return Verdict(Status.UNKNOWN, Why.NO_SHIP_DATE, terms, date_code=code,
                           as_of=received_on)
    else:
        if not code:
            return Verdict(Status.UNKNOWN, Why.NO_DATE_CODE, terms, as_of=received_on)
        start = date_code_day(code)
        if start is None:
            return Verdict(Status.UNKNOWN, Why.BAD_DATE_CODE, terms, date_code=code,
                           as_of=received_on)
    if start > received_on:
        return Verdict(Status.UNKNOWN, Why.STARTS_LATER, terms, start=start, date_code=code,
                       as_of=received_on)
    end = last_day(start, terms.months)
    inside = received_on <= end
    return Verdict(Status.IN if inside else Status.OUT, Why.WITHIN if inside else Why.EXPIRED,
                   terms, start=start, last_day=end, date_code=code, as_of=received_on)


def billing_for(verdicts: Iterable[Verdict]) -> Billing | None:
    """The billing the verdicts preset: warranty when every unit is in warranty, paid when
    every unit is out; None (the clerk decides, no reason asked) when any is unknown or the
    units differ."""
    statuses = {v.status for v in verdicts}
    if statuses == {Status.IN}:
        return Billing.WARRANTY
    if statuses == {Status.OUT}:
        return Billing.PAID
    return None


def check_billing(chosen: Billing, verdicts: Iterable[Verdict], reason: str
                  ) -> tuple[Billing | None, str]:
    """(the preset billing, the override reason) for the service form being saved: a billing
    other than the preset needs a written reason; a reason without an override is dropped."""
    preset = billing_for(verdicts)
    if preset is None or preset is chosen:
        return preset, ""
    reason = clean_text(reason, "reason for the billing", limit=500)
    if not reason:
        raise InvalidInput(Reason.FIELD_REQUIRED,
                           field=f"reason for {chosen.value} billing (the record says "
                           f"{preset.value})")
    return preset, reason


def form_date_codes(form: NewRma) -> list[str]:
    """Each unit's date code as ``Rma.receive`` will record it (one entry per unit): the
    serial's own where the form gives one, else the form's."""
    common = clean_date_code(form.date_code)
    if not form.serials:
        counted = form.counted_qty
        valid = isinstance(counted, int) and not isinstance(counted, bool) and counted > 0
        return [common] * (counted if valid else 0)
    own = {clean_serial(s): clean_date_code(code) or common
           for s, (_lot, code) in (form.unit_trace or {}).items()}
    return [own.get(clean_serial(s), common) for s in form.serials]
