"""One table model for the station lists: rows are plain records, columns say how to show them.

Every station list (queues, slips, escalations, parts) is a RecordTableModel with a list of
Column objects, behind a RecordFilterProxy for the search box and sorting. Column headers
are translated by the view that builds the columns (``self.tr`` there), so each view's
strings carry that view's context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from benchapp.ui.models.rma_table import SORT_ROLE

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
# The record itself (any Python object) for views that need more than the shown text.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 10
# A row's key (serial, slip no...), used to find and select rows after a scan.
KEY_ROLE = Qt.ItemDataRole.UserRole + 11

# Row highlight kinds: overdue / refused / repeat return etc. stand out without colour alone
# (bold text as well), so a colour-blind person and a greyscale screenshot both see them.
HIGHLIGHT_BRUSH = {
    "warn": QColor("#fff4ce"),
    "error": QColor("#fde7e9"),
    "ok": QColor("#dff6dd"),
}


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    display: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None  # defaults to the display value
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    # Makes the column editable: stores a typed value into the record, or returns False to
    # refuse it (the cell then keeps its old value).
    edit: Callable[[R, Any], bool] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A table of records, read-only unless a column has ``edit``; optionally checkable (for
    ticking units off).

    ``key``: a function giving each record's key (serial, slip no...); keys are matched
    case-insensitively by ``row_of``. ``highlight``: a function giving "warn", "error", "ok"
    or None per record. ``blank``: a function making a new record, for tables that take new
    rows (``insertRows``).
    """

    def __init__(self, columns: Sequence[Column[R]], *, key: Callable[[R], str],
                 checkable: bool = False,
                 highlight: Callable[[R], str | None] | None = None,
                 blank: Callable[[], R] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._checkable = checkable
        self._highlight = highlight
        self._blank = blank
        self._records: list[R] = []
        self._checked: set[str] = set()
        # key -> first row with it; rebuilt when the rows change (a scan looks a row up by
        # key, and a station's queue can hold thousands of units).
        self._rows: dict[str, int] = {}
        self._rows_for: list[R] | None = None
        self._rows_count = -1

    # -- data in and out -----------------------------------------------------------------

    def set_records(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        keys = {self._norm(self._key(r)) for r in self._records}
        self._checked &= keys
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def key(self, row: int) -> str:
        return self._key(self._records[row])

    @staticmethod
    def _norm(key: str) -> str:
        return key.strip().casefold()

    def row_of(self, key: str) -> int | None:
        if self._rows_for is not self._records or self._rows_count != len(self._records):
            self._rows = {}
            for row, record in enumerate(self._records):
                self._rows.setdefault(self._norm(self._key(record)), row)
            self._rows_for, self._rows_count = self._records, len(self._records)
        return self._rows.get(self._norm(key))

    # -- ticking (handover and receiving counts) ----------------------------------------

    def is_checked(self, row: int) -> bool:
        return self._norm(self.key(row)) in self._checked

    def set_checked(self, row: int, checked: bool) -> None:
        norm = self._norm(self.key(row))
        if checked:
            self._checked.add(norm)
        else:
            self._checked.discard(norm)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def set_all_checked(self, checked: bool) -> None:
        if not self._records:
            return
        self._checked = {self._norm(self._key(r)) for r in self._records} if checked else set()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 0),
                              [Qt.ItemDataRole.CheckStateRole])

    def checked_records(self) -> list[R]:
        return [r for r in self._records if self._norm(self._key(r)) in self._checked]

    def checked_keys(self) -> list[str]:
        return [self._key(r) for r in self.checked_records()]

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if 0 <= index.column() < len(self._columns) and self._columns[index.column()].edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or not 0 <= index.row() < len(self._records)
                or not 0 <= index.column() < len(self._columns)):
            return False
        if role == Qt.ItemDataRole.EditRole:
            edit = self._columns[index.column()].edit
            if edit is None or not edit(self._records[index.row()], value):
                return False
            self._rows_count = -1  # the edit may have changed the row's key
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                                 Qt.ItemDataRole.EditRole])
            return True
        if not self._checkable or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        self.set_checked(index.row(), state == Qt.CheckState.Checked)
        return True

    def insertRows(self, row: int, count: int, parent: AnyIndex = NO_PARENT) -> bool:
        if (self._blank is None or parent.isValid() or count < 1
                or not 0 <= row <= len(self._records)):
            return False
        self.beginInsertRows(NO_PARENT, row, row + count - 1)
        for _ in range(count):
            self._records.insert(row, self._blank())
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = NO_PARENT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._records):
            return False
        self.beginRemoveRows(NO_PARENT, row, row + count - 1)
        del self._records[row:row + count]
        self._checked &= {self._norm(self._key(r)) for r in self._records}
        self.endRemoveRows()
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.EditRole
                                                   and column.edit is not None):
            value = column.display(record)
            return "" if value is None else value
        if role == SORT_ROLE:
            value = (column.sort_key or column.display)(record)
            return "" if value is None else value
        if role == RECORD_ROLE:
            return record
        if role == KEY_ROLE:
            return self._key(record)
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and index.column() == 0:
            return (Qt.CheckState.Checked if self.is_checked(index.row())
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        kind = self._highlight(record) if self._highlight else None
        if kind:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(HIGHLIGHT_BRUSH.get(kind, QColor("#fff4ce")))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1b1b1b"))  # dark text on the light highlight
            if role == Qt.ItemDataRole.FontRole and kind in ("warn", "error"):
                font = QFont()
                font.setBold(True)
                return font
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Search across every column (case-insensitive substring); sorting by raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:  # mixed types (a date and an empty cell): compare as text
            return str(a) < str(b)
