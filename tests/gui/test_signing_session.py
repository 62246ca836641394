"""Signatures at the bench through the widgets: badge scan + PIN after a full signature in the
same session (21 CFR 11.200(a)(1)), the lock and sign-out wipe it, and one signature for an
OQC pass of several units of one RMA."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

from benchapp import app as bench_app
from benchapp.devices.scan import parse_scan
from benchapp.domain.roles import Station
from benchapp.services import users
from benchapp.services import workflow as wf
from benchapp.ui import dialogs
from benchapp.ui import lock as lock_module
from benchapp.ui.history import HistoryDialog
from benchapp.ui.session import Session
from benchapp.ui.signature import SignatureDialog
from benchapp.ui.stations.base import select_key
from benchapp.ui.stations.qc import TAB_REINSPECTION, QcView
from tests.gui.helpers import PASSWORD, open_shop, settle, sqlite_engine
from tests.gui.station_helpers import station_shop
from tests.workflow_helpers import enable_signing

pytestmark = pytest.mark.gui

BADGE, PIN = "BADGE-Q7", "4321"


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def inspector(shop):
    """A tester who is the OQC inspector too, with a badge, a PIN and a signing key."""
    user = users.add_user(shop.uow(), shop.bench.admin, username="li.na", display_name="李娜",
                          roles=["tester", "oqc_inspector"], password=PASSWORD, badge=BADGE,
                          pin=PIN)
    enable_signing(shop.uow(), [user])
    return user


@pytest.fixture
def view(qtbot, shop, inspector):
    view = QcView(Session(user=inspector, station=Station.QC, uow_factory=shop.uow,
                          slips=shop.port, database_text="test.sqlite"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.refresh()
    settle()
    return view


class Typist:
    """Stands in for dialogs.exec_dialog: each signature dialog is answered by the next
    function, which types into the dialog's own widgets and presses its Sign button."""

    def __init__(self, qtbot, *answers) -> None:
        self.qtbot, self.answers, self.dialogs = qtbot, list(answers), []
        self.errors: list[str] = []  # what each prompt said was wrong with the last try
        self.meanings: list[str] = []

    def __call__(self, dialog) -> int:
        assert isinstance(dialog, SignatureDialog), type(dialog).__name__
        self.dialogs.append(dialog)
        self.errors.append(dialog.error_label.text())
        self.meanings.append(dialog.meaning_label.text())
        dialog.show()
        self.answers.pop(0)(self.qtbot, dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()


def full_signature(qtbot, dialog) -> None:
    assert dialog.asks_username and not dialog.offers_pin
    assert not dialog.badge_edit.isVisible()
    qtbot.keyClicks(dialog.username_edit, "li.na")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)


def badge_and_pin(pin=PIN):
    def answer(qtbot, dialog) -> None:
        assert not dialog.asks_username and dialog.offers_pin
        assert dialog.badge_edit.isVisible() and dialog.pin_edit.isVisible()
        assert dialog.focusWidget() is dialog.badge_edit  # ready for a keyboard-wedge scan
        qtbot.keyClicks(dialog.badge_edit, BADGE)
        qtbot.keyClick(dialog.badge_edit, Qt.Key.Key_Return)  # the scanner's suffix
        assert dialog.focusWidget() is dialog.pin_edit
        qtbot.keyClicks(dialog.pin_edit, pin)
    return answer


def awaiting_retest(shop, n):
    bench = shop.bench
    rma_no, serials = bench.receive(n)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    for s in serials:
        bench.repair(rma_no, s)
    bench.back_to_qc(rma_no, serials)
    return rma_no, serials


def signed(shop, stage):
    with shop.engine.connect() as conn:
        return conn.execute(text(
            "SELECT u.serial, r.signed_with FROM reinspections r JOIN units u "
            "ON u.id = r.unit_id WHERE r.stage = :s ORDER BY r.id"), {"s": stage}).all()


def retest_pass_by_hand(view, serial) -> None:
    view.refresh()  # the units were moved here by the services, not at this view
    settle()
    view.handle_scan(parse_scan(serial))
    settle()
    assert view.ui.tabs.currentIndex() == TAB_REINSPECTION
    view.ui.retestPassButton.click()
    settle()


def test_a_pin_signature_after_a_password_one(qtbot, shop, view, monkeypatch):
    rma_no, serials = awaiting_retest(shop, 3)
    typist = Typist(qtbot, full_signature, badge_and_pin("0000"), badge_and_pin(),
                    full_signature)
    monkeypatch.setattr(dialogs, "exec_dialog", typist)
    retest_pass_by_hand(view, serials[0])  # the session's first signature: the full one
    assert shop.bench.state(rma_no, serials[0]) == "oqc_pending"
    # Then badge + PIN: a wrong PIN signs nothing and asks again; the right one signs.
    retest_pass_by_hand(view, serials[1])
    assert len(typist.dialogs) == 3
    assert "Wrong badge or PIN" in typist.errors[2]
    assert shop.bench.state(rma_no, serials[1]) == "oqc_pending"
    assert signed(shop, "test") == [(serials[0], "password"), (serials[1], "badge+pin")]
    with shop.uow() as uow:
        assert uow.users.get(view.session.user.id).failed_logins == 1
    # The idle lock (BenchApp.lock calls end_signing): the full signature again.
    view.session.end_signing()
    retest_pass_by_hand(view, serials[2])
    assert typist.answers == []
    assert signed(shop, "test")[-1] == (serials[2], "password")


