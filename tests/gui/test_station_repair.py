"""The repair / rework station: queue, due date, repair record, escalations, handovers."""

from __future__ import annotations

import sys
import types
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

import benchapp.ui
from benchapp.db import models as m
from benchapp.devices.scan import parse_scan
from benchapp.domain.roles import Role, Station
from benchapp.services import queries
from benchapp.services import slips as slip_service
from benchapp.services import workflow as wf
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import dialogs
from benchapp.ui.stations.repair import NoteDialog, PartsModel, RepairView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.workflow_helpers import PASSWORD, hand_over

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def at_repair(shop, n: int = 2) -> tuple[str, list[str]]:
    """An RMA whose units failed screening (outcome c) and were received by the engineer."""
    bench = shop.bench
    rma_no, serials = bench.receive(n)
    bench.to_qc(rma_no, serials)
    for serial in serials:
        bench.screen(rma_no, serial, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    return rma_no, serials


def make_view(qtbot, shop, role: Role = Role.REPAIR_ENGINEER) -> RepairView:
    view = RepairView(shop.session(role, Station.REPAIR))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitActive(view):
        view.activateWindow()
    settle()
    view.refresh()
    settle()
    return view


def rows(view: RepairView) -> list[str]:
    return [view.queue_model.key(r) for r in range(view.queue_model.rowCount())]


def unit_of(shop, rma_no: str, serial: str):
    return shop.bench.rma(rma_no).unit(serial)


def fill_record(view: RepairView, *, parts: bool = True) -> None:
    ui = view.ui
    ui.symptomEdit.setPlainText("上电无显示")
    ui.rootCauseEdit.setPlainText("U12 虚焊")
    ui.causeCombo.setCurrentIndex(ui.causeCombo.findData("production"))
    ui.processCombo.setEditText("SMT贴片")
    ui.departmentCombo.setEditText("生产部")
    ui.actionsEdit.setPlainText("补焊 U12")
    if parts:
        row = view.parts_model.add_row()
        for column, value in enumerate(("U12", "STM32F103C8T6", 1, "L2406", "2424")):
            view.parts_model.setData(view.parts_model.index(row, column), value)
    ui.minutesSpin.setValue(35)


def repair_records(shop, serial: str) -> list:
    with shop.engine.connect() as conn:
        unit_id = conn.scalar(select(m.UnitRow.id).where(m.UnitRow.serial == serial))
        records = conn.execute(select(m.RepairRecordRow).where(
            m.RepairRecordRow.unit_id == unit_id)).mappings().all()
        result = []
        for record in records:
            parts = conn.execute(select(m.RepairPartRow).where(
                m.RepairPartRow.repair_record_id == record["id"])
                .order_by(m.RepairPartRow.id)).mappings().all()
            result.append((dict(record), [dict(p) for p in parts]))
        return result


def answer_note(monkeypatch, note: str | None) -> list[NoteDialog]:
    """Stand in for exec_dialog: type ``note`` into the note dialog and press Escalate."""
    asked: list[NoteDialog] = []

    def answer(dialog):
        assert isinstance(dialog, NoteDialog)
        asked.append(dialog)
        if note is None:
            dialog.reject()
        else:
            dialog.fill(note)
            dialog.check_and_accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", answer)
    return asked


def fake_handover_dialog(monkeypatch, *, receive=True, give=None):
    calls: list[tuple] = []
    fake = types.ModuleType("benchapp.ui.handover_dialog")

    def receive_slip(parent, session, slip_no):
        calls.append(("receive", slip_no))
        return receive(slip_no) if callable(receive) else receive

    def give_units(parent, session, *, rma_no, to_station, units, preselected=()):
        calls.append(("give", rma_no, to_station, [u.serial for u in units], list(preselected)))
        return give(rma_no, units) if give else None

    fake.receive_slip = receive_slip
    fake.give_units = give_units
    monkeypatch.setitem(sys.modules, "benchapp.ui.handover_dialog", fake)
    monkeypatch.setattr(benchapp.ui, "handover_dialog", fake, raising=False)
    return calls


# -- the lists -------------------------------------------------------------------------------


def test_queue_shows_my_units_and_all_on_request(qtbot, qtmodeltester, shop):
    bench = shop.bench
    _mine, my_serials = at_repair(shop, 2)
    theirs, their_serials = bench.receive(1)
    bench.to_qc(theirs, their_serials)
    bench.screen(theirs, their_serials[0], "FAIL", "FAIL")  # outcome b: rework
    bench.move(theirs, their_serials, Station.QC, Station.REPAIR, bench.qc_lead,
               bench.production_lead)
    waiting, waiting_serials = bench.receive(1)
    bench.to_qc(waiting, waiting_serials)
    bench.screen(waiting, waiting_serials[0], "FAIL", "PASS")
    slip = hand_over(shop.uow(), bench.qc_lead, None, rma_no=waiting, serials=waiting_serials,
                     frm=Station.QC, to=Station.REPAIR)

    view = make_view(qtbot, shop)
    assert rows(view) == my_serials
    assert "My queue (2)" in view.ui.queueGroup.title()
    assert [view.incoming_model.key(r) for r in range(view.incoming_model.rowCount())] == [
        slip.slip_no]
    view.ui.showAllCheck.click()
    settle()
    assert sorted(rows(view)) == sorted(my_serials + their_serials)
    row = view.queue_model.row_of(their_serials[0])
    assert view.queue_model.index(row, 3).data() == "Rework"
    assert view.queue_model.index(row, 5).data() == "No"

    # Searching filters, sorting works on raw values.
    qtbot.keyClicks(view.ui.searchEdit, theirs)
    assert view.queue_proxy.rowCount() == 1
    view.ui.searchEdit.clear()
    view.ui.queueTable.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.queue_proxy.index(0, 1).data() == their_serials[0]

    for model in (view.queue_model, view.incoming_model, view.parts_model):
        qtmodeltester.check(model)

    # Enter (or double-click) on a unit opens its history.
    opened = []
    view.session.open_history = lambda rma_no, serial: opened.append((rma_no, serial))
    view.ui.queueTable.setFocus()
    view.ui.queueTable.setCurrentIndex(view.queue_proxy.index(0, 0))
    qtbot.keyClick(view.ui.queueTable, Qt.Key.Key_Return)
    settle()
    assert opened == [(theirs, their_serials[0])]


def test_overdue_and_due_today_stand_out(qtbot, shop):
    at_repair(shop, 1)
    view = make_view(qtbot, shop)
    unit = view.queue_model.record(0)
    model = view.queue_model
    for due, expected in ((date.today() - timedelta(days=1), "(overdue)"),
                          (date.today(), "(today)")):
        model.set_records([type(unit)(**{**unit.__dict__, "due_date": due})])
        assert expected in model.index(0, 4).data()
        assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
        assert model.index(0, 4).data(Qt.ItemDataRole.FontRole).bold()


def test_parts_model_is_a_proper_editable_model(qtmodeltester):
    model = PartsModel()
    model.add_row()
    model.add_row()
    assert model.setData(model.index(0, 0), "  U12 ")
    assert model.index(0, 0).data() == "U12"
    assert model.setData(model.index(0, 2), "3")
    assert not model.setData(model.index(0, 2), "0")
    assert not model.setData(model.index(0, 2), "many")
    assert model.index(0, 2).data() == 3
    qtmodeltester.check(model)
    assert model.removeRows(0, 1)
    assert model.rowCount() == 1


# -- due date --------------------------------------------------------------------------------


def test_confirm_due_date(qtbot, shop):
    rma_no, serials = at_repair(shop, 2)
    view = make_view(qtbot, shop)
    assert view.handle_scan(parse_scan(serials[1]))
    settle()
    assert view._current.serial == serials[1]
    assert "First confirm the due date" in view.ui.dueHintLabel.text()
    assert QApplication.focusWidget() is view.ui.confirmDueButton
    qtbot.keyClick(view.ui.confirmDueButton, Qt.Key.Key_Space)
    settle()
    assert unit_of(shop, rma_no, serials[1]).due_confirmed
    assert not unit_of(shop, rma_no, serials[0]).due_confirmed
    assert "confirmed" in view.message_bar.text()
    row = view.queue_model.row_of(serials[1])
    assert view.queue_model.index(row, 5).data() == "Yes"
    assert not view.ui.confirmDueButton.isEnabled()
    assert view.ui.dueHintLabel.isHidden()


def test_cannot_meet_due_date_escalates_with_a_note(qtbot, monkeypatch, shop):
    rma_no, serials = at_repair(shop, 1)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()

    asked = answer_note(monkeypatch, None)  # Cancel: nothing happens
    view.ui.cannotMeetButton.click()
    settle()
    assert len(asked) == 1
    assert shop.bench.state(rma_no, serials[0]) == "in_repair"

    answer_note(monkeypatch, "等料 STM32, 预计下周到")
    view.ui.cannotMeetButton.click()
    settle()
    assert shop.bench.state(rma_no, serials[0]) == "escalated"
    escalations = queries.open_escalations(shop.uow())
    assert [(e.kind.value, e.serial, e.note) for e in escalations] == [
        ("due_date", serials[0], "等料 STM32, 预计下周到")]
    assert "production supervisor" in view.message_bar.text()
    assert "Escalated" in view.ui.dueHintLabel.text()
    assert not view.ui.saveButton.isEnabled()


def test_note_dialog_requires_a_note(qtbot):
    dialog = NoteDialog("t", "intro")
    qtbot.addWidget(dialog)
    dialog.check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "required" in dialog.ui.errorLabel.text()


# -- the repair record ---------------------------------------------------------------------------


def focused():
    return QApplication.focusWidget()


def test_repair_record_by_keyboard_with_two_parts(qtbot, shop):
    rma_no, serials = at_repair(shop, 2)
    wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no,
                        serial=serials[0], can_meet=True)
    view = make_view(qtbot, shop)
    ui = view.ui
    ui.scanEdit.setFocus()
    qtbot.keyClicks(ui.scanEdit, serials[0])
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view._current.serial == serials[0]
    assert focused() is ui.symptomEdit

    qtbot.keyClicks(focused(), "No display at power-on")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is ui.rootCauseEdit
    qtbot.keyClicks(focused(), "U12 cold solder joint")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is ui.causeCombo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first category: production
    settle()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert ui.processCombo.isAncestorOf(focused()) or focused() is ui.processCombo
    qtbot.keyClicks(focused(), "SMT line 3")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    qtbot.keyClicks(focused(), "Production")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is ui.actionsEdit
    qtbot.keyClicks(focused(), "Resoldered U12, replaced C5")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is ui.partsTable

    qtbot.keyClick(ui.partsTable, Qt.Key.Key_Insert)  # a new row, editing its first cell
    settle()
    for value in ("U12", "STM32F103C8T6", "2", "L2406", "2424"):
        qtbot.keyClicks(focused(), value)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
    assert focused() is ui.addPartButton  # Tab past the last cell leaves the table
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Add part: the second row
    settle()
    for value in ("C5", "CL10A106KP8NNNC"):
        qtbot.keyClicks(focused(), value)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
    for _ in range(3):  # quantity 1, no lot, no date code
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
    assert focused() is ui.addPartButton
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is ui.minutesSpin
    qtbot.keyClicks(focused(), "45")
    assert ui.minutesSpin.value() == 45, ui.minutesSpin.text()
    assert ui.saveButton.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()

    assert view.message_bar.kind == "ok", view.message_bar.text()
    [(record, parts)] = repair_records(shop, serials[0])
    assert record["symptom"] == "No display at power-on"
    assert record["root_cause"] == "U12 cold solder joint"
    assert record["cause_category"] == "production"
    assert record["responsible_process"] == "SMT line 3"
    assert record["responsible_department"] == "Production"
    assert record["actions"] == "Resoldered U12, replaced C5"
    assert record["repair_minutes"] == 45
    assert record["repairer_id"] == shop.bench.repair_engineer.user_id
    assert [(p["ref_des"], p["part_no"], p["qty"], p["lot"], p["date_code"]) for p in parts] == [
        ("U12", "STM32F103C8T6", 2, "L2406", "2424"), ("C5", "CL10A106KP8NNNC", 1, "", "")]
    assert shop.bench.state(rma_no, serials[0]) == "repaired"
    # The form is empty again and the scan field ready for the next unit.
    assert ui.symptomEdit.toPlainText() == "" and view.parts_model.rowCount() == 0
    assert focused() is ui.scanEdit


