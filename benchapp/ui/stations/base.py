"""What every station view shares: the message bar, safe service calls, signing, scans.

A station view never lets an exception from the database or the rules escape to Qt:
``attempt`` turns refusals into a translated message, a dropped database into a message with
Retry (the form keeps its input; Retry runs the same call again), and an optimistic-lock
conflict into "changed at another bench by X" with Reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from benchapp.devices.scan import Scan, ScanRejected, parse_scan
from benchapp.domain.errors import AuthError, Conflict, DomainError, Reason
from benchapp.domain.handover import Handover
from benchapp.domain.roles import Station
from benchapp.services.signing_session import Secret
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.slips.errors import SlipError, SlipErrorReason
from benchapp.ui import dialogs, messages, signature
from benchapp.ui.models.records import RecordFilterProxy, RecordTableModel
from benchapp.ui.ops import OpRunner
from benchapp.ui.session import Session

log = logging.getLogger(__name__)

T = TypeVar("T")

# resizeColumnsToContents leaves text touching the grid lines; this much air per column.
COLUMN_PADDING = 16


def setup_table(table: QTableView) -> None:
    """The station lists' common look: whole rows, sortable, sized to the content."""
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    table.verticalHeader().hide()
    # Sorting on, but in the model's own order (oldest first) until someone clicks a header.
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)


MIN_COLUMN = 60  # a column squeezed to fit keeps this much (its text elided, full in a tip)


def fit_columns(table: QTableView) -> None:
    """Columns sized to their content. In a list marked ``fitWidth`` (QC's), if they are wider
    than the list, the widest give way (their text elided) so that no column hides behind a
    horizontal scroll (issue 16)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = header.count() - 1
    for section in range(header.count()):
        if section == last and header.stretchLastSection():
            continue  # it fills the rest; padding it would overflow into a scroll bar
        header.resizeSection(section, header.sectionSize(section) + COLUMN_PADDING)
    if not table.property("fitWidth"):
        return  # may scroll sideways (a narrow list of many columns reads better so)
    if getattr(table, "_squeezer", None) is None:
        table._squeezer = _Squeezer(table)  # type: ignore[attr-defined]
    squeeze_columns(table)


def squeeze_columns(table: QTableView) -> None:
    """Narrow the widest columns until the list needs no horizontal scroll."""
    if not table.isVisible():
        return  # no width to fit yet: done when it is shown
    header = table.horizontalHeader()
    shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
    overflow = header.length() - table.viewport().width()
    while overflow > 0:
        widest = max(shown, key=header.sectionSize, default=None)
        if widest is None or header.sectionSize(widest) <= MIN_COLUMN:
            return
        second = max((header.sectionSize(s) for s in shown if s != widest), default=0)
        cut = min(overflow, max(header.sectionSize(widest) - second, 1),
                  header.sectionSize(widest) - MIN_COLUMN)
        header.resizeSection(widest, header.sectionSize(widest) - cut)
        overflow -= cut


class _Squeezer(QObject):
    """Fits a list's columns again when it is shown or resized (a tab opened later)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            squeeze_columns(self._table)
        return False


def select_row(table: QTableView, row: int, *, search: QLineEdit | None = None,
               clear: bool = True, current: bool = True) -> bool:
    """Select row ``row`` of the table's source model (through its proxy, if any) and show it.

    ``search``: a filter field, cleared if it hides the row. ``clear=False`` adds the row to
    the selection; ``current=False`` selects it without making it the current row. False if
    the row is not shown.
    """
    model = table.model()

    def shown() -> Any:
        if isinstance(model, QAbstractProxyModel):
            return model.mapFromSource(model.sourceModel().index(row, 0))
        return model.index(row, 0)

    index = shown()
    if not index.isValid() and search is not None:
        search.clear()
        index = shown()
    if not index.isValid():
        return False
    flags = QItemSelectionModel.SelectionFlag.Rows | (
        QItemSelectionModel.SelectionFlag.ClearAndSelect if clear
        else QItemSelectionModel.SelectionFlag.Select)
    if current:
        table.selectionModel().setCurrentIndex(index, flags)
        table.scrollTo(index)
    else:
        table.selectionModel().select(index, flags)
    return True


