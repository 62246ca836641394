"""The Follow-up and First contact tabs of Receiving & Shipping: shipments waiting for the
customer follow-up (001 五) and accepted returns whose customer business has not called yet
(002: within 2 working hours), the overdue ones highlighted, each recorded from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from benchapp.domain.followup import FirstContactLine, FollowUpLine
from benchapp.services import followup
from benchapp.ui import followup_dialog, quality_dialogs
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.stations.base import attach_table, fit_columns, selected_record

if TYPE_CHECKING:
    from benchapp.ui.stations.base import StationView


class FollowUpTab(QWidget):
    """A page of the view's tabs; the view loads its lines with the station's work."""

    def __init__(self, view: StationView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("followUpTab")
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Ask each customer whether the repaired units arrived and whether "
                              "they are satisfied, within the shop's working days after "
                              "shipping. Overdue follow-ups are highlighted."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("followUpSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search"))
        self.record_button = QPushButton(self.tr("Record &follow-up…"), self)
        self.record_button.setObjectName("followUpRecordButton")
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.record_button)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.table.setObjectName("followUpTable")
        layout.addWidget(self.table, 1)
        self.model: RecordTableModel[FollowUpLine] = RecordTableModel([
            Column(self.tr("Due"), lambda f: format_time(f.due_at), lambda f: f.due_at),
            Column(self.tr("RMA"), lambda f: f.rma_no),
            Column(self.tr("Customer"), lambda f: f.customer),
            Column(self.tr("Shipping note"), lambda f: f.note_no),
            Column(self.tr("Shipped"), lambda f: format_time(f.shipped_at),
                   lambda f: f.shipped_at),
            Column(self.tr("State"), lambda f: self.tr("Overdue") if f.overdue else ""),
        ], key=lambda f: f"{f.rma_no} {f.note_no}",
            highlight=lambda f: "error" if f.overdue else None, parent=self)
        self.proxy = attach_table(view, self.table, self.model, self.search_edit)
        self.record_button.clicked.connect(self.record_selected)

    def set_lines(self, lines: list[FollowUpLine]) -> None:
        self.model.set_records(lines)
        fit_columns(self.table)

    def count(self) -> int:
        return self.model.rowCount()

    def record_selected(self) -> None:
        line = selected_record(self.table, self.proxy)
        if line is None:
            self.view.show_warning(self.tr("Select the shipment whose customer you asked."))
            self.table.setFocus()
            return
        self.record(line.rma_no, line.customer)

    def record(self, rma_no: str, customer: str) -> None:
        answer = followup_dialog.ask_follow_up(self.view, rma_no, customer)
        if answer is None:
            return
        received, satisfied, note = answer
        session = self.view.session
        uow, actor = session.uow, session.actor

        def recorded(_contact: object) -> None:
            self.view.show_done(self.tr("{rma_no}: follow-up recorded.").format(rma_no=rma_no))
            self.view.changed.emit()
            self.view.refresh()

        self.view.attempt(lambda: followup.record_follow_up(
            uow(), actor, rma_no=rma_no, received=received, satisfied=satisfied, note=note),
            on_success=recorded)


class FirstContactTab(QWidget):
    """Accepted returns whose customer has not been called: business records the call here and
    the return leaves this list and the supervisors' Overdue list."""

    def __init__(self, view: StationView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("firstContactTab")
        self.run_dialog = quality_dialogs.run_dialog  # tests fill the dialog instead
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Call the customer of each accepted return within the shop's "
                              "contact hours (working hours) and agree the interim measure. "
                              "Overdue calls are highlighted."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("firstContactSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search"))
        self.record_button = QPushButton(self.tr("Record &call…"), self)
        self.record_button.setObjectName("firstContactRecordButton")
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.record_button)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.table.setObjectName("firstContactTable")
        layout.addWidget(self.table, 1)
        self.model: RecordTableModel[FirstContactLine] = RecordTableModel([
            Column(self.tr("Due"), lambda f: format_time(f.due_at), lambda f: f.due_at),
            Column(self.tr("RMA"), lambda f: f.rma_no),
            Column(self.tr("Customer"), lambda f: f.customer),
            Column(self.tr("Received"), lambda f: format_time(f.received_at),
                   lambda f: f.received_at),
            Column(self.tr("State"), lambda f: self.tr("Overdue") if f.overdue else ""),
        ], key=lambda f: f.rma_no,
            highlight=lambda f: "error" if f.overdue else None, parent=self)
        self.proxy = attach_table(view, self.table, self.model, self.search_edit)
        self.record_button.clicked.connect(self.record_selected)

    def set_lines(self, lines: list[FirstContactLine]) -> None:
        self.model.set_records(lines)
        fit_columns(self.table)

    def count(self) -> int:
        return self.model.rowCount()

    def record_selected(self) -> None:
        line = selected_record(self.table, self.proxy)
        if line is None:
            self.view.show_warning(self.tr("Select the return whose customer you called."))
            self.table.setFocus()
            return
        self.record(line.rma_no, line.customer)

    def record(self, rma_no: str, customer: str) -> None:
        dialog = quality_dialogs.NoteDialog(
            self.tr("First contact with {customer} for {rma_no}").format(
                customer=customer, rma_no=rma_no),
            self.tr("&Whom you spoke to, interim measure:"), self)
        if not self.run_dialog(dialog):
            return
        note = dialog.note()
        session = self.view.session
        uow, actor = session.uow, session.actor

        def recorded(_contact: object) -> None:
            self.view.show_done(self.tr("{rma_no}: first customer contact recorded.").format(
                rma_no=rma_no))
            self.view.changed.emit()
            self.view.refresh()

        self.view.attempt(lambda: followup.record_first_contact(
            uow(), actor, rma_no=rma_no, note=note), on_success=recorded)
