"""Counting units into a box by scanning them: packing's box and shipping's parcel."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QTableView, QTabWidget, QWidget

from benchapp.services.queries import StationUnit
from benchapp.ui.models.records import Column, RecordTableModel
from benchapp.ui.stations.base import (
    StationView,
    attach_table,
    first_row,
    fit_columns,
    select_row,
    selected_record,
)


@dataclass(frozen=True)
class RmaGroup:
    """The units of one RMA on a station list."""

    rma_no: str
    customer: str
    model: str
    billing: str
    due_date: date | None
    units: tuple[StationUnit, ...]

    @property
    def count(self) -> int:
        return len(self.units)


def group_by_rma(units: Iterable[StationUnit]) -> list[RmaGroup]:
    groups: dict[str, list[StationUnit]] = {}
    for unit in units:
        groups.setdefault(unit.rma_no, []).append(unit)
    return [RmaGroup(rma_no=no, customer=us[0].customer, model=us[0].model,
                     billing=us[0].billing, due_date=us[0].due_date, units=tuple(us))
            for no, us in groups.items()]


class BoxScan(QWidget):
    """A tab page where the units of one RMA are ticked off as each is scanned into the box.

    The page's layout is the station's Designer form (the tab page is promoted to this class
    there); ``bind`` hands it the RMA list, the unit list and the scan field of that layout.
    The station decides what a short box means (packing refuses it, shipping sends a partial
    parcel) from ``ticked`` and ``missing``.

    Signals:
        count_changed: another RMA was selected, or a unit was ticked or unticked.
    """

    count_changed = Signal()

    def bind(self, view: StationView, *, tabs: QTabWidget, rma_table: QTableView,
             unit_table: QTableView, scan_edit: QLineEdit, search_edit: QLineEdit,
             rma_columns: Sequence[Column[RmaGroup]],
             unit_columns: Sequence[Column[StationUnit]],
             highlight: Callable[[StationUnit], str | None] | None = None,
             already_text: Callable[[str], str],
             ticked_text: Callable[[str, int, int], str]) -> None:
        """Wire the page's widgets. ``already_text(serial)`` and ``ticked_text(serial, n,
        total)`` are the station's own words for a unit scanned twice and one scanned in."""
        self.view = view
        self._tabs = tabs
        self._rma_table = rma_table
        self._unit_table = unit_table
        self._scan_edit = scan_edit
        self._search_edit = search_edit
        self._already_text = already_text
        self._ticked_text = ticked_text
        self.rma_model: RecordTableModel[RmaGroup] = RecordTableModel(
            rma_columns, key=lambda g: g.rma_no, parent=self)
        self.rma_proxy = attach_table(view, rma_table, self.rma_model, search_edit)
        self.unit_model: RecordTableModel[StationUnit] = RecordTableModel(
            unit_columns, key=lambda u: u.serial, checkable=True, highlight=highlight,
            parent=self)
        self.unit_proxy = attach_table(view, unit_table, self.unit_model, None)
        rma_table.selectionModel().currentRowChanged.connect(self._group_changed)
        self.unit_model.dataChanged.connect(self.count_changed)
        self.unit_model.modelReset.connect(self.count_changed)

    # -- what is in the box ------------------------------------------------------------------

    def set_units(self, units: Iterable[StationUnit]) -> None:
        """Reload the units to box; the selected RMA and the ticks of units still listed stay
        (a refresh after a partial shipment does not make anyone count again)."""
        current = self.current_group()
        self.rma_model.set_records(group_by_rma(units))
        fit_columns(self._rma_table)
        self.select_group(current.rma_no if current else None)

    def unit_count(self) -> int:
        return sum(g.count for g in self.rma_model.records())

    def current_group(self) -> RmaGroup | None:
        return selected_record(self._rma_table, self.rma_proxy)

    def select_group(self, rma_no: str | None) -> None:
        """Select the RMA (the first one if ``rma_no`` is not listed) and list its units."""
        row = self.rma_model.row_of(rma_no) if rma_no else None
        if row is None and self.rma_model.rowCount():
            row = 0
        if row is None or not select_row(self._rma_table, row, search=self._search_edit):
            self.unit_model.set_records([])
            return
        self._group_changed()

    def _group_changed(self, *_args: Any) -> None:
        group = self.current_group()
        self.unit_model.set_records(group.units if group else ())
        fit_columns(self._unit_table)

    def ticked(self) -> list[str]:
        return self.unit_model.checked_keys()

    def missing(self) -> list[str]:
        """The selected RMA's units not scanned into the box yet."""
        group = self.current_group()
        ticked = set(self.ticked())
        return [u.serial for u in group.units if u.serial not in ticked] if group else []

    def count_again(self) -> None:
        self.unit_model.set_all_checked(False)
        self._scan_edit.setFocus()

    def tick_all(self) -> None:
        self.unit_model.set_all_checked(True)

    # -- scans -------------------------------------------------------------------------------

    def scan_unit(self, serial: str) -> bool:
        """Tick a scanned unit in its RMA (selecting that RMA); False if no RMA here has it."""
        wanted = serial.strip().casefold()
        row = first_row(self.rma_model,
                        lambda g: any(u.serial.casefold() == wanted for u in g.units))
        if row is None:
            return False
        group: RmaGroup = self.rma_model.record(row)
        self._tabs.setCurrentWidget(self)
        current = self.current_group()
        if current is None or current.rma_no != group.rma_no:
            self.select_group(group.rma_no)
        row = self.unit_model.row_of(serial)
        if row is None:  # cannot happen: the unit's RMA is selected now
            return False
        select_row(self._unit_table, row)
        if self.unit_model.is_checked(row):
            self.view.show_warning(self._already_text(serial))
        else:
            self.unit_model.set_checked(row, True)
            self.view.show_done(self._ticked_text(serial, len(self.ticked()), group.count))
        self._scan_edit.setFocus()
        return True

    def scan_rma(self, rma_no: str) -> bool:
        """Select a scanned RMA to count its units; False if it has none to box here."""
        if self.rma_model.row_of(rma_no) is None:
            return False
        self._tabs.setCurrentWidget(self)
        self.select_group(rma_no)
        self.view.message_bar.clear()
        self._scan_edit.setFocus()
        return True
