"""benchapp fixture line protocol v1: parsing and checking what a fixture answers (no I/O)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from benchapp.devices.errors import DeviceErrorReason, FixtureError, escape
from benchapp.devices.scan import find_forbidden_char
from benchapp.domain.rma import Verdict

PROTOCOL_VERSION = 1
MAX_LINE = 1024  # bytes, without the line end
IDN_COMMAND = "*IDN?"
TEST_COMMAND = "TEST"

_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


@dataclass(frozen=True)
class FixtureIdentity:
    vendor: str
    model: str
    serial: str
    firmware: str

    def to_json(self) -> dict[str, str]:
        return {
            "vendor": self.vendor,
            "model": self.model,
            "serial": self.serial,
            "firmware": self.firmware,
        }

    def __str__(self) -> str:
        return f"{self.vendor} {self.model} s/n {self.serial} fw {self.firmware}"


@dataclass(frozen=True)
class Measurement:
    name: str
    value: float
    unit: str
    low: float | None
    high: float | None
    verdict: Verdict

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "verdict": self.verdict.value,
        }


@dataclass(frozen=True)
class FixtureResult:
    """A complete, consistent test: only built once DONE agreed with every MEAS line."""

    fixture: FixtureIdentity
    serial: str
    verdict: Verdict
    measurements: tuple[Measurement, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "fixture": self.fixture.to_json(),
            "serial": self.serial,
            "verdict": self.verdict.value,
            "measurements": [m.to_json() for m in self.measurements],
        }


@dataclass(frozen=True)
class MeasLine:
    measurement: Measurement


@dataclass(frozen=True)
class DoneLine:
    verdict: Verdict


@dataclass(frozen=True)
class ErrLine:
    code: str
    text: str


ReplyLine = MeasLine | DoneLine | ErrLine


def protocol_error(port: str, detail: str, raw: bytes | str) -> FixtureError:
    return FixtureError(
        DeviceErrorReason.PROTOCOL_ERROR,
        device="fixture",
        port=port,
        detail=detail,
        line=escape(raw),
    )


def decode_line(raw: bytes, *, port: str) -> str:
    """A line as text: UTF-8 (ASCII included) without control characters, or a protocol error."""
    if len(raw) > MAX_LINE:
        raise protocol_error(port, f"a line longer than {MAX_LINE} bytes", raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise protocol_error(port, "the line is not UTF-8 text", raw) from None
    bad = find_forbidden_char(text)
    if bad is not None:
        raise protocol_error(
            port, f"control character {escape(text[bad])} at position {bad + 1}", raw
        )
    return text


def _limit(text: str, what: str, *, port: str, raw: bytes) -> float | None:
    # An empty limit is a one-sided test (leakage below a maximum, say).
    return None if text.strip() == "" else _number(text, what, port=port, raw=raw)


def _number(text: str, what: str, *, port: str, raw: bytes) -> float:
    text = text.strip()
    if not _NUMBER_RE.fullmatch(text):
        raise protocol_error(port, f"MEAS {what} {text!r} is not a number", raw)
    value = float(text)
    if not math.isfinite(value):
        raise protocol_error(port, f"MEAS {what} {text!r} is out of range", raw)
    return value


def _verdict(text: str, what: str, *, port: str, raw: bytes) -> Verdict:
    try:
        return Verdict(text.strip())
    except ValueError:
        raise protocol_error(port, f"{what} must be PASS or FAIL, not {text!r}", raw) from None


def parse_meas(body: str, *, port: str, raw: bytes) -> Measurement:
    fields = body.split(",")
    if len(fields) != 6:
        raise protocol_error(port, "MEAS needs 6 fields: name,value,unit,low,high,PASS|FAIL", raw)
    name, value_text, unit, low_text, high_text, verdict_text = fields
    name = name.strip()
    if not name:
        raise protocol_error(port, "MEAS has an empty name", raw)
    value = _number(value_text, "value", port=port, raw=raw)
    low = _limit(low_text, "low limit", port=port, raw=raw)
    high = _limit(high_text, "high limit", port=port, raw=raw)
    if low is not None and high is not None and low > high:
        raise protocol_error(port, f"MEAS {name}: low limit {low:g} is above high {high:g}", raw)
    verdict = _verdict(verdict_text, f"MEAS {name} verdict", port=port, raw=raw)
    within = (low is None or value >= low) and (high is None or value <= high)
    if within != (verdict is Verdict.PASS):
        raise protocol_error(
            port,
            f"MEAS {name} says {verdict.value} but {value:g} is "
            f"{'within' if within else 'outside'} its limits",
            raw,
        )
    return Measurement(name, value, unit.strip(), low, high, verdict)


def parse_reply(text: str, *, port: str, raw: bytes) -> ReplyLine | None:
    """A MEAS, DONE or ERR line; None if the line starts with none of those keywords."""
    keyword, _, body = text.partition(" ")
    if keyword == "MEAS":
        return MeasLine(parse_meas(body, port=port, raw=raw))
    if keyword == "DONE":
        return DoneLine(_verdict(body, "DONE", port=port, raw=raw))
    if keyword == "ERR":
        code, comma, message = body.partition(",")
        if not comma or not code.strip():
            raise protocol_error(port, "ERR needs <code>,<text>", raw)
        return ErrLine(code.strip(), message.strip())
    return None


def parse_idn(text: str, *, port: str, raw: bytes) -> FixtureIdentity:
    fields = [field.strip() for field in text.split(",")]
    if len(fields) != 4 or not fields[0] or not fields[1]:
        raise protocol_error(
            port, "expected the *IDN? answer <vendor>,<model>,<serial>,<firmware>", raw
        )
    return FixtureIdentity(*fields)


def fixture_error(port: str, line: ErrLine) -> FixtureError:
    return FixtureError(
        DeviceErrorReason.FIXTURE_ERROR, device="fixture", port=port, code=line.code, text=line.text
    )


class FixtureReplyParser:
    """Follows the answer to one ``TEST <serial>``; gives the result once DONE arrives.

    Any line that is not MEAS, DONE or ERR, any malformed field, and a verdict that does not
    agree with the measurements raise FixtureError(PROTOCOL_ERROR): the verdict is never
    guessed. ERR raises FixtureError(FIXTURE_ERROR).
    """

    def __init__(self, serial: str, fixture: FixtureIdentity, *, port: str) -> None:
        self.serial = serial
        self.fixture = fixture
        self.port = port
        self.measurements: list[Measurement] = []

    def feed(self, raw: bytes) -> FixtureResult | None:
        text = decode_line(raw, port=self.port)
        reply = parse_reply(text, port=self.port, raw=raw)
        if reply is None:
            raise protocol_error(self.port, "expected MEAS, DONE or ERR", raw)
        if isinstance(reply, ErrLine):
            raise fixture_error(self.port, reply)
        if isinstance(reply, MeasLine):
            self.measurements.append(reply.measurement)
            return None
        failed = [m.name for m in self.measurements if m.verdict is Verdict.FAIL]
        if reply.verdict is Verdict.PASS and failed:
            raise protocol_error(
                self.port,
                f"DONE PASS contradicts the FAIL measurement{'s' if len(failed) > 1 else ''} "
                f"{', '.join(failed)}",
                raw,
            )
        return FixtureResult(self.fixture, self.serial, reply.verdict, tuple(self.measurements))
