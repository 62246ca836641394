"""Display names for the domain's codes (unit states, roles, stations, custody, RMA status).

The tables hold English source texts marked for lupdate; the functions translate them when
called, so a text follows the translators installed at the moment it is shown. Codes the GUI
does not know (from a newer database) are shown as they are rather than hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from benchapp.domain import notes
from benchapp.domain.handover import HandoverStatus, Refusal
from benchapp.domain.rma import Billing, EscalationKind, Requirement, RmaStatus, UnitState, WorkKind
from benchapp.domain.roles import Custody, Role, Station
from benchapp.domain.rules import CauseCategory

UNIT_STATES: dict[UnitState, str] = {
    UnitState.RECEIVED: QT_TRANSLATE_NOOP("labels", "Received"),
    UnitState.AWAITING_SCREENING: QT_TRANSLATE_NOOP("labels", "Awaiting screening"),
    UnitState.SCREENING_TESTED: QT_TRANSLATE_NOOP("labels", "Tested, visual check pending"),
    UnitState.NFF_REVIEW: QT_TRANSLATE_NOOP("labels", "No fault found, under review"),
    UnitState.TO_REWORK: QT_TRANSLATE_NOOP("labels", "To rework"),
    UnitState.TO_REPAIR: QT_TRANSLATE_NOOP("labels", "To repair"),
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP("labels", "In repair"),
    UnitState.ESCALATED: QT_TRANSLATE_NOOP("labels", "Escalated"),
    UnitState.REPAIRED: QT_TRANSLATE_NOOP("labels", "Repaired"),
    UnitState.RETURNING: QT_TRANSLATE_NOOP("labels", "Returning unrepaired"),
    UnitState.AWAITING_REINSPECTION: QT_TRANSLATE_NOOP("labels", "Awaiting re-inspection"),
    UnitState.OQC_PENDING: QT_TRANSLATE_NOOP("labels", "OQC pending"),
    UnitState.READY_TO_PACK: QT_TRANSLATE_NOOP("labels", "Ready to pack"),
    UnitState.AT_PACKING: QT_TRANSLATE_NOOP("labels", "At packing"),
    UnitState.PACKED: QT_TRANSLATE_NOOP("labels", "Packed"),
    UnitState.READY_TO_SHIP: QT_TRANSLATE_NOOP("labels", "Ready to ship"),
    UnitState.SHIPPED: QT_TRANSLATE_NOOP("labels", "Shipped"),
    UnitState.RETURNED_AS_IS: QT_TRANSLATE_NOOP("labels", "Returned as is"),
    UnitState.SCRAPPED: QT_TRANSLATE_NOOP("labels", "Scrapped"),
}

# "2 in repair" phrases for the RMA list: one per state, because word order differs by language.
UNIT_STATE_COUNTS: dict[UnitState, str] = {
    UnitState.RECEIVED: QT_TRANSLATE_NOOP("labels", "{n} received"),
    UnitState.AWAITING_SCREENING: QT_TRANSLATE_NOOP("labels", "{n} awaiting screening"),
    UnitState.SCREENING_TESTED: QT_TRANSLATE_NOOP("labels", "{n} tested, visual check pending"),
    UnitState.NFF_REVIEW: QT_TRANSLATE_NOOP("labels", "{n} no fault found, under review"),
    UnitState.TO_REWORK: QT_TRANSLATE_NOOP("labels", "{n} to rework"),
    UnitState.TO_REPAIR: QT_TRANSLATE_NOOP("labels", "{n} to repair"),
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP("labels", "{n} in repair"),
    UnitState.ESCALATED: QT_TRANSLATE_NOOP("labels", "{n} escalated"),
    UnitState.REPAIRED: QT_TRANSLATE_NOOP("labels", "{n} repaired"),
    UnitState.RETURNING: QT_TRANSLATE_NOOP("labels", "{n} returning unrepaired"),
    UnitState.AWAITING_REINSPECTION: QT_TRANSLATE_NOOP("labels", "{n} awaiting re-inspection"),
    UnitState.OQC_PENDING: QT_TRANSLATE_NOOP("labels", "{n} OQC pending"),
    UnitState.READY_TO_PACK: QT_TRANSLATE_NOOP("labels", "{n} ready to pack"),
    UnitState.AT_PACKING: QT_TRANSLATE_NOOP("labels", "{n} at packing"),
    UnitState.PACKED: QT_TRANSLATE_NOOP("labels", "{n} packed"),
    UnitState.READY_TO_SHIP: QT_TRANSLATE_NOOP("labels", "{n} ready to ship"),
    UnitState.SHIPPED: QT_TRANSLATE_NOOP("labels", "{n} shipped"),
    UnitState.RETURNED_AS_IS: QT_TRANSLATE_NOOP("labels", "{n} returned as is"),
    UnitState.SCRAPPED: QT_TRANSLATE_NOOP("labels", "{n} scrapped"),
}

ROLES: dict[Role, str] = {
    Role.BUSINESS_CLERK: QT_TRANSLATE_NOOP("labels", "Business clerk"),
    Role.PACKER: QT_TRANSLATE_NOOP("labels", "Packer"),
    Role.QC_LEAD: QT_TRANSLATE_NOOP("labels", "QC lead"),
    Role.TESTER: QT_TRANSLATE_NOOP("labels", "Tester"),
    Role.OQC_INSPECTOR: QT_TRANSLATE_NOOP("labels", "OQC inspector"),
    Role.QC_SUPERVISOR: QT_TRANSLATE_NOOP("labels", "QC supervisor"),
    Role.REPAIR_ENGINEER: QT_TRANSLATE_NOOP("labels", "Repair engineer"),
    Role.PRODUCTION_LEAD: QT_TRANSLATE_NOOP("labels", "Production team lead"),
    Role.PRODUCTION_SUPERVISOR: QT_TRANSLATE_NOOP("labels", "Production supervisor"),
    Role.TECH_SUPERVISOR: QT_TRANSLATE_NOOP("labels", "Tech supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("labels", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Administrator"),
}

STATIONS: dict[Station, str] = {
    Station.RECEIVING: QT_TRANSLATE_NOOP("labels", "Receiving & Shipping"),
    Station.QC: QT_TRANSLATE_NOOP("labels", "QC"),
    Station.REPAIR: QT_TRANSLATE_NOOP("labels", "Repair"),
    Station.PACKING: QT_TRANSLATE_NOOP("labels", "Packing"),
    Station.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "Supervisor"),
}

CUSTODY: dict[Custody, str] = {
    Custody.RECEIVING: STATIONS[Station.RECEIVING],
    Custody.QC: STATIONS[Station.QC],
    Custody.REPAIR: STATIONS[Station.REPAIR],
    Custody.PACKING: STATIONS[Station.PACKING],
    Custody.CUSTOMER: QT_TRANSLATE_NOOP("labels", "Customer"),
    Custody.SCRAP: QT_TRANSLATE_NOOP("labels", "Scrap"),
}

RMA_STATUSES: dict[RmaStatus, str] = {
    RmaStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
    RmaStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
}

REFUSALS: dict[Refusal, str] = {
    Refusal.MISSING_SLIP: QT_TRANSLATE_NOOP("labels", "the transfer slip is missing"),
    Refusal.UNSIGNED: QT_TRANSLATE_NOOP("labels", "the slip is not signed"),
    Refusal.UNDATED: QT_TRANSLATE_NOOP("labels", "the slip is not dated"),
    Refusal.COUNT_MISMATCH: QT_TRANSLATE_NOOP("labels", "the count does not match"),
    Refusal.WRONG_STATION: QT_TRANSLATE_NOOP("labels", "the units are for another station"),
    Refusal.NOT_IN_CUSTODY: QT_TRANSLATE_NOOP("labels", "the giver does not hold the units"),
    Refusal.SLIP_ALTERED: QT_TRANSLATE_NOOP("labels", "the slip was altered after signing"),
}

CAUSE_CATEGORIES: dict[CauseCategory, str] = {
    CauseCategory.PRODUCTION: QT_TRANSLATE_NOOP("labels", "Production / soldering"),
    CauseCategory.INSPECTION: QT_TRANSLATE_NOOP("labels", "Inspection escape"),
    CauseCategory.MATERIAL: QT_TRANSLATE_NOOP("labels", "Incoming material"),
    CauseCategory.DESIGN: QT_TRANSLATE_NOOP("labels", "Design"),
    CauseCategory.CUSTOMER: QT_TRANSLATE_NOOP("labels", "Customer misuse or damage"),
    CauseCategory.NFF: QT_TRANSLATE_NOOP("labels", "No fault found"),
}

# Own contexts where a word means something else elsewhere ("Repair" is also a station).
REQUIREMENTS: dict[Requirement, str] = {
    Requirement.REPAIR: QT_TRANSLATE_NOOP("requirement", "Repair"),
    Requirement.REPLACE: QT_TRANSLATE_NOOP("requirement", "Replace"),
    Requirement.REFUND: QT_TRANSLATE_NOOP("requirement", "Refund"),
    Requirement.ANALYSIS: QT_TRANSLATE_NOOP("requirement", "Analysis only"),
}

BILLINGS: dict[Billing, str] = {
    Billing.WARRANTY: QT_TRANSLATE_NOOP("labels", "Warranty (no charge)"),
    Billing.PAID: QT_TRANSLATE_NOOP("labels", "Customer-paid"),
}

ESCALATION_KINDS: dict[EscalationKind, str] = {
    EscalationKind.NFF: QT_TRANSLATE_NOOP("labels", "No fault found"),
    EscalationKind.DUE_DATE: QT_TRANSLATE_NOOP("labels", "Due date cannot be met"),
    EscalationKind.CANNOT_FIND_FAULT: QT_TRANSLATE_NOOP("labels", "Cannot find fault"),
    EscalationKind.REWORK_LIMIT: QT_TRANSLATE_NOOP("labels", "Rework loops over limit"),
    EscalationKind.DISPUTED_HANDOVER: QT_TRANSLATE_NOOP("labels", "Disputed handover"),
    EscalationKind.OVERDUE_HANDOVER: QT_TRANSLATE_NOOP("labels", "Overdue handover"),
}

# Every decision of domain.escalation (UNIT_DECISIONS and SLIP_DECISIONS).
DECISIONS: dict[str, str] = {
    "return_to_customer": QT_TRANSLATE_NOOP("labels", "Return to the customer"),
    "repair": QT_TRANSLATE_NOOP("labels", "Send to repair"),
    "resume": QT_TRANSLATE_NOOP("labels", "Resume the repair"),
    "return_as_is": QT_TRANSLATE_NOOP("labels", "Return as is, unrepaired"),
    "scrap": QT_TRANSLATE_NOOP("labels", "Scrap"),
    "scrap_replace": QT_TRANSLATE_NOOP("labels", "Scrap and send a replacement"),
    "refund": QT_TRANSLATE_NOOP("labels", "Scrap and refund"),
    "acknowledge": QT_TRANSLATE_NOOP("labels", "Acknowledge"),
    "cancel_handover": QT_TRANSLATE_NOOP(
        "labels", "Cancel the slip (units stay with the giver)"),
}

# The departments named with a joint decision (domain.escalation.DEPARTMENT_ROLES).
DEPARTMENTS: dict[str, str] = {
    "repair": QT_TRANSLATE_NOOP("labels", "Repair"),
    "production": QT_TRANSLATE_NOOP("labels", "Production"),
    "tech": QT_TRANSLATE_NOOP("labels", "Tech"),
    "business": QT_TRANSLATE_NOOP("labels", "Business"),
    "qc": QT_TRANSLATE_NOOP("labels", "QC"),
}

HANDOVER_STATUSES: dict[HandoverStatus, str] = {
    HandoverStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Waiting for the receiver"),
    HandoverStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Received"),
    HandoverStatus.REFUSED: QT_TRANSLATE_NOOP("labels", "Refused"),
    HandoverStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

WORK_KINDS: dict[WorkKind, str] = {
    WorkKind.REPAIR: QT_TRANSLATE_NOOP("work kind", "Repair"),
    WorkKind.REWORK: QT_TRANSLATE_NOOP("work kind", "Rework"),
}

# What the app writes into an escalation's note (domain.notes), said in the person's language.
ESCALATION_NOTES: dict[notes.NoteKind, str] = {
    notes.NoteKind.NO_FAULT_FOUND: QT_TRANSLATE_NOOP(
        "labels", "Test PASS and visual check PASS: no fault found"),
    notes.NoteKind.DUE_DATE_UNMET: QT_TRANSLATE_NOOP("labels", "The due date cannot be met"),
    notes.NoteKind.REINSPECTION_FAILED: QT_TRANSLATE_NOOP(
        "labels", "Failed re-inspection {times} times"),
    notes.NoteKind.REFUSED: QT_TRANSLATE_NOOP("labels", "Refused: {refusal}"),
    notes.NoteKind.OVERDUE: QT_TRANSLATE_NOOP("labels", "Open for more than {hours} h"),
    notes.NoteKind.WRITTEN: "{text}",
}

# Every table with the enum it must cover completely (checked by tests/gui/test_labels.py).
TABLES: dict[str, tuple[type[StrEnum], Mapping]] = {
    "unit states": (UnitState, UNIT_STATES),
    "unit state counts": (UnitState, UNIT_STATE_COUNTS),
    "roles": (Role, ROLES),
    "stations": (Station, STATIONS),
    "custody": (Custody, CUSTODY),
    "RMA statuses": (RmaStatus, RMA_STATUSES),
    "refusals": (Refusal, REFUSALS),
    "cause categories": (CauseCategory, CAUSE_CATEGORIES),
    "requirements": (Requirement, REQUIREMENTS),
    "billings": (Billing, BILLINGS),
    "escalation kinds": (EscalationKind, ESCALATION_KINDS),
    "handover statuses": (HandoverStatus, HANDOVER_STATUSES),
    "work kinds": (WorkKind, WORK_KINDS),
    "escalation notes": (notes.NoteKind, ESCALATION_NOTES),
}


def _translated(table: Mapping, code: str | None, context: str = "labels") -> str:
    if code is None:
        return ""
    source = table.get(code)  # StrEnum keys compare equal to their plain string values
    if source is None:
        return str(code)
    return QCoreApplication.translate(context, source)


def unit_state(code: str) -> str:
    return _translated(UNIT_STATES, code)


def role(code: str) -> str:
    return _translated(ROLES, code)


def station(code: str) -> str:
    return _translated(STATIONS, code)


def custody(code: str) -> str:
    return _translated(CUSTODY, code)


def refusal(code: str) -> str:
    return _translated(REFUSALS, code)


def cause_category(code: str | None) -> str:
    return _translated(CAUSE_CATEGORIES, code)


def requirement(code: str | None) -> str:
    return _translated(REQUIREMENTS, code, "requirement")


def billing(code: str | None) -> str:
    return _translated(BILLINGS, code)


def escalation_kind(code: str | None) -> str:
    return _translated(ESCALATION_KINDS, code)


def decision(code: str | None) -> str:
    return _translated(DECISIONS, code)


def department(code: str | None) -> str:
    return _translated(DEPARTMENTS, code)


def participants(people: Iterable[Mapping[str, str]]) -> str:
    """Who took part in a joint decision: "Repair 赵磊, Tech 徐明"."""
    return join(f"{department(p.get('department'))} {p.get('name', '')}" for p in people)


_REFUSAL_CODES = frozenset(r.value for r in Refusal)


def escalation_note(kind: str | None, stored: str | None) -> str:
    """An escalation's note: the app's own sentences translated, a person's words as typed."""
    note = notes.read_note(str(kind or ""), stored, _REFUSAL_CODES)
    if note.kind is notes.NoteKind.WRITTEN:
        return str(note.fields.get("text", ""))
    text = QCoreApplication.translate("labels", ESCALATION_NOTES[note.kind])
    if note.kind is notes.NoteKind.REFUSED:
        text = text.format(refusal=refusal(note.fields["refusal"]))
        words = refusal_note(note.fields.get("note"))
        return QCoreApplication.translate("labels", "{refusal}: {note}").format(
            refusal=text, note=words) if words else text
    return text.format(**note.fields)


