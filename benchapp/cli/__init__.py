"""Admin CLI and GUI entry point: `benchapp` (GUI) and `benchapp SUBCOMMAND ...` (admin)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_OK = 0
EXIT_ERROR = 1  # the command ran and refused (bad input, domain rule, database trouble)
EXIT_USAGE = 2  # argparse's own code for a malformed command line


def _db_parent() -> argparse.ArgumentParser:
    # SUPPRESS keeps `benchapp --db X sub` and `benchapp sub --db X` both working:
    # the sub-parser only sets `db` when the option is given after the subcommand.
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="database URL (sqlite:///file.db or postgresql+psycopg://user@host/db); "
        "default: $BENCHAPP_DB, else the SQLite file in the user data directory",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db_parent = _db_parent()
    parser = argparse.ArgumentParser(
        prog="benchapp",
        description="After-sales repair bench. Without a subcommand, starts the GUI.",
    )
    parser.add_argument("--db", default=None, metavar="URL", help="database URL (see subcommands)")
    parser.add_argument(
        "--demo", action="store_true", help="GUI: load the demo data first if the database is empty"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from benchapp.cli import admin  # the database-backed commands
    from benchapp.cli import devices  # sim and device: no database needed
    from benchapp.cli import reports  # report and import
    from benchapp.cli import slips  # ca and slip

    admin.register(sub, db_parent)
    devices.register(sub, db_parent)
    reports.register(sub, db_parent)
    slips.register(sub, db_parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from benchapp.app import run_gui

        return run_gui(db_url=args.db, demo=args.demo)
    func = getattr(args, "func", None)
    if func is None:  # a command group given without its action, e.g. `benchapp user`
        parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "--help"])
        return EXIT_USAGE
    return int(func(args) or EXIT_OK)


if __name__ == "__main__":
    sys.exit(main())
