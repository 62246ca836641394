"""Deliveries and step 8 on a real database (SQLite and PostgreSQL), and migration 0012."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from alembic import command
from sqlalchemy import inspect, text

from benchapp.db.migrate import alembic_config, current_revision, head_revision, upgrade
from benchapp.domain import rma as rma_module
from benchapp.domain.errors import Conflict, InvalidInput, Reason
from benchapp.services import deliveries, supervision
from tests.workflow_helpers import Bench


@pytest.fixture
def bench(uow_factory):
    return Bench(uow_factory())


def ready_to_ship(bench: Bench, n: int, cause: str, **delivery) -> tuple[str, list[str]]:
    rma_no, serials = bench.receive(n, **delivery)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    for s in serials:
        bench.repair(rma_no, s, cause)
    bench.back_to_qc(rma_no, serials)
    for s in serials:
        bench.reinspect(rma_no, s)
    bench.to_packing(rma_no, serials)
    bench.pack_and_return(rma_no, serials)
    return rma_no, serials


def stored_notices(engine):
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT notice_no, delivery_no, delivered_qty, non_customer_units, status "
            "FROM complaint_notices ORDER BY id")).all()


def test_one_notice_per_delivery_over_several_rmas(bench, engine):
    first, s1 = ready_to_ship(bench, 2, "production", delivery_no="DN-100",
                              delivered_qty=600, ship_date=date(2026, 9, 30),
                              production_lot="WO-2609-11", date_code="2639")
    note = bench.ship(first, s1)
    assert note.rule.outcome.value == "below" and "2/600" in note.rule.message
    second, s2 = ready_to_ship(bench, 1, "inspection", delivery_no="DN-100")
    assert bench.ship(second, s2).rule.outcome.value == "raised"
    third, s3 = ready_to_ship(bench, 2, "design", delivery_no="DN-100")
    assert bench.ship(third, s3).rule.outcome.value == "joined"
    assert stored_notices(engine) == [("CCN-000001", "DN-100", 600, 5, "open")]
    case = supervision.complaint_case(bench.uow, "CCN-000001")
    assert (case.delivery_no, case.delivered_qty, case.rate) == ("DN-100", 600, 5 / 600)
    assert case.rma_no == second
    with engine.connect() as conn:
        lots = conn.execute(text("SELECT production_lot, date_code FROM units u JOIN rmas r "
                                 "ON r.id = u.rma_id WHERE r.rma_no = :r"), {"r": first}).all()
        rmas = conn.scalar(text("SELECT count(DISTINCT delivery_id) FROM rmas"))
    assert lots == [("WO-2609-11", "2639")] * 2 and rmas == 1
    assert bench.rma(third).delivery_no == "DN-100"


def test_no_delivered_quantity_is_listed_and_raises_nothing(bench, engine):
    rma_no, serials = ready_to_ship(bench, 3, "material", delivery_no="DN-200")
    assert bench.ship(rma_no, serials).rule.outcome.value == "no_delivered_qty"
    other, s = ready_to_ship(bench, 1, "production", delivery_no="")
    bench.ship(other, s)
    assert stored_notices(engine) == []
    listed = deliveries.unevaluated_rules(bench.uow)
    assert [(u.reason, u.delivery_no, u.rma_nos, u.non_customer_units) for u in listed] == [
        ("no_delivered_qty", "DN-200", (rma_no,), 3), ("no_delivery", None, (other,), 1)]


def test_a_conflicting_quantity_is_refused_then_corrected_by_a_logged_act(bench, engine):
    bench.receive(1, delivery_no="DN-300", delivered_qty=50)
    with pytest.raises(InvalidInput) as err:
        bench.receive(1, delivery_no="DN-300", delivered_qty=500)
    assert err.value.reason is Reason.DELIVERY_DIFFERS
    deliveries.correct_delivery(bench.uow, bench.business_clerk,
                                customer="深圳市华强电子有限公司", delivery_no="DN-300",
                                delivered_qty=500, reason="送货单 500")
    bench.receive(1, delivery_no="DN-300", delivered_qty=500)
    with engine.connect() as conn:
        qty = conn.scalar(text("SELECT delivered_qty FROM deliveries"))
        logged = conn.scalar(text("SELECT count(*) FROM tracking_log "
                                  "WHERE action = 'delivery_corrected'"))
    assert (qty, logged) == (500, 1)


def test_two_rmas_of_one_delivery_shipping_at_once_raise_one_notice(bench, uow_factory, engine,
                                                                      monkeypatch):
    a, sa = ready_to_ship(bench, 1, "production", delivery_no="DN-400", delivered_qty=100)
    b, sb = ready_to_ship(bench, 1, "material", delivery_no="DN-400")
    # Hold both shipments after they have counted the delivery, so they truly collide: the
    # delivery row's lock (PostgreSQL) or BEGIN IMMEDIATE (SQLite) makes the second wait until
    # the first has committed its notice, then it joins it.
    barrier = threading.Barrier(2)
    real = rma_module.evaluate_delivery

    def held(*args, **kw):
        try:
            barrier.wait(timeout=1.5)
        except threading.BrokenBarrierError:
            pass
        return real(*args, **kw)

    monkeypatch.setattr(rma_module, "evaluate_delivery", held)
    results: list[object] = []

    def ship(rma_no, serials):
        try:
            results.append(Bench.ship(bench_for(uow_factory, bench), rma_no, serials)
                           .rule.outcome.value)
        except Conflict as err:
            results.append(err)

    threads = [threading.Thread(target=ship, args=args) for args in ((a, sa), (b, sb))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(map(str, results)) == ["joined", "raised"], results
    (notice,) = stored_notices(engine)
    assert notice.non_customer_units == 2


def bench_for(uow_factory, bench: Bench) -> Bench:
    """The same people and keys, on a unit of work of its own (one per thread)."""
    other = object.__new__(Bench)
    other.__dict__.update(bench.__dict__)
    other.uow = uow_factory()
    return other


def test_migration_0012_down_and_up_keeps_older_rmas_unevaluated(bench, engine):
    before, _ = bench.receive(1, delivery_no="")
    command.downgrade(alembic_config(engine), "0008")
    assert current_revision(engine) == "0008"
    assert "deliveries" not in inspect(engine).get_table_names()
    assert "production_lot" not in {c["name"] for c in inspect(engine).get_columns("units")}
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    indexes = {i["name"] for i in inspect(engine).get_indexes("units")}
    assert {"ix_units_production_lot", "ix_units_date_code"} <= indexes
    with engine.connect() as conn:
        row = conn.execute(text("SELECT r.delivery_id, u.production_lot, u.date_code FROM rmas r "
                                "JOIN units u ON u.rma_id = r.id WHERE r.rma_no = :r"),
                           {"r": before}).one()
    assert tuple(row) == (None, "", "")
    # The report triggers of 0004 survive (plain ADD/DROP COLUMN, no table copy).
    bench.receive(1, delivery_no="DN-500", delivered_qty=10, production_lot="L1")
    with engine.connect() as conn:
        marks = conn.scalar(text("SELECT count(*) FROM report_stale_rmas"))
    assert marks >= 1


# -- import of past records with the delivery columns ----------------------------------------

OLD = ("SH-2001,深圳市华强电子有限公司,PCBA-MC200-V3,MC-X{n},2026-10-05,2026-10-06,2026-10-08,"
       "2026-10-10,{cause},U12 虚焊,SMT贴片,35,0")


def csv_bytes(header: tuple[str, ...], rows: list[str]) -> bytes:
    return "\r\n".join([",".join(header), *rows, ""]).encode("utf-8-sig")


def test_import_with_the_delivery_columns_counts_towards_the_delivery(bench, engine):
    from benchapp.domain.history import FULL_HEADER, HEADER, ImportRejected
    from benchapp.domain.roles import Role

    admin = bench.people[Role.ADMIN]
    rows = [OLD.format(n=n, cause="production") + f",DN-900,1000,WO-2608-{n},2635"
            for n in (1, 2, 3)]
    result = supervision.import_repairs(bench.uow, admin, csv_bytes(FULL_HEADER, rows),
                                        source="new.csv")
    assert (result.added, result.rmas_added) == (3, 1)
    with engine.connect() as conn:
        units = conn.execute(text(
            "SELECT u.serial, u.production_lot, u.date_code, d.delivery_no, d.delivered_qty "
            "FROM units u JOIN rmas r ON r.id = u.rma_id JOIN deliveries d "
            "ON d.id = r.delivery_id ORDER BY u.serial")).all()
    assert units == [(f"MC-X{n}", f"WO-2608-{n}", "2635", "DN-900", 1000) for n in (1, 2, 3)]
    assert stored_notices(engine) == []  # past records were handled on paper
    # The same file again adds nothing (its rows' hashes match).
    again = supervision.import_repairs(bench.uow, admin, csv_bytes(FULL_HEADER, rows),
                                       source="new.csv")
    assert (again.added, again.already_imported) == (0, 3)
    # A new return against that delivery: 3 imported + 2 now = 0.5 % of 1000.
    rma_no, serials = ready_to_ship(bench, 2, "material", delivery_no="DN-900")
    assert bench.ship(rma_no, serials).rule.outcome.value == "raised"
    assert stored_notices(engine)[0][1:4] == ("DN-900", 1000, 5)
    # An old file (no delivery columns) still imports; a contradicting quantity does not.
    old = supervision.import_repairs(bench.uow, admin, csv_bytes(HEADER, [
        OLD.format(n=9, cause="design").replace("SH-2001", "SH-2002")]), source="old.csv")
    assert old.added == 1
    bad = [OLD.format(n=7, cause="design").replace("SH-2001", "SH-2003")
           + ",DN-900,2000,WO-1,2601"]
    with pytest.raises(ImportRejected) as err:
        supervision.import_repairs(bench.uow, admin, csv_bytes(FULL_HEADER, bad),
                                   source="bad.csv")
    assert "delivered_qty 2000 of delivery DN-900 differs from 1000" in str(err.value.problems[0])
