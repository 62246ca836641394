"""Whole RMAs through the real main window, driven as the people at the bench would.

Each person takes their turn at the one main window (``set_session``, what the app does on a
change of station or a badge user switch) and works through its station view: typing into
the forms, wedge scans typed into the scan fields, serial-scanner scans through
``MainWindow.route_scan`` (one stretch through a real ScannerSimulator on a pty and a real
ScannerBridge), fixture results from a real FixtureSimulator on a pty through the session's
FixtureBridge. Every modal dialog goes to ``Person``, the stand-in for
``dialogs.exec_dialog``: it signs with the password, ticks and counts units by scanning them,
accepts or refuses handovers.

Covered: the repair path (outcome c) from receipt to shipping with verified two-signature
slips and a shipping note; no fault found decided by the QC supervisor; the re-inspection
loop back to repair; a refused handover (count mismatch) and the handover again; the batch
path (5.3.2).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from benchapp.db import models as m
from benchapp.devices.scan import parse_scan
from benchapp.devices.sim import FixtureScript, FixtureSimulator, ScannerSimulator
from benchapp.domain.handover import HandoverStatus, Refusal
from benchapp.domain.roles import Role, Station
from benchapp.services import queries
from benchapp.services import slips as slip_service
from benchapp.ui import dialogs, printing
from benchapp.ui import handover_dialog as hd
from benchapp.ui.device_bridge import FixtureBridge, ScannerBridge
from benchapp.ui.main_window import MainWindow
from benchapp.ui.signature import SignatureDialog
from tests.gui.helpers import settle
from tests.gui.station_helpers import slip_qr, station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui

FAST = {"retry_interval": 0.05, "read_timeout": 0.05}
WAIT_MS = 10000
LEFT = Qt.MouseButton.LeftButton

CUSTOMER = "深圳市华强电子有限公司"
MODEL = "PCBA-MC200-V3"
CARRIER = "顺丰速运"
TRACKING = "SF1234567890"


# -- devices on ptys -------------------------------------------------------------------------


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def fixture_sim(tmp_path):
    sim = FixtureSimulator(link=str(tmp_path / "benchfixture")).start()
    yield sim
    sim.stop()


@pytest.fixture
def fixture_bridge(qtbot, fixture_sim):
    bridge = FixtureBridge(fixture_sim.port, line_timeout=2.0, overall_timeout=10.0, **FAST)
    with qtbot.waitSignal(bridge.state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == "connected"):
        bridge.start()
    settle()
    yield bridge
    bridge.close()


@pytest.fixture
def scanner_sim(tmp_path):
    sim = ScannerSimulator(link=str(tmp_path / "benchscanner")).start()
    yield sim
    sim.stop()


@pytest.fixture
def scanner_bridge(qtbot, scanner_sim):
    bridge = ScannerBridge(scanner_sim.port, **FAST)
    with qtbot.waitSignal(bridge.state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == "connected"):
        bridge.start()
    settle()
    yield bridge
    bridge.close()


# -- the person answering the dialogs ----------------------------------------------------------


class Person:
    """Stands in for ``dialogs.exec_dialog``: signature dialogs get the password of whoever is
    signed in (typed into the real dialog, accepted through its own checks); every other dialog
    goes to the next planned handler, which plays the person in it."""

    def __init__(self) -> None:
        self.handlers: list[Callable[[object], int]] = []
        self.signed: list[tuple[str, str]] = []  # (username, what the dialog said was signed)

    def plan(self, handler: Callable[[object], int]) -> None:
        self.handlers.append(handler)

    def __call__(self, dialog) -> int:
        if isinstance(dialog, SignatureDialog):
            dialog.fill(PASSWORD)
            dialog._check_and_accept()
            self.signed.append((dialog.session.user.username, dialog.meaning_label.text()))
            return dialog.result()
        assert self.handlers, f"unexpected dialog {type(dialog).__name__}"
        return self.handlers.pop(0)(dialog)


@pytest.fixture
def person(monkeypatch):
    person = Person()
    monkeypatch.setattr(dialogs, "exec_dialog", person)
    # No printer at this bench: slips are signed and stay unprinted (one step prints to PDF).
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    return person


# -- the shop floor --------------------------------------------------------------------------


class Floor:
    """The main window, whoever is signed in at it, and the bench's scanner and fixture."""

    def __init__(self, qtbot, shop, person, window, fixture_sim, fixture_bridge, scanner_sim,
                 routes) -> None:
        self.qtbot = qtbot
        self.shop = shop
        self.person = person
        self.window = window
        self.fixture_sim = fixture_sim
        self.fixture = fixture_bridge
        self.scanner = scanner_sim
        self.routes = routes  # where each serial-scanner scan went (MainWindow.route_scan)
        self.given: list[str] = []  # slip numbers, in the order they were signed
        self.role: Role | None = None

    # -- people and scans ------------------------------------------------------------------

    def at(self, role: Role, station: Station):
        """``role`` signs in at ``station`` (a new session: the first signature asks the user
        name again); returns the station's view."""
        fixture = self.fixture if station is Station.QC else None
        self.role = role
        view = self.window.set_session(self.shop.session(role, station, fixture=fixture))
        assert self.window.view is view
        self.qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)  # shown by the layout, queued
        settle()
        return view

    @property
    def view(self):
        return self.window.view

    def wedge(self, edit, text: str) -> None:
        """A keyboard-wedge scanner typing into ``edit``: the code, then Enter (ASCII only)."""
        self.qtbot.keyClicks(edit, text)
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        settle()

    def scan(self, text: str) -> str:
        """A scan from the bench's serial scanner, as app.py routes it."""
        routed = self.window.route_scan(parse_scan(text))
        settle()
        return routed

    def click(self, button) -> None:
        assert button.isEnabled(), f"{button.objectName()} is disabled: {button.toolTip()}"
        self.qtbot.mouseClick(button, LEFT)
        settle()

    def done(self) -> None:
        """The step left no planned dialog unopened and no dialog open."""
        assert self.person.handlers == [], "a planned dialog never opened"
        assert QApplication.activeModalWidget() is None

    def ok(self, *words: str) -> str:
        bar = self.view.message_bar
        assert bar.kind == "ok", bar.text()
        for word in words:
            assert word in bar.text(), bar.text()
        return bar.text()

    # -- dialogs -----------------------------------------------------------------------------

    def plan_give(self, serials: list[str], *, declared: int | None = None) -> None:
        """The giver scans each unit into the box, declares the count and signs the slip."""

        def give(dialog) -> int:
            assert isinstance(dialog, hd.GiveDialog), type(dialog).__name__
            dialog.show()
            for serial in serials:
                self.wedge(dialog.ui.scanEdit, serial)
            assert sorted(dialog.model.checked_keys()) == sorted(serials)
            spin = dialog.ui.declaredSpin
            spin.selectAll()
            self.qtbot.keyClicks(spin, str(len(serials) if declared is None else declared))
            self.click(dialog.ui.signButton)
            settle()
            assert dialog.handover is not None, dialog.message_bar.text()
            self.given.append(dialog.handover.slip_no)
            if dialog.isVisible():  # unprinted: the dialog says so and waits for Close
                assert "stays unprinted" in dialog.message_bar.text()
                self.click(dialog.ui.signButton)
                settle()
            return dialog.result()

        self.person.plan(give)

    def plan_receive(self, serials: list[str], *, by_scanner: bool = False,
                     refuse_note: str | None = None) -> dict:
        """The receiver checks the slip's signature, counts the units by scanning them, then
        accepts; or, with ``refuse_note``, refuses for the count that does not match."""
        seen: dict = {}

        def receive(dialog) -> int:
            assert isinstance(dialog, hd.ReceiveDialog), type(dialog).__name__
            dialog.show()
            seen["signature"] = dialog.ui.signatureValue.text()
            assert dialog.verified, seen["signature"]
            for serial in serials:
                if by_scanner:
                    assert QApplication.activeModalWidget() is dialog
                    assert self.scanner.send(serial)
                    self.qtbot.waitUntil(lambda s=serial: dialog.model.is_key_checked(s),
                                         timeout=WAIT_MS)
                else:
                    self.wedge(dialog.ui.scanEdit, serial)
            seen["counts"] = dialog.ui.countsLabel.text()
            seen["accept_enabled"] = dialog.ui.acceptButton.isEnabled()
            if refuse_note is None:
                self.click(dialog.ui.acceptButton)
                settle()
            else:
                seen["reason"] = dialog.refusal()
                self.qtbot.keyClicks(dialog.ui.noteEdit, refuse_note)
                self.click(dialog.ui.refuseButton)
                settle()
            seen["result"] = dialog.result()
            settle()
            return dialog.result()

        self.person.plan(receive)
        return seen

    # -- the steps ---------------------------------------------------------------------------

    def new_rma(self, serials: list[str], *, batch: bool = False) -> str:
        """The business clerk fills the 售后服务表, scans each unit's label and saves."""
        view = self.at(Role.BUSINESS_CLERK, Station.RECEIVING)
        ui = view.ui
        assert ui.tabs.currentWidget() is ui.newTab
        ui.customerCombo.lineEdit().setText(CUSTOMER)  # Chinese: typed through the IME
        self.qtbot.keyClicks(ui.modelEdit, MODEL)
        for spin in (ui.declaredSpin, ui.countedSpin):
            spin.selectAll()
            self.qtbot.keyClicks(spin, str(len(serials)))
        ui.complaintEdit.setPlainText("上电无显示，客户产线批量退回" if batch else "上电无显示")
        if batch:
            self.click(ui.batchCheck)
            settle()
            assert ui.batchCheck.isChecked()
        self.qtbot.keyClicks(ui.storageEdit, "A-03")
        # The customer's delivery note: 300 boards (step 8 counts the faulty ones against it).
        self.qtbot.keyClicks(ui.deliveryNoEdit, f"DN-FLOW-{serials[0]}")
        ui.deliveredQtySpin.selectAll()
        self.qtbot.keyClicks(ui.deliveredQtySpin, "300")
        for serial in serials:
            self.wedge(ui.serialScanEdit, serial)
        assert view.serials() == serials
        assert f"{len(serials)} of {len(serials)} units scanned" in ui.serialCountLabel.text()
        self.click(ui.saveButton)
        settle()
        self.ok("saved")
        rma_no = queries.rma_overview(self.shop.uow())[0].rma_no
        assert rma_no in ui.receivedLabel.text()
        detail = queries.rma_detail(self.shop.uow(), rma_no).rma
        assert (detail.customer, detail.model, detail.batch) == (CUSTOMER, MODEL, batch)
        return rma_no

    def clerk_hands_over_new(self, serials: list[str]) -> str:
        self.plan_give(serials)
        self.click(self.view.ui.handOverNewButton)
        settle()
        self.done()
        return self.given[-1]

    def receive_by_qr(self, slip_no: str, serials: list[str], **options) -> dict:
        """The receiver scans the slip's QR with the serial scanner: the count opens."""
        seen = self.plan_receive(serials, **options)
        assert self.scan(slip_qr(self.shop, slip_no)) == "slip"
        self.done()
        return seen

    def screen_on_fixture(self, serials: list[str], verdict: str) -> None:
        """The tester tests each unit on the fixture; the verdict is recorded as it arrives."""
        view = self.at(Role.TESTER, Station.QC)
        self.fixture_sim.script = {s: FixtureScript(verdict=verdict) for s in serials}
        for serial in serials:
            self.wedge(view.ui.scanEdit, serial)
            assert view.ui.tabs.currentIndex() == 1  # screening
            with self.qtbot.waitSignal(self.fixture.test_finished, timeout=WAIT_MS):
                self.click(view.ui.runTestButton)
            settle()
            self.ok(f"{verdict} recorded from the fixture")
            assert f"Fixture verdict: <b>{verdict}</b>" in view.ui.testStatusLabel.text()
        self.done()

    def visual_check(self, serials: list[str], role: Role, outcome: str) -> None:
        view = self.at(role, Station.QC)
        for serial in serials:
            assert self.scan(serial) == "view"
            assert view.ui.visualGroup.isEnabled()
            self.click(view.ui.visualPassRadio)
            settle()
            self.click(view.ui.recordVisualButton)
            settle()
            assert outcome in view.ui.outcomeLabel.text(), view.ui.outcomeLabel.text()
        self.done()

    def qc_hands_over(self, serials: list[str], to: Station, role: Role = Role.QC_LEAD) -> str:
        view = self.at(role, Station.QC)
        assert self.scan(serials[0]) == "view"  # selects it on the hand-over tab
        assert view.ui.tabs.currentIndex() == 4
        self.plan_give(serials)
        button = view.ui.toRepairButton if to is Station.REPAIR else view.ui.toPackingButton
        self.click(button)
        settle()
        self.done()
        return self.given[-1]

    def repair(self, serials: list[str], role: Role = Role.REPAIR_ENGINEER,
               cause: str = "production") -> None:
        """Confirm the due date, fill the 售后维修记录表 with one part, save; per unit."""
        view = self.view
        ui = view.ui
        assert self.role is role
        for serial in serials:
            self.wedge(ui.scanEdit, serial)
            assert view._current is not None and view._current.serial == serial
            self.click(ui.confirmDueButton)
            settle()
            self.ok("Due date", "confirmed")
            ui.symptomEdit.setPlainText("上电无显示")
            ui.rootCauseEdit.setPlainText("U12 虚焊")
            ui.causeCombo.setCurrentIndex(ui.causeCombo.findData(cause))
            ui.processCombo.setEditText("SMT贴片")
            ui.departmentCombo.setEditText("生产部")
            ui.actionsEdit.setPlainText("补焊 U12，更换 U12")
            self.click(ui.addPartButton)  # a new row, its first cell open for typing
            settle()
            table = ui.partsTable
            for value in ("U12", "STM32F103C8T6", None, "L2406", "2424"):  # qty stays 1
                editor = table.indexWidget(table.currentIndex())
                assert editor is not None
                if value is not None:
                    self.qtbot.keyClicks(editor, value)
                self.qtbot.keyClick(editor, Qt.Key.Key_Tab)
            assert table.state() != table.State.EditingState
            ui.minutesSpin.selectAll()
            self.qtbot.keyClicks(ui.minutesSpin, "35")
            self.click(ui.saveButton)
            settle()
            self.ok(f"Repair record of unit {serial} saved")
        self.done()

    def repair_hands_over(self, serials: list[str]) -> str:
        self.plan_give(serials)
        self.click(self.view.ui.handOverButton)
        settle()
        self.done()
        self.ok("handed over to QC")
        return self.given[-1]

    def retest_on_fixture(self, serials: list[str]) -> None:
        """The tester re-tests each unit on the fixture (PASS) and signs the result."""
        view = self.view
        assert self.role is Role.TESTER
        self.fixture_sim.script = {s: FixtureScript(verdict="PASS") for s in serials}
        for serial in serials:
            signed = len(self.person.signed)
            self.wedge(view.ui.scanEdit, serial)
            assert view.ui.tabs.currentIndex() == 3  # re-inspection / OQC
            with self.qtbot.waitSignal(self.fixture.test_finished, timeout=WAIT_MS):
                self.click(view.ui.retestButton)
            settle()
            assert len(self.person.signed) == signed + 1  # the tester signed the result
            assert "OQC full inspection next" in view.ui.reinspectionOutcomeLabel.text()
        self.done()

    def oqc(self, serials: list[str], verdict: str = "PASS", notes: str = "") -> None:
        view = self.at(Role.OQC_INSPECTOR, Station.QC)
        for serial in serials:
            assert self.scan(serial) == "view"
            assert view.ui.oqcGroup.isEnabled()
            self.click(view.ui.oqcPassRadio if verdict == "PASS" else view.ui.oqcFailRadio)
            settle()
            view.ui.oqcNotesEdit.setText(notes)
            self.click(view.ui.recordOqcButton)
            settle()
        self.done()

    def pack_and_hand_to_business(self, rma_no: str, serials: list[str]) -> str:
        """The packer receives from QC, counts each unit into the box, packs, and hands the
        forms to business."""
        view = self.at(Role.PACKER, Station.PACKING)
        self.receive_by_qr(self.given[-1], serials)
        ui = view.ui
        for serial in serials:
            self.wedge(ui.scanEdit, serial)
        assert f"Counted {len(serials)} of {len(serials)}" in ui.countLabel.text()
        self.click(ui.packButton)
        settle()
        self.ok(f"of {rma_no}", "tracking log is marked complete")
        assert ui.tabs.currentWidget() is ui.packedTab
        self.plan_give(serials)
        self.click(ui.handOverButton)
        settle()
        self.done()
        return self.given[-1]

    def ship(self, rma_no: str, serials: list[str]) -> str:
        """The clerk receives the packed units from packing and ships them (signed)."""
        view = self.at(Role.BUSINESS_CLERK, Station.RECEIVING)
        self.receive_by_qr(self.given[-1], serials)
        ui = view.ui
        for serial in serials:
            self.wedge(ui.shipScanEdit, serial)
        assert ui.tabs.currentWidget() is ui.shippingTab
        assert sorted(view.ship_unit_model.checked_keys()) == sorted(serials)
        ui.carrierCombo.setCurrentIndex(ui.carrierCombo.findText(CARRIER))
        self.qtbot.keyClicks(ui.trackingEdit, TRACKING)
        signed = len(self.person.signed)
        self.qtbot.keyClick(ui.trackingEdit, Qt.Key.Key_Return)  # Enter ships
        settle()
        assert self.person.signed[signed][0] == self.shop.bench.business_clerk.username
        assert rma_no in ui.shipResultLabel.text() and TRACKING in ui.shipResultLabel.text()
        self.done()
        return ui.shipResultLabel.text()

    # -- what the database says --------------------------------------------------------------

    def units(self, rma_no: str) -> dict[str, tuple[str, str]]:
        rma = queries.rma_detail(self.shop.uow(), rma_no).rma
        return {u.serial: (u.state.value, u.custody.value) for u in rma.units}

    def unit(self, rma_no: str, serial: str):
        return queries.unit_detail(self.shop.uow(), rma_no, serial)

    def handover(self, slip_no: str):
        with self.shop.uow() as uow:
            return uow.handovers.get(slip_no)

    def verdict(self, slip_no: str) -> slip_service.FileVerdict:
        pdf = slip_service.slip_pdf(self.shop.uow(), slip_no)
        return slip_service.verify_file(self.shop.uow(), pdf, self.shop.port)

    def check_slips(self, rma_no: str) -> list[slip_service.SlipRecord]:
        """Every slip of the RMA: the chain verifies, and each PDF carries exactly the giver's
        and the receiver's valid signatures, by the people the handover names."""
        assert slip_service.verify_rma(self.shop.uow(), rma_no, self.shop.port) == []
        records = slip_service.list_slips(self.shop.uow(), rma_no)
        people = {a.user_id: a.username for a in self.shop.bench.people.values()}
        for record in records:
            handover = self.handover(record.slip_no)
            verdict = self.verdict(record.slip_no)
            assert verdict.ok, (record.slip_no, verdict.reason, verdict.message)
            assert [s.field for s in verdict.signers] == ["giver", "receiver"], record.slip_no
            giver, receiver = verdict.signers
            assert giver.username == people[handover.giver_id]
            assert receiver.username == people[handover.receiver_id]
            assert giver.meaning == "handed_over"
            expected = ("refused" if handover.status is HandoverStatus.REFUSED else "received")
            assert receiver.meaning == expected, (record.slip_no, receiver.meaning)
        return records

    def route(self) -> list[tuple[str, str]]:
        """(from, to) of every handover of the RMAs so far, accepted ones only."""
        return [(h.from_station.value, h.to_station.value)
                for h in (self.handover(s) for s in self.given)
                if h.status is HandoverStatus.ACCEPTED]


