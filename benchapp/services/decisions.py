"""The supervisor's desk: the decision queue, signed decisions on escalations, and what is late.

A decision on an escalation (no fault found, due date, cannot find fault, rework-loop limit,
disputed or overdue handover) is an electronic signature: the signer re-enters the password
that unlocks their signing key, and the tracking-log line of the decision records the
fingerprint of the certificate that was unlocked (QP-TPZ-002 5.3.3: signed with name and time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from benchapp import settings as registry
from benchapp.domain import escalation as escalation_rules
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.handover import DIRECT_SUPERVISOR, Handover, HandoverStatus
from benchapp.domain.rma import Escalation, EscalationKind, EscalationStatus
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text
from benchapp.domain.supervision import OverdueKind, SupervisionSettings
from benchapp.domain.supervision import overdue_items as find_overdue
from benchapp.services import supervision
from benchapp.services.actors import current_actor
from benchapp.services.signing_session import Secret
from benchapp.services.slips import SlipPort
from benchapp.services.unit_of_work import AbstractUnitOfWork
from benchapp.services.workflow import decide_escalation

# -- who decides what ----------------------------------------------------------------------


def deciders(escalation: Escalation, handover: Handover | None) -> frozenset[Role]:
    """The roles that may decide this escalation (the same rule as domain.escalation.decide)."""
    if escalation.kind in escalation_rules.UNIT_DECIDERS:
        return escalation_rules.UNIT_DECIDERS[escalation.kind]
    if handover is None:
        return frozenset({Role.TECH_SUPERVISOR})
    return DIRECT_SUPERVISOR[handover.to_station] | {Role.TECH_SUPERVISOR}


@dataclass(frozen=True)
class QueueItem:
    """One open escalation on the supervisor's desk, with what the screen shows about it."""

    id: int
    kind: str
    rma_no: str
    serial: str | None
    slip_no: str | None
    note: str
    raised_at: datetime | None
    age: timedelta
    customer: str
    model: str
    unit_state: str | None
    # Slip escalations: the stations and serials on the slip.
    from_station: str | None
    to_station: str | None
    slip_serials: tuple[str, ...]
    decisions: tuple[str, ...]
    deciders: frozenset[Role]
    may_decide: bool
    # The unit's latest fixture run (ReadViews.fixture_readings), for the decision panel.
    fixture: dict[str, Any] | None = None
    # The departments that must be named with the decision (NFF: step 3a), in order.
    joint_departments: tuple[str, ...] = ()

    @property
    def units_text(self) -> str:
        return self.serial or ", ".join(self.slip_serials)


@dataclass(frozen=True)
class DecisionQueue:
    now: datetime  # the database server's clock when the queue was read
    items: list[QueueItem]
    # Who may be named for each department of a joint decision: the shop's active users of
    # the department's roles (display names); people outside the system are typed in.
    people: dict[str, tuple[str, ...]] = field(default_factory=dict)


def decision_queue(uow: AbstractUnitOfWork, actor: Actor, *,
                   include_others: bool = False) -> DecisionQueue:
    """Open escalations ``actor`` may decide, oldest first; with ``include_others`` also the
    ones for other supervisors (shown read-only)."""
    with uow:
        actor = current_actor(uow, actor)
        now = uow.now()
        return _queue(uow, actor, now, uow.escalations.list(status=EscalationStatus.OPEN),
                      include_others=include_others)


def _queue(uow: AbstractUnitOfWork, actor: Actor, now: datetime, open_escalations: list,
           *, include_others: bool) -> DecisionQueue:
    mine = _queued(uow, actor, open_escalations, include_others=include_others)
    return _queue_items(now, mine, uow.views.rma_headers(esc.rma_no for esc, *_ in mine),
                        fixtures=_fixtures(uow, mine), people=participant_choices(uow))


def _fixtures(uow: AbstractUnitOfWork, mine: list[tuple]) -> dict[tuple[str, str], dict]:
    """The latest fixture runs of the queue's units, in one read."""
    return uow.views.fixture_readings(
        (esc.rma_no, esc.serial) for esc, *_ in mine if esc.serial)


