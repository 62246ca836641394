"""The handover dialogs: give units with a signed, printed slip; receive, count, accept or refuse.

A real SQLite shop, real signing certificates and real slip PDFs; the dialogs are driven as a
person would (scans typed into the scan field, buttons clicked) from a stand-in for
``dialogs.exec_dialog``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from benchapp.devices.scan import parse_scan
from benchapp.domain.handover import HandoverStatus, Refusal
from benchapp.domain.roles import Role, Station
from benchapp.services import queries
from benchapp.services import slips as slip_service
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import handover_dialog as hd
from benchapp.ui import printing
from benchapp.ui.models.records import HIGHLIGHT_BRUSH
from benchapp.ui.ops import OpRunner
from benchapp.ui.signature import SignatureDialog
from benchapp.ui.stations.base import MessageBar, ServiceCalls
from tests.gui.helpers import settle
from tests.gui.station_helpers import Signer, answer_signatures, station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui


class Host(QWidget, ServiceCalls):
    """The station view the dialogs are opened from: a message bar and a status line."""

    status_message = Signal(str)

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.message_bar = MessageBar(self)
        self.statuses: list[str] = []
        self.status_message.connect(self.statuses.append)

    def refresh(self) -> None:
        pass


class Answers(Signer):
    """Signature dialogs answered with each password in turn (None = Cancel); what each
    dialog showed as error is kept."""

    def __init__(self, passwords, others=None) -> None:
        super().__init__(PASSWORD, others)
        self.passwords = list(passwords)
        self.errors: list[str] = []

    def __call__(self, dialog):
        if isinstance(dialog, SignatureDialog):
            self.errors.append(dialog.error_label.text() if dialog.error_label.isVisibleTo(
                dialog) else "")
            self.password = self.passwords.pop(0)
        return super().__call__(dialog)


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def no_printer(monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)


def giver(shop):
    return shop.session(Role.BUSINESS_CLERK, Station.RECEIVING)


def units_at_receiving(shop, rma_no):
    return [u for u in queries.station_units(shop.uow(), custody="receiving")
            if u.rma_no == rma_no]


def scan_typed(qtbot, dialog, text):
    """A keyboard-wedge scanner: the text, then Enter, into the dialog's scan field."""
    qtbot.keyClicks(dialog.ui.scanEdit, text)
    qtbot.keyClick(dialog.ui.scanEdit, Qt.Key.Key_Return)
    settle()


def open_slips(shop, station="qc"):
    return queries.incoming_handovers(shop.uow(), station)


def handover_status(shop, slip_no):
    with shop.uow() as uow:
        return uow.handovers.get(slip_no)


def custody(shop, rma_no):
    with shop.uow() as uow:
        return {u.serial: u.custody.value for u in uow.rmas.get(rma_no).units}


class GiveDriver:
    """Plays the giver: scans ``serials``, declares ``declared``, signs; ``then(dialog)``
    afterwards. Keeps what the dialog showed."""

    def __init__(self, qtbot, serials, *, declared=None, then=None, sign=True) -> None:
        self.qtbot = qtbot
        self.serials = serials
        self.declared = len(serials) if declared is None else declared
        self.then = then
        self.sign = sign
        self.dialog = None
        self.messages: list[str] = []
        self.ticked_label = ""
        self.checked: list[str] = []

    def __call__(self, dialog) -> int:
        assert isinstance(dialog, hd.GiveDialog), type(dialog).__name__
        self.dialog = dialog
        dialog.show()
        for serial in self.serials:
            scan_typed(self.qtbot, dialog, serial)
        self.ticked_label = dialog.ui.tickedLabel.text()
        dialog.ui.declaredSpin.setValue(self.declared)
        if self.sign:
            self.qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
            settle()
        self.messages.append(dialog.message_bar.text())
        self.checked = dialog.model.checked_keys()
        if self.then is not None:
            self.then(dialog)
        return dialog.result()


