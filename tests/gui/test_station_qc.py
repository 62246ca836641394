"""The QC station view: intake, screening on a simulated fixture, anomaly forms, re-inspection
and OQC, hand-over, scans, roles and signatures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from benchapp.devices.scan import parse_scan
from benchapp.devices.sim import FixtureScript, FixtureSimulator
from benchapp.domain.roles import Role, Station
from benchapp.services import queries
from benchapp.services import workflow as wf
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import dialogs, handover_dialog
from benchapp.ui.device_bridge import FixtureBridge
from benchapp.ui.signature import SignatureDialog
from benchapp.ui.stations.base import select_key
from benchapp.ui.stations.qc import (
    TAB_ANOMALY,
    TAB_HANDOVER,
    TAB_REINSPECTION,
    TAB_SCREENING,
    QcView,
)
from tests.gui.helpers import settle
from tests.gui.station_helpers import answer_signatures, station_shop
from tests.workflow_helpers import PASSWORD, hand_over

pytestmark = pytest.mark.gui

FAST = {"retry_interval": 0.05, "read_timeout": 0.05}
WAIT_MS = 5000


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def fixture_sim(tmp_path):
    sim = FixtureSimulator(link=str(tmp_path / "benchfixture")).start()
    yield sim
    sim.stop()


@pytest.fixture
def fixture_bridge(qtbot, fixture_sim):
    bridge = FixtureBridge(fixture_sim.port, line_timeout=1.0, overall_timeout=3.0, **FAST)
    with qtbot.waitSignal(bridge.state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == "connected"):
        bridge.start()
    settle()
    yield bridge
    bridge.close()


@pytest.fixture
def make_view(qtbot, shop):
    def make(role: Role, fixture=None) -> QcView:
        view = QcView(shop.session(role, Station.QC, fixture=fixture))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)  # focus and shortcuts need an active window
        view.refresh()
        settle()
        return view

    return make


class Answers:
    """Stands in for dialogs.exec_dialog: each signature dialog gets the next password
    (None = Cancel)."""

    def __init__(self, *passwords: str | None) -> None:
        self.passwords = list(passwords)
        self.asked = 0

    def __call__(self, dialog) -> int:
        assert isinstance(dialog, SignatureDialog), type(dialog).__name__
        self.asked += 1
        password = self.passwords.pop(0)
        if password is None:
            dialog.reject()
        else:
            dialog.fill(password)
            dialog._check_and_accept()
        return dialog.result()


def at_qc(shop, n: int = 2):
    rma_no, serials = shop.bench.receive(n)
    shop.bench.to_qc(rma_no, serials)
    return rma_no, serials


def back_from_repair(shop, n: int = 1):
    rma_no, serials = at_qc(shop, n)
    for s in serials:
        shop.bench.screen(rma_no, s, "FAIL", "PASS")
    shop.bench.to_repair(rma_no, serials)
    for s in serials:
        shop.bench.repair(rma_no, s)
    shop.bench.back_to_qc(rma_no, serials)
    return rma_no, serials


def state(shop, rma_no: str, serial: str) -> str:
    return shop.bench.state(rma_no, serial)


def check(radio) -> None:
    radio.click()
    settle()
    assert radio.isChecked()


# -- screening on the fixture -------------------------------------------------------------


def test_fixture_verdict_is_recorded_automatically(qtbot, shop, make_view, fixture_sim,
                                                   fixture_bridge):
    rma_no, serials = at_qc(shop)
    fixture_sim.script = {serials[0]: FixtureScript(verdict="FAIL")}
    view = make_view(Role.TESTER, fixture_bridge)
    assert view.handle_scan(parse_scan(serials[0]))
    settle()
    assert view.ui.tabs.currentIndex() == TAB_SCREENING
    assert view.ui.runTestButton.hasFocus()
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS):
        qtbot.keyClick(view.ui.runTestButton, Qt.Key.Key_Return)  # Enter starts the test
    settle()
    assert state(shop, rma_no, serials[0]) == "screening_tested"
    unit = queries.unit_detail(shop.uow(), rma_no, serials[0])
    assert unit.pending_test.value == "FAIL"
    assert unit.pending_tester_id == shop.bench.tester.user_id
    assert "FAIL" in {m["verdict"] for m in unit.pending_measurements}
    assert view.measurements_model.rowCount() == len(unit.pending_measurements)
    assert "Fixture verdict: <b>FAIL</b>" in view.ui.testStatusLabel.text()
    assert "FAIL recorded from the fixture" in view.message_bar.text()
    # The next step, for the same unit: the visual check.
    assert view.ui.visualGroup.isEnabled()
    check(view.ui.visualPassRadio)
    view.ui.recordVisualButton.click()
    settle()
    assert state(shop, rma_no, serials[0]) == "to_repair"
    assert "Outcome c" in view.ui.outcomeLabel.text()
    assert view.ui.scanEdit.hasFocus()


def test_f9_starts_the_test_and_a_pass_is_recorded(qtbot, shop, make_view, fixture_bridge):
    rma_no, serials = at_qc(shop, 1)
    view = make_view(Role.QC_LEAD, fixture_bridge)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS):
        qtbot.keyClick(view.ui.screeningTable, Qt.Key.Key_F9)
    settle()
    assert state(shop, rma_no, serials[0]) == "screening_tested"
    assert queries.unit_detail(shop.uow(), rma_no, serials[0]).pending_test.value == "PASS"


@pytest.mark.parametrize("trouble", ["silent", "babbling", "unplugged"])
def test_fixture_trouble_records_nothing(qtbot, shop, make_view, fixture_sim, fixture_bridge,
                                         monkeypatch, trouble):
    rma_no, serials = at_qc(shop, 1)
    view = make_view(Role.TESTER, fixture_bridge)
    fixture_bridge.fixture.line_timeout = 0.3
    if trouble == "silent":
        fixture_sim.silent = True
    elif trouble == "babbling":
        fixture_sim.babble = "text"
    else:
        fixture_sim.line_delay = 0.02
        fixture_sim.drop_after = 1
    view.handle_scan(parse_scan(serials[0]))
    settle()
    with qtbot.waitSignal(fixture_bridge.test_failed, timeout=WAIT_MS):
        view.ui.runTestButton.click()
        settle()
        assert view.ui.testStatusLabel.text().startswith("Testing")
        assert not view.ui.runTestButton.isEnabled()  # one test at a time
    settle()
    assert view.message_bar.kind == "error"
    assert "gave no verdict" in view.message_bar.text()
    assert "Nothing was recorded" in view.message_bar.text()
    assert state(shop, rma_no, serials[0]) == "awaiting_screening"
    # The verdict by hand stays possible, signed.
    signer = answer_signatures(monkeypatch)
    assert view.ui.manualPassButton.isEnabled()
    view.ui.manualPassButton.click()
    settle()
    assert len(signer.asked) == 1
    assert state(shop, rma_no, serials[0]) == "screening_tested"


def test_without_a_fixture_the_verdict_is_entered_by_hand(qtbot, shop, make_view,
                                                          monkeypatch):
    rma_no, serials = at_qc(shop, 1)
    view = make_view(Role.TESTER)
    assert "none set up" in view.ui.fixtureStatusLabel.text()
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert not view.ui.runTestButton.isEnabled()
    assert "No test fixture" in view.ui.runTestButton.toolTip()
    view.run_fixture_test("screening")
    settle()
    assert "No test fixture" in view.message_bar.text()
    assert state(shop, rma_no, serials[0]) == "awaiting_screening"
    answer_signatures(monkeypatch)
    view.ui.manualFailButton.click()
    settle()
    assert state(shop, rma_no, serials[0]) == "screening_tested"
    assert queries.unit_detail(shop.uow(), rma_no, serials[0]).pending_test.value == "FAIL"


def test_database_down_keeps_the_fixture_result_for_retry(qtbot, shop, make_view,
                                                          fixture_bridge):
    rma_no, serials = at_qc(shop, 1)
    view = make_view(Role.TESTER, fixture_bridge)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    working = view.session.uow_factory

    def down():
        raise DatabaseUnavailable("connection refused")

    view.session.uow_factory = down
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS):
        view.ui.runTestButton.click()
    settle()
    assert "cannot be reached" in view.message_bar.text()
    assert state(shop, rma_no, serials[0]) == "awaiting_screening"
    view.session.uow_factory = working
    view.message_bar.action_button.click()  # Retry
    settle()
    assert state(shop, rma_no, serials[0]) == "screening_tested"
    assert queries.unit_detail(shop.uow(), rma_no, serials[0]).pending_measurements


# -- visual check and routing ----------------------------------------------------------------


@pytest.mark.parametrize(("test", "visual", "expected", "words"), [
    ("PASS", "PASS", "nff_review", "Outcome a, no fault found"),
    ("FAIL", "FAIL", "to_rework", "Outcome b, defect seen"),
    ("PASS", "FAIL", "to_rework", "Outcome b, defect seen"),
    ("FAIL", "PASS", "to_repair", "Outcome c"),
])
def test_visual_check_routes_the_unit(qtbot, shop, make_view, test, visual, expected, words):
    rma_no, serials = at_qc(shop, 1)
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=serials[0],
                             verdict=test)
    view = make_view(Role.QC_LEAD)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert f"Fixture test: <b>{test}</b>" in view.ui.screeningUnitLabel.text()
    if visual == "FAIL":
        check(view.ui.visualFailRadio)
        assert view.ui.defectEdit.hasFocus()
        qtbot.keyClicks(view.ui.defectEdit, "U12 cold joint")  # QTest types ASCII only
        combo = view.ui.inspectorCombo
        combo.setCurrentIndex(combo.findData(shop.bench.oqc_inspector.user_id))
    else:
        check(view.ui.visualPassRadio)
    view.ui.recordVisualButton.click()
    settle()
    assert state(shop, rma_no, serials[0]) == expected
    assert words in view.ui.outcomeLabel.text()
    if expected == "nff_review":
        assert "QC supervisor" in view.ui.outcomeLabel.text()
    assert view.screening_model.rowCount() == 0
    forms = queries.anomaly_forms(shop.uow())
    assert len(forms) == (1 if visual == "FAIL" else 0)
    assert view.anomaly_model.rowCount() == len(forms)


def test_visual_fail_needs_the_inspector(qtbot, shop, make_view):
    rma_no, serials = at_qc(shop, 1)
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=serials[0],
                             verdict="FAIL")
    view = make_view(Role.QC_LEAD)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    check(view.ui.visualFailRadio)
    view.ui.defectEdit.setText("C3 缺件")
    view.ui.recordVisualButton.click()
    settle()
    assert "responsible inspector" in view.message_bar.text()
    assert state(shop, rma_no, serials[0]) == "screening_tested"
    assert view.ui.defectEdit.text() == "C3 缺件"  # the input is kept


def test_inspector_list_holds_qc_people_only(shop, make_view):
    view = make_view(Role.QC_LEAD)
    ids = {view.ui.inspectorCombo.itemData(i) for i in range(view.ui.inspectorCombo.count())}
    people = shop.bench.people
    assert people[Role.OQC_INSPECTOR].user_id in ids
    assert people[Role.TESTER].user_id in ids
    assert people[Role.REPAIR_ENGINEER].user_id not in ids
    assert people[Role.BUSINESS_CLERK].user_id not in ids


# -- anomaly forms --------------------------------------------------------------------------


def _raise_form(shop):
    rma_no, serials = at_qc(shop, 1)
    shop.bench.screen(rma_no, serials[0], "FAIL", "FAIL")  # oqc_inspector is responsible
    return rma_no, serials, queries.anomaly_forms(shop.uow())[0]


def test_only_the_named_inspector_signs_the_anomaly_form(qtbot, shop, make_view, monkeypatch):
    _rma_no, serials, form = _raise_form(shop)
    other = make_view(Role.QC_LEAD)
    assert other.handle_scan(parse_scan(serials[0])) is True  # to_rework: hand-over tab
    other.ui.tabs.setCurrentIndex(TAB_ANOMALY)
    assert select_key(other.ui.anomalyTable, form.form_no)
    assert not other.ui.signFormButton.isEnabled()
    assert "Only oqc_inspector can sign" in other.ui.signFormButton.toolTip()
    # Forced anyway, the service refuses: nothing is signed.
    answer_signatures(monkeypatch)
    other.anomaly.sign_selected_form()
    settle()
    assert "may" in other.message_bar.text() or "Only" in other.message_bar.text()
    assert other.message_bar.kind == "error"
    assert not queries.anomaly_forms(shop.uow(), unsigned_only=False)[0].signed

    view = make_view(Role.OQC_INSPECTOR)
    assert view.anomaly_model.rowCount() == 1
    select_key(view.ui.anomalyTable, form.form_no)
    settle()
    assert view.ui.signFormButton.isEnabled()
    signer = answer_signatures(monkeypatch)
    view.ui.signFormButton.click()
    settle()
    assert len(signer.asked) == 1
    assert f"Form {form.form_no} signed" in view.message_bar.text()
    signed = queries.anomaly_forms(shop.uow(), unsigned_only=False)[0]
    assert signed.signed_by == shop.bench.oqc_inspector.user_id
    assert view.anomaly_model.rowCount() == 0
    view.ui.showSignedCheck.click()
    settle()
    assert view.anomaly_model.rowCount() == 1
    assert "Signed by" in view.anomaly_model.index(0, 6).data()


def test_wrong_password_signs_no_form(qtbot, shop, make_view, monkeypatch):
    _rma_no, _serials, form = _raise_form(shop)
    view = make_view(Role.OQC_INSPECTOR)
    select_key(view.ui.anomalyTable, form.form_no)
    settle()
    answers = Answers("not-my-password", None)
    monkeypatch.setattr(dialogs, "exec_dialog", answers)
    view.ui.signFormButton.click()
    settle()
    assert answers.asked == 2  # asked again after the wrong one, then cancelled
    assert "Not signed" in view.message_bar.text()
    assert not queries.anomaly_forms(shop.uow(), unsigned_only=False)[0].signed


def test_the_anomaly_form_prints_from_its_tab_and_a_reprint_is_a_copy(qtbot, shop, make_view,
                                                                     monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from benchapp.services import forms
    from benchapp.ui import printing

    _rma_no, _serials, form = _raise_form(shop)
    view = make_view(Role.QC_LEAD)  # not the responsible inspector: printing is for anyone
    view.ui.tabs.setCurrentIndex(TAB_ANOMALY)
    view.ui.anomalyTable.clearSelection()
    view.ui.anomalyTable.setCurrentIndex(view.ui.anomalyTable.model().index(-1, -1))
    settle()
    assert not view.ui.printAnomalyFormButton.isEnabled()
    assert select_key(view.ui.anomalyTable, form.form_no)
    settle()
    assert view.ui.printAnomalyFormButton.isEnabled()

    jobs: list[bool] = []
    real_print = printing.print_pdf

    def a4_to_file() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"anomaly-{len(jobs)}.pdf"))
        return printer

    def recorded(pdf, printer, *, copy_mark=False, **kwargs):
        jobs.append(copy_mark)
        return real_print(pdf, printer, copy_mark=copy_mark, **kwargs)

    monkeypatch.setattr(printing, "slip_printer", a4_to_file)
    monkeypatch.setattr(printing, "print_pdf", recorded)
    for expected in (f"The anomaly form of {form.form_no} was printed.",
                     f"The anomaly form of {form.form_no} was printed as a copy"):
        view.ui.printAnomalyFormButton.click()
        qtbot.waitUntil(lambda expected=expected: expected in view.message_bar.text(),
                        timeout=WAIT_MS)
    assert jobs == [False, True]  # the second print carries the 副本 / COPY mark
    assert (tmp_path / "anomaly-0.pdf").stat().st_size > 0
    with shop.engine.connect() as conn:
        logged = conn.execute(text(
            "SELECT action, detail FROM tracking_log WHERE action LIKE 'form_%printed' "
            "ORDER BY id")).all()
    assert [a for a, _ in logged] == [forms.PRINTED, forms.REPRINTED]
    assert all(form.form_no in str(d) and forms.ANOMALY_FORM in str(d) for _, d in logged)
    # The view's context menu has it too, for the selected form on this tab.
    actions = {a.objectName(): a for a in view.actions()}
    assert "print_anomaly_form" in actions


# -- re-inspection and OQC -------------------------------------------------------------------


def test_retest_on_the_fixture_then_oqc_pass(qtbot, shop, make_view, fixture_bridge,
                                             monkeypatch):
    rma_no, serials = back_from_repair(shop)
    serial = serials[0]
    tester = make_view(Role.TESTER, fixture_bridge)
    tester.handle_scan(parse_scan(serial))
    assert tester.ui.tabs.currentIndex() == TAB_REINSPECTION
    signer = answer_signatures(monkeypatch)
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS):
        tester.ui.retestButton.click()
    settle()
    assert len(signer.asked) == 1  # the tester signs the fixture's result
    assert state(shop, rma_no, serial) == "oqc_pending"
    assert "OQC full inspection next" in tester.ui.reinspectionOutcomeLabel.text()
    assert tester.retest_measurements_model.rowCount() == 3
    assert not tester.ui.oqcGroup.isEnabled()
    assert "OQC inspector" in tester.ui.oqcGroup.toolTip()

    oqc = make_view(Role.OQC_INSPECTOR)
    oqc.handle_scan(parse_scan(serial))
    assert oqc.ui.oqcGroup.isEnabled()
    check(oqc.ui.oqcPassRadio)
    oqc.ui.recordOqcButton.click()
    settle()
    assert len(signer.asked) == 2  # the OQC inspector signs the verdict
    assert state(shop, rma_no, serial) == "ready_to_pack"
    assert "ready to pack" in oqc.message_bar.text()
    # The service checked each password and stored the signer's certificate with the verdict.
    with shop.uow() as uow:
        expected = {who.user_id: shop.port.fingerprint(uow.slips.credential(who.user_id).cert_pem)
                    for who in (shop.bench.tester, shop.bench.oqc_inspector)}
    with shop.engine.connect() as conn:
        stored = conn.execute(text("SELECT stage, inspector_id, certificate_fingerprint, "
                                   "signed_with FROM reinspections ORDER BY id")).all()
    assert [(st, fp, how) for st, _who, fp, how in stored] == [
        ("test", expected[shop.bench.tester.user_id], "password"),
        ("oqc", expected[shop.bench.oqc_inspector.user_id], "password")]
    oqc.handle_scan(parse_scan(serial))
    assert oqc.ui.tabs.currentIndex() == TAB_HANDOVER
    assert oqc.ui.toPackingButton.isEnabled()
    assert not oqc.ui.toRepairButton.isEnabled()


def test_retest_result_waits_when_the_signature_is_cancelled(qtbot, shop, make_view,
                                                              fixture_bridge, monkeypatch):
    rma_no, serials = back_from_repair(shop)
    view = make_view(Role.TESTER, fixture_bridge)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    monkeypatch.setattr(dialogs, "exec_dialog", Answers(None))
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS):
        view.ui.retestButton.click()
    settle()
    assert state(shop, rma_no, serials[0]) == "awaiting_reinspection"
    assert view.ui.signRetestButton.isEnabled()
    answer_signatures(monkeypatch)
    view.ui.signRetestButton.click()
    settle()
    assert state(shop, rma_no, serials[0]) == "oqc_pending"


def test_oqc_fail_loops_back_to_repair(qtbot, shop, make_view, monkeypatch):
    rma_no, serials = back_from_repair(shop)
    wf.record_reinspection_test(shop.uow(), shop.bench.tester, rma_no=rma_no,
                                serial=serials[0], verdict="PASS",
                                password=PASSWORD, port=shop.port)
    view = make_view(Role.OQC_INSPECTOR)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    check(view.ui.oqcFailRadio)
    view.ui.oqcNotesEdit.setText("外观划伤")
    answer_signatures(monkeypatch)
    view.ui.recordOqcButton.click()
    settle()
    assert state(shop, rma_no, serials[0]) == "to_repair"
    text = view.ui.reinspectionOutcomeLabel.text()
    assert "failed OQC and goes back to repair" in text
    assert "repair loop 1 of at most 3" in text
    select_key(view.ui.handoverTable, serials[0])
    settle()
    assert view.ui.toRepairButton.isEnabled()
    assert "1 of 3" in view.handover_model.index(0, 4).data()


def test_a_failure_past_the_loop_limit_is_escalated(qtbot, shop, make_view, monkeypatch):
    rma_no, serials = back_from_repair(shop)
    serial = serials[0]
    for _ in range(3):
        shop.bench.reinspect(rma_no, serial, test="FAIL")
        shop.bench.to_repair(rma_no, [serial])
        shop.bench.repair(rma_no, serial)
        shop.bench.back_to_qc(rma_no, [serial])
    view = make_view(Role.TESTER)
    view.handle_scan(parse_scan(serial))
    settle()
    assert "3 of 3" in view.ui.reinspectionUnitLabel.text()
    answer_signatures(monkeypatch)
    view.ui.retestFailButton.click()
    settle()
    assert state(shop, rma_no, serial) == "escalated"
    text = view.ui.reinspectionOutcomeLabel.text()
    assert "repair loop 4, over the limit of 3" in text
    assert "production supervisor" in text


def test_wrong_password_records_no_oqc(qtbot, shop, make_view, monkeypatch):
    rma_no, serials = back_from_repair(shop)
    wf.record_reinspection_test(shop.uow(), shop.bench.tester, rma_no=rma_no,
                                serial=serials[0], verdict="PASS",
                                password=PASSWORD, port=shop.port)
    view = make_view(Role.OQC_INSPECTOR)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    check(view.ui.oqcPassRadio)
    answers = Answers("wrong-1", "wrong-2", None)
    monkeypatch.setattr(dialogs, "exec_dialog", answers)
    view.ui.recordOqcButton.click()
    settle()
    assert answers.asked == 3
    assert state(shop, rma_no, serials[0]) == "oqc_pending"
    assert view.ui.oqcPassRadio.isChecked()  # the input is kept
    # Both wrong passwords count toward the lock-out, as wrong logins do.
    assert shop.user(Role.OQC_INSPECTOR).failed_logins == 2


# -- roles ---------------------------------------------------------------------------------


def test_actions_a_role_cannot_do_are_disabled_with_the_role_named(shop, make_view,
                                                                   fixture_bridge):
    _rma_no, serials = at_qc(shop, 1)
    view = make_view(Role.PACKER, fixture_bridge)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    for button in (view.ui.runTestButton, view.ui.manualPassButton, view.ui.manualFailButton):
        assert not button.isEnabled()
        assert "Tester" in button.toolTip() and "QC lead" in button.toolTip()
    view.run_fixture_test("screening")
    settle()
    assert "Tester" in view.message_bar.text()
    assert not view.ui.visualGroup.isEnabled()


# -- intake and hand-over -----------------------------------------------------------------


def test_receive_opens_the_count_for_the_selected_slip(qtbot, shop, make_view, monkeypatch):
    rma_no, serials = shop.bench.receive(2)
    handover = hand_over(shop.uow(), shop.bench.business_clerk, None, rma_no=rma_no,
                         serials=serials, frm=Station.RECEIVING, to=Station.QC)
    calls = []
    monkeypatch.setattr(handover_dialog, "receive_slip",
                        lambda parent, session, slip_no: calls.append(slip_no) or True)
    view = make_view(Role.PACKER)
    assert view.intake_model.rowCount() == 1
    assert not view.ui.receiveButton.isEnabled()
    view.handle_scan(parse_scan(handover.slip_no))  # a slip number typed or scanned as text
    settle()
    assert view.ui.receiveButton.isEnabled()
    with qtbot.waitSignal(view.changed):
        view.ui.receiveButton.click()
    settle()
    assert calls == [handover.slip_no]


def test_hand_over_gives_the_units_of_one_rma(qtbot, shop, make_view, monkeypatch):
    rma_no, serials = at_qc(shop, 3)
    for s in serials:
        shop.bench.screen(rma_no, s, "FAIL", "PASS")
    other_rma, other = at_qc(shop, 1)
    shop.bench.screen(other_rma, other[0], "FAIL", "PASS")
    calls = []

    def give(parent, session, *, rma_no, to_station, units, preselected=()):
        calls.append((rma_no, to_station, [u.serial for u in units], list(preselected)))

    monkeypatch.setattr(handover_dialog, "give_units", give)
    view = make_view(Role.QC_LEAD)
    view.ui.tabs.setCurrentIndex(TAB_HANDOVER)
    assert not view.ui.toRepairButton.isEnabled()
    select_key(view.ui.handoverTable, serials[1])
    settle()
    view.ui.toRepairButton.click()
    settle()
    assert calls == [(rma_no, Station.REPAIR, serials, [serials[1]])]
    select_key(view.ui.handoverTable, other[0], clear=False)
    settle()
    view.hand_over(Station.REPAIR)
    settle()
    assert "One slip covers one RMA" in view.message_bar.text()
    assert len(calls) == 1


# -- scans ---------------------------------------------------------------------------------


def test_scans(qtbot, shop, make_view):
    _rma_no, serials = at_qc(shop, 2)
    other_rma, _other = at_qc(shop, 1)
    view = make_view(Role.TESTER)
    assert view.screening_model.rowCount() == 3
    # An RMA no. filters every list.
    assert view.handle_scan(parse_scan(other_rma))
    settle()
    assert view.screening_model.rowCount() == 1
    assert other_rma in view.ui.rmaFilterLabel.text()
    view.ui.clearFilterButton.click()
    settle()
    assert view.screening_model.rowCount() == 3
    # A unit serial typed into the scan field selects it, even behind a search.
    view.ui.screeningSearch.setText(other_rma)
    qtbot.keyClicks(view.ui.scanEdit, serials[1])
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view.current(view.ui.screeningTable).serial == serials[1]
    # Unknown units, codes that are not serials, garbled scans: a clear message.
    assert view.handle_scan(parse_scan("NOPE-404")) is False
    assert "not on any QC list" in view.message_bar.text()
    assert view.handle_scan(parse_scan("not a serial")) is True
    assert "not a unit serial or an RMA no." in view.message_bar.text()
    view.message_bar.clear()
    view.ui.scanEdit.setText("AB\x07CD")
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view.message_bar.kind == "error"
    assert "control character" in view.message_bar.text()
    assert view.handle_scan(parse_scan("RMA-999999"))
    settle()
    assert "no units, slips or forms at QC" in view.message_bar.text()


def test_enter_on_a_row_opens_the_history(qtbot, shop, make_view):
    rma_no, serials = at_qc(shop, 1)
    view = make_view(Role.TESTER)
    opened = []
    view.session.open_history = lambda rma, serial: opened.append((rma, serial))
    view.handle_scan(parse_scan(serials[0]))
    settle()
    index = view.ui.screeningTable.currentIndex()
    view.ui.screeningTable.activated.emit(index)
    assert opened == [(rma_no, serials[0])]


def test_database_down_on_refresh(shop, make_view):
    view = make_view(Role.TESTER)

    def down():
        raise DatabaseUnavailable("no route to host")

    view.session.uow_factory = down
    view.refresh()
    settle()
    assert "cannot be reached" in view.message_bar.text()


# -- models and looks ----------------------------------------------------------------------


def test_models(qtmodeltester, shop, make_view, monkeypatch):
    rma_no, serials = at_qc(shop, 3)
    shop.bench.screen(rma_no, serials[0], "FAIL", "FAIL")
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=serials[1],
                             verdict="FAIL", measurements=[
                                 {"name": "ICC", "value": 512.0, "unit": "mA", "low": 0.0,
                                  "high": 300.0, "verdict": "FAIL"}])
    back_from_repair(shop)
    shop.bench.receive(1)
    view = make_view(Role.QC_LEAD)
    view.handle_scan(parse_scan(serials[1]))
    settle()
    assert view.measurements_model.rowCount() == 1
    for model in (view.intake_model, view.screening_model, view.anomaly_model,
                  view.reinspection_model, view.handover_model, view.outgoing_model,
                  view.measurements_model, view.retest_measurements_model):
        qtmodeltester.check(model)
    for proxy in view.proxies.values():
        qtmodeltester.check(proxy)


def test_screenshots(qtbot, shop, make_view, tmp_path):
    """Each tab at 1280x800 (BENCHAPP_SHOTS=dir keeps the PNGs for a look)."""
    rma_no, serials = at_qc(shop, 3)
    shop.bench.screen(rma_no, serials[0], "FAIL", "FAIL")
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=serials[1],
                             verdict="FAIL", measurements=[
                                 {"name": "VCC", "value": 3.31, "unit": "V", "low": 3.2,
                                  "high": 3.4, "verdict": "PASS"},
                                 {"name": "ICC", "value": 512.0, "unit": "mA", "low": 0.0,
                                  "high": 300.0, "verdict": "FAIL"}])
    r2, s2 = back_from_repair(shop, 2)
    wf.record_reinspection_test(shop.uow(), shop.bench.tester, rma_no=r2, serial=s2[1],
                                verdict="PASS", password=PASSWORD, port=shop.port)
    r3, s3 = shop.bench.receive(2)
    hand_over(shop.uow(), shop.bench.business_clerk, None, rma_no=r3, serials=s3,
              frm=Station.RECEIVING, to=Station.QC)
    view = make_view(Role.QC_LEAD)
    out = Path(os.environ.get("BENCHAPP_SHOTS") or tmp_path)
    for tab, serial in ((0, None), (TAB_SCREENING, serials[1]), (TAB_ANOMALY, serials[0]),
                        (TAB_REINSPECTION, s2[0]), (TAB_HANDOVER, None)):
        view.ui.tabs.setCurrentIndex(tab)
        if serial and tab != TAB_ANOMALY:
            view.handle_scan(parse_scan(serial))
            settle()
        QApplication.processEvents()  # let the layouts catch up with the new texts
        image = view.grab().toImage()
        assert not image.isNull() and image.width() == 1280
        assert image.save(str(out / f"qc_tab{tab}.png"))
