"""The station lists' table model: rows by key (what a scan looks up), ticks, sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel

pytestmark = pytest.mark.gui


def model(records):
    m = RecordTableModel([Column("Serial", lambda r: r[0]),
                          Column("Loops", lambda r: r[1], align_right=True)],
                         key=lambda r: r[0], checkable=True)
    m.set_records(records)
    return m


def test_rows_are_found_by_key_case_insensitively_after_every_change(qtmodeltester):
    m = model([("SN-A", 2), ("sn-b", 0), ("SN-A", 5)])
    qtmodeltester.check(m)
    assert m.row_of(" sn-a ") == 0  # the first row with the key
    assert m.row_of("SN-B") == 1 and m.row_of("SN-C") is None
    m.set_records([("SN-C", 1)])
    assert m.row_of("SN-A") is None and m.row_of("sn-c") == 0
    # A subclass that appends a row (the receiving count's "not on the slip" rows).
    m.beginInsertRows(QModelIndex(), 1, 1)
    m._records.append(("SN-D", 0))
    m.endInsertRows()
    assert m.row_of("SN-D") == 1


def test_ticks_survive_a_reload_of_the_same_keys_only():
    m = model([("SN-A", 0), ("SN-B", 0)])
    assert m.setData(m.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert m.checked_keys() == ["SN-B"]
    m.set_records([("SN-B", 1), ("SN-C", 0)])
    assert m.checked_keys() == ["SN-B"]
    m.set_records([("SN-C", 0)])
    assert m.checked_keys() == []


def test_the_proxy_sorts_by_raw_values_and_searches_every_column():
    m = model([("SN-A", 10), ("SN-B", 9), ("SN-C", 0)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(m)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["SN-C", "SN-B", "SN-A"]
    proxy.set_search(" sn-b ")
    assert proxy.rowCount() == 1


def test_edit_columns_store_typed_values_and_new_rows_come_from_blank(qtmodeltester):
    def set_qty(record, value):
        if not str(value).isdigit():
            return False
        record["qty"] = int(value)
        return True

    m = RecordTableModel([Column("Part", lambda r: r["part"]),
                          Column("Qty", lambda r: r["qty"], edit=set_qty)],
                         key=lambda r: r["part"], blank=lambda: {"part": "new", "qty": 1})
    m.set_records([{"part": "U1", "qty": 2}])
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not m.setData(m.index(0, 0), "U9")  # not an edit column
    assert not m.setData(m.index(0, 1), "lots")  # refused: the cell keeps its value
    assert m.setData(m.index(0, 1), "5") and m.index(0, 1).data(Qt.ItemDataRole.EditRole) == 5
    assert m.insertRows(1, 2) and [r["part"] for r in m.records()] == ["U1", "new", "new"]
    assert m.removeRows(0, 1) and m.row_of("U1") is None and m.row_of("new") == 0
    qtmodeltester.check(m)


def test_a_table_without_blank_takes_no_new_rows():
    m = model([("SN-A", 0)])
    assert not m.insertRows(0, 1) and m.rowCount() == 1
