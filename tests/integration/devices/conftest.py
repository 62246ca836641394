"""Pseudo-terminal fixtures for the device tests: simulators, event collectors, thread checks."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from benchapp.devices.sim import FixtureSimulator, ScannerSimulator

# Short enough to keep the suite fast, long enough for a loaded CI machine.
WAIT = 5.0


class Events:
    """Collects driver callbacks (from reader threads) so a test can wait for them."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.seen: list[tuple[str, Any]] = []

    def on_scan(self, scan: Any) -> None:
        self._queue.put(("scan", scan))

    def on_reject(self, rejected: Any) -> None:
        self._queue.put(("reject", rejected))

    def on_state(self, state: Any, error: Any) -> None:
        self._queue.put(("state", (state, error)))

    def callbacks(self) -> dict[str, Callable[..., None]]:
        return {"on_scan": self.on_scan, "on_reject": self.on_reject, "on_state": self.on_state}

    def next(self, kind: str, timeout: float = WAIT, where: Callable[[Any], bool] | None = None):
        """The next event of ``kind`` (matching ``where``); other events are kept in ``seen``."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {kind} event within {timeout} s; saw {self.seen}")
            try:
                event = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(event)
            if event[0] == kind and (where is None or where(event[1])):
                return event[1]

    def state(self, name: str, timeout: float = WAIT):
        """Wait for the state ``name``; returns the error that came with it."""
        return self.next("state", timeout, where=lambda value: value[0].value == name)[1]

    def nothing(self, kind: str, for_seconds: float) -> None:
        deadline = time.monotonic() + for_seconds
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                event = self._queue.get(timeout=remaining)
            except queue.Empty:
                return
            self.seen.append(event)
            assert event[0] != kind, f"unexpected {kind}: {event[1]!r}"


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def scanner_sim(tmp_path):
    """A scanner simulator behind a udev-like symlink, so re-plugs keep the path."""
    sim = ScannerSimulator(link=str(tmp_path / "benchscanner")).start()
    yield sim
    sim.stop()


@pytest.fixture
def make_fixture_sim(tmp_path):
    sims: list[FixtureSimulator] = []

    def make(**options: Any) -> FixtureSimulator:
        options.setdefault("link", str(tmp_path / f"benchfixture{len(sims)}"))
        sim = FixtureSimulator(**options).start()
        sims.append(sim)
        return sim

    yield make
    for sim in sims:
        sim.stop()


@pytest.fixture(autouse=True)
def no_leftover_threads():
    """Every driver and simulator thread must be gone after each test: clean shutdown."""
    before = {t.ident for t in threading.enumerate()}
    yield
    deadline = time.monotonic() + 3.0
    while True:
        left = [
            t.name
            for t in threading.enumerate()
            if t.ident not in before and t.name.startswith(("benchapp-", "Thread-"))
        ]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert not left, f"threads left running: {left}"
