"""Supervisor use cases: complaint notices to closure, corrective actions, customer contacts,
time limits and the working calendar, the cost ledger, and imports of past repair records."""

from __future__ import annotations

import abc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from benchapp import settings
from benchapp.domain.calendar import (
    CalendarDay,
    DayKind,
    IsoWeek,
    SeedPlan,
    WorkingCalendar,
    local_date,
    plan_seed,
)
from benchapp.domain.delivery import merge_delivery
from benchapp.domain.errors import InvalidInput, NotFound, Reason
from benchapp.domain.history import (
    HistoryRow,
    ImportRejected,
    RowFault,
    RowProblem,
    check_against_stored,
    parse_history,
)
from benchapp.domain.ids import DocKind
from benchapp.domain.users import User
from benchapp.domain.rma import EscalationKind, LogEntry
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text
from benchapp.domain.supervision import (
    ADMIN_LOG,
    CALENDAR_ROLES,
    IMPORT_ROLES,
    PRICE_ROLES,
    ActionStatus,
    ComplaintCase,
    NoticeAttachment,
    NoticeContact,
    NoticeDeadline,
    ContactDue,
    ContactKind,
    CorrectiveAction,
    CostEntry,
    CustomerContact,
    FollowUpDue,
    NoticeStatus,
    OverdueItem,
    SupervisionError,
    SupervisionReason,
    SupervisionSettings,
    parse_amount,
)
from benchapp.domain.supervision import overdue_items as find_overdue
from benchapp.domain.supervision import payer_for_billing
from benchapp.services.actors import current_actor, signed_act
from benchapp.services.signing import sign_as
from benchapp.services.signing_session import Secret
from benchapp.services.slips import SlipPort
from benchapp.services.unit_of_work import AbstractUnitOfWork

# -- the ports ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryState:
    """What the database already holds for the RMA numbers of an import file."""

    app_rmas: set[str]  # received through the app: never touched by an import
    imported: dict[tuple[str, str], str]  # (rma_no, serial) -> row hash of the earlier import
    imported_rmas: set[str]


