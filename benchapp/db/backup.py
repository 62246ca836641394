"""Backend-specific copies of the whole database: SQLite's online backup API, PostgreSQL's
pg_dump/pg_restore (custom format). services/backup.py decides when and checks the result."""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import URL

from benchapp.db.engine import check_url, keyring_password
from benchapp.services.backup import BackupError

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
# The rows a restore is counted against: the RMAs, their signed slips, the tracking log.
COUNTED_TABLES = ("rmas", "slips", "tracking_log")
# A dump is streamed through pg_restore to count rows: a minute per gigabyte is plenty.
PG_TOOL_TIMEOUT_S = 3600


def database_copy(url: str) -> SqliteCopy | PgCopy:
    """The copier for the database at ``url`` (no connection is made yet)."""
    u = check_url(url)
    if u.get_backend_name() == "sqlite":
        if not u.database or u.database == ":memory:":
            raise BackupError("an in-memory SQLite database cannot be backed up or restored")
        return SqliteCopy(Path(u.database).expanduser())
    if u.get_backend_name() == "postgresql":
        # The password the benches get from the OS keyring reaches pg_dump too; without one
        # libpq reads the pgpass file itself.
        password = keyring_password(u)
        return PgCopy(u if password is None else u.set(password=password))
    raise BackupError(f"backup and restore support SQLite and PostgreSQL, not "
                      f"{u.get_backend_name()}")


def backup_kind(path: Path) -> str | None:
    """'sqlite' or 'postgresql' from the file's first bytes, None for anything else."""
    with open(path, "rb") as f:
        head = f.read(len(SQLITE_MAGIC))
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PGDUMP_MAGIC):
        return "postgresql"
    return None


# -- SQLite ----------------------------------------------------------------------------------


def _sqlite_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


