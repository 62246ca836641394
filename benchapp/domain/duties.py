"""The smaller duties of the seeds, each recorded with who and when in the tracking log:

- the management review of the weekly report (QP-TPZ-002 step 9, "上缴总经办审核");
- material-caused faults notified to purchasing (001 三(二)3);
- a delay reported by production and passed on to the customer by business (000 5.1.2).

Each function checks the caller's role and the record's state and returns the tracking-log
line to write; it raises before anything is written.
"""

from __future__ import annotations

from datetime import date

from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.rma import LogEntry, Rma
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import CauseCategory, clean_text
from benchapp.domain.supervision import ADMIN_LOG, CONTACT_ROLES

# 总经办 reviews the weekly statistics (the managers' role).
WEEKLY_REVIEW_ROLES = frozenset({Role.MANAGER})
# Whoever classified the fault as incoming material feeds it back: QC and the supervisors.
PURCHASING_NOTICE_ROLES = frozenset({Role.QC_LEAD, Role.QC_SUPERVISOR, Role.TECH_SUPERVISOR,
                                     Role.PRODUCTION_SUPERVISOR})
# 000 5.1.2: production reports the delay...
DELAY_REPORT_ROLES = frozenset({Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD,
                                Role.PRODUCTION_SUPERVISOR})
# ...and business, who talks to the customer, passes it on.
DELAY_PASS_ROLES = CONTACT_ROLES

WEEKLY_REVIEWED = "weekly_report_reviewed"
PURCHASING_NOTIFIED = "purchasing_notified"
DELAY_REPORTED = "delay_reported"
DELAY_PASSED_ON = "delay_passed_on"


def _entry(actor: Actor, rma_no: str, action: str, **detail: object) -> LogEntry:
    return LogEntry(rma_no=rma_no, action=action, actor_id=actor.user_id,
                    actor_name=actor.username, detail=dict(detail))


def review_weekly_report(actor: Actor, week: IsoWeek, remarks: str, *,
                         current: IsoWeek) -> LogEntry:
    actor.require(WEEKLY_REVIEW_ROLES, "review the weekly report")
    if week.key > current.key:
        raise InvalidInput(Reason.VALUE_INVALID, value=str(week), field="week to review",
                           allowed=f"this week ({current}) or an earlier one")
    return _entry(actor, ADMIN_LOG, WEEKLY_REVIEWED, week=str(week),
                  remarks=clean_text(remarks, "review remarks", required=True))


def notify_purchasing(actor: Actor, rma: Rma, note: str, *, to: str = "") -> LogEntry:
    """The RMA's units whose fault was incoming material, fed back to purchasing."""
    actor.require(PURCHASING_NOTICE_ROLES, "notify purchasing")
    serials = [u.serial for u in rma.units if u.cause_category is CauseCategory.MATERIAL]
    if not serials:
        raise InvalidInput(Reason.VALUE_INVALID, value=rma.rma_no,
                           field="RMA to notify purchasing of",
                           allowed="an RMA with a unit repaired for an incoming-material cause")
    return _entry(actor, rma.rma_no, PURCHASING_NOTIFIED, serials=serials, model=rma.model,
                  to=clean_text(to, "purchasing contact", limit=100),
                  note=clean_text(note, "notice text", required=True))


def report_delay(actor: Actor, rma: Rma, reason: str, *, new_due: date | None,
                 today: date) -> LogEntry:
    actor.require(DELAY_REPORT_ROLES, "report a delay")
    if not any(u.in_process for u in rma.units):
        raise InvalidInput(Reason.VALUE_INVALID, value=rma.rma_no, field="RMA to report late",
                           allowed="an RMA with units still in process")
    if new_due is not None and new_due < today:
        raise InvalidInput(Reason.VALUE_INVALID, value=new_due.isoformat(),
                           field="expected date", allowed=f"today ({today}) or later")
    return _entry(actor, rma.rma_no, DELAY_REPORTED,
                  reason=clean_text(reason, "delay reason", required=True),
                  due_date=rma.due_date.isoformat() if rma.due_date else None,
                  new_due=new_due.isoformat() if new_due else None)


def pass_on_delay(actor: Actor, rma_no: str, note: str, *, log: list[LogEntry]) -> LogEntry:
    """Business tells the customer about the latest delay production reported."""
    actor.require(DELAY_PASS_ROLES, "pass a delay on to the customer")
    waiting = None
    for entry in log:
        if entry.action == DELAY_REPORTED:
            waiting = entry
        elif entry.action == DELAY_PASSED_ON:
            waiting = None
    if waiting is None:
        raise InvalidInput(Reason.VALUE_INVALID, value=rma_no, field="RMA to pass a delay on",
                           allowed="an RMA with a delay reported by production and not yet "
                           "passed on")
    return _entry(actor, rma_no, DELAY_PASSED_ON,
                  note=clean_text(note, "what the customer was told", required=True),
                  reported_by=waiting.actor_name, new_due=waiting.detail.get("new_due"))
