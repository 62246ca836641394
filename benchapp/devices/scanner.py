"""Serial (COM-mode) barcode scanner driver: lines in, Scan or ScanRejected out through callbacks."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Self

from benchapp.devices.errors import ScanRejectReason
from benchapp.devices.link import (
    DEFAULT_READ_TIMEOUT,
    DEFAULT_RETRY_INTERVAL,
    DeviceState,
    LineProtocol,
    SerialLink,
    StateCallback,
)
from benchapp.devices.ports import PortSpec
from benchapp.devices.scan import (
    DEFAULT_DUPLICATE_WINDOW,
    DEFAULT_MAX_LEN,
    DuplicateFilter,
    Scan,
    ScanExpectation,
    ScanRejected,
    parse_scan,
)

log = logging.getLogger(__name__)

DEFAULT_SCANNER_BAUD = 9600
# A scanner sends a whole code in a few milliseconds; a fragment that waited a second for
# its line end was cut off (power glitch, scanner without a suffix) and is dropped.
DEFAULT_PARTIAL_TIMEOUT = 1.0


class Scanner:
    """A barcode scanner in serial (COM / USB-CDC) mode.

    Callbacks run in the reader thread: ``on_scan(Scan)``, ``on_reject(ScanRejected)`` and
    ``on_state(DeviceState, DeviceError | None)``. They must be quick and must not touch
    a GUI; benchapp.ui.device_bridge turns them into Qt signals.
    """

    def __init__(
        self,
        port: str | PortSpec,
        *,
        baudrate: int = DEFAULT_SCANNER_BAUD,
        expect: str | Iterable[str] | ScanExpectation | None = None,
        max_len: int = DEFAULT_MAX_LEN,
        duplicate_window: float = DEFAULT_DUPLICATE_WINDOW,
        partial_timeout: float | None = DEFAULT_PARTIAL_TIMEOUT,
        on_scan: Callable[[Scan], Any] | None = None,
        on_reject: Callable[[ScanRejected], Any] | None = None,
        on_state: StateCallback | None = None,
        reconnect: bool = True,
        retry_interval: float = DEFAULT_RETRY_INTERVAL,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
    ) -> None:
        if max_len < 1:
            raise ValueError("max_len must be at least 1")
        self._expect: ScanExpectation | None = None
        self.expect = expect
        self.max_len = max_len
        self.partial_timeout = partial_timeout
        self.on_scan = on_scan
        self.on_reject = on_reject
        self._duplicates = DuplicateFilter(duplicate_window)
        self._link = SerialLink(
            port,
            device="scanner",
            baudrate=baudrate,
            protocol_factory=self._make_protocol,
            on_state=on_state,
            reconnect=reconnect,
            retry_interval=retry_interval,
            read_timeout=read_timeout,
        )

    @property
    def expect(self) -> ScanExpectation | None:
        """What scans must be; the GUI sets it from the focused field. None accepts all."""
        return self._expect

    @expect.setter
    def expect(self, value: str | Iterable[str] | ScanExpectation | None) -> None:
        self._expect = ScanExpectation.of(value) if value is not None else None

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

    def start(self, *, require: bool = True) -> None:
        self._link.start(require=require)

    def stop(self) -> None:
        self._link.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _make_protocol(self) -> LineProtocol:
        return LineProtocol(
            split_on_cr=True,
            # Room for the longest valid scan in UTF-8 plus an AIM prefix and padding spaces.
            max_line=self.max_len * 4 + 8,
            partial_timeout=self.partial_timeout,
            on_line=self._handle_line,
            on_overflow=self._handle_overflow,
            on_stale=self._handle_stale,
        )

    def _handle_overflow(self, prefix: bytes, length: int) -> None:
        self._reject(
            ScanRejected(
                ScanRejectReason.TOO_LONG,
                {"length": length, "unit": "bytes", "max_len": self.max_len},
                prefix,
            )
        )

    def _handle_stale(self, fragment: bytes) -> None:
        self._reject(ScanRejected(ScanRejectReason.INCOMPLETE, {}, fragment))

    def _handle_line(self, line: bytes) -> None:
        result = parse_scan(line, expect=self._expect, max_len=self.max_len)
        if isinstance(result, ScanRejected):
            self._reject(result)
            return
        if self._duplicates.is_duplicate(result.text):
            log.debug("dropped a repeated scan of %r", result.text)
            return
        self._call(self.on_scan, result)

    def _reject(self, rejected: ScanRejected) -> None:
        log.info("scan rejected: %s", rejected.message)
        self._call(self.on_reject, rejected)

    @staticmethod
    def _call(callback: Callable[[Any], Any] | None, value: object) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except Exception:
            # Raised into ReaderThread, this would be taken for a port failure and close it.
            log.exception("a scanner callback failed")