def test_ctrl_s_while_typing_in_a_part_cell_saves_what_is_typed(qtbot, shop):
    rma_no, serials = at_repair(shop, 1)
    wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no,
                        serial=serials[0], can_meet=True)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    fill_record(view, parts=False)
    view.ui.addPartButton.click()
    settle()
    qtbot.keyClicks(focused(), "R7")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    qtbot.keyClicks(focused(), "RC0603FR-0710KL")
    assert view.ui.partsTable.state() == view.ui.partsTable.State.EditingState
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    [(_record, parts)] = repair_records(shop, serials[0])
    assert [(p["ref_des"], p["part_no"], p["qty"]) for p in parts] == [
        ("R7", "RC0603FR-0710KL", 1)]


def test_missing_fields_are_named_and_nothing_is_saved(qtbot, shop):
    rma_no, serials = at_repair(shop, 1)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    view.ui.symptomEdit.setPlainText("上电无显示")

    view.ui.saveButton.click()  # due date not confirmed yet
    settle()
    assert "Confirm the due date" in view.message_bar.text()
    view.ui.confirmDueButton.click()
    settle()
    assert view.ui.symptomEdit.toPlainText() == "上电无显示"  # kept over the refresh

    view.ui.saveButton.click()
    settle()
    text = view.message_bar.text()
    assert view.message_bar.kind == "error"
    for name in ("root cause", "cause category", "responsible process",
                 "responsible department", "actions taken", "repair time"):
        assert name in text
    assert "symptom" not in text.split(":", 1)[1].split(".")[0]
    assert focused() is view.ui.rootCauseEdit

    fill_record(view, parts=False)
    row = view.parts_model.add_row()
    view.parts_model.setData(view.parts_model.index(row, 0), "U12")  # no part number
    view.ui.saveButton.click()
    settle()
    assert "Part row 1" in view.message_bar.text()
    assert view.ui.partsTable.currentIndex().column() == 1
    assert repair_records(shop, serials[0]) == []
    assert shop.bench.state(rma_no, serials[0]) == "in_repair"

    # An empty part row is ignored rather than refused.
    view.parts_model.removeRows(0, 1)
    view.parts_model.add_row()
    view.parts_model.setData(view.parts_model.index(0, 2), 2)
    view.ui.saveButton.click()
    settle()
    [(record, parts)] = repair_records(shop, serials[0])
    assert parts == [] and record["root_cause"] == "U12 虚焊"


