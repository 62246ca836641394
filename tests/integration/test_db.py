"""The shared database on both backends: schema, append-only log, locking, clocks, failures."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from benchapp.db import models as m
from benchapp.db.engine import make_engine, server_now
from benchapp.db.migrate import current_revision, head_revision, upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.errors import AuthError, Conflict, DomainError, OutOfOrder, Reason
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Station
from benchapp.services import slips as ss
from benchapp.services import users
from benchapp.services import workflow as wf
from benchapp.services.unit_of_work import DatabaseUnavailable
from tests.workflow_helpers import PASSWORD, Bench, hand_over


@pytest.fixture
def bench(uow_factory):
    return Bench(uow_factory())


def test_migrates_from_empty_to_head_and_is_idempotent(engine):
    assert current_revision(engine) == head_revision(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"rmas", "units", "handovers", "handover_units", "tracking_log", "users",
            "repair_records", "repair_parts", "screenings", "escalations"} <= tables
    assert upgrade(engine) == (head_revision(engine), head_revision(engine))


def test_tracking_log_is_append_only_at_database_level(engine, bench):
    rma_no, _ = bench.receive(1)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM tracking_log")).scalar()
        assert count > 0
    for sql in ("UPDATE tracking_log SET actor_name = 'mallory'",
                "DELETE FROM tracking_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(sql))
    if engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text("TRUNCATE tracking_log"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM tracking_log")).scalar() == count
        names = {r[0] for r in conn.execute(text(
            "SELECT DISTINCT actor_name FROM tracking_log"))}
    assert "mallory" not in names
    # Appending still works.
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO tracking_log (rma_no, action, actor_name, detail) "
                          "VALUES ('-', 'note', 'admin', '{}')"))


def test_timestamps_come_from_the_database_server_clock(engine, bench):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO tracking_log (rma_no, action, actor_name, detail) "
                          "VALUES ('-', 'probe', 'x', '{}')"))
        at = conn.execute(text("SELECT at FROM tracking_log WHERE action = 'probe'")).scalar()
        now = server_now(conn)
    # Filled in by the server's default, not by the client: the row was written without it.
    assert at is not None
    stamped = at if isinstance(at, datetime) else datetime.fromisoformat(at)
    stamped = stamped.replace(tzinfo=UTC) if stamped.tzinfo is None else stamped
    assert abs(now - stamped) < timedelta(seconds=5)
    rma_no, serials = bench.receive(1)
    h = hand_over(bench.uow, bench.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    assert h.giver_signed_at.tzinfo is not None
    assert abs(h.giver_signed_at - now) < timedelta(seconds=30)


def test_full_flow_round_trips_through_the_database(bench, engine):
    rma_no, serials = bench.receive(2, delivery_no="DN-2611-001", delivered_qty=400)
    bench.full_repair(rma_no, serials, cause="material")
    rma = bench.rma(rma_no)
    assert rma.status.value == "closed" and rma.complaint_notice_raised
    assert rma.counts()["shipped"] == 2
    with engine.connect() as conn:
        parts = conn.execute(text("SELECT ref_des, part_no, qty, lot, date_code FROM "
                                  "repair_parts")).all()
        notices = conn.execute(text("SELECT notice_no, non_customer_units, shipped_qty, "
                                    "delivery_no, delivered_qty FROM complaint_notices")).all()
        log = conn.execute(text("SELECT count(*) FROM tracking_log WHERE rma_no = :r"),
                           {"r": rma_no}).scalar()
    assert parts == [("U12", "STM32F103C8T6", 1, "L2406", "2424")] * 2
    assert notices == [("CCN-000001", 2, 2, "DN-2611-001", 400)]
    with bench.uow:
        entries = bench.uow.log.for_rma(rma_no)
    assert len(entries) == log
    assert [e.at for e in entries] == sorted(e.at for e in entries)


def test_every_mutable_table_has_a_version_column(engine):
    insp = inspect(engine)
    for table in ("users", "rmas", "units", "handovers", "anomaly_forms", "escalations",
                  "complaint_notices", "shop_settings"):
        assert "version" in {c["name"] for c in insp.get_columns(table)}, table


def test_stale_write_raises_a_clear_conflict(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    seen_version = bench.rma(rma_no).version  # the repair form is filled from this read
    wf.confirm_due_date(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serials[0],
                        can_meet=True)  # another bench writes in between
    with pytest.raises(Conflict) as err:
        wf.record_repair(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serials[0],
                         symptom="s", root_cause="r", cause_category="production",
                         responsible_process="p", responsible_department="d", actions="a",
                         repair_minutes=5, expected_version=seen_version)
    assert err.value.reason is Reason.CONFLICT
    assert "another bench by repairengineer" in err.value.message
    assert bench.state(rma_no, serials[0]) == "in_repair"


def test_two_stations_accepting_one_handover_exactly_one_succeeds(bench, uow_factory,
                                                                   monkeypatch):
    rma_no, serials = bench.receive(3)
    h = hand_over(bench.uow, bench.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    # Hold both transactions after they have read the slip, so they truly collide. On SQLite
    # the second cannot even begin (BEGIN IMMEDIATE waits), so the barrier just times out.
    barrier = threading.Barrier(2)
    real_accept = ss.handover_rules.accept_handover

    def held_accept(*args, **kw):
        try:
            barrier.wait(timeout=1.5)
        except threading.BrokenBarrierError:
            pass
        return real_accept(*args, **kw)

    monkeypatch.setattr(ss.handover_rules, "accept_handover", held_accept)
    results: list[object] = []

    def station(actor):
        try:
            ss.receive(uow_factory(), actor, slip_no=h.slip_no, station=Station.QC,
                       scanned=serials, password=PASSWORD, port=bench.port)
            results.append("ok")
        except (Conflict, OutOfOrder) as err:
            results.append(err)

    threads = [threading.Thread(target=station, args=(a,)) for a in (bench.packer,
                                                                      bench.qc_lead)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results.count("ok") == 1, results
    assert len(results) == 2
    rma = bench.rma(rma_no)
    assert {u.custody.value for u in rma.units} == {"qc"}
    with bench.uow:
        accepted = [e for e in bench.uow.log.for_rma(rma_no) if e.action == "handover_accepted"]
    assert len(accepted) == 4  # three units and the slip, once


def test_concurrent_first_start_migrates_once(db_url):
    """Three benches start at once on an empty database: one migrates, the others wait."""
    procs = [subprocess.Popen([sys.executable, "-m", "benchapp", "db", "upgrade", "--db", db_url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    said = sorted(out.strip().split(": ", 1)[1] for out, _ in outputs)
    assert said[-1].startswith("upgraded from empty")
    assert said.count(said[-1]) == 1  # exactly one bench ran the migration
    engine = make_engine(db_url)
    assert current_revision(engine) == head_revision(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM counters")).scalar() == 5
    engine.dispose()


def test_user_ids_are_never_reused(uow_factory, engine):
    admin = users.add_user(uow_factory(), None, username="admin", display_name="管理员",
                           roles=["admin"], password=PASSWORD).actor()
    a = users.add_user(uow_factory(), admin, username="temp", display_name="临时",
                       roles=["tester"], password=PASSWORD)
    users.disable_user(uow_factory(), admin, "temp")
    with pytest.raises(AuthError) as err:
        users.login(uow_factory(), "temp", PASSWORD)
    assert err.value.reason is Reason.ACCOUNT_DISABLED
    # Even a row removed by hand does not give its id away again (a user who never signed
    # in: the refused attempt above is in the log, which refers to its author).
    gone = users.add_user(uow_factory(), admin, username="gone", display_name="离职",
                          roles=["tester"], password=PASSWORD)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM users WHERE id = :i"), {"i": gone.id})
    b = users.add_user(uow_factory(), admin, username="temp2", display_name="临时2",
                       roles=["tester"], password=PASSWORD)
    assert b.id > gone.id > a.id


def test_passwords_are_argon2id_and_five_failures_lock(uow_factory, engine):
    admin = users.add_user(uow_factory(), None, username="admin", display_name="管理员",
                           roles=["admin"], password=PASSWORD).actor()
    users.add_user(uow_factory(), admin, username="li", display_name="李工",
                   roles=["repair_engineer"], password=PASSWORD, badge="BADGE-0042", pin="4321")
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash, pin_hash FROM users "
                                   "WHERE username='li'")).one()
    assert stored[0].startswith("$argon2id$") and stored[1].startswith("$argon2id$")
    assert PASSWORD not in stored[0]
    assert users.login(uow_factory(), "li", PASSWORD).username == "li"
    assert users.login_badge(uow_factory(), "badge-0042", "4321").username == "li"
    for attempt in range(1, 5):
        with pytest.raises(AuthError) as err:
            users.login(uow_factory(), "li", "wrong-password")
        assert err.value.reason is Reason.LOGIN_FAILED, attempt
    with pytest.raises(AuthError) as err:
        users.login(uow_factory(), "li", "wrong-password")
    assert err.value.reason is Reason.ACCOUNT_LOCKED
    with pytest.raises(AuthError) as err:  # the right password no longer helps
        users.login(uow_factory(), "li", PASSWORD)
    assert err.value.reason is Reason.ACCOUNT_LOCKED
    with pytest.raises(DomainError):  # a tester cannot unlock
        tester = users.add_user(uow_factory(), admin, username="t", display_name="t",
                                roles=["tester"], password=PASSWORD).actor()
        users.unlock_user(uow_factory(), tester, "li")
    sup = users.add_user(uow_factory(), admin, username="sup", display_name="生产主管",
                         roles=["production_supervisor"], password=PASSWORD).actor()
    users.unlock_user(uow_factory(), sup, "li")
    assert users.login(uow_factory(), "li", PASSWORD).username == "li"
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM tracking_log WHERE actor_name IN ('li', 'sup') ORDER BY id"))]
    assert actions.count("login_failed") == 5
    assert "account_locked" in actions and "user_unlocked" in actions
    with pytest.raises(AuthError) as err:  # unknown user: same message as a wrong password
        users.login(uow_factory(), "nobody", PASSWORD)
    assert err.value.reason is Reason.LOGIN_FAILED


def test_document_numbers_are_unique_under_concurrency(uow_factory):
    numbers: list[int] = []
    lock = threading.Lock()

    def take():
        for _ in range(10):
            uow = uow_factory()
            with uow:
                n = uow.next_number("slip")
                uow.commit()
            with lock:
                numbers.append(n)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(numbers) == list(range(1, 41))


@pytest.mark.postgres
def test_a_slip_number_does_not_wait_for_another_benchs_open_handover(pg_url):
    """A bench signing a slip holds its transaction open; the next bench's number must not
    wait for it (the counter's row lock is released at once). A number the first bench then
    gives up stays unused: numbers may skip, never repeat."""
    engine = make_engine(pg_url)
    upgrade(engine)
    signing = SqlAlchemyUnitOfWork(engine)
    with signing:
        first = signing.next_number("slip")
        other = SqlAlchemyUnitOfWork(engine)
        with other:
            # Without the fix this blocks on the row lock until lock_timeout ends it.
            other.session.execute(text("SET LOCAL lock_timeout = '2s'"))
            second = other.next_number("slip")
            other.commit()
        assert second == first + 1
        # `signing` leaves without a commit: its number is skipped, not handed out again.
    third = SqlAlchemyUnitOfWork(engine)
    with third:
        assert third.next_number("slip") == first + 2
        assert third.next_number("rma") == 1  # other documents keep gap-free counters
    engine.dispose()


def test_sqlite_is_configured_for_a_single_bench(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_sqlite_commits_survive_a_power_cut(sqlite_url):
    # synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. In WAL mode NORMAL can lose the last
    # commits at a power loss (a handover whose slip is printed); FULL syncs every commit.
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    engine.dispose()


def test_locked_sqlite_gives_a_clear_error_and_writes_nothing(sqlite_url, monkeypatch):
    import benchapp.db.engine as engine_mod

    monkeypatch.setattr(engine_mod, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    engine = make_engine(sqlite_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(1)
    blocker = make_engine(sqlite_url).connect()
    blocker.begin()  # BEGIN IMMEDIATE: another program holds the write lock
    try:
        with pytest.raises(DatabaseUnavailable, match="unreachable or busy; nothing was saved"):
            bench.to_qc(rma_no, serials)
    finally:
        blocker.rollback()
        blocker.close()
    assert bench.state(rma_no, serials[0]) == "received"
    with bench.uow:
        assert bench.uow.handovers.list(rma_no=rma_no) == []
    engine.dispose()


@pytest.mark.postgres
def test_postgres_going_away_mid_operation_leaves_nothing_half_written(pg_server, pg_url,
                                                                      monkeypatch):
    engine = make_engine(pg_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(2)
    h = hand_over(bench.uow, bench.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    real_write = SqlAlchemyUnitOfWork._write

    def write_then_lose_server(self, session):
        real_write(self, session)  # everything flushed, not yet committed
        pg_server.stop("immediate")

    monkeypatch.setattr(SqlAlchemyUnitOfWork, "_write", write_then_lose_server)
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            ss.receive(bench.uow, bench.packer, slip_no=h.slip_no, station=Station.QC,
                       scanned=serials, password=PASSWORD, port=bench.port)
        assert "nothing was saved" in str(err.value)
    finally:
        monkeypatch.setattr(SqlAlchemyUnitOfWork, "_write", real_write)
        pg_server.start()
    # Retry works once the server is back, and the failed attempt left no trace.
    with bench.uow:
        assert bench.uow.handovers.get(h.slip_no).status.value == "open"
        assert {u.state.value for u in bench.uow.rmas.get(rma_no).units} == {"received"}
        assert not [e for e in bench.uow.log.for_rma(rma_no) if e.action == "handover_accepted"]
    ss.receive(bench.uow, bench.packer, slip_no=h.slip_no, station=Station.QC,
               scanned=serials, password=PASSWORD, port=bench.port)
    assert bench.state(rma_no, serials[0]) == "awaiting_screening"
    engine.dispose()


def test_unreachable_postgres_is_a_clear_error():
    engine = make_engine("postgresql+psycopg://bench@127.0.0.1:9/none")
    with pytest.raises(DatabaseUnavailable, match="unreachable"):
        users.list_users(SqlAlchemyUnitOfWork(engine))


def test_model_metadata_matches_the_migrations(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
    assert diff == []


def test_repeat_return_brings_the_earlier_history(bench):
    rma1, _ = bench.receive(1, serials=["SN-77"])
    bench.full_repair(rma1, ["SN-77"], cause="material")
    r = wf.receive_rma(bench.uow, bench.business_clerk, NewRma(
        customer="C", model="M", declared_qty=1, counted_qty=1, complaint="又坏了",
        serials=["SN-77"]))
    flag = r.repeats["SN-77"]
    assert flag.summary() == "2nd return in 90 days"
    (earlier,) = flag.earlier
    assert earlier.rma_no == rma1
    assert earlier.causes == ("material: U12 虚焊",)
    assert earlier.parts == ("U12 STM32F103C8T6",)
    with bench.uow:
        log = bench.uow.log.for_rma(r.rma_no)
    (unit_line,) = [e for e in log if e.action == "unit_received"]
    assert unit_line.detail["repeat_return"] == "2nd return in 90 days"
    assert unit_line.detail["earlier_rmas"] == [rma1]


def test_backdated_history_carries_its_time_everywhere(engine):
    """Demo and imports of past records write history with its own time, nothing 'now'.

    The tracking log keeps that time as ``occurred_at``: its ``at`` is when the entry was
    written, from the database's clock whatever the bench sends (issue 12)."""
    past = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    uow = SqlAlchemyUnitOfWork(engine)
    uow.backdate = past
    bench = Bench(uow)
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "FAIL", "FAIL")
    form_no = bench.rma(rma_no).anomaly_forms[0].form_no
    wf.sign_anomaly_form(uow, bench.oqc_inspector, rma_no=rma_no, form_no=form_no,
                         password=PASSWORD, port=bench.port)
    with engine.connect() as conn:
        times = [
            *conn.execute(text("SELECT created_at FROM users")).scalars(),
            *conn.execute(text("SELECT received_at FROM rmas")).scalars(),
            *conn.execute(text("SELECT occurred_at FROM tracking_log")).scalars(),
            *conn.execute(text("SELECT created_at FROM anomaly_forms")).scalars(),
            *conn.execute(text("SELECT signed_at FROM anomaly_forms")).scalars(),
            *conn.execute(text("SELECT giver_signed_at FROM handovers")).scalars(),
        ]
    def as_dt(v):
        v = v if isinstance(v, datetime) else datetime.fromisoformat(v)
        return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)
    assert times and {as_dt(t) for t in times} == {past}
    with engine.connect() as conn:
        stamped = [as_dt(t) for t in conn.execute(text("SELECT at FROM tracking_log")).scalars()]
    assert stamped and all(abs(t - datetime.now(UTC)) < timedelta(minutes=5) for t in stamped)


