"""Shop rules: cause categories, the complaint-notice rule, repeat returns, input checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.text import clean_field, describe, normalise, refused_character

SERIAL_MAX_LEN = 64
TEXT_MAX_LEN = 2000


class CauseCategory(StrEnum):
    """Keys used everywhere: database, CSV, reports (WORKFLOW.md repair record)."""

    PRODUCTION = "production"  # production / soldering
    INSPECTION = "inspection"  # inspection escape
    MATERIAL = "material"  # incoming material
    DESIGN = "design"
    CUSTOMER = "customer"  # customer misuse or damage
    NFF = "nff"  # no fault found


# Step 8: the causes that count towards a customer complaint notice (not customer, not NFF).
COMPLAINT_CAUSES = frozenset(
    {CauseCategory.PRODUCTION, CauseCategory.INSPECTION, CauseCategory.MATERIAL, CauseCategory.DESIGN}
)


@dataclass(frozen=True)
class Policy:
    """Shop-wide settings the rules depend on; stored in the database, these are the defaults.

    Keys, validation and reading are declared in benchapp.settings (``settings.POLICY``).
    """

    max_rework_loops: int = 3
    repeat_window_days: int = 90
    overdue_handover_hours: int = 4
    complaint_threshold: float = 0.005  # QP-TPZ-002 step 8: >= 0.5 %


def parse_cause(text: str) -> CauseCategory:
    try:
        return CauseCategory(text.strip().lower())
    except ValueError:
        raise InvalidInput(
            Reason.VALUE_INVALID,
            value=text,
            field="cause category",
            allowed=", ".join(c.value for c in CauseCategory),
        ) from None


def has_control_chars(text: str) -> bool:
    return refused_character(text) is not None


def clean_serial(raw: str) -> str:
    """Return the serial as stored, or raise: empty, refused characters, over 64 characters.

    The text policy (benchapp.domain.text) applies: an NBSP or a full-width space becomes a
    space and the ends are stripped; a TAB, a line break or any control character is refused.
    """
    serial = normalise(raw)
    if not serial:
        raise InvalidInput(Reason.SERIAL_EMPTY)
    bad = refused_character(serial)
    if bad is not None:
        raise InvalidInput(Reason.SERIAL_CONTROL_CHARS, serial=f"{serial!a} ({describe(bad)})")
    if len(serial) > SERIAL_MAX_LEN:
        raise InvalidInput(Reason.SERIAL_TOO_LONG, serial=serial[:20] + "…", limit=SERIAL_MAX_LEN)
    return serial


# Fields given a limit up to this are one-line (names, models, part numbers, locations);
# longer ones are free text (complaint, notes, root cause) where a line break is fine.
ONE_LINE_MAX_LEN = 200


def clean_text(raw: str | None, field_name: str, *, required: bool = False,
               limit: int = TEXT_MAX_LEN, multiline: bool | None = None) -> str:
    """The text policy (benchapp.domain.text) for one field."""
    if multiline is None:
        multiline = limit > ONE_LINE_MAX_LEN
    return clean_field(raw, field_name, required=required, limit=limit, multiline=multiline)


def positive_count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(Reason.COUNT_NOT_POSITIVE, what=what, value=value)
    return value


def complaint_notice_due(non_customer_units: int, delivered_qty: int, threshold: float) -> bool:
    """Step 8: units with a non-customer cause >= 0.5 % of the quantity the customer received
    in the delivery (benchapp.domain.delivery counts them over every RMA against it)."""
    if delivered_qty <= 0 or non_customer_units <= 0:
        return False
    # Integer form of units / delivered >= threshold, so 0.5 % is not lost to float rounding.
    return non_customer_units * 1_000_000 >= round(threshold * 1_000_000) * delivered_qty


@dataclass(frozen=True)
class EarlierReturn:
    rma_no: str
    received_at: datetime
    causes: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class RepeatReturn:
    """A serial seen in earlier RMAs: the "2nd return in 90 days" flag and its history."""

    serial: str
    ordinal: int  # 2 = second return
    within_window: bool
    days_since_last: int
    window_days: int
    earlier: tuple[EarlierReturn, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(self.ordinal if self.ordinal < 20 else 0, "th")
        when = (
            f"in {self.window_days} days"
            if self.within_window
            else f"last {self.days_since_last} days ago"
        )
        return f"{self.ordinal}{suffix} return {when}"


_SUMMARY = re.compile(r"(?P<ordinal>\d+)(?:st|nd|rd|th) return "
                      r"(?:in (?P<window>\d+) days|last (?P<since>\d+) days ago)")


def read_repeat_summary(text: str) -> dict[str, int | bool] | None:
    """The parts of a stored ``RepeatReturn.summary()`` (the tracking log keeps the sentence):
    ordinal, within_window and days (the window, or the days since the last return)."""
    match = _SUMMARY.fullmatch(str(text).strip())
    if match is None:
        return None
    within = match["window"] is not None
    return {"ordinal": int(match["ordinal"]), "within_window": within,
            "days": int(match["window"] if within else match["since"])}


def repeat_return(serial: str, earlier: list[EarlierReturn], now: datetime,
                  window_days: int) -> RepeatReturn | None:
    if not earlier:
        return None
    ordered = tuple(sorted(earlier, key=lambda e: e.received_at))
    days = (now - ordered[-1].received_at) // timedelta(days=1)
    return RepeatReturn(
        serial=serial,
        ordinal=len(ordered) + 1,
        within_window=days <= window_days,
        days_since_last=max(days, 0),
        window_days=window_days,
        earlier=ordered,
    )