def test_conflict_names_who_changed_it_and_keeps_the_input(qtbot, shop):
    rma_no, serials = at_repair(shop, 2)
    bench = shop.bench
    wf.confirm_due_date(shop.uow(), bench.repair_engineer, rma_no=rma_no, serial=serials[0],
                        can_meet=True)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    fill_record(view)
    # Meanwhile at another bench: the team lead confirms the other unit's due date.
    wf.confirm_due_date(shop.uow(), bench.production_lead, rma_no=rma_no, serial=serials[1],
                        can_meet=True)

    view.ui.saveButton.click()
    settle()
    text = view.message_bar.text()
    assert view.message_bar.kind == "warn"
    assert "another bench" in text
    lead = shop.bench.production_lead.username
    assert lead in text
    assert view.message_bar.action_button.isVisible()
    assert "Reload" in view.message_bar.action_button.text()
    assert repair_records(shop, serials[0]) == []
    assert view.ui.rootCauseEdit.toPlainText() == "U12 虚焊"

    view.message_bar.action_button.click()  # Reload: fresh lists, the input stays
    settle()
    assert view._current.serial == serials[0]
    assert view.ui.rootCauseEdit.toPlainText() == "U12 虚焊"
    assert view.parts_model.rowCount() == 1
    row = view.queue_model.row_of(serials[1])
    assert view.queue_model.index(row, 5).data() == "Yes"  # the other bench's change shows

    view.ui.saveButton.click()
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    [(_record, parts)] = repair_records(shop, serials[0])
    assert [p["ref_des"] for p in parts] == ["U12"]


