"""Scanner and fixture simulators on pseudo-terminals, for demos, docs, tests and bench set-up."""

from __future__ import annotations

import errno
import fcntl
import heapq
import itertools
import logging
import os
import pty
import queue
import select
import struct
import termios
import threading
import time
import tty
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self

from benchapp.devices.errors import escape
from benchapp.domain.rma import Verdict

log = logging.getLogger(__name__)

DEFAULT_IDN = ("BenchSim", "FX-1", "SIM0001", "1.0")
# How long an unplug waits for the host to read what was already sent: a pty hang-up throws
# away unread input, and "drop after N lines" should mean the host saw N lines.
_DRAIN_BEFORE_DROP = 1.0
_CALL_TIMEOUT = 5.0
# The pty moves written bytes to the slave's input queue a moment later (a kernel work item),
# so an empty queue right after a write proves nothing; trust it only after this long.
_SETTLE = 0.05

BABBLE_KINDS = ("text", "binary", "long")
_BABBLE_LINES = {
    "text": b"fixture v2.1 booting... self-test ok\n",
    "binary": b"\x00\xff\x13\x88garbage\x1b[2J\xfe\n",
    "long": b"M" * 2000 + b"\n",
}
_SCANNER_GARBAGE = b"\x00\xff\xfe\x1b[0m\x07\r\n"


class ScriptError(ValueError):
    """A fixture script that cannot be played; the message names the serial and the field."""


