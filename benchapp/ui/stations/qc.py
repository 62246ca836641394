"""The QC station 品质部: intake, first screening, anomaly forms, re-inspection/OQC, hand-over.

WORKFLOW.md steps 2, 3 and 5. The fixture's verdict is recorded as the tester's own account
the moment it arrives; a fixture that is missing, silent, babbling or unplugged records
nothing and leaves the signed verdict by hand. Every signed act re-asks the password
(services.signing.check_signer_password) before the workflow call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QRadioButton, QTableView, QWidget

from benchapp.devices.errors import DeviceError, DeviceErrorReason
from benchapp.devices.scan import KIND_RMA, KIND_UNIT, Scan
from benchapp.domain.handover import Handover
from benchapp.domain.rma import AnomalyForm, Unit, UnitState, Verdict
from benchapp.domain.roles import STATION_ROLES, Role, Station
from benchapp.domain.users import User
from benchapp.services import queries, signing, workflow
from benchapp.services.queries import StationUnit
from benchapp.ui import labels, messages
from benchapp.ui.forms.ui_station_qc import Ui_QcView
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.stations.base import StationView, fit_columns, select_key, setup_table

# Who may do what (the services check again; the view only greys out what cannot work).
TEST_ROLES = frozenset({Role.TESTER, Role.QC_LEAD})
VISUAL_ROLES = frozenset({Role.QC_LEAD, Role.TESTER, Role.OQC_INSPECTOR})
RETEST_ROLES = frozenset({Role.TESTER})
OQC_ROLES = frozenset({Role.OQC_INSPECTOR})
QC_ROLES = STATION_ROLES[Station.QC]

SCREENING_STATES = frozenset({UnitState.AWAITING_SCREENING, UnitState.SCREENING_TESTED})
REINSPECTION_STATES = frozenset({UnitState.AWAITING_REINSPECTION, UnitState.OQC_PENDING})
OUTGOING_STATES: dict[Station, frozenset[UnitState]] = {
    Station.REPAIR: frozenset({UnitState.TO_REPAIR, UnitState.TO_REWORK}),
    Station.PACKING: frozenset({UnitState.READY_TO_PACK}),
}
HANDOVER_STATES = OUTGOING_STATES[Station.REPAIR] | OUTGOING_STATES[Station.PACKING]

TAB_INTAKE, TAB_SCREENING, TAB_ANOMALY, TAB_REINSPECTION, TAB_HANDOVER = range(5)

SCREENING, RETEST = "screening", "retest"


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _chosen(pass_radio: QRadioButton, fail_radio: QRadioButton) -> Verdict | None:
    """The verdict a PASS/FAIL radio pair shows, or None (neither chosen)."""
    if fail_radio.isChecked():
        return Verdict.FAIL
    return Verdict.PASS if pass_radio.isChecked() else None


def _clear_choice(*radios: QRadioButton) -> None:
    """Uncheck exclusive radio buttons (Qt keeps one of a group checked otherwise)."""
    for radio in radios:
        radio.setAutoExclusive(False)
        radio.setChecked(False)
        radio.setAutoExclusive(True)


@dataclass(frozen=True)
class _Test:
    """A fixture test this view started: what it is for and which unit."""

    purpose: str  # SCREENING or RETEST
    rma_no: str
    serial: str


@dataclass(frozen=True)
class _Result:
    """A re-test verdict waiting for the tester's signature."""

    rma_no: str
    serial: str
    verdict: Verdict
    measurements: list[dict[str, Any]] = field(default_factory=list)
    by_hand: bool = False


@dataclass
class _Loaded:
    units: list[StationUnit]
    incoming: list[Handover]
    outgoing: list[Handover]
    forms: list[AnomalyForm]
    users: list[User]
    loop_limit: int
    # What a scan looks up, built once per load (serials case-insensitive, first one wins).
    unit_by_serial: dict[str, StationUnit] = field(init=False)
    form_by_serial: dict[str, AnomalyForm] = field(init=False)
    slip_nos: frozenset[str] = field(init=False)
    rma_nos: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.unit_by_serial = {}
        for u in self.units:
            self.unit_by_serial.setdefault(u.serial.casefold(), u)
        self.form_by_serial = {}
        for f in self.forms:
            self.form_by_serial.setdefault(f.serial.casefold(), f)
        self.slip_nos = frozenset(h.slip_no for h in self.incoming)
        self.rma_nos = frozenset(
            [u.rma_no for u in self.units] + [h.rma_no for h in self.incoming]
            + [f.rma_no for f in self.forms])


