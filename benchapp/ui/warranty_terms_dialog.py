"""The warranty terms (issue 17.2) from the GUI: Station menu, "Warranty terms…".

Everyone may read the terms (receiving applies them); the administrator and the technical
supervisor set and remove them (services.warranty.TERMS_ROLES). On PostgreSQL the bench login
may only read the table (db/grants.py): a write is refused by the database and the service says
in one line that terms are written from the admin PC with the owner's login; nothing typed is
lost. Reads and writes run off the GUI thread (ServiceCalls)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from benchapp.domain.warranty import MONTHS_MAX, Basis, Terms
from benchapp.services import warranty
from benchapp.ui import dialogs
from benchapp.ui.stations.base import MessageBar, ServiceCalls


class WarrantyTermsDialog(QDialog, ServiceCalls):
    """Lists the terms; a terms keeper adds (or replaces) and removes rows."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.terms: list[Terms] = []
        self.may_edit = bool(session.user.roles & warranty.TERMS_ROLES)
        self.setWindowTitle(self.tr("Warranty terms"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("warrantyTermsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Customer"), self.tr("Model"), self.tr("Months"), self.tr("Counted from"),
            self.tr("Set by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setObjectName("termsCustomerEdit")
        self.customer_edit.setPlaceholderText(self.tr("blank: any customer"))
        form.addRow(self.tr("&Customer:"), self.customer_edit)
        self.model_edit = QLineEdit(self)
        self.model_edit.setObjectName("termsModelEdit")
        self.model_edit.setPlaceholderText(self.tr("blank: any model"))
        form.addRow(self.tr("&Model:"), self.model_edit)
        self.months_spin = QSpinBox(self)
        self.months_spin.setObjectName("termsMonthsSpin")
        self.months_spin.setRange(0, MONTHS_MAX)
        self.months_spin.setValue(12)
        form.addRow(self.tr("M&onths:"), self.months_spin)
        self.basis_combo = QComboBox(self)
        self.basis_combo.setObjectName("termsBasisCombo")
        for basis in Basis:
            self.basis_combo.addItem(self.basis_text(basis), basis.value)
        form.addRow(self.tr("Counted &from:"), self.basis_combo)
        layout.addLayout(form)

        row = QHBoxLayout()
        self.set_button = QPushButton(self.tr("&Set terms"), self)
        self.set_button.setObjectName("termsSetButton")
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.setObjectName("termsRemoveButton")
        row.addWidget(self.set_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.set_button.clicked.connect(self.set_terms)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        for widget in (self.customer_edit, self.model_edit, self.months_spin,
                       self.basis_combo, self.set_button):
            widget.setEnabled(self.may_edit)
        self.remove_button.setEnabled(False)
        if not self.may_edit:
            self.message_bar.show_message("warn", self.tr(
                "Only the administrator or the technical supervisor changes warranty terms."))
        self.refresh()

    def basis_text(self, basis: Basis) -> str:
        return {Basis.SHIP_DATE: self.tr("ship date"),
                Basis.DATE_CODE: self.tr("date code")}[basis]

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        uow = self.session.uow
        self.load(lambda: warranty.list_terms(uow()), self._show)

    def _show(self, terms: list[Terms]) -> None:
        self.terms = list(terms)
        any_customer, any_model = self.tr("(any customer)"), self.tr("(any model)")
        self.table.setRowCount(len(self.terms))
        for r, t in enumerate(self.terms):
            cells = (t.customer or any_customer, t.model or any_model, str(t.months),
                     self.basis_text(t.basis), t.set_by)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> Terms | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.terms):
            return None
        return self.terms[rows[0].row()]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(self.may_edit and chosen is not None)
        if chosen is not None and self.may_edit:
            # Selecting a row fills the form: changing its months is one click away.
            self.customer_edit.setText(chosen.customer)
            self.model_edit.setText(chosen.model)
            self.months_spin.setValue(chosen.months)
            self.basis_combo.setCurrentIndex(self.basis_combo.findData(chosen.basis.value))

    # -- writing ---------------------------------------------------------------------------

    def set_terms(self) -> None:
        uow, actor = self.session.uow, self.session.actor
        customer, model = self.customer_edit.text(), self.model_edit.text()
        months, basis = self.months_spin.value(), self.basis_combo.currentData()

        def done(result: tuple[Terms, Terms | None]) -> None:
            terms, _old = result
            self.message_bar.show_message("ok", self.tr(
                "{customer} / {model}: {months} months from the {basis}.").format(
                customer=terms.customer or self.tr("(any customer)"),
                model=terms.model or self.tr("(any model)"), months=terms.months,
                basis=self.basis_text(terms.basis)))
            self.refresh()

        self.attempt(lambda: warranty.set_terms(uow(), actor, customer=customer, model=model,
                                                months=months, basis=basis),
                     on_success=done)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        uow, actor = self.session.uow, self.session.actor

        def done(old: Terms) -> None:
            self.message_bar.show_message("ok", self.tr(
                "Removed: {customer} / {model}.").format(
                customer=old.customer or self.tr("(any customer)"),
                model=old.model or self.tr("(any model)")))
            self.refresh()

        self.attempt(lambda: warranty.remove_terms(uow(), actor, customer=chosen.customer,
                                                   model=chosen.model),
                     on_success=done)


def open_dialog(parent: QWidget, session: Any) -> None:
    dialog = WarrantyTermsDialog(session, parent)
    try:
        dialogs.exec_dialog(dialog)
    finally:
        dialog.deleteLater()
