"""No scan lost around sign-in (issue 16 item 1): the serial scanner is live at the sign-in
window, a badge asks for its PIN, the scan field has the focus after sign-in, unlock, a user
switch and a dialog, and a scan that comes while a question is open waits for the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from benchapp import app as bench_app
from benchapp.devices.scan import parse_scan
from benchapp.devices.sim import ScannerSimulator
from benchapp.domain.roles import Role, Station
from benchapp.ui import lock
from benchapp.ui.bench_settings import BenchSettings
from benchapp.ui.main_window import MainWindow
from benchapp.ui.stations.base import ScanEdit
from tests.gui.helpers import BADGE, PIN, open_shop, settle, sqlite_engine
from tests.gui.station_helpers import station_shop

SHOWS_WINDOWS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [pytest.mark.gui, SHOWS_WINDOWS]

WAIT_MS = 8000


def wedge(qtbot, text: str) -> None:
    """A keyboard-wedge scanner: it types into whatever has the focus, then Enter."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus: the wedge scan is lost"
    qtbot.keyClicks(target, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.fixture
def scanner_sim(tmp_path):
    sim = ScannerSimulator(link=str(tmp_path / "benchscanner")).start()
    yield sim
    sim.stop()


def test_badge_scanned_at_the_sign_in_window_asks_its_pin_then_the_scan_field_has_focus(
        qtbot, tmp_path, sqlite_url, scanner_sim):
    settings = BenchSettings.at(tmp_path / "bench.ini")
    settings.set_scanner_port(scanner_sim.port)
    with sqlite_engine(sqlite_url) as engine:
        shop = open_shop(engine)
        rma_no = shop.receive(customer="Acme", model="PCBA-7", serials=["SN1"])
        bench = bench_app.BenchApp(engine, database="SQLite bench.db", settings=settings)
        qtbot.addWidget(bench.login_window)
        try:
            bench.show()
            qtbot.waitUntil(lambda: bench.scanner is not None
                            and bench.scanner.state == "connected", timeout=WAIT_MS)
            login = bench.login_window
            login.activateWindow()
            qtbot.waitUntil(login.isActiveWindow)
            scanner_sim.send(BADGE)  # before anyone signed in
            qtbot.waitUntil(lambda: login.ui.badgeEdit.text() == BADGE, timeout=WAIT_MS)
            assert login.ui.pinEdit.hasFocus()
            assert BADGE in login.ui.pinEdit.placeholderText()
            qtbot.keyClicks(QApplication.focusWidget(), PIN)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            window = bench.main_window
            assert window is not None
            qtbot.addWidget(window)
            qtbot.waitUntil(window.isActiveWindow)
            settle()
            focused = QApplication.focusWidget()
            assert isinstance(focused, ScanEdit) and window.view.isAncestorOf(focused)
            # The same scanner, still open, now feeds the main window.
            routed = []
            window_route = window.route_scan
            window.route_scan = lambda scan: routed.append(window_route(scan))
            assert scanner_sim.send(rma_no)
            qtbot.waitUntil(lambda: bool(routed), timeout=WAIT_MS)
        finally:
            bench.stop_devices()
            if bench.main_window is not None:
                bench.main_window.close()


def test_a_scan_at_the_sign_in_window_that_is_no_badge_is_refused_in_words(qtbot, sqlite_url):
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
        bench = bench_app.BenchApp(engine, database="SQLite bench.db",
                                   settings=BenchSettings.at(sqlite_url[10:] + ".ini"))
        qtbot.addWidget(bench.login_window)
        bench.login_window.show()
        bench._scan(parse_scan("RMA-000123"))
        assert "not a badge" in bench.login_window.error_text()
        assert bench.login_window.ui.badgeEdit.text() == ""


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def open_window(qtbot, shop, role: Role, station: Station) -> MainWindow:
    window = MainWindow(shop.uow, shop.user(role), database_text="test",
                        session=shop.session(role, station))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    return window


def scan_field_has_focus(window: MainWindow) -> bool:
    """The window's focus widget: the one that has the keyboard when the window is active
    (the offscreen platform activates no window once a dialog closed)."""
    focused = window.focusWidget()
    return isinstance(focused, ScanEdit) and window.view.isAncestorOf(focused)


@pytest.mark.parametrize(("role", "station"), [
    (Role.BUSINESS_CLERK, Station.RECEIVING), (Role.QC_LEAD, Station.QC),
    (Role.REPAIR_ENGINEER, Station.REPAIR), (Role.PACKER, Station.PACKING),
    (Role.QC_SUPERVISOR, Station.SUPERVISOR)])
def test_every_station_opens_with_the_focus_on_its_scan_field(qtbot, shop, role, station):
    window = open_window(qtbot, shop, role, station)
    assert scan_field_has_focus(window), QApplication.focusWidget()


def test_a_wedge_scan_typed_right_after_opening_reaches_the_view(qtbot, shop):
    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    window = open_window(qtbot, shop, Role.QC_LEAD, Station.QC)
    wedge(qtbot, serials[0])
    settle()
    unit = window.view.current(window.view.ui.screeningTable)
    assert unit is not None and unit.serial == serials[0]


def test_focus_returns_to_the_scan_field_after_a_dialog(qtbot, shop):
    window = open_window(qtbot, shop, Role.QC_LEAD, Station.QC)
    window.ui.tabs.setFocus()  # where the focus was after sign-in before issue 16
    box = QMessageBox(QMessageBox.Icon.Information, "t", "a question", parent=window)
    QTimer.singleShot(50, box.accept)
    box.exec()
    qtbot.waitUntil(lambda: scan_field_has_focus(window))


def test_a_scan_while_a_question_is_open_waits_for_the_view(qtbot, shop):
    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    window = open_window(qtbot, shop, Role.QC_LEAD, Station.QC)
    box = QMessageBox(QMessageBox.Icon.Question, "t", "a question", parent=window)
    outcome = []

    def scan_then_close() -> None:
        outcome.append(window.route_scan(parse_scan(serials[0])))
        outcome.append(window.statusBar().currentMessage())
        box.accept()

    QTimer.singleShot(50, scan_then_close)
    box.exec()
    assert outcome[0] == "queued" and serials[0] in outcome[1]
    settle()
    qtbot.waitUntil(lambda: not window.queued_scans)
    settle()
    view = window.view
    unit = view.current(view.ui.screeningTable)
    assert unit is not None and unit.serial == serials[0]  # the view used the kept scan


def test_after_unlock_the_scan_field_has_the_focus(qtbot, sqlite_url, monkeypatch):
    with sqlite_engine(sqlite_url) as engine:
        shop = open_shop(engine)
        bench = bench_app.BenchApp(engine, database="SQLite bench.db",
                                   settings=BenchSettings.at(sqlite_url[10:] + ".ini"))
        qtbot.addWidget(bench.login_window)
        bench.login_window.ui.badgeEdit.setText(BADGE)
        bench.login_window.ui.pinEdit.setText(PIN)
        bench.login_window.sign_in_with_badge()
        window = bench.main_window
        qtbot.addWidget(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle()
        assert shop.clerk.username == window.user.username

        def unlocked(parent, user, uow_factory):
            window.ui.tabs.setFocus()
            return lock.LockOutcome.UNLOCKED

        monkeypatch.setattr(lock, "lock_screen", unlocked)
        bench.lock()
        assert scan_field_has_focus(window)
        window.close()
