"""benchapp.settings: declarations, validation, fallback to defaults, scopes, upgrade steps."""

from __future__ import annotations

import dataclasses
import logging
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from benchapp import settings as st
from benchapp.devices.errors import PortError
from benchapp.domain.errors import InvalidInput, NotPermitted
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import Policy
from benchapp.domain.supervision import SupervisionSettings
from benchapp.domain.users import User
from benchapp.services.supervision import change_setting
from tests.fakes import FakeSettingsStore, FakeUnitOfWork

CN = timezone(timedelta(hours=8))
ADMIN = Actor(user_id=1, username="admin", roles=frozenset({Role.ADMIN}))


# -- declarations --------------------------------------------------------------------------

def test_every_setting_is_described_and_its_default_is_valid():
    for s in st.REGISTRY:
        assert s.description and s.key and s.name, s
        assert isinstance(s.scope, st.Scope)
        if s.default not in ("", None):
            assert isinstance(s.default, s.kind), s.name
            assert s.parse(s.text(s.default)) == s.default, s.name


def test_names_and_keys_are_declared_once():
    s = st.IDLE_LOCK_MINUTES
    with pytest.raises(ValueError, match="declared twice"):
        st.Registry([s, s])
    with pytest.raises(ValueError, match="share a key"):
        st.Registry([s, dataclasses.replace(s, name="other")])


def test_bench_settings_keep_the_keys_benches_have_stored():
    assert {s.name: s.key for s in st.REGISTRY.of(st.Scope.BENCH)} == {
        "language": "ui/language",
        "last_station": "bench/last_station",
        "idle_lock_minutes": "bench/idle_lock_minutes",
        "scanner_port": "devices/scanner_port",
        "scanner_baud": "devices/scanner_baud",
        "fixture_port": "devices/fixture_port",
        "fixture_baud": "devices/fixture_baud",
    }


def test_every_setting_is_in_the_docs():
    text = (Path(__file__).resolve().parents[2] / "docs" / "settings.md").read_text(
        encoding="utf-8")
    assert [s.name for s in st.REGISTRY if f"`{s.name}`" not in text] == []


def test_baud_defaults_are_the_drivers_defaults():
    from benchapp.devices.fixture import DEFAULT_FIXTURE_BAUD
    from benchapp.devices.scanner import DEFAULT_SCANNER_BAUD

    assert st.SCANNER_BAUD.default == DEFAULT_SCANNER_BAUD
    assert st.FIXTURE_BAUD.default == DEFAULT_FIXTURE_BAUD


def test_reading_settings_does_not_load_qt_or_pyserial():
    code = ("import sys, benchapp.settings as s; s.policy({}); s.shop_time("
            "__import__('datetime').datetime(2026, 1, 1)); "
            "print(sorted(m for m in ('PySide6', 'serial') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_policy_and_supervision_settings_are_declared_with_their_stored_keys():
    for f in dataclasses.fields(Policy):
        s = st.REGISTRY[f.name]
        assert (s.scope, s.key, s.default) == (st.Scope.SHOP, f.name, f.default)
    for f in dataclasses.fields(SupervisionSettings):
        s = st.REGISTRY[f.name]
        assert (s.scope, s.key, s.default) == (st.Scope.SHOP, "supervision." + f.name, f.default)
    assert st.TIME_ZONE.scope is st.Scope.SHOP and st.TIME_ZONE.default == "Asia/Shanghai"
    assert st.DATABASE_URL.scope is st.Scope.MACHINE


# -- validation ----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "bad"), [
    ("idle_lock_minutes", "-1"), ("idle_lock_minutes", "241"), ("idle_lock_minutes", "2.5"),
    ("idle_lock_minutes", True), ("scanner_baud", "0"), ("fixture_baud", "4000001"),
    ("language", "klingon"), ("last_station", "canteen"),
    ("max_rework_loops", "many"), ("max_rework_loops", "-1"), ("complaint_threshold", "1.5"),
    ("complaint_threshold", "nan"), ("contact_hours", "0"), ("closure_days", "x"),
    ("utc_offset_minutes", "900"), ("tracking_since", "2026-11-01"), ("form_no", ""),
    ("labour_rate", "12.345"), ("time_zone", "Mars/Olympus"), ("time_zone", "+15:00"),
    ("time_zone", "../etc/passwd"),
])
def test_bad_values_are_refused_with_what_is_allowed(name, bad):
    with pytest.raises(st.InvalidSetting) as err:
        st.REGISTRY[name].parse(bad)
    assert err.value.params["field"] == name and err.value.params["allowed"]
    assert isinstance(err.value, ValueError) and isinstance(err.value, InvalidInput)


