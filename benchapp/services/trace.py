"""Traceability (issue 17.1): from a production lot, a date-code range, a replaced part or a
delivery to every
returned unit and its causes, and from one serial to its lot, delivery, returns, repairs and
fixture results. Read-only; every read starts from an index, never from the whole history."""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from benchapp.domain.errors import InvalidInput, NotFound, Reason
from benchapp.domain.rules import clean_text
from benchapp.services.unit_of_work import AbstractUnitOfWork

# A lot of a few hundred returns is already a recall; past this the list says it was cut.
DEFAULT_LIMIT = 1000
MAX_LIMIT = 10000
# The supervisor's signal (issue 17.1): this many units with one cause from one lot or date
# code, repaired within this many days.
CLUSTER_MIN_UNITS = 3
CLUSTER_DAYS = 30


@dataclass(frozen=True)
class Cause:
    category: str
    code: str
    root_cause: str


@dataclass(frozen=True)
class ReturnedUnit:
    rma_no: str
    serial: str
    model: str
    customer: str
    received_at: datetime | None
    state: str
    production_lot: str
    date_code: str
    causes: tuple[Cause, ...] = ()


@dataclass(frozen=True)
class TraceResult:
    units: tuple[ReturnedUnit, ...]
    truncated: bool  # more units matched than the limit


@dataclass(frozen=True)
class Part:
    ref_des: str
    part_no: str
    qty: int
    lot: str
    date_code: str


@dataclass(frozen=True)
class Repair:
    completed_at: datetime | None
    kind: str
    cause: Cause
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class FixtureResult:
    """A screening (stage "screening") or a re-inspection (its stage) of one visit."""

    stage: str
    at: datetime | None
    verdict: str
    measurements: tuple[Any, ...]


@dataclass(frozen=True)
class Visit:
    """One return of the serial: the unit as received on one RMA."""

    rma_no: str
    customer: str
    model: str
    received_at: datetime | None
    state: str
    production_lot: str
    date_code: str
    delivery_no: str | None
    ship_date: date | None
    repairs: tuple[Repair, ...] = ()
    fixture_results: tuple[FixtureResult, ...] = ()


@dataclass(frozen=True)
class UnitTrace:
    serial: str
    production_lot: str  # as last recorded on a return; "" when never recorded
    date_code: str
    visits: tuple[Visit, ...] = field(default=())


@dataclass(frozen=True)
class Cluster:
    by: str  # "lot" or "date_code"
    value: str
    cause: Cause
    units: int
    serials: tuple[str, ...]
    first_at: datetime | None
    last_at: datetime | None


class TraceQueries(abc.ABC):
    """Reads for tracing, each bounded by an index (db/trace.py)."""

    @abc.abstractmethod
    def units_of_lot(self, lot: str, *, limit: int) -> list[dict[str, Any]]:
        """Returned units of one production lot (units.production_lot index)."""

    @abc.abstractmethod
    def units_of_date_codes(self, first: str, last: str, model: str | None, *, limit: int
                            ) -> list[dict[str, Any]]:
        """Returned units with a date code from ``first`` to ``last`` (as text), of one
        model or any, by date code (units.date_code index)."""

    @abc.abstractmethod
    def units_with_part(self, part_no: str, lot: str | None, *, limit: int
                        ) -> list[dict[str, Any]]:
        """Units a part of that number (and lot) was fitted to in repair."""

    @abc.abstractmethod
    def deliveries_named(self, delivery_no: str) -> list[int]:
        """Ids of the deliveries with that number (any customer)."""

    @abc.abstractmethod
    def units_of_deliveries(self, delivery_ids: list[int], *, limit: int
                            ) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def causes(self, unit_ids: list[int]) -> dict[int, list[Cause]]:
        """Each unit's repair-record causes, oldest first."""

    @abc.abstractmethod
    def visits(self, serial: str) -> list[dict[str, Any]]:
        """Every unit row of the serial with its RMA and delivery, oldest first."""

    @abc.abstractmethod
    def repairs(self, unit_ids: list[int]) -> dict[int, list[Repair]]: ...

    @abc.abstractmethod
    def fixture_results(self, unit_ids: list[int]) -> dict[int, list[FixtureResult]]: ...

    @abc.abstractmethod
    def cause_counts(self, since: datetime, *, by: str, min_units: int
                     ) -> list[dict[str, Any]]:
        """(value, category, code, units, first_at, last_at) of repairs completed since,
        grouped by the unit's lot or date code and the cause, with at least min_units."""

    @abc.abstractmethod
    def cluster_serials(self, since: datetime, *, by: str, value: str, category: str,
                        code: str) -> list[str]: ...


class TraceUnitOfWork(AbstractUnitOfWork):
    trace: TraceQueries


def _limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(Reason.VALUE_INVALID, value=limit, field="limit",
                           allowed=f"1 to {MAX_LIMIT}")
    return limit


def _result(uow: TraceUnitOfWork, rows: list[dict[str, Any]], limit: int) -> TraceResult:
    shown = rows[:limit]
    causes = uow.trace.causes([r["unit_id"] for r in shown]) if shown else {}
    return TraceResult(units=tuple(ReturnedUnit(
        rma_no=r["rma_no"], serial=r["serial"], model=r["model"], customer=r["customer"],
        received_at=r["received_at"], state=r["state"], production_lot=r["production_lot"],
        date_code=r["date_code"], causes=tuple(causes.get(r["unit_id"], ())))
        for r in shown), truncated=len(rows) > limit)


