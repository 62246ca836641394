"""CLI commands for supervisors: `benchapp report ...`, `import`, `calendar`, `limits`, `cost`."""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from benchapp.cli.common import (
    EXIT_OK,
    CommandFailed,
    add_force_option,
    add_reason_option,
    auth_parent,
    guarded,
    open_engine,
    set_shop_setting,
    sign_in,
    sign_in_to_read,
    unit_of_work,
    write_output,
    write_utf8,
)
from benchapp.domain.calendar import DayKind, IsoWeek
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.supervision import SETTING_NAMES, yuan

if TYPE_CHECKING:
    from benchapp.reports.pdf import ReportFont


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the `report`, `import`, `calendar`, `limits` and `cost` command groups."""
    auth = auth_parent()

    p = sub.add_parser("report", help="weekly repair statistics, trend, overdue items, costs")
    rsub = p.add_subparsers(dest="report_command", metavar="ACTION")
    wk = rsub.add_parser("weekly", parents=[db_parent, auth],
                         help="售后维修统计分析表: one ISO week's repair statistics")
    wk.add_argument("--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W47 "
                    "(default: this week)")
    wk.add_argument("--format", choices=["json", "csv", "pdf", "xlsx"], default="json")
    wk.add_argument("--out", metavar="FILE", help="file to write (default: stdout; for pdf "
                    "weekly-YYYY-Www.pdf)")
    add_force_option(wk)
    wk.set_defaults(func=cmd_report_weekly)
    from benchapp.cli import period_reports

    period_reports.register_actions(rsub, db_parent, auth)  # monthly, quarterly
    from benchapp.cli import yields

    yields.register_actions(rsub, db_parent, auth)
    tr = rsub.add_parser("trend", parents=[db_parent, auth], help="the weekly figures over N weeks")
    tr.add_argument("--weeks", type=int, default=52, help="number of weeks (default 52)")
    tr.add_argument("--end", metavar="YYYY-Www", help="last week (default: this week)")
    tr.add_argument("--format", choices=["json", "csv"], default="json")
    tr.add_argument("--out", metavar="FILE", help="file to write (default: stdout)")
    add_force_option(tr)
    tr.set_defaults(func=cmd_report_trend)
    od = rsub.add_parser("overdue", parents=[db_parent, auth],
                         help="items past their time limit (contact, report, follow-up, CA)")
    od.add_argument("--at", metavar="DATETIME", help="judge at this ISO date-time "
                    "(default: now, by the database server's clock)")
    od.add_argument("--format", choices=["text", "json", "csv"], default="text")
    od.set_defaults(func=cmd_report_overdue)
    co = rsub.add_parser("costs", parents=[db_parent, auth], help="the cost ledger over ISO weeks")
    co.add_argument("--from", dest="first", required=True, metavar="YYYY-Www")
    co.add_argument("--to", dest="last", required=True, metavar="YYYY-Www")
    co.add_argument("--by", choices=["rma", "week", "customer"], default="rma",
                    help="one row per RMA and week (default), per week, or per customer")
    co.add_argument("--csv", metavar="FILE", help="CSV file to write (UTF-8 with BOM); "
                    "- for stdout; without it a table is printed")
    add_force_option(co)
    co.set_defaults(func=cmd_report_costs)

    p = sub.add_parser("import", help="bring past records in")
    isub = p.add_subparsers(dest="import_command", metavar="WHAT")
    ir = isub.add_parser("repairs", parents=[db_parent, auth],
                         help="past repair records from a CSV file (docs/reports.md)")
    ir.add_argument("file", metavar="FILE.csv")
    ir.set_defaults(func=cmd_import_repairs)

    p = sub.add_parser("calendar", help="the working calendar: holidays and make-up days")
    csub = p.add_subparsers(dest="calendar_command", metavar="ACTION")
    for kind, text in (("holiday", "a weekday off (public holiday)"),
                       ("workday", "a Saturday or Sunday worked (调休 make-up day)")):
        group = csub.add_parser(kind, help=text)
        gsub = group.add_subparsers(dest=f"{kind}_command", metavar="ACTION")
        add = gsub.add_parser("add", parents=[db_parent, auth], help=f"add {text}")
        add.add_argument("day", metavar="YYYY-MM-DD")
        add.add_argument("--name", default="", help="e.g. 国庆节")
        add.set_defaults(func=cmd_calendar_add, kind=kind)
    rm = csub.add_parser("remove", parents=[db_parent, auth], help="remove a calendar day")
    rm.add_argument("day", metavar="YYYY-MM-DD")
    rm.set_defaults(func=cmd_calendar_remove)
    sd = csub.add_parser("seed", parents=[db_parent],
                         help="add China's public holidays and make-up working days (调休) from "
                         "the holidays package; never over the shop's own entries")
    sd.add_argument("--year", type=int, action="append", metavar="YYYY",
                    help="the year to seed (repeatable); default: this year and the next")
    sd.set_defaults(func=cmd_calendar_seed)
    ls = csub.add_parser("list", parents=[db_parent], help="holidays and make-up days")
    ls.add_argument("--year", type=int, help="only this year")
    ls.set_defaults(func=cmd_calendar_list)

    p = sub.add_parser("limits", help="time limits, labour rate and form number of the "
                       "supervisor records")
    lsub = p.add_subparsers(dest="limits_command", metavar="ACTION")
    lsh = lsub.add_parser("show", parents=[db_parent], help="show them")
    lsh.set_defaults(func=cmd_limits_show)
    lse = lsub.add_parser("set", parents=[db_parent, auth], help="change one")
    lse.add_argument("key", choices=[n for n in SETTING_NAMES if n != "tracking_since"])
    lse.add_argument("value")
    add_reason_option(lse, "the limit changes")
    lse.set_defaults(func=cmd_limits_set)

    p = sub.add_parser("cost", help="the cost ledger of an RMA")
    ksub = p.add_subparsers(dest="cost_command", metavar="ACTION")
    ca = ksub.add_parser("add", parents=[db_parent, auth],
                         help="book a cost (shipping, packaging, parts, labour) to an RMA")
    ca.add_argument("rma_no", metavar="RMA-NO")
    ca.add_argument("kind", choices=["parts", "labour", "shipping", "packaging"])
    ca.add_argument("amount", metavar="CNY", help="e.g. 25.00")
    ca.add_argument("--payer", choices=["company", "customer"],
                    help="as agreed with the customer (default: the customer for a customer-paid "
                    "RMA, else by rule 5.3.1)")
    ca.add_argument("--on", dest="incurred_on", metavar="YYYY-MM-DD",
                    help="day the cost arose (default: today)")
    ca.add_argument("--note", default="")
    ca.set_defaults(func=cmd_cost_add)
    cp = ksub.add_parser("price", parents=[db_parent, auth],
                         help="set the unit cost of a part number")
    cp.add_argument("part_no", metavar="PART-NO")
    cp.add_argument("amount", metavar="CNY")
    cp.set_defaults(func=cmd_cost_price)
    cs = ksub.add_parser("show", parents=[db_parent], help="an RMA's cost ledger")
    cs.add_argument("rma_no", metavar="RMA-NO")
    cs.set_defaults(func=cmd_cost_show)


# -- helpers ---------------------------------------------------------------------------------


def _day(text: str, what: str = "date") -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=text, field=what,
                           allowed="YYYY-MM-DD") from None


def _emit(text: str, out: str | None, *, bom: bool = False, force: bool = False) -> None:
    """Write to a file (CSV with a BOM, so Excel reads the Chinese right) or to stdout."""
    if out and out != "-":
        write_output(out, text.encode("utf-8-sig" if bom else "utf-8"), force=force)
        print(f"wrote {out}")
    else:
        write_utf8(text)  # JSON or CSV for a program: UTF-8 whatever the console's code page


def _refresh(engine) -> None:
    """Bring the summary tables up to date, saying so when it takes a while (the first report
    after an upgrade builds them for the whole history)."""
    from benchapp.services import reports

    def progress(done: int, total: int) -> None:
        if total > reports.RMA_CHUNK:
            print(f"building the report summary: {done}/{total} RMAs", file=sys.stderr,
                  flush=True)

    reports.refresh_summary(unit_of_work(engine), progress=progress)


def _slip_font() -> ReportFont | None:
    """The slips' font set for the printed report (with its CJK Extension B fallback), or
    None when its font files are missing: the report then takes WenQuanYi Zen Hei."""
    from benchapp.reports.pdf import ReportFont
    from benchapp.slips.errors import RenderError
    from benchapp.slips.fonts import slip_fonts

    try:
        fonts = slip_fonts()
    except RenderError:
        return None
    return ReportFont(name=fonts.name, markup=fonts.markup)


def _week(engine, text: str | None) -> IsoWeek:
    from benchapp.services.reports import current_week

    return IsoWeek.parse(text) if text else current_week(unit_of_work(engine))


# -- report ----------------------------------------------------------------------------------


@guarded
def cmd_report_weekly(args: argparse.Namespace) -> int:
    from benchapp.reports import export
    from benchapp.services.reports import shop_now, weekly_report, weekly_trend

    week = IsoWeek.parse(args.week) if args.week else None
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report weekly", week=args.week or "current",
                        format=args.format)
        week = week or _week(engine, None)
        _refresh(engine)
        report = weekly_report(unit_of_work(engine), week, refresh=False)
        if args.format == "json":
            _emit(export.to_json(report.to_json()), args.out, force=args.force)
        elif args.format == "csv":
            _emit(export.weekly_csv(report), args.out, bom=True, force=args.force)
        elif args.format == "xlsx":
            from benchapp.reports.period_export import weekly_xlsx

            data = weekly_xlsx(report)
            out = write_output(args.out or f"weekly-{week}.xlsx", data, force=args.force)
            print(f"wrote {out} ({report.figures.units} units, {len(data)} bytes)")
        else:
            from benchapp.reports.pdf import render_weekly_pdf

            trend = weekly_trend(unit_of_work(engine), end=week, weeks=52, today=report.as_of,
                                 refresh=False)
            generated = shop_now(unit_of_work(engine))
            data = render_weekly_pdf(report, trend, generated_at=generated,
                                     font=_slip_font())
            out = write_output(args.out or f"weekly-{week}.pdf", data, force=args.force)
            print(f"wrote {out} ({report.figures.units} units, {len(data)} bytes)")
    return EXIT_OK


@guarded
def cmd_report_trend(args: argparse.Namespace) -> int:
    from benchapp.reports import export
    from benchapp.services.reports import weekly_trend

    end = IsoWeek.parse(args.end) if args.end else None
    if not 1 <= args.weeks <= 520:
        raise InvalidInput(Reason.VALUE_INVALID, value=args.weeks, field="--weeks",
                           allowed="1 to 520")
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report trend", weeks=args.weeks, format=args.format)
        _refresh(engine)
        rows = weekly_trend(unit_of_work(engine), end=end or _week(engine, None), weeks=args.weeks,
                            refresh=False)
    if args.format == "json":
        _emit(export.to_json(export.trend_json(rows)), args.out, force=args.force)
    else:
        _emit(export.trend_csv(rows), args.out, bom=True, force=args.force)
    return EXIT_OK


@guarded
def cmd_report_overdue(args: argparse.Namespace) -> int:
    from benchapp.reports import export
    from benchapp.services.reports import shop_zone
    from benchapp.services.supervision import overdue_items

    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            raise InvalidInput(Reason.VALUE_INVALID, value=args.at, field="--at",
                               allowed="an ISO date-time, e.g. 2026-11-20T09:00+08:00") from None
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report overdue", format=args.format)
        zone = shop_zone(unit_of_work(engine))
        if at is not None and at.tzinfo is None:
            at = at.replace(tzinfo=zone)  # a wall-clock time in the shop
        items = overdue_items(unit_of_work(engine), at)
    if args.format == "json":
        _emit(export.to_json(export.overdue_json(items)), None)
        return EXIT_OK
    if args.format == "csv":
        _emit(export.to_csv(export.OVERDUE_CSV_HEADER, export.overdue_rows(items)), None)
        return EXIT_OK
    if not items:
        print("nothing is overdue")
        return EXIT_OK
    rows = [["kind", "ref", "RMA", "due (shop time)", "late", "owner", "what", "customer"]]
    for i in items:
        hours = i.overdue_by.total_seconds() / 3600
        rows.append([i.kind.value, i.ref, i.rma_no or "-",
                     f"{i.due_at.astimezone(zone):%Y-%m-%d %H:%M}",
                     f"{hours / 24:.1f} d" if hours >= 48 else f"{hours:.1f} h",
                     i.owner or "-", i.detail, i.customer])
    _print_table(rows, right=(4,))
    return EXIT_OK


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _print_table(rows: list[list[str]], *, right: tuple[int, ...] = ()) -> None:
    widths = [max(_width(str(r[c])) for r in rows) for c in range(len(rows[0]))]
    for row in rows:
        cells = []
        for c, value in enumerate(row):
            pad = " " * (widths[c] - _width(str(value)))
            cells.append(pad + str(value) if c in right else str(value) + pad)
        print("  ".join(cells).rstrip())


@guarded
def cmd_report_costs(args: argparse.Namespace) -> int:
    from benchapp.reports import export
    from benchapp.reports.costs import totals
    from benchapp.services.reports import cost_ledger

    first, last = IsoWeek.parse(args.first), IsoWeek.parse(args.last)
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "report costs", first=args.first, last=args.last,
                        by=args.by)
        lines = cost_ledger(unit_of_work(engine), first=first, last=last)
    grouped = None if args.by == "rma" else totals(lines, by=args.by)
    if args.csv:
        _emit(export.cost_csv(lines, grouped, by=args.by), args.csv, bom=True,
              force=args.force)
        return EXIT_OK
    rows = list(csv.reader(export.cost_csv(lines, grouped, by=args.by).splitlines()))
    if len(rows) == 1:
        print(f"no costs in {first} to {last}")
        return EXIT_OK
    first_amount = rows[0].index("parts")
    _print_table(rows, right=tuple(range(first_amount - (args.by != "rma"), len(rows[0]))))
    return EXIT_OK


# -- import ----------------------------------------------------------------------------------


@guarded
def cmd_import_repairs(args: argparse.Namespace) -> int:
    from benchapp.domain.history import ImportRejected
    from benchapp.services.supervision import import_repairs

    path = Path(args.file)
    data = path.read_bytes()
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        try:
            result = import_repairs(unit_of_work(engine), actor, data, source=path.name)
        except ImportRejected as rejected:
            raise CommandFailed(rejected.message, details=rejected.problems) from rejected
    print(f"{result.source}: {result.rows} rows, {result.added} units imported in "
          f"{result.rmas_added} RMAs, {result.already_imported} already imported")
    return EXIT_OK


# -- calendar and limits -------------------------------------------------------------------


@guarded
def cmd_calendar_add(args: argparse.Namespace) -> int:
    from benchapp.services.supervision import add_calendar_day

    day = _day(args.day)
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        entry, replaced = add_calendar_day(unit_of_work(engine), actor, day=day,
                                           kind=DayKind(args.kind), name=args.name)
    verb = "renamed" if replaced else "added"
    print(f"{verb} {entry.kind.value} {entry.day} ({entry.day:%a}) {entry.name}".rstrip())
    return EXIT_OK


@guarded
def cmd_calendar_remove(args: argparse.Namespace) -> int:
    from benchapp.services.supervision import remove_calendar_day

    day = _day(args.day)
    with open_engine(args) as engine:
        removed = remove_calendar_day(unit_of_work(engine), sign_in(engine, args), day=day)
    print(f"removed {removed.kind.value} {removed.day} {removed.name}".rstrip())
    return EXIT_OK


@guarded
def cmd_calendar_seed(args: argparse.Namespace) -> int:
    from benchapp.services import public_holidays

    for year in args.year or ():
        if not 1900 <= year <= 2100:
            raise InvalidInput(Reason.VALUE_INVALID, value=year, field="--year",
                               allowed="a year from 1900 to 2100")
    with open_engine(args) as engine:
        seeded = public_holidays.seed(unit_of_work(engine), years=args.year)
    for s in seeded:
        plan = s.plan
        print(f"{s.year}: {len(plan.add)} added, {len(plan.kept)} kept as the shop has them, "
              f"{len(plan.seen)} seeded before ({s.source})")
        for d in plan.add:
            print(f"  added {d.day}  {d.day:%a}  {d.kind.value:<8} {d.name}".rstrip())
        for d in plan.kept:
            print(f"  kept  {d.day}  {d.day:%a}  the shop's entry stays (proposed: "
                  f"{d.kind.value} {d.name})".rstrip())
    return EXIT_OK


@guarded
def cmd_calendar_list(args: argparse.Namespace) -> int:
    from benchapp.services.supervision import calendar_days

    with open_engine(args) as engine:
        days = calendar_days(unit_of_work(engine), year=args.year)
    if not days:
        print("no holidays or make-up working days: Monday to Friday are working days")
    for d in days:
        print(f"{d.day}  {d.day:%a}  {d.kind.value:<8} {d.name}".rstrip())
    return EXIT_OK


@guarded
def cmd_limits_show(args: argparse.Namespace) -> int:
    from benchapp.services.supervision import supervision_settings

    with open_engine(args) as engine:
        settings = supervision_settings(unit_of_work(engine))
    for name in SETTING_NAMES:
        print(f"{name} = {settings.stored(name) or '-'}")
    return EXIT_OK


@guarded
def cmd_limits_set(args: argparse.Namespace) -> int:
    return set_shop_setting(args)


# -- cost ------------------------------------------------------------------------------------


@guarded
def cmd_cost_add(args: argparse.Namespace) -> int:
    from benchapp.services.supervision import record_cost

    incurred = _day(args.incurred_on, "--on") if args.incurred_on else None
    with open_engine(args) as engine:
        entry = record_cost(unit_of_work(engine), sign_in(engine, args), rma_no=args.rma_no,
                            kind=args.kind, amount=args.amount, payer=args.payer,
                            incurred_on=incurred, note=args.note)
    payer = entry.payer.value if entry.payer else "by rule 5.3.1"
    if entry.payer_source:
        payer += f", from the {entry.payer_source}"
    print(f"{entry.rma_no}: {entry.kind.value} {yuan(entry.amount_fen)} on "
          f"{entry.incurred_on} ({payer})")
    return EXIT_OK


@guarded
def cmd_cost_price(args: argparse.Namespace) -> int:
    from benchapp.services.supervision import set_part_price

    with open_engine(args) as engine:
        fen = set_part_price(unit_of_work(engine), sign_in(engine, args), part_no=args.part_no,
                             price=args.amount)
    print(f"{args.part_no.strip()} = {yuan(fen)} CNY")
    return EXIT_OK


@guarded
def cmd_cost_show(args: argparse.Namespace) -> int:
    from benchapp.services.reports import rma_ledger

    with open_engine(args) as engine:
        items = rma_ledger(unit_of_work(engine), args.rma_no.strip())
    totals: dict[str, int] = {}
    for i in items:
        print(f"{i.day}  {i.kind:<10} {i.source:<14} {yuan(i.amount_fen):>10}  {i.payer:<9}"
              f"{i.note}".rstrip())
        totals[i.payer] = totals.get(i.payer, 0) + i.amount_fen
    print(f"total {yuan(sum(totals.values()))}: company {yuan(totals.get('company', 0))}, "
          f"customer {yuan(totals.get('customer', 0))}")
    return EXIT_OK
