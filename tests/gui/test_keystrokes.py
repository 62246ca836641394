"""Keys a trained inspector presses per unit (issue 16 item 6), counted through the widgets.

Every key goes to the widget that has the keyboard focus, as a keyboard would send it; the
count is what reaches the outcome. A unit's scan comes from the serial scanner (one scan, no
keys); a signature is counted as one password (its characters are not keys of the flow) plus
the Enter that signs. ``python3 -m pytest tests/gui/test_keystrokes.py -s`` prints the figures.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benchapp.devices.scan import parse_scan
from benchapp.devices.sim import FixtureScript, FixtureSimulator
from benchapp.domain.roles import Role, Station
from benchapp.services import workflow as wf
from benchapp.ui import dialogs
from benchapp.ui.device_bridge import FixtureBridge
from benchapp.ui.signature import SignatureDialog
from benchapp.ui.stations.qc import QcView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui

FAST = {"retry_interval": 0.05, "read_timeout": 0.05}
WAIT_MS = 5000
ALT = Qt.KeyboardModifier.AltModifier

# The most keys each flow may take. Measured before issue 16: a/c 3, b 19, re-test 9, OQC 16;
# b now picks a preset defect and, for a repeat return, finds the inspector preselected.
MOST_KEYS = {"a": 3, "c": 3, "b": 7, "b_repeat": 5, "retest": 9, "oqc": 16,
             # The next unit in the same session: the user name is not asked again.
             "retest_next": 2, "oqc_next": 3}
FIGURES: dict[str, tuple[int, int]] = {}


class Keyboard:
    """Presses keys on whatever has the focus; counts them and the signatures."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.signatures = 0

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        # An open popup (a completer's list) grabs the keyboard, as on a real screen.
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, "nothing has the focus: the keyboard reaches nothing"
        self.keys += 1
        self.qtbot.keyClick(target, key, modifier)
        self.qtbot.wait(150)  # a mnemonic on a button is an animated click: 100 ms
        settle()

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None
        self.keys += len(text)
        self.qtbot.keyClicks(target, text)

    def sign(self, dialog) -> int:
        """A signature dialog: the user name the first time in a session (its keys and
        Enter counted), the password (not counted as keys), then Enter."""
        assert isinstance(dialog, SignatureDialog), type(dialog).__name__
        self.signatures += 1
        if dialog.asks_username:
            self.keys += len(dialog.session.user.username) + 1
        self.keys += 1
        dialog.fill(PASSWORD)
        dialog._check_and_accept()
        return dialog.result()


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def fixture_bridge(qtbot, tmp_path):
    sim = FixtureSimulator(link=str(tmp_path / "benchfixture")).start()
    bridge = FixtureBridge(sim.port, line_timeout=1.0, overall_timeout=3.0, **FAST)
    with qtbot.waitSignal(bridge.state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda s: s == "connected"):
        bridge.start()
    settle()
    yield bridge, sim
    bridge.close()
    sim.stop()


@pytest.fixture
def keyboard(qtbot, monkeypatch):
    kb = Keyboard(qtbot)
    monkeypatch.setattr(dialogs, "exec_dialog", kb.sign)
    return kb


def open_view(qtbot, shop, role: Role, fixture) -> QcView:
    view = QcView(shop.session(role, Station.QC, fixture=fixture))
    qtbot.addWidget(view)
    view.resize(1366, 728)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.refresh()
    settle()
    return view


def scan(view: QcView, serial: str) -> None:
    view.handle_scan(parse_scan(serial))  # the serial scanner: no keys
    settle()


def run_test(qtbot, kb: Keyboard, bridge) -> None:
    with qtbot.waitSignal(bridge.test_finished, timeout=WAIT_MS):
        kb.press(Qt.Key.Key_F9)
    settle()


def record(name: str, kb: Keyboard) -> None:
    FIGURES[name] = (kb.keys, kb.signatures)
    print(f"\nkeys per unit, {name}: 1 scan + {kb.keys} keys ({kb.signatures} password(s))")
    assert kb.keys <= MOST_KEYS[name], (name, kb.keys)


