"""ISO weeks on the shop's clock and working-day deadlines (holidays, make-up days)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from benchapp.domain.calendar import (
    CalendarDay,
    DayKind,
    IsoWeek,
    WorkingCalendar,
    week_of,
    weeks_between,
    weeks_ending,
    weeks_in_year,
)
from benchapp.domain.errors import InvalidInput

CN = timezone(timedelta(hours=8))
OFFSET = 480


@pytest.mark.parametrize(("year", "weeks"), [(2020, 53), (2021, 52), (2025, 52), (2026, 53),
                                             (2027, 52), (2032, 53)])
def test_long_years_have_week_53(year, weeks):
    assert weeks_in_year(year) == weeks


@pytest.mark.parametrize(("text", "week"), [
    ("2026-W47", IsoWeek(2026, 47)), ("2026w47", IsoWeek(2026, 47)), (" 2026-W5 ", IsoWeek(2026, 5)),
    ("2026-W53", IsoWeek(2026, 53)), ("2020-W53", IsoWeek(2020, 53)),
])
def test_parse_weeks(text, week):
    assert IsoWeek.parse(text) == week
    assert str(week) == f"{week.year}-W{week.week:02d}"


@pytest.mark.parametrize("text", ["2025-W53", "2026-W00", "2026-W54", "2026-47", "W47", "",
                                  "2026-W4x"])
def test_bad_weeks_are_refused_with_the_format(text):
    with pytest.raises(InvalidInput, match="ISO week"):
        IsoWeek.parse(text)


def test_week_53_spans_the_year_end():
    w = IsoWeek(2026, 53)
    assert (w.monday, w.sunday) == (date(2026, 12, 28), date(2027, 1, 3))
    assert w.shift(1) == IsoWeek(2027, 1) and w.shift(-1) == IsoWeek(2026, 52)
    assert IsoWeek(2020, 53).sunday == date(2021, 1, 3)
    assert IsoWeek.of(date(2021, 1, 3)) == IsoWeek(2020, 53)
    assert IsoWeek.from_key(w.key) == w and w.key == 202653


def test_week_bounds_are_shop_midnights_in_utc():
    start, end = IsoWeek(2027, 1).bounds(OFFSET)
    assert start == datetime(2027, 1, 3, 16, 0, tzinfo=UTC)
    assert end - start == timedelta(days=7)
    # Monday 00:30 in the shop is still Sunday in UTC, and belongs to the shop's new week.
    assert week_of(datetime(2027, 1, 4, 0, 30, tzinfo=CN), OFFSET) == IsoWeek(2027, 1)
    assert week_of(datetime(2027, 1, 3, 23, 30, tzinfo=CN), OFFSET) == IsoWeek(2026, 53)
    assert week_of(datetime(2027, 1, 3, 23, 30, tzinfo=CN), 0) == IsoWeek(2026, 53)
    assert week_of(datetime(2027, 1, 4, 0, 30, tzinfo=CN), 0) == IsoWeek(2026, 53)


def test_week_ranges_cross_the_year_end():
    assert [str(w) for w in weeks_ending(IsoWeek(2027, 2), 4)] == [
        "2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    assert len(weeks_ending(IsoWeek(2026, 47), 52)) == 52
    assert weeks_between(IsoWeek(2020, 52), IsoWeek(2021, 1)) == [
        IsoWeek(2020, 52), IsoWeek(2020, 53), IsoWeek(2021, 1)]
    with pytest.raises(InvalidInput):
        weeks_between(IsoWeek(2021, 2), IsoWeek(2021, 1))
    with pytest.raises(InvalidInput):
        weeks_ending(IsoWeek(2021, 2), 0)


NATIONAL_DAY = WorkingCalendar.from_days(
    [CalendarDay(date(2026, 10, d), DayKind.HOLIDAY, "国庆节") for d in range(1, 9)
     if date(2026, 10, d).weekday() < 5]
    + [CalendarDay(date(2026, 10, 10), DayKind.WORKDAY, "调休")])


def test_working_days_skip_weekends_and_holidays_and_count_make_up_days():
    assert not NATIONAL_DAY.is_working_day(date(2026, 10, 1))  # Thursday, holiday
    assert NATIONAL_DAY.is_working_day(date(2026, 10, 10))  # Saturday, made up
    assert not NATIONAL_DAY.is_working_day(date(2026, 10, 11))  # Sunday
    assert NATIONAL_DAY.nth_working_day_after(date(2026, 9, 30), 1) == date(2026, 10, 9)
    assert NATIONAL_DAY.nth_working_day_after(date(2026, 9, 30), 2) == date(2026, 10, 10)
    assert NATIONAL_DAY.nth_working_day_after(date(2026, 9, 30), 0) == date(2026, 9, 30)


def test_deadline_is_the_end_of_the_nth_working_day_in_shop_time():
    plain = WorkingCalendar()
    friday = datetime(2026, 11, 20, 15, 0, tzinfo=CN)
    # Friday + 2 working days = close of Tuesday's working day (17:30) in the shop.
    assert plain.deadline(friday, 2, OFFSET) == datetime(2026, 11, 24, 17, 30, tzinfo=CN)
    # Saturday 01:00 in the shop is Friday in UTC: the shop's date counts.
    saturday = datetime(2026, 11, 21, 1, 0, tzinfo=CN)
    assert plain.deadline(saturday, 1, OFFSET) == datetime(2026, 11, 23, 17, 30, tzinfo=CN)
    assert NATIONAL_DAY.deadline(datetime(2026, 9, 30, 10, tzinfo=CN), 2, OFFSET) == \
        datetime(2026, 10, 10, 17, 30, tzinfo=CN)


def test_a_calendar_without_working_days_is_refused_not_an_endless_loop():
    days = [CalendarDay(date(2027, 1, 1) + timedelta(days=i), DayKind.HOLIDAY)
            for i in range(800)]
    with pytest.raises(InvalidInput):
        WorkingCalendar.from_days(days).nth_working_day_after(date(2027, 1, 1), 1)
