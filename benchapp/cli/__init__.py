"""Admin CLI and GUI entry point: `benchapp` (GUI) and `benchapp SUBCOMMAND ...` (admin).

One module per command group (admin, slips, reports, devices), each with a `register(sub,
db_parent)`; what they share (options, errors, database, sign-in) is in `common`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import benchapp
from benchapp.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    console_safe,
    db_parent,
    stdout_gone,
)

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parent = db_parent()
    parser = argparse.ArgumentParser(
        prog="benchapp",
        description="After-sales repair bench. Without a subcommand, starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"benchapp {benchapp.__version__}")
    parser.add_argument("--db", default=None, metavar="URL", help="database URL (see subcommands)")
    parser.add_argument(
        "--demo", action="store_true", help="GUI: load the demo data first if the database is empty"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # admin: db, demo, user, rma, audit, config; devices: sim and device (no database);
    # reports: report, import, calendar, limits, cost; slips: ca, slip, labels
    from benchapp.cli import (
        admin,
        attachments,
        backup,
        defects,
        delivery,
        devices,
        escalations,
        followup,
        forms,
        quality,
        reports,
        retention,
        slips,
        trace,
        warranty,
    )

    admin.register(sub, parent)
    devices.register(sub, parent)
    reports.register(sub, parent)
    slips.register(sub, parent)
    backup.register(sub, parent)  # backup, restore
    retention.register(sub, parent)  # retention, archive
    followup.register(sub, parent)  # followup record, list
    forms.register(sub, parent)  # form
    quality.register(sub, parent)  # complaint, capa
    delivery.register(sub, parent)  # delivery correct, delivery unevaluated
    defects.register(sub, parent)  # defects import|export|list|map|unmapped
    attachments.register(sub, parent)  # attach, attachments
    trace.register(sub, parent)  # trace lot|part|delivery|unit|clusters
    escalations.register(sub, parent)  # escalation list, escalation decide
    warranty.register(sub, parent)  # warranty terms list|set|remove, warranty check
    return parser


def _gui_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's own options and nothing else, or None: the GUI then starts without loading
    every command module first (50-90 ms on the way to the sign-in window)."""
    gui = argparse.ArgumentParser(prog="benchapp", add_help=False, exit_on_error=False)
    gui.add_argument("--db", default=None)
    gui.add_argument("--demo", action="store_true")
    try:
        args, rest = gui.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    from benchapp import logs

    console_safe()
    gui = _gui_only(sys.argv[1:] if argv is None else argv)
    if gui is not None:
        from benchapp.app import run_gui

        logs.setup("gui", console=True)
        return run_gui(db_url=gui.db, demo=gui.demo)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from benchapp.app import run_gui

        logs.setup("gui", console=True)
        return run_gui(db_url=args.db, demo=args.demo)
    func = getattr(args, "func", None)
    if func is None:  # a command group given without its action, e.g. `benchapp user`
        parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "--help"])
        return EXIT_USAGE
    logs.setup("cli")
    # The command only: its options may hold a PIN or a password.
    logging.getLogger("benchapp.cli").info("benchapp %s: %s", benchapp.__version__,
                                           args.command)
    try:
        code = int(func(args) or EXIT_OK)
        sys.stdout.flush()  # here, not at exit, where a closed pipe could not be handled
        return code
    except BrokenPipeError:
        # `benchapp rma list | head -1`: the reader has what it wanted; not an error.
        stdout_gone()
        return EXIT_OK
