"""No key does two things: a view's shortcut that equals a main-window action's shortcut is
"ambiguous" to Qt, which then runs neither (F5 once meant both Refresh and Run test)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QShortcut

from benchapp.domain.roles import Role, Station
from benchapp.ui.main_window import MainWindow
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui

PEOPLE = {
    Station.RECEIVING: Role.BUSINESS_CLERK,
    Station.QC: Role.TESTER,
    Station.REPAIR: Role.REPAIR_ENGINEER,
    Station.PACKING: Role.PACKER,
    Station.SUPERVISOR: Role.QC_SUPERVISOR,
}


def keys(objects) -> dict[str, str]:
    found = {}
    for obj in objects:
        sequences = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        for sequence in sequences:
            if not sequence.isEmpty():
                found[sequence.toString()] = obj.objectName() or type(obj).__name__
    return found


def test_view_shortcuts_never_shadow_the_window_actions(qtbot, tmp_path):
    with station_shop(tmp_path) as shop:
        for station, role in PEOPLE.items():
            window = MainWindow(shop.uow, shop.user(role), database_text="test",
                                session=shop.session(role, station))
            qtbot.addWidget(window)
            window_keys = keys(a for a in window.findChildren(QAction)
                               if a.parent() is window)
            assert "F5" in window_keys
            if station is Station.SUPERVISOR:
                window.view.ui.tabs.setCurrentIndex(window.view.ui.tabs.count() - 1)  # charts
            view_keys = keys([*window.view.findChildren(QShortcut),
                              *window.view.findChildren(QAction)])
            clash = set(window_keys) & set(view_keys)
            assert not clash, (station, {k: (window_keys[k], view_keys[k]) for k in clash})
            window.close()
