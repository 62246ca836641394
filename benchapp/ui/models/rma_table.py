"""The RMA list (售后服务表 overview): a table model over services.queries.RmaSummary."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from benchapp.services.queries import RmaSummary
from benchapp.ui import labels

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # a table's rows hang off the invalid root index

# Raw values for sorting (numbers as numbers, dates in ISO order), not the display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Every unit serial of the row's RMA, so a scanned serial finds its RMA.
SERIALS_ROLE = Qt.ItemDataRole.UserRole + 2
RMA_NO_ROLE = Qt.ItemDataRole.UserRole + 3

COL_RMA_NO, COL_CUSTOMER, COL_MODEL, COL_QTY, COL_STATUS, COL_UNITS, COL_DUE, COL_RECEIVED = \
    range(8)


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_time(value: datetime | None) -> str:
    # Stored in UTC; the bench reads its own local time.
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class RmaTableModel(QAbstractTableModel):
    """One row per RMA, newest first as the query returns them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rmas: list[RmaSummary] = []

    def headers(self) -> list[str]:
        return [self.tr("RMA no."), self.tr("Customer"), self.tr("Model"), self.tr("Qty"),
                self.tr("Status"), self.tr("Units"), self.tr("Due date"), self.tr("Received")]

    def set_rmas(self, rmas: list[RmaSummary]) -> None:
        self.beginResetModel()
        self._rmas = list(rmas)
        self.endResetModel()

    def rma(self, row: int) -> RmaSummary:
        return self._rmas[row]

    def rmas(self) -> list[RmaSummary]:
        return list(self._rmas)

    def row_of(self, rma_no: str) -> int | None:
        for row, rma in enumerate(self._rmas):
            if rma.rma_no == rma_no:
                return row
        return None

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rmas)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else COL_RECEIVED + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rmas):
            return None
        rma = self._rmas[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rma, col)
        if role == SORT_ROLE:
            return self._sort_key(rma, col)
        if role == SERIALS_ROLE:
            return " ".join(u.serial for u in rma.units)
        if role == RMA_NO_ROLE:
            return rma.rma_no
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_QTY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_UNITS:
            return labels.states_summary(rma.states)
        return None

    def _display(self, rma: RmaSummary, col: int) -> str | int | None:
        if col == COL_RMA_NO:
            return rma.rma_no
        if col == COL_CUSTOMER:
            return rma.customer
        if col == COL_MODEL:
            return rma.model
        if col == COL_QTY:
            return rma.counted_qty
        if col == COL_STATUS:
            return labels.rma_status(rma.status, batch=rma.batch)
        if col == COL_UNITS:
            return labels.states_summary(rma.states)
        if col == COL_DUE:
            return format_date(rma.due_date)
        if col == COL_RECEIVED:
            return format_time(rma.received_at)
        return None

    def _sort_key(self, rma: RmaSummary, col: int) -> str | int | None:
        if col == COL_QTY:
            return rma.counted_qty
        if col == COL_DUE:
            return format_date(rma.due_date)
        if col == COL_RECEIVED:
            return rma.received_at.isoformat() if rma.received_at else ""
        return self._display(rma, col)


class RmaFilterProxy(QSortFilterProxyModel):
    """Case-insensitive search over every column, plus the RMA's unit serials."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if super().filterAcceptsRow(source_row, source_parent):
            return True
        source = self.sourceModel()
        serials = source.data(source.index(source_row, 0, source_parent), SERIALS_ROLE)
        return bool(serials) and self.filterRegularExpression().match(serials).hasMatch()
