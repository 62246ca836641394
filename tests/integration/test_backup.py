"""Backup and restore on both backends, as an administrator runs them: real processes, a demo
shop as the source, a fresh database as the target, every slip and the log verified."""

from __future__ import annotations

import itertools
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from benchapp.db.backup import backup_kind, database_copy
from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.demo import load_demo
from benchapp.services.backup import back_up, load_backup

_names = itertools.count(1)


def run(*args, db=None):
    return subprocess.run([sys.executable, "-m", "benchapp", *args,
                           *(["--db", db] if db else [])],
                          check=False, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BENCHAPP_PASSWORD": "demo1234"})


class Shop:
    """A demo shop on one backend, and fresh databases beside it."""

    def __init__(self, kind, root, pg_server=None):
        self.kind, self.root, self.pg = kind, root, pg_server
        self.made = []
        self.url = self.fresh()
        engine = make_engine(self.url)
        upgrade(engine)
        load_demo(engine)
        engine.dispose()

    def fresh(self, name=None):
        """A new, empty database (a PostgreSQL one is created, as an operator would)."""
        name = name or f"shop_{os.getpid()}_{next(_names)}"
        if self.kind == "sqlite":
            return f"sqlite:///{self.root / (name + '.db')}"
        self.pg.admin(f"CREATE DATABASE {name}")
        self.made.append(name)
        return self.pg.url(name)

    def counts(self, url):
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                        for t in ("rmas", "slips", "tracking_log", "users")}
        finally:
            engine.dispose()

    def close(self):
        for name in self.made:
            self.pg.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          f"WHERE datname = '{name}'")
            self.pg.admin(f"DROP DATABASE IF EXISTS {name}")


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shop(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"backup_{request.param}")
    pg = request.getfixturevalue("pg_server") if request.param == "postgres" else None
    shop = Shop("sqlite" if pg is None else "postgres", root, pg)
    yield shop
    shop.close()


def test_a_backup_restores_into_a_fresh_database_and_every_slip_verifies(shop):
    out = shop.root / f"shop-{next(_names)}.backup"
    made = run("backup", "--out", str(out), db=shop.url)
    assert made.returncode == 0, made.stderr
    assert out.is_file() and "SHA-256" in made.stdout
    assert backup_kind(out) == ("sqlite" if shop.kind == "sqlite" else "postgresql")
    source = shop.counts(shop.url)

    target = shop.fresh()
    restored = run("restore", str(out), db=target)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert shop.counts(target) == source
    assert (f"verified {source['rmas']} RMAs: {source['slips']} of {source['slips']} slips "
            "valid") in restored.stdout
    assert (f"tracking log: {source['tracking_log']} entries, hash chain checked (audit "
            f"verify); the backup has {source['tracking_log']}") in restored.stdout
    assert "restore verified" in restored.stdout
    # The restored shop works as the original: its slips verify on their own and people
    # sign in with their passwords.
    again = run("slip", "verify", "--rma", "RMA-000001", db=target)
    assert again.returncode == 0, again.stderr
    assert run("user", "list", db=target).returncode == 0


def test_a_slip_altered_before_the_backup_fails_the_restore(shop):
    good = shop.root / f"good-{next(_names)}.backup"
    assert run("backup", "--out", str(good), db=shop.url).returncode == 0
    altered_db = shop.fresh()
    load_backup(database_copy(altered_db), good, backup_kind(good))
    engine = make_engine(altered_db)
    with engine.begin() as conn:
        slip_no, pdf = conn.execute(text(
            "SELECT slip_no, pdf FROM slips ORDER BY slip_no LIMIT 1")).one()
        pdf = bytes(pdf)
        at = pdf.index(b"RMA-")  # inside the signed content
        forged = pdf[:at] + b"RMB-" + pdf[at + 4:]
        conn.execute(text("UPDATE slips SET pdf = :pdf WHERE slip_no = :no"),
                     {"pdf": forged, "no": slip_no})
    engine.dispose()
    bad = shop.root / f"bad-{next(_names)}.backup"
    assert run("backup", "--out", str(bad), db=altered_db).returncode == 0

    restored = run("restore", str(bad), db=shop.fresh())
    assert restored.returncode == 1
    assert slip_no in restored.stderr
    assert "does NOT verify" in restored.stderr
    assert "restore verified" not in restored.stdout


def test_restore_refuses_a_database_that_is_not_empty(shop):
    out = shop.root / f"shop-{next(_names)}.backup"
    assert run("backup", "--out", str(out), db=shop.url).returncode == 0
    before = shop.counts(shop.url)
    refused = run("restore", str(out), db=shop.url)
    assert refused.returncode == 1
    assert "is not empty" in refused.stderr and "restore only into a new, empty database" \
        in refused.stderr
    assert "Traceback" not in refused.stderr
    assert shop.counts(shop.url) == before


