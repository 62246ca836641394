"""Read views on both backends: the RMA list paged, sorted and searched by the database."""

from __future__ import annotations

from datetime import date

import pytest

from benchapp.services import queries
from tests.gui.helpers import open_shop

SORTS = queries.RMA_SORT_KEYS


@pytest.fixture
def shop(engine):
    shop = open_shop(engine)
    shop.rmas = [
        shop.receive(customer="Acme Shenzhen", model="PCBA-MB-2210", count=3,
                     due_date=date(2026, 7, 18)),
        shop.receive(customer="深圳华讯通信", model="CTRL-BD-07", serials=["CB07-55812"]),
        shop.receive(customer="Beta GmbH", model="PWR-12V-A3", count=12),
        shop.receive(customer="50%_off Ltd", model="LED-DRV-350", count=2,
                     due_date=date(2026, 5, 1)),
        shop.receive(customer="Acme Shenzhen", model="PCBA-MB-2210", count=3),
        shop.receive(customer="Gamma", model="CTRL-BD-07", count=1,
                     due_date=date(2026, 7, 18)),
        shop.receive(customer="acme shenzhen", model="X", count=2),
    ]
    return shop


def all_pages(shop, *, limit, **query):
    rows, after = [], None
    while True:
        page = queries.rma_page(shop.uow(), after=after, limit=limit, **query)
        rows.extend(page.rows)
        assert len(page.rows) <= limit
        if page.next_after is None:
            return rows
        after = page.next_after


def sort_value(row, key):
    return {"rma_no": row.rma_no, "customer": row.customer, "model": row.model,
            "qty": row.counted_qty, "status": row.status, "due": row.due_date}.get(key)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_pages_follow_one_another_in_the_database_order(shop, sort, descending):
    whole = queries.rma_page(shop.uow(), sort=sort, descending=descending, limit=100).rows
    paged = all_pages(shop, limit=2, sort=sort, descending=descending)
    assert [r.rma_no for r in paged] == [r.rma_no for r in whole]
    assert sorted(r.rma_no for r in paged) == sorted(shop.rmas)
    if sort == "received":
        expected = sorted(shop.rmas, reverse=descending)
        assert [r.rma_no for r in paged] == expected
        return
    values = [sort_value(r, sort) for r in paged]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=descending)
    if None in values:  # no due date: after every date ascending, before them descending
        nones = [i for i, v in enumerate(values) if v is None]
        assert nones == (list(range(len(nones))) if descending
                         else list(range(len(values) - len(nones), len(values))))


def test_quantity_sorts_as_a_number(shop):
    rows = queries.rma_page(shop.uow(), sort="qty", descending=False).rows
    assert [r.counted_qty for r in rows] == [1, 1, 2, 2, 3, 3, 12]


def test_search_is_case_blind_literal_and_finds_serials(shop):
    def found(text):
        return sorted(r.rma_no for r in queries.rma_page(shop.uow(), search=text).rows)

    acme = sorted([shop.rmas[0], shop.rmas[4], shop.rmas[6]])
    assert found("ACME") == acme
    assert found("华讯") == [shop.rmas[1]]
    assert found("cb07-55812") == [shop.rmas[1]]  # a unit's serial, as scanned or typed
    assert found("%_") == [shop.rmas[3]]  # wildcards are literal text
    assert found("_") == [shop.rmas[3]]
    assert found("nothing like it") == []
    page = queries.rma_page(shop.uow(), search="acme", count=True)
    assert (page.total, page.total_all) == (3, 7)
    # More matches than a page: not counted by a second scan, said as "more than".
    page = queries.rma_page(shop.uow(), search="acme", count=True, limit=2)
    assert (len(page.rows), page.total, page.total_all) == (2, None, 7)
    # A short last page is not the whole answer: it is not taken for the count.
    last = queries.rma_page(shop.uow(), search="acme", count=True, limit=2,
                            after=page.next_after)
    assert (len(last.rows), last.total) == (1, None)


