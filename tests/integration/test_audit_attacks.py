"""Issue 12 items 1-2, performed by the attackers the issue names.

PostgreSQL: a bench's own database login (the bench role after `db grant`) tries to rewrite
history; every attempt is refused, a back-dated entry gets the server's time. SQLite: whoever
copies the file edits the log with raw sqlite3; `audit verify` names the entry.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from benchapp.cli import main
from benchapp.db.engine import as_utc, make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain import audit_chain
from benchapp.domain.roles import Station
from benchapp.services import slips as ss
from benchapp.services import users
from benchapp.services.audit import current_log_head, verify_audit_trail
from benchapp.slips.port import PdfSlips
from tests.workflow_helpers import PASSWORD, Bench

_names = itertools.count(1)


def _signed_handover(uow_factory, port) -> tuple[Bench, str]:
    """A shop that has signed and countersigned one slip through the services."""
    bench = Bench(uow_factory())  # it installs the shop CA and everyone's certificate
    rma_no, serials = bench.receive(2)
    h = ss.hand_over(uow_factory(), bench.business_clerk, rma_no=rma_no,
                     from_station=Station.RECEIVING, to_station=Station.QC, serials=serials,
                     declared_count=2, password=PASSWORD, port=port)
    got = ss.receive(uow_factory(), bench.packer, slip_no=h.slip_no, station=Station.QC,
                     scanned=serials, password=PASSWORD, port=port)
    assert got.check.ok
    return bench, h.slip_no


# -- PostgreSQL: the bench's own login -------------------------------------------------------


@pytest.fixture
def roles(pg_server):
    """A database owned by an owner role, migrated by it, and a bench role granted by
    `benchapp db grant`, as docs/postgresql.md sets them up."""
    n = f"{os.getpid()}_{next(_names)}"
    owner, bench, db = f"owner_{n}", f"bench_{n}", f"audit_{n}"
    pg_server.admin(f"CREATE ROLE {owner} LOGIN")
    pg_server.admin(f"CREATE ROLE {bench} LOGIN")
    pg_server.admin(f"CREATE DATABASE {db} OWNER {owner}")
    owner_url = f"postgresql+psycopg://{owner}@127.0.0.1:{pg_server.port}/{db}"
    bench_url = f"postgresql+psycopg://{bench}@127.0.0.1:{pg_server.port}/{db}"
    assert main(["--db", owner_url, "db", "upgrade"]) == 0
    assert main(["--db", owner_url, "db", "grant", bench]) == 0
    # Idempotent: a second run (as after the next migration) changes nothing.
    assert main(["--db", owner_url, "db", "grant", bench]) == 0
    engine = make_engine(bench_url)
    yield {"owner_url": owner_url, "bench_url": bench_url, "bench": bench, "owner": owner,
           "engine": engine, "port": pg_server.port, "db": db}
    engine.dispose()
    pg_server.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE datname = '{db}'")
    pg_server.admin(f"DROP DATABASE IF EXISTS {db}")
    pg_server.admin(f"DROP ROLE IF EXISTS {bench}")
    pg_server.admin(f"DROP ROLE IF EXISTS {owner}")


@pytest.fixture(scope="module")
def port():
    return PdfSlips()


def _as_bench(roles):
    return psycopg.connect(host="127.0.0.1", port=roles["port"], user=roles["bench"],
                           dbname=roles["db"], autocommit=True)


ATTACKS = (
    "UPDATE tracking_log SET actor_name = 'mallory'",
    "DELETE FROM tracking_log",
    "TRUNCATE tracking_log",
    "UPDATE slips SET content_sha256 = repeat('0', 64)",
    "UPDATE slips SET previous_sha256 = repeat('0', 64)",
    "DELETE FROM slips",
    "TRUNCATE slips",
    "DELETE FROM handovers",
    "UPDATE handovers SET content_hash = repeat('0', 64)",
    "DELETE FROM handover_units",
    "UPDATE user_credentials SET cert_pem = 'x'",
    "DELETE FROM user_credentials",
    "UPDATE shop_ca SET cert_pem = 'x'",
    "DELETE FROM screenings",
    "UPDATE log_head SET head_hash = NULL",
    "ALTER TABLE tracking_log DISABLE TRIGGER USER",
    "ALTER TABLE tracking_log DISABLE TRIGGER tracking_log_no_change",
    "DROP TRIGGER tracking_log_no_change ON tracking_log",
    "DROP TRIGGER tracking_log_chain ON tracking_log",
    ("CREATE OR REPLACE FUNCTION tracking_log_append_only() RETURNS trigger "
     "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
    ("CREATE OR REPLACE FUNCTION tracking_log_chain() RETURNS trigger "
     "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
    "DROP TABLE tracking_log",
    "ALTER TABLE tracking_log DROP COLUMN entry_hash",
    ("CREATE TRIGGER evil BEFORE INSERT ON tracking_log FOR EACH ROW "
     "EXECUTE FUNCTION tracking_log_append_only()"),
    "SELECT setval(pg_get_serial_sequence('tracking_log', 'id'), 1)",
    "CREATE TABLE public.log_head (id int, last_id int, head_hash text)",
)


@pytest.mark.postgres
def test_the_bench_role_cannot_rewrite_history(roles, port):
    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])  # noqa: E731
    # The app's normal flow works as the bench role: users, sign-in, a signed handover.
    bench, _slip_no = _signed_handover(uow, port)
    assert users.login(uow(), bench.admin.username, PASSWORD).username == bench.admin.username
    with roles["engine"].connect() as conn:
        before = conn.execute(text("SELECT count(*), max(id) FROM tracking_log")).one()
        slips_before = conn.execute(text("SELECT count(*) FROM slips")).scalar()
    assert before[0] > 5 and slips_before == 1

    with _as_bench(roles) as conn:
        for sql in ATTACKS:
            with pytest.raises(psycopg.Error) as err:
                conn.execute(sql)
            assert isinstance(err.value, psycopg.errors.InsufficientPrivilege | psycopg.errors.
                              RaiseException | psycopg.errors.WrongObjectType), (sql, err.value)
    with roles["engine"].connect() as conn:
        assert conn.execute(text("SELECT count(*), max(id) FROM tracking_log")).one() == before
        assert conn.execute(text("SELECT count(*) FROM slips")).scalar() == 1
    assert verify_audit_trail(uow()).ok


@pytest.mark.postgres
def test_a_back_dated_entry_gets_the_server_time_and_role(roles):
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    with _as_bench(roles) as conn:
        conn.execute(
            "INSERT INTO tracking_log (id, at, rma_no, action, actor_name, detail, db_role, "
            "prev_hash, entry_hash) VALUES (999999, %s, 'RMA-X', 'forged', 'mallory', '{}', "
            "'postgres', repeat('a', 64), repeat('b', 64))", (long_ago,))
        row = conn.execute("SELECT id, at, db_role, prev_hash, entry_hash, now() "
                           "FROM tracking_log WHERE action = 'forged'").fetchone()
    entry_id, at, db_role, prev_hash, entry_hash, now = row
    assert entry_id != 999999
    assert abs(at - now) < timedelta(minutes=1)
    assert db_role == roles["bench"]
    assert prev_hash != "a" * 64 and entry_hash != "b" * 64
    # The entry is in the chain: the bench role's own entries are attributable, not hidden.
    result = verify_audit_trail(SqlAlchemyUnitOfWork(roles["engine"]))
    assert result.ok and result.head_hash == entry_hash


@pytest.mark.postgres
def test_the_owner_who_edits_the_log_is_found(roles):
    """Even the owner, who can switch the triggers off, leaves a broken chain."""
    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])  # noqa: E731
    Bench(uow()).receive(2)
    owner = make_engine(roles["owner_url"])
    try:
        with owner.begin() as conn:
            victim = conn.execute(text("SELECT id FROM tracking_log ORDER BY id "
                                       "OFFSET 3 LIMIT 1")).scalar_one()
            conn.execute(text("ALTER TABLE tracking_log DISABLE TRIGGER USER"))
            conn.execute(text("UPDATE tracking_log SET actor_name = 'mallory' WHERE id = :i"),
                         {"i": victim})
            conn.execute(text("ALTER TABLE tracking_log ENABLE TRIGGER USER"))
    finally:
        owner.dispose()
    result = verify_audit_trail(uow())
    assert not result.ok and result.broken.entry_id == victim
    assert "changed" in result.broken.reason


@pytest.mark.postgres
def test_two_benches_inserting_at_once_do_not_fork_the_chain(roles):
    import threading

    barrier = threading.Barrier(6)

    def write(k: int) -> None:
        with _as_bench(roles) as conn:
            barrier.wait()
            for i in range(20):
                conn.execute("INSERT INTO tracking_log (rma_no, action, actor_name, detail) "
                             "VALUES (%s, 'race', 'b', '{}')", (f"R{k}-{i}",))

    before = verify_audit_trail(SqlAlchemyUnitOfWork(roles["engine"])).entries  # db upgrade's
    threads = [threading.Thread(target=write, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = verify_audit_trail(SqlAlchemyUnitOfWork(roles["engine"]))
    assert result.ok and result.entries == before + 120


def test_plpgsql_and_python_hash_the_same(pg_url):
    """The trigger's encoding and audit_chain's agree on awkward content."""
    engine = make_engine(pg_url)
    upgrade(engine)
    try:
        with engine.begin() as conn:
            for name, detail in (("张伟", '{"note": "全角\\u3000空格", "n": 1}'),
                                 ("a|b:3", "null"), ("", "{}")):
                conn.execute(text(
                    "INSERT INTO tracking_log (rma_no, serial, action, actor_id, actor_name, "
                    "from_state, to_state, detail, occurred_at) VALUES ('RMA-1', NULL, 'x', "
                    "NULL, :n, '旧', NULL, CAST(:d AS json), :o)"),
                    {"n": name, "d": detail, "o": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)})
        result = verify_audit_trail(SqlAlchemyUnitOfWork(engine))
        assert result.ok and result.entries == 3
    finally:
        engine.dispose()


# -- SQLite: whoever copies the file --------------------------------------------------------


@pytest.fixture
def sqlite_shop(sqlite_url, tmp_path):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    bench.receive(3)
    bench.receive(2)
    engine.dispose()  # the WAL is checkpointed: the file holds everything
    return sqlite_url, str(tmp_path / "bench.db")


def _verify_cli(url, capsys) -> tuple[int, str]:
    code = main(["--db", url, "audit", "verify"])
    return code, capsys.readouterr().out


def _raw(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_an_intact_sqlite_log_verifies(sqlite_shop, capsys):
    url, _ = sqlite_shop
    code, out = _verify_cli(url, capsys)
    assert code == 0 and out.startswith("tracking log intact:"), out


def test_a_changed_entry_is_found(sqlite_shop, capsys):
    url, path = sqlite_shop
    with _raw(path) as db:
        db.execute("DROP TRIGGER tracking_log_no_update")
        victim = db.execute("SELECT id FROM tracking_log ORDER BY id LIMIT 1 OFFSET 4"
                            ).fetchone()[0]
        db.execute("UPDATE tracking_log SET detail = '{\"note\": \"forged\"}' WHERE id = ?",
                   (victim,))
    code, out = _verify_cli(url, capsys)
    assert code == 1 and f"BROKEN at entry {victim}:" in out and "changed" in out, out


def test_a_deleted_entry_is_found(sqlite_shop, capsys):
    url, path = sqlite_shop
    with _raw(path) as db:
        db.execute("DROP TRIGGER tracking_log_no_delete")
        victim, after = [r[0] for r in db.execute(
            "SELECT id FROM tracking_log ORDER BY id LIMIT 2 OFFSET 4")]
        db.execute("DELETE FROM tracking_log WHERE id = ?", (victim,))
    code, out = _verify_cli(url, capsys)
    assert code == 1 and f"BROKEN at entry {after}:" in out and "deleted" in out, out


def test_an_inserted_entry_is_found(sqlite_shop, capsys):
    """The copier adds a line with a hash computed the way benchapp does, linked to an
    earlier entry as its predecessor: it cannot fit the chain where its id puts it."""
    url, path = sqlite_shop
    with _raw(path) as db:
        db.execute("DROP TRIGGER tracking_log_chain")
        a, a_hash = db.execute(
            "SELECT id, entry_hash FROM tracking_log ORDER BY id LIMIT 1 OFFSET 2").fetchone()
        db.execute("DROP TRIGGER tracking_log_no_update")
        row = {"id": a * 1000, "at": "2026-01-01 00:00:00.000000", "occurred_at": None,
               "rma_no": "RMA-000001", "serial": None, "action": "unit_scrapped",
               "actor_id": 1, "actor_name": "admin", "from_state": None, "to_state": None,
               "detail": "{}", "db_role": None}
        digest = audit_chain.entry_hash(a_hash, row)
        db.execute("INSERT INTO tracking_log (id, at, rma_no, action, actor_id, actor_name, "
                   "detail, prev_hash, entry_hash) VALUES (:id, :at, :rma_no, :action, "
                   ":actor_id, :actor_name, :detail, :p, :h)", {**row, "p": a_hash, "h": digest})
    code, out = _verify_cli(url, capsys)
    # Ordered by id, the insert sits after the last entry and claims a's hash as predecessor.
    assert code == 1 and f"BROKEN at entry {a * 1000}:" in out, out


def test_an_entry_cut_off_the_end_is_found(sqlite_shop, capsys):
    url, path = sqlite_shop
    with _raw(path) as db:
        db.execute("DROP TRIGGER tracking_log_no_delete")
        last = db.execute("SELECT max(id) FROM tracking_log").fetchone()[0]
        db.execute("DELETE FROM tracking_log WHERE id = ?", (last,))
    code, out = _verify_cli(url, capsys)
    assert code == 1 and f"BROKEN at entry {last}:" in out and "removed" in out, out


def test_a_back_dated_sqlite_entry_gets_the_clock_time(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO tracking_log (at, rma_no, action, actor_name, detail) "
                              "VALUES ('2020-01-01 00:00:00.000000', 'R', 'forged', 'm', '{}')"))
            at = conn.execute(text("SELECT at FROM tracking_log")).scalar_one()
        assert abs(as_utc(datetime.fromisoformat(at)) - datetime.now(UTC)) < timedelta(minutes=1)
        uow = SqlAlchemyUnitOfWork(engine)
        assert verify_audit_trail(uow).ok
        assert current_log_head(uow) is not None
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_bench_on_an_old_schema_is_told_to_ask_the_owner(pg_server, capsys):
    from alembic import command

    from benchapp.db.migrate import alembic_config

    n = f"{os.getpid()}_{next(_names)}"
    owner, bench, db = f"owner_{n}", f"bench_{n}", f"old_{n}"
    pg_server.admin(f"CREATE ROLE {owner} LOGIN")
    pg_server.admin(f"CREATE ROLE {bench} LOGIN")
    pg_server.admin(f"CREATE DATABASE {db} OWNER {owner}")
    url = f"postgresql+psycopg://{{}}@127.0.0.1:{pg_server.port}/{db}"
    engine = make_engine(url.format(owner))
    try:
        command.upgrade(alembic_config(engine), "0005")
        assert main(["--db", url.format(owner), "db", "grant", bench]) == 0
        capsys.readouterr()
        assert main(["--db", url.format(bench), "db", "upgrade"]) == 1
        err = capsys.readouterr().err
        assert "run `benchapp db upgrade`" in err and "owner role" in err, err
        assert "Traceback" not in err
    finally:
        engine.dispose()
        pg_server.admin(f"DROP DATABASE IF EXISTS {db}")
        pg_server.admin(f"DROP ROLE IF EXISTS {bench}")
        pg_server.admin(f"DROP ROLE IF EXISTS {owner}")


def test_db_grant_refuses_sqlite_and_an_owner_as_bench_role(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "db", "upgrade"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "db", "grant", "bench"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err


@pytest.mark.postgres
def test_db_grant_refuses_to_make_the_owner_a_bench_role(roles, pg_server, capsys):
    assert main(["--db", roles["owner_url"], "db", "grant", roles["owner"]]) == 1
    assert "must not be the owner" in capsys.readouterr().err
    assert main(["--db", roles["owner_url"], "db", "grant", "nobody_here"]) == 1
    assert "no database role 'nobody_here'" in capsys.readouterr().err
    pg_server.admin(f"GRANT {roles['owner']} TO {roles['bench']}")
    assert main(["--db", roles["owner_url"], "db", "grant", roles["bench"]]) == 1
    assert f"a member of {roles['owner']}" in capsys.readouterr().err


def test_migration_chains_the_existing_log_and_new_entries_follow(db_url):
    """0006 on a database with history: old entries are chained in id order (Python), new
    ones continue the chain (the trigger), one verifier for both."""
    from alembic import command

    from benchapp.db.migrate import alembic_config

    engine = make_engine(db_url)
    try:
        command.upgrade(alembic_config(engine), "0005")
        with engine.begin() as conn:
            for i in range(3):
                conn.execute(text(
                    "INSERT INTO tracking_log (rma_no, action, actor_name, detail) "
                    "VALUES (:r, 'unit_received', '张伟', '{\"n\": 1}')"), {"r": f"RMA-{i}"})
        upgrade(engine)
        Bench(SqlAlchemyUnitOfWork(engine)).receive(1)
        result = verify_audit_trail(SqlAlchemyUnitOfWork(engine))
        assert result.ok and result.entries > 3, result.summary()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_whole_procedure_runs_as_the_bench_role(roles):
    """The grants cover what the benches do: a repair from receipt to shipping, a setting
    changed, an account disabled and unlocked, the weekly report's summaries rebuilt."""
    from benchapp.services import deliveries, reports
    from benchapp.services.supervision import change_setting

    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])  # noqa: E731
    bench = Bench(uow())
    rma_no, serials = bench.receive(2)
    bench.full_repair(rma_no, serials)
    assert bench.rma(rma_no).status.value == "closed"
    # A delivery named without its quantity, filled in by a later return, then corrected
    # (the step-8 rule locks the delivery and raises or joins its notice).
    later, more = bench.receive(1, delivery_no="DN-B1")
    bench.receive(1, delivery_no="DN-B1", delivered_qty=100)
    bench.full_repair(later, more)
    deliveries.correct_delivery(uow(), bench.business_clerk, customer=bench.rma(later).customer,
                                delivery_no="DN-B1", delivered_qty=120, reason="送货单 120")
    change_setting(uow(), bench.admin, "max_rework_loops", "4", reason="rev C")
    users.unlock_user(uow(), bench.admin, bench.packer.username)
    users.disable_user(uow(), bench.admin, bench.packer.username, reason="left")
    reports.refresh_summary(uow())
    assert reports.weekly_report(uow()) is not None
    with roles["engine"].connect() as conn:
        # The owner's lines are `db upgrade`'s own (seeding the calendar); the work is the bench's.
        roles_seen = set(conn.execute(text(
            "SELECT DISTINCT db_role FROM tracking_log WHERE action <> 'calendar_seeded'"
        )).scalars())
    assert roles_seen == {roles["bench"]}
    assert verify_audit_trail(uow()).ok


