"""report summary marks: triggers on rmas mark the RMAs whose summary rows are stale

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# Each insert or update of an RMA (every change inside one bumps its version) leaves a mark;
# before this, each report compared the version of every RMA ever received.
SQLITE_TRIGGERS = (
    ("CREATE TRIGGER report_mark_rma_insert AFTER INSERT ON rmas "
     "BEGIN INSERT INTO report_stale_rmas (rma_id) VALUES (NEW.id); END"),
    ("CREATE TRIGGER report_mark_rma_update AFTER UPDATE ON rmas "
     "BEGIN INSERT INTO report_stale_rmas (rma_id) VALUES (NEW.id); END"),
)
POSTGRES_TRIGGERS = (
    ("CREATE FUNCTION report_mark_rma() RETURNS trigger LANGUAGE plpgsql AS $$ "
     "BEGIN INSERT INTO report_stale_rmas (rma_id) VALUES (NEW.id); RETURN NULL; END $$"),
    ("CREATE TRIGGER report_mark_rma AFTER INSERT OR UPDATE ON rmas "
     "FOR EACH ROW EXECUTE FUNCTION report_mark_rma()"),
)


def upgrade() -> None:
    op.create_table('report_stale_rmas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_stale_rmas'))
    )
    with op.batch_alter_table('report_stale_rmas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_stale_rmas_rma_id'), ['rma_id'], unique=False)
    # What the version comparison would have rebuilt at the next report, marked once.
    op.execute(
        "INSERT INTO report_stale_rmas (rma_id) SELECT r.id FROM rmas r "
        "LEFT JOIN report_rma_state s ON s.rma_id = r.id "
        "WHERE s.rma_id IS NULL OR s.version <> r.version ORDER BY r.id")
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS report_mark_rma ON rmas")
        op.execute("DROP FUNCTION IF EXISTS report_mark_rma()")
    else:
        op.execute("DROP TRIGGER IF EXISTS report_mark_rma_insert")
        op.execute("DROP TRIGGER IF EXISTS report_mark_rma_update")
    with op.batch_alter_table('report_stale_rmas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_stale_rmas_rma_id'))
    op.drop_table('report_stale_rmas')
