"""App wiring: opening the database, the first administrator, demo data, windows, crashes."""

from __future__ import annotations

import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from benchapp import app as bench_app
from benchapp.db.migrate import current_revision, head_revision
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.services import users
from benchapp.ui import crash, dialogs, i18n
from benchapp.ui.login import LoginWindow
from tests.gui.helpers import PASSWORD, open_shop, sqlite_engine

# Showing a window on the offscreen platform makes Qt warn that it cannot pass size hints on.
SHOWS_WINDOWS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

pytestmark = pytest.mark.gui

CLOSED_PORT_URL = "postgresql+psycopg://bench:s3cret@127.0.0.1:1/bench"


class Answers:
    """Stands in for the database dialog: records what it was shown, answers from a list."""

    def __init__(self, *answers, before_answer=None):
        self.answers = list(answers)
        self.calls = []
        self.before_answer = before_answer

    def __call__(self, database, error, *, retry=True):
        self.calls.append((database, error, retry))
        if self.before_answer:
            self.before_answer()
        return self.answers.pop(0) if self.answers else False


def test_database_text_never_shows_the_password():
    assert bench_app.database_text(CLOSED_PORT_URL) == "PostgreSQL 127.0.0.1:1/bench"
    assert bench_app.database_text("sqlite:////data/bench.db") == "SQLite /data/bench.db"
    masked = bench_app.database_text("postgresql://bench:s3cret@db1:port/bench")
    assert "s3cret" not in masked and "db1" in masked


def test_first_start_creates_and_migrates_the_sqlite_file(qapp, tmp_path):
    path = tmp_path / "new" / "bench.db"
    engine = bench_app.open_database(f"sqlite:///{path}")
    try:
        assert path.is_file()
        assert current_revision(engine) == head_revision(engine)
    finally:
        engine.dispose()


def test_unreachable_server_offers_retry_and_quit(qapp, monkeypatch):
    answers = Answers(True, False)
    monkeypatch.setattr(dialogs, "ask_database_retry", answers)
    assert bench_app.open_database(CLOSED_PORT_URL) is None
    assert len(answers.calls) == 2  # asked, retried, asked again, quit
    database, error, retry = answers.calls[0]
    assert database == "PostgreSQL 127.0.0.1:1/bench"
    assert error.startswith("OperationalError") and retry is True
    assert all("s3cret" not in str(call) for call in answers.calls)


def test_retry_succeeds_once_the_problem_is_fixed(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the database directory should be")

    def fix():
        blocker.unlink()

    answers = Answers(True, before_answer=fix)
    monkeypatch.setattr(dialogs, "ask_database_retry", answers)
    engine = bench_app.open_database(f"sqlite:///{blocker / 'bench.db'}")
    try:
        assert engine is not None and len(answers.calls) == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["nosuchdb://host/x", "postgresql://bench:s3cret@db1:port/x"])
def test_malformed_url_says_so_without_retry(qapp, monkeypatch, url):
    answers = Answers(True)
    monkeypatch.setattr(dialogs, "ask_database_retry", answers)
    assert bench_app.open_database(url) is None
    assert len(answers.calls) == 1 and answers.calls[0][2] is False
    assert "s3cret" not in str(answers.calls)


def fill_first_run(dialog, *, password=PASSWORD, repeat=PASSWORD):
    ui = dialog.ui
    ui.usernameEdit.setText("boss")
    ui.displayNameEdit.setText("Zhang Wei")
    ui.passwordEdit.setText(password)
    ui.repeatEdit.setText(repeat)
    dialog.create()
    return dialog.result()


def test_empty_database_asks_for_the_first_administrator(qapp, sqlite_url, monkeypatch):
    monkeypatch.setattr(dialogs, "exec_dialog", fill_first_run)
    with sqlite_engine(sqlite_url) as engine:
        assert bench_app.prepare_users(engine, database="SQLite x", demo=False)
        (admin,) = users.list_users(SqlAlchemyUnitOfWork(engine))
    assert admin.username == "boss" and {r.value for r in admin.roles} == {"admin"}