class SupervisionRepository(abc.ABC):
    @abc.abstractmethod
    def settings(self) -> SupervisionSettings: ...

    @abc.abstractmethod
    def calendar_days(self, *, year: int | None = None) -> list[CalendarDay]: ...

    def calendar(self) -> WorkingCalendar:
        """The working calendar: the days in the database, the hours in the shop settings."""
        hours = self.settings()
        return self.working_calendar(hours.work_day_start, hours.work_day_end)

    def working_calendar(self, day_start: time, day_end: time,
                         days: tuple | None = None) -> WorkingCalendar:
        """The days in the database (or ``days`` as shop_settings_and_days read them) with
        these working hours."""
        if days is not None:
            return WorkingCalendar.from_days(
                (CalendarDay(day=d, kind=DayKind(kind), name=name) for d, kind, name in days),
                day_start=day_start, day_end=day_end)
        return WorkingCalendar.from_days(self.calendar_days(), day_start=day_start,
                                         day_end=day_end)

    @abc.abstractmethod
    def shop_settings_and_days(self) -> tuple[dict[str, str], tuple]:
        """The shop settings (key -> value) and the calendar's days (day, kind, name), in
        one read."""

    @abc.abstractmethod
    def put_calendar_day(self, day: CalendarDay, *, changed_by: int | None) -> None: ...

    @abc.abstractmethod
    def remove_calendar_day(self, day: date) -> None: ...

    @abc.abstractmethod
    def seeded_days(self, year: int) -> list[date]:
        """The days of ``year`` an earlier `calendar seed` proposed."""

    @abc.abstractmethod
    def record_seeded(self, days: Sequence[CalendarDay], *, source: str) -> None: ...

    @abc.abstractmethod
    def complaint_case(self, notice_no: str) -> ComplaintCase:
        """Raise NotFound for an unknown notice number."""

    @abc.abstractmethod
    def complaint_cases(self, *, open_only: bool = False,
                        closed_since: datetime | None = None) -> list[ComplaintCase]:
        """Every notice, or with ``open_only`` the open ones and those closed since
        ``closed_since``."""

    @abc.abstractmethod
    def save_complaint_case(self, case: ComplaintCase) -> None:
        """Write the case back; Conflict if another bench changed it since it was read."""

    @abc.abstractmethod
    def complaint_attachment(self, notice_no: str, *, kind: str | None = None,
                             attachment_id: int | None = None) -> NoticeAttachment:
        """The latest attachment (of ``kind``, or with that id) with its content; NotFound."""

    @abc.abstractmethod
    def corrective_actions_of(self, notice_no: str) -> list[CorrectiveAction]:
        """The corrective actions opened from one notice."""

    @abc.abstractmethod
    def corrective_actions_for(self, notice_nos: Sequence[str]) -> list[CorrectiveAction]:
        """The corrective actions opened from these notices, in one read."""

    @abc.abstractmethod
    def corrective_action(self, ca_no: str) -> CorrectiveAction: ...

    @abc.abstractmethod
    def corrective_actions(self, *, open_only: bool = False,
                           closed_since: datetime | None = None) -> list[CorrectiveAction]:
        """Every action, or with ``open_only`` the open ones and those closed since
        ``closed_since``."""

    @abc.abstractmethod
    def add_corrective_action(self, action: CorrectiveAction) -> None: ...

    @abc.abstractmethod
    def save_corrective_action(self, action: CorrectiveAction) -> None: ...

    @abc.abstractmethod
    def rma_billing(self, rma_no: str) -> str:
        """warranty | paid; NotFound for an unknown RMA number."""

    @abc.abstractmethod
    def rma_customer(self, rma_no: str) -> str:
        """The RMA's customer; NotFound for an unknown RMA number."""

    @abc.abstractmethod
    def add_contact(self, contact: CustomerContact) -> None: ...

    @abc.abstractmethod
    def add_cost_entry(self, entry: CostEntry) -> None: ...

    @abc.abstractmethod
    def set_part_price(self, part_no: str, unit_fen: int, *, changed_by: int | None) -> None: ...

    @abc.abstractmethod
    def contacts_due(self, since: datetime | None) -> list[ContactDue]:
        """RMAs received since ``since`` (not imported) with no first contact recorded."""

    @abc.abstractmethod
    def follow_ups_due(self, since: datetime | None) -> list[FollowUpDue]:
        """Shipments since ``since`` with no follow-up contact after them."""

    @abc.abstractmethod
    def history_state(self, rma_nos: set[str]) -> HistoryState: ...

    @abc.abstractmethod
    def add_history(self, rows: list[HistoryRow], *, actor: Actor, source: str,
                    settings: SupervisionSettings, note_no: Callable[[], str],
                    delivery_ids: dict[tuple[str, str], int] | None = None) -> int:
        """Store new past records with their own dates; return the number of RMAs created.
        ``delivery_ids``: (customer, delivery_no) -> the stored delivery the rows name."""


# -- settings and the working calendar -------------------------------------------------------


def supervision_settings(uow: AbstractUnitOfWork) -> SupervisionSettings:
    with uow:
        return uow.supervision.settings()


def shop_settings(uow: AbstractUnitOfWork) -> dict[str, object]:
    """Every shop setting by name (benchapp.settings), as the use cases read them."""
    with uow:
        return settings.shop_values(uow.shop_settings())


def change_setting(uow: AbstractUnitOfWork, actor: Actor, name: str, value: str, *,
                   reason: str = "") -> object:
    """An administrator changes a shop setting (benchapp.settings: a time limit, the labour
    rate, the form number, the time zone, the rework limit...). The log keeps the old value,
    the new one and the reason given (issue 12 item 7)."""
    actor.require({Role.ADMIN}, "change settings")
    parsed, rows = settings.shop_setting(name, value)
    with uow:
        actor = current_actor(uow, actor, allowed={Role.ADMIN}, action="change settings")
        stored_before = uow.shop_settings()
        if name in ("work_day_start", "work_day_end"):
            hours = settings.shop_values({**uow.shop_settings(), **rows},
                                         ("work_day_start", "work_day_end"))
            if not hours["work_day_start"] < hours["work_day_end"]:
                raise InvalidInput(Reason.VALUE_INVALID, value=f"{hours['work_day_start']:%H:%M}"
                                   f"-{hours['work_day_end']:%H:%M}", field="working hours",
                                   allowed="a working day that ends after it starts")
        for key, stored in rows.items():
            uow.set_setting(key, stored)
            # "value" stays for readers of older exports; None as old: never set (the default).
            uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="setting_changed",
                                 actor_id=actor.user_id, actor_name=actor.username,
                                 detail={"key": key, "value": stored,
                                         "old": stored_before.get(key), "new": stored,
                                         "reason": reason.strip()}))
        uow.commit()
    return parsed


