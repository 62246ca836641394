"""services/reports.py over a fake unit of work: the refresh loop and the input checks."""

from __future__ import annotations

from typing import Self

import pytest

from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import InvalidInput
from benchapp.services import reports
from benchapp.services.reports import RefreshStep, ReportSummary


class FakeSummary(ReportSummary):
    """Marked RMA ids, rebuilt oldest first in batches of ``limit``."""

    def __init__(self, marked: list[int], *, rebuild_all: bool = False) -> None:
        self.marked = sorted(marked)
        self.rebuild_all = rebuild_all
        self.batches: list[list[int]] = []

    def refresh_step(self, *, limit: int) -> RefreshStep:
        rebuilt_all, self.rebuild_all = self.rebuild_all, False
        stale = len(self.marked)
        batch, self.marked = self.marked[:limit], self.marked[limit:]
        if batch:
            self.batches.append(batch)
        return RefreshStep(rebuilt_all=rebuilt_all, rmas=len(batch), stale=stale,
                           more=bool(self.marked))


class FakeUow:
    def __init__(self, summary: FakeSummary) -> None:
        self.report_summary = summary
        self.transactions = 0
        self.commits = 0

    def __enter__(self) -> Self:
        self.transactions += 1
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def commit(self) -> None:
        self.commits += 1


def test_a_refresh_rebuilds_every_marked_rma_one_committed_batch_at_a_time(monkeypatch):
    monkeypatch.setattr(reports, "RMA_CHUNK", 3)
    uow = FakeUow(FakeSummary([7, 1, 5, 3, 9, 2, 8], rebuild_all=True))
    seen: list[tuple[int, int]] = []
    stats = reports.refresh_summary(uow, progress=lambda done, total: seen.append((done, total)))
    assert uow.report_summary.batches == [[1, 2, 3], [5, 7, 8], [9]]
    assert (stats.rmas, stats.rebuilt_all) == (7, True)
    assert seen == [(3, 7), (6, 7), (7, 7)]
    assert uow.transactions == uow.commits == 3


def test_nothing_marked_is_one_short_transaction_and_no_progress():
    uow = FakeUow(FakeSummary([]))
    seen: list[tuple[int, int]] = []
    stats = reports.refresh_summary(uow, progress=lambda done, total: seen.append((done, total)))
    assert (stats.rmas, stats.rebuilt_all, seen, uow.transactions) == (0, False, [], 1)


def test_an_unknown_chart_dimension_is_refused_before_the_database_is_asked():
    uow = FakeUow(FakeSummary([1]))
    with pytest.raises(InvalidInput):
        reports.bar_units(uow, IsoWeek(2026, 47), "colour", "red", refresh=True)
    assert uow.transactions == 0
