"""CLI for warranty from the record (issue 17.2): `benchapp warranty terms list|set|remove`
and `benchapp warranty check SERIAL | --customer C --model M --date-code X --ship-date D`."""

from __future__ import annotations

import argparse
from datetime import date

from benchapp.cli.common import (
    EXIT_OK,
    CommandFailed,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    print_json,
    sign_in,
    unit_of_work,
    write_utf8,
)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("warranty", help="warranty terms per customer and model, and the "
                       "warranty of a unit (docs/warranty.md)")
    wsub = p.add_subparsers(dest="warranty_command", metavar="ACTION")
    t = wsub.add_parser("terms", help="the warranty terms")
    tsub = t.add_subparsers(dest="terms_command", metavar="ACTION")
    tl = tsub.add_parser("list", parents=[db_parent], help="every row of terms")
    add_json_option(tl)
    tl.set_defaults(func=cmd_terms_list)
    ts = tsub.add_parser("set", parents=[db_parent, auth_parent()],
                         help="set the terms of a customer's model (without --model: the "
                         "customer's default; without --customer: the model's; without "
                         "both: the shop's)")
    _scope_options(ts)
    ts.add_argument("--months", required=True, metavar="N", help="months of warranty (0-240)")
    ts.add_argument("--from", dest="basis", required=True, choices=["ship-date", "date-code"],
                    help="what the months count from")
    ts.set_defaults(func=cmd_terms_set)
    tr = tsub.add_parser("remove", parents=[db_parent, auth_parent()],
                         help="remove one row (the less specific terms apply again)")
    _scope_options(tr)
    tr.set_defaults(func=cmd_terms_remove)
    c = wsub.add_parser("check", parents=[db_parent],
                        help="a returned unit's warranty (SERIAL), or a customer's model with "
                        "its date code and ship date")
    c.add_argument("serial", nargs="?", metavar="SERIAL",
                   help="a serial received before: its latest return's record")
    c.add_argument("--customer", metavar="C")
    c.add_argument("--model", metavar="M")
    c.add_argument("--date-code", default="", metavar="X",
                   help="YYWW, YYYYWW, YYYYMMDD or YYYY-MM-DD")
    c.add_argument("--ship-date", default=None, metavar="YYYY-MM-DD")
    c.add_argument("--on", default=None, metavar="YYYY-MM-DD",
                   help="as of this day (default: today; for a SERIAL, the day it was "
                   "received)")
    add_json_option(c)
    c.set_defaults(func=cmd_check)


def _scope_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", default="", metavar="C",
                        help="the customer as on the service form (default: any)")
    parser.add_argument("--model", default="", metavar="M", help="the model (default: any)")


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandFailed(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def _scope(customer: str, model: str) -> str:
    return f"{customer or '(any customer)'} / {model or '(any model)'}"


def _basis(value: str) -> str:
    return value.replace("_", "-")


@guarded
def cmd_terms_list(args: argparse.Namespace) -> int:
    from benchapp.services.warranty import list_terms

    with open_engine(args) as engine:
        rows = list_terms(unit_of_work(engine))
    if args.json:
        print_json([{"customer": t.customer, "model": t.model, "months": t.months,
                     "from": _basis(t.basis.value), "scope": t.scope.value,
                     "set_by": t.set_by} for t in rows], indent=2)
        return EXIT_OK
    if not rows:
        print("no warranty terms: every unit is 'unknown' at receipt "
              "(benchapp warranty terms set ...)")
        return EXIT_OK
    write_utf8("".join(f"{_scope(t.customer, t.model)}: {t.months} months from "
                       f"{_basis(t.basis.value)} (set by {t.set_by})\n" for t in rows))
    return EXIT_OK


@guarded
def cmd_terms_set(args: argparse.Namespace) -> int:
    from benchapp.services.warranty import set_terms

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        # The bench login on PostgreSQL is refused in one line (services.warranty).
        terms, old = set_terms(unit_of_work(engine), actor, customer=args.customer,
                               model=args.model, months=args.months, basis=args.basis)
    was = f" (was {old.months} months from {_basis(old.basis.value)})" if old else ""
    write_utf8(f"{_scope(terms.customer, terms.model)}: {terms.months} months from "
               f"{_basis(terms.basis.value)}{was}\n")
    return EXIT_OK


@guarded
def cmd_terms_remove(args: argparse.Namespace) -> int:
    from benchapp.services.warranty import remove_terms

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        old = remove_terms(unit_of_work(engine), actor, customer=args.customer,
                           model=args.model)
    write_utf8(f"removed {_scope(old.customer, old.model)}: {old.months} months from "
               f"{_basis(old.basis.value)}\n")
    return EXIT_OK


@guarded
def cmd_check(args: argparse.Namespace) -> int:
    from benchapp.services import warranty

    on = _day(args.on, "--on")
    if args.serial and (args.customer or args.model or args.date_code or args.ship_date):
        raise CommandFailed("give a SERIAL, or --customer, --model, --date-code and "
                            "--ship-date: not both")
    with open_engine(args) as engine:
        if args.serial:
            found = warranty.check_serial(unit_of_work(engine), args.serial, on=on)
            verdict = found.verdict
            about = {"serial": found.serial, "rma_no": found.rma_no,
                     "customer": found.customer, "model": found.model,
                     "received_on": found.received_on.isoformat()}
        else:
            if not args.customer or not args.model:
                raise CommandFailed("give a SERIAL, or at least --customer and --model")
            ship = _day(args.ship_date, "--ship-date")
            verdict = warranty.check(unit_of_work(engine), customer=args.customer,
                                     model=args.model, date_code=args.date_code,
                                     ship_date=ship, on=on)
            about = {"customer": args.customer.strip(), "model": args.model.strip(),
                     "date_code": args.date_code.strip(),
                     "ship_date": ship.isoformat() if ship else None}
    about["as_of"] = verdict.as_of.isoformat() if verdict.as_of else None
    if args.json:
        print_json({**about, **verdict.as_dict()}, indent=2)
        return EXIT_OK
    head = about.get("serial") or f"{about['customer']} {about['model']}"
    write_utf8(f"{head}: {verdict.message} (as of {about['as_of']})\n")
    return EXIT_OK