@pytest.fixture
def floor(qtbot, shop, person, fixture_sim, fixture_bridge, scanner_sim, scanner_bridge):
    clerk = shop.user(Role.BUSINESS_CLERK)
    window = MainWindow(shop.uow, clerk, database_text="test.sqlite",
                        session=shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    routes: list[str] = []
    # As app.py wires the bench's serial scanner.
    scanner_bridge.scan_accepted.connect(lambda scan: routes.append(window.route_scan(scan)))
    scanner_bridge.scan_rejected.connect(window.scan_rejected)
    yield Floor(qtbot, shop, person, window, fixture_sim, fixture_bridge, scanner_sim, routes)
    scanner_bridge.scan_accepted.disconnect()
    scanner_bridge.scan_rejected.disconnect()


def pdf_printer(path) -> Callable[[], QPrinter]:
    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(path))
        return p

    return printer


# -- the repair path, receipt to shipping ------------------------------------------------------


def test_repair_outcome_c_from_receipt_to_shipping(floor, qtbot, shop, monkeypatch, tmp_path):
    serials = ["FF-C-1001", "FF-C-1002"]
    rma_no = floor.new_rma(serials)
    assert floor.units(rma_no) == {s: ("received", "receiving") for s in serials}

    # Clerk -> QC, on a slip printed on the bench's (PDF) printer.
    printed = tmp_path / "printed-slip.pdf"
    monkeypatch.setattr(printing, "default_printer", pdf_printer(printed))
    first_slip = floor.clerk_hands_over_new(serials)
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    assert printed.read_bytes().startswith(b"%PDF")
    assert "printed on" in floor.ok(first_slip)
    assert floor.person.signed[-1][0] == shop.bench.business_clerk.username

    # The packer at QC scans the slip's QR and then each unit with the serial scanner.
    floor.at(Role.PACKER, Station.QC)
    seen = floor.plan_receive(serials, by_scanner=True)
    assert floor.scanner.send(slip_qr(shop, first_slip))
    qtbot.waitUntil(lambda: "result" in seen, timeout=WAIT_MS)
    floor.done()
    assert "valid" in seen["signature"] and "NOT" not in seen["signature"]
    assert Counter(floor.routes) == {"slip": 1, "dialog": 2}
    assert floor.handover(first_slip).status is HandoverStatus.ACCEPTED
    assert floor.units(rma_no) == {s: ("awaiting_screening", "qc") for s in serials}

    # First screening: the fixture fails both, the inspector sees nothing: outcome c.
    floor.screen_on_fixture(serials, "FAIL")
    for serial in serials:
        unit = floor.unit(rma_no, serial)
        assert unit.pending_test.value == "FAIL"
        assert "FAIL" in {m["verdict"] for m in unit.pending_measurements}
    floor.visual_check(serials, Role.OQC_INSPECTOR, "Outcome c")
    assert floor.units(rma_no) == {s: ("to_repair", "qc") for s in serials}

    # QC -> repair; the engineer counts them in, confirms the due date, repairs.
    to_repair = floor.qc_hands_over(serials, Station.REPAIR)
    floor.at(Role.REPAIR_ENGINEER, Station.REPAIR)
    floor.receive_by_qr(to_repair, serials)
    assert floor.units(rma_no) == {s: ("in_repair", "repair") for s in serials}
    floor.repair(serials)
    assert floor.units(rma_no) == {s: ("repaired", "repair") for s in serials}
    back = floor.repair_hands_over(serials)

    # Re-inspection: the tester counts them in and re-tests on the fixture; OQC passes them.
    floor.at(Role.TESTER, Station.QC)
    floor.receive_by_qr(back, serials)
    floor.retest_on_fixture(serials)
    floor.oqc(serials)
    assert floor.units(rma_no) == {s: ("ready_to_pack", "qc") for s in serials}
    floor.qc_hands_over(serials, Station.PACKING, Role.OQC_INSPECTOR)

    floor.pack_and_hand_to_business(rma_no, serials)
    assert floor.units(rma_no) == {s: ("packed", "packing") for s in serials}
    result = floor.ship(rma_no, serials)

    # Every unit shipped, the RMA closed.
    assert floor.units(rma_no) == {s: ("shipped", "customer") for s in serials}
    detail = queries.rma_detail(shop.uow(), rma_no)
    assert detail.rma.status.value == "closed"
    # Six handovers, each on its own slip, every slip verified with two signatures.
    assert floor.route() == [("receiving", "qc"), ("qc", "repair"), ("repair", "qc"),
                             ("qc", "packing"), ("packing", "receiving")]
    records = floor.check_slips(rma_no)
    assert [r.slip_no for r in records] == floor.given
    assert {r.slip_no: r.print_count for r in records}[first_slip] == 1
    # The shipping note: stored, logged, and shown to the clerk.
    with shop.engine.connect() as conn:
        notes = conn.execute(
            select(m.ShippingNoteRow).join(m.RmaRow, m.ShippingNoteRow.rma_id == m.RmaRow.id)
            .where(m.RmaRow.rma_no == rma_no)).mappings().all()
    [note] = notes
    assert (note["carrier"], note["tracking_no"]) == (CARRIER, TRACKING)
    assert sorted(note["serials"]) == sorted(serials)
    assert note["label"] == {"model": MODEL, "quantity": 2, "customer": CUSTOMER}
    [logged] = [e for e in detail.log if e.action == "shipping_note"]
    assert logged.detail["note_no"] == note["note_no"] in result
    assert (logged.detail["carrier"], logged.detail["tracking_no"]) == (CARRIER, TRACKING)
    # Two units repaired for a production cause: the complaint notice went to QC (step 8).
    assert detail.rma.complaint_notice_raised
    # Who signed what: giver and receiver of each slip, fixture re-tests, OQC, shipping note.
    signers = Counter(user for user, _meaning in floor.person.signed)
    bench = shop.bench
    assert signers == {bench.business_clerk.username: 3, bench.packer.username: 3,
                       bench.qc_lead.username: 1, bench.repair_engineer.username: 2,
                       bench.tester.username: 3, bench.oqc_inspector.username: 3}


