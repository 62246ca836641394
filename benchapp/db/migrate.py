"""Bring a database to the current schema (`benchapp db upgrade`, and on every start).

What a start asks of the database before the sign-in window (is the schema current, can anyone
sign in) is answered here with one plain query each: neither Alembic nor the ORM is loaded
before the window appears.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Alembic (0.4 s to import) is only loaded when a database is behind
# this; tests/unit/test_migrations_head.py keeps it equal to the scripts' head.
HEAD_REVISION = "0024"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # Alembic's Config is a configparser: '%' starts an interpolation, so the percent-encoded
    # characters of a password (%40 for @) must be written '%%' (Alembic's documented escape).
    cfg.set_main_option("sqlalchemy.url",
                        engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Upgrade to head; return (revision found under the migration lock, revision after)."""
    from alembic import command

    cfg = alembic_config(engine)
    try:
        command.upgrade(cfg, "head")
    except sa_exc.ProgrammingError as exc:
        # The bench role owns nothing (docs/postgresql.md): only the owner role migrates.
        if getattr(getattr(exc, "orig", None), "sqlstate", None) != "42501":
            raise
        from benchapp.services.unit_of_work import DatabaseUnavailable

        raise DatabaseUnavailable(
            f"The database schema is older than this benchapp (revision {HEAD_REVISION}) and "
            f"the login {engine.url.username!r} may not change it: run `benchapp db upgrade` "
            "then `benchapp db grant` as the database's owner role (docs/postgresql.md), "
            "then try again.") from exc
    return cfg.attributes.get("revision_before"), current_revision(engine)


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read with plain SQL; None if not migrated."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (sa_exc.ProgrammingError, sa_exc.OperationalError) as exc:
        # No alembic_version table yet (a new database) reads as "not migrated"; a server
        # that cannot be reached is the caller's problem, raised as is.
        if "alembic_version" in str(exc):
            return None
        raise


def upgrade_if_needed(engine: Engine) -> bool:
    """On start-up: upgrade only a database that is behind. True if an upgrade ran."""
    if stored_revision(engine) == HEAD_REVISION:
        return False
    upgrade(engine)
    return True


def has_users(engine: Engine) -> bool:
    """Whether anyone can sign in yet; False on a new database (the first administrator is
    asked for). Every account counts, as in ``services.users.list_users``: accounts are
    disabled, never deleted."""
    with engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM users LIMIT 1")).first() is not None
