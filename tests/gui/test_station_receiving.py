"""Receiving & Shipping view: the service form by keyboard and scanner, repeat returns, labels,
handover to QC, slips from packing, and shipping with the complaint-notice rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from benchapp.devices.scan import parse_scan
from benchapp.domain.handover import HandoverStatus
from benchapp.domain.roles import Role, Station
from benchapp.services import queries, workflow
from benchapp.services import slips as slip_service
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import dialogs, printing
from benchapp.ui import handover_dialog as hd
from benchapp.ui.signature import SignatureDialog
from benchapp.ui.stations.receiving import ReceivingView
from tests.gui.helpers import settle
from tests.gui.station_helpers import Signer, answer_signatures, station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui

CUSTOMER = "深圳市华强电子有限公司"
MODEL = "PCBA-MC200-V3"


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def no_printer(monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)


@pytest.fixture
def view(shop, qtbot, no_printer):
    return make_view(shop, qtbot)


def make_view(shop, qtbot):
    view = ReceivingView(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


def scan_typed(qtbot, edit, text):
    """A keyboard-wedge scanner: the text, then Enter."""
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle()


def type_text(qtbot, widget, text):
    """Typing, one key event per character (QTest's keyClicks takes ASCII only; Chinese
    text arrives as key events carrying the character, as after an input method)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         ch))


def type_number(qtbot, spin, value):
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def fill_form(qtbot, view, *, declared=2, counted=2, complaint="上电无显示"):
    ui = view.ui
    type_text(qtbot, ui.customerCombo.lineEdit(), CUSTOMER)
    qtbot.keyClicks(ui.modelEdit, MODEL)
    type_number(qtbot, ui.declaredSpin, declared)
    type_number(qtbot, ui.countedSpin, counted)
    type_text(qtbot, ui.complaintEdit, complaint)
    qtbot.keyClick(ui.requirementCombo, Qt.Key.Key_Down)  # Repair -> Replace
    settle()
    qtbot.keyClick(ui.billingCombo, Qt.Key.Key_Down)  # Warranty -> Customer-paid
    settle()
    qtbot.keyClicks(ui.storageEdit, "A-03")


def rma(shop, rma_no):
    with shop.uow() as uow:
        return uow.rmas.get(rma_no)


def latest_rma_no(shop):
    return queries.rma_overview(shop.uow())[0].rma_no


def ready_to_ship(shop, n=1, cause="production", serials=None, **delivery):
    """An RMA whose units went the whole way round and wait at receiving to be shipped."""
    bench = shop.bench
    rma_no, serials = bench.receive(n, serials=serials, **delivery)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    for s in serials:
        bench.repair(rma_no, s, cause)
    bench.back_to_qc(rma_no, serials)
    for s in serials:
        bench.reinspect(rma_no, s)
    bench.to_packing(rma_no, serials)
    bench.pack_and_return(rma_no, serials)
    return rma_no, serials


class Passwords(Signer):
    """Signature dialogs answered with each password in turn (None = Cancel)."""

    def __init__(self, passwords, others=None) -> None:
        super().__init__(PASSWORD, others)
        self.passwords = list(passwords)

    def __call__(self, dialog):
        if isinstance(dialog, SignatureDialog):
            self.password = self.passwords.pop(0)
        return super().__call__(dialog)


# -- the service form ---------------------------------------------------------------------


