"""The notes the app writes into escalations and refusals: stored as before, read back as a kind
and fields (issue 16 item 4)."""

from __future__ import annotations

import pytest

from benchapp.domain import notes
from benchapp.domain.handover import Refusal
from benchapp.domain.notes import NoteKind, RefusalFacts
from benchapp.domain.rules import read_repeat_summary

REFUSALS = frozenset(r.value for r in Refusal)


@pytest.mark.parametrize(("kind", "stored", "expected"), [
    # The sentences rows of years past hold, exactly as they were written.
    ("nff", "test PASS and visual PASS: no fault found",
     notes.EscalationNote(NoteKind.NO_FAULT_FOUND)),
    ("due_date", "due date cannot be met", notes.EscalationNote(NoteKind.DUE_DATE_UNMET)),
    ("rework_limit", "failed re-inspection 4 times",
     notes.EscalationNote(NoteKind.REINSPECTION_FAILED, {"times": 4})),
    ("overdue_handover", "open for more than 24 h",
     notes.EscalationNote(NoteKind.OVERDUE, {"hours": 24})),
    ("disputed_handover", "count_mismatch: declared 3, counted 2; missing A-1",
     notes.refused("count_mismatch", "declared 3, counted 2; missing A-1")),
    ("disputed_handover", "count_mismatch", notes.refused("count_mismatch", "")),
    # A person's words stay theirs, even when they look like a code and a colon.
    ("disputed_handover", "note: 箱子破损", notes.written("note: 箱子破损")),
    ("cannot_find_fault", "筛查时测试 NG 一次", notes.written("筛查时测试 NG 一次")),
    ("due_date", "缺料 U5", notes.written("缺料 U5")),
])
def test_a_stored_note_reads_back_as_kind_and_fields(kind, stored, expected):
    note = notes.read_note(kind, stored, REFUSALS)
    assert note == expected
    assert note.stored == stored  # written again, the same text: the format did not change


def test_what_the_domain_writes_is_what_it_always_wrote():
    assert notes.no_fault_found().stored == "test PASS and visual PASS: no fault found"
    assert notes.due_date_unmet("").stored == "due date cannot be met"
    assert notes.due_date_unmet("缺料").stored == "缺料"
    assert notes.reinspection_failed(3).stored == "failed re-inspection 3 times"
    assert notes.overdue(8).stored == "open for more than 8 h"
    assert notes.refused("unsigned", "").stored == "unsigned"


@pytest.mark.parametrize(("params", "stored", "facts"), [
    ({"expected": 3, "counted": 2, "missing": ["A-1", "B-2"], "extra": []},
     "declared 3, counted 2; missing A-1, B-2",
     (RefusalFacts.COUNT, {"declared": 3, "counted": 2, "missing": ["A-1", "B-2"],
                           "extra": []})),
    ({"expected": 2, "counted": 3, "missing": [], "extra": ["C-3"]},
     "declared 2, counted 3; not on slip C-3",
     (RefusalFacts.COUNT, {"declared": 2, "counted": 3, "missing": [], "extra": ["C-3"]})),
    ({"serial": "A-1", "custody": "repair"}, "A-1 is with repair",
     (RefusalFacts.CUSTODY, {"serial": "A-1", "custody": "repair"})),
    ({"station": "qc", "expected": "packing"}, "received at qc, slip is for packing",
     (RefusalFacts.STATION, {"station": "qc", "expected": "packing"})),
])
def test_a_refusal_the_app_made_reads_back_as_facts(params, stored, facts):
    assert notes.refusal_note(params) == stored
    assert notes.read_refusal_note(stored) == facts


def test_a_receivers_own_refusal_note_is_not_read_as_facts():
    assert notes.read_refusal_note("箱内少一块板") is None
    assert notes.read_refusal_note("") is None


def test_the_repeat_return_flag_reads_back():
    assert read_repeat_summary("2nd return in 90 days") == {
        "ordinal": 2, "within_window": True, "days": 90}
    assert read_repeat_summary("3rd return last 200 days ago") == {
        "ordinal": 3, "within_window": False, "days": 200}
    assert read_repeat_summary("第二次退货") is None
