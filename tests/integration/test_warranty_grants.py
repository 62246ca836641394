"""Warranty terms on PostgreSQL (issue 17.2): the bench role reads them at receipt and cannot
change them, neither through benchapp nor with raw SQL; the owner's login keeps them."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import text

from benchapp.cli import main
from benchapp.db.engine import make_engine
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.services import warranty
from benchapp.services.audit import verify_audit_trail
from tests.integration.test_audit_attacks import _as_bench, roles  # noqa: F401 - fixture
from tests.workflow_helpers import PASSWORD, Bench

ATTACKS = (
    "UPDATE warranty_terms SET months = 240",
    "UPDATE warranty_terms SET basis = 'date_code'",
    ("INSERT INTO warranty_terms (customer, model, months, basis, set_by) "
     "VALUES ('', 'X', 240, 'ship_date', 'mallory')"),
    "DELETE FROM warranty_terms",
    "TRUNCATE warranty_terms",
    "ALTER TABLE warranty_terms ALTER COLUMN months SET DEFAULT 240",
    "DROP TABLE warranty_terms",
)


@pytest.mark.postgres
def test_the_bench_role_reads_the_terms_and_cannot_change_them(roles, capsys,  # noqa: F811
                                                              monkeypatch):
    bench_uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])
    bench = Bench(bench_uow(), signing=False)
    owner = make_engine(roles["owner_url"])
    try:
        # The administrator keeps the terms with the owner's login (docs/postgresql.md).
        warranty.set_terms(SqlAlchemyUnitOfWork(owner), bench.admin, customer=None,
                           model=None, months=12, basis="ship-date")
    finally:
        owner.dispose()
    # Through benchapp as the bench login: one clear line, nothing changed.
    monkeypatch.setenv("BENCHAPP_PASSWORD", PASSWORD)
    code = main(["--db", roles["bench_url"], "warranty", "terms", "set", "--months", "240",
                 "--from", "ship-date", "--as", bench.admin.username])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "owner's login" in err
    # Raw SQL as the bench login: every attempt refused.
    with _as_bench(roles) as conn:
        for sql in ATTACKS:
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(sql)
            assert isinstance(refused.value, psycopg.errors.InsufficientPrivilege), (
                sql, refused.value)
    with roles["engine"].connect() as conn:
        rows = conn.execute(text("SELECT customer, model, months, basis FROM warranty_terms")
                            ).all()
    assert [tuple(r) for r in rows] == [("", "", 12, "ship_date")]
    # Receiving, as the bench login, reads them: the shipped-long-ago units are out.
    rma_no, _ = bench.receive(1, ship_date=date(2020, 1, 6), billing="paid")
    with bench_uow() as uow:
        (unit,) = [e for e in uow.log.for_rma(rma_no) if e.action == "unit_received"]
    assert unit.detail["warranty"] == "out_of_warranty"
    assert verify_audit_trail(bench_uow()).ok


def test_migration_0023_down_and_up(engine, uow_factory):
    from alembic import command
    from sqlalchemy import inspect

    from benchapp.db.migrate import alembic_config, current_revision, head_revision, upgrade

    bench = Bench(uow_factory(), signing=False)
    warranty.set_terms(uow_factory(), bench.admin, customer="C", model="M", months=6,
                       basis="date-code")
    assert [t.months for t in warranty.list_terms(uow_factory())] == [6]
    command.downgrade(alembic_config(engine), "0020")
    assert current_revision(engine) == "0020"
    assert "warranty_terms" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert warranty.list_terms(uow_factory()) == []
