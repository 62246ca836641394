"""Issue 17 in the GUI: the Supervisor's yield chart shows the report's figures, its
Clusters tab lists a lot with a cluster of returns and opens a corrective action from it,
and the history window's trace search lists returned units that open their history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.domain.roles import Role, Station
from benchapp.services import supervision
from benchapp.services.reports import current_week
from benchapp.ui import quality_dialogs
from benchapp.ui.history import HistoryDialog
from benchapp.ui.stations.supervisor import SupervisorView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui


def repaired(bench, n, *, lot, date_code, first_fails=0, **delivery):
    """n units of one lot through repair and re-inspection; the first ``first_fails`` fail
    their first re-inspection test, are repaired again and pass."""
    rma_no, serials = bench.receive(n, production_lot=lot, date_code=date_code, **delivery)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    for s in serials:
        bench.repair(rma_no, s, "production")
    bench.back_to_qc(rma_no, serials)
    failing = serials[:first_fails]
    for s in serials:
        bench.reinspect(rma_no, s, test="FAIL" if s in failing else "PASS")
    if failing:
        bench.to_repair(rma_no, failing)
        for s in failing:
            bench.repair(rma_no, s, "production")
        bench.back_to_qc(rma_no, failing)
        for s in failing:
            bench.reinspect(rma_no, s)
    return rma_no, serials


@pytest.fixture
def shop(tmp_path):
    """Three units of lot WO-9 (date code 2650) of a delivery of 60, one failing its first
    re-inspection: this week, first-pass yield 2/3, 4 repairs of 35 minutes."""
    with station_shop(tmp_path) as shop:
        shop.rma_no, shop.serials = repaired(shop.bench, 3, lot="WO-9", date_code="2650",
                                             first_fails=1, delivery_no="DN-900",
                                             delivered_qty=60)
        yield shop


def make_view(qtbot, shop, role=Role.QC_SUPERVISOR, **kwargs):
    view = SupervisorView(shop.session(role, Station.SUPERVISOR, **kwargs))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


def test_the_yield_chart_shows_first_pass_yield_mttr_and_return_rates(qtbot, shop):
    view = make_view(qtbot, shop)
    view.ui.tabs.setCurrentWidget(view.yields_page)
    chart = view._yields
    assert chart is not None
    chart.wait_for_workers()
    qtbot.waitUntil(lambda: chart.report is not None, timeout=10000)
    drawn = chart.drawn()
    week = str(current_week(shop.uow()))
    assert len(drawn["periods"]) == 12 and drawn["periods"][-1] == week
    assert drawn["first_pass_yield_percent"][-1] == pytest.approx(66.67)
    assert drawn["mttr_minutes"][-1] == 35.0
    assert drawn["first_pass_yield_percent"][:-1] == [None] * 11
    assert "first-pass yield 66.7 % (2 of 3 units re-inspected)" in chart.status_label.text()
    assert "mean time to repair 35.0 min (4 repairs)" in chart.status_label.text()
    model = chart.deliveries_model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "DN-900" and row[3:] == [3, 60, "5.0 %"]
    assert chart.models_model.index(0, 4).data() == "5.0 %"

    # Per month: the same units, one bar for this month.
    with qtbot.waitSignal(chart.loaded, timeout=10000):
        chart.per_combo.setCurrentIndex(chart.per_combo.findData("month"))
    assert chart.drawn()["first_pass_yield_percent"][-1] == pytest.approx(66.67)
    assert chart.report.range.by == "month"


def test_clusters_tab_lists_the_lot_and_opens_a_corrective_action(qtbot, shop):
    view = make_view(qtbot, shop)
    panel = view.clusters_panel
    assert view.ui.tabs.tabText(view.clusters_tab) == "C&lusters (2)"
    clusters = [panel.model.record(r) for r in range(panel.model.rowCount())]
    assert {(c.by, c.value, c.units) for c in clusters} == {("lot", "WO-9", 3),
                                                            ("date_code", "2650", 3)}
    view.ui.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.units.searched, timeout=10000) as listed:
        assert panel.select("lot", "WO-9")
    assert listed.args == [3]
    assert {panel.units.model.record(r).serial for r in range(3)} == set(shop.serials)

    seen = {}

    def fill(dialog):
        assert isinstance(dialog, quality_dialogs.CapaDialog)
        seen["source"] = dialog.sourceEdit.text()
        seen["root_cause"] = dialog.rootCauseEdit.text()
        dialog.ownerEdit.setText("tester")
        dialog.actionEdit.setText("首件检验加严")
        return True

    view.run_dialog = fill
    with qtbot.waitSignal(view.changed, timeout=10000):
        qtbot.mouseClick(panel.capa_button, Qt.MouseButton.LeftButton)
    settle()
    assert seen["source"] == "LOT:WO-9"
    assert "3 units of production lot WO-9" in seen["root_cause"]
    (action,) = supervision.corrective_actions(shop.uow())
    assert (action.source_cluster, action.owner_name) == ("LOT:WO-9", "tester")


def test_history_window_trace_search_lists_units_that_open_their_history(qtbot, shop):
    opened = []
    session = shop.session(Role.QC_LEAD, Station.QC,
                           open_history=lambda rma, serial: opened.append((rma, serial)))
    dialog = HistoryDialog(session, shop.rma_no)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    settle()
    panel = dialog.trace_panel
    dialog.ui.tabWidget.setCurrentIndex(dialog.trace_tab_index)
    for kind, value, second, found in (("lot", "WO-9", "", 3), ("delivery", "DN-900", "", 3),
                                       ("part", "STM32F103C8T6", "L2406", 3),
                                       ("datecode", "2601", "2652", 3),
                                       ("datecode", "2601", "2649", 0)):
        panel.set_search(kind, value, second)
        with qtbot.waitSignal(panel.searched, timeout=10000) as listed:
            qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
        assert listed.args == [found], (kind, value)
    panel.set_search("lot", "WO-9")
    with qtbot.waitSignal(panel.searched, timeout=10000):
        panel.search()
    causes = panel.model.index(0, panel.model.columnCount() - 1).data()
    assert causes  # the cause category, in the window's language
    settle()
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    first = panel.model.record(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row())
    assert opened == [(shop.rma_no, first.serial)]
    rect = table.visualRect(panel.proxy.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(shop.rma_no, first.serial)] * 2

    # An unknown delivery is a message, not a crash, and loses the fields.
    panel.set_search("delivery", "DN-404")
    panel.search()
    dialog.ops.wait()
    settle()
    assert "DN-404" in dialog.message_bar.text()
    assert panel.value_edit.text() == "DN-404"


def test_a_manager_sees_the_clusters_but_opens_no_corrective_action(qtbot, shop):
    view = make_view(qtbot, shop, Role.MANAGER)
    panel = view.clusters_panel
    view.ui.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.units.searched, timeout=10000):
        assert panel.select("date_code", "2650")
    assert not panel.capa_button.isEnabled()