def test_new_return_by_keyboard_and_scanner(view, shop, qtbot):
    ui = view.ui
    fill_form(qtbot, view, declared=3, counted=2)
    # Declared 3, counted 2: allowed, shown, and recorded.
    assert not ui.countMismatchLabel.isHidden()
    assert "declared 3, 2 counted" in ui.countMismatchLabel.text()
    scan_typed(qtbot, ui.serialScanEdit, "SN-1001")
    scan_typed(qtbot, ui.serialScanEdit, "SN-1002")
    assert view.serials() == ["SN-1001", "SN-1002"]
    assert "2 of 2 units scanned" in ui.serialCountLabel.text()

    # Enter on the empty scan field (the last field) saves.
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()

    rma_no = latest_rma_no(shop)
    saved = rma(shop, rma_no)
    assert saved.customer == CUSTOMER and saved.model == MODEL
    assert (saved.declared_qty, saved.counted_qty) == (3, 2)
    assert saved.complaint == "上电无显示"
    assert saved.requirement.value == "replace" and saved.billing.value == "paid"
    assert saved.storage_location == "A-03"
    assert saved.due_date is not None
    assert sorted(u.serial for u in saved.units) == ["SN-1001", "SN-1002"]
    differs = [e for e in queries.rma_detail(shop.uow(), rma_no).log
               if e.action == "rma_received"]
    assert differs[0].detail["count_differs"] is True

    # The new RMA number is shown, the form is empty for the next return.
    assert not ui.receivedFrame.isHidden()
    assert rma_no in ui.receivedLabel.text()
    assert ui.repeatLabel.isHidden()
    assert ui.customerCombo.currentText() == "" and ui.modelEdit.text() == ""
    assert ui.serialList.count() == 0 and ui.complaintEdit.toPlainText() == ""
    assert rma_no in view.message_bar.text()
    # The customer is offered next time; the units wait for QC.
    assert ui.customerCombo.findText(CUSTOMER) >= 0
    assert [u.serial for u in view.queue_model.records()] == ["SN-1001", "SN-1002"]
    assert "(2)" in ui.tabs.tabText(ui.tabs.indexOf(ui.queueTab))


def test_the_contact_person_is_saved_with_the_return(view, shop, qtbot):
    ui = view.ui
    fill_form(qtbot, view, declared=1, counted=1)
    type_text(qtbot, ui.contactEdit, "王工")
    qtbot.keyClicks(ui.contactPhoneEdit, "0512-6283 9901")
    scan_typed(qtbot, ui.serialScanEdit, "SN-2001")
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()
    saved = rma(shop, latest_rma_no(shop))
    assert (saved.contact, saved.contact_phone) == ("王工", "0512-6283 9901")
    assert ui.contactEdit.text() == "" and ui.contactPhoneEdit.text() == ""  # next return