class PtyDevice:
    """A device on the master side of a pseudo-terminal; the host opens ``.port``.

    One thread owns the pty file descriptors; other threads talk to it through a command
    queue, so an unplug can never close a descriptor that the thread is still reading.
    ``unplug()`` closes the pty (the host's reads fail as with a pulled USB cable);
    ``replug()`` opens a new one, which gets a new /dev/pts name. Give ``link`` to get a
    stable symlink that follows the device, like a udev rule's /dev/benchscanner.
    """

    def __init__(
        self,
        *,
        link: str | None = None,
        drop_after: int | None = None,
        replug_after: float | None = None,
        on_port_changed: Callable[[str], Any] | None = None,
    ) -> None:
        if drop_after is not None and drop_after < 0:
            raise ValueError("drop_after must be 0 or more")
        self.link = os.path.abspath(link) if link else None
        self.drop_after = drop_after
        self.replug_after = replug_after
        self.on_port_changed = on_port_changed
        self._master: int | None = None
        self._slave: int | None = None
        self._slave_path: str | None = None
        self._out = bytearray()
        self._inbuf = bytearray()  # what the host sent that is not a whole line yet
        self.bytes_received = 0
        self._schedule: list[tuple[float, int, bytes, bool]] = []
        self._seq = itertools.count()
        self._counted = 0
        self._last_write = 0.0
        self._busy_until = 0.0
        self._dropped = False
        self._drop_deadline: float | None = None
        self._replug_at: float | None = None
        self._commands: queue.SimpleQueue[tuple[Callable[[], Any], threading.Event, list[Any]]]
        self._commands = queue.SimpleQueue()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._closed = False

    # -- public API (any thread) -------------------------------------------------------

    @property
    def port(self) -> str:
        """What the host should open: the symlink if one was asked for, else the pty slave."""
        if self.link:
            return self.link
        if self._slave_path is None:
            raise RuntimeError("the simulator is not plugged in")
        return self._slave_path

    @property
    def slave_path(self) -> str | None:
        return self._slave_path

    @property
    def is_plugged(self) -> bool:
        return self._master is not None

    def start(self) -> PtyDevice:
        if self._thread is not None:
            raise RuntimeError("the simulator is already running")
        self._open_pty(announce=False)
        self._thread = threading.Thread(
            target=self._run, name=f"benchapp-sim-{type(self).__name__}", daemon=True
        )
        self._thread.start()
        # Announced once the thread runs: whoever reads the port may act on it at once.
        self._announce()
        return self

    def stop(self) -> None:
        """Close the pty and end the thread; safe to call twice."""
        thread = self._thread
        if thread is not None and thread.is_alive():
            self._stopping = True
            self._wake()
            thread.join(_CALL_TIMEOUT)
        if thread is None or not thread.is_alive():
            self._close_pty()
            if not self._closed:
                self._closed = True
                os.close(self._wake_r)
                os.close(self._wake_w)

    def unplug(self) -> None:
        self._call(self._unplug)

    def replug(self) -> None:
        self._call(self._replug)

    def wait_drained(self, timeout: float = 2.0) -> bool:
        """Wait until the host has read everything sent so far; False if it did not in time."""
        deadline = time.monotonic() + timeout
        while True:
            if self._call(self._pending_bytes) == 0:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.005)

    def __enter__(self) -> Self:
        return self.start() if self._thread is None else self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- plumbing --------------------------------------------------------------------

    def _call(self, fn: Callable[[], Any]) -> Any:
        if self._thread is None or threading.current_thread() is self._thread:
            return fn()
        if not self._thread.is_alive():
            raise RuntimeError("the simulator is stopped")
        done = threading.Event()
        box: list[Any] = []
        self._commands.put((fn, done, box))
        self._wake()
        if not done.wait(_CALL_TIMEOUT):
            raise RuntimeError("the simulator thread did not answer")
        if box and isinstance(box[0], BaseException):
            raise box[0]
        return box[0] if box else None

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except (BlockingIOError, OSError):
            pass  # a full pipe already wakes the thread; a closed one means it is gone

    def _open_pty(self, *, announce: bool = True) -> None:
        master, slave = pty.openpty()
        # Raw mode before anyone opens the slave: no echo of what we send back to ourselves.
        tty.setraw(slave)
        os.set_blocking(master, False)
        self._master, self._slave = master, slave
        self._slave_path = os.ttyname(slave)
        if self.link:
            temporary = f"{self.link}.{os.getpid()}.tmp"
            if os.path.lexists(temporary):
                os.unlink(temporary)
            os.symlink(self._slave_path, temporary)
            os.replace(temporary, self.link)  # atomic: the link never points nowhere
        if announce:
            self._announce()

    def _announce(self) -> None:
        log.info("simulator on %s", self.port)
        if self.on_port_changed is not None:
            self.on_port_changed(self.port)

    def _close_pty(self) -> None:
        # Unplugged before the descriptors close, so is_plugged is False by the time the host
        # sees its reads fail.
        fds = (self._master, self._slave)
        self._master = self._slave = None
        for fd in fds:
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        if self.link and self._slave_path:
            try:
                if os.readlink(self.link) == self._slave_path:
                    os.unlink(self.link)
            except OSError:
                pass
        self._out.clear()
        self._schedule.clear()
        self._busy_until = 0.0

    def _unplug(self) -> None:
        if self._master is None:
            return
        log.info("simulator unplugged from %s", self.port)
        self._close_pty()
        self._drop_deadline = None
        self._inbuf.clear()  # a half-sent command dies with the device

    def _replug(self) -> None:
        if self._master is not None:
            return
        self._replug_at = None
        self._open_pty()

    def _pending_bytes(self) -> int:
        """Bytes sent but not yet read by the host (at least 1 while a write may be in flight)."""
        if self._slave is None:
            return 0
        raw = fcntl.ioctl(self._slave, termios.FIONREAD, b"\0\0\0\0")
        pending = len(self._out) + struct.unpack("i", raw)[0]
        if pending == 0 and time.monotonic() - self._last_write < _SETTLE:
            return 1
        return pending

    def _write(self, data: bytes, *, counted: bool = False) -> bool:
        if self._master is None:
            return False
        self._out.extend(data)
        self._flush()
        if counted:
            self._counted += 1
            if (
                self.drop_after is not None
                and not self._dropped
                and self._counted >= self.drop_after
            ):
                self._begin_drop()
        return True

    def _begin_drop(self) -> None:
        self._dropped = True
        self._schedule.clear()
        self._drop_deadline = time.monotonic() + _DRAIN_BEFORE_DROP

    def _flush(self) -> None:
        if self._master is None or not self._out:
            return
        try:
            written = os.write(self._master, self._out)
        except BlockingIOError:
            return
        except OSError as exc:
            log.warning("simulator write failed: %s", exc)
            self._out.clear()
            return
        del self._out[:written]
        self._last_write = time.monotonic()

    def _send_later(self, delay: float, data: bytes, *, counted: bool = False) -> None:
        # Like single-threaded firmware, an answer starts after the previous one is out.
        due = max(time.monotonic(), self._busy_until) + delay
        self._busy_until = due
        heapq.heappush(self._schedule, (due, next(self._seq), data, counted))

    def _run(self) -> None:
        try:
            self._loop()
        except Exception:
            log.exception("the simulator thread failed")
        finally:
            self._close_pty()

    def _loop(self) -> None:
        while True:
            self._run_commands()
            if self._stopping:
                return
            now = time.monotonic()
            if self._drop_deadline is not None and (
                self._pending_bytes() == 0 or now >= self._drop_deadline
            ):
                self._unplug()
                if self.replug_after is not None:
                    self._replug_at = now + self.replug_after
            if self._replug_at is not None and now >= self._replug_at:
                self._replug()
            while self._schedule and self._schedule[0][0] <= now and self._drop_deadline is None:
                _due, _seq, data, counted = heapq.heappop(self._schedule)
                self._write(data, counted=counted)
            timeout = 0.25
            if self._schedule:
                timeout = min(timeout, max(0.0, self._schedule[0][0] - now))
            if self._drop_deadline is not None:
                timeout = 0.005
            if self._replug_at is not None:
                timeout = min(timeout, max(0.0, self._replug_at - now))
            readers = [self._wake_r]
            writers = []
            if self._master is not None:
                readers.append(self._master)
                if self._out:
                    writers.append(self._master)
            try:
                readable, writable, _ = select.select(readers, writers, [], timeout)
            except InterruptedError:
                continue
            if self._wake_r in readable:
                try:
                    os.read(self._wake_r, 4096)
                except BlockingIOError:
                    pass
            if self._master is not None and self._master in readable:
                try:
                    data = os.read(self._master, 4096)
                except BlockingIOError:
                    data = b""
                except OSError as exc:
                    if exc.errno != errno.EIO:
                        raise
                    data = b""  # nobody has the slave open: nothing to read
                if data:
                    self._on_data(data)
            if self._master is not None and self._master in writable:
                self._flush()

    def _run_commands(self) -> None:
        while True:
            try:
                fn, done, box = self._commands.get_nowait()
            except queue.Empty:
                return
            try:
                box.append(fn())
            except Exception as exc:  # noqa: BLE001 - handed to the calling thread, raised there
                box.append(exc)
            done.set()

    # -- device behaviour (device thread) -----------------------------------------------

    def _on_data(self, data: bytes) -> None:
        """Bytes the host sent; a device that takes no commands only counts them."""
        self.bytes_received += len(data)


