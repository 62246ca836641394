"""`complaint` and `capa`: complaint notices worked to closure (seed 002 5.2.3) and corrective
actions to a verified closure (QP-TPZ-002 step 10)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchapp.cli.common import (
    EXIT_OK,
    PASSWORD_ENV,
    USER_ENV,
    CommandFailed,
    add_force_option,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    print_json,
    secret,
    sign_in_to_read,
    slip_port,
    unit_of_work,
    write_output,
)
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.roles import Actor


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    auth = auth_parent()
    p = sub.add_parser("complaint", help="complaint notices 客户投诉通知书: contact, report/8D, "
                       "signed closure (seed 002 5.2.3)")
    csub = p.add_subparsers(dest="complaint_command", metavar="ACTION")
    c = csub.add_parser("list", parents=[db_parent],
                        help="the notices; with --open the closure-plan list 闭环计划一览表 "
                        "(every open notice with its next deadline)")
    c.add_argument("--open", action="store_true", help="open notices only")
    add_json_option(c)
    c.set_defaults(func=cmd_complaint_list)
    c = csub.add_parser("show", parents=[db_parent], help="one notice: contacts, files, "
                        "corrective actions and each time limit met or not")
    c.add_argument("notice_no", metavar="CCN-NO")
    add_json_option(c)
    c.set_defaults(func=cmd_complaint_show)
    c = csub.add_parser("assign", parents=[db_parent, auth],
                        help="give the notice to a QC engineer (QC lead or supervisor)")
    c.add_argument("notice_no", metavar="CCN-NO")
    c.add_argument("--owner", required=True, metavar="USER")
    c.set_defaults(func=cmd_complaint_assign)
    c = csub.add_parser("classify", parents=[db_parent, auth],
                        help="重大 major (8D in 5 working days) or 一般 general (report in 2)")
    c.add_argument("notice_no", metavar="CCN-NO")
    c.add_argument("--severity", required=True, metavar="major|general")
    c.set_defaults(func=cmd_complaint_classify)
    c = csub.add_parser("contact", parents=[db_parent, auth],
                        help="record the customer contact (within 2 working hours)")
    c.add_argument("notice_no", metavar="CCN-NO")
    c.add_argument("--channel", required=True, metavar="phone|email|visit|other")
    c.add_argument("--person", required=True, metavar="NAME", help="whom you spoke to")
    c.add_argument("--note", required=True, metavar="TEXT")
    c.add_argument("--at", default=None, metavar="ISO",
                   help="when (YYYY-MM-DDTHH:MM, shop time unless an offset is given); "
                   "default now")
    c.set_defaults(func=cmd_complaint_contact)
    c = csub.add_parser("attach", parents=[db_parent, auth],
                        help="attach the improvement report or the 8D (a PDF or an image)")
    c.add_argument("notice_no", metavar="CCN-NO")
    c.add_argument("--kind", required=True, metavar="report|8d")
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_complaint_attach)
    c = csub.add_parser("attachment", parents=[db_parent, auth],
                        help="export an attached file (the latest of its kind); the read is "
                        "logged")
    c.add_argument("notice_no", metavar="CCN-NO")
    c.add_argument("--kind", required=True, metavar="report|8d")
    c.add_argument("--out", required=True, metavar="FILE")
    add_force_option(c)
    c.set_defaults(func=cmd_complaint_attachment)
    c = csub.add_parser("close", parents=[db_parent, auth],
                        help="close it once contacted and reported (signed with your "
                        "password)")
    c.add_argument("notice_no", metavar="CCN-NO")
    c.add_argument("--note", required=True, metavar="TEXT")
    c.set_defaults(func=cmd_complaint_close)

    p = sub.add_parser("capa", help="corrective actions (QP-TPZ-002 step 10) to a verified "
                       "closure")
    asub = p.add_subparsers(dest="capa_command", metavar="ACTION")
    a = asub.add_parser("open", parents=[db_parent, auth],
                        help="open one from a notice, an NFF / cannot-find-fault escalation, "
                        "an RMA (a repeat return) or a week's Pareto (a process supervisor)")
    a.add_argument("--from", dest="source", required=True, metavar="CCN-NO|ESC-ID|RMA-NO",
                   help="also an ISO week, e.g. 2026-W47: the weekly report's Pareto; or a "
                   "cluster of returns (trace clusters): LOT:<lot> or DATECODE:<code>")
    a.add_argument("--owner", required=True, metavar="USER",
                   help="the responsible person, who records it implemented")
    a.add_argument("--action", required=True, metavar="TEXT", help="the preventive measure")
    a.add_argument("--due", required=True, metavar="DATE", help="YYYY-MM-DD")
    a.add_argument("--department", default="", metavar="TEXT",
                   help="responsible department (default: the owner's)")
    a.add_argument("--process", default="", metavar="TEXT",
                   help="responsible process (default: the department)")
    a.add_argument("--root-cause", default="", metavar="TEXT")
    a.add_argument("--person-found", default="", metavar="NAME",
                   help="the person found responsible (default: the owner)")
    a.add_argument("--kpi", default="", metavar="TEXT", help="the KPI consequence")
    a.set_defaults(func=cmd_capa_open)
    a = asub.add_parser("implemented", parents=[db_parent, auth],
                        help="the responsible person records the measure in place")
    a.add_argument("ca_no", metavar="CA-NO")
    a.add_argument("--note", required=True, metavar="TEXT")
    a.set_defaults(func=cmd_capa_implemented)
    a = asub.add_parser("verify", parents=[db_parent, auth],
                        help="QC supervisor: effective (closed) or not (back to the process), "
                        "signed, with the evidence")
    a.add_argument("ca_no", metavar="CA-NO")
    a.add_argument("--effective", required=True, metavar="yes|no")
    a.add_argument("--note", required=True, metavar="TEXT",
                   help="the evidence, e.g. the weekly figures after the change")
    a.set_defaults(func=cmd_capa_verify)
    a = asub.add_parser("list", parents=[db_parent], help="corrective actions")
    a.add_argument("--open", action="store_true", help="not yet verified effective")
    add_json_option(a)
    a.set_defaults(func=cmd_capa_list)
    a = asub.add_parser("show", parents=[db_parent], help="one corrective action")
    a.add_argument("ca_no", metavar="CA-NO")
    add_json_option(a)
    a.set_defaults(func=cmd_capa_show)


# -- sign-in and values -------------------------------------------------------------------------


def _signed_in(engine: Any, args: argparse.Namespace) -> tuple[Actor, str]:
    """The --as user and the password they signed in with (a signed act asks no second time)."""
    from benchapp.services import users

    if not args.as_user:
        raise InvalidInput(Reason.FIELD_REQUIRED, field=f"--as USER (or ${USER_ENV})")
    password = secret(PASSWORD_ENV, f"Password for {args.as_user}: ")
    user = users.login(unit_of_work(engine), args.as_user, password)
    if users.must_change_password(unit_of_work(engine), user):
        raise CommandFailed(f"{user.username} must choose a new password first: run "
                            f"'benchapp user passwd {user.username}'")
    return user.actor(), password


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _parse_at(text: str, offset_minutes: int) -> datetime:
    from benchapp.domain.calendar import shop_zone

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=text, field="--at",
                           allowed="YYYY-MM-DDTHH:MM[+08:00]") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=shop_zone(offset_minutes))
    return moment


def _parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=text, field=field,
                           allowed="YYYY-MM-DD") from None


def _yes_no(text: str, field: str) -> bool:
    answer = text.strip().lower()
    if answer not in ("yes", "no"):
        raise InvalidInput(Reason.VALUE_INVALID, value=text, field=field, allowed="yes, no")
    return answer == "yes"


def action_json(a: Any) -> dict[str, Any]:
    return {
        "ca_no": a.ca_no, "status": a.status.value, "notice_no": a.notice_no,
        "rma_no": a.rma_no, "escalation": f"ESC-{a.escalation_id}" if a.escalation_id else None,
        "source_week": a.source_week, "cluster": a.source_cluster, "owner": a.owner_name,
        "department": a.responsible_department, "process": a.responsible_process,
        "person_found": a.person_found, "root_cause": a.root_cause,
        "action": a.preventive_measure, "kpi_consequence": a.kpi_consequence,
        "due": a.due_date.isoformat(), "opened_by": a.created_by_name,
        "opened_at": _iso(a.created_at), "implemented_at": _iso(a.implemented_at),
        "implementation_note": a.implementation_note, "verified_at": _iso(a.verified_at),
        "evidence": a.verification_note,
        "certificate_fingerprint": a.certificate_fingerprint,
    }


def _deadline_json(d: Any) -> dict[str, Any]:
    return {"what": d.what, "due": d.due.isoformat(), "met": d.met, "done_at": _iso(d.done_at)}


def notice_json(view: Any) -> dict[str, Any]:
    case = view.case
    return {
        "notice_no": case.notice_no, "status": case.status.value,
        "severity": case.severity.value, "owner": case.owner_name,
        # The step-8 rule counts against the delivery: rate = units with a non-customer cause
        # over its delivered quantity (None on notices raised before deliveries were kept).
        "delivery_no": case.delivery_no, "delivered_qty": case.delivered_qty,
        "rate": case.rate, "rma_no": case.rma_no, "customer": case.customer,
        "model": case.model, "raised_at": case.raised_at.isoformat(),
        "non_customer_units": case.non_customer_units, "shipped_qty": case.shipped_qty,
        "contacts": [{"at": c.contacted_at.isoformat(), "person": c.person,
                      "channel": c.channel.value, "note": c.note,
                      "recorded_by": c.recorded_by_name} for c in case.contacts],
        "attachments": [{"kind": a.kind.value, "file_name": a.file_name,
                         "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
                         "attached_by": a.attached_by_name,
                         "attached_at": a.attached_at.isoformat()} for a in case.attachments],
        "corrective_actions": [{"ca_no": a.ca_no, "status": a.status.value,
                                "due": a.due_date.isoformat(), "owner": a.owner_name}
                               for a in view.actions],
        "deadlines": [_deadline_json(d) for d in view.deadlines],
        "next_deadline": _deadline_json(view.next_deadline) if view.next_deadline else None,
        "closed_at": _iso(case.closed_at), "close_note": case.close_note,
        "certificate_fingerprint": case.close_certificate_fingerprint,
    }


def _met(met: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "pending"}[met]


# -- complaint ----------------------------------------------------------------------------------


def _local(moment: datetime, offset_minutes: int) -> str:
    """A time on the shop's wall clock, as people there read it."""
    from benchapp.domain.calendar import shop_zone

    return f"{moment.astimezone(shop_zone(offset_minutes)):%Y-%m-%d %H:%M}"


