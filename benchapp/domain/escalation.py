"""Supervisor decisions on escalations: each needs the right role and a written reason."""

from __future__ import annotations

from datetime import date, datetime

from benchapp.domain.errors import InvalidInput, OutOfOrder, Reason
from benchapp.domain.handover import DIRECT_SUPERVISOR, Handover, cancel_handover
from benchapp.domain.rma import Escalation, EscalationKind, EscalationStatus, LogEntry, Rma
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text
from benchapp.domain.signatures import Signature

UNIT_DECISIONS: dict[EscalationKind, tuple[str, ...]] = {
    EscalationKind.NFF: ("return_to_customer", "repair", "scrap", "scrap_replace", "refund"),
    EscalationKind.DUE_DATE: ("resume", "return_as_is", "scrap", "scrap_replace", "refund"),
    EscalationKind.CANNOT_FIND_FAULT: (
        "resume", "return_to_customer", "return_as_is", "scrap", "scrap_replace", "refund"),
    EscalationKind.REWORK_LIMIT: ("resume", "return_as_is", "scrap", "scrap_replace", "refund"),
}
SLIP_DECISIONS: dict[EscalationKind, tuple[str, ...]] = {
    EscalationKind.DISPUTED_HANDOVER: ("acknowledge",),
    EscalationKind.OVERDUE_HANDOVER: ("acknowledge", "cancel_handover"),
}
# NFF goes to the QC supervisor (step 3a); repair escalations to the production supervisor (4).
UNIT_DECIDERS: dict[EscalationKind, frozenset[Role]] = {
    EscalationKind.NFF: frozenset({Role.QC_SUPERVISOR}),
    EscalationKind.DUE_DATE: frozenset({Role.PRODUCTION_SUPERVISOR}),
    EscalationKind.CANNOT_FIND_FAULT: frozenset({Role.PRODUCTION_SUPERVISOR}),
    EscalationKind.REWORK_LIMIT: frozenset({Role.PRODUCTION_SUPERVISOR}),
}


def decisions_for(kind: EscalationKind) -> tuple[str, ...]:
    return UNIT_DECISIONS.get(kind) or SLIP_DECISIONS[kind]


def decide(escalation: Escalation, rma: Rma, actor: Actor, *, decision: str, reason: str,
           now: datetime, handover: Handover | None = None,
           replacement_serial: str | None = None, new_due_date: date | None = None,
           signature: Signature | None = None) -> None:
    """Apply a supervisor's decision. NFF can never reach the customer without one.

    ``signature``: the decider's; stored with the escalation and on its log line."""
    if escalation.status != EscalationStatus.OPEN:
        raise OutOfOrder(Reason.ESCALATION_CLOSED, escalation_id=escalation.id)
    if escalation.kind in UNIT_DECIDERS:
        actor.require(UNIT_DECIDERS[escalation.kind], f"decide a {escalation.kind.value} case")
    else:
        assert handover is not None
        actor.require(DIRECT_SUPERVISOR[handover.to_station] | {Role.TECH_SUPERVISOR},
                      f"decide a {escalation.kind.value} case")
    if decision not in decisions_for(escalation.kind):
        raise InvalidInput(Reason.DECISION_NOT_ALLOWED, decision=decision,
                           kind=escalation.kind.value)
    reason = clean_text(reason, "reason")
    if not reason:
        raise InvalidInput(Reason.REASON_REQUIRED)
    already = len(rma.pending)
    if escalation.kind in UNIT_DECIDERS:
        rma.apply_decision(actor, escalation, decision, reason,
                           replacement_serial=replacement_serial, new_due_date=new_due_date)
    else:
        if decision == "cancel_handover":
            assert handover is not None
            cancel_handover(handover, rma, actor, reason=reason, now=now)
        rma.pending.append(LogEntry(
            rma_no=rma.rma_no, action="decision", actor_id=actor.user_id,
            actor_name=actor.username,
            detail={"escalation": escalation.kind.value, "slip_no": escalation.slip_no,
                    "decision": decision, "reason": reason}))
    escalation.status = EscalationStatus.DECIDED
    escalation.decision = decision
    escalation.decision_reason = reason
    escalation.decided_by = actor.user_id
    escalation.decided_at = now
    if signature is not None:
        escalation.certificate_fingerprint = signature.certificate_fingerprint
        escalation.signed_with = signature.signed_with
        for entry in rma.pending[already:]:
            if isinstance(entry, LogEntry) and entry.action == "decision":
                entry.detail["signed_by"] = actor.username
                entry.detail["certificate_fingerprint"] = signature.certificate_fingerprint
                entry.detail["signed_with"] = signature.signed_with
