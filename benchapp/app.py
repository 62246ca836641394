"""GUI wiring: translations, fonts, the database, first start, sign-in and the main window."""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

# What needs no Qt is imported before PySide6: once loaded, PySide6 reads the source of every
# module imported after it (the import hook of its __feature__ support, napari/napari#8584),
# 60-90 ms for SQLAlchemy's core alone.
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine

from benchapp.db.engine import (
    DatabaseMissing,
    DatabaseUrlError,
    check_url,
    database_setting,
    describe,
    make_engine,
    require_existing,
)
from benchapp.domain.errors import DomainError
from benchapp.domain.users import User
from benchapp.services import users
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.settings import MachineConfigError, Source

# isort: split
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit

from benchapp.ui import crash, dialogs, fonts, i18n, xcb
from benchapp.ui.login import LoginWindow

if TYPE_CHECKING:
    from benchapp.ui.main_window import MainWindow

# Start-up (issue 11: the sign-in window within 0.6 s) loads only what the sign-in window
# needs. The main window, the stations and the first-run dialog are imported where they are
# first used; the ORM and the unit of work are loaded while the person types their name
# (preload_for_sign_in); Alembic only when the database is behind (db/migrate.py).

log = logging.getLogger(__name__)

EXIT_NOT_STARTED = 1  # no window system, no usable database, or no first administrator

# The server is down, refuses or times out, or the file cannot be opened: worth a retry.
RETRYABLE = (sa_exc.OperationalError, sa_exc.InterfaceError, DatabaseUnavailable, OSError)


def fatal_errors() -> tuple[type[BaseException], ...]:
    """A malformed URL, a missing driver, a database from a newer version: retrying cannot
    help. Only called once an error was raised (an ``except`` clause is evaluated then):
    Alembic costs 0.1-0.4 s to import, and a start on a current database never loads it."""
    from alembic.util import CommandError

    return (sa_exc.ArgumentError, CommandError)


def database_text(url: str) -> str:
    """The database for people to read: never the password, even from a malformed URL."""
    try:
        check_url(url)  # a raw @ in a password parses, with the password's tail as the host
        return describe(url)
    except (sa_exc.ArgumentError, ValueError):
        # Up to the last @: a raw @ in a password must not leave its tail on the screen.
        return re.sub(r"(://[^:/@]*:).*@", r"\1***@", url)


def error_detail(exc: BaseException) -> str:
    origin = getattr(exc, "orig", None) or exc
    lines = str(origin).strip().splitlines()
    return f"{type(origin).__name__}: {lines[0] if lines else ''}".strip()


