"""Every time limit of 002_* counted in the shop's working time: across a weekend, a public
holiday (National Day 2026) and a make-up working day (调休), at 8:30-17:30."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from benchapp.domain.calendar import CalendarDay, DayKind, WorkingCalendar
from benchapp.domain.errors import InvalidInput
from benchapp.domain.roles import Actor, Role
from benchapp.domain.supervision import (
    ComplaintCase,
    ContactDue,
    CorrectiveAction,
    FollowUpDue,
    OverdueKind,
    SupervisionSettings,
    overdue_items,
)

CN = timezone(timedelta(hours=8))
OFFSET = 480
SECOND = timedelta(seconds=1)
QC_SUP = Actor(user_id=1, username="qcsup", roles=frozenset({Role.QC_SUPERVISOR}))
PROD_SUP = Actor(user_id=2, username="prodsup", roles=frozenset({Role.PRODUCTION_SUPERVISOR}))

# The State Council's 2026 arrangement around National Day: Mid-Autumn Friday 25 September,
# 1-7 October off (the weekdays among them are the holidays), Sunday 20 September and
# Saturday 10 October worked instead.
CAL_2026 = WorkingCalendar.from_days(
    [CalendarDay(date(2026, 9, 25), DayKind.HOLIDAY, "中秋节")]
    + [CalendarDay(date(2026, 10, d), DayKind.HOLIDAY, "国庆节") for d in (1, 2, 5, 6, 7)]
    + [CalendarDay(date(2026, 9, 20), DayKind.WORKDAY, "调休"),
       CalendarDay(date(2026, 10, 10), DayKind.WORKDAY, "调休")])


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=CN)


def notice(raised_at: datetime, severity: str = "general") -> ComplaintCase:
    c = ComplaintCase(notice_no="CCN-000001", rma_no="RMA-000001", customer="C", model="M",
                      raised_at=raised_at, non_customer_units=2, shipped_qty=3,
                      causes={"production": 2})
    c.classify(QC_SUP, severity)
    return c


def late(now: datetime, **records) -> set[OverdueKind]:
    lists = {"contacts": [], "follow_ups": [], "cases": [], "actions": []} | records
    return {i.kind for i in overdue_items(now.astimezone(UTC), CAL_2026, SupervisionSettings(),
                                          **lists)}


def assert_due_exactly(due: datetime, kind: OverdueKind, **records) -> None:
    """Not late at the due moment, late one second after it."""
    assert kind not in late(due, **records)
    assert kind in late(due + SECOND, **records)


# -- 2 working hours to contact the customer --------------------------------------------

@pytest.mark.parametrize(("received", "due"), [
    # 17:00 leaves half an hour today: 1.5 h run from 8:30 on the next working day.
    (at(11, 25, 17), at(11, 26, 10)),
    (at(11, 25, 7, 15), at(11, 25, 10, 30)),  # before the day starts: counted from 8:30
    (at(11, 25, 19), at(11, 26, 10, 30)),  # after hours: from 8:30 the next day
    (at(11, 27, 16, 30), at(11, 30, 9, 30)),  # Friday: the weekend does not run
    (at(11, 28, 11), at(11, 30, 10, 30)),  # a Saturday: from Monday 8:30
    (at(9, 30, 17), at(10, 8, 10)),  # the eve of National Day: the holidays do not run
    (at(10, 3, 10), at(10, 8, 10, 30)),  # a Saturday inside the holidays
    (at(10, 9, 17), at(10, 10, 10)),  # Friday before a make-up Saturday: Saturday counts
    (at(10, 10, 9), at(10, 10, 11)),  # on the make-up Saturday itself
    (at(9, 19, 16), at(9, 20, 10, 30)),  # a plain Saturday, then a make-up Sunday
    (at(9, 24, 17), at(9, 28, 10)),  # Thursday before Mid-Autumn Friday and a weekend
], ids=["evening", "early", "after-hours", "weekend", "saturday", "national-day",
        "in-holiday", "make-up-saturday", "on-make-up-day", "make-up-sunday", "mid-autumn"])
def test_contact_within_two_working_hours(received, due):
    assert CAL_2026.add_working_hours(received, 2, OFFSET) == due
    assert_due_exactly(due, OverdueKind.CUSTOMER_CONTACT,
                       contacts=[ContactDue("RMA-1", "C", received.astimezone(UTC))])


def test_a_return_received_at_five_is_not_overdue_at_half_past_nine_next_day():
    received = at(11, 25, 17)
    contacts = [ContactDue("RMA-1", "C", received)]
    assert late(at(11, 25, 19), contacts=contacts) == set()  # two clock hours later
    assert late(at(11, 26, 9, 30), contacts=contacts) == set()
    assert late(at(11, 26, 10, 1), contacts=contacts) == {OverdueKind.CUSTOMER_CONTACT}


# -- 2 working days for a general report, 5 for the 8D and for closure -------------------

@pytest.mark.parametrize(("raised", "due"), [
    (at(11, 20, 15), at(11, 24, 17, 30)),  # Friday: Monday, Tuesday
    (at(9, 30, 10), at(10, 9, 17, 30)),  # before National Day: 8 and 9 October
    (at(10, 9, 10), at(10, 12, 17, 30)),  # the make-up Saturday is the first day
    (at(9, 18, 10), at(9, 21, 17, 30)),  # the make-up Sunday is the first day
], ids=["weekend", "national-day", "make-up-saturday", "make-up-sunday"])
def test_general_report_within_two_working_days(raised, due):
    case = notice(raised)
    assert case.report_due(CAL_2026, SupervisionSettings()) == due.astimezone(UTC)
    assert_due_exactly(due, OverdueKind.COMPLAINT_REPORT, cases=[case])


@pytest.mark.parametrize(("raised", "due"), [
    (at(11, 20, 15), at(11, 27, 17, 30)),  # Friday to Friday over one weekend
    (at(9, 30, 10), at(10, 13, 17, 30)),  # 8, 9, 10 (make-up), 12, 13 October
    (at(9, 18, 10), at(9, 24, 17, 30)),  # 20 (make-up Sunday), 21, 22, 23, 24 September
], ids=["weekend", "national-day", "make-up-sunday"])
def test_8d_and_closure_within_five_working_days(raised, due):
    case = notice(raised, "serious")
    settings = SupervisionSettings()
    assert case.report_due(CAL_2026, settings) == due.astimezone(UTC)
    assert case.closure_due(CAL_2026, settings) == due.astimezone(UTC)
    assert_due_exactly(due, OverdueKind.COMPLAINT_REPORT, cases=[case])
    assert_due_exactly(due, OverdueKind.COMPLAINT_CLOSURE, cases=[notice(raised)])


# -- follow-up N working days after shipping, corrective actions on their due date ---------

@pytest.mark.parametrize(("shipped", "due"), [
    (at(11, 26, 16), at(12, 1, 17, 30)),  # Thursday: Friday, Monday, Tuesday
    (at(9, 29, 11), at(10, 9, 17, 30)),  # 30 September, 8 and 9 October
    (at(10, 8, 11), at(10, 12, 17, 30)),  # 9, 10 (make-up Saturday), 12 October
], ids=["weekend", "national-day", "make-up-saturday"])
def test_follow_up_three_working_days_after_shipping(shipped, due):
    assert_due_exactly(due, OverdueKind.FOLLOW_UP,
                       follow_ups=[FollowUpDue("RMA-1", "C", "SHN-1", shipped)])


def test_a_corrective_action_is_due_at_the_close_of_its_due_date():
    action = CorrectiveAction.open(
        PROD_SUP, "CA-000001", responsible_process="SMT贴片", responsible_department="生产部",
        person_found="李四", kpi_consequence="-", preventive_measure="炉温点检",
        due_date=date(2026, 10, 10), today=date(2026, 9, 28))
    assert action.due_at(OFFSET, CAL_2026) == at(10, 10, 17, 30).astimezone(UTC)
    assert_due_exactly(at(10, 10, 17, 30), OverdueKind.CORRECTIVE_ACTION, actions=[action])


# -- the shop's own hours -------------------------------------------------------------------

def test_the_shop_sets_its_own_working_day():
    early = CAL_2026.with_hours(time(8), time(12))
    assert early.add_working_hours(at(11, 25, 11), 2, OFFSET) == at(11, 26, 9).astimezone(UTC)
    assert early.deadline(at(11, 20, 15), 2, OFFSET) == at(11, 24, 12).astimezone(UTC)
    with pytest.raises(InvalidInput):
        WorkingCalendar(day_start=time(17, 30), day_end=time(8, 30))
    with pytest.raises(InvalidInput):
        CAL_2026.add_working_hours(at(11, 25, 11), -1, OFFSET)


def test_long_hour_limits_span_several_working_days():
    # 20 working hours from Wednesday 9:30 before National Day: 8 h that day, 9 on 8 October,
    # 3 on 9 October.
    assert CAL_2026.add_working_hours(at(9, 30, 9, 30), 20, OFFSET) == \
        at(10, 9, 11, 30).astimezone(UTC)


# -- seeding the calendar -------------------------------------------------------------------

def test_a_seed_adds_each_public_day_once_and_never_over_the_shop():
    from benchapp.domain.calendar import plan_seed

    national = CalendarDay(date(2026, 10, 1), DayKind.HOLIDAY, "国庆节")
    saturday_off = CalendarDay(date(2026, 10, 3), DayKind.HOLIDAY, "国庆节")
    make_up = CalendarDay(date(2026, 10, 10), DayKind.WORKDAY, "调休上班")
    removed = CalendarDay(date(2026, 10, 7), DayKind.HOLIDAY, "休息日")
    shop_own = CalendarDay(date(2026, 10, 1), DayKind.HOLIDAY, "国庆")
    plan = plan_seed([make_up, removed, saturday_off, national], calendar=[shop_own],
                     seeded=[removed.day])
    assert plan.add == [make_up]  # new to the shop
    assert plan.kept == [national]  # the shop's own entry for the day stands
    assert plan.seen == [removed]  # seeded before, then removed by the shop: stays removed
    assert plan.plain == [saturday_off]  # a Saturday is off anyway


# -- the complaint notice's own limits: contact, report/8D, closure, met or missed ----------

@pytest.mark.parametrize(("raised", "due"), [
    (at(11, 27, 16, 30), at(11, 30, 9, 30)),  # Friday: the weekend does not run
    (at(9, 30, 17), at(10, 8, 10)),  # the eve of National Day: the holidays do not run
    (at(10, 9, 17), at(10, 10, 10)),  # Friday before a make-up Saturday: Saturday counts
], ids=["weekend", "national-day", "make-up-saturday"])
def test_notice_contact_within_two_working_hours(raised, due):
    case = notice(raised.astimezone(UTC))
    (contact,) = [d for d in case.deadlines(CAL_2026, SupervisionSettings(), raised)
                  if d.what == "contact"]
    assert contact.due == due.astimezone(UTC) and contact.met is None
    assert_due_exactly(due, OverdueKind.COMPLAINT_CONTACT, cases=[case])


@pytest.mark.parametrize(("raised", "report_due", "closure_due"), [
    (at(11, 20, 15), at(11, 24, 17, 30), at(11, 27, 17, 30)),  # over a weekend
    (at(9, 30, 10), at(10, 9, 17, 30), at(10, 13, 17, 30)),  # over National Day
    (at(10, 9, 10), at(10, 12, 17, 30), at(10, 15, 17, 30)),  # make-up Saturday 10 Oct
], ids=["weekend", "national-day", "make-up-saturday"])
def test_each_limit_is_met_or_missed_on_the_working_calendar(raised, report_due, closure_due):
    settings = SupervisionSettings()
    case = notice(raised.astimezone(UTC))
    tester = Actor(user_id=3, username="tester", roles=frozenset({Role.TESTER}))
    case.assign(QC_SUP, 3, "tester", tester.roles, raised)
    case.record_contact(tester, contacted_at=raised + timedelta(minutes=30), person="王经理",
                        channel="phone", note="已联系", now=raised + timedelta(minutes=30))
    # The report comes in one second after its limit: missed, and said so.
    case.attach(tester, kind="report", file_name="r.pdf", content=b"%PDF-1.7 x",
                now=(report_due + SECOND).astimezone(UTC))
    case.close(QC_SUP, "ok", closure_due.astimezone(UTC))  # closed on the last moment: met
    got = {d.what: (d.due, d.met)
           for d in case.deadlines(CAL_2026, settings, closure_due + timedelta(days=30))}
    assert got == {"contact": (CAL_2026.add_working_hours(raised, 2, OFFSET), True),
                   "report": (report_due.astimezone(UTC), False),
                   "closure": (closure_due.astimezone(UTC), True)}
    assert case.next_deadline(CAL_2026, settings, closure_due) is None


def test_a_major_notice_waits_for_its_8d_not_the_report():
    raised = at(9, 30, 10)  # over National Day: 8, 9, 10 (make-up), 12, 13 October
    case = notice(raised.astimezone(UTC), "major")
    case.attach(QC_SUP, kind="report", file_name="r.pdf", content=b"%PDF-1.7 x",
                now=raised.astimezone(UTC))
    assert_due_exactly(at(10, 13, 17, 30), OverdueKind.COMPLAINT_REPORT, cases=[case])
    (eight_d,) = [d for d in case.deadlines(CAL_2026, SupervisionSettings(), raised)
                  if d.what == "8d"]
    assert eight_d.done_at is None
