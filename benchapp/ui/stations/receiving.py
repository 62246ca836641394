"""Receiving & Shipping (业务部): the after-sales service form, handover to QC, slips back from
packing, and shipping with the complaint-notice rule (QP-TPZ-002 steps 1, 7 and 8)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QWidget

from benchapp.devices.scan import KIND_BADGE, KIND_RMA, KIND_SLIP, KIND_UNIT, Scan, ScanRejected
from benchapp.domain.handover import Handover
from benchapp.domain.rma import Billing, NewRma, Requirement
from benchapp.domain.roles import Station
from benchapp.domain.rules import RepeatReturn
from benchapp.services import queries, signing, workflow
from benchapp.services.queries import StationUnit
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.slips.render import UnitLabel, render_unit_labels
from benchapp.ui import handover_dialog, labels, printing
from benchapp.ui.forms.ui_station_receiving import Ui_ReceivingView
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.models.rma_table import format_date, format_time
from benchapp.ui.stations.base import (
    StationView,
    attach_table,
    first_row,
    fit_columns,
    on_slip,
    select_row,
    selected_record,
)

log = logging.getLogger(__name__)

# The promised due date the form starts with (the clerk changes it if the customer agreed
# another).
DEFAULT_DUE_DAYS = 7
# Unit label size (mm): the 50 x 30 mm thermal labels `benchapp labels` prints as well.
LABEL_WIDTH_MM = 50
LABEL_HEIGHT_MM = 30
# Offered in the carrier field; any other carrier can be typed.
CARRIERS = ("顺丰速运", "京东物流", "德邦快递", "中通快递", "圆通速递", "EMS")


def give_units(view: StationView, *, rma_no: str, to_station: Station,
               units: list[StationUnit]) -> None:
    """Open the handover dialog for ``units`` of ``rma_no``; reload if a slip was signed."""
    if handover_dialog.give_units(view, view.session, rma_no=rma_no, to_station=to_station,
                                  units=units) is not None:
        view.changed.emit()
        view.refresh()


@dataclass(frozen=True)
class Shipped:
    """A shipment's outcome: the note, and the complaint notice it raised (if any).

    ``notice_checked`` is False when the shipment went through but reading back the
    complaint-notice rule's result failed (the database dropped right after).
    """

    note: Any  # domain.rma.ShippingNote
    customer: str
    notice: dict[str, Any] | None
    notice_checked: bool = True


def raised_notice(rma_no: str, note_no: str, uow: Any) -> dict[str, Any] | None:
    """The complaint notice (step 8) logged right after shipping note ``note_no``, if any."""
    detail = queries.rma_detail(uow, rma_no)
    after_note = False
    for entry in detail.log:
        if entry.action == "shipping_note":
            after_note = entry.detail.get("note_no") == note_no
        elif after_note and entry.action == "complaint_notice_raised":
            return dict(entry.detail)
    return None


class ReceivingView(StationView):
    """The business clerk's station: receive returns, hand them to QC, ship them back."""

    station = Station.RECEIVING

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ReceivingView()
        self.ui.setupUi(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self._scan_consumed = False
        self._last: workflow.Received | None = None
        self._saving = False
        self._last_model = ""
        self._build_form()
        self._build_lists()
        self._retitle_tabs()

    # -- building ----------------------------------------------------------------------------

    def _build_form(self) -> None:
        ui = self.ui
        for requirement in Requirement:
            ui.requirementCombo.addItem(labels.requirement(requirement), requirement.value)
        for billing in Billing:
            ui.billingCombo.addItem(labels.billing(billing), billing.value)
        customers = QCompleter(self)
        customers.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        customers.setFilterMode(Qt.MatchFlag.MatchContains)
        customers.setModel(ui.customerCombo.model())
        ui.customerCombo.setCompleter(customers)
        self._models_completer = QCompleter([], self)
        self._models_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._models_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.modelEdit.setCompleter(self._models_completer)
        ui.dueDateEdit.setMinimumDate(QDate.currentDate())
        ui.customerCombo.lineEdit().setMaxLength(200)
        ui.customerCombo.lineEdit().setPlaceholderText(self.tr("Customer name"))
        ui.modelEdit.setPlaceholderText(self.tr("e.g. PCBA-MC200-V3"))
        ui.storageEdit.setPlaceholderText(self.tr("Shelf or bin (optional)"))
        ui.receivedFrame.setStyleSheet(
            "#receivedFrame { background: #f3f9f1; border: 1px solid #107c10; }")
        ui.repeatLabel.setStyleSheet(
            "QLabel { background: #fde7e9; color: #1b1b1b; border: 1px solid #a4262c; "
            "padding: 6px; font-weight: bold; }")
        ui.countMismatchLabel.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; }")
        ui.receivedFrame.hide()

        ui.declaredSpin.valueChanged.connect(self._update_counts)
        ui.countedSpin.valueChanged.connect(self._update_counts)
        ui.generateCheck.toggled.connect(self._generate_toggled)
        ui.serialScanEdit.scanned.connect(self._on_form_scan)
        ui.serialScanEdit.rejected.connect(self._on_form_rejected)
        ui.serialScanEdit.returnPressed.connect(self._serial_enter)
        ui.storageEdit.returnPressed.connect(self._storage_enter)
        ui.removeSerialButton.clicked.connect(self._remove_selected_serials)
        ui.clearFormButton.clicked.connect(self.clear_form)
        ui.saveButton.clicked.connect(self.save)
        ui.printLabelsButton.clicked.connect(self.print_labels)
        ui.handOverNewButton.clicked.connect(self._hand_over_last)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.serialList)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_selected_serials)
        for keys in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(keys, ui.newTab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.clear_form()

    def _build_lists(self) -> None:
        ui = self.ui
        repeat = self.tr("Repeat return")

        def repeat_text(u: StationUnit) -> str:
            return self.tr("return #{n}").format(n=u.repeat_count + 1) if u.repeat_count else ""

        self.queue_model: RecordTableModel[StationUnit] = RecordTableModel([
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("Customer"), lambda u: u.customer),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("Due"), lambda u: format_date(u.due_date),
                   lambda u: u.due_date or date.max),
            Column(repeat, repeat_text, lambda u: u.repeat_count),
            Column(self.tr("On slip"), lambda u: u.on_open_slip or ""),
        ], key=lambda u: u.serial, highlight=lambda u: "warn" if u.repeat_count else None,
            parent=self)
        self.queue_proxy = attach_table(self, ui.queueTable, self.queue_model, ui.queueSearchEdit)

        self.incoming_model: RecordTableModel[Handover] = RecordTableModel([
            Column(self.tr("Slip"), lambda h: h.slip_no),
            Column(self.tr("RMA"), lambda h: h.rma_no),
            Column(self.tr("From"), lambda h: labels.station(h.from_station.value)),
            Column(self.tr("Units"), lambda h: h.declared_count, align_right=True),
            Column(self.tr("Given by"), lambda h: h.giver_name),
            Column(self.tr("Signed at"), lambda h: format_time(h.giver_signed_at),
                   lambda h: h.giver_signed_at),
        ], key=lambda h: h.slip_no, parent=self)
        self.incoming_proxy = attach_table(self, ui.incomingTable, self.incoming_model,
                                           ui.incomingSearchEdit)

        self.box = ui.shippingTab
        self.box.bind(
            self, tabs=ui.tabs, rma_table=ui.shipRmaTable, unit_table=ui.shipUnitsTable,
            scan_edit=ui.shipScanEdit, search_edit=ui.shipSearchEdit,
            rma_columns=[
                Column(self.tr("RMA"), lambda g: g.rma_no),
                Column(self.tr("Customer"), lambda g: g.customer),
                Column(self.tr("Model"), lambda g: g.model),
                Column(self.tr("Ready"), lambda g: g.count, align_right=True),
                Column(self.tr("Billing"), lambda g: labels.billing(g.billing)),
            ],
            unit_columns=[
                Column(self.tr("Serial"), lambda u: u.serial),
                Column(repeat, repeat_text, lambda u: u.repeat_count),
                Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            ],
            highlight=lambda u: "warn" if u.repeat_count else None,
            already_text=lambda serial: self.tr("{serial} is already ticked.").format(
                serial=serial),
            ticked_text=lambda serial, n, ready: self.tr(
                "{serial} ticked: {n} of {ready} in the box.").format(serial=serial, n=n,
                                                                       ready=ready))
        self.ship_rma_model, self.ship_rma_proxy = self.box.rma_model, self.box.rma_proxy
        self.ship_unit_model, self.ship_unit_proxy = self.box.unit_model, self.box.unit_proxy

        self.box.count_changed.connect(self._update_package_label)
        ui.queueHandOverButton.clicked.connect(self._hand_over_selected)
        ui.receiveButton.clicked.connect(self._receive_selected)
        ui.tickAllButton.clicked.connect(self.box.tick_all)
        ui.shipButton.clicked.connect(self.ship)
        ui.shipScanEdit.scanned.connect(self.handle_scan)
        ui.shipScanEdit.rejected.connect(self.show_scan_rejected)
        ui.carrierCombo.addItems(list(CARRIERS))
        ui.carrierCombo.setCurrentIndex(-1)
        ui.carrierCombo.lineEdit().setPlaceholderText(self.tr("Carrier"))
        ui.trackingEdit.returnPressed.connect(self.ship)
        self._update_package_label()

    def _retitle_tabs(self) -> None:
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(self.ui.queueTab),
                        self.tr("&Waiting for QC ({n})").format(n=self.queue_model.rowCount()))
        tabs.setTabText(tabs.indexOf(self.ui.incomingTab),
                        self.tr("&Incoming slips ({n})").format(
                            n=self.incoming_model.rowCount()))
        tabs.setTabText(tabs.indexOf(self.ui.shippingTab),
                        self.tr("S&hipping ({n})").format(n=self.box.unit_count()))

    # -- loading -----------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        def load() -> tuple[tuple[list[str], list[str]], list[StationUnit], list[Handover]]:
            return (queries.intake_suggestions(self.session.uow()),
                    queries.station_units(self.session.uow(), custody="receiving",
                                          states={"received", "ready_to_ship"}),
                    queries.incoming_handovers(self.session.uow(), Station.RECEIVING.value))

        self.load(load, self._loaded, then=then)

    def _loaded(self, data: tuple) -> None:
        (customers, models), units, incoming = data
        self._fill_suggestions(customers, models)
        self.queue_model.set_records(u for u in units if u.state == "received")
        fit_columns(self.ui.queueTable)
        self.incoming_model.set_records(incoming)
        fit_columns(self.ui.incomingTable)
        self.box.set_units(u for u in units if u.state == "ready_to_ship")
        self._retitle_tabs()

    def _fill_suggestions(self, customers: list[str], models: list[str]) -> None:
        combo = self.ui.customerCombo
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(customers)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)
        self._models_completer.model().setStringList(models)  # type: ignore[attr-defined]

    # -- the service form ----------------------------------------------------------------------

    def serials(self) -> list[str]:
        lst = self.ui.serialList
        return [lst.item(i).text() for i in range(lst.count())]

    def clear_form(self) -> None:
        ui = self.ui
        ui.customerCombo.setCurrentIndex(-1)
        ui.customerCombo.setEditText("")
        ui.modelEdit.clear()
        ui.declaredSpin.setValue(1)
        ui.countedSpin.setValue(1)
        ui.complaintEdit.clear()
        ui.requirementCombo.setCurrentIndex(0)
        ui.billingCombo.setCurrentIndex(0)
        ui.dueDateEdit.setDate(QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
        ui.batchCheck.setChecked(False)
        ui.storageEdit.clear()
        ui.generateCheck.setChecked(False)
        ui.serialList.clear()
        ui.serialScanEdit.clear()
        self._update_counts()
        ui.customerCombo.setFocus()

    def _update_counts(self) -> None:
        ui = self.ui
        declared, counted = ui.declaredSpin.value(), ui.countedSpin.value()
        if declared != counted:
            ui.countMismatchLabel.setText(self.tr(
                "The customer declared {declared}, {counted} counted: the difference is "
                "recorded on the form.").format(declared=declared, counted=counted))
            ui.countMismatchLabel.show()
        else:
            ui.countMismatchLabel.clear()
            ui.countMismatchLabel.hide()
        scanned = ui.serialList.count()
        if ui.generateCheck.isChecked():
            text = self.tr("%n serial(s) will be generated when you save, one label per "
                           "unit.", "", counted)
            style = ""
        elif scanned == counted:
            text = self.tr("{n} of {counted} units scanned.").format(n=scanned, counted=counted)
            style = "QLabel { color: #107c10; }"
        else:
            text = self.tr("{n} of {counted} units scanned: scan every unit counted, or "
                           "correct the counted quantity.").format(n=scanned, counted=counted)
            style = "QLabel { color: #8a5a00; }"
        ui.serialCountLabel.setText(text)
        ui.serialCountLabel.setStyleSheet(style)

    def _generate_toggled(self, on: bool) -> None:
        ui = self.ui
        if on and ui.serialList.count():
            ui.serialList.clear()
            self.show_warning(self.tr("The scanned serials were removed: the units get "
                                      "generated serials."))
        ui.serialScanEdit.setEnabled(not on)
        ui.serialList.setEnabled(not on)
        ui.removeSerialButton.setEnabled(not on)
        self._update_counts()

    def _on_form_scan(self, scan: Scan) -> None:
        self._scan_consumed = True
        if scan.kind != KIND_UNIT:
            self.show_error(self.tr(
                "{text} is not a unit serial. Scan the serial label on the unit.").format(
                    text=scan.text))
            return
        self.add_serial(scan.text)

    def _on_form_rejected(self, rejected: ScanRejected) -> None:
        self._scan_consumed = True
        self.show_scan_rejected(rejected)

    def add_serial(self, serial: str) -> bool:
        ui = self.ui
        if ui.generateCheck.isChecked():
            self.show_error(self.tr("Generate serials is ticked: untick it to scan the units' "
                                    "own serials."))
            return False
        existing = self.serials()
        if serial in existing:
            row = existing.index(serial)
            ui.serialList.setCurrentRow(row)
            self.show_error(self.tr("{serial} is already on the list: each unit is scanned "
                                    "once.").format(serial=serial))
            return False
        item = QListWidgetItem(serial)
        ui.serialList.addItem(item)
        # Only the new serial selected: Remove must not take the earlier scans with it.
        ui.serialList.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        ui.serialList.scrollToItem(item)
        self.message_bar.clear()
        self._update_counts()
        ui.serialScanEdit.setFocus()
        return True

    def _remove_selected_serials(self) -> None:
        lst = self.ui.serialList
        for item in lst.selectedItems():
            lst.takeItem(lst.row(item))
        self._update_counts()

    def _serial_enter(self) -> None:
        # Enter on the empty scan field (the last field) saves; Enter after a scan was the
        # scanner's suffix.
        if self._scan_consumed:
            self._scan_consumed = False
            return
        self.save()

    def _storage_enter(self) -> None:
        if self.ui.generateCheck.isChecked():
            self.save()
        else:
            self.ui.serialScanEdit.setFocus()

    def form(self) -> NewRma:
        ui = self.ui
        return NewRma(
            customer=ui.customerCombo.currentText(),
            model=ui.modelEdit.text(),
            declared_qty=ui.declaredSpin.value(),
            counted_qty=ui.countedSpin.value(),
            complaint=ui.complaintEdit.toPlainText(),
            requirement=ui.requirementCombo.currentData(),
            billing=ui.billingCombo.currentData(),
            due_date=ui.dueDateEdit.date().toPython(),
            batch=ui.batchCheck.isChecked(),
            storage_location=ui.storageEdit.text(),
            serials=[] if ui.generateCheck.isChecked() else self.serials(),
        )

    def save(self) -> bool:
        """Register the RMA; True once it was sent (the outcome shows when it is saved)."""
        ui = self.ui
        if self._saving:
            return False  # a second Enter while the first save runs must not save twice
        if not ui.generateCheck.isChecked() and ui.serialList.count() == 0:
            self.show_error(self.tr("Scan each unit's serial, or tick Generate serials if "
                                    "the units carry none."))
            ui.serialScanEdit.setFocus()
            return False
        form = self.form()
        self._saving = True

        def saved(received: workflow.Received) -> None:
            self._saving = False
            self._received(received, form)

        def failed(_failure: Exception) -> None:
            self._saving = False

        self.attempt(
            lambda: workflow.receive_rma(self.session.uow(), self.session.actor, form),
            on_success=saved, on_failure=failed)
        return True

    def _received(self, received: workflow.Received, form: NewRma) -> None:
        ui = self.ui
        self._last = received
        self._last_model = form.model.strip()
        text = self.tr("Saved {rma_no}: %n unit(s) registered for {customer}. Write {rma_no} "
                       "on the paper form.", "", len(received.serials)).format(
                           rma_no=received.rma_no, customer=form.customer.strip())
        if form.declared_qty != form.counted_qty:
            text += " " + self.tr("Declared {declared}, counted {counted}: recorded.").format(
                declared=form.declared_qty, counted=form.counted_qty)
        ui.receivedLabel.setText(text)
        repeats = [self._repeat_text(flag) for flag in received.repeats.values()]
        ui.repeatLabel.setText("\n".join(
            [self.tr("Repeat return: check the earlier repair records.")] + repeats))
        ui.repeatLabel.setVisible(bool(repeats))
        ui.receivedFrame.show()
        self.clear_form()
        self.show_done(self.tr("{rma_no} saved.").format(rma_no=received.rma_no))
        if repeats:
            self.show_warning(self.tr("{rma_no} saved. Repeat return: {serials}.").format(
                rma_no=received.rma_no, serials=", ".join(received.repeats)))
        self.changed.emit()
        self.refresh()
        # Generated serials exist only in the database: the units need their labels now.
        printed = not form.serials and self.print_labels()
        (ui.handOverNewButton if printed else ui.printLabelsButton).setFocus()

    def _repeat_text(self, flag: RepeatReturn) -> str:
        earlier = ", ".join(e.rma_no for e in flag.earlier)
        if flag.within_window:
            return self.tr("{serial}: return #{ordinal} within {days} days (earlier: "
                           "{rmas})").format(serial=flag.serial, ordinal=flag.ordinal,
                                             days=flag.window_days, rmas=earlier)
        return self.tr("{serial}: return #{ordinal}, the last one {days} days ago (earlier: "
                       "{rmas})").format(serial=flag.serial, ordinal=flag.ordinal,
                                         days=flag.days_since_last, rmas=earlier)

    # -- labels --------------------------------------------------------------------------------

    def print_labels(self) -> bool:
        """Print the last saved RMA's unit labels on the default printer; True if a printer
        is set up and the labels are being rendered (they print when that is done).

        A missing or failing printer is a message: the RMA is saved either way and the labels
        can be printed again (here, or with ``benchapp labels RMA-NO``).
        """
        received = self._last
        if received is None:
            return False
        printer = printing.default_printer()
        if printer is None:
            self.show_warning(self.tr(
                "{rma_no} is saved, but no printer is set up on this computer: the labels "
                "were not printed. Set up a printer, then choose Print labels.").format(
                    rma_no=received.rma_no))
            return False
        dpi = printer.resolution()
        unit_labels = [UnitLabel(s, self._last_model, received.rma_no) for s in received.serials]

        def render() -> bytes:
            return render_unit_labels(unit_labels, LABEL_WIDTH_MM, LABEL_HEIGHT_MM,
                                      printer_dpi=dpi if 100 <= dpi <= 1200 else 300)

        def print_rendered(pdf: bytes) -> None:
            try:
                pages = printing.print_pdf(pdf, printer, match_page_size=True)
            except printing.PrintError as err:
                self.show_warning(self.tr("{rma_no} is saved, but the labels were not "
                                          "printed: {reason}").format(rma_no=received.rma_no,
                                                                       reason=err.message))
                return
            self.show_done(self.tr("%n label(s) of {rma_no} printed.", "", pages).format(
                rma_no=received.rma_no))

        self.attempt(render, on_success=print_rendered)
        return True

    # -- handovers -----------------------------------------------------------------------------

    def _hand_over_last(self) -> None:
        if self._last is not None:
            self.hand_over_to_qc(self._last.rma_no)

    def _hand_over_selected(self) -> None:
        unit = selected_record(self.ui.queueTable, self.queue_proxy)
        if unit is None:
            self.show_warning(self.tr("Select a unit of the RMA to hand over, or scan it."))
            self.ui.queueTable.setFocus()
            return
        self.hand_over_to_qc(unit.rma_no)

    def hand_over_to_qc(self, rma_no: str) -> None:
        units = [u for u in self.queue_model.records()
                 if u.rma_no == rma_no and not u.on_open_slip]
        if not units:
            self.show_warning(self.tr("{rma_no} has no units waiting for handover to QC.")
                              .format(rma_no=rma_no))
            return
        give_units(self, rma_no=rma_no, to_station=Station.QC, units=units)

    def _receive_selected(self) -> None:
        slip = selected_record(self.ui.incomingTable, self.incoming_proxy)
        if slip is None:
            self.show_warning(self.tr("Select the slip to receive, or scan its QR code."))
            self.ui.incomingTable.setFocus()
            return
        self.receive_slip(slip.slip_no)

    # -- shipping ------------------------------------------------------------------------------

    def _update_package_label(self, *_args: Any) -> None:
        group = self.box.current_group()
        ui = self.ui
        if group is None:
            ui.packageLabel.setText(self.tr("No units are ready to ship."))
            ui.shipButton.setEnabled(False)
            ui.tickAllButton.setEnabled(False)
            return
        ticked = self.box.ticked()
        ui.shipButton.setEnabled(True)
        ui.tickAllButton.setEnabled(True)
        ui.packageLabel.setText(self.tr(
            "RMA: {rma_no}\nCustomer: {customer}\nModel: {model}\nQuantity: {n} of {ready} "
            "ready\nShip date: {date}\nSerials: {serials}").format(
                rma_no=group.rma_no, customer=group.customer, model=group.model,
                n=len(ticked), ready=group.count, date=date.today().isoformat(),
                serials=", ".join(ticked) if ticked else self.tr("(none ticked yet)")))

    def ship(self) -> bool:
        """Issue the signed shipping note for the ticked units of the selected RMA."""
        ui = self.ui
        group = self.box.current_group()
        if group is None:
            self.show_warning(self.tr("No units are ready to ship."))
            return False
        serials = self.box.ticked()
        if not serials:
            self.show_error(self.tr("Tick or scan the units going into the box."))
            ui.shipScanEdit.setFocus()
            return False
        carrier = ui.carrierCombo.currentText().strip()
        tracking = ui.trackingEdit.text().strip()
        if not carrier:
            self.show_error(self.tr("Enter the carrier."))
            ui.carrierCombo.setFocus()
            return False
        if not tracking:
            self.show_error(self.tr("Enter the tracking number."))
            ui.trackingEdit.setFocus()
            return False
        actor = self.session.actor
        rma_no = group.rma_no

        def work(password: str) -> Shipped:
            signing.check_signer_password(self.session.uow(), actor, password,
                                          self.session.slips)
            note = workflow.ship_units(self.session.uow(), actor, rma_no=rma_no,
                                       serials=serials, carrier=carrier, tracking_no=tracking)
            try:
                notice = raised_notice(rma_no, note.note_no, self.session.uow())
            except DatabaseUnavailable:
                log.warning("shipped %s; complaint notice not read back", note.note_no)
                return Shipped(note, group.customer, None, notice_checked=False)
            return Shipped(note, group.customer, notice)

        meaning = self.tr("Ship %n unit(s) of {rma_no} to {customer} by {carrier}, tracking "
                          "no. {tracking}: I issue this shipping note.", "", len(serials)
                          ).format(rma_no=rma_no, customer=group.customer, carrier=carrier,
                                   tracking=tracking)
        return self.sign_and_attempt(meaning, work, on_success=self._shipped,
                                     wait=self.tr("Signing the shipping note…"))

    def _shipped(self, shipped: Shipped) -> None:
        note = shipped.note
        ui = self.ui
        text = self.tr("Shipping note {note_no}: %n unit(s) of {rma_no} to {customer}, "
                       "{carrier} {tracking}.", "", len(note.serials)).format(
                           note_no=note.note_no, rma_no=note.rma_no,
                           customer=shipped.customer, carrier=note.carrier,
                           tracking=note.tracking_no)
        if note.replacements:
            text += " " + self.tr("Replacement units: {serials}.").format(
                serials=", ".join(note.replacements))
        ui.trackingEdit.clear()
        self.show_done(text)
        if shipped.notice is not None:
            notice_text = self.tr(
                "Customer complaint notice {notice_no} raised to QC: {bad} of {shipped} "
                "shipped unit(s) of {rma_no} failed for production, inspection, material or "
                "design causes (rule: 0.5 % or more).").format(
                    notice_no=shipped.notice.get("notice_no", "?"),
                    bad=shipped.notice.get("non_customer_units", "?"),
                    shipped=shipped.notice.get("shipped_qty", "?"), rma_no=note.rma_no)
            ui.shipResultLabel.setStyleSheet(
                "QLabel { background: #fde7e9; color: #1b1b1b; border: 1px solid #a4262c; "
                "padding: 6px; font-weight: bold; }")
            ui.shipResultLabel.setText(text + "\n" + notice_text)
            self.message_bar.show_message("warn", notice_text)
        else:
            ui.shipResultLabel.setStyleSheet(
                "QLabel { background: #dff6dd; color: #1b1b1b; border: 1px solid #107c10; "
                "padding: 6px; }")
            extra = "" if shipped.notice_checked else "\n" + self.tr(
                "Whether a complaint notice was raised could not be read back; see the RMA's "
                "history.")
            ui.shipResultLabel.setText(text + extra)
        self.changed.emit()
        self.refresh()
        ui.shipScanEdit.setFocus()

    # -- scans -------------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        if scan.kind == KIND_UNIT:
            return self._scan_unit(scan.text)
        if scan.kind == KIND_RMA:
            return self._scan_rma(scan.text)
        if scan.kind in (KIND_SLIP, KIND_BADGE):
            return False
        self.show_error(self.tr("{text} is neither a unit serial nor an RMA number.").format(
            text=scan.text))
        return True

    def _scan_unit(self, serial: str) -> bool:
        ui = self.ui
        if self.box.scan_unit(serial):
            return True
        row = self.queue_model.row_of(serial)
        if row is not None:
            ui.tabs.setCurrentWidget(ui.queueTab)
            select_row(ui.queueTable, row, search=ui.queueSearchEdit)
            self.message_bar.clear()
            ui.queueTable.setFocus()
            return True
        row = first_row(self.incoming_model, on_slip(serial))
        if row is not None:
            ui.tabs.setCurrentWidget(ui.incomingTab)
            select_row(ui.incomingTable, row, search=ui.incomingSearchEdit)
            self.show_warning(self.tr("{serial} is on incoming slip {slip_no}: receive the "
                                      "slip first.").format(
                                          serial=serial,
                                          slip_no=self.incoming_model.record(row).slip_no))
            return True
        if ui.tabs.currentWidget() is ui.newTab:
            self.add_serial(serial)
            return True
        self.show_error(self.tr("{serial} is not at Receiving & Shipping: it is neither "
                                "waiting for QC, nor on an incoming slip, nor ready to ship.")
                        .format(serial=serial))
        return True

    def _scan_rma(self, rma_no: str) -> bool:
        ui = self.ui
        if self.box.scan_rma(rma_no):
            return True

        def of_rma(record: StationUnit | Handover) -> bool:
            return record.rma_no == rma_no

        row = first_row(self.queue_model, of_rma)
        if row is not None:
            ui.tabs.setCurrentWidget(ui.queueTab)
            select_row(ui.queueTable, row, search=ui.queueSearchEdit)
            self.message_bar.clear()
            return True
        row = first_row(self.incoming_model, of_rma)
        if row is not None:
            ui.tabs.setCurrentWidget(ui.incomingTab)
            select_row(ui.incomingTable, row, search=ui.incomingSearchEdit)
            self.message_bar.clear()
            return True
        self.show_error(self.tr("{rma_no} has no units at Receiving & Shipping.").format(
            rma_no=rma_no))
        return True