def test_own_changes_do_not_conflict_with_another_units_draft(qtbot, shop):
    rma_no, serials = at_repair(shop, 2)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    view.ui.confirmDueButton.click()
    settle()
    fill_record(view)
    view.handle_scan(parse_scan(serials[1]))  # switch units: the first one's input is kept
    settle()
    assert view.ui.symptomEdit.toPlainText() == ""
    view.ui.confirmDueButton.click()
    settle()
    fill_record(view, parts=False)
    view.ui.saveButton.click()
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert view.ui.symptomEdit.toPlainText() == "上电无显示"
    view.ui.saveButton.click()
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert [shop.bench.state(rma_no, s) for s in serials] == ["repaired", "repaired"]


def test_cannot_find_fault_escalates(qtbot, monkeypatch, shop):
    rma_no, serials = at_repair(shop, 1)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    answer_note(monkeypatch, "FCT 全部通过, 老化 24h 未复现")
    view.ui.cannotFindButton.click()
    settle()
    assert shop.bench.state(rma_no, serials[0]) == "escalated"
    [escalation] = queries.open_escalations(shop.uow())
    assert escalation.kind.value == "cannot_find_fault"
    assert escalation.note == "FCT 全部通过, 老化 24h 未复现"
    assert "fault cannot be found" in view.message_bar.text()
    assert not view.ui.cannotFindButton.isEnabled()


