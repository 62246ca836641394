"""Database-backed admin commands: db, demo, user, rma, audit, config."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import getpass
import json
import sys
from datetime import datetime, tzinfo
from typing import Any

from benchapp.cli import audit, machine
from benchapp.cli.common import (
    EXIT_OK,
    CommandFailed,
    add_force_option,
    add_json_option,
    add_reason_option,
    auth_parent,
    ca_passphrase,
    guarded,
    open_engine,
    output_or_stdout,
    print_json,
    read_password,
    say,
    set_shop_setting,
    sign_in,
    sign_in_to_read,
    sign_in_unless_first,
    slip_port,
    unit_of_work,
)
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import Policy


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the admin command groups."""
    p = sub.add_parser("db", help="database schema")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    up = dsub.add_parser("upgrade", parents=[db_parent], help="create or migrate the schema")
    up.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("demo", parents=[db_parent],
                       help="load realistic demo data into an empty database")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("user", help="user accounts")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION")
    add = usub.add_parser("add", parents=[db_parent, auth_parent()], help="add a user",
                          description="Add a user. The first user of an empty database needs "
                          "no --as (it bootstraps the administrator). The new user's password "
                          "is asked twice, or read from one line of stdin with --password-stdin.")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="display name, e.g. 张伟")
    add.add_argument("--role", action="append", required=True, dest="roles",
                     help="a role key (repeat for several): " + ", ".join(r.value for r in Role))
    add.add_argument("--badge", help="badge code, e.g. BADGE-0042 (needs --pin)")
    add.add_argument("--pin", help="4-8 digit PIN for badge login")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the new user's password from stdin")
    add.set_defaults(func=cmd_user_add)
    rst = usub.add_parser("reset-password", parents=[db_parent, auth_parent()],
                          help="give a one-time password (printed once); the user then "
                          "chooses their own with 'user passwd'",
                          description="Reset a user's password. A one-time password is "
                          "printed once: it only lets the user sign in and choose their own "
                          "password ('benchapp user passwd'). Their signing certificate is "
                          "superseded at once; the key they create under their own password "
                          "gets its certificate from 'benchapp user issue'.")
    rst.add_argument("username")
    rst.set_defaults(func=cmd_user_reset_password)
    pw = usub.add_parser("passwd", parents=[db_parent],
                         help="choose a new password (the user themself)",
                         description="The user changes their own password: the current (or "
                         "one-time) password, then the new one twice, or two lines of stdin "
                         "with --password-stdin.")
    pw.add_argument("username")
    pw.add_argument("--password-stdin", action="store_true",
                    help="read the current and the new password from two lines of stdin")
    pw.set_defaults(func=cmd_user_passwd)
    iss = usub.add_parser("issue", parents=[db_parent, auth_parent()],
                          help="certify the signing key a user created after a reset "
                          "(asks the shop CA passphrase)")
    iss.add_argument("username")
    iss.set_defaults(func=cmd_user_issue)
    dis = usub.add_parser("disable", parents=[db_parent, auth_parent()],
                          help="disable a user (the id is never reused)")
    dis.add_argument("username")
    add_reason_option(dis, "the account is disabled")
    dis.set_defaults(func=cmd_user_disable)
    unl = usub.add_parser("unlock", parents=[db_parent, auth_parent()],
                          help="unlock an account locked by failed logins")
    unl.add_argument("username")
    unl.set_defaults(func=cmd_user_unlock)
    lst = usub.add_parser("list", parents=[db_parent], help="list users")
    add_json_option(lst, help="one JSON object per line")
    lst.set_defaults(func=cmd_user_list)

    p = sub.add_parser("rma", help="returns (after-sales service forms)")
    rsub = p.add_subparsers(dest="rma_command", metavar="ACTION")
    show = rsub.add_parser("show", parents=[db_parent, auth_parent()],
                           help="an RMA, each unit's state and custody, and its tracking log")
    show.add_argument("rma_no", metavar="RMA-NO")
    add_json_option(show)
    show.set_defaults(func=cmd_rma_show)
    cor = rsub.add_parser("correct", parents=[db_parent, auth_parent()],
                          help="correct an RMA's header before its first handover (logged, "
                          "with the old and the new value)")
    cor.add_argument("rma_no", metavar="RMA-NO")
    cor.add_argument("--field", required=True,
                     choices=["customer", "model", "complaint", "storage_location"])
    cor.add_argument("--value", required=True, help="the corrected text")
    cor.add_argument("--reason", required=True, help="why (kept in the tracking log)")
    cor.set_defaults(func=cmd_rma_correct)
    rl = rsub.add_parser("list", parents=[db_parent, auth_parent()],
                         help="all RMAs, newest first")
    rl.add_argument("--status", choices=["open", "closed"])
    rl.set_defaults(func=cmd_rma_list)

    p = sub.add_parser("audit", help="the tracking log (audit trail)")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION")
    exp = asub.add_parser("export", parents=[db_parent, auth_parent()],
                          help="export the tracking log (the export itself is logged)")
    exp.add_argument("--csv", required=True, metavar="FILE",
                     help="CSV file to write (UTF-8 with BOM, opens in Excel); - for stdout")
    add_force_option(exp)
    exp.set_defaults(func=cmd_audit_export)
    audit.register(dsub, asub, db_parent)

    p = sub.add_parser("config", help="shop-wide settings (rework loop limit, time limits, "
                       "time zone...), as declared in benchapp.settings")
    csub = p.add_subparsers(dest="config_command", metavar="ACTION")
    cs = csub.add_parser("show", parents=[db_parent], help="show the settings")
    cs.set_defaults(func=cmd_config_show)
    cset = csub.add_parser("set", parents=[db_parent, auth_parent()], help="change a setting")
    cset.add_argument("key", choices=_shop_setting_names(settable=True))
    cset.add_argument("value")
    add_reason_option(cset, "the setting changes")
    cset.set_defaults(func=cmd_config_set)
    machine.register_where(csub, db_parent)