def test_first_run_refusals_are_shown_in_the_dialog(qtbot, sqlite_url):
    from benchapp.ui.first_run import FirstRunDialog

    with sqlite_engine(sqlite_url) as engine:
        dialog = FirstRunDialog(lambda: SqlAlchemyUnitOfWork(engine))
        qtbot.addWidget(dialog)
        assert fill_first_run(dialog, repeat="something-else") != QDialog.DialogCode.Accepted
        assert dialog.error_text() == "The two passwords differ. Type them again."
        assert fill_first_run(dialog, password="short", repeat="short") \
            != QDialog.DialogCode.Accepted
        assert dialog.error_text() == "A password needs at least 8 characters."
        assert fill_first_run(dialog) == QDialog.DialogCode.Accepted
        assert dialog.created.username == "boss"


def test_cancelling_the_first_run_quits(qapp, sqlite_url, monkeypatch):
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    with sqlite_engine(sqlite_url) as engine:
        assert not bench_app.prepare_users(engine, database="SQLite x", demo=False)


def test_demo_data_is_loaded_into_an_empty_database(qapp, sqlite_url, monkeypatch):
    loaded = []

    def load_demo(engine, *, progress=None):
        loaded.append(engine)
        shop = open_shop(engine)
        progress(1, 1, "users")
        return shop

    monkeypatch.setitem(sys.modules, "benchapp.demo", types.SimpleNamespace(load_demo=load_demo))
    monkeypatch.setattr(dialogs, "exec_dialog", pytest.fail)
    with sqlite_engine(sqlite_url) as engine:
        assert bench_app.prepare_users(engine, database="SQLite x", demo=True)
        assert loaded == [engine]
        # Not twice: the database has users now.
        assert bench_app.prepare_users(engine, database="SQLite x", demo=True)
        assert loaded == [engine]


def test_existing_users_go_straight_to_sign_in(qapp, sqlite_url, monkeypatch):
    monkeypatch.setattr(dialogs, "exec_dialog", pytest.fail)
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
        assert bench_app.prepare_users(engine, database="SQLite x", demo=False)


@SHOWS_WINDOWS
def test_sign_in_opens_the_main_window_and_log_out_returns(qtbot, sqlite_url):
    with sqlite_engine(sqlite_url) as engine:
        shop = open_shop(engine)
        shop.receive(customer="Acme", model="PCBA-7", serials=["SN1"])
        bench = bench_app.BenchApp(engine, database="SQLite bench.db")
        qtbot.addWidget(bench.login_window)
        bench.show()
        login = bench.login_window
        assert login.isVisible()
        login.ui.usernameEdit.setText("wang.fang")
        login.ui.passwordEdit.setText(PASSWORD)
        login.sign_in_with_password()
        window = bench.main_window
        assert window is not None
        qtbot.addWidget(window)
        assert window.isVisible() and not login.isVisible()
        assert window.rma_model.rowCount() == 0  # read when someone looks at the list
        with qtbot.waitSignal(window.refreshed, timeout=5000):
            window.ui.tabs.setCurrentIndex(1)
        assert window.rma_model.rowCount() == 1
        window.ui.actionLogOut.trigger()
        assert login.isVisible() and bench.main_window is None
        assert login.ui.usernameEdit.text() == "" and login.error_text() == ""
        with engine.connect() as conn:
            actions = [r[0] for r in conn.exec_driver_sql(
                "SELECT action FROM tracking_log WHERE actor_name = 'wang.fang' ORDER BY id")]
        assert actions[-2:] == ["login", "logout"]


