"""Modal dialogs the app shows outside its windows, each behind one function.

Tests replace these functions with monkeypatch: a real ``exec()`` would block the test run
(pytest-qt "note_dialogs").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from benchapp.ui.ops import OpRunner

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
            "dialogs", "The database setting is wrong. Correct it (--db, BENCHAPP_DB or this "
                       "PC's machine configuration file; `benchapp config where` shows which "
                       "one is used) and start again."))
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


def _wait_dialog(parent: QWidget | None, text: str) -> QProgressDialog:
    """A modal "please wait" with no Cancel. It appears only if the work still runs after
    WAIT_DIALOG_DELAY_MS (its own timer), so a quick one does not flash a window."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Please wait"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(WAIT_DIALOG_DELAY_MS)
    dialog.setValue(0)  # starts that timer
    return dialog


class WaitIndicator:
    """A modal "please wait" for a write the person waits for (signing a slip or a decision).

    It blocks no code: the work runs on the widget's OpRunner and whoever receives the
    outcome calls ``close()``.
    """

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self._dialog: QProgressDialog | None = _wait_dialog(parent, text)

    def close(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()


class _Progress(QObject):
    """Moves the wait dialog's bar; ``progressed`` is emitted on the worker, queued here."""

    progressed = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog
        self.progressed.connect(self.show_progress)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))


Progress = Callable[..., None]


def run_with_wait(parent: QWidget | None, text: str, work: Callable[..., T], *,
                  reports_progress: bool = False) -> T:
    """Run ``work`` on an OpRunner worker while a modal wait indicator keeps the window alive,
    and wait for it (a local event loop): for start-up and for steps the person must wait
    for before anything else (printing a slip, checking a slip before counting it in).

    With ``reports_progress`` the work is called with a ``progress(done, total, *details)``
    callable that moves the bar. Returns the work's result or re-raises its exception here,
    on the GUI thread; the worker never touches a widget.
    """
    outcome: dict[str, object] = {}
    dialog = _wait_dialog(parent, text)
    progress = _Progress(dialog)

    def report(done: int, total: int, *_details: object) -> None:
        progress.progressed.emit(done, total)

    runner = OpRunner(dialog)
    loop = QEventLoop()
    runner.busy_changed.connect(lambda busy: busy or loop.quit())
    runner.run(lambda: work(report) if reports_progress else work(),
               on_success=lambda result: outcome.update(result=result),
               on_failure=lambda error: outcome.update(error=error))
    if runner.busy:
        loop.exec()
    dialog.close()
    # Deleted here and now on the GUI thread (the runner with the dialog), not whenever a
    # collection reaches them.
    shiboken6.delete(progress)
    shiboken6.delete(dialog)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