# -- commands --------------------------------------------------------------------------------


@guarded
def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from benchapp.db.engine import describe
    from benchapp.db.migrate import upgrade
    from benchapp.services.public_holidays import seed_if_never_seeded
    from benchapp.services.shop_clock import check_machine_time_zone

    with open_engine(args, migrate=False, create=True) as engine:
        before, after = upgrade(engine)
        where = describe(engine.url.render_as_string(hide_password=True))
        # The zone first: the calendar is seeded for "this year" on the shop's clock.
        zone = check_machine_time_zone(lambda: unit_of_work(engine))
        seeded = seed_if_never_seeded(unit_of_work(engine))
    if before == after:
        print(f"{where}: schema is current (revision {after})")
    else:
        print(f"{where}: upgraded from {before or 'empty'} to revision {after}")
    if zone is not None and zone.adopted:
        print(zone.message())
    elif zone is not None and zone.differs:
        say(zone.message())  # a warning: the upgrade itself succeeded
    for s in seeded:
        print(f"working calendar {s.year}: {len(s.plan.add)} public holidays and make-up "
              f"working days added ({s.source})")
    return EXIT_OK


@guarded
def cmd_demo(args: argparse.Namespace) -> int:
    from benchapp.demo import DemoRefused, load_demo

    with open_engine(args, create=True) as engine:
        try:
            summary = load_demo(engine, progress=lambda done, total, text: print(
                f"[{done}/{total}] {text}", file=sys.stderr))
        except DemoRefused as err:
            raise CommandFailed(str(err)) from err
    print_json(dataclasses.asdict(summary))
    return EXIT_OK


def _new_password(args: argparse.Namespace) -> str:
    first = read_password(args, f"New password for {args.username}: ")
    if not args.password_stdin and getpass.getpass("Again: ") != first:
        raise InvalidInput(Reason.VALUE_INVALID, value="(hidden)", field="password",
                           allowed="the same password twice")
    return first


@guarded
def cmd_user_add(args: argparse.Namespace) -> int:
    from benchapp.domain.roles import parse_roles
    from benchapp.services import users

    parse_roles(args.roles)  # a typo in a role is reported before any password prompt
    with open_engine(args) as engine:
        actor = sign_in_unless_first(engine, args)
        ca_pass = _ca_passphrase_first(engine)
        password = _new_password(args)
        user = users.add_user(unit_of_work(engine), actor, username=args.username,
                              display_name=args.name, roles=args.roles,
                              password=password, badge=args.badge, pin=args.pin)
        print(f"added user #{user.id} {user.username} ({', '.join(sorted(user.roles))})")
        _issue(engine, actor, user.username, password, ca_pass)
    return EXIT_OK


