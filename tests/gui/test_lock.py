"""Idle lock: the watcher fires after a quiet spell; only the same person unlocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from benchapp.devices.scan import parse_scan
from benchapp.domain.users import MAX_FAILED_LOGINS
from benchapp.services import users
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import dialogs, lock
from benchapp.ui.lock import IdleWatcher, LockDialog, LockOutcome
from tests.gui.helpers import BADGE, PASSWORD, PIN, open_shop, sqlite_engine

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def shop(tmp_path):
    with sqlite_engine(f"sqlite:///{tmp_path / 'lock.sqlite'}") as engine:
        shop = open_shop(engine)
        shop.other = users.add_user(shop.uow(), shop.admin, username="li.lei",
                                    display_name="Li Lei", roles=["packer"],
                                    password="other-pass-1", badge="BADGE-0077", pin="7777")
        yield shop


def audit_actions(shop, username):
    with shop.uow() as uow:
        user = uow.users.by_username(username)
        return user.failed_logins, user.locked


# -- the idle watcher --------------------------------------------------------------------

@pytest.fixture
def watcher(qapp):
    made = []

    def make(minutes, **kwargs):
        w = IdleWatcher(minutes, **kwargs)
        made.append(w)
        return w

    yield make
    for w in made:
        w.stop()


def test_fires_after_the_interval(qtbot, watcher):
    w = watcher(0.001)  # 60 ms
    with qtbot.waitSignal(w.idle, timeout=5000):
        w.start()
    assert w.fired
    assert w.remaining_seconds() == float("inf")


def test_input_resets_the_quiet_spell(qtbot, watcher):
    clock = Clock()
    w = watcher(1, clock=clock)
    w.start()
    target = QLineEdit()
    qtbot.addWidget(target)
    fired = []
    w.idle.connect(lambda: fired.append(True))

    clock.now += 50
    qtbot.keyClick(target, Qt.Key.Key_A)  # a key anywhere in the application
    clock.now += 50
    w.check()
    assert not fired
    assert w.remaining_seconds() == pytest.approx(10)

    clock.now += 5
    wheel_free = QMouseEvent(QEvent.Type.MouseMove, QPointF(3, 4), QPointF(3, 4),
                             Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                             Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, wheel_free)  # the mouse moved
    clock.now += 59
    w.check()
    assert not fired

    clock.now += 20
    w.poke("SN-1")  # a serial scan (a signal's argument is ignored)
    clock.now += 59.5
    w.check()
    assert not fired

    clock.now += 1
    w.check()
    assert fired == [True]


def test_fires_once_until_resumed(qtbot, watcher):
    clock = Clock()
    w = watcher(1, clock=clock)
    w.start()
    fired = []
    w.idle.connect(lambda: fired.append(True))
    clock.now += 61
    w.check()
    # Typing into the lock dialog does not lock the bench again.
    QApplication.sendEvent(QApplication.instance(), QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"))
    w.poke()
    clock.now += 600
    w.check()
    assert fired == [True]
    w.resume()  # unlocked
    clock.now += 30
    w.check()
    assert fired == [True]
    clock.now += 31
    w.check()
    assert fired == [True, True]


def test_zero_minutes_switches_the_lock_off(qtbot, watcher):
    clock = Clock()
    w = watcher(0, clock=clock)
    w.start()
    fired = []
    w.idle.connect(lambda: fired.append(True))
    clock.now += 10_000
    w.check()
    assert not fired and not w.enabled
    w.set_minutes(2)
    clock.now += 119
    w.check()
    assert not fired
    clock.now += 2
    w.check()
    assert fired == [True]


def test_stopped_watcher_ignores_everything(qtbot, watcher):
    clock = Clock()
    w = watcher(1, clock=clock)
    w.start()
    w.stop()
    fired = []
    w.idle.connect(lambda: fired.append(True))
    clock.now += 1000
    w.check()
    w.poke()
    assert not fired and not w.running


# -- the lock dialog ---------------------------------------------------------------------

def drive(monkeypatch, steps):
    """Stand in for exec_dialog: run ``steps(dialog)`` on the real dialog, return its result."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", run)
    return seen