@pytest.mark.postgres
def test_db_grant_takes_back_rights_given_by_hand(roles):
    """A re-run leaves exactly the list: an extra right granted by hand does not survive."""
    owner = make_engine(roles["owner_url"])
    try:
        with owner.begin() as conn:
            conn.execute(text(f"GRANT UPDATE (content_sha256), DELETE ON slips TO {roles['bench']}"))
            conn.execute(text(f"GRANT UPDATE ON tracking_log TO {roles['bench']}"))
        assert main(["--db", roles["owner_url"], "db", "grant", roles["bench"]]) == 0
        with owner.connect() as conn:
            held = conn.execute(text(
                "SELECT has_column_privilege(:r, 'slips', 'content_sha256', 'UPDATE'), "
                "has_table_privilege(:r, 'slips', 'DELETE'), "
                "has_table_privilege(:r, 'tracking_log', 'UPDATE'), "
                "has_column_privilege(:r, 'slips', 'pdf', 'UPDATE')"), {"r": roles["bench"]}).one()
        assert tuple(held) == (False, False, False, True)
    finally:
        owner.dispose()


def test_a_fully_rehashed_rewrite_is_found_by_an_earlier_head(sqlite_shop, capsys):
    """The copier changes an entry and re-hashes every entry after it, and the head: the
    chain alone holds, but the head an auditor noted at the last `audit verify` is gone."""
    url, path = sqlite_shop
    code, out = _verify_cli(url, capsys)
    noted = out.split(" head ")[1].split()[0]
    assert code == 0 and len(noted) == 64
    _rewrite_and_rehash(path, 2)
    code, out = _verify_cli(url, capsys)
    assert code == 0, out  # a perfect forgery as far as the chain can tell
    code = main(["--db", url, "audit", "verify", "--head", noted])
    out = capsys.readouterr().out
    assert code == 1 and "earlier head" in out and "rewritten" in out, out
    assert main(["--db", url, "audit", "verify", "--head", "xyz"]) == 1
    assert "not a SHA-256" in capsys.readouterr().err


