"""QC tab 3, anomaly forms: the responsible inspector signs for a defect that escaped them."""

from __future__ import annotations

from collections.abc import Callable

from benchapp.domain.rma import AnomalyForm
from benchapp.services import forms, workflow
from benchapp.ui import form_printing
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.stations.qc_common import Loaded, QcTab


class QcAnomalyTab(QcTab):
    """The QC anomaly feedback forms raised by a failed visual check, and their signatures."""

    def build(self) -> None:
        ui = self.ui
        self.model: RecordTableModel[AnomalyForm] = RecordTableModel([
            Column(self.tr("Form"), lambda f: f.form_no),
            Column(self.tr("RMA"), lambda f: f.rma_no),
            Column(self.tr("Serial"), lambda f: f.serial),
            Column(self.tr("Defect"), lambda f: f.defect, tooltip=lambda f: f.defect),
            Column(self.tr("Responsible inspector"),
                   lambda f: self.view.user_name(f.responsible_inspector_id)),
            Column(self.tr("Raised by"), lambda f: self.view.user_name(f.raised_by)),
            Column(self.tr("Signature"), self._form_status),
        ], key=lambda f: f.form_no, highlight=self._form_highlight, parent=self)
        self.attach(ui.anomalyTable, self.model, ui.anomalySearch)
        ui.showSignedCheck.toggled.connect(lambda _checked: self.view.refresh())
        ui.signFormButton.clicked.connect(self.sign_selected_form)
        ui.printAnomalyFormButton.clicked.connect(self.print_selected_form)
        ui.anomalyTable.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_panel())

    def unsigned_only(self) -> bool:
        return not self.ui.showSignedCheck.isChecked()

    def show_work(self, loaded: Loaded, keep: Callable[[str], bool]) -> None:
        self.view.show_list(self.ui.anomalyTable, [f for f in loaded.forms if keep(f.rma_no)])

    def count(self) -> int:
        return self.model.rowCount()

    def update_panel(self) -> None:
        form: AnomalyForm | None = self.view.current(self.ui.anomalyTable)
        button = self.ui.signFormButton
        me = self.session.user.id
        # Printing is for anyone at QC, signed or not: the paper shows the signature state.
        self.ui.printAnomalyFormButton.setEnabled(form is not None)
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
                name=self.view.user_name(form.responsible_inspector_id), form_no=form.form_no)
            button.setToolTip(text)
            self.ui.signFormHint.setText(text)
        else:
            button.setEnabled(True)
            button.setToolTip(self.tr("Confirm the escaped defect with your signature"))
            self.ui.signFormHint.setText(self.tr(
                "You are the responsible inspector for {form_no}.").format(form_no=form.form_no))

    def sign_selected_form(self) -> None:
        form: AnomalyForm | None = self.view.current(self.ui.anomalyTable)
        if form is None:
            self.show_warning(self.tr("Select the form to sign."))
            return
        meaning = self.tr(
            "QC anomaly feedback form {form_no}: you confirm the defect on unit {serial} "
            "({defect}) escaped your inspection").format(
            form_no=form.form_no, serial=form.serial, defect=form.defect)

        def work(password: str) -> AnomalyForm:
            return workflow.sign_anomaly_form(self.session.uow(), self.session.actor,
                                              rma_no=form.rma_no, form_no=form.form_no,
                                              password=password, port=self.session.slips)

        def done(_: object) -> None:
            self.show_done(self.tr("Form {form_no} signed.").format(form_no=form.form_no))
            self.view.changed.emit()
            self.view.refresh()
            self.ui.scanEdit.setFocus()

        self.view.sign_and_attempt(meaning, work, on_success=done)

    def selected_form_no(self) -> str | None:
        form: AnomalyForm | None = self.view.current(self.ui.anomalyTable)
        return form.form_no if form is not None else None

    def print_selected_form(self) -> None:
        """The selected 品质检验异常反馈表 on the A4 printer, as every station prints its forms
        (form_printing: a reprint is marked 副本 / COPY, every print logged)."""
        form_no = self.selected_form_no()
        if form_no is None:
            self.show_warning(self.tr("Select the form to print."))
            return
        form_printing.print_form(self.view, forms.ANOMALY_FORM, form_no)

    def _form_status(self, form: AnomalyForm) -> str:
        if form.signed:
            return self.tr("Signed by {name}, {at}").format(
                name=self.view.user_name(form.signed_by), at=format_time(form.signed_at))
        return self.tr("Waiting for {name}").format(
            name=self.view.user_name(form.responsible_inspector_id))

    def _form_highlight(self, form: AnomalyForm) -> str | None:
        if form.signed:
            return "ok"
        return "warn" if form.responsible_inspector_id == self.session.user.id else None
