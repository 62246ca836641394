"""The history window: an RMA built through signed handovers, read back with its log, slips
(two valid signatures each), repair record parts, escalations and the unit filter."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from benchapp.db.repositories import SqlSlipRepository
from benchapp.domain.errors import HandoverRefused
from benchapp.domain.roles import Role, Station
from benchapp.services import slips as slip_service
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import history as history_ui
from benchapp.ui import printing
from benchapp.ui.history import HistoryDialog, open_history
from tests.gui.helpers import settle
from tests.gui.station_helpers import StationShop, station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui


@dataclass
class Built:
    shop: StationShop
    earlier: str
    rma_no: str
    repaired: str  # SN-100: returned before, repaired, refused once on its way back to QC
    waiting: str  # SN-200: screened, still at QC
    intake_slip: str
    repair_slip: str
    refused_slip: str


def signed_handover(shop: StationShop, rma_no: str, serials: list[str], frm: Station,
                    to: Station, giver: Role) -> str:
    handover = slip_service.hand_over(
        shop.uow(), shop.bench.people[giver], rma_no=rma_no, from_station=frm, to_station=to,
        serials=serials, declared_count=len(serials), password=PASSWORD, port=shop.port)
    return handover.slip_no


def signed_receipt(shop: StationShop, slip_no: str, station: Station, receiver: Role,
                   scanned: list[str]) -> None:
    slip_service.receive(shop.uow(), shop.bench.people[receiver], slip_no=slip_no,
                         station=station, scanned=scanned, password=PASSWORD, port=shop.port)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    with station_shop(tmp_path_factory.mktemp("history")) as shop:
        bench = shop.bench
        earlier, _ = bench.receive(1, serials=["SN-100"])
        bench.full_repair(earlier, ["SN-100"])
        rma_no, _ = bench.receive(2, serials=["SN-100", "SN-200"])
        intake = signed_handover(shop, rma_no, ["SN-100", "SN-200"], Station.RECEIVING,
                                 Station.QC, Role.BUSINESS_CLERK)
        signed_receipt(shop, intake, Station.QC, Role.PACKER, ["SN-100", "SN-200"])
        bench.screen(rma_no, "SN-100", "FAIL", "PASS")
        bench.screen(rma_no, "SN-200", "FAIL", "PASS")
        to_repair = signed_handover(shop, rma_no, ["SN-100"], Station.QC, Station.REPAIR,
                                    Role.QC_LEAD)
        signed_receipt(shop, to_repair, Station.REPAIR, Role.REPAIR_ENGINEER, ["SN-100"])
        bench.repair(rma_no, "SN-100")
        refused = signed_handover(shop, rma_no, ["SN-100"], Station.REPAIR, Station.QC,
                                  Role.REPAIR_ENGINEER)
        with pytest.raises(HandoverRefused):
            signed_receipt(shop, refused, Station.QC, Role.TESTER, [])
        yield Built(shop, earlier, rma_no, "SN-100", "SN-200", intake, to_repair, refused)


@pytest.fixture
def session(built):
    return built.shop.session(Role.QC_LEAD, Station.QC)


def make_dialog(qtbot, session, rma_no, serial=None) -> HistoryDialog:
    dialog = HistoryDialog(session, rma_no, serial)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.refresh()
    settle()
    return dialog


def column(model, header: str) -> int:
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == header:
            return c
    raise AssertionError(f"no column {header}")


def cells(model, header: str) -> list[str]:
    c = column(model, header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_history_shows_form_log_slips_repairs_and_escalations(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no)
    ui = dialog.ui
    assert dialog.message_bar.text() == ""
    assert dialog.windowTitle() == f"History of {built.rma_no}"
    assert ui.rmaNoValue.text() == built.rma_no
    assert ui.customerValue.text() == "深圳市华强电子有限公司"
    assert ui.complaintValue.text() == "上电无显示"
    assert "2 declared, 2 counted" in ui.quantityValue.text()
    assert built.earlier in ui.repeatValue.text()  # SN-100 came back before

    assert cells(dialog.units_model, "Serial") == ["SN-100", "SN-200"]
    assert cells(dialog.units_model, "Repeat return")[0] == f"Return no. 2, last {built.earlier}"
    assert cells(dialog.units_model, "Repeat return")[1] == ""

    actions = cells(dialog.log_model, "Action")
    assert actions[:3] == ["RMA received", "Unit received", "Unit received"]
    assert "Repair recorded" in actions and "Handover refused" in actions
    assert actions.count("Slip signed") == 6  # three givers, three receivers (one refused)
    units = cells(dialog.log_model, "Unit")
    assert set(units) == {"", "SN-100", "SN-200"}
    detail = dict(zip(actions, cells(dialog.log_model, "Detail"), strict=False))
    assert "In repair → Repaired" in detail["Repair recorded"]
    assert all(time[:4].isdigit() for time in cells(dialog.log_model, "Time"))

    assert cells(dialog.slips_model, "Slip no.") == [built.intake_slip, built.repair_slip,
                                                     built.refused_slip]
    assert cells(dialog.slips_model, "From → to")[0] == "Receiving & Shipping → QC"
    assert cells(dialog.slips_model, "Declared / counted") == ["2 / 2", "1 / 1", "1 / –"]
    assert cells(dialog.slips_model, "Status") == ["Received", "Received", "Refused"]
    assert cells(dialog.slips_model, "Refusal")[2].startswith("the count does not match")

    assert cells(dialog.repairs_model, "Unit") == ["SN-100"]
    assert cells(dialog.repairs_model, "Cause category") == ["Production / soldering"]
    assert cells(dialog.repairs_model, "Responsible") == ["SMT贴片 / 生产部"]
    assert cells(dialog.repairs_model, "Minutes") == [35]
    assert cells(dialog.repairs_model, "Repairer") == ["repair_engineer"]
    assert cells(dialog.parts_model, "Ref. des.") == ["U12"]
    assert cells(dialog.parts_model, "Part no.") == ["STM32F103C8T6"]
    assert cells(dialog.parts_model, "Qty") == [1]
    assert cells(dialog.parts_model, "Lot") == ["L2406"]
    assert cells(dialog.parts_model, "Date code") == ["2424"]

    kinds = cells(dialog.escalations_model, "Kind")
    assert "Disputed handover" in kinds
    assert ui.tabWidget.tabText(1) == "S&lips (3)"


def test_selecting_a_slip_checks_both_signatures(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no)
    ui = dialog.ui
    ui.tabWidget.setCurrentWidget(ui.slipsTab)  # selects the first slip and checks it
    settle()
    assert dialog.selected_slip_no() == built.intake_slip
    assert built.intake_slip in dialog.verdicts and dialog.verdicts[built.intake_slip].ok
    model = dialog.signatures_model
    assert cells(model, "Field") == ["Giver", "Receiver"]
    assert cells(model, "Signer") == ["business_clerk", "packer"]
    assert cells(model, "Role") == ["Business clerk", "Packer"]
    assert cells(model, "Meaning") == ["Handed over", "Received"]
    assert cells(model, "Signature") == ["Valid", "Valid"]
    assert all(cells(model, "Time"))
    assert "2 valid signature(s)" in ui.slipVerdictLabel.text()
    assert cells(dialog.slips_model, "Signatures")[0] == "2 valid"

    dialog.select_slip(built.refused_slip)
    settle()
    assert cells(model, "Meaning") == ["Handed over", "Refused"]
    assert cells(model, "Signature") == ["Valid", "Valid"]
    assert cells(dialog.slips_model, "Signatures") == ["2 valid", "2 signed, not checked",
                                                       "2 valid"]


def test_a_tampered_slip_shows_invalid_signatures(qtbot, built, session, monkeypatch):
    real_get = SqlSlipRepository.get

    def altered(repository, slip_no):  # the stored PDF as read back, changed after signing
        record = real_get(repository, slip_no)
        if record is not None and slip_no == built.intake_slip:
            record.pdf = record.pdf.replace(b"SN-200", b"SN-201", 1)
        return record

    monkeypatch.setattr(SqlSlipRepository, "get", altered)
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.select_slip(built.intake_slip)
    settle()
    verdict = dialog.verdicts[built.intake_slip]
    assert not verdict.ok
    assert all(s.startswith("Not valid") for s in cells(dialog.signatures_model, "Signature"))
    assert "NOT valid" in dialog.ui.slipVerdictLabel.text()


def test_preselected_unit_filters_every_tab(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no, serial="SN-200")
    assert dialog.selected_serial() == "SN-200"
    assert dialog.windowTitle() == f"History of {built.rma_no}, unit SN-200"
    assert cells(dialog.slips_model, "Slip no.") == [built.intake_slip]
    assert dialog.repairs_model.rowCount() == 0
    assert dialog.escalations_model.rowCount() == 0
    assert set(cells(dialog.log_model, "Unit")) == {"", "SN-200"}
    slip_lines = [e.detail.get("slip_no") for e in dialog.log_model.records()]
    assert built.repair_slip not in slip_lines and built.intake_slip in slip_lines

    qtbot.mouseClick(dialog.ui.allUnitsButton, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.selected_serial() is None
    assert dialog.slips_model.rowCount() == 3 and dialog.repairs_model.rowCount() == 1

    dialog.select_unit("SN-100")
    settle()
    assert cells(dialog.repairs_model, "Unit") == ["SN-100"]
    assert cells(dialog.slips_model, "Slip no.") == [built.intake_slip, built.repair_slip,
                                                     built.refused_slip]


def test_a_serial_not_in_the_rma_shows_everything_with_a_warning(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no, serial="SN-999")
    assert dialog.selected_serial() is None
    assert dialog.message_bar.kind == "warn"
    assert "SN-999" in dialog.message_bar.text()
    assert dialog.slips_model.rowCount() == 3


def test_models_pass_the_model_tester(qtbot, qtmodeltester, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.select_slip(built.repair_slip)
    settle()
    for model in (dialog.units_model, dialog.log_model, dialog.slips_model,
                  dialog.signatures_model, dialog.repairs_model, dialog.parts_model,
                  dialog.escalations_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    qtmodeltester.check(dialog.log_proxy)


def test_search_filters_the_log(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no)
    total = dialog.log_proxy.rowCount()
    qtbot.keyClicks(dialog.ui.searchEdit, "Repair recorded")
    assert dialog.log_proxy.rowCount() == 1
    dialog.ui.searchEdit.clear()
    assert dialog.log_proxy.rowCount() == total
    qtbot.keyClicks(dialog.ui.searchEdit, built.refused_slip)
    assert 0 < dialog.log_proxy.rowCount() < total
    assert dialog.slips_proxy.rowCount() == 1


def test_keyboard_search_tabs_and_escape(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.unitsTable.setFocus()
    qtbot.keyClick(dialog.ui.unitsTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert dialog.ui.searchEdit.hasFocus()
    assert dialog.ui.tabWidget.currentIndex() == 0
    # Backwards first: arriving on the slips tab checks a slip behind a wait dialog.
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    # The last tab is the trace search (issue 17.1), after the escalations.
    assert dialog.ui.tabWidget.currentWidget() is dialog.trace_panel
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.escalationsTab
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    settle()
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert dialog.ui.tabWidget.currentIndex() == 0
    qtbot.keyClick(dialog.ui.logTable, Qt.Key.Key_Escape)
    settle()
    assert not dialog.isVisible()


def test_unknown_rma_says_so(qtbot, session):
    dialog = make_dialog(qtbot, session, "RMA-999999")
    assert dialog.history is None
    assert dialog.message_bar.kind == "error"
    assert "There is no RMA RMA-999999" in dialog.message_bar.text()
    assert not dialog.ui.mainSplitter.isEnabled()


def test_database_unreachable_then_retry(qtbot, built, session, monkeypatch):
    working = session.uow_factory

    def gone():
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(session, "uow_factory", gone)
    dialog = make_dialog(qtbot, session, built.rma_no)
    assert dialog.history is None
    assert dialog.message_bar.kind == "error"
    assert "cannot be reached" in dialog.message_bar.text()
    assert dialog.message_bar.action_button.isVisible()

    monkeypatch.setattr(session, "uow_factory", working)
    qtbot.mouseClick(dialog.message_bar.action_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.history is not None
    assert dialog.message_bar.text() == ""
    assert dialog.units_model.rowCount() == 2


def test_save_pdf_writes_the_stored_bytes(qtbot, built, session, monkeypatch, tmp_path):
    target = tmp_path / "slip"
    monkeypatch.setattr(history_ui, "ask_save_path", lambda parent, suggested: str(target))
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.select_slip(built.repair_slip)
    settle()
    qtbot.mouseClick(dialog.ui.savePdfButton, Qt.MouseButton.LeftButton)
    settle()
    saved = tmp_path / "slip.pdf"
    assert saved.read_bytes() == slip_service.slip_pdf(built.shop.uow(), built.repair_slip)
    assert dialog.message_bar.kind == "ok" and str(saved) in dialog.message_bar.text()
    with built.shop.uow() as uow:  # the export is in the log: who and what
        exported = [e for e in uow.log.all() if e.action == "archive_read"]
    assert [(e.actor_name, e.detail["what"], e.detail["slip_no"]) for e in exported] == [
        (session.user.username, "slip export", built.repair_slip)]

    monkeypatch.setattr(history_ui, "ask_save_path",
                        lambda parent, suggested: str(tmp_path / "missing" / "x.pdf"))
    qtbot.mouseClick(dialog.ui.savePdfButton, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message_bar.kind == "error"
    assert "could not be saved" in dialog.message_bar.text()


def test_print_copy_without_a_printer_says_so(qtbot, built, session, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.select_slip(built.intake_slip)
    settle()
    qtbot.mouseClick(dialog.ui.printCopyButton, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message_bar.kind == "error"
    assert "No printer is set up" in dialog.message_bar.text()
    records = {r.slip_no: r for r in slip_service.list_slips(built.shop.uow(), built.rma_no)}
    assert records[built.intake_slip].print_count == 0


def test_print_copy_marks_a_reprint(qtbot, built, session, monkeypatch, tmp_path):
    marks = []
    real_print = printing.print_pdf

    def spy(pdf, printer, *, copy_mark=False, **kwargs):
        marks.append(copy_mark)
        return real_print(pdf, printer, copy_mark=copy_mark, **kwargs)

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"print{len(marks)}.pdf"))
        return printer

    monkeypatch.setattr(printing, "default_printer", pdf_printer)
    monkeypatch.setattr(printing, "print_pdf", spy)
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.select_slip(built.refused_slip)
    settle()
    qtbot.mouseClick(dialog.ui.printCopyButton, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message_bar.text() == f"Slip {built.refused_slip} printed."
    assert dialog.selected_slip_no() == built.refused_slip  # kept across the reload
    qtbot.mouseClick(dialog.ui.printCopyButton, Qt.MouseButton.LeftButton)
    settle()
    assert marks == [False, True]
    assert "copy" in dialog.message_bar.text()
    assert (tmp_path / "print0.pdf").stat().st_size > 0
    assert "Slip reprinted (copy)" in cells(dialog.log_model, "Action")


def test_open_history_shows_a_loaded_window_and_links_earlier_rmas(qtbot, built, session):
    opened = []
    session.open_history = lambda rma_no, serial: opened.append((rma_no, serial))
    dialog = open_history(None, session, built.rma_no, "SN-100")
    settle()
    try:
        assert dialog.isVisible() and not dialog.isModal()
        assert dialog.selected_serial() == "SN-100"
        dialog.ui.repeatValue.linkActivated.emit(f"{built.earlier}|SN-100")
        assert opened == [(built.earlier, "SN-100")]
    finally:
        dialog.close()


def test_screenshot(qtbot, built, session):
    dialog = make_dialog(qtbot, session, built.rma_no)
    dialog.ui.tabWidget.setCurrentWidget(dialog.ui.slipsTab)
    dialog.grab().save("/tmp/history_slips.png")
    dialog.ui.tabWidget.setCurrentWidget(dialog.ui.logTab)
    dialog.grab().save("/tmp/history_log.png")
    dialog.ui.tabWidget.setCurrentWidget(dialog.ui.repairsTab)
    dialog.grab().save("/tmp/history_repairs.png")
