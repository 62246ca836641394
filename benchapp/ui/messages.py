"""Translated texts for the domain's refusal reasons (benchapp.domain.errors.Reason).

The English source texts are those of ``benchapp.domain.errors.MESSAGES``, with the same
{format fields}; tests/gui/test_messages.py keeps the two in step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from benchapp.devices import ports
from benchapp.devices.errors import DeviceError, DeviceErrorReason, ScanRejectReason
from benchapp.devices.link import DeviceState
from benchapp.devices.scan import ScanRejected
from benchapp.domain.errors import MESSAGES, DomainError, Reason
from benchapp.domain.supervision import SUPERVISION_MESSAGES, SupervisionReason
from benchapp.slips.errors import SLIP_ERROR_MESSAGES, SlipError, SlipErrorReason
from benchapp.ui import labels

log = logging.getLogger(__name__)

TEXTS: dict[Reason, str] = {
    Reason.UNKNOWN_ROLE: QT_TRANSLATE_NOOP(
        "messages", "Unknown role '{role}'. Known roles: {known}."),
    Reason.ROLE_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "{user} may not {action}: it needs one of the roles {roles}."),
    Reason.NOT_THE_RESPONSIBLE_PERSON: QT_TRANSLATE_NOOP(
        "messages", "Only {expected} may {action}."),
    Reason.COUNT_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "messages", "The {what} must be a whole number above zero, not {value}."),
    Reason.COUNT_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "Count mismatch: {expected} declared, {counted} counted."),
    Reason.SERIAL_EMPTY: QT_TRANSLATE_NOOP(
        "messages", "A serial number is empty."),
    Reason.SERIAL_TOO_LONG: QT_TRANSLATE_NOOP(
        "messages", "Serial number '{serial}' is longer than {limit} characters."),
    Reason.SERIAL_CONTROL_CHARS: QT_TRANSLATE_NOOP(
        "messages", "Serial number {serial} contains control characters."),
    Reason.SERIAL_DUPLICATE: QT_TRANSLATE_NOOP(
        "messages", "Serial number '{serial}' appears twice in this RMA."),
    Reason.SERIAL_IN_OPEN_RMA: QT_TRANSLATE_NOOP(
        "messages", "Serial number '{serial}' is still in process in {rma_no}."),
    Reason.SERIAL_NOT_IN_RMA: QT_TRANSLATE_NOOP(
        "messages", "Serial number '{serial}' is not part of {rma_no}."),
    Reason.FIELD_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "'{field}' is required."),
    Reason.FIELD_TOO_LONG: QT_TRANSLATE_NOOP(
        "messages", "'{field}' is longer than {limit} characters."),
    Reason.VALUE_INVALID: QT_TRANSLATE_NOOP(
        "messages", "'{value}' is not a valid {field}; expected one of: {allowed}."),
    Reason.OUT_OF_ORDER: QT_TRANSLATE_NOOP(
        "messages", "Unit {serial} is '{state}': '{action}' is not possible now."),
    Reason.WRONG_ROUTE: QT_TRANSLATE_NOOP(
        "messages", "Units do not go from {from_station} to {to_station}."),
    Reason.NOT_IN_CUSTODY: QT_TRANSLATE_NOOP(
        "messages", "Unit {serial} is in the custody of {custody}, not {station}."),
    Reason.ALREADY_IN_HANDOVER: QT_TRANSLATE_NOOP(
        "messages", "Unit {serial} is already on open slip {slip_no}."),
    Reason.HANDOVER_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "Slip {slip_no} is already {status}."),
    Reason.DUE_DATE_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "messages", "Confirm the due date of unit {serial} first."),
    Reason.DECISION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "messages", "'{decision}' is not a decision for a {kind} escalation."),
    Reason.REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "A decision needs a written reason."),
    Reason.PARTICIPANTS_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "A no-fault-found decision is taken jointly: name who took part for "
                    "{missing}."),
    Reason.ESCALATION_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "Escalation {escalation_id} is already decided."),
    Reason.NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "No {what} '{key}'."),
    Reason.LOGIN_FAILED: QT_TRANSLATE_NOOP(
        "messages", "Wrong user name or password."),
    Reason.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP(
        "messages", "Account '{user}' is locked after too many failed attempts; "
                    "a supervisor must unlock it."),
    Reason.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP(
        "messages", "Account '{user}' is disabled."),
    Reason.USERNAME_TAKEN: QT_TRANSLATE_NOOP(
        "messages", "User name '{user}' is taken."),
    Reason.BADGE_TAKEN: QT_TRANSLATE_NOOP(
        "messages", "Badge '{badge}' belongs to another user."),
    Reason.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP(
        "messages", "A password needs at least {limit} characters."),
    Reason.PASSWORD_COMMON: QT_TRANSLATE_NOOP(
        "messages", "This password is on the list of common passwords; choose another."),
    Reason.PASSWORD_IS_USERNAME: QT_TRANSLATE_NOOP(
        "messages", "A password must not be the user name."),
    Reason.PASSWORD_CHANGE_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "{user} must choose a new password first (sign in and change it); until "
                    "then {user} cannot sign."),
    Reason.TEXT_CHARACTER_REFUSED: QT_TRANSLATE_NOOP(
        "messages", "{char} not allowed in {field}."),
    Reason.RMA_ALREADY_HANDED_OVER: QT_TRANSLATE_NOOP(
        "messages", "{rma_no} has been handed over already: its header can no longer be "
                    "corrected."),
    Reason.PIN_INVALID: QT_TRANSLATE_NOOP(
        "messages", "A PIN is 4 to 8 digits."),
    Reason.CONFLICT: QT_TRANSLATE_NOOP(
        "messages", "{what} was changed at another bench{by}. Reload and try again."),
    Reason.NOT_PAID_REPAIR: QT_TRANSLATE_NOOP(
        "messages", "{rma_no} is a warranty repair: return as-is needs a supervisor."),
    Reason.HANDOVER_REFUSED: QT_TRANSLATE_NOOP(
        "messages", "Slip {slip_no} refused: {refusal}."),
    Reason.SIGNATURE_PIN_WRONG: QT_TRANSLATE_NOOP(
        "messages", "Wrong badge or PIN for {user}. Nothing was signed."),
    Reason.FULL_SIGNATURE_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "{user} has not signed with user name and password in this session yet: "
                    "the badge and PIN cannot sign until then. Nothing was signed."),
    Reason.DELIVERY_DIFFERS: QT_TRANSLATE_NOOP(
        "messages", "Delivery {delivery_no} of {customer} is on record with {field} "
        "{stored}, not {given}. Check the delivery note; if the record is wrong, correct the "
        "delivery first (a logged correction)."),
    Reason.OWNER_LOGIN_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "The {what} are written from the admin PC with the database owner's "
        "login; this bench's login may only read them. Nothing was changed."),
}

# The fields the domain names in its refusals ({field}): said in the person's language.
FIELD_NAMES: dict[str, str] = {
    "ISO week": QT_TRANSLATE_NOOP("field names", "ISO week"),
    "PIN (a badge needs one)": QT_TRANSLATE_NOOP("field names", "PIN (a badge needs one)"),
    "RMA to follow up": QT_TRANSLATE_NOOP("field names", "RMA to follow up"),
    "RMA to notify purchasing of": QT_TRANSLATE_NOOP("field names", "RMA to notify purchasing of"),
    "RMA to pass a delay on": QT_TRANSLATE_NOOP("field names", "RMA to pass a delay on"),
    "RMA to report late": QT_TRANSLATE_NOOP("field names", "RMA to report late"),
    "anomaly form number": QT_TRANSLATE_NOOP("field names", "anomaly form number"),
    "attachment": QT_TRANSLATE_NOOP("field names", "attachment"),
    "badge": QT_TRANSLATE_NOOP("field names", "badge"),
    "calendar day kind": QT_TRANSLATE_NOOP("field names", "calendar day kind"),
    "calendar": QT_TRANSLATE_NOOP("field names", "calendar"),
    "cause category": QT_TRANSLATE_NOOP("field names", "cause category"),
    "chart dimension": QT_TRANSLATE_NOOP("field names", "chart dimension"),
    "contact time": QT_TRANSLATE_NOOP("field names", "contact time"),
    "days": QT_TRANSLATE_NOOP("field names", "days"),
    "defect-code file": QT_TRANSLATE_NOOP("field names", "defect-code file"),
    "delivered quantity": QT_TRANSLATE_NOOP("field names", "delivered quantity"),
    "delivery no.": QT_TRANSLATE_NOOP("field names", "delivery no."),
    "department": QT_TRANSLATE_NOOP("field names", "department"),
    "due date": QT_TRANSLATE_NOOP("field names", "due date"),
    "expected date": QT_TRANSLATE_NOOP("field names", "expected date"),
    "file name": QT_TRANSLATE_NOOP("field names", "file name"),
    "first contact": QT_TRANSLATE_NOOP("field names", "first contact"),
    "follow-up answer": QT_TRANSLATE_NOOP("field names", "follow-up answer"),
    "giver": QT_TRANSLATE_NOOP("field names", "giver"),
    "holiday": QT_TRANSLATE_NOOP("field names", "holiday"),
    "limit": QT_TRANSLATE_NOOP("field names", "limit"),
    "make-up working day": QT_TRANSLATE_NOOP("field names", "make-up working day"),
    "min units": QT_TRANSLATE_NOOP("field names", "min units"),
    "new due date": QT_TRANSLATE_NOOP("field names", "new due date"),
    "new password": QT_TRANSLATE_NOOP("field names", "new password"),
    "photo": QT_TRANSLATE_NOOP("field names", "photo"),
    "receiver": QT_TRANSLATE_NOOP("field names", "receiver"),
    "replacement serial": QT_TRANSLATE_NOOP("field names", "replacement serial"),
    "report text or file": QT_TRANSLATE_NOOP("field names", "report text or file"),
    "responsible inspector": QT_TRANSLATE_NOOP("field names", "responsible inspector"),
    "retention period": QT_TRANSLATE_NOOP("field names", "retention period"),
    "roles": QT_TRANSLATE_NOOP("field names", "roles"),
    "ship date": QT_TRANSLATE_NOOP("field names", "ship date"),
    "units": QT_TRANSLATE_NOOP("field names", "units"),
    "user name": QT_TRANSLATE_NOOP("field names", "user name"),
    "week range": QT_TRANSLATE_NOOP("field names", "week range"),
    "week to review": QT_TRANSLATE_NOOP("field names", "week to review"),
    "working days": QT_TRANSLATE_NOOP("field names", "working days"),
    "working hours": QT_TRANSLATE_NOOP("field names", "working hours"),
    "KPI consequence": QT_TRANSLATE_NOOP("field names", "KPI consequence"),
    "actions": QT_TRANSLATE_NOOP("field names", "actions"),
    "attachment kind": QT_TRANSLATE_NOOP("field names", "attachment kind"),
    "billing": QT_TRANSLATE_NOOP("field names", "billing"),
    "carrier": QT_TRANSLATE_NOOP("field names", "carrier"),
    "closing note": QT_TRANSLATE_NOOP("field names", "closing note"),
    "complaint": QT_TRANSLATE_NOOP("field names", "complaint"),
    "contact channel": QT_TRANSLATE_NOOP("field names", "contact channel"),
    "contact kind": QT_TRANSLATE_NOOP("field names", "contact kind"),
    "contact note": QT_TRANSLATE_NOOP("field names", "contact note"),
    "contact person": QT_TRANSLATE_NOOP("field names", "contact person"),
    "cost kind": QT_TRANSLATE_NOOP("field names", "cost kind"),
    "cost note": QT_TRANSLATE_NOOP("field names", "cost note"),
    "counted quantity": QT_TRANSLATE_NOOP("field names", "counted quantity"),
    "customer": QT_TRANSLATE_NOOP("field names", "customer"),
    "customer requirement": QT_TRANSLATE_NOOP("field names", "customer requirement"),
    "date code": QT_TRANSLATE_NOOP("field names", "date code"),
    "declared count": QT_TRANSLATE_NOOP("field names", "declared count"),
    "declared quantity": QT_TRANSLATE_NOOP("field names", "declared quantity"),
    "defect": QT_TRANSLATE_NOOP("field names", "defect"),
    "delay reason": QT_TRANSLATE_NOOP("field names", "delay reason"),
    "display name": QT_TRANSLATE_NOOP("field names", "display name"),
    "implementation note": QT_TRANSLATE_NOOP("field names", "implementation note"),
    "lot": QT_TRANSLATE_NOOP("field names", "lot"),
    "model": QT_TRANSLATE_NOOP("field names", "model"),
    "name": QT_TRANSLATE_NOOP("field names", "name"),
    "note": QT_TRANSLATE_NOOP("field names", "note"),
    "notes": QT_TRANSLATE_NOOP("field names", "notes"),
    "notice text": QT_TRANSLATE_NOOP("field names", "notice text"),
    "packed quantity": QT_TRANSLATE_NOOP("field names", "packed quantity"),
    "part lot": QT_TRANSLATE_NOOP("field names", "part lot"),
    "part no.": QT_TRANSLATE_NOOP("field names", "part no."),
    "part number": QT_TRANSLATE_NOOP("field names", "part number"),
    "participant": QT_TRANSLATE_NOOP("field names", "participant"),
    "payer": QT_TRANSLATE_NOOP("field names", "payer"),
    "person found": QT_TRANSLATE_NOOP("field names", "person found"),
    "preventive measure": QT_TRANSLATE_NOOP("field names", "preventive measure"),
    "production lot": QT_TRANSLATE_NOOP("field names", "production lot"),
    "purchasing contact": QT_TRANSLATE_NOOP("field names", "purchasing contact"),
    "reason": QT_TRANSLATE_NOOP("field names", "reason"),
    "reference designator": QT_TRANSLATE_NOOP("field names", "reference designator"),
    "repair time (minutes)": QT_TRANSLATE_NOOP("field names", "repair time (minutes)"),
    "report file name": QT_TRANSLATE_NOOP("field names", "report file name"),
    "report kind": QT_TRANSLATE_NOOP("field names", "report kind"),
    "report text": QT_TRANSLATE_NOOP("field names", "report text"),
    "responsible department": QT_TRANSLATE_NOOP("field names", "responsible department"),
    "responsible process": QT_TRANSLATE_NOOP("field names", "responsible process"),
    "review remarks": QT_TRANSLATE_NOOP("field names", "review remarks"),
    "root cause": QT_TRANSLATE_NOOP("field names", "root cause"),
    "serial": QT_TRANSLATE_NOOP("field names", "serial"),
    "severity": QT_TRANSLATE_NOOP("field names", "severity"),
    "storage location": QT_TRANSLATE_NOOP("field names", "storage location"),
    "symptom": QT_TRANSLATE_NOOP("field names", "symptom"),
    "text": QT_TRANSLATE_NOOP("field names", "text"),
    "tracking number": QT_TRANSLATE_NOOP("field names", "tracking number"),
    "verification note": QT_TRANSLATE_NOOP("field names", "verification note"),
    "what the customer was told": QT_TRANSLATE_NOOP("field names", "what the customer was told"),
    "field": QT_TRANSLATE_NOOP("field names", "field"),
    "quantity": QT_TRANSLATE_NOOP("field names", "quantity"),
    "password": QT_TRANSLATE_NOOP("field names", "password"),
    "PIN": QT_TRANSLATE_NOOP("field names", "PIN"),
}

# What a person tried ({action}) when a role or the unit's state did not allow it.
ACTION_NAMES: dict[str, str] = {
    "OQC inspection": QT_TRANSLATE_NOOP("actions", "OQC inspection"),
    "confirm due date": QT_TRANSLATE_NOOP("actions", "confirm due date"),
    "escalate: cannot find fault": QT_TRANSLATE_NOOP("actions", "escalate: cannot find fault"),
    "re-inspection test": QT_TRANSLATE_NOOP("actions", "re-inspection test"),
    "record repair": QT_TRANSLATE_NOOP("actions", "record repair"),
    "return as-is": QT_TRANSLATE_NOOP("actions", "return as-is"),
    "screening test": QT_TRANSLATE_NOOP("actions", "screening test"),
    "visual check": QT_TRANSLATE_NOOP("actions", "visual check"),
    "sign the anomaly form": QT_TRANSLATE_NOOP("actions", "sign the anomaly form"),
    "sign this anomaly feedback form": QT_TRANSLATE_NOOP(
        "actions", "sign this anomaly feedback form"),
    "add users": QT_TRANSLATE_NOOP("actions", "add users"),
    "assign a complaint notice": QT_TRANSLATE_NOOP("actions", "assign a complaint notice"),
    "attach a report to a complaint notice": QT_TRANSLATE_NOOP(
        "actions", "attach a report to a complaint notice"),
    "attach photos and files": QT_TRANSLATE_NOOP("actions", "attach photos and files"),
    "book a cost": QT_TRANSLATE_NOOP("actions", "book a cost"),
    "change settings": QT_TRANSLATE_NOOP("actions", "change settings"),
    "classify a complaint notice": QT_TRANSLATE_NOOP("actions", "classify a complaint notice"),
    "close a complaint notice": QT_TRANSLATE_NOOP("actions", "close a complaint notice"),
    "confirm a due date": QT_TRANSLATE_NOOP("actions", "confirm a due date"),
    "correct an RMA": QT_TRANSLATE_NOOP("actions", "correct an RMA"),
    "correct a delivery": QT_TRANSLATE_NOOP("actions", "correct a delivery"),
    "create the shop CA": QT_TRANSLATE_NOOP("actions", "create the shop CA"),
    "disable users": QT_TRANSLATE_NOOP("actions", "disable users"),
    "edit the working calendar": QT_TRANSLATE_NOOP("actions", "edit the working calendar"),
    "escalate a unit": QT_TRANSLATE_NOOP("actions", "escalate a unit"),
    "export the archive": QT_TRANSLATE_NOOP("actions", "export the archive"),
    "import past repair records": QT_TRANSLATE_NOOP("actions", "import past repair records"),
    "import the defect-code library": QT_TRANSLATE_NOOP(
        "actions", "import the defect-code library"),
    "issue signing certificates": QT_TRANSLATE_NOOP("actions", "issue signing certificates"),
    "map free texts to defect codes": QT_TRANSLATE_NOOP(
        "actions", "map free texts to defect codes"),
    "notify purchasing": QT_TRANSLATE_NOOP("actions", "notify purchasing"),
    "open a corrective action": QT_TRANSLATE_NOOP("actions", "open a corrective action"),
    "pack units": QT_TRANSLATE_NOOP("actions", "pack units"),
    "pass a delay on to the customer": QT_TRANSLATE_NOOP(
        "actions", "pass a delay on to the customer"),
    "receive returned units": QT_TRANSLATE_NOOP("actions", "receive returned units"),
    "record a corrective action as implemented": QT_TRANSLATE_NOOP(
        "actions", "record a corrective action as implemented"),
    "record a customer contact": QT_TRANSLATE_NOOP("actions", "record a customer contact"),
    "record a customer contact on a complaint notice": QT_TRANSLATE_NOOP(
        "actions", "record a customer contact on a complaint notice"),
    "record a customer follow-up": QT_TRANSLATE_NOOP("actions", "record a customer follow-up"),
    "record a re-inspection test": QT_TRANSLATE_NOOP("actions", "record a re-inspection test"),
    "record a repair": QT_TRANSLATE_NOOP("actions", "record a repair"),
    "record a screening test": QT_TRANSLATE_NOOP("actions", "record a screening test"),
    "record a visual check": QT_TRANSLATE_NOOP("actions", "record a visual check"),
    "record the OQC inspection": QT_TRANSLATE_NOOP("actions", "record the OQC inspection"),
    "report a delay": QT_TRANSLATE_NOOP("actions", "report a delay"),
    "report on a complaint notice": QT_TRANSLATE_NOOP("actions", "report on a complaint notice"),
    "reset passwords": QT_TRANSLATE_NOOP("actions", "reset passwords"),
    "return a unit as-is": QT_TRANSLATE_NOOP("actions", "return a unit as-is"),
    "review the weekly report": QT_TRANSLATE_NOOP("actions", "review the weekly report"),
    "set a part price": QT_TRANSLATE_NOOP("actions", "set a part price"),
    "set retention periods": QT_TRANSLATE_NOOP("actions", "set retention periods"),
    "ship units": QT_TRANSLATE_NOOP("actions", "ship units"),
    "unlock accounts": QT_TRANSLATE_NOOP("actions", "unlock accounts"),
    "verify a corrective action": QT_TRANSLATE_NOOP("actions", "verify a corrective action"),
}

# What was not found ({what}).
THING_NAMES: dict[str, str] = {
    "RMA or serial number": QT_TRANSLATE_NOOP("things", "RMA or serial number"),
    "RMA": QT_TRANSLATE_NOOP("things", "RMA"),
    "anomaly form": QT_TRANSLATE_NOOP("things", "anomaly form"),
    "calendar day": QT_TRANSLATE_NOOP("things", "calendar day"),
    "complaint notice": QT_TRANSLATE_NOOP("things", "complaint notice"),
    "corrective action": QT_TRANSLATE_NOOP("things", "corrective action"),
    "delivered quantity": QT_TRANSLATE_NOOP("things", "delivered quantity"),
    "delivery": QT_TRANSLATE_NOOP("things", "delivery"),
    "form": QT_TRANSLATE_NOOP("things", "form"),
    "number of weeks": QT_TRANSLATE_NOOP("things", "number of weeks"),
    "serial": QT_TRANSLATE_NOOP("things", "serial"),
    "shipped quantity": QT_TRANSLATE_NOOP("things", "shipped quantity"),
    "shop CA": QT_TRANSLATE_NOOP("things", "shop CA"),
    "slip": QT_TRANSLATE_NOOP("things", "slip"),
    "unit": QT_TRANSLATE_NOOP("things", "unit"),
    "user": QT_TRANSLATE_NOOP("things", "user"),
    "warranty terms": QT_TRANSLATE_NOOP("things", "warranty terms"),
}

# Parameters that carry codes: shown with their translated names instead of the raw code.
_CODE_PARAMS: dict[str, Callable[[str], str]] = {
    "state": labels.unit_state,
    "custody": labels.custody,
    "station": labels.station,
    "from_station": labels.station,
    "to_station": labels.station,
    "refusal": labels.refusal,
}


def _localized(params: Mapping[str, Any]) -> dict[str, Any]:
    shown = dict(params)
    for name, translate in _CODE_PARAMS.items():
        if isinstance(shown.get(name), str):
            shown[name] = translate(shown[name])
    for name, table, context in (("field", FIELD_NAMES, "field names"),
                                 ("action", ACTION_NAMES, "actions"),
                                 ("what", THING_NAMES, "things")):
        value = shown.get(name)
        if isinstance(value, str) and value in table:
            shown[name] = QCoreApplication.translate(context, table[value])
    if isinstance(shown.get("roles"), str):
        shown["roles"] = labels.roles(r.strip() for r in shown["roles"].split(","))
    return shown


def reason_text(reason: Reason, params: Mapping[str, Any] | None = None) -> str:
    """The translated sentence for ``reason`` with its parameters filled in."""
    params = params or {}
    source = TEXTS.get(reason)
    if source is None:
        log.error("No GUI text for reason %s", reason)
        source = MESSAGES.get(reason, str(reason))
    try:
        return QCoreApplication.translate("messages", source).format(**_localized(params))
    except (KeyError, IndexError, ValueError):
        # A translation whose {fields} drifted must not hide the refusal itself.
        log.exception("Cannot fill the text for %s with %r", reason, params)
        return f"{reason.value}: {dict(params)}"


def error_text(error: DomainError) -> str:
    if isinstance(error.reason, SupervisionReason):
        return supervision_error_text(error)
    return reason_text(error.reason, error.params)


def database_unavailable_text(detail: str) -> str:
    return QCoreApplication.translate(
        "messages", "The database cannot be reached; nothing was changed. Details: {detail}"
    ).format(detail=detail)


SLIP_TEXTS: dict[SlipErrorReason, str] = {
    SlipErrorReason.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "messages", "Wrong password: {user}'s signing key stays locked. Nothing was signed."),
    SlipErrorReason.WRONG_CA_PASSPHRASE: QT_TRANSLATE_NOOP(
        "messages", "Wrong passphrase for the shop CA key."),
    SlipErrorReason.KEY_DOES_NOT_MATCH: QT_TRANSLATE_NOOP(
        "messages", "The private key does not belong to {user}'s certificate."),
    SlipErrorReason.CERTIFICATE_NOT_FROM_CA: QT_TRANSLATE_NOOP(
        "messages", "{user}'s certificate was not issued by the shop CA {ca}."),
    SlipErrorReason.CERTIFICATE_EXPIRED: QT_TRANSLATE_NOOP(
        "messages", "{user}'s certificate is valid from {not_before} to {not_after}, "
                    "not at {at}."),
    SlipErrorReason.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "messages", "{field} is not a signature field of a slip ({allowed})."),
    SlipErrorReason.ALREADY_SIGNED: QT_TRANSLATE_NOOP(
        "messages", "Slip {slip_no} already carries the {field} signature."),
    SlipErrorReason.GIVER_NOT_SIGNED: QT_TRANSLATE_NOOP(
        "messages", "Slip {slip_no} has no giver signature yet."),
    SlipErrorReason.NOT_A_SLIP: QT_TRANSLATE_NOOP(
        "messages", "This PDF is not a benchapp transfer slip: {detail}"),
    SlipErrorReason.INVALID_CONTENT: QT_TRANSLATE_NOOP(
        "messages", "The slip cannot be drawn: {field} {detail}"),
    SlipErrorReason.FONT_MISSING: QT_TRANSLATE_NOOP(
        "messages", "Font file {path} is missing: reinstall benchapp."),
    SlipErrorReason.STAMP_TOO_LONG: QT_TRANSLATE_NOOP(
        "messages", "The signature stamp has {lines} lines; the box holds at most {limit}."),
    SlipErrorReason.MODIFIED: QT_TRANSLATE_NOOP(
        "messages", "Slip {slip_no} was changed after {after}: verify it instead of signing it."),
    SlipErrorReason.INVALID_TRUST_ANCHOR: QT_TRANSLATE_NOOP(
        "messages", "The trust anchor is not a PEM certificate: {detail}"),
    SlipErrorReason.CA_NOT_PINNED_ONE: QT_TRANSLATE_NOOP(
        "messages", "The shop CA in this database ({found}) is not the one pinned on this PC "
                    "({pinned}). Nothing is signed or trusted: tell the administrator."),
    SlipErrorReason.SEVERAL_CAS: QT_TRANSLATE_NOOP(
        "messages", "This database holds {count} shop CAs ({found}) and this PC pins none. "
                    "Nothing is signed or trusted: tell the administrator."),
}


def slip_error_text(error: SlipError) -> str:
    """The translated sentence for a slip error (wrong signing password and the like)."""
    source = SLIP_TEXTS.get(error.reason) or SLIP_ERROR_MESSAGES[error.reason]
    try:
        return QCoreApplication.translate("messages", source).format(**dict(error.params))
    except (KeyError, IndexError, ValueError):
        log.exception("Cannot fill the text for %s with %r", error.reason, error.params)
        return error.message


# -- scanners and fixtures ---------------------------------------------------------------
# The English source texts say what benchapp.devices.errors says, as sentences for people at
# the bench, with the same {format fields}; tests/gui/test_device_texts.py keeps them in step.

SCAN_REJECT_TEXTS: dict[ScanRejectReason, str] = {
    ScanRejectReason.EMPTY: QT_TRANSLATE_NOOP(
        "messages", "The scan is empty. Scan again."),
    ScanRejectReason.TOO_LONG: QT_TRANSLATE_NOOP(
        "messages", "The scan is too long ({length} {unit}; at most {max_len} characters). "
                    "Scan again."),
    ScanRejectReason.UNDECODABLE: QT_TRANSLATE_NOOP(
        "messages", "The scan is not readable text (neither UTF-8 nor GBK): {raw}. Check the "
                    "scanner's character set."),
    ScanRejectReason.CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "messages", "The scan contains the control character {char} at position {position}: "
                    "{raw}. Scan again."),
    ScanRejectReason.INCOMPLETE: QT_TRANSLATE_NOOP(
        "messages", "A scan stopped without its line end (CR or LF) and was dropped: {raw}. "
                    "Check the scanner's suffix setting."),
    ScanRejectReason.SYMBOLOGY_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "This field expects a {expected} barcode; the scanner read a {symbology} "
                    "({aim})."),
    ScanRejectReason.KIND_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "This field expects {expected}; the scan is {kind}: {text}"),
}

DEVICE_ERROR_TEXTS: dict[DeviceErrorReason, str] = {
    DeviceErrorReason.INVALID_PORT: QT_TRANSLATE_NOOP(
        "messages", "'{port}' is not a port: give a path (/dev/ttyACM0, COM3) or a USB id "
                    "VID:PID[:serial] in hex (05e0:1200:S123)."),
    DeviceErrorReason.INVALID_SETTINGS: QT_TRANSLATE_NOOP(
        "messages", "{port} rejected the settings: {detail}"),
    DeviceErrorReason.PORT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "{port} is not there: is the device plugged in? Settings > Detect lists "
                    "the ports."),
    DeviceErrorReason.PORT_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "messages", "{port} matches {count} ports ({devices}): add the serial number, "
                    "VID:PID:SERIAL."),
    DeviceErrorReason.PERMISSION_DENIED: QT_TRANSLATE_NOOP(
        "messages", "No permission to open {port}: {fix}."),
    DeviceErrorReason.PORT_BUSY: QT_TRANSLATE_NOOP(
        "messages", "{port} is busy: {fix}."),
    DeviceErrorReason.OPEN_FAILED: QT_TRANSLATE_NOOP(
        "messages", "Could not open {port}: {detail}"),
    DeviceErrorReason.NOT_CONNECTED: QT_TRANSLATE_NOOP(
        "messages", "The {device} on {port} is not connected."),
    DeviceErrorReason.DISCONNECTED: QT_TRANSLATE_NOOP(
        "messages", "The {device} on {port} was disconnected ({detail})."),
    DeviceErrorReason.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "messages", "Could not send to the {device} on {port}: {detail}"),
    DeviceErrorReason.TIMEOUT: QT_TRANSLATE_NOOP(
        "messages", "The {device} on {port} {detail}."),
    DeviceErrorReason.PROTOCOL_ERROR: QT_TRANSLATE_NOOP(
        "messages", "The {device} on {port} broke protocol v1: {detail}; the line was: {line}"),
    DeviceErrorReason.FIXTURE_ERROR: QT_TRANSLATE_NOOP(
        "messages", "The fixture on {port} reported error {code}: {text}"),
    DeviceErrorReason.INVALID_SERIAL: QT_TRANSLATE_NOOP(
        "messages", "'{serial}' cannot be sent to a fixture: {detail}"),
    DeviceErrorReason.TEST_IN_PROGRESS: QT_TRANSLATE_NOOP(
        "messages", "The fixture on {port} is busy with {running}; wait for its result."),
    DeviceErrorReason.STOPPED: QT_TRANSLATE_NOOP(
        "messages", "The {device} on {port} was closed while it was in use."),
    DeviceErrorReason.INTERNAL_ERROR: QT_TRANSLATE_NOOP(
        "messages", "Internal error talking to the {device} on {port}: {detail}"),
}

# A fixture that went quiet is the timeout people meet most: said whole, with the unit.
_FIXTURE_TIMEOUT_TEXTS: dict[bool, str] = {
    True: QT_TRANSLATE_NOOP(
        "messages", "The fixture on {port} did not finish testing {serial} within {seconds} s."),
    False: QT_TRANSLATE_NOOP(
        "messages", "The fixture on {port} sent nothing for {seconds} s while testing "
                    "{serial}."),
}

DEVICE_NAMES: dict[str, str] = {
    "scanner": QT_TRANSLATE_NOOP("messages", "scanner"),
    "fixture": QT_TRANSLATE_NOOP("messages", "test fixture"),
}

DEVICE_STATE_TEXTS: dict[DeviceState, str] = {
    DeviceState.CONNECTING: QT_TRANSLATE_NOOP("messages", "Connecting…"),
    DeviceState.CONNECTED: QT_TRANSLATE_NOOP("messages", "Connected"),
    DeviceState.DISCONNECTED: QT_TRANSLATE_NOOP("messages", "Disconnected: waiting for the device"),
    DeviceState.STOPPED: QT_TRANSLATE_NOOP("messages", "Off"),
}

# The drivers' fixed English advice (devices/ports.py), translated where it is shown.
_PORT_FIXES: dict[str, str] = {
    ports.DIALOUT_FIX: QT_TRANSLATE_NOOP(
        "messages", "add the user to the 'dialout' group (sudo usermod -aG dialout $USER, then "
                    "log out and back in), or install the udev rule from docs/devices.md"),
    ports.BUSY_FIX_POSIX: QT_TRANSLATE_NOOP(
        "messages", "another program has it open (a second benchapp, a serial terminal, "
                    "ModemManager); close it and try again"),
    ports.BUSY_FIX_WINDOWS: QT_TRANSLATE_NOOP(
        "messages", "another program has the COM port open (a second benchapp, a serial "
                    "terminal, the scanner's set-up tool); close it and try again"),
}

# devices.scan's words for what a field expects and what a scan is.
_SCAN_WORDS: dict[str, str] = {
    "a unit serial": QT_TRANSLATE_NOOP("messages", "a unit serial"),
    "an RMA number": QT_TRANSLATE_NOOP("messages", "an RMA number"),
    "a slip QR": QT_TRANSLATE_NOOP("messages", "a slip QR"),
    "a user badge": QT_TRANSLATE_NOOP("messages", "a user badge"),
    "an unrecognised code": QT_TRANSLATE_NOOP("messages", "an unrecognised code"),
    "characters": QT_TRANSLATE_NOOP("messages", "characters"),
    "bytes": QT_TRANSLATE_NOOP("messages", "bytes"),
}


def _scan_words(text: Any) -> Any:
    """'a unit serial or an RMA number' in the reader's language; unknown words stay."""
    if not isinstance(text, str):
        return text
    parts = [QCoreApplication.translate("messages", _SCAN_WORDS[part])
             if part in _SCAN_WORDS else part for part in text.split(" or ")]
    return QCoreApplication.translate("messages", " or ", "between alternatives").join(parts)


