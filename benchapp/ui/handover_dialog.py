"""The handover dialogs every station uses (QP-TPZ-002 5.3.3, 5.3.4).

``give_units``: the giver ticks the units going into the box (scanning them), declares the
count, signs the transfer slip with their password, and the slip is printed to go with the box.
``receive_slip``: the receiving station verifies the stored slip PDF, counts the units by
scanning, then accepts (countersigns) or refuses (countersigns the refusal and its reason).

Both dialogs take scans from the bench's serial scanner (``handle_scan``, routed by the main
window while the dialog is the active modal) and from a keyboard-wedge scanner typing into
their scan field. Every service call goes through ServiceCalls: a refusal or a dropped database
shows in the dialog's own message bar and the dialog keeps its ticks and counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from benchapp.devices.scan import KIND_SLIP, KIND_UNIT, Scan, ScanRejected
from benchapp.domain.errors import DomainError, HandoverRefused
from benchapp.domain.handover import ROUTES, Handover, HandoverStatus, Refusal
from benchapp.domain.roles import Station
from benchapp.services import queries
from benchapp.services import slips as slip_service
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.slips.errors import SlipError
from benchapp.ui import dialogs, labels, messages, printing
from benchapp.ui.forms.ui_handover_give_dialog import Ui_HandoverGiveDialog
from benchapp.ui.forms.ui_handover_receive_dialog import Ui_HandoverReceiveDialog
from benchapp.ui.models.records import AnyIndex, Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.stations.base import (
    MessageBar,
    ServiceCalls,
    fit_columns,
    select_row,
    setup_table,
)

log = logging.getLogger(__name__)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

HANDOVER_STATUSES: dict[HandoverStatus, str] = {
    HandoverStatus.OPEN: QT_TRANSLATE_NOOP("handover", "open"),
    HandoverStatus.ACCEPTED: QT_TRANSLATE_NOOP("handover", "accepted"),
    HandoverStatus.REFUSED: QT_TRANSLATE_NOOP("handover", "refused"),
    HandoverStatus.CANCELLED: QT_TRANSLATE_NOOP("handover", "cancelled"),
}


def _status_text(status: HandoverStatus) -> str:
    source = HANDOVER_STATUSES.get(status)
    return QCoreApplication.translate("handover", source) if source else str(status)


def _tell(parent: QWidget | None, kind: str, text: str) -> None:
    """An outcome for the window the dialog was opened from (its message bar and status bar);
    without a message bar, errors come as a message box."""
    bar = getattr(parent, "message_bar", None)
    signal = getattr(parent, "status_message", None)
    if isinstance(bar, MessageBar):
        bar.show_message(kind, text)
    elif kind == "error":
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("handover", "Handover"), text,
                          QMessageBox.StandardButton.Ok, parent)
        try:
            dialogs.exec_dialog(box)
        finally:
            box.deleteLater()
    if signal is not None:
        signal.emit(text)


# -- the table model: ticks that can be locked, or set by scanning only -------------------------


class TickModel(RecordTableModel):
    """A checkable RecordTableModel for counting units.

    ``can_tick(record)``: False locks a row (a unit already on an open slip): it is shown
    greyed and cannot be ticked. ``user_ticks=False``: ticks come only from scans (the
    receiver counts by scanning), the check boxes only show them. A tick repaints the whole
    row, so columns and highlights that depend on it follow.
    """

    def __init__(self, columns: Sequence[Column], *, key: Callable[[Any], str],
                 can_tick: Callable[[Any], bool] | None = None, user_ticks: bool = True,
                 highlight: Callable[[Any], str | None] | None = None,
                 parent: Any = None) -> None:
        super().__init__(columns, key=key, checkable=True, highlight=highlight, parent=parent)
        self._can_tick = can_tick or (lambda _record: True)
        self._user_ticks = user_ticks

    def can_tick(self, row: int) -> bool:
        return bool(self._can_tick(self.record(row)))

    def is_key_checked(self, key: str) -> bool:
        return self._norm(key) in self._checked

    def append(self, record: Any) -> int:
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self.endInsertRows()
        return row

    def set_checked(self, row: int, checked: bool) -> None:
        super().set_checked(row, checked)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if not self.can_tick(index.row()):
            return flags & ~(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        if not self._user_ticks:
            return flags & ~Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (index.isValid() and role == Qt.ItemDataRole.CheckStateRole
                and (not self._user_ticks or not self.can_tick(index.row()))):
            return False
        return super().setData(index, value, role)


class _ScanFieldMixin:
    """The dialogs' scan field (``ui.scanEdit``): wedge scans go to ``handle_scan``, a garbled
    one is explained; Enter in it is a scan when there is text, the default button when empty.

    A QLineEdit lets Enter through to the dialog after emitting returnPressed, so a scan would
    also press the default button ("Sign", "Accept"). The filter takes the key for a scan.
    """

    def _watch_scan_field(self) -> None:
        edit = self.ui.scanEdit  # type: ignore[attr-defined]
        edit.scanned.connect(self.handle_scan)  # type: ignore[attr-defined]
        edit.rejected.connect(self._scan_rejected)
        edit.installEventFilter(self)

    def _scan_rejected(self, rejected: ScanRejected) -> None:
        self.show_scan_rejected(rejected)  # type: ignore[attr-defined]
        self.ui.scanEdit.setFocus()  # type: ignore[attr-defined]

    def _enter_is_scan(self, watched: QObject, event: QEvent) -> bool | None:
        if (event.type() == QEvent.Type.KeyPress and watched is self.ui.scanEdit  # type: ignore[attr-defined]
                and event.key() in ENTER_KEYS and watched.text().strip()):
            watched.returnPressed.emit()
            return True
        return None


# -- printing the slip ----------------------------------------------------------------------------


class SlipPrint(NamedTuple):
    printed: bool
    message: str  # translated, for the person at the bench


def print_slip(parent: QWidget | None, session: Session, slip_no: str) -> SlipPrint:
    """Print a just signed slip on the bench's default printer and count the print.

    Never raises: the handover is already signed and saved, so a missing printer or a failed
    job only leaves the slip unprinted (printable later from the history, which marks a
    reprint 副本 / COPY).
    """

    def unprinted(why: str) -> SlipPrint:
        return SlipPrint(False, QCoreApplication.translate(
            "handover", "{why} Slip {slip_no} stays unprinted; print it later from the "
            "history.").format(why=why, slip_no=slip_no))

    class NotRecorded(Exception):
        """Printed, but the print count could not be saved."""

    def print_and_record(progress: dialogs.Progress) -> None:
        pdf = slip_service.slip_pdf(session.uow(), slip_no)
        printing.print_pdf(pdf, printer, progress=progress)
        try:
            slip_service.record_printed(session.uow(), session.actor, slip_no)
        except (DatabaseUnavailable, DomainError) as exc:
            raise NotRecorded(str(exc)) from exc

    printer = printing.slip_printer()
    if printer is None:
        return unprinted(QCoreApplication.translate(
            "handover", "No printer is set up on this computer."))
    name = (printer.outputFileName()
            if printer.outputFormat() == printer.OutputFormat.PdfFormat
            else printer.printerName())
    try:
        # Reading the stored PDF, printing and counting the print all run on a worker.
        dialogs.run_with_wait(
            parent,
            QCoreApplication.translate("handover", "Printing slip {slip_no}…").format(
                slip_no=slip_no),
            print_and_record, reports_progress=True)
    except NotRecorded as exc:
        log.warning("Slip %s printed but the print was not recorded: %s", slip_no, exc)
        return SlipPrint(True, QCoreApplication.translate(
            "handover", "Slip {slip_no} printed on {printer}, but the print could not be "
            "recorded ({detail}).").format(slip_no=slip_no, printer=name, detail=exc))
    except printing.PrintError as exc:
        return unprinted(exc.message)
    except DatabaseUnavailable as exc:
        return unprinted(messages.database_unavailable_text(str(exc)))
    except DomainError as exc:
        return unprinted(messages.error_text(exc))
    except Exception as exc:
        log.exception("Printing slip %s failed", slip_no)
        return unprinted(str(exc) or type(exc).__name__)
    return SlipPrint(True, QCoreApplication.translate(
        "handover", "Slip {slip_no} printed on {printer}.").format(
        slip_no=slip_no, printer=name))


# -- giving -----------------------------------------------------------------------------------


class GiveDialog(QDialog, ServiceCalls, _ScanFieldMixin):
    """Tick the units going into the box, declare the count, sign, print the slip.

    After signing, ``handover`` holds the signed Handover; if the slip could not be printed,
    the dialog stays open to say so (Close then returns the handover all the same).
    """

    status_message = Signal(str)

    def __init__(self, session: Session, *, rma_no: str, to_station: Station,
                 units: Iterable[queries.StationUnit], preselected: Iterable[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rma_no = rma_no
        self.to_station = to_station
        self.handover: Handover | None = None
        self.outcome: tuple[str, str] | None = None  # (kind, text) for the opener
        self.ui = Ui_HandoverGiveDialog()
        self.ui.setupUi(self)
        self.message_bar = self.ui.messageBar
        self.setModal(True)

        self.model = TickModel(
            [Column(self.tr("Serial number"), lambda u: u.serial),
             Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
             Column(self.tr("On open slip"), lambda u: u.on_open_slip or "",
                    tooltip=lambda u: self.tr(
                        "Already on open slip {slip_no}: it cannot be handed over again until "
                        "that slip is received or refused.").format(slip_no=u.on_open_slip)
                    if u.on_open_slip else "")],
            key=lambda u: u.serial, can_tick=lambda u: not u.on_open_slip, parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.unitsTable
        setup_table(table)
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        units = [u for u in units if u.rma_no == rma_no]
        self.model.set_records(units)
        for serial in preselected:
            row = self.model.row_of(serial)
            if row is not None and self.model.can_tick(row):
                self.model.set_checked(row, True)
        fit_columns(table)

        first = units[0] if units else None
        self.ui.titleLabel.setText(self.tr("RMA {rma_no}: {customer}, {model}").format(
            rma_no=rma_no, customer=first.customer if first else "",
            model=first.model if first else ""))
        self.ui.routeLabel.setText(self.tr(
            "From {giver_station} to {receiver_station}. You sign the slip as {name}.").format(
                giver_station=labels.station(session.station),
                receiver_station=labels.station(to_station), name=session.user.display_name))
        self.setWindowTitle(self.tr("Hand over units to {station}").format(
            station=labels.station(to_station)))

        self.model.dataChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._watch_scan_field()
        self.ui.searchEdit.textChanged.connect(self.proxy.set_search)
        self.ui.tickAllButton.clicked.connect(lambda: self._tick_all(True))
        self.ui.untickAllButton.clicked.connect(lambda: self._tick_all(False))
        self.ui.signButton.clicked.connect(self._sign)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.declaredSpin.setMaximum(max(9999, len(units)))
        self._update_count()
        if not units:
            self.show_warning(self.tr("{station} holds no units of {rma_no} that can go to "
                                      "{receiver_station}.").format(
                station=labels.station(session.station), rma_no=rma_no,
                receiver_station=labels.station(to_station)))
        self.ui.scanEdit.setFocus()

    # -- scans -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = self._enter_is_scan(watched, event)
        return handled if handled is not None else super().eventFilter(watched, event)

    def handle_scan(self, scan: Scan) -> bool:
        """A unit's serial ticks it; anything else is explained."""
        if self.handover is not None:
            self.show_warning(self.tr("Slip {slip_no} is already signed: close this window "
                                      "first.").format(slip_no=self.handover.slip_no))
            return True
        if scan.kind != KIND_UNIT:
            self.show_error(self.tr("{text} is not a unit serial number: scan the serial "
                                    "label on the unit.").format(text=scan.text))
        else:
            self.tick(scan.text)
        self.ui.scanEdit.setFocus()
        return True

    def tick(self, serial: str) -> bool:
        serial = serial.strip()
        row = self.model.row_of(serial)
        if row is None:
            self.show_error(self.tr(
                "Unit {serial} is not among the units of {rma_no} that {station} can hand "
                "over to {receiver_station}. Set it aside.").format(
                    serial=serial, rma_no=self.rma_no,
                    station=labels.station(self.session.station),
                    receiver_station=labels.station(self.to_station)))
            return False
        select_row(self.ui.unitsTable, row)
        unit = self.model.record(row)
        if not self.model.can_tick(row):
            self.show_error(self.tr(
                "Unit {serial} is already on open slip {slip_no}: it cannot be handed over "
                "again until that slip is received or refused.").format(
                    serial=unit.serial, slip_no=unit.on_open_slip))
            return False
        if self.model.is_checked(row):
            self.show_warning(self.tr("Unit {serial} is already ticked.").format(
                serial=unit.serial))
            return False
        self.model.set_checked(row, True)
        self.message_bar.show_message("ok", self.tr("Unit {serial} ticked.").format(
            serial=unit.serial))
        return True

    def _tick_all(self, checked: bool) -> None:
        for row in range(self.model.rowCount()):
            if self.model.can_tick(row):
                self.model.set_checked(row, checked)
        self.ui.scanEdit.setFocus()

    def _update_count(self, *_args: Any) -> None:
        ticked = len(self.model.checked_keys())
        available = sum(1 for row in range(self.model.rowCount()) if self.model.can_tick(row))
        self.ui.tickedLabel.setText(self.tr("%n unit(s) ticked", "", ticked) + " "
                                    + self.tr("(of {available} that can go)").format(
                                        available=available))

    # -- signing ---------------------------------------------------------------------------

    def _sign(self) -> None:
        if self.handover is not None:  # signed; the button now closes
            self.accept()
            return
        serials = self.model.checked_keys()
        if not serials:
            self.show_error(self.tr("Tick the units to hand over first: scan each unit, or "
                                    "tick it in the list."))
            self.ui.scanEdit.setFocus()
            return
        declared = self.ui.declaredSpin.value()
        if declared != len(serials):
            self.show_error(self.tr(
                "You declared {declared} unit(s) but ticked {ticked}. Count the units in the "
                "box again, then correct the declared count or the ticks.").format(
                    declared=declared, ticked=len(serials)))
            self.ui.declaredSpin.setFocus()
            self.ui.declaredSpin.selectAll()
            return
        meaning = self.tr(
            "hand over {count} unit(s) of {rma_no} from {giver_station} to "
            "{receiver_station}").format(
                count=declared, rma_no=self.rma_no,
                giver_station=labels.station(self.session.station),
                receiver_station=labels.station(self.to_station))
        session, rma_no, to_station = self.session, self.rma_no, self.to_station

        def work(password: str) -> Handover:
            return slip_service.hand_over(
                session.uow(), session.actor, rma_no=rma_no, from_station=session.station,
                to_station=to_station, serials=list(serials), declared_count=declared,
                password=password, port=session.slips)

        self.sign_and_attempt(meaning, work, on_success=self._handed_over,
                              wait=self.tr("Signing the slip…"))

    def _handed_over(self, handover: Handover) -> None:
        self.handover = handover
        for widget in (self.ui.scanEdit, self.ui.searchEdit, self.ui.unitsTable,
                       self.ui.tickAllButton, self.ui.untickAllButton, self.ui.declaredSpin):
            widget.setEnabled(False)
        self.ui.cancelButton.hide()
        self.ui.signButton.setText(self.tr("&Close"))
        self.ui.signButton.setFocus()
        done = self.tr("Slip {slip_no} signed: %n unit(s) handed over to {station}, waiting "
                       "to be counted in.", "", len(handover.serials)).format(
            slip_no=handover.slip_no, station=labels.station(handover.to_station))
        self._print(done)

    def _print(self, done: str) -> None:
        assert self.handover is not None
        printed = print_slip(self, self.session, self.handover.slip_no)
        self.outcome = ("ok" if printed.printed else "warn", f"{done} {printed.message}")
        if printed.printed:
            self.accept()
            return
        # Stay open: the box must not leave without the person knowing its slip is unprinted.
        self.message_bar.show_message(
            "warn", self.outcome[1], action_text=self.tr("&Print again"),
            action=lambda: self._print(done))

    def refresh(self) -> None:
        """Reload the units (after a conflict); ticks on units still here are kept."""
        route = ROUTES.get((self.session.station, self.to_station), {})
        states = {s.value for s in route}
        session, rma_no = self.session, self.rma_no

        def load() -> list[queries.StationUnit]:
            units = queries.station_units(session.uow(), custody=session.station.value,
                                          states=states or None)
            return [u for u in units if u.rma_no == rma_no]

        def loaded(units: list[queries.StationUnit]) -> None:
            self.model.set_records(units)
            self.message_bar.clear()
            fit_columns(self.ui.unitsTable)

        self.load(load, loaded)