# -- no fault found --------------------------------------------------------------------------


def test_no_fault_found_goes_on_as_the_qc_supervisor_decides(floor, shop):
    serials = ["FF-N-2001"]
    rma_no = floor.new_rma(serials)
    floor.clerk_hands_over_new(serials)
    floor.at(Role.QC_LEAD, Station.QC)
    floor.receive_by_qr(floor.given[-1], serials)
    floor.screen_on_fixture(serials, "PASS")
    floor.visual_check(serials, Role.QC_LEAD, "Outcome a, no fault found")
    assert floor.units(rma_no) == {serials[0]: ("nff_review", "qc")}
    # Nothing goes back to the customer without a decision: QC has nothing to hand over.
    qc = floor.at(Role.OQC_INSPECTOR, Station.QC)
    assert qc.handover_model.rowCount() == 0

    view = floor.at(Role.QC_SUPERVISOR, Station.SUPERVISOR)
    assert floor.scan(serials[0]) == "view"  # selects its escalation
    item = view.selected_item()
    assert (item.kind, item.rma_no, item.may_decide) == ("nff", rma_no, True)
    combo = view.ui.decisionCombo
    assert "return_to_customer" in item.decisions
    combo.setCurrentIndex(combo.findData("return_to_customer"))
    floor.click(view.ui.signButton)  # no reason yet: refused, nothing signed
    settle()
    assert view.message_bar.kind == "error" and "reason" in view.message_bar.text()
    assert floor.person.signed[-1][0] != shop.bench.qc_supervisor.username
    view.ui.reasonEdit.setPlainText("与维修、生产、技术、业务会签：全功能复测无故障，按原样退回客户")
    # The joint decision names who took part from each department (issue 16 item 5).
    for combo, name in ((view.ui.repairPeopleCombo, "赵磊"),
                        (view.ui.productionPeopleCombo, "吴刚"),
                        (view.ui.techPeopleCombo, "徐明"),
                        (view.ui.businessPeopleCombo, "张伟")):
        combo.setEditText(name)
    floor.click(view.ui.signButton)
    settle()
    floor.ok("Decided and signed", rma_no)
    assert floor.person.signed[-1][0] == shop.bench.qc_supervisor.username
    [nff] = [e for e in queries.rma_detail(shop.uow(), rma_no).escalations if e.kind == "nff"]
    assert (nff.status, nff.decision, nff.decided_by) == (
        "decided", "return_to_customer", shop.bench.qc_supervisor.user_id)
    assert "全功能复测无故障" in nff.decision_reason
    assert floor.units(rma_no) == {serials[0]: ("ready_to_pack", "qc")}

    # As decided: packed and shipped back, not repaired.
    floor.qc_hands_over(serials, Station.PACKING, Role.OQC_INSPECTOR)
    floor.pack_and_hand_to_business(rma_no, serials)
    floor.ship(rma_no, serials)
    assert floor.units(rma_no) == {serials[0]: ("shipped", "customer")}
    assert floor.route() == [("receiving", "qc"), ("qc", "packing"), ("packing", "receiving")]
    floor.check_slips(rma_no)
    assert not queries.rma_detail(shop.uow(), rma_no).rma.complaint_notice_raised


