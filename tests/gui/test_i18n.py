"""Translations: the committed .ts covers every string, the .qm is built, zh_CN shows Chinese."""

from __future__ import annotations

import logging
import re
import shutil
import string
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from benchapp.ui import build, i18n
from benchapp.ui.login import LoginWindow
from benchapp.ui.main_window import MainWindow
from tests.gui.helpers import PASSWORD, language, open_shop, sqlite_engine

pytestmark = pytest.mark.gui

TS = i18n.ts_path(i18n.CHINESE)
HAN = re.compile(r"[\u4e00-\u9fff]")


def messages_of(path):
    """(context, source, comment) -> (translation, type) for every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source"), message.findtext("comment"))
            # A plural message (%n) holds its text in <numerusform>s: Chinese has one form.
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else translation.text or ""
            found[key] = (text, translation.get("type"))
    return found


def placeholders(text):
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_ts_holds_every_source_string_and_no_stale_one(tmp_path):
    committed = messages_of(TS)
    fresh_ts = tmp_path / TS.name
    shutil.copy(TS, fresh_ts)
    build.update_ts(fresh_ts)  # pyside6-lupdate over benchapp/ui, forms/*.ui and app.py
    fresh = messages_of(fresh_ts)
    new = sorted(set(fresh) - set(committed))
    gone = sorted(set(committed) - set(fresh))
    assert not new, f"strings missing from {TS.name}; run python -m benchapp.ui.build " \
                    f"--update-ts and translate them: {new}"
    assert not gone, f"strings no longer in the code; run --update-ts: {gone}"
    # lupdate kept every translation.
    assert fresh == committed


def test_every_message_is_translated():
    unfinished = [key for key, (text, kind) in messages_of(TS).items()
                  if kind is not None or not text.strip()]
    assert not unfinished


def test_translations_keep_placeholders_and_mnemonics():
    for (context, source, _), (text, _) in messages_of(TS).items():
        assert placeholders(text) == placeholders(source), (context, source, text)
        if re.search(r"&\w", source):
            assert re.search(r"&\w", text), f"{context}: {text!r} lost the Alt shortcut"


def test_catalogue_is_built_once_and_reused(tmp_path):
    qm = i18n.ensure_qm(i18n.CHINESE, tmp_path)
    assert qm is not None and qm.stat().st_size > 0
    built = qm.stat().st_mtime_ns
    assert i18n.ensure_qm(i18n.CHINESE, tmp_path) == qm
    assert qm.stat().st_mtime_ns == built


def test_catalogue_of_an_edited_ts_replaces_the_old_one(tmp_path, monkeypatch):
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    monkeypatch.setattr(i18n, "ts_path", lambda lang: ts)
    first = i18n.ensure_qm(i18n.CHINESE, tmp_path / "cache")
    ts.write_text(ts.read_text(encoding="utf-8").replace("售后维修工作台", "维修工作台"),
                  encoding="utf-8")
    second = i18n.ensure_qm(i18n.CHINESE, tmp_path / "cache")
    assert second != first and second.is_file() and not first.exists()


def test_a_catalogue_shipped_beside_the_ts_is_used_without_lrelease(tmp_path, monkeypatch):
    ts = tmp_path / "i18n" / TS.name
    ts.parent.mkdir()
    shutil.copy(TS, ts)
    monkeypatch.setattr(i18n, "ts_path", lambda lang: ts)
    built = i18n.ensure_qm(i18n.CHINESE, tmp_path / "build")
    shipped = ts.with_name(built.name)
    shutil.copy(built, shipped)  # what installer/build.py puts in the bundle
    monkeypatch.setattr(i18n, "find_qt_tool", lambda name: None)  # the bundle has no lrelease

    assert i18n.ensure_qm(i18n.CHINESE, tmp_path / "cache") == shipped
    assert not (tmp_path / "cache").exists()


def test_a_shipped_catalogue_of_another_ts_is_not_used(tmp_path, monkeypatch):
    ts = tmp_path / "i18n" / TS.name
    ts.parent.mkdir()
    shutil.copy(TS, ts)
    monkeypatch.setattr(i18n, "ts_path", lambda lang: ts)
    old = i18n.ensure_qm(i18n.CHINESE, tmp_path / "build")
    shutil.copy(old, ts.with_name(old.name))
    ts.write_text(ts.read_text(encoding="utf-8").replace("售后维修工作台", "维修工作台"),
                  encoding="utf-8")

    fresh = i18n.ensure_qm(i18n.CHINESE, tmp_path / "cache")

    assert fresh.parent == tmp_path / "cache" and fresh.name != old.name


def test_without_lrelease_the_gui_stays_english(qapp, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "find_qt_tool", lambda name: None)
    with caplog.at_level(logging.WARNING, logger="benchapp.ui.i18n"):
        translation = i18n.install(i18n.CHINESE, directory=tmp_path)
    assert translation.language == i18n.ENGLISH and not translation.active
    assert "lrelease not found" in caplog.text
    assert QCoreApplication.translate("LoginWindow", "&Sign in") == "&Sign in"


@pytest.mark.parametrize("env,setting,system,expected", [
    (None, "system", "zh_CN", "zh_CN"),
    (None, "system", "zh_TW", "zh_CN"),
    (None, "system", "de_DE", "en"),
    (None, "en", "zh_CN", "en"),
    (None, "zh_CN", "en_US", "zh_CN"),
    ("en", "zh_CN", "zh_CN", "en"),
    ("zh-CN", "en", "en_US", "zh_CN"),
    ("", "en", "zh_CN", "en"),
    ("klingon", None, "zh_CN", "zh_CN"),
])
def test_choose_language(env, setting, system, expected):
    assert i18n.choose_language(env=env, setting=setting, system_locale=system) == expected


def test_env_overrides_the_setting(monkeypatch):
    monkeypatch.setenv(i18n.LANG_ENV, "zh_CN")
    monkeypatch.setattr(i18n, "read_language_setting", lambda: "en")
    assert i18n.current_language() == "zh_CN"
    monkeypatch.delenv(i18n.LANG_ENV)
    assert i18n.current_language() == "en"


@pytest.fixture
def shop(sqlite_url):
    with sqlite_engine(sqlite_url) as engine:
        yield open_shop(engine)


def test_login_window_in_chinese(qtbot, tmp_path, shop, monkeypatch):
    monkeypatch.setenv(i18n.LANG_ENV, "zh_CN")
    locale_before = QLocale().name()
    with language(i18n.current_language(), tmp_path) as translation:
        assert translation.language == "zh_CN" and translation.active
        assert QLocale().name() == "zh_CN"
        window = LoginWindow(shop.uow, database_text="SQLite bench.db")
        qtbot.addWidget(window)
        ui = window.ui
        assert window.windowTitle() == "登录 - 售后维修工作台"
        assert ui.titleLabel.text() == "售后维修工作台"
        assert ui.badgeLabel.text() == "工牌(&B)："
        assert ui.signInButton.text() == "登录(&S)"
        assert ui.databaseLabel.text() == "数据库：SQLite bench.db"
        ui.usernameEdit.setText("wang.fang")
        ui.passwordEdit.setText("wrong-password")
        window.sign_in_with_password()
        assert window.error_text() == "用户名或密码错误。"
    assert QLocale().name() == locale_before
    assert QCoreApplication.translate("LoginWindow", "&Sign in") == "&Sign in"


def test_main_window_in_chinese(qtbot, tmp_path, shop):
    shop.receive(customer="深圳华讯", model="PCBA-7", serials=["SN1", "SN2"])
    with language(i18n.CHINESE, tmp_path):
        window = MainWindow(shop.uow, shop.clerk, database_text="SQLite bench.db")
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.refreshed, timeout=5000):
            window.refresh()
        model = window.rma_model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "售后单号"
        assert model.data(model.index(0, 4)) == "处理中"
        assert model.data(model.index(0, 5)) == "已接收 2"
        assert window.user_label.text() == "当前用户：Wang Fang（业务员）"
        assert window.ui.actionLogOut.text() == "退出登录(&L)"


def test_every_translation_is_chinese():
    for (context, source, _), (text, _) in messages_of(TS).items():
        if HAN.search(source) is None and source.strip(", ") and not source.startswith("{"):
            assert HAN.search(text) or text == source, (context, source, text)


def test_password_is_never_translated():
    assert PASSWORD not in TS.read_text(encoding="utf-8")


def test_a_chinese_count_comes_before_the_mnemonic():
    """Tabs and buttons read "名称（{n}）(&X)": the count in full-width brackets, then the key;
    "名称(&X) ({n})" was seen on a Clusters tab (issue 16 item 5: one count, one mnemonic)."""
    after = [(source, text) for (_c, source, _m), (text, _k) in messages_of(TS).items()
             if re.search(r"\(&[^)]\)\s*[（(]\{", text)]
    assert not after, after