@guarded
def cmd_complaint_list(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    from benchapp.services.deliveries import unevaluated_rules

    with open_engine(args) as engine:
        views = sv.closure_plan(unit_of_work(engine), open_only=args.open)
        offset = sv.supervision_settings(unit_of_work(engine)).utc_offset_minutes
        # Step 8 without a delivered quantity raises nothing: said under the list (the JSON
        # stays the list of notices; `delivery unevaluated --json` has these).
        unevaluated = [] if args.json else unevaluated_rules(unit_of_work(engine))
    if args.json:
        print_json([notice_json(v) for v in views], indent=2)
        return EXIT_OK
    if not views:
        print("no open complaint notices" if args.open else "no complaint notices")
    else:
        print(f"{'notice':<12} {'status':<12} {'severity':<8} {'owner':<14} "
              f"{'next deadline':<28} customer")
    for v in views:
        nxt = v.next_deadline
        due = f"{nxt.what} {_local(nxt.due, offset)}{' LATE' if nxt.met is False else ''}" \
            if nxt else "-"
        print(f"{v.case.notice_no:<12} {v.case.status.value:<12} {v.case.severity.value:<8} "
              f"{(v.case.owner_name or '-'):<14} {due:<28} {v.case.customer}")
    if unevaluated:
        print(f"complaint-notice rule not evaluated ({len(unevaluated)}):")
        for rule in unevaluated:
            print(f"  {rule.message}")
    return EXIT_OK


@guarded
def cmd_complaint_show(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    with open_engine(args) as engine:
        view = sv.complaint_detail(unit_of_work(engine), args.notice_no)
        offset = sv.supervision_settings(unit_of_work(engine)).utc_offset_minutes
    data = notice_json(view)
    if args.json:
        print_json(data, indent=2)
        return EXIT_OK
    rate = f"{data['rate']:.2%}" if data["rate"] is not None else "cannot be evaluated"
    print(f"{data['notice_no']}  {data['status']}  {data['severity']}  owner: "
          f"{data['owner'] or '-'}")
    print(f"  {data['rma_no']}  {data['customer']}  {data['model']}  rate {rate}")
    for d in view.deadlines:
        print(f"  {d.what:<8} due {_local(d.due, offset)}  {_met(d.met)}")
    for c in data["contacts"]:
        print(f"  contact {c['at']} {c['channel']} {c['person']}: {c['note']}")
    for a in data["attachments"]:
        print(f"  {a['kind']:<6} {a['file_name']} ({a['size']} bytes) SHA-256 {a['sha256']}")
    for a in data["corrective_actions"]:
        print(f"  {a['ca_no']} {a['status']} due {a['due']} ({a['owner'] or '-'})")
    if data["closed_at"]:
        print(f"  closed {data['closed_at']}: {data['close_note']}")
    return EXIT_OK


def _on_notice(args: argparse.Namespace, work: Any, done: str) -> int:
    from benchapp.services import supervision as sv

    with open_engine(args) as engine:
        actor, password = _signed_in(engine, args)
        settings = sv.supervision_settings(unit_of_work(engine))
        case = work(unit_of_work(engine), actor, password, settings)
    print(done.format(notice=case.notice_no, status=case.status.value))
    return EXIT_OK


@guarded
def cmd_complaint_assign(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    return _on_notice(args, lambda uow, actor, _pw, _s: sv.assign_complaint_notice(
        uow, actor, notice_no=args.notice_no, owner_username=args.owner),
        f"{{notice}} assigned to {args.owner} ({{status}})")


@guarded
def cmd_complaint_classify(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    return _on_notice(args, lambda uow, actor, _pw, _s: sv.classify_complaint_notice(
        uow, actor, notice_no=args.notice_no, severity=args.severity),
        "{notice} classified " + args.severity.strip().lower().replace("serious", "major"))


@guarded
def cmd_complaint_contact(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    return _on_notice(args, lambda uow, actor, _pw, settings: sv.record_notice_contact(
        uow, actor, notice_no=args.notice_no, channel=args.channel, person=args.person,
        note=args.note, contacted_at=_parse_at(args.at, settings.utc_offset_minutes)
        if args.at else None), "customer contact recorded on {notice} ({status})")


@guarded
def cmd_complaint_attach(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    path = Path(args.file)
    content = path.read_bytes()  # an OSError is one line: no such file
    return _on_notice(args, lambda uow, actor, _pw, _s: sv.attach_complaint_file(
        uow, actor, notice_no=args.notice_no, kind=args.kind, file_name=path.name,
        content=content), f"{path.name} attached to {{notice}} ({{status}})")


@guarded
def cmd_complaint_attachment(args: argparse.Namespace) -> int:
    import hashlib

    from benchapp.services import supervision as sv

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "complaint attachment", notice_no=args.notice_no,
                        kind=args.kind)
        attachment = sv.complaint_attachment(unit_of_work(engine), notice_no=args.notice_no,
                                             kind=args.kind.strip().lower())
    content = attachment.content or b""
    if hashlib.sha256(content).hexdigest() != attachment.sha256:
        raise CommandFailed(f"{attachment.file_name}: its content does not match the SHA-256 "
                            "recorded when it was attached")
    write_output(args.out, content, force=args.force)
    print(f"{attachment.file_name} ({attachment.size} bytes, SHA-256 {attachment.sha256}) "
          f"written to {args.out}")
    return EXIT_OK


@guarded
def cmd_complaint_close(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    return _on_notice(args, lambda uow, actor, password, _s: sv.close_complaint_notice(
        uow, actor, notice_no=args.notice_no, note=args.note, password=password,
        port=slip_port()), "{notice} closed and signed")


# -- capa ------------------------------------------------------------------------------------


@guarded
def cmd_capa_open(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    due = _parse_date(args.due, "--due")
    with open_engine(args) as engine:
        actor, _password = _signed_in(engine, args)
        action = sv.open_corrective_action(
            unit_of_work(engine), actor, source=args.source, owner_username=args.owner,
            preventive_measure=args.action, due_date=due,
            responsible_department=args.department, responsible_process=args.process,
            root_cause=args.root_cause, person_found=args.person_found,
            kpi_consequence=args.kpi)
    print(f"{action.ca_no} opened from {args.source.strip()}: {action.owner_name}, due "
          f"{action.due_date}")
    return EXIT_OK


@guarded
def cmd_capa_implemented(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    with open_engine(args) as engine:
        actor, _password = _signed_in(engine, args)
        action = sv.record_action_implemented(unit_of_work(engine), actor, ca_no=args.ca_no,
                                              note=args.note)
    print(f"{action.ca_no} implemented; waits for verification")
    return EXIT_OK


@guarded
def cmd_capa_verify(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    effective = _yes_no(args.effective, "--effective")
    with open_engine(args) as engine:
        actor, password = _signed_in(engine, args)
        action = sv.verify_corrective_action(unit_of_work(engine), actor, ca_no=args.ca_no,
                                             effective=effective, note=args.note,
                                             password=password, port=slip_port())
    if effective:
        print(f"{action.ca_no} verified effective, closed and signed")
    else:
        print(f"{action.ca_no} not effective: back to {action.owner_name or 'the process'}")
    return EXIT_OK


@guarded
def cmd_capa_list(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    with open_engine(args) as engine:
        actions = sv.corrective_actions(unit_of_work(engine), open_only=args.open)
    if args.json:
        print_json([action_json(a) for a in actions], indent=2)
        return EXIT_OK
    if not actions:
        print("no open corrective actions" if args.open else "no corrective actions")
        return EXIT_OK
    for a in actions:
        source = a.notice_no or a.rma_no or a.source_week or a.source_cluster or ""
        print(f"{a.ca_no:<10} {a.status.value:<12} due {a.due_date}  "
              f"{(a.owner_name or a.person_found):<14} {source:<12} {a.preventive_measure}")
    return EXIT_OK


@guarded
def cmd_capa_show(args: argparse.Namespace) -> int:
    from benchapp.services import supervision as sv

    with open_engine(args) as engine:
        action = sv.corrective_action(unit_of_work(engine), args.ca_no)
    data = action_json(action)
    if args.json:
        print_json(data, indent=2)
        return EXIT_OK
    for key, value in data.items():
        if value not in (None, ""):
            print(f"{key}: {value}")
    return EXIT_OK