def test_a_badge_scanned_on_the_serial_scanner_goes_to_the_prompt(qtbot, shop, view,
                                                                  monkeypatch):
    rma_no, serials = awaiting_retest(shop, 2)

    def scanned_badge(qtbot, dialog) -> None:
        dialog.handle_scan(parse_scan(BADGE))  # what MainWindow.route_scan hands a modal
        assert dialog.badge_edit.text() == BADGE and dialog.focusWidget() is dialog.pin_edit
        qtbot.keyClicks(dialog.pin_edit, PIN)

    def badge_too_early(qtbot, dialog) -> None:
        dialog.handle_scan(parse_scan(BADGE))  # no full signature yet: the prompt says so
        assert dialog.badge_edit.text() == "" and "first signature" in dialog.error_label.text()
        full_signature(qtbot, dialog)

    monkeypatch.setattr(dialogs, "exec_dialog", Typist(qtbot, badge_too_early, scanned_badge))
    retest_pass_by_hand(view, serials[0])
    retest_pass_by_hand(view, serials[1])
    assert [how for _s, how in signed(shop, "test")] == ["password", "badge+pin"]
    # The unit's history says how each verdict was signed.
    history = HistoryDialog(view.session, rma_no, serials[1])
    qtbot.addWidget(history)
    history.refresh()
    settle()
    model = history.log_model
    detail = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Detail")
    lines = [model.index(r, detail).data() for r in range(model.rowCount())
             if model.records()[r].action == "reinspection_test"]
    assert len(lines) == 1 and "signed with badge + PIN" in lines[0], lines


def test_a_batch_oqc_pass_of_three_units_under_one_signature(qtbot, shop, view, monkeypatch,
                                                              inspector):
    rma_no, serials = awaiting_retest(shop, 3)
    for s in serials:
        wf.record_reinspection_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=s,
                                    verdict="PASS", password=PASSWORD, port=shop.port)
    view.refresh()
    settle()
    view.ui.tabs.setCurrentIndex(TAB_REINSPECTION)
    table = view.ui.reinspectionTable
    assert select_key(table, serials[0])
    for s in serials[1:]:
        assert select_key(table, s, clear=False)  # Ctrl+click
    settle()
    assert "3 units" in view.ui.reinspectionUnitLabel.text()
    assert not view.ui.retestButton.isEnabled()
    assert view.ui.oqcGroup.isEnabled()
    view.ui.oqcPassRadio.click()
    typist = Typist(qtbot, full_signature)
    monkeypatch.setattr(dialogs, "exec_dialog", typist)
    view.ui.recordOqcButton.click()
    settle()
    assert len(typist.dialogs) == 1  # one signature
    assert "3 units" in typist.meanings[0]
    assert [shop.bench.state(rma_no, s) for s in serials] == ["ready_to_pack"] * 3
    assert signed(shop, "oqc") == [(s, "password") for s in serials]
    with shop.engine.connect() as conn:  # each unit logged on its own line, signed
        logged = conn.execute(text("SELECT serial FROM tracking_log WHERE action = "
                                   "'oqc_inspection' ORDER BY id")).scalars().all()
    assert logged == serials
    assert "3 units" in view.message_bar.text()


def test_units_of_two_rmas_are_not_signed_together(qtbot, shop, view):
    _rma_a, (a,) = awaiting_retest(shop, 1)
    _rma_b, (b,) = awaiting_retest(shop, 1)
    view.refresh()
    settle()
    table = view.ui.reinspectionTable
    assert select_key(table, a) and select_key(table, b, clear=False)
    settle()
    assert not view.ui.retestPassButton.isEnabled()
    assert "different RMAs" in view.ui.reinspectionUnitLabel.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_lock_and_the_sign_out_wipe_the_signing_key_copy(qtbot, sqlite_url, monkeypatch):
    with sqlite_engine(sqlite_url) as engine:
        open_shop(engine)
        bench = bench_app.BenchApp(engine, database="SQLite bench.db")
        qtbot.addWidget(bench.login_window)
        bench.show()
        bench.login_window.ui.usernameEdit.setText("wang.fang")
        bench.login_window.ui.passwordEdit.setText(PASSWORD)
        bench.login_window.sign_in_with_password()
        window = bench.main_window
        qtbot.addWidget(window)
        session = window.session
        user_id = session.user.id

        def arm() -> None:  # what a full signature leaves in the session
            session.signed_once = True
            session.signing.arm(user_id=user_id, fingerprint="f" * 64,
                                wrapped_key=b"wrapped", secret=bytearray(b"s" * 64))

        arm()
        assert session.pin_signing
        seen = []

        def locked(parent, user, uow_factory):
            seen.append((session.signing.armed_for(user_id), session.signed_once))
            return lock_module.LockOutcome.UNLOCKED

        monkeypatch.setattr(lock_module, "lock_screen", locked)
        bench.lock()
        assert seen == [(False, False)]  # wiped as the lock began, not at unlock
        assert not session.pin_signing and not session.signed_once
        arm()
        window.ui.actionLogOut.trigger()
        assert not session.signing.armed_for(user_id)
