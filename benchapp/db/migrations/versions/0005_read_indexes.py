"""indexes for reads bounded by the work at hand

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 12:40:00

A station's queue, the unsigned anomaly forms, one RMA's escalations and each page of the RMA
list read through these, so they cost the same at 50,000 RMAs as at 50.
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_rmas_customer_id", "rmas", ["customer", "id"]),
    ("ix_rmas_model_id", "rmas", ["model", "id"]),
    ("ix_rmas_counted_qty_id", "rmas", ["counted_qty", "id"]),
    ("ix_rmas_due_date_id", "rmas", ["due_date", "id"]),
    ("ix_rmas_received_at_id", "rmas", ["received_at", "id"]),
    ("ix_units_custody_state", "units", ["custody", "state"]),
    ("ix_anomaly_forms_signed_by", "anomaly_forms", ["signed_by"]),
    ("ix_escalations_slip_no", "escalations", ["slip_no"]),
    ("ix_handover_units_serial", "handover_units", ["serial"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
