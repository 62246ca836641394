"""GUI wiring: translations, fonts, the database, first start, sign-in and the main window."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from functools import partial

from alembic.util import CommandError
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url

from benchapp.db.engine import describe, make_engine, resolve_url
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.users import User
from benchapp.services import users
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.ui import crash, dialogs, fonts, i18n
from benchapp.ui.first_run import FirstRunDialog
from benchapp.ui.login import LoginWindow
from benchapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_NOT_STARTED = 1  # no usable database, or the first administrator was not created

# The server is down, refuses or times out, or the file cannot be opened: worth a retry.
RETRYABLE = (sa_exc.OperationalError, sa_exc.InterfaceError, DatabaseUnavailable, OSError)
# A malformed URL, a missing driver, a database from a newer version: retrying cannot help.
FATAL = (sa_exc.ArgumentError, CommandError)


def database_text(url: str) -> str:
    """The database for people to read: never the password, even from a malformed URL."""
    try:
        return describe(url)
    except (sa_exc.ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def error_detail(exc: BaseException) -> str:
    origin = getattr(exc, "orig", None) or exc
    lines = str(origin).strip().splitlines()
    return f"{type(origin).__name__}: {lines[0] if lines else ''}".strip()


class BenchApp(QObject):
    """Switches between the sign-in window and the main window of the signed-in person."""

    def __init__(self, engine: Engine, *, database: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.database = database
        self.login_window = LoginWindow(self.uow_factory, database_text=database)
        self.login_window.logged_in.connect(self.open_main_window)
        self.main_window: MainWindow | None = None

    def uow_factory(self) -> AbstractUnitOfWork:
        return SqlAlchemyUnitOfWork(self.engine)

    def show(self) -> None:
        self.login_window.show()

    def open_main_window(self, user: User) -> MainWindow:
        window = MainWindow(self.uow_factory, user, database_text=self.database)
        window.logged_out.connect(self.log_out)
        window.refresh()
        window.show()
        self.login_window.hide()
        self.main_window = window
        return window

    def log_out(self) -> None:
        if self.main_window is not None:
            try:
                users.logout(self.uow_factory(), self.main_window.user.actor())
            except DatabaseUnavailable:
                log.warning("log-out not recorded: the database is unreachable")
        # Show the sign-in window before closing the main one, or Qt quits on the last close.
        self.login_window.reset()
        self.login_window.show()
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None


def open_database(url: str) -> Engine | None:
    """Create (on first start), migrate and check the database; None if the person quits."""
    shown = database_text(url)
    try:
        make_url(url)
    except (sa_exc.ArgumentError, ValueError) as exc:  # SQLAlchemy raises ValueError for a bad port
        dialogs.ask_database_retry(shown, error_detail(exc), retry=False)
        return None
    while True:
        engine: Engine | None = None
        try:
            engine = make_engine(url)
            dialogs.run_with_wait(
                None,
                QCoreApplication.translate("app", "Opening the database {database}…").format(
                    database=shown),
                partial(upgrade, engine))
            return engine
        except FATAL as exc:
            log.error("Cannot use the database %s: %s", shown, exc)
            _dispose(engine)
            dialogs.ask_database_retry(shown, error_detail(exc), retry=False)
            return None
        except RETRYABLE as exc:
            log.warning("Cannot open the database %s: %s", shown, exc)
            _dispose(engine)
            if not dialogs.ask_database_retry(shown, error_detail(exc)):
                return None


def _dispose(engine: Engine | None) -> None:
    if engine is not None:
        engine.dispose()


def has_users(uow_factory: Callable[[], AbstractUnitOfWork]) -> bool:
    return bool(users.list_users(uow_factory()))


def prepare_users(engine: Engine, *, database: str, demo: bool) -> bool:
    """Make sure someone can sign in: demo data, or the first administrator. False = quit."""
    def uow_factory() -> AbstractUnitOfWork:
        return SqlAlchemyUnitOfWork(engine)

    while True:
        try:
            if has_users(uow_factory):
                return True
            if demo:
                from benchapp.demo import load_demo

                dialogs.run_with_wait(
                    None, QCoreApplication.translate("app", "Loading the demo data…"),
                    lambda report: load_demo(engine, progress=report), reports_progress=True)
                return True
            dialog = FirstRunDialog(uow_factory)
            accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            dialog.deleteLater()
            return accepted
        except DatabaseUnavailable as exc:
            if not dialogs.ask_database_retry(database, str(exc)):
                return False


def start(db_url: str | None, *, demo: bool) -> BenchApp | None:
    """Everything between the QApplication and the sign-in window; None = quit."""
    url = resolve_url(db_url)
    database = database_text(url)
    engine = open_database(url)
    if engine is None:
        return None
    if not prepare_users(engine, database=database, demo=demo):
        engine.dispose()
        return None
    return BenchApp(engine, database=database)


def run_gui(db_url: str | None, demo: bool) -> int:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("benchapp")
    app.setOrganizationName("benchapp")
    translation = i18n.install(i18n.current_language())
    log.info("GUI language: %s", translation.language)
    fonts.ensure_cjk_font()
    crash.install(dialogs.show_crash)
    bench = start(db_url, demo=demo)
    if bench is None:
        return EXIT_NOT_STARTED
    bench.show()
    code = app.exec()
    bench.engine.dispose()
    return code