def test_values_are_read_in_their_canonical_form():
    r = st.REGISTRY
    assert r["idle_lock_minutes"].parse(" 0 ") == 0
    assert r["language"].parse("zh-CN") == "zh_CN" and r["language"].parse("System") == "system"
    assert r["last_station"].parse("QC") == "qc" and r["last_station"].parse("") == ""
    assert r["scanner_port"].parse(" 05E0:1200:S123 ") == "05e0:1200:S123"
    assert r["labour_rate"].parse("75.5") == Decimal("75.5")
    assert r["complaint_threshold"].parse("0.01") == 0.01
    assert r["follow_up_days"].parse(" 4 ") == 4
    assert r["tracking_since"].parse("") is None
    assert r["tracking_since"].parse("2026-01-05T00:00+08:00") == datetime(2026, 1, 5,
                                                                           tzinfo=CN)
    assert r["time_zone"].parse("UTC+8:00") == "+08:00"
    assert r["time_zone"].parse("Europe/Berlin") == "Europe/Berlin"


def test_a_mistyped_port_is_a_port_error():
    # ui.messages.device_error_text explains a PortError; the dialog shows it.
    with pytest.raises(PortError):
        st.SCANNER_PORT.parse("05e0:12")


def test_an_unknown_setting_lists_the_ones_there_are():
    with pytest.raises(InvalidInput) as err:
        st.shop_setting("nonsense", "1")
    assert "max_rework_loops" in err.value.params["allowed"]
    with pytest.raises(InvalidInput):  # a bench setting is not the shop's to change
        st.shop_setting("idle_lock_minutes", "5")
    # Written by the 0002 upgrade, when contact records started; not settable (docs/reports.md).
    with pytest.raises(InvalidInput) as err:
        st.shop_setting("tracking_since", "2026-01-05T00:00+08:00")
    assert "tracking_since" not in err.value.params["allowed"]


# -- reading: stored values fall back to the default ---------------------------------------

def test_invalid_stored_values_fall_back_to_defaults_with_a_warning(caplog):
    store = FakeSettingsStore({"bench/idle_lock_minutes": "soon", "devices/scanner_port":
                               "usb:what", "ui/language": "xx", "devices/fixture_baud": "0"})
    with caplog.at_level(logging.WARNING, logger="benchapp.settings"):
        assert st.read(store, st.IDLE_LOCK_MINUTES) == 10
        assert st.read(store, st.SCANNER_PORT) == ""
        assert st.read(store, st.BENCH_LANGUAGE) == "system"
        assert st.read(store, st.FIXTURE_BAUD) == 115200
    assert len(caplog.records) == 4
    assert "bench/idle_lock_minutes" in caplog.records[0].getMessage()


def test_shop_settings_read_from_rows_fall_back_per_value(caplog):
    rows = {"max_rework_loops": "5", "complaint_threshold": "lots",
            "supervision.follow_up_days": "7", "supervision.form_no": "QR-9",
            "supervision.contact_hours": "0"}
    with caplog.at_level(logging.WARNING, logger="benchapp.settings"):
        policy = st.policy(rows)
        sup = st.supervision_settings(rows)
    assert policy == Policy(max_rework_loops=5)
    assert (sup.follow_up_days, sup.form_no, sup.contact_hours) == (7, "QR-9", 2)
    assert {r.getMessage().split("=")[0].split()[-1] for r in caplog.records} == {
        "complaint_threshold", "supervision.contact_hours"}


def test_write_validates_and_stores_the_canonical_value():
    store = FakeSettingsStore()
    assert st.write(store, st.SCANNER_PORT, " 05E0:1200 ") == "05e0:1200"
    assert store["devices/scanner_port"] == "05e0:1200"
    st.write(store, st.IDLE_LOCK_MINUTES, 0)
    assert store["bench/idle_lock_minutes"] == 0
    with pytest.raises(st.InvalidSetting):
        st.write(store, st.IDLE_LOCK_MINUTES, 241)
    assert store["bench/idle_lock_minutes"] == 0
    st.write(store, st.SCANNER_PORT, "  ")  # empty: the key goes, the default applies
    assert "devices/scanner_port" not in store


# -- scopes --------------------------------------------------------------------------------

MACHINE_TOML = """
[database]
url = "postgresql+psycopg://bench@db/shop"

[printers]
a4 = "Office A4 打印机"
label_size = "62 x 29"

[shop]
ca_fingerprint = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"
"""


