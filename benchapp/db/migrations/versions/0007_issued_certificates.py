"""issued certificates record, one shop CA for the life of the database

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07 14:05:00

``issued_certificates`` records every signing certificate benchapp issued (serial,
fingerprint, user, issued_at, superseded_at): a signature verifies only with a certificate in
it, current at signing time, issued to the person recorded on the slip. A certificate minted
outside the app with the CA passphrase is not in it. Backfilled from ``user_credentials``; a
disabled user's certificate is superseded from the time of the disabling (or now).

``shop_ca`` takes one row for the life of the database: a second row, a changed certificate
and a deleted row are refused by a trigger on both backends. The key's wrapping may change
(re-encrypting the CA key leaves the CA the same); the certificate may not.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from benchapp.db.engine import utcnow

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

CA_MESSAGE = "shop_ca holds one CA for the life of the database"
RECORD_MESSAGE = "issued_certificates: a certificate is only ever superseded"


def upgrade() -> None:
    op.create_table(
        'issued_certificates',
        sa.Column('id', sa.Integer(), nullable=False),
        # RFC 5280 serials reach 20 octets: kept as lower-case hex text.
        sa.Column('serial', sa.String(length=40), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('issued_at', sa.DateTime(timezone=True), server_default=utcnow(),
                  nullable=False),
        sa.Column('superseded_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_issued_certificates_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_certificates')),
        sa.UniqueConstraint('fingerprint', name=op.f('uq_issued_certificates_fingerprint')),
        sa.UniqueConstraint('serial', name=op.f('uq_issued_certificates_serial')),
    )
    with op.batch_alter_table('issued_certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_certificates_user_id'), ['user_id'],
                              unique=False)
    _backfill()
    _guards()


def _backfill() -> None:
    from cryptography import x509

    bind = op.get_bind()
    disabled_at = {}
    for user_id, username in bind.execute(sa.text(
            "SELECT id, username FROM users WHERE disabled")).all():
        at = bind.execute(sa.text(
            "SELECT max(at) FROM tracking_log WHERE action = 'user_disabled' AND "
            + ("json_extract(detail, '$.username')" if bind.dialect.name == "sqlite"
               else "detail->>'username'") + " = :u"), {"u": username}).scalar()
        disabled_at[user_id] = at or datetime.now(UTC)
    table = sa.table('issued_certificates', sa.column('serial'), sa.column('fingerprint'),
                     sa.column('user_id'), sa.column('issued_at'), sa.column('superseded_at'))
    rows = []
    for user_id, cert_pem, fingerprint, issued_at, superseded_at in bind.execute(sa.text(
            "SELECT user_id, cert_pem, fingerprint, issued_at, superseded_at "
            "FROM user_credentials ORDER BY id")).all():
        cert = x509.load_pem_x509_certificate(cert_pem.encode())
        if superseded_at is None and user_id in disabled_at:
            superseded_at = disabled_at[user_id]
            bind.execute(sa.text("UPDATE user_credentials SET superseded_at = :at "
                                 "WHERE user_id = :u AND superseded_at IS NULL"),
                         {"at": superseded_at, "u": user_id})
        rows.append({"serial": format(cert.serial_number, "x"), "fingerprint": fingerprint,
                     "user_id": user_id, "issued_at": issued_at,
                     "superseded_at": superseded_at})
    if rows:
        op.bulk_insert(table, rows)


def _guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER shop_ca_one_row BEFORE INSERT ON shop_ca "
            "WHEN (SELECT count(*) FROM shop_ca) > 0 "
            f"BEGIN SELECT RAISE(ABORT, '{CA_MESSAGE}'); END")
        op.execute(
            "CREATE TRIGGER shop_ca_no_replace BEFORE UPDATE ON shop_ca "
            "WHEN NEW.cert_pem IS NOT OLD.cert_pem OR NEW.fingerprint IS NOT OLD.fingerprint "
            "OR NEW.id IS NOT OLD.id "
            f"BEGIN SELECT RAISE(ABORT, '{CA_MESSAGE}'); END")
        op.execute(
            "CREATE TRIGGER shop_ca_no_delete BEFORE DELETE ON shop_ca "
            f"BEGIN SELECT RAISE(ABORT, '{CA_MESSAGE}'); END")
        op.execute(
            "CREATE TRIGGER issued_certificates_no_delete BEFORE DELETE ON issued_certificates "
            f"BEGIN SELECT RAISE(ABORT, '{RECORD_MESSAGE}'); END")
        op.execute(
            "CREATE TRIGGER issued_certificates_only_supersede BEFORE UPDATE ON "
            "issued_certificates WHEN OLD.superseded_at IS NOT NULL "
            "OR NEW.superseded_at IS NULL OR NEW.serial IS NOT OLD.serial "
            "OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.user_id IS NOT OLD.user_id "
            "OR NEW.issued_at IS NOT OLD.issued_at OR NEW.id IS NOT OLD.id "
            f"BEGIN SELECT RAISE(ABORT, '{RECORD_MESSAGE}'); END")
        return
    op.execute(
        "CREATE FUNCTION shop_ca_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN "
        "  PERFORM pg_advisory_xact_lock(hashtext('shop_ca')); "
        "  IF EXISTS (SELECT 1 FROM shop_ca) THEN "
        f"    RAISE EXCEPTION '{CA_MESSAGE}'; END IF; "
        "  RETURN NEW; "
        "ELSIF TG_OP = 'UPDATE' THEN "
        "  IF NEW.cert_pem IS DISTINCT FROM OLD.cert_pem "
        "     OR NEW.fingerprint IS DISTINCT FROM OLD.fingerprint OR NEW.id <> OLD.id THEN "
        f"    RAISE EXCEPTION '{CA_MESSAGE}'; END IF; "
        "  RETURN NEW; "
        "END IF; "
        f"RAISE EXCEPTION '{CA_MESSAGE}'; END $$")
    op.execute("CREATE TRIGGER shop_ca_one_ca BEFORE INSERT OR UPDATE OR DELETE ON shop_ca "
               "FOR EACH ROW EXECUTE FUNCTION shop_ca_guard()")
    op.execute("CREATE TRIGGER shop_ca_no_truncate BEFORE TRUNCATE ON shop_ca "
               "FOR EACH STATEMENT EXECUTE FUNCTION shop_ca_guard()")
    op.execute(
        "CREATE FUNCTION issued_certificates_guard() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP = 'UPDATE' AND OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL "
        "   AND NEW.serial = OLD.serial AND NEW.fingerprint = OLD.fingerprint "
        "   AND NEW.user_id = OLD.user_id AND NEW.issued_at = OLD.issued_at "
        "   AND NEW.id = OLD.id THEN RETURN NEW; END IF; "
        f"RAISE EXCEPTION '{RECORD_MESSAGE}'; END $$")
    op.execute("CREATE TRIGGER issued_certificates_append_only BEFORE UPDATE OR DELETE ON "
               "issued_certificates FOR EACH ROW EXECUTE FUNCTION issued_certificates_guard()")
    op.execute("CREATE TRIGGER issued_certificates_no_truncate BEFORE TRUNCATE ON "
               "issued_certificates FOR EACH STATEMENT "
               "EXECUTE FUNCTION issued_certificates_guard()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("shop_ca_one_row", "shop_ca_no_replace", "shop_ca_no_delete",
                     "issued_certificates_no_delete", "issued_certificates_only_supersede"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS shop_ca_one_ca ON shop_ca")
        op.execute("DROP TRIGGER IF EXISTS shop_ca_no_truncate ON shop_ca")
        op.execute("DROP FUNCTION IF EXISTS shop_ca_guard()")
        op.execute("DROP TRIGGER IF EXISTS issued_certificates_append_only "
                   "ON issued_certificates")
        op.execute("DROP TRIGGER IF EXISTS issued_certificates_no_truncate "
                   "ON issued_certificates")
        op.execute("DROP FUNCTION IF EXISTS issued_certificates_guard()")
    with op.batch_alter_table('issued_certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_certificates_user_id'))
    op.drop_table('issued_certificates')
