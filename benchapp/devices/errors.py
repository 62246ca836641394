"""Typed device errors and scan rejections: a reason code, its parameters and an English message."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

# Escaped text shown in messages is cut here: a babbling device can send kilobytes per line,
# and an operator needs the start of it, not a wall of hex.
ESCAPE_LIMIT = 120

_NAMED_ESCAPES = {"\r": "\\r", "\n": "\\n", "\t": "\\t", "\\": "\\\\"}


def escape(raw: bytes | str, limit: int | None = ESCAPE_LIMIT) -> str:
    """Show raw device input as one printable line: non-printables and undecodable bytes escaped.

    Bytes are read as UTF-8 where they can be, so a rejected Chinese scan stays readable;
    every byte that is not valid UTF-8 shows as ``\\xNN``. The result is cut after ``limit``
    characters with the total length appended, so one garbage line cannot flood a log or a dialog.
    """
    text = raw.decode("utf-8", errors="surrogateescape") if isinstance(raw, bytes) else raw
    out: list[str] = []
    shown = 0
    for index, ch in enumerate(text):
        if limit is not None and shown >= limit:
            unit = "bytes" if isinstance(raw, bytes) else "characters"
            out.append(f"... ({len(raw)} {unit})")
            break
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
        shown = index + 1
    return "".join(out)


class ScanRejectReason(StrEnum):
    """Why a scan (serial line or keyboard-wedge text) was not accepted."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNDECODABLE = "undecodable"
    CONTROL_CHARACTER = "control_character"
    INCOMPLETE = "incomplete"
    SYMBOLOGY_MISMATCH = "symbology_mismatch"
    KIND_MISMATCH = "kind_mismatch"


SCAN_REJECT_MESSAGES: Mapping[ScanRejectReason, str] = MappingProxyType(
    {
        ScanRejectReason.EMPTY: "the scan is empty",
        ScanRejectReason.TOO_LONG: "the scan is too long: {length} {unit}, at most {max_len} characters",
        ScanRejectReason.UNDECODABLE: "the scan is neither UTF-8 nor GBK text: {raw}",
        ScanRejectReason.CONTROL_CHARACTER: (
            "the scan contains the control character {char} at position {position}: {raw}"
        ),
        ScanRejectReason.INCOMPLETE: (
            "a scan stopped without its line end (CR or LF) and was dropped: {raw}; "
            "check the scanner's suffix setting"
        ),
        ScanRejectReason.SYMBOLOGY_MISMATCH: (
            "this field expects a {expected} barcode, the scanner read a {symbology} ({aim})"
        ),
        ScanRejectReason.KIND_MISMATCH: "this field expects {expected}, the scan is {kind}: {text}",
    }
)


class DeviceErrorReason(StrEnum):
    """Why talking to a scanner or fixture failed."""

    INVALID_PORT = "invalid_port"
    INVALID_SETTINGS = "invalid_settings"
    PORT_NOT_FOUND = "port_not_found"
    PORT_AMBIGUOUS = "port_ambiguous"
    PERMISSION_DENIED = "permission_denied"
    PORT_BUSY = "port_busy"
    OPEN_FAILED = "open_failed"
    NOT_CONNECTED = "not_connected"
    DISCONNECTED = "disconnected"
    WRITE_FAILED = "write_failed"
    TIMEOUT = "timeout"
    PROTOCOL_ERROR = "protocol_error"
    FIXTURE_ERROR = "fixture_error"
    INVALID_SERIAL = "invalid_serial"
    TEST_IN_PROGRESS = "test_in_progress"
    STOPPED = "stopped"
    INTERNAL_ERROR = "internal_error"


DEVICE_ERROR_MESSAGES: Mapping[DeviceErrorReason, str] = MappingProxyType(
    {
        DeviceErrorReason.INVALID_PORT: (
            "{port!r} is not a port: give a path (/dev/ttyACM0, COM3) or a USB id "
            "VID:PID[:serial] in hex (05e0:1200:S123)"
        ),
        DeviceErrorReason.INVALID_SETTINGS: "{port} rejected the settings: {detail}",
        DeviceErrorReason.PORT_NOT_FOUND: (
            "{port} is not there: is the device plugged in? `benchapp device list` shows the ports"
        ),
        DeviceErrorReason.PORT_AMBIGUOUS: (
            "{port} matches {count} ports ({devices}): add the serial number, VID:PID:SERIAL"
        ),
        DeviceErrorReason.PERMISSION_DENIED: "no permission to open {port}: {fix}",
        DeviceErrorReason.PORT_BUSY: "{port} is busy: {fix}",
        DeviceErrorReason.OPEN_FAILED: "could not open {port}: {detail}",
        DeviceErrorReason.NOT_CONNECTED: "the {device} on {port} is not connected",
        DeviceErrorReason.DISCONNECTED: "the {device} on {port} was disconnected ({detail})",
        DeviceErrorReason.WRITE_FAILED: "could not send to the {device} on {port}: {detail}",
        DeviceErrorReason.TIMEOUT: "the {device} on {port} {detail}",
        DeviceErrorReason.PROTOCOL_ERROR: (
            "the {device} on {port} broke protocol v1: {detail}; the line was: {line}"
        ),
        DeviceErrorReason.FIXTURE_ERROR: "the fixture on {port} reported error {code}: {text}",
        DeviceErrorReason.INVALID_SERIAL: "{serial!r} cannot be sent to a fixture: {detail}",
        DeviceErrorReason.TEST_IN_PROGRESS: (
            "the fixture on {port} is busy with {running}; wait for its result"
        ),
        DeviceErrorReason.STOPPED: "the {device} on {port} was closed while it was in use",
        DeviceErrorReason.INTERNAL_ERROR: "internal error talking to the {device} on {port}: {detail}",
    }
)


def _format(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A missing parameter must not turn an error report into a second error.
        return f"{template} {dict(params)!r}"


class DeviceError(Exception):
    """Expected trouble with a device: ``reason`` for code, ``params`` for the GUI's translations."""

    def __init__(self, reason: DeviceErrorReason, /, **params: Any) -> None:
        self.reason = DeviceErrorReason(reason)
        self.params: Mapping[str, Any] = MappingProxyType(dict(params))
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return _format(DEVICE_ERROR_MESSAGES[self.reason], self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.reason.value}, {dict(self.params)!r})"


class PortError(DeviceError):
    """A port could not be found, opened or used."""


class FixtureError(DeviceError):
    """A fixture test gave no verdict: timeout, protocol error, fixture error, disconnect."""
