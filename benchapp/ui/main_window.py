"""The main window: the RMA list with the selected RMA's units."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QWidget

from benchapp.domain.users import User
from benchapp.services import queries
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.ui import labels
from benchapp.ui.forms.ui_main_window import Ui_MainWindow
from benchapp.ui.models.rma_table import RMA_NO_ROLE, SORT_ROLE, RmaFilterProxy, RmaTableModel
from benchapp.ui.models.unit_table import UnitTableModel

UowFactory = Callable[[], AbstractUnitOfWork]

STATUS_MESSAGE_MS = 5000
# resizeColumnsToContents leaves text touching the grid lines; this much air per column.
COLUMN_PADDING = 16


def fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for section in range(header.count()):
        header.resizeSection(section, header.sectionSize(section) + COLUMN_PADDING)


class MainWindow(QMainWindow):
    """Lists the RMAs from the database; a search finds an RMA by any column or unit serial.

    Signals:
        logged_out(): the person chose Log out.
        refreshed(int): the list was reloaded; carries the number of RMAs.
        refresh_failed(str): the database could not be read; carries the message shown.
    """

    logged_out = Signal()
    refreshed = Signal(int)
    refresh_failed = Signal(str)

    def __init__(self, uow_factory: UowFactory, user: User, *, database_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.user = user
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("After-sales repair bench - {name}").format(
            name=user.display_name))

        self.rma_model = RmaTableModel(self)
        self.rma_proxy = RmaFilterProxy(self)
        self.rma_proxy.setSourceModel(self.rma_model)
        ui.rmaTable.setModel(self.rma_proxy)
        ui.rmaTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the query's order: newest first

        self.unit_model = UnitTableModel(self)
        self.unit_proxy = QSortFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_proxy.setSortRole(SORT_ROLE)
        self.unit_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.unitTable.setModel(self.unit_proxy)
        ui.unitTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        for table in (ui.rmaTable, ui.unitTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setHighlightSections(False)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        self.user_label = QLabel(self)
        self.user_label.setText(self.tr("Signed in: {name} ({roles})").format(
            name=user.display_name, roles=labels.roles(r.value for r in user.roles)))
        self.database_label = QLabel(self)
        self.database_label.setText(self.tr("Database: {database}").format(
            database=database_text))
        for label in (self.user_label, self.database_label):
            label.setContentsMargins(8, 0, 8, 0)
            ui.statusBar.addPermanentWidget(label)
        ui.errorFrame.hide()

        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionLogOut.triggered.connect(self.logged_out)
        ui.actionQuit.triggered.connect(self.close)
        ui.retryButton.clicked.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self._search_changed)
        ui.searchEdit.returnPressed.connect(self._search_entered)
        ui.rmaTable.selectionModel().selectionChanged.connect(self._show_selected_units)
        self.rma_proxy.modelReset.connect(self._show_selected_units)
        self.rma_proxy.layoutChanged.connect(self._update_count)
        self.rma_proxy.rowsInserted.connect(self._update_count)
        self.rma_proxy.rowsRemoved.connect(self._update_count)

        self._loaded_at: datetime | None = None
        self._show_selected_units()
        ui.searchEdit.setFocus()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Reload the list. On database trouble the list shown so far stays, with a message."""
        selected = self.selected_rma_no()
        try:
            rmas = queries.rma_overview(self._uow_factory())
        except DatabaseUnavailable as exc:
            self._show_database_error(str(exc))
            return False
        self.ui.errorFrame.hide()
        self.rma_model.set_rmas(rmas)
        self._loaded_at = datetime.now()
        if selected is not None:
            self.select_rma(selected)
        self._resize_columns()
        self._update_count()
        self.ui.statusBar.showMessage(
            self.tr("{count} RMAs loaded at {time}.").format(
                count=len(rmas), time=self._loaded_at.strftime("%H:%M:%S")),
            STATUS_MESSAGE_MS)
        self.refreshed.emit(len(rmas))
        return True

    def _show_database_error(self, detail: str) -> None:
        if self._loaded_at is None:
            text = self.tr("The RMA list could not be loaded: the database cannot be reached. "
                           "Check the network or ask the administrator, then choose Retry.")
        else:
            text = self.tr("The database cannot be reached. The list below is from {time} and "
                           "may be out of date; choose Retry to reload it.").format(
                time=self._loaded_at.strftime("%H:%M:%S"))
        # The technical detail is for whoever fixes the network or the server.
        self.ui.errorLabel.setText(text + "\n" + self.tr("Details: {detail}").format(
            detail=detail))
        self.ui.errorLabel.setToolTip(detail)
        self.ui.errorFrame.show()
        self.ui.statusBar.showMessage(self.tr("The database cannot be reached."))
        self.refresh_failed.emit(text)

    def database_error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorFrame.isHidden() else ""

    def _resize_columns(self) -> None:
        for table in (self.ui.rmaTable, self.ui.unitTable):
            fit_columns(table)

    # -- selection -----------------------------------------------------------------------

    def _selected_index(self) -> QModelIndex:
        # The selection, not the current index: when a search hides the selected row, Qt moves
        # the current index to a neighbour without selecting it, and its units must not show.
        rows = self.ui.rmaTable.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def selected_rma_no(self) -> str | None:
        index = self._selected_index()
        return self.rma_proxy.data(index, RMA_NO_ROLE) if index.isValid() else None

    def select_rma(self, rma_no: str) -> bool:
        row = self.rma_model.row_of(rma_no)
        if row is None:
            return False
        proxy_index = self.rma_proxy.mapFromSource(self.rma_model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self._select_row(self.ui.rmaTable, proxy_index)
        return True

    def select_unit(self, serial: str) -> bool:
        row = self.unit_model.row_of(serial)
        if row is None:
            return False
        self._select_row(self.ui.unitTable,
                         self.unit_proxy.mapFromSource(self.unit_model.index(row, 0)))
        return True

    @staticmethod
    def _select_row(table: QTableView, index: QModelIndex) -> None:
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    def _show_selected_units(self) -> None:
        index = self._selected_index()
        if not index.isValid():
            self.unit_model.set_units([])
            self.ui.unitsGroup.setTitle(self.tr("Units"))
            return
        rma = self.rma_model.rma(self.rma_proxy.mapToSource(index).row())
        self.unit_model.set_units(rma.units)
        fit_columns(self.ui.unitTable)
        self.ui.unitsGroup.setTitle(self.tr("Units of {rma_no} ({count})").format(
            rma_no=rma.rma_no, count=len(rma.units)))

    # -- search --------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.rma_proxy.setFilterFixedString(text.strip())
        self._show_selected_units()
        self._update_count()

    def _search_entered(self) -> None:
        """Enter (a scanner's suffix) opens the first match, and the unit if a serial was scanned."""
        if self.rma_proxy.rowCount() == 0:
            return
        if not self._selected_index().isValid():
            self._select_row(self.ui.rmaTable, self.rma_proxy.index(0, 0))
        self.select_unit(self.ui.searchEdit.text())

    def _update_count(self) -> None:
        shown, total = self.rma_proxy.rowCount(), self.rma_model.rowCount()
        if shown == total:
            text = self.tr("{total} RMAs").format(total=total)
        else:
            text = self.tr("{shown} of {total} RMAs").format(shown=shown, total=total)
        self.ui.countLabel.setText(text)
