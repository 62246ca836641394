"""`benchapp escalation list|decide`: the supervisor's decision queue from the command line.

A decision is an electronic signature like in the Supervisor view: the signer's password
unlocks their signing key (asked again, or $BENCHAPP_PASSWORD). A no-fault-found decision is
taken by the QC supervisor together with repair, production, tech and business (procedure
step 3a): each department's participants are named with --participant DEPARTMENT=NAME.
"""

from __future__ import annotations

import argparse

from benchapp.cli.common import (
    EXIT_OK,
    PASSWORD_ENV,
    CommandFailed,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    print_json,
    secret,
    sign_in,
    slip_port,
    unit_of_work,
)

DEPARTMENTS = ("repair", "production", "tech", "business", "qc")


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the `escalation` command group."""
    auth = auth_parent()
    p = sub.add_parser("escalation", help="escalations waiting for a supervisor's decision")
    esub = p.add_subparsers(dest="escalation_command", metavar="ACTION")
    ls = esub.add_parser("list", parents=[db_parent, auth],
                         help="the open escalations you may decide, oldest first")
    ls.add_argument("--all", action="store_true", help="also those for other supervisors")
    add_json_option(ls)
    ls.set_defaults(func=cmd_escalation_list)
    d = esub.add_parser("decide", parents=[db_parent, auth],
                        help="decide an open escalation, signed with your password")
    d.add_argument("escalation_id", type=int, metavar="ID", help="the escalation's number")
    d.add_argument("--decision", required=True, metavar="DECISION",
                   help="e.g. return_to_customer, repair, scrap, resume (see `escalation list`)")
    d.add_argument("--reason", required=True, metavar="TEXT", help="why this decision")
    d.add_argument("--participant", action="append", default=[], metavar="DEPARTMENT=NAME",
                   help="who took part (repeat): department one of "
                        f"{', '.join(DEPARTMENTS)}; a no-fault-found decision needs repair, "
                        "production, tech and business")
    d.add_argument("--replacement", metavar="SERIAL", help="scrap_replace: the new unit")
    d.set_defaults(func=cmd_escalation_decide)


def parse_participants(values: list[str]) -> list[tuple[str, str]]:
    out = []
    for value in values:
        department, sep, name = value.partition("=")
        if not sep or not name.strip():
            raise CommandFailed(f"--participant {value!r}: expected DEPARTMENT=NAME, e.g. "
                                "repair=赵磊")
        out.append((department.strip(), name.strip()))
    return out


@guarded
def cmd_escalation_list(args: argparse.Namespace) -> int:
    from benchapp.services import decisions

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        queue = decisions.decision_queue(unit_of_work(engine), actor, include_others=args.all)
    if args.json:
        print_json([{"id": i.id, "kind": i.kind, "rma_no": i.rma_no,
                     "serial": i.serial, "slip_no": i.slip_no, "note": i.note,
                     "decisions": list(i.decisions), "may_decide": i.may_decide,
                     "joint_departments": list(i.joint_departments),
                     "fixture": _fixture_json(i.fixture)} for i in queue.items], indent=1)
        return EXIT_OK
    if not queue.items:
        print("no open escalation")
    for i in queue.items:
        print(f"#{i.id} {i.kind:<18} {i.rma_no} {i.units_text}  decisions: "
              f"{', '.join(i.decisions)}{'' if i.may_decide else '  (view only)'}")
        if i.joint_departments:
            print(f"  decided jointly with: {', '.join(i.joint_departments)}")
        if i.fixture:
            f = i.fixture
            print(f"  fixture ({f['stage']}, {f['verdict']}):")
            for m in f["measurements"]:
                print(f"    {m.get('name', '')}: {m.get('value')} {m.get('unit', '')} "
                      f"[{m.get('low')}..{m.get('high')}] {m.get('verdict', '')}")
    return EXIT_OK


def _fixture_json(fixture: dict | None) -> dict | None:
    if not fixture:
        return None
    at = fixture.get("at")
    return {**fixture, "at": at.isoformat() if at else None}


@guarded
def cmd_escalation_decide(args: argparse.Namespace) -> int:
    from benchapp.services import decisions

    participants = parse_participants(args.participant)
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        password = secret(PASSWORD_ENV, f"Signing password for {actor.username}: ")
        signed = decisions.decide_signed(
            unit_of_work(engine), actor, escalation_id=args.escalation_id,
            decision=args.decision, reason=args.reason, password=password, port=slip_port(),
            replacement_serial=args.replacement, participants=participants)
    print(f"escalation #{signed.escalation_id} ({signed.kind}) {signed.rma_no} "
          f"{signed.serial or signed.slip_no or ''}: {signed.decision}, signed by "
          f"{actor.username} (certificate {signed.certificate_fingerprint[:16]})")
    if signed.participants:
        print("took part: " + "; ".join(f"{d} {n}" for d, n in signed.participants))
    return EXIT_OK
