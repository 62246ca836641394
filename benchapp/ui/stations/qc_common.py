"""What the QC tabs share: who may do what, the states each tab lists, the loaded work, and
the tab page base class."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHeaderView, QLineEdit, QRadioButton, QTableView, QWidget

from benchapp.domain.rma import AnomalyForm, UnitState, Verdict
from benchapp.domain.roles import STATION_ROLES, Role, Station
from benchapp.services.queries import QcWork, StationUnit
from benchapp.ui.models.records import RecordFilterProxy, RecordTableModel
from benchapp.ui.stations.base import setup_table

if TYPE_CHECKING:
    from benchapp.ui.forms.ui_station_qc import Ui_QcView
    from benchapp.ui.stations.qc import QcView

# Who may do what (the services check again; the view only greys out what cannot work).
TEST_ROLES = frozenset({Role.TESTER, Role.QC_LEAD})
VISUAL_ROLES = frozenset({Role.QC_LEAD, Role.TESTER, Role.OQC_INSPECTOR})
RETEST_ROLES = frozenset({Role.TESTER})
OQC_ROLES = frozenset({Role.OQC_INSPECTOR})
QC_ROLES = STATION_ROLES[Station.QC]

SCREENING_STATES = frozenset({UnitState.AWAITING_SCREENING, UnitState.SCREENING_TESTED})
REINSPECTION_STATES = frozenset({UnitState.AWAITING_REINSPECTION, UnitState.OQC_PENDING})
OUTGOING_STATES: dict[Station, frozenset[UnitState]] = {
    Station.REPAIR: frozenset({UnitState.TO_REPAIR, UnitState.TO_REWORK}),
    Station.PACKING: frozenset({UnitState.READY_TO_PACK}),
}
HANDOVER_STATES = OUTGOING_STATES[Station.REPAIR] | OUTGOING_STATES[Station.PACKING]

TAB_INTAKE, TAB_SCREENING, TAB_ANOMALY, TAB_REINSPECTION, TAB_HANDOVER = range(5)

SCREENING, RETEST = "screening", "retest"


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def chosen(pass_radio: QRadioButton, fail_radio: QRadioButton) -> Verdict | None:
    """The verdict a PASS/FAIL radio pair shows, or None (neither chosen)."""
    if fail_radio.isChecked():
        return Verdict.FAIL
    return Verdict.PASS if pass_radio.isChecked() else None


def clear_choice(*radios: QRadioButton) -> None:
    """Uncheck exclusive radio buttons (Qt keeps one of a group checked otherwise)."""
    for radio in radios:
        radio.setAutoExclusive(False)
        radio.setChecked(False)
        radio.setAutoExclusive(True)


@dataclass(frozen=True)
class FixtureTest:
    """A fixture test this view started: what it is for and which unit."""

    purpose: str  # SCREENING or RETEST
    rma_no: str
    serial: str


@dataclass(frozen=True)
class RetestResult:
    """A re-test verdict waiting for the tester's signature."""

    rma_no: str
    serial: str
    verdict: Verdict
    measurements: list[dict[str, Any]] = field(default_factory=list)
    by_hand: bool = False


@dataclass(frozen=True)
class Loaded(QcWork):
    """The QC work as read (services.queries.qc_work), with what a scan looks up built once
    per load (serials case-insensitive, first one wins)."""

    unit_by_serial: dict[str, StationUnit] = field(init=False)
    form_by_serial: dict[str, AnomalyForm] = field(init=False)
    slip_nos: frozenset[str] = field(init=False)
    rma_nos: frozenset[str] = field(init=False)

    @classmethod
    def of(cls, work: QcWork) -> Loaded:
        return cls(**{f.name: getattr(work, f.name) for f in fields(QcWork)})

    def __post_init__(self) -> None:
        units: dict[str, StationUnit] = {}
        for u in self.units:
            units.setdefault(u.serial.casefold(), u)
        forms: dict[str, AnomalyForm] = {}
        for f in self.forms:
            forms.setdefault(f.serial.casefold(), f)
        # Frozen like the work it extends: set once, here.
        object.__setattr__(self, "unit_by_serial", units)
        object.__setattr__(self, "form_by_serial", forms)
        object.__setattr__(self, "slip_nos", frozenset(h.slip_no for h in self.incoming))
        object.__setattr__(self, "rma_nos", frozenset(
            [u.rma_no for u in self.units] + [h.rma_no for h in self.incoming]
            + [f.rma_no for f in self.forms]))


class QcTab(QWidget):
    """One QC tab page: its list, its panel and the work done there.

    The page is promoted to its subclass in forms/station_qc.ui, so the layout stays in the
    Designer form; ``bind`` hands it the view. QcView composes the five pages: it loads the
    work for all of them (one read), routes scans to the right page, and runs the fixture
    both test steps share. Messages and service calls go through the view (one message bar,
    one worker).
    """

    view: QcView
    ui: Ui_QcView

    def bind(self, view: QcView) -> None:
        self.view = view
        self.ui = view.ui
        self.session = view.session
        self.build()

    def build(self) -> None:
        """Make the page's models and connect its widgets (``ui`` is set); each page has its
        own, along with ``show_work(loaded, keep)``, ``update_panel()`` and ``count()``."""

    def attach(self, table: QTableView, model: RecordTableModel[Any],
               search: QLineEdit | None, *, history: bool = True) -> RecordFilterProxy:
        """Put ``model`` behind a search/sort proxy into ``table``; with ``history``, Enter
        or a double click opens the row's history."""
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        setup_table(table)
        self.view.proxies[table] = proxy
        if search is not None:
            search.textChanged.connect(proxy.set_search)
        if history:
            table.activated.connect(lambda index: self.view.open_history_of(table, index))
        return proxy

    def attach_measurements(self, table: QTableView,
                            model: RecordTableModel[Any]) -> RecordFilterProxy:
        """A fixture's measurements: in the fixture's order; the columns follow the content,
        the name takes the rest."""
        proxy = self.attach(table, model, None, history=False)
        table.setSortingEnabled(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return proxy

    # -- the view's messages and calls -------------------------------------------------------

    def show_done(self, text: str) -> None:
        self.view.show_done(text)

    def show_warning(self, text: str) -> None:
        self.view.show_warning(text)

    def show_error(self, text: str) -> None:
        self.view.show_error(text)
