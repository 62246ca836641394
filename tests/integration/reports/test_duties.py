"""The smaller duties of the seeds, each a tracking-log line with who and when: the weekly
report's management review, material faults notified to purchasing, a delay reported by
production and passed on by business (000 5.1.2). Services on both backends, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.services import duties, reports
from tests.workflow_helpers import PASSWORD, Bench


@pytest.fixture
def bench(engine):
    return Bench(SqlAlchemyUnitOfWork(engine))


def logged(bench, rma_no, action):
    with bench.uow:
        return [e for e in bench.uow.log.for_rma(rma_no) if e.action == action]


def test_the_management_review_of_the_weekly_report(bench):
    week = reports.current_week(bench.uow)
    with pytest.raises(NotPermitted):
        duties.review_weekly_report(bench.uow, bench.tech_supervisor, week=week, remarks="ok")
    with pytest.raises(InvalidInput, match="or an earlier one"):
        duties.review_weekly_report(bench.uow, bench.manager, week=week.shift(1), remarks="ok")
    with pytest.raises(InvalidInput):
        duties.review_weekly_report(bench.uow, bench.manager, week=week, remarks=" ")
    duties.review_weekly_report(bench.uow, bench.manager, week=week.shift(-1),
                                remarks="来料不良偏高，采购跟进")
    (entry,) = logged(bench, ADMIN_LOG, "weekly_report_reviewed")
    assert entry.actor_name == bench.manager.username and entry.at is not None
    assert entry.detail == {"week": str(week.shift(-1)), "remarks": "来料不良偏高，采购跟进"}


def test_material_faults_are_notified_to_purchasing(bench):
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    bench.repair(rma_no, serials[0], cause="production")
    with pytest.raises(InvalidInput, match="incoming-material cause"):
        duties.notify_purchasing(bench.uow, bench.qc_supervisor, rma_no=rma_no, note="x")
    bench.repair(rma_no, serials[1], cause="material")
    with pytest.raises(NotPermitted):
        duties.notify_purchasing(bench.uow, bench.business_clerk, rma_no=rma_no, note="x")
    with pytest.raises(NotFound):
        duties.notify_purchasing(bench.uow, bench.qc_supervisor, rma_no="RMA-999999",
                                 note="x")
    with bench.uow:
        version = bench.uow.rmas.get(rma_no).version
    duties.notify_purchasing(bench.uow, bench.qc_supervisor, rma_no=rma_no,
                             note="STM32 批次 L2406 失效，请联系供应商", to="采购 李娜")
    (entry,) = logged(bench, rma_no, "purchasing_notified")
    assert entry.actor_name == bench.qc_supervisor.username
    assert entry.detail["serials"] == [serials[1]] and entry.detail["to"] == "采购 李娜"
    with bench.uow:
        assert bench.uow.rmas.get(rma_no).version == version  # the RMA itself is untouched


def test_a_delay_reported_by_production_is_passed_on_by_business(bench):
    rma_no, serials = bench.receive(1)
    with pytest.raises(InvalidInput, match="not yet passed on"):
        duties.pass_on_delay(bench.uow, bench.business_clerk, rma_no=rma_no, note="x")
    with pytest.raises(NotPermitted):
        duties.report_delay(bench.uow, bench.business_clerk, rma_no=rma_no, reason="x")
    with pytest.raises(InvalidInput, match="or later"):
        duties.report_delay(bench.uow, bench.repair_engineer, rma_no=rma_no, reason="缺料",
                            new_due=date(2020, 1, 1))
    new_due = reports.shop_now(bench.uow).date() + timedelta(days=10)
    duties.report_delay(bench.uow, bench.repair_engineer, rma_no=rma_no,
                        reason="U12 缺料，等待到货", new_due=new_due)
    with pytest.raises(NotPermitted):
        duties.pass_on_delay(bench.uow, bench.repair_engineer, rma_no=rma_no, note="x")
    duties.pass_on_delay(bench.uow, bench.business_clerk, rma_no=rma_no,
                         note="电话告知王工，客户同意延期")
    (reported,) = logged(bench, rma_no, "delay_reported")
    (passed,) = logged(bench, rma_no, "delay_passed_on")
    assert reported.actor_name == bench.repair_engineer.username
    assert reported.detail["new_due"] == new_due.isoformat()
    assert passed.actor_name == bench.business_clerk.username
    assert passed.detail["reported_by"] == bench.repair_engineer.username
    # Passed on once: a second time needs a new report from production.
    with pytest.raises(InvalidInput, match="not yet passed on"):
        duties.pass_on_delay(bench.uow, bench.business_clerk, rma_no=rma_no, note="again")
    # A finished RMA cannot be reported late any more.
    bench.full_repair(rma_no, serials)
    with pytest.raises(InvalidInput, match="still in process"):
        duties.report_delay(bench.uow, bench.repair_engineer, rma_no=rma_no, reason="x")


def run(*args: str, db: str, user: str):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db, "--as", user],
                          check=False, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "BENCHAPP_PASSWORD": PASSWORD})


def test_the_duties_from_the_cli(sqlite_url):
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine), signing=False)
    rma_no, _ = bench.receive(1)
    week = str(reports.current_week(bench.uow).shift(-1))
    engine.dispose()
    db = sqlite_url

    r = run("report", "review", "--week", week, "--remarks", "已阅，关注来料", db=db,
            user="manager")
    assert (r.returncode, r.stdout.strip()) == (
        0, f"{week}: weekly report reviewed, recorded by manager"), r.stderr
    r = run("report", "review", "--week", "2026-W99", "--remarks", "x", db=db, user="manager")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    r = run("report", "review", "--week", week, "--remarks", "x", db=db, user="techsupervisor")
    assert r.returncode == 1 and "may not review the weekly report" in r.stderr

    r = run("delay", "passed-on", rma_no, "--note", "x", db=db, user="businessclerk")
    assert r.returncode == 1 and "not yet passed on" in r.stderr
    r = run("delay", "report", rma_no, "--reason", "缺料", "--new-due", "2099-01-01", db=db,
            user="repairengineer")
    assert r.returncode == 0 and "delay reported, recorded by repairengineer" in r.stdout
    r = run("delay", "report", rma_no, "--reason", "缺料", "--new-due", "01/02/2099", db=db,
            user="repairengineer")
    assert r.returncode == 1 and "--new-due" in r.stderr
    r = run("delay", "passed-on", rma_no, "--note", "已电话告知客户", db=db,
            user="businessclerk")
    assert r.returncode == 0 and "delay passed on, recorded by businessclerk" in r.stdout
    r = run("purchasing", "notify", rma_no, "--note", "x", db=db, user="qcsupervisor")
    assert r.returncode == 1 and "incoming-material cause" in r.stderr
