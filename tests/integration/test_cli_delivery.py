"""`benchapp delivery` and the delivery / step-8 lines of `rma show` (SQLite)."""

from __future__ import annotations

import json

import pytest

from tests.integration.test_cli import AS_ADMIN, _bench_db, run
from tests.integration.test_deliveries import ready_to_ship

CUSTOMER = "深圳市华强电子有限公司"


@pytest.fixture
def db(sqlite_url):
    """A new shop database, as `db upgrade` creates it."""
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    engine.dispose()
    return sqlite_url


def test_rma_show_says_when_the_rule_cannot_be_evaluated_and_delivery_correct_fixes_it(db):
    engine, bench = _bench_db(db)
    rma_no, serials = ready_to_ship(bench, 2, "production", delivery_no="DN-77",
                                    production_lot="WO-2609-11", date_code="2636")
    bench.ship(rma_no, serials)
    clerk = bench.business_clerk.username
    engine.dispose()

    r = run("rma", "show", rma_no, "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "delivery: DN-77, delivered quantity not known" in r.stdout
    assert "Step-8 rule cannot be evaluated: delivery DN-77 has no delivered quantity" in r.stdout
    assert "lot WO-2609-11  D/C 2636" in r.stdout
    shown = json.loads(run("rma", "show", rma_no, "--json", "--as", "admin", db=db,
                           env=AS_ADMIN).stdout)
    assert shown["delivery"] == {"delivery_no": "DN-77", "delivered_qty": None,
                                 "ship_date": None}
    assert shown["complaint_rule"]["evaluated"] is False
    assert shown["units"][0]["production_lot"] == "WO-2609-11"

    listed = json.loads(run("delivery", "unevaluated", "--json", db=db).stdout)
    assert listed == [{"reason": "no_delivered_qty", "customer": CUSTOMER,
                       "delivery_no": "DN-77", "rma_nos": [rma_no], "non_customer_units": 2}]
    r = run("delivery", "unevaluated", db=db)
    assert "cannot be evaluated: delivery DN-77" in r.stdout

    # Only business or a tech supervisor may correct it; a bad quantity is one clear line.
    r = run("delivery", "correct", "DN-77", "--customer", CUSTOMER, "--qty", "400",
            "--reason", "送货单", "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    r = run("delivery", "correct", "DN-77", "--customer", CUSTOMER, "--qty", "-4",
            "--reason", "送货单", "--as", clerk, db=db, env=AS_ADMIN)
    assert r.returncode == 1 and "delivered quantity" in r.stderr
    r = run("delivery", "correct", "DN-77", "--customer", CUSTOMER, "--qty", "400",
            "--reason", "送货单写 400", "--as", clerk, db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "delivered quantity unknown -> 400" in r.stdout
    assert json.loads(run("delivery", "unevaluated", "--json", db=db).stdout) == []