# -- the re-inspection loop ------------------------------------------------------------------


def test_oqc_failure_loops_back_to_repair_and_then_passes(floor, shop):
    serials = ["FF-L-3001"]
    serial = serials[0]
    rma_no = floor.new_rma(serials)
    floor.clerk_hands_over_new(serials)
    floor.at(Role.PACKER, Station.QC)
    floor.receive_by_qr(floor.given[-1], serials)
    floor.screen_on_fixture(serials, "FAIL")
    floor.visual_check(serials, Role.QC_LEAD, "Outcome c")

    for loop in (0, 1):
        to_repair = floor.qc_hands_over(serials, Station.REPAIR,
                                        Role.QC_LEAD if loop == 0 else Role.OQC_INSPECTOR)
        floor.at(Role.REPAIR_ENGINEER, Station.REPAIR)
        floor.receive_by_qr(to_repair, serials)
        assert floor.unit(rma_no, serial).due_confirmed is False  # asked again each loop
        floor.repair(serials)
        back = floor.repair_hands_over(serials)
        floor.at(Role.TESTER, Station.QC)
        floor.receive_by_qr(back, serials)
        floor.retest_on_fixture(serials)
        if loop == 0:
            floor.oqc(serials, "FAIL", notes="外观划伤")  # signs in at QC itself
            text = floor.view.ui.reinspectionOutcomeLabel.text()
            assert "failed OQC and goes back to repair" in text
            assert "repair loop 1 of at most 3" in text
            assert floor.units(rma_no) == {serial: ("to_repair", "qc")}
            assert floor.unit(rma_no, serial).rework_loops == 1
    floor.oqc(serials)
    assert floor.units(rma_no) == {serial: ("ready_to_pack", "qc")}
    assert floor.unit(rma_no, serial).rework_loops == 1

    qc = floor.at(Role.OQC_INSPECTOR, Station.QC)
    floor.scan(serial)
    row = qc.handover_model.row_of(serial)
    assert qc.handover_model.index(row, 4).data() == "1 of 3"  # the loop shows on the list
    floor.qc_hands_over(serials, Station.PACKING, Role.OQC_INSPECTOR)
    floor.at(Role.PACKER, Station.PACKING)
    floor.receive_by_qr(floor.given[-1], serials)
    assert floor.units(rma_no) == {serial: ("at_packing", "packing")}
    with shop.engine.connect() as conn:
        unit_id = conn.scalar(select(m.UnitRow.id).where(m.UnitRow.serial == serial))
        loops = conn.scalars(select(m.RepairRecordRow.loop_no).where(
            m.RepairRecordRow.unit_id == unit_id).order_by(m.RepairRecordRow.id)).all()
        oqc = conn.scalars(select(m.ReinspectionRow.verdict).where(
            m.ReinspectionRow.unit_id == unit_id, m.ReinspectionRow.stage == "oqc")
            .order_by(m.ReinspectionRow.id)).all()
    assert loops == [0, 1]  # two repair records, the second on loop 1
    assert oqc == ["FAIL", "PASS"]
    floor.check_slips(rma_no)


