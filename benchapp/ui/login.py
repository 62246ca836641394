"""The sign-in window: badge scan + PIN, or user name + password."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from benchapp.devices.scan import KIND_BADGE, Scan, ScanRejected
from benchapp.domain.errors import DomainError
from benchapp.domain.users import BADGE_RE
from benchapp.services import users
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.ui import messages
from benchapp.ui.forms.ui_login_window import Ui_LoginWindow
from benchapp.ui.password_dialog import choose_password

UowFactory = Callable[[], AbstractUnitOfWork]

# A keyboard-wedge scanner types the badge code; people may type it in lower case.
_BADGE_TEXT = re.compile(BADGE_RE.pattern, re.IGNORECASE)


def looks_like_badge(text: str) -> bool:
    return bool(_BADGE_TEXT.match(text.strip()))


class LoginWindow(QWidget):
    """Signs a person in through services.users.

    Signals:
        logged_in(User): a person signed in; carries the domain ``User``.
    """

    logged_in = Signal(object)
    # Set when the person chose a password after a reset: their new signing key waits for
    # an administrator's certificate ('benchapp user issue').
    pending_certificate = False

    def __init__(self, uow_factory: UowFactory, *, database_text: str = "",
                 slips: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._slips = slips
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        ui = self.ui
        # Scanners type ASCII key by key: an active Chinese input method would swallow them.
        for edit in (ui.badgeEdit, ui.pinEdit, ui.usernameEdit, ui.passwordEdit):
            edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        ui.pinEdit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"),
                                                            ui.pinEdit))
        ui.badgeEdit.setPlaceholderText("BADGE-…")
        ui.errorLabel.hide()
        ui.databaseLabel.setVisible(bool(database_text))
        if database_text:
            ui.databaseLabel.setText(self.tr("Database: {database}").format(
                database=database_text))
        ui.badgeEdit.returnPressed.connect(self._badge_entered)
        ui.pinEdit.returnPressed.connect(self.sign_in_with_badge)
        ui.usernameEdit.returnPressed.connect(self._username_entered)
        ui.passwordEdit.returnPressed.connect(self.sign_in_with_password)
        ui.signInButton.clicked.connect(self.sign_in)
        ui.badgeEdit.setFocus()

    # -- the serial scanner ----------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        """A scan from the bench's serial scanner before anyone signed in: a badge asks for
        its PIN; anything else says that a badge is needed here."""
        if scan.kind != KIND_BADGE:
            self._show_error(self.tr("{text} is not a badge: scan your badge to sign in, or "
                                     "enter your user name.").format(text=scan.text))
            return False
        ui = self.ui
        for edit in (ui.pinEdit, ui.usernameEdit, ui.passwordEdit):
            edit.clear()
        ui.badgeEdit.setText(scan.text)
        self._clear_error()
        ui.pinEdit.setPlaceholderText(self.tr("PIN for {badge}").format(badge=scan.text))
        self.raise_()
        self.activateWindow()
        ui.pinEdit.setFocus()
        return True

    def scan_rejected(self, rejected: ScanRejected) -> None:
        self._show_error(messages.scan_reject_text(rejected))

    # -- input flow ----------------------------------------------------------------------

    def _badge_entered(self) -> None:
        # The scanner's Enter ends the badge: the PIN comes next.
        if not looks_like_badge(self.ui.badgeEdit.text()):
            self._show_error(self.tr("This is not a badge code. Scan the badge again, or sign "
                                     "in with your user name."))
            self.ui.badgeEdit.selectAll()
            return
        self._clear_error()
        self.ui.pinEdit.setFocus()

    def _username_entered(self) -> None:
        text = self.ui.usernameEdit.text()
        if looks_like_badge(text):
            # A badge scanned while the user-name field had focus: treat it as a badge.
            self.ui.usernameEdit.clear()
            self.ui.badgeEdit.setText(text.strip())
            self._badge_entered()
            return
        if not text.strip():
            return
        self.ui.passwordEdit.setFocus()

    def sign_in(self) -> None:
        """The Sign-in button: use whichever pair the person filled in."""
        ui = self.ui
        if ui.badgeEdit.text().strip() and (ui.pinEdit.text() or not ui.usernameEdit.text()):
            self.sign_in_with_badge()
        elif ui.usernameEdit.text().strip():
            self.sign_in_with_password()
        else:
            self._show_error(self.tr("Scan your badge, or enter your user name and password."))
            ui.badgeEdit.setFocus()

    def sign_in_with_badge(self) -> None:
        ui = self.ui
        badge = ui.badgeEdit.text().strip()
        if not badge:
            self._show_error(self.tr("Scan your badge first."))
            ui.badgeEdit.setFocus()
            return
        if not looks_like_badge(badge):
            self._badge_entered()
            return
        if not ui.pinEdit.text():
            self._show_error(self.tr("Enter your PIN."))
            ui.pinEdit.setFocus()
            return
        self._attempt(lambda uow: users.login_badge(uow, badge, ui.pinEdit.text()),
                      secret=ui.pinEdit, password=None)

    def sign_in_with_password(self) -> None:
        ui = self.ui
        username = ui.usernameEdit.text().strip()
        if not username:
            self._show_error(self.tr("Enter your user name."))
            ui.usernameEdit.setFocus()
            return
        if not ui.passwordEdit.text():
            self._show_error(self.tr("Enter your password."))
            ui.passwordEdit.setFocus()
            return
        password = ui.passwordEdit.text()
        self._attempt(lambda uow: users.login(uow, username, password),
                      secret=ui.passwordEdit, password=password)

    def _attempt(self, login: Callable[[AbstractUnitOfWork], object], *,
                 secret: QLineEdit, password: str | None) -> None:
        try:
            user = login(self._uow_factory())
            if users.must_change_password(self._uow_factory(), user):
                user = self._change_password(user, password)
                if user is None:
                    secret.clear()
                    secret.setFocus()
                    return
        except DomainError as refused:
            # Wrong secret, locked or disabled: say so, keep the name, ask for the secret again.
            self._show_error(messages.error_text(refused))
            secret.clear()
            secret.setFocus()
            return
        except DatabaseUnavailable as exc:
            self._show_error(messages.database_unavailable_text(str(exc)))
            return
        self.reset()
        self.logged_in.emit(user)

    def _change_password(self, user, password: str | None):  # noqa: ANN001, ANN202
        """A one-time or aged password only lets the person choose their own: the new one is
        asked (twice) and set before anything else; None if they did not."""
        if password is None:
            # A badge PIN is not the password that the change needs.
            self._show_error(self.tr("{user} must choose a new password: sign in with your user "
                                     "name and password.").format(user=user.username))
            return None
        error = ""
        while True:
            chosen = choose_password(self, user.username, error=error)
            if chosen is None:
                self._show_error(self.tr("You must choose your own password before you can "
                                         "continue."))
                return None
            try:
                outcome = users.change_password(self._uow_factory(), user.username, password,
                                                chosen, self._slip_port())
            except DomainError as refused:
                error = messages.error_text(refused)
                continue
            if outcome == "pending_certificate":
                self.pending_certificate = True
            return users.login(self._uow_factory(), user.username, chosen)

    def _slip_port(self) -> object:
        if self._slips is not None:
            return self._slips()
        from benchapp.slips.port import PdfSlips

        return PdfSlips()

    # -- state ---------------------------------------------------------------------------

    def reset(self) -> None:
        """Empty every field, ready for the next person (after sign-in and after log-out)."""
        for edit in (self.ui.badgeEdit, self.ui.pinEdit, self.ui.usernameEdit,
                     self.ui.passwordEdit):
            edit.clear()
        self.ui.pinEdit.setPlaceholderText("")
        self._clear_error()
        self.ui.badgeEdit.setFocus()

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()
