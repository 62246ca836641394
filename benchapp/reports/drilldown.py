"""The weekly charts' data and the units behind one bar, as plain data (no Qt, no SQL).

A bar of the weekly report counts rows of the summary table ``report_unit_weeks`` (one unit
in one ISO week, classified by its last repair of the week, docs/reports.md). The units
behind a bar are those same rows, chosen with the same condition the report counts with, so
a bar of height n always lists n units:

- ``cause``: every row of the week with that cause category (``by_cause``, the Pareto);
- ``model``: every row of the week with that model (``by_model``);
- ``process`` / ``department``: the repaired rows (at least one repair record in the week)
  with that responsible process or department (``by_process`` / ``by_department``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from benchapp.domain.calendar import IsoWeek
from benchapp.reports.weekly import WeekFigures, WeeklyReport

DIMENSIONS: tuple[str, ...] = ("cause", "model", "process", "department")
TREND_WEEKS = 52


@dataclass(frozen=True)
class ChartData:
    """What the supervisor's charts draw for one week: the weekly report and its trend."""

    week: IsoWeek
    report: WeeklyReport
    trend: list[WeekFigures]  # TREND_WEEKS weeks ending with ``week``, oldest first


@dataclass(frozen=True)
class BarUnit:
    """One unit behind a bar, as the drill-down table lists it."""

    rma_no: str
    serial: str
    model: str
    cause: str  # cause key (production, ..., nff)
    root_cause: str
    responsible_process: str
    responsible_department: str
    repair_minutes: int
    rework_loops: int
    # The unit's last repair of the week (or its no-fault-found release), on the shop clock.
    repaired_at: datetime | None
