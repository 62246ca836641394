"""QC tab 1, intake: the slips handed to QC, counted in and accepted or refused."""

from __future__ import annotations

from collections.abc import Callable

from benchapp.domain.handover import Handover
from benchapp.ui.models.records import RecordTableModel
from benchapp.ui.stations.qc_common import QC_ROLES, Loaded, QcTab


class QcIntakeTab(QcTab):
    """The slips waiting for QC to receive them."""

    def build(self) -> None:
        ui = self.ui
        self.model: RecordTableModel[Handover] = RecordTableModel(
            self.view.slip_columns("in"), key=lambda h: h.slip_no, parent=self)
        self.attach(ui.intakeTable, self.model, ui.intakeSearch)
        ui.receiveButton.clicked.connect(self.receive_selected_slip)
        ui.intakeTable.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_panel())

    def show_work(self, loaded: Loaded, keep: Callable[[str], bool]) -> None:
        self.view.show_list(self.ui.intakeTable, [h for h in loaded.incoming if keep(h.rma_no)])

    def count(self) -> int:
        return self.model.rowCount()

    def update_panel(self) -> None:
        self.view.gate(self.ui.receiveButton, QC_ROLES,
                       self.view.current(self.ui.intakeTable) is not None,
                       self.tr("Count the selected slip's units in and accept or refuse it"))

    def receive_selected_slip(self) -> None:
        slip: Handover | None = self.view.current(self.ui.intakeTable)
        if slip is None:
            self.show_warning(self.tr("Select the slip to receive."))
            return
        self.view.receive_slip(slip.slip_no)
        self.ui.scanEdit.setFocus()
