"""The Supervisor station: decide escalations (signed), watch what is late, close notices.

Decisions follow QP-TPZ-002: no fault found goes to the QC supervisor (step 3a); due date,
cannot-find-fault and the rework-loop limit to the production supervisor (4, 5); disputed and
overdue handovers to the receiving station's direct supervisor or tech (5.3.4). Each decision
needs a written reason and the decider's electronic signature.
"""

from __future__ import annotations

import importlib
import logging
import re
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QTableView, QVBoxLayout, QWidget

from benchapp.devices.scan import KIND_RMA, Scan, ScanRejected
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import EscalationKind
from benchapp.domain.roles import Station
from benchapp.domain.supervision import (
    CA_VERIFY_ROLES,
    CONTACT_ROLES,
    NOTICE_ASSIGN_ROLES,
    NOTICE_CLOSE_ROLES,
    NOTICE_CONTACT_ROLES,
    PROCESS_SUPERVISORS,
    QC_WORK_ROLES,
)
from benchapp.services import decisions, deliveries, forms, supervision, trace, workflow
from benchapp.services.supervision import ActionStatus, NoticeStatus
from benchapp.ui import form_printing, labels, quality_dialogs
from benchapp.ui.forms.ui_station_supervisor import Ui_SupervisorView
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.stations.base import StationView, fit_columns, select_key, setup_table
from benchapp.ui.stations.qc_common import number_text
from benchapp.ui.trace_panel import ClusterPanel

log = logging.getLogger(__name__)

CONTEXT = "SupervisorView"

LATE_KINDS: dict[str, str] = {
    decisions.OVERDUE_HANDOVER: QT_TRANSLATE_NOOP("SupervisorView", "Handover not counted in"),
    "customer_contact": QT_TRANSLATE_NOOP("SupervisorView", "Customer contact"),
    "complaint_contact": QT_TRANSLATE_NOOP("SupervisorView", "Complaint: customer contact"),
    "complaint_report": QT_TRANSLATE_NOOP("SupervisorView", "Complaint report"),
    "complaint_closure": QT_TRANSLATE_NOOP("SupervisorView", "Complaint closure"),
    "follow_up": QT_TRANSLATE_NOOP("SupervisorView", "Follow-up after shipping"),
    "corrective_action": QT_TRANSLATE_NOOP("SupervisorView", "Corrective action"),
}

NOTICE_STATUSES: dict[str, str] = {
    NoticeStatus.OPEN: QT_TRANSLATE_NOOP("SupervisorView", "Open"),
    NoticeStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("SupervisorView", "In progress"),
    NoticeStatus.REPORTED: QT_TRANSLATE_NOOP("SupervisorView", "Report in"),
    NoticeStatus.CLOSED: QT_TRANSLATE_NOOP("SupervisorView", "Closed"),
}

ACTION_STATUSES: dict[str, str] = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("SupervisorView", "Open"),
    ActionStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("SupervisorView", "Implemented, to verify"),
    ActionStatus.CLOSED: QT_TRANSLATE_NOOP("SupervisorView", "Closed"),
}

SEVERITIES: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("SupervisorView", "General"),
    "major": QT_TRANSLATE_NOOP("SupervisorView", "Major (8D)"),
}

DEADLINES: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("SupervisorView", "Customer contact"),
    "report": QT_TRANSLATE_NOOP("SupervisorView", "Report"),
    "8d": QT_TRANSLATE_NOOP("SupervisorView", "8D report"),
    "closure": QT_TRANSLATE_NOOP("SupervisorView", "Closure"),
}

# What the Work on it… button of the Overdue tab does for each kind of late item.
NOTICE_WORK = {"complaint_contact": "contact", "complaint_report": "attach",
               "complaint_closure": "close"}

# An escalation waiting this long stands out in the queue (yellow), then red.
ESCALATION_WARN_AGE = timedelta(hours=4)
ESCALATION_LATE_AGE = timedelta(hours=24)
# Late items: yellow when late, red when more than a day late.
LATE_ERROR = timedelta(days=1)

# Deliveries whose step-8 rule cannot be evaluated, shown beside the notices (the CLI lists all).
UNEVALUATED_SHOWN = 5

ALL_KINDS = ""
# The charts widget (another module, loaded when the Statistics tab is first shown).
CHARTS_MODULE = "benchapp.ui.charts"