def give(shop, monkeypatch, qtbot, rma_no, serials, *, session=None, to=Station.QC,
         passwords=None, **driver_options):
    session = session or giver(shop)
    host = Host(session)
    qtbot.addWidget(host)
    driver = GiveDriver(qtbot, serials, **driver_options)
    signer = Answers(passwords or [PASSWORD] * 3, others=driver)
    monkeypatch.setattr(hd.dialogs, "exec_dialog", signer)
    handover = hd.give_units(host, session, rma_no=rma_no, to_station=to,
                             units=units_at_receiving(shop, rma_no))
    return handover, driver, signer, host


# -- giving ------------------------------------------------------------------------------


def test_give_three_units_by_scanning(shop, monkeypatch, qtbot, no_printer):
    rma_no, serials = shop.bench.receive(3)
    session = giver(shop)
    handover, driver, signer, host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                          session=session)

    assert handover is not None
    assert sorted(handover.serials) == sorted(serials)
    assert handover.declared_count == 3
    assert "3 unit(s) ticked" in driver.ticked_label
    assert [h.slip_no for h in open_slips(shop)] == [handover.slip_no]
    # The first signature of the session asks for the user name as well.
    assert signer.usernames_asked == [True]
    # The slip is stored and signed by the giver.
    verdict = slip_service.verify_file(shop.uow(), slip_service.slip_pdf(
        shop.uow(), handover.slip_no), shop.port)
    assert verdict.ok and [s.field for s in verdict.signers] == ["giver"]
    # No printer on this machine: signed all the same, the slip stays unprinted, and says so.
    assert host.message_bar.kind == "warn"
    assert handover.slip_no in host.message_bar.text()
    assert "stays unprinted" in host.message_bar.text()

    # The second handover of the session asks for the password only.
    second, more = shop.bench.receive(1)
    handover2, _driver, signer2, _host = give(shop, monkeypatch, qtbot, second, more,
                                              session=session)
    assert handover2 is not None
    assert signer2.usernames_asked == [False]


def test_enter_in_the_count_signs_and_enter_after_a_scan_does_not(shop, monkeypatch, qtbot,
                                                                  no_printer):
    rma_no, serials = shop.bench.receive(2)

    def keyboard(dialog):
        # Each scan's Enter only ticks: nothing was offered for signing yet.
        keyboard.before = (dialog.message_bar.kind, len(hd.dialogs.exec_dialog.asked))
        qtbot.keyClick(dialog.ui.declaredSpin, Qt.Key.Key_Return)
        settle()

    handover, _driver, signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                            sign=False, then=keyboard)
    assert keyboard.before == ("ok", 0)
    assert handover is not None and len(signer.asked) == 1


def test_scanning_a_foreign_unit_or_twice_says_so(shop, monkeypatch, qtbot, no_printer):
    rma_no, serials = shop.bench.receive(2)

    def look(dialog):
        scan_typed(qtbot, dialog, serials[0])
        look.twice = dialog.message_bar.text()
        dialog.handle_scan(parse_scan("NOT-IN-THIS-RMA-1"))
        settle()
        look.foreign = dialog.message_bar.text()
        look.kind = dialog.message_bar.kind
        dialog.handle_scan(parse_scan("RMA-2024-0001"))
        settle()
        look.not_unit = dialog.message_bar.text()

    handover, driver, signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials[:1],
                                           sign=False, then=look)
    assert handover is None
    assert signer.asked == []
    assert "already ticked" in look.twice
    assert "NOT-IN-THIS-RMA-1" in look.foreign and "not among" in look.foreign
    assert look.kind == "error"
    assert driver.checked == serials[:1]


def test_declared_count_must_match_the_ticks(shop, monkeypatch, qtbot, no_printer):
    rma_no, serials = shop.bench.receive(3)
    handover, driver, signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                           declared=2)
    assert handover is None
    assert signer.asked == []  # nothing to sign while the count is wrong
    assert "declared 2" in driver.messages[0] and "ticked 3" in driver.messages[0]
    assert open_slips(shop) == []


