"""Alembic environment: batch mode for SQLite, one migrating bench at a time."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from benchapp.db.engine import make_engine
from benchapp.db.models import Base

# Any constant will do; it only has to be the same for every bench.
MIGRATION_LOCK_KEY = 0x62656E6368  # "bench"

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        # One transaction around the lock, the version check and the DDL: a second bench that
        # starts at the same moment waits here, then finds the schema current and does nothing.
        # PostgreSQL: a transaction-scoped advisory lock. SQLite: our engine begins IMMEDIATE.
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                   {"k": MIGRATION_LOCK_KEY})
            context.configure(connection=connection, target_metadata=target_metadata,
                              render_as_batch=True, transactional_ddl=True)
            # Read under the lock: what this bench found, so it can say whether it migrated.
            config.attributes["revision_before"] = context.get_context().get_current_revision()
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