class BenchApp(QObject):
    """Sign-in, station choice, the main window, the bench's devices, idle lock, user switch.

    ``settings``: this bench's settings (ui.bench_settings.BenchSettings); ``slips``: the slip
    port (PdfSlips; created on first use, it loads reportlab and pyHanko).
    """

    def __init__(self, engine: Engine, *, database: str, settings: object | None = None,
                 slips: object | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from benchapp.ui.bench_settings import BenchSettings
        from benchapp.ui.lock import IdleWatcher

        self.engine = engine
        self.database = database
        self.settings = settings if settings is not None else BenchSettings()
        self._slips = slips
        self.login_window = LoginWindow(self.uow_factory, database_text=database,
                                        slips=lambda: self.slips)
        self.login_window.logged_in.connect(self.open_main_window)
        self.main_window: MainWindow | None = None
        self.scanner: object | None = None
        self.fixture: object | None = None
        self._locked = False
        self.translation: i18n.Translation | None = None
        self.idle = IdleWatcher(self.settings.idle_lock_minutes(), self)
        self.idle.idle.connect(self.lock)

    def uow_factory(self) -> AbstractUnitOfWork:
        from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

        return SqlAlchemyUnitOfWork(self.engine)

    @property
    def slips(self) -> object:
        if self._slips is None:
            from benchapp import settings
            from benchapp.slips.port import PdfSlips

            # Signing and verifying trust only the shop CA pinned on this machine.
            self._slips = PdfSlips(ca_pin=settings.shop_ca_pin())
        return self._slips

    def show(self) -> None:
        # The scanner is live from the start: a badge scanned at the sign-in window asks for
        # that badge's PIN (issue 16); opened once the window is up (start-up time).
        self.login_window.show()
        QTimer.singleShot(0, self, self.start_devices)

    # -- signing in and choosing a station ---------------------------------------------------

    def open_main_window(self, user: User) -> MainWindow | None:
        from benchapp.ui.main_window import MainWindow
        from benchapp.ui.session import Session
        from benchapp.ui.station_chooser import choose_station

        station = choose_station(self.login_window, user, self.settings)
        if station is None:  # no station for this person's roles, or they cancelled
            self._record_logout(user)
            self.login_window.reset()
            self.login_window.show()
            return None
        session = Session(user=user, station=station, uow_factory=self.uow_factory,
                          slips=self.slips, database_text=self.database, fixture=self.fixture)
        window = MainWindow(self.uow_factory, user, database_text=self.database)
        window.logged_out.connect(self.log_out)
        window.badge_scanned.connect(self.switch_user)
        window.change_station_requested.connect(self.change_station)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.open_settings)
        self.main_window = window
        # A window closed by someone else (the application quitting, a test) must not leave the
        # idle lock armed on a deleted window.
        window.destroyed.connect(lambda *_args, gone=window: self._main_window_gone(gone))
        self.start_devices()
        session.fixture = self.fixture
        window.set_session(session)
        window.show()
        self.login_window.hide()
        self.idle.start()
        return window

    def change_station(self) -> None:
        from benchapp.ui.station_chooser import choose_station

        window = self.main_window
        if window is None or window.session is None:
            return
        station = choose_station(window, window.user, self.settings)
        if station is None or station == window.session.station:
            return
        session = replace(window.session, station=station)
        window.set_session(session)

    # -- devices --------------------------------------------------------------------------

    def start_devices(self) -> None:
        """Open the scanner and fixture set up for this bench (once; they reconnect alone)."""
        from benchapp.ui.device_bridge import FixtureBridge, ScannerBridge

        if self.scanner is None and self.settings.scanner_port():
            self.scanner = ScannerBridge(self.settings.scanner_port(), self,
                                         baudrate=self.settings.scanner_baud())
            self.scanner.scan_accepted.connect(self._scan)
            self.scanner.scan_rejected.connect(self._scan_rejected)
            self.scanner.state_changed.connect(partial(self._device_state, "scanner"))
            self.scanner.start()
        if self.fixture is None and self.settings.fixture_port():
            self.fixture = FixtureBridge(self.settings.fixture_port(), self,
                                         baudrate=self.settings.fixture_baud())
            self.fixture.state_changed.connect(partial(self._device_state, "fixture"))
            self.fixture.start()
        if self.main_window is not None:
            for name, device in (("scanner", self.scanner), ("fixture", self.fixture)):
                self.main_window.set_device_state(
                    name, device.state if device is not None else None)  # type: ignore[attr-defined]

    def stop_devices(self) -> None:
        for device in (self.scanner, self.fixture):
            if device is not None:
                device.close()  # type: ignore[attr-defined]
        self.scanner = self.fixture = None

    def _device_state(self, name: str, state: str) -> None:
        if self.main_window is not None:
            self.main_window.set_device_state(name, state)

    def _scan(self, scan: object) -> None:
        self.idle.poke()
        if self.main_window is None:
            modal = QApplication.activeModalWidget()
            handler = getattr(modal, "handle_scan", None)
            if handler is not None:
                handler(scan)
            elif self.login_window.isVisible():
                self.login_window.handle_scan(scan)  # type: ignore[arg-type]
            return
        if self.main_window is not None:
            # While locked, the lock dialog is the modal dialog and takes the (badge) scans.
            self.main_window.route_scan(scan)  # type: ignore[arg-type]

    def _scan_rejected(self, rejected: object) -> None:
        self.idle.poke()
        if self.main_window is None and self.login_window.isVisible():
            self.login_window.scan_rejected(rejected)  # type: ignore[arg-type]
        elif self.main_window is not None and not self._locked:
            self.main_window.scan_rejected(rejected)

    # -- lock, user switch, settings, log-out ---------------------------------------------

    def _main_window_gone(self, window: MainWindow) -> None:
        if self.main_window is window:
            self.main_window = None
            self.idle.stop()

    def lock(self) -> None:
        from shiboken6 import isValid

        from benchapp.ui.lock import LockOutcome, lock_screen

        window = self.main_window
        if window is None or self._locked or not isValid(window):
            return
        self._locked = True
        if window.session is not None:
            # 21 CFR 11.200(a)(1): the lock ends the continuous session; the signing key copy
            # goes now, not at unlock (the bench stands unattended meanwhile).
            window.session.end_signing()
        try:
            outcome = lock_screen(window, window.user, self.uow_factory)
        finally:
            self._locked = False
        if outcome == LockOutcome.UNLOCKED:
            # The signed-in person proved who they are again; the next signature is a full
            # one still (a new session of signing: end_signing above).
            self.idle.resume()
            window.focus_scan_field()
        else:
            self.log_out()

    def switch_user(self, badge: str) -> None:
        """A badge scanned at a signed-in bench: after its PIN, that person takes over."""
        from benchapp.ui import messages

        window = self.main_window
        if window is None:
            return
        pin, ok = QInputDialog.getText(
            window, QCoreApplication.translate("app", "Switch user"),
            QCoreApplication.translate("app", "Badge {badge}: enter the PIN").format(
                badge=badge), QLineEdit.EchoMode.Password)
        if not ok or not pin:
            return
        try:
            user = users.login_badge(self.uow_factory(), badge, pin)
        except DomainError as refused:
            window._tell(messages.error_text(refused), error=True)
            return
        except DatabaseUnavailable as exc:
            window._tell(messages.database_unavailable_text(str(exc)), error=True)
            return
        self._record_logout(window.user)
        self._close_main_window()
        if self.open_main_window(user) is None:
            self.login_window.show()

    def open_settings(self) -> None:
        from benchapp.ui.settings_dialog import edit_settings

        window = self.main_window
        if window is None:
            return
        in_use = {port: device.state for port, device in (  # type: ignore[attr-defined]
            (self.settings.scanner_port(), self.scanner),
            (self.settings.fixture_port(), self.fixture)) if device is not None}
        if edit_settings(window, self.settings, translation=self.translation,
                         ports_in_use=in_use, on_language_changed=self._language_changed):
            self.idle.set_minutes(self.settings.idle_lock_minutes())
            # New ports take effect now: reopen the devices.
            self.stop_devices()
            self.start_devices()
            if window.session is not None:
                window.session.fixture = self.fixture

    def _language_changed(self, translation: i18n.Translation) -> None:
        self.translation = translation
        window = self.main_window
        if window is not None:
            window.ui.retranslateUi(window)
            if window.session is not None:
                window.set_session(window.session)  # rebuilt in the new language
        self.login_window.ui.retranslateUi(self.login_window)

    def _record_logout(self, user: User) -> None:
        try:
            users.logout(self.uow_factory(), user.actor())
        except DatabaseUnavailable:
            log.warning("log-out not recorded: the database is unreachable")

    def log_out(self) -> None:
        if self.main_window is not None:
            self._record_logout(self.main_window.user)
        self.idle.stop()
        # Show the sign-in window before closing the main one, or Qt quits on the last close.
        self.login_window.reset()
        self.login_window.show()
        self._close_main_window()

    def _close_main_window(self) -> None:
        if self.main_window is not None:
            if self.main_window.session is not None:
                self.main_window.session.end_signing()  # sign-out or user switch
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None


