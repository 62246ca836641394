"""The Follow-up and First contact tabs of Receiving & Shipping: shipments waiting for the
customer follow-up (001 五) and accepted returns whose customer business has not called yet
(002: within 2 working hours), the overdue ones highlighted, each recorded from here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from benchapp.services import followup
from benchapp.ui import followup_dialog, quality_dialogs
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.stations.base import attach_table, fit_columns, selected_record

if TYPE_CHECKING:
    from benchapp.ui.stations.base import StationView


class _CallList(QWidget):
    """A tab listing calls business owes customers, overdue ones highlighted, recorded from
    here. The subclasses give every text (each in its own translation context)."""

    def __init__(self, view: StationView, *, name: str, hint: str, search: str, button: str,
                 pick_first: str, columns: list[Column], key: Callable[[Any], str],
                 record: Callable[[str, str], None]) -> None:
        super().__init__(view)
        self.view = view
        self.pick_first = pick_first  # the warning when nothing is selected
        self.record = record  # (rma_no, customer): ask and record the call
        self.setObjectName(f"{name}Tab")
        layout = QVBoxLayout(self)
        label = QLabel(hint, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName(f"{name}SearchEdit")
        self.search_edit.setPlaceholderText(search)
        self.record_button = QPushButton(button, self)
        self.record_button.setObjectName(f"{name}RecordButton")
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.record_button)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}Table")
        layout.addWidget(self.table, 1)
        self.model: RecordTableModel[Any] = RecordTableModel(
            columns, key=key, highlight=lambda f: "error" if f.overdue else None, parent=self)
        self.proxy = attach_table(view, self.table, self.model, self.search_edit)
        self.record_button.clicked.connect(self.record_selected)

    def set_lines(self, lines: list[Any]) -> None:
        self.model.set_records(lines)
        fit_columns(self.table)

    def count(self) -> int:
        return self.model.rowCount()

    def record_selected(self) -> None:
        line = selected_record(self.table, self.proxy)
        if line is None:
            self.view.show_warning(self.pick_first)
            self.table.setFocus()
            return
        self.record(line.rma_no, line.customer)



class FollowUpTab(_CallList):
    """A page of the view's tabs; the view loads its lines with the station's work."""

    def __init__(self, view: StationView) -> None:
        super().__init__(
            view, name="followUp",
            hint=self.tr("Ask each customer whether the repaired units arrived and whether "
                         "they are satisfied, within the shop's working days after "
                         "shipping. Overdue follow-ups are highlighted."),
            search=self.tr("Search"), button=self.tr("Record &follow-up…"),
            columns=[
                Column(self.tr("Due"), lambda f: format_time(f.due_at), lambda f: f.due_at),
                Column(self.tr("RMA"), lambda f: f.rma_no),
                Column(self.tr("Customer"), lambda f: f.customer),
                Column(self.tr("Shipping note"), lambda f: f.note_no),
                Column(self.tr("Shipped"), lambda f: format_time(f.shipped_at),
                       lambda f: f.shipped_at),
                Column(self.tr("State"), lambda f: self.tr("Overdue") if f.overdue else ""),
            ], key=lambda f: f"{f.rma_no} {f.note_no}",
            pick_first=self.tr("Select the shipment whose customer you asked."),
            record=self.record_follow_up)

    def record_follow_up(self, rma_no: str, customer: str) -> None:
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


class FirstContactTab(_CallList):
    """Accepted returns whose customer has not been called: business records the call here and
    the return leaves this list and the supervisors' Overdue list."""

    def __init__(self, view: StationView) -> None:
        self.run_dialog = quality_dialogs.run_dialog  # tests fill the dialog instead
        super().__init__(
            view, name="firstContact",
            hint=self.tr("Call the customer of each accepted return within the shop's "
                         "contact hours (working hours) and agree the interim measure. "
                         "Overdue calls are highlighted."),
            search=self.tr("Search"), button=self.tr("Record &call…"),
            columns=[
                Column(self.tr("Due"), lambda f: format_time(f.due_at), lambda f: f.due_at),
                Column(self.tr("RMA"), lambda f: f.rma_no),
                Column(self.tr("Customer"), lambda f: f.customer),
                Column(self.tr("Received"), lambda f: format_time(f.received_at),
                       lambda f: f.received_at),
                Column(self.tr("State"), lambda f: self.tr("Overdue") if f.overdue else ""),
            ], key=lambda f: f.rma_no,
            pick_first=self.tr("Select the return whose customer you called."),
            record=self.record_call)

    def record_call(self, rma_no: str, customer: str) -> None:
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
