"""Slip content: canonical JSON, hashes a verifier can recompute, validation, stamp text."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime

import pytest

from benchapp.domain.handover import Refusal
from benchapp.slips.content import (
    MEANING_LABELS,
    REFUSAL_LABELS,
    STATION_LABELS,
    Meaning,
    SlipBinding,
    canonical_json,
    content_sha256,
    giver_stamp_lines,
    qr_payload,
    receiver_stamp_lines,
)
from benchapp.slips.errors import RenderError, SlipErrorReason
from benchapp.slips.samples import sample_content, sample_receipt


def test_canonical_json_is_sorted_compact_utf8():
    content = sample_content(units=3)
    raw = canonical_json(content)
    text = raw.decode("utf-8")
    assert " " not in text.replace("华强精密电子 售后维修部", "")  # no whitespace but the data's
    assert "堃𠀀" in text  # UTF-8, not \\u escapes
    parsed = json.loads(raw)
    assert list(parsed) == sorted(parsed)
    assert parsed["giver"] == {"id": 2, "name": "张伟", "role": "business_clerk",
                               "username": "clerk"}
    assert parsed["handed_over_at"] == "2025-03-14T09:30:12.000000+08:00"
    assert parsed["previous_sha256"] is None
    assert content_sha256(content) == hashlib.sha256(raw).hexdigest()


def test_hash_is_recomputable_from_the_fields_alone():
    """A verifier rebuilds the content from database fields and gets the same hash."""
    original = sample_content(units=5)
    rebuilt = dataclasses.replace(original, serials=tuple(reversed(original.serials)),
                                  from_station="receiving", to_station="qc")
    assert content_sha256(rebuilt) == content_sha256(original)


@pytest.mark.parametrize("change", [
    {"slip_no": "SLP-000124"}, {"version": 2}, {"customer": "另一家公司"},
    {"serials": ("A-1", "A-2")}, {"declared_count": 2, "serials": ("A-1", "A-2")},
    {"previous_sha256": "a" * 64}, {"giver_name": "王芳"}, {"log_head": "c" * 64},
    {"handed_over_at": datetime.fromisoformat("2025-03-14T09:30:13+08:00")},
])
def test_any_change_changes_the_hash(change):
    base = sample_content(units=2)
    if "serials" in change and "declared_count" not in change:
        change = {**change, "declared_count": len(change["serials"])}
    assert content_sha256(dataclasses.replace(base, **change)) != content_sha256(base)


def test_qr_payload_format():
    content = sample_content(units=1)
    assert qr_payload(content) == f"BENCHSLIP|SLP-000123|1|{content_sha256(content)}"


@pytest.mark.parametrize(("change", "field"), [
    ({"slip_no": " "}, "slip_no"),
    ({"slip_no": "SLP|1"}, "slip_no"),
    ({"customer": "A\nB"}, "customer"),
    ({"serials": ()}, "serials"),
    ({"serials": ("X", "X"), "declared_count": 2}, "serials"),
    ({"declared_count": 3}, "declared_count"),
    ({"version": 0}, "version"),
    ({"previous_sha256": "ABC"}, "previous_sha256"),
    ({"log_head": "C" * 64}, "log_head"),
    ({"to_station": "receiving"}, "to_station"),
    ({"from_station": "warehouse"}, "from_station"),
])
def test_invalid_content_is_a_typed_error(change, field):
    with pytest.raises(RenderError) as caught:
        dataclasses.replace(sample_content(units=2), **change)
    assert caught.value.reason is SlipErrorReason.INVALID_CONTENT
    assert caught.value.params["field"] == field


def test_binding_round_trip_and_rejects_garbage():
    binding = SlipBinding("SLP-1", 3, "f" * 64, "receiver", Meaning.REFUSED)
    assert SlipBinding.decode(binding.encode()) == binding
    for text in ("", "BENCHSLIP|x", "OTHER|SLP-1|3|" + "f" * 64 + "|giver|handed_over",
                 "BENCHSLIP|SLP-1|three|" + "f" * 64 + "|giver|handed_over",
                 "BENCHSLIP|SLP-1|3|" + "f" * 64 + "|giver|stolen"):
        assert SlipBinding.decode(text) is None


def test_stamp_lines_carry_meaning_count_name_and_time():
    content = sample_content(units=50)
    giver = "\n".join(giver_stamp_lines(content))
    assert "交出 / handed over" in giver and "50 件" in giver and "张伟" in giver
    assert "2025-03-14 09:30:12 +08:00" in giver
    received = "\n".join(receiver_stamp_lines(sample_receipt(content)))
    assert "接收 / received" in received and "实收 counted: 50" in received
    refused = "\n".join(receiver_stamp_lines(sample_receipt(content, refused=True)))
    assert "拒收 / refused" in refused and "数量不符" in refused and "实点 49 件" in refused


def test_every_reason_station_and_meaning_has_both_languages():
    for table, keys in ((REFUSAL_LABELS, Refusal), (MEANING_LABELS, Meaning)):
        assert set(table) == set(keys)
    for zh, en in [*REFUSAL_LABELS.values(), *MEANING_LABELS.values(), *STATION_LABELS.values()]:
        assert zh and en and zh != en


@pytest.mark.parametrize("change", [
    {"receiver_name": " "}, {"receiver_role": ""}, {"counted": -1}, {"counted": 1.5},
    {"received_at": "10:02"}, {"refusal": "lost"},
])
def test_invalid_receipt_is_refused(change):
    receipt = sample_receipt(sample_content(units=2))
    with pytest.raises(RenderError) as caught:
        dataclasses.replace(receipt, **change)
    assert caught.value.params["field"] == next(iter(change))


def test_the_log_head_is_signed_content_and_older_slips_hash_as_before():
    """A slip carrying the tracking log's head hashes it under schema 3; one signed before
    (no head, with or without the CA fingerprint) hashes exactly as it did, so stays valid."""
    old = sample_content(units=2)
    # The hashes the code before the log head computed for the same content (pinned).
    assert content_sha256(old) == (
        "278e5f7ef4551bee5945f662c8e5a8a8b62ab040b07f32f59ab5fd880b24224d")
    assert content_sha256(dataclasses.replace(old, ca_sha256="d" * 64)) == (
        "1e40b62d73aaa2d893f5e89fe24d9efeb610ff87854c14def3f505943b9e3963")
    assert "log_head" not in json.loads(canonical_json(old))
    anchored = dataclasses.replace(old, ca_sha256="d" * 64, log_head="e" * 64)
    parsed = json.loads(canonical_json(anchored))
    assert parsed["log_head"] == "e" * 64 and parsed["schema"] == 3
    assert json.loads(canonical_json(dataclasses.replace(old, ca_sha256="d" * 64)))[
        "schema"] == 2
