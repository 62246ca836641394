"""The electronic-signature prompt: password re-entry before anything is signed.

The first signature of a session asks for the user name and the password; later ones in the
same unbroken session ask for the password only (Session.signed_once). The password is
checked by the service that signs (a wrong one signs nothing); this dialog only collects it.
"""

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
from benchapp.ui.session import Session


class SignatureDialog(QDialog):
    """Asks ``session.user`` to sign ``meaning`` (e.g. "hand over 3 units to QC")."""

    def __init__(self, session: Session, meaning: str, *, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Electronic signature"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.meaning_label = QLabel(self.tr("You are signing: {meaning}").format(meaning=meaning))
        self.meaning_label.setWordWrap(True)
        layout.addWidget(self.meaning_label)
        self.who_label = QLabel(self.tr("Signer: {name} ({user})").format(
            name=session.user.display_name, user=session.user.username))
        layout.addWidget(self.who_label)
        form = QFormLayout()
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("signatureUsername")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("signaturePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username_edit, self.password_edit):
            edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.asks_username = not session.signed_once
        if self.asks_username:
            form.addRow(self.tr("&User name:"), self.username_edit)
        else:
            self.username_edit.hide()
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("signatureError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        (self.username_edit if self.asks_username else self.password_edit).setFocus()

    def fill(self, password: str, username: str | None = None) -> None:
        """For tests and scripted use: type into the fields as a person would."""
        if self.asks_username:
            self.username_edit.setText(self.session.user.username if username is None
                                       else username)
        self.password_edit.setText(password)

    def _check_and_accept(self) -> None:
        if self.asks_username and (self.username_edit.text().strip().casefold()
                                   != self.session.user.username.casefold()):
            # Signing for someone else is never possible; the signed-in person signs.
            self._error(self.tr("Enter your own user name ({user}).").format(
                user=self.session.user.username))
            self.username_edit.setFocus()
            return
        if not self.password_edit.text():
            self._error(self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def password(self) -> str:
        return self.password_edit.text()


def ask_password(parent: QWidget | None, session: Session, meaning: str, *,
                 error: str = "") -> str | None:
    """The password to sign with, or None if the person cancelled."""
    dialog = SignatureDialog(session, meaning, error=error, parent=parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.password()
    finally:
        dialog.deleteLater()