def calendar_days(uow: AbstractUnitOfWork, *, year: int | None = None) -> list[CalendarDay]:
    with uow:
        return uow.supervision.calendar_days(year=year)


def add_calendar_day(uow: AbstractUnitOfWork, actor: Actor, *, day: date,
                     kind: DayKind | str, name: str = "") -> tuple[CalendarDay, bool]:
    """Add a holiday (a weekday off) or a make-up working day (a weekend day worked).

    Returns the day and whether it replaced the name of the same day of the same kind.
    """
    actor.require(CALENDAR_ROLES, "edit the working calendar")
    try:
        kind = DayKind(str(kind))
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=kind, field="calendar day kind",
                           allowed=", ".join(k.value for k in DayKind)) from None
    # A holiday on a Saturday or a make-up day on a Tuesday changes nothing: a typo.
    if kind is DayKind.HOLIDAY and day.weekday() >= 5:
        raise InvalidInput(Reason.VALUE_INVALID, value=f"{day} ({day:%A})", field="holiday",
                           allowed="a Monday to Friday (weekends are off already)")
    if kind is DayKind.WORKDAY and day.weekday() < 5:
        raise InvalidInput(Reason.VALUE_INVALID, value=f"{day} ({day:%A})",
                           field="make-up working day",
                           allowed="a Saturday or Sunday (weekdays are worked already)")
    entry = CalendarDay(day=day, kind=kind, name=clean_text(name, "name", limit=100))
    with uow:
        actor = current_actor(uow, actor, allowed=CALENDAR_ROLES,
                              action="edit the working calendar")
        existing = {d.day: d for d in uow.supervision.calendar_days(year=day.year)}.get(day)
        if existing is not None and existing.kind is not kind:
            raise SupervisionError(SupervisionReason.CALENDAR_CONFLICT, day=day.isoformat(),
                                   kind=existing.kind.value)
        uow.supervision.put_calendar_day(entry, changed_by=actor.user_id)
        uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="calendar_changed",
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"day": day.isoformat(), "kind": kind.value,
                                     "name": entry.name}))
        uow.commit()
    return entry, existing is not None


@dataclass(frozen=True)
class SeededYear:
    year: int
    source: str
    plan: SeedPlan


def seed_calendar(uow: AbstractUnitOfWork, *, years: Sequence[int],
                  public_days: Callable[[int], list[CalendarDay]], source: str,
                  actor: Actor | None = None) -> list[SeededYear]:
    """Add each year's public holidays and make-up working days the calendar has not seen.

    Idempotent and never over the shop's edits (domain.calendar.plan_seed): a day is proposed
    once; the shop's own entry for a day wins, and a seeded day the shop removed stays removed.
    ``actor`` is None on the first start (the database is set up before anyone signs in).
    """
    if actor is not None:
        actor.require(CALENDAR_ROLES, "edit the working calendar")
    out = []
    with uow:
        for year in years:
            plan = plan_seed(public_days(year),
                             calendar=uow.supervision.calendar_days(year=year),
                             seeded=uow.supervision.seeded_days(year))
            for entry in plan.add:
                uow.supervision.put_calendar_day(
                    entry, changed_by=None if actor is None else actor.user_id)
            uow.supervision.record_seeded([*plan.add, *plan.kept], source=source)
            if plan.add or plan.kept:
                uow.log.add(LogEntry(
                    rma_no=ADMIN_LOG, action="calendar_seeded",
                    actor_id=None if actor is None else actor.user_id,
                    actor_name=None if actor is None else actor.username,
                    detail={"year": year, "source": source,
                            "added": [d.day.isoformat() for d in plan.add],
                            "kept": [d.day.isoformat() for d in plan.kept]}))
            out.append(SeededYear(year=year, source=source, plan=plan))
        uow.commit()
    return out


def remove_calendar_day(uow: AbstractUnitOfWork, actor: Actor, *, day: date) -> CalendarDay:
    actor.require(CALENDAR_ROLES, "edit the working calendar")
    with uow:
        actor = current_actor(uow, actor, allowed=CALENDAR_ROLES,
                              action="edit the working calendar")
        existing = {d.day: d for d in uow.supervision.calendar_days(year=day.year)}.get(day)
        if existing is None:
            raise NotFound(Reason.NOT_FOUND, what="calendar day", key=day.isoformat())
        uow.supervision.remove_calendar_day(day)
        uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="calendar_changed",
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"day": day.isoformat(), "removed": existing.kind.value}))
        uow.commit()
    return existing


