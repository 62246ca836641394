"""This bench's own settings (QSettings): station, idle lock, language, scanner and fixture.

Keys, defaults and checks are declared in benchapp.settings (bench scope); this class gives the
GUI typed access to them. Values read back are checked: a hand-edited or foreign value falls
back to the default (logged), it never reaches a widget or a driver.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from benchapp import settings as declared
from benchapp.domain.roles import Station
from benchapp.ui import i18n

LANGUAGE_KEY = declared.BENCH_LANGUAGE.key
LAST_STATION_KEY = declared.LAST_STATION.key
USER_STATION_GROUP = declared.LAST_STATION_BY_USER_GROUP
IDLE_LOCK_KEY = declared.IDLE_LOCK_MINUTES.key
SCANNER_PORT_KEY = declared.SCANNER_PORT.key
SCANNER_BAUD_KEY = declared.SCANNER_BAUD.key
FIXTURE_PORT_KEY = declared.FIXTURE_PORT.key
FIXTURE_BAUD_KEY = declared.FIXTURE_BAUD.key

DEFAULT_IDLE_LOCK_MINUTES = declared.IDLE_LOCK_MINUTES.default
MAX_IDLE_LOCK_MINUTES = declared.IDLE_LOCK_MINUTES.maximum
# "" follows the system (stored as i18n.SYSTEM, which is what i18n reads), else a language code.
FOLLOW_SYSTEM = ""
BAUD_RATES = declared.BAUD_RATES
MAX_BAUD = declared.MAX_BAUD

# User names are [A-Za-z0-9_.-] (domain.users); anything else must not shape a settings key.
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_.-]")


class BenchSettings:
    """Typed access to this bench's QSettings.

    ``BenchSettings()`` uses the application's settings (organization and application
    "benchapp", the same store i18n reads); tests pass their own, e.g.
    ``BenchSettings(QSettings(str(path), QSettings.Format.IniFormat))`` or ``at(path)``.
    Setters validate: ValueError (settings.InvalidSetting) for a bad number or language; for a
    bad port devices.errors.PortError (INVALID_PORT), which ui.messages.device_error_text
    explains. Opening the store runs its upgrade steps (settings.upgrade_bench).
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings(
            i18n.SETTINGS_ORG, i18n.SETTINGS_APP)
        declared.upgrade_bench(self.qsettings)

    @classmethod
    def at(cls, path: str | Path) -> BenchSettings:
        """Settings kept in one ini file (tests, or a portable install)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.qsettings.sync()

    # -- station -------------------------------------------------------------------------

    def last_station(self, username: str | None = None) -> Station | None:
        """The station last chosen at this bench, or by ``username`` at this bench."""
        key = self._user_key(username) if username else None
        value = declared.read(self.qsettings, declared.LAST_STATION, key)
        return Station(value) if value else None

    def remember_station(self, station: Station, username: str | None = None) -> None:
        """Remember ``station`` for this bench and, with ``username``, for that person too."""
        station = Station(station)
        declared.write(self.qsettings, declared.LAST_STATION, station.value)
        if username:
            declared.write(self.qsettings, declared.LAST_STATION, station.value,
                           self._user_key(username))

    @staticmethod
    def _user_key(username: str) -> str:
        return f"{USER_STATION_GROUP}/{_SAFE_KEY.sub('_', username.strip().casefold())}"

    # -- idle lock -----------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the screen locks; 0 = never."""
        return declared.read(self.qsettings, declared.IDLE_LOCK_MINUTES)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._set_whole(declared.IDLE_LOCK_MINUTES, minutes)

    # -- language ------------------------------------------------------------------------

    def language(self) -> str:
        """"" (follow the system), "zh_CN" or "en"."""
        value = declared.read(self.qsettings, declared.BENCH_LANGUAGE)
        return FOLLOW_SYSTEM if value == i18n.SYSTEM else value

    def set_language(self, language: str) -> None:
        """"" or "system" follows the system; "zh_CN"/"zh"/"en"... choose a language."""
        declared.write(self.qsettings, declared.BENCH_LANGUAGE,
                       (language or "").strip() or i18n.SYSTEM)

    # -- devices -------------------------------------------------------------------------

    def scanner_port(self) -> str:
        """A path or VID:PID[:serial]; "" = no serial scanner (keyboard wedge only)."""
        return declared.read(self.qsettings, declared.SCANNER_PORT)

    def set_scanner_port(self, port: str) -> None:
        """devices.errors.PortError (INVALID_PORT) for a mistyped USB id; "" = none."""
        declared.write(self.qsettings, declared.SCANNER_PORT, port)

    def fixture_port(self) -> str:
        """A path or VID:PID[:serial]; "" = no test fixture at this bench."""
        return declared.read(self.qsettings, declared.FIXTURE_PORT)

    def set_fixture_port(self, port: str) -> None:
        declared.write(self.qsettings, declared.FIXTURE_PORT, port)

    def scanner_baud(self) -> int:
        return declared.read(self.qsettings, declared.SCANNER_BAUD)

    def set_scanner_baud(self, baud: int) -> None:
        self._set_whole(declared.SCANNER_BAUD, baud)

    def fixture_baud(self) -> int:
        return declared.read(self.qsettings, declared.FIXTURE_BAUD)

    def set_fixture_baud(self, baud: int) -> None:
        self._set_whole(declared.FIXTURE_BAUD, baud)

    def _set_whole(self, setting: declared.Setting, value: int) -> None:
        """ValueError (settings.InvalidSetting) unless a whole number in the setting's range:
        2.5 or "10" from code is a bug, not a choice to round."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise declared.InvalidSetting(setting, value)
        declared.write(self.qsettings, setting, value)
