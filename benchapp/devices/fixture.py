"""Test fixture driver for protocol v1: a blocking run_test() with overall and per-line timeouts."""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import Any, Self

from benchapp.devices.errors import DeviceError, DeviceErrorReason, FixtureError, escape
from benchapp.devices.fixture_protocol import (
    IDN_COMMAND,
    MAX_LINE,
    TEST_COMMAND,
    ErrLine,
    FixtureIdentity,
    FixtureReplyParser,
    FixtureResult,
    decode_line,
    fixture_error,
    parse_idn,
    parse_reply,
    protocol_error,
)
from benchapp.devices.link import (
    DEFAULT_READ_TIMEOUT,
    DEFAULT_RETRY_INTERVAL,
    DeviceState,
    LineProtocol,
    SerialLink,
    StateCallback,
)
from benchapp.devices.ports import PortSpec
from benchapp.devices.scan import SERIAL_MAX_LEN, is_valid_serial

log = logging.getLogger(__name__)

DEFAULT_FIXTURE_BAUD = 115200
DEFAULT_OVERALL_TIMEOUT = 30.0
DEFAULT_LINE_TIMEOUT = 5.0

_LINE = "line"
_OVERFLOW = "overflow"
_LOST = "lost"
_STOPPED = "stopped"


class Fixture:
    """A test fixture on a serial port, spoken to with protocol v1 (see docs/devices.md).

    ``run_test`` blocks: call it from a worker thread (benchapp.ui.device_bridge does).
    Each test first asks ``*IDN?`` and skips what an earlier, abandoned test left on the
    line, so a late ``DONE`` of that test can never be taken for this unit's verdict.
    """

    def __init__(
        self,
        port: str | PortSpec,
        *,
        baudrate: int = DEFAULT_FIXTURE_BAUD,
        overall_timeout: float = DEFAULT_OVERALL_TIMEOUT,
        line_timeout: float = DEFAULT_LINE_TIMEOUT,
        on_state: StateCallback | None = None,
        reconnect: bool = True,
        retry_interval: float = DEFAULT_RETRY_INTERVAL,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
    ) -> None:
        if overall_timeout <= 0 or line_timeout <= 0:
            raise ValueError("timeouts must be positive")
        self.overall_timeout = overall_timeout
        self.line_timeout = line_timeout
        self._lines: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._busy = threading.Lock()
        self._running: str | None = None
        self._link = SerialLink(
            port,
            device="fixture",
            baudrate=baudrate,
            protocol_factory=self._make_protocol,
            on_state=on_state,
            reconnect=reconnect,
            retry_interval=retry_interval,
            read_timeout=read_timeout,
        )

    @property
    def spec(self) -> PortSpec:
        return self._link.spec

    @property
    def port_name(self) -> str:
        return self._link.port_name

    @property
    def state(self) -> DeviceState:
        return self._link.state

    @property
    def baudrate(self) -> int:
        return self._link.baudrate

    @property
    def is_busy(self) -> bool:
        return self._running is not None

    def start(self, *, require: bool = True) -> None:
        self._link.start(require=require)

    def stop(self) -> None:
        """Close the port; a test still running ends at once with FixtureError(STOPPED)."""
        self._link.stop()
        self._lines.put((_STOPPED,))

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def identify(self) -> FixtureIdentity:
        """Ask ``*IDN?``; raises FixtureError on timeout, protocol error or disconnect."""
        with self._exclusive(f"its {IDN_COMMAND} query"):
            deadline = time.monotonic() + min(self.overall_timeout, self.line_timeout)
            return self._identify(deadline)

    def run_test(self, serial: str) -> FixtureResult:
        """Test one unit; the result only if DONE agrees with every MEAS line.

        Raises FixtureError with reason TIMEOUT, PROTOCOL_ERROR, FIXTURE_ERROR, DISCONNECTED,
        NOT_CONNECTED, STOPPED, INVALID_SERIAL or TEST_IN_PROGRESS; a partial result is
        never returned.
        """
        if not isinstance(serial, str) or not is_valid_serial(serial):
            raise FixtureError(
                DeviceErrorReason.INVALID_SERIAL,
                serial=serial,
                detail=f"a unit serial is 1-{SERIAL_MAX_LEN} printable characters, no spaces",
            )
        with self._exclusive(f"unit {serial}"):
            deadline = time.monotonic() + self.overall_timeout
            identity = self._identify(deadline, serial=serial)
            self._send(f"{TEST_COMMAND} {serial}\n")
            parser = FixtureReplyParser(serial, identity, port=self.port_name)
            received = 0
            while True:
                raw = self._next_line(deadline, serial=serial, received=received)
                received += 1
                result = parser.feed(raw)
                if result is not None:
                    log.info("fixture verdict for %s: %s", serial, result.verdict.value)
                    return result

    def _make_protocol(self) -> LineProtocol:
        # The reader thread only queues; run_test() reads the queue with its timeouts.
        lines = self._lines
        return LineProtocol(
            split_on_cr=False,
            max_line=MAX_LINE,
            on_line=lambda line: lines.put((_LINE, line)),
            on_overflow=lambda prefix, length: lines.put((_OVERFLOW, prefix, length)),
            on_lost=lambda protocol, exc: lines.put((_LOST, exc, protocol.generation)),
        )

    def _exclusive(self, what: str) -> _Exclusive:
        return _Exclusive(self, what)

    def _identify(self, deadline: float, *, serial: str | None = None) -> FixtureIdentity:
        self._drain()
        self._send(f"{IDN_COMMAND}\n")
        port = self.port_name
        # A fixture that kept sending valid leftovers forever is still cut off by the deadline.
        while True:
            raw = self._next_line(deadline, serial=serial, received=None)
            text = decode_line(raw, port=port)
            reply = parse_reply(text, port=port, raw=raw)
            if reply is None:
                return parse_idn(text, port=port, raw=raw)
            if isinstance(reply, ErrLine):
                raise fixture_error(port, reply)
            log.info("skipped a leftover line from an earlier test: %s", escape(raw))

    def _drain(self) -> None:
        if not self._link.is_connected:
            raise FixtureError(
                DeviceErrorReason.NOT_CONNECTED
                if self._link.state is not DeviceState.DISCONNECTED
                else DeviceErrorReason.DISCONNECTED,
                device="fixture",
                port=self.port_name,
                detail="no fixture on the port",
            )
        # Lines from before this command (an earlier test's tail, power-up chatter) are stale.
        while True:
            try:
                self._lines.get_nowait()
            except queue.Empty:
                return

    def _send(self, command: str) -> None:
        try:
            self._link.write(command.encode("utf-8"))
        except DeviceError as exc:
            raise FixtureError(exc.reason, **exc.params) from exc

    def _next_line(self, deadline: float, *, serial: str | None, received: int | None) -> bytes:
        while True:
            remaining = deadline - time.monotonic()
            wait = min(self.line_timeout, remaining)
            if wait <= 0:
                raise self._timeout(serial, received, overall=True)
            try:
                item = self._lines.get(timeout=wait)
            except queue.Empty:
                raise self._timeout(serial, received, overall=wait >= remaining) from None
            kind = item[0]
            if kind == _LINE:
                return item[1]
            if kind == _OVERFLOW:
                raise protocol_error(
                    self.port_name, f"a line longer than {MAX_LINE} bytes", item[1]
                )
            if kind == _LOST:
                exc, generation = item[1], item[2]
                if generation != self._link.generation:
                    continue  # from a connection that was already replaced
                if exc is None:
                    raise FixtureError(
                        DeviceErrorReason.STOPPED, device="fixture", port=self.port_name
                    )
                raise FixtureError(
                    DeviceErrorReason.DISCONNECTED,
                    device="fixture",
                    port=self.port_name,
                    detail=f"{exc}; the partial result was discarded",
                )
            if kind == _STOPPED:
                raise FixtureError(DeviceErrorReason.STOPPED, device="fixture", port=self.port_name)

    def _timeout(self, serial: str | None, received: int | None, *, overall: bool) -> FixtureError:
        if serial is None or received is None:
            phase = f"answering {IDN_COMMAND}"
        elif received == 0:
            phase = f"answering {TEST_COMMAND} {serial}"
        else:
            phase = f"testing {serial} (after {received} line{'s' if received > 1 else ''})"
        if overall:
            detail = f"did not finish within {self.overall_timeout:g} s while {phase}"
            seconds = self.overall_timeout
        else:
            detail = f"sent nothing for {self.line_timeout:g} s while {phase}"
            seconds = self.line_timeout
        return FixtureError(
            DeviceErrorReason.TIMEOUT,
            device="fixture",
            port=self.port_name,
            detail=detail,
            seconds=seconds,
            overall=overall,
            serial=serial,
        )


class _Exclusive:
    """One exchange at a time: a second caller is refused, not queued behind a 30 s test."""

    def __init__(self, fixture: Fixture, what: str) -> None:
        self._fixture = fixture
        self._what = what

    def __enter__(self) -> Self:
        fixture = self._fixture
        if not fixture._busy.acquire(blocking=False):
            raise FixtureError(
                DeviceErrorReason.TEST_IN_PROGRESS,
                port=fixture.port_name,
                running=fixture._running or "a unit",
            )
        fixture._running = self._what

    def __exit__(self, *exc_info: object) -> None:
        self._fixture._running = None
        self._fixture._busy.release()