def refusal_note(stored: str | None) -> str:
    """A refusal's note: what the app found (a short count...) translated, a person's words
    as typed."""
    facts = notes.read_refusal_note(stored)
    if facts is None:
        return stored or ""
    kind, f = facts
    if kind is notes.RefusalFacts.COUNT:
        parts = [QCoreApplication.translate("labels", "declared {declared}, counted {counted}")
                 .format(declared=f["declared"], counted=f["counted"])]
        if f["missing"]:
            parts.append(QCoreApplication.translate("labels", "missing {serials}").format(
                serials=join(f["missing"])))
        if f["extra"]:
            parts.append(QCoreApplication.translate("labels", "not on the slip {serials}")
                         .format(serials=join(f["extra"])))
        text = parts[0]
        for part in parts[1:]:
            text = QCoreApplication.translate("labels", "{before}; {after}").format(
                before=text, after=part)
        return text
    if kind is notes.RefusalFacts.CUSTODY:
        return QCoreApplication.translate("labels", "{serial} is with {custody}").format(
            serial=f["serial"], custody=custody(f["custody"]))
    return QCoreApplication.translate("labels", "received at {station}, the slip is for "
                                      "{expected}").format(station=station(f["station"]),
                                                           expected=station(f["expected"]))


def duration(minutes_total: float) -> str:
    """How long something has waited: "1 d 6 h", "3 h 20 min", "12 min"."""
    minutes = max(0, int(minutes_total))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("labels", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("labels", "{h} h {m} min").format(h=hours, m=minutes)
    return QCoreApplication.translate("labels", "{m} min").format(m=minutes)


def handover_status(code: str | None) -> str:
    return _translated(HANDOVER_STATUSES, code)


def work_kind(code: str | None) -> str:
    return _translated(WORK_KINDS, code, "work kind")


def rma_status(code: str, *, batch: bool = False) -> str:
    text = _translated(RMA_STATUSES, code)
    if batch:
        # QP-TPZ-002 5.3.2: a batch problem takes its own route, so the list says so.
        return QCoreApplication.translate("labels", "{status}, batch problem").format(status=text)
    return text


def join(items: Iterable[str]) -> str:
    return QCoreApplication.translate("labels", ", ", "separator between list items").join(items)


def roles(codes: Iterable[str]) -> str:
    """Role names in the domain's order, joined for one line."""
    wanted = {str(c) for c in codes}
    known = [role(r) for r in Role if r.value in wanted]
    unknown = sorted(wanted - {r.value for r in Role})
    return join([*known, *unknown])


def states_summary(states: Mapping[str, int]) -> str:
    """'2 in repair, 1 shipped': unit counts per state, in workflow order."""
    parts = [QCoreApplication.translate("labels", UNIT_STATE_COUNTS[s]).format(n=states[s.value])
             for s in UnitState if states.get(s.value)]
    known = {s.value for s in UnitState}
    parts += [f"{n} {code}" for code, n in sorted(states.items()) if code not in known and n]
    return join(parts)


# Tracking-log actions (LogEntry.action). Not an enum in the domain; an action missing here
# (a newer database, an admin entry) is shown as its code.
LOG_ACTIONS: dict[str, str] = {
    "rma_received": QT_TRANSLATE_NOOP("labels", "RMA received"),
    "unit_received": QT_TRANSLATE_NOOP("labels", "Unit received"),
    "handover_offered": QT_TRANSLATE_NOOP("labels", "Handed over"),
    "handover_accepted": QT_TRANSLATE_NOOP("labels", "Handover accepted"),
    "handover_refused": QT_TRANSLATE_NOOP("labels", "Handover refused"),
    "handover_overdue": QT_TRANSLATE_NOOP("labels", "Handover overdue"),
    "handover_cancelled": QT_TRANSLATE_NOOP("labels", "Handover cancelled"),
    "slip_signed": QT_TRANSLATE_NOOP("labels", "Slip signed"),
    "slip_printed": QT_TRANSLATE_NOOP("labels", "Slip printed"),
    "slip_reprinted": QT_TRANSLATE_NOOP("labels", "Slip reprinted (copy)"),
    "screening_test": QT_TRANSLATE_NOOP("labels", "Screening test"),
    "screening_nff": QT_TRANSLATE_NOOP("labels", "Screening: no fault found"),
    "screening_rework": QT_TRANSLATE_NOOP("labels", "Screening: to rework"),
    "screening_repair": QT_TRANSLATE_NOOP("labels", "Screening: to repair"),
    "anomaly_form_signed": QT_TRANSLATE_NOOP("labels", "Anomaly form signed"),
    "due_date_confirmed": QT_TRANSLATE_NOOP("labels", "Due date confirmed"),
    "due_date_escalated": QT_TRANSLATE_NOOP("labels", "Due date escalated"),
    "cannot_find_fault": QT_TRANSLATE_NOOP("labels", "Cannot find the fault"),
    "repair_recorded": QT_TRANSLATE_NOOP("labels", "Repair recorded"),
    "reinspection_test": QT_TRANSLATE_NOOP("labels", "Re-inspection test"),
    "oqc_inspection": QT_TRANSLATE_NOOP("labels", "OQC inspection"),
    "packed": QT_TRANSLATE_NOOP("labels", "Packed"),
    "tracking_complete": QT_TRANSLATE_NOOP("labels", "Tracking complete"),
    "shipped": QT_TRANSLATE_NOOP("labels", "Shipped"),
    "shipping_note": QT_TRANSLATE_NOOP("labels", "Shipping note issued"),
    "return_as_is": QT_TRANSLATE_NOOP("labels", "Return as is"),
    "decision": QT_TRANSLATE_NOOP("labels", "Supervisor decision"),
    "rma_closed": QT_TRANSLATE_NOOP("labels", "RMA closed"),
    "complaint_notice_raised": QT_TRANSLATE_NOOP("labels", "Complaint notice raised"),
    "complaint_notice_assigned": QT_TRANSLATE_NOOP("labels", "Complaint notice assigned"),
    "complaint_notice_classified": QT_TRANSLATE_NOOP("labels", "Complaint notice classified"),
    "complaint_report_attached": QT_TRANSLATE_NOOP("labels", "Complaint report attached"),
    "complaint_notice_closed": QT_TRANSLATE_NOOP("labels", "Complaint notice closed"),
    "corrective_action_opened": QT_TRANSLATE_NOOP("labels", "Corrective action opened"),
    "corrective_action_implemented": QT_TRANSLATE_NOOP("labels",
                                                       "Corrective action implemented"),
    "corrective_action_closed": QT_TRANSLATE_NOOP("labels", "Corrective action closed"),
    "corrective_action_reopened": QT_TRANSLATE_NOOP("labels", "Corrective action reopened"),
    "billing_overridden": QT_TRANSLATE_NOOP("labels", "Billing against the warranty record"),
    "cost_booked": QT_TRANSLATE_NOOP("labels", "Cost booked"),
    "customer_contacted": QT_TRANSLATE_NOOP("labels", "Customer contacted"),
    "imported": QT_TRANSLATE_NOOP("labels", "Imported from past records"),
    "rma_corrected": QT_TRANSLATE_NOOP("labels", "RMA corrected"),
    "complaint_rule": QT_TRANSLATE_NOOP("labels", "Complaint rule checked"),
    "complaint_notice_joined": QT_TRANSLATE_NOOP("labels",
                                                 "Added to the open complaint notice"),
    "complaint_customer_contacted": QT_TRANSLATE_NOOP("labels",
                                                      "Complaint: customer contacted"),
    "complaint_file_attached": QT_TRANSLATE_NOOP("labels", "Complaint: file attached"),
    "attachment_added": QT_TRANSLATE_NOOP("labels", "Attachment added"),
    "delivery_completed": QT_TRANSLATE_NOOP("labels", "Delivery details completed"),
    "delivery_corrected": QT_TRANSLATE_NOOP("labels", "Delivery corrected"),
    "archive_written": QT_TRANSLATE_NOOP("labels", "Archive written"),
    "ca_created": QT_TRANSLATE_NOOP("labels", "Shop CA created"),
    "certificate_issued": QT_TRANSLATE_NOOP("labels", "Signing certificate issued"),
    "signing_key_rewrapped": QT_TRANSLATE_NOOP("labels", "Signing key re-protected"),
    "user_added": QT_TRANSLATE_NOOP("labels", "User added"),
    "calendar_seeded": QT_TRANSLATE_NOOP("labels", "Working calendar filled in"),
    "calendar_changed": QT_TRANSLATE_NOOP("labels", "Working calendar changed"),
    "defect_codes_imported": QT_TRANSLATE_NOOP("labels", "Defect codes imported"),
    "defect_text_mapped": QT_TRANSLATE_NOOP("labels", "Defect text mapped to a code"),
    "part_price_set": QT_TRANSLATE_NOOP("labels", "Part price set"),
    "retention_set": QT_TRANSLATE_NOOP("labels", "Retention set"),
    "setting_changed": QT_TRANSLATE_NOOP("labels", "Setting changed"),
}


def log_action(code: str) -> str:
    return _translated(LOG_ACTIONS, code)