def _rewrite_and_rehash(path: str, entry_id: int) -> None:
    """The copier's perfect forgery: entry ``entry_id`` changed, every hash from it to the
    end recomputed the way benchapp does, the head record set to match."""
    with _raw(path) as db:
        db.row_factory = sqlite3.Row
        for trigger in ("tracking_log_no_update", "tracking_log_chain"):
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        db.execute("UPDATE tracking_log SET actor_name = 'mallory' WHERE id = ?", (entry_id,))
        prev = None
        for row in db.execute("SELECT * FROM tracking_log ORDER BY id").fetchall():
            digest = audit_chain.entry_hash(prev, dict(row))
            db.execute("UPDATE tracking_log SET prev_hash = ?, entry_hash = ? WHERE id = ?",
                       (prev, digest, row["id"]))
            prev, last = digest, row["id"]
        db.execute("UPDATE log_head SET head_hash = ?, last_id = ?", (prev, last))


# -- slips anchor the log: the head each carries ---------------------------------------------


@pytest.fixture
def anchored_shop(sqlite_url, tmp_path, port):
    """Three signed slips on SQLite, each carrying the log's head when it was given; the first
    slip's PDF exported as the paper copy filed in the archive."""
    engine = make_engine(sqlite_url)
    upgrade(engine)
    uow = lambda: SqlAlchemyUnitOfWork(engine)  # noqa: E731
    bench, first = _signed_handover(uow, port)
    slips = [first]
    for _ in range(2):
        rma_no, serials = bench.receive(1)
        slips.append(ss.hand_over(uow(), bench.business_clerk, rma_no=rma_no,
                                  from_station=Station.RECEIVING, to_station=Station.QC,
                                  serials=serials, declared_count=1, password=PASSWORD,
                                  port=port).slip_no)
    paper = tmp_path / "archived.pdf"
    paper.write_bytes(ss.slip_pdf(uow(), first))
    with engine.connect() as conn:
        first_entry = conn.execute(text("SELECT min(id) FROM tracking_log")).scalar_one()
    engine.dispose()
    return {"url": sqlite_url, "path": str(tmp_path / "bench.db"), "slips": slips,
            "paper": str(paper), "first_entry": first_entry}


