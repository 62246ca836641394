"""The smaller duties recorded from the main window's Station menu: the dialog offers what the
person's roles allow, records with who and when, and shows a refusal without losing input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.domain.roles import Role, Station
from benchapp.services import reports
from benchapp.ui import dialogs, printing
from benchapp.ui.duty_dialog import DutyDialog
from benchapp.ui.main_window import MainWindow
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def logged(shop, rma_no, action):
    with shop.uow() as uow:
        return [e for e in uow.log.for_rma(rma_no) if e.action == action]


def test_production_reports_a_delay_from_the_station_menu(shop, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    rma_no, _ = shop.bench.receive(1)
    session = shop.session(Role.REPAIR_ENGINEER, Station.REPAIR)
    window = MainWindow(shop.uow, session.user, database_text="test", session=session)
    qtbot.addWidget(window)
    seen = []

    def run_dialog(dialog):
        assert isinstance(dialog, DutyDialog)
        dialog.show()
        seen.append([dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())])
        dialog.fill(kind="delay", ref=rma_no, note="U12 缺料，等待到货", extra="2099-13-01")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "new date" in dialog.message_bar.text(), timeout=5000)
        assert dialog.note_edit.text() == "U12 缺料，等待到货"  # kept after the refusal
        dialog.extra_edit.setText("2099-01-31")
        with qtbot.waitSignal(dialog.recorded, timeout=5000) as signal:
            qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        assert signal.args == ["delay_reported"]
        assert "recorded for " + rma_no in dialog.message_bar.text()
        return 0

    monkeypatch.setattr(dialogs, "exec_dialog", run_dialog)
    window.duty_action.trigger()
    settle()
    assert seen == [["delay"]]  # a repair engineer reports delays, nothing else
    (entry,) = logged(shop, rma_no, "delay_reported")
    assert entry.actor_name == shop.bench.repair_engineer.username
    assert entry.detail["new_due"] == "2099-01-31"


def test_business_passes_it_on_and_management_reviews_the_week(shop, qtbot):
    rma_no, _ = shop.bench.receive(1)
    clerk = DutyDialog(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(clerk)
    clerk.fill(kind="passed_on", ref=rma_no, note="已告知客户")
    clerk.record()
    qtbot.waitUntil(lambda: "not yet passed on" in clerk.message_bar.text(), timeout=5000)
    assert logged(shop, rma_no, "delay_passed_on") == []

    week = str(reports.current_week(shop.uow()))
    manager = DutyDialog(shop.session(Role.MANAGER, Station.SUPERVISOR))
    qtbot.addWidget(manager)
    assert manager.kind() == "review" and manager.kind_combo.count() == 1
    manager.fill(kind="review", ref=week, note="已阅")
    with qtbot.waitSignal(manager.recorded, timeout=5000):
        manager.record()
    (entry,) = logged(shop, "-", "weekly_report_reviewed")
    assert entry.detail == {"week": week, "remarks": "已阅"}
    assert entry.actor_name == shop.bench.manager.username


def test_a_person_with_none_of_the_roles_is_told(shop, qtbot):
    dialog = DutyDialog(shop.session(Role.PACKER, Station.PACKING))
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.count() == 0 and not dialog.record_button.isEnabled()
    assert "none of these duties" in dialog.message_bar.text()
