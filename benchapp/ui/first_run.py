"""First start on an empty database: create the administrator account (the bootstrap case)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from benchapp.domain.errors import DomainError
from benchapp.domain.roles import Role
from benchapp.domain.users import User
from benchapp.services import users
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.ui import messages
from benchapp.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog

UowFactory = Callable[[], AbstractUnitOfWork]


class FirstRunDialog(QDialog):
    """Asks for the administrator's name and secrets and creates the account."""

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.created: User | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        for edit in (self.ui.usernameEdit, self.ui.badgeEdit, self.ui.pinEdit):
            edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Create account"))
        self.ui.buttonBox.accepted.connect(self.create)
        self.ui.displayNameEdit.setFocus()

    def create(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.repeatEdit.text():
            self._show_error(self.tr("The two passwords differ. Type them again."))
            ui.passwordEdit.clear()
            ui.repeatEdit.clear()
            ui.passwordEdit.setFocus()
            return
        try:
            self.created = users.add_user(
                self._uow_factory(), None, username=ui.usernameEdit.text(),
                display_name=ui.displayNameEdit.text(), roles=[Role.ADMIN.value],
                password=ui.passwordEdit.text(), badge=ui.badgeEdit.text() or None,
                pin=ui.pinEdit.text() or None)
        except DomainError as refused:
            self._show_error(messages.error_text(refused))
            return
        except DatabaseUnavailable as exc:
            self._show_error(messages.database_unavailable_text(str(exc)))
            return
        self.accept()

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
