"""Engines for the embedded SQLite default and the multi-station PostgreSQL server."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, create_engine, event, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from benchapp.domain import audit_chain

ENV_VAR = "BENCHAPP_DB"  # settings.DATABASE_ENV
KEYRING_SERVICE = "benchapp"
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


class DatabaseUrlError(ValueError):
    """A database URL that cannot be read. The message never repeats the URL: it may hold a
    password."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"the database URL cannot be read ({reason}); if the password contains @ : / # % "
            "or spaces, write them percent-encoded (@ as %40, : as %3A, / as %2F, # as %23, "
            "% as %25, space as %20)")
        self.message = str(self)


class DatabaseMissing(FileNotFoundError):
    """A SQLite database file that does not exist, asked for by something that must not
    create it (a read command, a typo in a path)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no database at {path}: check the path, or create it with "
                         "`benchapp db upgrade`")
        self.path = path
        self.message = str(self)


def check_url(url: str) -> URL:
    """``url`` parsed, or DatabaseUrlError. Any URL SQLAlchemy accepts is accepted; what a
    raw @ : / in a password turns into (a port that is not a number, an @ left in the host
    name) is refused with how to write it."""
    try:
        u = make_url(url)
    except sa_exc.ArgumentError:
        raise DatabaseUrlError("not of the form dialect+driver://user:password@host/db") from None
    except ValueError:  # int() of a port: what a raw ':' or '/' in a password becomes
        raise DatabaseUrlError("the port is not a number") from None
    if u.host and "@" in u.host:
        raise DatabaseUrlError("an @ in the host name") from None
    return u


def database_setting(url: str | None = None, *, machine: Any = None) -> Any:
    """The database URL with where it came from (settings.Resolved): --db URL, else
    $BENCHAPP_DB, else this PC's machine file (``[database] url``), else the SQLite file in
    the user data directory. A machine file that cannot be read is an error (MachineConfigError)
    unless the option or the variable says which database to use."""
    from benchapp import settings

    if url or os.environ.get(ENV_VAR):  # the machine file is not even read
        return settings.resolve(settings.DATABASE_URL, flag=url)
    machine = machine if machine is not None else settings.MachineFile()
    machine.check()
    resolved = settings.resolve(settings.DATABASE_URL, machine=machine)
    if resolved.value:
        return resolved
    return settings.Resolved(settings.DATABASE_URL, f"sqlite:///{default_sqlite_path()}",
                             settings.Source.DEFAULT,
                             "default: the SQLite file in the user data directory")


def resolve_url(url: str | None = None, *, machine: Any = None) -> str:
    """The database URL to use (``database_setting`` without where it came from)."""
    return database_setting(url, machine=machine).value


def sqlite_file(url: str) -> Path | None:
    """The file of an on-disk SQLite database URL; None for memory, URI filenames and other
    databases."""
    u = check_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    if u.database.startswith("file:") or u.query.get("uri"):
        return None
    return Path(u.database).expanduser()


def require_existing(url: str) -> None:
    """DatabaseMissing if ``url`` is a SQLite file that is not there; nothing is created."""
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise DatabaseMissing(path)


def describe(url: str) -> str:
    """A human description without the password: 'SQLite file X' or 'PostgreSQL host/db'."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"SQLite {u.database or ':memory:'}"
    return f"PostgreSQL {u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def keyring_password(u: URL) -> str | None:
    """The password the OS keyring holds for ``user@host`` under the service "benchapp"
    (``keyring set benchapp bench@shop-db``), when the optional keyring package is installed
    and the URL has a user but no password; else None (libpq then reads ~/.pgpass or
    $PGPASSFILE itself)."""
    if u.password is not None or not u.username or u.get_backend_name() == "sqlite":
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, f"{u.username}@{u.host or 'localhost'}")
    except KeyringError:  # no usable backend (a Linux box without a secret service)
        return None


def make_engine(url: str | None = None, **kw) -> Engine:  # noqa: ANN003
    """An engine for ``url`` (resolved as ``resolve_url`` does). A SQLite file and its folder
    are created on first connect: callers that must not create one call ``require_existing``
    first."""
    url = resolve_url(url)
    u = check_url(url)
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
    password = keyring_password(u)
    if password is not None:
        u = u.set(password=password)
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
