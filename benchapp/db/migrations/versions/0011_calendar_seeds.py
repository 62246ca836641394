"""calendar_seeds: the public holidays and make-up days proposed to the working calendar

Revision ID: 0011
Revises: 0005
Create Date: 2026-12-07 14:05:00

`benchapp calendar seed` writes each day the holidays package proposes here once, and into
calendar_days only if the shop has no entry for that day. A day the shop later removed or changed
is therefore never brought back by seeding again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0011'
down_revision = '0005'
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


def downgrade() -> None:
    op.drop_table('calendar_seeds')
