"""The Supervisor station: signed decisions on escalations, overdue items, notices, actions."""

from __future__ import annotations

import sys
import types
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.devices.scan import parse_scan
from benchapp.domain.roles import Role, Station
from benchapp.services import decisions, supervision
from benchapp.services import workflow as wf
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import dialogs
from benchapp.ui.models.records import HIGHLIGHT_BRUSH
from benchapp.ui.signature import SignatureDialog
from benchapp.ui.stations import supervisor as supervisor_module
from benchapp.ui.stations.supervisor import SupervisorView
from tests.gui.helpers import settle
from tests.gui.station_helpers import answer_signatures, station_shop
from tests.workflow_helpers import hand_over

pytestmark = pytest.mark.gui

EVERYONE_KINDS = ("nff", "cannot_find_fault", "rework_limit", "due_date")


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def nff(shop):
    b = shop.bench
    rma_no, (serial,) = b.receive(1)
    b.to_qc(rma_no, [serial])
    b.screen(rma_no, serial, "PASS", "PASS")  # outcome a: no fault found
    return rma_no, serial


MEASURED = [{"name": "VCC", "value": 5.02, "unit": "V", "low": 4.9, "high": 5.1,
             "verdict": "PASS"},
            {"name": "I_idle", "value": 41.5, "unit": "mA", "low": 30.0, "high": 45.0,
             "verdict": "PASS"}]


def nff_measured(shop):
    """No fault found after a fixture run with measurements."""
    b = shop.bench
    rma_no, (serial,) = b.receive(1)
    b.to_qc(rma_no, [serial])
    wf.record_screening_test(shop.uow(), b.tester, rma_no=rma_no, serial=serial,
                             verdict="PASS", measurements=MEASURED)
    wf.record_visual_inspection(shop.uow(), b.qc_lead, rma_no=rma_no, serial=serial,
                                verdict="PASS")
    return rma_no, serial


def name_panel(view):
    """Who took part in a joint decision, typed (the panel of tests.workflow_helpers)."""
    for department, name in (("repair", "Wang"), ("production", "Zhao"), ("tech", "Sun"),
                             ("business", "Zhang")):
        view.people_combos[department].setEditText(name)


def in_repair(shop):
    b = shop.bench
    rma_no, (serial,) = b.receive(1)
    b.to_qc(rma_no, [serial])
    b.screen(rma_no, serial, "FAIL", "PASS")
    b.to_repair(rma_no, [serial])
    return rma_no, serial


def cannot_find_fault(shop):
    rma_no, serial = in_repair(shop)
    wf.cannot_find_fault(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no, serial=serial,
                         note="全功能测试无法复现")
    return rma_no, serial


def over_rework_limit(shop):
    b = shop.bench
    with shop.uow() as uow:
        uow.set_setting("max_rework_loops", "0")
        uow.commit()
    rma_no, serial = in_repair(shop)
    b.repair(rma_no, serial)
    b.back_to_qc(rma_no, [serial])
    b.reinspect(rma_no, serial, "FAIL")  # over the limit: escalated to production
    with shop.uow() as uow:
        uow.set_setting("max_rework_loops", "3")
        uow.commit()
    return rma_no, serial


def due_date_escalation(shop):
    rma_no, serial = in_repair(shop)
    wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no, serial=serial,
                        can_meet=False, note="缺料")
    return rma_no, serial


