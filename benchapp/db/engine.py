"""Engines for the embedded SQLite default and the multi-station PostgreSQL server."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from benchapp.domain import audit_chain

ENV_VAR = "BENCHAPP_DB"
SQLITE_BUSY_TIMEOUT_S = 5.0
# A committed handover may already have its slip printed and the boxes carried away: it must
# survive a power cut. In WAL mode, NORMAL may lose the last commits at a power loss (only
# the checkpoint is synced); FULL syncs the WAL at every commit (docs/durability.md).
SQLITE_SYNCHRONOUS = "FULL"


class utcnow(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    """The database server's clock in UTC, with microseconds, on both backends."""

    type = DateTime(timezone=True)
    inherit_cache = True


@compiles(utcnow)
def _default_utcnow(element, compiler, **kw):  # noqa: ANN001
    return "CURRENT_TIMESTAMP"  # for printing statements; both real backends have their own


@compiles(utcnow, "postgresql")
def _pg_utcnow(element, compiler, **kw):  # noqa: ANN001
    return "now()"


@compiles(utcnow, "sqlite")
def _sqlite_utcnow(element, compiler, **kw):  # noqa: ANN001
    # %f gives SS.SSS; three zeros make the six-digit fraction SQLAlchemy's parser expects.
    return "(strftime('%Y-%m-%d %H:%M:%f000', 'now'))"


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC, PostgreSQL aware local time: make both aware UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def default_sqlite_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("benchapp", appauthor=False)) / "benchapp.db"


def resolve_url(url: str | None = None, *, machine: Any = None) -> str:
    """--db URL, else $BENCHAPP_DB, else this PC's ``database_url`` setting (benchapp.settings,
    machine scope; ``machine`` is its store, the system's ini file by default), else the SQLite
    file in the user data directory."""
    chosen = url or os.environ.get(ENV_VAR)
    if chosen:
        return chosen
    from benchapp import settings

    chosen = settings.read(machine if machine is not None else settings.MachineStore(),
                           settings.DATABASE_URL)
    if chosen:
        return chosen
    path = default_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def describe(url: str) -> str:
    """A human description without the password: 'SQLite file X' or 'PostgreSQL host/db'."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"SQLite {u.database or ':memory:'}"
    return f"PostgreSQL {u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def make_engine(url: str | None = None, **kw) -> Engine:  # noqa: ANN003
    url = resolve_url(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            u, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}, **kw
        )
        _configure_sqlite(engine)
        return engine
    if u.get_backend_name() == "postgresql" and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    # pre_ping: a bench keeps working after the server restarts (the stale connection is dropped).
    return create_engine(u, pool_pre_ping=True, connect_args={"connect_timeout": 5}, **kw)


def _configure_sqlite(engine: Engine) -> None:
    # SQLAlchemy's documented recipe: take transaction control away from pysqlite, then begin
    # every transaction IMMEDIATE so a read-then-write never dies with SQLITE_BUSY.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
        cur.close()
        # The tracking log's insert trigger (migration 0006) hashes each entry with the
        # verifier's own encoder: SQLite has no SHA-256 of its own.
        dbapi_connection.create_function(
            "benchapp_log_hash", 1 + len(audit_chain.FIELDS), audit_chain.sqlite_entry_hash,
            deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# Built once: every use case asks for the time, and a statement built per call pays its
# construction and cache key each time.
_SERVER_NOW = select(utcnow())


def server_now(conn) -> datetime:  # noqa: ANN001
    value = conn.execute(_SERVER_NOW).scalar_one()
    return as_utc(value)  # type: ignore[return-value]
