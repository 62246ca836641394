"""Bench settings: typed values in QSettings, and the dialog that edits them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from benchapp import settings as declared
from benchapp.devices.errors import PortError
from benchapp.devices.ports import PortInfo
from benchapp.devices.sim import ScannerSimulator
from benchapp.domain.roles import Station
from benchapp.ui import dialogs, i18n, settings_dialog
from benchapp.ui.bench_settings import (
    DEFAULT_IDLE_LOCK_MINUTES,
    IDLE_LOCK_KEY,
    LANGUAGE_KEY,
    LAST_STATION_KEY,
    SCANNER_PORT_KEY,
    BenchSettings,
)
from benchapp.ui.settings_dialog import SettingsDialog, edit_settings

pytestmark = pytest.mark.gui


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "bench.ini"


@pytest.fixture
def settings(ini, qapp):
    return BenchSettings.at(ini)


@pytest.fixture(autouse=True)
def no_language_override(monkeypatch):
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)


@pytest.fixture
def dialog(qtbot, settings):
    def make(**kwargs):
        d = SettingsDialog(settings, **kwargs)
        qtbot.addWidget(d)
        return d
    return make


# -- BenchSettings -----------------------------------------------------------------------

def test_defaults(settings):
    assert settings.last_station() is None
    assert settings.idle_lock_minutes() == DEFAULT_IDLE_LOCK_MINUTES == 10
    assert settings.language() == ""
    assert settings.scanner_port() == "" and settings.fixture_port() == ""
    assert settings.scanner_baud() == 9600 and settings.fixture_baud() == 115200


def test_values_survive_a_restart(settings, ini):
    settings.remember_station(Station.QC, "li.lei")
    settings.set_idle_lock_minutes(0)
    settings.set_language("zh")
    settings.set_scanner_port(" 05E0:1200:S123 ")
    settings.set_fixture_port("/dev/benchfixture")
    settings.set_fixture_baud(57600)
    settings.sync()
    again = BenchSettings.at(ini)
    assert again.last_station() is Station.QC
    assert again.last_station("LI.LEI") is Station.QC
    assert again.last_station("someone.else") is None
    assert again.idle_lock_minutes() == 0
    assert again.language() == "zh_CN"
    assert again.scanner_port() == "05e0:1200:S123"
    assert again.fixture_port() == "/dev/benchfixture"
    assert again.fixture_baud() == 57600
    # The same key i18n reads at start-up.
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "zh_CN"
    assert LANGUAGE_KEY == i18n.LANGUAGE_KEY


def test_follow_system_is_stored_as_i18n_expects(settings, ini):
    settings.set_language("en")
    settings.set_language("")
    settings.sync()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == i18n.SYSTEM
    assert settings.language() == ""


def test_setters_validate(settings):
    for bad in (-1, 241, 2.5, True, "10"):
        with pytest.raises(ValueError):
            settings.set_idle_lock_minutes(bad)
    with pytest.raises(ValueError):
        settings.set_language("klingon")
    with pytest.raises(PortError):
        settings.set_scanner_port("05e0:12")
    with pytest.raises(ValueError):
        settings.set_scanner_baud(0)
    settings.set_scanner_port("/dev/ttyACM0")
    settings.set_scanner_port("  ")  # empty: no serial scanner
    assert settings.scanner_port() == ""


def test_hand_edited_values_fall_back_to_defaults(ini, qapp):
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.setValue(IDLE_LOCK_KEY, "soon")
    raw.setValue(LAST_STATION_KEY, "canteen")
    raw.setValue(SCANNER_PORT_KEY, "usb:what")
    raw.setValue(LANGUAGE_KEY, "xx")
    raw.sync()
    settings = BenchSettings.at(ini)
    assert settings.idle_lock_minutes() == DEFAULT_IDLE_LOCK_MINUTES
    assert settings.last_station() is None
    assert settings.scanner_port() == ""
    assert settings.language() == ""


def test_an_old_unversioned_store_is_upgraded_when_opened(ini, qapp):
    # What a bench wrote before settings had a version: spellings people typed, no version.
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.setValue(LANGUAGE_KEY, "zh-CN")
    raw.setValue(SCANNER_PORT_KEY, " 05E0:1200:S123 ")
    raw.setValue(LAST_STATION_KEY, "QC")
    raw.setValue(IDLE_LOCK_KEY, "5")
    raw.sync()
    settings = BenchSettings.at(ini)
    settings.sync()
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert int(stored.value(declared.BENCH_VERSION_KEY)) == declared.BENCH_VERSION
    assert stored.value(LANGUAGE_KEY) == "zh_CN"
    assert stored.value(SCANNER_PORT_KEY) == "05e0:1200:S123"
    assert stored.value(LAST_STATION_KEY) == "qc"
    assert settings.idle_lock_minutes() == 5 and settings.last_station() is Station.QC
    assert settings.language() == "zh_CN" and settings.scanner_port() == "05e0:1200:S123"


# -- the dialog --------------------------------------------------------------------------

def test_round_trip_through_the_dialog(qtbot, dialog, settings, ini):
    d = dialog()
    assert d.ui.languageCombo.currentText() == "Follow the system"
    assert d.ui.idleSpin.value() == 10
    assert d.ui.scannerBaudCombo.currentText() == "9600"
    assert d.ui.languageNoteLabel.text() == (
        "A new language applies when benchapp starts the next time.")

    d.ui.languageCombo.setCurrentIndex(d.ui.languageCombo.findData("en"))
    d.ui.idleSpin.setValue(0)
    assert d.ui.idleSpin.text() == "Never"
    d.ui.scannerPortCombo.setEditText("05e0:1200:S123")
    d.ui.fixturePortCombo.setEditText("/dev/benchfixture")
    d.ui.fixtureBaudCombo.setEditText("38400")
    with qtbot.assertNotEmitted(d.language_changed):
        qtbot.mouseClick(d.ui.buttonBox.button(d.ui.buttonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Accepted

    again = BenchSettings.at(ini)
    assert again.language() == "en"
    assert again.idle_lock_minutes() == 0
    assert again.scanner_port() == "05e0:1200:S123"
    assert again.fixture_port() == "/dev/benchfixture"
    assert again.fixture_baud() == 38400

    shown = dialog()  # and back into a new dialog
    assert shown.ui.languageCombo.currentData() == "en"
    assert shown.ui.idleSpin.value() == 0
    assert shown.ui.scannerPortCombo.currentText() == "05e0:1200:S123"
    assert shown.ui.fixtureBaudCombo.currentText() == "38400"


def test_a_mistyped_port_keeps_the_dialog_open(qtbot, dialog, settings):
    d = dialog()
    d.ui.idleSpin.setValue(3)
    d.ui.fixturePortCombo.setEditText("05e0:12")
    d.save()
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.error_text().startswith("'05e0:12' is not a port: give a path")
    assert d.focusWidget() is d.ui.fixturePortCombo
    assert settings.idle_lock_minutes() == 10  # nothing was written

    d.ui.fixturePortCombo.setEditText("")
    d.ui.scannerBaudCombo.setEditText("fast")
    d.save()
    assert d.error_text() == ("'fast' is not a baud rate: choose one from the list, e.g. 9600 "
                              "or 115200.")
    assert settings.idle_lock_minutes() == 10


def test_cancel_changes_nothing(qtbot, monkeypatch, settings):
    def steps(d):
        d.ui.idleSpin.setValue(30)
        d.reject()
        return d.result()

    monkeypatch.setattr(dialogs, "exec_dialog", steps)
    assert edit_settings(None, settings) is False
    assert settings.idle_lock_minutes() == 10


def test_detect_lists_the_ports(qtbot, monkeypatch, dialog):
    found = [
        PortInfo("/dev/ttyACM0", 0x05E0, 0x1200, "S123", "Symbol Bar Code Scanner"),
        PortInfo("/dev/ttyS0", None, None, None, "n/a"),
        PortInfo("/dev/ttyUSB0", 0x0403, 0x6001, None, "FT232R USB UART"),
    ]
    monkeypatch.setattr(settings_dialog, "list_serial_ports", lambda: found)
    d = dialog()
    qtbot.mouseClick(d.ui.scannerDetectButton, Qt.MouseButton.LeftButton)
    combo = d.ui.scannerPortCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "05e0:1200:S123 - /dev/ttyACM0 - Symbol Bar Code Scanner",
        "/dev/ttyS0",
        "/dev/ttyUSB0 - FT232R USB UART",
    ]
    assert d.status_text("scanner") == "Serial ports found: 3. Choose one from the list."
    combo.activated.emit(0)  # the person picks the scanner in the list
    assert combo.currentText() == "05e0:1200:S123"

    monkeypatch.setattr(settings_dialog, "list_serial_ports", list)
    qtbot.mouseClick(d.ui.fixtureDetectButton, Qt.MouseButton.LeftButton)
    assert d.status_text("fixture").startswith("No serial ports found.")


def test_test_opens_the_port(qtbot, dialog, tmp_path):
    d = dialog()
    with ScannerSimulator(link=str(tmp_path / "benchscanner")) as sim:
        d.ui.scannerPortCombo.setEditText(sim.port)
        assert d.test_port("scanner") is True
        assert d.status_text("scanner").startswith("Connected: ")
        assert sim.port in d.status_text("scanner")


def test_test_reports_a_missing_device(qtbot, dialog, tmp_path):
    d = dialog()
    missing = str(tmp_path / "ttyNothing")
    d.ui.fixturePortCombo.setEditText(missing)
    qtbot.mouseClick(d.ui.fixtureTestButton, Qt.MouseButton.LeftButton)
    assert d.status_text("fixture") == (
        f"{missing} is not there: is the device plugged in? Settings > Detect lists the ports.")
    d.ui.fixturePortCombo.setEditText("")
    assert d.test_port("fixture") is False
    assert d.status_text("fixture") == "No port set: nothing to test."


def test_test_of_a_port_this_bench_has_open(qtbot, dialog):
    d = dialog(ports_in_use={"/dev/benchscanner": "connected"})
    d.ui.scannerPortCombo.setEditText("/dev/benchscanner")
    assert d.test_port("scanner") is True
    assert d.status_text("scanner") == "/dev/benchscanner: Connected (in use by this bench)."


def test_language_switches_live(qtbot, monkeypatch, dialog, settings, tmp_path):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "i18n-cache")
    d = dialog(translation=i18n.Translation(language=i18n.ENGLISH))
    assert d.ui.languageNoteLabel.text() == "A new language applies when you save."
    d.ui.languageCombo.setCurrentIndex(d.ui.languageCombo.findData(i18n.CHINESE))
    with qtbot.waitSignal(d.language_changed) as blocker:
        d.save()
    new = blocker.args[0]
    try:
        assert isinstance(new, i18n.Translation)
        assert d.translation is new
        assert settings.language() == i18n.CHINESE
        if new.active:  # lrelease available: the catalogue is installed
            assert new.language == i18n.CHINESE
    finally:
        new.remove()


def test_environment_variable_wins_and_is_said(qtbot, monkeypatch, dialog):
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    d = dialog(translation=i18n.Translation(language=i18n.ENGLISH))
    assert d.ui.languageNoteLabel.text() == (
        "BENCHAPP_LANG=en is set on this computer and decides the language, whatever is "
        "chosen here.")
    d.ui.languageCombo.setCurrentIndex(d.ui.languageCombo.findData(i18n.CHINESE))
    with qtbot.assertNotEmitted(d.language_changed):
        d.save()