def select_key(table: QTableView, key: str | None, **options: Any) -> bool:
    """Select the row of the record with ``key`` (a RecordTableModel's key) and show it; the
    options are ``select_row``'s. False if no record has that key or it is not shown."""
    model = table.model()
    source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
    row = source.row_of(key) if key else None
    return row is not None and select_row(table, row, **options)


class MessageBar(QFrame):
    """One line at the top of a view: errors, warnings and confirmations, with one action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("messageAction")
        layout.addWidget(self.action_button)
        self.close_button = QPushButton(QCoreApplication.translate("stations", "Dismiss"), self)
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.kind = ""
        self.hide()

    def show_message(
        self,
        kind: str,
        text: str,
        *,
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        """``kind``: "error", "warn" or "ok"."""
        colours = {
            "error": ("#fde7e9", "#a4262c"),
            "warn": ("#fff4ce", "#8a5a00"),
            "ok": ("#dff6dd", "#107c10"),
        }
        background, border = colours.get(kind, colours["warn"])
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid "
            f"{border}; }} #messageText {{ color: #1b1b1b; }}"
        )
        self.kind = kind
        self.label.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(action is not None)
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self._action = None
        self.hide()

    def _run_action(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()


class ScanEdit(QLineEdit):
    """An input field a keyboard-wedge scanner types into: Enter ends the scan.

    The text goes through the same validation as a serial scanner's (devices.scan.parse_scan)
    and comes out as ``scanned(Scan)`` or ``rejected(ScanRejected)``; the field empties
    itself for the next scan.
    """

    scanned = Signal(object)
    rejected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # An active Chinese input method would swallow the scanner's keystrokes.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.returnPressed.connect(self._entered)

    def _entered(self) -> None:
        text = self.text()
        if not text.strip():
            return
        self.clear()
        result = parse_scan(text)
        if isinstance(result, Scan):
            self.scanned.emit(result)
        else:
            self.rejected.emit(result)


class ServiceCalls:
    """Safe service calls for any widget with ``session``, ``message_bar`` (a MessageBar) and
    ``refresh()``: station views and the dialogs they open (handover, receiving count...).

    Every call runs on the widget's ``ops`` (an OpRunner): the work on a worker thread, its
    outcome back on the GUI thread. The widget stays responsive and shows a busy cursor
    meanwhile; a failure is shown in the message bar and clears nothing the person typed.
    """

    session: Session
    message_bar: MessageBar
    refresh: Callable[[], None]  # reload what the widget shows (Reload after a conflict)

    # -- calling services ------------------------------------------------------------------

    @property
    def ops(self) -> OpRunner:
        """This widget's runner, made on first use (a child: it goes with the widget)."""
        runner = getattr(self, "_ops", None)
        if runner is None:
            runner = OpRunner(self)  # type: ignore[arg-type]
            runner.busy_changed.connect(self._show_busy)
            self._ops = runner
        return runner

    def _show_busy(self, busy: bool) -> None:
        # A busy cursor, not a disabled form: the person may keep typing or scanning.
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)  # type: ignore[attr-defined]
        else:
            self.unsetCursor()  # type: ignore[attr-defined]

    def attempt(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], Any] | None = None,
        on_failure: Callable[[Exception], Any] | None = None,
        kind: str | None = None,
    ) -> None:
        """Run a service call off the GUI thread; on success call ``on_success(result)``.

        ``kind``: a newer call of the same kind drops this one's outcome ("refresh": a newer
        reload replaces an older one). Every expected failure is shown in the message bar
        (Retry runs the same call again); a bug reaches the crash handler. After either,
        ``on_failure(failure)`` runs.
        """

        def failed(failure: BaseException) -> None:
            try:
                if not isinstance(failure, (DomainError, SlipError, DatabaseUnavailable)):
                    raise failure  # a bug: to the crash handler
                self._show_failure(failure, retry=lambda: self.attempt(
                    work, on_success=on_success, on_failure=on_failure, kind=kind))
            finally:
                if on_failure is not None:
                    on_failure(failure)  # type: ignore[arg-type]

        self.ops.run(work, on_success=on_success, on_failure=failed, kind=kind)

    def load(self, work: Callable[[], T], on_success: Callable[[T], Any], *,
             then: Callable[[], Any] | None = None,
             on_failure: Callable[[Exception], Any] | None = None) -> None:
        """A reload of what the widget shows: a newer reload supersedes an older one.

        ``then`` runs after the reloaded data is shown (e.g. select the row just saved); a
        newer reload that supersedes this one runs it instead, a failed one drops it.
        """
        waiting: list[Callable[[], Any]] = self.__dict__.setdefault("_after_load", [])
        if then is not None:
            waiting.append(then)

        def shown(result: T) -> None:
            on_success(result)
            todo = list(waiting)
            waiting.clear()
            for step in todo:
                step()

        def failed(failure: Exception) -> None:
            waiting.clear()
            if on_failure is not None:
                on_failure(failure)

        self.attempt(work, on_success=shown, on_failure=failed, kind="refresh")

    def sign_and_attempt(
        self,
        meaning: str,
        work: Callable[[Secret], T],
        *,
        on_success: Callable[[T], Any] | None = None,
        on_failure: Callable[[Exception], Any] | None = None,
        wait: str | None = None,
        error: str = "",
    ) -> bool:
        """Ask for the signer's password (or, later in the session, badge + PIN), then run
        ``work(proof)`` off the GUI thread; ``work`` hands the proof to the service as its
        ``password`` (services.signing_session).

        Returns False if the person cancelled (nothing runs), True once the work started.
        ``wait``: the text of the modal wait indicator while it signs (the person waits for
        a signature). A wrong password or PIN signs nothing and asks again (``error`` says
        why); a refusal or a dropped database is shown as ``attempt`` shows it; after a
        failure, ``on_failure`` runs.
        """
        password = signature.ask_password(self, self.session, meaning, error=error)
        if password is None:
            self.show_warning(
                QCoreApplication.translate("stations", "Not signed: nothing was changed.")
            )
            return False
        indicator = dialogs.WaitIndicator(  # type: ignore[arg-type]
            self, wait or QCoreApplication.translate("stations", "Signing…"))

        def succeeded(result: T) -> None:
            indicator.close()
            self.session.signed_once = True
            if on_success is not None:
                on_success(result)

        def failed(failure: BaseException) -> None:
            indicator.close()
            wrong_password = (isinstance(failure, SlipError)
                              and failure.reason is SlipErrorReason.WRONG_PASSWORD)
            wrong_pin = (isinstance(failure, AuthError) and failure.reason in (
                Reason.SIGNATURE_PIN_WRONG, Reason.FULL_SIGNATURE_REQUIRED))
            if isinstance(failure, AuthError) and (
                    failure.reason is Reason.FULL_SIGNATURE_REQUIRED):
                self.session.end_signing()  # the next prompt asks for the full signature
            if wrong_pin:
                again = messages.error_text(failure)  # type: ignore[arg-type]
            elif wrong_password:
                again = messages.slip_error_text(failure)  # type: ignore[arg-type]
            if (wrong_password or wrong_pin) and self.sign_and_attempt(
                    meaning, work, on_success=on_success, on_failure=on_failure, wait=wait,
                    error=again):
                return  # signing again: that attempt reports its own outcome
            try:
                if wrong_password or wrong_pin:
                    return  # then Cancel: "Not signed" is shown already
                if isinstance(failure, SlipError):
                    self.show_error(messages.slip_error_text(failure))
                elif isinstance(failure, (DomainError, DatabaseUnavailable)):
                    # The services check the password before anything else: a refusal or a
                    # conflict came after a good signature, a dropped database maybe before it.
                    self.session.signed_once = not isinstance(failure, DatabaseUnavailable)
                    self._show_failure(failure, signing=True,
                                       retry=lambda: self.sign_and_attempt(
                                           meaning, work, on_success=on_success,
                                           on_failure=on_failure, wait=wait))
                else:
                    raise failure  # a bug: to the crash handler
            finally:
                if on_failure is not None:
                    on_failure(failure)  # type: ignore[arg-type]

        self.ops.run(partial(work, password), on_success=succeeded, on_failure=failed)
        return True

    def _show_failure(self, failure: Exception, *, retry: Callable[[], object],
                      signing: bool = False) -> None:
        """Refusals in the shop's words; a conflict offers Reload, a dropped database Retry."""
        if isinstance(failure, Conflict):
            self.message_bar.show_message(
                "warn",
                messages.error_text(failure),
                action_text=QCoreApplication.translate("stations", "&Reload"),
                action=self.refresh,
            )
        elif isinstance(failure, DomainError):
            self.show_error(messages.error_text(failure))
        elif isinstance(failure, SlipError):
            self.show_error(messages.slip_error_text(failure))
        else:
            log.warning("database unreachable: %s", failure)
            if signing:
                text = QCoreApplication.translate(
                    "stations",
                    "The database cannot be reached; nothing was signed or saved "
                    "and your input is kept. Choose Retry to sign again. "
                    "({detail})",
                )
            else:
                text = QCoreApplication.translate(
                    "stations",
                    "The database cannot be reached; nothing was saved and your input is "
                    "kept. Check the network, then choose Retry. ({detail})",
                )
            self.message_bar.show_message(
                "error", text.format(detail=failure),
                action_text=QCoreApplication.translate("stations", "&Retry"), action=retry)

    # -- messages ------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        QApplication.beep()  # the person is looking at the box, not the screen
        self.message_bar.show_message("error", text)

    def show_warning(self, text: str) -> None:
        self.message_bar.show_message("warn", text)

    def show_done(self, text: str) -> None:
        self.message_bar.show_message("ok", text)
        self.status_message.emit(text)

    def show_scan_rejected(self, rejected: ScanRejected) -> None:
        self.show_error(messages.scan_reject_text(rejected))


