"""complaint notices worked to closure: customer contacts, report/8D files, signed closure,
corrective actions with a responsible person

Revision ID: 0013
Revises: 0008
Create Date: 2026-12-07 17:20:00

Seed 002 5.2.3: each notice records its customer contacts (time, person, channel, note) and
keeps several report and 8D files (PDF or image) with their SHA-256; closing it is a signed
act. A corrective action (step 10) names its responsible person (a user, who records it
implemented), the root cause, and the escalation (NFF, cannot find fault) it came from.
Severity "serious" is called "major" (重大) from here on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0013'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'complaint_contacts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('notice_id', sa.Integer(), sa.ForeignKey(
            'complaint_notices.id', name='fk_complaint_contacts_notice_id_complaint_notices'),
            nullable=False),
        sa.Column('contacted_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('person', sa.String(100), nullable=False),
        sa.Column('channel', sa.String(10), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), sa.ForeignKey(
            'users.id', name='fk_complaint_contacts_recorded_by_users'), nullable=True),
        sa.Column('recorded_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_complaint_contacts'),
    )
    op.create_index('ix_complaint_contacts_notice_id', 'complaint_contacts', ['notice_id'])
    op.create_table(
        'complaint_attachments',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('notice_id', sa.Integer(), sa.ForeignKey(
            'complaint_notices.id', name='fk_complaint_attachments_notice_id_complaint_notices'),
            nullable=False),
        sa.Column('kind', sa.String(10), nullable=False),
        sa.Column('file_name', sa.String(255), nullable=False),
        sa.Column('media_type', sa.String(40), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(64), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('attached_by', sa.Integer(), sa.ForeignKey(
            'users.id', name='fk_complaint_attachments_attached_by_users'), nullable=True),
        sa.Column('attached_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_complaint_attachments'),
    )
    op.create_index('ix_complaint_attachments_notice_id', 'complaint_attachments',
                    ['notice_id'])
    with op.batch_alter_table('complaint_notice_work') as batch:
        batch.add_column(sa.Column('close_certificate_fingerprint', sa.String(64),
                                   nullable=True))
        batch.add_column(sa.Column('close_signed_with', sa.String(20), nullable=True))
    op.execute("UPDATE complaint_notice_work SET severity = 'major' WHERE severity = 'serious'")
    with op.batch_alter_table('corrective_actions') as batch:
        batch.add_column(sa.Column('owner_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('root_cause', sa.Text(), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('escalation_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_corrective_actions_owner_id_users', 'users',
                                 ['owner_id'], ['id'])
        batch.create_foreign_key('fk_corrective_actions_escalation_id_escalations',
                                 'escalations', ['escalation_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('corrective_actions') as batch:
        batch.drop_constraint('fk_corrective_actions_escalation_id_escalations',
                              type_='foreignkey')
        batch.drop_constraint('fk_corrective_actions_owner_id_users', type_='foreignkey')
        batch.drop_column('escalation_id')
        batch.drop_column('root_cause')
        batch.drop_column('owner_id')
    op.execute("UPDATE complaint_notice_work SET severity = 'serious' WHERE severity = 'major'")
    with op.batch_alter_table('complaint_notice_work') as batch:
        batch.drop_column('close_signed_with')
        batch.drop_column('close_certificate_fingerprint')
    op.drop_index('ix_complaint_attachments_notice_id', 'complaint_attachments')
    op.drop_table('complaint_attachments')
    op.drop_index('ix_complaint_contacts_notice_id', 'complaint_contacts')
    op.drop_table('complaint_contacts')
