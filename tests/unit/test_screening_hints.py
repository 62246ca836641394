"""The visual check's hints: a model's defects by frequency, who last released a unit."""

from __future__ import annotations

from benchapp.domain.rma import NewRma
from benchapp.services import queries
from benchapp.services import workflow as wf
from tests.fakes import FakeUnitOfWork
from tests.workflow_helpers import Bench


def visual_fail(b: Bench, defect: str, model: str = "PCBA-MC200-V3") -> str:
    rma = wf.receive_rma(b.uow, b.business_clerk, NewRma(
        customer="客户", model=model, declared_qty=1, counted_qty=1, complaint="x"))
    serial = rma.serials[0]
    b.to_qc(rma.rma_no, [serial])
    wf.record_screening_test(b.uow, b.tester, rma_no=rma.rma_no, serial=serial, verdict="PASS")
    wf.record_visual_inspection(b.uow, b.qc_lead, rma_no=rma.rma_no, serial=serial,
                                verdict="FAIL", defect=defect,
                                responsible_inspector_id=b.oqc_inspector.user_id)
    return serial


def test_defects_of_the_model_most_frequent_first_and_no_release_yet():
    b = Bench(FakeUnitOfWork())
    visual_fail(b, "C3 缺件")
    serial = visual_fail(b, "U12 虚焊")
    visual_fail(b, "U12 虚焊")
    visual_fail(b, "R7 立碑", model="OTHER-MODEL")
    hints = queries.screening_hints(b.uow, model="PCBA-MC200-V3", serial=serial)
    assert hints.defects == ["U12 虚焊", "C3 缺件"]
    assert hints.released_by is None
    assert queries.screening_hints(b.uow, model="NEW", serial=serial).defects == []


def test_the_unit_was_released_by_the_oqc_inspector_who_passed_it():
    b = Bench(FakeUnitOfWork())
    rma_no, serials = b.receive(1)
    b.to_qc(rma_no, serials)
    b.screen(rma_no, serials[0], "FAIL", "PASS")
    b.to_repair(rma_no, serials)
    b.repair(rma_no, serials[0])
    b.back_to_qc(rma_no, serials)
    b.reinspect(rma_no, serials[0])
    hints = queries.screening_hints(b.uow, model="PCBA-MC200-V3", serial=serials[0])
    assert hints.released_by == b.oqc_inspector.user_id