def test_units_on_an_open_slip_are_shown_but_cannot_be_ticked(shop, monkeypatch, qtbot,
                                                              no_printer):
    rma_no, serials = shop.bench.receive(3)
    first, _driver, _signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials[:1])
    assert first is not None

    def look(dialog):
        model = dialog.model
        row = model.row_of(serials[0])
        look.flags = model.flags(model.index(row, 0))
        look.slip = model.data(model.index(row, 2))
        look.set = model.setData(model.index(row, 0), Qt.CheckState.Checked,
                                 Qt.ItemDataRole.CheckStateRole)
        dialog.handle_scan(parse_scan(serials[0]))
        settle()
        look.message = dialog.message_bar.text()
        dialog.ui.tickAllButton.click()
        settle()
        look.after_all = model.checked_keys()

    _handover, _driver, _signer, _host = give(shop, monkeypatch, qtbot, rma_no, [], sign=False,
                                             then=look)
    assert not look.flags & Qt.ItemFlag.ItemIsUserCheckable
    assert look.slip == first.slip_no
    assert look.set is False
    assert first.slip_no in look.message
    assert sorted(look.after_all) == sorted(serials[1:])


def test_wrong_password_asks_again_and_signs_nothing(shop, monkeypatch, qtbot, no_printer):
    rma_no, serials = shop.bench.receive(3)
    handover, driver, signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                           passwords=["wrong-password", None])
    assert handover is None
    assert len(signer.asked) == 2
    assert signer.errors[0] == ""
    assert "Wrong password" in signer.errors[1]
    assert open_slips(shop) == []
    assert "Not signed" in driver.messages[0]
    assert sorted(driver.checked) == sorted(serials)  # the ticks stay

    # Wrong, then right: signed once, with the right password.
    handover, driver, signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                           passwords=["wrong-password", PASSWORD])
    assert handover is not None
    assert len(signer.asked) == 2
    assert [h.slip_no for h in open_slips(shop)] == [handover.slip_no]


def test_cancel_signs_nothing(shop, monkeypatch, qtbot, no_printer):
    rma_no, serials = shop.bench.receive(2)
    session = giver(shop)
    handover, driver, signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                           session=session, passwords=[None])
    assert handover is None
    assert len(signer.asked) == 1
    assert open_slips(shop) == []
    assert "Not signed" in driver.messages[0]
    assert session.signed_once is False  # the next signature still asks the user name


def test_database_unreachable_keeps_the_ticks_and_retry_signs(shop, monkeypatch, qtbot,
                                                              no_printer):
    rma_no, serials = shop.bench.receive(3)
    session = giver(shop)
    working = session.uow_factory

    def down():
        raise DatabaseUnavailable("connection refused")

    def retry(dialog):
        retry.kind = dialog.message_bar.kind
        retry.text = dialog.message_bar.text()
        retry.checked = dialog.model.checked_keys()
        retry.spin = dialog.ui.declaredSpin.value()
        session.uow_factory = working  # the network is back
        dialog.message_bar.action_button.click()
        settle()
        retry.after = dialog.handover

    session.uow_factory = down
    handover, _driver, _signer, _host = give(
        shop, monkeypatch, qtbot, rma_no, serials, session=session,
        passwords=[PASSWORD, PASSWORD], then=retry)
    assert retry.kind == "error"
    assert "cannot be reached" in retry.text
    assert sorted(retry.checked) == sorted(serials)
    assert retry.spin == 3
    assert handover is not None and retry.after is handover
    assert [h.slip_no for h in open_slips(shop)] == [handover.slip_no]


def test_printed_slip_goes_to_the_default_printer(shop, monkeypatch, qtbot, tmp_path):
    out = tmp_path / "printed-slip.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(printing, "default_printer", pdf_printer)
    rma_no, serials = shop.bench.receive(2)
    handover, driver, _signer, host = give(shop, monkeypatch, qtbot, rma_no, serials)

    assert handover is not None
    assert driver.dialog is not None
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert host.message_bar.kind == "ok"
    assert "printed on" in host.message_bar.text()
    [record] = slip_service.list_slips(shop.uow(), rma_no)
    assert record.print_count == 1


def test_a_failed_print_keeps_the_handover(shop, monkeypatch, qtbot, no_printer):
    def broken(*_args, **_kwargs):
        raise printing.PrintError(printing.PrintErrorReason.PRINTER_FAILED, "Paper jam.")

    monkeypatch.setattr(printing, "default_printer", lambda: QPrinter())
    monkeypatch.setattr(printing, "print_pdf", broken)
    rma_no, serials = shop.bench.receive(1)

    def after(dialog):
        after.text = dialog.message_bar.text()
        after.button = dialog.ui.signButton.text()

    handover, _driver, _signer, _host = give(shop, monkeypatch, qtbot, rma_no, serials,
                                            then=after)
    assert handover is not None
    assert "Paper jam." in after.text and "stays unprinted" in after.text
    assert after.button == "&Close"
    [record] = slip_service.list_slips(shop.uow(), rma_no)
    assert record.print_count == 0