def open_database(url: str) -> Engine | None:
    """Create (on first start), migrate and check the database; None if the person quits."""
    shown = database_text(url)
    try:
        check_url(url)
    except (sa_exc.ArgumentError, ValueError) as exc:  # DatabaseUrlError among them
        dialogs.ask_database_retry(shown, error_detail(exc), retry=False)
        return None
    from benchapp.db.migrate import upgrade_if_needed

    while True:
        engine: Engine | None = None
        try:
            engine = make_engine(url)
            dialogs.run_with_wait(
                None,
                QCoreApplication.translate("app", "Opening the database {database}…").format(
                    database=shown),
                partial(prepare_database, engine, upgrade_if_needed))
            return engine
        except fatal_errors() as exc:
            log.error("Cannot use the database %s: %s", shown, exc)
            _dispose(engine)
            dialogs.ask_database_retry(shown, error_detail(exc), retry=False)
            return None
        except RETRYABLE as exc:
            log.warning("Cannot open the database %s: %s", shown, exc)
            _dispose(engine)
            if not dialogs.ask_database_retry(shown, error_detail(exc)):
                return None


def prepare_database(engine: Engine, upgrade_if_needed: Callable[[Engine], bool]) -> None:
    """Bring the schema up to date; give a new database this PC's shop time zone (machine
    file); after an upgrade (the first start, or a new version) seed the working calendar with
    this year's and next year's public holidays and make-up days (a year seeded before is left
    alone). Runs in a worker, before anyone signs in."""
    from benchapp import settings
    from benchapp.services.shop_clock import check_machine_time_zone

    def uow() -> AbstractUnitOfWork:
        from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

        return SqlAlchemyUnitOfWork(engine)

    upgraded = upgrade_if_needed(engine)
    # Every start: a new database takes this PC's zone; a bench whose machine file names
    # another zone than the shop's says so in its log (the shop's zone is used).
    try:
        zone = check_machine_time_zone(uow)
    except settings.InvalidSetting as exc:  # $BENCHAPP_TIME_ZONE mistyped: not a reason to stop
        log.warning("Ignoring the machine's time zone: %s", exc)
        zone = None
    if zone is not None and (zone.adopted or zone.differs):
        (log.info if zone.adopted else log.warning)("%s", zone.message())
    if upgraded:
        from benchapp.services.public_holidays import seed_if_never_seeded

        for seeded in seed_if_never_seeded(uow()):
            log.info("Working calendar %s: %d days added from %s", seeded.year,
                     len(seeded.plan.add), seeded.source)


