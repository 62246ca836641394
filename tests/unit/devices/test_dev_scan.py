"""Scan parsing, classification, AIM identifiers, encodings and duplicate suppression."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchapp.devices.errors import ScanRejectReason, escape
from benchapp.devices.scan import (
    KINDS,
    DuplicateFilter,
    Scan,
    ScanExpectation,
    ScanRejected,
    classify,
    find_forbidden_char,
    parse_scan,
    parse_slip_qr,
)

SHA = hashlib.sha256(b"slip").hexdigest()
SLIP_QR = f"BENCHSLIP|SLP-000001|1|{SHA}"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("RMA-000123", "rma"),
        ("RMA-12345", "unit"),  # not an RMA number, but a valid serial
        ("RMA-1234567", "unit"),
        ("RMA-٠١٢٣٤٥", "unit"),  # Arabic-Indic digits are not RMA digits
        (SLIP_QR, "slip"),
        (f"BENCHSLIP|SLP-000001|1|{SHA.upper()}", "unknown"),
        (f"BENCHSLIP|SLP-00001|1|{SHA}", "unknown"),
        (f"BENCHSLIP|SLP-000001|x|{SHA}", "unknown"),
        ("BADGE-ALICE01", "badge"),
        ("BADGE-" + "A" * 32, "badge"),
        ("BADGE-" + "A" * 33, "unit"),
        ("BADGE-alice", "unit"),
        ("BADGE-", "unit"),
        ("PCBA-2024-000017", "unit"),
        # A printed form's number (issue 14): it opens that record, never a unit.
        ("SHN-000012", "record"),
        ("QAF-000003", "record"),
        ("CCN-000001", "record"),
        ("CA-000002", "record"),
        ("CA-00002", "unit"),
        ("CCN-0000011", "unit"),
        ("SN12345", "unit"),
        ("深圳板卡001", "unit"),
        ("A" * 64, "unit"),
        ("A" * 65, "unknown"),
        ("two words", "unknown"),
        ("tab\there", "unknown"),
        ("", "unknown"),
        ("RMA-000123\n", "unknown"),
    ],
)
def test_classify(text, kind):
    assert classify(text) == kind


def test_parse_slip_qr():
    assert parse_slip_qr(SLIP_QR) == ("SLP-000001", 1, SHA)
    assert parse_slip_qr("SLP-000001") is None


@pytest.mark.parametrize(
    "raw",
    [
        b"RMA-000123",
        b"RMA-000123\r",
        b"RMA-000123\n",
        b"RMA-000123\r\n",
        "RMA-000123",
        " RMA-000123 ",
    ],
)
def test_line_ends_and_padding_are_dropped(raw):
    scan = parse_scan(raw)
    assert isinstance(scan, Scan)
    assert (scan.text, scan.kind, scan.symbology) == ("RMA-000123", "rma", None)


def test_bytes_and_typed_text_give_the_same_scan():
    from_serial = parse_scan(SLIP_QR.encode())
    typed = parse_scan(SLIP_QR)
    assert (from_serial.text, from_serial.kind) == (typed.text, typed.kind) == (SLIP_QR, "slip")
    assert from_serial.encoding == "utf-8"
    assert typed.encoding is None


@pytest.mark.parametrize(
    ("raw", "aim", "name", "text"),
    [
        (b"]C0PCBA-1", "]C0", "code128", "PCBA-1"),
        (b"]C1PCBA-1", "]C1", "code128", "PCBA-1"),
        ("]Q1" + SLIP_QR, "]Q1", "qr", SLIP_QR),
        (b"]d2BADGE-BOB", "]d2", "datamatrix", "BADGE-BOB"),
        (b"]E0 4006381333931", "]E0", "ean-upc", "4006381333931"),
        (b"]Y9ABC", "]Y9", "aim-Y", "ABC"),
    ],
)
def test_aim_identifier_is_parsed_and_stripped(raw, aim, name, text):
    scan = parse_scan(raw)
    assert isinstance(scan, Scan)
    assert scan.symbology == (aim, name)
    assert scan.text == text
    assert scan.to_json() == {"text": text, "kind": classify(text), "symbology": aim}


def test_text_that_only_looks_like_a_bracket_is_kept():
    scan = parse_scan(b"]1ABC")
    assert isinstance(scan, Scan)
    assert scan.symbology is None
    assert scan.text == "]1ABC"


def test_expected_symbology():
    qr_only = ScanExpectation.of("qr")
    assert isinstance(parse_scan("]Q1" + SLIP_QR, expect=qr_only), Scan)
    rejected = parse_scan(b"]C0PCBA-1", expect=qr_only)
    assert isinstance(rejected, ScanRejected)
    assert rejected.reason is ScanRejectReason.SYMBOLOGY_MISMATCH
    assert rejected.params["aim"] == "]C0"
    assert "expects a qr barcode" in rejected.message
    # Without an AIM identifier the scanner's symbology is unknown: not refused.
    assert isinstance(parse_scan(b"PCBA-1", expect=qr_only), Scan)
    # AIM ids: "]C1" is GS1-128 only, "]C" any Code 128.
    assert isinstance(parse_scan(b"]C0X", expect="]C1"), ScanRejected)
    assert isinstance(parse_scan(b"]C1X", expect="]C1"), Scan)
    assert isinstance(parse_scan(b"]C0X", expect="]C"), Scan)


def test_expected_kind():
    rejected = parse_scan(b"PCBA-1", expect=["rma", "qr"])
    assert isinstance(rejected, ScanRejected)
    assert rejected.reason is ScanRejectReason.KIND_MISMATCH
    assert rejected.params["kind_key"] == "unit"
    assert rejected.message == "this field expects an RMA number, the scan is a unit serial: PCBA-1"
    assert isinstance(parse_scan(b"RMA-000001", expect=["rma", "qr"]), Scan)


def test_unknown_expectation_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown scan expectation"):
        ScanExpectation.of(["rma", "barcode"])


def test_gbk_fallback_for_chinese_scanners():
    text = "深圳工厂-板卡-0001"
    scan = parse_scan(text.encode("gbk"))
    assert isinstance(scan, Scan)
    assert (scan.text, scan.encoding, scan.kind) == (text, "gbk", "unit")
    utf8 = parse_scan(text.encode("utf-8"))
    assert (utf8.text, utf8.encoding) == (text, "utf-8")


def test_neither_utf8_nor_gbk_is_rejected():
    rejected = parse_scan(b"AB\xff\xffCD")
    assert isinstance(rejected, ScanRejected)
    assert rejected.reason is ScanRejectReason.UNDECODABLE
    assert rejected.to_json() == {"error": "undecodable", "raw": "AB\\xff\\xffCD"}
    assert "AB\\xff\\xffCD" in rejected.message


@pytest.mark.parametrize(
    ("raw", "char", "position"),
    [
        (b"AB\x07CD", "\\x07", 3),
        (b"\x1bABC", "\\x1b", 1),
        (b"AB\tC", "\\t", 3),
        (b"AB\rCD", "\\r", 3),
        (b"AB\x7fCD", "\\x7f", 3),
        ("AB\x85CD", "\\x85", 3),
        ("AB\u200bCD", "\\u200b", 3),
        ("\ufeffABC", "\\ufeff", 1),
        ("AB\u2028CD", "\\u2028", 3),
        ("AB\ud800CD", "\\ud800", 3),
    ],
)
def test_control_characters_are_rejected(raw, char, position):
    rejected = parse_scan(raw)
    assert isinstance(rejected, ScanRejected)
    assert rejected.reason is ScanRejectReason.CONTROL_CHARACTER
    assert rejected.params == {"char": char, "position": position}
    assert char in rejected.message


def test_length_limit():
    assert isinstance(parse_scan("A" * 256), Scan)
    assert parse_scan("A" * 256).kind == "unknown"
    rejected = parse_scan(b"A" * 257)
    assert isinstance(rejected, ScanRejected)
    assert rejected.reason is ScanRejectReason.TOO_LONG
    assert rejected.params == {"length": 257, "unit": "characters", "max_len": 256}
    assert rejected.message == "the scan is too long: 257 characters, at most 256 characters"
    assert isinstance(parse_scan("A" * 20, max_len=10), ScanRejected)
    # Characters, not bytes: 256 Chinese characters are 768 UTF-8 bytes and still fit.
    assert isinstance(parse_scan(("码" * 256).encode()), Scan)


@pytest.mark.parametrize("raw", [b"", b"\r\n", b"   ", "", " \n", "]C0", b"]Q1  \r"])
def test_empty(raw):
    rejected = parse_scan(raw)
    assert isinstance(rejected, ScanRejected)
    assert rejected.reason is ScanRejectReason.EMPTY
    assert rejected.message == "the scan is empty"


def test_every_reject_reason_has_a_message():
    for reason in ScanRejectReason:
        message = ScanRejected(
            reason,
            {
                "length": 1,
                "unit": "bytes",
                "max_len": 1,
                "char": "\\x00",
                "position": 1,
                "expected": "x",
                "symbology": "qr",
                "aim": "]Q1",
                "kind": "a unit serial",
                "text": "t",
            },
            b"raw",
        ).message
        assert message and "{" not in message


def test_escape():
    assert escape(b"ok\r\n\t\\\x00\xff") == "ok\\r\\n\\t\\\\\\x00\\xff"
    assert escape("中\u200b") == "中\\u200b"
    assert escape("\U0001f600") == "\U0001f600"
    assert escape("\U000e0001") == "\\U000e0001"
    long = escape(b"M" * 500)
    assert long.startswith("M" * 120) and long.endswith("... (500 bytes)")
    assert escape(b"M" * 500, limit=None) == "M" * 500


def test_duplicates_within_the_window_count_once():
    now = [100.0]
    dupes = DuplicateFilter(0.3, clock=lambda: now[0])
    assert not dupes.is_duplicate("A")
    now[0] += 0.1
    assert dupes.is_duplicate("A")
    # A scanner held over the label keeps re-reading: the window restarts each time.
    now[0] += 0.25
    assert dupes.is_duplicate("A")
    now[0] += 0.31
    assert not dupes.is_duplicate("A")
    now[0] += 0.05
    assert not dupes.is_duplicate("B")
    now[0] += 0.05
    assert not dupes.is_duplicate("A")
    dupes.reset()
    assert not dupes.is_duplicate("A")
    off = DuplicateFilter(0, clock=lambda: now[0])
    assert not off.is_duplicate("A")
    assert not off.is_duplicate("A")


def _check(result, max_len=256):
    assert isinstance(result, Scan | ScanRejected)
    if isinstance(result, Scan):
        assert 0 < len(result.text) <= max_len
        assert result.text == result.text.strip(" ")
        assert find_forbidden_char(result.text) is None
        assert result.kind in KINDS
        assert classify(result.text) == result.kind
        assert set(result.to_json()) == {"text", "kind", "symbology"}
    else:
        assert isinstance(result.reason, ScanRejectReason)
        assert result.message
        assert set(result.to_json()) == {"error", "raw"}
        assert result.to_json()["raw"].isprintable()


@given(st.binary(max_size=600))
@settings(max_examples=500)
def test_any_bytes_give_a_scan_or_a_typed_rejection(raw):
    _check(parse_scan(raw))


@given(st.text(max_size=300), st.integers(min_value=1, max_value=300))
@settings(max_examples=500)
def test_any_text_gives_a_scan_or_a_typed_rejection(text, max_len):
    _check(parse_scan(text, max_len=max_len), max_len)
    assert classify(text) in KINDS


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=100))
def test_serial_bytes_and_typed_text_agree(text):
    from_bytes = parse_scan(text.encode("utf-8"))
    typed = parse_scan(text)
    assert type(from_bytes) is type(typed)
    if isinstance(typed, Scan):
        assert (from_bytes.text, from_bytes.kind) == (typed.text, typed.kind)
    else:
        assert from_bytes.reason is typed.reason


@given(
    st.sampled_from(["", "]C0", "]Q1", "]d2"]),
    st.from_regex(r"[A-Z0-9-]{1,40}", fullmatch=True),
    st.sampled_from([b"", b"\r", b"\n", b"\r\n"]),
)
def test_valid_codes_round_trip(aim, text, end):
    scan = parse_scan(aim.encode() + text.encode() + end)
    assert isinstance(scan, Scan)
    assert scan.text == text
    assert (scan.symbology.aim if scan.symbology else "") == aim
