"""Shared fixtures: migrated SQLite and PostgreSQL databases, units of work."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing the tests run (in this process or in the CLI processes they start) writes to this
# PC's log folder or reads its machine file.
_scratch = tempfile.mkdtemp(prefix="benchapp-tests-")
atexit.register(shutil.rmtree, _scratch, True)
os.environ.setdefault("BENCHAPP_LOG_DIR", os.path.join(_scratch, "logs"))
os.environ.setdefault("BENCHAPP_MACHINE_CONFIG", os.path.join(_scratch, "no-machine.toml"))

from tests.pg import PgServer, find_bindir  # noqa: E402

_db_names = itertools.count(1)


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """argon2id at the cheapest cost inside the test process: hundreds of users are created.

    The hashes stay argon2id; processes the tests start (the CLI) hash at the real cost.
    """
    from argon2 import PasswordHasher, profiles

    from benchapp.services import users

    from benchapp.slips import ca

    real, real_kdf = users._hasher, ca.wrap_kdf
    users._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    # Signing keys likewise (the stored parameters travel with each key, so both open).
    cheapest = profiles.CHEAPEST
    ca.wrap_kdf = {"t": cheapest.time_cost, "m": cheapest.memory_cost,
                   "p": cheapest.parallelism}
    yield
    users._hasher, ca.wrap_kdf = real, real_kdf


@pytest.fixture(scope="session")
def pg_server():
    """One server for the whole run; each test gets its own database on it."""
    bindir = find_bindir()
    if bindir is None:
        reason = "no PostgreSQL server binaries (pg_ctl) on this machine"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install postgresql (see .ci/run)")
        pytest.skip(reason)
    server = PgServer(bindir)
    try:
        server.init()
        server.start()
    except Exception as exc:  # noqa: BLE001 - report how the server failed, then stop
        log = server.logfile.read_text() if server.logfile.exists() else ""
        server.cleanup()
        pytest.fail(f"could not start PostgreSQL: {exc}\n{getattr(exc, 'stderr', '')}\n{log}")
    yield server
    server.cleanup()


@pytest.fixture
def pg_url(pg_server):
    name = f"bench_{os.getpid()}_{next(_db_names)}"
    pg_server.admin(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    pg_server.admin(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    pg_server.admin(f"DROP DATABASE IF EXISTS {name}")


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'bench.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request):
    """The database suite runs on both backends."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url):
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade

    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def uow_factory(engine):
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

    return lambda: SqlAlchemyUnitOfWork(engine)
