"""A code from the shop's defect-code library, picked beside a free-text field (issue 17.4).

The repair record picks a cause code, the visual inspection a defect code. The codes offered
are the unit's family's (read off the GUI thread by the view); with none, the picker stays
disabled and out of the Tab chain, and the free text alone is recorded as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QSizePolicy, QWidget

from benchapp.domain.defect_codes import DefectCode

CAUSE, DEFECT = "cause", "defect"


class DefectCodePicker(QComboBox):
    """Signals:
        code_picked(object): the DefectCode picked, or None for "no code".
    """

    code_picked = Signal(object)

    def __init__(self, level: str = CAUSE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._codes: dict[str, DefectCode] = {}
        self._wanted = ""  # a draft's code, kept until the codes it belongs to arrive
        self._usable = True
        self.setObjectName(f"{level}CodePicker")
        # Typed text finds a code by any part of its label ("虚焊" finds C01 U12 虚焊).
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the field beside it, whatever the codes: an empty picker shrank to a
        # sliver in forms that keep fields at their size hint (QC's visual check).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(self.tr("No code: free text only"))
        self.setToolTip(self.tr("A code from the shop's defect-code library; the free text "
                                "beside it is kept as typed"))
        self.currentIndexChanged.connect(self._picked)
        self.set_codes([])

    def set_codes(self, codes: Iterable[DefectCode]) -> None:
        """Offer these codes (one entry per code of this picker's level)."""
        wanted = self.code() or self._wanted
        self.blockSignals(True)
        self.clear()
        self._codes = {}
        self.addItem("", "")
        for c in codes:
            key = c.cause_code if self.level == CAUSE else c.defect_code
            if key in self._codes:
                continue
            self._codes[key] = c
            label = (f"{c.cause_code}  {c.symptom} / {c.defect} / {c.cause}"
                     if self.level == CAUSE else f"{c.defect_code}  {c.symptom} / {c.defect}")
            self.addItem(label, key)
        self.blockSignals(False)
        self._apply(wanted)
        super().setEnabled(self._usable and bool(self._codes))

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt's name
        # Disabled without codes: a Tab through the form skips an empty picker.
        self._usable = enabled
        super().setEnabled(enabled and bool(self._codes))

    def code(self) -> str:
        data = self.currentData()
        if not isinstance(data, str) or self.currentText() != self.itemText(self.currentIndex()):
            return ""  # typed text that names no code
        return data

    def picked(self) -> DefectCode | None:
        return self._codes.get(self.code())

    def set_code(self, code: str) -> None:
        self._wanted = code
        self._apply(code)

    def _apply(self, code: str) -> None:
        index = self.findData(code) if code else 0
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.setEditText(self.itemText(max(index, 0)))
        self.blockSignals(False)
        if index > 0:
            self._wanted = ""

    def _picked(self, _index: int) -> None:
        self._wanted = ""
        self.code_picked.emit(self.picked())


def add_picker_row(form: QFormLayout, row: int, picker: DefectCodePicker, text: str,
                   before: QWidget, after: QWidget) -> QLabel:
    """Put ``picker`` in ``form`` at ``row`` with its label, between two fields in Tab order."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(picker)
    form.insertRow(row, label, picker)
    QWidget.setTabOrder(before, picker)
    QWidget.setTabOrder(picker, after)
    return label