def test_database_unreachable_keeps_the_form_and_retries(qtbot, monkeypatch, shop):
    rma_no, serials = at_repair(shop, 1)
    wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no,
                        serial=serials[0], can_meet=True)
    view = make_view(qtbot, shop)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    fill_record(view)
    working = view.session.uow_factory

    def unreachable():
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(view.session, "uow_factory", unreachable)
    view.refresh()  # a reload while the database is away keeps the form
    settle()
    assert "cannot be reached" in view.message_bar.text()
    assert view.ui.actionsEdit.toPlainText() == "补焊 U12"
    assert view._current.serial == serials[0]

    view.ui.saveButton.click()
    settle()
    assert view.message_bar.kind == "error"
    assert "cannot be reached" in view.message_bar.text()
    assert "Retry" in view.message_bar.action_button.text()
    assert view.ui.actionsEdit.toPlainText() == "补焊 U12"
    assert view.parts_model.rowCount() == 1
    assert repair_records(shop, serials[0]) == []

    monkeypatch.setattr(view.session, "uow_factory", working)
    view.message_bar.action_button.click()  # Retry
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert len(repair_records(shop, serials[0])) == 1


def test_wrong_role_sees_the_units_but_cannot_act(qtbot, shop):
    _rma_no, serials = at_repair(shop, 1)
    view = make_view(qtbot, shop, Role.PACKER)
    assert view.ui.showAllCheck.isChecked()
    assert rows(view) == serials
    view.handle_scan(parse_scan(serials[0]))
    settle()
    ui = view.ui
    for button in (ui.confirmDueButton, ui.cannotMeetButton, ui.cannotFindButton,
                   ui.handOverButton, ui.receiveButton, ui.saveButton, ui.addPartButton):
        assert not button.isEnabled(), button.objectName()
    assert not ui.symptomEdit.isEnabled()
    assert "Only a repair engineer" in ui.dueHintLabel.text()

    # The production supervisor may move units but does not write repair records.
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert not view.ui.confirmDueButton.isEnabled()
    assert not view.ui.saveButton.isEnabled()


