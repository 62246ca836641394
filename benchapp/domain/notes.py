"""What the app itself writes into an escalation's note, as a kind and fields.

The note is stored as the English sentence it always was (the CLI prints it, and the rows of
years past keep theirs); ``read_note`` turns a stored note back into its kind and fields, so a
GUI says it in the person's language. A note a person typed is kept as their words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class NoteKind(StrEnum):
    NO_FAULT_FOUND = "no_fault_found"  # step 3a: test PASS and visual PASS
    DUE_DATE_UNMET = "due_date_unmet"  # the repairer said no and wrote nothing
    REINSPECTION_FAILED = "reinspection_failed"  # fields: times
    REFUSED = "refused"  # fields: refusal (handover.Refusal value), note (the receiver's words)
    OVERDUE = "overdue"  # fields: hours
    WRITTEN = "written"  # fields: text (a person's own words)


# The stored sentence of each kind the app writes (English: the CLI's language).
STORED: dict[NoteKind, str] = {
    NoteKind.NO_FAULT_FOUND: "test PASS and visual PASS: no fault found",
    NoteKind.DUE_DATE_UNMET: "due date cannot be met",
    NoteKind.REINSPECTION_FAILED: "failed re-inspection {times} times",
    NoteKind.OVERDUE: "open for more than {hours} h",
}
_PATTERNS: dict[NoteKind, re.Pattern[str]] = {
    NoteKind.REINSPECTION_FAILED: re.compile(r"failed re-inspection (?P<times>\d+) times"),
    NoteKind.OVERDUE: re.compile(r"open for more than (?P<hours>\d+) h"),
}
# A refusal note starts with the refusal's code ("count_mismatch: one unit short").
_REFUSAL = re.compile(r"(?P<refusal>[a-z]+(?:_[a-z]+)*)(?::\s*(?P<note>.*))?", re.DOTALL)
_REFUSAL_KIND = "disputed_handover"  # rma.EscalationKind.DISPUTED_HANDOVER


@dataclass(frozen=True)
class EscalationNote:
    kind: NoteKind
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def stored(self) -> str:
        """The note as written to the database."""
        if self.kind is NoteKind.WRITTEN:
            return str(self.fields.get("text", ""))
        if self.kind is NoteKind.REFUSED:
            note = str(self.fields.get("note") or "")
            return f"{self.fields['refusal']}: {note}" if note else str(self.fields["refusal"])
        return STORED[self.kind].format(**self.fields)


def no_fault_found() -> EscalationNote:
    return EscalationNote(NoteKind.NO_FAULT_FOUND)


def due_date_unmet(note: str) -> EscalationNote:
    return written(note) if note else EscalationNote(NoteKind.DUE_DATE_UNMET)


def reinspection_failed(times: int) -> EscalationNote:
    return EscalationNote(NoteKind.REINSPECTION_FAILED, {"times": times})


def refused(refusal: str, note: str) -> EscalationNote:
    return EscalationNote(NoteKind.REFUSED, {"refusal": refusal, "note": note})


def overdue(hours: int) -> EscalationNote:
    return EscalationNote(NoteKind.OVERDUE, {"hours": hours})


def written(text: str) -> EscalationNote:
    return EscalationNote(NoteKind.WRITTEN, {"text": text})


def read_note(escalation_kind: str, stored: str | None,
              refusals: frozenset[str] | set[str] = frozenset()) -> EscalationNote:
    """The kind and fields of a stored note; a person's words stay WRITTEN.

    ``refusals`` are the refusal codes a disputed-handover note may start with (handover.Refusal
    values): only those are read as a refusal, so a receiver's own "note: ..." stays theirs.
    """
    text = (stored or "").strip()
    for kind, sentence in STORED.items():
        if kind not in _PATTERNS and text == sentence:
            return EscalationNote(kind)
    for kind, pattern in _PATTERNS.items():
        match = pattern.fullmatch(text)
        if match:
            return EscalationNote(kind, {k: int(v) for k, v in match.groupdict().items()})
    if str(escalation_kind) == _REFUSAL_KIND:
        match = _REFUSAL.fullmatch(text)
        if match and match["refusal"] in refusals:
            return refused(match["refusal"], (match["note"] or "").strip())
    return written(text)


# Why the app refused a handover on its own (a short count, units held elsewhere, the wrong
# station), as the refusal note stores it; the fields come from errors.HandoverRefused.params.
_COUNT = re.compile(r"declared (?P<declared>\d+), counted (?P<counted>\d+)"
                    r"(?:; missing (?P<missing>[^;]+))?(?:; not on slip (?P<extra>[^;]+))?")
_CUSTODY = re.compile(r"(?P<serial>\S+) is with (?P<custody>[a-z_?]+)")
_STATION = re.compile(r"received at (?P<station>[a-z_]+), slip is for (?P<expected>[a-z_]+)")


class RefusalFacts(StrEnum):
    COUNT = "count"  # fields: declared, counted, missing (serials), extra (serials)
    CUSTODY = "custody"  # fields: serial, custody
    STATION = "station"  # fields: station, expected


def refusal_note(params: dict[str, Any]) -> str:
    """The stored note of a refusal the app made (English: the CLI's language)."""
    if "expected" in params and "counted" in params:
        parts = [f"declared {params['expected']}, counted {params['counted']}"]
        if params.get("missing"):
            parts.append("missing " + ", ".join(params["missing"]))
        if params.get("extra"):
            parts.append("not on slip " + ", ".join(params["extra"]))
        return "; ".join(parts)
    if "serial" in params:
        return f"{params['serial']} is with {params.get('custody', '?')}"
    if "station" in params:
        return f"received at {params['station']}, slip is for {params.get('expected')}"
    return ""


def read_refusal_note(text: str | None) -> tuple[RefusalFacts, dict[str, Any]] | None:
    """The facts of a note ``refusal_note`` wrote; None for a person's own words."""
    text = (text or "").strip()
    match = _COUNT.fullmatch(text)
    if match:
        def serials(value: str | None) -> list[str]:
            return [s.strip() for s in (value or "").split(",") if s.strip()]

        return RefusalFacts.COUNT, {"declared": int(match["declared"]),
                                    "counted": int(match["counted"]),
                                    "missing": serials(match["missing"]),
                                    "extra": serials(match["extra"])}
    for kind, pattern in ((RefusalFacts.CUSTODY, _CUSTODY), (RefusalFacts.STATION, _STATION)):
        match = pattern.fullmatch(text)
        if match:
            return kind, match.groupdict()
    return None
