"""defect-code library: symptom -> defect -> cause per product family, texts mapped to codes;
photos and files attached to an RMA or a unit

Revision ID: 0019
Revises: 0008
Create Date: 2026-12-07 17:20:00

Issue 17.4: a repair record names a cause code and a visual inspection a defect code from the
shop's library, beside the free text; free texts recorded before (or without) a code are
counted under the code an administrator maps them to. Issue 17.3: photos and files on an RMA
or a unit, kept in the database with their SHA-256 and who attached them when.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0019'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'defect_codes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family', sa.String(length=64), nullable=False),
        sa.Column('symptom_code', sa.String(length=32), nullable=False),
        sa.Column('symptom', sa.String(length=200), nullable=False),
        sa.Column('defect_code', sa.String(length=32), nullable=False),
        sa.Column('defect', sa.String(length=200), nullable=False),
        sa.Column('cause_code', sa.String(length=32), nullable=False),
        sa.Column('cause', sa.String(length=200), nullable=False),
        sa.Column('cause_category', sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_defect_codes')),
        sa.UniqueConstraint('family', 'cause_code', name='uq_defect_codes_family_cause_code'),
    )
    op.create_index(op.f('ix_defect_codes_defect_code'), 'defect_codes', ['defect_code'])
    op.create_index(op.f('ix_defect_codes_cause_code'), 'defect_codes', ['cause_code'])
    op.create_table(
        'defect_text_maps',
        sa.Column('text_sha256', sa.String(length=64), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('cause_code', sa.String(length=32), nullable=False),
        sa.Column('set_by', sa.String(length=100), nullable=False),
        sa.Column('set_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.PrimaryKeyConstraint('text_sha256', name=op.f('pk_defect_text_maps')),
    )
    op.create_table(
        'attachments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('rma_id', sa.Integer(), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=True),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('content_type', sa.String(length=100), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
        sa.Column('added_by', sa.Integer(), nullable=False),
        sa.Column('added_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_attachments_rma_id_rmas')),
        sa.ForeignKeyConstraint(['unit_id'], ['units.id'],
                                name=op.f('fk_attachments_unit_id_units')),
        sa.ForeignKeyConstraint(['added_by'], ['users.id'],
                                name=op.f('fk_attachments_added_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    )
    op.create_index(op.f('ix_attachments_rma_id'), 'attachments', ['rma_id'])
    # Plain ADD COLUMN (SQLite has it): a batch copy would re-create the record tables, which
    # the rows referring to them and the AUTOINCREMENT ids forbid.
    op.add_column('repair_records', sa.Column('cause_code', sa.String(length=32),
                                              nullable=False, server_default=''))
    op.add_column('screenings', sa.Column('defect_code', sa.String(length=32),
                                          nullable=False, server_default=''))


def downgrade() -> None:
    op.execute("ALTER TABLE screenings DROP COLUMN defect_code")
    op.execute("ALTER TABLE repair_records DROP COLUMN cause_code")
    op.drop_index(op.f('ix_attachments_rma_id'), table_name='attachments')
    op.drop_table('attachments')
    op.drop_table('defect_text_maps')
    op.drop_index(op.f('ix_defect_codes_cause_code'), table_name='defect_codes')
    op.drop_index(op.f('ix_defect_codes_defect_code'), table_name='defect_codes')
    op.drop_table('defect_codes')
