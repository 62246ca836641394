"""supervision: calendar, complaint work, corrective actions, contacts, costs, imports, and
the summary tables and indexes the weekly reports read

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 04:50:21.824462
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import as_utc, utcnow

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_rma_state',
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('rma_id', name=op.f('pk_report_rma_state'))
    )
    op.create_table('report_state',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_report_state'))
    )
    op.create_table('report_unit_receipts',
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('iso_week', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=False),
    sa.Column('days_since_previous', sa.Integer(), nullable=True),
    sa.Column('previous_rma_no', sa.String(length=20), nullable=True),
    sa.PrimaryKeyConstraint('unit_id', name=op.f('pk_report_unit_receipts'))
    )
    with op.batch_alter_table('report_unit_receipts', schema=None) as batch_op:
        batch_op.create_index('ix_report_unit_receipts_week_gap', ['iso_week', 'days_since_previous'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_unit_receipts_rma_id'), ['rma_id'], unique=False)

    op.create_table('report_unit_weeks',
    sa.Column('iso_week', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('cause_category', sa.String(length=20), nullable=False),
    sa.Column('root_cause', sa.Text(), nullable=False),
    sa.Column('responsible_process', sa.String(length=100), nullable=False),
    sa.Column('responsible_department', sa.String(length=100), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('loops', sa.Integer(), nullable=False),
    sa.Column('nff_release', sa.Boolean(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('shipped_on', sa.Date(), nullable=True),
    sa.Column('no_delivery', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('iso_week', 'unit_id', name=op.f('pk_report_unit_weeks')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('report_unit_weeks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_unit_weeks_rma_id'), ['rma_id'], unique=False)

    op.create_table('calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('changed_by', sa.Integer(), nullable=True),
    sa.Column('changed_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['changed_by'], ['users.id'], name=op.f('fk_calendar_days_changed_by_users')),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_days'))
    )
    op.create_table('part_prices',
    sa.Column('part_no', sa.String(length=64), nullable=False),
    sa.Column('unit_fen', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.Integer(), nullable=True),
    sa.Column('changed_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['changed_by'], ['users.id'], name=op.f('fk_part_prices_changed_by_users')),
    sa.PrimaryKeyConstraint('part_no', name=op.f('pk_part_prices'))
    )
    op.create_table('cost_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('payer', sa.String(length=10), nullable=True),
    sa.Column('incurred_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.Integer(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['entered_by'], ['users.id'], name=op.f('fk_cost_entries_entered_by_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_cost_entries_rma_id_rmas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_entries'))
    )
    with op.batch_alter_table('cost_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_entries_incurred_on'), ['incurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_cost_entries_rma_id'), ['rma_id'], unique=False)

    op.create_table('customer_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('received', sa.Boolean(), nullable=True),
    sa.Column('satisfied', sa.Boolean(), nullable=True),
    sa.Column('contacted_by', sa.Integer(), nullable=True),
    sa.Column('contacted_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['contacted_by'], ['users.id'], name=op.f('fk_customer_contacts_contacted_by_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_customer_contacts_rma_id_rmas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_contacts'))
    )
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_contacts_contacted_at'), ['contacted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_contacts_rma_id'), ['rma_id'], unique=False)

    op.create_table('complaint_notice_work',
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('report_kind', sa.String(length=10), nullable=True),
    sa.Column('report_text', sa.Text(), nullable=False),
    sa.Column('report_file_name', sa.String(length=255), nullable=True),
    sa.Column('report_file', sa.LargeBinary(), nullable=True),
    sa.Column('report_sha256', sa.String(length=64), nullable=True),
    sa.Column('report_by', sa.Integer(), nullable=True),
    sa.Column('report_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('close_note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['closed_by'], ['users.id'], name=op.f('fk_complaint_notice_work_closed_by_users')),
    sa.ForeignKeyConstraint(['notice_id'], ['complaint_notices.id'], name=op.f('fk_complaint_notice_work_notice_id_complaint_notices')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_complaint_notice_work_owner_id_users')),
    sa.ForeignKeyConstraint(['report_by'], ['users.id'], name=op.f('fk_complaint_notice_work_report_by_users')),
    sa.PrimaryKeyConstraint('notice_id', name=op.f('pk_complaint_notice_work'))
    )
    op.create_table('corrective_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ca_no', sa.String(length=20), nullable=False),
    sa.Column('source_week', sa.String(length=8), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('rma_no', sa.String(length=20), nullable=True),
    sa.Column('responsible_process', sa.String(length=100), nullable=False),
    sa.Column('responsible_department', sa.String(length=100), nullable=False),
    sa.Column('person_found', sa.String(length=100), nullable=False),
    sa.Column('kpi_consequence', sa.Text(), nullable=False),
    sa.Column('preventive_measure', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('implemented_by', sa.Integer(), nullable=True),
    sa.Column('implemented_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('implementation_note', sa.Text(), nullable=False),
    sa.Column('verified_by', sa.Integer(), nullable=True),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('verification_note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_corrective_actions_created_by_users')),
    sa.ForeignKeyConstraint(['implemented_by'], ['users.id'], name=op.f('fk_corrective_actions_implemented_by_users')),
    sa.ForeignKeyConstraint(['notice_id'], ['complaint_notices.id'], name=op.f('fk_corrective_actions_notice_id_complaint_notices')),
    sa.ForeignKeyConstraint(['verified_by'], ['users.id'], name=op.f('fk_corrective_actions_verified_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrective_actions')),
    sa.UniqueConstraint('ca_no', name=op.f('uq_corrective_actions_ca_no'))
    )
    with op.batch_alter_table('corrective_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_corrective_actions_source_week'), ['source_week'], unique=False)
        batch_op.create_index(batch_op.f('ix_corrective_actions_status'), ['status'], unique=False)

    op.create_table('history_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('rma_no', sa.String(length=20), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=False),
    sa.Column('row_sha256', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('imported_by', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['imported_by'], ['users.id'], name=op.f('fk_history_imports_imported_by_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_history_imports_rma_id_rmas')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_history_imports_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_imports')),
    sa.UniqueConstraint('rma_no', 'serial', name='uq_history_imports_rma_no')
    )
    with op.batch_alter_table('history_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_imports_rma_id'), ['rma_id'], unique=False)

    # Plain CREATE INDEX on the first schema's tables: batch mode would copy them (and the
    # rows they hold) for nothing.
    op.create_index('ix_complaint_notices_raised_at', 'complaint_notices', ['raised_at'],
                    unique=False)
    op.create_index('ix_rmas_received_at', 'rmas', ['received_at'], unique=False)
    op.create_index('ix_shipping_notes_shipped_at', 'shipping_notes', ['shipped_at'],
                    unique=False)
    _start_tracking_time_limits()


def downgrade() -> None:
    op.execute("DELETE FROM shop_settings WHERE key = 'supervision.tracking_since'")
    op.drop_index('ix_shipping_notes_shipped_at', table_name='shipping_notes')
    op.drop_index('ix_rmas_received_at', table_name='rmas')
    op.drop_index('ix_complaint_notices_raised_at', table_name='complaint_notices')

    with op.batch_alter_table('history_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_imports_rma_id'))

    op.drop_table('history_imports')
    with op.batch_alter_table('corrective_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_corrective_actions_status'))
        batch_op.drop_index(batch_op.f('ix_corrective_actions_source_week'))

    op.drop_table('corrective_actions')
    op.drop_table('complaint_notice_work')
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_contacts_rma_id'))
        batch_op.drop_index(batch_op.f('ix_customer_contacts_contacted_at'))

    op.drop_table('customer_contacts')
    with op.batch_alter_table('cost_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_entries_rma_id'))
        batch_op.drop_index(batch_op.f('ix_cost_entries_incurred_on'))

    op.drop_table('cost_entries')
    op.drop_table('part_prices')
    op.drop_table('calendar_days')
    with op.batch_alter_table('report_unit_weeks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_unit_weeks_rma_id'))

    op.drop_table('report_unit_weeks')
    with op.batch_alter_table('report_unit_receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_unit_receipts_rma_id'))
        batch_op.drop_index('ix_report_unit_receipts_week_gap')

    op.drop_table('report_unit_receipts')
    op.drop_table('report_state')
    op.drop_table('report_rma_state')


def _start_tracking_time_limits() -> None:
    """Contact and follow-up limits count from this upgrade on, by the server's clock: RMAs
    received before it were handled before the app kept contact records."""
    now = as_utc(op.get_bind().execute(sa.select(utcnow())).scalar_one())
    settings = sa.table("shop_settings", sa.column("key", sa.String),
                        sa.column("value", sa.String), sa.column("version", sa.Integer))
    op.bulk_insert(settings, [{"key": "supervision.tracking_since",
                               "value": now.isoformat(), "version": 1}])