def give_units(parent: QWidget | None, session: Session, *, rma_no: str, to_station: Station,
               units: list[queries.StationUnit], preselected: Iterable[str] = ()
               ) -> Handover | None:
    """Hand units of ``rma_no`` over to ``to_station`` with a signed, printed slip.

    Returns the signed Handover, or None if nothing was signed (cancelled). The outcome
    (slip signed; printed, or why not) is also shown in ``parent``'s message bar.
    """
    dialog = GiveDialog(session, rma_no=rma_no, to_station=to_station, units=units,
                        preselected=preselected, parent=parent)
    try:
        dialogs.exec_dialog(dialog)
        if dialog.handover is not None and dialog.outcome is not None:
            _tell(parent, *dialog.outcome)
        return dialog.handover
    finally:
        dialog.deleteLater()


# -- receiving ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CountLine:
    """A row of the receiving count: a unit on the slip, or a scanned one that is not."""

    serial: str
    on_slip: bool = True


@dataclass(frozen=True)
class Incoming:
    """What the receiving dialog shows about a slip before counting."""

    handover: Handover
    customer: str
    model: str
    verdict: slip_service.FileVerdict | None  # None: no stored slip PDF


def load_incoming(session: Session, slip_no: str) -> Incoming:
    """Read the handover and verify its stored slip PDF (signatures, shop CA, database hash)."""
    with session.uow() as uow:
        handover = uow.handovers.get(slip_no)
        rma = uow.rmas.get(handover.rma_no)
        customer, model = rma.customer, rma.model
    verdict = None
    if handover.status is HandoverStatus.OPEN and handover.to_station is session.station:
        verdict = slip_service.verify_stored_slip(session.uow(), slip_no, session.slips)
    return Incoming(handover, customer, model, verdict)