def test_own_password_unlocks(qtbot, monkeypatch, shop):
    def steps(d):
        assert d.ui.titleLabel.text() == "Locked: Wang Fang was away"
        assert d.focusWidget() is d.ui.passwordEdit
        qtbot.keyClicks(d.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(d.ui.passwordEdit, Qt.Key.Key_Return)

    seen = drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.UNLOCKED
    assert seen[0].outcome is LockOutcome.UNLOCKED


def test_own_badge_and_pin_unlock(qtbot, monkeypatch, shop):
    def steps(d):
        assert d.handle_scan(parse_scan(BADGE))  # the serial scanner reads the badge
        assert d.focusWidget() is d.ui.pinEdit
        qtbot.keyClicks(d.ui.pinEdit, PIN)
        qtbot.keyClick(d.ui.pinEdit, Qt.Key.Key_Return)

    drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.UNLOCKED


def test_badge_typed_into_the_password_field_is_a_badge(qtbot, monkeypatch, shop):
    def steps(d):
        qtbot.keyClicks(d.ui.passwordEdit, BADGE.lower())  # a wedge scanner, wrong field
        qtbot.keyClick(d.ui.passwordEdit, Qt.Key.Key_Return)
        assert d.ui.badgeEdit.text() == BADGE.lower()
        assert d.outcome is None
        d.ui.pinEdit.setText(PIN)
        d.unlock()

    drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.UNLOCKED
    assert audit_actions(shop, "wang.fang") == (0, False)


def test_wrong_password_says_so_and_stays_locked(qtbot, monkeypatch, shop):
    texts = []

    def steps(d):
        d.ui.passwordEdit.setText("not-my-password")
        d.unlock()
        texts.append(d.error_text())
        assert d.ui.passwordEdit.text() == ""
        assert d.outcome is None
        d.reject()  # Escape does not uncover the bench
        assert d.outcome is None
        d.ui.passwordEdit.setText(PASSWORD)
        d.unlock()

    drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.UNLOCKED
    assert texts == [(f"Wrong password or PIN. After {MAX_FAILED_LOGINS} failed attempts in "
                      "a row the account is locked.")]


def test_another_persons_badge_is_refused(qtbot, monkeypatch, shop):
    def steps(d):
        d.handle_scan(parse_scan("BADGE-0077"))
        assert d.error_text() == ("This badge is not Wang Fang's. Only Wang Fang can unlock; "
                                  "anyone else chooses Log out and then signs in.")
        assert d.ui.badgeEdit.text() == ""
        d.ui.badgeEdit.setText("BADGE-0077")
        d.ui.pinEdit.setText("7777")
        d.unlock()
        assert d.outcome is None
        qtbot.mouseClick(d.ui.logOutButton, Qt.MouseButton.LeftButton)

    drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.LOG_OUT
    # Li Lei was never signed in here, nor charged with a failed attempt.
    assert audit_actions(shop, "li.lei") == (0, False)


def test_other_scans_do_nothing_while_locked(qtbot, shop):
    d = LockDialog(shop.clerk, shop.uow)
    qtbot.addWidget(d)
    assert d.handle_scan(parse_scan("RMA-000001")) is True
    assert d.error_text() == "The bench is locked: unlock it first, then scan again."
    assert d.outcome is None


def test_log_out(qtbot, monkeypatch, shop):
    drive(monkeypatch, lambda d: d.log_out())
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.LOG_OUT


def test_five_failures_lock_the_account_and_force_log_out(qtbot, monkeypatch, shop):
    texts = []

    def steps(d):
        for _ in range(MAX_FAILED_LOGINS):
            d.ui.passwordEdit.setText("wrong-wrong")
            d.unlock()
            texts.append(d.error_text())
        assert d.forced_out
        assert d.focusWidget() is d.ui.logOutButton
        assert not d.ui.passwordEdit.isEnabled() and not d.ui.unlockButton.isEnabled()
        assert d.ui.logOutButton.isEnabled()
        d.ui.passwordEdit.setText(PASSWORD)
        d.unlock_with_password()  # even the right password no longer helps
        assert d.outcome is None
        d.log_out()

    drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, shop.uow) is LockOutcome.LOG_OUT
    assert texts[-1] == ("Account 'wang.fang' is locked after too many failed attempts; a "
                         "supervisor must unlock it. Choose Log out.")
    assert audit_actions(shop, "wang.fang") == (MAX_FAILED_LOGINS, True)


def test_database_unreachable_keeps_the_password(qtbot, monkeypatch, shop):
    def unreachable():
        raise DatabaseUnavailable("connection refused")

    def steps(d):
        d.ui.passwordEdit.setText(PASSWORD)
        d.unlock()
        assert "The database cannot be reached" in d.error_text()
        assert d.ui.passwordEdit.text() == PASSWORD
        d._uow_factory = shop.uow  # the network is back: Unlock again
        d.unlock()

    drive(monkeypatch, steps)
    assert lock.lock_screen(None, shop.clerk, unreachable) is LockOutcome.UNLOCKED


def test_covers_the_main_window(qtbot, monkeypatch, shop):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(50, 60, 1000, 700)
    sizes = []
    drive(monkeypatch, lambda d: (sizes.append(d.geometry().size()), d.log_out()))
    lock.lock_screen(window, shop.clerk, shop.uow)
    assert sizes == [window.geometry().size()]


def test_empty_fields_ask_for_input(qtbot, shop):
    d = LockDialog(shop.clerk, shop.uow)
    qtbot.addWidget(d)
    d.unlock()
    assert d.error_text() == "Enter your password."
    d.ui.badgeEdit.setText(BADGE)
    d.unlock()
    assert d.error_text() == "Enter your PIN."
    d.ui.badgeEdit.setText("nonsense")
    qtbot.keyClick(d.ui.badgeEdit, Qt.Key.Key_Return)
    assert d.error_text().startswith("This is not a badge code.")
