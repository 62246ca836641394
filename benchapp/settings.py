"""Every setting declared once: key, type, default, scope, validation and a short description.

Three scopes, three stores:

- ``bench``: this PC and the person signed in to Windows, kept in QSettings. The GUI passes its
  ``QSettings`` in as the store (anything with ``value``/``setValue``/``remove``/``contains``/
  ``allKeys`` will do), so this module imports no Qt and the CLI can import it.
- ``machine``: this PC, whoever uses it, kept in one TOML file that IT writes
  (``MachineFile``: ``%PROGRAMDATA%\\benchapp\\benchapp.toml``, ``/etc/benchapp/benchapp.toml``),
  read by the GUI and the CLI alike.
- ``shop``: every bench, kept in the ``shop_settings`` table; ``shop_values`` reads the rows a
  unit of work hands over, ``policy`` and ``supervision_settings`` build the domain's objects.

Reading never fails: a stored value that is not valid any more (hand-edited, written by another
version) is logged and the default is used. Writing validates and raises ``InvalidSetting``.
The bench store carries a version; ``upgrade_bench`` runs the upgrade steps an older store needs
(Picard's ``config_upgrade.py``).

``resolve`` gives a value with where it came from, in the order command-line flag >
environment > machine file > user settings > default (``benchapp config where`` shows it).
"""

from __future__ import annotations

import logging
import math
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from benchapp.devices.errors import DeviceError
from benchapp.domain.errors import DomainError, InvalidInput, Reason
from benchapp.domain.roles import Station
from benchapp.domain.rules import Policy, clean_text
from benchapp.domain.supervision import SETTING_PREFIX, SupervisionSettings, parse_amount

log = logging.getLogger(__name__)


class Scope(StrEnum):
    BENCH = "bench"  # this PC and this user: QSettings
    MACHINE = "machine"  # this PC, every user: MachineFile
    SHOP = "shop"  # every bench: the shop_settings table


class InvalidSetting(InvalidInput, ValueError):
    """A value a setting does not accept. An InvalidInput, so the CLI and ui.messages explain it
    like any other refused input; a ValueError for callers that only know the standard one."""

    def __init__(self, setting: Setting, value: object) -> None:
        self.setting = setting
        super().__init__(Reason.VALUE_INVALID, value=value, field=setting.name,
                         allowed=setting.allowed())


# The errors a check may raise for a bad value; anything else is a bug and is not swallowed.
_BAD_VALUE = (ValueError, DomainError, DeviceError)


