"""CLI for traceability (issue 17.1): `benchapp trace lot|datecode|part|delivery|unit|clusters`."""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo
from typing import Any

from benchapp.cli.common import (
    EXIT_OK,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    print_json,
    sign_in_to_read,
    unit_of_work,
)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("trace", help="traceability: returned units of a production lot, a "
                       "date-code range, a replaced part or a delivery; one serial's whole story; clusters")
    tsub = p.add_subparsers(dest="trace_command", metavar="WHAT")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        c = tsub.add_parser(name, parents=[db_parent, auth_parent()], help=help)
        add_json_option(c)
        return c

    lot = command("lot", "every returned unit of a production lot, with its causes")
    lot.add_argument("lot", metavar="LOT")
    _limit_option(lot)
    lot.set_defaults(func=cmd_trace_lot)
    dc = command("datecode", "every returned unit with a date code from FROM to TO, with "
                 "its causes")
    dc.add_argument("first", metavar="FROM")
    dc.add_argument("last", metavar="TO")
    dc.add_argument("--model", default=None, metavar="M", help="of this model only")
    _limit_option(dc)
    dc.set_defaults(func=cmd_trace_datecode)
    part = command("part", "every unit a replaced part of that number (and lot) went into")
    part.add_argument("part_no", metavar="PART-NO")
    part.add_argument("--lot", default=None, metavar="LOT", help="the part's lot")
    _limit_option(part)
    part.set_defaults(func=cmd_trace_part)
    dl = command("delivery", "every returned unit of a delivery, with its causes")
    dl.add_argument("delivery_no", metavar="NO")
    _limit_option(dl)
    dl.set_defaults(func=cmd_trace_delivery)
    unit = command("unit", "one serial: its lot, date code, delivery, every return, every "
                   "repair with the parts' lots and date codes, the fixture results per visit")
    unit.add_argument("serial", metavar="SERIAL")
    unit.set_defaults(func=cmd_trace_unit)
    cl = command("clusters", "lots and date codes with >= 3 units repaired for one cause in "
                 "the last 30 days")
    cl.add_argument("--days", type=int, default=30, metavar="N")
    cl.add_argument("--min-units", type=int, default=3, metavar="N")
    cl.set_defaults(func=cmd_trace_clusters)


def _limit_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=1000, metavar="N",
                   help="list at most N units (default 1000)")


def _at(value: datetime | None, zone: tzinfo) -> str | None:
    return value.astimezone(zone).isoformat() if value is not None else None


def _units_json(result: Any, zone: tzinfo) -> list[dict[str, Any]]:
    return [{"rma_no": u.rma_no, "serial": u.serial, "model": u.model,
             "customer": u.customer, "received_at": _at(u.received_at, zone),
             "state": u.state, "production_lot": u.production_lot,
             "date_code": u.date_code,
             "causes": [{"category": c.category, "code": c.code, "root_cause": c.root_cause}
                        for c in u.causes]} for u in result.units]


def _show_units(args: argparse.Namespace, what: str, result: Any, zone: tzinfo) -> int:
    if args.json:
        print_json({"units": _units_json(result, zone), "truncated": result.truncated},
                   indent=1)
        return EXIT_OK
    if not result.units:
        print(f"no returned unit for {what}")
        return EXIT_OK
    print(f"{len(result.units)} returned unit(s) for {what}"
          f"{f' (first {len(result.units)} only: --limit)' if result.truncated else ''}")
    for u in result.units:
        causes = "; ".join(f"{c.category}{f' {c.code}' if c.code else ''}"
                           for c in u.causes) or "no repair record"
        received = u.received_at.astimezone(zone).strftime("%Y-%m-%d") if u.received_at else "-"
        print(f"  {u.rma_no}  {u.serial}  {u.model}  {u.customer}  received {received}  "
              f"{u.state}  causes: {causes}")
    return EXIT_OK


def _read(args: argparse.Namespace, what: str, call: Any, **detail: object) -> tuple[Any, tzinfo]:
    from benchapp.services import reports

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, what, **detail)
        result = call(unit_of_work(engine))
        zone = reports.shop_zone(unit_of_work(engine))
    return result, zone


@guarded
def cmd_trace_lot(args: argparse.Namespace) -> int:
    from benchapp.services.trace import trace_lot

    result, zone = _read(args, "trace lot", lambda u: trace_lot(u, args.lot, limit=args.limit),
                         lot=args.lot)
    return _show_units(args, f"production lot {args.lot}", result, zone)