def scan_reject_text(rejected: ScanRejected) -> str:
    """A garbled or unexpected scan, for people: what was wrong, what to do."""
    params: dict[str, Any] = {"raw": rejected.raw_escaped, **rejected.params}
    for name in ("expected", "kind", "unit"):
        if name in params and rejected.reason is not ScanRejectReason.SYMBOLOGY_MISMATCH:
            params[name] = _scan_words(params[name])
    source = SCAN_REJECT_TEXTS.get(rejected.reason)
    if source is None:
        log.error("No GUI text for scan rejection %s", rejected.reason)
        return rejected.message
    try:
        return QCoreApplication.translate("messages", source).format(**params)
    except (KeyError, IndexError, ValueError):
        log.exception("Cannot fill the text for %s with %r", rejected.reason, params)
        return rejected.message


def device_name(device: str) -> str:
    source = DEVICE_NAMES.get(device)
    return QCoreApplication.translate("messages", source) if source else device


def device_error_text(err: DeviceError) -> str:
    """The translated sentence for a scanner or fixture problem (port missing, busy, timeout)."""
    params: dict[str, Any] = dict(err.params)
    if isinstance(params.get("device"), str):
        params["device"] = device_name(params["device"])
    if isinstance(params.get("fix"), str) and params["fix"] in _PORT_FIXES:
        params["fix"] = QCoreApplication.translate("messages", _PORT_FIXES[params["fix"]])
    source = DEVICE_ERROR_TEXTS.get(err.reason)
    if (err.reason is DeviceErrorReason.TIMEOUT and params.get("serial")
            and isinstance(params.get("overall"), bool) and "seconds" in params):
        source = _FIXTURE_TIMEOUT_TEXTS[params["overall"]]
        params["seconds"] = f"{params['seconds']:g}" if isinstance(
            params["seconds"], int | float) else params["seconds"]
    if source is None:
        log.error("No GUI text for device error %s", err.reason)
        return err.message
    try:
        return QCoreApplication.translate("messages", source).format(**params)
    except (KeyError, IndexError, ValueError):
        log.exception("Cannot fill the text for %s with %r", err.reason, params)
        return err.message