@dataclass(frozen=True)
class Setting:
    """One setting.

    ``kind`` is the Python type of the value (int, float, Decimal, str, datetime). ``minimum``/
    ``maximum`` bound numbers, ``choices`` lists every accepted value, ``suggestions`` only offers
    common ones (a dialog's list). ``check`` takes the text and returns the canonical value or
    raises; it replaces the checks by kind. ``optional``: "" (stored as nothing) is accepted and
    read as ``None`` or "". ``settable``: False for a value the program writes itself.
    """

    name: str
    key: str
    scope: Scope
    kind: type
    default: Any
    description: str
    minimum: Any = None
    maximum: Any = None
    choices: tuple[Any, ...] = ()
    suggestions: tuple[Any, ...] = ()
    check: Callable[[str], Any] | None = None
    optional: bool = False
    allowed_text: str = ""
    settable: bool = True  # False: written by the program only (an upgrade), never by hand
    env: str = ""  # the environment variable that overrides the stored value, if any
    flag: str = ""  # the command-line option that overrides everything, if any

    def allowed(self) -> str:
        if self.allowed_text:
            return self.allowed_text
        if self.choices:
            return ", ".join(str(c) for c in self.choices)
        if self.minimum is not None and self.maximum is not None:
            what = "a whole number" if self.kind is int else "a number"
            return f"{what} from {self.minimum} to {self.maximum}"
        return self.kind.__name__

    def parse(self, raw: object) -> Any:
        """The value ``raw`` (text from a store or a person, or a value) stands for, or raise
        InvalidSetting (or the check's own error, e.g. devices.errors.PortError)."""
        if isinstance(raw, bool):  # an int to Python, never meant as a number here
            raise InvalidSetting(self, raw)
        if raw is None:
            text = ""
        elif isinstance(raw, self.kind) and not isinstance(raw, str):
            text = self.text(raw)
        elif isinstance(raw, int | float | Decimal | str):
            text = str(raw).strip()
        else:
            raise InvalidSetting(self, raw)
        if not text and self.optional:
            return None if self.kind is datetime else ""
        if self.check is not None:
            return self.check(text)
        value = self._convert(text)
        if self.choices and value not in self.choices:
            raise InvalidSetting(self, raw)
        if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum):
            raise InvalidSetting(self, raw)
        return value

    def _convert(self, text: str) -> Any:
        try:
            if self.kind is int:
                return int(text)
            if self.kind is float:
                value = float(text)
                if not math.isfinite(value):
                    raise ValueError(text)
                return value
            if self.kind is Decimal:
                return Decimal(parse_amount(text, self.name)) / 100
        except (ValueError, ArithmeticError, InvalidInput):
            raise InvalidSetting(self, text) from None
        if self.kind is str:
            if not text and not self.optional:
                raise InvalidSetting(self, text)
            return text
        raise TypeError(f"setting {self.name}: no conversion for {self.kind.__name__}")

    def text(self, value: Any) -> str:
        """How ``value`` is stored and shown."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, time):
            return value.strftime("%H:%M")
        return str(value)

    def read(self, raw: object) -> Any:
        """``raw`` as read from a store: nothing gives the default, so does an invalid value,
        with a warning (a bench must start even when someone edited its settings by hand)."""
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except _BAD_VALUE:
            log.warning("Ignoring invalid %s setting %s=%r: using %r", self.scope.value,
                        self.key, raw, self.default)
            return self.default


class Registry:
    """The declared settings, by name; names are unique across scopes (the CLI uses them)."""

    def __init__(self, settings: Iterable[Setting]) -> None:
        self._by_name: dict[str, Setting] = {}
        for setting in settings:
            if setting.name in self._by_name:
                raise ValueError(f"setting {setting.name} is declared twice")
            self._by_name[setting.name] = setting
        keys = [(s.scope, s.key) for s in self._by_name.values()]
        if len(set(keys)) != len(keys):
            raise ValueError("two settings share a key")

    def __getitem__(self, name: str) -> Setting:
        return self._by_name[name]

    def __iter__(self) -> Iterator[Setting]:
        return iter(self._by_name.values())

    def get(self, name: str, scope: Scope | None = None) -> Setting:
        """The setting ``name``, or InvalidInput listing the names there are."""
        setting = self._by_name.get(name.strip())
        if setting is None or (scope is not None and setting.scope is not scope):
            raise InvalidInput(Reason.VALUE_INVALID, value=name, field="setting",
                               allowed=", ".join(self.names(scope)))
        return setting

    def names(self, scope: Scope | None = None, *, settable: bool = False) -> list[str]:
        """Names in ``scope``; with ``settable``, only those a person may change."""
        return [s.name for s in self.of(scope) if s.settable or not settable]

    def of(self, scope: Scope | None = None) -> list[Setting]:
        return [s for s in self._by_name.values() if scope is None or s.scope is scope]


# -- checks --------------------------------------------------------------------------------

LANGUAGE_SYSTEM = "system"  # follow the system's locale; the value ui.i18n reads
LANGUAGE_CHINESE = "zh_CN"
LANGUAGE_ENGLISH = "en"
LANGUAGES = (LANGUAGE_SYSTEM, LANGUAGE_CHINESE, LANGUAGE_ENGLISH)


def language_code(text: str | None) -> str | None:
    """A language as people write it ('zh', 'zh-CN', 'en_US', 'C') -> zh_CN or en; None for
    "follow the system" and for a language benchapp does not have."""
    value = (text or "").strip().replace("-", "_").lower()
    if value.startswith("zh"):
        return LANGUAGE_CHINESE
    if value.startswith("en") or value in ("c", "posix"):
        return LANGUAGE_ENGLISH
    return None


def _language(text: str) -> str:
    if text.lower() == LANGUAGE_SYSTEM:
        return LANGUAGE_SYSTEM
    code = language_code(text)
    if code is None:
        raise InvalidSetting(BENCH_LANGUAGE, text)
    return code


def _station(text: str) -> str:
    try:
        return Station(text.lower()).value
    except ValueError:
        raise InvalidSetting(LAST_STATION, text) from None


def _port(text: str) -> str:
    # devices.ports needs pyserial: loaded when a port is checked, not when settings are read
    # by the CLI.
    from benchapp.devices.ports import PortSpec

    # Raises PortError(INVALID_PORT) for a mistyped USB id: ui.messages.device_error_text says
    # what a port looks like.
    return str(PortSpec.parse(text))


_OFFSET = re.compile(r"^(?:UTC)?([+-])(\d{1,2}):?(\d{2})$", re.IGNORECASE)


def zone_of(text: str) -> tzinfo:
    """An IANA zone ('Asia/Shanghai') or a fixed offset ('+08:00', 'UTC+8:00') -> tzinfo.

    Raises ValueError for anything else.
    """
    value = text.strip()
    match = _OFFSET.match(value)
    if match:
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours), minutes=int(minutes))
        if offset > timedelta(hours=14) or int(minutes) >= 60:
            raise ValueError(f"offset out of range: {text!r}")
        return timezone(-offset if sign == "-" else offset)
    if value.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        # ValueError: a malformed key such as '../x'; ZoneInfoNotFoundError is one too.
        raise ValueError(f"unknown time zone {text!r}") from None


def _time_zone(text: str) -> str:
    try:
        zone_of(text)
    except ValueError:
        raise InvalidSetting(TIME_ZONE, text) from None
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match.groups()
        return f"{sign}{int(hours):02d}:{minutes}"
    return text


_LABEL_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*$",
                         re.IGNORECASE)
MIN_LABEL_MM, MAX_LABEL_MM = 10.0, 300.0


def label_size(text: str) -> tuple[float, float]:
    """'50x30' (millimetres, width x height) -> (50.0, 30.0); ValueError for anything else."""
    match = _LABEL_SIZE.match(text)
    if not match:
        raise ValueError(f"not a label size: {text!r}")
    width, height = float(match.group(1)), float(match.group(2))
    if not all(MIN_LABEL_MM <= v <= MAX_LABEL_MM for v in (width, height)):
        raise ValueError(f"label size out of range: {text!r}")
    return width, height


def _label_size(text: str) -> str:
    try:
        width, height = label_size(text)
    except ValueError:
        raise InvalidSetting(LABEL_SIZE, text) from None
    return f"{width:g}x{height:g}"


def _fingerprint(text: str) -> str:
    # As tools print it: 'AB:CD:...' (openssl x509 -fingerprint -sha256) or plain hex.
    value = re.sub(r"[\s:]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise InvalidSetting(SHOP_CA_FINGERPRINT, text)
    return value


def _form_text(name: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        try:
            return clean_text(text, name, required=True, limit=40)
        except InvalidInput:
            setting = SUPERVISION.get(name) or next(
                s for pair in (*FORM_NUMBERS.values(), SLIP_FORM_NUMBER) for s in pair
                if s.name == name)
            raise InvalidSetting(setting, text) from None
    return check


_CLOCK_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


def _clock(name: str) -> Callable[[str], time]:
    def check(text: str) -> time:
        match = _CLOCK_RE.match(text)
        hour, minute = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise InvalidSetting(SUPERVISION[name], text)
        return time(hour, minute)
    return check


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise InvalidSetting(SUPERVISION["tracking_since"], text)
    return moment


# -- the declarations ----------------------------------------------------------------------

MAX_IDLE_LOCK_MINUTES = 240
MAX_BAUD = 4_000_000
# The drivers' own defaults (devices.scanner/fixture DEFAULT_*_BAUD; a test keeps them equal):
# repeated here so that reading settings does not load pyserial.
DEFAULT_SCANNER_BAUD = 9600
DEFAULT_FIXTURE_BAUD = 115200
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400)

BENCH_LANGUAGE = Setting(
    "language", "ui/language", Scope.BENCH, str, LANGUAGE_SYSTEM,
    "GUI language: system (follow Windows), zh_CN or en; $BENCHAPP_LANG overrides it",
    choices=LANGUAGES, check=_language)
LAST_STATION = Setting(
    "last_station", "bench/last_station", Scope.BENCH, str, "",
    "the station last chosen at this bench, offered first at sign-in",
    choices=tuple(s.value for s in Station), check=_station, optional=True)
# The station each person chose last at this bench: one key per user name under this group.
LAST_STATION_BY_USER_GROUP = "bench/last_station_by_user"
IDLE_LOCK_MINUTES = Setting(
    "idle_lock_minutes", "bench/idle_lock_minutes", Scope.BENCH, int, 10,
    "minutes without input before the screen locks; 0 = never",
    minimum=0, maximum=MAX_IDLE_LOCK_MINUTES)
SCANNER_PORT = Setting(
    "scanner_port", "devices/scanner_port", Scope.BENCH, str, "",
    "serial scanner: a port path or VID:PID[:serial]; empty = keyboard-wedge scanner only",
    check=_port, optional=True, allowed_text="a port path, VID:PID or VID:PID:SERIAL")
SCANNER_BAUD = Setting(
    "scanner_baud", "devices/scanner_baud", Scope.BENCH, int, DEFAULT_SCANNER_BAUD,
    "scanner baud rate (vendors differ: 9600 or 115200)",
    minimum=1, maximum=MAX_BAUD, suggestions=BAUD_RATES)
FIXTURE_PORT = Setting(
    "fixture_port", "devices/fixture_port", Scope.BENCH, str, "",
    "test fixture (SCPI): a port path or VID:PID[:serial]; empty = no fixture at this bench",
    check=_port, optional=True, allowed_text="a port path, VID:PID or VID:PID:SERIAL")
FIXTURE_BAUD = Setting(
    "fixture_baud", "devices/fixture_baud", Scope.BENCH, int, DEFAULT_FIXTURE_BAUD,
    "test fixture baud rate", minimum=1, maximum=MAX_BAUD, suggestions=BAUD_RATES)

DATABASE_ENV = "BENCHAPP_DB"
DATABASE_URL = Setting(
    "database_url", "database.url", Scope.MACHINE, str, "",
    "the shop database (SQLAlchemy URL) for every user of this PC; --db and $BENCHAPP_DB "
    "override it; empty = a SQLite file of the Windows user's own", optional=True,
    env=DATABASE_ENV, flag="--db")
A4_PRINTER = Setting(
    "a4_printer", "printers.a4", Scope.MACHINE, str, "",
    "the system printer transfer slips go to (A4); empty = the system's default printer",
    optional=True, flag="--printer", allowed_text="a printer name as the system lists it")
LABEL_PRINTER = Setting(
    "label_printer", "printers.label", Scope.MACHINE, str, "",
    "the system printer unit labels go to; empty = the system's default printer",
    optional=True, allowed_text="a printer name as the system lists it")
DEFAULT_LABEL_SIZE = "50x30"
LABEL_SIZE = Setting(
    "label_size", "printers.label_size", Scope.MACHINE, str, DEFAULT_LABEL_SIZE,
    "size of the labels loaded in the label printer, width x height in millimetres",
    check=_label_size, flag="--size",
    allowed_text=f"WxH in millimetres, each {MIN_LABEL_MM:g} to {MAX_LABEL_MM:g}, e.g. 50x30")
SHOP_CA_FINGERPRINT = Setting(
    "shop_ca_fingerprint", "shop.ca_fingerprint", Scope.MACHINE, str, "",
    "SHA-256 fingerprint of the shop CA certificate pinned on this PC: the slips' CA is "
    "checked against it; empty = not pinned", check=_fingerprint, optional=True,
    allowed_text="64 hexadecimal digits (colons allowed), as openssl x509 -fingerprint "
    "-sha256 prints it")

def shop_ca_pin(store: Store | None = None) -> str | None:
    """This PC's pinned shop CA fingerprint, or None when it pins none."""
    return read(store if store is not None else MachineFile(), SHOP_CA_FINGERPRINT) or None