def test_customer_and_model_suggestions_come_newest_first_without_repeats(uow_factory):
    from benchapp.domain.rma import NewRma
    from benchapp.services import queries, workflow
    from tests.workflow_helpers import Bench

    bench = Bench(uow_factory())
    for customer, model in (("甲公司", "M1"), ("乙公司", "M2"), ("甲公司", "M3"), ("丙公司", "M2")):
        workflow.receive_rma(uow_factory(), bench.business_clerk, NewRma(
            customer=customer, model=model, declared_qty=1, counted_qty=1, complaint="x"))
    work = queries.station_work(uow_factory(), station="receiving", suggestions=True)
    assert (work.customers, work.models) == (["丙公司", "甲公司", "乙公司"], ["M2", "M3", "M1"])


@pytest.mark.postgres
def test_a_user_changed_at_another_bench_meanwhile_is_a_conflict_not_a_lost_update(pg_url):
    """Users are read as plain rows (who acts, at every use case); the row to write is loaded
    only when the user changes, and it must still be the version read."""
    engine = make_engine(pg_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine), signing=False)
    uid = bench.packer.user_id
    mine = SqlAlchemyUnitOfWork(engine)
    with mine:
        user = mine.users.get(uid)
        other = SqlAlchemyUnitOfWork(engine)
        with other:
            other.users.get(uid).display_name = "包装员（另一台）"
            other.commit()
        user.display_name = "包装员（这一台）"
        with pytest.raises(Conflict):
            mine.commit()
    with SqlAlchemyUnitOfWork(engine) as uow:
        assert uow.users.get(uid).display_name == "包装员（另一台）"
    # A change on the version read is kept.
    with SqlAlchemyUnitOfWork(engine) as uow:
        uow.users.get(uid).display_name = "包装员"
        uow.commit()
    with SqlAlchemyUnitOfWork(engine) as uow:
        assert uow.users.get(uid).display_name == "包装员"
    engine.dispose()
