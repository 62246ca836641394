"""The repair / rework station (QP-TPZ-002 step 4): receive units, confirm the due date or
escalate, fill in the repair record 售后维修记录表, escalate a fault that cannot be found, and
hand repaired units back to QC."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from benchapp.devices.scan import KIND_RMA, KIND_SLIP, KIND_UNIT, SLIP_NO_RE, SLIP_QR_RE, Scan
from benchapp.domain.errors import Conflict
from benchapp.domain.handover import Handover
from benchapp.domain.rma import PartReplaced, UnitState
from benchapp.domain.roles import STATION_ROLES, Role, Station
from benchapp.domain.rules import CauseCategory
from benchapp.services import defect_codes, forms, queries, workflow
from benchapp.services.queries import StationUnit
from benchapp.ui import dialogs, form_printing, labels
from benchapp.ui.attachment_strip import add_station_strip
from benchapp.ui.defect_code_picker import CAUSE, DefectCodePicker, add_picker_row
from benchapp.ui.forms.ui_repair_note_dialog import Ui_RepairNoteDialog
from benchapp.ui.forms.ui_station_repair import Ui_RepairView
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.stations.base import StationView, fit_columns, select_key, setup_table

# The repair record's cause categories (WORKFLOW.md), shown by their names, stored by key.
# Suggestions only: the fields stay free text (the shop names its own processes).
PROCESS_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("RepairView", "SMT placement"),
    QT_TRANSLATE_NOOP("RepairView", "Reflow soldering"),
    QT_TRANSLATE_NOOP("RepairView", "Wave soldering"),
    QT_TRANSLATE_NOOP("RepairView", "Manual soldering"),
    QT_TRANSLATE_NOOP("RepairView", "AOI inspection"),
    QT_TRANSLATE_NOOP("RepairView", "Functional test"),
    QT_TRANSLATE_NOOP("RepairView", "Incoming inspection"),
    QT_TRANSLATE_NOOP("RepairView", "Final inspection"),
    QT_TRANSLATE_NOOP("RepairView", "Design"),
    QT_TRANSLATE_NOOP("RepairView", "Packing and shipping"),
    QT_TRANSLATE_NOOP("RepairView", "Customer use"),
)
DEPARTMENT_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("RepairView", "Production"),
    QT_TRANSLATE_NOOP("RepairView", "Quality"),
    QT_TRANSLATE_NOOP("RepairView", "Technology"),
    QT_TRANSLATE_NOOP("RepairView", "Purchasing"),
    QT_TRANSLATE_NOOP("RepairView", "Business"),
    QT_TRANSLATE_NOOP("RepairView", "Customer"),
)

# Who does the repair work itself (the domain checks the same roles).
WORKER_ROLES = frozenset({Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD})
# Units that leave repair for QC on a slip.
READY_FOR_QC = frozenset({UnitState.REPAIRED.value, UnitState.RETURNING.value})

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("RepairView", text)


# -- what the view reads ------------------------------------------------------------------


@dataclass(frozen=True)
class RepairData:
    incoming: list[Handover]
    units: list[StationUnit]  # every unit held by repair
    mine: frozenset[str]  # serials this user received (last accepted slip to repair)
    complaints: dict[str, str]  # RMA no. -> the customer's complaint
    # Casefolded serial -> unit, for scans (built with the data, not per scan).
    by_serial: dict[str, StationUnit] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_serial", {u.serial.casefold(): u for u in self.units})


def load_repair_data(session: Session) -> RepairData:
    """One read for the whole view (runs on the view's worker; touches no widget)."""
    work = queries.repair_work(session.uow(), user_id=session.user.id)
    return RepairData(incoming=work.incoming, units=work.units, mine=work.mine,
                      complaints=work.complaints)


# -- the repair record being typed -----------------------------------------------------------


PART_FIELDS = ("ref_des", "part_no", "qty", "lot", "date_code")
PART_LIMITS = {"ref_des": 32, "part_no": 64, "lot": 64, "date_code": 32}
MAX_PART_QTY = 9999


@dataclass
class Draft:
    """What was typed for one unit, and the RMA version the form was filled from."""

    rma_no: str
    serial: str
    version: int
    symptom: str = ""
    root_cause: str = ""
    cause: str = ""
    process: str = ""
    department: str = ""
    actions: str = ""
    parts: list[dict[str, Any]] = field(default_factory=list)
    minutes: int = 0
    code: str = ""  # the defect-code library's cause code, beside the free root cause

    def is_blank(self) -> bool:
        return not (self.symptom.strip() or self.root_cause.strip() or self.cause or self.code
                    or self.process.strip() or self.department.strip()
                    or self.actions.strip() or self.parts or self.minutes)


def _blank_part() -> dict[str, Any]:
    return {"ref_des": "", "part_no": "", "qty": 1, "lot": "", "date_code": ""}


def _part_text(name: str) -> Callable[[dict[str, Any], Any], bool]:
    def edit(part: dict[str, Any], value: Any) -> bool:
        part[name] = " ".join(str(value if value is not None else "").split())[:PART_LIMITS[name]]
        return True
    return edit


def _part_qty(part: dict[str, Any], value: Any) -> bool:
    try:
        qty = int(str(value).strip())
    except ValueError:
        return False
    if not 1 <= qty <= MAX_PART_QTY:
        return False
    part["qty"] = qty
    return True


class PartsModel(RecordTableModel[dict[str, Any]]):
    """The parts replaced (reference designator, part no., qty, lot, date code), editable."""

    def __init__(self, parent: QObject | None = None) -> None:
        # QCoreApplication.translate, not self.tr: the headers are needed before the QObject
        # is built, and the literal calls keep them where lupdate finds them.
        translate = QCoreApplication.translate
        headers = {"ref_des": translate("PartsModel", "Ref. des."),
                   "part_no": translate("PartsModel", "Part no."),
                   "qty": translate("PartsModel", "Qty"),
                   "lot": translate("PartsModel", "Lot"),
                   "date_code": translate("PartsModel", "Date code")}
        super().__init__(
            [Column(headers[name], itemgetter(name), align_right=name == "qty",
                    edit=_part_qty if name == "qty" else _part_text(name))
             for name in PART_FIELDS],
            key=itemgetter("ref_des"), blank=_blank_part, parent=parent)

    def set_parts(self, parts: list[dict[str, Any]]) -> None:
        self.set_records(dict(p) for p in parts)

    def parts(self) -> list[dict[str, Any]]:
        return [dict(p) for p in self.records()]

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRows(row, 1)
        return row


def tab_out_of(table: QTableView, event: QKeyEvent) -> bool | None:
    """For a Tab (Shift+Tab) key press on the table's last (first) cell, or on a table
    without a current cell: the direction to leave it, True = forward; else None."""
    key = event.key()
    if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return None
    backwards = key == Qt.Key.Key_Backtab or bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    current = table.currentIndex()
    model = table.model()
    at_end = not current.isValid() or (current.row() == model.rowCount() - 1
                                       and current.column() == model.columnCount() - 1)
    at_start = not current.isValid() or (current.row() == 0 and current.column() == 0)
    if (at_end and not backwards) or (at_start and backwards):
        return not backwards
    return None


class PartsDelegate(QStyledItemDelegate):
    """Editors for the parts table: a bounded quantity box, length-limited text; Tab past the
    last cell (or Shift+Tab before the first) leaves the table instead of wrapping round."""

    def __init__(self, view: QTableView, leave: Any) -> None:
        super().__init__(view)
        self._view = view
        self._leave = leave  # leave(forward: bool)

    def createEditor(self, parent: QWidget, option: Any, index: AnyIndex) -> QWidget:
        name = PART_FIELDS[index.column()]
        if name == "qty":
            spin = QSpinBox(parent)
            spin.setRange(1, MAX_PART_QTY)
            spin.setFrame(False)
            return spin
        edit = QLineEdit(parent)
        edit.setFrame(False)
        edit.setMaxLength(PART_LIMITS[name])
        return edit

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            forward = tab_out_of(self._view, event)
            if forward is not None:
                assert isinstance(editor, QWidget)
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._leave(forward)
                return True
        return super().eventFilter(editor, event)


class NoteDialog(QDialog):
    """Asks for the note an escalation carries (the supervisor decides on it)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RepairNoteDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        self.ui.errorLabel.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.ui.errorLabel.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Escalate"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self.check_and_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.noteEdit.setFocus()

    def fill(self, note: str) -> None:
        self.ui.noteEdit.setText(note)

    def note(self) -> str:
        return self.ui.noteEdit.text().strip()

    def check_and_accept(self) -> None:
        if not self.note():
            self.ui.errorLabel.setText(self.tr(
                "Write what the supervisor needs to know: the note is required."))
            self.ui.errorLabel.show()
            self.ui.noteEdit.setFocus()
            return
        self.accept()


def ask_note(parent: QWidget, title: str, intro: str) -> str | None:
    dialog = NoteDialog(title, intro, parent)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.note()
    finally:
        dialog.deleteLater()


# -- the view ----------------------------------------------------------------------------------


class RepairView(StationView):
    """Repair / rework station.

    Signals: see StationView (status_message, changed).
    """

    station = Station.REPAIR

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_RepairView()
        self.ui.setupUi(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self.ui.mainLayout.setStretchFactor(self.ui.splitter, 1)
        roles = session.user.roles
        self.can_work = bool(roles & WORKER_ROLES)
        self.can_hand_over = bool(roles & STATION_ROLES[Station.REPAIR])

        self._data = RepairData([], [], frozenset(), {})
        self._current: StationUnit | None = None
        self._drafts: dict[str, Draft] = {}
        self._draft_version = 0
        # RMA nos. whose newer version this view should take over on the next read: after
        # its own change (rma -> the version it changed from) or a conflict it reported.
        self._own_writes: dict[str, int] = {}
        self._stale_rmas: set[str] = set()

        self._build_incoming()
        self._build_queue()
        self._build_form()

        ui = self.ui
        ui.scanEdit.scanned.connect(self.handle_scan)
        ui.scanEdit.rejected.connect(self.show_scan_rejected)
        ui.searchEdit.textChanged.connect(self._search)
        # A supervisor at this bench looks after everybody's units.
        ui.showAllCheck.setChecked(not self.can_work)
        ui.showAllCheck.toggled.connect(self._show_queue)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.receiveButton.clicked.connect(self._receive_selected)
        ui.confirmDueButton.clicked.connect(self._confirm_due)
        ui.cannotMeetButton.clicked.connect(self._cannot_meet)
        ui.cannotFindButton.clicked.connect(self._cannot_find_fault)
        ui.handOverButton.clicked.connect(self._hand_over)
        ui.saveButton.clicked.connect(self.save_record)
        # Ctrl+S anywhere in the view, also from inside a parts cell being edited.
        self.save_action = QAction(self.tr("Save record"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_record)
        self.addAction(self.save_action)
        form_printing.add_print_actions(self, [(
            forms.REPAIR_RECORD, lambda: (unit := self._selected_unit()) and unit.rma_no)])
        ui.clearButton.clicked.connect(self._clear_form)
        self.attachments = add_station_strip(
            self, ui.queueLayout,
            lambda: (unit.rma_no, unit.serial) if (unit := self._selected_unit()) else None,
            [ui.queueTable])
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([700, 560])
        self._update_actions()
        ui.scanEdit.setFocus()

    # -- building ------------------------------------------------------------------------

    def _build_incoming(self) -> None:
        columns: list[Column[Handover]] = [
            Column(self.tr("Slip"), lambda h: h.slip_no),
            Column(self.tr("RMA"), lambda h: h.rma_no),
            Column(self.tr("From"), lambda h: labels.station(h.from_station.value)),
            Column(self.tr("Units"), lambda h: h.declared_count, align_right=True),
            Column(self.tr("Given by"), lambda h: h.giver_name),
            Column(self.tr("Signed at"), lambda h: format_time(h.giver_signed_at),
                   sort_key=lambda h: h.giver_signed_at.timestamp()),
        ]
        self.incoming_model: RecordTableModel[Handover] = RecordTableModel(
            columns, key=lambda h: h.slip_no, parent=self)
        self.incoming_proxy = RecordFilterProxy(self)
        self.incoming_proxy.setSourceModel(self.incoming_model)
        table = self.ui.incomingTable
        table.setModel(self.incoming_proxy)
        setup_table(table)
        table.activated.connect(lambda _index: self._receive_selected())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _build_queue(self) -> None:
        today = date.today

        def due_text(u: StationUnit) -> str:
            if u.due_date is None:
                return ""
            if u.due_date < today():
                return self.tr("{date} (overdue)").format(date=u.due_date.isoformat())
            if u.due_date == today():
                return self.tr("{date} (today)").format(date=u.due_date.isoformat())
            return u.due_date.isoformat()

        def due_highlight(u: StationUnit) -> str | None:
            if u.due_date is None:
                return None
            if u.due_date < today():
                return "error"
            return "warn" if u.due_date == today() else None

        def state_text(u: StationUnit) -> str:
            text = labels.unit_state(u.state)
            if u.on_open_slip:
                return self.tr("{state}, on slip {slip}").format(state=text,
                                                                 slip=u.on_open_slip)
            return text

        def repeat_text(u: StationUnit) -> str:
            if not u.repeat_count:
                return ""
            return self.tr("Yes, {n} earlier").format(n=u.repeat_count)

        # What decides the order of work first; model and customer last.
        columns: list[Column[StationUnit]] = [
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("State"), state_text),
            Column(self.tr("Work"), lambda u: labels.work_kind(u.work_kind)),
            Column(self.tr("Due date"), due_text,
                   sort_key=lambda u: u.due_date.isoformat() if u.due_date else "9999"),
            Column(self.tr("Confirmed"),
                   lambda u: self.tr("Yes") if u.due_confirmed else self.tr("No")),
            Column(self.tr("Loops"), lambda u: u.rework_loops, align_right=True),
            Column(self.tr("Repeat"), repeat_text, sort_key=lambda u: u.repeat_count),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("Customer"), lambda u: u.customer),
        ]
        self.queue_model: RecordTableModel[StationUnit] = RecordTableModel(
            columns, key=lambda u: u.serial, highlight=due_highlight, parent=self)
        self.queue_proxy = RecordFilterProxy(self)
        self.queue_proxy.setSourceModel(self.queue_model)
        table = self.ui.queueTable
        table.setModel(self.queue_proxy)
        setup_table(table)
        table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the most urgent first
        table.activated.connect(self._open_unit_history)
        table.selectionModel().selectionChanged.connect(lambda *_: self._queue_row_changed())

    def _build_form(self) -> None:
        ui = self.ui
        ui.causeCombo.setPlaceholderText(self.tr("Choose the cause category"))
        for cause in CauseCategory:
            ui.causeCombo.addItem(labels.cause_category(cause.value), cause.value)
        ui.causeCombo.setCurrentIndex(-1)
        self.code_picker = DefectCodePicker(CAUSE, ui.recordGroup)
        self._codes_model: str | None = None  # the model whose codes the picker offers
        add_picker_row(ui.recordForm, 1, self.code_picker, self.tr("Cause &code:"),
                       ui.symptomEdit, ui.rootCauseEdit)
        self.code_picker.code_picked.connect(self._code_picked)
        for combo, suggestions in ((ui.processCombo, PROCESS_SUGGESTIONS),
                                   (ui.departmentCombo, DEPARTMENT_SUGGESTIONS)):
            combo.addItems([_tr(s) for s in suggestions])
            combo.setCurrentIndex(-1)
            combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
            # Suggestions in a list, never filled into the text: the default inline completion
            # turned a typed 包装 into 包装出货 on Tab. What is typed is stored unless the
            # person picks a suggestion.
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.lineEdit().setPlaceholderText(self.tr("Choose or type"))
        self.parts_model = PartsModel(self)
        table = ui.partsTable
        table.setModel(self.parts_model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                              & ~QAbstractItemView.EditTrigger.CurrentChanged)
        table.setTabKeyNavigation(True)
        table.verticalHeader().hide()
        self.parts_delegate = PartsDelegate(table, self._leave_parts)
        table.setItemDelegate(self.parts_delegate)
        table.installEventFilter(self)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PART_FIELDS.index("part_no"),
                                    QHeaderView.ResizeMode.Stretch)
        ui.addPartButton.clicked.connect(self.add_part)
        ui.removePartButton.clicked.connect(self.remove_part)
        ui.minutesSpin.setToolTip(self.tr("Working time spent on this repair, in minutes"))

    # -- reading ---------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        session = self.session
        self.load(lambda: load_repair_data(session), self._show_data, then=then)

    def _show_data(self, data: RepairData) -> None:
        self._store_draft()
        fresh = {u.serial: u for u in data.units}
        for serial, draft in list(self._drafts.items()):
            unit = fresh.get(serial)
            if unit is None or unit.rma_no != draft.rma_no:
                del self._drafts[serial]  # left repair: nothing more to record here
                continue
            own = self._own_writes.get(draft.rma_no)
            if (draft.is_blank() or draft.rma_no in self._stale_rmas
                    or (own is not None and draft.version == own)):
                draft.version = unit.rma_version
        self._own_writes.clear()
        self._stale_rmas.clear()
        if self._current is not None and self._current.serial in self._drafts:
            self._draft_version = self._drafts[self._current.serial].version
        self._data = data
        selected_slip = self._selected_slip()
        self.incoming_model.set_records(data.incoming)
        fit_columns(self.ui.incomingTable)
        select_key(self.ui.incomingTable, selected_slip)
        self.ui.incomingGroup.setTitle(self.tr("Incoming slips to repair ({n})").format(
            n=len(data.incoming)))
        self._show_queue()

    def _queue_units(self) -> list[StationUnit]:
        if self.ui.showAllCheck.isChecked():
            return list(self._data.units)
        return [u for u in self._data.units if u.serial in self._data.mine]

    def _show_queue(self) -> None:
        current = self._current.serial if self._current else None
        units = self._queue_units()
        self.queue_model.set_records(units)
        fit_columns(self.ui.queueTable)
        self.ui.queueGroup.setTitle(
            (self.tr("All units at repair ({n})") if self.ui.showAllCheck.isChecked()
             else self.tr("My queue ({n})")).format(n=len(units)))
        if current is not None and self.queue_model.row_of(current) is not None:
            select_key(self.ui.queueTable, current)
        else:
            self.ui.queueTable.clearSelection()
            self._load_unit(None)
        self._update_actions()

    def _selected_slip(self) -> str | None:
        index = self.ui.incomingTable.currentIndex()
        if not index.isValid():
            return None
        return self.incoming_model.key(self.incoming_proxy.mapToSource(index).row())

    def _selected_unit(self) -> StationUnit | None:
        index = self.ui.queueTable.currentIndex()
        if not index.isValid() or not self.ui.queueTable.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        return self.queue_model.record(self.queue_proxy.mapToSource(index).row())

    def _search(self, text: str) -> None:
        self.incoming_proxy.set_search(text)
        self.queue_proxy.set_search(text)

    def _open_unit_history(self, index: QModelIndex) -> None:
        unit = self.queue_model.record(self.queue_proxy.mapToSource(index).row())
        self.open_history(unit.rma_no, unit.serial)

    # -- the form --------------------------------------------------------------------------

    def _queue_row_changed(self) -> None:
        unit = self._selected_unit()
        if unit is None or self._current is None or unit.serial != self._current.serial:
            self._store_draft()
            self._load_unit(unit)
        else:
            self._current = unit  # the same unit, freshly read
            self._show_unit_header()
        self._update_actions()

    def _store_draft(self) -> None:
        if self._current is None:
            return
        ui = self.ui
        cause = ui.causeCombo.currentData()
        self._drafts[self._current.serial] = Draft(
            rma_no=self._current.rma_no, serial=self._current.serial,
            version=self._draft_version,
            symptom=ui.symptomEdit.toPlainText(), root_cause=ui.rootCauseEdit.toPlainText(),
            cause=cause if isinstance(cause, str) else "",
            process=ui.processCombo.currentText(), department=ui.departmentCombo.currentText(),
            actions=ui.actionsEdit.toPlainText(), parts=self.parts_model.parts(),
            minutes=ui.minutesSpin.value(), code=self.code_picker.code())

    def _load_unit(self, unit: StationUnit | None) -> None:
        self._current = unit
        draft = (self._drafts.get(unit.serial) if unit else None) or Draft(
            rma_no=unit.rma_no if unit else "", serial=unit.serial if unit else "",
            version=unit.rma_version if unit else 0)
        if unit is not None and draft.is_blank():
            draft.version = unit.rma_version
        self._fill_form(draft)
        self._show_unit_header()
        self._load_codes(unit)

    def _fill_form(self, draft: Draft) -> None:
        ui = self.ui
        self._draft_version = draft.version
        ui.symptomEdit.setPlainText(draft.symptom)
        ui.rootCauseEdit.setPlainText(draft.root_cause)
        ui.causeCombo.setCurrentIndex(ui.causeCombo.findData(draft.cause) if draft.cause else -1)
        for combo, text in ((ui.processCombo, draft.process),
                            (ui.departmentCombo, draft.department)):
            combo.setCurrentIndex(-1)
            combo.setEditText(text)
        ui.actionsEdit.setPlainText(draft.actions)
        self.parts_model.set_parts(draft.parts)
        ui.minutesSpin.setValue(draft.minutes)
        self.code_picker.set_code(draft.code)

    def _show_unit_header(self) -> None:
        ui = self.ui
        unit = self._current
        if unit is None:
            ui.unitLabel.setText(self.tr("Select or scan a unit to fill in its repair record."))
            ui.dueHintLabel.clear()
            ui.dueHintLabel.hide()
            ui.symptomEdit.setPlaceholderText("")
            return
        header = self.tr("Unit {serial} of {rma_no}: {model}, {customer}").format(
            serial=unit.serial, rma_no=unit.rma_no, model=unit.model, customer=unit.customer)
        extra = []
        if unit.rework_loops:
            extra.append(self.tr("re-inspection failed %n time(s)", "", unit.rework_loops))
        if unit.repeat_count:
            extra.append(self.tr("repeat return ({n} earlier)").format(n=unit.repeat_count))
        if extra:
            header += " – " + labels.join(extra)
        complaint = self._data.complaints.get(unit.rma_no, "")
        ui.symptomEdit.setPlaceholderText("")
        if complaint:
            header += "\n" + self.tr("Customer complaint: {text}").format(text=complaint)
            ui.symptomEdit.setPlaceholderText(complaint)
        ui.unitLabel.setText(header)
        hint, kind = self._unit_hint(unit)
        ui.dueHintLabel.setText(hint)
        colours = {"warn": "#8a5a00", "error": "#a4262c", "ok": "#107c10"}
        ui.dueHintLabel.setStyleSheet(f"color: {colours.get(kind, '#1b1b1b')}; "
                                      "font-weight: bold;")
        ui.dueHintLabel.setVisible(bool(hint))

    def _unit_hint(self, unit: StationUnit) -> tuple[str, str]:
        if not self.can_work:
            return (self.tr("Only a repair engineer or a production team lead can record "
                            "repairs; you can look at the units."), "warn")
        if unit.state == UnitState.IN_REPAIR.value:
            if not unit.due_confirmed:
                due = unit.due_date.isoformat() if unit.due_date else self.tr("none set")
                return (self.tr("First confirm the due date ({due}) or escalate it: the repair "
                                "record can be saved only after that.").format(due=due), "warn")
            return "", ""
        if unit.state == UnitState.ESCALATED.value:
            return (self.tr("Escalated: waiting for the supervisor's decision."), "warn")
        if unit.state in READY_FOR_QC:
            return (self.tr("Done here: hand it over to QC."), "ok")
        return (self.tr("Unit state: {state}.").format(state=labels.unit_state(unit.state)),
                "")

    def _form_editable(self) -> bool:
        return (self.can_work and self._current is not None
                and self._current.state == UnitState.IN_REPAIR.value)

    def _ready_for_qc(self) -> list[StationUnit]:
        """Units done here and not yet on a slip: what "Hand over to QC" can give."""
        return [u for u in self._data.units if u.state in READY_FOR_QC and not u.on_open_slip]

    def _update_actions(self) -> None:
        ui = self.ui
        unit = self._current
        in_repair = self._form_editable()
        ui.receiveButton.setEnabled(self.can_hand_over and self._selected_slip() is not None)
        ui.confirmDueButton.setEnabled(in_repair and unit is not None and not unit.due_confirmed)
        ui.cannotMeetButton.setEnabled(in_repair)
        ui.cannotFindButton.setEnabled(in_repair)
        ui.handOverButton.setEnabled(self.can_hand_over and bool(self._ready_for_qc()))
        for widget in (ui.symptomEdit, ui.rootCauseEdit, ui.causeCombo, ui.processCombo,
                       ui.departmentCombo, ui.actionsEdit, ui.partsTable, ui.addPartButton,
                       ui.removePartButton, ui.minutesSpin, ui.saveButton, ui.clearButton,
                       self.code_picker):
            widget.setEnabled(in_repair)

    def _clear_form(self) -> None:
        if self._current is None:
            return
        self._fill_form(Draft(self._current.rma_no, self._current.serial,
                              self._current.rma_version))
        self._drafts.pop(self._current.serial, None)
        self.ui.symptomEdit.setFocus()

    # -- parts -----------------------------------------------------------------------------

    def add_part(self) -> None:
        if not self._form_editable():
            return
        row = self.parts_model.add_row()
        table = self.ui.partsTable
        index = self.parts_model.index(row, 0)
        table.setFocus()
        table.setCurrentIndex(index)
        table.edit(index)

    def remove_part(self) -> None:
        index = self.ui.partsTable.currentIndex()
        if not self._form_editable() or not index.isValid():
            return
        self.parts_model.removeRows(index.row(), 1)
        rows = self.parts_model.rowCount()
        if rows:
            self.ui.partsTable.setCurrentIndex(
                self.parts_model.index(min(index.row(), rows - 1), index.column()))
        self.ui.partsTable.setFocus()

    def _commit_part_editor(self) -> None:
        """A cell still being typed in counts: Ctrl+S saves what the person sees."""
        table = self.ui.partsTable
        if table.state() != QAbstractItemView.State.EditingState:
            return
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.commitData(editor)
            table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _leave_parts(self, forward: bool) -> None:
        (self.ui.addPartButton if forward else self.ui.actionsEdit).setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.ui.partsTable
        if (watched is table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and table.state() != QAbstractItemView.State.EditingState):
            key = event.key()
            if key == Qt.Key.Key_Insert:
                self.add_part()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_part()
                return True
            forward = tab_out_of(table, event)
            if forward is not None:
                self._leave_parts(forward)
                return True
        return super().eventFilter(watched, event)

    # -- saving ----------------------------------------------------------------------------

    def _missing_fields(self) -> list[tuple[str, QWidget]]:
        ui = self.ui
        checks: list[tuple[bool, str, QWidget]] = [
            (bool(ui.symptomEdit.toPlainText().strip()), self.tr("symptom"), ui.symptomEdit),
            (bool(ui.rootCauseEdit.toPlainText().strip()), self.tr("root cause"),
             ui.rootCauseEdit),
            (isinstance(ui.causeCombo.currentData(), str), self.tr("cause category"),
             ui.causeCombo),
            (bool(ui.processCombo.currentText().strip()), self.tr("responsible process"),
             ui.processCombo),
            (bool(ui.departmentCombo.currentText().strip()), self.tr("responsible department"),
             ui.departmentCombo),
            (bool(ui.actionsEdit.toPlainText().strip()), self.tr("actions taken"),
             ui.actionsEdit),
            (ui.minutesSpin.value() > 0, self.tr("repair time"), ui.minutesSpin),
        ]
        return [(name, widget) for ok, name, widget in checks if not ok]

    def _checked_parts(self) -> list[PartReplaced] | None:
        """The parts typed, or None after showing what is wrong with a row."""
        parts = []
        for row, p in enumerate(self.parts_model.parts(), start=1):
            if not (p["ref_des"] or p["part_no"] or p["lot"] or p["date_code"]):
                continue  # an empty row added by mistake
            if not p["ref_des"] or not p["part_no"]:
                self.show_error(self.tr(
                    "Part row {row}: enter both the reference designator and the part number, "
                    "or remove the row. Nothing was saved.").format(row=row))
                column = 0 if not p["ref_des"] else 1
                self.ui.partsTable.setFocus()
                self.ui.partsTable.setCurrentIndex(self.parts_model.index(row - 1, column))
                return None
            parts.append(PartReplaced(ref_des=p["ref_des"], part_no=p["part_no"],
                                      qty=int(p["qty"]), lot=p["lot"],
                                      date_code=p["date_code"]))
        return parts

    def save_record(self) -> None:
        """Ctrl+S: check the form, then record the repair (QP-TPZ-002 step 4)."""
        self._commit_part_editor()
        unit = self._current
        if unit is None:
            self.show_warning(self.tr("Select or scan the unit the repair record is for."))
            self.ui.scanEdit.setFocus()
            return
        if not self._form_editable():
            return
        if not unit.due_confirmed:
            self.show_error(self.tr(
                "Confirm the due date of unit {serial} first (or escalate it). Nothing was "
                "saved.").format(serial=unit.serial))
            self.ui.confirmDueButton.setFocus()
            return
        missing = self._missing_fields()
        if missing:
            self.show_error(self.tr("The repair record is incomplete. Fill in: {fields}. "
                                    "Nothing was saved.").format(
                fields=labels.join(name for name, _ in missing)))
            missing[0][1].setFocus()
            return
        parts = self._checked_parts()
        if parts is None:
            return
        ui = self.ui
        version = self._draft_version
        rma_no, serial = unit.rma_no, unit.serial
        values: dict[str, Any] = {
            "symptom": ui.symptomEdit.toPlainText(),
            "root_cause": ui.rootCauseEdit.toPlainText(),
            "cause_category": ui.causeCombo.currentData(),
            "responsible_process": ui.processCombo.currentText(),
            "responsible_department": ui.departmentCombo.currentText(),
            "actions": ui.actionsEdit.toPlainText(),
            "parts": parts,
            "repair_minutes": ui.minutesSpin.value(),
            "cause_code": self.code_picker.code(),
        }

        session = self.session

        def work() -> Any:
            return workflow.record_repair(session.uow(), session.actor, rma_no=rma_no,
                                          serial=serial, expected_version=version, **values)

        def failed(failure: Exception) -> None:
            if isinstance(failure, Conflict):
                self._stale_rmas.add(rma_no)  # Reload takes the new version, keeps the input

        def done(_record: Any) -> None:
            self._drafts.pop(serial, None)
            if self._current is not None and self._current.serial == serial:
                # Saved: an empty form for the next record (unless the person moved on to
                # another unit while it was saving; that unit's form stays as typed).
                self._fill_form(Draft(rma_no, serial, version))
            self._after_own_write(rma_no, version)
            self.show_done(self.tr("Repair record of unit {serial} saved. Hand it over to QC "
                                   "when the units of {rma_no} are done.").format(
                serial=serial, rma_no=rma_no))
            self.ui.scanEdit.setFocus()

        self.attempt(work, on_success=done, on_failure=failed)

    def _load_codes(self, unit: StationUnit | None) -> None:
        """Offer the codes of the unit's family (read once per model shown, off the GUI
        thread)."""
        if unit is None or unit.model == self._codes_model:
            return
        session, model = self.session, unit.model

        def shown(codes: list[Any]) -> None:
            self._codes_model = model
            if self._current is not None and self._current.model == model:
                self.code_picker.set_codes(codes)

        self.attempt(lambda: defect_codes.codes_for_model(session.uow(), model=model),
                     on_success=shown, kind="defect_codes")

    def _code_picked(self, code: Any) -> None:
        # The code brings its cause category, and its text where nothing is typed yet.
        if code is None:
            return
        ui = self.ui
        ui.causeCombo.setCurrentIndex(ui.causeCombo.findData(code.cause_category.value))
        if not ui.rootCauseEdit.toPlainText().strip():
            ui.rootCauseEdit.setPlainText(code.cause)

    def _after_own_write(self, rma_no: str, from_version: int) -> None:
        self._own_writes[rma_no] = from_version
        self.changed.emit()
        self.refresh()

    # -- due date and escalations -------------------------------------------------------------

    def _confirm_due(self) -> None:
        unit = self._current
        if unit is None or not self.can_work:
            return

        def done(_: Any) -> None:
            self._after_own_write(unit.rma_no, unit.rma_version)
            self.show_done(self.tr("Due date of unit {serial} confirmed.").format(
                serial=unit.serial))
            self.ui.symptomEdit.setFocus()

        self.attempt(lambda: workflow.confirm_due_date(
            self.session.uow(), self.session.actor, rma_no=unit.rma_no, serial=unit.serial,
            can_meet=True, expected_version=unit.rma_version), on_success=done)

    def _cannot_meet(self) -> None:
        unit = self._current
        if unit is None or not self.can_work:
            return
        due = unit.due_date.isoformat() if unit.due_date else self.tr("none set")
        note = ask_note(self, self.tr("Due date cannot be met"), self.tr(
            "Unit {serial} ({rma_no}) cannot be finished by {due}. Say why and what is "
            "needed; the production supervisor decides.").format(
            serial=unit.serial, rma_no=unit.rma_no, due=due))
        if note is None:
            self.ui.cannotMeetButton.setFocus()
            return

        def done(_: Any) -> None:
            self._after_own_write(unit.rma_no, unit.rma_version)
            self.show_done(self.tr("Unit {serial} escalated to the production supervisor: the "
                                   "due date cannot be met.").format(serial=unit.serial))
            self.ui.scanEdit.setFocus()

        self.attempt(lambda: workflow.confirm_due_date(
            self.session.uow(), self.session.actor, rma_no=unit.rma_no, serial=unit.serial,
            can_meet=False, note=note, expected_version=unit.rma_version), on_success=done)

    def _cannot_find_fault(self) -> None:
        unit = self._current
        if unit is None or not self.can_work:
            return
        note = ask_note(self, self.tr("Cannot find the fault"), self.tr(
            "Unit {serial} ({rma_no}): describe what was tested and found; the production "
            "supervisor decides how to go on.").format(serial=unit.serial, rma_no=unit.rma_no))
        if note is None:
            self.ui.cannotFindButton.setFocus()
            return

        def done(_: Any) -> None:
            self._after_own_write(unit.rma_no, unit.rma_version)
            self.show_done(self.tr("Unit {serial} escalated to the production supervisor: the "
                                   "fault cannot be found.").format(serial=unit.serial))
            self.ui.scanEdit.setFocus()

        self.attempt(lambda: workflow.cannot_find_fault(
            self.session.uow(), self.session.actor, rma_no=unit.rma_no, serial=unit.serial,
            note=note), on_success=done)

    # -- handovers -------------------------------------------------------------------------

    def _receive_selected(self) -> None:
        slip_no = self._selected_slip()
        if slip_no is None:
            self.show_warning(self.tr("Select the slip to receive, or scan its QR code."))
            return
        self.receive(slip_no)

    def receive(self, slip_no: str) -> None:
        if not self.can_hand_over:
            return
        self.receive_slip(slip_no)
        self.ui.scanEdit.setFocus()

    def _hand_over(self) -> None:
        if not self.can_hand_over:
            return
        ready = self._ready_for_qc()
        if not ready:
            self.show_warning(self.tr("No repaired or returning unit waits to go to QC."))
            return
        rma_nos = sorted({u.rma_no for u in ready})
        selected = self._selected_unit()
        if selected is not None and selected.rma_no in rma_nos:
            rma_no = selected.rma_no
        elif len(rma_nos) == 1:
            rma_no = rma_nos[0]
        else:
            # One slip covers one RMA (QP-TPZ-002 5.3.3): the person says which.
            self.show_warning(self.tr(
                "Units of several RMAs are ready for QC ({rmas}): select a unit of the RMA to "
                "hand over first.").format(rmas=labels.join(rma_nos)))
            self.ui.queueTable.setFocus()
            return
        units = [u for u in ready if u.rma_no == rma_no]
        preselected = [selected.serial] if selected is not None and selected in units else []
        from benchapp.ui import handover_dialog

        handover = handover_dialog.give_units(self, self.session, rma_no=rma_no,
                                              to_station=Station.QC, units=units,
                                              preselected=preselected)
        if handover is not None:
            self.show_done(self.tr("Slip {slip_no}: %n unit(s) of {rma_no} handed over to QC.",
                                   "", len(handover.serials))
                           .format(slip_no=handover.slip_no, rma_no=rma_no))
            self.changed.emit()
            self.refresh()
        self.ui.scanEdit.setFocus()

    # -- scans -----------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        text = scan.text.strip()
        if scan.kind == KIND_RMA:
            return self._scan_rma(text.upper())
        qr = SLIP_QR_RE.fullmatch(text)
        if scan.kind == KIND_SLIP or qr or SLIP_NO_RE.fullmatch(text.upper()):
            slip_no = qr.group(1) if qr else text.upper()
            slip = next((h for h in self._data.incoming if h.slip_no == slip_no), None)
            if slip is None:
                self.show_error(self.tr("Slip {slip_no} is not waiting to be received at "
                                        "repair.").format(slip_no=slip_no))
                return True
            self.receive(slip.slip_no)
            return True
        if scan.kind == KIND_UNIT:
            return self._scan_unit(text)
        self.show_error(self.tr("{code} is not a unit serial or an RMA number. Scan the unit's "
                                "label or the RMA barcode.").format(code=text))
        return True

    def _scan_unit(self, serial: str) -> bool:
        unit = self._data.by_serial.get(serial.casefold())
        if unit is None:
            slip = next((h for h in self._data.incoming
                         if serial.casefold() in (s.casefold() for s in h.serials)), None)
            if slip is not None:
                self.show_warning(self.tr(
                    "Unit {serial} is on slip {slip_no}, not yet received at repair: receive "
                    "the slip first.").format(serial=serial, slip_no=slip.slip_no))
                select_key(self.ui.incomingTable, slip.slip_no)
                self._update_actions()
            else:
                self.show_error(self.tr(
                    "Unit {serial} is not at the repair station. Check the label, or look the "
                    "unit up in the RMA list.").format(serial=serial))
            return True
        if unit.serial not in self._data.mine and not self.ui.showAllCheck.isChecked():
            self.ui.showAllCheck.setChecked(True)
            self.show_warning(self.tr("Unit {serial} was received by someone else: showing all "
                                      "units at repair.").format(serial=serial))
        else:
            self.message_bar.clear()
        if self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
        select_key(self.ui.queueTable, unit.serial)
        self._queue_row_changed()
        if self._form_editable() and unit.due_confirmed:
            self.ui.symptomEdit.setFocus()
        elif self.ui.confirmDueButton.isEnabled():
            self.ui.confirmDueButton.setFocus()
        return True

    def _scan_rma(self, rma_no: str) -> bool:
        self.ui.searchEdit.setText(rma_no)
        if not any(u.rma_no == rma_no for u in self._data.units):
            self.show_warning(self.tr("No unit of {rma_no} is at the repair station.").format(
                rma_no=rma_no))
        else:
            if not self.ui.showAllCheck.isChecked() and not any(
                    u.rma_no == rma_no and u.serial in self._data.mine for u in self._data.units):
                self.ui.showAllCheck.setChecked(True)
            self.message_bar.clear()
            self.status_message.emit(self.tr("Showing the units of {rma_no}.").format(
                rma_no=rma_no))
        return True