# Stored under the field name (no prefix) since the first release: existing shops keep them.
POLICY = {
    "max_rework_loops": Setting(
        "max_rework_loops", "max_rework_loops", Scope.SHOP, int, Policy.max_rework_loops,
        "repairs a unit may go through before QC must escalate it", minimum=0, maximum=99),
    "repeat_window_days": Setting(
        "repeat_window_days", "repeat_window_days", Scope.SHOP, int, Policy.repeat_window_days,
        "a serial returned again within this many days is flagged as a repeat return",
        minimum=0, maximum=3650),
    "overdue_handover_hours": Setting(
        "overdue_handover_hours", "overdue_handover_hours", Scope.SHOP, int,
        Policy.overdue_handover_hours,
        "hours a handover may wait for its receiver before it is listed as overdue",
        minimum=0, maximum=8760),
    "complaint_threshold": Setting(
        "complaint_threshold", "complaint_threshold", Scope.SHOP, float,
        Policy.complaint_threshold,
        "share of an RMA's shipped quantity with non-customer causes that raises a complaint "
        "notice (QP-TPZ-002 step 8: 0.005 = 0.5 %)", minimum=0.0, maximum=1.0),
}


def _supervision(name: str, kind: type, description: str, **limits: Any) -> Setting:
    return Setting(name, SETTING_PREFIX + name, Scope.SHOP, kind,
                   getattr(SupervisionSettings, name), description, **limits)