def test_machine_settings_come_from_a_toml_file_without_qt(tmp_path):
    path = tmp_path / "ProgramData" / "benchapp" / "benchapp.toml"
    assert not st.MachineFile(path).exists
    path.parent.mkdir(parents=True)
    path.write_text(MACHINE_TOML, encoding="utf-8")
    machine = st.MachineFile(path)
    assert machine.exists and machine.error is None and machine.unknown_keys() == []
    assert st.read(machine, st.DATABASE_URL) == "postgresql+psycopg://bench@db/shop"
    assert st.read(machine, st.A4_PRINTER) == "Office A4 打印机"
    assert st.read(machine, st.LABEL_SIZE) == "62x29"
    assert st.read(machine, st.LABEL_PRINTER) == ""
    assert st.read(machine, st.SHOP_CA_FINGERPRINT) == "abcdef0123456789" * 4


def test_the_machine_file_is_found_where_it_is_declared(tmp_path):
    assert st.machine_config_path({}, "linux") == Path("/etc/benchapp/benchapp.toml")
    assert st.machine_config_path({"PROGRAMDATA": r"D:\PD"}, "win32") == (
        Path(r"D:\PD") / "benchapp" / "benchapp.toml")
    assert st.machine_config_path({st.MACHINE_CONFIG_ENV: str(tmp_path / "m.toml")},
                                  "win32") == tmp_path / "m.toml"


def test_precedence_is_flag_environment_machine_file_user_settings_default(tmp_path):
    path = tmp_path / "benchapp.toml"
    path.write_text(MACHINE_TOML, encoding="utf-8")
    machine = st.MachineFile(path)
    user = FakeSettingsStore({"database.url": "sqlite:///user.db"})
    env = {"BENCHAPP_DB": "sqlite:///env.db"}

    def where(**kw):
        r = st.resolve(st.DATABASE_URL, **kw)
        return r.value, r.source, r.origin

    assert where(flag="sqlite:///flag.db", environ=env, machine=machine, user=user) == (
        "sqlite:///flag.db", st.Source.FLAG, "--db")
    assert where(environ=env, machine=machine, user=user) == (
        "sqlite:///env.db", st.Source.ENV, "$BENCHAPP_DB")
    assert where(environ={}, machine=machine, user=user) == (
        "postgresql+psycopg://bench@db/shop", st.Source.MACHINE_FILE, str(path))
    assert where(environ={}, machine=st.MachineFile(tmp_path / "none.toml"), user=user) == (
        "sqlite:///user.db", st.Source.USER_SETTINGS, "user settings")
    assert where(environ={}) == ("", st.Source.DEFAULT, "default")


def test_an_invalid_value_in_the_machine_file_gives_way_to_the_next_source(tmp_path, caplog):
    path = tmp_path / "benchapp.toml"
    path.write_text('[printers]\nlabel_size = "huge"\n[databse]\nurl = "x"\n',
                    encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="benchapp.settings"):
        machine = st.MachineFile(path)
        r = st.resolve(st.LABEL_SIZE, machine=machine,
                       user=FakeSettingsStore({"printers.label_size": "40x20"}))
    assert (r.value, r.source) == ("40x20", st.Source.USER_SETTINGS)
    assert machine.unknown_keys() == ["databse.url"]
    assert "unknown key databse.url" in caplog.text and "'huge'" in caplog.text
    with pytest.raises(st.InvalidSetting):  # typed on a command line: refused, not skipped
        st.resolve(st.LABEL_SIZE, flag="huge")


def test_the_database_url_comes_after_the_option_and_the_variable(tmp_path, monkeypatch):
    from benchapp.db.engine import ENV_VAR, default_sqlite_path, resolve_url

    path = tmp_path / "benchapp.toml"
    path.write_text(MACHINE_TOML, encoding="utf-8")
    machine = st.MachineFile(path)
    monkeypatch.setenv(ENV_VAR, "sqlite:///env.db")
    assert resolve_url("sqlite:///option.db", machine=machine) == "sqlite:///option.db"
    assert resolve_url(machine=machine) == "sqlite:///env.db"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_url(machine=machine) == "postgresql+psycopg://bench@db/shop"
    assert resolve_url(machine=st.MachineFile(tmp_path / "none.toml")) == (
        f"sqlite:///{default_sqlite_path()}")


def test_a_broken_machine_file_stops_the_database_choice_instead_of_splitting_it(
        tmp_path, monkeypatch, caplog):
    from benchapp.db.engine import ENV_VAR, resolve_url

    monkeypatch.delenv(ENV_VAR, raising=False)
    path = tmp_path / "benchapp.toml"
    path.write_bytes(b"[database]\nurl = postgresql://unquoted\n")
    with caplog.at_level(logging.INFO, logger="benchapp.settings"):
        machine = st.MachineFile(path)
    assert machine.error and "Ignoring machine configuration" in caplog.text
    with pytest.raises(st.MachineConfigError, match="benchapp.toml cannot be read.*line 2"):
        resolve_url(machine=machine)
    # Someone who names the database still gets it.
    assert resolve_url("sqlite:///x.db", machine=machine) == "sqlite:///x.db"


