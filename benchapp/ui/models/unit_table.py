"""The units of one RMA: serial, state, custody, rework loops, repeat return."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from benchapp.services.queries import UnitLine
from benchapp.ui import labels
from benchapp.ui.models.rma_table import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # a table's rows hang off the invalid root index

COL_SERIAL, COL_STATE, COL_CUSTODY, COL_LOOPS, COL_REPEAT = range(5)


class UnitTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: list[UnitLine] = []

    def headers(self) -> list[str]:
        return [self.tr("Serial no."), self.tr("State"), self.tr("Custody"),
                self.tr("Rework loops"), self.tr("Repeat return")]

    def set_units(self, units: list[UnitLine]) -> None:
        self.beginResetModel()
        self._units = list(units)
        self.endResetModel()

    def unit(self, row: int) -> UnitLine:
        return self._units[row]

    def row_of(self, serial: str) -> int | None:
        wanted = serial.strip().casefold()
        for row, unit in enumerate(self._units):
            if unit.serial.casefold() == wanted:
                return row
        return None

    def repeat_text(self, unit: UnitLine) -> str:
        if unit.repeat_count <= 0:
            return ""
        return self.tr("Yes, returned {n} time(s) before").format(n=unit.repeat_count)

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else COL_REPEAT + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._units):
            return None
        unit = self._units[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(unit, col)
        if role == SORT_ROLE:
            if col == COL_LOOPS:
                return unit.rework_loops
            if col == COL_REPEAT:
                return unit.repeat_count
            return self._display(unit, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LOOPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == COL_REPEAT and unit.repeat_count > 0:
            # A repeat return is a quality signal the bench must not overlook.
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, unit: UnitLine, col: int) -> str | int | None:
        if col == COL_SERIAL:
            return unit.serial
        if col == COL_STATE:
            return labels.unit_state(unit.state)
        if col == COL_CUSTODY:
            return labels.custody(unit.custody)
        if col == COL_LOOPS:
            return unit.rework_loops
        if col == COL_REPEAT:
            return self.repeat_text(unit)
        return None
