"""user secrets: one-time passwords after a reset, password age, keys awaiting a certificate

Revision ID: 0008
Revises: 0010
Create Date: 2026-12-07 14:20:00

An administrator's reset leaves the user on a one-time password (must_change_password) until
they choose their own; the signing key they then create waits in pending_signing_keys for the
shop CA's certificate. password_changed_at drives the shop's optional password ageing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0008'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): a batch copy would drop the table's AUTOINCREMENT,
    # and user ids must never be handed out again.
    op.add_column('users', sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column('users', sa.Column('password_changed_at', sa.DateTime(timezone=True),
                                     nullable=True))
    op.create_table(
        'pending_signing_keys',
        sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), primary_key=True),
        sa.Column('public_key_pem', sa.Text(), nullable=False),
        sa.Column('encrypted_key', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
    )


def downgrade() -> None:
    op.drop_table('pending_signing_keys')
    # Plain DROP COLUMN (SQLite 3.35+ has it): a batch copy would drop and re-create users,
    # which the rows referring to it forbid.
    op.execute("ALTER TABLE users DROP COLUMN password_changed_at")
    op.execute("ALTER TABLE users DROP COLUMN must_change_password")