def test_changing_a_shop_setting_is_logged_and_read_back():
    uow = FakeUnitOfWork()
    # The use case reads the acting users again: they exist in the (fake) database.
    for actor in (ADMIN, Actor(user_id=2, username="clerk",
                               roles=frozenset({Role.BUSINESS_CLERK}))):
        uow.committed.users[actor.user_id] = User(
            username=actor.username, display_name=actor.username, roles=actor.roles,
            password_hash="", id=actor.user_id)
    assert change_setting(uow, ADMIN, "max_rework_loops", "2") == 2
    assert change_setting(uow, ADMIN, "follow_up_days", "4") == 4
    assert change_setting(uow, ADMIN, "max_rework_loops", "3", reason=" QP rev C ") == 3
    with uow:
        assert uow.policy().max_rework_loops == 3
        # The old value, the new one and the reason (issue 12 item 7); None: never set.
        assert [e.detail for e in uow.log.all()] == [
            {"key": "max_rework_loops", "value": "2", "old": None, "new": "2", "reason": ""},
            {"key": "supervision.follow_up_days", "value": "4", "old": None, "new": "4",
             "reason": ""},
            {"key": "max_rework_loops", "value": "3", "old": "2", "new": "3",
             "reason": "QP rev C"}]
    with pytest.raises(InvalidInput):
        change_setting(uow, ADMIN, "max_rework_loops", "-1")
    clerk = Actor(user_id=2, username="clerk", roles=frozenset({Role.BUSINESS_CLERK}))
    with pytest.raises(NotPermitted):
        change_setting(uow, clerk, "max_rework_loops", "1")


# -- the shop's clock ----------------------------------------------------------------------

def test_shop_time_shows_a_utc_moment_on_the_shop_clock():
    moment = datetime(2026, 12, 31, 17, 30, tzinfo=UTC)
    assert st.shop_time(moment) == moment and st.shop_time(moment).utcoffset() == timedelta(
        hours=8)
    assert st.shop_time(moment).strftime("%Y-%m-%d %H:%M") == "2027-01-01 01:30"
    # SQLite hands back naive UTC.
    assert st.shop_time(datetime(2026, 12, 31, 17, 30)) == moment
    berlin = st.shop_zone({"shop.time_zone": "Europe/Berlin"})
    assert st.shop_time(moment, berlin).strftime("%H:%M") == "18:30"


def test_one_clock_for_the_time_zone_and_the_report_offset():
    assert st.supervision_settings({}).utc_offset_minutes == 480
    # A shop that set only the offset (before the time zone was a setting) keeps it.
    legacy = {"supervision.utc_offset_minutes": "540"}
    assert st.shop_zone(legacy).utcoffset(None) == timedelta(minutes=540)
    assert st.supervision_settings(legacy).utc_offset_minutes == 540
    # Setting either writes both, so every reader sees the same clock.
    assert st.shop_setting("utc_offset_minutes", "-330")[1] == {
        "supervision.utc_offset_minutes": "-330", "shop.time_zone": "-05:30"}
    value, rows = st.shop_setting("time_zone", "Europe/Berlin")
    assert value == "Europe/Berlin"
    assert rows == {"shop.time_zone": "Europe/Berlin",
                    "supervision.utc_offset_minutes": str(st.utc_offset_minutes(
                        st.zone_of("Europe/Berlin")))}
    summer = datetime(2026, 7, 1, tzinfo=UTC)
    assert st.supervision_settings({"shop.time_zone": "Europe/Berlin"},
                                   now=summer).utc_offset_minutes == 120
    assert st.shop_zone({"shop.time_zone": "Nowhere/Atlantis"}) == st.zone_of("Asia/Shanghai")


def test_without_a_zone_database_the_shop_clock_is_still_plus_eight(monkeypatch):
    def no_database(key):
        raise st.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(st, "ZoneInfo", no_database)
    moment = datetime(2026, 12, 31, 17, 30, tzinfo=UTC)
    assert st.shop_time(moment).strftime("%Y-%m-%d %H:%M%z") == "2027-01-01 01:30+0800"
    assert st.supervision_settings({}).utc_offset_minutes == 480


# -- upgrade steps -------------------------------------------------------------------------

