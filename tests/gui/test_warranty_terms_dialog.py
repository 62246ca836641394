"""Warranty terms from the GUI (issue 17.2): Station menu, "Warranty terms…". The technical
supervisor adds and removes terms through services.warranty (read and written off the GUI
thread); others only read them; on PostgreSQL the bench login's write is refused by the
database with one clear line, and nothing typed or stored is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.roles import Role, Station
from benchapp.services import warranty
from benchapp.ui import dialogs
from benchapp.ui.main_window import MainWindow
from benchapp.ui.session import Session
from benchapp.ui.warranty_terms_dialog import WarrantyTermsDialog
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.integration.test_audit_attacks import roles  # noqa: F401 - fixture (PostgreSQL)

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def _rows(dialog: WarrantyTermsDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_technical_supervisor_adds_and_removes_terms(shop, qtbot, monkeypatch):
    warranty.set_terms(shop.uow(), shop.bench.admin, customer=None, model=None, months=12,
                       basis="ship-date")
    session = shop.session(Role.TECH_SUPERVISOR, Station.SUPERVISOR)
    window = MainWindow(shop.uow, session.user, database_text="test", session=session)
    qtbot.addWidget(window)
    opened = []

    def run_dialog(dialog):
        assert isinstance(dialog, WarrantyTermsDialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
        opened.append(_rows(dialog))
        dialog.customer_edit.setText("深圳市鼎信智控科技有限公司")
        dialog.model_edit.setText("PCBA-MC200-V3")
        dialog.months_spin.setValue(18)
        dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("date_code"))
        _click(qtbot, dialog.set_button)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
        assert "18" in dialog.message_bar.text()
        opened.append(_rows(dialog))
        # Remove the shop's default: select its row, then Remove.
        row = next(r for r, t in enumerate(dialog.terms) if not t.customer)
        dialog.table.selectRow(row)
        _click(qtbot, dialog.remove_button)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
        opened.append(_rows(dialog))
        return 0

    monkeypatch.setattr(dialogs, "exec_dialog", run_dialog)
    window.warranty_action.trigger()
    settle()
    assert opened[0] == [["(any customer)", "(any model)", "12", "ship date",
                          shop.bench.admin.username]]
    assert ["深圳市鼎信智控科技有限公司", "PCBA-MC200-V3", "18", "date code",
            shop.bench.people[Role.TECH_SUPERVISOR].username] in opened[1]
    assert opened[2] == [["深圳市鼎信智控科技有限公司", "PCBA-MC200-V3", "18", "date code",
                          shop.bench.people[Role.TECH_SUPERVISOR].username]]
    stored = warranty.list_terms(shop.uow())
    assert [(t.customer, t.model, t.months, t.basis.value) for t in stored] == [
        ("深圳市鼎信智控科技有限公司", "PCBA-MC200-V3", 18, "date_code")]
    with shop.uow() as uow:
        actions = [e.action for e in uow.log.for_rma("-")]
    assert actions.count("warranty_terms_set") == 2
    assert actions.count("warranty_terms_removed") == 1


def test_a_clerk_reads_the_terms_and_changes_nothing(shop, qtbot):
    warranty.set_terms(shop.uow(), shop.bench.admin, customer=None, model=None, months=12,
                       basis="ship-date")
    dialog = WarrantyTermsDialog(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert not dialog.set_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert "technical supervisor" in dialog.message_bar.text()
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()


def test_a_refused_write_is_one_line_and_loses_nothing_sqlite(shop, qtbot, monkeypatch):
    """The database refusing the write as PostgreSQL refuses the bench login (SQLSTATE
    42501, as psycopg reports it inside SQLAlchemy's error): the service's own message."""

    class Refused(Exception):
        sqlstate = "42501"

    class DatabaseError(Exception):
        orig = Refused("permission denied for table warranty_terms")

    from benchapp.db import warranty as db_warranty

    def refuse(self, terms):
        raise DatabaseError("(psycopg.errors.InsufficientPrivilege) permission denied")

    monkeypatch.setattr(db_warranty.SqlWarrantyTermsRepository, "put", refuse)
    dialog = WarrantyTermsDialog(shop.session(Role.TECH_SUPERVISOR, Station.SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer_edit.setText("C1")
    dialog.months_spin.setValue(6)
    _click(qtbot, dialog.set_button)
    qtbot.waitUntil(lambda: "owner's login" in dialog.message_bar.text(), timeout=5000)
    text = dialog.message_bar.text()
    assert "\n" not in text and "admin PC" in text
    assert dialog.customer_edit.text() == "C1" and dialog.months_spin.value() == 6
    assert warranty.list_terms(shop.uow()) == []


@pytest.mark.postgres
def test_the_bench_login_on_postgresql_is_refused_in_the_dialog(roles, qtbot):  # noqa: F811
    """The real thing: the bench login of docs/postgresql.md may read the terms; the
    dialog's Set is refused by PostgreSQL, shown in one line, and nothing changes."""
    from benchapp.db.engine import make_engine
    from tests.workflow_helpers import Bench

    bench_uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])
    bench = Bench(bench_uow(), signing=False)
    owner = make_engine(roles["owner_url"])
    try:
        warranty.set_terms(SqlAlchemyUnitOfWork(owner), bench.admin, customer=None,
                           model=None, months=12, basis="ship-date")
    finally:
        owner.dispose()
    with bench_uow() as uow:
        admin = uow.users.get(bench.admin.user_id)
    session = Session(user=admin, station=Station.SUPERVISOR, uow_factory=bench_uow,
                      slips=None, database_text="postgresql")
    dialog = WarrantyTermsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    dialog.months_spin.setValue(240)
    _click(qtbot, dialog.set_button)
    qtbot.waitUntil(lambda: "owner's login" in dialog.message_bar.text(), timeout=10000)
    assert "\n" not in dialog.message_bar.text()
    assert dialog.months_spin.value() == 240  # what was typed stays
    dialog.table.selectRow(0)
    _click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.message_bar.text().count("owner's login") == 1
                    and dialog.message_bar.kind == "error", timeout=10000)
    assert [(t.months, t.basis.value) for t in warranty.list_terms(bench_uow())] == [
        (12, "ship_date")]
