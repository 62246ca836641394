"""The QC station 品质部: intake, first screening, anomaly forms, re-inspection/OQC, hand-over.

WORKFLOW.md steps 2, 3 and 5. The fixture's verdict is recorded as the tester's own account
the moment it arrives; a fixture that is missing, silent, babbling or unplugged records
nothing and leaves the signed verdict by hand. Every signed act re-asks the password and
passes it to the service, which checks it and stores the signer's certificate with the act
(a screening verdict by hand: services.signing.check_signer_password before the call).

Each tab is its own widget (qc_intake, qc_screening, qc_anomaly, qc_reinspection,
qc_handover); QcView composes them: one read for all five, the scan field, the RMA filter and
the fixture both test steps share.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from benchapp.devices.errors import DeviceError, DeviceErrorReason
from benchapp.devices.scan import KIND_RMA, KIND_UNIT, Scan
from benchapp.domain.handover import Handover
from benchapp.domain.rma import UnitState, Verdict
from benchapp.domain.roles import Role, Station
from benchapp.services import forms, queries, signing
from benchapp.services.queries import StationUnit
from benchapp.ui import form_printing, labels, messages
from benchapp.ui.attachment_strip import add_station_strip
from benchapp.ui.forms.ui_station_qc import Ui_QcView
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.stations.base import StationView, fit_columns, select_key
from benchapp.ui.stations.qc_common import (
    HANDOVER_STATES,
    REINSPECTION_STATES,
    RETEST,
    RETEST_ROLES,
    SCREENING,
    SCREENING_STATES,
    TAB_ANOMALY,
    TAB_HANDOVER,
    TAB_INTAKE,
    TAB_REINSPECTION,
    TAB_SCREENING,
    TEST_ROLES,
    FixtureTest,
    Loaded,
    RetestResult,
    date_text,
    number_text,
)

__all__ = ["TAB_ANOMALY", "TAB_HANDOVER", "TAB_INTAKE", "TAB_REINSPECTION", "TAB_SCREENING",
           "QcView"]


class QcView(StationView):
    """The QC bench: five tabs, one per kind of work, and a scan field on top."""

    station = Station.QC

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_QcView()
        self.ui.setupUi(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self._rma_filter: str | None = None
        self.loaded = Loaded([], [], [], [], [], 0)
        self._names: dict[int, str] = {}
        self.testing: FixtureTest | None = None
        self.proxies: dict[QTableView, RecordFilterProxy] = {}
        ui = self.ui
        self.intake, self.screening, self.anomaly = ui.intakeTab, ui.screeningTab, ui.anomalyTab
        self.reinspection, self.handover = ui.reinspectionTab, ui.handoverTab
        for tab in self._tabs():
            tab.bind(self)
        # The lists by their old names (tests and the history link reach them).
        self.intake_model = self.intake.model
        self.screening_model = self.screening.model
        self.measurements_model = self.screening.measurements_model
        self.anomaly_model = self.anomaly.model
        self.reinspection_model = self.reinspection.model
        self.retest_measurements_model = self.reinspection.measurements_model
        self.handover_model = self.handover.model
        self.outgoing_model = self.handover.outgoing_model
        self._connect()
        for table in self.findChildren(QTableView):
            table.setProperty("fitWidth", True)  # QC's lists never scroll sideways (1366 px)
        fixture = session.fixture
        if fixture is not None:
            fixture.test_finished.connect(self._on_test_finished)
            fixture.test_failed.connect(self._on_test_failed)
            fixture.state_changed.connect(self._show_fixture_state)
        self._show_fixture_state()
        self._set_tab_titles()
        self.update_all()
        self.ui.scanEdit.setFocus()

    def _tabs(self) -> tuple[Any, ...]:
        return (self.intake, self.screening, self.anomaly, self.reinspection, self.handover)

    # -- columns the tabs share ---------------------------------------------------------

    def unit_columns(self, *extra: Column[StationUnit]) -> list[Column[StationUnit]]:
        return [
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            *extra,
            Column(self.tr("Customer"), lambda u: u.customer),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("Due"), lambda u: date_text(u.due_date),
                   sort_key=lambda u: u.due_date or date.max),
        ]

    def slip_columns(self, direction: str) -> list[Column[Handover]]:
        return [
            Column(self.tr("Slip"), lambda h: h.slip_no),
            Column(self.tr("RMA"), lambda h: h.rma_no),
            (Column(self.tr("From"), lambda h: labels.station(h.from_station))
             if direction == "in" else
             Column(self.tr("To"), lambda h: labels.station(h.to_station))),
            Column(self.tr("Units"), lambda h: h.declared_count, align_right=True),
            Column(self.tr("Given by"), lambda h: h.giver_name),
            Column(self.tr("Signed at"), lambda h: format_time(h.giver_signed_at),
                   sort_key=lambda h: h.giver_signed_at),
        ]

    def loops_column(self) -> Column[StationUnit]:
        return Column(self.tr("Repair loops"), self.loops_text,
                      sort_key=lambda u: u.rework_loops, align_right=True)

    @staticmethod
    def repeat_highlight(u: StationUnit) -> str | None:
        return "warn" if u.repeat_count or u.rework_loops else None

    def new_measurements_model(self, parent: QWidget) -> RecordTableModel[dict[str, Any]]:
        """A fixture's measurements, failed ones highlighted."""
        columns: list[Column[dict[str, Any]]] = [
            Column(self.tr("Measurement"), lambda m: m.get("name", "")),
            Column(self.tr("Value"), lambda m: number_text(m.get("value")),
                   sort_key=lambda m: m.get("value") or 0.0, align_right=True),
            Column(self.tr("Unit"), lambda m: m.get("unit", "")),
            Column(self.tr("Low"), lambda m: number_text(m.get("low")), align_right=True),
            Column(self.tr("High"), lambda m: number_text(m.get("high")), align_right=True),
            Column(self.tr("Verdict"), lambda m: m.get("verdict", "")),
        ]

        def failed(m: dict[str, Any]) -> str | None:
            return "error" if m.get("verdict") == Verdict.FAIL else None

        return RecordTableModel(columns, key=lambda m: str(m.get("name", "")),
                                highlight=failed, parent=parent)

    def _connect(self) -> None:
        ui = self.ui
        ui.scanEdit.scanned.connect(self.handle_scan)
        ui.scanEdit.rejected.connect(self.show_scan_rejected)
        ui.clearFilterButton.clicked.connect(lambda: self.set_rma_filter(None))
        ui.reloadButton.clicked.connect(self.refresh)
        self.test_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F9), self)  # F5 is Refresh
        self.test_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.test_shortcut.activated.connect(self._test_shortcut_pressed)
        form_printing.add_print_actions(self, [(forms.INSPECTION_RECORD, self._selected_serial),
                                               (forms.ANOMALY_FORM, self._selected_anomaly_form)])
        self.attachments = add_station_strip(self, ui.mainLayout, self._attachment_target,
                                             list(self.proxies), ui.tabs)

    def _selected_anomaly_form(self) -> str | None:
        if self.ui.tabs.currentWidget() is not self.ui.anomalyTab:
            return None
        return self.anomaly.selected_form_no()

    def _selected_serial(self) -> str | None:
        tab = self.ui.tabs.currentWidget()
        for table in self.proxies:
            record = self.current(table)
            if tab.isAncestorOf(table) and record is not None:
                return getattr(record, "serial", None)
        return None

    def _attachment_target(self) -> tuple[str, str | None] | None:
        """The unit (or the slip's RMA) selected on the tab shown, else the RMA scanned."""
        tab = self.ui.tabs.currentWidget()
        for table in self.proxies:
            record = self.current(table)
            if tab.isAncestorOf(table) and getattr(record, "rma_no", None):
                return record.rma_no, getattr(record, "serial", None)
        return (self._rma_filter, None) if self._rma_filter else None

    # -- loading ------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        unsigned_only = self.anomaly.unsigned_only()
        uow = self.session.uow

        def load() -> Loaded:
            return Loaded.of(queries.qc_work(uow(), unsigned_only=unsigned_only))

        self.load(load, self._show_loaded, then=then)

    def _show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._names = {u.id: u.display_name for u in loaded.users if u.id is not None}
        self.screening.details.clear()
        self.screening.fill_inspectors(loaded.users)
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self._rma_filter

        def keep(rma_no: str) -> bool:
            return wanted is None or rma_no == wanted

        for tab in self._tabs():
            tab.show_work(self.loaded, keep)
        if wanted is None:
            self.ui.rmaFilterLabel.clear()
        else:
            self.ui.rmaFilterLabel.setText(self.tr("Showing {rma_no} only").format(
                rma_no=wanted))
        self.ui.clearFilterButton.setVisible(wanted is not None)
        self._set_tab_titles()
        self.update_all()

    def show_list(self, table: QTableView, records: list[Any]) -> None:
        """New rows for a list, keeping the selected rows selected."""
        proxy = self.proxies[table]
        model: RecordTableModel[Any] = proxy.sourceModel()
        selected = self._selected_keys(table)
        current = self._current_key(table)
        model.set_records(records)
        for key in selected:
            select_key(table, key, clear=False, current=key == current)
        fit_columns(table)

    def _set_tab_titles(self) -> None:
        counts = [tab.count() for tab in self._tabs()]
        titles = [self.tr("&1 Intake ({n})"), self.tr("&2 Screening ({n})"),
                  self.tr("&3 Anomaly forms ({n})"), self.tr("&4 Re-inspection / OQC ({n})"),
                  self.tr("&5 Hand over ({n})")]
        for index, (title, n) in enumerate(zip(titles, counts, strict=True)):
            self.ui.tabs.setTabText(index, title.format(n=n))

    # -- selection helpers --------------------------------------------------------------

    def selected(self, table: QTableView) -> list[Any]:
        proxy = self.proxies[table]
        rows = sorted({proxy.mapToSource(i).row()
                       for i in table.selectionModel().selectedRows()})
        model: RecordTableModel[Any] = proxy.sourceModel()
        return [model.record(r) for r in rows]

    def current(self, table: QTableView) -> Any | None:
        records = self.selected(table)
        return records[0] if len(records) == 1 else None

    def _selected_keys(self, table: QTableView) -> list[str]:
        proxy = self.proxies[table]
        model: RecordTableModel[Any] = proxy.sourceModel()
        return [model.key(proxy.mapToSource(i).row())
                for i in table.selectionModel().selectedRows()]

    def _current_key(self, table: QTableView) -> str | None:
        index = table.currentIndex()
        if not index.isValid():
            return None
        proxy = self.proxies[table]
        model: RecordTableModel[Any] = proxy.sourceModel()
        return model.key(proxy.mapToSource(index).row())

    def open_history_of(self, table: QTableView, index: QModelIndex) -> None:
        proxy = self.proxies[table]
        model: RecordTableModel[Any] = proxy.sourceModel()
        record = model.record(proxy.mapToSource(index).row())
        self.open_history(record.rma_no, getattr(record, "serial", None))  # a slip has none

    # -- roles --------------------------------------------------------------------------

    def may(self, roles: frozenset[Role]) -> bool:
        return bool(self.session.user.roles & roles)

    def gate(self, widget: QWidget, roles: frozenset[Role], ready: bool,
             tip: str = "") -> None:
        """Enable ``widget`` if the person has one of ``roles`` and the work is ``ready``;
        the tooltip names the role that is missing."""
        allowed = self.may(roles)
        widget.setEnabled(allowed and ready)
        widget.setToolTip(tip if allowed else self.tr("Needs one of the roles: {roles}.").format(
            roles=labels.roles(r.value for r in roles)))

    def gate_test_buttons(self, run: QWidget, by_hand: tuple[QWidget, ...],
                          roles: frozenset[Role], awaiting: bool, run_tip: str) -> None:
        """The fixture test button and the verdict-by-hand buttons of a test step."""
        free = awaiting and self.testing is None
        no_fixture = self.session.fixture is None
        self.gate(run, roles, free and not no_fixture,
                  self.tr("No test fixture is set up on this bench: enter the verdict by hand")
                  if no_fixture else run_tip)
        for button in by_hand:
            self.gate(button, roles, free,
                      self.tr("Only if the fixture gives no result: you sign the verdict"))

    # -- panels and texts ---------------------------------------------------------------

    def update_all(self) -> None:
        for tab in self._tabs():
            tab.update_panel()

    def user_name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        return self._names.get(user_id) or self.tr("user #{id}").format(id=user_id)

    def loops_text(self, unit: StationUnit) -> str:
        limit = self.loaded.loop_limit
        if not limit:
            return str(unit.rework_loops)
        return self.tr("{loops} of {limit}").format(loops=unit.rework_loops, limit=limit)

    def _show_fixture_state(self, *_args: object) -> None:
        fixture = self.session.fixture
        if fixture is None:
            text = self.tr("Fixture: none set up (verdicts by hand)")
        else:
            text = self.tr("Fixture: {state}").format(
                state=messages.device_state_text(fixture.state))
        self.ui.fixtureStatusLabel.setText(text)

    # -- filter and scans ---------------------------------------------------------------

    def set_rma_filter(self, rma_no: str | None) -> None:
        self._rma_filter = rma_no
        self._apply_filter()
        self.ui.scanEdit.setFocus()

    def handle_scan(self, scan: Scan) -> bool:
        text = scan.text.strip()
        if scan.kind == KIND_RMA:
            self.set_rma_filter(text)
            if text in self.loaded.rma_nos:
                self.message_bar.clear()
                self.status_message.emit(self.tr("Showing {rma_no} only").format(rma_no=text))
            else:
                self.show_warning(self.tr(
                    "{rma_no} has no units, slips or forms at QC now.").format(rma_no=text))
            return True
        if scan.kind != KIND_UNIT:
            self.show_error(self.tr(
                "This code is not a unit serial or an RMA no.: {text}").format(text=text))
            return True
        return self._select_scanned(text)

    def _select_scanned(self, text: str) -> bool:
        ui = self.ui
        loaded = self.loaded
        if text in loaded.slip_nos:
            return self._go_to(TAB_INTAKE, ui.intakeTable, ui.intakeSearch, text,
                               ui.receiveButton)
        unit = loaded.unit_by_serial.get(text.casefold())
        form = loaded.form_by_serial.get(text.casefold())
        if (form is not None and form.signed_by is None
                and form.responsible_inspector_id == self.session.user.id):
            # The form waits for this person's signature: that before the unit's next move.
            return self._go_to(TAB_ANOMALY, ui.anomalyTable, ui.anomalySearch, form.form_no,
                               ui.signFormButton)
        if unit is not None:
            state = unit.state
            # With a fixture, Enter (or F9) right after the scan starts the test.
            if state in SCREENING_STATES:
                return self._go_to(TAB_SCREENING, ui.screeningTable, ui.screeningSearch,
                                   unit.serial, ui.runTestButton, ui.visualPassRadio)
            if state in REINSPECTION_STATES:
                return self._go_to(TAB_REINSPECTION, ui.reinspectionTable,
                                   ui.reinspectionSearch, unit.serial, ui.retestButton,
                                   ui.oqcPassRadio)
            if state in HANDOVER_STATES:
                return self._go_to(TAB_HANDOVER, ui.handoverTable, ui.handoverSearch,
                                   unit.serial)
        if form is not None:
            return self._go_to(TAB_ANOMALY, ui.anomalyTable, ui.anomalySearch, form.form_no,
                               ui.signFormButton)
        if unit is not None:
            self.show_warning(self.tr(
                "Unit {serial} is at QC but {state}: no QC work on it now.").format(
                serial=unit.serial, state=labels.unit_state(unit.state)))
            return True
        self.show_error(self.tr(
            "Unit {serial} is not on any QC list: it is at another station, or not "
            "registered. Check the label.").format(serial=text))
        return False

    def _go_to(self, tab: int, table: QTableView, search: Any, key: str,
               *focus: QWidget) -> bool:
        """Show ``key`` selected in ``table`` on ``tab``; focus the first usable of
        ``focus`` (the next step), else the list."""
        if self._rma_filter is not None:
            self._rma_filter = None
            self._apply_filter()
        if not select_key(table, key):
            search.clear()  # the search box hid it
            select_key(table, key)
        self.message_bar.clear()
        self.ui.tabs.setCurrentIndex(tab)
        usable = [w for w in focus if w.isEnabled() and w.isVisibleTo(self)]
        (usable[0] if usable else table).setFocus()
        return True

    # -- fixture tests (the fixture is shared by screening and re-inspection) -----------

    def _test_shortcut_pressed(self) -> None:
        tab = self.ui.tabs.currentIndex()
        if tab == TAB_SCREENING:
            self.run_fixture_test(SCREENING)
        elif tab == TAB_REINSPECTION:
            self.run_fixture_test(RETEST)

    def run_fixture_test(self, purpose: str) -> None:
        """Start the fixture on the selected unit; the verdict arrives by signal."""
        table = self.ui.screeningTable if purpose == SCREENING else self.ui.reinspectionTable
        unit: StationUnit | None = self.current(table)
        wanted = (UnitState.AWAITING_SCREENING if purpose == SCREENING
                  else UnitState.AWAITING_REINSPECTION)
        roles = TEST_ROLES if purpose == SCREENING else RETEST_ROLES
        if unit is None or unit.state != wanted:
            self.show_warning(self.tr("Select a unit that waits for this test first."))
            return
        if not self.may(roles):
            self.show_error(self.tr("Testing needs one of the roles: {roles}.").format(
                roles=labels.roles(r.value for r in roles)))
            return
        fixture = self.session.fixture
        if fixture is None:
            self.show_warning(self.tr(
                "No test fixture is set up on this bench: nothing was tested. Enter the "
                "verdict by hand (signed) if the unit was tested another way."))
            return
        if self.testing is not None:
            self.show_warning(self.tr("The fixture is still testing {serial}.").format(
                serial=self.testing.serial))
            return
        self.testing = FixtureTest(purpose, unit.rma_no, unit.serial)
        (self.screening.measurements_model if purpose == SCREENING
         else self.reinspection.measurements_model).set_records([])
        if purpose == RETEST:
            self.reinspection.pending_retest = None
        if not fixture.start_test(unit.serial):
            self.testing = None
            running = fixture.running_serial
            self.show_warning(
                self.tr("The fixture is busy with {serial}; wait for its result.").format(
                    serial=running) if running else
                self.tr("The fixture is closed: nothing was tested."))
            self.update_all()
            return
        self.message_bar.clear()
        if purpose == SCREENING:
            self.screening.status_serial = unit.serial
        self._status_label(purpose).setText(self.tr("Testing {serial}…").format(
            serial=unit.serial))
        self.update_all()

    def _on_test_finished(self, result: Any) -> None:
        test = self.testing
        if test is None or result.serial != test.serial:
            return  # a test someone else started on the shared fixture
        self.testing = None
        measurements = [m.to_json() for m in result.measurements]
        verdict = Verdict(result.verdict)
        if test.purpose == SCREENING:
            self.screening.measurements_model.set_records(measurements)
            self.ui.testStatusLabel.setText(self.tr(
                "Fixture verdict: <b>{verdict}</b> ({fixture})").format(
                verdict=verdict, fixture=result.fixture))
            self.screening.record_test(test, verdict, measurements)
        else:
            self.reinspection.measurements_model.set_records(measurements)
            self.ui.retestStatusLabel.setText(self.tr(
                "Fixture verdict: <b>{verdict}</b> ({fixture}); sign it to record it").format(
                verdict=verdict, fixture=result.fixture))
            self.reinspection.pending_retest = RetestResult(test.rma_no, test.serial, verdict,
                                                            measurements)
            self.update_all()
            self.reinspection.sign_pending_retest()

    def _on_test_failed(self, error: DeviceError) -> None:
        test = self.testing
        if test is None:
            return
        self.testing = None
        if error.reason is DeviceErrorReason.TEST_IN_PROGRESS:
            self.show_warning(messages.device_error_text(error))
        else:
            self._status_label(test.purpose).setText(self.tr("No verdict"))
            self.show_error(self.tr(
                "The fixture gave no verdict for {serial}: {problem} Nothing was recorded. "
                "Test again, or enter the verdict by hand (signed).").format(
                serial=test.serial, problem=messages.device_error_text(error)))
        self.update_all()

    def _status_label(self, purpose: str) -> QLabel:
        return self.ui.testStatusLabel if purpose == SCREENING else self.ui.retestStatusLabel

    # -- work the tabs do, by its old names ---------------------------------------------

    def hand_over(self, to_station: Station) -> None:
        self.handover.hand_over(to_station)

    # -- signing ------------------------------------------------------------------------

    def check_password(self, password: str) -> str:
        return signing.check_signer_password(self.session.uow(), self.session.actor, password,
                                             self.session.slips)
