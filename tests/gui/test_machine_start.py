"""The GUI's start with this PC's machine configuration: only the default database is created,
a broken machine file stops the start, and a crash report says what the bench ran on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

import benchapp
from benchapp import app as bench_app
from benchapp.ui import crash, dialogs, i18n
from tests.gui.helpers import open_shop, sqlite_engine

pytestmark = pytest.mark.gui


class Answers:
    def __init__(self):
        self.calls = []

    def __call__(self, database, error, *, retry=True):
        self.calls.append((database, error, retry))
        return False


def test_a_database_path_that_is_not_there_is_refused_not_created(qapp, tmp_path, monkeypatch):
    answers = Answers()
    monkeypatch.setattr(dialogs, "ask_database_retry", answers)
    typo = tmp_path / "shpo" / "bench.db"
    assert bench_app.start(f"sqlite:///{typo}", demo=False) is None
    ((database, error, retry),) = answers.calls
    assert database == f"SQLite {typo}" and not retry
    assert error.startswith(f"no database at {typo}")
    assert list(tmp_path.iterdir()) == []


def test_the_first_start_creates_the_default_database(qapp, tmp_path, monkeypatch):
    import benchapp.db.engine as engine_mod

    default = tmp_path / "data" / "benchapp.db"
    monkeypatch.setattr(engine_mod, "default_sqlite_path", lambda: default)
    monkeypatch.delenv("BENCHAPP_DB", raising=False)
    monkeypatch.setattr(bench_app, "prepare_users", lambda *a, **kw: False)  # then quit
    assert bench_app.start(None, demo=False) is None
    assert default.is_file()


def test_a_broken_machine_file_stops_the_start(qapp, tmp_path, monkeypatch):
    machine = tmp_path / "benchapp.toml"
    machine.write_text("[database]\nurl = not quoted\n", encoding="utf-8")
    monkeypatch.setenv("BENCHAPP_MACHINE_CONFIG", str(machine))
    monkeypatch.delenv("BENCHAPP_DB", raising=False)
    answers = Answers()
    monkeypatch.setattr(dialogs, "ask_database_retry", answers)
    monkeypatch.setattr(bench_app, "open_database", pytest.fail)  # not the user's own either
    assert bench_app.start(None, demo=False) is None
    ((database, error, _),) = answers.calls
    assert database == str(machine) and "cannot be read" in error and "line 2" in error


def test_a_crash_report_says_what_the_bench_runs_on(tmp_path):
    seen = []
    hook = crash.make_excepthook(lambda details, report: seen.append(report),
                                 directory=tmp_path, about=lambda: crash.about("postgresql"))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    text = Path(seen[0]).read_text(encoding="utf-8")
    head = text.split("Traceback")[0]
    assert f"benchapp {benchapp.__version__}\n" in head
    assert f"Qt {qVersion()}, PySide6 " in head and "\nOS " in head and "Python 3." in head
    assert "database postgresql\n" in head and "RuntimeError: boom" in text


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_run_gui_reports_crashes_with_the_database_kind_into_the_log_folder(
        qapp, sqlite_url, tmp_path, monkeypatch):
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
    logs = tmp_path / "logs"
    monkeypatch.setenv("BENCHAPP_LOG_DIR", str(logs))
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(dialogs, "show_crash", lambda details, report: shown.append(report))

    def exec_(*_args):
        try:
            raise ValueError("a bug in a slot")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert bench_app.run_gui(sqlite_url, demo=False) == 0
    (report,) = shown
    assert Path(report).parent == logs
    text = Path(report).read_text(encoding="utf-8")
    assert "database sqlite\n" in text and "ValueError: a bug in a slot" in text
    assert sqlite_url.split("///")[1] not in text  # the kind, not where it is


def test_a_raw_at_sign_in_the_password_is_refused_without_showing_it(qapp, monkeypatch):
    answers = Answers()
    monkeypatch.setattr(dialogs, "ask_database_retry", answers)
    monkeypatch.setattr(bench_app, "make_engine", pytest.fail)
    url = "postgresql+psycopg://bench:s3c@ret@shop-db/benchapp"
    assert bench_app.open_database(url) is None
    ((database, error, retry),) = answers.calls
    assert not retry and "percent-encoded (@ as %40" in error
    assert "ret" not in database and "s3c" not in database + error