# -- complaint notices -------------------------------------------------------------------------


def complaint_cases(uow: AbstractUnitOfWork, *, open_only: bool = False
                    ) -> list[ComplaintCase]:
    with uow:
        return uow.supervision.complaint_cases(open_only=open_only)


def complaint_case(uow: AbstractUnitOfWork, notice_no: str) -> ComplaintCase:
    with uow:
        return uow.supervision.complaint_case(notice_no.strip())


def _on_case(uow: AbstractUnitOfWork, actor: Actor, notice_no: str,
             op: Callable[[ComplaintCase, datetime, Actor], None]) -> ComplaintCase:
    """Run ``op(case, now, actor)`` with the acting user as stored now, and save."""
    with uow:
        actor = current_actor(uow, actor)
        case = uow.supervision.complaint_case(notice_no.strip())
        op(case, uow.now(), actor)
        for entry in case.pending:
            uow.log.add(entry)
        case.pending.clear()
        uow.supervision.save_complaint_case(case)
        uow.commit()
        return case


def _user_named(uow: AbstractUnitOfWork, username: str) -> User:
    user = uow.users.by_username(username.strip())
    if user is None or user.id is None:
        raise NotFound(Reason.NOT_FOUND, what="user", key=username)
    return user


def assign_complaint_notice(uow: AbstractUnitOfWork, actor: Actor, *, notice_no: str,
                            owner_id: int | None = None,
                            owner_username: str | None = None) -> ComplaintCase:
    """A QC lead or supervisor gives the notice to a QC engineer, who works it to closure."""
    def op(case: ComplaintCase, now: datetime, who: Actor) -> None:
        owner = (_user_named(uow, owner_username) if owner_username is not None
                 else uow.users.get(owner_id))  # type: ignore[arg-type]
        case.assign(who, owner.id, owner.display_name, owner.roles, now)  # type: ignore[arg-type]

    return _on_case(uow, actor, notice_no, op)


def classify_complaint_notice(uow: AbstractUnitOfWork, actor: Actor, *, notice_no: str,
                              severity: str) -> ComplaintCase:
    return _on_case(uow, actor, notice_no, lambda case, now, who: case.classify(who, severity))


def attach_complaint_report(uow: AbstractUnitOfWork, actor: Actor, *, notice_no: str,
                            kind: str, text: str = "", file_name: str | None = None,
                            content: bytes | None = None) -> ComplaintCase:
    """The 8D (or general) report: a file stored with the notice, or written in, or both."""
    return _on_case(uow, actor, notice_no, lambda case, now, who: case.attach_report(
        who, kind=kind, text=text, file_name=file_name, content=content, now=now))


def record_notice_contact(uow: AbstractUnitOfWork, actor: Actor, *, notice_no: str,
                          channel: str, person: str, note: str,
                          contacted_at: datetime | None = None) -> ComplaintCase:
    """The customer contact on a notice (time, person, channel, note); the time defaults to
    now on the server clock."""
    return _on_case(uow, actor, notice_no, lambda case, now, who: case.record_contact(
        who, contacted_at=contacted_at or now, person=person, channel=channel, note=note,
        now=now))


def attach_complaint_file(uow: AbstractUnitOfWork, actor: Actor, *, notice_no: str,
                          kind: str, file_name: str, content: bytes) -> ComplaintCase:
    """A report or 8D file (PDF or image) kept in the database with its SHA-256."""
    return _on_case(uow, actor, notice_no, lambda case, now, who: case.attach(
        who, kind=kind, file_name=file_name, content=content, now=now))


def complaint_attachment(uow: AbstractUnitOfWork, *, notice_no: str, kind: str | None = None,
                         attachment_id: int | None = None) -> NoticeAttachment:
    """One attached file with its content (the latest of ``kind``), to view or export."""
    with uow:
        return uow.supervision.complaint_attachment(notice_no.strip(), kind=kind,
                                                    attachment_id=attachment_id)


