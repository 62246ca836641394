"""Typed domain errors: a reason code plus parameters, never a ready-made sentence for the GUI."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Reason(StrEnum):
    """Why an operation was turned down. The GUI maps each to a translated text."""

    UNKNOWN_ROLE = "unknown_role"
    ROLE_REQUIRED = "role_required"
    NOT_THE_RESPONSIBLE_PERSON = "not_the_responsible_person"
    COUNT_NOT_POSITIVE = "count_not_positive"
    COUNT_MISMATCH = "count_mismatch"
    SERIAL_EMPTY = "serial_empty"
    SERIAL_TOO_LONG = "serial_too_long"
    SERIAL_CONTROL_CHARS = "serial_control_chars"
    SERIAL_DUPLICATE = "serial_duplicate"
    SERIAL_IN_OPEN_RMA = "serial_in_open_rma"
    SERIAL_NOT_IN_RMA = "serial_not_in_rma"
    FIELD_REQUIRED = "field_required"
    FIELD_TOO_LONG = "field_too_long"
    VALUE_INVALID = "value_invalid"
    OUT_OF_ORDER = "out_of_order"
    WRONG_ROUTE = "wrong_route"
    NOT_IN_CUSTODY = "not_in_custody"
    ALREADY_IN_HANDOVER = "already_in_handover"
    HANDOVER_CLOSED = "handover_closed"
    DUE_DATE_NOT_CONFIRMED = "due_date_not_confirmed"
    DECISION_NOT_ALLOWED = "decision_not_allowed"
    REASON_REQUIRED = "reason_required"
    PARTICIPANTS_REQUIRED = "participants_required"
    ESCALATION_CLOSED = "escalation_closed"
    NOT_FOUND = "not_found"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_DISABLED = "account_disabled"
    USERNAME_TAKEN = "username_taken"
    BADGE_TAKEN = "badge_taken"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_COMMON = "password_common"
    PASSWORD_IS_USERNAME = "password_is_username"
    PASSWORD_CHANGE_REQUIRED = "password_change_required"
    TEXT_CHARACTER_REFUSED = "text_character_refused"
    RMA_ALREADY_HANDED_OVER = "rma_already_handed_over"
    PIN_INVALID = "pin_invalid"
    CONFLICT = "conflict"
    NOT_PAID_REPAIR = "not_paid_repair"
    HANDOVER_REFUSED = "handover_refused"
    SIGNATURE_PIN_WRONG = "signature_pin_wrong"
    FULL_SIGNATURE_REQUIRED = "full_signature_required"
    DELIVERY_DIFFERS = "delivery_differs"
    OWNER_LOGIN_REQUIRED = "owner_login_required"


# English source texts, used by the CLI and as the source strings of the GUI's translations.
MESSAGES: dict[Reason, str] = {
    Reason.UNKNOWN_ROLE: "Unknown role '{role}'. Known roles: {known}.",
    Reason.ROLE_REQUIRED: "{user} may not {action}: it needs one of the roles {roles}.",
    Reason.NOT_THE_RESPONSIBLE_PERSON: "Only {expected} may {action}.",
    Reason.COUNT_NOT_POSITIVE: "The {what} must be a whole number above zero, not {value}.",
    Reason.COUNT_MISMATCH: "Count mismatch: {expected} declared, {counted} counted.",
    Reason.SERIAL_EMPTY: "A serial number is empty.",
    Reason.SERIAL_TOO_LONG: "Serial number '{serial}' is longer than {limit} characters.",
    Reason.SERIAL_CONTROL_CHARS: "Serial number {serial} contains control characters.",
    Reason.SERIAL_DUPLICATE: "Serial number '{serial}' appears twice in this RMA.",
    Reason.SERIAL_IN_OPEN_RMA: "Serial number '{serial}' is still in process in {rma_no}.",
    Reason.SERIAL_NOT_IN_RMA: "Serial number '{serial}' is not part of {rma_no}.",
    Reason.FIELD_REQUIRED: "'{field}' is required.",
    Reason.FIELD_TOO_LONG: "'{field}' is longer than {limit} characters.",
    Reason.VALUE_INVALID: "'{value}' is not a valid {field}; expected one of: {allowed}.",
    Reason.OUT_OF_ORDER: "Unit {serial} is '{state}': '{action}' is not possible now.",
    Reason.WRONG_ROUTE: "Units do not go from {from_station} to {to_station}.",
    Reason.NOT_IN_CUSTODY: "Unit {serial} is in the custody of {custody}, not {station}.",
    Reason.ALREADY_IN_HANDOVER: "Unit {serial} is already on open slip {slip_no}.",
    Reason.HANDOVER_CLOSED: "Slip {slip_no} is already {status}.",
    Reason.DUE_DATE_NOT_CONFIRMED: "Confirm the due date of unit {serial} first.",
    Reason.DECISION_NOT_ALLOWED: "'{decision}' is not a decision for a {kind} escalation.",
    Reason.REASON_REQUIRED: "A decision needs a written reason.",
    Reason.PARTICIPANTS_REQUIRED: ("A no-fault-found decision is taken jointly: name who took "
                                   "part for {missing}."),
    Reason.ESCALATION_CLOSED: "Escalation {escalation_id} is already decided.",
    Reason.NOT_FOUND: "No {what} '{key}'.",
    Reason.LOGIN_FAILED: "Wrong user name or password.",
    Reason.ACCOUNT_LOCKED: "Account '{user}' is locked after too many failed attempts; "
    "a supervisor must unlock it.",
    Reason.ACCOUNT_DISABLED: "Account '{user}' is disabled.",
    Reason.USERNAME_TAKEN: "User name '{user}' is taken.",
    Reason.BADGE_TAKEN: "Badge '{badge}' belongs to another user.",
    Reason.PASSWORD_TOO_SHORT: "A password needs at least {limit} characters.",
    Reason.PASSWORD_COMMON: "This password is on the list of common passwords; choose another.",
    Reason.PASSWORD_IS_USERNAME: "A password must not be the user name.",
    Reason.PASSWORD_CHANGE_REQUIRED: "{user} must choose a new password first (sign in and "
    "change it); until then {user} cannot sign.",
    Reason.TEXT_CHARACTER_REFUSED: "{char} not allowed in {field}.",
    Reason.RMA_ALREADY_HANDED_OVER: "{rma_no} has been handed over already: its header can "
    "no longer be corrected.",
    Reason.PIN_INVALID: "A PIN is 4 to 8 digits.",
    Reason.CONFLICT: "{what} was changed at another bench{by}. Reload and try again.",
    Reason.NOT_PAID_REPAIR: "{rma_no} is a warranty repair: return as-is needs a supervisor.",
    Reason.HANDOVER_REFUSED: "Slip {slip_no} refused: {refusal}.",
    Reason.SIGNATURE_PIN_WRONG: "Wrong badge or PIN for {user}. Nothing was signed.",
    Reason.FULL_SIGNATURE_REQUIRED: "{user} has not signed with user name and password in "
    "this session yet: the badge and PIN cannot sign until then. Nothing was signed.",
    Reason.DELIVERY_DIFFERS: "Delivery {delivery_no} of {customer} is on record with {field} "
    "{stored}, not {given}. Check the delivery note; if the record is wrong, correct the "
    "delivery first (a logged correction).",
    Reason.OWNER_LOGIN_REQUIRED: "The {what} are written from the admin PC with the database "
    "owner's login; this bench's login may only read them. Nothing was changed.",
}


class DomainError(Exception):
    """Expected trouble: the operation is refused and nothing is written."""

    def __init__(self, reason: Reason, **params: Any) -> None:
        self.reason = reason
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return MESSAGES[self.reason].format(**self.params)
        except (KeyError, IndexError):
            return f"{self.reason.value}: {self.params}"


class InvalidInput(DomainError):
    """Malformed or inconsistent input (counts, serials, fields)."""


class NotPermitted(DomainError):
    """The caller's role does not allow this operation."""


class OutOfOrder(DomainError):
    """The operation does not fit the unit's or record's current state."""


class NotFound(DomainError):
    """No such RMA, unit, slip, user or escalation."""


class AuthError(DomainError):
    """Login refused: wrong secret, locked or disabled account."""


class Conflict(DomainError):
    """Optimistic lock: another bench changed the record since it was read."""


class HandoverRefused(DomainError):
    """The receiving station refused the handover (QP-TPZ-002 5.3.4). Carries the refusal."""

    def __init__(self, refusal: Any, *, slip_no: str, **params: Any) -> None:
        self.refusal = refusal
        super().__init__(Reason.HANDOVER_REFUSED, slip_no=slip_no, refusal=refusal.value, **params)