def late_slip(shop, hours=30):
    """A slip signed ``hours`` ago and still not counted in at QC."""
    rma_no, serials = shop.bench.receive(1)
    uow = shop.uow()
    with uow:
        past = uow.now() - timedelta(hours=hours)
    uow.backdate = past
    h = hand_over(uow, shop.bench.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    return rma_no, h.slip_no


def make_view(qtbot, shop, role, **session_kwargs):
    view = SupervisorView(shop.session(role, Station.SUPERVISOR, **session_kwargs))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


def queue_kinds(view):
    return [view.queue_model.record(r).kind for r in range(view.queue_model.rowCount())]


def select(view, rma_no):
    row = next(r for r in range(view.queue_model.rowCount())
               if view.queue_model.record(r).rma_no == rma_no)
    index = view.queue_proxy.mapFromSource(view.queue_model.index(row, 0))
    view.ui.queueTable.setCurrentIndex(index)
    return view.queue_model.record(row)


def choose(view, decision):
    combo = view.ui.decisionCombo
    combo.setCurrentIndex(combo.findData(decision))


def decision_lines(shop, rma_no):
    with shop.uow() as uow:
        return [e for e in uow.log.for_rma(rma_no) if e.action == "decision"]


def fingerprint(shop, role):
    with shop.uow() as uow:
        cred = uow.slips.credential(shop.bench.people[role].user_id)
    return shop.port.fingerprint(cred.cert_pem)


# -- the queue -------------------------------------------------------------------------------


def test_queue_shows_each_supervisor_the_kinds_they_decide(qtbot, shop, qtmodeltester):
    nff(shop)
    cannot_find_fault(shop)
    over_rework_limit(shop)
    due_date_escalation(shop)

    qc = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    assert queue_kinds(qc) == ["nff"]
    production = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    assert sorted(queue_kinds(production)) == ["cannot_find_fault", "due_date", "rework_limit"]
    qtmodeltester.check(production.queue_model)

    # Grouped by kind: the filter lists each kind with its count.
    combo = production.ui.kindCombo
    assert combo.itemText(0).endswith("(3)")
    combo.setCurrentIndex(combo.findData("rework_limit"))
    assert queue_kinds(production) == ["rework_limit"]
    assert "(1)" in combo.currentText()
    combo.setCurrentIndex(0)
    production.ui.searchEdit.setText("无法复现")
    assert production.queue_proxy.rowCount() == 1

    # A manager sees nothing to decide; with "others" on, all of them, read-only.
    manager = make_view(qtbot, shop, Role.MANAGER)
    assert queue_kinds(manager) == []
    manager.ui.othersCheck.setChecked(True)
    settle()
    assert sorted(queue_kinds(manager)) == sorted(EVERYONE_KINDS)
    select(manager, manager.queue_model.record(0).rma_no)
    assert not manager.ui.signButton.isEnabled()


def test_columns_show_kind_rma_unit_time_age_and_detail(qtbot, shop):
    rma_no, serial = cannot_find_fault(shop)
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    model = view.queue_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Kind", "RMA", "Unit", "Raised at", "Age", "Reason / detail"]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Cannot find fault" and row[1] == rma_no and row[2] == serial
    assert row[4].endswith("min") and row[5] == "全功能测试无法复现"
    # Young: not highlighted.
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_old_escalations_are_highlighted(qtbot, shop, monkeypatch):
    cannot_find_fault(shop)
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    item = view.queue_model.record(0)
    old = decisions.QueueItem(**{**item.__dict__, "age": timedelta(days=2)})
    view.queue_model.set_records([old])
    brush = view.queue_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == HIGHLIGHT_BRUSH["error"]
    assert view.queue_model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


# -- deciding ------------------------------------------------------------------------------


def test_qc_supervisor_decides_nff_with_reason_and_signature(qtbot, shop, monkeypatch):
    rma_no, serial = nff_measured(shop)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    signer = answer_signatures(monkeypatch)
    item = select(view, rma_no)
    assert "No fault found" in view.ui.detailLabel.text()
    labels_shown = [view.ui.decisionCombo.itemText(i)
                    for i in range(view.ui.decisionCombo.count())]
    assert labels_shown[0] == "Return to the customer" and "Send to repair" in labels_shown
    # The fixture data in the decision panel: the screening run, its limits and verdicts.
    assert view.ui.fixtureTable.isVisible()
    assert "screening test" in view.ui.fixtureLabel.text()
    shown = [[view.fixture_model.index(r, c).data() for c in range(6)]
             for r in range(view.fixture_model.rowCount())]
    assert shown == [["VCC", "5.02", "V", "4.9", "5.1", "PASS"],
                     ["I_idle", "41.5", "mA", "30", "45", "PASS"]]
    choose(view, "repair")
    # With the fixture data and the four departments, the sign button still shows on a
    # 1366x768 screen (the view's share of the 1366x728 window).
    view.resize(1366, 620)
    settle()
    bottom = view.ui.signButton.mapTo(view, view.ui.signButton.rect().bottomRight()).y()
    assert view.ui.signButton.isVisible() and bottom <= view.height(), bottom
    # Who took part: the repair engineer picked from the shop's users of that role, the
    # others typed (people outside the system too; two names in one department).
    repair = view.ui.repairPeopleCombo
    assert view.ui.repairPeopleCombo.isVisible() and repair.count() >= 1
    repair.setCurrentIndex(0)
    picked = repair.currentText()
    for combo, typed in ((view.ui.productionPeopleCombo, "Zhao"),
                         (view.ui.techPeopleCombo, "Sun, Xu"),
                         (view.ui.businessPeopleCombo, "Zhang (phone)")):
        combo.lineEdit().clear()
        qtbot.keyClicks(combo.lineEdit(), typed)
    # Typed (QTest cannot type CJK text; the other tests set Chinese reasons directly).
    qtbot.keyClicks(view.ui.reasonEdit, "Reviewed with repair, production, tech, business")
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.ui.signButton, Qt.MouseButton.LeftButton)
    settle()

    assert len(signer.asked) == 1 and signer.usernames_asked == [True]
    assert view.message_bar.kind == "ok"
    assert shop.bench.state(rma_no, serial) == "to_repair"
    with shop.uow() as uow:
        esc = uow.escalations.get(item.id)
    assert esc.status == "decided" and esc.decision == "repair"
    (line,) = decision_lines(shop, rma_no)
    assert line.detail["certificate_fingerprint"] == fingerprint(shop, Role.QC_SUPERVISOR)
    assert line.detail["reason"] == "Reviewed with repair, production, tech, business"
    took_part = [("repair", picked), ("production", "Zhao"), ("tech", "Sun"), ("tech", "Xu"),
                 ("business", "Zhang (phone)")]
    assert [(p["department"], p["name"]) for p in line.detail["participants"]] == took_part
    assert [(p["department"], p["name"]) for p in esc.participants] == took_part
    assert queue_kinds(view) == []
    assert view.ui.reasonEdit.toPlainText() == ""
    assert view.ui.techPeopleCombo.currentText() == ""