# -- scans and handovers ----------------------------------------------------------------------


def test_scans(qtbot, shop):
    bench = shop.bench
    rma_no, serials = at_repair(shop, 2)
    other, other_serials = bench.receive(1)
    bench.to_qc(other, other_serials)
    bench.screen(other, other_serials[0], "FAIL", "PASS")
    slip = hand_over(shop.uow(), bench.qc_lead, None, rma_no=other, serials=other_serials,
                     frm=Station.QC, to=Station.REPAIR)
    view = make_view(qtbot, shop)

    assert view.handle_scan(parse_scan("NO-SUCH-UNIT-1"))
    settle()
    assert "not at the repair station" in view.message_bar.text()
    assert view.handle_scan(parse_scan(other_serials[0]))
    settle()
    assert slip.slip_no in view.message_bar.text() and "receive the slip" in (
        view.message_bar.text())
    assert view.handle_scan(parse_scan(rma_no))
    settle()
    assert view.ui.searchEdit.text() == rma_no
    assert view.queue_proxy.rowCount() == 2
    assert view.handle_scan(parse_scan("RMA-999999"))
    settle()
    assert "No unit of RMA-999999" in view.message_bar.text()

    view.ui.scanEdit.setText("U12\x07")  # a garbled wedge scan
    view.ui.scanEdit.returnPressed.emit()
    assert view.message_bar.kind == "error" and "Scan again" in view.message_bar.text()
    assert view.handle_scan(parse_scan("SLP-999999"))
    settle()
    assert "SLP-999999 is not waiting" in view.message_bar.text()
    assert view.handle_scan(parse_scan(serials[1]))
    settle()
    assert view.ui.searchEdit.text() == ""
    assert view._current.serial == serials[1]


def test_receive_and_hand_over_use_the_handover_dialogs(qtbot, monkeypatch, shop):
    bench = shop.bench
    rma_no, serials = at_repair(shop, 2)
    for serial in serials:
        bench.repair(rma_no, serial)
    waiting, waiting_serials = bench.receive(1)
    bench.to_qc(waiting, waiting_serials)
    bench.screen(waiting, waiting_serials[0], "FAIL", "PASS")
    slip = hand_over(shop.uow(), bench.qc_lead, None, rma_no=waiting, serials=waiting_serials,
                     frm=Station.QC, to=Station.REPAIR)

    def accept(slip_no):
        slip_service.receive(shop.uow(), bench.repair_engineer, slip_no=slip_no,
                             station=Station.REPAIR, scanned=waiting_serials,
                             password=PASSWORD, port=shop.port)
        return True

    def give(rma_no, units):
        return bench.move(rma_no, [u.serial for u in units], Station.REPAIR, Station.QC,
                          bench.repair_engineer, bench.tester) and types.SimpleNamespace(
            slip_no="SLP-X", serials=[u.serial for u in units])

    calls = fake_handover_dialog(monkeypatch, receive=accept, give=give)
    view = make_view(qtbot, shop)
    view.ui.incomingTable.selectRow(0)
    assert view.ui.receiveButton.isEnabled()
    with qtbot.waitSignal(view.changed):
        view.ui.receiveButton.click()
    settle()
    assert calls == [("receive", slip.slip_no)]
    assert view.incoming_model.rowCount() == 0
    assert waiting_serials[0] in rows(view)

    view.handle_scan(parse_scan(serials[1]))
    settle()
    assert view.ui.handOverButton.isEnabled()
    view.ui.handOverButton.click()
    settle()
    assert calls[-1] == ("give", rma_no, Station.QC, serials, [serials[1]])
    assert "handed over to QC" in view.message_bar.text()
    assert rows(view) == waiting_serials


