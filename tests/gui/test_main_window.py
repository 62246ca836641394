"""The main window: RMAs from a real database, units of the selected one, search, refresh."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.services import queries
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui.main_window import MainWindow
from benchapp.ui.models.rma_table import COL_CUSTOMER, COL_QTY, COL_UNITS
from tests.gui.helpers import open_shop, sqlite_engine

pytestmark = pytest.mark.gui


class Switch:
    """A unit-of-work factory whose engine a test can swap for one that cannot connect."""

    def __init__(self, engine):
        self.engine = engine

    def __call__(self):
        return SqlAlchemyUnitOfWork(self.engine)


@pytest.fixture
def shop(sqlite_url):
    with sqlite_engine(sqlite_url) as engine:
        shop = open_shop(engine)
        shop.first = shop.receive(customer="Acme Shenzhen", model="PCBA-MB-2210",
                                  serials=["SN24A0117", "SN24A0118"], due_date=date(2025, 7, 18))
        shop.second = shop.receive(customer="深圳华讯通信", model="CTRL-BD-07",
                                   serials=["CB07-55812"], batch=True)
        shop.third = shop.receive(customer="Beta GmbH", model="PWR-12V-A3", count=1)
        yield shop


@pytest.fixture
def factory(shop):
    return Switch(shop.engine)


@pytest.fixture
def window(qtbot, shop, factory):
    window = MainWindow(factory, shop.clerk, database_text="SQLite /data/bench.db")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    window.wait_loaded()
    return window


def shown(window, column=0):
    model = window.rma_model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def search(qtbot, window, text):
    """Type into the search field; the list reloads from the database after the pause."""
    window.ui.searchEdit.clear()
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        if text.isascii():
            qtbot.keyClicks(window.ui.searchEdit, text)
        else:  # QTest types ASCII only; an input method commits the whole text at once
            window.ui.searchEdit.setText(text)
    window.wait_loaded()


def unit_serials(window):
    proxy = window.unit_proxy
    return [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]


def click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_the_rmas_newest_first(window, shop):
    assert shown(window) == [shop.third, shop.second, shop.first]
    assert shown(window, COL_CUSTOMER) == ["Beta GmbH", "深圳华讯通信", "Acme Shenzhen"]
    assert shown(window, COL_QTY) == [1, 1, 2]
    assert shown(window, COL_UNITS) == ["1 received", "1 received", "2 received"]
    assert window.ui.countLabel.text() == "3 RMAs"


def test_selecting_an_rma_shows_its_units(qtbot, window, shop):
    assert unit_serials(window) == []
    click_row(qtbot, window.ui.rmaTable, 2)
    assert window.selected_rma_no() == shop.first
    window.wait_loaded()
    assert unit_serials(window) == ["SN24A0117", "SN24A0118"]
    assert window.ui.unitsGroup.title() == f"Units of {shop.first} (2)"
    unit_proxy = window.unit_proxy
    assert [unit_proxy.data(unit_proxy.index(0, c)) for c in range(5)] == [
        "SN24A0117", "Received", "Receiving & Shipping", 0, ""]
    click_row(qtbot, window.ui.rmaTable, 0)
    window.wait_loaded()
    assert unit_serials(window) == [f"{shop.third}-001"]


def test_search_is_done_by_the_database(qtbot, window, shop):
    search(qtbot, window, "acme")
    assert shown(window) == [shop.first]
    assert window.ui.countLabel.text() == "1 of 3 RMAs"
    search(qtbot, window, "pwr-12v")
    assert shown(window) == [shop.third]
    search(qtbot, window, "华讯")
    assert shown(window) == [shop.second]
    search(qtbot, window, "CB07-55812")  # a unit's serial finds its RMA
    assert shown(window) == [shop.second]
    search(qtbot, window, "")
    assert len(shown(window)) == 3
    assert window.ui.countLabel.text() == "3 RMAs"


def test_a_search_matching_more_than_a_page_is_not_counted_twice(qtbot, window, shop,
                                                                 monkeypatch):
    monkeypatch.setattr(queries, "PAGE", 2)
    search(qtbot, window, "rma-")  # all three
    assert window.ui.countLabel.text() == "More than 2 of 3 RMAs"
    model = window.rma_model
    with qtbot.waitSignal(model.page_added, timeout=5000):
        model.fetchMore()
    assert window.ui.countLabel.text() == "3 of 3 RMAs"  # all in: counted for free


def test_a_search_says_how_far_back_it_looked_and_enter_searches_older_ones(
        qtbot, window, shop, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 1)  # one RMA looked at per page
    search(qtbot, window, "acme")  # the oldest of three
    model = window.rma_model
    for _ in range(3):
        qtbot.wait(50)  # the view may ask for more rows itself while it shows none
        window.wait_loaded()
        if shown(window) == [shop.first]:
            break
        assert "found in the RMAs received since" in window.ui.countLabel.text()
        assert model.more_to_search
        with qtbot.waitSignal(model.page_added, timeout=5000):
            qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    window.wait_loaded()
    assert shown(window) == [shop.first]


def test_a_serial_typed_whole_is_found_beyond_the_search_window(qtbot, window, shop,
                                                                monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 1)
    search(qtbot, window, "sn24a0117")
    assert shown(window)[0] == shop.first


def test_scanning_a_serial_finds_its_rma_and_unit(qtbot, window, shop):
    qtbot.keyClicks(window.ui.searchEdit, "sn24a0118")
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    window.wait_loaded()
    assert shown(window) == [shop.first]
    assert window.selected_rma_no() == shop.first
    current = window.ui.unitTable.currentIndex()
    assert window.unit_proxy.data(current.siblingAtColumn(0)) == "SN24A0118"


def test_units_follow_the_selection_when_a_search_hides_it(qtbot, window, shop):
    window.select_rma(shop.first)
    window.wait_loaded()
    assert unit_serials(window)
    search(qtbot, window, "Beta")
    # The selection goes with the rows it was on; the units must follow, never go stale.
    selected = window.selected_rma_no()
    assert selected in (None, shop.third)
    assert unit_serials(window) == ([] if selected is None else [f"{shop.third}-001"])


def test_columns_sort_in_the_database(qtbot, window, shop):
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.ui.rmaTable.sortByColumn(COL_QTY, Qt.SortOrder.DescendingOrder)
    assert shown(window)[0] == shop.first
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.ui.rmaTable.sortByColumn(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert shown(window, COL_CUSTOMER) == ["Acme Shenzhen", "Beta GmbH", "深圳华讯通信"]


def test_the_list_is_fetched_a_page_at_a_time_as_the_person_scrolls(qtbot, shop, factory,
                                                                    monkeypatch):
    monkeypatch.setattr(queries, "PAGE", 2)
    for n in range(3):
        shop.receive(customer=f"Paged {n}", model="PG-1", count=1)
    window = MainWindow(factory, shop.clerk, database_text="SQLite /data/bench.db")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    model = window.rma_model
    assert model.rowCount() == 2
    assert window.ui.countLabel.text() == "6 RMAs"
    assert model.canFetchMore()
    seen = [model.rowCount()]
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_added, timeout=5000):
            model.fetchMore()
        seen.append(model.rowCount())
    assert seen == [2, 4, 6, 6]
    assert shown(window)[-3:] == [shop.third, shop.second, shop.first]
    # Sorted by the database across pages, not within the rows loaded so far.
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.ui.rmaTable.sortByColumn(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert shown(window, COL_CUSTOMER) == ["Acme Shenzhen", "Beta GmbH"]


def test_refresh_shows_new_rmas_and_keeps_the_selection(qtbot, window, shop):
    window.select_rma(shop.first)
    newest = shop.receive(customer="Gamma Ltd", model="LED-DRV-350", serials=["LD350-9001"])
    with qtbot.waitSignal(window.refreshed, timeout=5000) as done:
        window.ui.actionRefresh.trigger()
    assert done.args == [4]
    window.wait_loaded()
    assert shown(window)[0] == newest
    assert window.selected_rma_no() == shop.first
    assert unit_serials(window) == ["SN24A0117", "SN24A0118"]


def test_f5_refreshes(window):
    assert window.ui.actionRefresh.shortcut().toString() == "F5"


def test_database_down_keeps_the_list_and_retry_recovers(qtbot, window, shop, factory,
                                                         tmp_path):
    window.select_rma(shop.first)
    good = factory.engine
    # A file in a directory that does not exist: SQLite cannot open it, like a server that
    # went away.
    factory.engine = create_engine(f"sqlite:///{tmp_path / 'gone' / 'bench.db'}")
    with qtbot.waitSignal(window.refresh_failed, timeout=5000):
        window.ui.actionRefresh.trigger()
    assert "database cannot be reached" in window.database_error_text()
    assert "may be out of date" in window.database_error_text()
    assert "Details: The database sqlite:///" in window.database_error_text()
    assert window.ui.statusBar.currentMessage() == "The database cannot be reached."
    assert shown(window) == [shop.third, shop.second, shop.first]
    assert window.selected_rma_no() == shop.first
    factory.engine.dispose()

    factory.engine = good
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        qtbot.mouseClick(window.ui.retryButton, Qt.MouseButton.LeftButton)
    assert window.database_error_text() == ""
    assert window.ui.errorFrame.isHidden()


def test_database_down_on_first_load(qtbot, shop, monkeypatch):
    def down(_uow, **_kw):
        raise DatabaseUnavailable("The database connection dropped; nothing was saved.")

    monkeypatch.setattr(queries, "rma_page", down)
    window = MainWindow(lambda: SqlAlchemyUnitOfWork(shop.engine), shop.clerk,
                        database_text="PostgreSQL db1:5432/bench")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refresh_failed, timeout=5000):
        window.refresh()
    assert "could not be loaded" in window.database_error_text()
    assert window.ui.errorLabel.toolTip() == "The database connection dropped; nothing was saved."
    assert window.rma_model.rowCount() == 0


def test_status_bar_names_the_user_and_the_database(window):
    assert window.user_label.text() == "Signed in: Wang Fang (Business clerk)"
    assert window.database_label.text() == "Database: SQLite /data/bench.db"


def test_log_out_action(qtbot, window):
    with qtbot.waitSignal(window.logged_out, timeout=1000):
        window.ui.actionLogOut.trigger()


def test_search_has_the_initial_focus(window):
    assert window.focusWidget() is window.ui.searchEdit
