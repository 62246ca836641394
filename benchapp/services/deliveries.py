"""The customer's delivery a return refers to: resolved at receiving, corrected by a logged
act, and listed where the step-8 rule cannot be evaluated."""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from datetime import date

from benchapp.domain.delivery import (
    Delivery,
    DeliveryTally,
    RuleOutcome,
    RuleVerdict,
    clean_delivered_qty,
    clean_delivery_no,
    merge_delivery,
)
from benchapp.domain.errors import InvalidInput, NotFound, Reason
from benchapp.domain.rma import LogEntry, NewRma, Rma
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.services.actors import current_actor
from benchapp.services.unit_of_work import AbstractUnitOfWork

# 业务部 keeps the delivery records (it issues the delivery notes); a tech supervisor may put
# right what the clerk cannot see from the paperwork.
CORRECT_ROLES = frozenset({Role.BUSINESS_CLERK, Role.TECH_SUPERVISOR})


def resolve_for_receipt(uow: AbstractUnitOfWork, actor: Actor, form: NewRma
                        ) -> Delivery | None:
    """The delivery the service form names, stored or new (inside the caller's unit of work).

    A delivered quantity or ship date the record does not have yet is filled in and logged;
    one that contradicts it is refused (domain.delivery.merge_delivery)."""
    delivery_no = clean_delivery_no(form.delivery_no)
    delivered_qty = clean_delivered_qty(form.delivered_qty)
    if not delivery_no:
        if delivered_qty is not None or form.ship_date is not None:
            # A quantity without its delivery cannot be counted against anything.
            raise InvalidInput(Reason.FIELD_REQUIRED, field="delivery no.")
        return None
    customer = clean_text(form.customer, "customer", required=True, limit=200)
    stored = uow.deliveries.find(customer, delivery_no)
    delivery, filled = merge_delivery(stored, customer=customer, delivery_no=delivery_no,
                                      delivered_qty=delivered_qty, ship_date=form.ship_date)
    uow.deliveries.save(delivery, tuple(filled))
    if filled:
        uow.log.add(LogEntry(
            rma_no=ADMIN_LOG, action="delivery_completed", actor_id=actor.user_id,
            actor_name=actor.username,
            detail={"customer": customer, "delivery_no": delivery_no,
                    **{k: v.isoformat() if isinstance(v, date) else v
                       for k, v in filled.items()}}))
    return delivery


def tally_for(uow: AbstractUnitOfWork, rma: Rma) -> DeliveryTally | None:
    """The delivery's other RMAs as stored, for the rule at this RMA's shipment (locked)."""
    if rma.delivery_id is None:
        return None
    return uow.deliveries.tally(rma.delivery_id, apart_from_rma=rma.id)


@dataclass(frozen=True)
class DeliveryCorrected:
    customer: str
    delivery_no: str
    old_qty: int | None
    new_qty: int | None


def correct_delivery(uow: AbstractUnitOfWork, actor: Actor, *, customer: str,
                     delivery_no: str, delivered_qty: int | str | None,
                     reason: str) -> DeliveryCorrected:
    """Put a delivery's quantity right (a typing error at receiving, a corrected delivery
    note), with a reason, in the tracking log. The rule of the delivery's RMAs is evaluated
    with the new quantity from their next shipment on; a notice already raised stays."""
    with uow:
        actor = current_actor(uow, actor, allowed=CORRECT_ROLES, action="correct a delivery")
        customer = clean_text(customer, "customer", required=True, limit=200)
        delivery_no = clean_delivery_no(delivery_no)
        qty = clean_delivered_qty(delivered_qty)
        reason = clean_text(reason, "reason", required=True)
        delivery = uow.deliveries.find(customer, delivery_no) if delivery_no else None
        if delivery is None:
            raise NotFound(Reason.NOT_FOUND, what="delivery",
                           key=f"{delivery_no} of {customer}")
        old = delivery.delivered_qty
        if old == qty:
            raise InvalidInput(Reason.VALUE_INVALID, value=qty, field="delivered quantity",
                               allowed="a value different from the current one")
        delivery.delivered_qty = qty
        uow.deliveries.save(delivery, ("delivered_qty",))
        uow.log.add(LogEntry(
            rma_no=ADMIN_LOG, action="delivery_corrected", actor_id=actor.user_id,
            actor_name=actor.username,
            detail={"customer": customer, "delivery_no": delivery_no, "field": "delivered_qty",
                    "old": old, "new": qty, "reason": reason}))
        uow.commit()
    return DeliveryCorrected(customer, delivery_no, old, qty)


