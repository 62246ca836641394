"""A unit that fails re-inspection and goes round a rework loop keeps its first failure in the
weekly cause figures; the loop counts as rework, in the week it was repaired (both backends)."""

from __future__ import annotations

from datetime import date

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.services.reports import weekly_report
from tests.integration.reports.crafted import _repair, at
from tests.workflow_helpers import Bench


def test_the_first_failure_stays_and_the_loop_counts_as_rework(engine):
    uow = SqlAlchemyUnitOfWork(engine)
    bench = Bench(uow)
    uow.backdate = at(2026, 11, 2, 9)  # Monday of 2026-W45
    rma_no, (serial,) = bench.receive(1, serials=["MC2-2611-0031"])
    bench.to_qc(rma_no, [serial])
    bench.screen(rma_no, serial, "FAIL", "PASS")
    bench.to_repair(rma_no, [serial])
    uow.backdate = at(2026, 11, 5, 10)  # Thursday, W45
    _repair(bench, rma_no, serial, cause="production", root="U3 短路", process="SMT回流焊",
            department="生产部", minutes=40)
    bench.back_to_qc(rma_no, [serial])
    bench.reinspect(rma_no, serial, test="FAIL")  # OQC finds flux residue: loop 1
    bench.to_repair(rma_no, [serial])
    uow.backdate = at(2026, 11, 9, 10)  # Monday of W46
    _repair(bench, rma_no, serial, cause="production", root="未清洗", process="手工焊接",
            department="生产部", minutes=15)
    uow.backdate = None

    def week(key: str) -> dict:
        return weekly_report(SqlAlchemyUnitOfWork(engine), IsoWeek.parse(key),
                             today=date(2026, 11, 20)).to_json()

    first, loop = week("2026-W45"), week("2026-W46")
    assert first["cause_basis"] == "first_failure"
    assert (first["units"], first["by_cause"]["production"], first["rework_units"]) == (1, 1, 0)
    assert first["root_causes"][0]["root_cause"] == "U3 短路"
    assert first["responsibility"]["by_process"] == {"SMT回流焊": 1}
    # The loop's week: the repair work and the rework, not a second failure.
    assert (loop["units"], sum(loop["by_cause"].values()), loop["pareto"]) == (0, 0, [])
    assert (loop["repaired_units"], loop["repair_records"], loop["repair_minutes"]) == (1, 1, 15)
    assert (loop["rework_units"], loop["rework_records"], loop["rework_loops"]) == (1, 1, 1)
    assert loop["rework"] == [{"cause": "production", "root_cause": "未清洗",
                               "responsible_process": "手工焊接",
                               "responsible_department": "生产部", "units": 1}]
    assert loop["responsibility"] == {"by_process": {}, "by_department": {}}