def test_each_slip_carries_the_log_head_it_was_signed_at(anchored_shop, port, capsys):
    shop = anchored_shop
    with _raw(shop["path"]) as db:
        heads = []
        for slip_no in shop["slips"]:
            pdf, sha = db.execute("SELECT pdf, content_sha256 FROM slips WHERE slip_no = ?",
                                  (slip_no,)).fetchone()
            signed_sha, content = port.signed_content(pdf)
            assert signed_sha == sha and content["schema"] == 3
            heads.append(content["log_head"])
            # Signed at that head: it is an entry logged before the slip's own entries.
            signed_at = db.execute("SELECT min(id) FROM tracking_log WHERE action = "
                                   "'slip_signed' AND detail LIKE ?", (f"%{slip_no}%",)
                                   ).fetchone()[0]
            anchored = db.execute("SELECT id FROM tracking_log WHERE entry_hash = ?",
                                  (content["log_head"],)).fetchone()[0]
            assert anchored < signed_at
    assert len(set(heads)) == 3
    code, out = _verify_cli(shop["url"], capsys)
    assert code == 0, out
    assert "3 anchors in the chain, 3 of 3 stored slips carry a log head" in out, out
    assert main(["--db", shop["url"], "audit", "verify", "--slip", shop["paper"]]) == 0
    assert "4 anchors" not in capsys.readouterr().out  # the paper's head is a slip's too


