"""Document numbers: one format per kind, the counters and prefixes the shop has always used."""

from __future__ import annotations

import pytest

from benchapp.devices.scan import RMA_RE, SLIP_NO_RE, SLIP_QR_RE, classify
from benchapp.domain.ids import DocKind
from tests.fakes import FakeUnitOfWork


@pytest.mark.parametrize(("kind", "counter", "first"), [
    (DocKind.RMA, "rma", "RMA-000001"),
    (DocKind.SLIP, "slip", "SLP-000001"),
    (DocKind.ANOMALY_FORM, "anomaly_form", "QAF-000001"),
    (DocKind.SHIPPING_NOTE, "shipping_note", "SHN-000001"),
    (DocKind.COMPLAINT_NOTICE, "complaint_notice", "CCN-000001"),
    (DocKind.CORRECTIVE_ACTION, "corrective_action", "CA-000001"),
])
def test_each_kind_keeps_its_counter_and_format(kind, counter, first):
    assert kind.counter == counter
    assert kind.format(1) == first
    assert kind.matches(first)
    assert not kind.matches(first + "0")
    assert not kind.matches(first.replace("1", "١"))  # Arabic-Indic digit: not a number here


def test_the_uow_hands_out_formatted_numbers_in_sequence():
    with FakeUnitOfWork() as uow:
        assert [uow.next_no(DocKind.RMA), uow.next_no(DocKind.RMA)] == ["RMA-000001",
                                                                         "RMA-000002"]
        assert uow.next_no(DocKind.SLIP) == "SLP-000001"


def test_scans_recognise_the_same_formats():
    assert RMA_RE.fullmatch(DocKind.RMA.format(42))
    assert SLIP_NO_RE.fullmatch(DocKind.SLIP.format(42))
    assert SLIP_QR_RE.fullmatch(f"BENCHSLIP|{DocKind.SLIP.format(7)}|1|{'a' * 64}")
    assert classify(DocKind.RMA.format(123456)) == "rma"
