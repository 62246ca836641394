"""The Qt bridges: scans, fixture results and unplugs arrive as signals in the GUI thread."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from benchapp.devices.errors import DeviceErrorReason, ScanRejectReason
from benchapp.devices.fixture_protocol import Verdict
from benchapp.devices.sim import FixtureSimulator, ScannerSimulator
from benchapp.ui.device_bridge import FixtureBridge, ScannerBridge

pytestmark = pytest.mark.gui

FAST = {"retry_interval": 0.05, "read_timeout": 0.05}
WAIT_MS = 5000


def test_the_pinned_pyside_keeps_none_and_true_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True on every emit() and to None
    on every void call, and the app aborted after a few thousand ("bool_dealloc"). The pin in
    pyproject.toml (6.11.3) must not: this fails on a release that leaks again."""
    from PySide6.QtCore import QTimer

    bridge = ScannerBridge("/dev/null")  # never started: only its signal is used
    timer = QTimer()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        bridge.state_changed.emit("connected")
        timer.setSingleShot(True)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)


def in_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


class ThreadRecorder:
    """A slot that notes which thread each emission ran in."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, bool]] = []

    def __call__(self, value: object) -> None:
        self.calls.append((value, in_gui_thread()))


@pytest.fixture
def scanner_sim(tmp_path):
    sim = ScannerSimulator(link=str(tmp_path / "benchscanner")).start()
    yield sim
    sim.stop()


@pytest.fixture
def scanner_bridge(qtbot, scanner_sim):
    bridge = ScannerBridge(scanner_sim.port, **FAST)
    with qtbot.waitSignal(
        bridge.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "connected"
    ):
        bridge.start()
    yield bridge
    bridge.close()


@pytest.fixture
def fixture_sim(tmp_path):
    sim = FixtureSimulator(
        script={"SN-BAD": {"verdict": "FAIL"}}, link=str(tmp_path / "benchfixture")
    ).start()
    yield sim
    sim.stop()


@pytest.fixture
def fixture_bridge(qtbot, fixture_sim):
    bridge = FixtureBridge(fixture_sim.port, line_timeout=1.0, overall_timeout=3.0, **FAST)
    with qtbot.waitSignal(
        bridge.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "connected"
    ):
        bridge.start()
    yield bridge
    bridge.close()


def test_scan_arrives_as_a_signal_in_the_gui_thread(qtbot, scanner_bridge, scanner_sim):
    recorder = ThreadRecorder()
    scanner_bridge.scan_accepted.connect(recorder)
    with qtbot.waitSignal(scanner_bridge.scan_accepted, timeout=WAIT_MS) as blocker:
        scanner_sim.send("RMA-000123", aim="]C0")
    scan = blocker.args[0]
    assert (scan.text, scan.kind, scan.symbology.aim) == ("RMA-000123", "rma", "]C0")
    assert recorder.calls == [(scan, True)]


def test_rejected_scan_arrives_as_a_signal(qtbot, scanner_bridge, scanner_sim):
    recorder = ThreadRecorder()
    scanner_bridge.scan_rejected.connect(recorder)
    with qtbot.waitSignal(scanner_bridge.scan_rejected, timeout=WAIT_MS) as blocker:
        scanner_sim.send(b"AB\x07CD")
    rejected = blocker.args[0]
    assert rejected.reason is ScanRejectReason.CONTROL_CHARACTER
    assert recorder.calls == [(rejected, True)]


def test_field_expectation(qtbot, scanner_bridge, scanner_sim):
    scanner_bridge.set_expect(["badge"])
    with qtbot.waitSignal(scanner_bridge.scan_rejected, timeout=WAIT_MS) as blocker:
        scanner_sim.send("PCBA-1")
    assert blocker.args[0].reason is ScanRejectReason.KIND_MISMATCH
    with qtbot.waitSignal(scanner_bridge.scan_accepted, timeout=WAIT_MS) as blocker:
        scanner_sim.send("BADGE-ANNA")
    assert blocker.args[0].kind == "badge"


def test_unplug_and_replug_arrive_as_state_signals(qtbot, scanner_bridge, scanner_sim):
    recorder = ThreadRecorder()
    errors = ThreadRecorder()
    scanner_bridge.state_changed.connect(recorder)
    scanner_bridge.error_occurred.connect(errors)
    with qtbot.waitSignals(
        [scanner_bridge.state_changed, scanner_bridge.error_occurred], timeout=WAIT_MS
    ):
        scanner_sim.unplug()
    assert scanner_bridge.state == "disconnected"
    assert errors.calls[0][0].reason is DeviceErrorReason.DISCONNECTED
    assert errors.calls[0][1]
    with qtbot.waitSignal(
        scanner_bridge.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "connected"
    ):
        scanner_sim.replug()
    with qtbot.waitSignal(scanner_bridge.scan_accepted, timeout=WAIT_MS) as blocker:
        scanner_sim.send("BACK-1")
    assert blocker.args[0].text == "BACK-1"
    assert recorder.calls == [("disconnected", True), ("connected", True)]


def test_scanner_bridge_close_is_clean(qtbot, scanner_sim):
    bridge = ScannerBridge(scanner_sim.port, **FAST)
    bridge.start()
    scanner_sim.send("LATE")
    bridge.close()
    with qtbot.assertNotEmitted(bridge.scan_accepted, wait=200):
        pass
    bridge.close()


def test_missing_scanner_is_waited_for(qtbot, tmp_path):
    link = str(tmp_path / "later")
    bridge = ScannerBridge(link, **FAST)
    try:
        with qtbot.waitSignal(bridge.error_occurred, timeout=WAIT_MS) as blocker:
            bridge.start()
        assert blocker.args[0].reason is DeviceErrorReason.PORT_NOT_FOUND
        with ScannerSimulator(link=link) as sim:
            with qtbot.waitSignal(
                bridge.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "connected"
            ):
                pass
            with qtbot.waitSignal(bridge.scan_accepted, timeout=WAIT_MS):
                sim.send("HELLO")
    finally:
        bridge.close()


def test_fixture_result_arrives_as_a_signal_in_the_gui_thread(qtbot, fixture_bridge):
    recorder = ThreadRecorder()
    fixture_bridge.test_finished.connect(recorder)
    with (
        qtbot.waitSignal(fixture_bridge.test_started, timeout=WAIT_MS),
        qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS) as blocker,
    ):
        assert fixture_bridge.start_test("SN-BAD")
        assert fixture_bridge.running_serial == "SN-BAD"
    result = blocker.args[0]
    assert (result.serial, result.verdict) == ("SN-BAD", Verdict.FAIL)
    assert recorder.calls == [(result, True)]
    assert fixture_bridge.running_serial is None
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS) as blocker:
        fixture_bridge.start_test("SN-GOOD")
    assert blocker.args[0].verdict is Verdict.PASS


def test_second_test_while_one_runs_is_refused(qtbot, fixture_bridge, fixture_sim):
    fixture_sim.line_delay = 0.1
    with qtbot.waitSignal(fixture_bridge.test_failed, timeout=WAIT_MS) as refused:
        assert fixture_bridge.start_test("SN-1")
        assert not fixture_bridge.start_test("SN-2")
    assert refused.args[0].reason is DeviceErrorReason.TEST_IN_PROGRESS
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args[0].serial == "SN-1"


def test_fixture_timeout_arrives_as_test_failed(qtbot, fixture_bridge, fixture_sim):
    fixture_sim.silent = True
    recorder = ThreadRecorder()
    fixture_bridge.test_failed.connect(recorder)
    with qtbot.waitSignal(fixture_bridge.test_failed, timeout=WAIT_MS) as blocker:
        fixture_bridge.start_test("SN-1")
    assert blocker.args[0].reason is DeviceErrorReason.TIMEOUT
    assert recorder.calls == [(blocker.args[0], True)]


def test_unplug_mid_test(qtbot, fixture_bridge, fixture_sim):
    fixture_sim.line_delay = 0.05
    fixture_sim.drop_after = 1
    failed = ThreadRecorder()
    fixture_bridge.test_failed.connect(failed)
    with qtbot.waitSignals(
        [fixture_bridge.test_failed, fixture_bridge.state_changed],
        timeout=WAIT_MS,
        check_params_cbs=[None, lambda s: s == "disconnected"],
    ):
        fixture_bridge.start_test("SN-1")
    assert failed.calls[0][0].reason is DeviceErrorReason.DISCONNECTED
    assert failed.calls[0][1]
    with qtbot.waitSignal(
        fixture_bridge.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == "connected"
    ):
        fixture_sim.replug()
    with qtbot.waitSignal(fixture_bridge.test_finished, timeout=WAIT_MS) as blocker:
        fixture_bridge.start_test("SN-2")
    assert blocker.args[0].verdict is Verdict.PASS


def test_close_during_a_test_does_not_hang(qtbot, fixture_sim):
    fixture_sim.silent = True
    bridge = FixtureBridge(fixture_sim.port, line_timeout=20.0, overall_timeout=30.0, **FAST)
    bridge.start(require=True)
    bridge.start_test("SN-1")
    qtbot.wait(100)
    with qtbot.assertNotEmitted(bridge.test_failed, wait=100):
        bridge.close()
    assert bridge.fixture.state.value == "stopped"