def _ca_passphrase_first(engine: Any) -> str | None:
    """With a shop CA, its passphrase is checked before anything is written, so a typo never
    leaves a user without a signing certificate."""
    with unit_of_work(engine) as uow:
        if uow.slips.ca() is None:
            return None
    from benchapp.services import slips

    passphrase = ca_passphrase()
    slips.check_ca_passphrase(unit_of_work(engine), passphrase, slip_port())
    return passphrase


def _issue(engine: Any, actor: Actor | None, username: str, password: str,
           ca_pass: str | None) -> None:
    """With a shop CA, every user gets a signing certificate when created or reset."""
    if ca_pass is None:
        print("no shop CA yet: run 'benchapp ca init', then 'benchapp ca issue' for this user "
              "before they sign slips", file=sys.stderr)
        return
    from benchapp.services import slips

    fp = slips.issue_credential(unit_of_work(engine), actor, username=username,
                                password=password, ca_passphrase=ca_pass, port=slip_port())
    print(f"issued a signing certificate; SHA-256 {fp}")


@guarded
def cmd_user_reset_password(args: argparse.Namespace) -> int:
    from benchapp.services import users

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        one_time = users.reset_password(unit_of_work(engine), actor, args.username)
    print(f"one-time password for {args.username}: {one_time}")
    print(f"it is shown only now. {args.username} signs in with it and chooses their own "
          f"password ('benchapp user passwd {args.username}' or the sign-in screen); an "
          f"administrator then runs 'benchapp user issue {args.username}' for their signing "
          "certificate. Until then they cannot sign.", file=sys.stderr)
    return EXIT_OK


@guarded
def cmd_user_passwd(args: argparse.Namespace) -> int:
    from benchapp.services import users

    old = read_password(args, f"Current (or one-time) password for {args.username}: ")
    new = _new_password(args)
    with open_engine(args) as engine:
        outcome = users.change_password(unit_of_work(engine), args.username, old, new,
                                        slip_port())
    print(f"password changed for {args.username}")
    if outcome == "pending_certificate":
        print(f"your new signing key awaits its certificate: ask an administrator to run "
              f"'benchapp user issue {args.username}'", file=sys.stderr)
    return EXIT_OK


@guarded
def cmd_user_issue(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        fp = slips.issue_pending(unit_of_work(engine), actor, username=args.username,
                                 ca_passphrase=ca_passphrase(), port=slip_port())
    print(f"issued a signing certificate to {args.username}; SHA-256 {fp}")
    return EXIT_OK


@guarded
def cmd_user_disable(args: argparse.Namespace) -> int:
    from benchapp.services import users

    with open_engine(args) as engine:
        user = users.disable_user(unit_of_work(engine), sign_in(engine, args), args.username,
                                  reason=args.reason)
    print(f"disabled user #{user.id} {user.username}")
    return EXIT_OK


@guarded
def cmd_user_unlock(args: argparse.Namespace) -> int:
    from benchapp.services import users

    with open_engine(args) as engine:
        user = users.unlock_user(unit_of_work(engine), sign_in(engine, args), args.username)
    print(f"unlocked user #{user.id} {user.username}")
    return EXIT_OK


@guarded
def cmd_user_list(args: argparse.Namespace) -> int:
    from benchapp.services import users

    with open_engine(args) as engine:
        rows = users.list_users(unit_of_work(engine))
    for u in rows:
        state = ("disabled" if u.disabled else "locked" if u.locked
                 else "must-change-password" if u.must_change_password else "active")
        if args.json:
            print_json({"id": u.id, "username": u.username, "name": u.display_name,
                        "roles": sorted(u.roles), "badge": u.badge, "state": state})
        else:
            print(f"{u.id:>4}  {u.username:<16} {state:<8} {','.join(sorted(u.roles)):<40} "
                  f"{u.badge or '-':<14} {u.display_name}")
    return EXIT_OK


@guarded
def cmd_rma_list(args: argparse.Namespace) -> int:
    from benchapp.services.queries import rma_overview

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "rma list", status=args.status or "all")
        for r in rma_overview(unit_of_work(engine), status=args.status):
            states = ", ".join(f"{n} {s}" for s, n in sorted(r.states.items()))
            print(f"{r.rma_no}  {r.status:<6} {r.counted_qty:>3}  {r.model:<18} {r.customer}"
                  f"  [{states}]")
    return EXIT_OK


