"""Scan validation and classification shared by serial scanners and keyboard-wedge fields."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

from benchapp.devices.errors import SCAN_REJECT_MESSAGES, ScanRejectReason, escape
from benchapp.domain.ids import DocKind

DEFAULT_MAX_LEN = 256
DEFAULT_DUPLICATE_WINDOW = 0.3
SERIAL_MAX_LEN = 64

KIND_UNIT = "unit"
KIND_RMA = "rma"
KIND_SLIP = "slip"
KIND_BADGE = "badge"
# A printed form's own number (issue 14): shipping note, anomaly form, complaint notice,
# corrective action.
KIND_RECORD = "record"
KIND_UNKNOWN = "unknown"
KINDS = frozenset({KIND_UNIT, KIND_RMA, KIND_SLIP, KIND_BADGE, KIND_RECORD, KIND_UNKNOWN})

# [0-9] rather than \d: \d also matches Arabic-Indic and other Unicode digits.
RMA_RE = re.compile(DocKind.RMA.pattern)
SLIP_NO_RE = re.compile(DocKind.SLIP.pattern)
SLIP_QR_RE = re.compile(rf"BENCHSLIP\|({DocKind.SLIP.pattern})\|([0-9]{{1,9}})\|([0-9a-f]{{64}})")
BADGE_RE = re.compile(r"BADGE-[A-Z0-9]{1,32}")
# The QR of a shipping note, box label, anomaly form, complaint notice or CAPA report holds its
# number; scanned, the record opens (never taken for a unit serial).
RECORD_RE = re.compile("|".join(f"(?:{k.pattern})" for k in (
    DocKind.SHIPPING_NOTE, DocKind.ANOMALY_FORM, DocKind.COMPLAINT_NOTICE,
    DocKind.CORRECTIVE_ACTION)))

# AIM symbology identifier: "]" + code character + modifier character (ISO/IEC 15424).
AIM_RE = re.compile(r"\]([A-Za-z])([0-9A-Za-z])")
AIM_CODES: Mapping[str, str] = MappingProxyType(
    {
        "A": "code39",
        "C": "code128",
        "E": "ean-upc",
        "F": "codabar",
        "G": "code93",
        "I": "itf",
        "L": "pdf417",
        "Q": "qr",
        "X": "other",
        "d": "datamatrix",
        "e": "gs1-databar",
        "z": "aztec",
    }
)

# Characters a scan may never carry: C0/C1 controls, invisible format characters (zero-width
# space, BOM, bidi overrides), lone surrogates, and the Unicode line/paragraph separators.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_LINE_ENDS = "\r\n"


class Symbology(NamedTuple):
    """The AIM identifier a scanner put in front of a code, and the family it names."""

    aim: str
    name: str


@dataclass(frozen=True)
class Scan:
    """An accepted scan: the text without AIM prefix or line end, and what it is."""

    text: str
    kind: str
    symbology: Symbology | None = None
    encoding: str | None = None  # "utf-8" or "gbk" for serial bytes; None for typed text

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "symbology": self.symbology.aim if self.symbology else None,
        }


@dataclass(frozen=True)
class ScanRejected:
    """A scan that was not accepted: a reason code, its parameters, and the raw input."""

    reason: ScanRejectReason
    params: Mapping[str, Any] = field(default_factory=dict)
    raw: bytes | str = b""

    @property
    def message(self) -> str:
        params = {"raw": self.raw_escaped, **self.params}
        try:
            return SCAN_REJECT_MESSAGES[self.reason].format(**params)
        except (KeyError, IndexError, ValueError):
            return f"{self.reason.value}: {self.raw_escaped}"

    @property
    def raw_escaped(self) -> str:
        return escape(self.raw)

    def to_json(self) -> dict[str, Any]:
        return {"error": self.reason.value, "raw": escape(self.raw, limit=None)}


@dataclass(frozen=True)
class ScanExpectation:
    """What a field accepts: kinds (unit, rma, ...) and barcode families or AIM identifiers.

    An empty set means "anything". The symbology check only applies when the scanner sent an
    AIM identifier; a scanner configured without them cannot be checked, so it is not refused.
    """

    kinds: frozenset[str] = frozenset()
    symbologies: frozenset[str] = frozenset()

    @classmethod
    def of(cls, items: str | Iterable[str] | ScanExpectation) -> ScanExpectation:
        """Build from kind keys, family names ("qr", "code128") and AIM ids ("]C1"), mixed."""
        if isinstance(items, ScanExpectation):
            return items
        names = [items] if isinstance(items, str) else list(items)
        kinds: set[str] = set()
        symbologies: set[str] = set()
        families = set(AIM_CODES.values())
        for name in names:
            if name in KINDS:
                kinds.add(name)
            elif name in families or AIM_RE.fullmatch(name) or re.fullmatch(r"\][A-Za-z]", name):
                symbologies.add(name)
            else:
                raise ValueError(
                    f"unknown scan expectation {name!r}: use a kind ({', '.join(sorted(KINDS))}), "
                    f"a barcode family ({', '.join(sorted(families))}) or an AIM id like ]C0"
                )
        return cls(frozenset(kinds), frozenset(symbologies))

    def allows_symbology(self, symbology: Symbology) -> bool:
        if not self.symbologies:
            return True
        return (
            symbology.name in self.symbologies
            or symbology.aim in self.symbologies
            or symbology.aim[:2] in self.symbologies
        )

    def describe_symbologies(self) -> str:
        return " or ".join(sorted(self.symbologies))

    def describe_kinds(self) -> str:
        return " or ".join(_KIND_WORDS.get(kind, kind) for kind in sorted(self.kinds))


_KIND_WORDS = {
    KIND_UNIT: "a unit serial",
    KIND_RMA: "an RMA number",
    KIND_SLIP: "a slip QR",
    KIND_BADGE: "a user badge",
    KIND_RECORD: "a form number",
    KIND_UNKNOWN: "an unrecognised code",
}


class SlipQr(NamedTuple):
    slip_no: str
    version: int
    sha256: str


def parse_slip_qr(text: str) -> SlipQr | None:
    """Split a slip QR (BENCHSLIP|SLP-000001|1|<sha256 hex>) into its fields, or None."""
    match = SLIP_QR_RE.fullmatch(text)
    if match is None:
        return None
    return SlipQr(match.group(1), int(match.group(2)), match.group(3))


def find_forbidden_char(text: str) -> int | None:
    """Index of the first control/format character in ``text``, or None."""
    for index, ch in enumerate(text):
        if unicodedata.category(ch) in _FORBIDDEN_CATEGORIES:
            return index
    return None


def is_valid_serial(text: str) -> bool:
    """1-64 printable characters, no whitespace: what a unit serial (and TEST argument) may be."""
    return (
        0 < len(text) <= SERIAL_MAX_LEN
        and text.isprintable()
        and not any(ch.isspace() for ch in text)
        and find_forbidden_char(text) is None
    )


def classify(text: str) -> str:
    """The kind of a scan's text: ``unit``, ``rma``, ``slip``, ``badge``, ``record`` or
    ``unknown``."""
    if RMA_RE.fullmatch(text):
        return KIND_RMA
    if SLIP_QR_RE.fullmatch(text):
        return KIND_SLIP
    if BADGE_RE.fullmatch(text):
        return KIND_BADGE
    if RECORD_RE.fullmatch(text):
        return KIND_RECORD
    if is_valid_serial(text):
        return KIND_UNIT
    return KIND_UNKNOWN


def split_aim(text: str) -> tuple[Symbology | None, str]:
    """Strip a leading AIM identifier (]C0, ]Q1, ...) and name its barcode family."""
    match = AIM_RE.match(text)
    if match is None:
        return None, text
    code = match.group(1)
    name = AIM_CODES.get(code, f"aim-{code}")
    return Symbology(match.group(0), name), text[match.end() :]


def decode_scan(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 first, then GBK (Chinese scanners' QR content); None if neither fits."""
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