def test_a_rehashed_rewrite_before_a_filed_slip_is_found(anchored_shop, capsys):
    """The copier rewrites an entry older than every slip and re-hashes the chain to the end:
    the chain alone holds, but the heads the slips were signed with are gone from it."""
    shop = anchored_shop
    _rewrite_and_rehash(shop["path"], shop["first_entry"] + 1)
    code, out = _verify_cli(shop["url"], capsys)
    assert code == 1, out
    assert f"BROKEN: slip {shop['slips'][0]} carries log head" in out, out
    assert "rewritten" in out


def test_the_filed_paper_anchors_the_log_when_the_stored_slips_are_gone(anchored_shop, capsys):
    """The copier rewrites and re-hashes the log and deletes the stored slips that carried
    the old heads: nothing left in the file contradicts the chain, but the archived paper
    (its signatures checked against the shop CA) still names a head the chain lost."""
    shop = anchored_shop
    _rewrite_and_rehash(shop["path"], shop["first_entry"] + 1)
    with _raw(shop["path"]) as db:
        db.execute("DELETE FROM slips")
    code, out = _verify_cli(shop["url"], capsys)
    assert code == 0, out  # the database alone cannot tell
    code = main(["--db", shop["url"], "audit", "verify", "--slip", shop["paper"]])
    out = capsys.readouterr().out
    assert code == 1, out
    assert f"the archived slip {shop['slips'][0]} (" in out and "rewritten" in out, out


