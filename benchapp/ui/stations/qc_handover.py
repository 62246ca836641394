"""QC tab 5, hand over: units for repair or packing leave QC on a signed slip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView

from benchapp.domain.handover import Handover
from benchapp.domain.rma import UnitState
from benchapp.domain.roles import Station
from benchapp.services.queries import StationUnit
from benchapp.ui import labels
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.stations.qc_common import (
    HANDOVER_STATES,
    OUTGOING_STATES,
    QC_ROLES,
    Loaded,
    QcTab,
)


class QcHandoverTab(QcTab):
    """The units QC is done with, and the slips QC gave that wait for their receiver."""

    def build(self) -> None:
        ui = self.ui
        goes_to = Column(self.tr("Goes to"), self._destination_text)
        on_slip = Column(self.tr("On open slip"), lambda u: u.on_open_slip or "")
        self.model: RecordTableModel[StationUnit] = RecordTableModel(
            self.view.unit_columns(goes_to, self.view.loops_column(), on_slip),
            key=lambda u: u.serial, parent=self)
        self.outgoing_model: RecordTableModel[Handover] = RecordTableModel(
            self.view.slip_columns("out"), key=lambda h: h.slip_no, parent=self)
        self.attach(ui.handoverTable, self.model, ui.handoverSearch)
        self.attach(ui.outgoingTable, self.outgoing_model, None)
        ui.handoverTable.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        ui.toRepairButton.clicked.connect(lambda: self.hand_over(Station.REPAIR))
        ui.toPackingButton.clicked.connect(lambda: self.hand_over(Station.PACKING))
        ui.handoverTable.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_panel())

    def show_work(self, loaded: Loaded, keep: Callable[[str], bool]) -> None:
        self.view.show_list(self.ui.handoverTable,
                            [u for u in loaded.units
                             if keep(u.rma_no) and u.state in HANDOVER_STATES])
        self.view.show_list(self.ui.outgoingTable, [h for h in loaded.outgoing if keep(h.rma_no)])

    def count(self) -> int:
        return self.model.rowCount()

    def update_panel(self) -> None:
        selected: list[StationUnit] = self.view.selected(self.ui.handoverTable)
        for station, button in ((Station.REPAIR, self.ui.toRepairButton),
                                (Station.PACKING, self.ui.toPackingButton)):
            fits = any(u.state in OUTGOING_STATES[station] for u in selected)
            self.view.gate(button, QC_ROLES, fits, self.tr(
                "Sign a transfer slip for the selected units of one RMA"))

    def hand_over(self, to_station: Station) -> None:
        wanted = OUTGOING_STATES[to_station]
        selected = [u for u in self.view.selected(self.ui.handoverTable) if u.state in wanted]
        if not selected:
            self.show_warning(self.tr(
                "Select the units to hand over to {station} first.").format(
                station=labels.station(to_station)))
            return
        rmas = sorted({u.rma_no for u in selected})
        if len(rmas) > 1:
            self.show_warning(self.tr(
                "One slip covers one RMA: select units of only one of {rmas}.").format(
                rmas=labels.join(rmas)))
            return
        rma_no = rmas[0]
        units = [u for u in self.view.loaded.units if u.rma_no == rma_no and u.state in wanted
                 and not u.on_open_slip]
        from benchapp.ui import handover_dialog

        handover = handover_dialog.give_units(
            self.view, self.session, rma_no=rma_no, to_station=to_station, units=units,
            preselected=[u.serial for u in selected if not u.on_open_slip])
        if handover is not None:  # the dialog told the outcome (signed, printed or not)
            self.view.changed.emit()
        self.view.refresh()
        self.ui.scanEdit.setFocus()

    def _destination_text(self, unit: StationUnit) -> str:
        if unit.state == UnitState.TO_REWORK:
            return self.tr("Repair: rework by the production line")
        if unit.state == UnitState.TO_REPAIR:
            return self.tr("Repair: repair engineer")
        return labels.station(Station.PACKING)