@signed_act
def close_complaint_notice(uow: AbstractUnitOfWork, actor: Actor, *, notice_no: str,
                           note: str, password: str, port: SlipPort) -> ComplaintCase:
    """Close it once contacted and reported (8D for a major one): a signed act, the closer's
    certificate fingerprint stored with the notice."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        case = uow.supervision.complaint_case(notice_no.strip())
        case.close(actor, note, uow.now(), signature=signature)
        _flush_log(uow, case)
        uow.supervision.save_complaint_case(case)
        uow.commit()
        return case


@dataclass(frozen=True)
class NoticeView:
    """A notice with its time limits and corrective actions, as the list and detail show it."""

    case: ComplaintCase
    deadlines: list[NoticeDeadline]
    next_deadline: NoticeDeadline | None
    actions: list[CorrectiveAction]


def complaint_detail(uow: AbstractUnitOfWork, notice_no: str) -> NoticeView:
    with uow:
        now, settings = uow.now(), uow.supervision.settings()
        calendar = uow.supervision.calendar()
        case = uow.supervision.complaint_case(notice_no.strip())
        return NoticeView(case, case.deadlines(calendar, settings, now),
                          case.next_deadline(calendar, settings, now),
                          uow.supervision.corrective_actions_of(case.notice_no))


def closure_plan(uow: AbstractUnitOfWork, *, open_only: bool = True) -> list[NoticeView]:
    """闭环计划一览表: every (open) notice with its next deadline, the earliest first."""
    with uow:
        now, settings = uow.now(), uow.supervision.settings()
        calendar = uow.supervision.calendar()
        cases = uow.supervision.complaint_cases(open_only=open_only)
        actions: dict[str, list[CorrectiveAction]] = {}
        for action in uow.supervision.corrective_actions_for([c.notice_no for c in cases]):
            actions.setdefault(action.notice_no or "", []).append(action)
    views = [NoticeView(c, c.deadlines(calendar, settings, now),
                        c.next_deadline(calendar, settings, now), actions.get(c.notice_no, []))
             for c in cases]
    return sorted(views, key=lambda v: (v.next_deadline is None, v.next_deadline.due
                                        if v.next_deadline else v.case.raised_at))


# -- corrective actions (step 10) -------------------------------------------------------------


# Decisions a corrective action may start from (003/QP-TPZ-002 3a, 4): a good unit returned
# or a fault nobody found point at a process to correct.
CA_ESCALATION_KINDS = frozenset({EscalationKind.NFF, EscalationKind.CANNOT_FIND_FAULT})


def _escalation_id(ref: str) -> int | None:
    text = ref.strip().upper()
    if text.startswith("ESC-"):
        text = text[4:]
    return int(text) if text.isdigit() else None


def open_corrective_action(uow: AbstractUnitOfWork, actor: Actor, *,
                           responsible_process: str = "", responsible_department: str = "",
                           person_found: str = "", kpi_consequence: str = "",
                           preventive_measure: str, due_date: date,
                           source_week: str | None = None,
                           notice_no: str | None = None, source: str | None = None,
                           owner_username: str | None = None,
                           root_cause: str = "") -> CorrectiveAction:
    """Step 10. ``source`` is a notice (CCN-...), an escalation (ESC-n: an NFF or
    cannot-find-fault decision), an RMA number (a repeat return), an ISO week (the weekly
    report's Pareto, 2026-W47) or a cluster of returns (LOT:<lot>, DATECODE:<code>); ``owner_username`` the responsible person,
    who records it implemented. Process and person found default to the owner's department
    and name."""
    with uow:
        actor = current_actor(uow, actor)
        settings = uow.supervision.settings()
        rma_no = escalation_id = cluster = None
        ref = _cluster_alias((source or notice_no or "").strip())
        notice_no = None
        if ref.upper().startswith(CLUSTER_PREFIXES):
            cluster = _cluster_source(uow, ref)
        elif ref.upper().startswith(DocKind.COMPLAINT_NOTICE.prefix + "-"):
            notice_no = uow.supervision.complaint_case(ref).notice_no
            rma_no = uow.supervision.complaint_case(ref).rma_no
        elif ref.upper().startswith(DocKind.RMA.prefix + "-"):
            uow.supervision.rma_customer(ref)  # NotFound for an unknown RMA
            rma_no = ref
        elif ref and _is_week(ref):
            # The weekly report's Pareto: the action answers that week's top causes.
            source_week = str(IsoWeek.parse(ref))
        elif ref:
            escalation_id = _escalation_id(ref)
            if escalation_id is None:
                raise InvalidInput(Reason.VALUE_INVALID, value=ref, field="--from",
                                   allowed="a notice (CCN-...), an escalation (ESC-n), an "
                                   "RMA number, a week of the weekly report (2026-W47) or a "
                                   "cluster of returns (LOT:<lot>, DATECODE:<code>)")
            escalation = uow.escalations.get(escalation_id)
            if escalation.kind not in CA_ESCALATION_KINDS:
                raise InvalidInput(Reason.VALUE_INVALID, value=f"ESC-{escalation_id} "
                                   f"({escalation.kind})", field="--from",
                                   allowed="a no-fault-found or cannot-find-fault escalation")
            rma_no = escalation.rma_no
        owner = _user_named(uow, owner_username) if owner_username else None
        department = responsible_department.strip() or (
            _department(owner) if owner is not None else "")
        week = None
        if source_week:
            week = str(IsoWeek.parse(source_week))
        ca_no = uow.next_no(DocKind.CORRECTIVE_ACTION)
        action = CorrectiveAction.open(
            actor, ca_no, responsible_process=responsible_process.strip() or department,
            responsible_department=department,
            person_found=person_found.strip() or (owner.display_name if owner else ""),
            kpi_consequence=kpi_consequence, preventive_measure=preventive_measure,
            due_date=due_date, today=local_date(uow.now(), settings.utc_offset_minutes),
            source_week=week, notice_no=notice_no, rma_no=rma_no,
            owner_id=owner.id if owner else None,
            owner_name=owner.display_name if owner else None, root_cause=root_cause,
            escalation_id=escalation_id, source_cluster=cluster)
        uow.supervision.add_corrective_action(action)
        _flush_log(uow, action)
        uow.commit()
        return action


# A cluster of returns the supervisor saw (issue 17.1, `benchapp trace clusters`).
CLUSTER_PREFIXES = ("LOT:", "DATECODE:")
# The same in the shop's words, as the Chinese screens offer them (a full-width colon from an
# input method included): 批次:<lot>, 日期码:<code>.
CLUSTER_ALIASES = {"批次": "LOT", "日期码": "DATECODE"}


def _cluster_alias(ref: str) -> str:
    """"批次：WO-1" -> "LOT:WO-1"; any other reference unchanged."""
    head, colon, rest = ref.replace("：", ":", 1).partition(":")
    if colon and head.strip() in CLUSTER_ALIASES:
        return f"{CLUSTER_ALIASES[head.strip()]}:{rest.strip()}"
    return ref


def _cluster_source(uow: AbstractUnitOfWork, ref: str) -> str:
    """"LOT:<lot>" or "DATECODE:<code>" as stored; NotFound when no returned unit carries
    that lot or date code (an action answers returns, not a typo)."""
    kind, _, value = ref.partition(":")
    kind = kind.strip().upper()
    what = "production lot" if kind == "LOT" else "date code"
    value = clean_text(value, what, required=True, limit=64)
    trace = uow.trace  # type: ignore[attr-defined]
    found = (trace.units_of_lot(value, limit=1) if kind == "LOT"
             else trace.units_of_date_codes(value, value, None, limit=1))
    if not found:
        raise NotFound(Reason.NOT_FOUND, what=f"returned unit of {what}", key=value)
    return f"{kind}:{value}"


def _is_week(ref: str) -> bool:
    try:
        IsoWeek.parse(ref)
    except InvalidInput:
        return False
    return True


# The department a person's roles belong to (WORKFLOW.md "People and stations").
_DEPARTMENTS: tuple[tuple[frozenset[Role], str], ...] = (
    (frozenset({Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD, Role.PRODUCTION_SUPERVISOR}),
     "生产部"),
    (frozenset({Role.QC_LEAD, Role.QC_SUPERVISOR, Role.TESTER, Role.OQC_INSPECTOR,
                Role.PACKER}), "品质部"),
    (frozenset({Role.BUSINESS_CLERK}), "业务部"),
    (frozenset({Role.TECH_SUPERVISOR}), "技术部"),
)


def _department(user: User) -> str:
    return next((name for roles, name in _DEPARTMENTS if user.roles & roles), "")


def corrective_action(uow: AbstractUnitOfWork, ca_no: str) -> CorrectiveAction:
    with uow:
        return uow.supervision.corrective_action(ca_no.strip())


def _flush_log(uow: AbstractUnitOfWork, record: CorrectiveAction | ComplaintCase) -> None:
    for entry in record.pending:
        uow.log.add(entry)
    record.pending.clear()


def _on_action(uow: AbstractUnitOfWork, actor: Actor, ca_no: str,
               op: Callable[[CorrectiveAction, datetime, Actor], None]) -> CorrectiveAction:
    """Run ``op(action, now, actor)`` with the acting user as stored now, and save."""
    with uow:
        actor = current_actor(uow, actor)
        action = uow.supervision.corrective_action(ca_no.strip())
        op(action, uow.now(), actor)
        _flush_log(uow, action)
        uow.supervision.save_corrective_action(action)
        uow.commit()
        return action


def record_action_implemented(uow: AbstractUnitOfWork, actor: Actor, *, ca_no: str,
                              note: str) -> CorrectiveAction:
    return _on_action(uow, actor, ca_no, lambda a, now, who: a.mark_implemented(who, note, now))


@signed_act
def verify_corrective_action(uow: AbstractUnitOfWork, actor: Actor, *, ca_no: str,
                             effective: bool, note: str, password: Secret,
                             port: SlipPort) -> CorrectiveAction:
    """Close it when the measure worked; otherwise it goes back to the process, open. The
    verifier signs with their password; the action stores their certificate fingerprint."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        action = uow.supervision.corrective_action(ca_no.strip())
        action.verify(actor, effective=effective, note=note, now=uow.now(),
                      signature=signature)
        _flush_log(uow, action)
        uow.supervision.save_corrective_action(action)
        uow.commit()
        return action


def corrective_actions(uow: AbstractUnitOfWork, *, open_only: bool = False
                       ) -> list[CorrectiveAction]:
    with uow:
        return uow.supervision.corrective_actions(open_only=open_only)


# -- customer contacts and costs -----------------------------------------------------------


def record_customer_contact(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                            kind: str, note: str, received: bool | None = None,
                            satisfied: bool | None = None) -> CustomerContact:
    with uow:
        actor = current_actor(uow, actor)
        contact = CustomerContact.record(actor, rma_no.strip(), kind, note, received=received,
                                         satisfied=satisfied)
        uow.supervision.rma_customer(contact.rma_no)
        contact.contacted_at = uow.now()
        uow.supervision.add_contact(contact)
        uow.log.add(contact.log_entry(actor))
        uow.commit()
    return contact


def record_cost(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, kind: str,
                amount: str, payer: str | None = None, incurred_on: date | None = None,
                note: str = "") -> CostEntry:
    with uow:
        actor = current_actor(uow, actor)
        uow.supervision.rma_customer(rma_no.strip())
        if incurred_on is None:
            incurred_on = local_date(uow.now(), uow.supervision.settings().utc_offset_minutes)
        entry = CostEntry.record(actor, rma_no.strip(), kind=kind, amount=amount,
                                 incurred_on=incurred_on, payer=payer, note=note)
        if entry.payer is None:
            # Issue 17.2: the payer follows the billing the warranty record preset.
            billing = uow.supervision.rma_billing(entry.rma_no)
            entry.payer = payer_for_billing(billing)
            if entry.payer is not None:
                entry.payer_source = f"billing: {billing}"
        uow.supervision.add_cost_entry(entry)
        uow.log.add(entry.log_entry(actor))
        uow.commit()
    return entry


def set_part_price(uow: AbstractUnitOfWork, actor: Actor, *, part_no: str,
                   price: str) -> int:
    actor.require(PRICE_ROLES, "set a part price")
    part_no = clean_text(part_no, "part number", required=True, limit=64)
    fen = parse_amount(price, "unit price")
    with uow:
        actor = current_actor(uow, actor, allowed=PRICE_ROLES, action="set a part price")
        uow.supervision.set_part_price(part_no, fen, changed_by=actor.user_id)
        uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="part_price_set", actor_id=actor.user_id,
                             actor_name=actor.username,
                             detail={"part_no": part_no, "unit_fen": fen}))
        uow.commit()
    return fen