def test_ctrl_s_saves(view, shop, qtbot):
    fill_form(qtbot, view, declared=1, counted=1)
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-CTRL-S")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.ui.modelEdit.setFocus()
    qtbot.keyClick(view.ui.modelEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert [u.serial for u in rma(shop, latest_rma_no(shop)).units] == ["SN-CTRL-S"]


def test_generated_serials_are_labelled(shop, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "labels.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(printing, "default_printer", pdf_printer)
    view = make_view(shop, qtbot)
    fill_form(qtbot, view, declared=3, counted=3)
    qtbot.keyClick(view.ui.generateCheck, Qt.Key.Key_Space)
    settle()
    assert view.ui.generateCheck.isChecked()
    assert not view.ui.serialScanEdit.isEnabled()
    assert "3 serial(s) will be generated" in view.ui.serialCountLabel.text()
    # With generated serials the storage location is the last field: Enter saves.
    qtbot.keyClick(view.ui.storageEdit, Qt.Key.Key_Return)
    settle()

    rma_no = latest_rma_no(shop)
    units = rma(shop, rma_no).units
    assert [u.serial for u in units] == [f"{rma_no}-00{i}" for i in (1, 2, 3)]
    assert all(u.serial_generated for u in units)
    # The labels went to the printer at once: without them the units carry no serial.
    assert out.is_file() and out.stat().st_size > 0
    assert "3 label(s)" in view.message_bar.text()


def test_labels_go_to_the_machine_files_label_printer_at_its_size(shop, qtbot, monkeypatch,
                                                                  tmp_path):
    out = tmp_path / "labels.pdf"
    machine = tmp_path / "benchapp.toml"
    machine.write_text('[printers]\nlabel = "Label-62"\nlabel_size = "62x29"\n',
                       encoding="utf-8")
    monkeypatch.setenv("BENCHAPP_MACHINE_CONFIG", str(machine))

    def find_printer(name):
        if name != "Label-62":
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(printing, "find_printer", find_printer)
    monkeypatch.setattr(printing, "default_printer", pytest.fail)  # never the default instead
    view = make_view(shop, qtbot)
    fill_form(qtbot, view, declared=1, counted=1)
    view.ui.generateCheck.setChecked(True)
    assert view.save()
    settle()
    assert "1 label(s)" in view.message_bar.text()
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(out))
    size = doc.pagePointSize(0)
    mm = 25.4 / 72
    assert (round(size.width() * mm), round(size.height() * mm)) == (62, 29)
    doc.close()

    machine.write_text('[printers]\nlabel = "Gone-Printer"\n', encoding="utf-8")
    view.ui.printLabelsButton.click()
    settle()
    assert "no printer" in view.message_bar.text()


def test_no_printer_keeps_the_rma_and_says_so(view, shop, qtbot):
    fill_form(qtbot, view, declared=2, counted=2)
    view.ui.generateCheck.setChecked(True)
    assert view.save()
    settle()
    rma_no = latest_rma_no(shop)
    assert len(rma(shop, rma_no).units) == 2
    assert view.message_bar.kind == "warn"
    assert "no printer" in view.message_bar.text() and rma_no in view.message_bar.text()
    assert rma_no in view.ui.receivedLabel.text()
    # Print labels can be tried again later.
    view.ui.printLabelsButton.click()
    settle()
    assert "no printer" in view.message_bar.text()


def test_duplicate_and_invalid_scans_are_refused(view, qtbot):
    ui = view.ui
    scan_typed(qtbot, ui.serialScanEdit, "SN-2001")
    scan_typed(qtbot, ui.serialScanEdit, "SN-2001")
    assert view.serials() == ["SN-2001"]
    assert view.message_bar.kind == "error" and "already on the list" in view.message_bar.text()

    scan_typed(qtbot, ui.serialScanEdit, "SN 2002")  # a space: not a serial
    assert "not a unit serial" in view.message_bar.text()
    scan_typed(qtbot, ui.serialScanEdit, "RMA-000123")
    assert "RMA-000123 is not a unit serial" in view.message_bar.text()
    ui.serialScanEdit.setText("SN\x012003")  # a control character: a garbled scan
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()
    assert view.message_bar.kind == "error" and "control character" in view.message_bar.text()
    assert view.serials() == ["SN-2001"]

    # Delete removes the selected serial.
    scan_typed(qtbot, ui.serialScanEdit, "SN-2004")
    ui.serialList.setCurrentRow(0)
    ui.serialList.setFocus()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(ui.serialList, Qt.Key.Key_Delete)
    settle()
    assert view.serials() == ["SN-2004"]


def test_missing_or_miscounted_serials_save_nothing(view, shop, qtbot):
    fill_form(qtbot, view, declared=2, counted=2)
    assert not view.save()
    settle()
    assert "Scan each unit's serial" in view.message_bar.text()
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-3001")
    view.save()  # 1 scanned, 2 counted: the rules refuse
    settle()
    assert view.message_bar.kind == "error"
    assert queries.rma_overview(shop.uow()) == []
    assert view.serials() == ["SN-3001"] and view.ui.modelEdit.text() == MODEL


def test_database_unreachable_keeps_the_form_and_retry_saves(view, shop, qtbot, monkeypatch):
    fill_form(qtbot, view, declared=1, counted=1)
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-4001")
    session = view.session
    real = session.uow_factory

    def down():
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(session, "uow_factory", down)
    view.save()
    settle()
    assert view.message_bar.kind == "error" and "cannot be reached" in view.message_bar.text()
    assert view.ui.customerCombo.currentText() == CUSTOMER
    assert view.ui.modelEdit.text() == MODEL and view.serials() == ["SN-4001"]
    assert view.ui.complaintEdit.toPlainText() == "上电无显示"

    monkeypatch.setattr(session, "uow_factory", real)
    view.message_bar.action_button.click()  # Retry
    settle()
    rma_no = latest_rma_no(shop)
    assert [u.serial for u in rma(shop, rma_no).units] == ["SN-4001"]
    assert view.serials() == [] and rma_no in view.ui.receivedLabel.text()


def test_repeat_return_is_flagged(view, shop, qtbot):
    first, _ = ready_to_ship(shop, serials=["SN-R1"])
    shop.bench.ship(first, ["SN-R1"])

    fill_form(qtbot, view, declared=1, counted=1)
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-R1")
    assert view.save()
    settle()

    second = latest_rma_no(shop)
    assert second != first
    assert rma(shop, second).units[0].repeat_count == 1
    repeat = view.ui.repeatLabel
    assert not repeat.isHidden()
    assert "SN-R1" in repeat.text() and "return #2 within 90 days" in repeat.text()
    assert first in repeat.text()
    assert view.message_bar.kind == "warn" and "Repeat return" in view.message_bar.text()
    # The queue marks it too.
    row = view.queue_model.row_of("SN-R1")
    assert view.queue_model.index(row, 5).data() == "return #2"


# -- handovers ------------------------------------------------------------------------------


def test_hand_over_to_qc_after_saving(view, shop, qtbot, monkeypatch):
    fill_form(qtbot, view, declared=2, counted=2)
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-5001")
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-5002")
    assert view.save()
    settle()
    rma_no = latest_rma_no(shop)

    def give(dialog):
        assert isinstance(dialog, hd.GiveDialog)
        dialog.show()
        for serial in ("SN-5001", "SN-5002"):
            scan_typed(qtbot, dialog.ui.scanEdit, serial)
        type_number(qtbot, dialog.ui.declaredSpin, 2)  # the giver declares the count
        qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
        settle()
        return dialog.result()

    answer_signatures(monkeypatch, others=give)
    changed = []
    view.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(view.ui.handOverNewButton, Qt.MouseButton.LeftButton)
    settle()

    slips = queries.incoming_handovers(shop.uow(), "qc")
    assert [(h.rma_no, sorted(h.serials)) for h in slips] == [(rma_no, ["SN-5001", "SN-5002"])]
    assert changed
    # The units show as on the open slip in the queue.
    assert {u.on_open_slip for u in view.queue_model.records()} == {slips[0].slip_no}


def test_queue_hand_over_passes_the_rmas_units(view, shop, qtbot, monkeypatch):
    rma_no, serials = shop.bench.receive(2)
    other, _ = shop.bench.receive(1)
    view.refresh()
    settle()
    calls = []

    def give_units(parent, session, **kwargs):
        calls.append((parent, session, kwargs))

    monkeypatch.setattr(hd, "give_units", give_units)
    view.ui.tabs.setCurrentWidget(view.ui.queueTab)
    assert view.handle_scan(parse_scan(serials[1]))
    settle()
    assert view.ui.tabs.currentWidget() is view.ui.queueTab
    qtbot.mouseClick(view.ui.queueHandOverButton, Qt.MouseButton.LeftButton)
    settle()

    (parent, session, kwargs), = calls
    assert parent is view and session is view.session
    assert kwargs["rma_no"] == rma_no and kwargs["to_station"] is Station.QC
    assert sorted(u.serial for u in kwargs["units"]) == sorted(serials)
    assert all(u.state == "received" and u.custody == "receiving" for u in kwargs["units"])
    assert other not in {u.rma_no for u in kwargs["units"]}


def test_receive_slip_from_packing(view, shop, qtbot, monkeypatch):
    bench = shop.bench
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    for s in serials:
        bench.repair(rma_no, s)
    bench.back_to_qc(rma_no, serials)
    for s in serials:
        bench.reinspect(rma_no, s)
    bench.to_packing(rma_no, serials)
    workflow.pack_units(shop.uow(), bench.packer, rma_no=rma_no, serials=serials, counted=2)
    handover = slip_service.hand_over(
        shop.uow(), bench.packer, rma_no=rma_no, from_station=Station.PACKING,
        to_station=Station.RECEIVING, serials=serials, declared_count=2, password=PASSWORD,
        port=shop.port)
    view.refresh()
    settle()
    assert [h.slip_no for h in view.incoming_model.records()] == [handover.slip_no]

    def count_in(dialog):
        assert isinstance(dialog, hd.ReceiveDialog)
        dialog.show()
        for serial in serials:
            scan_typed(qtbot, dialog.ui.scanEdit, serial)
        qtbot.mouseClick(dialog.ui.acceptButton, Qt.MouseButton.LeftButton)
        settle()
        return dialog.result()

    answer_signatures(monkeypatch, others=count_in)
    view.handle_scan(parse_scan(rma_no))  # selects the slip
    settle()
    assert view.ui.tabs.currentWidget() is view.ui.incomingTab
    qtbot.mouseClick(view.ui.receiveButton, Qt.MouseButton.LeftButton)
    settle()

    with shop.uow() as uow:
        assert uow.handovers.get(handover.slip_no).status is HandoverStatus.ACCEPTED
    assert view.incoming_model.records() == []
    assert [g.rma_no for g in view.ship_rma_model.records()] == [rma_no]


# -- shipping -------------------------------------------------------------------------------


def ship_by_keyboard(qtbot, view, serials, carrier="顺丰速运", tracking="SF1234567890"):
    for serial in serials:
        scan_typed(qtbot, view.ui.shipScanEdit, serial)
    view.ui.carrierCombo.setEditText("")
    type_text(qtbot, view.ui.carrierCombo.lineEdit(), carrier)
    qtbot.keyClicks(view.ui.trackingEdit, tracking)
    qtbot.keyClick(view.ui.trackingEdit, Qt.Key.Key_Return)
    settle()


def test_ship_raises_the_complaint_notice(view, shop, qtbot, monkeypatch):
    rma_no, serials = ready_to_ship(shop, n=1, cause="production", delivery_no="DN-1",
                                    delivered_qty=200)
    view.refresh()
    settle()
    signer = answer_signatures(monkeypatch)
    view.ui.tabs.setCurrentWidget(view.ui.shippingTab)
    ship_by_keyboard(qtbot, view, serials)

    assert len(signer.asked) == 1  # the clerk signed the shipping note
    assert shop.bench.state(rma_no, serials[0]) == "shipped"
    assert rma(shop, rma_no).complaint_notice_raised
    result = view.ui.shipResultLabel.text()
    assert "SHN-000001" in result and "CCN-000001" in result
    assert view.message_bar.kind == "warn" and "CCN-000001" in view.message_bar.text()
    assert view.ship_rma_model.records() == []
    assert view.ui.trackingEdit.text() == ""


def test_the_address_is_offered_from_the_last_shipment_and_goes_on_the_note(view, shop, qtbot,
                                                                              monkeypatch):
    from benchapp.services import forms

    address = "江苏省苏州市工业园区星湖街 328 号"
    first, first_serials = ready_to_ship(shop, n=1, cause="customer")
    answer_signatures(monkeypatch)
    view.refresh()
    settle()
    view.ui.tabs.setCurrentWidget(view.ui.shippingTab)
    settle()
    assert view.ui.addressEdit.text() == ""  # this customer was never shipped to
    type_text(qtbot, view.ui.addressEdit, address)
    ship_by_keyboard(qtbot, view, first_serials)
    assert shop.bench.state(first, first_serials[0]) == "shipped"
    note = forms.form_data(shop.uow(), forms.SHIPPING_NOTE, "SHN-000001")
    assert note.address == address

    second, second_serials = ready_to_ship(shop, n=1, cause="customer")
    view.refresh()
    settle()
    scan_typed(qtbot, view.ui.shipScanEdit, second)  # selects its box
    # Read off the GUI thread; the customer's last address is offered, and can be edited.
    qtbot.waitUntil(lambda: view.ui.addressEdit.text() == address, timeout=5000)
    view.ui.addressEdit.setText(address + " 3 楼前台")
    ship_by_keyboard(qtbot, view, second_serials)
    assert forms.form_data(shop.uow(), forms.SHIPPING_NOTE,
                           "SHN-000002").address == address + " 3 楼前台"


def test_customer_caused_repair_ships_without_notice(view, shop, qtbot, monkeypatch):
    rma_no, serials = ready_to_ship(shop, n=2, cause="customer")
    view.refresh()
    settle()
    answer_signatures(monkeypatch)
    assert "Quantity: 0 of 2" in view.ui.packageLabel.text()
    qtbot.mouseClick(view.ui.tickAllButton, Qt.MouseButton.LeftButton)
    settle()
    label = view.ui.packageLabel.text()
    assert rma_no in label and CUSTOMER in label and MODEL in label
    assert "Quantity: 2 of 2" in label and all(s in label for s in serials)
    type_text(qtbot, view.ui.carrierCombo.lineEdit(), "京东物流")
    qtbot.keyClicks(view.ui.trackingEdit, "JD0001")
    assert view.ship()
    settle()

    assert {shop.bench.state(rma_no, s) for s in serials} == {"shipped"}
    assert not rma(shop, rma_no).complaint_notice_raised
    assert "SHN-" in view.ui.shipResultLabel.text()
    assert "CCN" not in view.ui.shipResultLabel.text()
    assert view.message_bar.kind == "ok"


def test_after_shipping_the_box_label_shows_the_shipped_rma_not_the_next(view, shop, qtbot,
                                                                         monkeypatch):
    first, first_serials = ready_to_ship(shop, n=1, cause="customer")
    second, _ = ready_to_ship(shop, n=1, cause="customer")
    view.refresh()
    settle()
    answer_signatures(monkeypatch)
    view.ui.tabs.setCurrentWidget(view.ui.shippingTab)
    ship_by_keyboard(qtbot, view, first_serials)
    assert shop.bench.state(first, first_serials[0]) == "shipped"
    assert [g.rma_no for g in view.ship_rma_model.records()] == [second]
    label = view.ui.packageLabel.text()
    assert first in label and first_serials[0] in label and second not in label
    assert not view.ui.shipRmaTable.selectionModel().hasSelection()
    assert not view.ui.shipButton.isEnabled()
    scan_typed(qtbot, view.ui.shipScanEdit, second)  # the next box: its label again
    settle()
    assert second in view.ui.packageLabel.text()


def test_ship_needs_ticks_carrier_and_tracking(view, shop, qtbot, monkeypatch):
    rma_no, serials = ready_to_ship(shop, n=1)
    view.refresh()
    settle()
    signer = answer_signatures(monkeypatch)
    assert not view.ship()
    settle()
    assert "Tick or scan" in view.message_bar.text()
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert view.ship_unit_model.checked_keys() == serials
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert "already ticked" in view.message_bar.text()
    assert not view.ship()
    settle()
    assert "carrier" in view.message_bar.text()
    view.ui.carrierCombo.setEditText("顺丰速运")
    assert not view.ship()
    settle()
    assert "tracking number" in view.message_bar.text()
    assert signer.asked == []
    assert shop.bench.state(rma_no, serials[0]) == "ready_to_ship"


def test_wrong_password_then_cancel_ships_nothing(view, shop, qtbot, monkeypatch):
    rma_no, serials = ready_to_ship(shop, n=1)
    view.refresh()
    settle()
    signer = Passwords(["wrong-password", None])
    monkeypatch.setattr(dialogs, "exec_dialog", signer)
    view.handle_scan(parse_scan(serials[0]))
    settle()
    view.ui.carrierCombo.setEditText("顺丰速运")
    view.ui.trackingEdit.setText("SF1")
    assert view.ship()  # signed with the wrong password: it asks again, then Cancel
    settle()
    assert len(signer.asked) == 2
    assert "Not signed" in view.message_bar.text()
    assert shop.bench.state(rma_no, serials[0]) == "ready_to_ship"
    assert view.ui.trackingEdit.text() == "SF1"


# -- scans and models -------------------------------------------------------------------------


def test_scans_select_or_explain(view, shop, qtbot):
    waiting, waiting_serials = shop.bench.receive(1)
    ready, _ready_serials = ready_to_ship(shop, n=1)
    view.refresh()
    settle()
    ui = view.ui

    assert view.handle_scan(parse_scan(ready))
    settle()
    assert ui.tabs.currentWidget() is ui.shippingTab
    assert view.handle_scan(parse_scan(waiting_serials[0]))
    settle()
    assert ui.tabs.currentWidget() is ui.queueTab
    index = ui.queueTable.currentIndex()
    assert view.queue_proxy.data(view.queue_proxy.index(index.row(), 1)) == waiting_serials[0]

    assert view.handle_scan(parse_scan("NOT-HERE-1"))
    settle()
    assert view.message_bar.kind == "error"
    assert "NOT-HERE-1 is not at Receiving" in view.message_bar.text()
    assert view.handle_scan(parse_scan("RMA-999999"))
    settle()
    assert "RMA-999999 has no units" in view.message_bar.text()
    assert not view.handle_scan(parse_scan("BADGE-0042"))  # the main window's business
    settle()

    # On the form tab an unknown serial is a unit being registered.
    ui.tabs.setCurrentWidget(ui.newTab)
    assert view.handle_scan(parse_scan("SN-NEW-1"))
    settle()
    assert view.serials() == ["SN-NEW-1"]

    # Double click / Enter on a row opens the history.
    opened = []
    view.session.open_history = lambda rma_no, serial: opened.append((rma_no, serial))
    ui.tabs.setCurrentWidget(ui.queueTab)
    ui.queueTable.activated.emit(ui.queueTable.currentIndex())
    assert opened == [(waiting, waiting_serials[0])]


def test_models_pass_the_model_tester(view, shop, qtmodeltester):
    shop.bench.receive(2)
    ready_to_ship(shop, n=2)
    view.refresh()
    settle()
    for model in (view.queue_model, view.incoming_model, view.ship_rma_model,
                  view.ship_unit_model, view.queue_proxy, view.ship_rma_proxy):
        qtmodeltester.check(model)


def test_screenshots(view, shop, qtbot, tmp_path):
    shop.bench.receive(2)
    ready_to_ship(shop, n=2)
    view.refresh()
    settle()
    for tab in (view.ui.newTab, view.ui.queueTab, view.ui.incomingTab, view.ui.shippingTab):
        view.ui.tabs.setCurrentWidget(tab)
        assert not view.grab().isNull()
        view.grab().save(str(tmp_path / f"receiving_{tab.objectName()}.png"))


def test_a_serial_scanned_while_the_save_runs_is_kept(view, shop, qtbot):
    fill_form(qtbot, view, declared=1, counted=1)
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-SAVED-1")
    assert view.new_rma.save()
    scan_typed(qtbot, view.ui.serialScanEdit, "SN-NEXT-1")  # before the save came back
    settle()
    assert [u.serial for u in rma(shop, latest_rma_no(shop)).units] == ["SN-SAVED-1"]
    shown = [view.ui.serialList.item(i).text() for i in range(view.ui.serialList.count())]
    assert "SN-NEXT-1" in shown
    assert "changed while it was saving" in view.message_bar.text()


def test_the_clerk_corrects_an_rmas_customer_before_handover(view, shop, qtbot, monkeypatch):
    from benchapp.ui import correct_rma_dialog

    rma_no, _serials = shop.bench.receive(1)
    view.refresh()
    settle()
    view.ui.queueTable.selectRow(0)

    def fill(dialog):
        assert isinstance(dialog, correct_rma_dialog.CorrectRmaDialog)
        dialog.fill("customer", "华强\u3000电子", "")
        dialog._check_and_accept()  # no reason: refused in the dialog
        assert "reason" in dialog.error_label.text()
        dialog.fill("customer", "华强\u3000电子", "the customer's own spelling")
        dialog._check_and_accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", fill)
    view.correct_button.click()
    settle()
    assert "corrected" in view.message_bar.text()
    with shop.uow() as uow:
        assert uow.rmas.get(rma_no).customer == "华强 电子"
        assert [e.detail["reason"] for e in uow.log.for_rma(rma_no)
                if e.action == "rma_corrected"] == ["the customer's own spelling"]
