"""The electronic-signature prompt: the signer's components, collected before anything is signed.

The first signature of a session asks for the user name and the password; later ones in the
same unbroken session ask for the password only (Session.signed_once), or, for a person with
a badge once that full signature armed the session, the badge scan and PIN instead
(Session.pin_signing; 21 CFR 11.200(a)(1)). The service that signs checks them (a wrong one
signs nothing and counts toward the lock-out); this dialog only collects them.
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

from benchapp.devices.scan import KIND_BADGE, Scan
from benchapp.services.signing_session import BadgePinProof, PasswordProof
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
        self.badge_edit = QLineEdit(self)
        self.badge_edit.setObjectName("signatureBadge")
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("signaturePin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username_edit, self.password_edit, self.badge_edit, self.pin_edit):
            edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.asks_username = not session.signed_once
        self.offers_pin = not self.asks_username and session.pin_signing
        if self.asks_username:
            form.addRow(self.tr("&User name:"), self.username_edit)
        else:
            self.username_edit.hide()
        if self.offers_pin:
            hint = QLabel(self.tr("Scan your badge and enter your PIN, or enter your password."),
                          self)
            hint.setWordWrap(True)
            form.addRow(hint)
            form.addRow(self.tr("&Badge:"), self.badge_edit)
            form.addRow(self.tr("P&IN:"), self.pin_edit)
        else:
            self.badge_edit.hide()
            self.pin_edit.hide()
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
        # A keyboard-wedge badge scan ends with Enter: on to the PIN.
        self.badge_edit.returnPressed.connect(self.pin_edit.setFocus)
        (self.username_edit if self.asks_username
         else self.badge_edit if self.offers_pin else self.password_edit).setFocus()

    def fill(self, password: str, username: str | None = None) -> None:
        """For tests and scripted use: type into the fields as a person would."""
        if self.asks_username:
            self.username_edit.setText(self.session.user.username if username is None
                                       else username)
        self.password_edit.setText(password)

    def handle_scan(self, scan: Scan) -> None:
        """A scan from the bench's serial scanner while this dialog is open: a badge goes into
        the badge field (then the PIN is asked); anything else is not for a signature."""
        if scan.kind != KIND_BADGE:
            return
        if self.offers_pin:
            self.badge_edit.setText(scan.text)
            self.password_edit.clear()
            self.pin_edit.setFocus()
        else:
            self._error(self.tr("A badge and PIN can sign only after your first signature of "
                                "this session, with user name and password: enter them."))

    def _check_and_accept(self) -> None:
        if self.offers_pin and self.badge_edit.text().strip() and not self.password_edit.text():
            if not self.pin_edit.text():
                self._error(self.tr("Enter the PIN of your badge."))
                self.pin_edit.setFocus()
                return
            self.accept()
            return
        if self.asks_username and (self.username_edit.text().strip().casefold()
                                   != self.session.user.username.casefold()):
            # Signing for someone else is never possible; the signed-in person signs.
            self._error(self.tr("Enter your own user name ({user}).").format(
                user=self.session.user.username))
            self.username_edit.setFocus()
            return
        if not self.password_edit.text():
            self._error(self.tr("Scan your badge and enter your PIN, or enter your password.")
                        if self.offers_pin else self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def password(self) -> str:
        return self.password_edit.text()

    def proof(self) -> PasswordProof | BadgePinProof:
        """What the signer presented, for the service that signs: the password (which arms
        the session for badge + PIN), or the badge and PIN (the session's key copy)."""
        if self.offers_pin and self.badge_edit.text().strip() and not self.password_edit.text():
            return BadgePinProof(self.badge_edit.text(), self.pin_edit.text(),
                                 self.session.signing)
        return PasswordProof(self.password_edit.text(), self.session.signing)


def ask_password(parent: QWidget | None, session: Session, meaning: str, *,
                 error: str = "") -> PasswordProof | BadgePinProof | None:
    """What to sign with (the password, or badge + PIN), or None if the person cancelled."""
    dialog = SignatureDialog(session, meaning, error=error, parent=parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.proof()
    finally:
        dialog.deleteLater()
