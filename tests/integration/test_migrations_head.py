"""The start-up shortcut's idea of the newest migration matches the migration scripts."""

from sqlalchemy import create_engine

from benchapp.db import migrate


def test_head_revision_constant_is_the_scripts_head(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    assert migrate.head_revision(engine) == migrate.HEAD_REVISION


def test_upgrade_runs_once_then_is_skipped(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    assert migrate.stored_revision(engine) is None
    assert migrate.upgrade_if_needed(engine) is True
    assert migrate.stored_revision(engine) == migrate.HEAD_REVISION
    assert migrate.upgrade_if_needed(engine) is False


def test_a_migrated_database_on_either_backend_is_not_upgraded_again(engine):
    # `engine` (tests/conftest.py) is migrated SQLite or PostgreSQL.
    assert migrate.stored_revision(engine) == migrate.HEAD_REVISION
    assert migrate.upgrade_if_needed(engine) is False
