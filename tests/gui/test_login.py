"""The sign-in window against a real migrated SQLite database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.users import MAX_FAILED_LOGINS
from benchapp.services import users
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui.login import LoginWindow, looks_like_badge
from tests.gui.helpers import BADGE, PASSWORD, PIN, open_shop, sqlite_engine

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(sqlite_url):
    with sqlite_engine(sqlite_url) as engine:
        yield open_shop(engine)


@pytest.fixture
def login(qtbot, shop):
    window = LoginWindow(shop.uow, database_text="SQLite bench.db")
    qtbot.addWidget(window)
    return window


def type_and_enter(qtbot, edit, text):
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_password_login_emits_the_user(qtbot, login, shop):
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    with qtbot.waitSignal(login.logged_in, timeout=5000) as signed_in:
        type_and_enter(qtbot, login.ui.passwordEdit, PASSWORD)
    user = signed_in.args[0]
    assert user.username == "wang.fang"
    assert user.id == shop.clerk.id
    assert login.ui.passwordEdit.text() == "" and login.ui.usernameEdit.text() == ""


def test_enter_in_user_name_moves_to_password(qtbot, login):
    type_and_enter(qtbot, login.ui.usernameEdit, "wang.fang")
    assert login.focusWidget() is login.ui.passwordEdit


def test_badge_scan_then_pin(qtbot, login):
    # A keyboard-wedge scanner types the code and presses Enter: the PIN field comes next.
    type_and_enter(qtbot, login.ui.badgeEdit, BADGE)
    assert login.focusWidget() is login.ui.pinEdit
    assert login.error_text() == ""
    with qtbot.waitSignal(login.logged_in, timeout=5000) as signed_in:
        type_and_enter(qtbot, login.ui.pinEdit, PIN)
    assert signed_in.args[0].username == "wang.fang"
    assert login.ui.badgeEdit.text() == "" and login.ui.pinEdit.text() == ""


def test_badge_in_lower_case_is_accepted(qtbot, login):
    type_and_enter(qtbot, login.ui.badgeEdit, BADGE.lower())
    with qtbot.waitSignal(login.logged_in, timeout=5000):
        type_and_enter(qtbot, login.ui.pinEdit, PIN)


def test_badge_scanned_into_the_user_name_field_counts_as_a_badge(qtbot, login):
    type_and_enter(qtbot, login.ui.usernameEdit, BADGE)
    assert login.ui.badgeEdit.text() == BADGE
    assert login.ui.usernameEdit.text() == ""
    assert login.focusWidget() is login.ui.pinEdit


def test_garbage_in_the_badge_field_is_refused_inline(qtbot, login):
    type_and_enter(qtbot, login.ui.badgeEdit, "SN24A0117")
    assert "not a badge" in login.error_text()
    assert login.focusWidget() is not login.ui.pinEdit


def test_pin_without_a_badge_asks_for_the_badge(qtbot, login):
    type_and_enter(qtbot, login.ui.pinEdit, PIN)
    assert login.error_text() == "Scan your badge first."
    assert login.focusWidget() is login.ui.badgeEdit


def test_pin_field_takes_digits_only(qtbot, login):
    qtbot.keyClicks(login.ui.pinEdit, "12ab34")
    assert login.ui.pinEdit.text() == "1234"


def test_wrong_pin_keeps_the_badge_and_clears_the_pin(qtbot, login):
    type_and_enter(qtbot, login.ui.badgeEdit, BADGE)
    with qtbot.assertNotEmitted(login.logged_in):
        type_and_enter(qtbot, login.ui.pinEdit, "0000")
    assert login.error_text() == "Wrong user name or password."
    assert login.ui.badgeEdit.text() == BADGE
    assert login.ui.pinEdit.text() == ""
    assert login.focusWidget() is login.ui.pinEdit


def test_wrong_password_shows_the_message_and_keeps_the_name(qtbot, login):
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    with qtbot.assertNotEmitted(login.logged_in):
        type_and_enter(qtbot, login.ui.passwordEdit, "not-the-password")
    assert login.error_text() == "Wrong user name or password."
    assert login.ui.passwordEdit.text() == ""
    assert login.ui.usernameEdit.text() == "wang.fang"
    assert login.focusWidget() is login.ui.passwordEdit


def test_unknown_user_gets_the_same_message(qtbot, login):
    qtbot.keyClicks(login.ui.usernameEdit, "nobody")
    type_and_enter(qtbot, login.ui.passwordEdit, PASSWORD)
    assert login.error_text() == "Wrong user name or password."


def test_five_failures_lock_the_account(qtbot, login):
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    for _ in range(MAX_FAILED_LOGINS - 1):
        type_and_enter(qtbot, login.ui.passwordEdit, "wrong-password")
        assert login.error_text() == "Wrong user name or password."
    type_and_enter(qtbot, login.ui.passwordEdit, "wrong-password")
    locked = ("Account 'wang.fang' is locked after too many failed attempts; "
              "a supervisor must unlock it.")
    assert login.error_text() == locked
    # Even the right password is refused now.
    with qtbot.assertNotEmitted(login.logged_in):
        type_and_enter(qtbot, login.ui.passwordEdit, PASSWORD)
    assert login.error_text() == locked


def test_disabled_account(qtbot, login, shop):
    users.disable_user(SqlAlchemyUnitOfWork(shop.engine), shop.admin, "wang.fang")
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    type_and_enter(qtbot, login.ui.passwordEdit, PASSWORD)
    assert login.error_text() == "Account 'wang.fang' is disabled."


def test_sign_in_button_uses_the_filled_pair(qtbot, login):
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    qtbot.keyClicks(login.ui.passwordEdit, PASSWORD)
    with qtbot.waitSignal(login.logged_in, timeout=5000):
        qtbot.mouseClick(login.ui.signInButton, Qt.MouseButton.LeftButton)


def test_sign_in_with_nothing_filled_asks_for_a_badge(qtbot, login):
    qtbot.mouseClick(login.ui.signInButton, Qt.MouseButton.LeftButton)
    assert login.error_text() == "Scan your badge, or enter your user name and password."


def test_database_down_is_a_message_not_a_crash(qtbot, login, monkeypatch):
    def down(*_args, **_kw):
        raise DatabaseUnavailable("The database sqlite:///bench.db is unreachable or busy")

    monkeypatch.setattr(users, "login", down)
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    type_and_enter(qtbot, login.ui.passwordEdit, PASSWORD)
    assert login.error_text().startswith("The database cannot be reached")
    assert login.ui.passwordEdit.text() == PASSWORD  # nothing was wrong with what was typed


def test_database_label(login):
    assert login.ui.databaseLabel.text() == "Database: SQLite bench.db"


def test_initial_focus_is_the_badge_field(login):
    assert login.focusWidget() is login.ui.badgeEdit


def tab_chain(start, count):
    """The next ``count`` widgets Tab reaches from ``start`` (clear buttons take no focus)."""
    chain, widget = [start], start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    return chain


def test_tab_order_follows_the_form(login):
    ui = login.ui
    assert tab_chain(ui.badgeEdit, 5) == [ui.badgeEdit, ui.pinEdit, ui.usernameEdit,
                                         ui.passwordEdit, ui.signInButton]


@pytest.mark.parametrize("text,expected", [
    ("BADGE-0042", True), ("badge-0042", True), (" BADGE-A1 ", True), ("BADGE-", False),
    ("SN123", False), ("BADGE-12 34", False),
])
def test_looks_like_badge(text, expected):
    assert looks_like_badge(text) is expected


def test_a_one_time_password_only_lets_the_user_choose_their_own(qtbot, login, shop,
                                                                  monkeypatch):
    """After an administrator's reset the sign-in asks for a new password (twice) at once;
    a common password is refused with the policy's message and asked again."""
    from benchapp.ui import dialogs

    one_time = users.reset_password(shop.uow(), shop.admin, "wang.fang")
    answers = iter([("12345678", "12345678"), ("Fang-own-2026", "Fang-own-2026")])
    seen_errors = []

    def fill(dialog):
        seen_errors.append(dialog.error_label.text())
        dialog.fill(*next(answers))
        dialog._check_and_accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", fill)
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    with qtbot.waitSignal(login.logged_in, timeout=10000) as signed_in:
        type_and_enter(qtbot, login.ui.passwordEdit, one_time)
    assert signed_in.args[0].username == "wang.fang"
    assert not signed_in.args[0].must_change_password
    assert seen_errors[0] == "" and "common passwords" in seen_errors[1]
    users.login(shop.uow(), "wang.fang", "Fang-own-2026")  # the chosen one works now
    with pytest.raises(Exception):
        users.login(shop.uow(), "wang.fang", one_time)


def test_cancelling_the_new_password_does_not_sign_in(qtbot, login, shop, monkeypatch):
    from benchapp.ui import dialogs

    one_time = users.reset_password(shop.uow(), shop.admin, "wang.fang")
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: 0)
    emitted = []
    login.logged_in.connect(emitted.append)
    qtbot.keyClicks(login.ui.usernameEdit, "wang.fang")
    type_and_enter(qtbot, login.ui.passwordEdit, one_time)
    assert emitted == [] and "choose your own password" in login.error_text()
