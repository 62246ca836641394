"""Record one of the smaller duties of the seeds (benchapp.domain.duties), with who and when:
the management review of a week's report, material faults notified to purchasing, a delay
reported by production, a delay passed on to the customer. Station menu, "Record a duty…"."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from benchapp.domain import duties as rules
from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.services import duties
from benchapp.ui import dialogs
from benchapp.ui.stations.base import MessageBar, ServiceCalls

# (key, roles allowed); the texts are in DutyDialog._texts (translated at display time).
KINDS = (("review", rules.WEEKLY_REVIEW_ROLES),
         ("purchasing", rules.PURCHASING_NOTICE_ROLES),
         ("delay", rules.DELAY_REPORT_ROLES),
         ("passed_on", rules.DELAY_PASS_ROLES))


class DutyDialog(QDialog, ServiceCalls):
    """Signals:
        recorded(str): the tracking-log action just written (e.g. "delay_reported").
    """

    recorded = Signal(str)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Record a duty"))
        layout = QVBoxLayout(self)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)
        roles = session.user.roles
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("dutyKindCombo")
        texts = self._texts()
        for key, allowed in KINDS:
            if roles & allowed:  # offer what this person may record
                self.kind_combo.addItem(texts[key], key)
        form = QFormLayout()
        form.addRow(self.tr("&Duty:"), self.kind_combo)
        self.ref_label = QLabel(self)
        self.ref_edit = QLineEdit(self)
        self.ref_edit.setObjectName("dutyRefEdit")
        self.ref_label.setBuddy(self.ref_edit)
        form.addRow(self.ref_label, self.ref_edit)
        self.extra_label = QLabel(self)
        self.extra_edit = QLineEdit(self)
        self.extra_edit.setObjectName("dutyExtraEdit")
        self.extra_label.setBuddy(self.extra_edit)
        form.addRow(self.extra_label, self.extra_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("dutyNoteEdit")
        form.addRow(self.tr("&Remarks:"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close, self)
        self.record_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(self.tr("Rec&ord"))
        self.record_button.setObjectName("dutyRecordButton")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if self.kind_combo.count() == 0:
            self.record_button.setEnabled(False)
            self.message_bar.show_message("warn", self.tr(
                "Your roles record none of these duties."))
        self._kind_changed()

    def _texts(self) -> dict[str, str]:
        return {"review": self.tr("Management review of the weekly report"),
                "purchasing": self.tr("Material fault notified to purchasing"),
                "delay": self.tr("Delay reported by production"),
                "passed_on": self.tr("Delay passed on to the customer")}

    def refresh(self) -> None:
        """Nothing shown comes from the database (ServiceCalls' Reload)."""

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.ref_label.setText(self.tr("&Week (YYYY-Www):") if kind == "review"
                               else self.tr("&RMA no.:"))
        extra = {"purchasing": self.tr("&To (purchaser):"),
                 "delay": self.tr("&New date (YYYY-MM-DD):")}.get(kind or "")
        self.extra_label.setVisible(extra is not None)
        self.extra_edit.setVisible(extra is not None)
        self.extra_label.setText(extra or "")

    def fill(self, *, kind: str, ref: str, note: str, extra: str = "") -> None:
        """For tests: choose and type as a person would."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.ref_edit.setText(ref)
        self.note_edit.setText(note)
        self.extra_edit.setText(extra)

    def record(self) -> None:
        kind, ref = self.kind(), self.ref_edit.text().strip()
        note, extra = self.note_edit.text(), self.extra_edit.text().strip()
        uow, actor = self.session.uow, self.session.actor
        if kind is None:
            return
        if not ref:
            self.show_error(self.tr("Enter the week or the RMA number."))
            self.ref_edit.setFocus()
            return

        def work() -> Any:
            if kind == "review":
                return duties.review_weekly_report(uow(), actor, week=IsoWeek.parse(ref),
                                                   remarks=note)
            if kind == "purchasing":
                return duties.notify_purchasing(uow(), actor, rma_no=ref, note=note, to=extra)
            if kind == "delay":
                return duties.report_delay(uow(), actor, rma_no=ref, reason=note,
                                           new_due=_day(extra) if extra else None)
            return duties.pass_on_delay(uow(), actor, rma_no=ref, note=note)

        def done(entry: Any) -> None:
            self.message_bar.show_message("ok", self.tr("{duty}: recorded for {ref}.").format(
                duty=self._texts()[kind], ref=ref))
            self.note_edit.clear()
            self.extra_edit.clear()
            self.recorded.emit(entry.action)

        self.attempt(work, on_success=done)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=text, field="new date",
                           allowed="YYYY-MM-DD") from None


def open_dialog(parent: QWidget, session: Any) -> None:
    dialog = DutyDialog(session, parent)
    try:
        dialogs.exec_dialog(dialog)
    finally:
        dialog.deleteLater()
