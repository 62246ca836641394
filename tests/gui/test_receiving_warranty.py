"""Receiving: each unit's warranty from the record on the service form, the billing preset
from it, and the reason asked (and logged) when the clerk chooses another (issue 17.2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from benchapp.services import queries, warranty
from benchapp.ui import printing
from benchapp.ui.warranty_preset import CHECK_DELAY_MS
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.gui.test_station_receiving import (
    CUSTOMER,
    MODEL,
    latest_rma_no,
    make_view,
    rma,
    scan_typed,
    type_text,
)


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        bench = shop.bench
        warranty.set_terms(bench.uow, bench.admin, customer=CUSTOMER, model=MODEL, months=12,
                           basis="date-code")
        yield shop


@pytest.fixture
def view(shop, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    return make_view(shop, qtbot)


def checked(qtbot):
    qtbot.wait(CHECK_DELAY_MS + 50)
    settle()


def start_form(qtbot, view, code):
    ui = view.ui
    type_text(qtbot, ui.customerCombo.lineEdit(), CUSTOMER)
    qtbot.keyClicks(ui.modelEdit, MODEL)
    type_text(qtbot, ui.complaintEdit, "上电无显示")
    qtbot.keyClicks(ui.dateCodeEdit, code)
    scan_typed(qtbot, ui.serialScanEdit, "SN-W-1")
    checked(qtbot)


def this_week_code(shop):
    with shop.uow() as uow:
        today = warranty.shop_today(uow)
    iso = (today - timedelta(weeks=3)).isocalendar()
    return f"{iso.year % 100:02d}{iso.week:02d}"


def test_out_of_warranty_presets_paid_and_saves_without_a_reason(view, shop, qtbot):
    ui, panel = view.ui, view.new_rma.warranty
    start_form(qtbot, view, "2301")
    assert panel.statusLabel.isVisible()
    assert panel.statusLabel.text().startswith("Out of warranty: date code 2023-01-02, "
                                               "12 months, ended 2024-01-01.")
    assert ui.billingCombo.currentData() == "paid"
    assert not panel.reasonEdit.isVisible()
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()
    saved = rma(shop, latest_rma_no(shop))
    assert saved.billing.value == "paid"
    (unit,) = [e for e in queries.rma_detail(shop.uow(), saved.rma_no).log
               if e.action == "unit_received"]
    assert unit.detail["warranty"] == "out_of_warranty"


def test_an_override_asks_for_a_reason_that_the_history_shows(view, shop, qtbot):
    ui, panel = view.ui, view.new_rma.warranty
    start_form(qtbot, view, this_week_code(shop))
    assert panel.statusLabel.text().startswith("In warranty: date code ")
    assert ui.billingCombo.currentData() == "warranty"
    qtbot.keyClick(ui.billingCombo, Qt.Key.Key_Down)  # the clerk: customer-paid instead
    settle()
    assert ui.billingCombo.currentData() == "paid"
    assert panel.reasonEdit.isVisible()
    # No reason: refused at the form, nothing saved, the reason field focused.
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()
    assert view.message_bar.kind == "error" and "reason" in view.message_bar.text()
    assert queries.rma_overview(shop.uow()) == []
    # A later check (another field typed) keeps the clerk's choice.
    qtbot.keyClicks(ui.storageEdit, "A-01")
    checked(qtbot)
    assert ui.billingCombo.currentData() == "paid"
    type_text(qtbot, panel.reasonEdit, "客户人为损坏，双方同意付费维修")
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()
    saved = rma(shop, latest_rma_no(shop))
    assert saved.billing.value == "paid"
    log = queries.rma_detail(shop.uow(), saved.rma_no).log
    (override,) = [e for e in log if e.action == "billing_overridden"]
    assert override.detail == {"preset": "warranty", "billing": "paid",
                               "reason": "客户人为损坏，双方同意付费维修"}
    assert override.actor_name == shop.bench.business_clerk.username
    # The form is clear again: no verdict, no reason.
    assert not panel.statusLabel.isVisible() and not panel.reasonEdit.isVisible()
    assert panel.reasonEdit.text() == ""


def test_units_that_differ_preset_nothing(view, shop, qtbot):
    ui, panel = view.ui, view.new_rma.warranty
    start_form(qtbot, view, "2301")
    ui.dateCodeEdit.clear()
    qtbot.keyClicks(ui.dateCodeEdit, "26W1")
    scan_typed(qtbot, ui.serialScanEdit, "SN-W-2")
    checked(qtbot)
    text = panel.statusLabel.text()
    assert "SN-W-1: Out of warranty" in text
    assert "SN-W-2: Warranty unknown: date code 26W1 is not" in text
    assert "No preset: choose the billing." in text
    assert panel.preset is None and not panel.reasonEdit.isVisible()
