"""A serial port kept open through pyserial's ReaderThread, reopened after an unplug."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from enum import StrEnum

import serial
from serial.threaded import Protocol, ReaderThread

from benchapp.devices.errors import DeviceError, DeviceErrorReason, PortError
from benchapp.devices.ports import PortSpec, open_serial

log = logging.getLogger(__name__)

DEFAULT_RETRY_INTERVAL = 0.5
# pyserial waits in select(); this bounds every read so a stop request is never stuck behind it.
DEFAULT_READ_TIMEOUT = 0.2
# How often the supervisor checks that the reader thread is still alive when nothing happens.
_HEALTH_INTERVAL = 1.0


class DeviceState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    STOPPED = "stopped"


StateCallback = Callable[[DeviceState, DeviceError | None], None]
LostCallback = Callable[["LineProtocol", BaseException | None], None]

_ANY_LINE_END = re.compile(rb"[\r\n]")
_LF = re.compile(rb"\n")


class LineProtocol(Protocol):
    """Cuts the byte stream into lines for a ReaderThread.

    pyserial's LineReader knows one fixed terminator and grows its buffer without bound; a
    scanner may end lines in CR, LF or CRLF, and a babbling device must not eat memory, so
    this splits on either end (or LF only), caps the line length and drops empty lines.

    ``on_line(line)`` gets each complete line without its end; ``on_overflow(prefix, length)``
    a line past ``max_line`` bytes (the rest of it is dropped); ``on_stale(fragment)`` bytes
    that waited more than ``partial_timeout`` s for their line end; ``on_lost(protocol,
    exc)`` the end of the connection, ``exc`` None when it was closed on purpose.
    """

    def __init__(
        self,
        *,
        split_on_cr: bool,
        max_line: int,
        on_line: Callable[[bytes], None],
        on_overflow: Callable[[bytes, int], None],
        on_stale: Callable[[bytes], None] | None = None,
        on_lost: LostCallback | None = None,
        partial_timeout: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.buffer = bytearray()
        self.transport: ReaderThread | None = None
        self.generation = 0
        self.link_lost: LostCallback | None = None  # set by the SerialLink that runs it
        self._on_line = on_line
        self._on_overflow = on_overflow
        self._on_stale = on_stale
        self._on_lost = on_lost
        self._terminator = _ANY_LINE_END if split_on_cr else _LF
        self._strip_cr = not split_on_cr
        self._max_line = max_line
        self._partial_timeout = partial_timeout
        self._clock = clock
        self._last_data = 0.0
        self._discarding = False

    def connection_made(self, transport: ReaderThread) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        now = self._clock()
        if (
            self.buffer
            and self._partial_timeout is not None
            and now - self._last_data > self._partial_timeout
        ):
            # A fragment left alone this long is not the start of the next line: passing it on
            # would glue noise to the front of the next scan.
            stale = bytes(self.buffer)
            self.buffer.clear()
            if not self._discarding and self._on_stale is not None:
                self._on_stale(stale)
            self._discarding = False
        self._last_data = now
        self.buffer.extend(data)
        while True:
            match = self._terminator.search(self.buffer)
            if match is None:
                break
            end = match.start()
            line = bytes(self.buffer[:end])
            del self.buffer[: end + 1]
            if self._discarding:
                self._discarding = False  # the end of the over-long line that was reported
                continue
            if self._strip_cr and line.endswith(b"\r"):
                line = line[:-1]
            if len(line) > self._max_line:  # arrived whole, in one read
                self._on_overflow(line[: self._max_line], len(line))
            elif line:
                self._on_line(line)
        if len(self.buffer) > self._max_line:
            if not self._discarding:
                self._on_overflow(bytes(self.buffer[: self._max_line]), len(self.buffer))
            self._discarding = True
            self.buffer.clear()

    def connection_lost(self, exc: BaseException | None) -> None:
        # A half-received line dies with the connection: it is never completed by the next one.
        self.buffer.clear()
        self._discarding = False
        self.transport = None
        if self._on_lost is not None:
            self._on_lost(self, exc)
        if self.link_lost is not None:
            self.link_lost(self, exc)


class SerialLink:
    """One device's port: opens it, runs a ReaderThread, and reopens it when it comes back.

    A supervisor thread watches the reader; after an unplug it closes what is left, reports
    DISCONNECTED and retries every ``retry_interval`` seconds, resolving a VID:PID spec again
    each time so a re-plugged device is found under its new name.
    """

    def __init__(
        self,
        port: str | PortSpec,
        *,
        device: str,
        baudrate: int,
        protocol_factory: Callable[[], LineProtocol],
        on_state: StateCallback | None = None,
        reconnect: bool = True,
        retry_interval: float = DEFAULT_RETRY_INTERVAL,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        write_timeout: float = 2.0,
    ) -> None:
        self.spec = PortSpec.parse(port)
        self.device = device
        self.baudrate = baudrate
        self.reconnect = reconnect
        self.retry_interval = retry_interval
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout
        self._protocol_factory = protocol_factory
        self._on_state = on_state
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lost = threading.Event()
        self._lost_exc: BaseException | None = None
        self._reader: ReaderThread | None = None
        self._protocol: LineProtocol | None = None
        self._path: str | None = None
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._state = DeviceState.STOPPED
        self._last_error: DeviceError | None = None

    @property
    def state(self) -> DeviceState:
        return self._state

    @property
    def last_error(self) -> DeviceError | None:
        return self._last_error

    @property
    def generation(self) -> int:
        """Counts connections; a protocol's events from an older connection are stale."""
        return self._generation

    @property
    def port_name(self) -> str:
        """The path in use, else the spec as given: what messages should name."""
        return self._path or str(self.spec)

    @property
    def is_connected(self) -> bool:
        reader = self._reader
        return reader is not None and reader.alive and not self._lost.is_set()

    def start(self, *, require: bool = True) -> None:
        """Open the port and start watching it.

        With ``require`` a failed first open raises PortError and nothing keeps running;
        without it the link reports DISCONNECTED with the error and keeps retrying.
        """
        if self._thread is not None:
            raise RuntimeError(f"the {self.device} link is already started")
        self._stop.clear()
        self._wake.clear()
        self._notify(DeviceState.CONNECTING, None)
        try:
            self._connect()
        except PortError as exc:
            if require:
                self._notify(DeviceState.STOPPED, exc)
                raise
            self._notify(DeviceState.DISCONNECTED, exc)
        self._thread = threading.Thread(
            target=self._supervise, name=f"benchapp-{self.device}-link", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Close the port and end the threads; safe to call twice and from a callback."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        current = threading.current_thread()
        if thread is None:
            self._close_reader()
            if self._state is not DeviceState.STOPPED:
                self._notify(DeviceState.STOPPED, None)
            return
        if current is not thread and current is not self._reader:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("the %s link thread did not stop within %.1f s", self.device, timeout)
            else:
                self._thread = None

    def write(self, data: bytes) -> None:
        with self._lock:
            reader = self._reader
        if reader is None or not reader.alive:
            reason = (
                DeviceErrorReason.DISCONNECTED
                if self._state is DeviceState.DISCONNECTED
                else DeviceErrorReason.NOT_CONNECTED
            )
            raise PortError(
                reason, device=self.device, port=self.port_name, detail="no device on the port"
            )
        try:
            reader.write(data)
        except serial.SerialTimeoutException as exc:
            raise PortError(
                DeviceErrorReason.WRITE_FAILED,
                device=self.device,
                port=self.port_name,
                detail=f"nothing was taken within {self.write_timeout:g} s",
            ) from exc
        except OSError as exc:  # SerialException included
            raise PortError(
                DeviceErrorReason.WRITE_FAILED,
                device=self.device,
                port=self.port_name,
                detail=str(exc),
            ) from exc

    def _connect(self) -> None:
        path = self.spec.resolve()
        port = open_serial(
            path,
            baudrate=self.baudrate,
            timeout=self.read_timeout,
            write_timeout=self.write_timeout,
        )
        with self._lock:
            self._generation += 1
            generation = self._generation
            self._lost.clear()
            self._lost_exc = None

        def factory() -> LineProtocol:
            protocol = self._protocol_factory()
            protocol.generation = generation
            protocol.link_lost = self._on_lost
            return protocol

        reader = ReaderThread(port, factory)
        reader.name = f"benchapp-{self.device}-reader"
        reader.start()
        try:
            _transport, protocol = reader.connect()
        except RuntimeError as exc:
            reader.close()
            raise PortError(
                DeviceErrorReason.DISCONNECTED, device=self.device, port=path, detail=str(exc)
            ) from exc
        with self._lock:
            self._reader = reader
            self._protocol = protocol
            self._path = path
        log.info("%s connected on %s", self.device, path)
        self._notify(DeviceState.CONNECTED, None)

    def _on_lost(self, protocol: LineProtocol, exc: BaseException | None) -> None:
        # Runs in the reader thread: only flag it, the supervisor does the closing.
        with self._lock:
            if protocol.generation != self._generation:
                return
            self._lost_exc = exc
            self._lost.set()
        self._wake.set()

    def _supervise(self) -> None:
        try:
            while not self._stop.is_set():
                reader = self._reader
                if reader is not None:
                    self._wake.wait(_HEALTH_INTERVAL)
                    self._wake.clear()
                    if self._stop.is_set():
                        break
                    if self._lost.is_set() or not reader.is_alive():
                        exc = self._lost_exc
                        path = self.port_name
                        self._close_reader()
                        detail = str(exc) if exc is not None else "the port closed"
                        log.warning("%s on %s disconnected: %s", self.device, path, detail)
                        self._notify(
                            DeviceState.DISCONNECTED,
                            PortError(
                                DeviceErrorReason.DISCONNECTED,
                                device=self.device,
                                port=path,
                                detail=detail,
                            ),
                        )
                    continue
                if not self.reconnect:
                    self._stop.wait()
                    break
                try:
                    self._connect()
                except PortError as exc:
                    if self._is_news(exc):
                        self._notify(DeviceState.DISCONNECTED, exc)
                    self._wake.wait(self.retry_interval)
                    self._wake.clear()
        except Exception as exc:  # a bug here must still end in a reported, closed port
            log.exception("the %s link supervisor failed", self.device)
            self._close_reader()
            self._notify(
                DeviceState.STOPPED,
                DeviceError(
                    DeviceErrorReason.INTERNAL_ERROR,
                    device=self.device,
                    port=self.port_name,
                    detail=repr(exc),
                ),
            )
            return
        self._close_reader()
        self._notify(DeviceState.STOPPED, None)

    def _is_news(self, exc: PortError) -> bool:
        """Whether a failed reconnect attempt tells the user something they were not told."""
        # The same reason every retry_interval is noise, and so is "not there" right after
        # "disconnected"; "no permission" after a re-plug is news.
        previous = self._last_error
        if self._state is not DeviceState.DISCONNECTED or previous is None:
            return True
        if previous.reason is exc.reason:
            return False
        return not (
            previous.reason is DeviceErrorReason.DISCONNECTED
            and exc.reason is DeviceErrorReason.PORT_NOT_FOUND
        )

    def _close_reader(self) -> None:
        with self._lock:
            reader, self._reader, self._protocol = self._reader, None, None
        if reader is None:
            return
        try:
            reader.close()
        except (OSError, RuntimeError) as exc:
            # The port may already be gone; closing what is left must not stop the supervisor.
            log.debug("closing the %s reader: %r", self.device, exc)

    def _notify(self, state: DeviceState, error: DeviceError | None) -> None:
        self._state = state
        if error is not None:
            self._last_error = error
        elif state is DeviceState.CONNECTED:
            self._last_error = None
        if self._on_state is None:
            return
        try:
            self._on_state(state, error)
        except Exception:
            log.exception("the %s state callback failed", self.device)
