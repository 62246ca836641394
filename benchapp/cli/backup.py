"""CLI for backups: `benchapp backup --out FILE` and `benchapp restore FILE --db URL`."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from benchapp.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CommandFailed,
    guarded,
    open_engine,
    slip_port,
    unit_of_work,
)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[db_parent],
                       help="copy the whole database into one file, consistent while benches "
                       "work (SQLite: online backup; PostgreSQL: pg_dump custom format)")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[db_parent],
                       help="restore a backup into an EMPTY database, then verify every "
                       "RMA's slips and the tracking log")
    p.add_argument("file", metavar="FILE", help="a file written by `benchapp backup`")
    p.set_defaults(func=cmd_restore)


def _progress(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


@guarded
def cmd_backup(args: argparse.Namespace) -> int:
    from benchapp.db.backup import database_copy
    from benchapp.db.engine import resolve_url
    from benchapp.services.backup import back_up

    db = database_copy(resolve_url(getattr(args, "db", None)))
    print(f"backing up {db.describe()} ...", file=sys.stderr, flush=True)
    written = back_up(db, Path(args.out), force=args.force)
    print(f"wrote the backup of {db.describe()} to {written.path} ({written.size} bytes, "
          f"SHA-256 {_sha256(written.path)})")
    return EXIT_OK


@guarded
def cmd_restore(args: argparse.Namespace) -> int:
    from benchapp.db.backup import backup_kind, database_copy
    from benchapp.db.migrate import current_revision
    from benchapp.services.backup import load_backup, verify_restore

    url = getattr(args, "db", None)
    if not url:
        raise CommandFailed("give --db URL: the new, empty database to restore into")
    backup = Path(args.file)
    db = database_copy(url)
    kind = backup_kind(backup) if backup.is_file() else None
    print(f"restoring {backup} into {db.describe()} ...", file=sys.stderr, flush=True)
    expected = load_backup(db, backup, kind)
    with open_engine(args) as engine:  # a backup of an older version is migrated to this one
        print(f"restored {backup} into {db.describe()} (schema {current_revision(engine)})")
        check = verify_restore(lambda: unit_of_work(engine), slip_port(), expected=expected,
                               progress=_progress)
    print(f"verified {check.rmas} RMAs: {check.slips_valid} of {check.slips} slips valid "
          f"(signatures, shop CA, database hash, chain)")
    print(f"tracking log: {check.log_entries} entries, hash chain checked (audit verify); "
          f"the backup has {expected.get('tracking_log', '?')}")
    if not check.ok:
        for problem in check.problems:
            print(f"  {problem}", file=sys.stderr)
        print(f"benchapp: the restored database does NOT verify ({len(check.problems)} "
              "problems): do not use it; keep the backup and the source", file=sys.stderr)
        return EXIT_ERROR
    print("restore verified: every slip valid, tracking log complete")
    return EXIT_OK


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
