"""Small forms of the Supervisor view's quality loop: assign and classify a complaint notice,
record the customer contact, attach the report or 8D, open and implement a corrective action.

Each dialog only collects values; the view runs the service call off the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _Form(QDialog):
    """A titled form with OK and Cancel; Enter accepts, Escape cancels."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def line(self, label: str, name: str, text: str = "", hint: str = "") -> QLineEdit:
        """A labelled text field; ``hint`` is the grey example shown while it is empty."""
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setPlaceholderText(hint)
        self.form.addRow(label, edit)
        return edit

    def combo(self, label: str, name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for text, code in items:
            box.addItem(text, code)
        self.form.addRow(label, box)
        return box


class AssignDialog(_Form):
    def __init__(self, notice_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign {notice}").format(notice=notice_no), parent)
        self.ownerEdit = self.line(self.tr("&Owner (user name):"), "ownerEdit",
                                   hint=self.tr("a QC engineer, e.g. tester"))

    def owner(self) -> str:
        return self.ownerEdit.text().strip()


class ClassifyDialog(_Form):
    def __init__(self, notice_no: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Classify {notice}").format(notice=notice_no), parent)
        self.severityCombo = self.combo(self.tr("&Severity:"), "severityCombo", [
            (self.tr("General 一般 (report within 2 working days)"), "general"),
            (self.tr("Major 重大 (8D within 5 working days)"), "major")])
        self.severityCombo.setCurrentIndex(max(0, self.severityCombo.findData(current)))

    def severity(self) -> str:
        return self.severityCombo.currentData()


class ContactDialog(_Form):
    """The customer contact on a notice: when, whom, how, what was said."""

    def __init__(self, notice_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer contact on {notice}").format(notice=notice_no),
                         parent)
        self.atEdit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.atEdit.setObjectName("atEdit")
        self.atEdit.setCalendarPopup(True)
        self.atEdit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(self.tr("&When:"), self.atEdit)
        self.channelCombo = self.combo(self.tr("C&hannel:"), "channelCombo", [
            (self.tr("Phone"), "phone"), (self.tr("E-mail"), "email"),
            (self.tr("Visit"), "visit"), (self.tr("Other"), "other")])
        self.personEdit = self.line(self.tr("&Person:"), "personEdit",
                                    hint=self.tr("whom you spoke to"))
        self.noteEdit = self.line(self.tr("&Note:"), "noteEdit",
                                  hint=self.tr("what was said and agreed"))

    def contacted_at(self) -> datetime:
        return datetime.fromtimestamp(self.atEdit.dateTime().toSecsSinceEpoch(), UTC)


class AttachDialog(_Form):
    """The improvement report or the 8D: a PDF or a picture of it."""

    def __init__(self, notice_no: str, kind: str = "report",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attach a file to {notice}").format(notice=notice_no), parent)
        self.kindCombo = self.combo(self.tr("&Kind:"), "kindCombo", [
            (self.tr("Improvement report"), "report"), (self.tr("8D report"), "8d")])
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(kind)))
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fileEdit = QLineEdit(row)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setPlaceholderText(self.tr("a PDF or an image file"))
        self.browseButton = QPushButton(self.tr("&Browse…"), row)
        self.browseButton.clicked.connect(self._browse)
        layout.addWidget(self.fileEdit)
        layout.addWidget(self.browseButton)
        self.form.addRow(self.tr("&File:"), row)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Report file"), "",
            self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)"))
        if path:
            self.fileEdit.setText(path)


class CapaDialog(_Form):
    """Step 10: a corrective action for the responsible person, from a notice, an NFF or
    cannot-find-fault escalation (ESC-n), an RMA or a cluster of returns (LOT:/DATECODE:)."""

    def __init__(self, source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New corrective action"), parent)
        # A cluster's source is shown with the prefix in the person's language (the service
        # takes 批次:/日期码: as well as LOT:/DATECODE:).
        for prefix, shown in (("LOT:", self.tr("LOT:")), ("DATECODE:", self.tr("DATECODE:"))):
            if source.startswith(prefix):
                source = shown + source[len(prefix):]
        self.sourceEdit = self.line(self.tr("&From:"), "sourceEdit", source,
                                    self.tr("CCN-…, ESC-n, RMA-…, LOT:… or DATECODE:…"))
        self.ownerEdit = self.line(self.tr("&Responsible person (user name):"), "ownerEdit")
        self.departmentEdit = self.line(self.tr("&Department:"), "departmentEdit",
                                        hint=self.tr("default: the person's"))
        self.processEdit = self.line(self.tr("&Process:"), "processEdit",
                                     hint=self.tr("default: the department"))
        self.rootCauseEdit = self.line(self.tr("Root &cause:"), "rootCauseEdit")
        self.actionEdit = self.line(self.tr("&Action:"), "actionEdit",
                                    hint=self.tr("the preventive measure"))
        self.dueEdit = QDateEdit(QDate.currentDate().addDays(7), self)
        self.dueEdit.setObjectName("dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("D&ue date:"), self.dueEdit)

    def due(self) -> date:
        return self.dueEdit.date().toPython()


class NoteDialog(_Form):
    """One required note: an implementation, a closing note, a contact after shipping."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.noteEdit = self.line(label, "noteEdit")

    def note(self) -> str:
        return self.noteEdit.text().strip()


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when accepted. Tests replace the view's hook."""
    return dialog.exec() == QDialog.DialogCode.Accepted
