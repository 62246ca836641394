"""`calendar seed`: China's public holidays and make-up days from the holidays package, added
once, never over the shop's own entries (both backends for the service, SQLite for the CLI)."""

from __future__ import annotations

from datetime import date

import pytest

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import CalendarDay, DayKind
from benchapp.domain.errors import NotPermitted
from benchapp.domain.roles import Role
from benchapp.services import public_holidays
from benchapp.services import supervision as sv
from tests.integration.reports.test_cli import run
from tests.workflow_helpers import Bench


@pytest.fixture
def bench(engine):
    return Bench(SqlAlchemyUnitOfWork(engine))


def days(bench: Bench, year: int) -> dict[str, tuple[str, str]]:
    return {d.day.isoformat(): (d.kind.value, d.name) for d in sv.calendar_days(bench.uow,
                                                                                 year=year)}


def test_china_2026_has_national_day_and_its_make_up_days():
    got = {d.day: d.kind for d in public_holidays.china_days(2026)}
    assert got[date(2026, 10, 1)] is DayKind.HOLIDAY
    assert got[date(2026, 10, 7)] is DayKind.HOLIDAY
    assert got[date(2026, 9, 20)] is DayKind.WORKDAY  # a Sunday worked (调休)
    assert got[date(2026, 10, 10)] is DayKind.WORKDAY  # a Saturday worked
    assert all(d.year == 2026 for d in got)


def test_seeding_is_idempotent_and_never_overwrites_the_shop(bench):
    admin = bench.people[Role.ADMIN]
    # The shop works National Day's Wednesday off its own way and has its own name for 1 Oct.
    sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 1), kind="holiday", name="国庆")
    (first,) = public_holidays.seed(bench.uow, years=[2026], actor=admin)
    assert [d.day for d in first.plan.kept] == [date(2026, 10, 1)]
    assert date(2026, 10, 10) in [d.day for d in first.plan.add]
    seeded = days(bench, 2026)
    assert seeded["2026-10-01"] == ("holiday", "国庆")  # the shop's entry stands
    assert seeded["2026-10-10"][0] == "workday" and seeded["2026-09-20"][0] == "workday"
    assert "2026-10-03" not in seeded  # a Saturday holiday: off anyway, nothing to store
    with bench.uow:
        cal = bench.uow.supervision.calendar()
    assert not cal.is_working_day(date(2026, 10, 6)) and cal.is_working_day(date(2026, 10, 10))

    # The shop decides to work 7 October and renames a make-up day: seeding again changes
    # nothing, not even bringing the removed holiday back.
    sv.remove_calendar_day(bench.uow, admin, day=date(2026, 10, 7))
    sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 10), kind="workday", name="上班")
    before = days(bench, 2026)
    (again,) = public_holidays.seed(bench.uow, years=[2026])
    assert again.plan.add == [] and again.plan.kept == []
    assert days(bench, 2026) == before
    assert "2026-10-07" not in before


def test_a_newly_published_day_is_added_by_a_later_seed(bench):
    first = [CalendarDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦")]
    later = [*first, CalendarDay(date(2027, 2, 20), DayKind.WORKDAY, "调休上班")]
    sv.seed_calendar(bench.uow, years=[2027], public_days=lambda y: first, source="test 1")
    (result,) = sv.seed_calendar(bench.uow, years=[2027], public_days=lambda y: later,
                                 source="test 2")
    assert [d.day for d in result.plan.add] == [date(2027, 2, 20)]
    assert [d.day for d in result.plan.seen] == [date(2027, 1, 1)]
    assert days(bench, 2027) == {"2027-01-01": ("holiday", "元旦"),
                                 "2027-02-20": ("workday", "调休上班")}


def test_only_calendar_editors_seed_in_their_name(bench):
    with pytest.raises(NotPermitted):
        public_holidays.seed(bench.uow, years=[2026], actor=bench.tester)
    assert days(bench, 2026) == {}


def test_first_start_seeds_this_year_and_the_next_once(bench):
    with bench.uow:
        this_year = bench.uow.now().astimezone().year
    seeded = public_holidays.seed_if_never_seeded(bench.uow)
    assert [s.year for s in seeded] in ([this_year, this_year + 1],
                                        [this_year + 1, this_year + 2])
    assert public_holidays.seed_if_never_seeded(bench.uow) == []


def test_calendar_seed_command(sqlite_url):
    # A read or seeding command needs a database: `db upgrade` creates it (and seeds this
    # year and the next, so 2026 may be seeded already when the test runs in 2026 or 2025).
    assert run("db", "upgrade", db=sqlite_url).returncode == 0
    r = run("calendar", "seed", "--year", "2026", db=sqlite_url)
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    if first.startswith("2026: 25 added"):
        assert first.startswith("2026: 25 added, 0 kept as the shop has them, "
                                "0 seeded before (holidays ")
        assert "  added 2026-10-10  Sat  workday  调休上班（10-07 休息）" in r.stdout
    else:
        assert first.startswith("2026: 0 added, 0 kept as the shop has them, 25 seeded before")
    r = run("calendar", "seed", "--year", "2026", db=sqlite_url)
    assert r.stdout.startswith("2026: 0 added, 0 kept as the shop has them, 25 seeded before")
    listed = run("calendar", "list", "--year", "2026", db=sqlite_url).stdout
    assert "2026-10-01  Thu  holiday  国庆节" in listed
    assert "2026-09-20  Sun  workday  调休上班（10-06 休息）" in listed
    r = run("calendar", "seed", "--year", "20266", db=sqlite_url)
    assert r.returncode == 1 and "--year" in r.stderr


def test_the_shop_sets_its_working_day_and_the_deadlines_follow(bench):
    from datetime import UTC, datetime, time, timedelta, timezone

    from benchapp.domain.errors import InvalidInput

    admin = bench.people[Role.ADMIN]
    with pytest.raises(InvalidInput, match="ends after it starts"):
        sv.change_setting(bench.uow, admin, "work_day_end", "08:00")
    assert sv.change_setting(bench.uow, admin, "work_day_end", "12:00") == time(12)
    with bench.uow:
        cal = bench.uow.supervision.calendar()
    assert (cal.day_start, cal.day_end) == (time(8, 30), time(12))
    cn = timezone(timedelta(hours=8))
    # 11:00 on a Wednesday, 2 working hours: one that morning, one the next.
    due = cal.add_working_hours(datetime(2026, 11, 25, 11, tzinfo=cn), 2, 480)
    assert due == datetime(2026, 11, 26, 9, 30, tzinfo=cn).astimezone(UTC)
