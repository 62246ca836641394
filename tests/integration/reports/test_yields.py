"""Yield figures (issue 17.5) on constructed data, both backends: first-pass yield of
re-inspection and mean time to repair per week and month, return rate per delivery and per
model against the delivered quantity; the CLI prints them; the reads use their indexes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import text

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.errors import InvalidInput
from benchapp.reports.yields import YieldRange
from benchapp.services.yields import yield_report
from tests.integration.reports.crafted import _repair, at
from tests.integration.test_cli import AS_ADMIN, run
from tests.workflow_helpers import Bench


def _fix(bench: Bench, rma_no: str, serial: str, minutes: int) -> None:
    _repair(bench, rma_no, serial, cause="production", root="U12 虚焊", process="SMT贴片",
            department="生产部", minutes=minutes)


@pytest.fixture
def shop(engine):
    """W39 (September): DN-700 of 100 units, 3 back, repaired in 30, 40 and 50 min, each
    passing re-inspection at the first attempt. W41 (October): DN-701 of 50, 2 back,
    repaired in 20 and 10 min; one fails its re-inspection test, the other passes the test
    and fails OQC; repaired again (60, 25 min) both pass. DN-702 (model PCBA-X1, recorded
    without a quantity) in W41. Outside the weeks: a fourth unit of DN-700 back in W45."""
    uow = SqlAlchemyUnitOfWork(engine)
    bench = Bench(uow)
    uow.backdate = at(2026, 9, 21, 9)  # Monday of 2026-W39
    a, sa = bench.receive(3, delivery_no="DN-700", delivered_qty=100)
    bench.to_qc(a, sa)
    for s in sa:
        bench.screen(a, s, "FAIL", "PASS")
    bench.to_repair(a, sa)
    uow.backdate = at(2026, 9, 23, 10)
    for s, minutes in zip(sa, (30, 40, 50), strict=True):
        _fix(bench, a, s, minutes)
    bench.back_to_qc(a, sa)
    uow.backdate = at(2026, 9, 24, 10)
    for s in sa:
        bench.reinspect(a, s)

    uow.backdate = at(2026, 10, 5, 9)  # Monday of 2026-W41
    b, sb = bench.receive(2, delivery_no="DN-701", delivered_qty=50)
    bench.to_qc(b, sb)
    for s in sb:
        bench.screen(b, s, "FAIL", "PASS")
    bench.to_repair(b, sb)
    uow.backdate = at(2026, 10, 6, 10)
    _fix(bench, b, sb[0], 20)
    _fix(bench, b, sb[1], 10)
    bench.back_to_qc(b, sb)
    uow.backdate = at(2026, 10, 7, 10)
    bench.reinspect(b, sb[0], test="FAIL")
    bench.reinspect(b, sb[1], test="PASS", oqc="FAIL")
    bench.to_repair(b, sb)
    uow.backdate = at(2026, 10, 8, 10)
    _fix(bench, b, sb[0], 60)
    _fix(bench, b, sb[1], 25)
    bench.back_to_qc(b, sb)
    uow.backdate = at(2026, 10, 9, 10)
    for s in sb:
        bench.reinspect(b, s)  # second attempts: not first passes, not counted again

    c, _ = bench.receive(1, delivery_no="DN-702")
    uow.backdate = at(2026, 11, 4, 9)  # W45, outside the weeks asked for
    bench.receive(1, delivery_no="DN-700", delivered_qty=100)
    uow.backdate = None
    with engine.begin() as conn:
        conn.execute(text("UPDATE rmas SET model = 'PCBA-X1' WHERE rma_no = :r"), {"r": c})
    return bench


def test_first_pass_yield_and_mean_time_to_repair_per_week(engine, shop):
    report = yield_report(SqlAlchemyUnitOfWork(engine),
                          YieldRange.parse("2026-W39", "2026-W41"))
    got = report.to_json()
    assert got["by"] == "week" and (got["from"], got["to"]) == ("2026-W39", "2026-W41")
    assert got["periods"] == [
        {"period": "2026-W39", "reinspected": 3, "first_pass": 3, "first_pass_yield": 1.0,
         "repairs": 3, "repair_minutes": 120, "mttr_minutes": 40.0},
        {"period": "2026-W40", "reinspected": 0, "first_pass": 0, "first_pass_yield": None,
         "repairs": 0, "repair_minutes": 0, "mttr_minutes": None},
        {"period": "2026-W41", "reinspected": 2, "first_pass": 0, "first_pass_yield": 0.0,
         "repairs": 4, "repair_minutes": 115, "mttr_minutes": 28.8}]
    assert got["total"] == {"period": "total", "reinspected": 5, "first_pass": 3,
                            "first_pass_yield": 0.6, "repairs": 7, "repair_minutes": 235,
                            "mttr_minutes": 33.6}


def test_return_rate_per_delivery_and_model(engine, shop):
    got = yield_report(SqlAlchemyUnitOfWork(engine),
                       YieldRange.parse("2026-W39", "2026-W41")).to_json()
    # DN-700 counts its fourth unit, received later: the return rate of a delivery so far.
    assert [(d["delivery_no"], d["models"], d["delivered_qty"], d["returned_units"],
             d["return_rate"]) for d in got["deliveries"]] == [
        ("DN-700", ["PCBA-MC200-V3"], 100, 4, 0.04),
        ("DN-701", ["PCBA-MC200-V3"], 50, 2, 0.04),
        ("DN-702", ["PCBA-X1"], None, 1, None)]
    assert got["deliveries_truncated"] is False
    assert got["models"] == [
        {"model": "PCBA-MC200-V3", "deliveries": 2, "delivered_qty": 150, "returned_units": 6,
         "return_rate": 0.04, "deliveries_without_qty": 0},
        {"model": "PCBA-X1", "deliveries": 0, "delivered_qty": 0, "returned_units": 0,
         "return_rate": None, "deliveries_without_qty": 1}]
    cut = yield_report(SqlAlchemyUnitOfWork(engine), YieldRange.parse("2026-W39", "2026-W41"),
                       delivery_limit=1)
    assert cut.deliveries_truncated and len(cut.deliveries) == 1


def test_per_month_groups_the_weeks_by_their_thursday(engine, shop):
    got = yield_report(SqlAlchemyUnitOfWork(engine),
                       YieldRange.parse("2026-09", "2026-10")).to_json()
    assert [(p["period"], p["reinspected"], p["first_pass"], p["repairs"])
            for p in got["periods"]] == [("2026-09", 3, 3, 3), ("2026-10", 2, 0, 4)]


def test_bad_ranges_are_one_clear_refusal():
    for first, last in (("2026-W41", "2026-W39"), ("2026-W39", "2026-10"), ("x", "y"),
                        ("2000-W01", "2026-W01")):
        with pytest.raises(InvalidInput):
            YieldRange.parse(first, last)


def test_cli_report_yields(db_url, shop):
    r = run("report", "yields", "--from", "2026-W39", "--to", "2026-W41", "--json",
            "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["total"]["first_pass_yield"] == 0.6 and got["total"]["mttr_minutes"] == 33.6
    r = run("report", "yields", "--from", "2026-W39", "--to", "2026-W41", "--as", "admin",
            db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "2026-W39             3          3  100.0%       3     40.0" in r.stdout
    assert "DN-700  深圳市华强电子有限公司  PCBA-MC200-V3  4/100  4.0%" in r.stdout
    assert "PCBA-X1  0/0  -  (1 deliveries without a quantity)" in r.stdout
    r = run("report", "yields", "--from", "2026-W39", "--to", "2026-W41", "--csv", "-",
            "--as", "admin", db=db_url, env=AS_ADMIN)
    rows = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    assert rows[0] == ["period", "reinspected", "first_pass", "first_pass_yield", "repairs",
                       "repair_minutes", "mttr_minutes"]
    assert rows[-1] == ["total", "5", "3", "0.6", "7", "235", "33.6"]
    r = run("report", "yields", "--from", "2026-W41", "--to", "2026-W39", "--as", "admin",
            db=db_url, env=AS_ADMIN)
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1 and r.stdout == ""


def test_yield_reads_enter_through_their_indexes(sqlite_url):
    from benchapp.db import yields as q
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade
    from tests.integration.test_trace import query_plan

    engine = make_engine(sqlite_url)
    upgrade(engine)
    window = {"start": at(2026, 9, 21), "end": at(2026, 10, 12)}
    first = query_plan(engine, q.FIRST_ATTEMPTS, window)
    assert "ix_reinspections_at" in first and "SCAN reinspections" not in first, first
    assert "ix_reinspections_unit_id" in first, first
    assert "ix_repair_records_completed_at" in query_plan(engine, q.REPAIRS, window)
    rmas = query_plan(engine, q.DELIVERIES_RETURNED, {**window, "limit": 10})
    assert "ix_rmas_received_at_id" in rmas and "SCAN rmas" not in rmas, rmas
    dn = query_plan(engine, q.RETURNED_UNITS, {"ids": [1, 2]})
    assert "ix_rmas_delivery_id" in dn, dn
    assert "SCAN rmas" not in dn and "SCAN units" not in dn, dn
    by_id = query_plan(engine, q.DELIVERIES_BY_ID, {"ids": [1, 2]})
    assert "SCAN deliveries" not in by_id and "SCAN d" not in by_id, by_id
    engine.dispose()


# -- the monthly report carries the month's yield figures (issue 17.5) --------------------------


def test_the_monthly_report_carries_the_yields_in_every_format(engine, shop, tmp_path):
    from benchapp.reports import period_export
    from benchapp.reports.period import Period
    from benchapp.reports.period_pdf import render_monthly_pdf
    from benchapp.services.period_reports import monthly_report
    from tests.integration.reports.crafted import CN
    from tests.integration.reports.test_period_reports import pdf_text, read_xlsx

    # October 2026 is W40-W44: DN-701's two units, both failing their first re-inspection
    # (FPY 0 of 2), four repair records of 20+10+60+25 = 115 min (MTTR 28.75, shown 28.8);
    # DN-702 came back in W41 too, recorded without a quantity.
    report = monthly_report(SqlAlchemyUnitOfWork(engine), Period.month("2026-10"))
    doc = report.to_json()
    assert doc["yields"]["by"] == "month"
    assert (doc["yields"]["from"], doc["yields"]["to"]) == ("2026-W40", "2026-W44")
    assert doc["yields"]["periods"] == [
        {"period": "2026-10", "reinspected": 2, "first_pass": 0, "first_pass_yield": 0.0,
         "repairs": 4, "repair_minutes": 115, "mttr_minutes": 28.8}]
    assert [(d["delivery_no"], d["delivered_qty"], d["returned_units"], d["return_rate"])
            for d in doc["yields"]["deliveries"]] == [("DN-701", 50, 2, 0.04),
                                                      ("DN-702", None, 1, None)]
    assert [(m["model"], m["delivered_qty"], m["returned_units"], m["return_rate"],
             m["deliveries_without_qty"]) for m in doc["yields"]["models"]] == [
        ("PCBA-MC200-V3", 50, 2, 0.04, 0), ("PCBA-X1", 0, 0, None, 1)]
    # The existing keys are all still there (additive).
    assert {"units", "by_model", "fault_frequency", "customer_feedback", "form"} <= set(doc)
    september = monthly_report(SqlAlchemyUnitOfWork(engine), Period.month("2026-09")).to_json()
    assert september["yields"]["periods"][0]["first_pass_yield"] == 1.0
    assert september["yields"]["periods"][0]["mttr_minutes"] == 40.0

    rows = list(csv.reader(io.StringIO(period_export.monthly_csv(report))))
    assert rows[0] == ["period", "section", "key", "field", "value"]
    assert ["2026-10", "yield", "2026-10", "first_pass_yield", "0.0"] in rows
    assert ["2026-10", "yield", "2026-10", "mttr_minutes", "28.8"] in rows
    assert ["2026-10", "delivery_returns", "DN-701 / 深圳市华强电子有限公司", "return_rate",
            "0.04"] in rows
    assert ["2026-10", "model_returns", "PCBA-X1", "deliveries_without_qty", "1"] in rows

    sheets = read_xlsx(period_export.monthly_xlsx(report))
    assert list(sheets) == ["Summary", "Models", "Faults", "Feedback", "Yields",
                            "Delivery returns", "Model returns"]
    assert sheets["Yields"] == [
        ["period", "reinspected", "first_pass", "first_pass_yield", "repairs",
         "repair_minutes", "mttr_minutes"], ["2026-10", "2", "0", "0", "4", "115", "28.8"]]
    # (no ship date recorded: an empty cell)
    assert sheets["Delivery returns"][1] == ["DN-701", "深圳市华强电子有限公司", "PCBA-MC200-V3",
                                             "", "50", "2", "0.04"]
    assert sheets["Model returns"][2][0] == "PCBA-X1"

    text = pdf_text(render_monthly_pdf(report, generated_at=at(2026, 11, 2, 9), zone=CN),
                    tmp_path)
    for wanted in ("五、良率 Yield figures", "0.0%", "28.8 min", "DN-701", "4.0%", "DN-702",
                   "PCBA-X1"):
        assert wanted in text, wanted
