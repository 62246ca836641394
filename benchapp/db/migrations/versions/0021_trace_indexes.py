"""traceability indexes: replaced parts by part number and lot, deliveries by number

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-07 18:20:00

Issue 17.1: `benchapp trace part PART-NO [--lot LOT]` starts from the replaced parts and
`trace delivery NO` from the delivery number alone (the unique constraint leads with the
customer), so both need their own index to stay bounded as the history grows.
"""

from __future__ import annotations

from alembic import op

revision = '0021'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_repair_parts_part_no_lot', 'repair_parts', ['part_no', 'lot'])
    op.create_index('ix_deliveries_delivery_no', 'deliveries', ['delivery_no'])


def downgrade() -> None:
    op.drop_index('ix_deliveries_delivery_no', table_name='deliveries')
    op.drop_index('ix_repair_parts_part_no_lot', table_name='repair_parts')
