"""Packing view: count units in from QC, count them into the box by scanning, pack (the
tracking log is marked complete), hand the forms to business."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.devices.scan import parse_scan
from benchapp.domain.handover import HandoverStatus
from benchapp.domain.roles import Role, Station
from benchapp.services import queries, workflow
from benchapp.services import slips as slip_service
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import handover_dialog as hd
from benchapp.ui import printing
from benchapp.ui.stations.packing import PackingView
from tests.gui.helpers import settle
from tests.gui.station_helpers import answer_signatures, station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def view(shop, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    view = PackingView(shop.session(Role.PACKER, Station.PACKING))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


def scan_typed(qtbot, edit, text):
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle()


def ready_to_pack(shop, n=2):
    """Units repaired and through OQC, still at QC."""
    bench = shop.bench
    rma_no, serials = bench.receive(n)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    for s in serials:
        bench.repair(rma_no, s)
    bench.back_to_qc(rma_no, serials)
    for s in serials:
        bench.reinspect(rma_no, s)
    return rma_no, serials


def at_packing(shop, n=2):
    rma_no, serials = ready_to_pack(shop, n)
    shop.bench.to_packing(rma_no, serials)
    return rma_no, serials


def states(shop, rma_no):
    with shop.uow() as uow:
        return {u.serial: u.state.value for u in uow.rmas.get(rma_no).units}


def test_receive_slip_from_qc(view, shop, qtbot, monkeypatch):
    rma_no, serials = ready_to_pack(shop, 2)
    handover = slip_service.hand_over(
        shop.uow(), shop.bench.oqc_inspector, rma_no=rma_no, from_station=Station.QC,
        to_station=Station.PACKING, serials=serials, declared_count=2, password=PASSWORD,
        port=shop.port)
    view.refresh()
    settle()
    assert [h.slip_no for h in view.incoming_model.records()] == [handover.slip_no]
    ui = view.ui
    assert "(1)" in ui.tabs.tabText(ui.tabs.indexOf(ui.incomingTab))

    def count_in(dialog):
        assert isinstance(dialog, hd.ReceiveDialog)
        dialog.show()
        for serial in serials:
            scan_typed(qtbot, dialog.ui.scanEdit, serial)
        qtbot.mouseClick(dialog.ui.acceptButton, Qt.MouseButton.LeftButton)
        settle()
        return dialog.result()

    answer_signatures(monkeypatch, others=count_in)
    # Scanning a unit on the slip points at the slip.
    assert view.handle_scan(parse_scan(serials[0]))
    settle()
    assert ui.tabs.currentWidget() is ui.incomingTab
    assert "receive the slip first" in view.message_bar.text()
    qtbot.mouseClick(ui.receiveButton, Qt.MouseButton.LeftButton)
    settle()

    with shop.uow() as uow:
        assert uow.handovers.get(handover.slip_no).status is HandoverStatus.ACCEPTED
    assert set(states(shop, rma_no).values()) == {"at_packing"}
    assert view.incoming_model.records() == []
    assert [g.rma_no for g in view.rma_model.records()] == [rma_no]


def test_count_by_scanning_then_pack(view, shop, qtbot):
    rma_no, serials = at_packing(shop, 2)
    view.refresh()
    settle()
    ui = view.ui
    assert ui.tabs.currentWidget() is ui.packTab
    assert "Counted 0 of 2" in ui.countLabel.text()

    scan_typed(qtbot, ui.scanEdit, serials[0])
    assert view.unit_model.checked_keys() == [serials[0]]
    assert "Counted 1 of 2" in ui.countLabel.text()
    scan_typed(qtbot, ui.scanEdit, serials[0])
    assert "already counted" in view.message_bar.text()

    # One unit short: refused, nothing packed.
    qtbot.mouseClick(ui.packButton, Qt.MouseButton.LeftButton)
    settle()
    assert view.message_bar.kind == "error"
    assert "does not match" in view.message_bar.text() and serials[1] in view.message_bar.text()
    assert set(states(shop, rma_no).values()) == {"at_packing"}

    scan_typed(qtbot, ui.scanEdit, serials[1])
    assert "the count matches" in ui.countLabel.text()
    changed = []
    view.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(ui.packButton, Qt.MouseButton.LeftButton)
    settle()

    assert set(states(shop, rma_no).values()) == {"packed"}
    log = queries.rma_detail(shop.uow(), rma_no).log
    complete = [e for e in log if e.action == "tracking_complete"]
    assert len(complete) == 1 and sorted(complete[0].detail["serials"]) == sorted(serials)
    assert "tracking log is marked complete" in ui.packResultLabel.text()
    assert changed
    # Next step: the packed tab, the RMA selected, the handover button focused.
    assert ui.tabs.currentWidget() is ui.packedTab
    assert sorted(u.serial for u in view.packed_model.records()) == sorted(serials)
    assert view.rma_model.records() == []


def test_hand_forms_to_business(view, shop, qtbot, monkeypatch):
    rma_no, serials = at_packing(shop, 2)
    view.refresh()
    settle()
    for s in serials:
        view.handle_scan(parse_scan(s))
        settle()
    assert view.pack()
    settle()

    def give(dialog):
        assert isinstance(dialog, hd.GiveDialog)
        assert dialog.to_station is Station.RECEIVING
        dialog.show()
        for serial in serials:
            scan_typed(qtbot, dialog.ui.scanEdit, serial)
        dialog.ui.declaredSpin.setValue(2)
        qtbot.mouseClick(dialog.ui.signButton, Qt.MouseButton.LeftButton)
        settle()
        return dialog.result()

    answer_signatures(monkeypatch, others=give)
    qtbot.mouseClick(view.ui.handOverButton, Qt.MouseButton.LeftButton)
    settle()

    slips = queries.incoming_handovers(shop.uow(), "receiving")
    assert [(h.rma_no, sorted(h.serials)) for h in slips] == [(rma_no, sorted(serials))]
    assert {u.on_open_slip for u in view.packed_model.records()} == {slips[0].slip_no}


def test_hand_over_passes_the_packed_units(view, shop, qtbot, monkeypatch):
    rma_no, serials = at_packing(shop, 2)
    other, other_serials = at_packing(shop, 1)
    workflow.pack_units(shop.uow(), shop.bench.packer, rma_no=rma_no, serials=serials,
                        counted=2)
    workflow.pack_units(shop.uow(), shop.bench.packer, rma_no=other, serials=other_serials,
                        counted=1)
    view.refresh()
    settle()
    calls = []
    monkeypatch.setattr(hd, "give_units", lambda *a, **k: calls.append((a, k)))
    assert view.handle_scan(parse_scan(serials[1]))
    settle()
    assert view.ui.tabs.currentWidget() is view.ui.packedTab
    qtbot.mouseClick(view.ui.handOverButton, Qt.MouseButton.LeftButton)
    settle()

    ((parent, session), kwargs), = calls
    assert parent is view and session is view.session
    assert kwargs["rma_no"] == rma_no and kwargs["to_station"] is Station.RECEIVING
    assert sorted(u.serial for u in kwargs["units"]) == sorted(serials)
    assert {u.state for u in kwargs["units"]} == {"packed"}


def test_database_unreachable_keeps_the_count(view, shop, qtbot, monkeypatch):
    rma_no, serials = at_packing(shop, 2)
    view.refresh()
    settle()
    for s in serials:
        scan_typed(qtbot, view.ui.scanEdit, s)
    real = view.session.uow_factory

    def down():
        raise DatabaseUnavailable("connection refused")

    monkeypatch.setattr(view.session, "uow_factory", down)
    view.pack()
    settle()
    assert "cannot be reached" in view.message_bar.text()
    assert sorted(view.unit_model.checked_keys()) == sorted(serials)
    monkeypatch.setattr(view.session, "uow_factory", real)
    view.message_bar.action_button.click()  # Retry
    settle()
    assert set(states(shop, rma_no).values()) == {"packed"}


def test_scans_select_or_explain(view, shop, qtbot):
    _first, first_serials = at_packing(shop, 1)
    second, _second_serials = at_packing(shop, 2)
    view.refresh()
    settle()
    ui = view.ui
    assert view.handle_scan(parse_scan(second))
    settle()
    assert view.rma_model.record(view.rma_proxy.mapToSource(ui.rmaTable.currentIndex())
                                 .row()).rma_no == second
    # A unit of the other RMA switches the list to its RMA and counts it there.
    assert view.handle_scan(parse_scan(first_serials[0]))
    settle()
    assert view.unit_model.checked_keys() == first_serials
    assert view.handle_scan(parse_scan("SN-NOWHERE"))
    settle()
    assert view.message_bar.kind == "error" and "not at Packing" in view.message_bar.text()
    assert view.handle_scan(parse_scan("RMA-999999"))
    settle()
    assert "RMA-999999 has no units at Packing" in view.message_bar.text()
    assert not view.handle_scan(parse_scan("BADGE-0042"))
    settle()
    ui.scanEdit.setText("SN\x01X")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view.message_bar.kind == "error" and "control character" in view.message_bar.text()
    # Count again clears the ticks.
    qtbot.mouseClick(ui.clearTicksButton, Qt.MouseButton.LeftButton)
    settle()
    assert view.unit_model.checked_keys() == []


def test_models_pass_the_model_tester(view, shop, qtmodeltester):
    at_packing(shop, 2)
    view.refresh()
    settle()
    for model in (view.rma_model, view.unit_model, view.packed_model, view.incoming_model,
                  view.rma_proxy, view.unit_proxy):
        qtmodeltester.check(model)


def test_screenshot(view, shop, tmp_path):
    _rma_no, serials = at_packing(shop, 3)
    view.refresh()
    settle()
    view.handle_scan(parse_scan(serials[0]))
    settle()
    assert not view.grab().isNull()
    view.grab().save(str(tmp_path / "packing.png"))


def test_a_second_pack_press_while_packing_sends_nothing_more(view, shop, qtbot):
    rma_no, serials = at_packing(shop, 1)
    view.refresh()
    settle()
    scan_typed(qtbot, view.ui.scanEdit, serials[0])
    assert view.pack() is True
    assert view.pack() is False  # the first is still on its way
    settle()
    assert view.message_bar.kind == "ok"  # no conflict error after the success
    assert set(states(shop, rma_no).values()) == {"packed"}