def test_give_model_passes_the_model_tester(shop, qtbot, qtmodeltester):
    rma_no, serials = shop.bench.receive(3)
    dialog = hd.GiveDialog(giver(shop), rma_no=rma_no, to_station=Station.QC,
                           units=units_at_receiving(shop, rma_no), preselected=serials[:1])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    assert dialog.model.checked_keys() == serials[:1]


# -- receiving ------------------------------------------------------------------------------


def hand_over(shop, rma_no, serials, to=Station.QC):
    return slip_service.hand_over(
        shop.uow(), shop.bench.business_clerk, rma_no=rma_no, from_station=Station.RECEIVING,
        to_station=to, serials=serials, declared_count=len(serials), password=PASSWORD,
        port=shop.port)


def receiver(shop):
    return shop.session(Role.QC_LEAD, Station.QC)


class ReceiveDriver:
    def __init__(self, qtbot, serials, *, action="accept", then=None, reason=None) -> None:
        self.qtbot = qtbot
        self.serials = serials
        self.action = action
        self.then = then
        self.reason = reason
        self.dialog = None
        self.accept_enabled = None
        self.accept_reason = ""
        self.preselected = None
        self.signature = ""
        self.counts = ""

    def __call__(self, dialog) -> int:
        assert isinstance(dialog, hd.ReceiveDialog), type(dialog).__name__
        self.dialog = dialog
        dialog.show()
        self.signature = dialog.ui.signatureValue.text()
        for serial in self.serials:
            scan_typed(self.qtbot, dialog, serial)
        self.accept_enabled = dialog.ui.acceptButton.isEnabled()
        self.accept_reason = dialog.ui.acceptReasonLabel.text()
        self.preselected = dialog.refusal()
        self.counts = dialog.ui.countsLabel.text()
        if self.then is not None:
            self.then(dialog)
        if self.action == "accept":
            self.qtbot.mouseClick(dialog.ui.acceptButton, Qt.MouseButton.LeftButton)
            settle()
        elif self.action == "refuse":
            self.qtbot.mouseClick(dialog.ui.refuseButton, Qt.MouseButton.LeftButton)
            settle()
        return dialog.result()


def receive(shop, monkeypatch, qtbot, slip_no, serials, *, session=None, **options):
    session = session or receiver(shop)
    host = Host(session)
    qtbot.addWidget(host)
    driver = ReceiveDriver(qtbot, serials, **options)
    signer = answer_signatures(monkeypatch, others=driver)
    accepted = hd.receive_slip(host, session, slip_no)
    return accepted, driver, signer, host


def test_receive_all_three_at_qc(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(3)
    handover = hand_over(shop, rma_no, serials)

    accepted, driver, signer, host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                             serials)
    assert accepted is True
    assert "valid" in driver.signature and "NOT" not in driver.signature
    assert driver.accept_enabled is True
    assert len(signer.asked) == 1
    assert handover_status(shop, handover.slip_no).status is HandoverStatus.ACCEPTED
    assert set(custody(shop, rma_no).values()) == {"qc"}
    verdict = slip_service.verify_file(shop.uow(), slip_service.slip_pdf(
        shop.uow(), handover.slip_no), shop.port)
    assert verdict.ok
    assert [s.field for s in verdict.signers] == ["giver", "receiver"]
    assert host.message_bar.kind == "ok" and "accepted" in host.message_bar.text()


