"""Typed slip errors: a reason code, its parameters and an English message (no tracebacks)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class SlipErrorReason(StrEnum):
    """Why rendering, signing or issuing a certificate was turned down."""

    WRONG_PASSWORD = "wrong_password"
    WRONG_CA_PASSPHRASE = "wrong_ca_passphrase"
    KEY_DOES_NOT_MATCH = "key_does_not_match"
    CERTIFICATE_NOT_FROM_CA = "certificate_not_from_ca"
    CERTIFICATE_EXPIRED = "certificate_expired"
    UNKNOWN_FIELD = "unknown_field"
    ALREADY_SIGNED = "already_signed"
    GIVER_NOT_SIGNED = "giver_not_signed"
    NOT_A_SLIP = "not_a_slip"
    INVALID_CONTENT = "invalid_content"
    FONT_MISSING = "font_missing"
    STAMP_TOO_LONG = "stamp_too_long"
    MODIFIED = "modified"
    INVALID_TRUST_ANCHOR = "invalid_trust_anchor"
    CA_NOT_PINNED_ONE = "ca_not_pinned_one"
    SEVERAL_CAS = "several_cas"


SLIP_ERROR_MESSAGES: Mapping[SlipErrorReason, str] = MappingProxyType(
    {
        SlipErrorReason.WRONG_PASSWORD: "wrong password: {user}'s signing key stays locked",
        SlipErrorReason.WRONG_CA_PASSPHRASE: "wrong passphrase for the shop CA key",
        SlipErrorReason.KEY_DOES_NOT_MATCH: "the private key does not belong to {user}'s certificate",
        SlipErrorReason.CERTIFICATE_NOT_FROM_CA: (
            "{user}'s certificate was not issued by the shop CA {ca}"
        ),
        SlipErrorReason.CERTIFICATE_EXPIRED: (
            "{user}'s certificate is valid from {not_before} to {not_after}, not at {at}"
        ),
        SlipErrorReason.UNKNOWN_FIELD: "{field!r} is not a signature field of a slip ({allowed})",
        SlipErrorReason.ALREADY_SIGNED: "slip {slip_no} already carries the {field} signature",
        SlipErrorReason.GIVER_NOT_SIGNED: (
            "slip {slip_no} has no giver signature yet: the receiver countersigns after the giver"
        ),
        SlipErrorReason.NOT_A_SLIP: "this PDF is not a benchapp transfer slip: {detail}",
        SlipErrorReason.INVALID_CONTENT: "{field} {detail}",
        SlipErrorReason.FONT_MISSING: "font file {path} is missing: reinstall benchapp",
        SlipErrorReason.STAMP_TOO_LONG: (
            "the signature stamp has {lines} lines, the box holds at most {limit}"
        ),
        SlipErrorReason.MODIFIED: (
            "slip {slip_no} was changed after {after}: verify it instead of signing it"
        ),
        SlipErrorReason.INVALID_TRUST_ANCHOR: "the trust anchor is not a PEM certificate: {detail}",
        SlipErrorReason.CA_NOT_PINNED_ONE: (
            "the shop CA in this database ({found}) is not the one pinned on this machine "
            "({pinned}): refused; the database's CA was replaced, or this bench is pointed at "
            "another shop's database"
        ),
        SlipErrorReason.SEVERAL_CAS: (
            "this database holds {count} shop CAs ({found}) and this machine pins none: "
            "refused; pin the shop's CA fingerprint (shop_ca_fingerprint) on this machine"
        ),
    }
)


def _format(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A missing parameter must not turn an error report into a second error.
        return f"{template} {dict(params)!r}"


class SlipError(Exception):
    """Expected trouble with a slip: ``reason`` for code, ``params`` for the GUI's translations."""

    def __init__(self, reason: SlipErrorReason, /, **params: Any) -> None:
        self.reason = SlipErrorReason(reason)
        self.params: Mapping[str, Any] = MappingProxyType(dict(params))
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return _format(SLIP_ERROR_MESSAGES[self.reason], self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.reason.value}, {dict(self.params)!r})"


class CredentialError(SlipError):
    """A key or certificate cannot be used: wrong password, foreign CA, expired, mismatched."""


class SigningError(SlipError):
    """The slip cannot be signed in the asked field (unknown field, already signed, out of order)."""


class RenderError(SlipError):
    """The slip content cannot be drawn (invalid field values, missing font files)."""
