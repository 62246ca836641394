"""yield figures' index: re-inspections by time; a corrective action's source cluster

Revision ID: 0024
Revises: 0020
Create Date: 2026-12-07 20:30:00

Issue 17.5: the first-pass yield of re-inspection reads the re-inspections of a period; without
an index on their time that read would scan every re-inspection ever recorded. Issue 17.1: a
corrective action opened from a cluster of returns names its lot or date code
(`capa open --from LOT:<lot>` / `DATECODE:<code>`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_reinspections_at', 'reinspections', ['at'])
    with op.batch_alter_table('corrective_actions') as batch:
        batch.add_column(sa.Column('source_cluster', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('corrective_actions') as batch:
        batch.drop_column('source_cluster')
    op.drop_index('ix_reinspections_at', table_name='reinspections')