SUPERVISION = {s.name: s for s in (
    _supervision("contact_hours", int, "hours to contact the customer after accepting a "
                 "complaint", minimum=1, maximum=365),
    _supervision("general_report_days", int, "working days to report on a general complaint",
                 minimum=0, maximum=365),
    _supervision("serious_report_days", int, "working days to deliver the 8D report on a "
                 "serious complaint", minimum=0, maximum=365),
    _supervision("closure_days", int, "working days to close a complaint (异常闭环一般周期)",
                 minimum=0, maximum=365),
    _supervision("follow_up_days", int, "working days after shipping to ask the customer "
                 "whether the units arrived and work", minimum=0, maximum=365),
    _supervision("utc_offset_minutes", int, "the shop clock's offset from UTC in minutes, "
                 "used to cut report days and deadlines (China: 480)",
                 minimum=-720, maximum=840),
    _supervision("work_day_start", time, "start of the working day on the shop's clock: hour "
                 "limits count working hours, day limits end at the end of the working day",
                 check=_clock("work_day_start"), allowed_text="a time HH:MM, e.g. 08:30"),
    _supervision("work_day_end", time, "end of the working day on the shop's clock (after "
                 "work_day_start)", check=_clock("work_day_end"),
                 allowed_text="a time HH:MM, e.g. 17:30"),
    _supervision("labour_rate", Decimal, "CNY per repair hour, for the cost ledger",
                 allowed_text="an amount in CNY >= 0 with at most two decimals"),
    _supervision("form_no", str, "form number printed on the repair statistics record "
                 "(QP-TPZ-002 step 9)", check=_form_text("form_no"),
                 allowed_text="text of 1 to 40 characters"),
    _supervision("form_revision", str, "revision of that form",
                 check=_form_text("form_revision"), allowed_text="text of 1 to 40 characters"),
    _supervision("tracking_since", datetime, "contact and follow-up limits apply to RMAs "
                 "received from this moment on (earlier ones were handled on paper)",
                 check=_moment, optional=True, settable=False,
                 allowed_text="an ISO date-time with offset, e.g. 2026-01-05T00:00+08:00"),
)}

