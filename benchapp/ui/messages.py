"""Translated texts for the domain's refusal reasons (benchapp.domain.errors.Reason).

The English source texts are those of ``benchapp.domain.errors.MESSAGES``, with the same
{format fields}; tests/gui/test_messages.py keeps the two in step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from benchapp.domain.errors import MESSAGES, DomainError, Reason
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
    Reason.PIN_INVALID: QT_TRANSLATE_NOOP(
        "messages", "A PIN is 4 to 8 digits."),
    Reason.CONFLICT: QT_TRANSLATE_NOOP(
        "messages", "{what} was changed at another bench{by}. Reload and try again."),
    Reason.NOT_PAID_REPAIR: QT_TRANSLATE_NOOP(
        "messages", "{rma_no} is a warranty repair: return as-is needs a supervisor."),
    Reason.HANDOVER_REFUSED: QT_TRANSLATE_NOOP(
        "messages", "Slip {slip_no} refused: {refusal}."),
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
}


def slip_error_text(error: SlipError) -> str:
    """The translated sentence for a slip error (wrong signing password and the like)."""
    source = SLIP_TEXTS.get(error.reason) or SLIP_ERROR_MESSAGES[error.reason]
    try:
        return QCoreApplication.translate("messages", source).format(**dict(error.params))
    except (KeyError, IndexError, ValueError):
        log.exception("Cannot fill the text for %s with %r", error.reason, error.params)
        return error.message
