"""Receiving & Shipping (业务部): the after-sales service form, handover to QC, slips back from
packing, and shipping with the complaint-notice rule (QP-TPZ-002 steps 1, 7 and 8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from benchapp.devices.scan import KIND_BADGE, KIND_RMA, KIND_SLIP, KIND_UNIT, Scan
from benchapp.domain.followup import FirstContactLine, FollowUpLine
from benchapp.domain.handover import Handover
from benchapp.domain.rma import UnitState
from benchapp.domain.roles import Station
from benchapp.services import followup, queries, workflow
from benchapp.services.queries import StationUnit
from benchapp.ui import correct_rma_dialog, handover_dialog, labels
from benchapp.ui.attachment_strip import add_station_strip
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
from benchapp.ui.stations.followup import FirstContactTab, FollowUpTab
from benchapp.ui.stations.receiving_form import ReceivingForm
from benchapp.ui.stations.shipping import ShippingTab


def give_units(view: StationView, *, rma_no: str, to_station: Station,
               units: list[StationUnit]) -> None:
    """Open the handover dialog for ``units`` of ``rma_no``; reload if a slip was signed."""
    if handover_dialog.give_units(view, view.session, rma_no=rma_no, to_station=to_station,
                                  units=units) is not None:
        view.changed.emit()
        view.refresh()


class ReceivingView(StationView):
    """The business clerk's station: receive returns, hand them to QC, ship them back.

    Two widgets do the work: the New RMA tab (ReceivingForm, receiving_form.py) and the
    Shipping tab (ShippingTab, shipping.py); the view lists the units waiting for QC and the
    slips coming back from packing, loads for all of them and routes scans.
    """

    station = Station.RECEIVING

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ReceivingView()
        self.ui.setupUi(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self.new_rma: ReceivingForm = self.ui.newTab
        self.new_rma.setup(self)
        self.shipping: ShippingTab = self.ui.shippingTab
        self.shipping.setup(self)
        self.ship_rma_model, self.ship_rma_proxy = (self.shipping.rma_model,
                                                    self.shipping.rma_proxy)
        self.ship_unit_model = self.shipping.unit_model
        self.first_contact = FirstContactTab(self)
        self.ui.tabs.addTab(self.first_contact, "")
        self.follow_up = FollowUpTab(self)
        self.ui.tabs.addTab(self.follow_up, "")
        self._build_lists()
        self._retitle_tabs()

    # -- building ----------------------------------------------------------------------------

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
        ui.queueHandOverButton.clicked.connect(self._hand_over_selected)
        self.correct_button = QPushButton(self.tr("Co&rrect RMA…"), ui.queueTab)
        self.correct_button.setObjectName("queueCorrectButton")
        self.correct_button.setToolTip(self.tr("Correct the selected RMA's customer or model "
                                               "before its first handover"))
        ui.queueBar.addWidget(self.correct_button)
        self.correct_button.clicked.connect(self._correct_selected)
        ui.receiveButton.clicked.connect(self._receive_selected)
        # The customer's photos and papers, on the unit (or RMA) selected while it waits.
        self.attachments = add_station_strip(self, ui.queueLayout, self._attachment_target,
                                             [ui.queueTable])
        ui.shipScanEdit.scanned.connect(self.handle_scan)
        ui.shipScanEdit.rejected.connect(self.show_scan_rejected)

    def _retitle_tabs(self) -> None:
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(self.ui.queueTab),
                        self.tr("&Waiting for QC ({n})").format(n=self.queue_model.rowCount()))
        tabs.setTabText(tabs.indexOf(self.ui.incomingTab),
                        self.tr("&Incoming slips ({n})").format(
                            n=self.incoming_model.rowCount()))
        tabs.setTabText(tabs.indexOf(self.ui.shippingTab),
                        self.tr("S&hipping ({n})").format(n=self.shipping.unit_count()))
        tabs.setTabText(tabs.indexOf(self.first_contact),
                        self.tr("First &contact ({n})").format(n=self.first_contact.count()))
        tabs.setTabText(tabs.indexOf(self.follow_up),
                        self.tr("&Follow-up ({n})").format(n=self.follow_up.count()))

    # -- loading -----------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        uow = self.session.uow

        Loaded = tuple[queries.StationWork, list[FirstContactLine], list[FollowUpLine]]

        def load() -> Loaded:
            work = queries.station_work(  # one transaction
                uow(), station=Station.RECEIVING.value, suggestions=True,
                states={UnitState.RECEIVED, UnitState.READY_TO_SHIP})
            first, after = followup.customer_contacts(uow())  # another: the calls owed
            return work, first, after

        self.load(load, self._loaded, then=then)

    def _loaded(self, loaded: tuple[queries.StationWork, list[FirstContactLine],
                                    list[FollowUpLine]]) -> None:
        work, first_contacts, follow_ups = loaded
        self.first_contact.set_lines(first_contacts)
        self.follow_up.set_lines(follow_ups)
        units, incoming = work.units, work.incoming
        self.new_rma.fill_suggestions(work.customers, work.models)
        self.queue_model.set_records(u for u in units if u.state == UnitState.RECEIVED)
        fit_columns(self.ui.queueTable)
        self.incoming_model.set_records(incoming)
        fit_columns(self.ui.incomingTable)
        self.shipping.set_units(u for u in units if u.state == UnitState.READY_TO_SHIP)
        self._retitle_tabs()

    # -- the tabs' work, by the view's names -----------------------------------------------

    def serials(self) -> list[str]:
        return self.new_rma.serials()

    def save(self) -> bool:
        return self.new_rma.save()

    def ship(self) -> bool:
        return self.shipping.ship()

    def _attachment_target(self) -> tuple[str, str | None] | None:
        unit = selected_record(self.ui.queueTable, self.queue_proxy)
        return (unit.rma_no, unit.serial) if unit is not None else None

    # -- handovers -----------------------------------------------------------------------------

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

    def _correct_selected(self) -> None:
        unit = selected_record(self.ui.queueTable, self.queue_proxy)
        if unit is None:
            self.show_warning(self.tr("Select a unit of the RMA to correct."))
            self.ui.queueTable.setFocus()
            return
        answer = correct_rma_dialog.ask_correction(
            self, unit.rma_no, {"customer": unit.customer, "model": unit.model})
        if answer is None:
            return
        field, value, reason = answer
        rma_no, uow, actor = unit.rma_no, self.session.uow, self.session.actor

        def corrected(old_new: tuple[str, str]) -> None:
            self.show_done(self.tr("{rma_no} corrected: {old} → {new}").format(
                rma_no=rma_no, old=old_new[0], new=old_new[1]))
            self.refresh()

        self.attempt(lambda: workflow.correct_rma(uow(), actor, rma_no=rma_no, field=field,
                                                  value=value, reason=reason),
                     on_success=corrected)

    def _receive_selected(self) -> None:
        slip = selected_record(self.ui.incomingTable, self.incoming_proxy)
        if slip is None:
            self.show_warning(self.tr("Select the slip to receive, or scan its QR code."))
            self.ui.incomingTable.setFocus()
            return
        self.receive_slip(slip.slip_no)

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
        if self.shipping.scan_unit(serial):
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
            self.new_rma.add_serial(serial)
            return True
        self.show_error(self.tr("{serial} is not at Receiving & Shipping: it is neither "
                                "waiting for QC, nor on an incoming slip, nor ready to ship.")
                        .format(serial=serial))
        return True

    def _scan_rma(self, rma_no: str) -> bool:
        ui = self.ui
        if self.shipping.scan_rma(rma_no):
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
