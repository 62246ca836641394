"""Receiving & Shipping: the delivery a return refers to, entered on the service form, and the
step-8 rule over that delivery said at shipping (including when it cannot be evaluated)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.services import queries
from benchapp.ui import printing
from tests.gui.helpers import settle
from tests.gui.station_helpers import answer_signatures, station_shop
from tests.gui.test_station_receiving import (
    fill_form,
    latest_rma_no,
    make_view,
    ready_to_ship,
    rma,
    scan_typed,
    ship_by_keyboard,
    type_number,
)


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def view(shop, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    return make_view(shop, qtbot)


def test_the_clerk_enters_the_delivery_and_each_unit_s_lot(view, shop, qtbot):
    ui = view.ui
    fill_form(qtbot, view, declared=2, counted=2)
    assert "cannot be evaluated" in ui.deliveryHintLabel.text()
    qtbot.keyClicks(ui.deliveryNoEdit, "DN-2610-077")
    assert "Delivered quantity not known" in ui.deliveryHintLabel.text()
    type_number(qtbot, ui.deliveredQtySpin, 1200)
    assert ui.deliveryHintLabel.isHidden()
    qtbot.mouseClick(ui.shipDateCheck, Qt.MouseButton.LeftButton)
    assert ui.shipDateEdit.isEnabled()
    # The lot shown when a unit is scanned is that unit's: two lots in one return.
    qtbot.keyClicks(ui.lotEdit, "WO-2609-011")
    qtbot.keyClicks(ui.dateCodeEdit, "2636")
    scan_typed(qtbot, ui.serialScanEdit, "SN-2001")
    ui.lotEdit.clear()
    qtbot.keyClicks(ui.lotEdit, "WO-2610-003")
    scan_typed(qtbot, ui.serialScanEdit, "SN-2002")
    assert "WO-2609-011" in ui.serialList.item(0).toolTip()
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()

    saved = rma(shop, latest_rma_no(shop))
    assert saved.delivery_no == "DN-2610-077"
    assert {u.serial: (u.production_lot, u.date_code) for u in saved.units} == {
        "SN-2001": ("WO-2609-011", "2636"), "SN-2002": ("WO-2610-003", "2636")}
    (received,) = [e for e in queries.rma_detail(shop.uow(), saved.rma_no).log
                   if e.action == "rma_received"]
    assert received.detail["delivered_qty"] == 1200 and received.detail["ship_date"]
    # The form is empty again, the hint back for the next return.
    assert ui.deliveryNoEdit.text() == "" and ui.deliveredQtySpin.value() == 0
    assert not ui.deliveryHintLabel.isHidden()


def test_a_contradicting_delivered_quantity_is_refused_and_the_form_kept(view, shop, qtbot):
    shop.bench.receive(1, delivery_no="DN-5", delivered_qty=300)
    ui = view.ui
    fill_form(qtbot, view, declared=1, counted=1)
    qtbot.keyClicks(ui.deliveryNoEdit, "DN-5")
    type_number(qtbot, ui.deliveredQtySpin, 3000)
    scan_typed(qtbot, ui.serialScanEdit, "SN-3001")
    qtbot.keyClick(ui.serialScanEdit, Qt.Key.Key_Return)
    settle()
    assert view.message_bar.kind == "error"
    assert "300" in view.message_bar.text() and "3000" in view.message_bar.text()
    assert ui.deliveryNoEdit.text() == "DN-5" and ui.serialList.count() == 1


@pytest.mark.parametrize("delivery, expected", [
    ({"delivery_no": ""}, "names no delivery"),
    ({"delivery_no": "DN-9"}, "delivery DN-9 has no delivered quantity"),
])
def test_shipping_says_when_the_rule_cannot_be_evaluated(view, shop, qtbot, monkeypatch,
                                                         delivery, expected):
    rma_no, serials = ready_to_ship(shop, n=1, cause="production", **delivery)
    view.refresh()
    settle()
    answer_signatures(monkeypatch)
    view.ui.tabs.setCurrentWidget(view.ui.shippingTab)
    ship_by_keyboard(qtbot, view, serials)
    result = view.ui.shipResultLabel.text()
    assert "SHN-" in result and "not evaluated" in result and expected in result
    assert view.message_bar.kind == "warn" and expected in view.message_bar.text()
    assert not rma(shop, rma_no).complaint_notice_raised


def test_shipping_below_the_threshold_shows_the_delivery_s_rate(view, shop, qtbot, monkeypatch):
    _, serials = ready_to_ship(shop, n=1, cause="production", delivery_no="DN-10",
                               delivered_qty=1000)
    view.refresh()
    settle()
    answer_signatures(monkeypatch)
    view.ui.tabs.setCurrentWidget(view.ui.shippingTab)
    ship_by_keyboard(qtbot, view, serials)
    assert "1 of 1000" in view.ui.shipResultLabel.text()
    assert "0.10%" in view.ui.shipResultLabel.text()
    assert view.message_bar.kind == "ok"