def test_nff_without_every_department_named_is_refused_before_signing(qtbot, shop,
                                                                       monkeypatch):
    rma_no, serial = nff(shop)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    signer = answer_signatures(monkeypatch)
    select(view, rma_no)
    assert "no fixture measurements" in view.ui.fixtureLabel.text()  # a verdict by hand
    assert not view.ui.fixtureTable.isVisible()
    view.ui.reasonEdit.setPlainText("评审")
    view.people_combos["repair"].setEditText("Wang")
    view.people_combos["tech"].setEditText(" , ")
    qtbot.mouseClick(view.ui.signButton, Qt.MouseButton.LeftButton)
    settle()
    assert signer.asked == []
    assert view.message_bar.kind == "error"
    assert "name who took part for Production, Tech, Business" in view.message_bar.text()
    assert view.focusWidget() is view.ui.productionPeopleCombo
    assert shop.bench.state(rma_no, serial) == "nff_review"
    assert decision_lines(shop, rma_no) == []


def test_other_escalations_ask_for_no_panel(qtbot, shop):
    rma_no, _serial = cannot_find_fault(shop)
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    select(view, rma_no)
    assert not view.ui.repairPeopleCombo.isVisible()


def test_a_decision_without_reason_is_refused_before_signing(qtbot, shop, monkeypatch):
    rma_no, serial = nff(shop)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    signer = answer_signatures(monkeypatch)
    select(view, rma_no)
    view.ui.reasonEdit.setPlainText("   ")
    qtbot.mouseClick(view.ui.signButton, Qt.MouseButton.LeftButton)
    settle()
    assert signer.asked == []
    assert view.message_bar.kind == "error" and "reason" in view.message_bar.text()
    assert view.focusWidget() is view.ui.reasonEdit
    assert shop.bench.state(rma_no, serial) == "nff_review"


