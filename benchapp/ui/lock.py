"""Idle lock: a bench left alone locks itself; only the same person unlocks it, or logs out.

The main window installs an ``IdleWatcher``; on ``idle()`` it calls ``lock_screen()``, then
``watcher.resume()`` after UNLOCKED, or logs out after LOG_OUT. A lock starts a new signing
session (Session.end_signing, called as the lock begins): the signing key copy that allowed badge +
PIN signatures is wiped, and the next signature asks for user name and password again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from benchapp.devices.scan import KIND_BADGE, Scan
from benchapp.domain.errors import AuthError, DomainError, Reason
from benchapp.domain.users import MAX_FAILED_LOGINS, User
from benchapp.services import users
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.ui import dialogs, messages
from benchapp.ui.forms.ui_lock_dialog import Ui_LockDialog
from benchapp.ui.login import looks_like_badge

UowFactory = Callable[[], AbstractUnitOfWork]

MS_PER_MINUTE = 60_000


class IdleWatcher(QObject):
    """Counts the person's input anywhere in the application; ``idle()`` after a quiet spell.

    Keys, mouse buttons and moves, the wheel and touch count as input (as an application
    event filter); a serial scanner's scans count through ``poke()``. ``idle()`` fires once and
    the watcher then waits for ``resume()`` (after an unlock), so input typed into the lock
    dialog cannot lock the bench a second time. 0 minutes switches the lock off.

    Signals:
        idle(): nobody touched the bench for the configured time.
    """

    idle = Signal()

    INPUT_EVENTS = frozenset({
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    })

    def __init__(self, minutes: float = 10, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._interval_s = 0.0
        self._last_input = clock()
        self._running = False  # between start() and stop()
        self._fired = False  # idle() went out; waiting for resume()
        self._installed_on: QCoreApplication | None = None
        # The timer only wakes us up to look at the clock: moving the mouse does not restart
        # it (that would be thousands of timer restarts a minute).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self.set_minutes(minutes)

    # -- configuration -------------------------------------------------------------------

    @property
    def minutes(self) -> float:
        return self._interval_s / 60

    @property
    def enabled(self) -> bool:
        return self._interval_s > 0

    @property
    def running(self) -> bool:
        return self._running

    @property
    def fired(self) -> bool:
        return self._fired

    def set_minutes(self, minutes: float) -> None:
        """Minutes of quiet before ``idle()``, counted from now; 0 (or less) switches it off."""
        self._interval_s = max(0.0, float(minutes)) * 60
        if self._running and not self._fired:
            self.resume()

    # -- running -------------------------------------------------------------------------

    def start(self) -> None:
        """Install the event filter and start counting from now (after a sign-in)."""
        app = QCoreApplication.instance()
        if app is not None and self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app
        self._running = True
        self.resume()

    def stop(self) -> None:
        """Stop watching (log-out, window closed)."""
        self._running = False
        self._fired = False
        self._timer.stop()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def resume(self) -> None:
        """Count again from now: after an unlock, or after ``set_minutes``."""
        self._fired = False
        self._last_input = self._clock()
        if self._running:
            self._arm()

    def poke(self, *_args: object) -> None:
        """The person did something the event filter cannot see (a serial scan)."""
        if self._fired:
            return
        self._last_input = self._clock()
        if self._running and self.enabled and not self._timer.isActive():
            self._arm()

    def remaining_seconds(self) -> float:
        """Seconds until ``idle()`` at the current rate of input; inf when off."""
        if not (self._running and self.enabled) or self._fired:
            return float("inf")
        return max(0.0, self._interval_s - (self._clock() - self._last_input))

    def check(self) -> None:
        """Fire ``idle()`` if the quiet spell is long enough, else look again later.

        Called by the timer (tests call it directly with their own clock).
        """
        if not (self._running and self.enabled) or self._fired:
            return
        remaining = self._interval_s - (self._clock() - self._last_input)
        if remaining > 0:
            self._timer.start(max(1, int(remaining * 1000) + 1))
            return
        self._fired = True
        self._timer.stop()
        self.idle.emit()

    def _arm(self) -> None:
        if not self.enabled:
            self._timer.stop()
            return
        self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT_EVENTS:
            self.poke()
        return False


class LockOutcome(Enum):
    UNLOCKED = "unlocked"
    LOG_OUT = "log_out"


class LockDialog(QDialog):
    """Covers the main window until the signed-in person proves it is still them.

    Password, or badge + PIN, of ``user``; a badge of someone else is refused (they choose
    Log out and sign in themselves). Wrong secrets count toward the account lock-out as any
    login does; once the account is locked (or disabled) only Log out is left.
    Escape and the window's close button do not unlock.
    """

    def __init__(self, user: User, uow_factory: UowFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self._uow_factory = uow_factory
        self.outcome: LockOutcome | None = None
        self.forced_out = False
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setModal(True)
        for edit in (ui.passwordEdit, ui.badgeEdit, ui.pinEdit):
            # Scanners type ASCII key by key: an active Chinese input method would swallow them.
            edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        ui.pinEdit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"),
                                                            ui.pinEdit))
        ui.titleLabel.setText(self.tr("Locked: {name} was away").format(name=user.display_name))
        if user.badge:
            hint = self.tr("Only {name} ({user}) can unlock this bench: enter your password, or "
                           "scan your badge and enter your PIN.")
        else:
            hint = self.tr("Only {name} ({user}) can unlock this bench: enter your password.")
        ui.hintLabel.setText(hint.format(name=user.display_name, user=user.username))
        ui.errorLabel.hide()
        ui.passwordEdit.returnPressed.connect(self._password_entered)
        ui.badgeEdit.returnPressed.connect(self._badge_entered)
        ui.pinEdit.returnPressed.connect(self.unlock_with_badge)
        ui.unlockButton.clicked.connect(self.unlock)
        ui.logOutButton.clicked.connect(self.log_out)
        ui.passwordEdit.setFocus()

    # -- unlocking -----------------------------------------------------------------------

    def unlock(self) -> None:
        """The Unlock button: badge + PIN if a badge was scanned, else the password."""
        if self.ui.badgeEdit.text().strip() and not self.ui.passwordEdit.text():
            self.unlock_with_badge()
        else:
            self.unlock_with_password()

    def unlock_with_password(self) -> None:
        password = self.ui.passwordEdit.text()
        if not password:
            self._show_error(self.tr("Enter your password."))
            self.ui.passwordEdit.setFocus()
            return
        username = self.user.username
        self._attempt(lambda uow: users.login(uow, username, password), self.ui.passwordEdit)

    def unlock_with_badge(self) -> None:
        ui = self.ui
        badge = ui.badgeEdit.text().strip().upper()
        if not badge:
            self._show_error(self.tr("Scan your badge first."))
            ui.badgeEdit.setFocus()
            return
        if not self._is_own_badge(badge):
            return
        if not ui.pinEdit.text():
            self._show_error(self.tr("Enter your PIN."))
            ui.pinEdit.setFocus()
            return
        pin = ui.pinEdit.text()
        self._attempt(lambda uow: users.login_badge(uow, badge, pin), ui.pinEdit)

    def handle_scan(self, scan: Scan) -> bool:
        """A serial scan while locked: a badge goes into the badge field; nothing else acts."""
        if self.forced_out:
            return True
        if scan.kind == KIND_BADGE:
            self.ui.badgeEdit.setText(scan.text)
            self._badge_entered()
        else:
            self._show_error(self.tr("The bench is locked: unlock it first, then scan again."))
        return True

    def log_out(self) -> None:
        self.outcome = LockOutcome.LOG_OUT
        self.accept()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        # Escape must not uncover the bench; only Unlock or Log out end the lock.
        if self.forced_out:
            self.ui.logOutButton.setFocus()
        else:
            self.ui.passwordEdit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.outcome is None:
            event.ignore()
            return
        super().closeEvent(event)

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    # -- internals -----------------------------------------------------------------------

    def _password_entered(self) -> None:
        text = self.ui.passwordEdit.text()
        if looks_like_badge(text):
            # A badge scanned while the password field had focus: it is a badge, not a
            # password, and must not count as a failed attempt.
            self.ui.passwordEdit.clear()
            self.ui.badgeEdit.setText(text.strip())
            self._badge_entered()
            return
        self.unlock_with_password()

    def _badge_entered(self) -> None:
        badge = self.ui.badgeEdit.text().strip().upper()
        if not looks_like_badge(badge):
            self._show_error(self.tr("This is not a badge code. Scan the badge again, or enter "
                                     "your password."))
            self.ui.badgeEdit.selectAll()
            self.ui.badgeEdit.setFocus()
            return
        if not self._is_own_badge(badge):
            return
        self._clear_error()
        self.ui.pinEdit.setFocus()

    def _is_own_badge(self, badge: str) -> bool:
        if self.user.badge and badge == self.user.badge.upper():
            return True
        # Someone else's badge: refused here, before the service would sign them in (and
        # count their PIN attempts) on a bench that belongs to another person's session.
        self._show_error(self.tr(
            "This badge is not {name}'s. Only {name} can unlock; anyone else chooses Log out "
            "and then signs in.").format(name=self.user.display_name))
        self.ui.badgeEdit.clear()
        self.ui.pinEdit.clear()
        self.ui.badgeEdit.setFocus()
        return False

    def _attempt(self, login: Callable[[AbstractUnitOfWork], User], secret: QLineEdit) -> None:
        try:
            who = login(self._uow_factory())
        except AuthError as refused:
            secret.clear()
            if refused.reason is Reason.LOGIN_FAILED:
                self._show_error(self.tr(
                    "Wrong password or PIN. After {limit} failed attempts in a row the account "
                    "is locked.").format(limit=MAX_FAILED_LOGINS))
                secret.setFocus()
            else:
                self._force_out(messages.error_text(refused))
            return
        except DomainError as refused:
            secret.clear()
            self._show_error(messages.error_text(refused))
            secret.setFocus()
            return
        except DatabaseUnavailable as exc:
            # The secret stays typed: Unlock again once the network is back.
            self._show_error(messages.database_unavailable_text(str(exc)))
            return
        if who.id != self.user.id:  # the service found another account: never unlock for it
            secret.clear()
            self._show_error(self.tr("Only {name} can unlock this bench.").format(
                name=self.user.display_name))
            return
        self.outcome = LockOutcome.UNLOCKED
        self.accept()

    def _force_out(self, text: str) -> None:
        """Locked or disabled account: the message stays, and Log out is all that is left."""
        self.forced_out = True
        ui = self.ui
        for widget in (ui.passwordEdit, ui.badgeEdit, ui.pinEdit, ui.unlockButton):
            widget.setEnabled(False)
        self._show_error(self.tr("{reason} Choose Log out.").format(reason=text))
        ui.logOutButton.setDefault(True)
        ui.logOutButton.setFocus()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()


def lock_screen(parent: QWidget | None, user: User, uow_factory: UowFactory) -> LockOutcome:
    """Lock the bench for ``user`` until they unlock it or someone logs them out."""
    dialog = LockDialog(user, uow_factory, parent)
    if parent is not None:
        # Over the whole main window, so what was on screen stays hidden while locked.
        window = parent.window()
        dialog.setGeometry(window.geometry())
    try:
        dialogs.exec_dialog(dialog)
        # Nothing but Unlock or Log out ends the dialog; anything else is treated as Log out.
        return dialog.outcome or LockOutcome.LOG_OUT
    finally:
        dialog.deleteLater()
