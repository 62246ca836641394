"""The service form's warranty line (issue 17.2): each unit's warranty from the record, the
billing preset from it, and the reason the clerk must give to choose another billing.

Attached to the receiving form's widgets from code (under the Billing row) so that the form
file stays as Designer keeps it; the check runs off the GUI thread (services.warranty).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from benchapp.domain.rma import Billing
from benchapp.domain.warranty import Basis, Status, Verdict, Why
from benchapp.services import warranty
from benchapp.ui import labels

if TYPE_CHECKING:
    from benchapp.ui.stations.receiving_form import ReceivingForm

# Typing settles before the check runs (one read per pause, not per keystroke).
CHECK_DELAY_MS = 300
UNITS_SHOWN = 8
STATUS_MIN_WIDTH = 420  # px: fits the form's field column at 1366x728
REASON_MAX = 500
_STYLE = {Status.IN: "QLabel { color: #107c10; }", Status.OUT: "QLabel { color: #a4262c; }",
          Status.UNKNOWN: "QLabel { color: #8a5a00; }"}


class WarrantyPreset(QObject):
    """Shows the warranty of the form's units and presets its billing.

    The preset follows the record until the clerk picks a billing; a billing other than the
    preset asks for a reason, which the save sends (services.workflow.receive_rma logs it).
    """

    def __init__(self, form: ReceivingForm) -> None:
        super().__init__(form)
        self.form = form
        ui = form.ui
        self.preset: Billing | None = None
        self._chosen = False  # the clerk picked the billing themselves
        self.statusLabel = QLabel(form)
        self.statusLabel.setObjectName("warrantyStatusLabel")
        self.statusLabel.setWordWrap(True)
        # As wide as the fields: a wrapped label's size hint is narrow, and the verdict wrapped
        # into a column a third of the form's width. The form layout sizes the row's height
        # from the minimum width, so that is set too (else the row keeps blank lines).
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Preferred)
        self.statusLabel.setMinimumWidth(STATUS_MIN_WIDTH)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasonLabel = QLabel(self.tr("Re&ason:"), form)
        self.reasonEdit = QLineEdit(form)
        self.reasonEdit.setObjectName("billingReasonEdit")
        self.reasonEdit.setMaxLength(REASON_MAX)
        self.reasonEdit.setPlaceholderText(self.tr("Why the billing differs from the warranty "
                                                   "record (kept in the tracking log)"))
        self.reasonLabel.setBuddy(self.reasonEdit)
        layout: QFormLayout = ui.formLayout
        row, _role = layout.getWidgetPosition(ui.billingCombo)
        layout.insertRow(row + 1, "", self.statusLabel)
        layout.insertRow(row + 2, self.reasonLabel, self.reasonEdit)
        QWidget.setTabOrder(ui.billingCombo, self.reasonEdit)  # the reason follows the billing
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        ui.billingCombo.activated.connect(self._billing_chosen)
        for signal in (ui.customerCombo.editTextChanged, ui.modelEdit.textChanged,
                       ui.deliveryNoEdit.textChanged, ui.shipDateCheck.toggled,
                       ui.shipDateEdit.dateChanged, ui.dateCodeEdit.textChanged,
                       ui.generateCheck.toggled, ui.countedSpin.valueChanged,
                       ui.serialList.model().rowsInserted, ui.serialList.model().rowsRemoved):
            signal.connect(self._changed)
        self.reset()

    # -- what the form asks -------------------------------------------------------------------

    def reset(self) -> None:
        """A cleared form: no verdict, the billing free again."""
        self._timer.stop()
        self.preset = None
        self._chosen = False
        self.reasonEdit.clear()
        self.statusLabel.clear()
        self.statusLabel.hide()
        self._update_reason()

    def reason(self) -> str:
        return self.reasonEdit.text() if self.override() else ""

    def override(self) -> bool:
        """The billing on the form is not the one the record presets."""
        return self.preset is not None and self.form.ui.billingCombo.currentData() != \
            self.preset.value

    def ready_to_save(self) -> bool:
        """False (and says so) while an override has no reason."""
        if self.override() and not self.reasonEdit.text().strip():
            self.form.view.show_error(self.tr(
                "The warranty record presets {preset}: give the reason for choosing "
                "another billing.").format(preset=self._billing_text(self.preset)))
            self.reasonEdit.setFocus()
            return False
        return True

    # -- checking -------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    def check(self) -> None:
        """Ask the record about the form as it is now (the newest check wins)."""
        self._timer.stop()
        ui = self.form.ui
        if not ui.customerCombo.currentText().strip() or not ui.modelEdit.text().strip():
            self.preset = None
            self.statusLabel.hide()
            self._update_reason()
            return
        form = self.form.form()
        session = self.form.session
        self.form.view.ops.run(lambda: warranty.check_form(session.uow(), form),
                               on_success=self._show, on_failure=self._failed,
                               kind="warranty")

    def _failed(self, _failure: Exception) -> None:
        # Saving checks again and says what is wrong; the line only stops claiming anything.
        self.preset = None
        self.statusLabel.setText(self.tr("Warranty not checked: the database did not "
                                         "answer."))
        self.statusLabel.setStyleSheet(_STYLE[Status.UNKNOWN])
        self.statusLabel.show()
        self._update_reason()

    def _show(self, checked: warranty.FormWarranty) -> None:
        self.preset = checked.preset
        combo = self.form.ui.billingCombo
        if self.preset is not None and not self._chosen:
            combo.setCurrentIndex(combo.findData(self.preset.value))
        lines = self._lines(checked.units)
        if self.preset is not None:
            lines.append(self.tr("Billing preset: {billing}.").format(
                billing=self._billing_text(self.preset)))
        elif checked.units:
            lines.append(self.tr("No preset: choose the billing."))
        statuses = {v.status for _s, v in checked.units}
        self.statusLabel.setStyleSheet(_STYLE[statuses.pop()] if len(statuses) == 1
                                       else _STYLE[Status.UNKNOWN])
        self.statusLabel.setText("\n".join(lines))
        self.statusLabel.setVisible(bool(lines))
        self._update_reason()

    def _billing_chosen(self, _index: int) -> None:
        self._chosen = True
        self._update_reason()

    def _update_reason(self) -> None:
        shown = self.override()
        self.reasonLabel.setVisible(shown)
        self.reasonEdit.setVisible(shown)

    # -- texts ------------------------------------------------------------------------------------

    def _lines(self, units: list[tuple[str, Verdict]]) -> list[str]:
        texts = [(serial, self.verdict_text(v)) for serial, v in units]
        if len({t for _s, t in texts}) <= 1:
            return [texts[0][1]] if texts else []
        out = [self.tr("{serial}: {text}").format(serial=s or "-", text=t)
               for s, t in texts[:UNITS_SHOWN]]
        if len(texts) > UNITS_SHOWN:
            out.append(self.tr("… and {n} more units.").format(n=len(texts) - UNITS_SHOWN))
        return out

    def verdict_text(self, v: Verdict) -> str:
        return verdict_text(v)

    def _billing_text(self, billing: Billing | None) -> str:
        return labels.billing(billing) if billing is not None else ""


def verdict_text(v: Verdict, *, at_receipt: bool = False) -> str:
    """A verdict in the person's language: the form's line, and the history's (at_receipt:
    the unknown start is "after the receipt", not "after today")."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("WarrantyPreset", text)

    terms = v.terms
    basis = (QCoreApplication.translate("WarrantyPreset", "ship date")
             if terms is not None and terms.basis is Basis.SHIP_DATE
             else QCoreApplication.translate("WarrantyPreset", "date code"))
    start = v.start.isoformat() if v.start else ""
    end = v.last_day.isoformat() if v.last_day else ""
    months = terms.months if terms is not None else 0
    texts = {
        Why.WITHIN: QT_TRANSLATE_NOOP("WarrantyPreset",
                                      "In warranty: {basis} {start}, {months} months, until {end}."),
        Why.EXPIRED: QT_TRANSLATE_NOOP("WarrantyPreset",
                                       "Out of warranty: {basis} {start}, {months} months, ended "
                                       "{end}."),
        Why.NO_TERMS: QT_TRANSLATE_NOOP("WarrantyPreset",
                                        "Warranty unknown: no warranty terms for this customer and "
                                        "model, nor a shop default."),
        Why.NO_SHIP_DATE: QT_TRANSLATE_NOOP("WarrantyPreset",
                                            "Warranty unknown: the terms count from the ship date, "
                                            "and none is given or on record for the delivery."),
        Why.NO_DATE_CODE: QT_TRANSLATE_NOOP("WarrantyPreset",
                                            "Warranty unknown: the terms count from the date code, "
                                            "and the unit has none."),
        Why.BAD_DATE_CODE: QT_TRANSLATE_NOOP("WarrantyPreset",
                                             "Warranty unknown: date code {code} is not YYWW, "
                                             "YYYYWW, YYYYMMDD or YYYY-MM-DD."),
        Why.STARTS_LATER: (
            QT_TRANSLATE_NOOP("WarrantyPreset",
                              "Warranty unknown: it would start on {start}, after the receipt.")
            if at_receipt else
            QT_TRANSLATE_NOOP("WarrantyPreset",
                              "Warranty unknown: it would start on {start}, after today.")),
    }
    return tr(texts[v.why]).format(basis=basis, start=start, months=months, end=end,
                                   code=v.date_code)
