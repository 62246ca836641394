"""The customer follow-up from the Receiving & Shipping view: the Follow-up tab lists the
shipments waiting, the clerk records the answer through the dialog, and it is gone from the
tab and from the Overdue list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from benchapp.domain.roles import Role, Station
from benchapp.domain.supervision import OverdueKind
from benchapp.services import supervision
from benchapp.ui import dialogs, printing
from benchapp.ui.followup_dialog import FollowUpDialog
from benchapp.ui.stations.receiving import ReceivingView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def shipped(shop):
    rma_no, serials = shop.bench.receive(1)
    shop.bench.full_repair(rma_no, serials)
    return rma_no


@pytest.fixture
def view(shop, shipped, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    view = ReceivingView(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


def overdue_follow_ups(shop):
    with shop.uow() as uow:
        later = uow.now() + timedelta(days=30)
    return [i.rma_no for i in supervision.overdue_items(shop.uow(), later)
            if i.kind is OverdueKind.FOLLOW_UP]


def test_the_clerk_records_a_follow_up_from_the_follow_up_tab(view, shop, shipped, qtbot,
                                                              monkeypatch):
    tabs = view.ui.tabs
    page = view.follow_up
    assert tabs.tabText(tabs.indexOf(page)).endswith("(1)")
    assert [line.rma_no for line in page.model.records()] == [shipped]
    assert overdue_follow_ups(shop) == [shipped]
    tabs.setCurrentWidget(page)

    # Nothing selected: a warning, no dialog.
    monkeypatch.setattr(dialogs, "exec_dialog", pytest.fail)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert "Select the shipment" in view.message_bar.text()

    seen = []

    def answer(dialog):
        assert isinstance(dialog, FollowUpDialog)
        seen.append(dialog)
        dialog.show()  # as exec() would
        # The dialog's own checks first: a satisfaction answer and a note are required.
        dialog._check_and_accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "satisfied" in dialog.error_label.text()
        qtbot.mouseClick(dialog.satisfied_no, Qt.MouseButton.LeftButton)
        dialog._check_and_accept()
        assert "Note whom you spoke to" in dialog.error_label.text()
        qtbot.keyClicks(dialog.note_edit, "Mr Wang: received, casing scratched")
        dialog._check_and_accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", answer)
    page.table.selectRow(0)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: page.count() == 0, timeout=5000)
    assert len(seen) == 1
    assert f"{shipped}: follow-up recorded." in view.message_bar.text()
    assert tabs.tabText(tabs.indexOf(page)).endswith("(0)")
    assert overdue_follow_ups(shop) == []
    with shop.uow() as uow:
        (entry,) = [e for e in uow.log.for_rma(shipped) if e.action == "customer_contacted"]
    assert entry.actor_name == shop.bench.business_clerk.username
    assert entry.detail == {"kind": "follow_up", "note": "Mr Wang: received, casing scratched",
                            "received": True, "satisfied": False}


def test_a_refused_follow_up_keeps_the_line_and_says_why(view, shop, shipped, qtbot,
                                                         monkeypatch):
    page = view.follow_up

    def contradicting(dialog):
        dialog.fill(received=False, satisfied=True, note="?")
        dialog._check_and_accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", contradicting)
    page.record(shipped, "C")
    settle()
    qtbot.waitUntil(lambda: "satisfied, not received" in view.message_bar.text(), timeout=5000)
    assert page.count() == 1 and overdue_follow_ups(shop) == [shipped]

    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    page.record(shipped, "C")
    settle()
    assert page.count() == 1
