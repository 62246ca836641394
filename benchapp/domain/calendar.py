"""ISO weeks in the shop's local time, and the working calendar the time limits count on."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from functools import lru_cache

from benchapp.domain.errors import InvalidInput, Reason

_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
WEEK_FORMAT = "YYYY-Www (ISO week, e.g. 2026-W47; W53 only in long years)"


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always lies in the last ISO week of its year."""
    return date(year, 12, 28).isocalendar().week


@lru_cache(maxsize=8)
def shop_zone(utc_offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=utc_offset_minutes))


def local_date(moment: datetime, utc_offset_minutes: int) -> date:
    """The calendar date on the shop's wall clock at ``moment`` (aware)."""
    return moment.astimezone(shop_zone(utc_offset_minutes)).date()


def local_midnight(day: date, utc_offset_minutes: int) -> datetime:
    """00:00 of ``day`` on the shop's wall clock, as an aware UTC datetime."""
    return datetime.combine(day, time(0), tzinfo=shop_zone(utc_offset_minutes)).astimezone(UTC)


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO 8601 week: Monday to Sunday, week 1 holds the year's first Thursday."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9998 or not 1 <= self.week <= weeks_in_year(self.year):
            raise InvalidInput(Reason.VALUE_INVALID, value=f"{self.year}-W{self.week:02d}",
                               field="ISO week", allowed=WEEK_FORMAT)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        match = _WEEK_RE.match(text or "")
        if not match:
            raise InvalidInput(Reason.VALUE_INVALID, value=text, field="ISO week",
                               allowed=WEEK_FORMAT)
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def from_key(cls, key: int) -> IsoWeek:
        return cls(key // 100, key % 100)

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def key(self) -> int:
        """YYYYWW as an integer: sorts like the weeks, and is what the summary tables store."""
        return self.year * 100 + self.week

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def shift(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    def bounds(self, utc_offset_minutes: int) -> tuple[datetime, datetime]:
        """[start, end) of the week on the shop's wall clock, as aware UTC datetimes."""
        start = local_midnight(self.monday, utc_offset_minutes)
        return start, start + timedelta(days=7)


def week_of(moment: datetime, utc_offset_minutes: int) -> IsoWeek:
    return IsoWeek.of(local_date(moment, utc_offset_minutes))


def weeks_ending(end: IsoWeek, count: int) -> list[IsoWeek]:
    """``count`` consecutive weeks, oldest first, the last one being ``end``."""
    if count < 1:
        raise InvalidInput(Reason.COUNT_NOT_POSITIVE, what="number of weeks", value=count)
    return [end.shift(-i) for i in range(count - 1, -1, -1)]


def weeks_between(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
    if last < first:
        raise InvalidInput(Reason.VALUE_INVALID, value=f"{first} to {last}", field="week range",
                           allowed="a first week on or before the last week")
    out = [first]
    while out[-1] < last:
        out.append(out[-1].shift(1))
    return out


# -- the working calendar ----------------------------------------------------------------


class DayKind(StrEnum):
    HOLIDAY = "holiday"  # a weekday off (public holiday 法定节假日)
    WORKDAY = "workday"  # a weekend day worked instead (调休)


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: DayKind
    name: str = ""


DEFAULT_DAY_START = time(8, 30)  # 003_* 第五条: 售后服务部门的工作时间为每天8:30-17:30
DEFAULT_DAY_END = time(17, 30)
WEEKEND = frozenset({5, 6})  # Saturday and Sunday (date.weekday())


@dataclass(frozen=True)
class WorkingCalendar:
    """The shop's working time: Monday to Friday (minus ``weekend``), minus holidays, plus
    make-up working days (调休), each from ``day_start`` to ``day_end`` on the shop's clock.

    The caller gives it all (the days come from the database, the hours from the shop
    settings); nothing here reads a clock or a store.
    """

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    day_start: time = DEFAULT_DAY_START
    day_end: time = DEFAULT_DAY_END
    weekend: frozenset[int] = WEEKEND
    # Deadlines already worked out on this calendar: the supervisor desk asks for the same
    # ones (each open notice's report and closure) several times a refresh, and a calendar
    # kept between refreshes (while its days are unchanged) answers them at once.
    _deadlines: dict[tuple, datetime] = field(default_factory=dict, init=False, repr=False,
                                              compare=False)

    def __post_init__(self) -> None:
        if not self.day_start < self.day_end:
            raise InvalidInput(Reason.VALUE_INVALID,
                               value=f"{self.day_start:%H:%M}-{self.day_end:%H:%M}",
                               field="working hours", allowed="a start before the end")

    @classmethod
    def from_days(cls, days: Iterable[CalendarDay], *, day_start: time = DEFAULT_DAY_START,
                  day_end: time = DEFAULT_DAY_END) -> WorkingCalendar:
        days = list(days)
        return cls(holidays=frozenset(d.day for d in days if d.kind is DayKind.HOLIDAY),
                   workdays=frozenset(d.day for d in days if d.kind is DayKind.WORKDAY),
                   day_start=day_start, day_end=day_end)

    def with_hours(self, day_start: time, day_end: time) -> WorkingCalendar:
        return replace(self, day_start=day_start, day_end=day_end)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() not in self.weekend

    def nth_working_day_after(self, day: date, n: int) -> date:
        """The n-th working day strictly after ``day`` (n=0: ``day`` itself)."""
        if n < 0:
            raise InvalidInput(Reason.VALUE_INVALID, value=n, field="working days",
                               allowed="a number >= 0")
        current = day
        # A year of holidays cannot hide more than a few weeks of working days; the bound
        # only stops a calendar with no working day at all from looping forever.
        for _ in range(n * 7 + 400):
            if n == 0:
                return current
            current += timedelta(days=1)
            if self.is_working_day(current):
                n -= 1
        raise InvalidInput(Reason.VALUE_INVALID, value=day.isoformat(), field="calendar",
                           allowed="a calendar with working days")

    def end_of_day(self, day: date, utc_offset_minutes: int) -> datetime:
        """``day_end`` of ``day`` on the shop's clock, as an aware UTC datetime."""
        return datetime.combine(day, self.day_end,
                                tzinfo=shop_zone(utc_offset_minutes)).astimezone(UTC)

    def deadline(self, start: datetime, working_days: int, utc_offset_minutes: int) -> datetime:
        """Close of the n-th working day after the local date of ``start`` (aware UTC).

        002_*: "2 个工作日内" counts whole working days after the day the matter arose, so a
        notice raised on Friday afternoon with 2 working days is due at 17:30 on Tuesday.
        """
        key = ("days", start, working_days, utc_offset_minutes)
        found = self._deadlines.get(key)
        if found is None:
            day = self.nth_working_day_after(local_date(start, utc_offset_minutes),
                                             working_days)
            found = self._remember(key, self.end_of_day(day, utc_offset_minutes))
        return found

    def _remember(self, key: tuple, value: datetime) -> datetime:
        if len(self._deadlines) >= 4096:  # bounded: a bench left running for months
            self._deadlines.clear()
        self._deadlines[key] = value
        return value

    def add_working_hours(self, start: datetime, hours: float,
                          utc_offset_minutes: int) -> datetime:
        """The moment ``hours`` working hours after ``start`` (aware UTC).

        002_*: "受理投诉当日2小时内与客户取得联系" counts the shop's hours: a return accepted at
        17:00 with 2 hours is due at 10:00 on the next working day, not at 19:00.
        """
        if hours < 0:
            raise InvalidInput(Reason.VALUE_INVALID, value=hours, field="working hours",
                               allowed="a number >= 0")
        key = ("hours", start, hours, utc_offset_minutes)
        found = self._deadlines.get(key)
        if found is None:
            found = self._remember(key, self._add_working_hours(start, hours,
                                                                utc_offset_minutes))
        return found

    def _add_working_hours(self, start: datetime, hours: float,
                           utc_offset_minutes: int) -> datetime:
        zone = shop_zone(utc_offset_minutes)
        local = start.astimezone(zone)
        day, at = local.date(), local.timetz().replace(tzinfo=None)
        if not self.is_working_day(day) or at >= self.day_end:
            day, at = self.nth_working_day_after(day, 1), self.day_start
        elif at < self.day_start:
            at = self.day_start
        left = timedelta(hours=hours)
        while True:
            current = datetime.combine(day, at, tzinfo=zone)
            available = datetime.combine(day, self.day_end, tzinfo=zone) - current
            if left <= available:
                return (current + left).astimezone(UTC)
            left -= available
            day, at = self.nth_working_day_after(day, 1), self.day_start


@dataclass(frozen=True)
class SeedPlan:
    """What seeding one year's public days does to the shop's calendar."""

    add: list[CalendarDay]  # new to the calendar: written
    kept: list[CalendarDay]  # the shop has its own entry for that day: left as it is
    seen: list[CalendarDay]  # proposed by an earlier seed: whatever the shop did since stands
    plain: list[CalendarDay]  # a holiday on a weekend or a make-up weekday: changes nothing


def plan_seed(proposed: Iterable[CalendarDay], *, calendar: Iterable[CalendarDay],
              seeded: Iterable[date], weekend: frozenset[int] = WEEKEND) -> SeedPlan:
    """Which public days to add: each is proposed once, never over the shop's own entry, so
    seeding again changes nothing and a day the shop removed stays removed."""
    own = {d.day for d in calendar}
    before = set(seeded)
    add: list[CalendarDay] = []
    kept: list[CalendarDay] = []
    seen: list[CalendarDay] = []
    plain: list[CalendarDay] = []
    for entry in sorted(proposed, key=lambda d: d.day):
        on_weekend = entry.day.weekday() in weekend
        if (entry.kind is DayKind.HOLIDAY) == on_weekend:
            plain.append(entry)
        elif entry.day in before:
            seen.append(entry)
        elif entry.day in own:
            kept.append(entry)
        else:
            add.append(entry)
    return SeedPlan(add=add, kept=kept, seen=seen, plain=plain)
