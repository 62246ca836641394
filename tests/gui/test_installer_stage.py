"""installer/build.py stages what the bundle needs besides the code (the bundle itself is
built and tried by installer/smoke.py in CI)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from benchapp.ui import i18n

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def load_build_script():
    spec = importlib.util.spec_from_file_location("installer_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_stage_holds_the_current_qm_the_fonts_and_their_licences(tmp_path, qapp):
    build = load_build_script()

    build.stage(tmp_path)

    ts = tmp_path / "resources" / "i18n" / "benchapp_zh_CN.ts"
    qm = ts.with_name(i18n.qm_name(ts))
    assert qm.is_file() and QTranslator().load(str(qm))
    for font in ("wqy-zenhei.ttc", "HanaMinB.ttf", "wqy-zenhei.COPYRIGHT", "HanaMinB.COPYRIGHT"):
        assert (tmp_path / "resources" / "fonts" / font).is_file(), font
    licenses = {p.name for p in (tmp_path / "licenses").iterdir()}
    assert {"LICENSE", "NOTICE-Qt.txt", "LGPL-3.0.txt", "GPL-3.0.txt",
            "fonts-wqy-zenhei.COPYRIGHT", "fonts-wqy-zenhei.GPL-2",
            "fonts-HanaMinB.COPYRIGHT"} <= licenses


def test_the_bundle_uses_the_staged_qm_without_lrelease(tmp_path, monkeypatch):
    build = load_build_script()
    build.stage(tmp_path)
    ts = tmp_path / "resources" / "i18n" / "benchapp_zh_CN.ts"
    monkeypatch.setattr(i18n, "ts_path", lambda lang: ts)
    monkeypatch.setattr(i18n, "find_qt_tool", lambda name: None)  # the bundle has no lrelease

    assert i18n.ensure_qm(i18n.CHINESE, tmp_path / "cache") == ts.with_name(i18n.qm_name(ts))
