"""The committed ui_*.py match forms/*.ui, and every view is built from its form."""

from __future__ import annotations

import pytest

from benchapp.ui import build

pytestmark = pytest.mark.gui


def test_generated_forms_are_current():
    stale = build.stale_forms()
    assert not stale, f"regenerate with `python -m benchapp.ui.build`: {stale}"


def test_every_form_has_its_generated_module():
    for ui in build.form_sources():
        assert build.generated_path(ui).is_file(), ui.name


def test_generated_files_say_so():
    for ui in build.form_sources():
        text = build.generated_path(ui).read_text(encoding="utf-8")
        assert "WARNING! All changes made in this file will be lost" in text


def test_check_reports_an_edited_file(tmp_path, monkeypatch, capsys):
    for ui in build.form_sources():
        target = tmp_path / build.generated_path(ui).name
        target.write_text(build.generated_path(ui).read_text(encoding="utf-8"), encoding="utf-8")
    edited = tmp_path / "ui_login_window.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    monkeypatch.setattr(build, "GENERATED_DIR", tmp_path)
    assert build.main(["--check"]) == 1
    assert "ui_login_window.py" in capsys.readouterr().out


def test_version_line_is_ignored():
    text = "## Created by: Qt User Interface Compiler version 6.12.0\nclass Ui_X(object):\n"
    other = "## Created by: Qt User Interface Compiler version 6.13.1\nclass Ui_X(object):\n"
    assert build.comparable(text) == build.comparable(other)
