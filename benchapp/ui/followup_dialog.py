"""The customer follow-up after shipping (001 五): received? satisfied? what the customer said.

services.followup.record_follow_up checks the clerk's role, that the RMA has shipped and that
the answers agree, and logs who and when; this dialog only collects the answers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from benchapp.ui import dialogs


class FollowUpDialog(QDialog):
    def __init__(self, rma_no: str, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up of {rma_no}").format(rma_no=rma_no))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ask {customer} whether the units of {rma_no} arrived and "
                               "whether the repair is satisfactory. Your answer is kept in "
                               "the tracking log with your name and the time.").format(
                                   customer=customer, rma_no=rma_no), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.received_yes, self.received_no, self.received = self._yes_no("received")
        self.satisfied_yes, self.satisfied_no, self.satisfied = self._yes_no("satisfied")
        form.addRow(self.tr("Units &received:"), self._row(self.received_yes, self.received_no))
        form.addRow(self.tr("Customer &satisfied:"),
                    self._row(self.satisfied_yes, self.satisfied_no))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("followUpNote")
        self.note_edit.setPlaceholderText(self.tr("Whom you spoke to and what they said"))
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rec&ord"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.received_yes.setChecked(True)  # asked after delivery: usually it has arrived

    def _yes_no(self, name: str) -> tuple[QRadioButton, QRadioButton, QButtonGroup]:
        yes = QRadioButton(self.tr("Yes"), self)
        no = QRadioButton(self.tr("No"), self)
        yes.setObjectName(f"{name}Yes")
        no.setObjectName(f"{name}No")
        group = QButtonGroup(self)
        group.addButton(yes)
        group.addButton(no)
        return yes, no, group

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return box

    def fill(self, *, received: bool, satisfied: bool, note: str) -> None:
        """For tests: choose and type as a person would."""
        (self.received_yes if received else self.received_no).setChecked(True)
        (self.satisfied_yes if satisfied else self.satisfied_no).setChecked(True)
        self.note_edit.setText(note)

    def _check_and_accept(self) -> None:
        if self.satisfied.checkedButton() is None:
            self._refuse(self.tr("Say whether the customer is satisfied."))
            self.satisfied_yes.setFocus()
            return
        if not self.note_edit.text().strip():
            self._refuse(self.tr("Note whom you spoke to and what they said."))
            self.note_edit.setFocus()
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def answer(self) -> tuple[bool, bool, str]:
        return (self.received_yes.isChecked(), self.satisfied_yes.isChecked(),
                self.note_edit.text())


def ask_follow_up(parent: QWidget | None, rma_no: str,
                  customer: str) -> tuple[bool, bool, str] | None:
    """(received, satisfied, note), or None if the clerk cancelled."""
    dialog = FollowUpDialog(rma_no, customer, parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
    finally:
        dialog.deleteLater()
