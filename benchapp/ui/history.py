"""The full history of an RMA or a unit: service form, units, tracking log, signed slips,
repair records and escalations, opened from every station (double-click, Enter, a link).

The window only reads. Each slip's signatures are checked when the slip is selected (the check
validates the whole stored PDF, so it runs on a worker thread and its verdict is kept).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Container
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableView, QWidget

from benchapp.domain.errors import NotFound
from benchapp.domain.handover import HandoverStatus, Meaning
from benchapp.domain.rma import Billing, EscalationStatus, RmaStatus, UnitState
from benchapp.domain.rules import read_repeat_summary
from benchapp.domain.warranty import verdict_from_detail
from benchapp.services import history as history_service
from benchapp.services import slips as slip_service
from benchapp.services import users as user_service
from benchapp.services.history import (
    EscalationHistory,
    LogLine,
    RepairHistory,
    RmaHistory,
    Signature,
    SlipHistory,
    UnitHistory,
)
from benchapp.ui import labels, printing, shop_time
from benchapp.ui.attachment_strip import AttachmentStrip
from benchapp.ui.forms.ui_history_dialog import Ui_HistoryDialog
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.warranty_preset import verdict_text as warranty_verdict_text
from benchapp.ui.stations.base import (
    MessageBar,
    ServiceCalls,
    fit_columns,
    select_key,
    setup_table,
)
from benchapp.ui.trace_panel import TracePanel

log = logging.getLogger(__name__)

CONTEXT = "HistoryDialog"
MAX_COLUMN_WIDTH = 320

MEANINGS: dict[str, str] = {
    Meaning.HANDED_OVER: QT_TRANSLATE_NOOP("HistoryDialog", "Handed over"),
    Meaning.RECEIVED: QT_TRANSLATE_NOOP("HistoryDialog", "Received"),
    Meaning.REFUSED: QT_TRANSLATE_NOOP("HistoryDialog", "Refused"),
}

FIELDS: dict[str, str] = {
    "giver": QT_TRANSLATE_NOOP("HistoryDialog", "Giver"),
    "receiver": QT_TRANSLATE_NOOP("HistoryDialog", "Receiver"),
}

# Why a slip's signatures are not valid (benchapp.slips.verify.VerifyFailure, plus the
# database check of services.slips.verify_file).
VERIFY_FAILURES: dict[str, str] = {
    "unsigned": QT_TRANSLATE_NOOP("HistoryDialog", "The slip carries no signature."),
    "not_a_slip": QT_TRANSLATE_NOOP("HistoryDialog", "This PDF is not a benchapp transfer slip."),
    "tampered": QT_TRANSLATE_NOOP("HistoryDialog", "The slip was changed after it was signed."),
    "update_after_signature": QT_TRANSLATE_NOOP(
        "HistoryDialog", "Something other than a signature was added after signing."),
    "foreign_signature": QT_TRANSLATE_NOOP(
        "HistoryDialog", "A signature on this slip was made for another slip."),
    "untrusted_certificate": QT_TRANSLATE_NOOP(
        "HistoryDialog", "A signature was not made with a certificate of the shop CA."),
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "HistoryDialog", "The slip's content differs from the database record."),
    "not_in_database": QT_TRANSLATE_NOOP(
        "HistoryDialog", "The slip is not recorded in this database."),
    "pdf_changed": QT_TRANSLATE_NOOP(
        "HistoryDialog", "The stored PDF was changed in the database."),
    "countersignature_missing": QT_TRANSLATE_NOOP(
        "HistoryDialog", "The record says received or refused, but the PDF lacks that "
                         "countersignature."),
    "wrong_signer": QT_TRANSLATE_NOOP(
        "HistoryDialog", "A signature was made by someone other than the person on the slip."),
    "certificate_not_issued": QT_TRANSLATE_NOOP(
        "HistoryDialog", "A signature's certificate was never issued by benchapp."),
    "certificate_not_current": QT_TRANSLATE_NOOP(
        "HistoryDialog", "A signature's certificate was superseded when it signed."),
    "other_ca": QT_TRANSLATE_NOOP(
        "HistoryDialog", "The slip names another shop CA than the one this PC trusts."),
}


# Tracking-log detail fields (LogEntry.detail keys) as the history names them; the ones the
# Detail column shows in their own way (states, custody, slip, stations, signatures) are not here.
DETAIL_NAMES: dict[str, str] = {
    "anomaly_form": QT_TRANSLATE_NOOP("HistoryDialog", "anomaly form {value}"),
    "form_no": QT_TRANSLATE_NOOP("HistoryDialog", "anomaly form {value}"),
    "batch": QT_TRANSLATE_NOOP("HistoryDialog", "batch problem: {value}"),
    "count_differs": QT_TRANSLATE_NOOP("HistoryDialog", "count differs: {value}"),
    "declared": QT_TRANSLATE_NOOP("HistoryDialog", "declared: {value}"),
    "counted": QT_TRANSLATE_NOOP("HistoryDialog", "counted: {value}"),
    "declared_count": QT_TRANSLATE_NOOP("HistoryDialog", "declared: {value}"),
    "count": QT_TRANSLATE_NOOP("HistoryDialog", "units: {value}"),
    "quantity": QT_TRANSLATE_NOOP("HistoryDialog", "units: {value}"),
    "serials": QT_TRANSLATE_NOOP("HistoryDialog", "serials: {value}"),
    "ship_date": QT_TRANSLATE_NOOP("HistoryDialog", "shipped by the shop on {value}"),
    "delivery_no": QT_TRANSLATE_NOOP("HistoryDialog", "delivery {value}"),
    "delivered_qty": QT_TRANSLATE_NOOP("HistoryDialog", "delivered: {value}"),
    "shipped_qty": QT_TRANSLATE_NOOP("HistoryDialog", "shipped: {value}"),
    "non_customer_units": QT_TRANSLATE_NOOP("HistoryDialog",
                                            "units not damaged by the customer: {value}"),
    "outcome": QT_TRANSLATE_NOOP("HistoryDialog", "complaint rule: {value}"),
    "production_lot": QT_TRANSLATE_NOOP("HistoryDialog", "production lot {value}"),
    "date_code": QT_TRANSLATE_NOOP("HistoryDialog", "date code {value}"),
    "earlier_rmas": QT_TRANSLATE_NOOP("HistoryDialog", "earlier returns: {value}"),
    "verdict": QT_TRANSLATE_NOOP("HistoryDialog", "result: {value}"),
    "test": QT_TRANSLATE_NOOP("HistoryDialog", "test: {value}"),
    "visual": QT_TRANSLATE_NOOP("HistoryDialog", "visual check: {value}"),
    "measurements": QT_TRANSLATE_NOOP("HistoryDialog", "measurements: {value}"),
    "loop": QT_TRANSLATE_NOOP("HistoryDialog", "rework loop {value}"),
    "escalation": QT_TRANSLATE_NOOP("HistoryDialog", "escalated: {value}"),
    "note": QT_TRANSLATE_NOOP("HistoryDialog", "note: {value}"),
    "reason": QT_TRANSLATE_NOOP("HistoryDialog", "reason: {value}"),
    "decision": QT_TRANSLATE_NOOP("HistoryDialog", "decision: {value}"),
    "new_due_date": QT_TRANSLATE_NOOP("HistoryDialog", "new due date {value}"),
    "due_date": QT_TRANSLATE_NOOP("HistoryDialog", "due date {value}"),
    "replacement_serial": QT_TRANSLATE_NOOP("HistoryDialog", "replacement {value}"),
    "signed_by": QT_TRANSLATE_NOOP("HistoryDialog", "signed by {value}"),
    "station": QT_TRANSLATE_NOOP("HistoryDialog", "at {value}"),
    "minutes": QT_TRANSLATE_NOOP("HistoryDialog", "{value} min"),
    "parts": QT_TRANSLATE_NOOP("HistoryDialog", "parts replaced: {value}"),
    "note_no": QT_TRANSLATE_NOOP("HistoryDialog", "shipping note {value}"),
    "carrier": QT_TRANSLATE_NOOP("HistoryDialog", "carrier {value}"),
    "tracking_no": QT_TRANSLATE_NOOP("HistoryDialog", "tracking no. {value}"),
    "shipped": QT_TRANSLATE_NOOP("HistoryDialog", "shipped: {value}"),
    "returned_as_is": QT_TRANSLATE_NOOP("HistoryDialog", "returned as is: {value}"),
    "scrapped": QT_TRANSLATE_NOOP("HistoryDialog", "scrapped: {value}"),
    "in_process": QT_TRANSLATE_NOOP("HistoryDialog", "still in process: {value}"),
    "notice_no": QT_TRANSLATE_NOOP("HistoryDialog", "complaint notice {value}"),
    "severity": QT_TRANSLATE_NOOP("HistoryDialog", "severity: {value}"),
    "previous": QT_TRANSLATE_NOOP("HistoryDialog", "before: {value}"),
    "owner": QT_TRANSLATE_NOOP("HistoryDialog", "responsible: {value}"),
    "previous_owner": QT_TRANSLATE_NOOP("HistoryDialog", "responsible before: {value}"),
    "channel": QT_TRANSLATE_NOOP("HistoryDialog", "by {value}"),
    "kind": QT_TRANSLATE_NOOP("HistoryDialog", "kind: {value}"),
    "person": QT_TRANSLATE_NOOP("HistoryDialog", "person: {value}"),
    "contacted_at": QT_TRANSLATE_NOOP("HistoryDialog", "contacted {value}"),
    "received": QT_TRANSLATE_NOOP("HistoryDialog", "received: {value}"),
    "satisfied": QT_TRANSLATE_NOOP("HistoryDialog", "satisfied: {value}"),
    "file_name": QT_TRANSLATE_NOOP("HistoryDialog", "file {value}"),
    "size": QT_TRANSLATE_NOOP("HistoryDialog", "{value} bytes"),
    "ca_no": QT_TRANSLATE_NOOP("HistoryDialog", "corrective action {value}"),
    "process": QT_TRANSLATE_NOOP("HistoryDialog", "process: {value}"),
    "root_cause": QT_TRANSLATE_NOOP("HistoryDialog", "root cause: {value}"),
    "measure": QT_TRANSLATE_NOOP("HistoryDialog", "measure: {value}"),
    "source_week": QT_TRANSLATE_NOOP("HistoryDialog", "week {value}"),
    "print_count": QT_TRANSLATE_NOOP("HistoryDialog", "printed before: {value} time(s)"),
    "copy": QT_TRANSLATE_NOOP("HistoryDialog", "marked as a copy: {value}"),
    "contact": QT_TRANSLATE_NOOP("HistoryDialog", "contact {value}"),
    "contact_phone": QT_TRANSLATE_NOOP("HistoryDialog", "phone {value}"),
    "address": QT_TRANSLATE_NOOP("HistoryDialog", "address: {value}"),
    "preset": QT_TRANSLATE_NOOP("HistoryDialog", "the warranty record says: {value}"),
    "billing": QT_TRANSLATE_NOOP("HistoryDialog", "billed as: {value}"),
}
# Technical fields, in the record for the audit but no help on screen.
HIDDEN_DETAILS = ("content_sha256", "sha256", "media_type", "escalation_id", "attachment",
                  "original_size")
# What a clerk may correct on an RMA (domain.rma.CORRECTABLE_FIELDS).
CORRECTED_FIELDS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("HistoryDialog", "customer"),
    "model": QT_TRANSLATE_NOOP("HistoryDialog", "model"),
    "complaint": QT_TRANSLATE_NOOP("HistoryDialog", "complaint"),
    "storage_location": QT_TRANSLATE_NOOP("HistoryDialog", "storage location"),
}

SEVERITIES: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("HistoryDialog", "general"),
    "major": QT_TRANSLATE_NOOP("HistoryDialog", "major"),
}
CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("HistoryDialog", "phone"),
    "email": QT_TRANSLATE_NOOP("HistoryDialog", "e-mail"),
    "visit": QT_TRANSLATE_NOOP("HistoryDialog", "visit"),
    "other": QT_TRANSLATE_NOOP("HistoryDialog", "other means"),
}
CONTACT_KINDS: dict[str, str] = {
    "initial": QT_TRANSLATE_NOOP("HistoryDialog", "first contact"),
    "follow_up": QT_TRANSLATE_NOOP("HistoryDialog", "follow-up"),
    "report": QT_TRANSLATE_NOOP("HistoryDialog", "report"),
    "8d": QT_TRANSLATE_NOOP("HistoryDialog", "8D report"),
}
WARRANTY_STATUSES: dict[str, str] = {
    "in_warranty": QT_TRANSLATE_NOOP("HistoryDialog", "in warranty"),
    "out_of_warranty": QT_TRANSLATE_NOOP("HistoryDialog", "out of warranty"),
    "unknown": QT_TRANSLATE_NOOP("HistoryDialog", "warranty unknown"),
}
RULE_OUTCOMES: dict[str, str] = {
    "no_delivery": QT_TRANSLATE_NOOP("HistoryDialog", "no delivery named, not evaluated"),
    "no_delivered_qty": QT_TRANSLATE_NOOP("HistoryDialog",
                                          "delivered quantity unknown, not evaluated"),
    "below": QT_TRANSLATE_NOOP("HistoryDialog", "under the threshold"),
    "raised": QT_TRANSLATE_NOOP("HistoryDialog", "complaint notice raised"),
    "joined": QT_TRANSLATE_NOOP("HistoryDialog", "added to the open complaint notice"),
    "already": QT_TRANSLATE_NOOP("HistoryDialog", "already counted"),
}


def _tr(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def local_time(value: datetime | None, *, seconds: bool = False) -> str:
    """Stored in UTC; shown on the shop's clock (to the second for signatures)."""
    if not seconds or value is None:
        return format_time(value)
    return shop_time.local(value).strftime("%Y-%m-%d %H:%M:%S")


