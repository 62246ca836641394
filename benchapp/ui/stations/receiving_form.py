"""Receiving's service form 售后服务单: a returned batch registered as an RMA, its units
scanned (or given generated serials), labelled and handed to QC (QP-TPZ-002 step 1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QWidget

from benchapp.devices.scan import KIND_UNIT, Scan, ScanRejected
from benchapp.domain.rma import Billing, NewRma, Requirement
from benchapp.domain.rules import RepeatReturn
from benchapp.services import forms, workflow
from benchapp.slips.render import UnitLabel, render_unit_labels
from benchapp.ui import form_printing, labels, printing
from benchapp.ui.warranty_preset import WarrantyPreset

if TYPE_CHECKING:
    from benchapp.ui.forms.ui_station_receiving import Ui_ReceivingView
    from benchapp.ui.stations.receiving import ReceivingView

# The promised due date the form starts with (the clerk changes it if the customer agreed
# another).
DEFAULT_DUE_DAYS = 7
# A scanned serial's production lot and date code, as the fields showed when it was scanned.
TRACE_ROLE = Qt.ItemDataRole.UserRole + 1

class ReceivingForm(QWidget):
    """The New RMA tab page (promoted in forms/station_receiving.ui): the service form, the
    serials scanned into it, the saved RMA's labels and its handover to QC."""

    view: ReceivingView
    ui: Ui_ReceivingView

    def setup(self, view: ReceivingView) -> None:
        self.view = view
        self.ui = view.ui
        self.session = view.session
        self._scan_consumed = False
        self._last: workflow.Received | None = None
        self._saving = False
        self._last_model = ""
        self._build_form()

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
        ui.deliveryNoEdit.setPlaceholderText(self.tr("Delivery note or order no. (optional)"))
        ui.deliveredQtySpin.setSpecialValueText(self.tr("not known"))
        ui.lotEdit.setPlaceholderText(self.tr("e.g. WO-2609-011 (optional)"))
        ui.dateCodeEdit.setPlaceholderText(self.tr("e.g. 2636 (optional)"))
        ui.deliveryHintLabel.setStyleSheet("QLabel { color: #8a5a00; }")
        ui.shipDateCheck.toggled.connect(ui.shipDateEdit.setEnabled)
        ui.deliveryNoEdit.textChanged.connect(self._update_delivery_hint)
        ui.deliveredQtySpin.valueChanged.connect(self._update_delivery_hint)
        ui.receivedFrame.setStyleSheet(
            "#receivedFrame { background: #f3f9f1; border: 1px solid #107c10; }")
        ui.repeatLabel.setStyleSheet(
            "QLabel { background: #fde7e9; color: #1b1b1b; border: 1px solid #a4262c; "
            "padding: 6px; font-weight: bold; }")
        ui.countMismatchLabel.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; }")
        ui.receivedFrame.hide()
        self.warranty = WarrantyPreset(self)  # issue 17.2: the billing preset from the record

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
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.clear_form()

    def fill_suggestions(self, customers: list[str], models: list[str]) -> None:
        combo = self.ui.customerCombo
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(customers)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)
        self._models_completer.model().setStringList(models)  # type: ignore[attr-defined]

    def serials(self) -> list[str]:
        lst = self.ui.serialList
        return [lst.item(i).text() for i in range(lst.count())]

    def clear_form(self) -> None:
        ui = self.ui
        ui.customerCombo.setCurrentIndex(-1)
        ui.customerCombo.setEditText("")
        ui.contactEdit.clear()
        ui.contactPhoneEdit.clear()
        ui.modelEdit.clear()
        ui.declaredSpin.setValue(1)
        ui.countedSpin.setValue(1)
        ui.complaintEdit.clear()
        ui.requirementCombo.setCurrentIndex(0)
        ui.billingCombo.setCurrentIndex(0)
        ui.dueDateEdit.setDate(QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
        ui.batchCheck.setChecked(False)
        ui.storageEdit.clear()
        ui.deliveryNoEdit.clear()
        ui.deliveredQtySpin.setValue(0)
        ui.shipDateCheck.setChecked(False)
        ui.shipDateEdit.setDate(QDate.currentDate())
        ui.lotEdit.clear()
        ui.dateCodeEdit.clear()
        ui.generateCheck.setChecked(False)
        ui.serialList.clear()
        ui.serialScanEdit.clear()
        self.warranty.reset()
        self._update_counts()
        self._update_delivery_hint()
        ui.customerCombo.setFocus()

    def _update_delivery_hint(self) -> None:
        """Step 8 counts against the delivered quantity: say so while it is missing."""
        ui = self.ui
        if not ui.deliveryNoEdit.text().strip():
            text = self.tr("No delivery given: the complaint-notice rule (0.5 % of the "
                           "delivered quantity) cannot be evaluated for this return.")
        elif ui.deliveredQtySpin.value() == 0:
            text = self.tr("Delivered quantity not known: the complaint-notice rule cannot be "
                           "evaluated unless the delivery is on record with its quantity.")
        else:
            text = ""
        ui.deliveryHintLabel.setText(text)
        ui.deliveryHintLabel.setVisible(bool(text))

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
            self.view.show_warning(self.tr("The scanned serials were removed: the units get "
                                           "generated serials."))
        ui.serialScanEdit.setEnabled(not on)
        ui.serialList.setEnabled(not on)
        ui.removeSerialButton.setEnabled(not on)
        self._update_counts()

    def _on_form_scan(self, scan: Scan) -> None:
        self._scan_consumed = True
        if scan.kind != KIND_UNIT:
            self.view.show_error(self.tr(
                "{text} is not a unit serial. Scan the serial label on the unit.").format(
                    text=scan.text))
            return
        self.add_serial(scan.text)

    def _on_form_rejected(self, rejected: ScanRejected) -> None:
        self._scan_consumed = True
        self.view.show_scan_rejected(rejected)

    def add_serial(self, serial: str) -> bool:
        ui = self.ui
        if ui.generateCheck.isChecked():
            self.view.show_error(self.tr("Generate serials is ticked: untick it to scan the units' "
                                         "own serials."))
            return False
        existing = self.serials()
        if serial in existing:
            row = existing.index(serial)
            ui.serialList.setCurrentRow(row)
            self.view.show_error(self.tr("{serial} is already on the list: each unit is scanned "
                                         "once.").format(serial=serial))
            return False
        item = QListWidgetItem(serial)
        trace = (ui.lotEdit.text().strip(), ui.dateCodeEdit.text().strip())
        item.setData(TRACE_ROLE, trace)
        if any(trace):
            item.setToolTip(self.tr("Lot {lot}, date code {code}").format(
                lot=trace[0] or "-", code=trace[1] or "-"))
        ui.serialList.addItem(item)
        # Only the new serial selected: Remove must not take the earlier scans with it.
        ui.serialList.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        ui.serialList.scrollToItem(item)
        self.view.message_bar.clear()
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
        generated = ui.generateCheck.isChecked()
        lst = ui.serialList
        # Scanned units carry the lot and date code shown when each was scanned; generated
        # units all get the fields' values.
        trace = {} if generated else {
            lst.item(i).text(): tuple(lst.item(i).data(TRACE_ROLE) or ("", ""))
            for i in range(lst.count()) if any(lst.item(i).data(TRACE_ROLE) or ())}
        qty = ui.deliveredQtySpin.value()
        return NewRma(
            customer=ui.customerCombo.currentText(),
            contact=ui.contactEdit.text(),
            contact_phone=ui.contactPhoneEdit.text(),
            model=ui.modelEdit.text(),
            declared_qty=ui.declaredSpin.value(),
            counted_qty=ui.countedSpin.value(),
            complaint=ui.complaintEdit.toPlainText(),
            requirement=ui.requirementCombo.currentData(),
            billing=ui.billingCombo.currentData(),
            due_date=ui.dueDateEdit.date().toPython(),
            batch=ui.batchCheck.isChecked(),
            storage_location=ui.storageEdit.text(),
            serials=[] if generated else self.serials(),
            delivery_no=ui.deliveryNoEdit.text(),
            delivered_qty=qty or None,
            ship_date=ui.shipDateEdit.date().toPython() if ui.shipDateCheck.isChecked() else None,
            production_lot=ui.lotEdit.text() if generated else "",
            date_code=ui.dateCodeEdit.text() if generated else "",
            unit_trace=trace,  # type: ignore[arg-type]
            billing_reason=self.warranty.reason(),
        )

    def save(self) -> bool:
        """Register the RMA; True once it was sent (the outcome shows when it is saved)."""
        ui = self.ui
        if self._saving:
            return False  # a second Enter while the first save runs must not save twice
        if not ui.generateCheck.isChecked() and ui.serialList.count() == 0:
            self.view.show_error(self.tr("Scan each unit's serial, or tick Generate serials if "
                                         "the units carry none."))
            ui.serialScanEdit.setFocus()
            return False
        if not self.warranty.ready_to_save():
            return False
        form = self.form()
        self._saving = True

        def saved(received: workflow.Received) -> None:
            self._saving = False
            self._received(received, form)

        def failed(_failure: Exception) -> None:
            self._saving = False

        self.view.attempt(
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
        # The save ran in the background: what was typed or scanned meanwhile is kept.
        if self.form() == form:
            self.clear_form()
            self.view.show_done(self.tr("{rma_no} saved.").format(rma_no=received.rma_no))
        else:
            self.view.show_warning(self.tr(
                "{rma_no} saved. The form was changed while it was saving and is kept as it "
                "is now: remove the units already saved before saving it again.").format(
                    rma_no=received.rma_no))
        if repeats:
            self.view.show_warning(self.tr("{rma_no} saved. Repeat return: {serials}.").format(
                rma_no=received.rma_no, serials=", ".join(received.repeats)))
        self.view.changed.emit()
        self.view.refresh()
        # QP-TPZ-002 §8: the service form travels with the goods.
        form_printing.print_after_save(self.view, forms.SERVICE_FORM, received.rma_no,
                                       self.view.status_message.emit)
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

    def print_labels(self) -> bool:
        """Print the last saved RMA's unit labels on this PC's label printer, at its label
        size (printing.label_printer, label_size_mm); True if a printer is set up and the
        labels are being rendered (they print when that is done).

        A missing or failing printer is a message: the RMA is saved either way and the labels
        can be printed again (here, or with ``benchapp labels RMA-NO``).
        """
        received = self._last
        if received is None:
            return False
        printer = printing.label_printer()
        if printer is None:
            self.view.show_warning(self.tr(
                "{rma_no} is saved, but no printer is set up on this computer: the labels "
                "were not printed. Set up a printer, then choose Print labels.").format(
                    rma_no=received.rma_no))
            return False
        dpi = printer.resolution()
        width_mm, height_mm = printing.label_size_mm()
        unit_labels = [UnitLabel(s, self._last_model, received.rma_no) for s in received.serials]

        def render() -> bytes:
            return render_unit_labels(unit_labels, width_mm, height_mm,
                                      printer_dpi=dpi if 100 <= dpi <= 1200 else 300)

        def print_rendered(pdf: bytes) -> None:
            try:
                pages = printing.print_pdf(pdf, printer, match_page_size=True)
            except printing.PrintError as err:
                self.view.show_warning(self.tr("{rma_no} is saved, but the labels were not "
                                               "printed: {reason}").format(rma_no=received.rma_no,
                                                                           reason=err.message))
                return
            self.view.show_done(self.tr("%n label(s) of {rma_no} printed.", "", pages).format(
                rma_no=received.rma_no))

        self.view.attempt(render, on_success=print_rendered)
        return True

    def _hand_over_last(self) -> None:
        if self._last is not None:
            self.view.hand_over_to_qc(self._last.rma_no)
