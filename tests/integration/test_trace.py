"""Traceability (issue 17.1) on a real database: SQLite and PostgreSQL, services and CLI."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from benchapp.domain.errors import InvalidInput, NotFound
from benchapp.services import trace
from tests.integration.test_cli import AS_ADMIN, run
from tests.integration.test_deliveries import ready_to_ship
from tests.workflow_helpers import Bench


@pytest.fixture
def bench(uow_factory):
    return Bench(uow_factory())


@pytest.fixture
def shop(bench):
    """Three units of lot WO-1 (date code 2636) shipped in DN-500, all repaired for a
    production cause with a U12 of lot L2406; one unit of lot WO-2 in DN-501 (design)."""
    first, s1 = ready_to_ship(bench, 3, "production", delivery_no="DN-500",
                              production_lot="WO-1", date_code="2636")
    second, s2 = ready_to_ship(bench, 1, "design", delivery_no="DN-501",
                               production_lot="WO-2", date_code="2640")
    return {"WO-1": (first, s1), "WO-2": (second, s2)}


def test_lot_part_and_delivery_lead_to_the_returned_units_and_their_causes(bench, shop):
    rma_no, serials = shop["WO-1"]
    got = trace.trace_lot(bench.uow, "WO-1")
    assert not got.truncated
    assert [(u.rma_no, u.serial) for u in got.units] == [(rma_no, s) for s in serials]
    u = got.units[0]
    assert (u.customer, u.model, u.production_lot, u.date_code) == (
        "深圳市华强电子有限公司", "PCBA-MC200-V3", "WO-1", "2636")
    assert u.received_at is not None and u.received_at.tzinfo is not None
    assert [c.category for c in u.causes] == ["production"]
    assert u.causes[0].root_cause == "U12 虚焊"

    # A lot nothing came back from: an empty list, not an error (a lot has no record).
    assert trace.trace_lot(bench.uow, "WO-404").units == ()
    cut = trace.trace_lot(bench.uow, "WO-1", limit=2)
    assert len(cut.units) == 2 and cut.truncated

    every = trace.trace_part(bench.uow, "STM32F103C8T6")
    assert len(every.units) == 4
    assert len(trace.trace_part(bench.uow, "STM32F103C8T6", lot="L2406").units) == 4
    assert trace.trace_part(bench.uow, "STM32F103C8T6", lot="L9999").units == ()
    assert trace.trace_part(bench.uow, "NO-SUCH-PART").units == ()

    dn = trace.trace_delivery(bench.uow, "DN-501")
    assert [(u.serial, u.causes[0].category) for u in dn.units] == [(shop["WO-2"][1][0],
                                                                     "design")]
    with pytest.raises(NotFound):
        trace.trace_delivery(bench.uow, "DN-404")
    with pytest.raises(InvalidInput):
        trace.trace_lot(bench.uow, "   ")
    with pytest.raises(InvalidInput):
        trace.trace_lot(bench.uow, "WO-1", limit=0)


def test_a_date_code_range_leads_to_the_returned_units(bench, shop):
    _, serials = shop["WO-1"]
    got = trace.trace_datecode(bench.uow, "2630", "2639")
    assert [(u.serial, u.date_code) for u in got.units] == [(s, "2636") for s in serials]
    assert [c.category for c in got.units[0].causes] == ["production"]
    both = trace.trace_datecode(bench.uow, "2636", "2640")
    assert [u.date_code for u in both.units] == ["2636"] * 3 + ["2640"]
    assert len(trace.trace_datecode(bench.uow, "2636", "2640",
                                    model="PCBA-MC200-V3").units) == 4
    assert trace.trace_datecode(bench.uow, "2636", "2640", model="OTHER").units == ()
    cut = trace.trace_datecode(bench.uow, "2600", "2699", limit=3)
    assert len(cut.units) == 3 and cut.truncated
    for bad in (("2640", "2636"), (" ", "2640")):
        with pytest.raises(InvalidInput):
            trace.trace_datecode(bench.uow, *bad)


def test_a_unit_shows_its_lot_delivery_returns_repairs_parts_and_fixture_results(bench, shop):
    rma_no, serials = shop["WO-1"]
    t = trace.trace_unit(bench.uow, serials[0])
    assert (t.production_lot, t.date_code) == ("WO-1", "2636")
    assert len(t.visits) == 1
    v = t.visits[0]
    assert (v.rma_no, v.delivery_no) == (rma_no, "DN-500")
    assert [r.cause.category for r in v.repairs] == ["production"]
    part = v.repairs[0].parts[0]
    assert (part.ref_des, part.part_no, part.qty, part.lot, part.date_code) == (
        "U12", "STM32F103C8T6", 1, "L2406", "2424")
    stages = [f.stage for f in v.fixture_results]
    assert stages[0] == "screening" and len(stages) >= 2
    assert v.fixture_results[0].verdict == "FAIL"
    with pytest.raises(NotFound):
        trace.trace_unit(bench.uow, "SN-NOT-HERE")


def test_a_unit_returned_twice_shows_both_visits(bench):
    _, (serial,) = ready_to_ship(bench, 1, "production", production_lot="WO-7",
                                 date_code="2601")
    first = trace.trace_unit(bench.uow, serial).visits[0].rma_no
    bench.ship(first, [serial])
    second, _ = ready_to_ship(bench, 1, "design", serials=[serial])
    t = trace.trace_unit(bench.uow, serial)
    assert [v.rma_no for v in t.visits] == [first, second]
    assert t.production_lot == "WO-7"  # the second intake did not repeat it
    assert [v.repairs[0].cause.category for v in t.visits] == ["production", "design"]


def test_clusters_name_the_lot_and_date_code_with_three_units_of_one_cause(bench, shop):
    found = trace.clusters(bench.uow)
    assert {(c.by, c.value, c.cause.category, c.units) for c in found} == {
        ("lot", "WO-1", "production", 3), ("date_code", "2636", "production", 3)}
    assert set(found[0].serials) == set(shop["WO-1"][1])
    assert trace.clusters(bench.uow, min_units=4) == []
    # Repairs older than the window do not count.
    with bench.uow.engine.begin() as conn:
        conn.execute(text("UPDATE repair_records SET completed_at = :t"),
                      {"t": "2020-01-01 00:00:00"})
    assert trace.clusters(bench.uow) == []


def test_cli_trace_commands(db_url, bench, shop):
    rma_no, serials = shop["WO-1"]
    r = run("trace", "lot", "WO-1", "--json", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["truncated"] is False
    assert [(u["rma_no"], u["serial"]) for u in shown["units"]] == [(rma_no, s)
                                                                    for s in serials]
    assert set(shown["units"][0]) >= {"rma_no", "serial", "model", "customer", "received_at",
                                      "state", "causes"}
    assert shown["units"][0]["causes"][0]["category"] == "production"

    r = run("trace", "lot", "WO-1", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0 and f"{rma_no}  {serials[0]}" in r.stdout
    assert "causes: production" in r.stdout
    r = run("trace", "lot", "WO-404", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert (r.returncode, r.stdout.strip()) == (0, "no returned unit for production lot WO-404")

    r = run("trace", "datecode", "2636", "2640", "--model", "PCBA-MC200-V3", "--json",
            "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert [u["date_code"] for u in json.loads(r.stdout)["units"]] == ["2636"] * 3 + ["2640"]
    r = run("trace", "datecode", "2600", "2635", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0
    assert r.stdout.strip() == "no returned unit for date codes 2600 to 2635"
    r = run("trace", "datecode", "2640", "2636", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr

    r = run("trace", "part", "STM32F103C8T6", "--lot", "L2406", "--json", "--as", "admin",
            db=db_url, env=AS_ADMIN)
    assert r.returncode == 0 and len(json.loads(r.stdout)["units"]) == 4
    r = run("trace", "delivery", "DN-500", "--json", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0 and len(json.loads(r.stdout)["units"]) == 3
    # An unknown delivery or serial is one line and exit 1, as `rma show` of an unknown RMA.
    for args in (("delivery", "DN-404"), ("unit", "SN-NOT-HERE")):
        r = run("trace", *args, "--as", "admin", db=db_url, env=AS_ADMIN)
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stdout == ""

    r = run("trace", "unit", serials[0], "--json", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    unit = json.loads(r.stdout)
    assert unit["production_lot"] == "WO-1"
    visit = unit["visits"][0]
    assert visit["delivery"]["delivery_no"] == "DN-500"
    assert visit["repairs"][0]["parts"][0]["lot"] == "L2406"
    assert visit["fixture_results"][0]["stage"] == "screening"
    r = run("trace", "unit", serials[0], "--as", "admin", db=db_url, env=AS_ADMIN)
    assert "U12 STM32F103C8T6 x1  lot L2406  date code 2424" in r.stdout

    r = run("trace", "clusters", "--json", "--as", "admin", db=db_url, env=AS_ADMIN)
    assert r.returncode == 0 and {c["value"] for c in json.loads(r.stdout)} == {"WO-1", "2636"}

    # A read needs a signed-in user, and is logged with who and what.
    r = run("trace", "lot", "WO-1", db=db_url, env={"BENCHAPP_USER": ""})
    assert r.returncode != 0 and r.stdout == ""
    with bench.uow.engine.connect() as conn:
        logged = conn.execute(text("SELECT detail FROM tracking_log WHERE action LIKE '%read%' "
                                   "ORDER BY id")).scalars().all()
    assert any("trace lot" in str(d) for d in logged)


def query_plan(engine, stmt, params) -> str:
    """SQLite's EXPLAIN QUERY PLAN of a statement, its steps joined by " | "."""
    compiled = stmt.params(**params).compile(engine,
                                             compile_kwargs={"render_postcompile": True})
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled),
                                    tuple(compiled.construct_params().values())).all()
    return " | ".join(r[-1] for r in rows)


