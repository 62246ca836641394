"""CLI for how long records are kept and their archive: `benchapp retention`, `archive`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from benchapp.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CommandFailed,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    sign_in,
    slip_port,
    unit_of_work,
)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("retention", help="how long each customer's records are kept "
                       "(seed 001 八, IATF 16949 7.5.3.2.1)")
    rsub = p.add_subparsers(dest="retention_command", metavar="ACTION")
    rs = rsub.add_parser("set", parents=[db_parent, auth_parent()],
                         help="give a customer its own retention period in years")
    rs.add_argument("customer", metavar="CUSTOMER", help="the customer's name as on its RMAs")
    rs.add_argument("--years", required=True, metavar="N", help="whole years, 1 to 100")
    rs.add_argument("--reason", default="", metavar="TEXT",
                    help="why (a contract, the product's life), kept in the tracking log")
    rs.set_defaults(func=cmd_retention_set)
    rl = rsub.add_parser("list", parents=[db_parent],
                         help="the shop default (config retention_years) and each customer's "
                         "own period")
    add_json_option(rl)
    rl.set_defaults(func=cmd_retention_list)

    p = sub.add_parser("archive", parents=[db_parent, auth_parent()],
                       help="write closed RMAs received before DATE, with their slips, forms "
                       "and tracking log, as a self-verifying bundle (deletes nothing)")
    p.add_argument("--before", required=True, metavar="DATE", help="YYYY-MM-DD, shop time")
    p.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) directory")
    p.set_defaults(func=cmd_archive)


@guarded
def cmd_retention_set(args: argparse.Namespace) -> int:
    from benchapp.services.retention import set_retention

    with open_engine(args) as engine:
        rule = set_retention(unit_of_work(engine), sign_in(engine, args),
                             customer=args.customer, years=args.years, reason=args.reason)
    print(f"{rule.customer}: records kept {rule.years} years after the RMA closes")
    return EXIT_OK


@guarded
def cmd_retention_list(args: argparse.Namespace) -> int:
    from benchapp.services.retention import retention_overview

    with open_engine(args) as engine:
        overview = retention_overview(unit_of_work(engine))
    if args.json:
        json.dump({"default_years": overview.default_years,
                   "customers": [{"customer": c.customer, "years": c.years,
                                  "set_by": c.set_by,
                                  "set_at": c.set_at.isoformat() if c.set_at else None}
                                 for c in overview.customers]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"default: {overview.default_years} years (config retention_years)")
    for c in overview.customers:
        print(f"{c.customer}: {c.years} years (set by {c.set_by}"
              f"{f' {c.set_at:%Y-%m-%d}' if c.set_at else ''})")
    return EXIT_OK


@guarded
def cmd_archive(args: argparse.Namespace) -> int:
    from benchapp.db.engine import describe
    from benchapp.services.archive import write_archive

    try:
        before = date.fromisoformat(args.before)
    except ValueError:
        raise CommandFailed(f"--before {args.before!r}: give a date as YYYY-MM-DD") from None

    def progress(done: int, rma_no: str) -> None:
        if done % 10 == 0:
            print(f"  archived {done} RMAs (last {rma_no})", file=sys.stderr, flush=True)

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        written = write_archive(lambda: unit_of_work(engine), actor, before=before,
                                out=Path(args.out), port=slip_port(),
                                source=describe(engine.url.render_as_string(
                                    hide_password=False)), progress=progress)
    print(f"wrote {written.rmas} closed RMAs received before {before} ({written.slips} slips, "
          f"{written.files} files) to {written.path}")
    print(f"manifest.json SHA-256 {written.manifest_sha256} (recorded in the tracking log); "
          f"check with: cd {written.path} && sha256sum -c SHA256SUMS")
    if written.problems:
        for problem in written.problems:
            print(f"  {problem}", file=sys.stderr)
        print(f"benchapp: {len(written.problems)} slips did not verify; the archive lists "
              "them in manifest.json", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
