"""Start-up loads only what the sign-in window needs (issue 11: the window within 0.6 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.helpers import open_shop, sqlite_engine

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# The `benchapp` command's path up to the sign-in window, in a fresh interpreter (this test
# process has loaded everything already): the CLI parser, then app.start as run_gui calls it.
START = """
import json, sys
from benchapp import cli
cli.build_parser()
from PySide6.QtWidgets import QApplication
from benchapp import app
qapp = QApplication([])
bench = app.start(sys.argv[1], demo=False)
bench.show()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"alembic", "reportlab",
    "pyhanko", "pyqtgraph"} or m in {"sqlalchemy.orm", "benchapp.db.unit_of_work",
    "benchapp.db.models", "benchapp.ui.main_window", "benchapp.ui.stations"})
print(json.dumps({"shown": bench.login_window.isVisible(), "loaded": loaded}))
bench.engine.dispose()
"""


def test_sign_in_window_comes_up_without_alembic_the_orm_or_the_stations(qapp, sqlite_url):
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", START, sqlite_url], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"shown": True, "loaded": []}


def test_the_first_start_seeds_the_working_calendar_once(tmp_path):
    from datetime import date

    from benchapp.app import prepare_database
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade_if_needed
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
    from benchapp.services import supervision as sv

    engine = make_engine(f"sqlite:///{tmp_path / 'first.db'}")
    try:
        prepare_database(engine, upgrade_if_needed)  # a new database: upgraded, then seeded
        year = date.today().year
        days = sv.calendar_days(SqlAlchemyUnitOfWork(engine))
        assert {d.day.year for d in days} >= {year + 1}
        assert any(d.kind.value == "holiday" and d.day.year == year + 1 for d in days)
        removed = days[-1]  # the shop works that day: a later start brings nothing back
        with SqlAlchemyUnitOfWork(engine) as uow:
            uow.supervision.remove_calendar_day(removed.day)
            uow.commit()
        prepare_database(engine, upgrade_if_needed)
        assert removed.day not in {d.day for d in sv.calendar_days(SqlAlchemyUnitOfWork(engine))}
    finally:
        engine.dispose()
