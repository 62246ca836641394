"""The first customer contact from the Receiving & Shipping view (seed 002: business calls the
customer within 2 working hours of accepting the return): the First contact tab lists the
returns nobody has called, the clerk records the call, and it is gone from the tab and from
the supervisors' Overdue list. The same through `benchapp followup contact|contacts`."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from benchapp.cli import main
from benchapp.domain.roles import Role, Station
from benchapp.domain.supervision import OverdueKind
from benchapp.services import supervision
from benchapp.ui import printing
from benchapp.ui.stations.receiving import ReceivingView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.workflow_helpers import PASSWORD

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def received(shop):
    rma_no, _serials = shop.bench.receive(1)
    return rma_no


@pytest.fixture
def view(shop, received, qtbot, monkeypatch):
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    view = ReceivingView(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


def overdue_contacts(shop):
    with shop.uow() as uow:
        later = uow.now() + timedelta(days=30)
    return [i.rma_no for i in supervision.overdue_items(shop.uow(), later)
            if i.kind is OverdueKind.CUSTOMER_CONTACT]


def test_the_clerk_records_the_first_call_from_the_first_contact_tab(view, shop, received,
                                                                     qtbot, monkeypatch):
    tabs = view.ui.tabs
    page = view.first_contact
    assert tabs.tabText(tabs.indexOf(page)).endswith("(1)")
    (line,) = page.model.records()
    assert line.rma_no == received and line.due_at > line.received_at
    assert overdue_contacts(shop) == [received]
    tabs.setCurrentWidget(page)

    # Nothing selected: a warning, no dialog.
    monkeypatch.setattr(page, "run_dialog", pytest.fail)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert "Select the return" in view.message_bar.text()

    # An empty note is refused by the service (one line), the return stays on the list.
    def empty(dialog):
        return True

    monkeypatch.setattr(page, "run_dialog", empty)
    page.table.selectRow(0)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: "contact note" in view.message_bar.text(), timeout=5000)
    assert page.count() == 1

    def call(dialog):
        # Chinese comes from the input method, not key by key (QTest types ASCII only).
        dialog.noteEdit.insert("王工：已告知，临时对策为更换备用板")
        return True

    monkeypatch.setattr(page, "run_dialog", call)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: page.count() == 0, timeout=5000)
    assert f"{received}: first customer contact recorded." in view.message_bar.text()
    assert tabs.tabText(tabs.indexOf(page)).endswith("(0)")
    assert overdue_contacts(shop) == []
    with shop.uow() as uow:
        (entry,) = [e for e in uow.log.for_rma(received) if e.action == "customer_contacted"]
    assert entry.actor_name == shop.bench.business_clerk.username
    assert entry.detail["kind"] == "initial"
    assert entry.detail["note"] == "王工：已告知，临时对策为更换备用板"


def test_the_cli_lists_and_records_first_contacts(shop, received, capsys, monkeypatch):
    db = shop.engine.url.render_as_string(hide_password=False)
    clerk = shop.bench.business_clerk.username
    monkeypatch.setenv("BENCHAPP_PASSWORD", PASSWORD)
    assert main(["followup", "contacts", "--json", "--db", db, "--as", clerk]) == 0
    (line,) = json.loads(capsys.readouterr().out)
    assert line["rma_no"] == received and set(line) == {
        "rma_no", "customer", "received_at", "due_at", "overdue"}

    # Only business talks to the customer: a QC lead is refused in one line, nothing stored.
    qc = shop.bench.qc_lead.username
    assert main(["followup", "contact", received, "--note", "x", "--db", db, "--as", qc]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert main(["followup", "contact", "RMA-999999", "--note", "x", "--db", db,
                 "--as", clerk]) == 1
    assert "RMA-999999" in capsys.readouterr().err

    assert main(["followup", "contact", received, "--note", "Ms Li, interim: spare board",
                 "--db", db, "--as", clerk]) == 0
    assert "first customer contact recorded" in capsys.readouterr().out
    assert main(["followup", "contacts", "--db", db, "--as", clerk]) == 0
    assert capsys.readouterr().out.strip() == (
        "every accepted return's customer has been called")
    assert overdue_contacts(shop) == []


def test_both_call_lists_speak_chinese(qtbot, shop, received, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from tests.gui.helpers import language

    monkeypatch.setattr(printing, "default_printer", lambda: None)
    with language("zh_CN", tmp_path):
        view = ReceivingView(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
        qtbot.addWidget(view)
        view.refresh()
        settle()
        for page, button in ((view.first_contact, "记录联络"), (view.follow_up, "记录回访")):
            assert page.record_button.text().startswith(button)
            assert page.search_edit.placeholderText() == "搜索"
            hint = page.findChild(QLabel).text()
            assert hint and hint.isascii() is False
            assert page.model.headerData(1, Qt.Orientation.Horizontal) == "售后单"
        tabs = view.ui.tabs
        assert tabs.tabText(tabs.indexOf(view.first_contact)) == "首次联络（1）(&C)"
