"""`benchapp followup ...`: the customer follow-up after shipping (001 五), from the command line."""

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
    sign_in_to_read,
    unit_of_work,
)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the `followup` command group."""
    auth = auth_parent()
    p = sub.add_parser("followup", help="customer follow-up after shipping: received? satisfied?")
    fsub = p.add_subparsers(dest="followup_command", metavar="ACTION")
    rec = fsub.add_parser("record", parents=[db_parent, auth],
                          help="record the customer's answer for a shipped RMA (business clerk)")
    rec.add_argument("rma_no", metavar="RMA-NO")
    rec.add_argument("--satisfied", required=True, metavar="yes|no",
                     help="is the customer satisfied with the repair?")
    rec.add_argument("--received", default="yes", metavar="yes|no",
                     help="did the customer receive the units? (default: yes)")
    rec.add_argument("--note", required=True, metavar="TEXT",
                     help="what the customer said, whom you spoke to")
    rec.set_defaults(func=cmd_followup_record)
    ls = fsub.add_parser("list", parents=[db_parent, auth],
                         help="shipments waiting for their follow-up, with the deadline")
    ls.add_argument("--due", action="store_true",
                    help="only those past their deadline (the Overdue list's follow-ups)")
    add_json_option(ls)
    ls.set_defaults(func=cmd_followup_list)


@guarded
def cmd_followup_record(args: argparse.Namespace) -> int:
    from benchapp.domain.followup import parse_yes_no
    from benchapp.services.followup import record_follow_up

    satisfied = parse_yes_no(args.satisfied, "--satisfied")
    received = parse_yes_no(args.received, "--received")
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        contact = record_follow_up(unit_of_work(engine), actor, rma_no=args.rma_no,
                                   satisfied=satisfied, received=received, note=args.note)
    print(f"{contact.rma_no}: follow-up recorded by {actor.username} at "
          f"{contact.contacted_at:%Y-%m-%d %H:%M} UTC (received: "
          f"{'yes' if received else 'no'}, satisfied: {'yes' if satisfied else 'no'})")
    return EXIT_OK


@guarded
def cmd_followup_list(args: argparse.Namespace) -> int:
    from benchapp.services.followup import follow_ups
    from benchapp.services.reports import shop_zone

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "followup list", due=args.due)
        lines = follow_ups(unit_of_work(engine), due_only=args.due)
        zone = shop_zone(unit_of_work(engine))
    if args.json:
        print_json([line.to_json() for line in lines], indent=1)
        return EXIT_OK
    if not lines:
        print("no follow-up is due" if args.due else "no shipment is waiting for a follow-up")
        return EXIT_OK
    for line in lines:
        flag = "OVERDUE " if line.overdue else ""
        print(f"{flag}{line.rma_no}  {line.note_no}  {line.customer}  shipped "
              f"{line.shipped_at.astimezone(zone):%Y-%m-%d %H:%M}  due "
              f"{line.due_at.astimezone(zone):%Y-%m-%d %H:%M}")
    return EXIT_OK
