"""The bench's settings dialog: language, idle lock, scanner and fixture ports (detect, test)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from benchapp import settings as declared
from benchapp.devices.errors import DeviceError
from benchapp.devices.ports import PortInfo, PortSpec, list_serial_ports, open_serial
from benchapp.ui import dialogs, i18n, messages
from benchapp.ui.bench_settings import BenchSettings
from benchapp.ui.forms.ui_settings_dialog import Ui_SettingsDialog

log = logging.getLogger(__name__)

TEST_OPEN_TIMEOUT_S = 0.2
# Language names are shown in their own language: whoever cannot read the current one still
# finds theirs.
LANGUAGE_NAMES = ((i18n.CHINESE, "中文（简体）"), (i18n.ENGLISH, "English"))


def port_choice(port: PortInfo) -> str:
    """What to store for a detected port: the USB id with serial number where there is one
    (it survives a move to another USB socket), else the path."""
    if port.usb_id and port.serial_number:
        return f"{port.usb_id}:{port.serial_number}"
    return port.device


@dataclass
class _Device:
    """One device group of the form: scanner or fixture."""

    name: str  # "scanner" or "fixture", as the drivers call them
    port: declared.Setting
    baud: declared.Setting
    port_combo: QComboBox
    baud_combo: QComboBox
    status_label: QLabel


class SettingsDialog(QDialog):
    """Edits a BenchSettings; Save writes them, Cancel leaves them.

    ``translation``: the translators installed now. With it, a new language is switched live
    when saved (``language_changed`` carries the new i18n.Translation; the caller keeps it and
    rebuilds its windows); without it, the language applies at the next start.
    ``ports_in_use``: port text -> DeviceState value of the devices this bench has open now, so
    that Test reports them instead of finding them busy.

    Signals:
        language_changed(object): the new i18n.Translation after a live switch.
    """

    language_changed = Signal(object)

    def __init__(self, settings: BenchSettings, *, translation: i18n.Translation | None = None,
                 ports_in_use: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translation = translation
        self._ports_in_use = {str(k).strip(): v for k, v in (ports_in_use or {}).items()}
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.devices = {
            "scanner": _Device("scanner", declared.SCANNER_PORT, declared.SCANNER_BAUD,
                               ui.scannerPortCombo, ui.scannerBaudCombo, ui.scannerStatusLabel),
            "fixture": _Device("fixture", declared.FIXTURE_PORT, declared.FIXTURE_BAUD,
                               ui.fixturePortCombo, ui.fixtureBaudCombo, ui.fixtureStatusLabel),
        }
        ui.languageCombo.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES:
            ui.languageCombo.addItem(name, code)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.save)
        for device in self.devices.values():
            for rate in device.baud.suggestions:
                device.baud_combo.addItem(str(rate))
            device.port_combo.lineEdit().setPlaceholderText(self.tr("none"))
            device.port_combo.activated.connect(
                lambda index, d=device: self._port_chosen(d, index))
            device.status_label.hide()
        ui.scannerDetectButton.clicked.connect(lambda: self.detect("scanner"))
        ui.fixtureDetectButton.clicked.connect(lambda: self.detect("fixture"))
        ui.scannerTestButton.clicked.connect(lambda: self.test_port("scanner"))
        ui.fixtureTestButton.clicked.connect(lambda: self.test_port("fixture"))
        ui.languageCombo.currentIndexChanged.connect(self._language_note)
        idle = declared.IDLE_LOCK_MINUTES
        ui.idleSpin.setRange(idle.minimum, idle.maximum)
        ui.errorLabel.hide()
        self.load()
        ui.languageCombo.setFocus()

    # -- values --------------------------------------------------------------------------

    def load(self) -> None:
        s, ui = self.settings, self.ui
        index = ui.languageCombo.findData(s.language())
        ui.languageCombo.setCurrentIndex(max(0, index))
        ui.idleSpin.setValue(s.idle_lock_minutes())
        ui.scannerPortCombo.setEditText(s.scanner_port())
        ui.fixturePortCombo.setEditText(s.fixture_port())
        ui.scannerBaudCombo.setEditText(str(s.scanner_baud()))
        ui.fixtureBaudCombo.setEditText(str(s.fixture_baud()))
        self._language_note()

    def language_choice(self) -> str:
        return str(self.ui.languageCombo.currentData() or "")

    def save(self) -> None:
        """Check every field, then write them all; a bad field keeps the dialog open."""
        ui, s = self.ui, self.settings
        values: dict[str, tuple[str, int]] = {}
        for device in self.devices.values():
            port = device.port_combo.currentText().strip()
            try:
                device.port.parse(port)
            except DeviceError as err:
                self._fail(messages.device_error_text(err), device.port_combo)
                return
            baud = self._baud(device)
            if baud is None:
                return
            values[device.name] = (port, baud)
        old_language = s.language()
        s.set_language(self.language_choice())
        s.set_idle_lock_minutes(ui.idleSpin.value())
        s.set_scanner_port(values["scanner"][0])
        s.set_scanner_baud(values["scanner"][1])
        s.set_fixture_port(values["fixture"][0])
        s.set_fixture_baud(values["fixture"][1])
        s.sync()
        if self.language_choice() != old_language:
            self._switch_language()
        self.accept()

    def _baud(self, device: _Device) -> int | None:
        text = device.baud_combo.currentText().strip()
        try:
            return device.baud.parse(text)
        except declared.InvalidSetting:
            self._fail(self.tr("'{value}' is not a baud rate: choose one from the list, e.g. "
                               "9600 or 115200.").format(value=text), device.baud_combo)
            return None

    # -- language ------------------------------------------------------------------------

    def effective_language(self, choice: str) -> str:
        return i18n.choose_language(env=os.environ.get(i18n.LANG_ENV),
                                    setting=choice or i18n.SYSTEM,
                                    system_locale=QLocale.system().name())

    def _language_note(self) -> None:
        note = self.ui.languageNoteLabel
        forced = os.environ.get(i18n.LANG_ENV)
        if forced and i18n.normalize(forced):
            note.setText(self.tr("{variable}={value} is set on this computer and decides the "
                                 "language, whatever is chosen here.").format(
                variable=i18n.LANG_ENV, value=forced))
        elif self.translation is None:
            note.setText(self.tr("A new language applies when benchapp starts the next time."))
        else:
            note.setText(self.tr("A new language applies when you save."))

    def _switch_language(self) -> None:
        if self.translation is None:
            return
        wanted = self.effective_language(self.language_choice())
        if wanted == self.translation.language:
            return
        self.translation.remove()
        self.translation = i18n.install(wanted)
        log.info("GUI language switched to %s", self.translation.language)
        self.language_changed.emit(self.translation)

    # -- devices -------------------------------------------------------------------------

    def detect(self, name: str) -> list[PortInfo]:
        """List this computer's serial ports in the device's port list."""
        device = self.devices[name]
        try:
            found = list_serial_ports()
        except OSError as exc:
            self._status(device, "error", self.tr("The serial ports cannot be listed: {detail}")
                         .format(detail=exc))
            return []
        typed = device.port_combo.currentText()
        device.port_combo.clear()
        for port in found:
            choice = port_choice(port)
            parts = [choice]
            if choice != port.device:
                parts.append(port.device)
            if port.description and port.description not in ("n/a", port.device):
                parts.append(port.description)
            device.port_combo.addItem(" - ".join(parts), choice)
        device.port_combo.setEditText(typed)
        if found:
            self._status(device, "ok", self.tr("Serial ports found: {count}. Choose one from "
                                               "the list.").format(count=len(found)))
            device.port_combo.setFocus()
            if self.isVisible():
                device.port_combo.showPopup()
        else:
            self._status(device, "warn", self.tr(
                "No serial ports found. Plug the device in (USB-COM mode), then Detect again."))
        return found

    def test_port(self, name: str) -> bool:
        """Open the port briefly: connected, or the reason it cannot be used."""
        device = self.devices[name]
        text = device.port_combo.currentText().strip()
        if not text:
            self._status(device, "warn", self.tr("No port set: nothing to test."))
            return False
        baud = self._baud(device)
        if baud is None:
            return False
        self._clear_error()
        in_use = self._ports_in_use.get(text)
        if in_use is not None:
            self._status(device, "ok" if in_use == "connected" else "warn", self.tr(
                "{port}: {state} (in use by this bench).").format(
                    port=text, state=messages.device_state_text(in_use)))
            return in_use == "connected"
        try:
            path = PortSpec.parse(text).resolve()
            link = open_serial(path, baudrate=baud, timeout=TEST_OPEN_TIMEOUT_S)
        except DeviceError as err:
            self._status(device, "error", messages.device_error_text(err))
            return False
        try:
            link.close()
        except OSError as exc:  # closing a port that just opened; not worth failing the test
            log.warning("closing %s after the test: %s", path, exc)
        if path == text:
            shown = self.tr("Connected: {port} opens.").format(port=text)
        else:
            shown = self.tr("Connected: {port} is {path} and opens.").format(port=text, path=path)
        self._status(device, "ok", shown)
        return True

    def _port_chosen(self, device: _Device, index: int) -> None:
        # The list shows the port with its description; the field keeps what is stored.
        choice = device.port_combo.itemData(index)
        if choice:
            device.port_combo.setEditText(str(choice))

    # -- messages ------------------------------------------------------------------------

    def status_text(self, name: str) -> str:
        label = self.devices[name].status_label
        return label.text() if not label.isHidden() else ""

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _status(self, device: _Device, kind: str, text: str) -> None:
        colour = {"ok": "#107c10", "warn": "#8a5a00", "error": "#a4262c"}[kind]
        device.status_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        device.status_label.setText(text)
        device.status_label.show()

    def _fail(self, text: str, widget: QWidget) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        widget.setFocus()

    def _clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()


def edit_settings(parent: QWidget | None, settings: BenchSettings, *,
                  translation: i18n.Translation | None = None,
                  ports_in_use: Mapping[str, str] | None = None,
                  on_language_changed: Callable[[i18n.Translation], None] | None = None,
                  ) -> bool:
    """Show the settings dialog; True if the person saved (re-read ``settings`` then)."""
    dialog = SettingsDialog(settings, translation=translation, ports_in_use=ports_in_use,
                            parent=parent)
    if on_language_changed is not None:
        dialog.language_changed.connect(on_language_changed)
    try:
        return dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