# -- a refused handover ----------------------------------------------------------------------


def test_count_mismatch_is_refused_and_the_clerk_hands_over_again(floor, shop):
    serials = ["FF-R-4001", "FF-R-4002"]
    rma_no = floor.new_rma(serials)
    refused_slip = floor.clerk_hands_over_new(serials)

    # Only one unit in the box: the count cannot be accepted; the packer refuses, signed.
    view = floor.at(Role.PACKER, Station.QC)
    seen = floor.receive_by_qr(refused_slip, serials[:1],
                               refuse_note="box holds 1 unit, slip says 2")
    assert seen["accept_enabled"] is False
    assert seen["reason"] is Refusal.COUNT_MISMATCH
    assert "Missing: 1" in seen["counts"]
    assert floor.person.signed[-1][0] == shop.bench.packer.username
    assert view.message_bar.kind == "warn" and "refused" in view.message_bar.text()
    refused = floor.handover(refused_slip)
    assert refused.status is HandoverStatus.REFUSED
    assert refused.refusal is Refusal.COUNT_MISMATCH
    assert "box holds 1 unit" in refused.refusal_note
    # The units stay with the giver; the dispute goes to the QC supervisor.
    assert floor.units(rma_no) == {s: ("received", "receiving") for s in serials}
    escalations = queries.rma_detail(shop.uow(), rma_no).escalations
    assert [(e.kind, e.slip_no) for e in escalations] == [("disputed_handover", refused_slip)]
    verdict = floor.verdict(refused_slip)
    assert verdict.ok
    assert [(s.field, s.meaning) for s in verdict.signers] == [("giver", "handed_over"),
                                                                ("receiver", "refused")]

    # The clerk finds the second unit and hands both over again, on a new slip.
    receiving = floor.at(Role.BUSINESS_CLERK, Station.RECEIVING)
    assert floor.scan(serials[1]) == "view"  # selects the RMA in the waiting list
    assert receiving.ui.tabs.currentWidget() is receiving.ui.queueTab
    assert {u.on_open_slip for u in receiving.queue_model.records()} == {None}
    floor.plan_give(serials)
    floor.click(receiving.ui.queueHandOverButton)
    settle()
    floor.done()
    again = floor.given[-1]
    assert again != refused_slip
    floor.at(Role.PACKER, Station.QC)
    floor.receive_by_qr(again, serials)
    assert floor.units(rma_no) == {s: ("awaiting_screening", "qc") for s in serials}
    records = floor.check_slips(rma_no)
    assert [(r.slip_no, r.state) for r in records] == [(refused_slip, "refused"),
                                                        (again, "received")]