# Issue 14: each printed form carries the number and revision of the shop's controlled form.
# (form key, setting name stem, default number, what it is)
_FORMS = (
    ("service-form", "service_form", "QP-TPZ-002-F01", "after-sales service form 售后服务表"),
    ("repair-record", "repair_record", "QP-TPZ-002-F02", "repair record 售后维修记录表"),
    ("anomaly-form", "anomaly_form", "QP-TPZ-002-F04", "QC anomaly feedback form "
     "品质检验异常反馈表"),
    ("inspection-record", "inspection_record", "QP-TPZ-002-F05", "inspection record / test "
     "report 检验记录"),
    ("shipping-note", "shipping_note", "QP-TPZ-002-F06", "shipping note 发货单"),
    ("box-label", "box_label", "QP-TPZ-002-F07", "outer-box label 外箱标签"),
    ("complaint-notice", "complaint_notice", "QP-TPZ-002-F08", "customer complaint notice "
     "客户投诉通知书"),
    ("analysis-report", "analysis_report", "QP-TPZ-002-F09", "customer failure analysis report "
     "故障分析报告"),
    ("capa-report", "capa_report", "QP-TPZ-002-F10", "corrective action report / 8D "
     "纠正措施报告"),
)


def _form_setting(stem: str, what: str, default: str, description: str) -> Setting:
    name = f"{stem}_{what}"
    return Setting(name, f"forms.{stem}.{what}", Scope.SHOP, str, default, description,
                   check=_form_text(name), allowed_text="text of 1 to 40 characters")


FORM_NUMBERS: dict[str, tuple[Setting, Setting]] = {
    key: (_form_setting(stem, "form_no", number, f"form number printed on the {what}"),
          _form_setting(stem, "revision", "A-0", f"revision of the {what}"))
    for key, stem, number, what in _FORMS}

# The transfer slip's own controlled-form number and revision (issue 14: "configurable per
# form, as the slip's"); a slip keeps the number it was signed with.
SLIP_FORM_NUMBER = (
    Setting("slip_form_no", "slips.form_no", Scope.SHOP, str, "QP-TPZ-002-F03",
            "form number printed on the transfer slip 交接单", check=_form_text("slip_form_no"),
            allowed_text="text of 1 to 40 characters"),
    Setting("slip_revision", "slips.revision", Scope.SHOP, str, "A-2",
            "revision of the transfer slip 交接单", check=_form_text("slip_revision"),
            allowed_text="text of 1 to 40 characters"))

WET_INK_OFF, WET_INK_ON = "off", "on"
_WET_INK_ALLOWED = ("off, on, or the stations whose handovers get them, separated by commas: "
                    + ", ".join(s.value for s in Station))


def _wet_ink(text: str) -> str:
    words = [w for w in re.split(r"[\s,，]+", text.strip().lower()) if w]
    if words in ([WET_INK_OFF], [WET_INK_ON]):
        return words[0]
    known = {s.value for s in Station}
    if not words or any(w not in known for w in words):
        raise InvalidSetting(SLIP_WET_INK, text)
    return ",".join(s.value for s in Station if s.value in words)


# Issue 14: the printed original of a transfer slip with lines for a pen signature and date
# under both signature blocks, where the shop still files ink on paper beside the digital
# signatures; for every handover, or for those from or to the stations listed.
SLIP_WET_INK = Setting(
    "slip_wet_ink", "slips.wet_ink", Scope.SHOP, str, WET_INK_OFF,
    "transfer slips printed with lines for a handwritten signature and date under both "
    "signature blocks: off, on (every slip), or the stations whose handovers (from or to) get "
    "them, e.g. receiving,packing", check=_wet_ink, allowed_text=_WET_INK_ALLOWED)


def slip_wet_ink(stored: Mapping[str, str], from_station: Station | str,
                 to_station: Station | str) -> bool:
    """Whether a slip from ``from_station`` to ``to_station`` gets the wet-ink lines."""
    value = SLIP_WET_INK.read(stored.get(SLIP_WET_INK.key))
    if value in (WET_INK_OFF, WET_INK_ON):
        return value == WET_INK_ON
    stations = value.split(",")
    return Station(from_station).value in stations or Station(to_station).value in stations


SHOP_TIME_ZONE = "Asia/Shanghai"  # +08:00 all year: the clock the slips are printed in
TIME_ZONE = Setting(
    "time_zone", "shop.time_zone", Scope.SHOP, str, SHOP_TIME_ZONE,
    "the shop's time zone, in which times are shown: an IANA name (Asia/Shanghai) or an "
    "offset (+08:00)", check=_time_zone,
    allowed_text="an IANA time zone such as Asia/Shanghai, or an offset such as +08:00")

# The same key in this PC's machine file (`[shop] time_zone`): IT sets the shop's zone when it
# installs a bench. The database stays the one authority every bench computes deadlines with
# (two benches on two zones would disagree on what is late), so the file's zone starts a new
# shop database and is otherwise only compared with it (services.supervision.
# adopt_machine_time_zone).
MACHINE_TIME_ZONE = Setting(
    "shop_time_zone", "shop.time_zone", Scope.MACHINE, str, "",
    "the shop's time zone as this PC was installed with: a new shop database starts with it; "
    "a database with another zone keeps its own and the difference is reported",
    check=_time_zone, optional=True, env="BENCHAPP_TIME_ZONE",
    allowed_text="an IANA time zone such as Asia/Shanghai, or an offset such as +08:00")