def trace_lot(uow: TraceUnitOfWork, lot: str, *, limit: int = DEFAULT_LIMIT) -> TraceResult:
    """Every returned unit of a production lot with its causes (none: an empty list; a lot
    has no record of its own to be missing)."""
    lot = clean_text(lot, "production lot", required=True, limit=64)
    limit = _limit(limit)
    with uow:
        return _result(uow, uow.trace.units_of_lot(lot, limit=limit + 1), limit)


def trace_datecode(uow: TraceUnitOfWork, first: str, last: str, *, model: str | None = None,
                   limit: int = DEFAULT_LIMIT) -> TraceResult:
    """Every returned unit with a date code from ``first`` to ``last`` (both included),
    compared as text: the shop's codes have one shape (e.g. YYWW), so text order is time
    order. ``model``: of that model only."""
    first = clean_text(first, "first date code", required=True, limit=32)
    last = clean_text(last, "last date code", required=True, limit=32)
    if last < first:
        raise InvalidInput(Reason.VALUE_INVALID, value=f"{first} to {last}",
                           field="date code range",
                           allowed="a first date code on or before the last")
    model = clean_text(model, "model", required=True, limit=100) if model is not None else None
    limit = _limit(limit)
    with uow:
        return _result(uow, uow.trace.units_of_date_codes(first, last, model,
                                                          limit=limit + 1), limit)


def trace_part(uow: TraceUnitOfWork, part_no: str, *, lot: str | None = None,
               limit: int = DEFAULT_LIMIT) -> TraceResult:
    """Every unit a replaced part of that number (and lot) went into, with its causes."""
    part_no = clean_text(part_no, "part no.", required=True, limit=64)
    lot = clean_text(lot, "part lot", required=True, limit=64) if lot is not None else None
    limit = _limit(limit)
    with uow:
        return _result(uow, uow.trace.units_with_part(part_no, lot, limit=limit + 1), limit)


def trace_delivery(uow: TraceUnitOfWork, delivery_no: str, *,
                   limit: int = DEFAULT_LIMIT) -> TraceResult:
    """Every returned unit of the delivery (of any customer with that number); a delivery
    the database does not know is NotFound, as an unknown RMA is."""
    delivery_no = clean_text(delivery_no, "delivery no.", required=True, limit=50)
    limit = _limit(limit)
    with uow:
        ids = uow.trace.deliveries_named(delivery_no)
        if not ids:
            raise NotFound(Reason.NOT_FOUND, what="delivery", key=delivery_no)
        return _result(uow, uow.trace.units_of_deliveries(ids, limit=limit + 1), limit)


def trace_unit(uow: TraceUnitOfWork, serial: str) -> UnitTrace:
    """One serial's lot, date code, deliveries, returns, repairs with their parts' lots and
    date codes, and the fixture results of each visit."""
    serial = clean_text(serial, "serial", required=True, limit=64)
    with uow:
        rows = uow.trace.visits(serial)
        if not rows:
            raise NotFound(Reason.NOT_FOUND, what="serial", key=serial)
        ids = [r["unit_id"] for r in rows]
        repairs = uow.trace.repairs(ids)
        results = uow.trace.fixture_results(ids)
    lots = [r["production_lot"] for r in rows if r["production_lot"]]
    codes = [r["date_code"] for r in rows if r["date_code"]]
    return UnitTrace(
        serial=serial, production_lot=lots[-1] if lots else "",
        date_code=codes[-1] if codes else "",
        visits=tuple(Visit(
            rma_no=r["rma_no"], customer=r["customer"], model=r["model"],
            received_at=r["received_at"], state=r["state"],
            production_lot=r["production_lot"], date_code=r["date_code"],
            delivery_no=r["delivery_no"], ship_date=r["ship_date"],
            repairs=tuple(repairs.get(r["unit_id"], ())),
            fixture_results=tuple(results.get(r["unit_id"], ()))) for r in rows))


def clusters(uow: TraceUnitOfWork, *, days: int = CLUSTER_DAYS,
             min_units: int = CLUSTER_MIN_UNITS) -> list[Cluster]:
    """Lots and date codes with at least ``min_units`` units repaired for one cause in the
    last ``days`` days (issue 17.1), largest first. Bounded by the repair records' completion
    index: only the window is read."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 366:
        raise InvalidInput(Reason.VALUE_INVALID, value=days, field="days", allowed="1 to 366")
    if isinstance(min_units, bool) or not isinstance(min_units, int) or min_units < 2:
        raise InvalidInput(Reason.VALUE_INVALID, value=min_units, field="min units",
                           allowed="2 or more")
    found: list[Cluster] = []
    with uow:
        since = uow.now() - timedelta(days=days)
        for by in ("lot", "date_code"):
            for r in uow.trace.cause_counts(since, by=by, min_units=min_units):
                found.append(Cluster(
                    by=by, value=r["value"],
                    cause=Cause(category=r["category"], code=r["code"], root_cause=""),
                    units=r["units"],
                    serials=tuple(uow.trace.cluster_serials(
                        since, by=by, value=r["value"], category=r["category"],
                        code=r["code"])),
                    first_at=r["first_at"], last_at=r["last_at"]))
    found.sort(key=lambda c: (-c.units, c.by, c.value, c.cause.category, c.cause.code))
    return found
