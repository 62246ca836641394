"""How long an RMA's records are kept (seed 001 八, IATF 16949 7.5.3.2.1).

IATF 16949 7.5.3.2.1 keeps records for as long as the product is active for production and
service, plus one calendar year; seed 001 八 sets the period in years. The clock starts when the
RMA closes (its last shipment): the record is complete then, and a customer can still come back
about the repair for the whole period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.rules import clean_text

MIN_YEARS = 1
MAX_YEARS = 100


@dataclass(frozen=True)
class CustomerRetention:
    """A customer's own retention period, and who set it when."""

    customer: str
    years: int
    set_by: str
    set_at: datetime | None = None


def check_years(value: object) -> int:
    """A retention period a person typed, in whole years from 1 to 100."""
    try:
        years = int(str(value).strip())
    except ValueError:
        years = 0
    if isinstance(value, bool) or not MIN_YEARS <= years <= MAX_YEARS:
        raise InvalidInput(Reason.VALUE_INVALID, value=value, field="retention period",
                           allowed=f"a whole number of years from {MIN_YEARS} to {MAX_YEARS}")
    return years


def check_customer(name: str) -> str:
    return clean_text(name, "customer", required=True, limit=200)


def years_for(customer: str, overrides: Mapping[str, int], default_years: int) -> int:
    """The customer's own period when it has one, else the shop's default."""
    return overrides.get(customer, default_years)


def retain_until(closed_on: date, years: int) -> date:
    """The last day the records must still be kept. 29 February falls back to the 28th in a
    year without it."""
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:
        return closed_on.replace(year=closed_on.year + years, day=28)


def within_retention(closed_on: date, years: int, today: date) -> bool:
    """True while nothing of the RMA may be deleted."""
    return today <= retain_until(closed_on, years)