@SHOWS_WINDOWS
def test_run_gui_starts_at_the_sign_in_window(qapp, sqlite_url, monkeypatch):
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
    shown = []

    def exec_(*_args):
        shown.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, LoginWindow) and w.isVisible())
        for widget in shown:
            widget.close()
        return 0

    monkeypatch.setenv(i18n.LANG_ENV, "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QApplication, "exec", exec_)
    assert bench_app.run_gui(sqlite_url, demo=False) == 0
    assert len(shown) == 1


def test_run_gui_without_a_database_exits_with_an_error(qapp, monkeypatch):
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(dialogs, "ask_database_retry", Answers(False))
    monkeypatch.setattr(QApplication, "exec", pytest.fail)
    assert bench_app.run_gui(CLOSED_PORT_URL, demo=False) == bench_app.EXIT_NOT_STARTED


def test_crash_hook_reports_and_saves_the_traceback(tmp_path):
    seen = []
    hook = crash.make_excepthook(lambda details, report: seen.append((details, report)),
                                 directory=tmp_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    ((details, report),) = seen
    assert "RuntimeError: boom in a slot" in details and "Traceback" in details
    assert report is not None and Path(report).parent == tmp_path
    assert "boom in a slot" in Path(report).read_text(encoding="utf-8")


def test_crash_hook_survives_a_failing_dialog(tmp_path, caplog):
    def broken(details, report):
        raise OSError("no display")

    hook = crash.make_excepthook(broken, directory=tmp_path)
    error = ValueError("bug")
    hook(ValueError, error, None)
    assert "The crash dialog failed" in caplog.text


def test_install_sets_and_returns_the_previous_hook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    previous = crash.install(lambda details, report: None)
    assert previous is sys.__excepthook__ and sys.excepthook is not sys.__excepthook__


def test_make_engine_is_not_called_for_a_malformed_url(qapp, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_database_retry", Answers())
    monkeypatch.setattr(bench_app, "make_engine", pytest.fail)
    assert bench_app.open_database("postgresql://x:y@h:port/db") is None


def test_wait_returns_the_result_of_the_work(qapp):
    assert dialogs.run_with_wait(None, "Opening", lambda: 42) == 42


def test_wait_passes_a_progress_callback(qapp):
    def work(progress):
        for done in range(1, 4):
            progress(done, 3, f"step {done}")
        return "loaded"

    assert dialogs.run_with_wait(None, "Loading", work, reports_progress=True) == "loaded"


def test_wait_reraises_the_error_of_the_work_here(qapp):
    with pytest.raises(ZeroDivisionError):
        dialogs.run_with_wait(None, "Opening", lambda: 1 / 0)


@SHOWS_WINDOWS
def test_wait_shows_a_busy_dialog_for_slow_work(qapp, qtbot):
    release = threading.Event()
    seen = []

    def check_dialog_then_release():
        dialogs_shown = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QProgressDialog) and w.isVisible()]
        seen.extend(w.labelText() for w in dialogs_shown)
        release.set()

    # The work waits until the dialog had time to appear; the check runs on the GUI thread.
    QTimer.singleShot(dialogs.WAIT_DIALOG_DELAY_MS + 300, check_dialog_then_release)
    assert dialogs.run_with_wait(None, "Opening the database", lambda: release.wait(10)) is True
    assert seen == ["Opening the database"]


@SHOWS_WINDOWS
def test_a_main_window_deleted_elsewhere_disarms_the_idle_lock(qtbot, sqlite_url):
    """The idle lock must not fire on a main window someone else deleted (the application
    quitting, a test's teardown): it used to raise inside Qt's event loop minutes later."""
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
        bench = bench_app.BenchApp(engine, database="SQLite bench.db")
        qtbot.addWidget(bench.login_window)
        bench.show()
        bench.login_window.ui.usernameEdit.setText("wang.fang")
        bench.login_window.ui.passwordEdit.setText(PASSWORD)
        bench.login_window.sign_in_with_password()
        window = bench.main_window
        assert window is not None and bench.idle.running
        window.deleteLater()
        qtbot.waitUntil(lambda: bench.main_window is None, timeout=5000)
        assert not bench.idle.running
        bench.lock()  # what the idle timer would call: nothing happens, nothing raises
        assert bench.main_window is None