class StationView(QWidget, ServiceCalls):
    """Base of the station views. Subclasses set ``station``, build their form and implement
    ``refresh`` and ``handle_scan``.

    Signals:
        status_message(str): a short confirmation for the main window's status bar.
        changed(): the view changed the database (other views may reload).
    """

    station: ClassVar[Station]
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.message_bar = MessageBar(self)

    # -- for subclasses (and ``refresh()``: reload the lists, reading through ``attempt``) --

    def handle_scan(self, scan: Scan) -> bool:
        """A scan from the serial scanner or a wedge field; True if the view used it.

        Slip QRs and badges are handled by the main window before the view sees a scan.
        """
        return False

    def scan_field(self) -> QLineEdit | None:
        """The field a keyboard-wedge scan should land in now: the first scan field shown
        (a view with several, one per tab, shows one at a time)."""
        for edit in self.findChildren(ScanEdit):
            if edit.isVisibleTo(self) and edit.isEnabled():
                return edit
        return None

    def focus_scan_field(self) -> bool:
        """Put the keyboard focus on the scan field (after sign-in, unlock, a dialog), so a
        wedge scan typed next is read; False if the view shows none."""
        edit = self.scan_field()
        if edit is None:
            return False
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def receive_slip(self, slip_no: str) -> None:
        """Count in slip ``slip_no`` at this station (the dialog tells the outcome here)."""
        from benchapp.ui import handover_dialog  # it builds on this module

        handover_dialog.receive_slip(self, self.session, slip_no)
        # Accepted or refused (a refusal is recorded too): the lists changed either way.
        self.changed.emit()
        self.refresh()

    def open_history(self, rma_no: str, serial: str | None = None) -> None:
        if self.session.open_history is not None:
            self.session.open_history(rma_no, serial)


