"""Yield figures (issue 17.5): first-pass yield of re-inspection, mean time to repair, return
rate per delivery and per model. Read-only; every read is bounded by the period asked for
(re-inspections and repair records by their time, RMAs by their receipt) or by the
deliveries found in it."""

from __future__ import annotations

import abc
from collections import defaultdict
from datetime import datetime
from typing import Any

from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.reports.yields import (
    BucketYield,
    DeliveryReturns,
    ModelReturns,
    YieldRange,
    YieldReport,
)
from benchapp.services.unit_of_work import AbstractUnitOfWork

# Deliveries listed: a period with more than this many returned deliveries says it was cut.
DEFAULT_DELIVERY_LIMIT = 1000
MAX_DELIVERY_LIMIT = 10000


class YieldQueries(abc.ABC):
    """Reads of the yield figures (db/yields.py), each entering through an index."""

    @abc.abstractmethod
    def first_attempts(self, start: datetime, end: datetime) -> tuple[int, int]:
        """(units, passed): the units whose first re-inspection attempt was decided in
        [start, end) (at its first FAIL, test or OQC, or at its OQC PASS when nothing
        failed), and how many of them passed."""

    @abc.abstractmethod
    def repair_minutes(self, start: datetime, end: datetime) -> tuple[int, int]:
        """(records, minutes): the repair records completed in [start, end), their minutes
        summed."""

    @abc.abstractmethod
    def deliveries_returned(self, start: datetime, end: datetime, *, limit: int) -> list[int]:
        """Ids of the deliveries an RMA received in [start, end) names, by id."""

    @abc.abstractmethod
    def delivery_returns(self, delivery_ids: list[int]) -> list[dict[str, Any]]:
        """Per delivery and model: delivery_id, delivery_no, customer, ship_date,
        delivered_qty, model, returned_units (distinct serials over all its RMAs)."""


class YieldUnitOfWork(AbstractUnitOfWork):
    yields: YieldQueries


def yield_report(uow: YieldUnitOfWork, period: YieldRange, *,
                 delivery_limit: int = DEFAULT_DELIVERY_LIMIT) -> YieldReport:
    """The yield figures of ``period``, per week or month, read in one transaction.

    Mean time to repair is the repair records' own minutes (the engineer's recorded time on
    the unit), not the elapsed time from receipt: waiting for parts or a handover is not
    repair time, and the monthly report's repair time is the same minutes."""
    if (isinstance(delivery_limit, bool) or not isinstance(delivery_limit, int)
            or not 1 <= delivery_limit <= MAX_DELIVERY_LIMIT):
        raise InvalidInput(Reason.VALUE_INVALID, value=delivery_limit, field="limit",
                           allowed=f"1 to {MAX_DELIVERY_LIMIT}")
    with uow:
        return read_yields(uow, period, delivery_limit=delivery_limit)


def read_yields(uow: YieldUnitOfWork, period: YieldRange, *,
                delivery_limit: int = DEFAULT_DELIVERY_LIMIT) -> YieldReport:
    """The yield figures read inside the caller's open unit of work: the monthly report reads
    them in its own transaction, with its other figures."""
    buckets = []
    offset = uow.supervision.settings().utc_offset_minutes
    # Each week or month counted by the database in its own bounds on the shop's clock.
    for name in period.buckets:
        weeks = [w for w in period.weeks if period.bucket(w) == name]
        start, end = weeks[0].bounds(offset)[0], weeks[-1].bounds(offset)[1]
        buckets.append(BucketYield(name, *uow.yields.first_attempts(start, end),
                                   *uow.yields.repair_minutes(start, end)))
    start = period.weeks[0].bounds(offset)[0]
    end = period.weeks[-1].bounds(offset)[1]
    ids = uow.yields.deliveries_returned(start, end, limit=delivery_limit + 1)
    truncated = len(ids) > delivery_limit
    rows = uow.yields.delivery_returns(ids[:delivery_limit]) if ids else []
    return YieldReport(range=period, buckets=tuple(buckets), deliveries=_deliveries(rows),
                       models=_models(rows), deliveries_truncated=truncated)


def _deliveries(rows: list[dict[str, Any]]) -> tuple[DeliveryReturns, ...]:
    by_id: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_id[r["delivery_id"]].append(r)
    out = []
    for group in by_id.values():
        first = group[0]
        out.append(DeliveryReturns(
            delivery_no=first["delivery_no"], customer=first["customer"],
            models=tuple(sorted({r["model"] for r in group})), ship_date=first["ship_date"],
            delivered_qty=first["delivered_qty"],
            returned_units=sum(r["returned_units"] for r in group)))
    # The worst delivery first: the one the supervisor acts on.
    out.sort(key=lambda d: (d.return_rate is None, -(d.return_rate or 0), d.delivery_no,
                            d.customer))
    return tuple(out)


def _models(rows: list[dict[str, Any]]) -> tuple[ModelReturns, ...]:
    # A delivery is one model in practice; when two came back from one delivery, its
    # quantity is each model's denominator (docs/reports.md says so).
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        a = acc[r["model"]]
        if r["delivered_qty"] is None:
            a[3] += 1
            continue
        a[0] += 1
        a[1] += r["delivered_qty"]
        a[2] += r["returned_units"]
    out = [ModelReturns(model, *a) for model, a in acc.items()]
    out.sort(key=lambda m: (m.return_rate is None, -(m.return_rate or 0), m.model))
    return tuple(out)


def recent_yields(uow: YieldUnitOfWork, *, count: int = 12, by: str = "week",
                  end: IsoWeek | None = None) -> YieldReport:
    """The last ``count`` weeks or months ending with ``end`` (default: this week on the
    shop's clock): the Supervisor's yield chart."""
    if by not in ("week", "month"):
        raise InvalidInput(Reason.VALUE_INVALID, value=by, field="per", allowed="week, month")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 104:
        raise InvalidInput(Reason.VALUE_INVALID, value=count, field="count", allowed="1 to 104")
    if end is None:
        with uow:
            end = uow.reports.current_week()
    return yield_report(uow, YieldRange.ending(end, count, by=by))


__all__ = ["YieldQueries", "YieldUnitOfWork", "read_yields", "recent_yields", "yield_report"]
