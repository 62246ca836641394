"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 03:57:15.497897
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counters',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_counters'))
    )
    op.create_table('shop_settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.String(length=400), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_shop_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('roles', sa.String(length=400), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('badge', sa.String(length=40), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('badge', name=op.f('uq_users_badge')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username')),
    sqlite_autoincrement=True
    )
    op.create_table('rmas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_no', sa.String(length=20), nullable=False),
    sa.Column('customer', sa.String(length=200), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('declared_qty', sa.Integer(), nullable=False),
    sa.Column('counted_qty', sa.Integer(), nullable=False),
    sa.Column('complaint', sa.Text(), nullable=False),
    sa.Column('requirement', sa.String(length=20), nullable=False),
    sa.Column('billing', sa.String(length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('batch', sa.Boolean(), nullable=False),
    sa.Column('storage_location', sa.String(length=100), nullable=False),
    sa.Column('received_by', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('complaint_notice_raised', sa.Boolean(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['received_by'], ['users.id'], name=op.f('fk_rmas_received_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rmas')),
    sa.UniqueConstraint('rma_no', name=op.f('uq_rmas_rma_no'))
    )
    with op.batch_alter_table('rmas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rmas_status'), ['status'], unique=False)

    op.create_table('tracking_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('rma_no', sa.String(length=20), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=100), nullable=False),
    sa.Column('from_state', sa.String(length=32), nullable=True),
    sa.Column('to_state', sa.String(length=32), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_tracking_log_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracking_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('tracking_log', schema=None) as batch_op:
        batch_op.create_index('ix_tracking_log_rma_no_id', ['rma_no', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracking_log_serial'), ['serial'], unique=False)

    op.create_table('complaint_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_no', sa.String(length=20), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('non_customer_units', sa.Integer(), nullable=False),
    sa.Column('shipped_qty', sa.Integer(), nullable=False),
    sa.Column('causes', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('raised_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_complaint_notices_rma_id_rmas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_notices')),
    sa.UniqueConstraint('notice_no', name=op.f('uq_complaint_notices_notice_no'))
    )
    with op.batch_alter_table('complaint_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_notices_rma_id'), ['rma_id'], unique=False)

    op.create_table('handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_no', sa.String(length=20), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('from_station', sa.String(length=20), nullable=False),
    sa.Column('to_station', sa.String(length=20), nullable=False),
    sa.Column('declared_count', sa.Integer(), nullable=False),
    sa.Column('giver_id', sa.Integer(), nullable=False),
    sa.Column('giver_signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('receiver_id', sa.Integer(), nullable=True),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.Column('refusal', sa.String(length=30), nullable=True),
    sa.Column('refusal_note', sa.Text(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['giver_id'], ['users.id'], name=op.f('fk_handovers_giver_id_users')),
    sa.ForeignKeyConstraint(['receiver_id'], ['users.id'], name=op.f('fk_handovers_receiver_id_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_handovers_rma_id_rmas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handovers')),
    sa.UniqueConstraint('slip_no', name=op.f('uq_handovers_slip_no'))
    )
    with op.batch_alter_table('handovers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handovers_rma_id'), ['rma_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handovers_status'), ['status'], unique=False)

    op.create_table('shipping_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_no', sa.String(length=20), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('carrier', sa.String(length=100), nullable=False),
    sa.Column('tracking_no', sa.String(length=100), nullable=False),
    sa.Column('shipped_by', sa.Integer(), nullable=False),
    sa.Column('serials', sa.JSON(), nullable=False),
    sa.Column('replacements', sa.JSON(), nullable=False),
    sa.Column('label', sa.JSON(), nullable=False),
    sa.Column('shipped_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_shipping_notes_rma_id_rmas')),
    sa.ForeignKeyConstraint(['shipped_by'], ['users.id'], name=op.f('fk_shipping_notes_shipped_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipping_notes')),
    sa.UniqueConstraint('note_no', name=op.f('uq_shipping_notes_note_no'))
    )
    with op.batch_alter_table('shipping_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipping_notes_rma_id'), ['rma_id'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('custody', sa.String(length=20), nullable=False),
    sa.Column('work_kind', sa.String(length=20), nullable=True),
    sa.Column('rework_loops', sa.Integer(), nullable=False),
    sa.Column('loop_allowance', sa.Integer(), nullable=False),
    sa.Column('due_confirmed', sa.Boolean(), nullable=False),
    sa.Column('disposition', sa.String(length=20), nullable=True),
    sa.Column('replacement_serial', sa.String(length=64), nullable=True),
    sa.Column('cause_category', sa.String(length=20), nullable=True),
    sa.Column('repeat_count', sa.Integer(), nullable=False),
    sa.Column('serial_generated', sa.Boolean(), nullable=False),
    sa.Column('pending_test', sa.String(length=8), nullable=True),
    sa.Column('pending_tester_id', sa.Integer(), nullable=True),
    sa.Column('pending_measurements', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pending_tester_id'], ['users.id'], name=op.f('fk_units_pending_tester_id_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_units_rma_id_rmas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('rma_id', 'serial', name='uq_units_rma_id_serial')
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_serial'), ['serial'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_state'), ['state'], unique=False)

    op.create_table('anomaly_forms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form_no', sa.String(length=20), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('raised_by', sa.Integer(), nullable=False),
    sa.Column('responsible_inspector_id', sa.Integer(), nullable=False),
    sa.Column('defect', sa.Text(), nullable=False),
    sa.Column('signed_by', sa.Integer(), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['raised_by'], ['users.id'], name=op.f('fk_anomaly_forms_raised_by_users')),
    sa.ForeignKeyConstraint(['responsible_inspector_id'], ['users.id'], name=op.f('fk_anomaly_forms_responsible_inspector_id_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_anomaly_forms_rma_id_rmas')),
    sa.ForeignKeyConstraint(['signed_by'], ['users.id'], name=op.f('fk_anomaly_forms_signed_by_users')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_anomaly_forms_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anomaly_forms')),
    sa.UniqueConstraint('form_no', name=op.f('uq_anomaly_forms_form_no'))
    )
    with op.batch_alter_table('anomaly_forms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_anomaly_forms_rma_id'), ['rma_id'], unique=False)

    op.create_table('escalations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('rma_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('slip_no', sa.String(length=20), nullable=True),
    sa.Column('raised_by', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=30), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('raised_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_escalations_decided_by_users')),
    sa.ForeignKeyConstraint(['raised_by'], ['users.id'], name=op.f('fk_escalations_raised_by_users')),
    sa.ForeignKeyConstraint(['rma_id'], ['rmas.id'], name=op.f('fk_escalations_rma_id_rmas')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_escalations_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalations'))
    )
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalations_rma_id'), ['rma_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_escalations_status'), ['status'], unique=False)

    op.create_table('handover_units',
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_handover_units_handover_id_handovers')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_handover_units_unit_id_units')),
    sa.PrimaryKeyConstraint('handover_id', 'unit_id', name=op.f('pk_handover_units'))
    )
    op.create_table('reinspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=8), nullable=False),
    sa.Column('verdict', sa.String(length=8), nullable=False),
    sa.Column('inspector_id', sa.Integer(), nullable=False),
    sa.Column('loop_no', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('measurements', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['inspector_id'], ['users.id'], name=op.f('fk_reinspections_inspector_id_users')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_reinspections_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reinspections'))
    )
    with op.batch_alter_table('reinspections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reinspections_unit_id'), ['unit_id'], unique=False)

    op.create_table('repair_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('symptom', sa.Text(), nullable=False),
    sa.Column('root_cause', sa.Text(), nullable=False),
    sa.Column('cause_category', sa.String(length=20), nullable=False),
    sa.Column('responsible_process', sa.String(length=100), nullable=False),
    sa.Column('responsible_department', sa.String(length=100), nullable=False),
    sa.Column('actions', sa.Text(), nullable=False),
    sa.Column('repair_minutes', sa.Integer(), nullable=False),
    sa.Column('repairer_id', sa.Integer(), nullable=False),
    sa.Column('loop_no', sa.Integer(), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['repairer_id'], ['users.id'], name=op.f('fk_repair_records_repairer_id_users')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_repair_records_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_records'))
    )
    with op.batch_alter_table('repair_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_records_cause_category'), ['cause_category'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_records_completed_at'), ['completed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_records_unit_id'), ['unit_id'], unique=False)

    op.create_table('screenings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('test_verdict', sa.String(length=8), nullable=False),
    sa.Column('tester_id', sa.Integer(), nullable=False),
    sa.Column('visual_verdict', sa.String(length=8), nullable=False),
    sa.Column('inspector_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('defect', sa.Text(), nullable=False),
    sa.Column('measurements', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=utcnow(), nullable=False),
    sa.ForeignKeyConstraint(['inspector_id'], ['users.id'], name=op.f('fk_screenings_inspector_id_users')),
    sa.ForeignKeyConstraint(['tester_id'], ['users.id'], name=op.f('fk_screenings_tester_id_users')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_screenings_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screenings'))
    )
    with op.batch_alter_table('screenings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screenings_unit_id'), ['unit_id'], unique=False)

    op.create_table('repair_parts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('repair_record_id', sa.Integer(), nullable=False),
    sa.Column('ref_des', sa.String(length=32), nullable=False),
    sa.Column('part_no', sa.String(length=64), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('lot', sa.String(length=64), nullable=False),
    sa.Column('date_code', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['repair_record_id'], ['repair_records.id'], name=op.f('fk_repair_parts_repair_record_id_repair_records')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_parts'))
    )
    with op.batch_alter_table('repair_parts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_parts_repair_record_id'), ['repair_record_id'], unique=False)

    _append_only_tracking_log()
    # Seeded so that numbering is always a row-locked UPDATE, never a racing INSERT.
    counters = sa.table("counters", sa.column("kind", sa.String), sa.column("value", sa.Integer))
    op.bulk_insert(counters, [{"kind": k, "value": 0} for k in (
        "rma", "slip", "shipping_note", "complaint_notice", "anomaly_form")])


def downgrade() -> None:
    _drop_append_only_guards()
    with op.batch_alter_table('repair_parts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_parts_repair_record_id'))

    op.drop_table('repair_parts')
    with op.batch_alter_table('screenings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screenings_unit_id'))

    op.drop_table('screenings')
    with op.batch_alter_table('repair_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_records_unit_id'))
        batch_op.drop_index(batch_op.f('ix_repair_records_completed_at'))
        batch_op.drop_index(batch_op.f('ix_repair_records_cause_category'))

    op.drop_table('repair_records')
    with op.batch_alter_table('reinspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reinspections_unit_id'))

    op.drop_table('reinspections')
    op.drop_table('handover_units')
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalations_status'))
        batch_op.drop_index(batch_op.f('ix_escalations_rma_id'))

    op.drop_table('escalations')
    with op.batch_alter_table('anomaly_forms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anomaly_forms_rma_id'))

    op.drop_table('anomaly_forms')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_state'))
        batch_op.drop_index(batch_op.f('ix_units_serial'))

    op.drop_table('units')
    with op.batch_alter_table('shipping_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipping_notes_rma_id'))

    op.drop_table('shipping_notes')
    with op.batch_alter_table('handovers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handovers_status'))
        batch_op.drop_index(batch_op.f('ix_handovers_rma_id'))

    op.drop_table('handovers')
    with op.batch_alter_table('complaint_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_notices_rma_id'))

    op.drop_table('complaint_notices')
    with op.batch_alter_table('tracking_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracking_log_serial'))
        batch_op.drop_index('ix_tracking_log_rma_no_id')

    op.drop_table('tracking_log')
    with op.batch_alter_table('rmas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rmas_status'))

    op.drop_table('rmas')
    op.drop_table('users')
    op.drop_table('shop_settings')
    op.drop_table('counters')


def _append_only_tracking_log() -> None:
    """The tracking log 售后跟踪记录表 cannot be silently altered (records control, 002_*)."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER tracking_log_no_{verb.lower()} BEFORE {verb} ON tracking_log "
                f"BEGIN SELECT RAISE(ABORT, 'tracking_log is append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION tracking_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'tracking_log is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER tracking_log_no_change BEFORE UPDATE OR DELETE ON tracking_log "
            "FOR EACH ROW EXECUTE FUNCTION tracking_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER tracking_log_no_truncate BEFORE TRUNCATE ON tracking_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION tracking_log_append_only()"
        )


def _drop_append_only_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS tracking_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS tracking_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS tracking_log_no_change ON tracking_log")
        op.execute("DROP TRIGGER IF EXISTS tracking_log_no_truncate ON tracking_log")
        op.execute("DROP FUNCTION IF EXISTS tracking_log_append_only()")