def test_a_slip_spoiled_to_escape_its_anchor_is_named(anchored_shop, capsys):
    """Rewriting the log and overwriting the stored PDFs, so no head can be read: `audit
    verify` refuses rather than checking fewer anchors."""
    shop = anchored_shop
    _rewrite_and_rehash(shop["path"], shop["first_entry"] + 1)
    with _raw(shop["path"]) as db:
        db.execute("UPDATE slips SET pdf = CAST('%PDF-1.7 nothing' AS BLOB)")
    code, out = _verify_cli(shop["url"], capsys)
    assert code == 1, out
    assert out.startswith("tracking log NOT ANCHORED:"), out
    assert "3 stored slips hold no signed content" in out and shop["slips"][0] in out, out


def test_audit_verify_slip_refuses_what_cannot_anchor(anchored_shop, tmp_path, capsys):
    shop = anchored_shop
    not_a_slip = tmp_path / "letter.pdf"
    not_a_slip.write_bytes(b"%PDF-1.7 not a slip")
    assert main(["--db", shop["url"], "audit", "verify", "--slip", str(not_a_slip)]) == 1
    err = capsys.readouterr().err
    assert "letter.pdf: not a valid signed slip" in err and "Traceback" not in err, err
    assert main(["--db", shop["url"], "audit", "verify", "--slip",
                 str(tmp_path / "missing.pdf")]) == 1
    assert "cannot read it" in capsys.readouterr().err
    # A changed byte in the paper: its signature no longer vouches for the head it shows.
    data = bytearray(Path(shop["paper"]).read_bytes())
    at = data.find(b"SLP-")
    data[at + 4:at + 5] = b"9" if data[at + 4:at + 5] != b"9" else b"8"
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(bytes(data))
    assert main(["--db", shop["url"], "audit", "verify", "--slip", str(forged)]) == 1
    assert "not a valid signed slip" in capsys.readouterr().err