class ReceiveDialog(QDialog, ServiceCalls, _ScanFieldMixin):
    """Verify, count by scanning, then accept and countersign, or refuse with a reason.

    ``received`` is True once the handover was accepted.
    """

    status_message = Signal(str)

    def __init__(self, session: Session, incoming: Incoming,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incoming = incoming
        self.handover = incoming.handover
        self.received = False
        self.outcome: tuple[str, str] | None = None
        self._reason_chosen = False
        self.ui = Ui_HandoverReceiveDialog()
        self.ui.setupUi(self)
        self.message_bar = self.ui.messageBar
        self.setModal(True)
        h = self.handover

        self.model = TickModel(
            [Column(self.tr("Serial number"), lambda line: line.serial),
             Column(self.tr("Status"), self._line_status)],
            key=lambda line: line.serial, user_ticks=False, highlight=self._line_highlight,
            parent=self)
        self.model.set_records(CountLine(s) for s in h.serials)
        table = self.ui.unitsTable
        setup_table(table)
        table.setSortingEnabled(False)  # scan order; new rows at the bottom
        table.setModel(self.model)
        fit_columns(table)

        self.setWindowTitle(self.tr("Receive slip {slip_no}").format(slip_no=h.slip_no))
        self.ui.titleLabel.setText(self.tr("Slip {slip_no} for RMA {rma_no}: %n unit(s) "
                                           "declared", "", h.declared_count).format(
            slip_no=h.slip_no, rma_no=h.rma_no))
        self.ui.routeValue.setText(self.tr(
            "{giver_station}, handed over by {giver} at {time}, to {receiver_station}").format(
                giver_station=labels.station(h.from_station), giver=h.giver_name,
                time=format_time(h.giver_signed_at),
                receiver_station=labels.station(h.to_station)))
        self.ui.productValue.setText(f"{incoming.customer}, {incoming.model}")
        self._show_verdict()

        # No reason until one applies (or is picked): a complete count clears a suggested one.
        self.ui.reasonCombo.addItem(self.tr("Choose the reason…"), None)
        for refusal in Refusal:
            self.ui.reasonCombo.addItem(labels.refusal(refusal), refusal.value)
        self.ui.reasonCombo.activated.connect(self._reason_picked)
        self._watch_scan_field()
        for widget in (self.ui.noteEdit, self.ui.reasonCombo):
            widget.installEventFilter(self)
        self.ui.acceptButton.clicked.connect(self._accept)
        self.ui.refuseButton.clicked.connect(self._refuse)
        self.ui.closeButton.clicked.connect(self.reject)
        self._update_counts()
        self.ui.scanEdit.setFocus()

    # -- what the verification said ------------------------------------------------------

    @property
    def verified(self) -> bool:
        verdict = self.incoming.verdict
        return verdict is not None and verdict.ok and any(
            s.field == "giver" for s in verdict.signers)

    def _check_refusal(self) -> Refusal | None:
        """The refusal a failed verification calls for, None if the slip verified."""
        if self.verified:
            return None
        verdict = self.incoming.verdict
        if verdict is None:
            return Refusal.MISSING_SLIP
        # Read as the service reads the same check when it refuses (slips.presented_slip).
        return slip_service.refusal_for_check(verdict.reason) or Refusal.SLIP_ALTERED

    def _show_verdict(self) -> None:
        verdict, h = self.incoming.verdict, self.handover
        giver = next((s for s in verdict.signers if s.field == "giver"), None) if verdict else None
        who = (f"{giver.name} ({giver.username})" if giver and giver.username
               else giver.name if giver else h.giver_name)
        if self.verified:
            text = self.tr("✔ {who}, signed {time}: valid (shop certificate, unchanged since "
                           "signing).").format(who=who, time=format_time(h.giver_signed_at))
            colour = "#107c10"
        elif verdict is None:
            text = self.tr("✘ No stored slip PDF: refuse the handover (the transfer slip is "
                           "missing).")
            colour = "#a4262c"
        else:
            text = self.tr("✘ {who}, signed {time}: NOT valid: {problem} ({reason}). Refuse the "
                           "handover.").format(who=who, time=format_time(h.giver_signed_at),
                                               problem=verdict.message,
                                               reason=verdict.reason or "")
            colour = "#a4262c"
        self.ui.signatureValue.setText(text)
        self.ui.signatureValue.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- counting ----------------------------------------------------------------------

    def _line_status(self, line: CountLine) -> str:
        if not line.on_slip:
            return self.tr("Not on the slip: set it aside")
        if self.model.is_key_checked(line.serial):
            return self.tr("Counted")
        return self.tr("Not scanned yet")

    def _line_highlight(self, line: CountLine) -> str | None:
        if not line.on_slip:
            return "error"
        return "ok" if self.model.is_key_checked(line.serial) else None

    def _lines(self) -> list[CountLine]:
        return self.model.records()

    def scanned(self) -> list[str]:
        """Every unit scanned so far (on the slip or not), in the slip's order then scan order."""
        return self.model.checked_keys()

    def missing(self) -> list[str]:
        return [line.serial for line in self._lines()
                if line.on_slip and not self.model.is_key_checked(line.serial)]

    def extra(self) -> list[str]:
        return [line.serial for line in self._lines() if not line.on_slip]

    def counts_match(self) -> bool:
        return (not self.missing() and not self.extra()
                and len(self.scanned()) == self.handover.declared_count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = self._enter_is_scan(watched, event)
        if handled is not None:
            return handled
        # Enter while writing a refusal refuses; it must never press Accept.
        if (event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and (watched is self.ui.noteEdit or (watched is self.ui.reasonCombo
                                                     and not self.ui.reasonCombo.view()
                                                     .isVisible()))):
            self.ui.refuseButton.click()
            return True
        return super().eventFilter(watched, event)

    def handle_scan(self, scan: Scan) -> bool:
        """Each unit's serial counts it in; anything else is explained."""
        if scan.kind == KIND_SLIP:
            self.show_warning(self.tr("That is a slip's code. Finish counting slip {slip_no} "
                                      "first, or close this window.").format(
                slip_no=self.handover.slip_no))
        elif scan.kind != KIND_UNIT:
            self.show_error(self.tr("{text} is not a unit serial number: scan the serial "
                                    "label on the unit.").format(text=scan.text))
        else:
            self.count(scan.text)
        self.ui.scanEdit.setFocus()
        return True

    def count(self, serial: str) -> bool:
        serial = serial.strip()
        row = self.model.row_of(serial)
        if row is not None and self.model.is_checked(row):
            self.show_warning(self.tr("Unit {serial} is already counted.").format(
                serial=self.model.key(row)))
            select_row(self.ui.unitsTable, row)
            return False
        if row is None:
            row = self.model.append(CountLine(serial, on_slip=False))
            self.model.set_checked(row, True)
            self.show_error(self.tr("Unit {serial} is not on slip {slip_no}: set it aside, it "
                                    "is not part of this handover.").format(
                serial=serial, slip_no=self.handover.slip_no))
        else:
            self.model.set_checked(row, True)
            self.message_bar.show_message("ok", self.tr(
                "Unit {serial} counted: {counted} of {declared}.").format(
                    serial=self.model.key(row), counted=len(self.scanned()),
                    declared=self.handover.declared_count))
        select_row(self.ui.unitsTable, row)
        self._update_counts()
        return True

    def _update_counts(self) -> None:
        h = self.handover
        scanned, missing, extra = self.scanned(), self.missing(), self.extra()
        self.ui.countsLabel.setText(self.tr(
            "Declared: {declared}    Counted: {counted}    Missing: {missing}    "
            "Not on the slip: {extra}").format(declared=h.declared_count, counted=len(scanned),
                                               missing=len(missing), extra=len(extra)))
        details = []
        if scanned and missing:
            details.append(self.tr("Missing: {serials}").format(serials=labels.join(missing)))
        if extra:
            details.append(self.tr("Not on the slip: {serials}").format(
                serials=labels.join(extra)))
        self.ui.missingLabel.setText("\n".join(details))
        self.ui.missingLabel.setVisible(bool(details))

        if not self.verified:
            reason = self.tr("Accept is not possible: the slip did not verify. Refuse the "
                             "handover.")
        elif not scanned:
            reason = self.tr("Scan each unit in the box to count it in.")
        elif self.counts_match():
            reason = self.tr("All {declared} units counted. Accept and sign to take them "
                             "over.").format(declared=h.declared_count)
        else:
            reason = self.tr(
                "Accept needs every unit on the slip scanned and nothing else ({counted} "
                "counted, {declared} declared). Scan the missing units, or refuse the "
                "handover.").format(counted=len(scanned), declared=h.declared_count)
        can_accept = self.verified and self.counts_match()
        self.ui.acceptButton.setEnabled(can_accept)
        self.ui.acceptReasonLabel.setText(reason)
        self.ui.acceptReasonLabel.setStyleSheet(
            "" if can_accept or not scanned and self.verified else "color: #a4262c;")

        if not self._reason_chosen:
            wanted = self._check_refusal()
            if wanted is None and scanned and not self.counts_match():
                wanted = Refusal.COUNT_MISMATCH
            self.ui.reasonCombo.setCurrentIndex(
                0 if wanted is None else self.ui.reasonCombo.findData(wanted.value))

    def refusal(self) -> Refusal | None:
        """The refusal reason chosen in the combobox."""
        try:
            return Refusal(self.ui.reasonCombo.currentData())
        except ValueError:
            return None

    def _reason_picked(self, _index: int) -> None:
        self._reason_chosen = True

    # -- accepting and refusing -----------------------------------------------------------

    def _accept(self) -> None:
        if not self.ui.acceptButton.isEnabled():
            return
        h, session, scanned = self.handover, self.session, self.scanned()
        meaning = self.tr("receive %n unit(s) on slip {slip_no} from {giver_station}", "",
                          len(scanned)).format(slip_no=h.slip_no,
                                               giver_station=labels.station(h.from_station))

        def work(password: str) -> slip_service.Received | HandoverRefused:
            try:
                return slip_service.receive(session.uow(), session.actor, slip_no=h.slip_no,
                                            station=session.station, scanned=scanned,
                                            password=password, port=session.slips)
            except HandoverRefused as refused:  # recorded and signed by the service
                return refused

        self.sign_and_attempt(meaning, work, on_success=self._receive_done,
                              wait=self.tr("Verifying and countersigning the slip…"))

    def _receive_done(self, result: slip_service.Received | HandoverRefused) -> None:
        h = self.handover
        if isinstance(result, HandoverRefused):
            self.outcome = ("warn", self.tr(
                "{problem} The refusal is recorded and signed; the units stay with "
                "{giver_station} and the dispute goes to the supervisor.").format(
                    problem=messages.error_text(result),
                    giver_station=labels.station(h.from_station)))
            self.reject()
            return
        self.received = True
        self.outcome = ("ok", self.tr(
            "Slip {slip_no} accepted and countersigned: %n unit(s) now at {station}.", "",
            len(h.serials)).format(slip_no=h.slip_no, station=labels.station(h.to_station)))
        self.accept()

    def _refuse(self) -> None:
        h, session = self.handover, self.session
        refusal = self.refusal()
        if refusal is None:
            self.show_error(self.tr("Choose the reason for the refusal."))
            self.ui.reasonCombo.setFocus()
            return
        note = self.ui.noteEdit.text().strip()
        if not note and refusal is Refusal.COUNT_MISMATCH:
            note = self.ui.countsLabel.text() + (
                "; " + self.ui.missingLabel.text().replace("\n", "; ")
                if self.ui.missingLabel.text() else "")
        counted = len(self.scanned())
        meaning = self.tr("refuse slip {slip_no} from {giver_station}: {reason}").format(
            slip_no=h.slip_no, giver_station=labels.station(h.from_station),
            reason=labels.refusal(refusal))

        def work(password: str) -> Handover:
            return slip_service.refuse(session.uow(), session.actor, slip_no=h.slip_no,
                                       station=session.station, refusal=refusal, note=note,
                                       counted=counted, password=password, port=session.slips)

        self.sign_and_attempt(meaning, work, on_success=lambda _h: self._refused(refusal),
                              wait=self.tr("Countersigning the refusal…"))

    def _refused(self, refusal: Refusal) -> None:
        h = self.handover
        self.outcome = ("warn", self.tr(
            "Slip {slip_no} refused ({reason}); the refusal is signed, the units stay with "
            "{giver_station} and the dispute goes to the supervisor.").format(
                slip_no=h.slip_no, reason=labels.refusal(refusal),
                giver_station=labels.station(h.from_station)))
        self.reject()

    def refresh(self) -> None:
        """After a conflict: re-read the slip; a slip closed elsewhere closes the dialog."""

        session, slip_no = self.session, self.handover.slip_no

        def load() -> Incoming:
            return load_incoming(session, slip_no)

        def reloaded(incoming: Incoming) -> None:
            if incoming.handover.status is not HandoverStatus.OPEN:
                self.outcome = ("warn", _closed_text(incoming.handover))
                self.reject()
                return
            self.incoming, self.handover = incoming, incoming.handover
            self._show_verdict()
            self._update_counts()

        self.load(load, reloaded)


def _closed_text(handover: Handover) -> str:
    return QCoreApplication.translate(
        "handover", "Slip {slip_no} is already {status}; there is nothing to receive.").format(
        slip_no=handover.slip_no, status=_status_text(handover.status))


def receive_slip(parent: QWidget | None, session: Session, slip_no: str) -> bool:
    """Count in the units of slip ``slip_no`` at ``session.station``; True if accepted.

    The slip must be open and addressed to this station, otherwise nothing opens and the
    reason shows in ``parent``'s message bar. The outcome (accepted, refused) shows there too.
    """
    try:
        incoming = dialogs.run_with_wait(
            parent,
            QCoreApplication.translate("handover", "Checking slip {slip_no}…").format(
                slip_no=slip_no),
            lambda: load_incoming(session, slip_no))
    except DatabaseUnavailable as exc:
        _tell(parent, "error", messages.database_unavailable_text(str(exc)))
        return False
    except DomainError as exc:
        _tell(parent, "error", messages.error_text(exc))
        return False
    except SlipError as exc:
        _tell(parent, "error", messages.slip_error_text(exc))
        return False
    handover = incoming.handover
    if handover.to_station is not session.station:
        _tell(parent, "error", QCoreApplication.translate(
            "handover", "Slip {slip_no} is addressed to {receiver_station}, not to {station}: "
            "it cannot be received here. Take the box to {receiver_station}.").format(
                slip_no=slip_no, receiver_station=labels.station(handover.to_station),
                station=labels.station(session.station)))
        return False
    if handover.status is not HandoverStatus.OPEN:
        _tell(parent, "error", _closed_text(handover))
        return False
    dialog = ReceiveDialog(session, incoming, parent=parent)
    try:
        dialogs.exec_dialog(dialog)
        if dialog.outcome is not None:
            _tell(parent, *dialog.outcome)
        return dialog.received
    finally:
        dialog.deleteLater()
