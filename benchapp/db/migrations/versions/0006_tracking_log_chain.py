"""tracking log hash chain, server-stamped time and database role

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 14:10:00

Each tracking-log entry gets ``prev_hash`` and ``entry_hash`` (benchapp.domain.audit_chain),
computed by the database when the row is inserted, so no bench can skip or fake them; the
entry's ``at`` is the database's clock whatever the bench sent, and on PostgreSQL ``db_role``
is the login that inserted it. ``occurred_at`` carries the time of a record imported from the
past (demo, history import), which used to be written into ``at``. ``log_head`` (one row) is
the newest entry: inserts queue on its row lock, so two benches never fork the chain, and an
entry cut off the end is found against it. Existing entries are chained in id order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from benchapp.domain import audit_chain

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

Timestamp = sa.DateTime(timezone=True)
_PG_TIME = "to_char(({col}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
# The same fields, in the same order, as audit_chain.FIELDS (a test compares the hashes).
_PG_FIELDS = {
    "id": "NEW.id::text", "at": _PG_TIME.format(col="NEW.at"),
    "occurred_at": _PG_TIME.format(col="NEW.occurred_at"), "rma_no": "NEW.rma_no",
    "serial": "NEW.serial", "action": "NEW.action", "actor_id": "NEW.actor_id::text",
    "actor_name": "NEW.actor_name", "from_state": "NEW.from_state", "to_state": "NEW.to_state",
    "detail": "NEW.detail::text", "db_role": "NEW.db_role",
}
assert tuple(_PG_FIELDS) == audit_chain.FIELDS

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
_SQLITE_CHAIN = (
    "CREATE TRIGGER tracking_log_chain AFTER INSERT ON tracking_log BEGIN "
    # The bench's `at` is replaced by this PC's clock; the hash is the registered Python
    # function (benchapp.db.engine), the one the verifier uses.
    f"UPDATE tracking_log SET at = {_SQLITE_NOW}, db_role = NULL, "
    "prev_hash = (SELECT head_hash FROM log_head WHERE id = 1), "
    "entry_hash = benchapp_log_hash((SELECT head_hash FROM log_head WHERE id = 1), NEW.id, "
    f"{_SQLITE_NOW}, NEW.occurred_at, NEW.rma_no, NEW.serial, NEW.action, NEW.actor_id, "
    "NEW.actor_name, NEW.from_state, NEW.to_state, NEW.detail, NULL) WHERE id = NEW.id; "
    "UPDATE log_head SET last_id = NEW.id, head_hash = "
    "(SELECT entry_hash FROM tracking_log WHERE id = NEW.id) WHERE id = 1; END"
)
# The chain trigger's own UPDATE fills the hash of a fresh row; once hashed, no change.
_SQLITE_NO_UPDATE = (
    "CREATE TRIGGER tracking_log_no_update BEFORE UPDATE ON tracking_log "
    "WHEN OLD.entry_hash IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'tracking_log is append-only'); END")
_SQLITE_NO_UPDATE_0001 = (
    "CREATE TRIGGER tracking_log_no_update BEFORE UPDATE ON tracking_log "
    "BEGIN SELECT RAISE(ABORT, 'tracking_log is append-only'); END")


def _pg_functions(schema: str, sequence: str) -> list[str]:
    fields = ", ".join(f"tracking_log_field({expr})" for expr in _PG_FIELDS.values())
    return [
        ("CREATE OR REPLACE FUNCTION tracking_log_field(v text) RETURNS text LANGUAGE sql "
         "IMMUTABLE AS $$ SELECT CASE WHEN v IS NULL THEN '~' "
         "ELSE length(v)::text || ':' || v END $$"),
        # SECURITY DEFINER: runs as the owner, so the bench role needs no right on log_head
        # nor the id sequence, and cannot desynchronise them. search_path pinned with pg_temp
        # last: a bench's temporary table named log_head is never picked up.
        ("CREATE OR REPLACE FUNCTION tracking_log_chain() RETURNS trigger LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ "
        "DECLARE prev text; "
        "BEGIN "
        # Row lock on the head, held to commit: inserts from several benches take turns, and
        # the id is drawn under the lock so id order is chain order. Under REPEATABLE READ a
        # concurrent head update fails the transaction (a retry) instead of forking.
        "SELECT head_hash INTO prev FROM log_head WHERE id = 1 FOR UPDATE; "
        f"NEW.id := nextval('{sequence}'); "
        "NEW.at := clock_timestamp(); "
        # session_user, the login: inside a SECURITY DEFINER function current_user is the
        # owner.
        "NEW.db_role := session_user; "
        "NEW.prev_hash := prev; "
        "NEW.entry_hash := encode(sha256(convert_to(concat_ws('|', "
        f"'{audit_chain.FORMAT}', tracking_log_field(prev), {fields}), 'UTF8')), 'hex'); "
        "UPDATE log_head SET last_id = NEW.id, head_hash = NEW.entry_hash WHERE id = 1; "
        "RETURN NEW; "
        "END $$"),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    for column in (sa.Column('occurred_at', Timestamp, nullable=True),
                   sa.Column('db_role', sa.String(length=63), nullable=True),
                   sa.Column('prev_hash', sa.String(length=64), nullable=True),
                   sa.Column('entry_hash', sa.String(length=64), nullable=True)):
        op.add_column('tracking_log', column)
    op.create_table(
        'log_head',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('last_id', sa.Integer(), nullable=True),
        sa.Column('head_hash', sa.String(length=64), nullable=True),
        sa.CheckConstraint('id = 1', name=op.f('ck_log_head_one_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_log_head')),
    )
    if postgres:
        op.execute("ALTER TABLE tracking_log DISABLE TRIGGER tracking_log_no_change")
    else:
        op.execute("DROP TRIGGER IF EXISTS tracking_log_no_update")
    last_id, head = _backfill(bind)
    op.execute(sa.text("INSERT INTO log_head (id, last_id, head_hash) VALUES (1, :i, :h)")
               .bindparams(i=last_id, h=head))
    if postgres:
        op.execute("ALTER TABLE tracking_log ENABLE TRIGGER tracking_log_no_change")
        schema = bind.execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
        sequence = bind.execute(sa.text(
            "SELECT pg_get_serial_sequence('tracking_log', 'id')")).scalar_one()
        for statement in _pg_functions(schema, sequence):
            op.execute(statement)
        # The id is drawn by the trigger, under the head's lock.
        op.execute("ALTER TABLE tracking_log ALTER COLUMN id DROP DEFAULT")
        op.execute("CREATE TRIGGER tracking_log_chain BEFORE INSERT ON tracking_log "
                   "FOR EACH ROW EXECUTE FUNCTION tracking_log_chain()")
    else:
        op.execute(_SQLITE_NO_UPDATE)
        op.execute(_SQLITE_CHAIN)


def _backfill(bind: sa.engine.Connection) -> tuple[int | None, str | None]:
    """Chain the entries already there, in id order, with the Python encoder."""
    columns = ", ".join("CAST(detail AS TEXT) AS detail" if f == "detail" else f
                        for f in audit_chain.FIELDS)
    prev: str | None = None
    last_id: int | None = None
    updates = []
    for row in bind.execute(sa.text(f"SELECT {columns} FROM tracking_log ORDER BY id")).mappings():
        digest = audit_chain.entry_hash(prev, row)
        updates.append({"i": row["id"], "p": prev, "h": digest})
        prev, last_id = digest, row["id"]
    if updates:
        bind.execute(sa.text("UPDATE tracking_log SET prev_hash = :p, entry_hash = :h "
                             "WHERE id = :i"), updates)
    return last_id, prev


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tracking_log_chain ON tracking_log")
        op.execute("DROP FUNCTION IF EXISTS tracking_log_chain()")
        op.execute("DROP FUNCTION IF EXISTS tracking_log_field(text)")
        op.execute("ALTER TABLE tracking_log ALTER COLUMN id SET DEFAULT "
                   "nextval(pg_get_serial_sequence('tracking_log', 'id'))")
    else:
        op.execute("DROP TRIGGER IF EXISTS tracking_log_chain")
        op.execute("DROP TRIGGER IF EXISTS tracking_log_no_update")
        op.execute(_SQLITE_NO_UPDATE_0001)
    op.drop_table('log_head')
    for column in ('entry_hash', 'prev_hash', 'db_role', 'occurred_at'):
        op.drop_column('tracking_log', column)