@pytest.mark.postgres
def test_the_owner_who_rehashes_a_rewrite_is_found_by_the_slips(roles, port):
    """PostgreSQL: the owner switches the triggers off, rewrites an entry older than the slip,
    re-hashes every entry after it and the head. The chain alone holds; the head the slip
    was signed at is gone from it."""
    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])  # noqa: E731
    _bench, slip_no = _signed_handover(uow, port)
    assert verify_audit_trail(uow(), slip_port=port).ok
    owner = make_engine(roles["owner_url"])
    try:
        with owner.begin() as conn:
            victim = conn.execute(text("SELECT min(id) FROM tracking_log")).scalar_one() + 1
            conn.execute(text("ALTER TABLE tracking_log DISABLE TRIGGER USER"))
            conn.execute(text("UPDATE tracking_log SET actor_name = 'mallory' WHERE id = :i"),
                         {"i": victim})
        owner_uow = SqlAlchemyUnitOfWork(owner)
        with owner_uow:  # the rows exactly as the verifier reads them, re-hashed
            rehashed, prev = [], None
            for row in owner_uow.log.chain_rows():
                prev = audit_chain.entry_hash(prev, row)
                rehashed.append({"i": row["id"], "h": prev})
        with owner.begin() as conn:
            previous = None
            for item in rehashed:
                conn.execute(text("UPDATE tracking_log SET prev_hash = :p, entry_hash = :h "
                                  "WHERE id = :i"), {**item, "p": previous})
                previous = item["h"]
            conn.execute(text("UPDATE log_head SET head_hash = :h, last_id = :i"), rehashed[-1])
            conn.execute(text("ALTER TABLE tracking_log ENABLE TRIGGER USER"))
    finally:
        owner.dispose()
    assert verify_audit_trail(uow()).ok  # a perfect forgery as far as the chain can tell
    result = verify_audit_trail(uow(), slip_port=port)
    assert not result.ok and f"slip {slip_no} carries log head" in result.broken.reason