def screening_view(qtbot, shop, bridge, verdict: str) -> tuple[QcView, str, str]:
    bridge, sim = bridge
    serial = f"SN-KEY-{verdict}"
    if verdict == "FAIL":
        sim.script = {serial: FixtureScript(verdict="FAIL")}
    rma_no, serials = shop.bench.receive(1, serials=[serial])
    shop.bench.to_qc(rma_no, serials)
    view = open_view(qtbot, shop, Role.QC_LEAD, bridge)
    scan(view, serial)
    return view, rma_no, serial


@pytest.mark.parametrize(("name", "test"), [("a", "PASS"), ("c", "FAIL")])
def test_screening_outcome_a_or_c(qtbot, shop, fixture_bridge, keyboard, name, test):
    _view, rma_no, serial = screening_view(qtbot, shop, fixture_bridge, test)
    run_test(qtbot, keyboard, fixture_bridge[0])
    keyboard.press(Qt.Key.Key_G, ALT)  # Looks good (PASS)
    keyboard.press(Qt.Key.Key_V, ALT)  # Record visual check
    settle()
    assert shop.bench.state(rma_no, serial) == ("nff_review" if name == "a" else "to_repair")
    record(name, keyboard)


def pick_defect_and_inspector(kb: Keyboard, view: QcView, defect: str, inspector: int) -> None:
    """Defect seen (FAIL): pick the defect from the model's presets when offered, else type
    it; choose the responsible inspector unless preselected."""
    kb.press(Qt.Key.Key_D, ALT)  # Defect seen (FAIL): the defect field has the focus
    popup = view.ui.defectEdit.completer().popup()
    presets = view.screening.defect_presets.stringList()
    if popup.isVisible() and defect in presets:
        for _ in range(presets.index(defect) + 1):
            kb.press(Qt.Key.Key_Down)
        kb.press(Qt.Key.Key_Return)
    else:
        kb.type(defect)
    assert view.ui.defectEdit.text() == defect
    combo = view.ui.inspectorCombo
    if combo.currentData() != inspector:
        kb.press(Qt.Key.Key_P, ALT)  # Responsible inspector
        wanted = combo.findData(inspector)
        while combo.currentIndex() != wanted:
            kb.press(Qt.Key.Key_Down)
    kb.press(Qt.Key.Key_V, ALT)  # Record visual check
    settle()


DEFECT = "U12 cold joint"


def test_screening_outcome_b_first_return(qtbot, shop, fixture_bridge, keyboard):
    """A unit back for the first time: its model's defects are offered, the inspector is
    chosen by hand."""
    earlier, earlier_serials = shop.bench.receive(1)
    shop.bench.to_qc(earlier, earlier_serials)
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=earlier,
                             serial=earlier_serials[0], verdict="PASS")
    wf.record_visual_inspection(shop.uow(), shop.bench.qc_lead, rma_no=earlier,
                                serial=earlier_serials[0], verdict="FAIL", defect=DEFECT,
                                responsible_inspector_id=shop.bench.oqc_inspector.user_id)
    view, rma_no, serial = screening_view(qtbot, shop, fixture_bridge, "PASS")
    run_test(qtbot, keyboard, fixture_bridge[0])
    pick_defect_and_inspector(keyboard, view, DEFECT, shop.bench.oqc_inspector.user_id)
    assert shop.bench.state(rma_no, serial) == "to_rework"
    record("b", keyboard)


def test_screening_outcome_b_repeat_return(qtbot, shop, fixture_bridge, keyboard):
    """A unit back again: the inspector who released it last time is preselected."""
    serial = "SN-KEY-PASS"
    first, _ = shop.bench.receive(1, serials=[serial])
    shop.bench.to_qc(first, [serial])
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=first, serial=serial,
                             verdict="PASS")
    wf.record_visual_inspection(shop.uow(), shop.bench.qc_lead, rma_no=first, serial=serial,
                                verdict="FAIL", defect=DEFECT,
                                responsible_inspector_id=shop.bench.oqc_inspector.user_id)
    shop.bench.to_repair(first, [serial])
    shop.bench.repair(first, serial)
    shop.bench.back_to_qc(first, [serial])
    shop.bench.reinspect(first, serial)  # the OQC inspector releases it
    shop.bench.to_packing(first, [serial])
    shop.bench.pack_and_return(first, [serial])
    shop.bench.ship(first, [serial])
    view, rma_no, serial = screening_view(qtbot, shop, fixture_bridge, "PASS")
    run_test(qtbot, keyboard, fixture_bridge[0])
    pick_defect_and_inspector(keyboard, view, DEFECT, shop.bench.oqc_inspector.user_id)
    assert shop.bench.state(rma_no, serial) == "to_rework"
    record("b_repeat", keyboard)


