"""Every station fits a 1366x768 screen with a Windows taskbar (1366x728), in English and in
Chinese: each action button on each tab lies whole inside the window, no scrolling needed, and
the status bar shows (issue 16 item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QTableView, QTabWidget, QWidget

from benchapp.domain.roles import Role, Station
from benchapp.ui.main_window import MainWindow
from tests.gui.helpers import language, settle
from tests.gui.station_helpers import station_shop

SHOWS_WINDOWS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [pytest.mark.gui, SHOWS_WINDOWS]

WIDTH, HEIGHT = 1366, 728

PEOPLE = {
    Station.RECEIVING: Role.BUSINESS_CLERK,
    Station.QC: Role.QC_LEAD,
    Station.REPAIR: Role.REPAIR_ENGINEER,
    Station.PACKING: Role.PACKER,
    Station.SUPERVISOR: Role.QC_SUPERVISOR,
}


def hidden_parts(window: MainWindow, root: QWidget) -> list[str]:
    """The buttons shown under ``root`` that are cut off or outside the window."""
    inside = window.rect()
    bad = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible():
            continue
        if button.window() is not window or button.objectName().startswith("qt_"):
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        where = QRect(top_left, button.size())
        seen = button.visibleRegion().boundingRect()
        if not inside.contains(where) or seen.size() != button.size():
            bad.append(f"{button.objectName() or button.text()!r} at {where.getRect()}, "
                       f"visible {seen.getRect()}")
    return bad


MIN_ROWS = 3  # a list shows at least this many rows, not just its header


def cramped_tables(root: QWidget, *, no_side_scroll: bool) -> list[str]:
    """Lists shown under ``root`` with room for fewer than MIN_ROWS rows, or (QC) whose
    columns need a horizontal scroll."""
    bad = []
    for table in root.findChildren(QTableView):
        if not table.isVisible() or table.objectName().startswith("qt_"):
            continue
        row = table.verticalHeader().defaultSectionSize()
        if table.viewport().height() < MIN_ROWS * row:
            bad.append(f"{table.objectName()}: room for {table.viewport().height() // row} "
                       f"row(s)")
        if no_side_scroll and table.horizontalScrollBar().maximum() > 0:
            bad.append(f"{table.objectName()}: scrolls sideways "
                       f"({table.horizontalScrollBar().maximum()} px)")
    return bad


def walk_tabs(window: MainWindow, view: QWidget, *, no_side_scroll: bool = False) -> list[str]:
    bad = hidden_parts(window, view) + cramped_tables(view, no_side_scroll=no_side_scroll)
    for tabs in view.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            page = tabs.widget(index)
            bad += [f"tab {tabs.tabText(index)!r}: {b}"
                    for b in hidden_parts(window, page)
                    + cramped_tables(page, no_side_scroll=no_side_scroll)]
    return sorted(set(bad))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_station_fits_1366x728(qtbot, tmp_path, lang):
    with language(lang, tmp_path), station_shop(tmp_path) as shop:
        rma_no, serials = shop.bench.receive(2)
        shop.bench.to_qc(rma_no, serials)
        at_repair, repair_serials = shop.bench.receive(1)  # the repair form, filled
        shop.bench.to_qc(at_repair, repair_serials)
        shop.bench.screen(at_repair, repair_serials[0], "FAIL", "PASS")
        shop.bench.to_repair(at_repair, repair_serials)
        problems = {}
        for station, role in PEOPLE.items():
            window = MainWindow(shop.uow, shop.user(role), database_text="test.sqlite",
                                session=shop.session(role, station))
            qtbot.addWidget(window)
            window.resize(WIDTH, HEIGHT)
            window.show()
            settle()
            assert window.size().height() <= HEIGHT, (station, window.size())
            assert window.minimumSizeHint().height() <= HEIGHT, (station,
                                                                 window.minimumSizeHint())
            bar = window.statusBar()
            assert bar.isVisible() and window.rect().contains(
                QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())), station
            bad = walk_tabs(window, window.view, no_side_scroll=station is Station.QC)
            # Every tab shown (the charts last): the window never grew past the screen.
            assert window.minimumSizeHint().height() <= HEIGHT, (station,
                                                                 window.minimumSizeHint())
            assert window.size().height() <= HEIGHT, (station, window.size())
            if bad:
                problems[station.value] = bad
            window.close()
        assert not problems, problems