def test_wrong_password_decides_nothing(qtbot, shop, monkeypatch):
    rma_no, serial = nff(shop)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    errors = []

    def wrong_then_cancel(dialog):
        assert isinstance(dialog, SignatureDialog)
        errors.append(dialog.error_label.text())
        if len(errors) == 1:
            dialog.fill("not-the-password")
            dialog._check_and_accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", wrong_then_cancel)
    select(view, rma_no)
    choose(view, "return_to_customer")
    view.ui.reasonEdit.setPlainText("评审：无故障，退回客户")
    name_panel(view)
    qtbot.mouseClick(view.ui.signButton, Qt.MouseButton.LeftButton)
    settle()
    assert len(errors) == 2 and "Wrong password" in errors[1]
    assert view.message_bar.kind == "warn"  # not signed: nothing was changed
    assert shop.bench.state(rma_no, serial) == "nff_review"
    assert decision_lines(shop, rma_no) == []
    assert view.ui.reasonEdit.toPlainText() == "评审：无故障，退回客户"


def test_tech_supervisor_neither_sees_nor_decides_nff(qtbot, shop, monkeypatch):
    rma_no, _serial = nff(shop)
    view = make_view(qtbot, shop, Role.TECH_SUPERVISOR)
    assert queue_kinds(view) == []
    view.ui.othersCheck.setChecked(True)
    settle()
    assert queue_kinds(view) == ["nff"]
    select(view, rma_no)
    assert not view.ui.signButton.isEnabled()
    assert "QC supervisor" in view.ui.detailLabel.text()
    signer = answer_signatures(monkeypatch)
    view.sign_decision()  # even if the button were reached: refused, nothing asked
    settle()
    assert signer.asked == [] and view.message_bar.kind == "error"
    assert decision_lines(shop, rma_no) == []


def test_extra_fields_follow_the_decision(qtbot, shop, monkeypatch):
    rma_no, serial = due_date_escalation(shop)
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    form = view.ui.decisionForm
    select(view, rma_no)
    choose(view, "resume")
    assert form.isRowVisible(view.ui.dueDateEdit)
    assert not form.isRowVisible(view.ui.replacementEdit)
    choose(view, "scrap_replace")
    assert form.isRowVisible(view.ui.replacementEdit)
    assert not form.isRowVisible(view.ui.dueDateEdit)
    # Scrap and replace without the replacement serial: told before signing.
    signer = answer_signatures(monkeypatch)
    view.ui.reasonEdit.setPlainText("客户同意换新")
    view.sign_decision()
    settle()
    assert signer.asked == [] and "replacement" in view.message_bar.text()
    # Resume with a new due date.
    choose(view, "resume")
    new = QDate.currentDate().addDays(10)
    view.ui.dueDateEdit.setDate(new)
    with qtbot.waitSignal(view.changed, timeout=5000):
        view.sign_decision()
    settle()
    assert shop.bench.rma(rma_no).due_date == new.toPython()
    assert shop.bench.state(rma_no, serial) == "in_repair"
    (line,) = decision_lines(shop, rma_no)
    assert line.detail["new_due_date"] == new.toPython().isoformat()


def test_database_unreachable_keeps_the_reason_and_retry_decides(qtbot, shop, monkeypatch):
    rma_no, serial = cannot_find_fault(shop)
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    signer = answer_signatures(monkeypatch)
    select(view, rma_no)
    choose(view, "return_to_customer")
    view.ui.reasonEdit.setPlainText("QC/技术联合确认无故障")
    name_panel(view)
    working = view.session.uow_factory

    def unreachable():
        raise DatabaseUnavailable("the database server does not answer")

    view.session.uow_factory = unreachable
    view.sign_decision()
    settle()
    assert view.message_bar.kind == "error"
    assert "cannot be reached" in view.message_bar.text()
    assert view.ui.reasonEdit.toPlainText() == "QC/技术联合确认无故障"
    assert decision_lines(shop, rma_no) == []

    view.session.uow_factory = working
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.message_bar.action_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(signer.asked) == 2  # Retry signs again
    assert shop.bench.state(rma_no, serial) == "returning"