def test_trace_reads_enter_through_their_indexes(sqlite_url):
    """SQLite's plan for each trace query names the index (no table scan of units, parts or
    deliveries)."""
    from benchapp.db import trace as q
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)

    def plan(stmt, params):
        return query_plan(engine, stmt, params)

    lot = plan(q.LOT_QUERY, {"lot": "WO-1", "limit": 10})
    assert "USING INDEX ix_units_production_lot" in lot, lot
    assert "SCAN units" not in lot
    part = plan(q._PART_LOT_QUERY, {"part_no": "P", "lot": "L", "limit": 10})
    assert "ix_repair_parts_part_no_lot" in part and "SCAN repair_parts" not in part, part
    for stmt, extra in ((q.DATECODE_QUERY, {}), (q.DATECODE_MODEL_QUERY, {"model": "M"})):
        dc = plan(stmt, {"first": "2601", "last": "2652", "limit": 10, **extra})
        assert "ix_units_date_code" in dc or "ix_rmas_model_id" in dc, dc
        assert "SCAN units" not in dc and "SCAN rmas" not in dc, dc
    dn = plan(q._DELIVERIES_NAMED, {"delivery_no": "DN-1"})
    assert "ix_deliveries_delivery_no" in dn, dn
    engine.dispose()


def test_migration_0021_down_and_up(engine):
    from alembic import command
    from sqlalchemy import inspect

    from benchapp.db.migrate import alembic_config, current_revision, head_revision, upgrade

    def indexes(table):
        return {i["name"] for i in inspect(engine).get_indexes(table)}

    command.downgrade(alembic_config(engine), "0019")
    assert current_revision(engine) == "0019"
    assert "ix_repair_parts_part_no_lot" not in indexes("repair_parts")
    assert "ix_deliveries_delivery_no" not in indexes("deliveries")
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)  # 0021, then what follows it
    assert "ix_repair_parts_part_no_lot" in indexes("repair_parts")
    assert "ix_deliveries_delivery_no" in indexes("deliveries")


