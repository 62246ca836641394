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


def test_station_tabs_are_their_own_widgets(qtbot):
    """Each workflow's tab page is its widget class (promoted in the form): packing's box and
    shipping's parcel are one BoxScan, QC has one widget per tab."""
    from PySide6.QtWidgets import QWidget

    from benchapp.ui.forms.ui_station_packing import Ui_PackingView
    from benchapp.ui.forms.ui_station_qc import Ui_QcView
    from benchapp.ui.forms.ui_station_receiving import Ui_ReceivingView
    from benchapp.ui.stations.box_scan import BoxScan
    from benchapp.ui.stations.qc_anomaly import QcAnomalyTab
    from benchapp.ui.stations.qc_handover import QcHandoverTab
    from benchapp.ui.stations.qc_intake import QcIntakeTab
    from benchapp.ui.stations.qc_reinspection import QcReinspectionTab
    from benchapp.ui.stations.qc_screening import QcScreeningTab
    from benchapp.ui.stations.receiving_form import ReceivingForm
    from benchapp.ui.stations.shipping import ShippingTab

    hosts = []  # the forms live as long as their host widgets

    def built(ui_class):
        hosts.append(QWidget())
        qtbot.addWidget(hosts[-1])
        ui = ui_class()
        ui.setupUi(hosts[-1])
        return ui

    packing, receiving, qc = built(Ui_PackingView), built(Ui_ReceivingView), built(Ui_QcView)
    assert isinstance(packing.packTab, BoxScan)
    assert isinstance(receiving.shippingTab, ShippingTab) and isinstance(receiving.shippingTab,
                                                                          BoxScan)
    assert isinstance(receiving.newTab, ReceivingForm)
    assert [type(qc.tabs.widget(i)) for i in range(qc.tabs.count())] == [
        QcIntakeTab, QcScreeningTab, QcAnomalyTab, QcReinspectionTab, QcHandoverTab]
