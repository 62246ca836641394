"""signed slips

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:03:52.538524
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shop_ca',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shop_name', sa.String(length=200), nullable=False),
    sa.Column('cert_pem', sa.Text(), nullable=False),
    sa.Column('encrypted_key_pem', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shop_ca'))
    )
    op.create_table('user_credentials',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('cert_pem', sa.Text(), nullable=False),
    sa.Column('encrypted_key_pem', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('superseded_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_credentials_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_credentials'))
    )
    with op.batch_alter_table('user_credentials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_credentials_user_id'), ['user_id'], unique=False)

    op.create_table('slips',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_no', sa.String(length=20), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('previous_sha256', sa.String(length=64), nullable=True),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_slips_rma_id_rmas')),
    sa.ForeignKeyConstraint(['slip_no'], ['handovers.slip_no'], name=op.f('fk_slips_slip_no_handovers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slips')),
    sa.UniqueConstraint('slip_no', name=op.f('uq_slips_slip_no'))
    )
    with op.batch_alter_table('slips', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slips_rma_id'), ['rma_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('slips', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slips_rma_id'))

    op.drop_table('slips')
    with op.batch_alter_table('user_credentials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_credentials_user_id'))

    op.drop_table('user_credentials')
    op.drop_table('shop_ca')
