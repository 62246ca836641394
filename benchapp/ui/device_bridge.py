"""Qt bridges for the device drivers: reader-thread callbacks in, GUI-thread signals out."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from benchapp.devices.errors import DeviceError, DeviceErrorReason, FixtureError
from benchapp.devices.fixture import Fixture
from benchapp.devices.link import DeviceState
from benchapp.devices.ports import PortSpec
from benchapp.devices.scan import ScanExpectation
from benchapp.devices.scanner import Scanner

log = logging.getLogger(__name__)

_QUEUED = Qt.ConnectionType.QueuedConnection
_CLOSE_WAIT_MS = 5000


class ScannerBridge(QObject):
    """A serial scanner whose scans arrive as signals in the GUI thread.

    The private ``_*_relayed`` signals are emitted in the driver's reader thread and queued to
    this object's (GUI) thread, where the public signals are emitted; so any slot connected to
    them runs in the GUI thread, whatever connection type it asked for.
    """

    scan_accepted = Signal(object)  # benchapp.devices.scan.Scan
    scan_rejected = Signal(object)  # benchapp.devices.scan.ScanRejected
    state_changed = Signal(str)  # a DeviceState value: connecting, connected, disconnected, stopped
    error_occurred = Signal(object)  # benchapp.devices.errors.DeviceError

    _scan_relayed = Signal(object)
    _reject_relayed = Signal(object)
    _state_relayed = Signal(str, object)

    def __init__(
        self, port: str | PortSpec, parent: QObject | None = None, **scanner_options: Any
    ) -> None:
        super().__init__(parent)
        self._closed = False
        self._state = DeviceState.STOPPED.value
        self._scan_relayed.connect(self._deliver_scan, _QUEUED)
        self._reject_relayed.connect(self._deliver_reject, _QUEUED)
        self._state_relayed.connect(self._deliver_state, _QUEUED)
        self._scanner = Scanner(
            port,
            on_scan=self._scan_relayed.emit,
            on_reject=self._reject_relayed.emit,
            on_state=self._relay_state,
            **scanner_options,
        )

    @property
    def scanner(self) -> Scanner:
        return self._scanner

    @property
    def state(self) -> str:
        """The last state delivered to the GUI thread."""
        return self._state

    def set_expect(self, expect: str | Iterable[str] | ScanExpectation | None) -> None:
        """What the focused field accepts; later scans that do not fit are rejected."""
        self._scanner.expect = expect

    def start(self, *, require: bool = False) -> None:
        """Open the port; without ``require`` a missing scanner is waited for, not an error."""
        self._closed = False
        self._scanner.start(require=require)

    def close(self) -> None:
        """Stop the driver's threads; signals still queued are dropped. Call before deleting."""
        self._scanner.stop()
        self._closed = True

    def _relay_state(self, state: DeviceState, error: DeviceError | None) -> None:
        self._state_relayed.emit(state.value, error)

    @Slot(object)
    def _deliver_scan(self, scan: object) -> None:
        if not self._closed:
            self.scan_accepted.emit(scan)

    @Slot(object)
    def _deliver_reject(self, rejected: object) -> None:
        if not self._closed:
            self.scan_rejected.emit(rejected)

    @Slot(object)
    def _deliver_refusal(self, error: object) -> None:
        if not self._closed:
            self.test_failed.emit(error)

    @Slot(str, object)
    def _deliver_state(self, state: str, error: object) -> None:
        if self._closed and state != DeviceState.STOPPED.value:
            return
        if error is not None:
            self.error_occurred.emit(error)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)


