"""The backend-specific pieces of backup and restore that need no database."""

from __future__ import annotations

import io

import pytest
from sqlalchemy.engine import make_url

from benchapp.db import backup as b
from benchapp.services.backup import BackupError


def test_rows_are_counted_per_table_in_pg_restore_output():
    out = io.BytesIO(b"""--
-- Data for Name: rmas; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rmas (id, rma_no) FROM stdin;
1\tRMA-000001
2\tRMA-000002
\\.

COPY public."tracking_log" (id, at) FROM stdin;
1\t2026-12-07
\\.
COPY public.slips (id, pdf) FROM stdin;
\\.
""")
    assert list(b._copy_rows(out)) == ["rmas", "rmas", "tracking_log"]


def test_the_kind_of_a_backup_comes_from_its_first_bytes(tmp_path):
    (tmp_path / "a").write_bytes(b"SQLite format 3\x00rest")
    (tmp_path / "b").write_bytes(b"PGDMP\x01\x0f")
    (tmp_path / "c").write_bytes(b"")
    assert [b.backup_kind(tmp_path / n) for n in "abc"] == ["sqlite", "postgresql", None]


def test_the_password_goes_to_libpq_in_the_environment_not_the_command_line():
    copy = b.PgCopy(make_url("postgresql+psycopg://bench:p%40ss%3Aw%2Fd@db.example:5433/shop"
                             "?sslmode=require"))
    env = copy._env()
    assert (env["PGHOST"], env["PGPORT"], env["PGUSER"], env["PGPASSWORD"],
            env["PGDATABASE"], env["PGSSLMODE"]) == (
        "db.example", "5433", "bench", "p@ss:w/d", "shop", "require")
    assert "p@ss" not in copy.describe()


def test_missing_client_tools_are_named(monkeypatch):
    monkeypatch.setattr(b.shutil, "which", lambda name: None)
    monkeypatch.setattr(b.glob, "glob", lambda pattern: [])
    with pytest.raises(BackupError, match="pg_dump not found: install the PostgreSQL client"):
        b.find_pg_tool("pg_dump")


def test_the_newest_installed_tools_are_taken(monkeypatch):
    monkeypatch.setattr(b.shutil, "which", lambda name: None)
    found = ["/usr/lib/postgresql/9/bin/pg_dump", "/usr/lib/postgresql/15/bin/pg_dump",
             "/usr/lib/postgresql/13/bin/pg_dump"]
    monkeypatch.setattr(b.glob, "glob",
                        lambda pattern: found if pattern.startswith("/usr/lib") else [])
    assert str(b.find_pg_tool("pg_dump")) == "/usr/lib/postgresql/15/bin/pg_dump"


def test_only_sqlite_and_postgresql_are_backed_up():
    with pytest.raises(BackupError, match="in-memory"):
        b.database_copy("sqlite://")
    with pytest.raises(BackupError, match="not mysql"):
        b.database_copy("mysql://x@y/z")
