"""Customer follow-up after shipping (001 五): did the customer receive the repaired units, and
are they satisfied? Asked within the configured working days of the shipment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from benchapp.domain.calendar import WorkingCalendar
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.supervision import ContactDue, FollowUpDue, SupervisionSettings

YES = ("yes", "y", "true", "1")
NO = ("no", "n", "false", "0")


def parse_yes_no(text: str, field: str) -> bool:
    value = str(text).strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise InvalidInput(Reason.VALUE_INVALID, value=text, field=field, allowed="yes, no")


def check_answers(*, received: bool, satisfied: bool) -> None:
    """A customer who has not received the units cannot be satisfied with the repair yet."""
    if satisfied and not received:
        raise InvalidInput(Reason.VALUE_INVALID, value="satisfied, not received",
                           field="follow-up answer",
                           allowed="received and satisfied, received and not satisfied, "
                           "not received and not satisfied")


@dataclass(frozen=True)
class FollowUpLine:
    """A shipment waiting for its follow-up, with the working-day limit it is judged by."""

    rma_no: str
    customer: str
    note_no: str
    shipped_at: datetime
    due_at: datetime
    overdue: bool

    def to_json(self) -> dict[str, object]:
        return {"rma_no": self.rma_no, "customer": self.customer, "note_no": self.note_no,
                "shipped_at": self.shipped_at.isoformat(), "due_at": self.due_at.isoformat(),
                "overdue": self.overdue}


def follow_up_lines(waiting: list[FollowUpDue], *, now: datetime, calendar: WorkingCalendar,
                    settings: SupervisionSettings, due_only: bool = False) -> list[FollowUpLine]:
    """Each shipment's follow-up deadline (N working days after shipping, the same rule as
    the Overdue list); ``due_only``: only those past it at ``now``. Earliest deadline first."""
    out = []
    for f in waiting:
        due = calendar.deadline(f.shipped_at, settings.follow_up_days,
                                settings.utc_offset_minutes)
        if due_only and not due < now:
            continue
        out.append(FollowUpLine(f.rma_no, f.customer, f.note_no, f.shipped_at, due, due < now))
    return sorted(out, key=lambda line: (line.due_at, line.rma_no, line.note_no))


# -- the first contact after a return is accepted (seed 002: 业务部门受理投诉当日2小时内与客户取得联系)


@dataclass(frozen=True)
class FirstContactLine:
    """An accepted return whose customer business has not called yet, with its limit."""

    rma_no: str
    customer: str
    received_at: datetime
    due_at: datetime
    overdue: bool

    def to_json(self) -> dict[str, object]:
        return {"rma_no": self.rma_no, "customer": self.customer,
                "received_at": self.received_at.isoformat(), "due_at": self.due_at.isoformat(),
                "overdue": self.overdue}


def first_contact_lines(waiting: list[ContactDue], *, now: datetime, calendar: WorkingCalendar,
                        settings: SupervisionSettings,
                        due_only: bool = False) -> list[FirstContactLine]:
    """Each return's first-contact deadline: ``contact_hours`` working hours after receipt,
    the same rule as the Overdue list. Earliest deadline first."""
    out = []
    for c in waiting:
        due = calendar.add_working_hours(c.received_at, settings.contact_hours,
                                         settings.utc_offset_minutes)
        if due_only and not due < now:
            continue
        out.append(FirstContactLine(c.rma_no, c.customer, c.received_at, due, due < now))
    return sorted(out, key=lambda line: (line.due_at, line.rma_no))