def participant_choices(uow: AbstractUnitOfWork) -> dict[str, tuple[str, ...]]:
    """Inside an open unit of work: per department, the display names of its active users."""
    people = uow.users.active_roles()
    return {dept: tuple(sorted({name for name, has in people if has & roles}))
            for dept, roles in escalation_rules.DEPARTMENT_ROLES.items()}


def _queued(uow: AbstractUnitOfWork, actor: Actor, open_escalations: list, *,
            include_others: bool, known_slips: list[Handover] | None = None) -> list[tuple]:
    """(escalation, its slip, its deciders, may ``actor`` decide) of each escalation shown."""
    # A few reads whatever the number of escalations: their slips (those not among the slips
    # already read); the customer, model and unit states of their RMAs come after as plain
    # rows (not an RMA aggregate per escalation).
    slips = {h.slip_no: h for h in known_slips or ()}
    missing = {e.slip_no for e in open_escalations if e.slip_no and e.slip_no not in slips}
    if missing:
        slips.update((h.slip_no, h) for h in uow.handovers.list(slip_nos=missing))
    mine = []
    for esc in open_escalations:
        handover = slips.get(esc.slip_no) if esc.slip_no else None
        roles = deciders(esc, handover)
        may = bool(actor.roles & roles)
        if may or include_others:
            mine.append((esc, handover, roles, may))
    return mine


def _queue_items(now: datetime, mine: list[tuple], headers: dict[str, dict], *,
                 fixtures: dict[tuple[str, str], dict] | None = None,
                 people: dict[str, tuple[str, ...]] | None = None) -> DecisionQueue:
    items: list[QueueItem] = []
    for esc, handover, roles, may in mine:
        header = headers.get(esc.rma_no, {"customer": "", "model": "", "states": {}})
        items.append(QueueItem(
            id=esc.id or 0, kind=esc.kind.value, rma_no=esc.rma_no, serial=esc.serial,
            slip_no=esc.slip_no, note=esc.note, raised_at=esc.raised_at,
            age=(now - esc.raised_at) if esc.raised_at else timedelta(0),
            customer=header["customer"], model=header["model"],
            unit_state=header["states"].get(esc.serial) if esc.serial else None,
            from_station=handover.from_station.value if handover else None,
            to_station=handover.to_station.value if handover else None,
            slip_serials=tuple(handover.serials) if handover else (),
            decisions=escalation_rules.decisions_for(esc.kind), deciders=roles,
            may_decide=may,
            fixture=(fixtures or {}).get((esc.rma_no, esc.serial)) if esc.serial else None,
            joint_departments=escalation_rules.JOINT_DEPARTMENTS.get(esc.kind, ())))
    items.sort(key=lambda i: (i.raised_at is None, i.raised_at or now, i.id))
    return DecisionQueue(now=now, items=items, people=people or {})


def supervisor_work(uow: AbstractUnitOfWork, actor: Actor, *, include_others: bool = False
                    ) -> tuple[DecisionQueue, SupervisionDesk]:
    """What the supervisor view shows, read in one transaction: the decision queue and the
    desk (what is late, notices, actions). Open escalations are read once for both."""
    with uow:
        now = uow.now()
        open_escalations = uow.escalations.list(status=EscalationStatus.OPEN)
        # The open slips and the escalations' slips in one read.
        slips = uow.handovers.open_or_named(e.slip_no for e in open_escalations if e.slip_no)
        open_slips = [h for h in slips if h.status is HandoverStatus.OPEN]
        mine = _queued(uow, actor, open_escalations, include_others=include_others,
                       known_slips=slips)
        # The shop's settings once for the slip limit and the desk's limits and hours.
        stored, days = uow.supervision.shop_settings_and_days()
        hours = registry.policy(stored).overdue_handover_hours
        late = [h for h in open_slips if h.is_overdue(now, hours)]
        # The RMA headers of the queue and of the late slips in one read.
        headers = uow.views.rma_headers([esc.rma_no for esc, *_ in mine]
                                        + [h.rma_no for h in late])
        queue = _queue_items(now, mine, headers, fixtures=_fixtures(uow, mine),
                             people=participant_choices(uow))
        desk = _desk(uow, now, open_escalations, open_slips, late=(hours, late, headers),
                     shop=registry.supervision_settings(stored), days=days)
    return queue, desk


