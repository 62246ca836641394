"""The customer's delivery a return refers to, and the step-8 rule counted against it.

QP-TPZ-002 step 8 ("异常数量的不良率≥0.5%") divides the returned units with a non-customer
cause by the quantity the customer received in that delivery (order / delivery note), over
every RMA against that delivery: a return of 4 units with 3 faulty is not a 75 % defect rate.
With no delivered quantity on record the rule cannot be evaluated, and says so; it never
raises a notice on a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.rules import clean_text, complaint_notice_due

DELIVERY_NO_MAX = 50
LOT_MAX = 64  # production lot / work order, as the MES prints it
DATE_CODE_MAX = 32  # e.g. 2618 (year + week) or 2026-05-04
# A delivery larger than this is a typing error (an extra zero), not a shipment.
DELIVERED_QTY_MAX = 10_000_000


@dataclass
class Delivery:
    """One delivery (order or delivery note) to one customer: its number is the customer's."""

    customer: str
    delivery_no: str
    delivered_qty: int | None = None
    ship_date: date | None = None
    id: int | None = None
    version: int = 0


def clean_delivery_no(raw: str | None) -> str:
    """'' when none was given; the same one-line text policy as every header field."""
    return clean_text(raw or "", "delivery no.", limit=DELIVERY_NO_MAX)


def clean_delivered_qty(value: object) -> int | None:
    """None (unknown) or a whole number from 1 up: a delivery of 0 units is no delivery."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit():
            raise InvalidInput(Reason.COUNT_NOT_POSITIVE, what="delivered quantity", value=value)
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= DELIVERED_QTY_MAX:
        raise InvalidInput(Reason.COUNT_NOT_POSITIVE, what="delivered quantity", value=value)
    return value


def clean_lot(raw: str | None) -> str:
    return clean_text(raw or "", "production lot", limit=LOT_MAX)


def clean_date_code(raw: str | None) -> str:
    return clean_text(raw or "", "date code", limit=DATE_CODE_MAX)


def merge_delivery(stored: Delivery | None, *, customer: str, delivery_no: str,
                   delivered_qty: int | None, ship_date: date | None) -> tuple[Delivery, dict]:
    """The delivery a new RMA refers to: the stored one, completed where it was blank.

    Returns (delivery, filled) where ``filled`` names the fields this RMA supplied for the
    first time. A delivered quantity or ship date that contradicts the record is refused: the
    rule of every RMA on that delivery depends on it, so it is changed only by an explicit,
    logged correction (services.deliveries.correct_delivery), never in passing at receiving.
    """
    if stored is None:
        return Delivery(customer=customer, delivery_no=delivery_no, delivered_qty=delivered_qty,
                        ship_date=ship_date), {}
    filled: dict[str, object] = {}
    if delivered_qty is not None:
        if stored.delivered_qty is None:
            filled["delivered_qty"] = delivered_qty
        elif stored.delivered_qty != delivered_qty:
            raise InvalidInput(Reason.DELIVERY_DIFFERS, delivery_no=delivery_no,
                               customer=customer, field="delivered quantity",
                               stored=stored.delivered_qty, given=delivered_qty)
    if ship_date is not None:
        if stored.ship_date is None:
            filled["ship_date"] = ship_date
        elif stored.ship_date != ship_date:
            raise InvalidInput(Reason.DELIVERY_DIFFERS, delivery_no=delivery_no,
                               customer=customer, field="ship date",
                               stored=stored.ship_date.isoformat(), given=ship_date.isoformat())
    for name, value in filled.items():
        setattr(stored, name, value)
    return stored, filled


# -- the rule --------------------------------------------------------------------------------


class RuleOutcome(StrEnum):
    NO_DELIVERY = "no_delivery"  # the RMA names no delivery: cannot be evaluated
    NO_DELIVERED_QTY = "no_delivered_qty"  # the delivery's quantity is unknown: cannot be
    BELOW = "below"  # evaluated, under the threshold
    RAISED = "raised"  # a new 客户投诉通知书 for the delivery
    JOINED = "joined"  # added to the delivery's open notice
    ALREADY = "already"  # the delivery's open notice already counts these units

    @property
    def evaluated(self) -> bool:
        return self not in (RuleOutcome.NO_DELIVERY, RuleOutcome.NO_DELIVERED_QTY)


@dataclass(frozen=True)
class OpenNotice:
    """The delivery's notice still being worked, if any (a later RMA joins it)."""

    notice_no: str
    non_customer_units: int
    causes: dict[str, int]