def test_each_row_carries_its_unit_states_and_the_units_come_by_rma(shop):
    row = next(r for r in queries.rma_page(shop.uow()).rows if r.rma_no == shop.rmas[2])
    assert row.states == {"received": 12} and row.units == []
    units = queries.rma_units(shop.uow(), shop.rmas[1])
    assert [(u.serial, u.state, u.custody) for u in units] == [
        ("CB07-55812", "received", "receiving")]


def test_station_units_come_from_the_index_on_custody(shop):
    units = queries.station_units(shop.uow(), custody="receiving", states={"received"})
    assert len(units) == 3 + 1 + 12 + 2 + 3 + 1 + 2
    assert [u.rma_no for u in units] == sorted(u.rma_no for u in units)
    assert queries.station_units(shop.uow(), custody="qc") == []


def test_the_cli_listing_reads_every_page(shop, monkeypatch):
    monkeypatch.setattr(queries, "EXPORT_PAGE", 3)
    overview = queries.rma_overview(shop.uow())
    assert [r.rma_no for r in overview] == sorted(shop.rmas, reverse=True)


def test_received_sorts_by_the_receipt_time_not_the_number(shop, engine):
    from datetime import UTC, datetime

    from sqlalchemy import update

    from benchapp.db import models as m

    # As an RMA imported from the paper records: written last, received years ago.
    with engine.begin() as conn:
        conn.execute(update(m.RmaRow).where(m.RmaRow.rma_no == shop.rmas[-1])
                     .values(received_at=datetime(2021, 3, 1, tzinfo=UTC)))
    newest_first = [r.rma_no for r in all_pages(shop, limit=2, sort="received",
                                                 descending=True)]
    assert newest_first[-1] == shop.rmas[-1]
    assert newest_first[:-1] == sorted(shop.rmas[:-1], reverse=True)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_a_search_looks_at_a_window_of_rmas_then_goes_on_from_its_end(shop, monkeypatch, sort,
                                                                      descending):
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 2)
    order = [r.rma_no for r in queries.rma_page(shop.uow(), sort=sort,
                                                descending=descending).rows]
    acme = [no for no in order if no in (shop.rmas[0], shop.rmas[4], shop.rmas[6])]
    first = queries.rma_page(shop.uow(), search="acme", sort=sort, descending=descending,
                             count=True)
    # Only the first window's two RMAs were searched: the page says more are left.
    assert [r.rma_no for r in first.rows] == [no for no in order[:2] if no in acme]
    assert first.more_to_search and first.total is None and first.total_all == 7
    assert (first.searched_since is not None) == (sort == "received" and descending)
    # Window after window, every match comes once, in the list's order.
    assert [r.rma_no for r in all_pages(shop, limit=100, search="acme", sort=sort,
                                        descending=descending)] == acme
    assert [r.rma_no for r in all_pages(shop, limit=1, search="acme", sort=sort,
                                        descending=descending)] == acme


def test_the_window_reaches_back_to_the_receipt_time_it_says(shop, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 4)
    page = queries.rma_page(shop.uow(), search="nothing like it")
    newest = queries.rma_page(shop.uow(), limit=4).rows
    assert page.rows == [] and page.more_to_search
    assert page.searched_since == newest[-1].received_at
    # The last three RMAs are fewer than a window: the search ends with them.
    last = queries.rma_page(shop.uow(), search="nothing like it", after=page.next_after,
                            limit=100)
    assert last.rows == [] and last.next_after is None and not last.more_to_search


def test_an_rma_number_or_serial_typed_whole_is_found_beyond_the_window(shop, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 1)
    for text in ("cb07-55812", shop.rmas[1], shop.rmas[1].lower()):
        page = queries.rma_page(shop.uow(), search=text, count=True)
        assert [r.rma_no for r in page.rows] == [shop.rmas[1]]  # the second oldest of seven
        assert page.more_to_search
        # Further windows list it again where it sorts; the list shows it once (the model).
        again = all_pages(shop, limit=100, search=text)
        assert {r.rma_no for r in again} == {shop.rmas[1]}
