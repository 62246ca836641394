"""customer contact on the RMA, shipping address on the shipping note

Revision ID: 0022
Revises: 0020
Create Date: 2026-12-07 20:30:00

Issue 14: the 售后服务表 prints the customer's contact person and the 发货单 the address the
parcel goes to. The contact (name and phone) is given at receiving (or in an imported CSV's
optional columns); the address is confirmed at shipping, starting from the customer's last one.
Plain ADD COLUMN with a default on both backends: a batch copy would lose the tables' triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('rmas', sa.Column('contact', sa.String(length=100), server_default='',
                                    nullable=False))
    op.add_column('rmas', sa.Column('contact_phone', sa.String(length=40), server_default='',
                                    nullable=False))
    op.add_column('shipping_notes', sa.Column('address', sa.String(length=300),
                                              server_default='', nullable=False))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), as 0012 does.
    op.execute("ALTER TABLE shipping_notes DROP COLUMN address")
    op.execute("ALTER TABLE rmas DROP COLUMN contact_phone")
    op.execute("ALTER TABLE rmas DROP COLUMN contact")