def test_hand_over_asks_which_rma_when_several_are_ready(qtbot, monkeypatch, shop):
    bench = shop.bench
    first, first_serials = at_repair(shop, 1)
    second, second_serials = at_repair(shop, 1)
    bench.repair(first, first_serials[0])
    bench.repair(second, second_serials[0])
    calls = fake_handover_dialog(monkeypatch)
    view = make_view(qtbot, shop)
    view.ui.queueTable.clearSelection()
    view.ui.handOverButton.click()
    settle()
    assert calls == []
    assert "several RMAs" in view.message_bar.text()
    view.handle_scan(parse_scan(second_serials[0]))
    settle()
    view.ui.handOverButton.click()
    settle()
    assert calls == [("give", second, Station.QC, second_serials, second_serials)]


def test_real_handover_dialogs_receive_then_give_back_to_qc(qtbot, monkeypatch, shop):
    """End to end through handover_dialog: the slip from QC is counted in by scanning and
    signed; after the repair the units go back to QC on a signed slip."""
    from benchapp.domain.handover import HandoverStatus
    from benchapp.ui import handover_dialog as hd
    from benchapp.ui import printing
    from tests.gui.station_helpers import answer_signatures

    monkeypatch.setattr(printing, "default_printer", lambda: None)
    bench = shop.bench
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    for serial in serials:
        bench.screen(rma_no, serial, "FAIL", "PASS")
    slip = slip_service.hand_over(
        shop.uow(), bench.qc_lead, rma_no=rma_no, from_station=Station.QC,
        to_station=Station.REPAIR, serials=serials, declared_count=2, password=PASSWORD,
        port=shop.port)
    view = make_view(qtbot, shop)
    assert rows(view) == []

    def count_in(dialog):
        assert isinstance(dialog, hd.ReceiveDialog)
        for serial in serials:
            qtbot.keyClicks(dialog.ui.scanEdit, serial)
            qtbot.keyClick(dialog.ui.scanEdit, Qt.Key.Key_Return)
            settle()
        qtbot.mouseClick(dialog.ui.acceptButton, Qt.MouseButton.LeftButton)
        settle()
        return dialog.result()

    answer_signatures(monkeypatch, others=count_in)
    assert view.handle_scan(parse_scan(slip.slip_no))
    settle()
    with shop.uow() as uow:
        assert uow.handovers.get(slip.slip_no).status is HandoverStatus.ACCEPTED
    assert rows(view) == serials  # received by this engineer: in my queue

    for serial in serials:
        bench.repair(rma_no, serial)
    view.refresh()
    settle()

    def tick_and_sign(dialog):
        assert isinstance(dialog, hd.GiveDialog)
        dialog.ui.declaredSpin.setValue(len(dialog.model.checked_keys()))
        qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
        settle()
        return dialog.result()

    answer_signatures(monkeypatch, others=tick_and_sign)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    view.ui.handOverButton.click()
    settle()
    [given] = queries.incoming_handovers(shop.uow(), "qc")
    assert given.from_station is Station.REPAIR
    assert list(given.serials) == [serials[0]]  # the selected unit was preselected
    assert "handed over to QC" in view.message_bar.text()
    assert view.queue_model.index(view.queue_model.row_of(serials[0]), 2).data().endswith(
        given.slip_no)