def test_refresh_with_the_database_down_keeps_the_list(qtbot, shop):
    nff(shop)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    working = view.session.uow_factory

    def unreachable():
        raise DatabaseUnavailable("gone")

    view.session.uow_factory = unreachable
    view.refresh()
    settle()
    assert view.message_bar.kind == "error" and queue_kinds(view) == ["nff"]
    view.session.uow_factory = working
    qtbot.mouseClick(view.message_bar.action_button, Qt.MouseButton.LeftButton)
    settle()
    assert view.message_bar.kind == "" and queue_kinds(view) == ["nff"]
    # Refreshed (F5) instead of Retry once the database is back: the stale error goes too,
    # whatever the language of its text.
    view.session.uow_factory = unreachable
    view.refresh()
    settle()
    assert view.message_bar.kind == "error"
    view.session.uow_factory = working
    view.refresh()
    settle()
    assert view.message_bar.kind == ""


# -- overdue ---------------------------------------------------------------------------------


def test_overdue_handovers_are_highlighted_and_escalated_on_request(qtbot, shop, qtmodeltester,
                                                                    monkeypatch):
    rma_no, slip_no = late_slip(shop, hours=30)
    _rma2, slip2 = late_slip(shop, hours=6)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    qtmodeltester.check(view.late_model)
    late = {view.late_model.record(r).ref: r for r in range(view.late_model.rowCount())}
    assert set(late) == {slip_no, slip2}
    very = view.late_model.index(late[slip_no], 0).data(Qt.ItemDataRole.BackgroundRole)
    little = view.late_model.index(late[slip2], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert very.color() == HIGHLIGHT_BRUSH["error"]
    assert little.color() == HIGHLIGHT_BRUSH["warn"]
    assert "(2)" in view.ui.tabs.tabText(1)
    # Latest first.
    assert view.late_proxy.index(0, 1).data() == slip_no

    view.ui.tabs.setCurrentWidget(view.ui.overdueTab)
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.ui.checkHandoversButton, Qt.MouseButton.LeftButton)
    settle()
    assert slip_no in view.message_bar.text() and slip2 in view.message_bar.text()
    assert queue_kinds(view) == ["overdue_handover", "overdue_handover"]
    assert "escalated" in view.late_proxy.index(0, 7).data()

    # The QC supervisor (direct supervisor of the receiving station) cancels one, signed.
    signer = answer_signatures(monkeypatch)
    select(view, rma_no)
    choose(view, "cancel_handover")
    view.ui.reasonEdit.setPlainText("包装员请假，重开交接单")
    with qtbot.waitSignal(view.changed, timeout=5000):
        view.sign_decision()
    settle()
    assert signer.asked
    with shop.uow() as uow:
        assert uow.handovers.get(slip_no).status.value == "cancelled"
    (line,) = decision_lines(shop, rma_no)
    assert line.detail["slip_no"] == slip_no


def test_overdue_complaint_and_corrective_action_show_up(qtbot, shop, qtmodeltester):
    suow = SqlAlchemyUnitOfWork(shop.engine)
    with suow:
        past = suow.now() - timedelta(days=6)
    suow.backdate = past  # opened 6 days ago, due 3 days ago
    supervision.open_corrective_action(
        suow, shop.bench.production_supervisor, responsible_process="SMT贴片",
        responsible_department="生产部", person_found="张三", kpi_consequence="扣绩效 5 分",
        preventive_measure="增加 AOI 检查", due_date=(past + timedelta(days=3)).date())
    view = make_view(qtbot, shop, Role.TECH_SUPERVISOR)
    kinds = [view.late_model.record(r).kind for r in range(view.late_model.rowCount())]
    assert kinds == ["corrective_action"]
    assert view.action_model.rowCount() == 1
    assert view.action_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(view.action_model)
    qtmodeltester.check(view.notice_model)


