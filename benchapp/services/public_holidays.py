"""China's public holidays and make-up working days (调休) from the `holidays` package."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from benchapp.domain.calendar import CalendarDay, DayKind, local_date

if TYPE_CHECKING:
    from benchapp.domain.roles import Actor
    from benchapp.services.supervision import SeededYear
    from benchapp.services.unit_of_work import AbstractUnitOfWork

NAME_LIMIT = 100


def source_name() -> str:
    """Where the days come from, as recorded with each seeded day."""
    from importlib.metadata import version

    return f"holidays {version('holidays')}"


def china_days(year: int) -> list[CalendarDay]:
    """The year's public holidays and the weekend days worked in exchange.

    ``holidays.China`` lists the days off, a substituted day off named after the weekend day
    it was moved from ("休息日（由 2026-10-10 调休）"); ``weekend_workdays`` holds those weekend
    days, for every year its substitutions touch, so it is cut to ``year``. A year the State
    Council has not announced yet has the fixed holidays only, no make-up days.
    """
    import holidays

    days = holidays.China(years=year, language="zh_CN")
    out = [CalendarDay(day=day, kind=DayKind.HOLIDAY, name=str(name)[:NAME_LIMIT])
           for day, name in sorted(days.items()) if day.year == year]
    moved_to: dict[date, date] = {}
    for day, name in days.items():
        for worked in days.weekend_workdays:
            if worked.isoformat() in str(name):
                moved_to[worked] = day
    for worked in sorted(d for d in days.weekend_workdays if d.year == year):
        off = moved_to.get(worked)
        name = f"调休上班（{off:%m-%d} 休息）" if off else "调休上班"
        out.append(CalendarDay(day=worked, kind=DayKind.WORKDAY, name=name))
    return out


def seed(uow: AbstractUnitOfWork, *, years: list[int] | None = None,
         actor: Actor | None = None) -> list[SeededYear]:
    """Seed ``years`` (default: the shop's current and next year) from the package."""
    from benchapp.services.supervision import seed_calendar

    if years is None:
        with uow:
            today = local_date(uow.now(), uow.supervision.settings().utc_offset_minutes)
        years = [today.year, today.year + 1]
    return seed_calendar(uow, years=years, public_days=china_days, source=source_name(),
                         actor=actor)


def seed_if_never_seeded(uow: AbstractUnitOfWork) -> list[SeededYear]:
    """On the first start: the current and next year, each unless seeded before (a cheap read
    that does not load the package)."""
    with uow:
        today = local_date(uow.now(), uow.supervision.settings().utc_offset_minutes)
        years = [y for y in (today.year, today.year + 1) if not uow.supervision.seeded_days(y)]
    return seed(uow, years=years) if years else []
