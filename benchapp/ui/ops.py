"""One way to run work off the GUI thread: reads and service calls from the views.

Modelled on Anki's ``aqt.operations.QueryOp``: the work (a service call, which opens its own
unit of work) runs on a pool thread and touches no widget; its result or exception comes back
on the GUI thread through a queued signal, where ``on_success`` / ``on_failure`` run. Work of
one ``kind`` (e.g. "refresh") supersedes the older run of that kind: a result that a newer
request replaced is dropped, so a slow refresh never overwrites a newer one.

Every widget that reads or writes through services owns one ``OpRunner`` (a child, so it dies
with the widget after its pool has finished) and shows ``busy_changed`` as a busy indicator.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

T = TypeVar("T")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


def on_gui_thread() -> bool:
    """True when called on the thread that owns the QApplication (or with no application)."""
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() is app.thread()


class GcPause:
    """Python's cyclic collector stays off while a worker runs.

    A collection runs on whichever thread happens to allocate. Run on a worker, it could free
    some forgotten Python-owned widget there, and deleting a widget off the GUI thread crashes
    the process. A full collection costs about half a second in this process, so collecting
    before every read would freeze the view instead; garbage made meanwhile waits for the next
    collection once no worker runs.
    """

    holds = 0
    was_enabled = False
    _lock = threading.Lock()

    @classmethod
    def hold(cls) -> None:
        with cls._lock:
            if cls.holds == 0:
                cls.was_enabled = gc.isenabled()
                gc.disable()
            cls.holds += 1

    @classmethod
    def release(cls, count: int = 1) -> None:
        with cls._lock:
            if cls.holds == 0:
                return
            cls.holds = max(cls.holds - count, 0)
            if cls.holds == 0 and cls.was_enabled:
                gc.enable()


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread (queued: it is emitted on the worker)."""

    finished = Signal(int, object, object)  # ticket, result, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (kept until its outcome arrives)
        self._fn = fn

    def run(self) -> None:
        self._fn()


@dataclass
class _Pending:
    kind: str | None
    on_success: Success | None
    on_failure: Failure | None
    job: _Job


class OpRunner(QObject):
    """Runs a widget's service calls on worker threads and delivers outcomes on the GUI thread.

    Signals:
        busy_changed(bool): True when the first op starts, False when the last one ends.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject, *, threads: int = 1) -> None:
        super().__init__(parent)
        # One thread by default: a view's writes and reads keep the order they were asked in.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay()
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._tickets = 0
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._closed = False
        pending = self._pending  # not self: the lambda must not keep the runner alive
        self.destroyed.connect(lambda *_: GcPause.release(len(pending)))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, work: Callable[[], T], *, on_success: Callable[[T], Any] | None = None,
            on_failure: Failure | None = None, kind: str | None = None) -> int:
        """Start ``work`` on a worker; returns its ticket.

        ``kind``: a newer op of the same kind drops this one's outcome (and this one never
        starts if it is still queued). ``on_failure`` gets any exception; without it the
        exception is raised on the GUI thread (a bug reaches the crash handler).
        """
        if self._closed:
            return 0
        self._tickets += 1
        ticket = self._tickets
        if kind is not None:
            older = self._latest.get(kind)
            replaced = self._pending.get(older) if older is not None else None
            if replaced is not None and self._pool.tryTake(replaced.job):
                del self._pending[older]  # type: ignore[arg-type]
                GcPause.release()
            self._latest[kind] = ticket
        relay = self._relay

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                relay.finished.emit(ticket, None, exc)
            else:
                relay.finished.emit(ticket, result, None)

        job = _Job(run)
        was_busy = self.busy
        self._pending[ticket] = _Pending(kind, on_success, on_failure, job)
        GcPause.hold()  # released when the outcome arrives, or when this runner goes
        self._pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return ticket

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every op started so far has run and its outcome was delivered.

        For tests and for closing a window; a view never waits on its own work.
        """
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending:
            if deadline.hasExpired():
                return False
            self._pool.waitForDone(50)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return True

    def close(self) -> None:
        """Drop every outcome still to come and wait for the running op to end."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
        GcPause.release(len(self._pending))
        self._pending.clear()

    @Slot(int, object, object)
    def _finished(self, ticket: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is None:
            return
        GcPause.release()
        if not self._pending:
            self.busy_changed.emit(False)
        if self._closed or (pending.kind is not None
                            and self._latest.get(pending.kind) != ticket):
            return  # a newer request of the same kind replaced this one
        if error is None:
            if pending.on_success is not None:
                pending.on_success(result)
        elif pending.on_failure is not None:
            pending.on_failure(error)
        else:
            raise error
