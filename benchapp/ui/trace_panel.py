"""Traceability in the GUI (issue 17.1): the trace search of the history window (a production
lot, a part no. with its lot, a delivery, a date-code range -> the returned units and their
causes, each opening that unit's history) and the Supervisor's clusters of returns, from which
a corrective action opens. Every read goes through ``services.trace`` on the host's worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from benchapp.services import trace
from benchapp.ui import labels
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.models.rma_table import format_time
from benchapp.ui.session import Session
from benchapp.ui.stations.base import fit_columns, setup_table

# What one search lists; more matches say so (the CLI's --limit is the way to all of them).
TRACE_LISTED = 500


class Host(Protocol):
    """The view the panel lives in: its OpRunner (ServiceCalls.attempt) and message bar."""

    def attempt(self, work: Callable[[], Any], *, on_success: Callable[[Any], Any] | None = None,
                on_failure: Callable[[Exception], Any] | None = None,
                kind: str | None = None) -> None: ...


def causes_text(u: trace.ReturnedUnit) -> str:
    return labels.join(labels.cause_category(c.category) + (f" {c.code}" if c.code else "")
                       for c in u.causes)


class TracePanel(QWidget):
    """Search returned units by production lot, part no. (+ lot), delivery or date-code range.

    Signals:
        searched(int): the list now holds this many units.
        unit_opened(str, str): a unit was opened (rma_no, serial).
    """

    searched = Signal(int)
    unit_opened = Signal(str, str)

    KINDS = ("lot", "part", "delivery", "datecode")

    def __init__(self, host: Host, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.session = host, session
        self.result: trace.TraceResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("traceKindCombo")
        self.kind_label.setBuddy(self.kind_combo)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("traceValueEdit")
        self.second_edit = QLineEdit(self)  # the part's lot, or the last date code
        self.second_edit.setObjectName("traceSecondEdit")
        self.model_edit = QLineEdit(self)  # date codes: of one model
        self.model_edit.setObjectName("traceModelEdit")
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("traceSearchButton")
        self.search_button.setAutoDefault(False)
        for w in (self.kind_label, self.kind_combo, self.value_edit, self.second_edit,
                  self.model_edit, self.search_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("traceCountLabel")
        layout.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setObjectName("traceTable")
        layout.addWidget(self.table, 1)
        self.model: RecordTableModel[trace.ReturnedUnit] = self._make_model()
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        setup_table(self.table)
        self.table.doubleClicked.connect(self._open)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open(self.table.currentIndex()))
        self.search_button.clicked.connect(lambda: self.search())
        for edit in (self.value_edit, self.second_edit, self.model_edit):
            edit.returnPressed.connect(lambda: self.search())
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()

    # -- public ------------------------------------------------------------------------------

    def set_search(self, kind: str, value: str, second: str = "", model: str = "") -> None:
        self.kind_combo.setCurrentIndex(self.KINDS.index(kind))
        self.value_edit.setText(value)
        self.second_edit.setText(second)
        self.model_edit.setText(model)

    def search(self) -> None:
        """Run the search the fields describe (on the host's worker)."""
        kind = self.kind_combo.currentData() or "lot"
        value, second = self.value_edit.text(), self.second_edit.text().strip()
        model = self.model_edit.text().strip() or None
        session = self.session

        def work() -> trace.TraceResult:
            uow = session.uow()
            if kind == "lot":
                return trace.trace_lot(uow, value, limit=TRACE_LISTED)
            if kind == "part":
                return trace.trace_part(uow, value, lot=second or None, limit=TRACE_LISTED)
            if kind == "delivery":
                return trace.trace_delivery(uow, value, limit=TRACE_LISTED)
            return trace.trace_datecode(uow, value, second or value, model=model,
                                        limit=TRACE_LISTED)

        self.count_label.setText(self.tr("Searching…"))
        self.host.attempt(work, on_success=self._show,
                          on_failure=lambda _e: self.count_label.setText(""), kind="trace")

    # -- showing -----------------------------------------------------------------------------

    def _show(self, result: trace.TraceResult) -> None:
        self.result = result
        self.model.set_records(list(result.units))
        fit_columns(self.table)
        n = len(result.units)
        if not n:
            text = self.tr("No returned unit found.")
        elif result.truncated:
            text = self.tr("The first {n} returned units (more match; narrow the search or "
                           "use benchapp trace … --limit).").format(n=n)
        else:
            text = self.tr("{n} returned unit(s). Double-click or Enter opens one.").format(n=n)
        self.count_label.setText(text)
        self.searched.emit(n)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        u = self.model.record(self.proxy.mapToSource(index).row())
        self.unit_opened.emit(u.rma_no, u.serial)
        if self.session.open_history is not None:
            self.session.open_history(u.rma_no, u.serial)
        else:
            from benchapp.ui.history import open_history

            open_history(self.window(), self.session, u.rma_no, u.serial)

    # -- texts -------------------------------------------------------------------------------

    def _make_model(self) -> RecordTableModel[trace.ReturnedUnit]:
        return RecordTableModel([
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("Customer"), lambda u: u.customer),
            Column(self.tr("Received"), lambda u: format_time(u.received_at),
                   sort_key=lambda u: u.received_at.isoformat() if u.received_at else ""),
            Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            Column(self.tr("Lot"), lambda u: u.production_lot),
            Column(self.tr("Date code"), lambda u: u.date_code),
            Column(self.tr("Causes"), causes_text, tooltip=lambda u: labels.join(
                c.root_cause for c in u.causes if c.root_cause)),
        ], key=lambda u: f"{u.rma_no}/{u.serial}", parent=self)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.second_edit.setVisible(kind in ("part", "datecode"))
        self.model_edit.setVisible(kind == "datecode")
        self.value_edit.setPlaceholderText({
            "lot": self.tr("production lot"), "part": self.tr("part no."),
            "delivery": self.tr("delivery no."), "datecode": self.tr("first date code"),
        }.get(kind, ""))
        self.second_edit.setPlaceholderText(
            self.tr("the part's lot (optional)") if kind == "part"
            else self.tr("last date code (optional)"))
        self.model_edit.setPlaceholderText(self.tr("model (optional)"))

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("Trace &by:"))
        kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for key, text in zip(self.KINDS, (self.tr("Production lot"), self.tr("Part no."),
                                          self.tr("Delivery"), self.tr("Date codes")),
                             strict=True):
            self.kind_combo.addItem(text, key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_combo.blockSignals(False)
        self.search_button.setText(self.tr("Searc&h"))
        self._kind_changed()
        records = self.model.records()
        model = self._make_model()
        model.set_records(records)
        if hasattr(self, "proxy"):
            self.proxy.setSourceModel(model)
            self.model.deleteLater()
        self.model = model


class ClusterPanel(QWidget):
    """Lots and date codes with a cluster of returns for one cause (``trace.clusters``), the
    units of the chosen one, and "Open a corrective action…" from it.

    Signals:
        loaded(int): this many clusters are listed.
        corrective_action_requested(str, str): source ("LOT:<lot>" / "DATECODE:<code>") and
            a root-cause text to start the corrective action with.
    """

    loaded = Signal(int)
    corrective_action_requested = Signal(str, str)

    def __init__(self, host: Host, session: Session, parent: QWidget | None = None, *,
                 may_open_actions: bool = True) -> None:
        super().__init__(parent)
        self.host, self.session = host, session
        # Only process supervisors open corrective actions (the service refuses the others).
        self.may_open_actions = may_open_actions
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableView(self)
        self.table.setObjectName("clustersTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.capa_button = QPushButton(self)
        self.capa_button.setObjectName("capaFromClusterButton")
        self.capa_button.setAutoDefault(False)
        row.addWidget(self.capa_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.units = TracePanel(host, session, self)
        self.units.setObjectName("clusterUnits")
        layout.addWidget(self.units, 1)
        self.model: RecordTableModel[trace.Cluster] = self._make_model()
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        setup_table(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.capa_button.clicked.connect(self._capa)
        self.retranslate()
        self._chosen()

    def set_clusters(self, found: list[trace.Cluster]) -> None:
        self.model.set_records(found)
        fit_columns(self.table)
        self._chosen()
        self.loaded.emit(len(found))

    def selected(self) -> trace.Cluster | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select(self, by: str, value: str) -> bool:
        for row, c in enumerate(self.model.records()):
            if (c.by, c.value) == (by, value):
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return True
        return False

    @staticmethod
    def source_of(c: trace.Cluster) -> str:
        return f"{'LOT' if c.by == 'lot' else 'DATECODE'}:{c.value}"

    def _chosen(self, *_args: Any) -> None:
        c = self.selected()
        self.capa_button.setEnabled(c is not None and self.may_open_actions)
        if c is None:
            return
        self.units.set_search("lot" if c.by == "lot" else "datecode", c.value, c.value)
        self.units.search()

    def _capa(self) -> None:
        c = self.selected()
        if c is None:
            return
        cause = labels.cause_category(c.cause.category) + (
            f" {c.cause.code}" if c.cause.code else "")
        root = self.tr("{units} units of {what} {value} returned for {cause} "
                       "within {days} days").format(
            units=c.units, what=self._by_text(c.by), value=c.value, cause=cause,
            days=trace.CLUSTER_DAYS)
        self.corrective_action_requested.emit(self.source_of(c), root)

    def _by_text(self, by: str) -> str:
        return self.tr("production lot") if by == "lot" else self.tr("date code")

    def _make_model(self) -> RecordTableModel[trace.Cluster]:
        return RecordTableModel([
            Column(self.tr("By"), lambda c: self._by_text(c.by)),
            Column(self.tr("Lot / date code"), lambda c: c.value),
            Column(self.tr("Cause"), lambda c: labels.cause_category(c.cause.category)
                   + (f" {c.cause.code}" if c.cause.code else "")),
            Column(self.tr("Units"), lambda c: c.units, align_right=True),
            Column(self.tr("First"), lambda c: format_time(c.first_at),
                   sort_key=lambda c: c.first_at.isoformat() if c.first_at else ""),
            Column(self.tr("Last"), lambda c: format_time(c.last_at),
                   sort_key=lambda c: c.last_at.isoformat() if c.last_at else ""),
            Column(self.tr("Serials"), lambda c: labels.join(c.serials),
                   tooltip=lambda c: labels.join(c.serials)),
        ], key=lambda c: f"{c.by}|{c.value}|{c.cause.category}|{c.cause.code}",
            highlight=lambda _c: "warn", parent=self)

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Lots and date codes with {units} or more units repaired for one cause in the "
            "last {days} days. Choose one to list its units; open a corrective action from "
            "it.").format(units=trace.CLUSTER_MIN_UNITS, days=trace.CLUSTER_DAYS))
        self.capa_button.setText(self.tr("Open a corrective action from this cl&uster…"))
        records = self.model.records() if hasattr(self, "model") else []
        if hasattr(self, "proxy"):
            model = self._make_model()
            model.set_records(records)
            self.proxy.setSourceModel(model)
            self.model.deleteLater()
            self.model = model
        self.units.retranslate()
