"""deliveries: the customer's delivery an RMA refers to (step 8 counts against its quantity);
units: production lot / work order and date code; complaint notices: one per delivery

Revision ID: 0012
Revises: 0008
Create Date: 2026-12-07 17:20:00

QP-TPZ-002 step 8 divides the non-customer-cause units of every RMA against one delivery by
the quantity delivered; until now the rule divided by the RMA's own shipped units. RMAs and
notices from before this revision name no delivery: their rule "cannot be evaluated", which is
the truth. Units get the board's production lot and date code, indexed for tracing by lot
(issue 17).

Plain ADD COLUMN on every existing table, on SQLite too: a batch copy of rmas or units would
drop their report triggers (0004), and SQLite adds a REFERENCES column natively when it
defaults to NULL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0012'
down_revision = '0013'
branch_labels = None
depends_on = None


def _add_delivery_ref(table: str) -> None:
    fk = f"fk_{table}_delivery_id_deliveries"
    if op.get_context().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} ADD COLUMN delivery_id INTEGER "
                   f"CONSTRAINT {fk} REFERENCES deliveries (id)")
    else:
        op.add_column(table, sa.Column('delivery_id', sa.Integer(), nullable=True))
        op.create_foreign_key(fk, table, 'deliveries', ['delivery_id'], ['id'])
    op.create_index(f'ix_{table}_delivery_id', table, ['delivery_id'], unique=False)


def upgrade() -> None:
    op.create_table(
        'deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer', sa.String(length=200), nullable=False),
        sa.Column('delivery_no', sa.String(length=50), nullable=False),
        sa.Column('delivered_qty', sa.Integer(), nullable=True),
        sa.Column('ship_date', sa.Date(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deliveries')),
        sa.UniqueConstraint('customer', 'delivery_no', name='uq_deliveries_customer_delivery_no'),
    )
    _add_delivery_ref('rmas')
    _add_delivery_ref('complaint_notices')
    op.add_column('complaint_notices', sa.Column('delivery_no', sa.String(length=50),
                                                 nullable=True))
    op.add_column('complaint_notices', sa.Column('delivered_qty', sa.Integer(), nullable=True))
    op.add_column('units', sa.Column('production_lot', sa.String(length=64), server_default='',
                                     nullable=False))
    op.add_column('units', sa.Column('date_code', sa.String(length=32), server_default='',
                                     nullable=False))
    op.create_index('ix_units_production_lot', 'units', ['production_lot'], unique=False)
    op.create_index('ix_units_date_code', 'units', ['date_code'], unique=False)


def _drop(table: str, column: str) -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy would lose the tables' triggers.
    op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def downgrade() -> None:
    op.drop_index('ix_units_date_code', table_name='units')
    op.drop_index('ix_units_production_lot', table_name='units')
    _drop('units', 'date_code')
    _drop('units', 'production_lot')
    _drop('complaint_notices', 'delivered_qty')
    _drop('complaint_notices', 'delivery_no')
    for table in ('complaint_notices', 'rmas'):
        op.drop_index(f'ix_{table}_delivery_id', table_name=table)
        if op.get_context().dialect.name != "sqlite":
            op.drop_constraint(f'fk_{table}_delivery_id_deliveries', table, type_='foreignkey')
        _drop(table, 'delivery_id')
    op.drop_table('deliveries')
