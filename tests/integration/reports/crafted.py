"""A small shop history across two year ends, with hand-computed weekly figures.

Times are the shop's wall clock (UTC+8). Played through the real services with the unit of
work's backdate, plus one CSV import of 2020/2021 records:

2026-W52  (Dec 21-27)   nothing
2026-W53  (Dec 28-Jan 3) RMA A (model M-A, due 2026-12-31): S1 production 30 min, S2
          production 50 min then (failed re-test, loop 1) material 20 min, S3 customer 40 min;
          all shipped Dec 31 16:00 -> on time; the step-8 rule raises a complaint notice
          (2 of the 400 boards of delivery C1-DN-2611).
          RMA B (model M-B, due 2027-01-05): T1 no fault found, released by the QC supervisor
          Sunday Jan 3 23:30 (still W53 in the shop, Monday in no time zone), shipped Jan 6
          -> late.
2027-W01  (Jan 4-10)    RMA B: T2 design 90 min at Monday 00:30 (Sunday in UTC), never
          shipped -> late by Jan 8; T1's shipment raises a notice (T2's design cause counts:
          1 of the 200 boards of delivery C2-DN-2612).
          RMA C: S1 back 8 days after its first receipt -> a repeat return.
2020-W53  (Dec 28 2020-Jan 3 2021), 2021-W01: imported (see HISTORY_CSV).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Role
from benchapp.services import supervision
from benchapp.services import workflow as wf
from tests.workflow_helpers import PASSWORD, Bench
from tests.workflow_helpers import NFF_PANEL

CN = timezone(timedelta(hours=8))
TODAY = date(2027, 1, 8)  # "late though not shipped" is judged on this day

HISTORY_CSV = (
    "rma_no,customer,model,serial,received_on,repaired_on,shipped_on,due_on,cause_category,"
    "root_cause,responsible_process,repair_minutes,rework_loops\r\n"
    "H-2020-1,C3,M-C,X1,2020-12-28,2020-12-31,2021-01-04,2021-01-08,inspection,R5 锡桥漏检,"
    "AOI检测,25,0\r\n"
    "H-2020-1,C3,M-C,X2,2020-12-28,2021-01-02,,2021-01-08,nff,R6 未复现,未复现,60,2\r\n"
    "H-2021-2,C3,M-C,X3,2021-01-04,2021-01-04,2021-01-05,2021-01-04,production,R1 虚焊,"
    "SMT贴片,15,0\r\n"
)


def at(y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CN).astimezone(UTC)


@dataclass
class Crafted:
    engine: object
    rma_a: str
    rma_b: str
    rma_c: str
    bench: Bench


def _repair(bench: Bench, rma_no: str, serial: str, *, cause: str, root: str, process: str,
            department: str, minutes: int) -> None:
    wf.confirm_due_date(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                        can_meet=True)
    wf.record_repair(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                     symptom="不良", root_cause=root, cause_category=cause,
                     responsible_process=process, responsible_department=department,
                     actions="维修", repair_minutes=minutes)


def build(engine) -> Crafted:  # noqa: ANN001
    uow = SqlAlchemyUnitOfWork(engine)
    bench = Bench(uow)
    when = lambda moment: setattr(uow, "backdate", moment)  # noqa: E731

    # -- RMA A -------------------------------------------------------------------------------
    when(at(2026, 12, 28, 9))
    a = wf.receive_rma(uow, bench.business_clerk, NewRma(
        customer="C1", model="M-A", declared_qty=3, counted_qty=3, complaint="不上电",
        due_date=date(2026, 12, 31), serials=["S1", "S2", "S3"], delivery_no="C1-DN-2611",
        delivered_qty=400)).rma_no
    units = ["S1", "S2", "S3"]
    bench.to_qc(a, units)
    for s in units:
        bench.screen(a, s, "FAIL", "PASS")
    bench.to_repair(a, units)
    when(at(2026, 12, 29, 10))
    _repair(bench, a, "S1", cause="production", root="R1 虚焊", process="SMT贴片",
            department="生产部", minutes=30)
    when(at(2026, 12, 29, 11))
    _repair(bench, a, "S2", cause="production", root="R1 虚焊", process="SMT贴片",
            department="生产部", minutes=50)
    when(at(2026, 12, 29, 12))
    _repair(bench, a, "S3", cause="customer", root="R3 进水", process="客户使用",
            department="客户", minutes=40)
    bench.back_to_qc(a, units)
    bench.reinspect(a, "S1")
    bench.reinspect(a, "S3")
    bench.reinspect(a, "S2", test="FAIL")  # loop 1
    bench.to_repair(a, ["S2"])
    when(at(2026, 12, 30, 10))
    _repair(bench, a, "S2", cause="material", root="R2 来料电容", process="来料检验",
            department="品质部", minutes=20)
    bench.back_to_qc(a, ["S2"])
    bench.reinspect(a, "S2")
    bench.to_packing(a, units)
    bench.pack_and_return(a, units)
    when(at(2026, 12, 31, 16))
    bench.ship(a, units)

    # -- RMA B -------------------------------------------------------------------------------
    when(at(2027, 1, 2, 10))
    b = wf.receive_rma(uow, bench.business_clerk, NewRma(
        customer="C2", model="M-B", declared_qty=2, counted_qty=2, complaint="偶发死机",
        due_date=date(2027, 1, 5), serials=["T1", "T2"], delivery_no="C2-DN-2612",
        delivered_qty=200)).rma_no
    bench.to_qc(b, ["T1", "T2"])
    bench.screen(b, "T1", "PASS", "PASS")  # outcome a: no fault found
    bench.screen(b, "T2", "FAIL", "PASS")
    when(at(2027, 1, 3, 23, 30))
    with uow:
        (nff,) = [e for e in uow.escalations.list() if e.serial == "T1"]
    wf.decide_escalation(uow, bench.qc_supervisor, escalation_id=nff.id, participants=NFF_PANEL,
                         decision="return_to_customer", reason="三次复测均正常",
                         password=PASSWORD, port=bench.port)
    bench.to_repair(b, ["T2"])
    when(at(2027, 1, 4, 0, 30))
    _repair(bench, b, "T2", cause="design", root="R4 降额不足", process="电路设计",
            department="技术部", minutes=90)
    bench.to_packing(b, ["T1"])
    bench.pack_and_return(b, ["T1"])
    when(at(2027, 1, 6, 10))
    bench.ship(b, ["T1"])

    # -- RMA C: S1 comes back ---------------------------------------------------------------
    when(at(2027, 1, 5, 10))
    c = wf.receive_rma(uow, bench.business_clerk, NewRma(
        customer="C1", model="M-A", declared_qty=1, counted_qty=1, complaint="又坏了",
        due_date=date(2027, 1, 12), serials=["S1"])).rma_no
    uow.backdate = None

    supervision.import_repairs(uow, bench.people[Role.ADMIN], HISTORY_CSV.encode("utf-8"),
                               source="history.csv")
    return Crafted(engine=engine, rma_a=a, rma_b=b, rma_c=c, bench=bench)