@dataclass(frozen=True)
class UnevaluatedRule:
    """Where step 8 cannot be evaluated, so no notice can be raised: the list says why."""

    reason: str  # no_delivered_qty | no_delivery
    customer: str
    delivery_no: str | None
    rma_nos: tuple[str, ...]
    non_customer_units: int

    @property
    def message(self) -> str:
        if self.reason == "no_delivered_qty":
            return (f"delivery {self.delivery_no} of {self.customer}: no delivered quantity "
                    f"({self.non_customer_units} unit(s) with a non-customer cause in "
                    f"{', '.join(self.rma_nos)})")
        return (f"{self.rma_nos[0]} of {self.customer}: names no delivery "
                f"({self.non_customer_units} unit(s) with a non-customer cause)")


def unevaluated_rules(uow: AbstractUnitOfWork, *, limit: int = 200) -> list[UnevaluatedRule]:
    """Deliveries without a delivered quantity, then RMAs naming no delivery, that hold units
    with a non-customer cause: the complaint-notice list shows them beside the notices."""
    with uow:
        rows = uow.deliveries.unevaluated(limit=limit)
    return [UnevaluatedRule(reason=r["reason"], customer=r["customer"],
                            delivery_no=r["delivery_no"], rma_nos=tuple(r["rma_nos"]),
                            non_customer_units=r["non_customer_units"]) for r in rows]


@dataclass(frozen=True)
class RmaDelivery:
    """The delivery an RMA names, and the step-8 rule as last evaluated at its shipping."""

    delivery: Delivery | None
    rule: RuleVerdict | None  # None: not shipped yet


_RULE_ACTIONS = {"complaint_rule": None, "complaint_notice_raised": RuleOutcome.RAISED,
                 "complaint_notice_joined": RuleOutcome.JOINED}


def delivery_of_rma(uow: AbstractUnitOfWork, rma_no: str) -> RmaDelivery:
    """For `rma show` and the RMA's history: its delivery and what step 8 said at shipping,
    read back from the tracking log (the verdict as it was, not as it would be today)."""
    with uow:
        rma = uow.rmas.get(rma_no)
        delivery = uow.deliveries.get(rma.delivery_id) if rma.delivery_id else None
        log = uow.log.for_rma(rma_no)
    return RmaDelivery(delivery, rule_at_shipping(log))


def rule_at_shipping(log: list[Any]) -> RuleVerdict | None:
    """The step-8 verdict the RMA's tracking log recorded at its last shipment; None before."""
    rule = None
    for entry in log:
        if entry.action in _RULE_ACTIONS:
            d = entry.detail
            outcome = _RULE_ACTIONS[entry.action] or RuleOutcome(d.get("outcome", "no_delivery"))
            rule = RuleVerdict(outcome, delivery_no=d.get("delivery_no"),
                               delivered_qty=d.get("delivered_qty"),
                               non_customer_units=d.get("non_customer_units") or 0,
                               notice_no=d.get("notice_no"))
    return rule


__all__ = ["DeliveryCorrected", "RmaDelivery", "UnevaluatedRule", "correct_delivery",
           "delivery_of_rma", "resolve_for_receipt", "rule_at_shipping", "tally_for", "unevaluated_rules"]