def test_an_unversioned_store_is_upgraded_to_canonical_values():
    old = FakeSettingsStore({"ui/language": "zh", "devices/scanner_port": " 05E0:1200 ",
                             "bench/last_station": "QC",
                             "bench/last_station_by_user/li.lei": "Repair",
                             "bench/idle_lock_minutes": "soon", "devices/fixture_baud": "57600"})
    assert st.upgrade_bench(old) == st.BENCH_VERSION == 1
    assert old["settings/version"] == 1
    assert old["ui/language"] == "zh_CN" and old["devices/scanner_port"] == "05e0:1200"
    assert old["bench/last_station"] == "qc"
    assert old["bench/last_station_by_user/li.lei"] == "repair"
    # Invalid values are not the upgrade's to drop: they keep reading as the default.
    assert old["bench/idle_lock_minutes"] == "soon"
    assert old["devices/fixture_baud"] == "57600"
    assert st.upgrade_bench(old) == 1  # done once


def test_upgrade_steps_run_in_order_from_the_stored_version():
    ran = []

    def to_2(store):
        ran.append(2)
        st.rename_key(store, "bench/idle_minutes", "bench/idle_lock_minutes")

    def to_3(store):
        ran.append(3)
        st.rename_key(store, "devices/scanner", "devices/scanner_port")

    steps = {3: to_3, 1: lambda store: ran.append(1), 2: to_2}
    store = FakeSettingsStore({"settings/version": "1", "bench/idle_minutes": 5,
                               "devices/scanner": "/dev/a", "devices/scanner_port": "/dev/b"})
    assert st.upgrade_bench(store, steps) == 3
    assert ran == [2, 3]
    assert st.read(store, st.IDLE_LOCK_MINUTES) == 5 and "bench/idle_minutes" not in store
    # The value already at the new key wins.
    assert store["devices/scanner_port"] == "/dev/b" and "devices/scanner" not in store


def test_a_failing_step_is_run_again_next_time():
    def broken(store):
        raise RuntimeError("disk full")

    store = FakeSettingsStore()
    with pytest.raises(RuntimeError):
        st.upgrade_bench(store, {1: lambda s: None, 2: broken})
    assert store["settings/version"] == 1


def test_a_newer_store_is_left_alone(caplog):
    store = FakeSettingsStore({"settings/version": 7, "ui/language": "zh"})
    with caplog.at_level(logging.WARNING, logger="benchapp.settings"):
        assert st.upgrade_bench(store) == 7
    assert store["ui/language"] == "zh" and "newer" in caplog.text


def test_the_working_day_is_a_pair_of_clock_times():
    from datetime import time

    start, end = st.SUPERVISION["work_day_start"], st.SUPERVISION["work_day_end"]
    assert (start.default, end.default) == (time(8, 30), time(17, 30))
    assert start.parse("9:00") == time(9) and start.parse("08:30") == time(8, 30)
    assert start.text(time(8, 30)) == "08:30"
    for bad in ("24:00", "8", "8:5", "08:30:00", "noon", ""):
        with pytest.raises(st.InvalidSetting):
            start.parse(bad)
    # A day that ends before it starts cannot be stored by hand without a warning: the bench
    # keeps the default hours.
    read = st.supervision_settings({start.key: "18:00", end.key: "08:00"})
    assert (read.work_day_start, read.work_day_end) == (time(8, 30), time(17, 30))
    read = st.supervision_settings({start.key: "07:45", end.key: "16:15"})
    assert (read.work_day_start, read.work_day_end) == (time(7, 45), time(16, 15))


def test_the_installers_machine_file_template_names_only_known_keys(tmp_path):
    """installer/benchapp.toml.example: every commented-out example, once uncommented, is a
    key benchapp reads with a valid value (a template with a typo teaches IT the typo)."""
    import re

    template = (Path(__file__).resolve().parents[2] / "installer" / "benchapp.toml.example")
    lines = []
    for line in template.read_text(encoding="utf-8").splitlines():
        m = re.match(r'^# (\w+ = ".*")$', line)
        lines.append(m.group(1) if m else line)
    filled = tmp_path / "benchapp.toml"
    filled.write_text("\n".join(lines).replace("AB:CD:...", "AB" * 32), encoding="utf-8")
    machine = st.MachineFile(filled)
    assert machine.error is None and machine.unknown_keys() == []
    assert set(machine.allKeys()) == {s.key for s in st.REGISTRY.of(st.Scope.MACHINE)}
    for setting in st.REGISTRY.of(st.Scope.MACHINE):
        assert st.resolve(setting, machine=machine, environ={}).source is st.Source.MACHINE_FILE