def test_a_backup_of_a_missing_database_is_a_clear_error(shop):
    out = shop.root / f"missing-{next(_names)}.backup"
    if shop.kind == "sqlite":
        missing = shop.root / "no-such-shop.db"
        done = run("backup", "--out", str(out), db=f"sqlite:///{missing}")
        assert "no database at SQLite" in done.stderr and "nothing to back up" in done.stderr
        assert not missing.exists()  # a typo creates no new, empty shop database
    else:
        done = run("backup", "--out", str(out), db=shop.pg.url("no_such_shop"))
        assert 'cannot connect to PostgreSQL' in done.stderr
        assert 'database "no_such_shop" does not exist' in done.stderr
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert not [p for p in shop.root.iterdir() if p.name.endswith(".partial")]


def test_a_backup_of_one_backend_is_not_restored_into_the_other(shop, tmp_path):
    other = tmp_path / "other.backup"
    if shop.kind == "sqlite":
        other.write_bytes(b"PGDMP" + b"\0" * 100)
    else:
        sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    target = shop.fresh()
    refused = run("restore", str(other), db=target)
    assert refused.returncode == 1
    assert "restores only into a" in refused.stderr
    (tmp_path / "junk.backup").write_bytes(b"not a backup at all")
    refused = run("restore", str(tmp_path / "junk.backup"), db=target)
    assert refused.returncode == 1 and "is not a benchapp backup" in refused.stderr


def test_backup_keeps_an_existing_file_unless_forced_and_leaves_no_partial_file(tmp_path):
    db = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    engine.dispose()
    out = tmp_path / "nightly.backup"
    out.write_bytes(b"last night's backup")
    kept = run("backup", "--out", str(out), db=f"sqlite:///{db}")
    assert kept.returncode == 1 and "give --force" in kept.stderr
    assert out.read_bytes() == b"last night's backup"

    # A dump that fails leaves neither the target nor a temporary file.
    not_ours = tmp_path / "other.db"
    sqlite3.connect(not_ours).execute("CREATE TABLE t (x)").connection.commit()
    listing = sorted(p.name for p in tmp_path.iterdir())
    failed = run("backup", "--out", str(tmp_path / "new.backup"), db=f"sqlite:///{not_ours}")
    assert failed.returncode == 1 and "is not a benchapp database" in failed.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == listing

    forced = run("backup", "--out", str(out), "--force", db=f"sqlite:///{db}")
    assert forced.returncode == 0, forced.stderr
    assert backup_kind(out) == "sqlite"


def test_a_sqlite_backup_is_one_consistent_moment_while_a_bench_writes(tmp_path):
    db = tmp_path / "shop.db"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    upgrade(engine)
    stop = threading.Event()
    written = []

    def bench():
        while not stop.is_set():
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO tracking_log (rma_no, action, actor_name, "
                                  "detail) VALUES ('-', 'probe', 'bench', '{}')"))
            written.append(1)

    worker = threading.Thread(target=bench)
    worker.start()
    try:
        while len(written) < 50:
            threading.Event().wait(0.01)
        copies = [back_up(database_copy(url), tmp_path / f"b{i}.backup") for i in range(3)]
    finally:
        stop.set()
        worker.join()
    engine.dispose()
    seen = []
    for copy in copies:
        with sqlite3.connect(copy.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            ids = [r[0] for r in conn.execute("SELECT id FROM tracking_log ORDER BY id")]
            # Every committed row up to the moment, none after: no gaps, no torn page.
            assert ids == list(range(1, len(ids) + 1))
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        seen.append(len(ids))
        assert not Path(f"{copy.path}-wal").exists()
    assert seen == sorted(seen) and seen[0] >= 50



@pytest.mark.postgres
def test_a_read_only_backup_role_can_back_up_and_changes_nothing(pg_server, pg_url, tmp_path):
    """docs/backup.md's backup account: pg_read_all_data is enough for pg_dump."""
    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    role = f"backup_{os.getpid()}"
    pg_server.admin(f"CREATE ROLE {role} LOGIN")
    try:
        pg_server.admin(f"GRANT pg_read_all_data TO {role}")
        url = pg_url.replace("postgres@", f"{role}@", 1)
        out = tmp_path / "readonly.backup"
        done = run("backup", "--out", str(out), db=url)
        assert done.returncode == 0, done.stderr
        assert backup_kind(out) == "postgresql"
        engine = make_engine(url)
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("UPDATE shop_settings SET value = 'x'"))
        engine.dispose()
    finally:
        pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        f"WHERE usename = '{role}'")
        pg_server.admin(f"DROP ROLE {role}")