def back_from_repair(shop) -> tuple[str, str]:
    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    shop.bench.screen(rma_no, serials[0], "FAIL", "PASS")
    shop.bench.to_repair(rma_no, serials)
    shop.bench.repair(rma_no, serials[0])
    shop.bench.back_to_qc(rma_no, serials)
    return rma_no, serials[0]


def test_retest(qtbot, shop, fixture_bridge, keyboard):
    rma_no, serial = back_from_repair(shop)
    view = open_view(qtbot, shop, Role.TESTER, fixture_bridge[0])
    scan(view, serial)
    run_test(qtbot, keyboard, fixture_bridge[0])  # the fixture's result asks the signature
    settle()
    assert shop.bench.state(rma_no, serial) == "oqc_pending"
    record("retest", keyboard)


def test_oqc_pass(qtbot, shop, keyboard):
    rma_no, serial = back_from_repair(shop)
    wf.record_reinspection_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=serial,
                                verdict="PASS", password=PASSWORD, port=shop.port)
    view = open_view(qtbot, shop, Role.OQC_INSPECTOR, None)
    scan(view, serial)
    keyboard.press(Qt.Key.Key_A, ALT)  # Accept (PASS)
    keyboard.press(Qt.Key.Key_O, ALT)  # Sign and record OQC
    settle()
    assert shop.bench.state(rma_no, serial) == "ready_to_pack"
    record("oqc", keyboard)


def test_scanning_a_unit_whose_form_waits_opens_the_form_signed_by_keyboard(qtbot, shop,
                                                                          keyboard):
    """The responsible inspector scans the unit: the anomaly form, not the hand-over, and
    its signature needs no mouse."""
    from benchapp.services import queries
    from benchapp.ui.stations.qc import TAB_ANOMALY

    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    shop.bench.screen(rma_no, serials[0], "FAIL", "FAIL")  # oqc_inspector is responsible
    view = open_view(qtbot, shop, Role.OQC_INSPECTOR, None)
    scan(view, serials[0])
    assert view.ui.tabs.currentIndex() == TAB_ANOMALY
    assert view.ui.signFormButton.hasFocus()
    keyboard.press(Qt.Key.Key_Space)  # the focused Sign form… button
    settle()
    assert keyboard.signatures == 1
    assert queries.anomaly_forms(shop.uow(), unsigned_only=False)[0].signed
    assert keyboard.keys == 1 + len(shop.bench.oqc_inspector.username) + 1 + 1


def _next_unit(keyboard) -> None:
    """From here on, count the next unit only: the session's first signature is behind."""
    keyboard.keys = keyboard.signatures = 0


def test_oqc_pass_of_the_next_unit_in_a_session(qtbot, shop, keyboard):
    """A trained inspector's steady state: after the session's first signature the dialog no
    longer asks the user name (and takes badge + PIN instead of the password)."""
    units = [back_from_repair(shop) for _ in range(2)]
    for rma_no, serial in units:
        wf.record_reinspection_test(shop.uow(), shop.bench.tester, rma_no=rma_no,
                                    serial=serial, verdict="PASS", password=PASSWORD,
                                    port=shop.port)
    view = open_view(qtbot, shop, Role.OQC_INSPECTOR, None)
    for index, (rma_no, serial) in enumerate(units):
        if index:
            _next_unit(keyboard)
        scan(view, serial)
        keyboard.press(Qt.Key.Key_A, ALT)  # Accept (PASS)
        keyboard.press(Qt.Key.Key_O, ALT)  # Sign and record OQC
        settle()
        assert shop.bench.state(rma_no, serial) == "ready_to_pack"
    record("oqc_next", keyboard)


def test_retest_of_the_next_unit_in_a_session(qtbot, shop, fixture_bridge, keyboard):
    units = [back_from_repair(shop) for _ in range(2)]
    view = open_view(qtbot, shop, Role.TESTER, fixture_bridge[0])
    for index, (rma_no, serial) in enumerate(units):
        if index:
            _next_unit(keyboard)
        scan(view, serial)
        run_test(qtbot, keyboard, fixture_bridge[0])
        settle()
        assert shop.bench.state(rma_no, serial) == "oqc_pending"
    record("retest_next", keyboard)