def _time_key(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def _state_text(code: str | None) -> str:
    if code is None:
        return ""
    if code in UnitState._value2member_map_:
        return labels.unit_state(code)
    if code in RmaStatus._value2member_map_:
        return labels.rma_status(code)
    return code


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save a slip PDF; None if the person cancelled. Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("HistoryDialog", "Save slip as PDF"), suggested,
        QCoreApplication.translate("HistoryDialog", "PDF files (*.pdf)"))
    return path or None


class HistoryDialog(QDialog, ServiceCalls):
    """The history window of ``rma_no``; ``serial`` preselects one unit.

    Non-modal (``show()``); ``open_history`` creates, loads and shows one.

    Signals:
        status_message(str): a short confirmation (slip saved, printed).
        other_history_requested(str, str): an earlier RMA (rma_no, serial) was clicked.
    """

    status_message = Signal(str)
    other_history_requested = Signal(str, str)

    def __init__(self, session: Session, rma_no: str, serial: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rma_no = rma_no.strip()
        self._wanted_serial = serial.strip() if serial else None
        self.history: RmaHistory | None = None
        self.verdicts: dict[str, slip_service.FileVerdict] = {}
        self._verifying = False
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.message_bar = MessageBar(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build_models()
        self.attachment_strip = AttachmentStrip(self, session, lambda: self.selected_serial()
                                                or "", self)
        self.ui.mainLayout.addWidget(self.attachment_strip)
        # Issue 17.1: from a lot, a part, a delivery or date codes to every returned unit.
        self.trace_panel = TracePanel(self, session, self.ui.tabWidget)
        self.trace_panel.setObjectName("tracePanel")
        self.trace_tab_index = self.ui.tabWidget.addTab(self.trace_panel,
                                                        self.tr("Tracin&g"))
        self._connect()
        self._set_title()
        self._enable_slip_buttons(None)

    # -- building -----------------------------------------------------------------------

    def _table(self, view: QTableView, model: RecordTableModel) -> RecordFilterProxy:
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        setup_table(view)
        return proxy

    def _build_models(self) -> None:
        ui = self.ui
        self.units_model: RecordTableModel[UnitHistory] = RecordTableModel([
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            Column(self.tr("Custody"), lambda u: labels.custody(u.custody)),
            Column(self.tr("Rework loops"), lambda u: u.rework_loops, align_right=True),
            Column(self.tr("Repeat return"), self._repeat_cell,
                   sort_key=lambda u: len(u.earlier), tooltip=self._repeat_tooltip),
            Column(self.tr("Cause"), lambda u: labels.cause_category(u.cause_category)),
        ], key=lambda u: u.serial, highlight=lambda u: "warn" if u.earlier else None,
            parent=self)
        self.units_proxy = self._table(ui.unitsTable, self.units_model)

        self.log_model: RecordTableModel[LogLine] = RecordTableModel([
            Column(self.tr("Time"), lambda e: local_time(e.at, seconds=True),
                   sort_key=lambda e: _time_key(e.at)),
            Column(self.tr("By"), lambda e: e.actor, tooltip=lambda e: e.actor_username),
            Column(self.tr("Action"), lambda e: labels.log_action(e.action)),
            Column(self.tr("Unit"), lambda e: e.serial or ""),
            Column(self.tr("Detail"), self._detail_text, tooltip=self._detail_text),
        ], key=lambda e: f"{_time_key(e.at)}|{e.action}|{e.serial}", parent=self)
        self.log_proxy = self._table(ui.logTable, self.log_model)

        self.slips_model: RecordTableModel[SlipHistory] = RecordTableModel([
            Column(self.tr("Slip no."), lambda s: s.slip_no),
            Column(self.tr("From → to"), lambda s: self.tr("{origin} → {target}").format(
                origin=labels.station(s.from_station), target=labels.station(s.to_station))),
            Column(self.tr("Units"), lambda s: len(s.serials), align_right=True,
                   tooltip=lambda s: labels.join(s.serials)),
            Column(self.tr("Declared / counted"), lambda s: self.tr("{declared} / {counted}").format(
                declared=s.declared_count,
                counted="–" if s.counted is None else s.counted),
                sort_key=lambda s: s.declared_count),
            Column(self.tr("Status"), lambda s: labels.handover_status(s.status)),
            Column(self.tr("Refusal"), self._refusal_text, tooltip=self._refusal_text),
            Column(self.tr("Handed over"), lambda s: local_time(s.signatures[0].at),
                   sort_key=lambda s: _time_key(s.signatures[0].at)),
            Column(self.tr("Signatures"), self._slip_check_cell),
        ], key=lambda s: s.slip_no, highlight=self._slip_highlight, parent=self)
        self.slips_proxy = self._table(ui.slipsTable, self.slips_model)

        # Rows: (signature, status text, detail, "valid" | "invalid" | "").
        self.signatures_model: RecordTableModel[tuple[Signature, str, str, str]] = \
            RecordTableModel([
            Column(self.tr("Field"), lambda r: _tr(FIELDS, r[0].field)),
            Column(self.tr("Signer"), lambda r: r[0].name),
            Column(self.tr("Role"), lambda r: labels.role(r[0].role)),
            Column(self.tr("Meaning"), lambda r: _tr(MEANINGS, r[0].meaning)),
            Column(self.tr("Time"), lambda r: local_time(r[0].at, seconds=True),
                   sort_key=lambda r: _time_key(r[0].at)),
            Column(self.tr("Signature"), lambda r: r[1], tooltip=lambda r: r[2] or r[1]),
        ], key=lambda r: r[0].field,
            highlight=lambda r: {"valid": "ok", "invalid": "error"}.get(r[3]), parent=self)
        self.signatures_proxy = self._table(ui.signaturesTable, self.signatures_model)

        self.repairs_model: RecordTableModel[RepairHistory] = RecordTableModel([
            Column(self.tr("Completed"), lambda r: local_time(r.completed_at),
                   sort_key=lambda r: _time_key(r.completed_at)),
            Column(self.tr("Unit"), lambda r: r.serial),
            Column(self.tr("Kind"), lambda r: labels.work_kind(r.kind)),
            Column(self.tr("Loop"), lambda r: r.loop_no, align_right=True),
            Column(self.tr("Symptom"), lambda r: r.symptom, tooltip=lambda r: r.symptom),
            Column(self.tr("Root cause"), lambda r: r.root_cause, tooltip=lambda r: r.root_cause),
            Column(self.tr("Cause category"), lambda r: labels.cause_category(r.cause_category)),
            Column(self.tr("Cause code"), lambda r: r.cause_code),
            Column(self.tr("Responsible"), lambda r: self.tr("{process} / {department}").format(
                process=r.responsible_process, department=r.responsible_department)),
            Column(self.tr("Actions"), lambda r: r.actions, tooltip=lambda r: r.actions),
            Column(self.tr("Parts"), self._parts_summary, tooltip=self._parts_summary),
            Column(self.tr("Minutes"), lambda r: r.repair_minutes, align_right=True),
            Column(self.tr("Repairer"), lambda r: r.repairer),
        ], key=lambda r: f"{r.serial}|{r.loop_no}|{_time_key(r.completed_at)}", parent=self)
        self.repairs_proxy = self._table(ui.repairsTable, self.repairs_model)

        self.parts_model: RecordTableModel[Any] = RecordTableModel([
            Column(self.tr("Ref. des."), lambda p: p.ref_des),
            Column(self.tr("Part no."), lambda p: p.part_no),
            Column(self.tr("Qty"), lambda p: p.qty, align_right=True),
            Column(self.tr("Lot"), lambda p: p.lot),
            Column(self.tr("Date code"), lambda p: p.date_code),
        ], key=lambda p: f"{p.ref_des}|{p.part_no}|{p.lot}", parent=self)
        self.parts_proxy = self._table(ui.partsTable, self.parts_model)

        self.escalations_model: RecordTableModel[EscalationHistory] = RecordTableModel([
            Column(self.tr("Kind"), lambda e: labels.escalation_kind(e.kind)),
            Column(self.tr("Unit / slip"), lambda e: e.serial or e.slip_no or ""),
            Column(self.tr("Raised"), lambda e: self.tr("{time} by {name}").format(
                time=local_time(e.raised_at), name=e.raised_by or "–") if e.raised_at else "",
                sort_key=lambda e: _time_key(e.raised_at)),
            Column(self.tr("Note"), lambda e: labels.escalation_note(e.kind, e.note),
                   tooltip=lambda e: labels.escalation_note(e.kind, e.note)),
            Column(self.tr("Decided by"), lambda e: e.decided_by if e.status == EscalationStatus.DECIDED
                   else self.tr("open")),
            Column(self.tr("Decision"), lambda e: labels.decision(e.decision)),
            Column(self.tr("Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
            Column(self.tr("Decided"), lambda e: local_time(e.decided_at),
                   sort_key=lambda e: _time_key(e.decided_at)),
        ], key=lambda e: str(e.id), highlight=lambda e: "warn" if e.status == EscalationStatus.OPEN else None,
            parent=self)
        self.escalations_proxy = self._table(ui.escalationsTable, self.escalations_model)
        self.proxies = [self.log_proxy, self.slips_proxy, self.repairs_proxy,
                        self.escalations_proxy]
        # Unsorted until the person clicks a header: the log reads in the order it happened.
        for view in self._views():
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 3)
        ui.mainSplitter.setSizes([170, 520])
        ui.slipsSplitter.setSizes([300, 200])

    def _views(self) -> list[QTableView]:
        ui = self.ui
        return [ui.unitsTable, ui.logTable, ui.slipsTable, ui.signaturesTable, ui.repairsTable,
                ui.partsTable, ui.escalationsTable]

    @staticmethod
    def _fit(view: QTableView) -> None:
        """Columns sized to their content, long texts capped (the tooltip has them whole)."""
        fit_columns(view)
        header = view.horizontalHeader()
        for section in range(header.count() - 1):
            header.resizeSection(section, min(header.sectionSize(section), MAX_COLUMN_WIDTH))

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._search)
        ui.unitsTable.selectionModel().selectionChanged.connect(self._unit_selected)
        ui.allUnitsButton.clicked.connect(ui.unitsTable.clearSelection)
        ui.slipsTable.selectionModel().selectionChanged.connect(self._slip_selected)
        ui.repairsTable.selectionModel().selectionChanged.connect(self._repair_selected)
        ui.savePdfButton.clicked.connect(self.save_pdf)
        ui.printCopyButton.clicked.connect(self.print_copy)
        ui.repeatValue.linkActivated.connect(self._open_earlier)
        ui.tabWidget.currentChanged.connect(self._tab_changed)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        # Ctrl+Tab switches tabs from anywhere in the window, not only inside the tab widget.
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+PgDown", 1),
                           ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.next_tab(step))

    # -- loading ------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        """(Re)load the RMA's history; the selected unit and slip stay selected.

        ``then`` runs once the reloaded history is shown."""
        rma_no, session = self.rma_no, self.session

        def load() -> RmaHistory | None:
            try:
                return history_service.rma_history(session.uow(), rma_no)
            except NotFound:
                return None

        self.load(load, self._show, then=then)

    def _show(self, history: RmaHistory | None) -> None:
        if history is None:
            self.history = None
            self.show_error(self.tr(
                "There is no RMA {rma_no} in the database. Check the number on the service "
                "form or scan its label again.").format(rma_no=self.rma_no or "–"))
            self.ui.headerGroup.setEnabled(False)
            self.ui.mainSplitter.setEnabled(False)
            return
        self.message_bar.clear()
        self.ui.headerGroup.setEnabled(True)
        self.ui.mainSplitter.setEnabled(True)
        keep_serial = self.selected_serial() or self._wanted_serial
        keep_slip = self.selected_slip_no()
        if self.history is not None:
            # A verdict holds for the PDF it checked: a slip countersigned since is checked again.
            before = {s.slip_no: s.signatures for s in self.history.slips}
            self.verdicts = {s.slip_no: self.verdicts[s.slip_no] for s in history.slips
                             if s.slip_no in self.verdicts
                             and before.get(s.slip_no) == s.signatures}
        self.history = history
        self.rma_no = history.rma_no
        self._show_header(history)
        self.attachment_strip.show_rma(history.rma_no)
        self.units_model.set_records(history.units)
        self._fit(self.ui.unitsTable)
        self._fill_lists()
        found = self.select_unit(keep_serial) if keep_serial else True
        if not found and keep_serial == self._wanted_serial:
            self.show_warning(self.tr(
                "Unit {serial} is not part of {rma_no}; the whole RMA is shown.").format(
                    serial=keep_serial, rma_no=history.rma_no))
        self._wanted_serial = None
        if keep_slip:
            self.select_slip(keep_slip)
        self._set_title()

    def _show_header(self, h: RmaHistory) -> None:
        ui = self.ui
        ui.rmaNoValue.setText(h.rma_no)
        ui.customerValue.setText(h.customer)
        ui.modelValue.setText(h.model)
        ui.quantityValue.setText(self.tr("{declared} declared, {counted} counted").format(
            declared=h.declared_qty, counted=h.counted_qty))
        states = {}
        for u in h.units:
            states[u.state] = states.get(u.state, 0) + 1
        ui.statusValue.setText(self.tr("{status} ({units})").format(
            status=labels.rma_status(h.status), units=labels.states_summary(states))
            if states else labels.rma_status(h.status))
        ui.billingValue.setText(self.tr("{billing}, customer wants {requirement}").format(
            billing=labels.billing(h.billing), requirement=labels.requirement(h.requirement)))
        ui.dueValue.setText(h.due_date.isoformat() if h.due_date else self.tr("not set"))
        ui.batchValue.setText(self.tr("Yes: batch route (5.3.2)") if h.batch else self.tr("No"))
        received = local_time(h.received_at)
        ui.receivedValue.setText(self.tr("{time} by {name}").format(time=received, name=h.received_by)
                                 if h.received_by else received)
        ui.complaintValue.setText(h.complaint)
        ui.repeatValue.setText(self._repeat_html(h))

    def _repeat_html(self, h: RmaHistory) -> str:
        repeats = h.repeat_units
        if not repeats:
            return self.tr("None: no unit of this RMA was returned before.")
        lines = []
        for u in repeats:
            links = ", ".join(
                f'<a href="{e.rma_no}|{u.serial}">{e.rma_no}</a> ({local_time(e.received_at)[:10]})'
                for e in u.earlier)
            lines.append(self.tr("<b>{serial}</b>: returned {count} time(s) before: {rmas}")
                         .format(serial=u.serial, count=len(u.earlier), rmas=links))
        return "<br>".join(lines)

    def _set_title(self) -> None:
        serial = self.selected_serial()
        if serial:
            self.setWindowTitle(self.tr("History of {rma_no}, unit {serial}").format(
                rma_no=self.rma_no, serial=serial))
        else:
            self.setWindowTitle(self.tr("History of {rma_no}").format(rma_no=self.rma_no))

    # -- the unit filter ----------------------------------------------------------------

    def selected_serial(self) -> str | None:
        rows = self.ui.unitsTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.units_model.key(self.units_proxy.mapToSource(rows[0]).row())

    def select_unit(self, serial: str | None) -> bool:
        """Show only ``serial``'s history (None: the whole RMA); False if it is not here."""
        if serial is None:
            self.ui.unitsTable.clearSelection()
            return True
        return select_key(self.ui.unitsTable, serial)

    def _unit_selected(self, *_args: QItemSelection) -> None:
        self._fill_lists()
        self._set_title()

    def _fill_lists(self) -> None:
        h = self.history
        if h is None:
            return
        serial = self.selected_serial()
        keep_slip = self.selected_slip_no()
        if serial is None:
            slips, log_lines = h.slips, h.log
            repairs, escalations = h.repairs, h.escalations
        else:
            slips = [s for s in h.slips if serial in s.serials]
            unit_slips = {s.slip_no for s in slips}
            log_lines = [e for e in h.log if _concerns(e, serial, unit_slips)]
            repairs = [r for r in h.repairs if r.serial == serial]
            escalations = [e for e in h.escalations
                           if e.serial == serial or (e.slip_no and e.slip_no in unit_slips)]
        self.log_model.set_records(log_lines)
        self.slips_model.set_records(slips)
        self.repairs_model.set_records(repairs)
        self.escalations_model.set_records(escalations)
        tabs = self.ui.tabWidget
        for tab, title, count in (
                (self.ui.logTab, self.tr("&Tracking log ({n})"), len(log_lines)),
                (self.ui.slipsTab, self.tr("S&lips ({n})"), len(slips)),
                (self.ui.repairsTab, self.tr("&Repair records ({n})"), len(repairs)),
                (self.ui.escalationsTab, self.tr("&Escalations && decisions ({n})"),
                 len(escalations))):
            tabs.setTabText(tabs.indexOf(tab), title.format(n=count))
        for view in (self.ui.logTable, self.ui.slipsTable, self.ui.repairsTable,
                     self.ui.escalationsTable):
            self._fit(view)
        if not (keep_slip and self.select_slip(keep_slip)):
            self._slip_selected()
        if self.repairs_model.rowCount():
            self.ui.repairsTable.selectRow(0)
        else:
            self.parts_model.set_records([])

    # -- search and keyboard ------------------------------------------------------------

    def _search(self, text: str) -> None:
        for proxy in self.proxies:
            proxy.set_search(text)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def next_tab(self, step: int = 1) -> None:
        tabs = self.ui.tabWidget
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def _tab_changed(self, index: int) -> None:
        # Arriving on the slips, the first one is selected (and its signatures checked).
        if self.ui.tabWidget.widget(index) is self.ui.slipsTab and self.selected_slip() is None \
                and self.slips_proxy.rowCount():
            self.ui.slipsTable.selectRow(0)

    # -- slips and their signatures -----------------------------------------------------

    def selected_slip(self) -> SlipHistory | None:
        rows = self.ui.slipsTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.slips_model.record(self.slips_proxy.mapToSource(rows[0]).row())

    def selected_slip_no(self) -> str | None:
        slip = self.selected_slip()
        return slip.slip_no if slip else None

    def select_slip(self, slip_no: str) -> bool:
        return select_key(self.ui.slipsTable, slip_no)

    def _slip_selected(self, *_args: QItemSelection) -> None:
        slip = self.selected_slip()
        self._enable_slip_buttons(slip)
        self._show_signatures(slip)
        if slip is not None and slip.stored and slip.slip_no not in self.verdicts:
            self.verify_slip(slip.slip_no)

    def _enable_slip_buttons(self, slip: SlipHistory | None) -> None:
        stored = slip is not None and slip.stored
        self.ui.savePdfButton.setEnabled(stored)
        self.ui.printCopyButton.setEnabled(stored)

    def verify_slip(self, slip_no: str) -> bool:
        """Check the stored PDF's signatures (shop CA, database record) on a worker thread.

        False if a check is already running (it checks the selected slip when it ends)."""
        if self._verifying:
            return False
        session = self.session

        def check() -> slip_service.FileVerdict | None:
            return slip_service.verify_stored_slip(session.uow(), slip_no, session.slips)

        def finished() -> None:
            self._verifying = False
            selected = self.selected_slip()
            if selected is not None and selected.slip_no != slip_no and selected.stored \
                    and selected.slip_no not in self.verdicts:
                self.verify_slip(selected.slip_no)
                return
            self._show_signatures(selected)

        def done(verdict: slip_service.FileVerdict | None) -> None:
            if verdict is not None:  # None: no PDF stored after all, shown as not checked
                self.verdicts[slip_no] = verdict
                model = self.slips_model
                row = model.row_of(slip_no)
                if row is not None:
                    model.dataChanged.emit(model.index(row, 0),
                                           model.index(row, model.columnCount() - 1))
            finished()

        self._verifying = True
        self.ui.slipVerdictLabel.setText(self.tr("Checking the signatures of {slip_no}…")
                                         .format(slip_no=slip_no))
        self.attempt(check, on_success=done, on_failure=lambda _failure: finished())
        return True

    def _show_signatures(self, slip: SlipHistory | None) -> None:
        label = self.ui.slipVerdictLabel
        if slip is None:
            self.signatures_model.set_records([])
            label.setText(self.tr("Select a slip to check its signatures."))
            label.setStyleSheet("")
            return
        verdict = self.verdicts.get(slip.slip_no)
        rows = []
        pdf_fields = {s.field: s for s in verdict.signers} if verdict else {}
        for sig in slip.signatures:
            if not slip.stored:
                status, detail, kind = self.tr("No PDF stored"), "", "invalid"
            elif verdict is None:
                status, detail, kind = self.tr("Not checked yet"), "", ""
            elif not verdict.ok:
                status = self.tr("Not valid: {reason}").format(reason=self._verify_text(verdict))
                detail, kind = verdict.message, "invalid"
            elif sig.field in pdf_fields:
                status, detail, kind = self.tr("Valid"), "", "valid"  # the status says it
            else:
                status = self.tr("Not in the PDF: recorded in the tracking log only")
                detail, kind = "", "invalid"
            signer = pdf_fields.get(sig.field)
            shown = sig if signer is None else Signature(
                field=sig.field, name=signer.name or sig.name,
                username=signer.username or sig.username, role=sig.role,
                meaning=signer.meaning or sig.meaning, at=sig.at)
            rows.append((shown, status, detail, kind))
        self.signatures_model.set_records(rows)
        self._fit(self.ui.signaturesTable)
        if not slip.stored:
            label.setText(self.tr("No PDF is stored for slip {slip_no}: its handover is "
                                  "recorded in the tracking log only.").format(
                                      slip_no=slip.slip_no))
            label.setStyleSheet("color: #a4262c; font-weight: bold;")
        elif verdict is None:
            label.setText(self.tr("The signatures of {slip_no} are not checked yet.").format(
                slip_no=slip.slip_no))
            label.setStyleSheet("")
        elif verdict.ok:
            label.setText(self.tr(
                "Slip {slip_no}: {count} valid signature(s) from shop CA certificates; the "
                "PDF matches the database record.").format(slip_no=slip.slip_no,
                                                          count=len(verdict.signers)))
            label.setStyleSheet("color: #107c10; font-weight: bold;")
        else:
            label.setText(self.tr("Slip {slip_no} is NOT valid: {reason}").format(
                slip_no=slip.slip_no, reason=self._verify_text(verdict)))
            label.setToolTip(verdict.message)
            label.setStyleSheet("color: #a4262c; font-weight: bold;")

    def _verify_text(self, verdict: slip_service.FileVerdict) -> str:
        return _tr(VERIFY_FAILURES, verdict.reason) or verdict.message

    def save_pdf(self) -> None:
        slip = self.selected_slip()
        if slip is None or not slip.stored:
            return
        session = self.session

        def save(pdf: bytes) -> None:
            path = ask_save_path(self, str(Path.home() / f"{slip.slip_no}.pdf"))
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                Path(path).write_bytes(pdf)
            except OSError as exc:
                log.warning("cannot save %s to %s: %s", slip.slip_no, path, exc)
                self.show_error(self.tr("The slip could not be saved to {path}: {error}")
                                .format(path=path, error=exc.strerror or exc))
                return
            self.show_done(self.tr("Slip {slip_no} saved to {path}.").format(
                slip_no=slip.slip_no, path=path))

        def read() -> bytes:
            # Every export of a record is logged with who and what (as the CLI's).
            user_service.record_archive_read(session.uow(), session.actor, what="slip export",
                                             slip_no=slip.slip_no, via="history window")
            return slip_service.slip_pdf(session.uow(), slip.slip_no)

        self.attempt(read, on_success=save)

    def print_copy(self) -> None:
        """Print the stored slip; a slip printed before is marked 副本 / COPY."""
        slip = self.selected_slip()
        if slip is None or not slip.stored:
            return
        session = self.session
        printer = printing.slip_printer()
        if printer is None:
            self.show_error(self.tr(
                "No printer is set up on this computer, so slip {slip_no} was not printed. "
                "Use Save PDF to print it elsewhere, or ask the administrator to set up a "
                "printer.").format(slip_no=slip.slip_no))
            return

        def print_it(stored: tuple[bytes, int]) -> None:
            pdf, count = stored
            try:
                printing.print_pdf(pdf, printer, copy_mark=count > 0)
            except printing.PrintError as exc:
                self.show_error(self.tr("Slip {slip_no} was not printed: {error}").format(
                    slip_no=slip.slip_no, error=exc.message))
                return
            self.attempt(lambda: slip_service.record_printed(session.uow(), session.actor,
                                                             slip.slip_no),
                         on_success=lambda copy: self._printed(slip.slip_no, copy))

        self.attempt(lambda: history_service.slip_print_count(session.uow(), slip.slip_no),
                     on_success=print_it)

    def _printed(self, slip_no: str, copy: bool) -> None:
        text = (self.tr("Slip {slip_no} printed as a copy (副本 / COPY).").format(
            slip_no=slip_no) if copy else self.tr("Slip {slip_no} printed.").format(
            slip_no=slip_no))
        self.refresh(then=lambda: self.show_done(text))

    # -- repairs ------------------------------------------------------------------------

    def _repair_selected(self, *_args: QItemSelection) -> None:
        rows = self.ui.repairsTable.selectionModel().selectedRows()
        if not rows:
            self.parts_model.set_records([])
            return
        record = self.repairs_model.record(self.repairs_proxy.mapToSource(rows[0]).row())
        self.parts_model.set_records(record.parts)
        self._fit(self.ui.partsTable)

    # -- cells --------------------------------------------------------------------------

    def _repeat_cell(self, u: UnitHistory) -> str:
        if not u.earlier:
            return ""
        return self.tr("Return no. {n}, last {rma_no}").format(
            n=len(u.earlier) + 1, rma_no=u.earlier[-1].rma_no)

    def _repeat_tooltip(self, u: UnitHistory) -> str:
        lines = []
        for e in u.earlier:
            line = f"{e.rma_no} ({local_time(e.received_at)[:10]})"
            if e.causes:
                line += ": " + "; ".join(e.causes)
            if e.parts:
                line += " [" + ", ".join(e.parts) + "]"
            lines.append(line)
        return "\n".join(lines)

    def _detail_text(self, e: LogLine) -> str:
        parts = []
        # A handover's own line moves the slip (open -> accepted); a unit's line its state.
        slip_line = e.action.startswith("handover_") and not e.serial
        if e.from_state or e.to_state:
            def state(code: str | None) -> str:
                return (labels.handover_status(code) if slip_line else _state_text(code)) or "–"

            parts.append(self.tr("{before} → {after}").format(before=state(e.from_state),
                                                              after=state(e.to_state)))
        detail = dict(e.detail)
        origin, target = detail.pop("custody_from", None), detail.pop("custody_to", None)
        if origin or target:
            parts.append(self.tr("custody {origin} → {target}").format(
                origin=labels.custody(origin) if origin else "–",
                target=labels.custody(target) if target else "–"))
        slip_no = detail.pop("slip_no", None)
        if slip_no:
            parts.append(self.tr("slip {slip_no}").format(slip_no=slip_no))
        origin, target = detail.pop("from", None), detail.pop("to", None)
        if origin or target:
            parts.append(self.tr("{origin} → {target}").format(
                origin=labels.station(origin) if origin else "–",
                target=labels.station(target) if target else "–"))
        if e.action == "rma_corrected":
            corrected = detail.pop("field", None)
            parts.append(self.tr("{field}: {old} → {new}").format(
                field=_tr(CORRECTED_FIELDS, corrected), old=detail.pop("old", None) or "–",
                new=detail.pop("new", None) or "–"))
        field_name, meaning = detail.pop("field", None), detail.pop("meaning", None)
        if field_name:
            parts.append(self.tr("{field} signature").format(field=_tr(FIELDS, field_name)))
        if meaning:
            parts.append(_tr(MEANINGS, meaning))
        refusal = detail.pop("refusal", None)
        if refusal:
            parts.append(self.tr("refused: {reason}").format(reason=labels.refusal(refusal)))
        cause = detail.pop("cause", None)
        if cause:
            parts.append(self.tr("cause: {cause}").format(cause=labels.cause_category(cause)))
        detail.pop("content_sha256", None)  # in the slip itself; too long for a line
        took_part = detail.pop("participants", None)
        if took_part:
            parts.append(self.tr("took part: {people}").format(
                people=labels.participants(took_part)))
        signed_with = detail.pop("signed_with", None)
        if signed_with:
            parts.append(self.tr("signed with badge + PIN") if signed_with == "badge+pin"
                         else self.tr("signed with password"))
        fingerprint = detail.pop("certificate_fingerprint", None)
        if fingerprint:
            parts.append(self.tr("certificate {fingerprint}…").format(
                fingerprint=str(fingerprint)[:16]))
        if "warranty" in detail:
            parts.append(self._warranty_text(e, detail))
        for key in HIDDEN_DETAILS:
            detail.pop(key, None)
        if detail.get("signed_by") == e.actor_username:
            detail.pop("signed_by")  # the By column names the signer
        for key, value in detail.items():
            if value in (None, "", [], {}):
                continue
            parts.append(self._detail_part(e, key, value))
        return "; ".join(parts)

    def _warranty_text(self, e: LogLine, detail: dict[str, Any]) -> str:
        """A unit's warranty at receipt, worded here from the parts the log keeps; a line
        logged with only the English sentence shows the verdict alone."""
        verdict = verdict_from_detail(detail, as_of=e.at.date() if e.at else None)
        status = detail.get("warranty")
        for key in [k for k in detail if k.startswith("warranty")]:
            del detail[key]
        if verdict is not None:
            return warranty_verdict_text(verdict, at_receipt=True)
        return _tr(WARRANTY_STATUSES, status)

    def _detail_part(self, e: LogLine, key: str, value: Any) -> str:
        """One field of a log entry's detail, named and valued in the person's language."""
        if key == "repeat_return":
            flag = read_repeat_summary(str(value))
            if flag is not None:
                return (self.tr("return no. {n} within {days} days") if flag["within_window"]
                        else self.tr("return no. {n}, the last {days} days ago")).format(
                            n=flag["ordinal"], days=flag["days"])
        if key == "note" and e.detail.get("escalation"):
            value = labels.escalation_note(e.detail["escalation"], str(value))
        elif key == "note" and e.detail.get("refusal"):
            value = labels.refusal_note(str(value))
        elif key in DETAIL_VALUES:
            value = DETAIL_VALUES[key](value)
        elif isinstance(value, bool):
            value = _yes_no(value)
        else:
            value = _plain(value)
        source = DETAIL_NAMES.get(key)
        if source is None:  # a field of a newer version: shown as stored
            return f"{key}: {value}"
        return QCoreApplication.translate(CONTEXT, source).format(value=value)

    def _refusal_text(self, s: SlipHistory) -> str:
        if not s.refusal:
            return ""
        text = labels.refusal(s.refusal)
        note = labels.refusal_note(s.refusal_note)
        return self.tr("{refusal}: {note}").format(refusal=text, note=note) if note else text

    def _slip_check_cell(self, s: SlipHistory) -> str:
        if not s.stored:
            return self.tr("no PDF")
        verdict = self.verdicts.get(s.slip_no)
        if verdict is None:
            return self.tr("{n} signed, not checked").format(n=len(s.signatures))
        if verdict.ok:
            return self.tr("{n} valid").format(n=len(verdict.signers))
        return self.tr("NOT valid")

    def _slip_highlight(self, s: SlipHistory) -> str | None:
        verdict = self.verdicts.get(s.slip_no)
        if (verdict is not None and not verdict.ok) or not s.stored:
            return "error"
        if s.status in (HandoverStatus.REFUSED, HandoverStatus.CANCELLED):
            return "warn"
        return None

    def _parts_summary(self, r: RepairHistory) -> str:
        return labels.join(self.tr("{ref_des} {part_no} ×{qty}").format(
            ref_des=p.ref_des, part_no=p.part_no, qty=p.qty) for p in r.parts)

    # -- other RMAs ---------------------------------------------------------------------

    def _open_earlier(self, link: str) -> None:
        rma_no, _sep, serial = link.partition("|")
        self.other_history_requested.emit(rma_no, serial)
        if self.session.open_history is not None:
            self.session.open_history(rma_no, serial or None)
        else:
            open_history(self.parentWidget(), self.session, rma_no, serial or None)


def _yes_no(value: Any) -> str:
    return (QCoreApplication.translate("HistoryDialog", "yes") if value
            else QCoreApplication.translate("HistoryDialog", "no"))


def _contact_time(value: Any) -> str:
    try:
        return local_time(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


# How a detail field's stored value is shown (others: as stored, lists joined).
DETAIL_VALUES: dict[str, Callable[[Any], str]] = {
    "escalation": labels.escalation_kind,
    "decision": labels.decision,
    "station": labels.station,
    "severity": lambda v: _tr(SEVERITIES, v),
    "previous": lambda v: _tr(SEVERITIES, v),
    "channel": lambda v: _tr(CHANNELS, v),
    "kind": lambda v: _tr(CONTACT_KINDS, v),
    "outcome": lambda v: _tr(RULE_OUTCOMES, v),
    "preset": lambda v: _billing(v),
    "billing": lambda v: _billing(v),
    "contacted_at": _contact_time,
    "received": _yes_no,
    "satisfied": _yes_no,
    "batch": _yes_no,
    "count_differs": _yes_no,
    "copy": _yes_no,
    "serials": lambda v: labels.join(str(x) for x in v) if isinstance(v, list) else str(v),
    "earlier_rmas": lambda v: labels.join(str(x) for x in v) if isinstance(v, list) else str(v),
}


def _billing(value: Any) -> str:
    try:
        return labels.billing(Billing(value))
    except ValueError:
        return str(value)


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def _concerns(e: LogLine, serial: str, unit_slips: Container[str]) -> bool:
    """Whether a log line belongs in one unit's history: its own lines, its slips' lines,
    and the RMA-wide lines (receipt, closing) that name no other unit or slip."""
    if e.serial is not None:
        return e.serial == serial
    slip_no = e.detail.get("slip_no")
    if slip_no:
        return slip_no in unit_slips
    serials = e.detail.get("serials")
    if isinstance(serials, list):
        return serial in serials
    return True


def open_history(parent: QWidget | None, session: Session, rma_no: str,
                 serial: str | None = None) -> HistoryDialog:
    """Create, show and load the history window (non-modal; it deletes itself on close)."""
    dialog = HistoryDialog(session, rma_no, serial, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.refresh()
    return dialog

