"""who took part in a joint decision: escalations.participants

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 18:20:00

Issue 16.5: the QC supervisor decides a no-fault-found unit together with repair, production,
tech and business (procedure step 3a); the names of who took part are kept with the signed
decision, beside its tracking-log line.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('escalations') as batch:
        batch.add_column(sa.Column('participants', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('escalations') as batch:
        batch.drop_column('participants')