# -- signed decisions ------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedDecision:
    escalation_id: int
    kind: str
    rma_no: str
    serial: str | None
    slip_no: str | None
    decision: str
    certificate_fingerprint: str
    participants: tuple[tuple[str, str], ...] = ()


def decide_signed(uow: AbstractUnitOfWork, actor: Actor, *, escalation_id: int, decision: str,
                  reason: str, password: Secret, port: SlipPort,
                  replacement_serial: str | None = None,
                  new_due_date: date | None = None,
                  participants: list[tuple[str, str]] | None = None) -> SignedDecision:
    """A supervisor's decision, signed with their password (workflow.decide_escalation's rules).

    The password is checked in the decision's transaction: a wrong one raises
    CredentialError, decides nothing and counts toward the lock-out. The decision, the
    escalation's closure with the signer's certificate fingerprint and the tracking-log line
    carrying it are written in one transaction.
    """
    # A missing reason is refused before the signing key is touched (nothing to sign).
    if not clean_text(reason, "reason"):
        raise InvalidInput(Reason.REASON_REQUIRED)
    esc = decide_escalation(uow, actor, escalation_id=escalation_id, decision=decision,
                            reason=reason, password=password, port=port,
                            replacement_serial=replacement_serial, new_due_date=new_due_date,
                            participants=participants)
    fingerprint = esc.certificate_fingerprint or ""
    return SignedDecision(escalation_id=escalation_id, kind=esc.kind.value,
                          rma_no=esc.rma_no, serial=esc.serial, slip_no=esc.slip_no,
                          decision=decision, certificate_fingerprint=fingerprint,
                          participants=tuple((p["department"], p["name"])
                                             for p in esc.participants))


# -- what is late ----------------------------------------------------------------------------


OVERDUE_HANDOVER = "handover"


@dataclass(frozen=True)
class LateItem:
    """Something past its time limit: a supervision.OverdueItem or an uncounted slip."""

    kind: str  # an OverdueKind value, or "handover"
    ref: str
    rma_no: str | None
    customer: str
    due_at: datetime
    late_by: timedelta
    owner: str | None
    detail: str
    escalated: bool = False  # handovers: an overdue-handover escalation is already open
    from_station: str | None = None  # handovers: the slip's stations and unit count
    to_station: str | None = None
    count: int = 0
    limit: dict[str, Any] = field(default_factory=dict)  # supervision.OverdueItem.limit


def _late_handovers(uow: AbstractUnitOfWork, now: datetime,
                    open_escalations: list | None = None,
                    open_slips: list[Handover] | None = None,
                    late: tuple[int, list[Handover], dict[str, dict]] | None = None
                    ) -> list[LateItem]:
    """Handovers open past the shop's limit at ``now`` (inside an open unit of work); with
    ``late``, the limit, the late slips and their RMA headers as already read."""
    if late is not None:
        hours, late_slips, headers = late
    else:
        hours = uow.policy().overdue_handover_hours
    if open_escalations is None:
        open_escalations = uow.escalations.list(status=EscalationStatus.OPEN,
                                                kind=EscalationKind.OVERDUE_HANDOVER)
    escalated = {e.slip_no for e in open_escalations
                 if e.kind is EscalationKind.OVERDUE_HANDOVER}
    if late is None:
        if open_slips is None:
            open_slips = uow.handovers.list(status=HandoverStatus.OPEN)
        late_slips = [h for h in open_slips if h.is_overdue(now, hours)]
        headers = uow.views.rma_headers(h.rma_no for h in late_slips)
    items: list[LateItem] = []
    for h in late_slips:
        due = h.giver_signed_at + timedelta(hours=hours)
        items.append(LateItem(
            kind=OVERDUE_HANDOVER, ref=h.slip_no, rma_no=h.rma_no,
            customer=headers.get(h.rma_no, {}).get("customer", ""), due_at=due,
            late_by=now - due, owner=h.giver_name,
            detail=f"{h.from_station.value} -> {h.to_station.value}, "
                   f"{h.declared_count} unit(s), not counted in within {hours} h",
            escalated=h.slip_no in escalated, from_station=h.from_station.value,
            to_station=h.to_station.value, count=h.declared_count))
    return items