def test_receive_two_of_three_must_be_refused(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(3)
    handover = hand_over(shop, rma_no, serials)

    accepted, driver, signer, host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                             serials[:2], action="refuse")
    assert accepted is False
    assert driver.accept_enabled is False
    assert "2 counted, 3 declared" in driver.accept_reason
    assert driver.preselected is Refusal.COUNT_MISMATCH
    assert "Missing: 1" in driver.counts
    assert len(signer.asked) == 1
    refused = handover_status(shop, handover.slip_no)
    assert refused.status is HandoverStatus.REFUSED
    assert refused.refusal is Refusal.COUNT_MISMATCH
    assert serials[2] in refused.refusal_note
    assert set(custody(shop, rma_no).values()) == {"receiving"}  # the units stay with the giver
    verdict = slip_service.verify_file(shop.uow(), slip_service.slip_pdf(
        shop.uow(), handover.slip_no), shop.port)
    assert [s.field for s in verdict.signers] == ["giver", "receiver"]
    assert host.message_bar.kind == "warn" and "refused" in host.message_bar.text()


def test_the_refusal_reason_clears_once_the_count_is_complete(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(2)
    handover = hand_over(shop, rma_no, serials)
    reasons = []

    def count_the_rest(dialog):
        reasons.append(dialog.refusal())  # one of two scanned: a miscount
        scan_typed(qtbot, dialog, serials[1])
        reasons.append(dialog.refusal())
        reasons.append(dialog.ui.reasonCombo.currentText())

    accepted, *_ = receive(shop, monkeypatch, qtbot, handover.slip_no, serials[:1],
                           then=count_the_rest)
    assert accepted is True
    assert reasons == [Refusal.COUNT_MISMATCH, None, "Choose the reason…"]


def test_a_scan_not_on_the_slip_is_shown_as_extra(shop, monkeypatch, qtbot, qtmodeltester):
    rma_no, serials = shop.bench.receive(2)
    handover = hand_over(shop, rma_no, serials)

    def look(dialog):
        dialog.handle_scan(parse_scan("STRAY-UNIT-9"))
        settle()
        look.message = dialog.message_bar.text()
        model = dialog.model
        row = model.row_of("STRAY-UNIT-9")
        look.background = model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole)
        look.status = model.data(model.index(row, 1))
        look.extra = dialog.extra()
        look.enabled = dialog.ui.acceptButton.isEnabled()
        look.details = dialog.ui.missingLabel.text()
        scan_typed(qtbot, dialog, serials[0])
        look.twice = dialog.message_bar.text()
        qtmodeltester.check(model)

    accepted, _driver, signer, _host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                               serials, action=None, then=look)
    assert accepted is False
    assert signer.asked == []
    assert "STRAY-UNIT-9" in look.message and "not on slip" in look.message
    assert look.background.color() == HIGHLIGHT_BRUSH["error"]
    assert "Not on the slip" in look.status
    assert look.extra == ["STRAY-UNIT-9"]
    assert look.enabled is False
    assert "STRAY-UNIT-9" in look.details
    assert "already counted" in look.twice
    assert handover_status(shop, handover.slip_no).status is HandoverStatus.OPEN


def test_a_slip_for_another_station_does_not_open(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(1)
    handover = hand_over(shop, rma_no, serials)
    repair = shop.session(Role.REPAIR_ENGINEER, Station.REPAIR)

    accepted, driver, _signer, host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                              serials, session=repair)
    assert accepted is False
    assert driver.dialog is None
    assert host.message_bar.kind == "error"
    assert "not to Repair" in host.message_bar.text()
    assert handover_status(shop, handover.slip_no).status is HandoverStatus.OPEN


def test_a_closed_or_unknown_slip_does_not_open(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(1)
    handover = hand_over(shop, rma_no, serials)
    assert receive(shop, monkeypatch, qtbot, handover.slip_no, serials)[0] is True

    accepted, driver, _signer, host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                              serials)
    assert accepted is False and driver.dialog is None
    assert "already accepted" in host.message_bar.text()

    accepted, driver, _signer, host = receive(shop, monkeypatch, qtbot, "SLP-999999", [])
    assert accepted is False and driver.dialog is None
    assert "SLP-999999" in host.message_bar.text()


