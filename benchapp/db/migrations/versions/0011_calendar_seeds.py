"""calendar_seeds: the public holidays and make-up days proposed to the working calendar;
report_unit_weeks: a unit's first failure and its rework, apart

Revision ID: 0011
Revises: 0005
Create Date: 2026-12-07 14:05:00

`benchapp calendar seed` writes each day the holidays package proposes here once, and into
calendar_days only if the shop has no entry for that day. A day the shop later removed or changed
is therefore never brought back by seeding again.

report_unit_weeks gets the columns that keep a unit's first failure in the cause figures and
count its rework loops as rework (docs/reports.md); report_facts.DEFINITION "2" rebuilds every
row on the next report, so the defaults only matter until then. Plain ADD COLUMN: SQLite does
it natively, and rebuilding the WITHOUT ROWID table in batch mode would lose that property.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0011'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_seeds',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('seeded_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_seeds'))
    )
    for column in rework_columns():
        op.add_column('report_unit_weeks', column)


def rework_columns() -> list[sa.Column]:
    """Fresh Column objects at each call: a Column belongs to one table once added."""
    return [
        sa.Column('first_failure', sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column('rework_records', sa.Integer(), server_default='0', nullable=False),
        sa.Column('rework_cause', sa.String(length=20), server_default='', nullable=False),
        sa.Column('rework_root_cause', sa.Text(), server_default='', nullable=False),
        sa.Column('rework_process', sa.String(length=100), server_default='', nullable=False),
        sa.Column('rework_department', sa.String(length=100), server_default='',
                  nullable=False),
    ]


def downgrade() -> None:
    with op.batch_alter_table('report_unit_weeks', recreate='never') as batch_op:
        for column in reversed(rework_columns()):
            batch_op.drop_column(column.name)
    op.drop_table('calendar_seeds')