@guarded
def cmd_trace_datecode(args: argparse.Namespace) -> int:
    from benchapp.services.trace import trace_datecode

    result, zone = _read(args, "trace datecode",
                         lambda u: trace_datecode(u, args.first, args.last, model=args.model,
                                                  limit=args.limit),
                         first=args.first, last=args.last, model=args.model)
    what = (f"date codes {args.first} to {args.last}"
            f"{f' model {args.model}' if args.model is not None else ''}")
    return _show_units(args, what, result, zone)


@guarded
def cmd_trace_part(args: argparse.Namespace) -> int:
    from benchapp.services.trace import trace_part

    result, zone = _read(args, "trace part",
                         lambda u: trace_part(u, args.part_no, lot=args.lot, limit=args.limit),
                         part_no=args.part_no, lot=args.lot)
    what = f"part {args.part_no}{f' lot {args.lot}' if args.lot is not None else ''}"
    return _show_units(args, what, result, zone)


@guarded
def cmd_trace_delivery(args: argparse.Namespace) -> int:
    from benchapp.services.trace import trace_delivery

    result, zone = _read(args, "trace delivery",
                         lambda u: trace_delivery(u, args.delivery_no, limit=args.limit),
                         delivery_no=args.delivery_no)
    return _show_units(args, f"delivery {args.delivery_no}", result, zone)


@guarded
def cmd_trace_unit(args: argparse.Namespace) -> int:
    from benchapp.services.trace import trace_unit

    t, zone = _read(args, "trace unit", lambda u: trace_unit(u, args.serial),
                    serial=args.serial)
    if args.json:
        print_json({
            "serial": t.serial, "production_lot": t.production_lot, "date_code": t.date_code,
            "visits": [{
                "rma_no": v.rma_no, "customer": v.customer, "model": v.model,
                "received_at": _at(v.received_at, zone), "state": v.state,
                "production_lot": v.production_lot, "date_code": v.date_code,
                "delivery": None if v.delivery_no is None else {
                    "delivery_no": v.delivery_no,
                    "ship_date": v.ship_date.isoformat() if v.ship_date else None},
                "repairs": [{
                    "completed_at": _at(r.completed_at, zone), "kind": r.kind,
                    "cause": {"category": r.cause.category, "code": r.cause.code,
                              "root_cause": r.cause.root_cause},
                    "parts": [{"ref_des": p.ref_des, "part_no": p.part_no, "qty": p.qty,
                               "lot": p.lot, "date_code": p.date_code} for p in r.parts]}
                    for r in v.repairs],
                "fixture_results": [{"stage": f.stage, "at": _at(f.at, zone),
                                     "verdict": f.verdict,
                                     "measurements": list(f.measurements)}
                                    for f in v.fixture_results]} for v in t.visits]}, indent=1)
        return EXIT_OK
    print(f"{t.serial}  lot: {t.production_lot or '-'}  date code: {t.date_code or '-'}  "
          f"returns: {len(t.visits)}")
    for v in t.visits:
        received = v.received_at.astimezone(zone).strftime("%Y-%m-%d") if v.received_at else "-"
        delivery = (f"delivery {v.delivery_no}"
                    f"{f' shipped {v.ship_date}' if v.ship_date else ''}"
                    if v.delivery_no else "no delivery named")
        print(f"  {v.rma_no}  {v.customer}  {v.model}  received {received}  {v.state}  "
              f"{delivery}")
        for f in v.fixture_results:
            print(f"    {f.stage}: {f.verdict}  {len(f.measurements)} measurement(s)")
        for r in v.repairs:
            print(f"    repair ({r.kind}): {r.cause.category}"
                  f"{f' {r.cause.code}' if r.cause.code else ''}  {r.cause.root_cause}")
            for p in r.parts:
                print(f"      {p.ref_des} {p.part_no} x{p.qty}  lot {p.lot or '-'}  "
                      f"date code {p.date_code or '-'}")
    return EXIT_OK


@guarded
def cmd_trace_clusters(args: argparse.Namespace) -> int:
    from benchapp.services.trace import clusters

    found, zone = _read(args, "trace clusters",
                        lambda u: clusters(u, days=args.days, min_units=args.min_units))
    if args.json:
        print_json([{"by": c.by, "value": c.value,
                     "cause": {"category": c.cause.category, "code": c.cause.code},
                     "units": c.units, "serials": list(c.serials),
                     "first_at": _at(c.first_at, zone), "last_at": _at(c.last_at, zone)}
                    for c in found], indent=1)
        return EXIT_OK
    if not found:
        print(f"no lot or date code with {args.min_units} or more units repaired for one "
              f"cause in the last {args.days} days")
    for c in found:
        label = "lot" if c.by == "lot" else "date code"
        print(f"{label} {c.value}: {c.units} units, cause {c.cause.category}"
              f"{f' {c.cause.code}' if c.cause.code else ''}: {', '.join(c.serials)}")
    return EXIT_OK