def attach_table(view: StationView, table: QTableView, model: RecordTableModel,
                 search: QLineEdit | None) -> RecordFilterProxy:
    """Put ``model`` behind a search/sort proxy into ``table``; Enter or a double click on
    a row opens its RMA's (and unit's) history."""
    proxy = RecordFilterProxy(view)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    setup_table(table)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def open_row(index: QModelIndex) -> None:
        record = model.record(proxy.mapToSource(index).row())
        rma_no = getattr(record, "rma_no", None)
        if rma_no:
            view.open_history(rma_no, getattr(record, "serial", None))

    table.activated.connect(open_row)
    if search is not None:
        search.textChanged.connect(proxy.set_search)
    return proxy


def selected_record(table: QTableView, proxy: RecordFilterProxy) -> Any:
    """The record of the table's current row, or None."""
    index = table.currentIndex()
    if not index.isValid():
        return None
    return proxy.sourceModel().record(proxy.mapToSource(index).row())


def first_row(model: RecordTableModel, matches: Callable[[Any], bool]) -> int | None:
    """The source row of the model's first record that ``matches``, or None."""
    return next((row for row, record in enumerate(model.records()) if matches(record)), None)


def on_slip(serial: str) -> Callable[[Handover], bool]:
    """Matches a slip that lists ``serial`` (as scanned: any case, stray blanks)."""
    wanted = serial.strip().casefold()
    return lambda handover: any(s.casefold() == wanted for s in handover.serials)
