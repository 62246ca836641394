"""Choosing the station after sign-in: allowed ones only, remembered per bench and person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from benchapp.domain.roles import Role, Station
from benchapp.domain.users import User
from benchapp.ui import dialogs
from benchapp.ui.bench_settings import BenchSettings
from benchapp.ui.station_chooser import StationChooserDialog, choose_station

pytestmark = pytest.mark.gui


def person(username: str, *roles: Role) -> User:
    return User(username=username, display_name=username.replace(".", " ").title(),
                roles=frozenset(roles), password_hash="-", id=1)


SUPERVISOR = person("zhao.min", Role.QC_SUPERVISOR, Role.PRODUCTION_SUPERVISOR)  # QC, Repair, Sup.
PACKER = person("li.lei", Role.PACKER)  # QC, Packing
CLERK = person("wang.fang", Role.BUSINESS_CLERK)  # Receiving only
ADMIN = person("admin", Role.ADMIN)


@pytest.fixture
def settings(tmp_path, qapp):
    return BenchSettings.at(tmp_path / "bench.ini")


def drive(monkeypatch, steps):
    seen = []

    def run(dialog):
        seen.append(dialog)
        if steps is None:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        return steps(dialog)

    monkeypatch.setattr(dialogs, "exec_dialog", run)
    return seen


def shown(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def names(dialog):
    tree = dialog.ui.stationTree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3))
            for i in range(tree.topLevelItemCount())]


def test_lists_the_allowed_stations_with_names_and_descriptions(qtbot, monkeypatch, settings):
    def steps(d):
        assert names(d) == [
            ("1", "QC", "Intake count, first screening, re-inspection and OQC."),
            ("2", "Repair", "Repair and rework with the repair record; escalations."),
            ("3", "Supervisor", "Decide escalations; overdue work, statistics and reports."),
        ]
        assert d.selected_station() is Station.QC  # nothing remembered yet: the first
        d.reject()
        return d.result()

    drive(monkeypatch, steps)
    assert choose_station(None, SUPERVISOR, settings) is None
    assert settings.last_station() is None  # a cancel remembers nothing


def test_arrows_and_enter_choose_and_the_choice_is_remembered(qtbot, monkeypatch, settings):
    def steps(d):
        shown(qtbot, d)
        qtbot.keyClick(d.ui.stationTree, Qt.Key.Key_Down)
        qtbot.keyClick(d.ui.stationTree, Qt.Key.Key_Down)
        qtbot.keyClick(d.ui.stationTree, Qt.Key.Key_Return)
        return d.result()

    drive(monkeypatch, steps)
    assert choose_station(None, SUPERVISOR, settings) is Station.SUPERVISOR
    assert settings.last_station() is Station.SUPERVISOR
    assert settings.last_station("zhao.min") is Station.SUPERVISOR

    preselected = []
    drive(monkeypatch, lambda d: (preselected.append(d.selected_station()), d.accept(),
                                  d.result())[-1])
    assert choose_station(None, SUPERVISOR, settings) is Station.SUPERVISOR
    assert preselected == [Station.SUPERVISOR]


def test_number_keys_choose_directly(qtbot, monkeypatch, settings):
    def steps(d):
        shown(qtbot, d)
        qtbot.keyClick(d.ui.stationTree, Qt.Key.Key_2)
        return d.result()

    drive(monkeypatch, steps)
    assert choose_station(None, SUPERVISOR, settings) is Station.REPAIR


def test_the_benchs_station_is_preselected_only_if_allowed(qtbot, monkeypatch, settings):
    settings.remember_station(Station.SUPERVISOR)  # the supervisor used this bench before
    seen = []
    drive(monkeypatch, lambda d: (seen.append(d.selected_station()), d.reject(), 0)[-1])
    choose_station(None, PACKER, settings)
    assert seen == [Station.QC]  # not allowed for a packer: the first allowed one

    settings.remember_station(Station.PACKING, "li.lei")  # the packer's own last station
    choose_station(None, PACKER, settings)
    assert seen[-1] is Station.PACKING

    settings.remember_station(Station.QC)
    choose_station(None, PACKER, settings)
    assert seen[-1] is Station.QC  # this bench's station comes first


def test_a_single_station_is_not_asked(qtbot, monkeypatch, settings):
    drive(monkeypatch, None)
    assert choose_station(None, CLERK, settings) is Station.RECEIVING
    assert settings.last_station() is Station.RECEIVING
    assert settings.last_station("wang.fang") is Station.RECEIVING


def test_an_administrator_has_no_station(qtbot, monkeypatch, settings):
    seen = drive(monkeypatch, lambda box: QMessageBox.StandardButton.Ok)
    assert choose_station(None, ADMIN, settings) is None
    box = seen[0]
    assert isinstance(box, QMessageBox)
    assert box.text() == ("Admin (Administrator) has no station to work at: no workflow step "
                          "belongs to these roles.")
    assert "command line" in box.informativeText()
    assert settings.last_station() is None


def test_dialog_without_selection_does_not_accept(qtbot):
    d = StationChooserDialog(SUPERVISOR, [Station.QC, Station.REPAIR])
    qtbot.addWidget(d)
    d.ui.stationTree.setCurrentItem(None)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    d.choose_index(1)
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.selected_station() is Station.REPAIR