def test_a_problem_found_by_the_service_is_the_outcome(shop, monkeypatch, qtbot):
    """The slip verified when the dialog opened but was altered before Accept: the service
    refuses, records and signs the refusal; the dialog closes and says so."""
    rma_no, serials = shop.bench.receive(2)
    handover = hand_over(shop, rma_no, serials)

    def tamper(_dialog):
        with shop.uow() as uow:
            record = uow.slips.get(handover.slip_no)
            record.pdf = record.pdf + b"\n%tampered\n"
            uow.slips.save(record)
            uow.commit()

    accepted, driver, _signer, host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                              serials, then=tamper)
    assert driver.accept_enabled is True
    assert accepted is False
    refused = handover_status(shop, handover.slip_no)
    assert refused.status is HandoverStatus.REFUSED
    assert refused.refusal is Refusal.SLIP_ALTERED
    assert set(custody(shop, rma_no).values()) == {"receiving"}
    assert host.message_bar.kind == "warn"
    assert "refusal is recorded and signed" in host.message_bar.text()


def test_an_altered_slip_cannot_be_accepted(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(1)
    handover = hand_over(shop, rma_no, serials)
    with shop.uow() as uow:
        record = uow.slips.get(handover.slip_no)
        record.pdf = record.pdf + b"\n%tampered\n"
        uow.slips.save(record)
        uow.commit()

    accepted, driver, _signer, _host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                               serials, action="refuse")
    assert "NOT valid" in driver.signature
    assert driver.accept_enabled is False
    assert driver.preselected is Refusal.SLIP_ALTERED
    assert accepted is False
    assert handover_status(shop, handover.slip_no).refusal is Refusal.SLIP_ALTERED


def test_receive_database_unreachable_keeps_the_count(shop, monkeypatch, qtbot):
    rma_no, serials = shop.bench.receive(2)
    handover = hand_over(shop, rma_no, serials)
    session = receiver(shop)
    working = session.uow_factory

    def drop(dialog):
        def down():
            raise DatabaseUnavailable("connection refused")

        session.uow_factory = down
        dialog.ui.acceptButton.click()
        settle()
        drop.text = dialog.message_bar.text()
        drop.scanned = dialog.scanned()
        session.uow_factory = working
        dialog.message_bar.action_button.click()
        settle()

    accepted, _driver, signer, _host = receive(shop, monkeypatch, qtbot, handover.slip_no,
                                               serials, session=session, action=None,
                                               then=drop)
    assert "cannot be reached" in drop.text
    assert sorted(drop.scanned) == sorted(serials)
    assert len(signer.asked) == 2
    assert accepted is True
    assert handover_status(shop, handover.slip_no).status is HandoverStatus.ACCEPTED


# -- how the dialogs look ------------------------------------------------------------------


def test_screenshots(shop, qtbot, tmp_path):
    rma_no, serials = shop.bench.receive(4)
    give_dialog = hd.GiveDialog(giver(shop), rma_no=rma_no, to_station=Station.QC,
                                units=units_at_receiving(shop, rma_no))
    qtbot.addWidget(give_dialog)
    for serial in serials[:3]:
        give_dialog.handle_scan(parse_scan(serial))
        settle()
    give_dialog.resize(900, 600)
    give_dialog.show()
    qtbot.waitExposed(give_dialog)
    shots = Path(tmp_path)
    assert give_dialog.grab().save(str(shots / "give.png"))

    handover = hand_over(shop, rma_no, serials[:3])
    session = receiver(shop)
    loaded = []  # read as receive_slip reads it: off the GUI thread
    runner = OpRunner(give_dialog)
    runner.run(lambda: hd.load_incoming(session, handover.slip_no), on_success=loaded.append)
    assert runner.wait()
    incoming = loaded[0]
    receive_dialog = hd.ReceiveDialog(receiver(shop), incoming)
    qtbot.addWidget(receive_dialog)
    receive_dialog.handle_scan(parse_scan(serials[0]))
    settle()
    receive_dialog.handle_scan(parse_scan("STRAY-UNIT-9"))
    settle()
    receive_dialog.resize(900, 660)
    receive_dialog.show()
    qtbot.waitExposed(receive_dialog)
    assert receive_dialog.grab().save(str(shots / "receive.png"))
    if os.environ.get("HANDOVER_SHOTS"):  # to look at them: HANDOVER_SHOTS=/some/dir
        out = Path(os.environ["HANDOVER_SHOTS"])
        out.mkdir(parents=True, exist_ok=True)
        give_dialog.grab().save(str(out / "give.png"))
        receive_dialog.grab().save(str(out / "receive.png"))
