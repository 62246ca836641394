"""warranty terms per customer and model

Revision ID: 0023
Revises: 0020
Create Date: 2026-12-07 20:30:00

Issue 17.2: warranty decided from the record. Each row gives the months of warranty, counted
from the delivery's ship date or from the unit's date code, for a customer's model, a
customer, a model, or (both blank) the whole shop.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'warranty_terms',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer', sa.String(length=200), nullable=False),
        sa.Column('model', sa.String(length=100), nullable=False),
        sa.Column('months', sa.Integer(), nullable=False),
        sa.Column('basis', sa.String(length=12), nullable=False),
        sa.Column('set_by', sa.String(length=100), nullable=False),
        sa.Column('set_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_terms')),
        sa.UniqueConstraint('customer', 'model', name='uq_warranty_terms_customer_model'),
    )


def downgrade() -> None:
    op.drop_table('warranty_terms')
