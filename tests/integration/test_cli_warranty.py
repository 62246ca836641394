"""`benchapp warranty terms list|set|remove` and `warranty check`, and the cost ledger's payer
following the billing (issue 17.2), on SQLite."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.integration.test_cli import AS_ADMIN, _bench_db, run

CUSTOMER, MODEL = "深圳市华强电子有限公司", "PCBA-MC200-V3"


@pytest.fixture
def db(sqlite_url):
    """A new shop database, as `db upgrade` creates it."""
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    engine.dispose()
    return sqlite_url


def test_terms_set_list_check_remove(db):
    engine, bench = _bench_db(db)
    clerk = bench.business_clerk.username
    rma_no, _ = bench.receive(1, serials=["SN-W1"], unit_trace={"SN-W1": ("WO-1", "2510")})
    engine.dispose()

    r = run("warranty", "terms", "list", db=db)
    assert r.returncode == 0 and "no warranty terms" in r.stdout
    # Only an administrator or the tech supervisor keeps the terms; bad input is one line.
    r = run("warranty", "terms", "set", "--customer", CUSTOMER, "--months", "12", "--from",
            "date-code", "--as", clerk, db=db, env=AS_ADMIN)
    assert r.returncode == 1 and "may not set warranty terms" in r.stderr
    r = run("warranty", "terms", "set", "--customer", CUSTOMER, "--months", "twelve",
            "--from", "date-code", "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "warranty months" in r.stderr
    r = run("warranty", "terms", "set", "--customer", CUSTOMER, "--model", MODEL, "--months",
            "24", "--from", "date-code", "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert f"{CUSTOMER} / {MODEL}: 24 months from date-code" in r.stdout
    r = run("warranty", "terms", "set", "--months", "12", "--from", "ship-date", "--as",
            "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0 and "(any customer) / (any model)" in r.stdout
    listed = json.loads(run("warranty", "terms", "list", "--json", db=db).stdout)
    assert listed == [
        {"customer": "", "model": "", "months": 12, "from": "ship-date", "scope": "shop",
         "set_by": "admin"},
        {"customer": CUSTOMER, "model": MODEL, "months": 24, "from": "date-code",
         "scope": "customer_model", "set_by": "admin"}]

    checked = json.loads(run("warranty", "check", "SN-W1", "--json", db=db).stdout)
    assert checked["status"] == "in_warranty" and checked["rma_no"] == rma_no
    assert (checked["start"], checked["until"], checked["terms"]) == (
        "2025-03-03", "2027-03-02", "customer_model")
    r = run("warranty", "check", "--customer", "someone", "--model", "X", "--ship-date",
            "2024-01-10", "--on", "2026-11-02", db=db)
    assert r.returncode == 0 and "out of warranty: ship date 2024-01-10" in r.stdout
    r = run("warranty", "check", "--customer", CUSTOMER, "--model", MODEL, "--date-code",
            "26W18", "--json", db=db)
    assert json.loads(r.stdout)["reason"] == "unreadable_date_code"
    r = run("warranty", "check", "NO-SUCH", db=db)
    assert r.returncode == 1 and "No returned unit 'NO-SUCH'" in r.stderr

    r = run("warranty", "terms", "remove", "--customer", CUSTOMER, "--model", MODEL, "--as",
            "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0 and "removed" in r.stdout
    r = run("warranty", "check", "SN-W1", db=db)
    assert "ship date" in r.stdout  # the shop's terms now; the unit's delivery has none
    r = run("warranty", "terms", "remove", "--customer", CUSTOMER, "--as", "admin", db=db,
            env=AS_ADMIN)
    assert r.returncode == 1 and "No warranty terms" in r.stderr

    r = run("rma", "show", rma_no, "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    audit = run("audit", "verify", db=db)
    assert audit.returncode == 0, audit.stdout + audit.stderr


def test_cost_payer_follows_the_billing(db):
    from benchapp.domain.supervision import Payer
    from benchapp.services import supervision, warranty
    from benchapp.services.warranty import shop_today

    engine, bench = _bench_db(db)
    warranty.set_terms(bench.uow, bench.admin, customer=None, model=None, months=12,
                       basis="ship-date")
    with bench.uow:
        today = shop_today(bench.uow)
    paid, _ = bench.receive(1, ship_date=today - timedelta(days=800), billing="paid")
    free, _ = bench.receive(1, ship_date=today - timedelta(days=30), billing="warranty")
    entry = supervision.record_cost(bench.uow, bench.business_clerk, rma_no=paid,
                                    kind="shipping", amount="20")
    assert entry.payer is Payer.CUSTOMER  # out of warranty, paid: the customer's
    entry = supervision.record_cost(bench.uow, bench.business_clerk, rma_no=free,
                                    kind="shipping", amount="20")
    assert entry.payer is None  # warranty: rule 5.3.1 by the units' causes
    entry = supervision.record_cost(bench.uow, bench.business_clerk, rma_no=paid,
                                    kind="packaging", amount="5", payer="company")
    assert entry.payer is Payer.COMPANY  # as agreed with the customer
    with bench.uow:
        ledger = bench.uow.costs.rma_ledger(paid)
    assert [(i.kind, i.payer) for i in ledger] == [("shipping", "customer"),
                                                   ("packaging", "company")]
    engine.dispose()
    r = run("cost", "add", paid, "shipping", "12.00", "--as", bench.business_clerk.username,
            db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "(customer, from the billing: paid)" in r.stdout
