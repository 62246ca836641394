"""`benchapp followup ...`: the customer follow-up after shipping (001 五); `purchasing notify` and
`delay report|passed-on`: the smaller duties of the seeds (001 三(二)3, 000 5.1.2)."""

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

    # The first call after a return is accepted (seed 002: within 2 hours), the other contact
    # the business clerk owes the customer.
    fc = fsub.add_parser("contact", parents=[db_parent, auth],
                         help="record the first customer contact of an accepted return "
                         "(business clerk, within the contact hours)")
    fc.add_argument("rma_no", metavar="RMA-NO")
    fc.add_argument("--note", required=True, metavar="TEXT",
                    help="whom you spoke to, and the interim measure agreed")
    fc.set_defaults(func=cmd_followup_contact)
    fl = fsub.add_parser("contacts", parents=[db_parent, auth],
                         help="accepted returns whose customer has not been called yet")
    fl.add_argument("--due", action="store_true",
                    help="only those past their deadline (the Overdue list's contacts)")
    add_json_option(fl)
    fl.set_defaults(func=cmd_followup_contacts)

    p = sub.add_parser("purchasing", help="material-caused faults fed back to purchasing")
    psub = p.add_subparsers(dest="purchasing_command", metavar="ACTION")
    pn = psub.add_parser("notify", parents=[db_parent, auth],
                         help="record the notice to purchasing of an RMA's material faults")
    pn.add_argument("rma_no", metavar="RMA-NO")
    pn.add_argument("--note", required=True, metavar="TEXT", help="what purchasing was told")
    pn.add_argument("--to", default="", metavar="NAME", help="the purchaser notified")
    pn.set_defaults(func=cmd_purchasing_notify)

    p = sub.add_parser("delay", help="a delay reported by production, passed on by business")
    dsub = p.add_subparsers(dest="delay_command", metavar="ACTION")
    dr = dsub.add_parser("report", parents=[db_parent, auth],
                         help="production reports that an RMA will be late")
    dr.add_argument("rma_no", metavar="RMA-NO")
    dr.add_argument("--reason", required=True, metavar="TEXT")
    dr.add_argument("--new-due", metavar="YYYY-MM-DD", help="the date it can be done by")
    dr.set_defaults(func=cmd_delay_report)
    dp = dsub.add_parser("passed-on", parents=[db_parent, auth],
                         help="business has told the customer about the reported delay")
    dp.add_argument("rma_no", metavar="RMA-NO")
    dp.add_argument("--note", required=True, metavar="TEXT",
                    help="whom you told, and what was agreed")
    dp.set_defaults(func=cmd_delay_passed_on)


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

    return _calls_owed(args, "followup list", follow_ups,
                       "no follow-up is due" if args.due
                       else "no shipment is waiting for a follow-up",
                       lambda line, at: f"{line.rma_no}  {line.note_no}  {line.customer}  "
                       f"shipped {at(line.shipped_at)}")


def _calls_owed(args: argparse.Namespace, command: str, read, empty: str, describe) -> int:
    """`followup list|contacts`: a logged read of the calls owed, as JSON or one line each on
    the shop's clock, the overdue ones flagged."""
    from benchapp.services.reports import shop_zone

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, command, due=args.due)
        lines = read(unit_of_work(engine), due_only=args.due)
        zone = shop_zone(unit_of_work(engine))
    if args.json:
        print_json([line.to_json() for line in lines], indent=1)
        return EXIT_OK
    if not lines:
        print(empty)
        return EXIT_OK

    def at(moment) -> str:
        return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"

    for line in lines:
        flag = "OVERDUE " if line.overdue else ""
        print(f"{flag}{describe(line, at)}  due {at(line.due_at)}")
    return EXIT_OK


@guarded
def cmd_followup_contact(args: argparse.Namespace) -> int:
    from benchapp.services.followup import record_first_contact

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        contact = record_first_contact(unit_of_work(engine), actor, rma_no=args.rma_no,
                                       note=args.note)
    print(f"{contact.rma_no}: first customer contact recorded by {actor.username} at "
          f"{contact.contacted_at:%Y-%m-%d %H:%M} UTC")
    return EXIT_OK


@guarded
def cmd_followup_contacts(args: argparse.Namespace) -> int:
    from benchapp.services.followup import first_contacts

    return _calls_owed(args, "followup contacts", first_contacts,
                       "no first contact is due" if args.due
                       else "every accepted return's customer has been called",
                       lambda line, at: f"{line.rma_no}  {line.customer}  "
                       f"received {at(line.received_at)}")


def _recorded(entry, actor) -> None:
    print(f"{entry.rma_no if entry.rma_no != '-' else entry.detail.get('week')}: "
          f"{entry.action.replace('_', ' ')}, recorded by {actor.username}")


@guarded
def cmd_purchasing_notify(args: argparse.Namespace) -> int:
    from benchapp.services.duties import notify_purchasing

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        entry = notify_purchasing(unit_of_work(engine), actor, rma_no=args.rma_no,
                                  note=args.note, to=args.to)
    _recorded(entry, actor)
    return EXIT_OK


@guarded
def cmd_delay_report(args: argparse.Namespace) -> int:
    from benchapp.cli.reports import _day
    from benchapp.services.duties import report_delay

    new_due = _day(args.new_due, "--new-due") if args.new_due else None
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        entry = report_delay(unit_of_work(engine), actor, rma_no=args.rma_no,
                             reason=args.reason, new_due=new_due)
    _recorded(entry, actor)
    return EXIT_OK


@guarded
def cmd_delay_passed_on(args: argparse.Namespace) -> int:
    from benchapp.services.duties import pass_on_delay

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        entry = pass_on_delay(unit_of_work(engine), actor, rma_no=args.rma_no, note=args.note)
    _recorded(entry, actor)
    return EXIT_OK


@guarded
def cmd_report_review(args: argparse.Namespace) -> int:
    from benchapp.domain.calendar import IsoWeek
    from benchapp.services.duties import review_weekly_report

    week = IsoWeek.parse(args.week)
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        entry = review_weekly_report(unit_of_work(engine), actor, week=week,
                                     remarks=args.remarks)
    _recorded(entry, actor)
    return EXIT_OK