# -- a batch problem (5.3.2) -------------------------------------------------------------------


def test_batch_rma_skips_screening_and_the_line_reworks_every_unit(floor, shop):
    serials = ["FF-B-5001", "FF-B-5002", "FF-B-5003"]
    rma_no = floor.new_rma(serials, batch=True)
    floor.clerk_hands_over_new(serials)
    qc = floor.at(Role.QC_LEAD, Station.QC)
    floor.receive_by_qr(floor.given[-1], serials)
    # No screening: every unit goes straight to the production line for rework.
    assert floor.units(rma_no) == {s: ("to_rework", "qc") for s in serials}
    assert qc.screening_model.rowCount() == 0
    assert {qc.handover_model.index(r, 3).data() for r in range(qc.handover_model.rowCount())
            } == {"Repair: rework by the production line"}
    to_line = floor.qc_hands_over(serials, Station.REPAIR)

    # The production team lead counts them in and records the rework of each.
    floor.at(Role.PRODUCTION_LEAD, Station.REPAIR)
    floor.receive_by_qr(to_line, serials)
    floor.repair(serials, Role.PRODUCTION_LEAD)
    floor.repair_hands_over(serials)

    # Then test and 100 % OQC, then pack and ship.
    floor.at(Role.TESTER, Station.QC)
    floor.receive_by_qr(floor.given[-1], serials)
    floor.retest_on_fixture(serials)
    floor.oqc(serials)
    floor.qc_hands_over(serials, Station.PACKING, Role.OQC_INSPECTOR)
    floor.pack_and_hand_to_business(rma_no, serials)
    floor.ship(rma_no, serials)

    assert floor.units(rma_no) == {s: ("shipped", "customer") for s in serials}
    with shop.engine.connect() as conn:
        kinds = conn.execute(
            select(m.RepairRecordRow.kind, m.RepairRecordRow.repairer_id)
            .join(m.UnitRow, m.RepairRecordRow.unit_id == m.UnitRow.id)
            .where(m.UnitRow.serial.in_(serials))).all()
        screenings = conn.scalar(
            select(m.ScreeningRow.id).join(m.UnitRow, m.ScreeningRow.unit_id == m.UnitRow.id)
            .where(m.UnitRow.serial.in_(serials)))
    assert sorted(kinds) == [("rework", shop.bench.production_lead.user_id)] * 3
    assert screenings is None
    assert floor.route() == [("receiving", "qc"), ("qc", "repair"), ("repair", "qc"),
                             ("qc", "packing"), ("packing", "receiving")]
    floor.check_slips(rma_no)
