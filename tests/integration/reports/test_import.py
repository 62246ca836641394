"""Importing past repair records: all or nothing, idempotent, counted in their own weeks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import NotPermitted
from benchapp.domain.history import HEADER, ImportRejected
from benchapp.domain.roles import Role
from benchapp.services import supervision as sv
from benchapp.services.reports import weekly_report
from tests.workflow_helpers import Bench

ROWS = [
    ("SH-1901,深圳市华强电子有限公司,PCBA-MC200-V3,MC-A1,2025-12-29,2025-12-31,2026-01-02,"
     "2026-01-05,production,U12 虚焊,SMT贴片,35,0"),
    ("SH-1901,深圳市华强电子有限公司,PCBA-MC200-V3,MC-A2,2025-12-29,2026-01-05,,2026-01-05,"
     "material,C45 ESR 超标,来料检验,20,1"),
    ("SH-1902,东莞市恒通电子有限公司,PCBA-PS450-V2,PS-B1,2026-01-06,2026-01-07,2026-01-08,"
     "2026-01-10,customer,输入反接,客户使用,30,0"),
]


def data(rows: list[str], encoding: str = "utf-8-sig") -> bytes:
    return "\r\n".join([",".join(HEADER), *rows, ""]).encode(encoding)


@pytest.fixture
def bench(engine):
    return Bench(SqlAlchemyUnitOfWork(engine))


def counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in (
            m.RmaRow.__table__, m.UnitRow.__table__, m.RepairRecordRow.__table__,
            m.ShippingNoteRow.__table__, ms.HistoryImportRow.__table__,
            m.TrackingLogRow.__table__)}


def test_import_stores_past_records_in_their_weeks_and_a_second_run_adds_nothing(bench):
    admin = bench.people[Role.ADMIN]
    engine = bench.uow.engine
    with pytest.raises(NotPermitted):
        sv.import_repairs(bench.uow, bench.business_clerk, data(ROWS), source="old.csv")
    result = sv.import_repairs(bench.uow, admin, data(ROWS, "gbk"), source="old.csv")
    assert (result.rows, result.added, result.already_imported, result.rmas_added) == (3, 3, 0,
                                                                                      2)
    before = counts(engine)
    again = sv.import_repairs(bench.uow, admin, data(ROWS), source="old-copy.csv")
    assert (again.added, again.already_imported, again.rmas_added) == (0, 3, 0)
    assert counts(engine) == before
    with bench.uow:
        rma = bench.uow.rmas.get("SH-1901")
        log = bench.uow.log.for_rma("SH-1901")
    assert rma.status.value == "open" and rma.due_date == date(2026, 1, 5)
    assert [(u.serial, u.state.value, u.custody.value, u.rework_loops) for u in rma.units] == [
        ("MC-A1", "shipped", "customer", 0), ("MC-A2", "repaired", "repair", 1)]
    assert [(e.action, e.serial, e.detail["line"]) for e in log] == [
        ("imported", "MC-A1", 2), ("imported", "MC-A2", 3)]
    assert bench.rma("SH-1902").status.value == "closed"
    # 2025-12-31 is in 2026-W01 (ISO), so is 2026-01-02; 2026-01-05 opens W02.
    w1 = weekly_report(SqlAlchemyUnitOfWork(engine), IsoWeek(2026, 1), today=date(2026, 1, 20)).to_json()
    assert (w1["units"], w1["by_cause"]["production"], w1["on_time_units"]) == (1, 1, 1)
    w2 = weekly_report(SqlAlchemyUnitOfWork(engine), IsoWeek(2026, 2), today=date(2026, 1, 20)).to_json()
    assert (w2["units"], w2["repeat_repair_units"], w2["by_cause"]["material"],
            w2["by_cause"]["customer"], w2["late_units"], w2["on_time_units"]) == (2, 1, 1, 1, 1,
                                                                                  1)
    assert w2["responsibility"]["by_department"] == {"品质部": 1, "客户": 1}


def test_a_file_with_a_bad_row_imports_nothing(bench):
    admin = bench.people[Role.ADMIN]
    before = counts(bench.uow.engine)
    bad = [*ROWS, "SH-1903,C,M,S-9,2026-01-06,2026-01-05,,2026-01-10,design,x,SMT,30,0"]
    with pytest.raises(ImportRejected) as err:
        sv.import_repairs(bench.uow, admin, data(bad), source="bad.csv")
    assert [str(p) for p in err.value.problems] == [
        "line 5: repaired_on 2026-01-05 is before received_on 2026-01-06"]
    assert counts(bench.uow.engine) == before


def test_an_import_never_touches_rmas_of_the_app_or_changes_earlier_imports(bench):
    admin = bench.people[Role.ADMIN]
    sv.import_repairs(bench.uow, admin, data(ROWS[:1]), source="a.csv")
    changed = ROWS[0].replace(",35,0", ",45,0")
    with pytest.raises(ImportRejected) as err:
        sv.import_repairs(bench.uow, admin, data([changed, ROWS[1]]), source="b.csv")
    assert [str(p) for p in err.value.problems] == [
        "line 2: SH-1901 MC-A1 was imported before with other content",
        ("line 3: RMA SH-1901 was imported before without serial MC-A2; an imported RMA is not "
         "extended")]
    app_rma, _ = bench.receive(1)
    clash = ROWS[2].replace("SH-1902", app_rma.replace("RMA-", "RMX-"))
    sv.import_repairs(bench.uow, admin, data([clash]), source="c.csv")
    with pytest.raises(ImportRejected, match="1 bad row"):
        sv.import_repairs(bench.uow, admin, data([ROWS[2].replace("SH-1902", app_rma)]),
                          source="d.csv")
