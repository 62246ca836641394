"""QC tab 4, re-inspection and OQC: a repaired unit is re-tested, then gets the OQC full
inspection; a failure sends it back to repair, counting the loop.

Several units of one RMA selected together (Ctrl/Shift+click) get their re-test verdict by hand
or their OQC verdict under one signature (services.workflow.record_reinspection_tests,
record_oqc_batch); each unit is still recorded and logged on its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView

from benchapp.domain.rma import Unit, UnitState, Verdict
from benchapp.services import queries, workflow
from benchapp.services.queries import StationUnit
from benchapp.services.signing_session import Secret
from benchapp.ui import labels
from benchapp.ui.models.records import RecordTableModel
from benchapp.ui.stations.base import select_key
from benchapp.ui.stations.qc_common import (
    OQC_ROLES,
    REINSPECTION_STATES,
    RETEST,
    RETEST_ROLES,
    Loaded,
    QcTab,
    RetestResult,
    chosen,
    clear_choice,
)


class QcReinspectionTab(QcTab):
    """Repaired units: the re-test (signed), then OQC (signed)."""

    def build(self) -> None:
        ui = self.ui
        self.pending_retest: RetestResult | None = None  # a fixture result to sign
        self.model: RecordTableModel[StationUnit] = RecordTableModel(
            self.view.unit_columns(self.view.loops_column()), key=lambda u: u.serial,
            highlight=self.view.repeat_highlight, parent=self)
        self.measurements_model = self.view.new_measurements_model(self)
        self.attach(ui.reinspectionTable, self.model, ui.reinspectionSearch)
        # Batch signatures: several units of one RMA at a time.
        ui.reinspectionTable.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attach_measurements(ui.retestMeasurementsTable, self.measurements_model)
        ui.retestButton.clicked.connect(lambda: self.view.run_fixture_test(RETEST))
        ui.signRetestButton.clicked.connect(self.sign_pending_retest)
        ui.retestPassButton.clicked.connect(lambda: self.retest_verdict_by_hand(Verdict.PASS))
        ui.retestFailButton.clicked.connect(lambda: self.retest_verdict_by_hand(Verdict.FAIL))
        ui.oqcPassRadio.toggled.connect(self.update_panel)
        ui.oqcFailRadio.toggled.connect(self.update_panel)
        ui.recordOqcButton.clicked.connect(self.record_oqc)
        ui.reinspectionTable.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_panel())

    def show_work(self, loaded: Loaded, keep: Callable[[str], bool]) -> None:
        self.view.show_list(self.ui.reinspectionTable,
                            [u for u in loaded.units
                        if keep(u.rma_no) and u.state in REINSPECTION_STATES])

    def count(self) -> int:
        return self.model.rowCount()

    def batch(self, state: UnitState) -> list[StationUnit]:
        """The selected units when they are all of one RMA and all in ``state`` (one
        signature signs for all of them); else an empty list."""
        units: list[StationUnit] = self.view.selected(self.ui.reinspectionTable)
        if units and len({u.rma_no for u in units}) == 1 and all(
                u.state == state for u in units):
            return units
        return []

    def update_panel(self) -> None:
        ui = self.ui
        unit: StationUnit | None = self.view.current(ui.reinspectionTable)
        retests = self.batch(UnitState.AWAITING_REINSPECTION)
        oqcs = self.batch(UnitState.OQC_PENDING)
        several = len(self.view.selected(ui.reinspectionTable)) > 1
        awaiting = bool(retests)
        oqc = bool(oqcs)
        if several:
            chosen_units = retests or oqcs
            ui.reinspectionUnitLabel.setText(self.tr(
                "<b>{count} units</b> of {rma_no} selected: one signature records each of "
                "them.").format(count=len(chosen_units), rma_no=chosen_units[0].rma_no)
                if chosen_units else self.tr(
                "Units of different RMAs or steps are selected: select units of one RMA that "
                "wait for the same step."))
        elif unit is None:
            ui.reinspectionUnitLabel.setText(self.tr(
                "Scan or select a repaired unit: re-test it on the fixture, then OQC."))
        else:
            ui.reinspectionUnitLabel.setText(self.tr(
                "<b>{serial}</b> of {rma_no}, {model} for {customer}: {state}; "
                "repair loops {loops}").format(
                serial=unit.serial, rma_no=unit.rma_no, model=unit.model,
                customer=unit.customer, state=labels.unit_state(unit.state),
                loops=self.view.loops_text(unit)))
        self.view.gate_test_buttons(ui.retestButton, (ui.retestPassButton, ui.retestFailButton),
                                    RETEST_ROLES, awaiting,
                                    self.tr("Re-test the selected unit on the fixture (F9)"))
        if several:
            self.view.gate(ui.retestButton, RETEST_ROLES, False,
                           self.tr("The fixture tests one unit at a time: select one unit"))
        pending = self.pending_retest
        self.view.gate(ui.signRetestButton, RETEST_ROLES,
                       pending is not None and awaiting and unit is not None
                       and pending.serial == unit.serial,
                       self.tr("Sign the fixture's re-test result to record it"))
        self.view.gate(ui.oqcGroup, OQC_ROLES, oqc)
        ui.recordOqcButton.setEnabled(chosen(ui.oqcPassRadio, ui.oqcFailRadio) is not None)

    def sign_pending_retest(self) -> None:
        pending = self.pending_retest
        if pending is None:
            self.show_warning(self.tr("There is no re-test result to sign."))
            return
        self._sign_retest(pending)

    def retest_verdict_by_hand(self, verdict: Verdict) -> None:
        units = self.batch(UnitState.AWAITING_REINSPECTION)
        if not units:
            self.show_warning(self.tr("Select a unit that waits for re-inspection first."))
            return
        if len(units) > 1:
            self._sign_retest_batch(units, verdict)
            return
        unit = units[0]
        self._sign_retest(RetestResult(unit.rma_no, unit.serial, verdict, [], by_hand=True))

    def _sign_retest_batch(self, units: list[StationUnit], verdict: Verdict) -> None:
        rma_no, serials = units[0].rma_no, [u.serial for u in units]
        meaning = self.tr("re-inspection test verdict {verdict}, entered by hand, for {count} "
                          "units of {rma_no}: {serials}").format(
            verdict=verdict, count=len(serials), rma_no=rma_no, serials=", ".join(serials))

        def work(password: Secret) -> list[str]:
            return workflow.record_reinspection_tests(
                self.session.uow(), self.session.actor, rma_no=rma_no, serials=serials,
                verdict=verdict, password=password, port=self.session.slips)

        self.view.sign_and_attempt(meaning, work, on_success=lambda done: self._after_batch(
            rma_no, done, "test", verdict))

    def _sign_retest(self, result: RetestResult) -> None:
        meaning = (self.tr("re-inspection test verdict {verdict} for unit {serial}, entered "
                           "by hand") if result.by_hand else
                   self.tr("re-inspection test result {verdict} from the fixture for unit "
                           "{serial}")).format(verdict=result.verdict, serial=result.serial)

        def work(password: Secret) -> None:
            # The service checks the password and stores the certificate with the verdict.
            workflow.record_reinspection_test(
                self.session.uow(), self.session.actor, rma_no=result.rma_no,
                serial=result.serial, verdict=result.verdict,
                measurements=result.measurements, password=password, port=self.session.slips)

        def done(_: object) -> None:
            if self.pending_retest == result:
                self.pending_retest = None
            self._after_reinspection(result.rma_no, result.serial, "test", result.verdict)

        if not self.view.sign_and_attempt(meaning, work, on_success=done,
                                          on_failure=lambda _failure: self.view.update_all()):
            self.view.update_all()

    def record_oqc(self) -> None:
        ui = self.ui
        units = self.batch(UnitState.OQC_PENDING)
        if not units:
            self.show_warning(self.tr("Select a unit that waits for OQC first."))
            return
        verdict = chosen(ui.oqcPassRadio, ui.oqcFailRadio)
        if verdict is None:
            self.show_warning(self.tr("Choose PASS or FAIL for the OQC inspection."))
            return
        notes = ui.oqcNotesEdit.text()
        if len(units) > 1:
            self._sign_oqc_batch(units, verdict, notes)
            return
        unit = units[0]
        meaning = self.tr("OQC full inspection verdict {verdict} for unit {serial}").format(
            verdict=verdict, serial=unit.serial)

        def work(password: Secret) -> None:
            workflow.record_oqc(self.session.uow(), self.session.actor, rma_no=unit.rma_no,
                                serial=unit.serial, verdict=verdict, notes=notes,
                                password=password, port=self.session.slips)

        def done(_: object) -> None:
            clear_choice(ui.oqcPassRadio, ui.oqcFailRadio)
            ui.oqcNotesEdit.clear()
            self._after_reinspection(unit.rma_no, unit.serial, "oqc", verdict)

        self.view.sign_and_attempt(meaning, work, on_success=done)

    def _sign_oqc_batch(self, units: list[StationUnit], verdict: Verdict, notes: str) -> None:
        ui = self.ui
        rma_no, serials = units[0].rma_no, [u.serial for u in units]
        meaning = self.tr("OQC full inspection verdict {verdict} for {count} units of "
                          "{rma_no}: {serials}").format(
            verdict=verdict, count=len(serials), rma_no=rma_no, serials=", ".join(serials))

        def work(password: Secret) -> list[str]:
            return workflow.record_oqc_batch(
                self.session.uow(), self.session.actor, rma_no=rma_no, serials=serials,
                verdict=verdict, notes=notes, password=password, port=self.session.slips)

        def done(recorded: list[str]) -> None:
            clear_choice(ui.oqcPassRadio, ui.oqcFailRadio)
            ui.oqcNotesEdit.clear()
            self._after_batch(rma_no, recorded, "oqc", verdict)

        self.view.sign_and_attempt(meaning, work, on_success=done)

    def _after_batch(self, rma_no: str, serials: list[str], stage: str,
                     verdict: Verdict) -> None:
        self.view.changed.emit()
        self.view.refresh()
        names = ", ".join(serials)
        if verdict != Verdict.PASS:
            text = self.tr("{count} units of {rma_no} failed {what}: {serials}. They go back to "
                           "repair, or to the production supervisor past the loop limit; see "
                           "the list.").format(
                count=len(serials), rma_no=rma_no, serials=names,
                what=self.tr("the re-test") if stage == "test" else self.tr("OQC"))
            self.show_warning(text)
        elif stage == "test":
            text = self.tr("{count} units of {rma_no} passed the re-test: {serials}. OQC full "
                           "inspection next.").format(count=len(serials), rma_no=rma_no,
                                                      serials=names)
            self.show_done(text)
        else:
            text = self.tr("{count} units of {rma_no} passed OQC: {serials}. Ready to pack: "
                           "hand them over to packing in tab 5.").format(
                count=len(serials), rma_no=rma_no, serials=names)
            self.show_done(text)
        self.ui.reinspectionOutcomeLabel.setText(text)
        self.ui.scanEdit.setFocus()

    def _after_reinspection(self, rma_no: str, serial: str, stage: str, verdict: Verdict) -> None:
        self.view.changed.emit()
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

                self.view.refresh(then=select)
                return
            self.view.refresh()
            text = self.tr("{serial} passed OQC: ready to pack. Hand it over to packing in "
                           "tab 5.").format(serial=serial)
            self.show_done(text)
            ui.reinspectionOutcomeLabel.setText(text)
            ui.scanEdit.setFocus()
            return
        self.view.refresh()
        uow = self.session.uow
        self.view.attempt(lambda: queries.unit_detail(uow(), rma_no, serial),
                          on_success=lambda unit: self._show_loop(unit, stage))
        ui.scanEdit.setFocus()

    def _show_loop(self, unit: Unit, stage: str) -> None:
        limit = self.view.loaded.loop_limit + unit.loop_allowance
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
        self.view.status_message.emit(text)
