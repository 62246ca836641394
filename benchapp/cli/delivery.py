"""CLI for the customers' deliveries step 8 counts against: `benchapp delivery`."""

from __future__ import annotations

import argparse

from benchapp.cli.common import (
    EXIT_OK,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    print_json,
    sign_in,
    unit_of_work,
)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("delivery", help="the customer deliveries returns refer to (the "
                       "complaint-notice rule counts against their delivered quantity)")
    dsub = p.add_subparsers(dest="delivery_command", metavar="ACTION")
    dc = dsub.add_parser("correct", parents=[db_parent, auth_parent()],
                         help="set or correct a delivery's delivered quantity, with a reason "
                         "(tracking log)")
    dc.add_argument("delivery_no", metavar="DELIVERY-NO")
    dc.add_argument("--customer", required=True, metavar="NAME",
                    help="the customer's name as on its RMAs (numbers are per customer)")
    dc.add_argument("--qty", required=True, metavar="N",
                    help="the quantity the customer received in that delivery")
    dc.add_argument("--reason", required=True, metavar="TEXT",
                    help="why (e.g. the delivery note says 1200)")
    dc.set_defaults(func=cmd_delivery_correct)
    du = dsub.add_parser("unevaluated", parents=[db_parent],
                         help="deliveries and RMAs whose complaint-notice rule cannot be "
                         "evaluated (no delivered quantity, or no delivery named)")
    du.add_argument("--limit", type=int, default=200, metavar="N")
    add_json_option(du)
    du.set_defaults(func=cmd_delivery_unevaluated)


@guarded
def cmd_delivery_correct(args: argparse.Namespace) -> int:
    from benchapp.services.deliveries import correct_delivery

    with open_engine(args) as engine:
        done = correct_delivery(unit_of_work(engine), sign_in(engine, args),
                                customer=args.customer, delivery_no=args.delivery_no,
                                delivered_qty=args.qty, reason=args.reason)
    print(f"delivery {done.delivery_no} of {done.customer}: delivered quantity "
          f"{done.old_qty if done.old_qty is not None else 'unknown'} -> {done.new_qty}")
    return EXIT_OK


@guarded
def cmd_delivery_unevaluated(args: argparse.Namespace) -> int:
    from benchapp.services.deliveries import unevaluated_rules

    with open_engine(args) as engine:
        rows = unevaluated_rules(unit_of_work(engine), limit=args.limit)
    if args.json:
        print_json([{"reason": r.reason, "customer": r.customer, "delivery_no": r.delivery_no,
                     "rma_nos": list(r.rma_nos), "non_customer_units": r.non_customer_units}
                    for r in rows], indent=1)
        return EXIT_OK
    if not rows:
        print("the complaint-notice rule can be evaluated for every return with a "
              "non-customer cause")
    for r in rows:
        print(f"cannot be evaluated: {r.message}")
    return EXIT_OK