def device_state_text(state: str) -> str:
    """'Connected', 'Disconnected: waiting for the device'... for a DeviceState value."""
    source = DEVICE_STATE_TEXTS.get(state)  # StrEnum keys compare equal to plain strings
    return QCoreApplication.translate("messages", source) if source else str(state)


# -- supervision records (complaint notices, corrective actions, calendar, imports) ---------
# The English source texts are benchapp.domain.supervision.SUPERVISION_MESSAGES.

SUPERVISION_TEXTS: dict[SupervisionReason, str] = {
    SupervisionReason.RECORD_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "{what} {key} is already closed."),
    SupervisionReason.REPORT_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "{notice_no} cannot be closed before its report is in."),
    SupervisionReason.EIGHT_D_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "{notice_no} is a major complaint: it needs an 8D report, not a general "
                    "report."),
    SupervisionReason.OWNER_NOT_QC: QT_TRANSLATE_NOOP(
        "messages", "{user} has no QC role and cannot own complaint {notice_no}."),
    SupervisionReason.NOT_IMPLEMENTED: QT_TRANSLATE_NOOP(
        "messages", "{ca_no} is '{status}': record its implementation before verifying it."),
    SupervisionReason.CALENDAR_CONFLICT: QT_TRANSLATE_NOOP(
        "messages", "{day} is already a {kind} in the calendar; remove it first."),
    SupervisionReason.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "messages", "{name} has {size} bytes; the limit is {limit}."),
    SupervisionReason.IMPORT_REJECTED: QT_TRANSLATE_NOOP(
        "messages", "{source}: {count} bad row(s); nothing was imported."),
    SupervisionReason.IMPORT_UNREADABLE: QT_TRANSLATE_NOOP(
        "messages", "{source}: {detail}"),
    SupervisionReason.CONTACT_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "{notice_no} cannot be closed before the customer contact is recorded."),
    SupervisionReason.NOT_A_DOCUMENT: QT_TRANSLATE_NOOP(
        "messages", "{name} is not a PDF or an image (PNG, JPEG, GIF, BMP, TIFF, WebP)."),
}


def supervision_error_text(error: DomainError) -> str:
    """The translated sentence for a supervision refusal (domain.supervision.SupervisionError)."""
    reason = SupervisionReason(error.reason)
    source = SUPERVISION_TEXTS.get(reason) or SUPERVISION_MESSAGES[reason]
    try:
        return QCoreApplication.translate("messages", source).format(**dict(error.params))
    except (KeyError, IndexError, ValueError):
        log.exception("Cannot fill the text for %s with %r", reason, error.params)
        return str(error)
