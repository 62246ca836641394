"""The RMA list (售后服务表 overview): a table model over services.queries.RmaSummary.

``PagedRmaModel`` is the "All RMAs" tab: it holds only the pages the person has scrolled to,
fetched from the database in keyset order (``canFetchMore``/``fetchMore``), and hands search
and sort to the database, so the list opens as fast at 50,000 RMAs as at 50.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from benchapp.services.queries import RmaPage, RmaSummary
from benchapp.ui import labels, shop_time
from benchapp.ui.ops import OpRunner

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # a table's rows hang off the invalid root index

# Raw values for sorting (numbers as numbers, dates in ISO order), not the display text:
# the unit and record tables sort by it (the RMA list is sorted by the database).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RMA_NO_ROLE = Qt.ItemDataRole.UserRole + 3

COL_RMA_NO, COL_CUSTOMER, COL_MODEL, COL_QTY, COL_STATUS, COL_UNITS, COL_DUE, COL_RECEIVED = \
    range(8)


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_time(value: datetime | None) -> str:
    # Stored in UTC; shown on the shop's clock, as the slips print it.
    return shop_time.local(value).strftime("%Y-%m-%d %H:%M") if value else ""


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



# Column -> the database's sort key (services.queries.RMA_SORT_KEYS); the Units column is a
# summary of the unit states and does not sort.
SORT_KEYS = {COL_RMA_NO: "rma_no", COL_CUSTOMER: "customer", COL_MODEL: "model",
             COL_QTY: "qty", COL_STATUS: "status", COL_DUE: "due", COL_RECEIVED: "received"}

# read_page(search=, sort=, descending=, after=, count=) -> RmaPage; runs on a worker thread.
PageReader = Callable[..., RmaPage]


class PagedRmaModel(RmaTableModel):
    """The RMAs matching a search, in the database's order, one page at a time.

    ``reload()`` reads the first page (and the counts) again; the rows shown so far stay until
    it arrives. Scrolling to the end asks for the next page. Reads run on ``runner``; a page
    of an older search or sort that arrives late is dropped.

    Signals:
        reloaded(int, int): the first page is in; RMAs matching the search (at least), RMAs
            in all.
        page_added(int): a further page is in; rows now loaded.
        load_failed(object): a read failed (the exception; the rows shown stay).
    """

    reloaded = Signal(int, int)
    page_added = Signal(int)
    load_failed = Signal(object)

    def __init__(self, runner: OpRunner, read_page: PageReader, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._read_page = read_page
        self.search = ""
        self.sort_key = "received"
        self.descending = True
        self.total: int | None = 0
        self.total_all = 0
        self._next_after: tuple[Any, int] | None = None
        self._generation = 0
        self._fetching = False
        # A search stopped at the end of its window (services.queries.SEARCH_WINDOW): older
        # RMAs are still to be searched; with the receipt order, the receipt time reached.
        self.more_to_search = False
        self.searched_since: datetime | None = None
        self._loaded: set[str] = set()  # RMA numbers shown (an exact match comes first)

    @property
    def loading(self) -> bool:
        return self._fetching or self._runner.busy

    def reload(self, *, search: str | None = None) -> None:
        if search is not None:
            self.search = search.strip()
        self._generation += 1
        generation = self._generation
        self._fetching = False  # a next page of the old query is no longer wanted
        query = {"search": self.search, "sort": self.sort_key, "descending": self.descending}
        read_page = self._read_page

        def work() -> RmaPage:
            return read_page(**query, after=None, count=True)

        self._runner.run(work, kind="rma-page",
                         on_success=lambda page: self._first_page(generation, page),
                         on_failure=self.load_failed.emit)

    def _first_page(self, generation: int, page: RmaPage) -> None:
        if generation != self._generation:
            return
        self.set_rmas(page.rows)
        self._loaded = {r.rma_no for r in page.rows}
        self._next_after = page.next_after
        self.more_to_search, self.searched_since = page.more_to_search, page.searched_since
        self.total = page.total  # None: more match than the first page shows, not counted
        self.total_all = page.total_all or 0
        self.reloaded.emit(len(page.rows) if self.total is None else self.total,
                           self.total_all)

    def canFetchMore(self, parent: AnyIndex = NO_PARENT) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._next_after is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex = NO_PARENT) -> None:  # noqa: N802 - Qt's name
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        query = {"search": self.search, "sort": self.sort_key, "descending": self.descending,
                 "after": self._next_after}
        read_page = self._read_page

        def work() -> RmaPage:
            return read_page(**query, count=False)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self.load_failed.emit(error)

        self._runner.run(work, kind="rma-more",
                         on_success=lambda page: self._more(generation, page),
                         on_failure=failed)

    def _more(self, generation: int, page: RmaPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        # The exact match listed first on the first page comes again in its place.
        rows = [r for r in page.rows if r.rma_no not in self._loaded]
        if rows:
            first = len(self._rmas)
            self.beginInsertRows(NO_PARENT, first, first + len(rows) - 1)
            self._rmas.extend(rows)
            self._loaded.update(r.rma_no for r in rows)
            self.endInsertRows()
        self._next_after = page.next_after
        self.more_to_search, self.searched_since = page.more_to_search, page.searched_since
        if self._next_after is None and self.total is None:
            self.total = len(self._rmas)  # every match is loaded now: counted for free
        self.page_added.emit(len(self._rmas))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()