@dataclass(frozen=True)
class DeliveryTally:
    """What the database holds for one delivery, apart from the RMA being shipped now."""

    delivery_id: int
    customer: str
    delivery_no: str
    delivered_qty: int | None
    other_causes: dict[str, int]  # non-customer units of the delivery's other RMAs, by cause
    other_rmas: int
    open_notice: OpenNotice | None = None


@dataclass(frozen=True)
class RuleVerdict:
    """The step-8 rule for one delivery, as shown at shipping and on the notice list."""

    outcome: RuleOutcome
    delivery_no: str | None = None
    delivered_qty: int | None = None
    non_customer_units: int = 0
    causes: dict[str, int] = field(default_factory=dict)
    notice_no: str | None = None

    @property
    def rate(self) -> float | None:
        if not self.delivered_qty:
            return None
        return self.non_customer_units / self.delivered_qty

    @property
    def message(self) -> str:
        """English, for the CLI and the tracking log (the GUI has its own translated texts)."""
        if self.outcome is RuleOutcome.NO_DELIVERY:
            return ("Step-8 rule cannot be evaluated: the RMA names no delivery "
                    "(delivery no. and delivered quantity).")
        if self.outcome is RuleOutcome.NO_DELIVERED_QTY:
            return (f"Step-8 rule cannot be evaluated: delivery {self.delivery_no} has no "
                    f"delivered quantity on record ({self.non_customer_units} unit(s) with a "
                    "non-customer cause so far).")
        rate = f"{self.non_customer_units}/{self.delivered_qty} = {self.rate:.2%}"
        if self.outcome is RuleOutcome.BELOW:
            return f"Step-8 rule: delivery {self.delivery_no} at {rate}, below the threshold."
        if self.outcome is RuleOutcome.RAISED:
            return (f"Step-8 rule: delivery {self.delivery_no} at {rate}: complaint notice "
                    f"{self.notice_no} raised.")
        if self.notice_no is None:
            return (f"Step-8 rule: delivery {self.delivery_no} at {rate}: already counted in "
                    "a closed complaint notice.")
        return (f"Step-8 rule: delivery {self.delivery_no} at {rate}: counted in open "
                f"complaint notice {self.notice_no}.")


def add_causes(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def evaluate_delivery(tally: DeliveryTally | None, own_causes: dict[str, int],
                      threshold: float, *, own_counted: bool = False) -> RuleVerdict:
    """Step 8 over every RMA against the delivery (``own_causes``: the RMA shipping now).

    One notice per delivery: while its notice is open, later RMAs join it; only when the
    delivery has no open notice (none yet, or the earlier one closed and units with a
    non-customer cause came back since) does the rule raise one. ``own_counted``: this RMA's
    units are in a notice already (a second partial shipment of it raises nothing new).
    """
    own = sum(own_causes.values())
    if tally is None:
        return RuleVerdict(RuleOutcome.NO_DELIVERY, non_customer_units=own, causes=own_causes)
    causes = add_causes(tally.other_causes, own_causes)
    total = sum(causes.values())
    common = {"delivery_no": tally.delivery_no, "delivered_qty": tally.delivered_qty,
              "non_customer_units": total, "causes": causes}
    if tally.delivered_qty is None:
        return RuleVerdict(RuleOutcome.NO_DELIVERED_QTY, **common)
    if tally.open_notice is not None:
        notice_no = tally.open_notice.notice_no
        # An RMA whose faulty units are not yet in the notice joins it (they may have been
        # counted already when another RMA of the delivery raised it: it counts every unit
        # with a known cause, shipped or not), as does any growth of the delivery's count.
        if (own and not own_counted) or total > tally.open_notice.non_customer_units:
            return RuleVerdict(RuleOutcome.JOINED, notice_no=notice_no, **common)
        return RuleVerdict(RuleOutcome.ALREADY, notice_no=notice_no, **common)
    due = complaint_notice_due(total, tally.delivered_qty, threshold)
    if due and own and not own_counted:
        return RuleVerdict(RuleOutcome.RAISED, **common)
    if due and own_counted:
        return RuleVerdict(RuleOutcome.ALREADY, **common)  # in a notice closed since
    return RuleVerdict(RuleOutcome.BELOW, **common)
