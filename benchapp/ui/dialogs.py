"""Modal dialogs the app shows outside its windows, each behind one function.

Tests replace these functions with monkeypatch: a real ``exec()`` would block the test run
(pytest-qt "note_dialogs").
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

T = TypeVar("T")

WAIT_DIALOG_DELAY_MS = 400


def exec_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def ask_database_retry(database: str, error: str, *, retry: bool = True) -> bool:
    """The database could not be opened at start: True = try again, False = quit."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Cannot open the database"))
    box.setText(QCoreApplication.translate(
        "dialogs", "The database {database} cannot be opened.").format(database=database))
    if retry:
        box.setInformativeText(QCoreApplication.translate(
            "dialogs", "Check that the database server is running and reachable from this "
                       "computer, then choose Retry."))
    else:
        box.setInformativeText(QCoreApplication.translate(
            "dialogs", "The database setting is wrong. Correct it (--db or BENCHAPP_DB) and "
                       "start again."))
    box.setDetailedText(error)
    if retry:
        box.setStandardButtons(QMessageBox.StandardButton.Retry
                               | QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("dialogs", "&Quit"))
    return box.exec() == QMessageBox.StandardButton.Retry


def show_crash(details: str, report: str | None) -> None:
    """A bug reached the top: say so plainly, with the traceback under Details."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "dialogs", "The program hit an error it does not know how to handle (a bug). "
                   "Work saved before this point is safe in the database; the last action may "
                   "not have been saved. Check it, and tell the administrator."))
    if report:
        box.setInformativeText(QCoreApplication.translate(
            "dialogs", "A report was saved to {path}.").format(path=report))
    box.setDetailedText(details)
    box.exec()


class WaitIndicator:
    """A modal "please wait" for a write the person waits for (signing, a handover).

    It blocks no code: the work runs on the widget's OpRunner and whoever receives the
    outcome calls ``close()``. It appears only if the work is still running after
    WAIT_DIALOG_DELAY_MS, so a quick write does not flash a window.
    """

    def __init__(self, parent: QWidget | None, text: str) -> None:
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Please wait"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(WAIT_DIALOG_DELAY_MS)
        dialog.setValue(0)  # starts its own show timer
        self._dialog: QProgressDialog | None = dialog

    def close(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (the signals are queued across threads)."""

    finished = Signal()
    progressed = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))


Progress = Callable[..., None]


class _Job(QRunnable):
    """Runs a callable on a Qt pool thread (Qt-owned, unlike a bare Python thread)."""

    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; Qt must not delete it under our feet
        self._fn = fn

    def run(self) -> None:
        self._fn()


def run_with_wait(parent: QWidget | None, text: str, work: Callable[..., T], *,
                  reports_progress: bool = False) -> T:
    """Run ``work`` on a worker thread while a busy indicator keeps the window alive.

    With ``reports_progress`` the work is called with a ``progress(done, total, *details)``
    callable that moves the bar. Returns the work's result or re-raises its exception here,
    on the GUI thread; the worker never touches a widget.
    """
    outcome: dict[str, object] = {}
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Please wait"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Shown by its own timer only if the work is still running then: no flash on a quick start.
    dialog.setMinimumDuration(WAIT_DIALOG_DELAY_MS)
    dialog.setValue(0)  # starts that timer
    relay = _Relay(dialog)
    relay.progressed.connect(relay.show_progress)
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def report(done: int, total: int, *_details: object) -> None:
        relay.progressed.emit(done, total)

    def run() -> None:
        try:
            outcome["result"] = work(report) if reports_progress else work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, re-raised there
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    # Python's cyclic garbage collector runs on whichever thread allocates. Collect here, on
    # the GUI thread, so that the worker does not end up destroying some forgotten widget's
    # wrapper - deleting Qt widgets off the GUI thread crashes the process.
    gc.collect()
    job = _Job(run)
    pool = QThreadPool()
    pool.start(job)
    loop.exec()
    pool.waitForDone()
    dialog.close()
    # Deleted here and now on the GUI thread, not whenever a collection reaches them.
    shiboken6.delete(relay)
    shiboken6.delete(dialog)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