# -- time limits -----------------------------------------------------------------------------


def overdue_items(uow: AbstractUnitOfWork, now: datetime | None = None) -> list[OverdueItem]:
    """Everything past its time limit: customer contact, complaint report and closure,
    follow-up after shipping, corrective actions. ``now`` defaults to the server clock."""
    with uow:
        moment = now or uow.now()
        settings = uow.supervision.settings()
        calendar = uow.supervision.calendar()
        contacts = uow.supervision.contacts_due(settings.tracking_since)
        follow_ups = uow.supervision.follow_ups_due(settings.tracking_since)
        cases = uow.supervision.complaint_cases(open_only=True)
        actions = uow.supervision.corrective_actions(open_only=True)
    return find_overdue(moment, calendar, settings, contacts=contacts, follow_ups=follow_ups,
                        cases=cases, actions=actions)


# -- past records ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows: int  # data rows in the file
    added: int  # units stored now
    already_imported: int  # identical rows of an earlier import, skipped
    rmas_added: int


def import_repairs(uow: AbstractUnitOfWork, actor: Actor, data: bytes, *,
                   source: str) -> ImportResult:
    """Bring past repair records in, with their own dates, all or nothing.

    Rows already imported with the same content are skipped, so importing a file again adds
    nothing; any bad row (including one that contradicts an earlier import) rejects the file.
    """
    actor.require(IMPORT_ROLES, "import past repair records")
    with uow:
        actor = current_actor(uow, actor, allowed=IMPORT_ROLES,
                              action="import past repair records")
        settings = uow.supervision.settings()
        today = local_date(uow.now(), settings.utc_offset_minutes)
        rows = parse_history(data, source=source, today=today)
        state = uow.supervision.history_state({r.rma_no for r in rows})
        new, problems = check_against_stored(rows, app_rmas=state.app_rmas,
                                             imported=state.imported,
                                             imported_rmas=state.imported_rmas)
        if problems:
            raise ImportRejected(source, problems)
        delivery_ids = _import_deliveries(uow, new, source)
        rmas_added = 0
        if new:
            rmas_added = uow.supervision.add_history(
                new, actor=actor, source=source, settings=settings,
                note_no=lambda: uow.next_no(DocKind.SHIPPING_NOTE), delivery_ids=delivery_ids)
            for row in new:
                uow.log.add(LogEntry(rma_no=row.rma_no, action="imported",
                                     actor_id=actor.user_id, actor_name=actor.username,
                                     serial=row.serial,
                                     detail={"source": source, "line": row.line,
                                             "row_sha256": row.sha256,
                                             "repaired_on": row.repaired_on.isoformat()}))
        uow.commit()
    return ImportResult(source=source, rows=len(rows), added=len(new),
                        already_imported=len(rows) - len(new), rmas_added=rmas_added)