# -- corrective actions and notices ----------------------------------------------------------


def test_verify_a_corrective_action_signed(qtbot, shop, monkeypatch):
    suow = SqlAlchemyUnitOfWork(shop.engine)
    action = supervision.open_corrective_action(
        suow, shop.bench.production_supervisor, responsible_process="SMT贴片",
        responsible_department="生产部", person_found="张三", kpi_consequence="扣绩效 5 分",
        preventive_measure="增加 AOI 检查",
        due_date=QDate.currentDate().addDays(5).toPython())
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    view.ui.tabs.setCurrentWidget(view.ui.complaintsTab)
    view.ui.actionsTable.setCurrentIndex(view.action_proxy.index(0, 0))
    assert not view.ui.verifyButton.isEnabled()  # still open: nothing to verify yet
    supervision.record_action_implemented(SqlAlchemyUnitOfWork(shop.engine),
                                          shop.bench.production_supervisor,
                                          ca_no=action.ca_no, note="AOI 程序已更新")
    view.refresh()
    settle()
    view.ui.actionsTable.setCurrentIndex(view.action_proxy.index(0, 0))
    assert view.ui.verifyButton.isEnabled()

    signer = answer_signatures(monkeypatch)
    view.verify_action(effective=True)  # no note: refused before signing
    settle()
    assert signer.asked == [] and view.message_bar.kind == "error"
    view.ui.noteEdit.setText("连续两周无同类不良")
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.ui.verifyButton, Qt.MouseButton.LeftButton)
    settle()
    assert signer.asked
    (closed,) = supervision.corrective_actions(SqlAlchemyUnitOfWork(shop.engine))
    assert closed.status.value == "closed"
    assert view.action_proxy.index(0, 5).data() == "Closed"


# -- scans, history, charts ------------------------------------------------------------------


def test_scans_select_the_escalation(qtbot, shop):
    nff_rma, nff_serial = nff(shop)
    _cff_rma, cff_serial = cannot_find_fault(shop)
    view = make_view(qtbot, shop, Role.MANAGER)
    view.ui.othersCheck.setChecked(True)
    settle()
    view.ui.kindCombo.setCurrentIndex(view.ui.kindCombo.findData("cannot_find_fault"))
    assert view.handle_scan(parse_scan(nff_serial))  # filtered out: the filter is reset
    settle()
    assert view.selected_item().serial == nff_serial
    assert view.handle_scan(parse_scan(cff_serial))
    settle()
    assert view.selected_item().serial == cff_serial
    assert view.handle_scan(parse_scan(nff_rma))
    settle()
    assert view.selected_item().rma_no == nff_rma
    assert not view.handle_scan(parse_scan("SN-NOT-HERE"))  # the main window opens history
    settle()

    view.ui.scanEdit.setFocus()
    qtbot.keyClicks(view.ui.scanEdit, "SN-NOT-HERE")
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert "No open escalation" in view.message_bar.text()
    qtbot.keyClicks(view.ui.scanEdit, cff_serial)
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view.selected_item().serial == cff_serial
    view.ui.scanEdit.setText("bad\x07scan")  # a garbled scan (QTest cannot type controls)
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view.message_bar.kind == "error"


def test_double_click_and_enter_open_the_history(qtbot, shop):
    rma_no, serial = nff(shop)
    late_rma, _slip = late_slip(shop)
    opened = []
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR,
                     open_history=lambda rma, unit: opened.append((rma, unit)))
    table = view.ui.queueTable
    select(view, rma_no)
    rect = table.visualRect(table.currentIndex())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert opened == [(rma_no, serial)]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    assert opened[-1] == (rma_no, serial)
    view.ui.tabs.setCurrentWidget(view.ui.overdueTab)
    late_table = view.ui.overdueTable
    late_table.setCurrentIndex(view.late_proxy.index(0, 0))
    late_table.setFocus()
    qtbot.keyClick(late_table, Qt.Key.Key_Enter)
    settle()
    assert opened[-1] == (late_rma, None)


