"""The views read and write off the GUI thread: a slow database leaves them responsive, a newer
reload supersedes an older one, and the guard in conftest.py fails a unit of work opened on
the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from benchapp.domain.roles import Role, Station
from benchapp.ui import printing
from benchapp.ui.ops import OpRunner, on_gui_thread
from benchapp.ui.stations.receiving import ReceivingView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def view(shop, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    view = ReceivingView(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settle()
    return view


def queued(view):
    return sorted(u.serial for u in view.queue_model.records())


def test_a_slow_reload_leaves_the_view_responsive_and_the_newest_one_wins(qtbot, shop, view,
                                                                          monkeypatch):
    _rma_no, serials = shop.bench.receive(2)
    gate = threading.Event()
    real = view.session.uow_factory
    threads = []

    def slow():
        threads.append(on_gui_thread())
        gate.wait(10)
        return real()

    shown = []
    monkeypatch.setattr(view.session, "uow_factory", slow)
    monkeypatch.setattr(view, "_loaded", lambda data: shown.append(data) or
                        ReceivingView._loaded(view, data))
    view.refresh()
    assert view.ops.busy
    assert view.cursor().shape() == Qt.CursorShape.BusyCursor
    # Meanwhile the person keeps typing; the list shown so far stays.
    qtbot.keyClicks(view.ui.modelEdit, "BX-7")
    assert view.ui.modelEdit.text() == "BX-7"
    assert queued(view) == []
    view.refresh()  # F5 again: this one's outcome replaces the first's
    gate.set()
    settle()
    assert len(shown) == 1
    assert queued(view) == sorted(serials)
    assert threads and not any(threads)
    assert view.cursor().shape() != Qt.CursorShape.BusyCursor
    assert view.ui.modelEdit.text() == "BX-7"


def test_the_guard_fails_a_unit_of_work_opened_on_the_gui_thread(
        qtbot, shop, view, no_unit_of_work_on_the_gui_thread):
    session = view.session
    with pytest.raises(AssertionError, match="on the GUI thread"):
        session.uow()
    assert no_unit_of_work_on_the_gui_thread == [
        "test_the_guard_fails_a_unit_of_work_opened_on_the_gui_thread"]
    no_unit_of_work_on_the_gui_thread.clear()  # this test's own, on purpose
    # On a worker the same call is what every view does.
    runner = OpRunner(view)
    opened = []
    runner.run(session.uow, on_success=opened.append)
    assert runner.wait()
    assert len(opened) == 1