def _import_deliveries(uow: AbstractUnitOfWork, rows: list[HistoryRow],
                      source: str) -> dict[tuple[str, str], int]:
    """The deliveries the imported rows name, stored or new; a delivered quantity that
    contradicts the stored one rejects the file, as at receiving. Imported records raise no
    complaint notice (they were handled on paper), but their units count towards the
    delivery's rule when a later RMA of it ships."""
    wanted: dict[tuple[str, str], HistoryRow] = {}
    for row in rows:
        if row.delivery_no:
            key = (row.customer, row.delivery_no)
            if key not in wanted or wanted[key].delivered_qty is None:
                wanted[key] = row
    ids: dict[tuple[str, str], int] = {}
    problems: list[RowProblem] = []
    for (customer, delivery_no), row in wanted.items():
        stored = uow.deliveries.find(customer, delivery_no)
        if (stored is not None and stored.delivered_qty is not None
                and row.delivered_qty is not None and stored.delivered_qty != row.delivered_qty):
            problems.append(RowProblem(row.line, RowFault.DELIVERY_DIFFERS, {
                "given": row.delivered_qty, "delivery_no": delivery_no,
                "stored": stored.delivered_qty, "where": "the database"}))
            continue
        delivery, filled = merge_delivery(stored, customer=customer, delivery_no=delivery_no,
                                          delivered_qty=row.delivered_qty, ship_date=None)
        uow.deliveries.save(delivery, tuple(filled))
        assert delivery.id is not None
        ids[(customer, delivery_no)] = delivery.id
    if problems:
        raise ImportRejected(source, problems)
    return ids


__all__ = [
    "ActionStatus", "ContactKind", "HistoryState", "ImportResult", "NoticeStatus",
    "SeededYear", "SupervisionRepository", "add_calendar_day",
    "assign_complaint_notice", "attach_complaint_report", "calendar_days", "change_setting",
    "classify_complaint_notice", "close_complaint_notice", "complaint_case", "complaint_cases",
    "attach_complaint_file", "closure_plan", "complaint_attachment", "complaint_detail",
    "corrective_action", "record_notice_contact", "NoticeView",
    "corrective_actions", "import_repairs", "open_corrective_action", "overdue_items",
    "record_action_implemented", "record_cost", "record_customer_contact",
    "remove_calendar_day", "seed_calendar", "set_part_price", "shop_settings", "supervision_settings",
    "verify_corrective_action",
]
