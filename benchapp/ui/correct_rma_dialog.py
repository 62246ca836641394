"""Correcting an RMA's header before its first handover: which field, the new text, why.

services.workflow.correct_rma checks the text policy, the clerk's role and that no handover
happened yet, and logs the old and the new value; this dialog only collects them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from benchapp.ui import dialogs


class CorrectRmaDialog(QDialog):
    def __init__(self, rma_no: str, current: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("Correct {rma_no}").format(rma_no=rma_no))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("A correction is possible until the first handover. The old and "
                              "the new value and your reason are kept in the tracking log."),
                      self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("correctField")
        for key, text in (("customer", self.tr("Customer")), ("model", self.tr("Model"))):
            if key in current:
                self.field_combo.addItem(text, key)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("correctValue")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("correctReason")
        form.addRow(self.tr("&Field:"), self.field_combo)
        form.addRow(self.tr("&Corrected text:"), self.value_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&orrect"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def _field_changed(self) -> None:
        self.value_edit.setText(self.current.get(self.field_combo.currentData() or "", ""))
        self.value_edit.setFocus()

    def fill(self, field: str, value: str, reason: str) -> None:
        """For tests: choose and type as a person would."""
        self.field_combo.setCurrentIndex(self.field_combo.findData(field))
        self.value_edit.setText(value)
        self.reason_edit.setText(reason)

    def _check_and_accept(self) -> None:
        if not self.reason_edit.text().strip():
            self.error_label.setText(self.tr("Give the reason for the correction."))
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        self.accept()

    def answer(self) -> tuple[str, str, str]:
        return (self.field_combo.currentData(), self.value_edit.text(), self.reason_edit.text())


def ask_correction(parent: QWidget | None, rma_no: str,
                   current: dict[str, str]) -> tuple[str, str, str] | None:
    """(field, corrected text, reason), or None if the clerk cancelled."""
    dialog = CorrectRmaDialog(rma_no, current, parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
    finally:
        dialog.deleteLater()
