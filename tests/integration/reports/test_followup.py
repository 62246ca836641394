"""Customer follow-up after shipping (001 五) through the services and the CLI, on a real
database: refusals, who and when in the tracking log, and the Overdue list emptied."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted
from benchapp.domain.supervision import OverdueKind
from benchapp.services import followup as fu
from benchapp.services import supervision as sv
from tests.workflow_helpers import PASSWORD, Bench

CN = timezone(timedelta(hours=8))


@pytest.fixture
def bench(engine):
    return Bench(SqlAlchemyUnitOfWork(engine))


def shipped(bench: Bench, n: int = 1) -> str:
    rma_no, serials = bench.receive(n)
    bench.full_repair(rma_no, serials)
    return rma_no


def follow_up_overdue(bench: Bench, at: datetime) -> list[str]:
    return [i.rma_no for i in sv.overdue_items(bench.uow, at) if i.kind is OverdueKind.FOLLOW_UP]


def test_a_recorded_follow_up_takes_the_shipment_off_the_overdue_list(bench):
    rma_no = shipped(bench)
    waiting, _ = bench.receive(1)
    with bench.uow:
        now = bench.uow.now()
    later = now + timedelta(days=30)
    assert follow_up_overdue(bench, later) == [rma_no]
    (line,) = fu.follow_ups(bench.uow)
    assert (line.rma_no, line.overdue) == (rma_no, False)
    assert fu.follow_ups(bench.uow, due_only=True) == []
    assert [x.rma_no for x in fu.follow_ups(bench.uow, due_only=True, now=later)] == [rma_no]

    # Refused, and nothing written: the wrong role, an unknown RMA, an RMA nothing of which
    # has shipped, a contradiction, an empty note.
    with pytest.raises(NotPermitted):
        fu.record_follow_up(bench.uow, bench.qc_lead, rma_no=rma_no, satisfied=True, note="x")
    with pytest.raises(NotFound):
        fu.record_follow_up(bench.uow, bench.business_clerk, rma_no="RMA-999999",
                            satisfied=True, note="x")
    with pytest.raises(InvalidInput, match="units shipped to the customer"):
        fu.record_follow_up(bench.uow, bench.business_clerk, rma_no=waiting, satisfied=False,
                            note="x")
    with pytest.raises(InvalidInput, match="satisfied, not received"):
        fu.record_follow_up(bench.uow, bench.business_clerk, rma_no=rma_no, satisfied=True,
                            received=False, note="x")
    with pytest.raises(InvalidInput):
        fu.record_follow_up(bench.uow, bench.business_clerk, rma_no=rma_no, satisfied=True,
                            note="  ")
    assert follow_up_overdue(bench, later) == [rma_no]

    contact = fu.record_follow_up(bench.uow, bench.business_clerk, rma_no=rma_no,
                                  satisfied=False, note="已收货；外壳有划痕，不满意")
    assert contact.contacted_by == bench.business_clerk.user_id
    assert follow_up_overdue(bench, later) == []
    assert fu.follow_ups(bench.uow) == []
    with bench.uow:
        (entry,) = [e for e in bench.uow.log.for_rma(rma_no)
                    if e.action == "customer_contacted"]
    assert entry.actor_name == bench.business_clerk.username and entry.at is not None
    assert entry.detail == {"kind": "follow_up", "note": "已收货；外壳有划痕，不满意",
                            "received": True, "satisfied": False}


def test_the_deadline_counts_the_shops_working_days(bench):
    with bench.uow:
        bench.uow.set_setting("supervision.tracking_since", "2026-01-01T00:00:00+00:00")
        bench.uow.commit()
    admin = bench.people[next(iter(bench.people))]
    for day in (1, 2, 5, 6, 7):
        sv.add_calendar_day(bench.uow, admin, day=datetime(2026, 10, day).date(),
                            kind="holiday", name="国庆节")
    sv.add_calendar_day(bench.uow, admin, day=datetime(2026, 10, 10).date(), kind="workday",
                        name="调休")
    # Shipped on Friday 9 October: Saturday 10 (make-up day), Monday 12, Tuesday 13.
    bench.uow.backdate = datetime(2026, 10, 9, 15, tzinfo=CN).astimezone(UTC)
    rma_no = shipped(bench)
    bench.uow.backdate = None
    due = datetime(2026, 10, 13, 17, 30, tzinfo=CN).astimezone(UTC)
    (line,) = fu.follow_ups(bench.uow, now=due)
    assert (line.rma_no, line.due_at, line.overdue) == (rma_no, due, False)
    assert follow_up_overdue(bench, due) == []
    assert follow_up_overdue(bench, due + timedelta(seconds=1)) == [rma_no]
    # Shipped before the holidays: 30 September, then 8 and 9 October.
    bench.uow.backdate = datetime(2026, 9, 29, 11, tzinfo=CN).astimezone(UTC)
    early = shipped(bench)
    bench.uow.backdate = None
    lines = fu.follow_ups(bench.uow, now=due)
    assert [(x.rma_no, x.due_at.astimezone(CN).date().isoformat(), x.overdue)
            for x in lines] == [(early, "2026-10-09", True), (rma_no, "2026-10-13", False)]


# -- the CLI ---------------------------------------------------------------------------------


def run(*args: str, db: str, user: str | None = None):
    env = {**os.environ, "BENCHAPP_PASSWORD": PASSWORD}
    if user:
        args = (*args, "--as", user)
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db], check=False,
                          capture_output=True, text=True, timeout=120, env=env)


def test_the_cli_records_and_lists_follow_ups(sqlite_url):
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no = shipped(bench)
    clerk = bench.business_clerk.username
    engine.dispose()

    r = run("followup", "list", "--json", db=sqlite_url, user=clerk)
    assert r.returncode == 0, r.stderr
    (doc,) = json.loads(r.stdout)
    assert (doc["rma_no"], doc["overdue"]) == (rma_no, False) and doc["note_no"]
    r = run("followup", "list", "--due", db=sqlite_url, user=clerk)
    assert (r.returncode, r.stdout.strip()) == (0, "no follow-up is due")

    r = run("followup", "record", rma_no, "--satisfied", "maybe", "--note", "x", db=sqlite_url,
            user=clerk)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "'maybe' is not a valid --satisfied" in r.stderr
    r = run("followup", "record", rma_no, "--satisfied", "yes", "--note", "ok", db=sqlite_url,
            user="qclead")
    assert r.returncode == 1 and "may not record a customer follow-up" in r.stderr
    r = run("followup", "record", "RMA-999999", "--satisfied", "yes", "--note", "ok",
            db=sqlite_url, user=clerk)
    assert r.returncode == 1 and "RMA-999999" in r.stderr
    r = run("followup", "record", rma_no, "--satisfied", "yes", "--received", "no", "--note",
            "ok", db=sqlite_url, user=clerk)
    assert r.returncode == 1 and "satisfied, not received" in r.stderr

    r = run("followup", "record", rma_no, "--satisfied", "yes", "--note", "王工：已收货，满意",
            db=sqlite_url, user=clerk)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{rma_no}: follow-up recorded by {clerk} at ")
    assert "(received: yes, satisfied: yes)" in r.stdout
    r = run("followup", "list", "--json", db=sqlite_url, user=clerk)
    assert json.loads(r.stdout) == []
    r = run("report", "overdue", "--format", "json", "--at", "2099-01-01T00:00+08:00",
            db=sqlite_url, user=clerk)
    assert r.returncode == 0, r.stderr
    assert [i for i in json.loads(r.stdout) if i["kind"] == "follow_up"] == []
