"""The main window: the station's view, the list of all RMAs, the status bar and scans.

Scans from the bench's serial scanner are routed here: a badge switches user, a slip's QR
opens the receiving count, anything else goes to an open dialog that takes scans, else to
the station view, else opens the unit's or RMA's history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QTableView,
    QWidget,
)

from benchapp.devices.scan import (
    KIND_BADGE,
    KIND_RECORD,
    KIND_RMA,
    KIND_SLIP,
    KIND_UNIT,
    Scan,
    ScanRejected,
    parse_slip_qr,
)
from benchapp.domain.users import User
from benchapp.services import forms, queries, reports
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable
from benchapp.ui import labels, messages, shop_time
from benchapp.ui.forms.ui_main_window import Ui_MainWindow
from benchapp.ui.models.rma_table import COL_RECEIVED, RMA_NO_ROLE, SORT_ROLE, PagedRmaModel
from benchapp.ui.models.unit_table import UnitTableModel
from benchapp.ui.ops import OpRunner
from benchapp.ui.session import Session
from benchapp.ui.stations.base import fit_columns

UowFactory = Callable[[], AbstractUnitOfWork]

STATUS_MESSAGE_MS = 5000
SEARCH_DELAY_MS = 250  # typing pauses this long before the database is asked


class _ModalWatcher(QObject):
    """Tells the main window when a modal window of the application closes (the scan field
    takes the focus back and the scans kept meanwhile are used)."""

    def __init__(self, on_closed: Callable[[QWidget], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_closed = on_closed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Hide and isinstance(watched, QWidget)
                and watched.isWindow() and watched.isModal()):
            self._on_closed(watched)
        return False


class MainWindow(QMainWindow):
    """Lists the RMAs from the database, a page at a time; a search finds an RMA by number,
    customer, model or a unit's serial.

    Signals:
        logged_out(): the person chose Log out.
        refreshed(int): the list was reloaded; carries the number of RMAs the search matches.
        refresh_failed(str): the database could not be read; carries the message shown.
    """

    logged_out = Signal()
    refreshed = Signal(int)
    refresh_failed = Signal(str)
    badge_scanned = Signal(str)  # a badge code: the application asks the PIN and switches user
    change_station_requested = Signal()
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, uow_factory: UowFactory, user: User, *, database_text: str,
                 session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.user = user
        self.session: Session | None = None
        self.view: QWidget | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("After-sales repair bench - {name}").format(
            name=user.display_name))

        # Every read of this window runs here, off the GUI thread.
        self.ops = OpRunner(self)
        self.rma_model = PagedRmaModel(self.ops, self._read_page, self)
        ui.rmaTable.setModel(self.rma_model)
        # The database sorts; the header shows its order: newest received first.
        ui.rmaTable.horizontalHeader().setSortIndicator(COL_RECEIVED,
                                                        Qt.SortOrder.DescendingOrder)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self._reselect: str | None = None  # the RMA to select again when the page arrives
        self._pick_serial: str | None = None  # Enter in the search: select this unit
        self._units_of: str | None = None  # the RMA whose units were asked for
        self._units_shown: str | None = None  # the RMA whose units the lower table shows

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
        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationStatus")
        self.database_label = QLabel(self)
        self.database_label.setText(self.tr("Database: {database}").format(
            database=database_text))
        self.scanner_label = QLabel(self)
        self.scanner_label.setObjectName("scannerStatus")
        self.fixture_label = QLabel(self)
        self.fixture_label.setObjectName("fixtureStatus")
        self.zone_label = QLabel(self)  # the clock every time on screen is in
        self.zone_label.setObjectName("zoneStatus")
        for label in (self.user_label, self.station_label, self.database_label,
                      self.zone_label, self.scanner_label, self.fixture_label):
            label.setContentsMargins(8, 0, 8, 0)
            ui.statusBar.addPermanentWidget(label)
        self.set_device_state("scanner", None)
        self.set_device_state("fixture", None)
        ui.errorFrame.hide()
        ui.tabs.setTabVisible(0, False)  # until a station is set

        ui.actionRefresh.triggered.connect(self.refresh_all)
        ui.actionHistory.triggered.connect(self.ask_history)
        ui.actionChangeStation.triggered.connect(self.change_station_requested)
        ui.actionLock.triggered.connect(self.lock_requested)
        ui.actionSettings.triggered.connect(self.settings_requested)
        ui.actionLogOut.triggered.connect(self.logged_out)
        ui.actionQuit.triggered.connect(self.close)
        # The seeds' smaller duties (review, purchasing notice, delays): benchapp.ui.duty_dialog.
        self.duty_action = QAction(self.tr("Record a &duty…"), self)
        self.duty_action.setObjectName("actionRecordDuty")
        self.duty_action.triggered.connect(self.record_duty)
        ui.stationMenu.addAction(self.duty_action)
        # Issue 17.2: everyone reads the terms; the admin and the technical supervisor keep them.
        self.warranty_action = QAction(self.tr("&Warranty terms…"), self)
        self.warranty_action.setObjectName("actionWarrantyTerms")
        self.warranty_action.triggered.connect(self.warranty_terms)
        ui.stationMenu.addAction(self.warranty_action)
        ui.retryButton.clicked.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self._search_changed)
        ui.searchEdit.returnPressed.connect(self._search_entered)
        ui.rmaTable.selectionModel().selectionChanged.connect(self._show_selected_units)
        self.rma_model.modelReset.connect(self._show_selected_units)
        self.rma_model.reloaded.connect(self._reloaded)
        self.rma_model.page_added.connect(lambda _rows: self._update_count())
        self.rma_model.load_failed.connect(self._load_failed)

        # Read when someone first looks at the tab, not at every sign-in.
        self._rma_list_stale = True
        ui.tabs.currentChanged.connect(self._tab_shown)
        ui.rmaTable.doubleClicked.connect(self._open_selected_rma_history)
        ui.unitTable.doubleClicked.connect(self._open_selected_unit_history)

        self._loaded_at: datetime | None = None
        self._sized = False
        # Scans that came while a modal window without a scan field was open (a question, a
        # message): used by the view once it closes, never dropped.
        self.queued_scans: list[Scan] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(_ModalWatcher(self._modal_closed, self))
        self._show_selected_units()
        ui.searchEdit.setFocus()
        self._show_zone()
        self.ops.run(lambda: reports.shop_zone(self._uow_factory()), kind="zone",
                     on_success=self._zone_loaded, on_failure=self._zone_failed)
        if session is not None:
            self.set_session(session)

    # -- the station ---------------------------------------------------------------------

    def set_session(self, session: Session) -> QWidget:
        """Show ``session.station``'s view (replacing any earlier one) for ``session.user``."""
        from benchapp.ui.stations.registry import view_class

        session.open_history = self.open_history
        old = self.view
        self.session = session
        self.user = session.user
        view = view_class(session.station)(session, self)
        view.setObjectName("stationView")
        if old is not None:
            self.ui.stationLayout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.ui.stationLayout.addWidget(view)
        self.view = view
        view.status_message.connect(self._show_status)
        view.changed.connect(self._station_changed_data)
        station_name = labels.station(session.station.value)
        self.ui.tabs.setTabText(0, station_name.replace("&", "&&"))  # "&" is not a shortcut
        self.ui.tabs.setTabVisible(0, True)
        self.ui.tabs.setCurrentIndex(0)
        self.setWindowTitle(self.tr("After-sales repair bench - {station} - {name}").format(
            station=station_name, name=session.user.display_name))
        self.user_label.setText(self.tr("Signed in: {name} ({roles})").format(
            name=session.user.display_name,
            roles=labels.roles(r.value for r in session.user.roles)))
        self.station_label.setText(self.tr("Station: {station}").format(station=station_name))
        view.refresh()
        self.focus_scan_field()
        return view

    def focus_scan_field(self) -> None:
        """The keyboard focus to the station view's scan field (its tab shown), so that a
        wedge scan typed after sign-in, unlock, a user switch or a dialog is read."""
        if self.view is None:
            self.ui.searchEdit.setFocus()
            return
        if self.ui.tabs.currentIndex() != 0:
            return  # the person is using the RMA list: leave its focus alone
        focus = getattr(self.view, "focus_scan_field", None)
        if focus is None or not focus():
            self.view.setFocus()

    def _modal_closed(self, dialog: QWidget) -> None:
        # After the dialog's own code has run (it may open the next one).
        parent = dialog.parentWidget()
        mine = parent is None or parent.window() is self
        QTimer.singleShot(0, self, lambda: self._after_modal(mine))

    def _after_modal(self, mine: bool) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # another one is still open (or opened next)
        queued, self.queued_scans = self.queued_scans, []
        for scan in queued:
            self.route_scan(scan)
        if mine and not queued:  # a scan used by the view: the view chose the next focus
            self.focus_scan_field()

    def _zone_loaded(self, zone: object) -> None:
        shop_time.set_zone(zone)  # type: ignore[arg-type]
        self._show_zone()
        for widget in self.findChildren(QTableView):
            widget.viewport().update()  # times already shown, now on the shop's clock

    @staticmethod
    def _zone_failed(error: BaseException) -> None:
        if not isinstance(error, DatabaseUnavailable):
            raise error  # a bug: the crash handler sees it
        # The list's own read says the database is down; times stay on the PC's clock.

    def _show_zone(self) -> None:
        self.zone_label.setText(self.tr("Times: shop time {zone}").format(
            zone=shop_time.zone_text()))

    def _show_status(self, text: str) -> None:
        self.ui.statusBar.showMessage(text, STATUS_MESSAGE_MS)

    def _station_changed_data(self) -> None:
        # The RMA list is reloaded when someone looks at it, not after every scan.
        self._rma_list_stale = True
        if self.ui.tabs.currentIndex() == 1:
            self.refresh()

    def _tab_shown(self, index: int) -> None:
        if index == 1 and self._rma_list_stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tab_shown(self.ui.tabs.currentIndex())
        self.focus_scan_field()

    def refresh_all(self) -> None:
        if self.view is not None:
            self.view.refresh()
        if self.ui.tabs.currentIndex() == 1:
            self.refresh()
        else:
            self._rma_list_stale = True

    # -- devices -------------------------------------------------------------------------

    def set_device_state(self, device: str, state: str | None) -> None:
        """Show a scanner's or fixture's state; None = not configured at this bench."""
        names = {"scanner": self.tr("Scanner"), "fixture": self.tr("Fixture")}
        states = {
            None: self.tr("not set up"),
            "connecting": self.tr("connecting…"),
            "connected": self.tr("connected"),
            "disconnected": self.tr("DISCONNECTED - reconnecting"),
            "stopped": self.tr("stopped"),
        }
        label = self.scanner_label if device == "scanner" else self.fixture_label
        label.setText(self.tr("{device}: {state}").format(
            device=names[device], state=states.get(state, state or "")))
        alarm = state in ("disconnected", "stopped")
        label.setStyleSheet("color: #a4262c; font-weight: bold;" if alarm else "")

    def scan_rejected(self, rejected: ScanRejected) -> None:
        self._tell(messages.scan_reject_text(rejected), error=True)

    def route_scan(self, scan: Scan) -> str:
        """Deliver one scan; returns where it went (for tests and the benchmark)."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handler = getattr(modal, "handle_scan", None)
            if handler is not None:
                handler(scan)
                return "dialog"
            # A message box or a question: the scan must not act behind it; it waits.
            self.queued_scans.append(scan)
            self.ui.statusBar.showMessage(self.tr(
                "Scan {text} kept: it is used when this window is closed.").format(
                text=scan.text), STATUS_MESSAGE_MS)
            return "queued"
        if scan.kind == KIND_BADGE:
            self.badge_scanned.emit(scan.text)
            return "badge"
        if scan.kind == KIND_SLIP and self.session is not None:
            self.receive_scanned_slip(scan.text)
            return "slip"
        if scan.kind == KIND_RECORD:
            # A printed form's QR (issue 14), at any station: it opens its record. The
            # supervisor view shows a complaint notice or corrective action itself.
            select = getattr(self.view, "select_record", None)
            if select is not None and self.ui.tabs.currentIndex() == 0 and select(scan.text):
                return "view"
            self.open_history_of_record(scan.text)
            return "history"
        if (self.view is not None and self.ui.tabs.currentIndex() == 0
                and self.view.handle_scan(scan)):
            return "view"
        if scan.kind == KIND_RMA:
            self.open_history(scan.text, None)
            return "history"
        if scan.kind == KIND_UNIT:
            self.open_history_of_serial(scan.text)  # its RMA is looked up off the GUI thread
            return "history"
        self._tell(self.tr("This code is not a unit, RMA, slip or badge: {text}").format(
            text=scan.text), error=True)
        return "unknown"

    def receive_scanned_slip(self, text: str) -> None:
        qr = parse_slip_qr(text)
        if qr is None or self.session is None or self.view is None:
            return
        self.ui.tabs.setCurrentIndex(0)
        self.view.receive_slip(qr.slip_no)

    def _tell(self, text: str, *, error: bool = False) -> None:
        bar = getattr(self.view, "message_bar", None)
        if bar is not None and self.ui.tabs.currentIndex() == 0:
            if error:
                self.view.show_error(text)  # type: ignore[union-attr]
            else:
                bar.show_message("ok", text)
        self.ui.statusBar.showMessage(text, STATUS_MESSAGE_MS)

    # -- history -------------------------------------------------------------------------

    def open_history_of_serial(self, serial: str) -> None:
        """The history of the RMA a unit is in (its open one, else its latest return)."""
        factory = self._uow_factory

        def found(rma_no: str | None) -> None:
            if rma_no is None:
                self._tell(self.tr("Unit {serial} is not in any RMA.").format(serial=serial),
                           error=True)
            else:
                self.open_history(rma_no, serial)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DatabaseUnavailable):
                raise error
            self._tell(messages.database_unavailable_text(str(error)), error=True)

        self.ops.run(lambda: queries.rma_of_serial(factory(), serial), kind="serial-history",
                     on_success=found, on_failure=failed)

    def open_history_of_record(self, record_no: str) -> None:
        """The history of the RMA a shipping note, anomaly form, complaint notice or corrective
        action (a form's QR) belongs to."""
        factory = self._uow_factory

        def found(rma_no: str | None) -> None:
            if rma_no is None:
                self._tell(self.tr("No record {number}.").format(number=record_no), error=True)
            else:
                self.open_history(rma_no, None)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DatabaseUnavailable):
                raise error
            self._tell(messages.database_unavailable_text(str(error)), error=True)

        self.ops.run(lambda: forms.rma_of_record(factory(), record_no), kind="record-history",
                     on_success=found, on_failure=failed)

    def open_history(self, rma_no: str, serial: str | None = None) -> QWidget | None:
        from benchapp.ui import history

        if self.session is None:
            return None
        # A child of this window, deleted when closed: nothing else needs to hold it.
        return history.open_history(self, self.session, rma_no, serial)

    def record_duty(self) -> None:
        if self.session is None:
            return
        from benchapp.ui import duty_dialog

        duty_dialog.open_dialog(self, self.session)

    def warranty_terms(self) -> None:
        if self.session is None:
            return
        from benchapp.ui import warranty_terms_dialog

        warranty_terms_dialog.open_dialog(self, self.session)

    def ask_history(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("History"), self.tr("RMA no. or unit serial number:"))
        text = text.strip()
        if not ok or not text:
            return
        if text.upper().startswith("RMA-"):
            self.open_history(text.upper(), None)
            return
        self.open_history_of_serial(text)

    def _open_selected_rma_history(self) -> None:
        rma_no = self.selected_rma_no()
        if rma_no:
            self.open_history(rma_no, None)

    def _open_selected_unit_history(self, index: QModelIndex) -> None:
        rma_no = self.selected_rma_no()
        if rma_no:
            serial = self.unit_proxy.data(self.unit_proxy.index(index.row(), 0))
            self.open_history(rma_no, serial)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (off the GUI thread): ``refreshed`` or ``refresh_failed`` follows.

        On database trouble the list shown so far stays, with a message.
        """
        self._reselect = self.selected_rma_no()
        self._search_timer.stop()
        self.rma_model.reload(search=self.ui.searchEdit.text())

    def wait_loaded(self, timeout_ms: int = 30_000) -> bool:
        """Block until the reads under way are in (for tests and screenshots)."""
        return self.ops.wait(timeout_ms)

    def _read_page(self, **query: object) -> queries.RmaPage:
        return queries.rma_page(self._uow_factory(), **query)  # type: ignore[arg-type]

    def _reloaded(self, total: int, _total_all: int) -> None:
        self.ui.errorFrame.hide()
        self._rma_list_stale = False
        self._loaded_at = shop_time.now()
        if self._reselect is not None:
            self.select_rma(self._reselect)
            self._reselect = None
        if self._pick_serial is not None:
            self._pick_first_match()
        if self.rma_model.rowCount() and not self._sized:
            self._resize_columns()  # once, over the first page: never over the whole list
            self._sized = True
        self._update_count()
        self.ui.statusBar.showMessage(
            self.tr("{count} RMAs loaded at {time}.").format(
                count=total, time=self._loaded_at.strftime("%H:%M:%S")),
            STATUS_MESSAGE_MS)
        self.refreshed.emit(total)

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseUnavailable):
            raise error  # a bug: the crash handler sees it
        self._show_database_error(str(error))

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
        rows = self.ui.rmaTable.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def selected_rma_no(self) -> str | None:
        index = self._selected_index()
        return self.rma_model.data(index, RMA_NO_ROLE) if index.isValid() else None

    def select_rma(self, rma_no: str) -> bool:
        """Select ``rma_no`` if it is among the rows loaded so far."""
        row = self.rma_model.row_of(rma_no)
        if row is None:
            return False
        self._select_row(self.ui.rmaTable, self.rma_model.index(row, 0))
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
        """The lower table: the selected RMA's units, read for that RMA alone."""
        rma_no = self.selected_rma_no()
        if rma_no is None:
            self._units_of = self._units_shown = None
            self.unit_model.set_units([])
            self.ui.unitsGroup.setTitle(self.tr("Units"))
            return
        if rma_no == self._units_of:
            return
        self._units_of = rma_no
        factory = self._uow_factory
        self.ops.run(lambda: queries.rma_units(factory(), rma_no), kind="units",
                     on_success=lambda units: self._units_loaded(rma_no, units),
                     on_failure=self._load_failed)

    def _units_loaded(self, rma_no: str, units: list[queries.UnitLine]) -> None:
        if rma_no != self.selected_rma_no():
            return
        self._units_shown = rma_no
        self.unit_model.set_units(units)
        fit_columns(self.ui.unitTable)
        self.ui.unitsGroup.setTitle(self.tr("Units of {rma_no} ({count})").format(
            rma_no=rma_no, count=len(units)))
        if self._pick_serial is not None:
            self.select_unit(self._pick_serial)
            self._pick_serial = None

    # -- search --------------------------------------------------------------------------

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()  # ask the database once the typing pauses

    def _search_now(self) -> None:
        self._reselect = self.selected_rma_no()
        self.rma_model.reload(search=self.ui.searchEdit.text())

    def _search_entered(self) -> None:
        """Enter (a scanner's suffix) opens the first match, and the unit if a serial was
        scanned: at once, without waiting for the typing pause. On a search already shown
        that stopped before the oldest RMAs, Enter searches on."""
        text = self.ui.searchEdit.text().strip()
        model = self.rma_model
        if text and text == model.search and model.more_to_search and model.canFetchMore():
            self._search_timer.stop()
            model.fetchMore()
            return
        self._pick_serial = text
        self._search_timer.stop()
        self._search_now()

    def _pick_first_match(self) -> None:
        if self.rma_model.rowCount() == 0:
            self._pick_serial = None
            return
        if not self._selected_index().isValid():
            self._select_row(self.ui.rmaTable, self.rma_model.index(0, 0))
        if self._units_shown == self.selected_rma_no():
            self.select_unit(self._pick_serial or "")
            self._pick_serial = None
        # else: the units are on their way; _units_loaded selects the scanned one

    def _update_count(self) -> None:
        model = self.rma_model
        if not model.search:
            text = self.tr("{total} RMAs").format(total=model.total_all)
        elif model.more_to_search and model.searched_since is not None:
            # A search looks at a window of RMAs at a time: say how far back it has looked.
            text = self.tr("{shown} found in the RMAs received since {date}; scroll down or "
                           "press Enter to search older ones").format(
                shown=model.rowCount(), date=model.searched_since.astimezone().strftime(
                    "%Y-%m-%d %H:%M"))
        elif model.more_to_search:
            text = self.tr("{shown} found so far, not every RMA searched yet; scroll down or "
                           "press Enter to search on").format(shown=model.rowCount())
        elif model.total is None:
            text = self.tr("More than {shown} of {total} RMAs").format(
                shown=model.rowCount(), total=model.total_all)
        else:
            text = self.tr("{shown} of {total} RMAs").format(shown=model.total,
                                                              total=model.total_all)
        self.ui.countLabel.setText(text)