class QcView(StationView):
    """The QC bench: five tabs, one per kind of work, and a scan field on top."""

    station = Station.QC

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_QcView()
        self.ui.setupUi(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)
        self._rma_filter: str | None = None
        self._loaded = _Loaded([], [], [], [], [], 0)
        self._names: dict[int, str] = {}
        self._details: dict[str, Unit] = {}  # screening_tested units' pending test, by serial
        self._testing: _Test | None = None
        self._pending_retest: _Result | None = None
        self._status_serial: str | None = None  # the unit the screening status line is about
        self._build_models()
        self._connect()
        fixture = session.fixture
        if fixture is not None:
            fixture.test_finished.connect(self._on_test_finished)
            fixture.test_failed.connect(self._on_test_failed)
            fixture.state_changed.connect(self._show_fixture_state)
        self._show_fixture_state()
        self._set_tab_titles()
        self._update_all()
        self.ui.scanEdit.setFocus()

    # -- building -----------------------------------------------------------------------

    def _unit_columns(self, *extra: Column[StationUnit]) -> list[Column[StationUnit]]:
        return [
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            *extra,
            Column(self.tr("Customer"), lambda u: u.customer),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("Due"), lambda u: _date(u.due_date),
                   sort_key=lambda u: u.due_date or date.max),
        ]

    def _slip_columns(self, direction: str) -> list[Column[Handover]]:
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

    def _build_models(self) -> None:
        ui = self.ui
        returns = Column(self.tr("Returns"), lambda u: u.repeat_count or "",
                         sort_key=lambda u: u.repeat_count, align_right=True,
                         tooltip=lambda u: self.tr("Returned {n} time(s) before").format(
                             n=u.repeat_count) if u.repeat_count else "")
        loops = Column(self.tr("Repair loops"), self._loops_text,
                       sort_key=lambda u: u.rework_loops, align_right=True)
        goes_to = Column(self.tr("Goes to"), self._destination_text)
        on_slip = Column(self.tr("On open slip"), lambda u: u.on_open_slip or "")

        def repeat(u: StationUnit) -> str | None:
            return "warn" if u.repeat_count or u.rework_loops else None

        self.intake_model: RecordTableModel[Handover] = RecordTableModel(
            self._slip_columns("in"), key=lambda h: h.slip_no, parent=self)
        self.screening_model: RecordTableModel[StationUnit] = RecordTableModel(
            self._unit_columns(returns), key=lambda u: u.serial, highlight=repeat, parent=self)
        self.anomaly_model: RecordTableModel[AnomalyForm] = RecordTableModel([
            Column(self.tr("Form"), lambda f: f.form_no),
            Column(self.tr("RMA"), lambda f: f.rma_no),
            Column(self.tr("Serial"), lambda f: f.serial),
            Column(self.tr("Defect"), lambda f: f.defect, tooltip=lambda f: f.defect),
            Column(self.tr("Responsible inspector"),
                   lambda f: self._name(f.responsible_inspector_id)),
            Column(self.tr("Raised by"), lambda f: self._name(f.raised_by)),
            Column(self.tr("Signature"), self._form_status),
        ], key=lambda f: f.form_no, highlight=self._form_highlight, parent=self)
        self.reinspection_model: RecordTableModel[StationUnit] = RecordTableModel(
            self._unit_columns(loops), key=lambda u: u.serial, highlight=repeat, parent=self)
        self.handover_model: RecordTableModel[StationUnit] = RecordTableModel(
            self._unit_columns(goes_to, loops, on_slip), key=lambda u: u.serial, parent=self)
        self.outgoing_model: RecordTableModel[Handover] = RecordTableModel(
            self._slip_columns("out"), key=lambda h: h.slip_no, parent=self)
        measurement_columns: list[Column[dict[str, Any]]] = [
            Column(self.tr("Measurement"), lambda m: m.get("name", "")),
            Column(self.tr("Value"), lambda m: _number(m.get("value")),
                   sort_key=lambda m: m.get("value") or 0.0, align_right=True),
            Column(self.tr("Unit"), lambda m: m.get("unit", "")),
            Column(self.tr("Low"), lambda m: _number(m.get("low")), align_right=True),
            Column(self.tr("High"), lambda m: _number(m.get("high")), align_right=True),
            Column(self.tr("Verdict"), lambda m: m.get("verdict", "")),
        ]

        def failed(m: dict[str, Any]) -> str | None:
            return "error" if m.get("verdict") == Verdict.FAIL else None

        self.measurements_model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            measurement_columns, key=lambda m: str(m.get("name", "")), highlight=failed,
            parent=self)
        self.retest_measurements_model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            measurement_columns, key=lambda m: str(m.get("name", "")), highlight=failed,
            parent=self)

        self.proxies: dict[QTableView, RecordFilterProxy] = {}
        for table, model, search in (
            (ui.intakeTable, self.intake_model, ui.intakeSearch),
            (ui.screeningTable, self.screening_model, ui.screeningSearch),
            (ui.anomalyTable, self.anomaly_model, ui.anomalySearch),
            (ui.reinspectionTable, self.reinspection_model, ui.reinspectionSearch),
            (ui.handoverTable, self.handover_model, ui.handoverSearch),
            (ui.outgoingTable, self.outgoing_model, None),
            (ui.measurementsTable, self.measurements_model, None),
            (ui.retestMeasurementsTable, self.retest_measurements_model, None),
        ):
            proxy = RecordFilterProxy(self)
            proxy.setSourceModel(model)
            table.setModel(proxy)
            setup_table(table)
            self.proxies[table] = proxy
            if search is not None:
                search.textChanged.connect(proxy.set_search)
        ui.handoverTable.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        for table in (ui.measurementsTable, ui.retestMeasurementsTable):
            # In the fixture's order; the columns follow the content, the name takes the rest.
            table.setSortingEnabled(False)
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.scanEdit.scanned.connect(self.handle_scan)
        ui.scanEdit.rejected.connect(self.show_scan_rejected)
        ui.clearFilterButton.clicked.connect(lambda: self.set_rma_filter(None))
        ui.reloadButton.clicked.connect(self.refresh)
        ui.receiveButton.clicked.connect(self.receive_selected_slip)
        ui.runTestButton.clicked.connect(lambda: self.run_fixture_test(SCREENING))
        ui.manualPassButton.clicked.connect(lambda: self.screening_verdict_by_hand(Verdict.PASS))
        ui.manualFailButton.clicked.connect(lambda: self.screening_verdict_by_hand(Verdict.FAIL))
        ui.visualPassRadio.toggled.connect(self._update_screening_panel)
        ui.visualFailRadio.toggled.connect(self._visual_fail_toggled)
        ui.recordVisualButton.clicked.connect(self.record_visual_check)
        ui.showSignedCheck.toggled.connect(lambda _checked: self.refresh())
        ui.signFormButton.clicked.connect(self.sign_selected_form)
        ui.retestButton.clicked.connect(lambda: self.run_fixture_test(RETEST))
        ui.signRetestButton.clicked.connect(self.sign_pending_retest)
        ui.retestPassButton.clicked.connect(lambda: self.retest_verdict_by_hand(Verdict.PASS))
        ui.retestFailButton.clicked.connect(lambda: self.retest_verdict_by_hand(Verdict.FAIL))
        ui.oqcPassRadio.toggled.connect(self._update_reinspection_panel)
        ui.oqcFailRadio.toggled.connect(self._update_reinspection_panel)
        ui.recordOqcButton.clicked.connect(self.record_oqc)
        ui.toRepairButton.clicked.connect(lambda: self.hand_over(Station.REPAIR))
        ui.toPackingButton.clicked.connect(lambda: self.hand_over(Station.PACKING))
        for table, update in (
            (ui.intakeTable, self._update_intake_panel),
            (ui.screeningTable, self._screening_selected),
            (ui.anomalyTable, self._update_anomaly_panel),
            (ui.reinspectionTable, self._update_reinspection_panel),
            (ui.handoverTable, self._update_handover_panel),
        ):
            table.selectionModel().selectionChanged.connect(lambda *_a, f=update: f())
        for table in (ui.intakeTable, ui.screeningTable, ui.anomalyTable,
                      ui.reinspectionTable, ui.handoverTable, ui.outgoingTable):
            table.activated.connect(lambda index, t=table: self._open_history_of(t, index))
        self.test_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F9), self)  # F5 is Refresh
        self.test_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.test_shortcut.activated.connect(self._test_shortcut_pressed)

    # -- loading ------------------------------------------------------------------------

    def refresh(self, *, then: Callable[[], Any] | None = None) -> None:
        unsigned_only = not self.ui.showSignedCheck.isChecked()
        uow = self.session.uow

        def load() -> _Loaded:
            work = queries.qc_work(uow(), unsigned_only=unsigned_only)  # one transaction
            return _Loaded(units=work.units, incoming=work.incoming, outgoing=work.outgoing,
                           forms=work.forms, users=work.users, loop_limit=work.loop_limit)

        self.load(load, self._show_loaded, then=then)

    def _show_loaded(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        self._names = {u.id: u.display_name for u in loaded.users if u.id is not None}
        self._details.clear()
        self._fill_inspectors(loaded.users)
        self._apply_filter()

    def _apply_filter(self) -> None:
        loaded = self._loaded
        wanted = self._rma_filter

        def keep(rma_no: str) -> bool:
            return wanted is None or rma_no == wanted

        units = [u for u in loaded.units if keep(u.rma_no)]
        self._set(self.ui.intakeTable, [h for h in loaded.incoming if keep(h.rma_no)])
        self._set(self.ui.screeningTable, [u for u in units if u.state in SCREENING_STATES])
        self._set(self.ui.anomalyTable, [f for f in loaded.forms if keep(f.rma_no)])
        self._set(self.ui.reinspectionTable,
                  [u for u in units if u.state in REINSPECTION_STATES])
        self._set(self.ui.handoverTable, [u for u in units if u.state in HANDOVER_STATES])
        self._set(self.ui.outgoingTable, [h for h in loaded.outgoing if keep(h.rma_no)])
        if wanted is None:
            self.ui.rmaFilterLabel.clear()
        else:
            self.ui.rmaFilterLabel.setText(self.tr("Showing {rma_no} only").format(
                rma_no=wanted))
        self.ui.clearFilterButton.setVisible(wanted is not None)
        self._set_tab_titles()
        self._update_all()

    def _set(self, table: QTableView, records: list[Any]) -> None:
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
        counts = [self.intake_model.rowCount(), self.screening_model.rowCount(),
                  self.anomaly_model.rowCount(), self.reinspection_model.rowCount(),
                  self.handover_model.rowCount()]
        titles = [self.tr("&1 Intake ({n})"), self.tr("&2 Screening ({n})"),
                  self.tr("&3 Anomaly forms ({n})"), self.tr("&4 Re-inspection / OQC ({n})"),
                  self.tr("&5 Hand over ({n})")]
        for index, (title, n) in enumerate(zip(titles, counts, strict=True)):
            self.ui.tabs.setTabText(index, title.format(n=n))

    def _fill_inspectors(self, users: list[User]) -> None:
        combo = self.ui.inspectorCombo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Choose the inspector who passed it…"), None)
        for user in sorted(users, key=lambda u: u.display_name):
            if user.disabled or not user.roles & QC_ROLES:
                continue
            combo.addItem(self.tr("{name} ({user}): {roles}").format(
                name=user.display_name, user=user.username,
                roles=labels.roles(r.value for r in user.roles & QC_ROLES)), user.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))

    # -- selection helpers --------------------------------------------------------------

    def _records(self, table: QTableView) -> list[Any]:
        proxy = self.proxies[table]
        rows = sorted({proxy.mapToSource(i).row()
                       for i in table.selectionModel().selectedRows()})
        model: RecordTableModel[Any] = proxy.sourceModel()
        return [model.record(r) for r in rows]

    def _current(self, table: QTableView) -> Any | None:
        records = self._records(table)
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

    def _open_history_of(self, table: QTableView, index: QModelIndex) -> None:
        proxy = self.proxies[table]
        model: RecordTableModel[Any] = proxy.sourceModel()
        record = model.record(proxy.mapToSource(index).row())
        self.open_history(record.rma_no, getattr(record, "serial", None))  # a slip has none

    # -- roles --------------------------------------------------------------------------

    def _may(self, roles: frozenset[Role]) -> bool:
        return bool(self.session.user.roles & roles)

    def _gate(self, widget: QWidget, roles: frozenset[Role], ready: bool,
              tip: str = "") -> None:
        """Enable ``widget`` if the person has one of ``roles`` and the work is ``ready``;
        the tooltip names the role that is missing."""
        allowed = self._may(roles)
        widget.setEnabled(allowed and ready)
        widget.setToolTip(tip if allowed else self.tr("Needs one of the roles: {roles}.").format(
            roles=labels.roles(r.value for r in roles)))

    # -- panels -------------------------------------------------------------------------

    def _update_all(self) -> None:
        self._update_intake_panel()
        self._update_screening_panel()
        self._update_anomaly_panel()
        self._update_reinspection_panel()
        self._update_handover_panel()

    def _update_intake_panel(self) -> None:
        self._gate(self.ui.receiveButton, QC_ROLES,
                   self._current(self.ui.intakeTable) is not None,
                   self.tr("Count the selected slip's units in and accept or refuse it"))

    def _screening_selected(self) -> None:
        unit: StationUnit | None = self._current(self.ui.screeningTable)
        if (unit is not None and unit.state == UnitState.SCREENING_TESTED
                and unit.serial not in self._details):
            uow, rma_no, serial = self.session.uow, unit.rma_no, unit.serial

            def got(detail: Unit) -> None:
                self._details[serial] = detail
                shown: StationUnit | None = self._current(self.ui.screeningTable)
                if shown is not None and shown.serial == serial:
                    self._screening_selected()  # now with its measurements

            self.attempt(lambda: queries.unit_detail(uow(), rma_no, serial), on_success=got,
                         kind="detail")
        if self._testing is None or self._testing.purpose != SCREENING:
            detail = self._details.get(unit.serial) if unit is not None else None
            measurements = detail.pending_measurements if detail is not None else []
            if measurements or self.measurements_model.rowCount():  # no reset per scan
                self.measurements_model.set_records(measurements)
            if unit is None or unit.serial != self._status_serial:
                self.ui.testStatusLabel.clear()
        self._show_screening_panel(unit)

    def _update_screening_panel(self) -> None:
        self._show_screening_panel(self._current(self.ui.screeningTable))

    def _show_screening_panel(self, unit: StationUnit | None) -> None:
        ui = self.ui
        awaiting = unit is not None and unit.state == UnitState.AWAITING_SCREENING
        tested = unit is not None and unit.state == UnitState.SCREENING_TESTED
        if unit is None:
            ui.screeningUnitLabel.setText(self.tr(
                "Scan or select a unit: test it on the fixture, then check it by eye."))
        else:
            text = self.tr("<b>{serial}</b> of {rma_no}, {model} for {customer}: {state}").format(
                serial=unit.serial, rma_no=unit.rma_no, model=unit.model,
                customer=unit.customer, state=labels.unit_state(unit.state))
            detail = self._details.get(unit.serial)
            if tested and detail is not None and detail.pending_test is not None:
                text += "<br>" + self.tr("Fixture test: <b>{verdict}</b> by {tester}.").format(
                    verdict=detail.pending_test.value,
                    tester=self._name(detail.pending_tester_id))
            ui.screeningUnitLabel.setText(text)
        self._gate_test_buttons(ui.runTestButton, (ui.manualPassButton, ui.manualFailButton),
                                TEST_ROLES, awaiting,
                                self.tr("Test the selected unit on the fixture (F9)"))
        self._gate(ui.visualGroup, VISUAL_ROLES, tested)
        failing = ui.visualFailRadio.isChecked()
        ui.defectEdit.setEnabled(failing)
        ui.inspectorCombo.setEnabled(failing)
        ui.recordVisualButton.setEnabled(
            _chosen(ui.visualPassRadio, ui.visualFailRadio) is not None)

    def _gate_test_buttons(self, run: QWidget, by_hand: tuple[QWidget, ...],
                           roles: frozenset[Role], awaiting: bool, run_tip: str) -> None:
        """The fixture test button and the verdict-by-hand buttons of a test step."""
        free = awaiting and self._testing is None
        no_fixture = self.session.fixture is None
        self._gate(run, roles, free and not no_fixture,
                   self.tr("No test fixture is set up on this bench: enter the verdict by hand")
                   if no_fixture else run_tip)
        for button in by_hand:
            self._gate(button, roles, free,
                       self.tr("Only if the fixture gives no result: you sign the verdict"))

    def _visual_fail_toggled(self, checked: bool) -> None:
        self._update_screening_panel()
        if checked:
            self.ui.defectEdit.setFocus()

    def _update_anomaly_panel(self) -> None:
        form: AnomalyForm | None = self._current(self.ui.anomalyTable)
        button = self.ui.signFormButton
        me = self.session.user.id
        if form is None:
            button.setEnabled(False)
            button.setToolTip("")
            self.ui.signFormHint.setText(self.tr("Select a form to sign."))
        elif form.signed:
            button.setEnabled(False)
            button.setToolTip(self.tr("This form is already signed."))
            self.ui.signFormHint.setText(self._form_status(form))
        elif form.responsible_inspector_id != me:
            button.setEnabled(False)
            text = self.tr("Only {name} can sign form {form_no}.").format(
                name=self._name(form.responsible_inspector_id), form_no=form.form_no)
            button.setToolTip(text)
            self.ui.signFormHint.setText(text)
        else:
            button.setEnabled(True)
            button.setToolTip(self.tr("Confirm the escaped defect with your signature"))
            self.ui.signFormHint.setText(self.tr(
                "You are the responsible inspector for {form_no}.").format(form_no=form.form_no))

    def _update_reinspection_panel(self) -> None:
        ui = self.ui
        unit: StationUnit | None = self._current(ui.reinspectionTable)
        awaiting = unit is not None and unit.state == UnitState.AWAITING_REINSPECTION
        oqc = unit is not None and unit.state == UnitState.OQC_PENDING
        if unit is None:
            ui.reinspectionUnitLabel.setText(self.tr(
                "Scan or select a repaired unit: re-test it on the fixture, then OQC."))
        else:
            ui.reinspectionUnitLabel.setText(self.tr(
                "<b>{serial}</b> of {rma_no}, {model} for {customer}: {state}; "
                "repair loops {loops}").format(
                serial=unit.serial, rma_no=unit.rma_no, model=unit.model,
                customer=unit.customer, state=labels.unit_state(unit.state),
                loops=self._loops_text(unit)))
        self._gate_test_buttons(ui.retestButton, (ui.retestPassButton, ui.retestFailButton),
                                RETEST_ROLES, awaiting,
                                self.tr("Re-test the selected unit on the fixture (F9)"))
        pending = self._pending_retest
        self._gate(ui.signRetestButton, RETEST_ROLES,
                   pending is not None and awaiting and unit is not None
                   and pending.serial == unit.serial,
                   self.tr("Sign the fixture's re-test result to record it"))
        self._gate(ui.oqcGroup, OQC_ROLES, oqc)
        ui.recordOqcButton.setEnabled(_chosen(ui.oqcPassRadio, ui.oqcFailRadio) is not None)

    def _update_handover_panel(self) -> None:
        selected: list[StationUnit] = self._records(self.ui.handoverTable)
        for station, button in ((Station.REPAIR, self.ui.toRepairButton),
                                (Station.PACKING, self.ui.toPackingButton)):
            fits = any(u.state in OUTGOING_STATES[station] for u in selected)
            self._gate(button, QC_ROLES, fits, self.tr(
                "Sign a transfer slip for the selected units of one RMA"))

    # -- texts --------------------------------------------------------------------------

    def _name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        return self._names.get(user_id) or self.tr("user #{id}").format(id=user_id)

    def _loops_text(self, unit: StationUnit) -> str:
        limit = self._loaded.loop_limit
        if not limit:
            return str(unit.rework_loops)
        return self.tr("{loops} of {limit}").format(loops=unit.rework_loops, limit=limit)

    def _destination_text(self, unit: StationUnit) -> str:
        if unit.state == UnitState.TO_REWORK:
            return self.tr("Repair: rework by the production line")
        if unit.state == UnitState.TO_REPAIR:
            return self.tr("Repair: repair engineer")
        return labels.station(Station.PACKING)

    def _form_status(self, form: AnomalyForm) -> str:
        if form.signed:
            return self.tr("Signed by {name}, {at}").format(
                name=self._name(form.signed_by), at=format_time(form.signed_at))
        return self.tr("Waiting for {name}").format(name=self._name(form.responsible_inspector_id))

    def _form_highlight(self, form: AnomalyForm) -> str | None:
        if form.signed:
            return "ok"
        return "warn" if form.responsible_inspector_id == self.session.user.id else None

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
            if text in self._loaded.rma_nos:
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
        loaded = self._loaded
        if text in loaded.slip_nos:
            return self._go_to(TAB_INTAKE, ui.intakeTable, ui.intakeSearch, text,
                               ui.receiveButton)
        unit = loaded.unit_by_serial.get(text.casefold())
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
        form = loaded.form_by_serial.get(text.casefold())
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

    # -- intake -------------------------------------------------------------------------

    def receive_selected_slip(self) -> None:
        slip: Handover | None = self._current(self.ui.intakeTable)
        if slip is None:
            self.show_warning(self.tr("Select the slip to receive."))
            return
        self.receive_slip(slip.slip_no)
        self.ui.scanEdit.setFocus()

    # -- fixture tests ------------------------------------------------------------------

    def _test_shortcut_pressed(self) -> None:
        tab = self.ui.tabs.currentIndex()
        if tab == TAB_SCREENING:
            self.run_fixture_test(SCREENING)
        elif tab == TAB_REINSPECTION:
            self.run_fixture_test(RETEST)

    def run_fixture_test(self, purpose: str) -> None:
        """Start the fixture on the selected unit; the verdict arrives by signal."""
        table = self.ui.screeningTable if purpose == SCREENING else self.ui.reinspectionTable
        unit: StationUnit | None = self._current(table)
        wanted = (UnitState.AWAITING_SCREENING if purpose == SCREENING
                  else UnitState.AWAITING_REINSPECTION)
        roles = TEST_ROLES if purpose == SCREENING else RETEST_ROLES
        if unit is None or unit.state != wanted:
            self.show_warning(self.tr("Select a unit that waits for this test first."))
            return
        if not self._may(roles):
            self.show_error(self.tr("Testing needs one of the roles: {roles}.").format(
                roles=labels.roles(r.value for r in roles)))
            return
        fixture = self.session.fixture
        if fixture is None:
            self.show_warning(self.tr(
                "No test fixture is set up on this bench: nothing was tested. Enter the "
                "verdict by hand (signed) if the unit was tested another way."))
            return
        if self._testing is not None:
            self.show_warning(self.tr("The fixture is still testing {serial}.").format(
                serial=self._testing.serial))
            return
        self._testing = _Test(purpose, unit.rma_no, unit.serial)
        (self.measurements_model if purpose == SCREENING
         else self.retest_measurements_model).set_records([])
        if purpose == RETEST:
            self._pending_retest = None
        if not fixture.start_test(unit.serial):
            self._testing = None
            running = fixture.running_serial
            self.show_warning(
                self.tr("The fixture is busy with {serial}; wait for its result.").format(
                    serial=running) if running else
                self.tr("The fixture is closed: nothing was tested."))
            self._update_all()
            return
        self.message_bar.clear()
        if purpose == SCREENING:
            self._status_serial = unit.serial
        self._status_label(purpose).setText(self.tr("Testing {serial}…").format(
            serial=unit.serial))
        self._update_all()

    def _on_test_finished(self, result: Any) -> None:
        test = self._testing
        if test is None or result.serial != test.serial:
            return  # a test someone else started on the shared fixture
        self._testing = None
        measurements = [m.to_json() for m in result.measurements]
        verdict = Verdict(result.verdict)
        if test.purpose == SCREENING:
            self.measurements_model.set_records(measurements)
            self.ui.testStatusLabel.setText(self.tr(
                "Fixture verdict: <b>{verdict}</b> ({fixture})").format(
                verdict=verdict, fixture=result.fixture))
            self._record_screening_test(test, verdict, measurements)
        else:
            self.retest_measurements_model.set_records(measurements)
            self.ui.retestStatusLabel.setText(self.tr(
                "Fixture verdict: <b>{verdict}</b> ({fixture}); sign it to record it").format(
                verdict=verdict, fixture=result.fixture))
            self._pending_retest = _Result(test.rma_no, test.serial, verdict, measurements)
            self._update_all()
            self.sign_pending_retest()

    def _on_test_failed(self, error: DeviceError) -> None:
        test = self._testing
        if test is None:
            return
        self._testing = None
        if error.reason is DeviceErrorReason.TEST_IN_PROGRESS:
            self.show_warning(messages.device_error_text(error))
        else:
            self._status_label(test.purpose).setText(self.tr("No verdict"))
            self.show_error(self.tr(
                "The fixture gave no verdict for {serial}: {problem} Nothing was recorded. "
                "Test again, or enter the verdict by hand (signed).").format(
                serial=test.serial, problem=messages.device_error_text(error)))
        self._update_all()

    def _status_label(self, purpose: str) -> QLabel:
        return self.ui.testStatusLabel if purpose == SCREENING else self.ui.retestStatusLabel

    # -- screening ----------------------------------------------------------------------

    def _record_screening_test(self, test: _Test, verdict: Verdict,
                               measurements: list[dict[str, Any]]) -> None:
        def work() -> None:
            workflow.record_screening_test(
                self.session.uow(), self.session.actor, rma_no=test.rma_no,
                serial=test.serial, verdict=verdict, measurements=measurements)

        def done(_: object) -> None:
            self.show_done(self.tr(
                "Screening test of {serial}: {verdict} recorded from the fixture "
                "({n} measurements). Now the visual check.").format(
                serial=test.serial, verdict=verdict, n=len(measurements)))
            self._after_screening_test(test.serial)

        self.attempt(work, on_success=done, on_failure=lambda _failure: self._update_all())

    def screening_verdict_by_hand(self, verdict: Verdict) -> None:
        unit: StationUnit | None = self._current(self.ui.screeningTable)
        if unit is None or unit.state != UnitState.AWAITING_SCREENING:
            self.show_warning(self.tr("Select a unit that waits for screening first."))
            return
        meaning = self.tr(
            "screening test verdict {verdict} for unit {serial}, entered by hand").format(
            verdict=verdict, serial=unit.serial)

        def work(password: str) -> None:
            self._check_password(password)
            workflow.record_screening_test(
                self.session.uow(), self.session.actor, rma_no=unit.rma_no,
                serial=unit.serial, verdict=verdict, measurements=[])

        def done(_: object) -> None:
            self.measurements_model.set_records([])
            self._status_serial = unit.serial
            self.ui.testStatusLabel.setText(self.tr("Verdict by hand: <b>{verdict}</b>").format(
                verdict=verdict))
            self.show_done(self.tr(
                "Screening test of {serial}: {verdict} recorded by hand. Now the visual "
                "check.").format(serial=unit.serial, verdict=verdict))
            self._after_screening_test(unit.serial)

        self.sign_and_attempt(meaning, work, on_success=done)

    def _after_screening_test(self, serial: str) -> None:
        self.changed.emit()

        def select() -> None:
            if select_key(self.ui.screeningTable, serial):
                self._screening_selected()

        self.refresh(then=select)
        self.ui.visualPassRadio.setFocus()

    def record_visual_check(self) -> None:
        ui = self.ui
        unit: StationUnit | None = self._current(ui.screeningTable)
        if unit is None or unit.state != UnitState.SCREENING_TESTED:
            self.show_warning(self.tr("Select a tested unit first."))
            return
        verdict = _chosen(ui.visualPassRadio, ui.visualFailRadio)
        if verdict is None:
            self.show_warning(self.tr("Choose PASS or FAIL for the visual check."))
            return
        failing = verdict is Verdict.FAIL
        defect = ui.defectEdit.text() if failing else ""
        inspector = ui.inspectorCombo.currentData() if failing else None

        def work() -> str:
            return workflow.record_visual_inspection(
                self.session.uow(), self.session.actor, rma_no=unit.rma_no,
                serial=unit.serial, verdict=verdict, defect=defect,
                responsible_inspector_id=inspector)

        def done(outcome: str) -> None:
            text = self._outcome_text(unit.serial, outcome, inspector)
            ui.outcomeLabel.setText(text)
            self.show_done(text)
            _clear_choice(ui.visualPassRadio, ui.visualFailRadio)
            ui.defectEdit.clear()
            ui.inspectorCombo.setCurrentIndex(0)
            self.changed.emit()
            self.refresh()
            ui.scanEdit.setFocus()

        self.attempt(work, on_success=done)

    def _outcome_text(self, serial: str, outcome: str, inspector: int | None) -> str:
        if outcome == "nff":
            return self.tr(
                "Outcome a, no fault found (test PASS, visual PASS): {serial} goes to the QC "
                "supervisor for review. It must not go back to the customer without a "
                "decision.").format(serial=serial)
        if outcome == "rework":
            return self.tr(
                "Outcome b, defect seen: an anomaly feedback form waits for {name}'s "
                "signature, and {serial} goes to the production team lead for rework. Hand "
                "it over to repair in tab 5.").format(serial=serial, name=self._name(inspector))
        if outcome == "repair":
            return self.tr(
                "Outcome c, test FAIL and nothing visible: {serial} goes to the repair "
                "engineer. Hand it over to repair in tab 5.").format(serial=serial)
        return self.tr("{serial}: screening recorded ({outcome}).").format(
            serial=serial, outcome=outcome)

    # -- anomaly forms ------------------------------------------------------------------

    def sign_selected_form(self) -> None:
        form: AnomalyForm | None = self._current(self.ui.anomalyTable)
        if form is None:
            self.show_warning(self.tr("Select the form to sign."))
            return
        meaning = self.tr(
            "QC anomaly feedback form {form_no}: you confirm the defect on unit {serial} "
            "({defect}) escaped your inspection").format(
            form_no=form.form_no, serial=form.serial, defect=form.defect)

        def work(password: str) -> AnomalyForm:
            self._check_password(password)
            return workflow.sign_anomaly_form(self.session.uow(), self.session.actor,
                                              rma_no=form.rma_no, form_no=form.form_no)

        def done(_: object) -> None:
            self.show_done(self.tr("Form {form_no} signed.").format(form_no=form.form_no))
            self.changed.emit()
            self.refresh()
            self.ui.scanEdit.setFocus()

        self.sign_and_attempt(meaning, work, on_success=done)

    # -- re-inspection and OQC ----------------------------------------------------------

    def sign_pending_retest(self) -> None:
        pending = self._pending_retest
        if pending is None:
            self.show_warning(self.tr("There is no re-test result to sign."))
            return
        self._sign_retest(pending)

    def retest_verdict_by_hand(self, verdict: Verdict) -> None:
        unit: StationUnit | None = self._current(self.ui.reinspectionTable)
        if unit is None or unit.state != UnitState.AWAITING_REINSPECTION:
            self.show_warning(self.tr("Select a unit that waits for re-inspection first."))
            return
        self._sign_retest(_Result(unit.rma_no, unit.serial, verdict, [], by_hand=True))

    def _sign_retest(self, result: _Result) -> None:
        meaning = (self.tr("re-inspection test verdict {verdict} for unit {serial}, entered "
                           "by hand") if result.by_hand else
                   self.tr("re-inspection test result {verdict} from the fixture for unit "
                           "{serial}")).format(verdict=result.verdict, serial=result.serial)

        def work(password: str) -> None:
            self._check_password(password)
            workflow.record_reinspection_test(
                self.session.uow(), self.session.actor, rma_no=result.rma_no,
                serial=result.serial, verdict=result.verdict,
                measurements=result.measurements)

        def done(_: object) -> None:
            if self._pending_retest == result:
                self._pending_retest = None
            self._after_reinspection(result.rma_no, result.serial, "test", result.verdict)

        if not self.sign_and_attempt(meaning, work, on_success=done,
                                     on_failure=lambda _failure: self._update_all()):
            self._update_all()

    def record_oqc(self) -> None:
        ui = self.ui
        unit: StationUnit | None = self._current(ui.reinspectionTable)
        if unit is None or unit.state != UnitState.OQC_PENDING:
            self.show_warning(self.tr("Select a unit that waits for OQC first."))
            return
        verdict = _chosen(ui.oqcPassRadio, ui.oqcFailRadio)
        if verdict is None:
            self.show_warning(self.tr("Choose PASS or FAIL for the OQC inspection."))
            return
        notes = ui.oqcNotesEdit.text()
        meaning = self.tr("OQC full inspection verdict {verdict} for unit {serial}").format(
            verdict=verdict, serial=unit.serial)

        def work(password: str) -> None:
            self._check_password(password)
            workflow.record_oqc(self.session.uow(), self.session.actor, rma_no=unit.rma_no,
                                serial=unit.serial, verdict=verdict, notes=notes)

        def done(_: object) -> None:
            _clear_choice(ui.oqcPassRadio, ui.oqcFailRadio)
            ui.oqcNotesEdit.clear()
            self._after_reinspection(unit.rma_no, unit.serial, "oqc", verdict)

        self.sign_and_attempt(meaning, work, on_success=done)

    def _after_reinspection(self, rma_no: str, serial: str, stage: str, verdict: Verdict) -> None:
        self.changed.emit()
        ui = self.ui
        if verdict == Verdict.PASS:
            if stage == "test":
                text = self.tr("{serial} passed the re-test: OQC full inspection next.").format(
                    serial=serial)
                self.show_done(text)
                ui.reinspectionOutcomeLabel.setText(text)

                def select() -> None:
                    select_key(ui.reinspectionTable, serial)
                    if ui.oqcGroup.isEnabled():
                        ui.oqcPassRadio.setFocus()
                    else:
                        ui.scanEdit.setFocus()

                self.refresh(then=select)
                return
            self.refresh()
            text = self.tr("{serial} passed OQC: ready to pack. Hand it over to packing in "
                           "tab 5.").format(serial=serial)
            self.show_done(text)
            ui.reinspectionOutcomeLabel.setText(text)
            ui.scanEdit.setFocus()
            return
        self.refresh()
        uow = self.session.uow
        self.attempt(lambda: queries.unit_detail(uow(), rma_no, serial),
                     on_success=lambda unit: self._show_loop(unit, stage))
        ui.scanEdit.setFocus()

    def _show_loop(self, unit: Unit, stage: str) -> None:
        limit = self._loaded.loop_limit + unit.loop_allowance
        what = self.tr("the re-test") if stage == "test" else self.tr("OQC")
        if unit.state == UnitState.ESCALATED:
            text = self.tr(
                "{serial} failed {what}: repair loop {loops}, over the limit of {limit}. "
                "It stays at QC, locked, and the production supervisor decides.").format(
                serial=unit.serial, what=what, loops=unit.rework_loops, limit=limit)
        else:
            text = self.tr(
                "{serial} failed {what} and goes back to repair: repair loop {loops} of at "
                "most {limit}. Hand it over to repair in tab 5.").format(
                serial=unit.serial, what=what, loops=unit.rework_loops, limit=limit)
        self.ui.reinspectionOutcomeLabel.setText(text)
        self.show_warning(text)
        self.status_message.emit(text)

    # -- hand over ----------------------------------------------------------------------

    def hand_over(self, to_station: Station) -> None:
        wanted = OUTGOING_STATES[to_station]
        selected = [u for u in self._records(self.ui.handoverTable) if u.state in wanted]
        if not selected:
            self.show_warning(self.tr(
                "Select the units to hand over to {station} first.").format(
                station=labels.station(to_station)))
            return
        rmas = sorted({u.rma_no for u in selected})
        if len(rmas) > 1:
            self.show_warning(self.tr(
                "One slip covers one RMA: select units of only one of {rmas}.").format(
                rmas=labels.join(rmas)))
            return
        rma_no = rmas[0]
        units = [u for u in self._loaded.units if u.rma_no == rma_no and u.state in wanted
                 and not u.on_open_slip]
        from benchapp.ui import handover_dialog

        handover = handover_dialog.give_units(
            self, self.session, rma_no=rma_no, to_station=to_station, units=units,
            preselected=[u.serial for u in selected if not u.on_open_slip])
        if handover is not None:  # the dialog told the outcome (signed, printed or not)
            self.changed.emit()
        self.refresh()
        self.ui.scanEdit.setFocus()

    # -- signing ------------------------------------------------------------------------

    def _check_password(self, password: str) -> str:
        return signing.check_signer_password(self.session.uow(), self.session.actor, password,
                                             self.session.slips)