def test_a_corrective_action_opens_from_a_cluster(db_url, bench, shop):
    """`capa open --from LOT:<lot>` / `DATECODE:<code>`: the action names the cluster; a lot
    or date code no returned unit carries is refused in one line and nothing is opened."""
    from datetime import date, timedelta

    due = (date.today() + timedelta(days=7)).isoformat()
    base = ("--owner", "tester", "--action", "加严 WO-1 首件检验", "--due", due,
            "--department", "生产部", "--as", "qcsupervisor")
    r = run("capa", "open", "--from", "lot:WO-1", *base, db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "opened from lot:WO-1" in r.stdout
    r = run("capa", "open", "--from", "DATECODE:2636", *base, db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    # As the Chinese screen offers it, with an input method's full-width colon.
    r = run("capa", "open", "--from", "批次：WO-1", *base, db=db_url, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    for ref in ("LOT:WO-404", "DATECODE:1999", "LOT:  "):
        r = run("capa", "open", "--from", ref, *base, db=db_url, env=AS_ADMIN)
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    r = run("capa", "list", "--json", db=db_url)
    assert [a["cluster"] for a in json.loads(r.stdout)] == ["LOT:WO-1", "DATECODE:2636",
                                                            "LOT:WO-1"]
    with bench.uow.engine.connect() as conn:
        logged = conn.execute(text("SELECT detail FROM tracking_log WHERE action = "
                                   "'corrective_action_opened' ORDER BY id")).scalars().all()
    assert [json.loads(d)["cluster"] if isinstance(d, str) else d["cluster"]
            for d in logged] == ["LOT:WO-1", "DATECODE:2636", "LOT:WO-1"]


def test_migration_0024_down_and_up(engine):
    from alembic import command
    from sqlalchemy import inspect

    from benchapp.db.migrate import alembic_config, current_revision, head_revision, upgrade

    command.downgrade(alembic_config(engine), "0020")
    assert "source_cluster" not in {c["name"] for c in
                                    inspect(engine).get_columns("corrective_actions")}
    assert "ix_reinspections_at" not in {i["name"] for i in
                                         inspect(engine).get_indexes("reinspections")}
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert "source_cluster" in {c["name"] for c in
                                inspect(engine).get_columns("corrective_actions")}
    assert "ix_reinspections_at" in {i["name"] for i in
                                     inspect(engine).get_indexes("reinspections")}
