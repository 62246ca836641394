"""Benches resolving the same slip at once, on a real PostgreSQL: the slip is locked first.

Issue 11: when benches contended for one slip, each did the whole accept (key, RMA, PDF, the
giver's signature) and all but one failed at commit. Now the slip's row is the first thing an
accept, a refusal or a supervisor's cancel takes: the others queue on it and, once the first
commits, read it resolved and leave before reading anything else. Taking it first in every
use case that resolves a slip is also what keeps an accept and a cancel of one slip from
waiting on each other in a circle.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from benchapp.db.engine import make_engine
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.errors import OutOfOrder, Reason
from benchapp.domain.roles import Station
from benchapp.services import decisions
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from tests.workflow_helpers import NFF_PANEL, PASSWORD, Bench, hand_over

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url):
    """PostgreSQL only (the suite's ``engine`` fixture runs on it): SQLite's write
    transaction holds the whole file, there is no row to lock."""
    return pg_url


def waiting_on_a_lock(engine, marker: str, timeout: float = 10.0) -> bool:
    """Whether a session of this database waits on a lock in a statement containing
    ``marker``, polled until ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            found = conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query LIKE :q"),
                {"q": f"%{marker}%"}).scalar()
        if found:
            return True
        time.sleep(0.05)
    return False


class Paused:
    """Wraps a domain rule: the first call waits until released, so a test can hold a
    transaction at that point while another bench starts."""

    def __init__(self, rule):
        self.rule = rule
        self.reached = threading.Event()
        self.go = threading.Event()
        self.held = False

    def __call__(self, *args, **kw):
        if not self.held:
            self.held = True
            self.reached.set()
            assert self.go.wait(30), "the test never released the paused bench"
        return self.rule(*args, **kw)


def run(target) -> tuple[threading.Thread, list]:
    """``target`` on a thread; its result or exception lands in the returned list."""
    out: list = []

    def go():
        try:
            out.append(target())
        except Exception as err:  # noqa: BLE001 - the test inspects what was raised
            out.append(err)

    thread = threading.Thread(target=go, daemon=True)
    thread.start()
    return thread, out


def test_the_second_bench_waits_for_the_slip_then_leaves_after_one_read(engine,
                                                                       monkeypatch):
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(3)
    h = hand_over(bench.uow, bench.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    first = Paused(ss.handover_rules.accept_handover)
    monkeypatch.setattr(ss.handover_rules, "accept_handover", first)
    winner, won = run(lambda: ss.receive(SqlAlchemyUnitOfWork(engine), bench.packer,
                                         slip_no=h.slip_no, station=Station.QC,
                                         scanned=serials, password=PASSWORD, port=bench.port))
    assert first.reached.wait(30)

    # The second bench on an engine of its own (its own PC), its statements recorded.
    second_engine = make_engine(engine.url.render_as_string(hide_password=False))
    statements: list[str] = []
    event.listen(second_engine, "before_cursor_execute",
                 lambda _c, _cur, stmt, *_a: statements.append(" ".join(stmt.split())))
    loser, lost = run(lambda: ss.receive(SqlAlchemyUnitOfWork(second_engine), bench.qc_lead,
                                         slip_no=h.slip_no, station=Station.QC,
                                         scanned=serials, password="not the password",
                                         port=bench.port))
    # It queues on the slip's row while the first bench holds it...
    assert waiting_on_a_lock(engine, "FOR NO KEY UPDATE OF handovers")
    assert not lost
    first.go.set()
    winner.join(30)
    loser.join(30)
    second_engine.dispose()
    # ...and once the first has committed, it reads the slip accepted and leaves: the
    # person is told the slip is closed, whatever they typed as a password.
    assert won and not isinstance(won[0], Exception), won
    (err,) = lost
    assert isinstance(err, OutOfOrder) and err.reason is Reason.HANDOVER_CLOSED, err
    # Who is acting, then the slip: not its key, its RMA or its PDF, and nothing written.
    assert [s.split(" FROM ")[1].split()[0] for s in statements] == ["users", "handovers"], \
        statements
    assert statements[1].endswith("FOR NO KEY UPDATE OF handovers")
    with bench.uow:
        accepted = [e for e in bench.uow.log.for_rma(rma_no)
                    if e.action == "handover_accepted"]
    assert len(accepted) == 4  # three units and the slip, once


def test_an_accept_and_a_supervisors_cancel_of_one_slip_queue_instead_of_deadlocking(
        engine, monkeypatch):
    """An accept holds the slip while it writes the units; a cancel writes the units, the RMA
    and then the slip. Were the cancel to take the slip only when it writes it, each would
    wait for the other (PostgreSQL breaks that after a second with an error on one bench).
    The cancel takes the slip first: it waits for the accept, then finds the slip accepted."""
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(2)
    backdated = SqlAlchemyUnitOfWork(engine)
    with backdated:
        past = backdated.now() - timedelta(hours=6)
    backdated.backdate = past
    h = hand_over(backdated, bench.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    assert wf.escalate_overdue_handovers(SqlAlchemyUnitOfWork(engine),
                                         bench.tech_supervisor) == [h.slip_no]
    (item,) = decisions.decision_queue(SqlAlchemyUnitOfWork(engine),
                                       bench.qc_supervisor).items

    accept = Paused(ss.handover_rules.accept_handover)
    monkeypatch.setattr(ss.handover_rules, "accept_handover", accept)
    accepting, accepted = run(lambda: ss.receive(
        SqlAlchemyUnitOfWork(engine), bench.packer, slip_no=h.slip_no, station=Station.QC,
        scanned=serials, password=PASSWORD, port=bench.port))
    assert accept.reached.wait(30)
    cancelling, cancelled = run(lambda: decisions.decide_signed(
        SqlAlchemyUnitOfWork(engine), bench.qc_supervisor, escalation_id=item.id,
        participants=NFF_PANEL, decision="cancel_handover", reason="包装员请假，重开交接单",
        password=PASSWORD, port=bench.port))
    # The cancel waits on the slip before it has written anything.
    assert waiting_on_a_lock(engine, "FOR NO KEY UPDATE OF handovers")
    accept.go.set()
    accepting.join(30)
    cancelling.join(30)
    assert accepted and not isinstance(accepted[0], Exception), accepted
    (err,) = cancelled
    assert isinstance(err, OutOfOrder), err  # the slip was accepted meanwhile
    assert bench.state(rma_no, serials[0]) == "awaiting_screening"
    with SqlAlchemyUnitOfWork(engine) as uow:
        assert uow.handovers.get(h.slip_no).status.value == "accepted"