class SqliteCopy:
    kind = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path

    def describe(self) -> str:
        return f"SQLite {self.path}"

    def exists(self) -> bool:
        return self.path.is_file() and self.path.stat().st_size > 0

    def tables(self) -> list[str]:
        """The tables in the file; [] when there is no file (nothing is created)."""
        if not self.exists():
            return []
        with contextlib.closing(sqlite3.connect(_sqlite_uri(self.path, "ro"), uri=True)) as c:
            return [r[0] for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    def dump(self, to: Path) -> None:
        """The whole database into ``to`` in one step of the online backup API: one read
        transaction, so the copy is the database as of one moment, while benches keep writing
        (WAL: readers never block writers). A stepwise copy would restart at every bench's
        commit and might never finish on a busy shop."""
        with contextlib.closing(self._open_source()) as src:
            try:
                if src.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                               "'alembic_version'").fetchone()[0] == 0:
                    raise BackupError(f"{self.path} is not a benchapp database")
            except sqlite3.DatabaseError as err:
                raise BackupError(f"{self.path} is not a SQLite database ({err})") from None
            with contextlib.closing(sqlite3.connect(to)) as dest:
                src.backup(dest)
                # One self-contained file: no -wal or -shm beside the backup.
                dest.execute("PRAGMA journal_mode=DELETE")
                check = dest.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"the copy of {self.path} failed its check: {check}")

    def _open_source(self) -> sqlite3.Connection:
        """The database as it is, never created: read-write (a WAL database's readers share
        its -shm index with the benches), else read-only for a backup account that may only
        read the file."""
        conn = None
        try:
            conn = sqlite3.connect(_sqlite_uri(self.path, "rw"), uri=True)
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
            return conn
        except sqlite3.OperationalError:
            if conn is not None:
                conn.close()
            return sqlite3.connect(_sqlite_uri(self.path, "ro"), uri=True)

    def backup_counts(self, backup: Path) -> dict[str, int]:
        uri = _sqlite_uri(backup, "ro") + "&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as c:
            return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in COUNTED_TABLES}

    def load(self, backup: Path) -> None:
        """Copy the backup through the backup API into a new file beside the target, then
        rename it into place: the target is the whole backup or stays as it was."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.",
                                        suffix=".restoring")
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            uri = _sqlite_uri(backup, "ro") + "&immutable=1"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as src, \
                    contextlib.closing(sqlite3.connect(tmp)) as dest:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            # An empty target may have left its journal files; they belong to no database now.
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{self.path}{suffix}").unlink()
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise


# -- PostgreSQL ------------------------------------------------------------------------------


def find_pg_tool(name: str) -> Path:
    """pg_dump or pg_restore: from PATH, else the newest PostgreSQL installation (Debian's
    /usr/lib/postgresql/N/bin, Windows' Program Files). A pg_dump older than the server
    refuses to dump it, so the newest one found is taken."""
    found = shutil.which(name)
    if found:
        return Path(found)
    exe = name + (".exe" if sys.platform == "win32" else "")
    patterns = [f"/usr/lib/postgresql/*/bin/{exe}", f"/usr/pgsql-*/bin/{exe}"]
    program_files = os.environ.get("ProgramFiles")
    if program_files:
        patterns.append(str(Path(program_files) / "PostgreSQL" / "*" / "bin" / exe))
    candidates = [Path(p) for pattern in patterns for p in glob.glob(pattern)]

    def version(p: Path) -> tuple[int, ...]:
        numbers = re.findall(r"\d+", p.parent.parent.name)
        return tuple(int(n) for n in numbers) or (0,)

    if not candidates:
        raise BackupError(f"{name} not found: install the PostgreSQL client tools "
                          f"(Debian: postgresql-client) or put them on PATH")
    return max(candidates, key=version)


class PgCopy:
    kind = "postgresql"

    def __init__(self, url: URL) -> None:
        self.url = url

    def describe(self) -> str:
        u = self.url
        return f"PostgreSQL {u.host or 'localhost'}:{u.port or 5432}/{u.database}"

    def _env(self) -> dict[str, str]:
        """libpq's environment for the URL: the password never appears on a command line
        (where `ps` shows it); without one, libpq reads ~/.pgpass (%APPDATA%\\postgresql\\
        pgpass.conf on Windows)."""
        u = self.url
        env = dict(os.environ)  # PGPASSFILE, PGSSLROOTCERT... set by IT still apply
        values = {"PGHOST": u.host, "PGPORT": u.port, "PGUSER": u.username,
                  "PGPASSWORD": u.password, "PGDATABASE": u.database}
        for key, value in u.query.items():  # ?sslmode=require, ?host=/run/postgresql ...
            values["PG" + key.upper()] = value if isinstance(value, str) else value[-1]
        env.update({k: str(v) for k, v in values.items() if v is not None})
        return env

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        tool = find_pg_tool(args[0])
        done = subprocess.run([str(tool), *args[1:]], env=self._env(), capture_output=True,
                              text=True, timeout=PG_TOOL_TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise BackupError(f"{args[0]} failed: {_last_error(done.stderr)}")
        return done

    def _connect(self):
        import psycopg

        try:
            return psycopg.connect(**_conninfo(self.url), connect_timeout=5, autocommit=True)
        except psycopg.OperationalError as err:
            raise BackupError(f"cannot connect to {self.describe()}: "
                              f"{_last_error(str(err))}") from None

    def exists(self) -> bool:
        with contextlib.closing(self._connect()):
            return True

    def tables(self) -> list[str]:
        with contextlib.closing(self._connect()) as conn:
            return [r[0] for r in conn.execute(
                "SELECT n.nspname || '.' || c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
                "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                "AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1")]

    def dump(self, to: Path) -> None:
        """pg_dump's own snapshot makes the dump consistent while benches work."""
        self._run("pg_dump", "--format=custom", "--no-password", f"--file={to}")

    def load(self, backup: Path) -> None:
        """One transaction: an error (a role the dump grants to is missing...) leaves the
        target database empty. --no-owner: the tables belong to the account restoring."""
        self._run("pg_restore", "--no-owner", "--exit-on-error", "--single-transaction",
                  "--no-password", f"--dbname={self.url.database}", str(backup))

    def backup_counts(self, backup: Path) -> dict[str, int]:
        """Rows per counted table in the dump, read by streaming its data through
        pg_restore (nothing is restored and nothing is held in memory)."""
        tool = find_pg_tool("pg_restore")
        cmd = [str(tool), "--data-only", "--file=-", *(f"--table={t}" for t in COUNTED_TABLES),
               str(backup)]
        counts = dict.fromkeys(COUNTED_TABLES, 0)
        with subprocess.Popen(cmd, env=self._env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) as proc:
            assert proc.stdout is not None
            for table in _copy_rows(proc.stdout):
                counts[table] += 1
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.returncode != 0:
            raise BackupError(f"pg_restore cannot read {backup}: {_last_error(err)}")
        return counts


_COPY = re.compile(rb"^COPY (?:\w+\.)?\"?(\w+)\"? ")


def _copy_rows(stream) -> Iterator[str]:
    """The table of each data row in pg_restore's SQL output (COPY ... FROM stdin blocks)."""
    table: str | None = None
    for line in stream:
        if table is None:
            match = _COPY.match(line)
            if match:
                table = match.group(1).decode()
        elif line.rstrip(b"\r\n") == b"\\.":
            table = None
        else:
            yield table


def _conninfo(u: URL) -> dict[str, str]:
    info = {"host": u.host, "port": u.port, "user": u.username, "password": u.password,
            "dbname": u.database}
    info.update({k: v if isinstance(v, str) else v[-1] for k, v in u.query.items()})
    return {k: str(v) for k, v in info.items() if v is not None}


def _last_error(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.strip().splitlines() if ln.strip()]
    errors = [ln for ln in lines if "error" in ln.lower() or "fatal" in ln.lower()]
    return (errors or lines or ["no message"])[-1]