def parse_scan(
    raw: bytes | str,
    *,
    expect: str | Iterable[str] | ScanExpectation | None = None,
    max_len: int = DEFAULT_MAX_LEN,
) -> Scan | ScanRejected:
    """Validate and classify one scan, from serial bytes or from text typed by a wedge scanner.

    Never raises for any input: every problem is a ScanRejected with a reason code.
    Trailing CR/LF and surrounding spaces are dropped (scanners add them as suffixes);
    anything else invisible is refused rather than silently cleaned.
    """
    encoding: str | None = None
    if isinstance(raw, bytes | bytearray | memoryview):
        raw = bytes(raw)
        decoded = decode_scan(raw)
        if decoded is None:
            return ScanRejected(ScanRejectReason.UNDECODABLE, {}, raw)
        text, encoding = decoded
    else:
        text = str(raw)

    text = text.rstrip(_LINE_ENDS).strip(" ")
    if not text:
        return ScanRejected(ScanRejectReason.EMPTY, {}, raw)

    symbology, content = split_aim(text)
    content = content.strip(" ")
    if not content:
        return ScanRejected(ScanRejectReason.EMPTY, {}, raw)
    if len(content) > max_len:
        return ScanRejected(
            ScanRejectReason.TOO_LONG,
            {"length": len(content), "unit": "characters", "max_len": max_len},
            raw,
        )
    bad = find_forbidden_char(content)
    if bad is not None:
        return ScanRejected(
            ScanRejectReason.CONTROL_CHARACTER,
            {"char": escape(content[bad]), "position": bad + 1},
            raw,
        )

    kind = classify(content)
    if expect is not None:
        wanted = ScanExpectation.of(expect)
        if symbology is not None and not wanted.allows_symbology(symbology):
            return ScanRejected(
                ScanRejectReason.SYMBOLOGY_MISMATCH,
                {
                    "expected": wanted.describe_symbologies(),
                    "symbology": symbology.name,
                    "aim": symbology.aim,
                },
                raw,
            )
        if wanted.kinds and kind not in wanted.kinds:
            return ScanRejected(
                ScanRejectReason.KIND_MISMATCH,
                {
                    "expected": wanted.describe_kinds(),
                    "kind": _KIND_WORDS[kind],
                    "kind_key": kind,
                    "text": escape(content),
                },
                raw,
            )
    return Scan(content, kind, symbology, encoding)


class DuplicateFilter:
    """Counts a code once when a scanner reads it again within ``window`` seconds.

    The window restarts on every read of the same code, so a scanner held over a label in
    continuous mode produces one scan, not one every ``window``.
    """

    def __init__(
        self,
        window: float = DEFAULT_DUPLICATE_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.window = window
        self._clock = clock
        self._last_text: str | None = None
        self._last_time = 0.0

    def is_duplicate(self, text: str) -> bool:
        now = self._clock()
        duplicate = (
            self.window > 0 and text == self._last_text and now - self._last_time < self.window
        )
        self._last_text = text
        self._last_time = now
        return duplicate

    def reset(self) -> None:
        self._last_text = None