def _tr(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else str(code)


def duration_text(span: timedelta) -> str:
    return labels.duration(span.total_seconds() // 60)


def deciders_text(item: decisions.QueueItem) -> str:
    return labels.roles(r.value for r in item.deciders)


class SupervisorView(StationView):
    """Decision queue with a signed decision panel, overdue list, notices and actions.

    Signals: see StationView.
    """

    station = Station.SUPERVISOR

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_SupervisorView()
        self.ui.setupUi(self)
        self.ui.rootLayout.insertWidget(0, self.message_bar)
        self._queue: list[decisions.QueueItem] = []
        self._reason_for: int | None = None  # the escalation the typed reason was written for
        self._shown: decisions.QueueItem | None = None  # the one in the decision panel
        self._charts: Any = None  # benchapp.ui.charts.SupervisorCharts, made on first view
        self._read_error = ""  # the message of the last refresh that failed
        # Hooks the tests replace: a modal form, a save-as question, opening a file.
        self.run_dialog = quality_dialogs.run_dialog
        self.ask_save_path = self._ask_save_path
        self.open_url = QDesktopServices.openUrl
        self._viewed = Path(tempfile.gettempdir())
        self._people: dict[str, tuple[str, ...]] = {}  # per department, from the last refresh
        self._build_queue()
        self._build_fixture()
        self._build_late()
        self._build_records()
        self._build_returns()
        ui = self.ui
        ui.scanEdit.scanned.connect(self._wedge_scanned)
        ui.scanEdit.rejected.connect(self._wedge_rejected)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.checkHandoversButton.clicked.connect(self.check_overdue_handovers)
        ui.signButton.clicked.connect(self.sign_decision)
        # Ctrl+Enter in the reason signs (Enter there starts a new line).
        ui.reasonEdit.installEventFilter(self)
        ui.decisionCombo.currentIndexChanged.connect(self._update_extra_fields)
        ui.closeNoticeButton.clicked.connect(lambda: self.close_notice())
        ui.assignButton.clicked.connect(self.assign_notice)
        ui.classifyButton.clicked.connect(self.classify_notice)
        ui.contactButton.clicked.connect(lambda: self.record_contact())
        ui.attachButton.clicked.connect(lambda: self.attach_file())
        ui.viewFileButton.clicked.connect(self.view_file)
        ui.exportFileButton.clicked.connect(self.export_file)
        ui.capaFromNoticeButton.clicked.connect(self._capa_from_notice)
        ui.newActionButton.clicked.connect(lambda: self.open_corrective_action(""))
        ui.implementedButton.clicked.connect(lambda: self.mark_implemented())
        ui.actOnOverdueButton.clicked.connect(self.act_on_overdue)
        ui.capaFromEscalationButton.clicked.connect(self._capa_from_escalation)
        ui.verifyButton.clicked.connect(lambda: self.verify_action(effective=True))
        ui.reopenButton.clicked.connect(lambda: self.verify_action(effective=False))
        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.decisionsSplitter.setStretchFactor(0, 3)
        ui.decisionsSplitter.setStretchFactor(1, 2)
        ui.decisionsSplitter.setSizes([760, 480])
        ui.decisionLayout.setStretch(ui.decisionLayout.count() - 1, 1)  # fields stay together
        ui.dueDateEdit.setDate(QDate.currentDate().addDays(7))
        self._show_item(None)
        self._update_record_buttons()
        # The complaint forms of the selected notice / action (issue 14), in the context menu.
        form_printing.add_print_actions(self, [
            (forms.COMPLAINT_NOTICE,
             lambda: (row := self.selected_notice()) and row.case.notice_no),
            (forms.ANALYSIS_REPORT, lambda: (row := self.selected_notice()) and row.case.rma_no),
            (forms.CAPA_REPORT, lambda: (row := self.selected_action()) and row.action.ca_no)])
        ui.scanEdit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.reasonEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.sign_decision()
            return True
        return super().eventFilter(watched, event)

    # -- building the lists ------------------------------------------------------------------

    def _table(self, table: QTableView, model: RecordTableModel, search=None) -> RecordFilterProxy:
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        setup_table(table)
        if search is not None:
            search.textChanged.connect(proxy.set_search)
        return proxy

    def _build_queue(self) -> None:
        columns = [
            Column(self.tr("Kind"), lambda i: labels.escalation_kind(i.kind)),
            Column(self.tr("RMA"), lambda i: i.rma_no),
            Column(self.tr("Unit"), lambda i: i.units_text,
                   tooltip=lambda i: labels.unit_state(i.unit_state) if i.unit_state else
                   (i.slip_no or "")),
            Column(self.tr("Raised at"), lambda i: format_time(i.raised_at),
                   sort_key=lambda i: i.raised_at.timestamp() if i.raised_at else 0.0),
            Column(self.tr("Age"), lambda i: duration_text(i.age),
                   sort_key=lambda i: i.age, align_right=True),
            Column(self.tr("Reason / detail"), self._detail_text,
                   tooltip=lambda i: self.tr("Decided by: {roles}").format(
                       roles=deciders_text(i))),
        ]
        self.queue_model: RecordTableModel[decisions.QueueItem] = RecordTableModel(
            columns, key=lambda i: str(i.id), highlight=self._queue_highlight, parent=self)
        self.queue_proxy = self._table(self.ui.queueTable, self.queue_model, self.ui.searchEdit)
        self.ui.queueTable.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # oldest first
        self.ui.queueTable.selectionModel().currentRowChanged.connect(self._queue_row_changed)
        self.ui.queueTable.activated.connect(self._queue_activated)
        self.ui.kindCombo.addItem(self.tr("All kinds"), ALL_KINDS)
        self.ui.kindCombo.currentIndexChanged.connect(self._show_queue)
        self.ui.othersCheck.toggled.connect(self.refresh)

    def _build_fixture(self) -> None:
        """The unit's latest fixture run in the decision panel: what the joint decision on a
        no-fault-found unit looks at first."""
        columns: list[Column[dict[str, Any]]] = [
            Column(self.tr("Measurement"), lambda m: str(m.get("name", ""))),
            Column(self.tr("Value"), lambda m: number_text(m.get("value")), align_right=True),
            Column(self.tr("Unit", "of a measurement"), lambda m: str(m.get("unit", ""))),
            Column(self.tr("Low"), lambda m: number_text(m.get("low")), align_right=True),
            Column(self.tr("High"), lambda m: number_text(m.get("high")), align_right=True),
            Column(self.tr("Verdict"), lambda m: str(m.get("verdict", ""))),
        ]
        self.fixture_model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            columns, key=lambda m: str(m.get("name", "")),
            highlight=lambda m: "error" if m.get("verdict") == "FAIL" else None, parent=self)
        self._table(self.ui.fixtureTable, self.fixture_model)
        self.ui.fixtureTable.setSortingEnabled(False)  # in the fixture's order
        self.people_combos = {"repair": self.ui.repairPeopleCombo,
                              "production": self.ui.productionPeopleCombo,
                              "tech": self.ui.techPeopleCombo,
                              "business": self.ui.businessPeopleCombo}
        for combo in self.people_combos.values():
            combo.lineEdit().setPlaceholderText(
                self.tr("Name(s), separated by commas; also people outside the system"))
            combo.lineEdit().setMaxLength(200)

    def _fill_people(self) -> None:
        for department, combo in self.people_combos.items():
            typed = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(self._people.get(department, ())))
            combo.setEditText(typed)  # a refresh never loses a typed name
            combo.blockSignals(False)

    def participants(self) -> list[tuple[str, str]]:
        """(department, name) of who took part, as typed or picked: several names to a
        department separated by commas (, ， 、 ;)."""
        out = []
        for department, combo in self.people_combos.items():
            for name in re.split(r"[,，、;；]", combo.currentText()):
                if name.strip():
                    out.append((department, name.strip()))
        return out

    def _show_fixture(self, item: decisions.QueueItem | None) -> None:
        ui = self.ui
        fixture = item.fixture if item is not None else None
        unit_case = item is not None and item.serial is not None
        ui.fixtureLabel.setVisible(unit_case)
        ui.fixtureTable.setVisible(bool(fixture))
        if not fixture:
            self.fixture_model.set_records([])
            ui.fixtureLabel.setText(self.tr("Fixture data: no fixture measurements recorded "
                                            "for this unit."))
            return
        stage = (self.tr("screening test") if fixture["stage"] == "screening"
                 else self.tr("re-test"))
        ui.fixtureLabel.setText(self.tr("Fixture data: {stage} {at}, result {verdict}").format(
            stage=stage, at=format_time(fixture.get("at")) if fixture.get("at") else "",
            verdict=fixture.get("verdict", "")))
        self.fixture_model.set_records(list(fixture["measurements"]))
        fit_columns(ui.fixtureTable)

    def _build_late(self) -> None:
        columns = [
            Column(self.tr("What"), lambda i: _tr(LATE_KINDS, i.kind)),
            Column(self.tr("Reference"), lambda i: i.ref),
            Column(self.tr("RMA"), lambda i: i.rma_no or ""),
            Column(self.tr("Customer"), lambda i: i.customer),
            Column(self.tr("Due"), lambda i: format_time(i.due_at), sort_key=lambda i: i.due_at),
            Column(self.tr("Late by"), lambda i: duration_text(i.late_by),
                   sort_key=lambda i: i.late_by, align_right=True),
            Column(self.tr("Owner"), lambda i: i.owner or ""),
            Column(self.tr("Detail"), self._late_detail),
        ]
        self.late_model: RecordTableModel[decisions.LateItem] = RecordTableModel(
            columns, key=lambda i: f"{i.kind}:{i.ref}",
            highlight=lambda i: "error" if i.late_by > LATE_ERROR else "warn", parent=self)
        self.late_proxy = self._table(self.ui.overdueTable, self.late_model,
                                      self.ui.overdueSearchEdit)
        self.ui.overdueTable.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # latest first
        self.ui.overdueTable.activated.connect(self._late_activated)

    def _build_records(self) -> None:
        notice_columns = [
            Column(self.tr("Notice"), lambda r: r.case.notice_no),
            Column(self.tr("RMA"), lambda r: r.case.rma_no),
            Column(self.tr("Customer"), lambda r: r.case.customer),
            Column(self.tr("Status"), lambda r: _tr(NOTICE_STATUSES, r.case.status.value)),
            Column(self.tr("Severity"), lambda r: _tr(SEVERITIES, r.case.severity.value)),
            Column(self.tr("Owner"), lambda r: r.case.owner_name or ""),
            Column(self.tr("Raised"), lambda r: format_time(r.case.raised_at),
                   sort_key=lambda r: r.case.raised_at),
            Column(self.tr("Report due"), lambda r: format_time(r.report_due),
                   sort_key=lambda r: r.report_due or r.closure_due),
            Column(self.tr("Closure due"), lambda r: format_time(r.closure_due),
                   sort_key=lambda r: r.closure_due),
            Column(self.tr("Next deadline"), self._next_text,
                   sort_key=lambda r: r.next_deadline.due if r.next_deadline
                   else r.closure_due),
            Column(self.tr("Contacts / files"), lambda r: f"{len(r.case.contacts)} / "
                   f"{len(r.case.attachments)}", align_right=True),
            Column(self.tr("Actions"), lambda r: ", ".join(
                a.action.ca_no for a in self._actions_of(r.case.notice_no))),
        ]
        self.notice_model: RecordTableModel[decisions.NoticeRow] = RecordTableModel(
            notice_columns, key=lambda r: r.case.notice_no,
            highlight=lambda r: "error" if r.late else None, parent=self)
        self.notice_proxy = self._table(self.ui.noticesTable, self.notice_model)
        # Step 8 without a delivered quantity cannot raise a notice: said beside the notices,
        # so a missing quantity is chased instead of silently meaning "no complaint".
        self.unevaluated_label = QLabel(self.ui.noticesBox)
        self.unevaluated_label.setObjectName("unevaluatedLabel")
        self.unevaluated_label.setWordWrap(True)
        self.unevaluated_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unevaluated_label.hide()
        self.ui.noticesLayout.addWidget(self.unevaluated_label)
        action_columns = [
            Column(self.tr("Action"), lambda r: r.action.ca_no),
            Column(self.tr("Process"), lambda r: r.action.responsible_process),
            Column(self.tr("Department"), lambda r: r.action.responsible_department),
            Column(self.tr("Person found"), lambda r: r.action.person_found),
            Column(self.tr("Preventive measure"), lambda r: r.action.preventive_measure),
            Column(self.tr("Status"), lambda r: _tr(ACTION_STATUSES, r.action.status.value)),
            Column(self.tr("Due"), lambda r: r.action.due_date.isoformat(),
                   sort_key=lambda r: r.action.due_date),
            Column(self.tr("RMA / notice"), lambda r: r.action.rma_no or r.action.notice_no
                   or r.action.source_week or ""),
        ]
        self.action_model: RecordTableModel[decisions.ActionRow] = RecordTableModel(
            action_columns, key=lambda r: r.action.ca_no,
            highlight=lambda r: "error" if r.late else None, parent=self)
        self.action_proxy = self._table(self.ui.actionsTable, self.action_model)
        for table in (self.ui.noticesTable, self.ui.actionsTable):
            table.selectionModel().currentRowChanged.connect(self._update_record_buttons)
        self.ui.noticesTable.activated.connect(lambda index: self._open_record(
            self._record_at(index, self.notice_proxy, self.notice_model).case.rma_no))
        self.ui.actionsTable.activated.connect(lambda index: self._open_record(
            self._record_at(index, self.action_proxy, self.action_model).action.rma_no))

    # -- texts ---------------------------------------------------------------------------

    def _build_returns(self) -> None:
        """Issue 17: the clusters of returns (with a corrective action from one) and the
        yield figures, two tabs after the others."""
        self.clusters_panel = ClusterPanel(
            self, self.session, self.ui.tabs,
            may_open_actions=bool(self.session.actor.roles & PROCESS_SUPERVISORS))
        self.clusters_panel.setObjectName("clustersPanel")
        self.clusters_tab = self.ui.tabs.addTab(self.clusters_panel,
                                                self.tr("C&lusters ({n})").format(n=0))
        self.clusters_panel.corrective_action_requested.connect(self.open_corrective_action)
        self._yields: Any = None  # benchapp.ui.charts.YieldCharts, made on first view
        self.yields_page = QWidget(self.ui.tabs)
        self.yields_page.setObjectName("yieldsTab")
        QVBoxLayout(self.yields_page).setContentsMargins(0, 0, 0, 0)
        self.ui.tabs.addTab(self.yields_page, self.tr("&Yields"))

    def _detail_text(self, item: decisions.QueueItem) -> str:
        if item.kind in (EscalationKind.DISPUTED_HANDOVER, EscalationKind.OVERDUE_HANDOVER):
            route = self.tr("Slip {slip}: {giver} to {receiver}").format(
                slip=item.slip_no or "", giver=labels.station(item.from_station or ""),
                receiver=labels.station(item.to_station or ""))
            note = labels.escalation_note(item.kind, item.note)
            return self.tr("{route}. {note}").format(route=route, note=note) if note else route
        return labels.escalation_note(item.kind, item.note)

    def _late_detail(self, item: decisions.LateItem) -> str:
        if item.kind != decisions.OVERDUE_HANDOVER:
            return self._limit_text(item)
        text = self.tr("{count} unit(s) from {giver} to {receiver}, not counted in").format(
            count=item.count, giver=labels.station(item.from_station or ""),
            receiver=labels.station(item.to_station or ""))
        if item.escalated:
            text += self.tr("; escalated")
        return text

    def _limit_text(self, item: decisions.LateItem) -> str:
        """The limit that was missed (supervision.OverdueItem.limit), in the person's words."""
        limit, kind = item.limit, item.kind
        if kind == "customer_contact":
            return self.tr("Contact the customer within {hours} working hours of acceptance"
                           ).format(hours=limit.get("hours", ""))
        if kind == "follow_up":
            return self.tr("Follow up {days} working days after shipping").format(
                days=limit.get("days", ""))
        if kind == "complaint_contact":
            return self.tr("Contact the customer within {hours} working hours").format(
                hours=limit.get("hours", ""))
        if kind == "complaint_report" and limit.get("what") == "8d":
            return self.tr("Major complaint: 8D report within {days} working days").format(
                days=limit.get("days", ""))
        if kind == "complaint_report":
            return self.tr("General complaint: report within {days} working days").format(
                days=limit.get("days", ""))
        if kind == "complaint_closure":
            return self.tr("Closure within {days} working days").format(
                days=limit.get("days", ""))
        if kind == "corrective_action":
            return self.tr("{process}: {status}").format(
                process=limit.get("process", ""),
                status=_tr(ACTION_STATUSES, limit.get("status")))
        return item.detail

    @staticmethod
    def _next_text(row: decisions.NoticeRow) -> str:
        nxt = row.next_deadline
        if nxt is None:
            return ""
        return f"{_tr(DEADLINES, nxt.what)} {format_time(nxt.due)}"

    def _actions_of(self, notice_no: str) -> list[decisions.ActionRow]:
        return [self.action_model.record(i) for i in range(self.action_model.rowCount())
                if self.action_model.record(i).action.notice_no == notice_no]

    @staticmethod
    def _queue_highlight(item: decisions.QueueItem) -> str | None:
        if item.age >= ESCALATION_LATE_AGE:
            return "error"
        if item.age >= ESCALATION_WARN_AGE or item.kind == EscalationKind.OVERDUE_HANDOVER:
            return "warn"
        return None

    # -- loading ---------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        session, actor = self.session, self.session.actor
        others = self.ui.othersCheck.isChecked()

        def load() -> tuple[decisions.DecisionQueue, decisions.SupervisionDesk,
                            list[deliveries.UnevaluatedRule], list[trace.Cluster]]:
            queue, desk = decisions.supervisor_work(session.uow(), actor, include_others=others)
            unevaluated = deliveries.unevaluated_rules(session.uow(), limit=UNEVALUATED_SHOWN)
            return queue, desk, unevaluated, trace.clusters(session.uow())

        def failed(_failure: Exception) -> None:
            self._read_error = self.message_bar.text()

        self.load(load, self._loaded, then=then, on_failure=failed)

    def _loaded(self, result: tuple[decisions.DecisionQueue, decisions.SupervisionDesk,
                                    list[deliveries.UnevaluatedRule], list[trace.Cluster]]
                ) -> None:
        queue, desk, unevaluated, clusters = result
        self._show_unevaluated(unevaluated)
        self._show_clusters(clusters)
        if self._charts is not None and self.ui.tabs.currentWidget() is self.ui.statisticsTab:
            self._charts.refresh()  # it reads on its own worker and shows its own errors
        if self._read_error and self.message_bar.text() == self._read_error:
            self.message_bar.clear()  # the database is back: its error is stale
        self._read_error = ""
        self._queue = queue.items
        self._people = queue.people
        self._fill_people()
        self._fill_kind_combo()
        self._show_queue()
        self.late_model.set_records(desk.late)
        self.action_model.set_records(desk.actions)  # first: the notices list their actions
        self.notice_model.set_records(desk.notices)
        for table in (self.ui.overdueTable, self.ui.noticesTable, self.ui.actionsTable):
            fit_columns(table)
        self.ui.tabs.setTabText(1, self.tr("&Overdue ({n})").format(n=len(desk.late)))
        self._update_record_buttons()

    def _fill_kind_combo(self) -> None:
        combo = self.ui.kindCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All kinds ({n})").format(n=len(self._queue)), ALL_KINDS)
        for kind in EscalationKind:
            n = sum(1 for i in self._queue if i.kind == kind)
            combo.addItem(self.tr("{kind} ({n})").format(kind=labels.escalation_kind(kind), n=n),
                          kind.value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _show_queue(self) -> None:
        selected = self.selected_item()
        kind = self.ui.kindCombo.currentData() or ALL_KINDS
        shown = [i for i in self._queue if kind == ALL_KINDS or i.kind == kind]
        self.queue_model.set_records(shown)
        fit_columns(self.ui.queueTable)
        self.ui.queueCountLabel.setText(self.tr("{shown} of {total} open escalations").format(
            shown=len(shown), total=len(self._queue)))
        if selected is not None and self.select_escalation(selected.id):
            return
        self._show_item(None)

    # -- the queue and the decision panel ----------------------------------------------

    @staticmethod
    def _record_at(index: QModelIndex, proxy: RecordFilterProxy, model: RecordTableModel) -> Any:
        """The record of a proxy row (None for no row)."""
        source = proxy.mapToSource(index)
        return model.record(source.row()) if source.isValid() else None

    def selected_item(self) -> decisions.QueueItem | None:
        index = self.ui.queueTable.currentIndex()
        if not self.ui.queueTable.selectionModel().isSelected(index):
            return None
        return self._record_at(index, self.queue_proxy, self.queue_model)

    def select_escalation(self, escalation_id: int) -> bool:
        key = str(escalation_id)
        if not select_key(self.ui.queueTable, key):
            return False
        self._show_item(self.queue_model.record(self.queue_model.row_of(key)))
        return True

    def _queue_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item(self._record_at(current, self.queue_proxy, self.queue_model))

    def _show_item(self, item: decisions.QueueItem | None) -> None:
        ui = self.ui
        combo = ui.decisionCombo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        self._shown = item
        if item is None:
            ui.detailLabel.setText(self.tr("Select an escalation in the list."))
        else:
            # Rich text: everything that comes from the database is escaped.
            lines = [
                self.tr("<b>{kind}</b> — {rma}, {customer}, {model}").format(
                    kind=escape(labels.escalation_kind(item.kind)), rma=escape(item.rma_no),
                    customer=escape(item.customer), model=escape(item.model)),
                self.tr("Unit(s): {units}").format(units=escape(item.units_text or "—")),
            ]
            if item.unit_state:
                lines.append(self.tr("Unit state: {state}").format(
                    state=escape(labels.unit_state(item.unit_state))))
            lines.append(self.tr("Raised {at}, waiting {age}").format(
                at=format_time(item.raised_at), age=duration_text(item.age)))
            lines.append(self.tr("Detail: {detail}").format(
                detail=escape(self._detail_text(item))))
            if not item.may_decide:
                lines.append(self.tr("<i>Decided by: {roles}. You can only view it.</i>")
                             .format(roles=escape(deciders_text(item))))
            ui.detailLabel.setText("<br>".join(lines))
            for code in item.decisions:
                combo.addItem(labels.decision(code), code)
            index = combo.findData(previous)
            combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if item is not None and item.id != self._reason_for:
            if self._reason_for is not None:
                # A reason is written for one escalation: never carry it to another.
                ui.reasonEdit.clear()
                ui.replacementEdit.clear()
                for people in self.people_combos.values():
                    people.setEditText("")
            self._reason_for = item.id
        enabled = item is not None and item.may_decide
        for widget in (combo, ui.reasonEdit, ui.replacementEdit, ui.dueDateEdit, ui.signButton,
                       *self.people_combos.values()):
            widget.setEnabled(enabled)
        joint = item is not None and bool(item.joint_departments)
        for people in self.people_combos.values():
            ui.decisionForm.setRowVisible(people, joint)
        self._show_fixture(item)
        ui.capaFromEscalationButton.setEnabled(
            item is not None and item.kind in supervision.CA_ESCALATION_KINDS
            and bool(self.session.actor.roles & PROCESS_SUPERVISORS))
        self._update_extra_fields()

    def _update_extra_fields(self) -> None:
        item = self._shown
        decision = self.ui.decisionCombo.currentData()
        form = self.ui.decisionForm
        form.setRowVisible(self.ui.replacementEdit, decision == "scrap_replace")
        form.setRowVisible(self.ui.dueDateEdit, item is not None and decision == "resume"
                           and item.kind == EscalationKind.DUE_DATE)

    def _queue_activated(self, index: QModelIndex) -> None:
        item = self._record_at(index, self.queue_proxy, self.queue_model)
        if item is not None:
            serial = item.serial or (item.slip_serials[0] if len(item.slip_serials) == 1
                                     else None)
            self.open_history(item.rma_no, serial)

    def sign_decision(self) -> None:
        item = self._shown
        if item is None:
            self.show_warning(self.tr("Select an escalation to decide first."))
            return
        if not item.may_decide:
            self.show_error(self.tr("{kind} is decided by: {roles}.").format(
                kind=labels.escalation_kind(item.kind), roles=deciders_text(item)))
            return
        decision = self.ui.decisionCombo.currentData()
        reason = self.ui.reasonEdit.toPlainText().strip()
        if not reason:
            self.show_error(self.tr("Write the reason for the decision before signing: who "
                                    "took part and why."))
            self.ui.reasonEdit.setFocus()
            return
        replacement = None
        if decision == "scrap_replace":
            replacement = self.ui.replacementEdit.text().strip()
            if not replacement:
                self.show_error(self.tr("Enter the replacement unit's serial number."))
                self.ui.replacementEdit.setFocus()
                return
        new_due: date | None = None
        if decision == "resume" and item.kind == EscalationKind.DUE_DATE:
            new_due = self.ui.dueDateEdit.date().toPython()
        participants = self.participants() if item.joint_departments else []
        missing = [d for d in item.joint_departments
                   if d in self.people_combos and not any(p[0] == d for p in participants)]
        if missing:
            # Step 3a: decided jointly; the signer names who took part before signing.
            self.show_error(self.tr("{kind} is decided jointly: name who took part for "
                                    "{departments}.").format(
                kind=labels.escalation_kind(item.kind),
                departments=labels.join(labels.department(d) for d in missing)))
            self.people_combos[missing[0]].setFocus()
            return
        meaning = self.tr("decision \"{decision}\" on {kind}, {rma} {units}").format(
            decision=labels.decision(decision), kind=labels.escalation_kind(item.kind),
            rma=item.rma_no, units=item.units_text)
        session, actor = self.session, self.session.actor

        def work(password: str) -> decisions.SignedDecision:
            return decisions.decide_signed(
                session.uow(), actor, escalation_id=item.id, decision=decision, reason=reason,
                password=password, port=session.slips, replacement_serial=replacement,
                new_due_date=new_due, participants=participants)

        self.sign_and_attempt(meaning, work, on_success=self._decided,
                              wait=self.tr("Signing the decision…"))

    def _decided(self, signed: decisions.SignedDecision) -> None:
        self.ui.reasonEdit.clear()
        self.ui.replacementEdit.clear()
        for people in self.people_combos.values():
            people.setEditText("")
        self._reason_for = None
        self.changed.emit()
        self.refresh()
        self.show_done(self.tr("Decided and signed: {decision} for {rma} {units} "
                               "(certificate {fingerprint}).").format(
            decision=labels.decision(signed.decision), rma=signed.rma_no,
            units=signed.serial or signed.slip_no or "",
            fingerprint=signed.certificate_fingerprint[:16]))
        self.ui.scanEdit.setFocus()

    # -- overdue ---------------------------------------------------------------------------

    def check_overdue_handovers(self) -> None:
        session = self.session
        self.attempt(lambda: workflow.escalate_overdue_handovers(session.uow(), session.actor),
                     on_success=self._handovers_checked)

    def _handovers_checked(self, raised: list[str]) -> None:
        if raised:
            self.changed.emit()
        self.refresh()
        if raised:
            self.show_done(self.tr("{n} overdue handover(s) escalated: {slips}").format(
                n=len(raised), slips=", ".join(raised)))
        else:
            self.show_done(self.tr("No new overdue handovers."))

    def _late_activated(self, index: QModelIndex) -> None:
        item = self._record_at(index, self.late_proxy, self.late_model)
        if item is not None and item.rma_no:
            self.open_history(item.rma_no, None)

    # -- complaint notices and corrective actions ------------------------------------------

    def _show_unevaluated(self, rules: list[deliveries.UnevaluatedRule]) -> None:
        if not rules:
            self.unevaluated_label.hide()
            return
        lines = []
        for rule in rules:
            if rule.reason == "no_delivered_qty":
                lines.append(self.tr(
                    "Delivery {delivery_no} of {customer}: no delivered quantity on record, "
                    "{n} unit(s) with a non-customer cause ({rmas})").format(
                        delivery_no=rule.delivery_no, customer=rule.customer,
                        n=rule.non_customer_units, rmas=", ".join(rule.rma_nos)))
            else:
                lines.append(self.tr(
                    "{rmas} of {customer}: no delivery named, {n} unit(s) with a non-customer "
                    "cause").format(rmas=", ".join(rule.rma_nos), customer=rule.customer,
                                    n=rule.non_customer_units))
        more = (self.tr("(the first {n}; `benchapp delivery unevaluated` lists all)").format(
            n=UNEVALUATED_SHOWN) if len(rules) >= UNEVALUATED_SHOWN else "")
        self.unevaluated_label.setText(
            self.tr("Complaint-notice rule (0.5 %) not evaluated, so no notice can be raised, "
                    "for:") + "\n" + "\n".join(f"• {line}" for line in lines)
            + (("\n" + more) if more else ""))
        self.unevaluated_label.show()

    def selected_notice(self) -> decisions.NoticeRow | None:
        return self._record_at(self.ui.noticesTable.currentIndex(), self.notice_proxy,
                               self.notice_model)

    def selected_action(self) -> decisions.ActionRow | None:
        return self._record_at(self.ui.actionsTable.currentIndex(), self.action_proxy,
                               self.action_model)

    def _update_record_buttons(self, *_: Any) -> None:
        ui = self.ui
        actor = self.session.actor
        roles = actor.roles
        notice = self.selected_notice()
        action = self.selected_action()
        notice_open = notice is not None and notice.case.status is not NoticeStatus.CLOSED
        ui.closeNoticeButton.setEnabled(bool(roles & NOTICE_CLOSE_ROLES) and notice_open)
        ui.assignButton.setEnabled(bool(roles & NOTICE_ASSIGN_ROLES) and notice_open)
        ui.classifyButton.setEnabled(bool(roles & NOTICE_ASSIGN_ROLES) and notice_open)
        ui.contactButton.setEnabled(bool(roles & NOTICE_CONTACT_ROLES) and notice_open)
        ui.attachButton.setEnabled(bool(roles & QC_WORK_ROLES) and notice_open)
        has_files = notice is not None and bool(notice.case.attachments)
        ui.viewFileButton.setEnabled(has_files)
        ui.exportFileButton.setEnabled(has_files)
        ui.capaFromNoticeButton.setEnabled(bool(roles & PROCESS_SUPERVISORS)
                                           and notice is not None)
        ui.newActionButton.setEnabled(bool(roles & PROCESS_SUPERVISORS))
        ui.implementedButton.setEnabled(
            action is not None and action.action.status is ActionStatus.OPEN
            and (action.action.owner_id == actor.user_id if action.action.owner_id is not None
                 else bool(roles & PROCESS_SUPERVISORS)))
        can_verify = (bool(roles & CA_VERIFY_ROLES) and action is not None
                      and action.action.status is ActionStatus.IMPLEMENTED)
        ui.verifyButton.setEnabled(can_verify)
        ui.reopenButton.setEnabled(can_verify)

    def select_notice(self, notice_no: str) -> bool:
        self.ui.tabs.setCurrentWidget(self.ui.complaintsTab)
        return select_key(self.ui.noticesTable, notice_no)

    def select_action(self, ca_no: str) -> bool:
        self.ui.tabs.setCurrentWidget(self.ui.complaintsTab)
        return select_key(self.ui.actionsTable, ca_no)

    def select_record(self, record_no: str) -> bool:
        """A scanned complaint notice or CAPA report QR selects its row (issue 14)."""
        text = record_no.strip()
        if DocKind.COMPLAINT_NOTICE.matches(text):
            return self.select_notice(text)
        if DocKind.CORRECTIVE_ACTION.matches(text):
            return self.select_action(text)
        return False

    def _notice_no(self, notice_no: str | None) -> str | None:
        if notice_no:
            return notice_no
        row = self.selected_notice()
        if row is None:
            self.show_warning(self.tr("Select a complaint notice first."))
            return None
        return row.case.notice_no

    def _open_record(self, rma_no: str | None) -> None:
        if rma_no:
            self.open_history(rma_no, None)

    def _note(self) -> str | None:
        note = self.ui.noteEdit.text().strip()
        if not note:
            self.show_error(self.tr("Write a note before signing."))
            self.ui.noteEdit.setFocus()
            return None
        return note

    def close_notice(self, notice_no: str | None = None, note: str | None = None) -> None:
        """Close the notice, signed: the closure conditions are checked by the service."""
        notice_no = self._notice_no(notice_no)
        if notice_no is None:
            return
        if note is None:
            note = self._note()
            if note is None:
                return
        actor, session = self.session.actor, self.session

        def work(password: str) -> Any:
            return supervision.close_complaint_notice(session.uow(), actor, notice_no=notice_no,
                                                      note=note, password=password,
                                                      port=session.slips)

        self.sign_and_attempt(self.tr("closing complaint notice {notice}").format(
            notice=notice_no), work, on_success=lambda _case: self._record_done(
                self.tr("Complaint notice {notice} closed and signed.").format(
                    notice=notice_no)))

    def assign_notice(self) -> None:
        notice_no = self._notice_no(None)
        if notice_no is None:
            return
        dialog = quality_dialogs.AssignDialog(notice_no, self)
        if not self.run_dialog(dialog):
            return
        owner, session = dialog.owner(), self.session
        self.attempt(lambda: supervision.assign_complaint_notice(
            session.uow(), session.actor, notice_no=notice_no, owner_username=owner),
            on_success=lambda case: self._record_done(self.tr(
                "{notice} assigned to {owner}.").format(notice=notice_no,
                                                        owner=case.owner_name)))

    def classify_notice(self) -> None:
        row = self.selected_notice()
        if row is None:
            self.show_warning(self.tr("Select a complaint notice first."))
            return
        notice_no = row.case.notice_no
        dialog = quality_dialogs.ClassifyDialog(notice_no, row.case.severity.value, self)
        if not self.run_dialog(dialog):
            return
        severity, session = dialog.severity(), self.session
        self.attempt(lambda: supervision.classify_complaint_notice(
            session.uow(), session.actor, notice_no=notice_no, severity=severity),
            on_success=lambda case: self._record_done(self.tr(
                "{notice} classified: {severity}.").format(
                    notice=notice_no, severity=_tr(SEVERITIES, case.severity.value))))

    def record_contact(self, notice_no: str | None = None) -> None:
        notice_no = self._notice_no(notice_no)
        if notice_no is None:
            return
        dialog = quality_dialogs.ContactDialog(notice_no, self)
        if not self.run_dialog(dialog):
            return
        values = dict(channel=dialog.channelCombo.currentData(),
                      person=dialog.personEdit.text(), note=dialog.noteEdit.text(),
                      contacted_at=dialog.contacted_at())
        session = self.session
        self.attempt(lambda: supervision.record_notice_contact(
            session.uow(), session.actor, notice_no=notice_no, **values),
            on_success=lambda _case: self._record_done(self.tr(
                "Customer contact recorded on {notice}.").format(notice=notice_no)))

    def attach_file(self, notice_no: str | None = None) -> None:
        notice_no = self._notice_no(notice_no)
        if notice_no is None:
            return
        row = self.notice_model.record(self.notice_model.row_of(notice_no)) \
            if self.notice_model.row_of(notice_no) is not None else None
        kind = "8d" if row is not None and row.case.severity.value == "major" and any(
            a.kind.value == "report" for a in row.case.attachments) else "report"
        dialog = quality_dialogs.AttachDialog(notice_no, kind, self)
        if not self.run_dialog(dialog):
            return
        path = Path(dialog.fileEdit.text().strip())
        kind, session = dialog.kindCombo.currentData(), self.session

        def work() -> Any:
            content = path.read_bytes()  # on the worker: a file on a share may be slow
            return supervision.attach_complaint_file(session.uow(), session.actor,
                                                     notice_no=notice_no, kind=kind,
                                                     file_name=path.name, content=content)

        def failed(failure: Exception) -> None:
            if isinstance(failure, OSError):
                self.show_error(self.tr("Cannot read {file}: {detail}").format(
                    file=str(path), detail=failure.strerror or str(failure)))

        if not path.is_file():
            self.show_error(self.tr("Choose a PDF or image file to attach."))
            return
        self.attempt(work, on_success=lambda _case: self._record_done(self.tr(
            "{file} attached to {notice}.").format(file=path.name, notice=notice_no)),
            on_failure=failed)

    def _selected_attachment(self) -> tuple[str, Any] | None:
        row = self.selected_notice()
        if row is None or not row.case.attachments:
            self.show_warning(self.tr("Select a complaint notice with a file first."))
            return None
        return row.case.notice_no, row.case.attachments[-1]

    def view_file(self) -> None:
        """Open the notice's latest file in the PC's viewer (a copy in the temp folder)."""
        chosen = self._selected_attachment()
        if chosen is None:
            return
        notice_no, attachment = chosen
        session = self.session

        def opened(full: Any) -> None:
            target = self._viewed / f"{notice_no}-{full.id}-{Path(full.file_name).name}"
            target.write_bytes(full.content)
            self.open_url(QUrl.fromLocalFile(str(target)))
            self.show_done(self.tr("{file} opened (SHA-256 {sha}).").format(
                file=full.file_name, sha=full.sha256[:16]))

        self.attempt(lambda: supervision.complaint_attachment(
            session.uow(), notice_no=notice_no, attachment_id=attachment.id), on_success=opened)

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export file"), suggested)
        return path

    def export_file(self) -> None:
        chosen = self._selected_attachment()
        if chosen is None:
            return
        notice_no, attachment = chosen
        path = self.ask_save_path(attachment.file_name)
        if not path:
            return
        session = self.session

        def work() -> Any:
            full = supervision.complaint_attachment(session.uow(), notice_no=notice_no,
                                                    attachment_id=attachment.id)
            Path(path).write_bytes(full.content)
            return full

        self.attempt(work, on_success=lambda full: self.show_done(self.tr(
            "{file} exported to {path}.").format(file=full.file_name, path=path)))

    def _capa_from_notice(self) -> None:
        row = self.selected_notice()
        if row is None:
            self.show_warning(self.tr("Select a complaint notice first."))
            return
        self.open_corrective_action(row.case.notice_no)

    def _capa_from_escalation(self) -> None:
        item = self._shown
        if item is not None:
            self.open_corrective_action(f"ESC-{item.id}")

    def open_corrective_action(self, source: str, root_cause: str = "") -> None:
        dialog = quality_dialogs.CapaDialog(source, self)
        if root_cause:
            dialog.rootCauseEdit.setText(root_cause)
        if not self.run_dialog(dialog):
            return
        values = dict(source=dialog.sourceEdit.text(), owner_username=dialog.ownerEdit.text(),
                      responsible_department=dialog.departmentEdit.text(),
                      responsible_process=dialog.processEdit.text(),
                      root_cause=dialog.rootCauseEdit.text(),
                      preventive_measure=dialog.actionEdit.text(), due_date=dialog.due())
        session = self.session

        def done(action: Any) -> None:
            self._record_done(self.tr("Corrective action {ca} opened for {owner}.").format(
                ca=action.ca_no, owner=action.owner_name or action.person_found))

        self.attempt(lambda: supervision.open_corrective_action(
            session.uow(), session.actor, **values), on_success=done)

    def mark_implemented(self, ca_no: str | None = None) -> None:
        if ca_no is None:
            row = self.selected_action()
            if row is None:
                self.show_warning(self.tr("Select a corrective action first."))
                return
            ca_no = row.action.ca_no
        dialog = quality_dialogs.NoteDialog(
            self.tr("{ca} implemented").format(ca=ca_no), self.tr("&What was done:"), self)
        if not self.run_dialog(dialog):
            return
        note, session = dialog.note(), self.session
        self.attempt(lambda: supervision.record_action_implemented(
            session.uow(), session.actor, ca_no=ca_no, note=note),
            on_success=lambda _a: self._record_done(self.tr(
                "{ca} recorded as implemented; it waits for verification.").format(ca=ca_no)))

    def _rma_contact(self, rma_no: str, kind: str) -> None:
        title = (self.tr("First customer contact for {rma}") if kind == "initial"
                 else self.tr("Follow-up after shipping for {rma}")).format(rma=rma_no)
        dialog = quality_dialogs.NoteDialog(title, self.tr("&What the customer said:"), self)
        if not self.run_dialog(dialog):
            return
        note, session = dialog.note(), self.session
        self.attempt(lambda: supervision.record_customer_contact(
            session.uow(), session.actor, rma_no=rma_no, kind=kind, note=note),
            on_success=lambda _c: self._record_done(self.tr(
                "Customer contact recorded for {rma}.").format(rma=rma_no)))

    def act_on_overdue(self) -> None:
        """Do what the selected late item waits for; once done it leaves the list."""
        item = self._record_at(self.ui.overdueTable.currentIndex(), self.late_proxy,
                               self.late_model)
        if item is None:
            self.show_warning(self.tr("Select an overdue item first."))
            return
        roles = self.session.actor.roles
        work = NOTICE_WORK.get(item.kind)
        if work == "contact":
            self.record_contact(item.ref)
        elif work == "attach":
            self.attach_file(item.ref)
        elif work == "close":
            dialog = quality_dialogs.NoteDialog(
                self.tr("Close {notice}").format(notice=item.ref), self.tr("Closing &note:"),
                self)
            if self.run_dialog(dialog):
                self.close_notice(item.ref, dialog.note())
        elif item.kind == "corrective_action":
            row = self.action_model.row_of(item.ref)
            action = self.action_model.record(row).action if row is not None else None
            if action is not None and action.status is ActionStatus.IMPLEMENTED \
                    and roles & CA_VERIFY_ROLES:
                self.select_action(item.ref)
                self.ui.noteEdit.setFocus()
                self.show_warning(self.tr("Write the evidence in the note, then verify {ca}.")
                                  .format(ca=item.ref))
            else:
                self.mark_implemented(item.ref)
        elif item.kind in ("customer_contact", "follow_up") and item.rma_no:
            if not roles & CONTACT_ROLES:
                self.show_error(self.tr(
                    "Customer contacts are recorded by business (业务部): Receiving & "
                    "Shipping, tabs First contact and Follow-up."))
                return
            self._rma_contact(item.rma_no, "initial" if item.kind == "customer_contact"
                              else "follow_up")
        elif item.kind == decisions.OVERDUE_HANDOVER:
            self.check_overdue_handovers()

    def verify_action(self, *, effective: bool) -> None:
        row = self.selected_action()
        if row is None:
            self.show_warning(self.tr("Select a corrective action first."))
            return
        note = self._note()
        if note is None:
            return
        actor, ca_no = self.session.actor, row.action.ca_no

        def work(password: str) -> Any:
            return supervision.verify_corrective_action(self.session.uow(), actor,
                                                        ca_no=ca_no, effective=effective,
                                                        note=note, password=password,
                                                        port=self.session.slips)

        if effective:
            meaning = self.tr("corrective action {ca} verified effective").format(ca=ca_no)
            done = self.tr("Corrective action {ca} verified and closed.").format(ca=ca_no)
        else:
            meaning = self.tr("corrective action {ca} not effective").format(ca=ca_no)
            done = self.tr("Corrective action {ca} sent back to the process.").format(ca=ca_no)
        self.sign_and_attempt(meaning, work, on_success=lambda _a: self._record_done(done))

    def _record_done(self, text: str) -> None:
        self.ui.noteEdit.clear()
        self.changed.emit()
        self.refresh()
        self.show_done(text)

    # -- statistics ------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.statisticsTab:
            self.ensure_charts()
        elif self.ui.tabs.widget(index) is self.yields_page:
            self.ensure_yields()

    def _show_clusters(self, found: list[trace.Cluster]) -> None:
        chosen = self.clusters_panel.selected()
        self.clusters_panel.set_clusters(found)
        if chosen is not None:
            self.clusters_panel.select(chosen.by, chosen.value)
        self.ui.tabs.setTabText(self.clusters_tab,
                                self.tr("C&lusters ({n})").format(n=len(found)))

    def ensure_yields(self) -> QWidget | None:
        """Create the yield chart the first time its tab is shown (if pyqtgraph is there)."""
        if self._yields is not None:
            return self._yields
        try:
            module = importlib.import_module(CHARTS_MODULE)
        except ImportError as exc:
            log.warning("yield chart not available: %s", exc)
            return None
        chart = module.YieldCharts(self.session, self.yields_page)
        chart.setObjectName("yieldCharts")
        self.yields_page.layout().addWidget(chart)
        self._yields = chart
        chart.refresh()
        return chart

    def ensure_charts(self) -> QWidget | None:
        """Create the charts widget the first time the Statistics tab is shown (if installed)."""
        if self._charts is not None:
            return self._charts
        importlib.invalidate_caches()  # the module may have been installed since
        try:
            module = importlib.import_module(CHARTS_MODULE)
        except ImportError as exc:
            log.warning("supervisor charts not available: %s", exc)
            self.ui.statisticsPlaceholder.setText(self.tr(
                "The statistics charts are not available: {detail}").format(detail=exc))
            return None
        charts = module.SupervisorCharts(self.session, self.ui.statisticsTab)
        charts.setObjectName("supervisorCharts")
        if hasattr(charts, "status_message"):
            charts.status_message.connect(self.status_message)
        self.ui.statisticsLayout.addWidget(charts)
        self.ui.statisticsPlaceholder.hide()
        self._charts = charts
        charts.refresh()
        return charts

    # -- scans -----------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        """A unit serial or RMA number selects its open escalation(s) in the queue."""
        code = scan.text.strip().casefold()
        if not code:
            return False

        def matches(item: decisions.QueueItem) -> bool:
            if scan.kind == KIND_RMA:
                return item.rma_no.casefold() == code
            serials = [item.serial] if item.serial else list(item.slip_serials)
            return any(s.casefold() == code for s in serials) or item.rma_no.casefold() == code

        found = [i for i in self._queue if matches(i)]
        if not found:
            return False
        self.ui.tabs.setCurrentWidget(self.ui.decisionsTab)
        if self.queue_model.row_of(str(found[0].id)) is None or not self.select_escalation(
                found[0].id):
            # Filtered out by the kind or the search: show everything, then select.
            self.ui.searchEdit.clear()
            self.ui.kindCombo.setCurrentIndex(0)
            self.select_escalation(found[0].id)
        if len(found) > 1:
            self.show_warning(self.tr("{n} open escalations for {code}; the oldest is "
                                      "selected.").format(n=len(found), code=scan.text))
        else:
            self.message_bar.clear()
        if found[0].may_decide:
            self.ui.decisionCombo.setFocus()
        return True

    def _wedge_scanned(self, scan: Scan) -> None:
        if not self.handle_scan(scan):
            self.show_warning(self.tr("No open escalation for {code}.").format(code=scan.text))
            self.ui.scanEdit.setFocus()

    def _wedge_rejected(self, rejected: ScanRejected) -> None:
        self.show_scan_rejected(rejected)
        self.ui.scanEdit.setFocus()