@guarded
def cmd_rma_correct(args: argparse.Namespace) -> int:
    from benchapp.services.workflow import correct_rma

    with open_engine(args) as engine:
        old, new = correct_rma(unit_of_work(engine), sign_in(engine, args), rma_no=args.rma_no,
                               field=args.field, value=args.value, reason=args.reason)
    print(f"{args.rma_no} {args.field}: {old!r} -> {new!r}")
    return EXIT_OK


@guarded
def cmd_rma_show(args: argparse.Namespace) -> int:
    from benchapp.services import reports
    from benchapp.services.deliveries import RmaDelivery, rule_at_shipping
    from benchapp.services.queries import rma_detail

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "rma show", rma_no=args.rma_no)
        d = rma_detail(unit_of_work(engine), args.rma_no, with_delivery=True)
        zone = reports.shop_zone(unit_of_work(engine))  # times on the shop's clock, as slips
    # The delivery and step 8's verdict at shipping, from the same read (the RMA's own log).
    where = RmaDelivery(d.delivery, rule_at_shipping(d.log))
    rma = d.rma
    dl = where.delivery
    delivery_json = None if dl is None else {
        "delivery_no": dl.delivery_no, "delivered_qty": dl.delivered_qty,
        "ship_date": dl.ship_date.isoformat() if dl.ship_date else None}
    rule_json = None if where.rule is None else {
        "outcome": where.rule.outcome.value, "evaluated": where.rule.outcome.evaluated,
        "non_customer_units": where.rule.non_customer_units, "rate": where.rule.rate,
        "notice_no": where.rule.notice_no, "message": where.rule.message}
    if args.json:
        print_json({
            "rma_no": rma.rma_no, "customer": rma.customer, "model": rma.model,
            "declared_qty": rma.declared_qty, "counted_qty": rma.counted_qty,
            "status": rma.status.value, "batch": rma.batch,
            "delivery": delivery_json, "complaint_rule": rule_json,
            "units": [{"serial": u.serial, "state": u.state.value, "custody": u.custody.value,
                       "rework_loops": u.rework_loops, "production_lot": u.production_lot,
                       "date_code": u.date_code} for u in rma.units],
            "log": [{"at": e.at.astimezone(zone).isoformat() if e.at else None,
                     "actor": e.actor_name,
                     "action": e.action, "serial": e.serial, "from": e.from_state,
                     "to": e.to_state, "detail": e.detail} for e in d.log],
        }, indent=1)
        return EXIT_OK
    print(f"{rma.rma_no}  {rma.status.value}  customer: {rma.customer}  model: {rma.model}")
    print(f"  declared {rma.declared_qty}, counted {rma.counted_qty}, requirement "
          f"{rma.requirement.value}, {rma.billing.value}, due {rma.due_date or '-'}"
          f"{', BATCH' if rma.batch else ''}")
    print(f"  complaint: {rma.complaint}")
    if dl is not None:
        print(f"  delivery: {dl.delivery_no}, delivered "
              f"{dl.delivered_qty if dl.delivered_qty is not None else 'quantity not known'}"
              f"{f', shipped {dl.ship_date}' if dl.ship_date else ''}")
    else:
        print("  delivery: none named")
    if where.rule is not None:
        print(f"  {where.rule.message}")
    c = rma.counts()
    print(f"  received {c['received']} = in process {c['in_process']} + shipped {c['shipped']}"
          f" + scrapped {c['scrapped']} + returned as-is {c['returned_as_is']}")
    print("units:")
    for u in rma.units:
        extra = f"  loops {u.rework_loops}" if u.rework_loops else ""
        extra += f"  repeat return #{u.repeat_count + 1}" if u.repeat_count else ""
        extra += f"  lot {u.production_lot}" if u.production_lot else ""
        extra += f"  D/C {u.date_code}" if u.date_code else ""
        print(f"  {u.serial:<24} {u.state.value:<22} custody {u.custody.value:<10}{extra}")
    if d.handovers:
        print("slips:")
        for h in d.handovers:
            print(f"  {h.slip_no}  {h.from_station.value} -> {h.to_station.value}  "
                  f"{h.declared_count} units  {h.status.value}"
                  f"{'  (' + h.refusal.value + ')' if h.refusal else ''}  "
                  f"giver {h.giver_name} {h.giver_signed_at.astimezone(zone):%Y-%m-%d %H:%M}")
    if d.escalations:
        print("escalations:")
        for e in d.escalations:
            print(f"  #{e.id} {e.kind.value:<18} {e.status:<8} {e.serial or e.slip_no}  "
                  f"{e.decision or ''} {e.decision_reason or ''}".rstrip())
            if e.participants:
                print("    took part: " + "; ".join(f"{p['department']} {p['name']}"
                                                    for p in e.participants))
    print(f"tracking log (shop time, UTC{_offset_text(zone)}):")
    for e in d.log:
        change = f" {e.from_state or '-'} -> {e.to_state}" if e.to_state else ""
        print(f"  {e.at.astimezone(zone):%Y-%m-%d %H:%M:%S}  {e.actor_name:<10} {e.action:<22}"
              f" {e.serial or '':<20}{change}")
    return EXIT_OK