# Seed 001 八 and IATF 16949 7.5.3.2.1: records are kept for the product's life plus one
# calendar year. The default assumes the ten-year life the shop's boards are designed for; a
# customer with another life (or a contract) gets its own years (`benchapp retention set`).
RETENTION_YEARS = Setting(
    "retention_years", "retention.years", Scope.SHOP, int, 11,
    "years an RMA's records are kept after it closed (last shipment), for customers without "
    "their own period: product life + 1 year (IATF 16949 7.5.3.2.1)", minimum=1, maximum=100)
PASSWORD_MAX_AGE_DAYS = Setting(
    "password_max_age_days", "shop.password_max_age_days", Scope.SHOP, int, 0,
    "days after which a password must be changed at sign-in (0 = never)",
    minimum=0, maximum=3650)
PASSWORD_MIN_LENGTH = Setting(
    "password_min_length", "shop.password_min_length", Scope.SHOP, int, 8,
    "fewest characters a new password may have", minimum=8, maximum=128)

REGISTRY = Registry([
    BENCH_LANGUAGE, LAST_STATION, IDLE_LOCK_MINUTES, SCANNER_PORT, SCANNER_BAUD, FIXTURE_PORT,
    FIXTURE_BAUD, DATABASE_URL, A4_PRINTER, LABEL_PRINTER, LABEL_SIZE, SHOP_CA_FINGERPRINT,
    MACHINE_TIME_ZONE,
    *POLICY.values(), *SUPERVISION.values(), TIME_ZONE, RETENTION_YEARS,
    *(s for pair in FORM_NUMBERS.values() for s in pair), *SLIP_FORM_NUMBER, SLIP_WET_INK,
    PASSWORD_MAX_AGE_DAYS, PASSWORD_MIN_LENGTH])


# -- bench and machine stores --------------------------------------------------------------


class Readable(Protocol):
    """What reading needs of a store: QSettings and MachineFile have it."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...

    def contains(self, key: str) -> bool: ...


class Store(Protocol):
    """What this module needs of a store it writes to: QSettings has it."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...

    def setValue(self, key: str, value: Any) -> None: ...

    def remove(self, key: str) -> None: ...

    def contains(self, key: str) -> bool: ...

    def allKeys(self) -> list[str]: ...


def read(store: Readable, setting: Setting, key: str | None = None) -> Any:
    """``setting`` from ``store`` (at ``key`` instead of its own, for per-user keys)."""
    key = key or setting.key
    if not store.contains(key):
        return setting.default
    return setting.read(store.value(key))


def write(store: Store, setting: Setting, value: object, key: str | None = None) -> Any:
    """Validate ``value`` and store it; an empty optional value removes the key. Returns the
    value as stored (canonical: a port's USB id in lower case, a language code)."""
    key = key or setting.key
    parsed = setting.parse(value)
    if parsed in ("", None):
        store.remove(key)
    elif isinstance(parsed, int | str):
        store.setValue(key, parsed)
    else:
        store.setValue(key, setting.text(parsed))
    return parsed


MACHINE_CONFIG_ENV = "BENCHAPP_MACHINE_CONFIG"


def machine_config_path(environ: Mapping[str, str] | None = None,
                        platform: str | None = None) -> Path:
    """Where this PC's machine file is: $BENCHAPP_MACHINE_CONFIG (tests, a portable install),
    else %PROGRAMDATA%\\benchapp\\benchapp.toml on Windows, /etc/benchapp/benchapp.toml
    elsewhere."""
    environ = os.environ if environ is None else environ
    override = environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    if (platform or sys.platform) == "win32":
        return Path(environ.get("PROGRAMDATA") or r"C:\ProgramData") / "benchapp" / "benchapp.toml"
    return Path("/etc/benchapp/benchapp.toml")


class MachineConfigError(ValueError):
    """The machine file exists but cannot be read: a bench must not quietly fall back to a
    database of its own (that is how benches end up with separate databases)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"machine configuration {path} cannot be read: {reason}")
        self.path = path
        self.message = str(self)


class MachineFile:
    """This PC's settings for every user: one TOML file (``[database] url = "..."``), written
    by IT or the installer, read-only to benchapp. Keys are dotted (``database.url``).

    A file that is missing is empty; one that cannot be read is empty too, with ``error`` set
    and a warning (``check()`` raises MachineConfigError for callers that must not go on).
    Keys no setting declares are listed in ``unknown_keys`` (a typo in a section name).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else machine_config_path()
        self.exists = False
        self.error: str | None = None
        self._values: dict[str, Any] = {}
        try:
            with open(self.path, "rb") as f:
                self.exists = True
                data = tomllib.load(f)
        except FileNotFoundError:
            return
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            self.error = getattr(exc, "strerror", None) or str(exc)
            # Info only: whoever needs the file (the database choice) raises with this text.
            log.info("Ignoring machine configuration %s: %s", self.path, self.error)
            return
        self._values = dict(_flatten(data))
        for key in self.unknown_keys():
            log.warning("Machine configuration %s: unknown key %s ignored", self.path, key)

    def check(self) -> None:
        if self.error is not None:
            raise MachineConfigError(self.path, self.error)

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self._values.get(key, defaultValue)

    def contains(self, key: str) -> bool:
        return key in self._values

    def allKeys(self) -> list[str]:
        return list(self._values)

    def unknown_keys(self) -> list[str]:
        known = {s.key for s in REGISTRY.of(Scope.MACHINE)}
        return [k for k in self._values if k not in known]


