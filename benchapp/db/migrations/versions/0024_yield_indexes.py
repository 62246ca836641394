"""yield figures' index: re-inspections by time

Revision ID: 0024
Revises: 0020
Create Date: 2026-12-07 20:30:00

Issue 17.5: the first-pass yield of re-inspection reads the re-inspections of a period; without
an index on their time that read would scan every re-inspection ever recorded.
"""

from __future__ import annotations

from alembic import op

revision = '0024'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_reinspections_at', 'reinspections', ['at'])


def downgrade() -> None:
    op.drop_index('ix_reinspections_at', table_name='reinspections')
