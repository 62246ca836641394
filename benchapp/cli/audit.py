"""The audit trail's integrity and the bench role's rights: `audit verify`, `db grant`."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from benchapp.cli.common import EXIT_ERROR, EXIT_OK, CommandFailed, guarded, open_engine


def register(dsub: argparse._SubParsersAction, asub: argparse._SubParsersAction,
             db_parent: argparse.ArgumentParser) -> None:
    """Add `db grant` and `audit verify` to the groups `admin` creates."""
    g = dsub.add_parser(
        "grant", parents=[db_parent], help="give a bench role exactly the rights benches need",
        description="PostgreSQL only, run as the owner role (the one that ran `db upgrade`): "
        "grant ROLE what a bench needs and nothing else (no UPDATE/DELETE of records, no "
        "TRUNCATE, ALTER or DROP). Idempotent; run it again after every `db upgrade`.")
    g.add_argument("role", help="the database role every bench's connection string uses")
    g.set_defaults(func=cmd_db_grant)
    v = asub.add_parser(
        "verify", parents=[db_parent], help="check the tracking log's hash chain",
        description="Re-hash every tracking-log entry and check each link of the chain, and "
        "that the log head each stored slip carries (signed with it when it was given) is "
        "still an entry of the chain. Exit 0 with a summary if intact; exit 1 naming the "
        "first entry that was changed, deleted or inserted around benchapp, or the slip whose "
        "head the chain lost (the history before it was rewritten and re-hashed).")
    v.add_argument("--head", action="append", default=[], metavar="SHA256",
                   help="a head hash printed by an earlier `audit verify` (repeatable): it "
                   "must still be in the chain, or the history before it was rewritten")
    v.add_argument("--slip", action="append", default=[], metavar="FILE.pdf",
                   help="an archived slip's PDF (repeatable): its signatures are checked "
                   "against the pinned shop CA and the log head it carries must be in the "
                   "chain, whatever the database says of the slip")
    v.set_defaults(func=cmd_audit_verify)


@guarded
def cmd_db_grant(args: argparse.Namespace) -> int:
    from benchapp.db.engine import describe
    from benchapp.db.grants import grant

    with open_engine(args, migrate=False) as engine:
        if engine.dialect.name != "postgresql":
            raise CommandFailed("db grant is for PostgreSQL: a SQLite file has no roles")
        try:
            with engine.begin() as conn:
                done = grant(conn, args.role)
        except ValueError as err:
            raise CommandFailed(str(err)) from err
        where = describe(engine.url.render_as_string(hide_password=True))
    print(f"{where}: role {args.role} granted the bench's rights ({len(done)} statements)")
    return EXIT_OK


@guarded
def cmd_audit_verify(args: argparse.Namespace) -> int:
    from benchapp.cli.common import slip_port, unit_of_work
    from benchapp.services.audit import verify_audit_trail
    from benchapp.services.slips import SlipAnchorError, paper_slip_anchor

    anchors = {}
    for digest in args.head:
        if not re.fullmatch(r"[0-9a-f]{64}", digest.strip().lower()):
            raise CommandFailed(f"--head {digest!r} is not a SHA-256 (64 hex digits)")
        anchors[digest.strip().lower()] = "the earlier head given with --head"
    papers = []
    for name in args.slip:
        try:
            papers.append((name, Path(name).read_bytes()))
        except OSError as err:
            raise CommandFailed(f"--slip {name}: cannot read it ({err.strerror})") from err
    port = slip_port()
    with open_engine(args) as engine:
        for name, pdf in papers:
            try:
                slip_no, head = paper_slip_anchor(unit_of_work(engine), pdf, port)
            except SlipAnchorError as err:
                raise CommandFailed(f"--slip {name}: {err}") from err
            anchors.setdefault(head, f"the archived slip {slip_no} ({name})")
        result = verify_audit_trail(unit_of_work(engine), anchors=anchors, slip_port=port)
    print(result.summary())
    return EXIT_OK if result.ok else EXIT_ERROR
