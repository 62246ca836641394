"""This bench's own settings (QSettings): station, idle lock, language, scanner and fixture.

Shop-wide values (time limits, retention) live in the database; what belongs to one PC and its
devices lives here. Each setting is declared once below with its key and default. Values read
back are checked: a hand-edited or foreign value falls back to the default (logged), it never
reaches a widget or a driver.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QSettings

from benchapp.devices.errors import DeviceError
from benchapp.devices.fixture import DEFAULT_FIXTURE_BAUD
from benchapp.devices.ports import PortSpec
from benchapp.devices.scanner import DEFAULT_SCANNER_BAUD
from benchapp.domain.roles import Station
from benchapp.ui import i18n

log = logging.getLogger(__name__)

# The key i18n.read_language_setting reads at start-up: one setting, two readers.
LANGUAGE_KEY = i18n.LANGUAGE_KEY
LAST_STATION_KEY = "bench/last_station"
USER_STATION_GROUP = "bench/last_station_by_user"
IDLE_LOCK_KEY = "bench/idle_lock_minutes"
SCANNER_PORT_KEY = "devices/scanner_port"
SCANNER_BAUD_KEY = "devices/scanner_baud"
FIXTURE_PORT_KEY = "devices/fixture_port"
FIXTURE_BAUD_KEY = "devices/fixture_baud"

DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240
# "" follows the system (stored as i18n.SYSTEM, which is what i18n reads), else a language code.
FOLLOW_SYSTEM = ""
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400)
MAX_BAUD = 4_000_000

# User names are [A-Za-z0-9_.-] (domain.users); anything else must not shape a settings key.
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_.-]")


class BenchSettings:
    """Typed access to this bench's QSettings.

    ``BenchSettings()`` uses the application's settings (organization and application
    "benchapp", the same store i18n reads); tests pass their own, e.g.
    ``BenchSettings(QSettings(str(path), QSettings.Format.IniFormat))`` or ``at(path)``.
    Setters validate: ValueError for a bad number or language; for a bad port
    devices.errors.PortError (INVALID_PORT), which ui.messages.device_error_text explains.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings(
            i18n.SETTINGS_ORG, i18n.SETTINGS_APP)

    @classmethod
    def at(cls, path: str | Path) -> BenchSettings:
        """Settings kept in one ini file (tests, or a portable install)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.qsettings.sync()

    # -- station -------------------------------------------------------------------------

    def last_station(self, username: str | None = None) -> Station | None:
        """The station last chosen at this bench, or by ``username`` at this bench."""
        key = self._user_key(username) if username else LAST_STATION_KEY
        text = self._text(key)
        if not text:
            return None
        try:
            return Station(text)
        except ValueError:
            log.warning("Ignoring unknown station %r in setting %s", text, key)
            return None

    def remember_station(self, station: Station, username: str | None = None) -> None:
        """Remember ``station`` for this bench and, with ``username``, for that person too."""
        station = Station(station)
        self.qsettings.setValue(LAST_STATION_KEY, station.value)
        if username:
            self.qsettings.setValue(self._user_key(username), station.value)

    @staticmethod
    def _user_key(username: str) -> str:
        return f"{USER_STATION_GROUP}/{_SAFE_KEY.sub('_', username.strip().casefold())}"

    # -- idle lock -----------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the screen locks; 0 = never."""
        value = self.qsettings.value(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES)
        try:
            minutes = int(str(value).strip())
        except (TypeError, ValueError):
            minutes = -1
        if not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
            log.warning("Ignoring idle lock setting %r: using %d minutes", value,
                        DEFAULT_IDLE_LOCK_MINUTES)
            return DEFAULT_IDLE_LOCK_MINUTES
        return minutes

    def set_idle_lock_minutes(self, minutes: int) -> None:
        if isinstance(minutes, bool) or not isinstance(minutes, int) \
                or not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
            raise ValueError(f"idle lock minutes must be a whole number 0-{MAX_IDLE_LOCK_MINUTES},"
                             f" not {minutes!r}")
        self.qsettings.setValue(IDLE_LOCK_KEY, minutes)

    # -- language ------------------------------------------------------------------------

    def language(self) -> str:
        """"" (follow the system), "zh_CN" or "en"."""
        value = self._text(LANGUAGE_KEY)
        if not value or value == i18n.SYSTEM:
            return FOLLOW_SYSTEM
        return i18n.normalize(value) or FOLLOW_SYSTEM

    def set_language(self, language: str) -> None:
        """"" or "system" follows the system; "zh_CN"/"zh"/"en"... choose a language."""
        text = (language or "").strip()
        if not text or text == i18n.SYSTEM:
            self.qsettings.setValue(LANGUAGE_KEY, i18n.SYSTEM)
            return
        code = i18n.normalize(text)
        if code is None:
            raise ValueError(f"unknown language {language!r}: use '', 'zh_CN' or 'en'")
        self.qsettings.setValue(LANGUAGE_KEY, code)

    # -- devices -------------------------------------------------------------------------

    def scanner_port(self) -> str:
        """A path or VID:PID[:serial]; "" = no serial scanner (keyboard wedge only)."""
        return self._port(SCANNER_PORT_KEY)

    def set_scanner_port(self, port: str) -> None:
        self._set_port(SCANNER_PORT_KEY, port)

    def fixture_port(self) -> str:
        """A path or VID:PID[:serial]; "" = no test fixture at this bench."""
        return self._port(FIXTURE_PORT_KEY)

    def set_fixture_port(self, port: str) -> None:
        self._set_port(FIXTURE_PORT_KEY, port)

    def scanner_baud(self) -> int:
        return self._baud(SCANNER_BAUD_KEY, DEFAULT_SCANNER_BAUD)

    def set_scanner_baud(self, baud: int) -> None:
        self._set_baud(SCANNER_BAUD_KEY, baud)

    def fixture_baud(self) -> int:
        return self._baud(FIXTURE_BAUD_KEY, DEFAULT_FIXTURE_BAUD)

    def set_fixture_baud(self, baud: int) -> None:
        self._set_baud(FIXTURE_BAUD_KEY, baud)

    def _port(self, key: str) -> str:
        text = self._text(key)
        if not text:
            return ""
        try:
            return str(PortSpec.parse(text))
        except DeviceError:  # a hand-edited value: no device rather than a crash
            log.warning("Ignoring invalid port %r in setting %s", text, key)
            return ""

    def _set_port(self, key: str, port: str) -> None:
        text = (port or "").strip()
        if not text:
            self.qsettings.remove(key)
            return
        # Raises PortError(INVALID_PORT) for a mistyped USB id; shown with messages.device_error_text.
        self.qsettings.setValue(key, str(PortSpec.parse(text)))

    def _baud(self, key: str, default: int) -> int:
        value = self.qsettings.value(key, default)
        try:
            baud = int(str(value).strip())
        except (TypeError, ValueError):
            baud = 0
        if not 0 < baud <= MAX_BAUD:
            log.warning("Ignoring baud rate %r in setting %s: using %d", value, key, default)
            return default
        return baud

    def _set_baud(self, key: str, baud: int) -> None:
        if isinstance(baud, bool) or not isinstance(baud, int) or not 0 < baud <= MAX_BAUD:
            raise ValueError(f"a baud rate is a whole number 1-{MAX_BAUD}, not {baud!r}")
        self.qsettings.setValue(key, baud)

    def _text(self, key: str) -> str:
        value = self.qsettings.value(key, "")
        return str(value).strip() if value is not None else ""