def _offset_text(zone: tzinfo) -> str:
    offset = datetime.now(zone).strftime("%z")  # +0800
    return f"{offset[:3]}:{offset[3:]}"


AUDIT_COLUMNS = ["id", "at", "rma_no", "serial", "action", "actor_id", "actor_name",
                 "from_state", "to_state", "detail",
                 # issue 12: who by name, what changed from and to, why, when a past record
                 # happened, which database login wrote it, and the entry's place in the chain
                 "actor_display_name", "old_value", "new_value", "reason", "occurred_at",
                 "db_role", "prev_hash", "entry_hash"]


def _changed(row: Any, detail: dict[str, Any], key: str, column: str) -> str:
    """A state change's from/to, else the old/new value the entry's detail records."""
    value = row[column] if row[column] is not None else detail.get(key)
    return "" if value is None else str(value)


@guarded
def cmd_audit_export(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from benchapp.db import models as m
    from benchapp.db.engine import as_utc
    from benchapp.domain.text import csv_safe

    log, people = m.TrackingLogRow.__table__, m.UserRow.__table__
    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "audit export")
        count = 0
        with output_or_stdout(args.csv, force=args.force, encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow(AUDIT_COLUMNS)
            with engine.connect() as conn:
                q = (select(log, people.c.display_name.label("actor_display_name"))
                     .outerjoin(people, people.c.id == log.c.actor_id).order_by(log.c.id))
                for row in conn.execute(q).mappings():
                    at, occurred = as_utc(row["at"]), as_utc(row["occurred_at"])
                    detail = row["detail"] if isinstance(row["detail"], dict) else {}
                    writer.writerow([csv_safe(v) for v in (
                        row["id"], at.isoformat() if at else "", row["rma_no"],
                        row["serial"] or "", row["action"], row["actor_id"] or "",
                        row["actor_name"], row["from_state"] or "", row["to_state"] or "",
                        json.dumps(row["detail"] or {}, ensure_ascii=False),
                        row["actor_display_name"] or "",
                        _changed(row, detail, "old", "from_state"),
                        _changed(row, detail, "new", "to_state"),
                        detail.get("reason") or "",
                        occurred.isoformat() if occurred else "",
                        row["db_role"] or "", row["prev_hash"] or "",
                        row["entry_hash"] or "")])
                    count += 1
    if args.csv != "-":
        print(f"wrote {count} tracking-log entries to {args.csv}")
    return EXIT_OK


def _shop_setting_names(*, settable: bool = False) -> list[str]:
    """Policy first (the settings `config` had from the start), then the rest of the shop's."""
    from benchapp import settings

    first = [f.name for f in dataclasses.fields(Policy)]
    return first + [n for n in settings.REGISTRY.names(settings.Scope.SHOP, settable=settable)
                    if n not in first]


@guarded
def cmd_config_show(args: argparse.Namespace) -> int:
    from benchapp import settings
    from benchapp.services.supervision import shop_settings

    with open_engine(args) as engine:
        values = shop_settings(unit_of_work(engine))
    for name in _shop_setting_names():
        print(f"{name} = {settings.REGISTRY[name].text(values[name]) or '-'}")
    return EXIT_OK


@guarded
def cmd_config_set(args: argparse.Namespace) -> int:
    return set_shop_setting(args)


