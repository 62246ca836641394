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


# Step 3a: the QC supervisor decides a no-fault-found unit together with repair, production,
# tech and business. The QC supervisor signs; the others are named with the decision (they
# need not be users of the system: a business manager may take part by phone).
JOINT_DEPARTMENTS: dict[EscalationKind, tuple[str, ...]] = {
    EscalationKind.NFF: ("repair", "production", "tech", "business"),
}
# Where a department's people are found among the shop's users (for picking names).
DEPARTMENT_ROLES: dict[str, frozenset[Role]] = {
    "repair": frozenset({Role.REPAIR_ENGINEER}),
    "production": frozenset({Role.PRODUCTION_LEAD, Role.PRODUCTION_SUPERVISOR}),
    "tech": frozenset({Role.TECH_SUPERVISOR}),
    "business": frozenset({Role.BUSINESS_CLERK}),
    "qc": frozenset({Role.QC_LEAD, Role.QC_SUPERVISOR, Role.TESTER, Role.OQC_INSPECTOR}),
}
NAME_MAX = 100


def clean_participants(kind: EscalationKind,
                       participants: list[tuple[str, str]] | None) -> list[dict[str, str]]:
    """(department, name) pairs as stored; refused unless every department the procedure names
    for ``kind`` has at least one name. Duplicates are dropped, the order kept."""
    seen: set[tuple[str, str]] = set()
    cleaned: list[dict[str, str]] = []
    for department, name in participants or ():
        department = (department or "").strip().lower()
        if department not in DEPARTMENT_ROLES:
            raise InvalidInput(Reason.VALUE_INVALID, field="department", value=department,
                               allowed=", ".join(DEPARTMENT_ROLES))
        name = clean_text(name, "participant", limit=NAME_MAX)
        if name and (department, name) not in seen:
            seen.add((department, name))
            cleaned.append({"department": department, "name": name})
    missing = [d for d in JOINT_DEPARTMENTS.get(kind, ())
               if not any(p["department"] == d for p in cleaned)]
    if missing:
        raise InvalidInput(Reason.PARTICIPANTS_REQUIRED, missing=", ".join(missing))
    return cleaned


def decisions_for(kind: EscalationKind) -> tuple[str, ...]:
    return UNIT_DECISIONS.get(kind) or SLIP_DECISIONS[kind]


def decide(escalation: Escalation, rma: Rma, actor: Actor, *, decision: str, reason: str,
           now: datetime, handover: Handover | None = None,
           replacement_serial: str | None = None, new_due_date: date | None = None,
           signature: Signature | None = None,
           participants: list[tuple[str, str]] | None = None) -> None:
    """Apply a supervisor's decision. NFF can never reach the customer without one.

    ``signature``: the decider's; stored with the escalation and on its log line.
    ``participants``: (department, name) of who took part; NFF needs every department of
    JOINT_DEPARTMENTS."""
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
    joint = clean_participants(escalation.kind, participants)
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
    escalation.participants = joint
    if joint:
        for entry in rma.pending[already:]:
            if isinstance(entry, LogEntry) and entry.action == "decision":
                entry.detail["participants"] = [dict(p) for p in joint]
    if signature is not None:
        escalation.certificate_fingerprint = signature.certificate_fingerprint
        escalation.signed_with = signature.signed_with
        for entry in rma.pending[already:]:
            if isinstance(entry, LogEntry) and entry.action == "decision":
                entry.detail["signed_by"] = actor.username
                entry.detail["certificate_fingerprint"] = signature.certificate_fingerprint
                entry.detail["signed_with"] = signature.signed_with
