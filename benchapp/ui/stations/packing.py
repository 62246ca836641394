"""Packing (品质部 packer): receive units from QC, count them into the box by scanning, pack
(the tracking log is marked complete) and hand the forms to business (QP-TPZ-002 step 6)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from benchapp.devices.scan import KIND_BADGE, KIND_RMA, KIND_SLIP, KIND_UNIT, Scan
from benchapp.domain.handover import Handover
from benchapp.domain.rma import UnitState
from benchapp.domain.roles import Station
from benchapp.services import queries, workflow
from benchapp.services.queries import StationUnit
from benchapp.ui import labels
from benchapp.ui.forms.ui_station_packing import Ui_PackingView
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.models.rma_table import format_date, format_time
from benchapp.ui.stations.base import (
    StationView,
    attach_table,
    first_row,
    fit_columns,
    on_slip,
    select_key,
    select_row,
    selected_record,
)
from benchapp.ui.stations.receiving import give_units


class PackingView(StationView):
    """The packer's station: count units in from QC, pack them, hand the forms to business."""

    station = Station.PACKING

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_PackingView()
        self.ui.setupUi(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self._packing = False  # a packing sent and not yet answered
        self._build_lists()
        self._retitle_tabs()

    def _build_lists(self) -> None:
        ui = self.ui
        self.box = ui.packTab
        self.box.bind(
            self, tabs=ui.tabs, rma_table=ui.rmaTable, unit_table=ui.unitTable,
            scan_edit=ui.scanEdit, search_edit=ui.packSearchEdit,
            rma_columns=[
                Column(self.tr("RMA"), lambda g: g.rma_no),
                Column(self.tr("Customer"), lambda g: g.customer),
                Column(self.tr("Model"), lambda g: g.model),
                Column(self.tr("Units"), lambda g: g.count, align_right=True),
                Column(self.tr("Due"), lambda g: format_date(g.due_date),
                       lambda g: g.due_date or date.max),
            ],
            unit_columns=[
                Column(self.tr("Serial"), lambda u: u.serial),
                Column(self.tr("Repair loops"), lambda u: u.rework_loops, align_right=True),
                Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            ],
            already_text=lambda serial: self.tr("{serial} was already counted.").format(
                serial=serial),
            ticked_text=lambda serial, n, total: self.tr(
                "{serial} counted: {n} of {total}.").format(serial=serial, n=n, total=total))
        self.rma_model, self.rma_proxy = self.box.rma_model, self.box.rma_proxy
        self.unit_model, self.unit_proxy = self.box.unit_model, self.box.unit_proxy

        self.packed_model: RecordTableModel[StationUnit] = RecordTableModel([
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("Customer"), lambda u: u.customer),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("On slip"), lambda u: u.on_open_slip or ""),
        ], key=lambda u: u.serial, parent=self)
        self.packed_proxy = attach_table(self, ui.packedTable, self.packed_model,
                                         ui.packedSearchEdit)

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

        self.box.count_changed.connect(self._update_count)
        ui.scanEdit.scanned.connect(self.handle_scan)
        ui.scanEdit.rejected.connect(self.show_scan_rejected)
        ui.clearTicksButton.clicked.connect(self.box.count_again)
        ui.packButton.clicked.connect(self.pack)
        ui.handOverButton.clicked.connect(self._hand_over_selected)
        ui.receiveButton.clicked.connect(self._receive_selected)
        self._update_count()

    def _retitle_tabs(self) -> None:
        tabs, ui = self.ui.tabs, self.ui
        tabs.setTabText(tabs.indexOf(ui.packTab), self.tr("&To pack ({n})").format(
            n=self.box.unit_count()))
        tabs.setTabText(tabs.indexOf(ui.packedTab), self.tr("&Packed, to business ({n})")
                        .format(n=self.packed_model.rowCount()))
        tabs.setTabText(tabs.indexOf(ui.incomingTab), self.tr("&Incoming slips ({n})")
                        .format(n=self.incoming_model.rowCount()))

    # -- loading -----------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        uow = self.session.uow

        def load() -> queries.StationWork:
            return queries.station_work(uow(), station=Station.PACKING.value,  # one transaction
                                        states={UnitState.AT_PACKING, UnitState.PACKED})

        self.load(load, self._loaded, then=then)

    def _loaded(self, work: queries.StationWork) -> None:
        units, incoming = work.units, work.incoming
        self.box.set_units(u for u in units if u.state == UnitState.AT_PACKING)
        self.packed_model.set_records(u for u in units if u.state == UnitState.PACKED)
        fit_columns(self.ui.packedTable)
        self.incoming_model.set_records(incoming)
        fit_columns(self.ui.incomingTable)
        self._retitle_tabs()

    # -- counting and packing ------------------------------------------------------------------

    def _update_count(self, *_args: Any) -> None:
        ui = self.ui
        group = self.box.current_group()
        if group is None:
            ui.countLabel.setText(self.tr("No units are waiting to be packed."))
            ui.countLabel.setStyleSheet("")
            ui.packButton.setEnabled(False)
            return
        counted = len(self.box.ticked())
        ui.packButton.setEnabled(True)
        if counted == group.count:
            ui.countLabel.setText(self.tr("Counted {n} of {total}: the count matches; pack "
                                          "them.").format(n=counted, total=group.count))
            ui.countLabel.setStyleSheet("QLabel { color: #107c10; font-weight: bold; }")
        else:
            ui.countLabel.setText(self.tr("Counted {n} of {total}: scan each unit as it goes "
                                          "into the box.").format(n=counted, total=group.count))
            ui.countLabel.setStyleSheet("QLabel { color: #8a5a00; }")

    def pack(self) -> bool:
        """Pack the selected RMA's units at packing; the counted (ticked) units must be all.

        True once the packing was sent (its outcome shows when it is done)."""
        group = self.box.current_group()
        if group is None:
            self.show_warning(self.tr("No units are waiting to be packed."))
            return False
        ticked = self.box.ticked()
        serials = [u.serial for u in group.units]
        missing = self.box.missing()
        if missing:
            # QP-TPZ-002 step 6: the packer checks the count; a short box is never packed.
            self.show_error(self.tr(
                "Counted {n} of {total}: the count does not match, nothing was packed. Not "
                "counted yet: {missing}.").format(n=len(ticked), total=len(serials),
                                                  missing=", ".join(missing)))
            self.ui.scanEdit.setFocus()
            return False
        if self._packing:
            return False  # a second click or Enter while the first packing runs
        rma_no = group.rma_no
        self._packing = True

        def packed(_none: object) -> None:
            self._packing = False
            self._packed_done(rma_no, serials)

        def failed(_failure: Exception) -> None:
            self._packing = False

        self.attempt(
            lambda: workflow.pack_units(self.session.uow(), self.session.actor, rma_no=rma_no,
                                        serials=serials, counted=len(ticked)),
            on_success=packed, on_failure=failed)
        return True

    def _packed_done(self, rma_no: str, serials: list[str]) -> None:
        text = self.tr("Packed %n unit(s) of {rma_no}; the tracking log is marked complete. "
                       "Next: hand the forms to business.", "", len(serials)).format(
                           rma_no=rma_no)
        self.ui.packResultLabel.setText(text)
        self.show_done(text)
        self.changed.emit()
        ui = self.ui
        ui.tabs.setCurrentWidget(ui.packedTab)
        ui.handOverButton.setFocus()

        self.refresh(then=lambda: select_key(ui.packedTable, serials[0],
                                             search=ui.packedSearchEdit))

    # -- handovers -----------------------------------------------------------------------------

    def _hand_over_selected(self) -> None:
        unit = selected_record(self.ui.packedTable, self.packed_proxy)
        if unit is None:
            self.show_warning(self.tr("Select a packed unit of the RMA to hand over, or scan "
                                      "it."))
            self.ui.packedTable.setFocus()
            return
        self.hand_over_to_business(unit.rma_no)

    def hand_over_to_business(self, rma_no: str) -> None:
        units = [u for u in self.packed_model.records()
                 if u.rma_no == rma_no and not u.on_open_slip]
        if not units:
            self.show_warning(self.tr("{rma_no} has no packed units to hand over.").format(
                rma_no=rma_no))
            return
        give_units(self, rma_no=rma_no, to_station=Station.RECEIVING, units=units)

    def _receive_selected(self) -> None:
        slip = selected_record(self.ui.incomingTable, self.incoming_proxy)
        if slip is None:
            self.show_warning(self.tr("Select the slip to receive, or scan its QR code."))
            self.ui.incomingTable.setFocus()
            return
        self.receive_slip(slip.slip_no)

    # -- scans ---------------------------------------------------------------------------------

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
        row = self.packed_model.row_of(serial)
        if row is not None:
            ui.tabs.setCurrentWidget(ui.packedTab)
            select_row(ui.packedTable, row, search=ui.packedSearchEdit)
            self.show_warning(self.tr("{serial} is already packed.").format(serial=serial))
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
        self.show_error(self.tr("{serial} is not at Packing: it is neither waiting to be "
                                "packed, nor packed, nor on an incoming slip.").format(
                                    serial=serial))
        return True

    def _scan_rma(self, rma_no: str) -> bool:
        ui = self.ui
        if self.box.scan_rma(rma_no):
            return True

        def of_rma(record: StationUnit | Handover) -> bool:
            return record.rma_no == rma_no

        row = first_row(self.packed_model, of_rma)
        if row is not None:
            ui.tabs.setCurrentWidget(ui.packedTab)
            select_row(ui.packedTable, row, search=ui.packedSearchEdit)
            self.message_bar.clear()
            return True
        row = first_row(self.incoming_model, of_rma)
        if row is not None:
            ui.tabs.setCurrentWidget(ui.incomingTab)
            select_row(ui.incomingTable, row, search=ui.incomingSearchEdit)
            self.message_bar.clear()
            return True
        self.show_error(self.tr("{rma_no} has no units at Packing.").format(rma_no=rma_no))
        return True