def _flatten(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for name, value in table.items():
        if isinstance(value, Mapping):
            yield from _flatten(value, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", value


# -- where a value comes from --------------------------------------------------------------


class Source(StrEnum):
    FLAG = "flag"
    ENV = "env"
    MACHINE_FILE = "machine_file"
    USER_SETTINGS = "user_settings"
    DEFAULT = "default"


@dataclass(frozen=True)
class Resolved:
    """A setting's value and where it came from: ``origin`` names the flag, the variable,
    the file or the default."""

    setting: Setting
    value: Any
    source: Source
    origin: str


def resolve(setting: Setting, *, flag: object = None, environ: Mapping[str, str] | None = None,
            machine: MachineFile | None = None, user: Readable | None = None,
            user_origin: str = "user settings") -> Resolved:
    """``setting`` in the order command-line flag > environment > machine file > user
    settings > default.

    A flag or a variable someone set is checked and refused (InvalidSetting) when wrong: they
    asked for it now. A stored value that is not valid is skipped with a warning, as ``read``
    does, and the next source is asked.
    """
    environ = os.environ if environ is None else environ
    if flag not in (None, ""):
        return Resolved(setting, setting.parse(flag), Source.FLAG, setting.flag or "option")
    if setting.env and environ.get(setting.env):
        return Resolved(setting, setting.parse(environ[setting.env]), Source.ENV,
                        f"${setting.env}")
    for store, source, origin in ((machine, Source.MACHINE_FILE,
                                   str(machine.path) if machine is not None else ""),
                                  (user, Source.USER_SETTINGS, user_origin)):
        if store is None or not store.contains(setting.key):
            continue
        try:
            return Resolved(setting, setting.parse(store.value(setting.key)), source, origin)
        except _BAD_VALUE:
            log.warning("Ignoring invalid %s %s=%r in %s", setting.scope.value, setting.key,
                        store.value(setting.key), origin)
    return Resolved(setting, setting.default, Source.DEFAULT, "default")


# -- bench store version and upgrade steps -------------------------------------------------

BENCH_VERSION_KEY = "settings/version"
BENCH_VERSION = 1

Upgrade = Callable[[Store], None]


def rename_key(store: Store, old: str, new: str) -> None:
    """Move a value to its new key; a value already at the new key wins (Picard's
    ``rename_option``)."""
    if store.contains(old):
        if not store.contains(new):
            store.setValue(new, store.value(old))
        store.remove(old)


def _upgrade_to_1(store: Store) -> None:
    """Unversioned stores (before settings were declared here) hold values as people and
    earlier builds wrote them: 'zh', ' 05E0:1200 ', 'QC'. Store each valid one in its canonical
    form; invalid ones stay as they are and read as the default, with a warning, as before."""
    keyed = [(s, s.key) for s in REGISTRY.of(Scope.BENCH)]
    keyed += [(LAST_STATION, k) for k in store.allKeys()
              if k.startswith(LAST_STATION_BY_USER_GROUP + "/")]
    for setting, key in keyed:
        if not store.contains(key):
            continue
        raw = store.value(key)
        try:
            value = setting.parse(raw)
        except _BAD_VALUE:
            continue
        if value not in ("", None) and str(value) != str(raw):
            log.info("Settings upgrade: %s %r -> %r", key, raw, value)
            write(store, setting, value, key)


BENCH_UPGRADES: dict[int, Upgrade] = {1: _upgrade_to_1}


def bench_version(store: Store) -> int:
    raw = store.value(BENCH_VERSION_KEY, 0)
    try:
        return int(str(raw))
    except ValueError:
        log.warning("Ignoring settings version %r: upgrading from the start", raw)
        return 0


def upgrade_bench(store: Store, upgrades: Mapping[int, Upgrade] | None = None) -> int:
    """Run the upgrade steps ``store`` has not had, in order; returns its version after.

    The version is written after each step, so a step that fails is the first one run next
    time. A store from a newer benchapp is left alone: its keys are read as far as they are
    understood.
    """
    steps = BENCH_UPGRADES if upgrades is None else upgrades
    target = max(steps, default=0)
    version = bench_version(store)
    if version > target:
        log.warning("Settings version %d is newer than this benchapp's (%d): not upgrading",
                    version, target)
        return version
    for step in sorted(n for n in steps if n > version):
        steps[step](store)
        store.setValue(BENCH_VERSION_KEY, step)
        version = step
    return version


# -- shop scope ----------------------------------------------------------------------------


def shop_values(stored: Mapping[str, str], names: Iterable[str] | None = None, *,
                now: datetime | None = None) -> dict[str, Any]:
    """The shop settings ``names`` (all by default) from the rows of shop_settings.

    ``utc_offset_minutes`` is the shop time zone's offset at ``now``: one clock for the
    reports, the deadlines and what is shown.
    """
    chosen = REGISTRY.of(Scope.SHOP) if names is None else [REGISTRY[n] for n in names]
    values = {s.name: s.read(stored.get(s.key)) for s in chosen}
    if "utc_offset_minutes" in values:
        values["utc_offset_minutes"] = utc_offset_minutes(shop_zone(stored), now)
    return values


def policy(stored: Mapping[str, str]) -> Policy:
    """The shop's Policy from the rows of shop_settings."""
    return Policy(**shop_values(stored, (f.name for f in fields(Policy))))


def supervision_settings(stored: Mapping[str, str], *,
                         now: datetime | None = None) -> SupervisionSettings:
    """The shop's SupervisionSettings from the rows of shop_settings."""
    values = shop_values(stored, (f.name for f in fields(SupervisionSettings)), now=now)
    if not values["work_day_start"] < values["work_day_end"]:
        # Each time was checked alone; a day ending before it starts would stop every
        # deadline, so the bench keeps the default hours and says why.
        log.warning("Ignoring working hours %s-%s (the end is not after the start): using "
                    "%s-%s", values["work_day_start"], values["work_day_end"],
                    SupervisionSettings.work_day_start, SupervisionSettings.work_day_end)
        values["work_day_start"] = SupervisionSettings.work_day_start
        values["work_day_end"] = SupervisionSettings.work_day_end
    return replace(SupervisionSettings(), **values)


def shop_setting(name: str, raw: str) -> tuple[Any, dict[str, str]]:
    """Check a shop setting a person typed: (the value, the shop_settings rows to write).

    InvalidInput names the settings there are, InvalidSetting what the value may be.
    ``utc_offset_minutes`` and ``time_zone`` are one clock: setting the offset sets the time
    zone to that fixed offset, setting the zone stores its offset for readers of the older key.
    """
    setting = REGISTRY.get(name, Scope.SHOP)
    if not setting.settable:
        raise InvalidInput(Reason.VALUE_INVALID, value=name, field="setting",
                           allowed=", ".join(REGISTRY.names(Scope.SHOP, settable=True)))
    value = setting.parse(raw)
    rows = {setting.key: setting.text(value)}
    if setting is SUPERVISION["utc_offset_minutes"]:
        sign = "-" if value < 0 else "+"
        rows[TIME_ZONE.key] = f"{sign}{abs(value) // 60:02d}:{abs(value) % 60:02d}"
    elif setting is TIME_ZONE:
        rows[SUPERVISION["utc_offset_minutes"].key] = str(
            utc_offset_minutes(zone_of(value)))
    return value, rows


# -- the shop's clock ----------------------------------------------------------------------


def stored_zone_text(stored: Mapping[str, str]) -> str | None:
    """The shop's time zone as the rows of shop_settings give it ('Asia/Shanghai', '+08:00'),
    or None when the shop never set one (it then runs on the default)."""
    if stored.get(TIME_ZONE.key) is not None:
        return TIME_ZONE.read(stored[TIME_ZONE.key])
    offset = SUPERVISION["utc_offset_minutes"]
    if stored.get(offset.key) is not None:
        minutes = offset.read(stored[offset.key])
        sign = "-" if minutes < 0 else "+"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return None


def shop_zone(stored: Mapping[str, str]) -> tzinfo:
    """The shop's time zone from the rows of shop_settings.

    Shops that set only ``utc_offset_minutes`` (before the time zone was a setting) keep that
    offset as their zone.
    """
    offset = SUPERVISION["utc_offset_minutes"]
    if stored.get(TIME_ZONE.key) is None and stored.get(offset.key) is not None:
        minutes = offset.read(stored.get(offset.key))
        return timezone(timedelta(minutes=minutes))
    name = TIME_ZONE.read(stored.get(TIME_ZONE.key))
    try:
        return zone_of(name)
    except ValueError:
        # Valid when written, unknown here: a PC whose zone database lacks it. Shown in the
        # default zone rather than in each PC's own clock.
        log.warning("Time zone %r is not known on this PC: using %s", name, SHOP_TIME_ZONE)
        return default_zone()


def default_zone() -> tzinfo:
    """Asia/Shanghai; its fixed +08:00 (China has kept no daylight saving since 1991) where the
    zone database is missing (Windows without the tzdata package)."""
    try:
        return zone_of(SHOP_TIME_ZONE)
    except ValueError:
        return timezone(timedelta(hours=8))


def utc_offset_minutes(zone: tzinfo, now: datetime | None = None) -> int:
    """``zone``'s offset from UTC at ``now`` in minutes (480 for Asia/Shanghai all year)."""
    moment = (now or datetime.now(UTC)).astimezone(zone)
    delta = moment.utcoffset() or timedelta(0)
    return int(delta.total_seconds() // 60)


def shop_time(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """A UTC moment on the shop's clock, for display. Naive moments are UTC (SQLite hands them
    back so); ``zone`` defaults to the shop's default time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone if zone is not None else default_zone())
