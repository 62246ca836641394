"""`benchapp report yields`: first-pass yield of re-inspection, mean time to repair, return
rate per delivery and per model (issue 17.5)."""

from __future__ import annotations

import argparse

from benchapp.cli.common import (
    EXIT_OK,
    add_force_option,
    add_json_option,
    guarded,
    open_engine,
    print_json,
    sign_in_to_read,
    unit_of_work,
)


def register_actions(rsub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser,
                     auth: argparse.ArgumentParser) -> None:
    """Add `yields` to the `report` group."""
    y = rsub.add_parser("yields", parents=[db_parent, auth],
                        help="first-pass yield of re-inspection, mean time to repair, return "
                        "rate per delivery and per model")
    y.add_argument("--from", dest="first", required=True, metavar="YYYY-Www|YYYY-MM",
                   help="first ISO week (per week) or month (per month)")
    y.add_argument("--to", dest="last", required=True, metavar="YYYY-Www|YYYY-MM")
    y.add_argument("--limit", type=int, default=1000, metavar="N",
                   help="list at most N deliveries (default 1000)")
    add_json_option(y, help="everything as one JSON document (periods, total, deliveries, "
                    "models)")
    y.add_argument("--csv", metavar="FILE", help="the per-period figures as CSV (UTF-8 with "
                   "BOM); - for stdout")
    add_force_option(y)
    y.set_defaults(func=cmd_report_yields)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


@guarded
def cmd_report_yields(args: argparse.Namespace) -> int:
    from benchapp.reports.yields import YieldRange, yields_csv
    from benchapp.services.yields import yield_report

    period = YieldRange.parse(args.first, args.last)
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report yields", first=args.first, last=args.last)
        report = yield_report(unit_of_work(engine), period, delivery_limit=args.limit)
    if args.json:
        print_json(report.to_json(), indent=1)
        return EXIT_OK
    if args.csv:
        from benchapp.cli.reports import _emit

        _emit(yields_csv(report), args.csv, bom=True, force=args.force)
        return EXIT_OK
    print(f"yields {period.weeks[0]} to {period.weeks[-1]}, per {period.by}")
    print(f"{'period':<9} {'re-inspected':>12} {'first pass':>10} {'FPY':>7} "
          f"{'repairs':>7} {'MTTR min':>8}")
    for b in (*report.buckets, report.total):
        mttr = "-" if b.mttr_minutes is None else f"{b.mttr_minutes:.1f}"
        print(f"{b.period:<9} {b.reinspected:>12} {b.first_pass:>10} "
              f"{_pct(b.first_pass_yield):>7} {b.repairs:>7} {mttr:>8}")
    print("MTTR: the repair records' own minutes, averaged")
    if report.deliveries:
        cut = (f", first {len(report.deliveries)} only: --limit"
               if report.deliveries_truncated else "")
        print(f"return rate per delivery (deliveries with an RMA received in the period{cut})")
        for d in report.deliveries:
            qty = "no quantity" if d.delivered_qty is None else f"{d.delivered_qty}"
            print(f"  {d.delivery_no}  {d.customer}  {', '.join(d.models)}  "
                  f"{d.returned_units}/{qty}  {_pct(d.return_rate)}")
        print("return rate per model")
        for mo in report.models:
            extra = (f"  ({mo.without_qty} deliveries without a quantity)"
                     if mo.without_qty else "")
            print(f"  {mo.model}  {mo.returned_units}/{mo.delivered_qty}  "
                  f"{_pct(mo.return_rate)}{extra}")
    else:
        print("no RMA received in the period names a delivery")
    return EXIT_OK
