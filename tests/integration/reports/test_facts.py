"""The summary tables follow every change of an RMA, and only the changed RMAs are rebuilt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import func, select

from benchapp.db import models_supervision as ms
from benchapp.domain.calendar import IsoWeek
from benchapp.domain.roles import Role
from benchapp.reports import facts
from benchapp.reports.store import SqlSupervisionUnitOfWork
from benchapp.reports.weekly import weekly_report
from benchapp.services import supervision as sv
from tests.workflow_helpers import Bench

CN = timezone(timedelta(hours=8))


def test_only_changed_rmas_are_rebuilt_and_reports_see_every_step(engine):
    bench = Bench(SqlSupervisionUnitOfWork(engine))
    bench.uow.backdate = datetime(2026, 11, 17, 9, tzinfo=CN).astimezone(UTC)  # W47
    one, serials_one = bench.receive(1)
    two, serials_two = bench.receive(1)
    for rma_no, serials in ((one, serials_one), (two, serials_two)):
        bench.to_qc(rma_no, serials)
        bench.screen(rma_no, serials[0], "FAIL", "PASS")
        bench.to_repair(rma_no, serials)
    first = facts.refresh(engine)
    assert (first.rebuilt_all, first.rmas) == (True, 2)
    assert facts.refresh(engine).rmas == 0
    week = IsoWeek(2026, 47)
    assert weekly_report(engine, week, today=date(2026, 11, 20)).figures.units == 0
    bench.repair(one, serials_one[0], "material")
    changed = _rma_id(engine, one)
    with engine.connect() as conn:
        assert facts.stale_rmas(conn) == [changed]
    f = weekly_report(engine, week, today=date(2026, 11, 20)).figures
    # Bench RMAs carry no promised date: the on-time figures leave them out.
    assert (f.units, f.by_cause["material"], f.pending_units) == (1, 1, 0)
    bench.back_to_qc(one, serials_one)
    bench.reinspect(one, serials_one[0])
    bench.to_packing(one, serials_one)
    bench.pack_and_return(one, serials_one)
    bench.ship(one, serials_one)
    f = weekly_report(engine, week, today=date(2026, 11, 20)).figures
    assert (f.on_time_units, f.late_units, f.complaint_notices) == (0, 0, 1)
    stats = facts.refresh(engine)
    assert (stats.rebuilt_all, stats.rmas) == (False, 0)


def test_another_shop_clock_rebuilds_everything(engine):
    bench = Bench(SqlSupervisionUnitOfWork(engine))
    # Monday 07:00 in the shop is Sunday 23:00 in UTC.
    bench.uow.backdate = datetime(2026, 11, 16, 7, tzinfo=CN).astimezone(UTC)
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    bench.repair(rma_no, serials[0])
    bench.uow.backdate = None
    assert weekly_report(engine, IsoWeek(2026, 47)).figures.units == 1
    sv.change_setting(bench.uow, bench.people[Role.ADMIN], "utc_offset_minutes", "0")
    stats = facts.refresh(engine)
    assert stats.rebuilt_all and stats.rmas == 1
    assert weekly_report(engine, IsoWeek(2026, 47)).figures.units == 0
    assert weekly_report(engine, IsoWeek(2026, 46)).figures.units == 1
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ms.UnitWeekFactRow.__table__)) == 1


def _rma_id(engine, rma_no: str) -> int:
    from benchapp.db import models as m

    with engine.connect() as conn:
        return conn.scalar(select(m.RmaRow.id).where(m.RmaRow.rma_no == rma_no))