def _latest_first(items: list[LateItem]) -> list[LateItem]:
    return sorted(items, key=lambda i: (-i.late_by.total_seconds(), i.ref))


def late_items(uow: AbstractUnitOfWork) -> list[LateItem]:
    """Handovers open past the shop's limit, latest first."""
    with uow:
        return _latest_first(_late_handovers(uow, uow.now()))


# -- the supervision records: what is late, complaint notices, corrective actions ----------


@dataclass(frozen=True)
class NoticeRow:
    case: supervision.ComplaintCase
    report_due: datetime | None  # None once the report is in
    closure_due: datetime
    late: bool
    # The earliest time limit not done yet (closure-plan list 闭环计划一览表); None if closed.
    next_deadline: supervision.NoticeDeadline | None = None


@dataclass(frozen=True)
class ActionRow:
    action: supervision.CorrectiveAction
    due_at: datetime
    late: bool


@dataclass(frozen=True)
class SupervisionDesk:
    late: list[LateItem]  # latest first
    notices: list[NoticeRow]
    actions: list[ActionRow]


CLOSED_SHOWN_DAYS = 90  # closed notices and actions stay on the desk this long


def supervision_desk(suow: AbstractUnitOfWork) -> SupervisionDesk:
    """In one read: what is late (handovers, customer contacts, complaint reports and
    closures, follow-ups, corrective actions) and the open complaint notices and corrective
    actions, with those closed in the last 90 days, with their due times (step 8 and 10)."""
    with suow:
        return _desk(suow, suow.now())


def _desk(suow: AbstractUnitOfWork, now: datetime, open_escalations: list | None = None,
          open_slips: list[Handover] | None = None,
          late: tuple[int, list[Handover], dict[str, dict]] | None = None,
          shop: SupervisionSettings | None = None,
          days: tuple | None = None) -> SupervisionDesk:
    late_items = _late_handovers(suow, now, open_escalations, open_slips, late)
    records = suow.supervision
    if shop is None:
        settings = records.settings()
        calendar = records.calendar()
    else:  # the settings as already read: the calendar's hours come from them
        settings = shop
        calendar = records.working_calendar(shop.work_day_start, shop.work_day_end, days)
    contacts = records.contacts_due(settings.tracking_since)
    follow_ups = records.follow_ups_due(settings.tracking_since)
    # The desk is for work at hand: what is open, and what closed lately (to check it);
    # older records are reached by their number, never read at every refresh.
    lately = now - timedelta(days=CLOSED_SHOWN_DAYS)
    cases = records.complaint_cases(open_only=True, closed_since=lately)
    actions = records.corrective_actions(open_only=True, closed_since=lately)
    # The domain's rule skips the closed notices and actions.
    overdue = find_overdue(now, calendar, settings, contacts=contacts, follow_ups=follow_ups,
                           cases=cases, actions=actions)
    late_items += [LateItem(kind=o.kind.value, ref=o.ref, rma_no=o.rma_no,
                            customer=o.customer, due_at=o.due_at, late_by=o.overdue_by,
                            owner=o.owner, detail=o.detail, limit=o.limit) for o in overdue]
    late_notices = {o.ref for o in overdue if o.kind in (OverdueKind.COMPLAINT_CONTACT,
                                                         OverdueKind.COMPLAINT_REPORT,
                                                         OverdueKind.COMPLAINT_CLOSURE)}
    late_actions = {o.ref for o in overdue if o.kind is OverdueKind.CORRECTIVE_ACTION}
    return SupervisionDesk(
        late=_latest_first(late_items),
        notices=[NoticeRow(case, None if case.report_done_at() else
                           case.report_due(calendar, settings),
                           case.closure_due(calendar, settings),
                           case.notice_no in late_notices,
                           case.next_deadline(calendar, settings, now)) for case in cases],
        actions=[ActionRow(action, action.due_at(settings.utc_offset_minutes, calendar),
                           action.ca_no in late_actions) for action in actions])