def _dispose(engine: Engine | None) -> None:
    if engine is not None:
        engine.dispose()


def prepare_users(engine: Engine, *, database: str, demo: bool) -> bool:
    """Make sure someone can sign in: demo data, or the first administrator. False = quit."""
    def uow_factory() -> AbstractUnitOfWork:
        from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

        return SqlAlchemyUnitOfWork(engine)

    from benchapp.db.migrate import has_users

    while True:
        try:
            if has_users(engine):
                return True
            if demo:
                from benchapp.demo import load_demo

                dialogs.run_with_wait(
                    None, QCoreApplication.translate("app", "Loading the demo data…"),
                    lambda report: load_demo(engine, progress=report), reports_progress=True)
                return True
            from benchapp.ui.first_run import FirstRunDialog

            dialog = FirstRunDialog(uow_factory)
            accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            dialog.deleteLater()
            return accepted
        except DatabaseUnavailable as exc:
            if not dialogs.ask_database_retry(database, str(exc)):
                return False
        except RETRYABLE as exc:  # from the plain query of has_users
            log.warning("Cannot read the users of %s: %s", database, exc)
            if not dialogs.ask_database_retry(database, error_detail(exc)):
                return False


def preload_for_sign_in() -> threading.Thread:
    """Import the ORM and the unit of work (0.2-0.3 s) on a worker thread while the person
    types their name, so that the sign-in window does not wait for them and the first
    sign-in finds them loaded. Imports only: Python's import locks make a concurrent import of
    the same module by the GUI thread wait for this one."""
    def load() -> None:
        try:
            from sqlalchemy.orm import configure_mappers

            import benchapp.db.unit_of_work  # noqa: F401 - loaded for the first sign-in

            configure_mappers()
        except Exception:
            log.exception("preloading the database layer failed")

    thread = threading.Thread(target=load, name="preload-orm")
    thread.start()
    return thread


def start(db_url: str | None, *, demo: bool) -> BenchApp | None:
    """Everything between the QApplication and the sign-in window; None = quit.

    Only the default database (the user's own SQLite file) is created on a first start: a
    SQLite file named by --db, $BENCHAPP_DB or the machine file that is not there is a typo or
    a missing share, never a new, empty shop.
    """
    try:
        chosen = database_setting(db_url)
    except MachineConfigError as exc:
        log.error("%s", exc)
        dialogs.ask_database_retry(str(exc.path), exc.message, retry=False)
        return None
    url = chosen.value
    database = database_text(url)
    if chosen.source is not Source.DEFAULT:
        try:
            require_existing(url)
        except (DatabaseMissing, DatabaseUrlError) as exc:
            log.error("Cannot use the database %s: %s", database, exc)
            dialogs.ask_database_retry(database, exc.message, retry=False)
            return None
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
    app = QApplication.instance()
    if app is None:
        # Qt aborts the process when a library of its X11 platform is missing, naming the
        # wrong one: say which packages to install instead.
        missing = xcb.problem(os.environ)
        if missing is not None:
            print(missing, file=sys.stderr)
            return EXIT_NOT_STARTED
        app = QApplication(sys.argv)
    app.setApplicationName("benchapp")
    app.setOrganizationName("benchapp")
    translation = i18n.install(i18n.current_language())
    log.info("GUI language: %s", translation.language)
    fonts.ensure_cjk_font()
    running_on = {"database": "not opened yet"}
    crash.install(dialogs.show_crash, about=lambda: crash.about(running_on["database"]))
    bench = start(db_url, demo=demo)
    if bench is None:
        return EXIT_NOT_STARTED
    running_on["database"] = bench.engine.dialect.name
    bench.translation = translation
    bench.show()
    preload = preload_for_sign_in()
    if os.environ.get("BENCHAPP_STARTUP_PROBE"):
        # For benchmarks/bench_startup.py: say when the sign-in window is up and the CPU
        # time the process has used by then (less disturbed by other load), then quit.
        def probe() -> None:
            print(f"login-shown {time.time():.6f} {time.process_time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, probe)
    code = app.exec()
    preload.join()
    bench.stop_devices()
    bench.engine.dispose()
    return code
