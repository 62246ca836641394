"""The summary tables follow every change of an RMA, and only the changed RMAs are rebuilt:
triggers on ``rmas`` mark them, so a refresh reads the marks, not every RMA."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import func, select

from benchapp.db import models_supervision as ms
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.domain.roles import Role
from benchapp.services import supervision as sv
from benchapp.services.reports import refresh_summary, weekly_report
from tests.workflow_helpers import Bench

CN = timezone(timedelta(hours=8))


def test_only_changed_rmas_are_rebuilt_and_reports_see_every_step(engine):
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    bench.uow.backdate = datetime(2026, 11, 17, 9, tzinfo=CN).astimezone(UTC)  # W47
    one, serials_one = bench.receive(1)
    two, serials_two = bench.receive(1)
    for rma_no, serials in ((one, serials_one), (two, serials_two)):
        bench.to_qc(rma_no, serials)
        bench.screen(rma_no, serials[0], "FAIL", "PASS")
        bench.to_repair(rma_no, serials)
    first = refresh_summary(SqlAlchemyUnitOfWork(engine))
    assert (first.rebuilt_all, first.rmas) == (True, 2)
    assert refresh_summary(SqlAlchemyUnitOfWork(engine)).rmas == 0
    week = IsoWeek(2026, 47)
    assert weekly_report(SqlAlchemyUnitOfWork(engine), week, today=date(2026, 11, 20)).figures.units == 0
    bench.repair(one, serials_one[0], "material")
    changed = _rma_id(engine, one)
    assert _marked(engine) == {changed}
    f = weekly_report(SqlAlchemyUnitOfWork(engine), week, today=date(2026, 11, 20)).figures
    # Bench RMAs carry no promised date: the on-time figures leave them out.
    assert (f.units, f.by_cause["material"], f.pending_units) == (1, 1, 0)
    bench.back_to_qc(one, serials_one)
    bench.reinspect(one, serials_one[0])
    bench.to_packing(one, serials_one)
    bench.pack_and_return(one, serials_one)
    bench.ship(one, serials_one)
    f = weekly_report(SqlAlchemyUnitOfWork(engine), week, today=date(2026, 11, 20)).figures
    assert (f.on_time_units, f.late_units, f.complaint_notices) == (0, 0, 1)
    stats = refresh_summary(SqlAlchemyUnitOfWork(engine))
    assert (stats.rebuilt_all, stats.rmas) == (False, 0)
    assert _marked(engine) == set()


def test_another_shop_clock_rebuilds_everything(engine):
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    # Monday 07:00 in the shop is Sunday 23:00 in UTC.
    bench.uow.backdate = datetime(2026, 11, 16, 7, tzinfo=CN).astimezone(UTC)
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    bench.repair(rma_no, serials[0])
    bench.uow.backdate = None
    assert weekly_report(SqlAlchemyUnitOfWork(engine), IsoWeek(2026, 47)).figures.units == 1
    sv.change_setting(bench.uow, bench.people[Role.ADMIN], "utc_offset_minutes", "0")
    stats = refresh_summary(SqlAlchemyUnitOfWork(engine))
    assert stats.rebuilt_all and stats.rmas == 1
    assert weekly_report(SqlAlchemyUnitOfWork(engine), IsoWeek(2026, 47)).figures.units == 0
    assert weekly_report(SqlAlchemyUnitOfWork(engine), IsoWeek(2026, 46)).figures.units == 1
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ms.UnitWeekFactRow.__table__)) == 1


def test_a_refresh_runs_in_bounded_batches(engine, monkeypatch):
    from benchapp.services import reports

    bench = Bench(SqlAlchemyUnitOfWork(engine))
    bench.uow.backdate = datetime(2026, 11, 17, 9, tzinfo=CN).astimezone(UTC)
    for _ in range(5):
        rma_no, serials = bench.receive(1)
        bench.to_qc(rma_no, serials)
        bench.screen(rma_no, serials[0], "FAIL", "PASS")
        bench.to_repair(rma_no, serials)
        bench.repair(rma_no, serials[0], "design")
    monkeypatch.setattr(reports, "RMA_CHUNK", 2)
    seen: list[tuple[int, int]] = []
    stats = refresh_summary(SqlAlchemyUnitOfWork(engine),
                            progress=lambda done, total: seen.append((done, total)))
    assert stats.rmas == 5 and seen == [(2, 5), (4, 5), (5, 5)]
    assert _marked(engine) == set()
    bench.back_to_qc(rma_no, serials)  # the last RMA changes again: one mark, one rebuild
    assert _marked(engine) == {_rma_id(engine, rma_no)}
    week = IsoWeek(2026, 47)
    f = weekly_report(SqlAlchemyUnitOfWork(engine), week, today=date(2026, 11, 20)).figures
    assert (f.units, f.repair_records, f.by_cause["design"]) == (5, 5, 5)
    assert _marked(engine) == set()


def test_every_writer_marks_the_rma_it_changed(engine):
    from benchapp.db import models as m

    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, _ = bench.receive(2)
    refresh_summary(SqlAlchemyUnitOfWork(engine))
    assert _marked(engine) == set()
    rma_id = _rma_id(engine, rma_no)
    # A bulk UPDATE that bypasses the repositories (and their version counter) still marks.
    with engine.begin() as conn:
        conn.execute(m.RmaRow.__table__.update().where(m.RmaRow.id == rma_id)
                     .values(storage_location="A-01"))
    assert _marked(engine) == {rma_id}


def _marked(engine) -> set[int]:
    with engine.connect() as conn:
        return set(conn.scalars(select(ms.ReportStaleRmaRow.rma_id)))


def _rma_id(engine, rma_no: str) -> int:
    from benchapp.db import models as m

    with engine.connect() as conn:
        return conn.scalar(select(m.RmaRow.id).where(m.RmaRow.rma_no == rma_no))
