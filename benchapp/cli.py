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
        "default: $BENCHAPP_DB, else this PC's database/url setting (benchapp.ini in the "
        "system configuration directory), else the SQLite file in the user data directory",
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

    from benchapp import admin_cli  # the database-backed commands
    from benchapp.devices import cli as devices_cli  # sim and device: no database needed
    from benchapp import slip_cli  # ca and slip
    from benchapp.reports import cli as reports_cli  # report and import

    admin_cli.register(sub, db_parent)
    devices_cli.register(sub, db_parent)
    reports_cli.register(sub, db_parent)
    slip_cli.register(sub, db_parent)
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