def _legacy_wrap(encrypted_key: str, secret: str) -> str:
    """What an earlier version stored: the key as PKCS#8 PEM under PBKDF2."""
    from cryptography.hazmat.primitives import serialization

    from benchapp.slips.ca import unwrap_key

    key = unwrap_key(encrypted_key.encode(), secret)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(secret.encode())).decode()


@pytest.mark.postgres
def test_resets_and_key_rewraps_run_as_the_bench_role(roles, port):
    """Issue 12 item 4 as the bench role: a reset, the user's own password and key, its
    certificate, and old PBKDF2 keys (a user's and the shop CA's) re-wrapped under argon2id.
    The shop_ca trigger lets the CA key's wrapping change, never the certificate."""
    from benchapp.services import signing
    from tests.workflow_helpers import CA_PASS

    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])  # noqa: E731
    bench = Bench(uow())
    owner = make_engine(roles["owner_url"])
    try:
        with owner.begin() as conn:
            ca_cert, ca_key = conn.execute(text(
                "SELECT cert_pem, encrypted_key_pem FROM shop_ca")).one()
            conn.execute(text("UPDATE shop_ca SET encrypted_key_pem = :k"),
                         {"k": _legacy_wrap(ca_key, CA_PASS)})
            packer_key = conn.execute(text(
                "SELECT encrypted_key_pem FROM user_credentials WHERE user_id = :u "
                "AND superseded_at IS NULL"), {"u": bench.packer.user_id}).scalar_one()
            conn.execute(text("UPDATE user_credentials SET encrypted_key_pem = :k "
                              "WHERE user_id = :u AND superseded_at IS NULL"),
                         {"k": _legacy_wrap(packer_key, PASSWORD), "u": bench.packer.user_id})
    finally:
        owner.dispose()
    signing.check_signer_password(uow(), bench.packer, PASSWORD, port)  # re-wrapped
    clerk = bench.business_clerk
    one_time = users.reset_password(uow(), bench.admin, clerk.username)
    new_password = "Chosen-by-zhang-2026"
    assert users.change_password(uow(), clerk.username, one_time, new_password,
                                 port) == "pending_certificate"
    ss.issue_pending(uow(), bench.admin, username=clerk.username, ca_passphrase=CA_PASS,
                     port=port)  # the CA key, opened, is re-wrapped
    signing.check_signer_password(uow(), clerk, new_password, port)
    with roles["engine"].connect() as conn:
        stored_ca = conn.execute(text("SELECT cert_pem, encrypted_key_pem FROM shop_ca")).one()
        packer_now = conn.execute(text(
            "SELECT encrypted_key_pem FROM user_credentials WHERE user_id = :u "
            "AND superseded_at IS NULL"), {"u": bench.packer.user_id}).scalar_one()
    assert stored_ca[0] == ca_cert and "argon2id" in stored_ca[1]
    assert "argon2id" in packer_now
    with _as_bench(roles) as conn, pytest.raises(psycopg.Error):
        conn.execute("UPDATE shop_ca SET cert_pem = 'x', encrypted_key_pem = 'y'")
    assert verify_audit_trail(uow()).ok
