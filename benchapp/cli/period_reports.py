"""`benchapp report monthly` and `report quarterly`: the monthly report (001 七) and the
quarterly complaint summary (002, 004) as PDF, CSV, .xlsx or JSON."""

from __future__ import annotations

import argparse

from benchapp.cli.common import (
    EXIT_OK,
    add_force_option,
    guarded,
    open_engine,
    sign_in_to_read,
    unit_of_work,
    write_output,
    write_utf8,
)

FORMATS = ["pdf", "csv", "xlsx", "json"]


def register_actions(rsub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser,
                     auth: argparse.ArgumentParser) -> None:
    """Add `monthly`, `quarterly` and `review` to the `report` group."""
    mo = rsub.add_parser("monthly", parents=[db_parent, auth],
                         help="售后维修月报: model, failure frequency, repair time, feedback")
    mo.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-11")
    qu = rsub.add_parser("quarterly", parents=[db_parent, auth],
                         help="客户投诉季度汇总: the quarter's complaint notices and feedback")
    qu.add_argument("--quarter", required=True, metavar="YYYYQn", help="e.g. 2026Q4")
    for p, func in ((mo, cmd_report_monthly), (qu, cmd_report_quarterly)):
        p.add_argument("--format", choices=FORMATS, default="json")
        p.add_argument("--out", metavar="FILE", help="file to write (default: stdout for json "
                       "and csv, else <kind>-<period>.<format>)")
        add_force_option(p)
        p.set_defaults(func=func)
    from benchapp.cli.followup import cmd_report_review

    rv = rsub.add_parser("review", parents=[db_parent, auth],
                         help="总经办's review of a week's report: reviewed by, date, remarks")
    rv.add_argument("--week", required=True, metavar="YYYY-Www", help="e.g. 2026-W47")
    rv.add_argument("--remarks", required=True, metavar="TEXT")
    rv.set_defaults(func=cmd_report_review)


def _write(args: argparse.Namespace, kind: str, label: str, data: bytes | str) -> None:
    if isinstance(data, str):
        if not args.out or args.out == "-":
            write_utf8(data)
            return
        # CSV with a BOM, so Excel reads the Chinese right.
        data = data.encode("utf-8-sig" if args.format == "csv" else "utf-8")
    out = write_output(args.out or f"{kind}-{label}.{args.format}", data, force=args.force)
    print(f"wrote {out} ({len(data)} bytes)")


def _font():
    from benchapp.cli.reports import _slip_font

    return _slip_font()


@guarded
def cmd_report_monthly(args: argparse.Namespace) -> int:
    from benchapp.reports import export, period_export
    from benchapp.reports.period import Period
    from benchapp.services.period_reports import monthly_report
    from benchapp.services.reports import shop_now, shop_zone

    period = Period.month(args.month)
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report monthly", month=period.label, format=args.format)
        report = monthly_report(unit_of_work(engine), period)
        if args.format == "pdf":
            from benchapp.reports.period_pdf import render_monthly_pdf

            data: bytes | str = render_monthly_pdf(
                report, generated_at=shop_now(unit_of_work(engine)),
                zone=shop_zone(unit_of_work(engine)), font=_font())
        elif args.format == "xlsx":
            data = period_export.monthly_xlsx(report)
        elif args.format == "csv":
            data = period_export.monthly_csv(report)
        else:
            data = export.to_json(report.to_json())
    _write(args, "monthly", period.label, data)
    return EXIT_OK


@guarded
def cmd_report_quarterly(args: argparse.Namespace) -> int:
    from benchapp.reports import export, period_export
    from benchapp.reports.period import Period
    from benchapp.services.period_reports import quarterly_report
    from benchapp.services.reports import shop_now, shop_zone

    period = Period.quarter(args.quarter)
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report quarterly", quarter=period.label,
                        format=args.format)
        report = quarterly_report(unit_of_work(engine), period)
        if args.format == "pdf":
            from benchapp.reports.period_pdf import render_quarterly_pdf

            data: bytes | str = render_quarterly_pdf(
                report, generated_at=shop_now(unit_of_work(engine)),
                zone=shop_zone(unit_of_work(engine)), font=_font())
        elif args.format == "xlsx":
            data = period_export.quarterly_xlsx(report)
        elif args.format == "csv":
            data = period_export.quarterly_csv(report)
        else:
            data = export.to_json(report.to_json())
    _write(args, "quarterly", period.label, data)
    return EXIT_OK