class ScannerSimulator(PtyDevice):
    """A COM-mode barcode scanner: ``send("RMA-000123")`` is one scan.

    ``gbk`` encodes scans in GBK like many Chinese scanners; ``babble`` sends a line of binary
    garbage before each scan; ``silent`` sends nothing (a scanner left in keyboard mode);
    ``drop_after`` unplugs after that many scans.
    """

    def __init__(
        self,
        *,
        terminator: str | bytes = "\r\n",
        aim: str | None = None,
        gbk: bool = False,
        babble: bool = False,
        silent: bool = False,
        drop_after: int | None = None,
        replug_after: float | None = None,
        link: str | None = None,
        on_port_changed: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(
            link=link,
            drop_after=drop_after,
            replug_after=replug_after,
            on_port_changed=on_port_changed,
        )
        self.terminator = terminator.encode() if isinstance(terminator, str) else terminator
        self.aim = aim
        self.encoding = "gbk" if gbk else "utf-8"
        self.babble = babble
        self.silent = silent
        self.scans_sent = 0

    def encode(
        self,
        text: str | bytes,
        *,
        terminator: str | bytes | None = None,
        aim: str | None = None,
        encoding: str | None = None,
    ) -> bytes:
        """The bytes one scan puts on the line."""
        end = self.terminator if terminator is None else terminator
        end = end.encode() if isinstance(end, str) else end
        prefix = aim if aim is not None else self.aim
        if isinstance(text, bytes):
            body = text
        else:
            body = text.encode(encoding or self.encoding)
        return (prefix.encode("ascii") if prefix else b"") + body + end

    def send(
        self,
        text: str | bytes,
        *,
        terminator: str | bytes | None = None,
        aim: str | None = None,
        encoding: str | None = None,
    ) -> bool:
        """Scan one code; False if the scanner is unplugged or silent (the scan is lost)."""
        if self.silent:
            return False
        data = self.encode(text, terminator=terminator, aim=aim, encoding=encoding)
        if self.babble:
            data = _SCANNER_GARBAGE + data
        return bool(self._call(lambda: self._send_scan(data)))

    def send_raw(self, data: bytes) -> bool:
        """Put bytes on the line as they are (no terminator, not counted as a scan)."""
        return bool(self._call(lambda: self._write(data)))

    def _send_scan(self, data: bytes) -> bool:
        sent = self._write(data, counted=True)
        if sent:
            self.scans_sent += 1
        return sent


@dataclass
class FixtureScript:
    """What the simulated fixture answers to ``TEST <serial>``.

    ``lines`` are sent exactly as given (for protocol tests). Otherwise the answer is the
    ``measurements`` (default: three passing ones, or a failing ICC for ``verdict="FAIL"``),
    each one's verdict worked out from its limits unless it has one, then ``ERR`` if
    ``error`` is set, else ``DONE`` with ``done`` or the verdict the measurements give.
    """

    verdict: str = Verdict.PASS
    measurements: list[dict[str, Any]] | None = None
    done: str | None = None
    error: tuple[str, str] | None = None
    lines: list[str | bytes] | None = None
    delay: float | None = None

    @classmethod
    def from_json(cls, serial: str, data: Mapping[str, Any]) -> FixtureScript:
        if not isinstance(data, Mapping):
            raise ScriptError(f"script for {serial!r}: expected an object, got {data!r}")
        allowed = {"verdict", "measurements", "done", "error", "lines", "delay"}
        unknown = set(data) - allowed
        if unknown:
            raise ScriptError(
                f"script for {serial!r}: unknown keys {sorted(unknown)}; use {sorted(allowed)}"
            )
        verdict = str(data.get("verdict", Verdict.PASS))
        if verdict not in {v.value for v in Verdict}:
            raise ScriptError(f"script for {serial!r}: verdict must be PASS or FAIL")
        error = data.get("error")
        if error is not None:
            if isinstance(error, Mapping):
                error = (str(error.get("code", "E1")), str(error.get("text", "")))
            elif isinstance(error, list | tuple) and len(error) == 2:
                error = (str(error[0]), str(error[1]))
            else:
                raise ScriptError(f"script for {serial!r}: error is {{'code': .., 'text': ..}}")
        measurements = data.get("measurements")
        if measurements is not None:
            if not isinstance(measurements, list) or not all(
                isinstance(m, Mapping) and "name" in m and "value" in m for m in measurements
            ):
                raise ScriptError(
                    f"script for {serial!r}: measurements is a list of objects with "
                    "name, value and optionally unit, low, high, verdict"
                )
            measurements = [dict(m) for m in measurements]
        lines = data.get("lines")
        if lines is not None and not (
            isinstance(lines, list) and all(isinstance(line, str) for line in lines)
        ):
            raise ScriptError(f"script for {serial!r}: lines is a list of strings")
        delay = data.get("delay")
        if delay is not None and (not isinstance(delay, int | float) or delay < 0):
            raise ScriptError(f"script for {serial!r}: delay is a number of seconds")
        return cls(
            verdict=verdict,
            measurements=measurements,
            done=data.get("done"),
            error=error,
            lines=list(lines) if lines is not None else None,
            delay=float(delay) if delay is not None else None,
        )

    def render(self, encoding: str = "utf-8") -> list[bytes]:
        if self.lines is not None:
            return [
                (line if isinstance(line, bytes) else line.encode(encoding)).rstrip(b"\n") + b"\n"
                for line in self.lines
            ]
        measurements = self.measurements
        if measurements is None:
            measurements = _default_measurements(self.verdict, chinese=encoding == "gbk")
        out: list[bytes] = []
        failed = False
        for m in measurements:
            value = float(m["value"])
            low = m.get("low")
            high = m.get("high")
            verdict = m.get("verdict")
            if verdict is None:
                within = (low is None or value >= float(low)) and (
                    high is None or value <= float(high)
                )
                verdict = Verdict.PASS if within else Verdict.FAIL
            failed = failed or verdict == Verdict.FAIL
            fields = [
                str(m["name"]),
                _number_text(value),
                str(m.get("unit", "")),
                "" if low is None else _number_text(float(low)),
                "" if high is None else _number_text(float(high)),
                str(verdict),
            ]
            out.append(("MEAS " + ",".join(fields) + "\n").encode(encoding))
        if self.error is not None:
            out.append(f"ERR {self.error[0]},{self.error[1]}\n".encode(encoding))
            return out
        done = self.done or (Verdict.FAIL if failed or self.verdict == Verdict.FAIL
                             else Verdict.PASS)
        out.append(f"DONE {done}\n".encode(encoding))
        return out


def _number_text(value: float) -> str:
    return repr(value) if value != int(value) else str(int(value))


def _default_measurements(verdict: str, *, chinese: bool) -> list[dict[str, Any]]:
    names = ("电源电压", "工作电流", "晶振频率") if chinese else ("VCC", "ICC", "XTAL")
    icc = 78.2 if verdict == Verdict.FAIL else 42.5
    return [
        {"name": names[0], "value": 3.31, "unit": "V", "low": 3.2, "high": 3.4},
        {"name": names[1], "value": icc, "unit": "mA", "low": 30, "high": 60},
        {"name": names[2], "value": 32.768, "unit": "kHz", "low": 32.7, "high": 32.8},
    ]


def load_script(data: Mapping[str, Any]) -> dict[str, FixtureScript]:
    """A script file's content: {serial or "*": {verdict, measurements, done, error, ...}}."""
    if not isinstance(data, Mapping):
        raise ScriptError("a fixture script is a JSON object keyed by unit serial")
    return {
        str(serial): FixtureScript.from_json(str(serial), entry) for serial, entry in data.items()
    }


class FixtureSimulator(PtyDevice):
    """A test fixture speaking protocol v1 (``*IDN?``, ``TEST <serial>``).

    ``script`` maps serials (``"*"`` for any other) to FixtureScript or its JSON form; an
    unscripted serial passes. Misbehaviour: ``silent`` never answers; ``babble`` ("text",
    "binary" or "long") puts a non-protocol line into each test answer, between a good MEAS
    and a DONE PASS that must not be believed; ``gbk`` sends GBK text (Chinese measurement
    names), which protocol v1 does not allow; ``drop_after`` unplugs after that many lines
    of test answers.
    """

    def __init__(
        self,
        *,
        script: Mapping[str, FixtureScript | Mapping[str, Any]] | None = None,
        idn: Iterable[str] = DEFAULT_IDN,
        babble: bool | str = False,
        silent: bool = False,
        gbk: bool = False,
        drop_after: int | None = None,
        replug_after: float | None = None,
        line_delay: float = 0.0,
        link: str | None = None,
        on_port_changed: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(
            link=link,
            drop_after=drop_after,
            replug_after=replug_after,
            on_port_changed=on_port_changed,
        )
        self.script: dict[str, FixtureScript] = {}
        for serial, entry in (script or {}).items():
            self.script[serial] = (
                entry
                if isinstance(entry, FixtureScript)
                else FixtureScript.from_json(serial, entry)
            )
        self.idn = tuple(idn)
        if len(self.idn) != 4:
            raise ValueError("idn is (vendor, model, serial, firmware)")
        if babble is True:
            babble = "binary"
        if babble and babble not in BABBLE_KINDS:
            raise ValueError(f"babble is one of {', '.join(BABBLE_KINDS)}")
        self.babble: str | None = babble or None
        self.silent = silent
        self.encoding = "gbk" if gbk else "utf-8"
        self.line_delay = line_delay
        self.commands: list[str] = []  # what the host sent, for tests

    def _on_data(self, data: bytes) -> None:
        self.bytes_received += len(data)
        self._inbuf.extend(data)
        while b"\n" in self._inbuf:
            raw, _, rest = self._inbuf.partition(b"\n")
            self._inbuf[:] = rest
            command = raw.rstrip(b"\r").decode("utf-8", errors="replace")
            self.commands.append(command)
            self._answer(command)
        if len(self._inbuf) > 4096:
            self._inbuf.clear()

    def _answer(self, command: str) -> None:
        if self.silent or self._master is None:
            return
        if command == "*IDN?":
            self._send_later(self.line_delay, (",".join(self.idn) + "\n").encode(self.encoding))
            return
        if command.startswith("TEST "):
            serial = command[5:]
            script = self.script.get(serial) or self.script.get("*") or FixtureScript()
            lines = script.render(self.encoding)
            if self.babble:
                lines = [*lines[:1], _BABBLE_LINES[self.babble], b"DONE PASS\n"]
            if self.drop_after == 0 and not self._dropped:
                self._begin_drop()
                return
            delay = self.line_delay if script.delay is None else script.delay
            for line in lines:
                self._send_later(delay, line, counted=True)
            return
        self._send_later(0.0, f"ERR 100,unknown command {escape(command)}\n".encode())
