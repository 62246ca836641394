"""QC tab 2, screening: the fixture test (or a signed verdict by hand), then the visual check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from benchapp.domain.rma import Unit, UnitState, Verdict
from benchapp.domain.users import User
from benchapp.services import defect_codes, queries, workflow
from benchapp.services.queries import StationUnit
from benchapp.ui import labels
from benchapp.ui.defect_code_picker import DEFECT, DefectCodePicker, add_picker_row
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.stations.base import select_key
from benchapp.ui.stations.qc_common import (
    QC_ROLES,
    SCREENING,
    SCREENING_STATES,
    TEST_ROLES,
    VISUAL_ROLES,
    FixtureTest,
    Loaded,
    QcTab,
    chosen,
    clear_choice,
)


class QcScreeningTab(QcTab):
    """First screening of received units: test on the fixture, then check by eye."""

    def build(self) -> None:
        ui = self.ui
        self.details: dict[str, Unit] = {}  # screening_tested units' pending test, by serial
        self.status_serial: str | None = None  # the unit the status line is about
        # Per serial: its model's defects recorded before and who last released it, so a
        # defect seen takes a pick instead of a sentence and the inspector is preselected.
        self.hints: dict[str, queries.ScreeningHints] = {}
        self.defect_presets = QStringListModel(self)
        completer = QCompleter(self.defect_presets, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.defectEdit.setCompleter(completer)
        returns = Column(self.tr("Returns"), lambda u: u.repeat_count or "",
                         sort_key=lambda u: u.repeat_count, align_right=True,
                         tooltip=lambda u: self.tr("Returned {n} time(s) before").format(
                             n=u.repeat_count) if u.repeat_count else "")
        self.model: RecordTableModel[StationUnit] = RecordTableModel(
            self.view.unit_columns(returns), key=lambda u: u.serial,
            highlight=self.view.repeat_highlight, parent=self)
        self.measurements_model = self.view.new_measurements_model(self)
        self.attach(ui.screeningTable, self.model, ui.screeningSearch)
        self.attach_measurements(ui.measurementsTable, self.measurements_model)
        ui.runTestButton.clicked.connect(lambda: self.view.run_fixture_test(SCREENING))
        ui.manualPassButton.clicked.connect(lambda: self.screening_verdict_by_hand(Verdict.PASS))
        ui.manualFailButton.clicked.connect(lambda: self.screening_verdict_by_hand(Verdict.FAIL))
        ui.visualPassRadio.toggled.connect(self.update_panel)
        ui.visualFailRadio.toggled.connect(self._visual_fail_toggled)
        ui.recordVisualButton.clicked.connect(self.record_visual_check)
        self.code_picker = DefectCodePicker(DEFECT, ui.visualGroup)
        self._codes_model: str | None = None  # the model whose codes the picker offers
        add_picker_row(ui.visualLayout, 2, self.code_picker, self.tr("Defect code:"),
                       ui.defectEdit, ui.inspectorCombo)
        self.code_picker.code_picked.connect(self._code_picked)
        ui.screeningTable.selectionModel().selectionChanged.connect(
            lambda *_a: self._screening_selected())

    def show_work(self, loaded: Loaded, keep: Callable[[str], bool]) -> None:
        self.view.show_list(self.ui.screeningTable,
                            [u for u in loaded.units
                             if keep(u.rma_no) and u.state in SCREENING_STATES])

    def count(self) -> int:
        return self.model.rowCount()

    def fill_inspectors(self, users: list[User]) -> None:
        combo = self.ui.inspectorCombo
        picked = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Choose the inspector who passed it…"), None)
        for user in sorted(users, key=lambda u: u.display_name):
            if user.disabled or not user.roles & QC_ROLES:
                continue
            combo.addItem(self.tr("{name} ({user}): {roles}").format(
                name=user.display_name, user=user.username,
                roles=labels.roles(r.value for r in user.roles & QC_ROLES)), user.id)
        index = combo.findData(picked)
        combo.setCurrentIndex(max(index, 0))

    def _screening_selected(self) -> None:
        unit: StationUnit | None = self.view.current(self.ui.screeningTable)
        if unit is not None and unit.serial not in self.hints:
            self._ask_hints(unit)
        if (unit is not None and unit.state == UnitState.SCREENING_TESTED
                and unit.serial not in self.details):
            uow, rma_no, serial = self.session.uow, unit.rma_no, unit.serial

            def got(detail: Unit) -> None:
                self.details[serial] = detail
                shown: StationUnit | None = self.view.current(self.ui.screeningTable)
                if shown is not None and shown.serial == serial:
                    self._screening_selected()  # now with its measurements

            self.view.attempt(lambda: queries.unit_detail(uow(), rma_no, serial), on_success=got,
                              kind="detail")
        if self.view.testing is None or self.view.testing.purpose != SCREENING:
            detail = self.details.get(unit.serial) if unit is not None else None
            measurements = detail.pending_measurements if detail is not None else []
            if measurements or self.measurements_model.rowCount():  # no reset per scan
                self.measurements_model.set_records(measurements)
            if unit is None or unit.serial != self.status_serial:
                self.ui.testStatusLabel.clear()
        self._show_screening_panel(unit)

    def _ask_hints(self, unit: StationUnit) -> None:
        uow, model, serial = self.session.uow, unit.model, unit.serial

        def got(hints: queries.ScreeningHints) -> None:
            self.hints[serial] = hints
            shown: StationUnit | None = self.view.current(self.ui.screeningTable)
            if shown is not None and shown.serial == serial and self.ui.visualFailRadio.isChecked():
                self._offer_hints(shown)

        self.view.attempt(lambda: queries.screening_hints(uow(), model=model, serial=serial),
                          on_success=got, kind="hints")

    def _offer_hints(self, unit: StationUnit) -> None:
        """Defect seen: the model's defects to pick from, the releasing inspector chosen."""
        hints = self.hints.get(unit.serial)
        if hints is None:
            return
        self.defect_presets.setStringList(hints.defects)
        combo = self.ui.inspectorCombo
        if combo.currentData() is None and hints.released_by is not None:
            combo.setCurrentIndex(max(combo.findData(hints.released_by), 0))
        edit = self.ui.defectEdit
        if edit.hasFocus() and not edit.text() and hints.defects:
            completer = edit.completer()
            completer.setCompletionPrefix("")
            completer.complete()

    def update_panel(self) -> None:
        self._show_screening_panel(self.view.current(self.ui.screeningTable))

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
            detail = self.details.get(unit.serial)
            if tested and detail is not None and detail.pending_test is not None:
                text += "<br>" + self.tr("Fixture test: <b>{verdict}</b> by {tester}.").format(
                    verdict=detail.pending_test.value,
                    tester=self.view.user_name(detail.pending_tester_id))
            ui.screeningUnitLabel.setText(text)
        self.view.gate_test_buttons(ui.runTestButton, (ui.manualPassButton, ui.manualFailButton),
                                    TEST_ROLES, awaiting,
                                    self.tr("Test the selected unit on the fixture (F9)"))
        self.view.gate(ui.visualGroup, VISUAL_ROLES, tested)
        failing = ui.visualFailRadio.isChecked()
        ui.defectEdit.setEnabled(failing)
        self.code_picker.setEnabled(failing)
        ui.inspectorCombo.setEnabled(failing)
        self._load_codes(unit)
        ui.recordVisualButton.setEnabled(
            chosen(ui.visualPassRadio, ui.visualFailRadio) is not None)

    def _visual_fail_toggled(self, checked: bool) -> None:
        self.update_panel()
        if checked:
            self.ui.defectEdit.setFocus()
            unit: StationUnit | None = self.view.current(self.ui.screeningTable)
            if unit is not None:
                self._offer_hints(unit)

    def record_test(self, test: FixtureTest, verdict: Verdict,
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

        self.view.attempt(work, on_success=done, on_failure=lambda _failure: self.view.update_all())

    def screening_verdict_by_hand(self, verdict: Verdict) -> None:
        unit: StationUnit | None = self.view.current(self.ui.screeningTable)
        if unit is None or unit.state != UnitState.AWAITING_SCREENING:
            self.show_warning(self.tr("Select a unit that waits for screening first."))
            return
        meaning = self.tr(
            "screening test verdict {verdict} for unit {serial}, entered by hand").format(
            verdict=verdict, serial=unit.serial)

        def work(password: str) -> None:
            self.view.check_password(password)
            workflow.record_screening_test(
                self.session.uow(), self.session.actor, rma_no=unit.rma_no,
                serial=unit.serial, verdict=verdict, measurements=[])

        def done(_: object) -> None:
            self.measurements_model.set_records([])
            self.status_serial = unit.serial
            self.ui.testStatusLabel.setText(self.tr("Verdict by hand: <b>{verdict}</b>").format(
                verdict=verdict))
            self.show_done(self.tr(
                "Screening test of {serial}: {verdict} recorded by hand. Now the visual "
                "check.").format(serial=unit.serial, verdict=verdict))
            self._after_screening_test(unit.serial)

        self.view.sign_and_attempt(meaning, work, on_success=done)

    def _after_screening_test(self, serial: str) -> None:
        self.view.changed.emit()

        def select() -> None:
            if select_key(self.ui.screeningTable, serial):
                self._screening_selected()

        self.view.refresh(then=select)
        self.ui.visualPassRadio.setFocus()

    def record_visual_check(self) -> None:
        ui = self.ui
        unit: StationUnit | None = self.view.current(ui.screeningTable)
        if unit is None or unit.state != UnitState.SCREENING_TESTED:
            self.show_warning(self.tr("Select a tested unit first."))
            return
        verdict = chosen(ui.visualPassRadio, ui.visualFailRadio)
        if verdict is None:
            self.show_warning(self.tr("Choose PASS or FAIL for the visual check."))
            return
        failing = verdict is Verdict.FAIL
        defect = ui.defectEdit.text() if failing else ""
        defect_code = self.code_picker.code() if failing else ""
        inspector = ui.inspectorCombo.currentData() if failing else None

        def work() -> str:
            return workflow.record_visual_inspection(
                self.session.uow(), self.session.actor, rma_no=unit.rma_no,
                serial=unit.serial, verdict=verdict, defect=defect,
                responsible_inspector_id=inspector, defect_code=defect_code)

        def done(outcome: str) -> None:
            text = self._outcome_text(unit.serial, outcome, inspector)
            ui.outcomeLabel.setText(text)
            self.show_done(text)
            # The check was saved in the background: the panel is emptied only if it still
            # shows this unit, never what was already chosen for the next one.
            still = self.view.current(ui.screeningTable)
            if still is not None and still.serial == unit.serial:
                clear_choice(ui.visualPassRadio, ui.visualFailRadio)
                ui.defectEdit.clear()
                self.code_picker.set_code("")
                ui.inspectorCombo.setCurrentIndex(0)
            self.hints.clear()  # the defect just recorded is a preset from now on
            self.view.changed.emit()
            self.view.refresh()
            ui.scanEdit.setFocus()

        self.view.attempt(work, on_success=done)

    def _load_codes(self, unit: StationUnit | None) -> None:
        """Offer the defect codes of the unit's family (read once per model shown)."""
        if unit is None or unit.model == self._codes_model:
            return
        session, model = self.session, unit.model

        def shown(codes: list[Any]) -> None:
            self._codes_model = model
            current = self.view.current(self.ui.screeningTable)
            if current is not None and current.model == model:
                self.code_picker.set_codes(codes)

        self.view.attempt(lambda: defect_codes.codes_for_model(session.uow(), model=model),
                          on_success=shown, kind="defect_codes")

    def _code_picked(self, code: Any) -> None:
        # The code's text goes into the free text where nothing is typed yet.
        if code is not None and not self.ui.defectEdit.text().strip():
            self.ui.defectEdit.setText(code.defect)

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
                "it over to repair in tab 5.").format(serial=serial,
                                                      name=self.view.user_name(inspector))
        if outcome == "repair":
            return self.tr(
                "Outcome c, test FAIL and nothing visible: {serial} goes to the repair "
                "engineer. Hand it over to repair in tab 5.").format(serial=serial)
        return self.tr("{serial}: screening recorded ({outcome}).").format(
            serial=serial, outcome=outcome)