class _TestRunnable(QRunnable):
    """One blocking Fixture.run_test() in a pool thread; the outcome goes back by signal."""

    def __init__(self, bridge: FixtureBridge, serial: str) -> None:
        super().__init__()
        self._fixture = bridge.fixture
        self._deliver = bridge._test_relayed.emit
        self._serial = serial

    def run(self) -> None:
        try:
            result = self._fixture.run_test(self._serial)
        except DeviceError as exc:
            self._deliver(self._serial, None, exc)
        except Exception as exc:
            # A bug must still end the test in the GUI, or its "testing..." would never clear.
            log.exception("fixture test of %s failed unexpectedly", self._serial)
            self._deliver(
                self._serial,
                None,
                FixtureError(
                    DeviceErrorReason.INTERNAL_ERROR,
                    device="fixture",
                    port=self._fixture.port_name,
                    detail=repr(exc),
                ),
            )
        else:
            self._deliver(self._serial, result, None)


class FixtureBridge(QObject):
    """A test fixture whose blocking tests run in a worker thread; results come by signal.

    ``start_test(serial)`` returns at once; ``test_finished(FixtureResult)`` or
    ``test_failed(FixtureError)`` follows in the GUI thread. One test at a time.
    """

    test_started = Signal(str)  # the unit serial
    test_finished = Signal(object)  # benchapp.devices.fixture_protocol.FixtureResult
    test_failed = Signal(object)  # benchapp.devices.errors.FixtureError
    state_changed = Signal(str)
    error_occurred = Signal(object)  # connection trouble: DeviceError

    _test_relayed = Signal(str, object, object)
    _refusal_relayed = Signal(object)
    _state_relayed = Signal(str, object)

    def __init__(
        self, port: str | PortSpec, parent: QObject | None = None, **fixture_options: Any
    ) -> None:
        super().__init__(parent)
        self._closed = False
        self._running: str | None = None
        self._runnable: _TestRunnable | None = None
        self._state = DeviceState.STOPPED.value
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._test_relayed.connect(self._deliver_test, _QUEUED)
        self._refusal_relayed.connect(self._deliver_refusal, _QUEUED)
        self._state_relayed.connect(self._deliver_state, _QUEUED)
        self.fixture = Fixture(port, on_state=self._relay_state, **fixture_options)

    @property
    def state(self) -> str:
        return self._state

    @property
    def running_serial(self) -> str | None:
        """The unit being tested, or None."""
        return self._running

    def start(self, *, require: bool = False) -> None:
        self._closed = False
        self.fixture.start(require=require)

    def start_test(self, serial: str) -> bool:
        """Start testing ``serial``; False (and test_failed) if a test is already running."""
        if self._closed:
            return False
        if self._running is not None:
            # Queued like a real outcome, so callers see the refusal after this call returns.
            self._refusal_relayed.emit(
                FixtureError(
                    DeviceErrorReason.TEST_IN_PROGRESS,
                    port=self.fixture.port_name,
                    running=f"unit {self._running}",
                ),
            )
            return False
        self._running = serial
        self._runnable = _TestRunnable(self, serial)
        self.test_started.emit(serial)
        self._pool.start(self._runnable)
        return True

    def close(self) -> None:
        """End a running test (it fails with STOPPED), stop the port, wait for the worker."""
        self._closed = True
        self.fixture.stop()
        if not self._pool.waitForDone(_CLOSE_WAIT_MS):
            log.warning("the fixture worker did not finish within %d ms", _CLOSE_WAIT_MS)

    def _relay_state(self, state: DeviceState, error: DeviceError | None) -> None:
        self._state_relayed.emit(state.value, error)

    @Slot(str, object, object)
    def _deliver_test(self, serial: str, result: object, error: object) -> None:
        self._running = None
        self._runnable = None
        if self._closed:
            return
        if error is not None:
            self.test_failed.emit(error)
        else:
            self.test_finished.emit(result)

    @Slot(object)
    def _deliver_refusal(self, error: object) -> None:
        if not self._closed:
            self.test_failed.emit(error)

    @Slot(str, object)
    def _deliver_state(self, state: str, error: object) -> None:
        if self._closed and state != DeviceState.STOPPED.value:
            return
        if error is not None:
            self.error_occurred.emit(error)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
