"""retention period per customer

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-07 14:00:00

Seed 001 八 and IATF 16949 7.5.3.2.1: records are kept for the product's life plus one year.
The shop-wide default is the `retention_years` shop setting; a customer whose products live
longer (or whose contract says so) gets its own number of years here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0009'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'customer_retention',
        sa.Column('customer', sa.String(length=200), nullable=False),
        sa.Column('years', sa.Integer(), nullable=False),
        sa.Column('set_by', sa.String(length=100), nullable=False),
        sa.Column('set_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.CheckConstraint('years >= 1', name=op.f('ck_customer_retention_years_positive')),
        sa.PrimaryKeyConstraint('customer', name=op.f('pk_customer_retention')),
    )


def downgrade() -> None:
    op.drop_table('customer_retention')
