"""Choosing one's own password at sign-in: after an administrator's reset (one-time password)
or when the shop's password ageing says the password is too old. services.users.change_password
checks the policy; this dialog only collects the new password twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from benchapp.ui import dialogs


class ChangePasswordDialog(QDialog):
    def __init__(self, username: str, *, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose your password"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{user}, choose your own password before you continue. Nobody else, not even the "
            "administrator, will know it; you sign with it.").format(user=username), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPassword")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("newPasswordAgain")
        for edit in (self.new_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        form.addRow(self.tr("&New password:"), self.new_edit)
        form.addRow(self.tr("&Again:"), self.again_edit)
        layout.addLayout(form)
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("changePasswordError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save password"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new_edit.returnPressed.connect(self.again_edit.setFocus)
        self.new_edit.setFocus()

    def fill(self, password: str, again: str | None = None) -> None:
        """For tests: type as a person would."""
        self.new_edit.setText(password)
        self.again_edit.setText(password if again is None else again)

    def _check_and_accept(self) -> None:
        if not self.new_edit.text():
            self._error(self.tr("Enter a new password."))
            return
        if self.new_edit.text() != self.again_edit.text():
            self._error(self.tr("The two passwords differ. Type the same password twice."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def password(self) -> str:
        return self.new_edit.text()


def choose_password(parent: QWidget | None, username: str, *, error: str = "") -> str | None:
    """The new password the person chose, or None if they cancelled."""
    dialog = ChangePasswordDialog(username, error=error, parent=parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.password()
    finally:
        dialog.deleteLater()
