"""Revision 0002 (and what builds on it) goes down to 0001 and up again cleanly, and starts
the time limits at the upgrade."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select, text

from benchapp.db import models as m
from benchapp.db.engine import server_now
from benchapp.db.migrate import alembic_config, current_revision, head_revision, upgrade


def test_downgrade_to_0001_and_upgrade_again(engine):
    supervision = {"calendar_days", "complaint_notice_work", "corrective_actions",
                   "customer_contacts", "cost_entries", "part_prices", "history_imports",
                   "report_unit_weeks", "report_unit_receipts", "report_rma_state",
                   "report_state"}
    assert supervision <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        since = conn.scalar(select(m.ShopSettingRow.value).where(
            m.ShopSettingRow.key == "supervision.tracking_since"))
        now = server_now(conn)
    assert since is not None and since[:10] == now.isoformat()[:10]
    command.downgrade(alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    assert not supervision & set(inspect(engine).get_table_names())
    assert "ix_rmas_received_at" not in {i["name"] for i in inspect(engine).get_indexes("rmas")}
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert supervision <= set(inspect(engine).get_table_names())


def test_0004_marks_what_changed_before_it_and_its_triggers_mark_what_changes_after(engine):
    from benchapp.db import models_supervision as ms
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
    from benchapp.services.reports import refresh_summary
    from tests.workflow_helpers import Bench

    bench = Bench(SqlAlchemyUnitOfWork(engine))
    built, serials = bench.receive(1)
    other, _ = bench.receive(1)
    refresh_summary(SqlAlchemyUnitOfWork(engine))
    command.downgrade(alembic_config(engine), "0003")
    # A change written by a benchapp of 0003's day (today's code expects today's schema): no
    # triggers yet, so its summary rows are stale and nothing marks it.
    with engine.begin() as conn:
        conn.execute(text("UPDATE rmas SET version = version + 1, storage_location = 'A-01' "
                          "WHERE rma_no = :r"), {"r": other})
    changed = select(m.RmaRow.id).where(m.RmaRow.rma_no == other)
    upgrade(engine)
    marks = ms.ReportStaleRmaRow.__table__
    with engine.connect() as conn:
        assert set(conn.scalars(select(marks.c.rma_id))) == {conn.scalar(changed)}
    refresh_summary(SqlAlchemyUnitOfWork(engine))
    bench.to_qc(built, serials)
    with engine.connect() as conn:
        assert set(conn.scalars(select(marks.c.rma_id))) == {conn.scalar(
            select(m.RmaRow.id).where(m.RmaRow.rma_no == built))}
