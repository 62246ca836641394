"""The table models behind the main window, checked with pytest-qt's model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from benchapp.services.queries import RmaSummary, UnitLine
from benchapp.ui.models.rma_table import (
    COL_DUE,
    COL_QTY,
    COL_STATUS,
    COL_UNITS,
    RmaTableModel,
)
from benchapp.ui.models.unit_table import COL_LOOPS, COL_REPEAT, COL_STATE, UnitTableModel

pytestmark = pytest.mark.gui


def summary(rma_no, customer, qty, *, units=(), due=None, batch=False, status="open"):
    units = list(units) or [UnitLine(f"{rma_no}-{i:03d}", "received", "receiving", 0, 0)
                            for i in range(1, qty + 1)]
    states: dict[str, int] = {}
    for u in units:
        states[u.state] = states.get(u.state, 0) + 1
    return RmaSummary(rma_no=rma_no, customer=customer, model="PCBA-7", counted_qty=qty,
                      status=status, batch=batch, due_date=due,
                      received_at=datetime(2025, 6, 1, 8, 30, tzinfo=UTC), states=states,
                      units=units)


SAMPLE = [
    summary("RMA-000003", "Acme Shenzhen", 12, due=date(2025, 7, 1)),
    summary("RMA-000002", "深圳华讯", 2, units=[
        UnitLine("SN-A1", "in_repair", "repair", 1, 0),
        UnitLine("SN-A2", "shipped", "customer", 0, 2),
    ], batch=True),
    summary("RMA-000001", "Beta GmbH", 3, status="closed"),
]


@pytest.fixture
def rma_model(qtbot):
    model = RmaTableModel()
    model.set_rmas(SAMPLE)
    return model



def cell(model, row, col, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, col), role)


def rma_numbers(model):
    return [cell(model, r, 0) for r in range(model.rowCount())]


def test_rma_model_passes_the_model_tester(qtmodeltester, rma_model):
    qtmodeltester.check(rma_model)


def test_empty_rma_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(RmaTableModel())



def test_unit_model_passes_the_model_tester(qtmodeltester):
    model = UnitTableModel()
    model.set_units(SAMPLE[1].units)
    qtmodeltester.check(model)


def test_rma_columns(rma_model):
    headers = [rma_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(rma_model.columnCount())]
    assert headers == ["RMA no.", "Customer", "Model", "Qty", "Status", "Units", "Due date",
                       "Received"]
    assert cell(rma_model, 0, COL_QTY) == 12
    assert cell(rma_model, 0, COL_DUE) == "2025-07-01"
    assert cell(rma_model, 1, COL_UNITS) == "1 in repair, 1 shipped"
    assert cell(rma_model, 1, COL_STATUS) == "Open, batch problem"
    assert cell(rma_model, 2, COL_STATUS) == "Closed"
    assert cell(rma_model, 2, COL_DUE) == ""







def test_unit_columns():
    model = UnitTableModel()
    model.set_units(SAMPLE[1].units)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Serial no.", "State", "Custody", "Rework loops", "Repeat return"]
    assert [cell(model, 0, c) for c in range(5)] == ["SN-A1", "In repair", "Repair", 1, ""]
    assert [cell(model, 1, c) for c in range(5)] == [
        "SN-A2", "Shipped", "Customer", 0, "Yes, returned 2 time(s) before"]
    assert cell(model, 1, COL_REPEAT, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 0, COL_LOOPS) == 1
    assert model.row_of(" sn-a2 ") == 1


def test_unknown_codes_are_shown_raw():
    # A newer database may know a state this GUI does not: show it rather than hide the unit.
    model = UnitTableModel()
    model.set_units([UnitLine("SN-X", "quarantined", "lab", 0, 0)])
    assert cell(model, 0, COL_STATE) == "quarantined"