def test_statistics_tab_embeds_the_charts_when_installed(qtbot, shop, monkeypatch):
    made = []

    class FakeCharts(QWidget):
        def __init__(self, session, parent=None):
            super().__init__(parent)
            self.refreshed = 0
            made.append(self)

        def refresh(self):
            self.refreshed += 1

    monkeypatch.setattr(supervisor_module, "CHARTS_MODULE", "benchapp_test_missing_charts")
    view = make_view(qtbot, shop, Role.TECH_SUPERVISOR)
    view.ui.tabs.setCurrentWidget(view.ui.statisticsTab)
    assert made == [] and view.ui.statisticsPlaceholder.isVisible()

    module = types.ModuleType("benchapp_test_charts")
    module.SupervisorCharts = FakeCharts
    monkeypatch.setitem(sys.modules, "benchapp_test_charts", module)
    monkeypatch.setattr(supervisor_module, "CHARTS_MODULE", "benchapp_test_charts")
    view.ui.tabs.setCurrentWidget(view.ui.decisionsTab)
    view.ui.tabs.setCurrentWidget(view.ui.statisticsTab)  # installed since: created now
    assert len(made) == 1 and made[0].refreshed == 1
    assert not view.ui.statisticsPlaceholder.isVisible()
    view.refresh()
    settle()
    assert made[0].refreshed == 2
    view.ui.tabs.setCurrentWidget(view.ui.decisionsTab)
    view.ui.tabs.setCurrentWidget(view.ui.statisticsTab)
    assert len(made) == 1


def test_the_view_uses_the_real_charts_module_name():
    assert supervisor_module.CHARTS_MODULE == "benchapp.ui.charts"


def test_closing_a_notice_needs_its_report_first(qtbot, shop, monkeypatch, qtmodeltester):
    rma_no, serials = shop.bench.receive(1)
    shop.bench.full_repair(rma_no, serials)  # a production fault shipped: step 8 fires
    view = make_view(qtbot, shop, Role.TECH_SUPERVISOR)
    assert view.notice_model.rowCount() == 1
    qtmodeltester.check(view.notice_model)
    notice_no = view.notice_model.record(0).case.notice_no
    view.ui.tabs.setCurrentWidget(view.ui.complaintsTab)
    view.ui.noticesTable.setCurrentIndex(view.notice_proxy.index(0, 0))
    assert view.ui.closeNoticeButton.isEnabled()
    view.ui.noteEdit.setText("已与客户确认")
    signer = answer_signatures(monkeypatch)
    qtbot.mouseClick(view.ui.closeNoticeButton, Qt.MouseButton.LeftButton)
    settle()
    assert signer.asked
    assert view.message_bar.text() == f"{notice_no} cannot be closed before its report is in."
    assert view.ui.noteEdit.text() == "已与客户确认"  # kept for when the report is in


def test_every_supervision_refusal_has_a_gui_text():
    from benchapp.domain.supervision import SUPERVISION_MESSAGES
    from benchapp.ui import messages

    assert messages.SUPERVISION_TEXTS == SUPERVISION_MESSAGES


def test_ctrl_enter_in_the_reason_signs(qtbot, shop, monkeypatch):
    rma_no, serial = cannot_find_fault(shop)
    view = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    signer = answer_signatures(monkeypatch)
    assert view.handle_scan(parse_scan(serial))
    settle()
    assert view.focusWidget() is view.ui.decisionCombo  # the next step after a scan
    choose(view, "scrap")
    view.ui.reasonEdit.setFocus()
    qtbot.keyClicks(view.ui.reasonEdit, "Board burnt beyond repair")
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.keyClick(view.ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert signer.asked and shop.bench.state(rma_no, serial) == "scrapped"
    assert view.focusWidget() is view.ui.scanEdit
