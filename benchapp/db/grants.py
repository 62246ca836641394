"""What the bench role may do on PostgreSQL (`benchapp db grant ROLE`, run as the owner).

Two roles (docs/postgresql.md): the owner runs the migrations and owns every table, trigger
and function; the bench role, in every bench's connection string, gets only what the code's
own statements need. Records are never updated or deleted by the app, so the bench role gets
no UPDATE/DELETE on them; where the app changes a row in place (a unit's state, a slip's
countersigned PDF) the grant names the columns it writes, no more. It never gets TRUNCATE,
TRIGGER or REFERENCES, and it owns nothing, so it can ALTER, DROP or replace nothing.
A table missing here is closed to the bench role; tests/unit/test_grants.py fails when a model
has no entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from benchapp.db.repositories import (
    ESCALATION_FIELDS,
    HANDOVER_FIELDS,
    RMA_FIELDS,
    UNIT_FIELDS,
    USER_FIELDS,
)

ALL_COLUMNS = "*"


@dataclass(frozen=True)
class TableGrant:
    table: str
    privileges: tuple[str, ...]  # among SELECT, INSERT, DELETE
    update: tuple[str, ...] | str = ()  # the columns the app writes in place, or ALL_COLUMNS
    why: str = ""


def _versioned(*columns: str) -> tuple[str, ...]:
    return (*columns, "version")  # every in-place write bumps the optimistic-lock version


SR, SI, SID = ("SELECT",), ("SELECT", "INSERT"), ("SELECT", "INSERT", "DELETE")

GRANTS: tuple[TableGrant, ...] = (
    # -- records: written once, never changed by the app ------------------------------------
    TableGrant("tracking_log", SI, why="售后跟踪记录表: append-only; the insert trigger sets "
               "time, role and hashes"),
    TableGrant("handover_units", SI, why="the units listed on a slip, fixed at signing"),
    TableGrant("screenings", SI, why="test and visual verdicts, recorded once"),
    TableGrant("repair_records", SI, why="维修记录, recorded once"),
    TableGrant("repair_parts", SI, why="parts of a repair record, recorded once"),
    TableGrant("reinspections", SI, why="re-inspection verdicts, recorded once"),
    TableGrant("shipping_notes", SI, why="出货单, issued once"),
    TableGrant("customer_contacts", SI, why="业务部 calls, recorded once"),
    TableGrant("complaint_contacts", SI, why="customer contacts on a complaint notice, "
               "recorded once"),
    TableGrant("complaint_attachments", SI, why="report and 8D files with their SHA-256: "
               "never rewritten nor removed"),
    TableGrant("cost_entries", SI, why="costs booked against an RMA, recorded once"),
    TableGrant("attachments", SI, why="photos and files on an RMA or a unit, stored once "
               "with their SHA-256"),
    TableGrant("history_imports", SI, why="rows brought in from CSV with their content hash"),
    TableGrant("shop_ca", SI, ("encrypted_key_pem",),
               why="the shop CA, created once by `ca init`; its key is re-wrapped under "
               "argon2id at its next use (a trigger keeps the certificate)"),
    # -- records with a state that the procedure moves on ------------------------------------
    TableGrant("handovers", SI, _versioned(*HANDOVER_FIELDS),
               why="a slip's receipt or refusal; what the giver signed stays"),
    TableGrant("slips", SI, _versioned("pdf", "pdf_sha256", "state", "print_count"),
               why="the receiver's countersignature is an incremental update of the PDF; "
               "the content and chain hashes stay"),
    TableGrant("anomaly_forms", SI, _versioned("signed_by", "signed_at"),
               why="a form is signed once after it is raised"),
    TableGrant("user_credentials", SI, ("superseded_at", "encrypted_key_pem"),
               why="a new certificate supersedes the old one; the same key is re-wrapped "
               "(argon2id upgrade, a password change)"),
    TableGrant("pending_signing_keys", SID,
               why="after a reset, the key a user made under their own password waits for "
               "the CA's certificate; deleted once certified or at the next reset"),
    TableGrant("issued_certificates", SI, ("superseded_at",),
               why="the record of every certificate issued; a trigger lets only "
               "superseded_at be set, once"),
    # -- working state ---------------------------------------------------------------------
    TableGrant("rmas", SI, _versioned(*RMA_FIELDS), why="an RMA's status and header"),
    TableGrant("deliveries", SI, _versioned("delivered_qty", "ship_date"),
               why="a customer's delivery: a blank quantity or ship date filled in by a later "
               "RMA, or corrected by a logged act; number and customer stay"),
    TableGrant("units", SI, _versioned(*UNIT_FIELDS), why="a unit's state and custody"),
    TableGrant("users", SI, _versioned(*(f for f in USER_FIELDS if f != "username"), "roles"),
               why="passwords, roles, lockout counters; accounts are disabled, never deleted"),
    TableGrant("escalations", SI, _versioned(*ESCALATION_FIELDS),
               why="a supervisor decides an escalation"),
    TableGrant("complaint_notices", SI, ALL_COLUMNS, why="a notice's status"),
    TableGrant("complaint_notice_work", SI, ALL_COLUMNS, why="the notice's 8D work, edited"),
    TableGrant("corrective_actions", SI, ALL_COLUMNS, why="actions are verified and closed"),
    TableGrant("part_prices", SI, ALL_COLUMNS, why="a part's unit cost is revised"),
    TableGrant("counters", SI, ("value",),
               why="document numbers: UPDATE ... RETURNING, a kind's first number inserted"),
    TableGrant("shop_settings", SI, ("value", "version"), why="`config set`, `limits set`"),
    TableGrant("customer_retention", SI, ("years", "set_by", "set_at"),
               why="`retention set`: a customer's retention period, changed in place"),
    TableGrant("defect_codes", SID,
               why="the defect-code library, replaced as a whole by `defects import` "
               "(records keep their code as text)"),
    TableGrant("defect_text_maps", SI, ("cause_code", "set_by", "set_at"),
               why="`defects map`: a free text counted under a cause code, re-mapped in place"),
    TableGrant("warranty_terms", SR,
               why="warranty terms decide free or paid: read at receiving; written only with "
               "the owner's login (`warranty terms set|remove`, docs/postgresql.md)"),
    TableGrant("calendar_days", SID, ALL_COLUMNS,
               why="holidays and make-up days, set and cleared by a supervisor"),
    # -- summaries derived from the records, rebuilt at will --------------------------------
    TableGrant("calendar_seeds", SI, why="which public holidays and make-up days were "
               "proposed from the holidays package, once each (`calendar seed`)"),
    TableGrant("report_unit_weeks", SID, ALL_COLUMNS, why="weekly summary rows, rebuilt"),
    TableGrant("report_unit_receipts", SID, ALL_COLUMNS, why="receipt summary rows, rebuilt"),
    TableGrant("report_rma_state", SID, ALL_COLUMNS, why="which RMA version was summarised"),
    TableGrant("report_stale_rmas", SID, ALL_COLUMNS, why="marks written by the rmas trigger"),
    TableGrant("report_state", SID, ALL_COLUMNS, why="how the summaries were built"),
    # -- schema bookkeeping --------------------------------------------------------------
    TableGrant("alembic_version", SR, why="a bench checks the schema is current on start"),
    TableGrant("log_head", SR, why="read for the head hash a slip carries; only the log's "
               "trigger (security definer) writes it"),
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def statements(role: str, tables: set[str], sequences: dict[str, str],
               schema: str = "public", columns: dict[str, set[str]] | None = None
               ) -> list[str]:
    """The REVOKE/GRANT statements, for the tables that exist (``sequences``: a table's id
    sequence, if it has one; ``columns``: each table's columns, when known: a column a later
    migration adds is granted after that migration, on the re-run)."""
    r = _q(role)
    out = [f"REVOKE CREATE ON SCHEMA {schema} FROM {r}", f"GRANT USAGE ON SCHEMA {schema} TO {r}"]
    for g in GRANTS:
        if g.table not in tables:
            continue
        t = _q(g.table)
        # Start from nothing each time: a re-run after a migration leaves exactly this list.
        out.append(f"REVOKE ALL ON {t} FROM {r}")
        if g.privileges:
            out.append(f"GRANT {', '.join(g.privileges)} ON {t} TO {r}")
        if g.update == ALL_COLUMNS:
            out.append(f"GRANT UPDATE ON {t} TO {r}")
        elif g.update:
            present = [c for c in g.update
                       if columns is None or c in columns.get(g.table, set())]
            if present:
                out.append(f"GRANT UPDATE ({', '.join(_q(c) for c in present)}) ON {t} TO {r}")
        seq = sequences.get(g.table)
        if seq:
            out.append(f"REVOKE ALL ON SEQUENCE {seq} FROM {r}")
            # The log's ids are drawn by its trigger: a bench drawing them would leave gaps.
            if "INSERT" in g.privileges and g.table != "tracking_log":
                out.append(f"GRANT USAGE ON SEQUENCE {seq} TO {r}")
    decided = {g.table for g in GRANTS}
    for table in sorted(tables - decided):  # not decided here: closed, whatever was granted
        out.append(f"REVOKE ALL ON {_q(table)} FROM {r}")
        if sequences.get(table):
            out.append(f"REVOKE ALL ON SEQUENCE {sequences[table]} FROM {r}")
    return out


def grant(conn: Connection, role: str) -> list[str]:
    """Give ``role`` the bench's privileges, idempotently; return the statements run."""
    if conn.dialect.name != "postgresql":
        raise ValueError("database roles exist on PostgreSQL only; SQLite has no logins")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists is None:
        raise ValueError(f"no database role {role!r}: create it first "
                         f"(CREATE ROLE {role} LOGIN PASSWORD '...')")
    owner = conn.execute(text("SELECT rolname FROM pg_roles WHERE oid = "
                              "(SELECT relowner FROM pg_class WHERE oid = 'tracking_log'::regclass)"
                              )).scalar_one()
    if owner == role:
        raise ValueError(f"{role!r} owns the tables: the bench role must not be the owner "
                         "(see docs/postgresql.md, moving the tables to an owner role)")
    # Rights withheld here would come back through a superuser flag or the owner's membership.
    superuser, member = conn.execute(text(
        "SELECT rolsuper, pg_has_role(:r, :o, 'MEMBER') FROM pg_roles WHERE rolname = :r"),
        {"r": role, "o": owner}).one()
    if superuser or member:
        raise ValueError(f"{role!r} is {'a superuser' if superuser else f'a member of {owner}'}"
                         ": a bench role must be a plain login (ALTER ROLE ... NOSUPERUSER; "
                         f"REVOKE {owner} FROM {role})")
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    tables = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    # Each table's own sequences (serial or identity columns), by dependency.
    sequences = dict(conn.execute(text(
        "SELECT t.relname, quote_ident(n.nspname) || '.' || quote_ident(s.relname) "
        "FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace "
        "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND n.nspname = current_schema()")).all())
    columns: dict[str, set[str]] = {}
    for table, column in conn.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()")):
        columns.setdefault(table, set()).add(column)
    done = statements(role, tables, sequences, schema, columns)
    for statement in done:
        conn.execute(text(statement))
    return done
