"""Read-only views for screens and the CLI: nothing here changes the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from benchapp.domain.delivery import Delivery
from benchapp.domain.handover import Handover
from benchapp.domain.rma import AnomalyForm, Escalation, LogEntry, Rma, Unit
from benchapp.domain.users import User
from benchapp.services.unit_of_work import AbstractUnitOfWork


@dataclass(frozen=True)
class UnitLine:
    serial: str
    state: str
    custody: str
    rework_loops: int
    repeat_count: int


@dataclass(frozen=True)
class RmaSummary:
    rma_no: str
    customer: str
    model: str
    counted_qty: int
    status: str
    batch: bool
    due_date: date | None
    received_at: datetime | None
    states: dict[str, int]
    units: list[UnitLine] = field(default_factory=list)


@dataclass(frozen=True)
class RmaDetail:
    rma: Rma
    log: list[LogEntry]
    handovers: list[Handover]
    escalations: list[Escalation]
    delivery: Delivery | None = None  # read only when asked (rma_detail(with_delivery=True))


def rma_overview(uow: AbstractUnitOfWork, *, status: str | None = None) -> list[RmaSummary]:
    """Every RMA, newest first, with its units' states: for the CLI's full listing, read page
    by page (a screen shows ``rma_page`` instead)."""
    out: list[RmaSummary] = []
    after = None
    while True:
        page = rma_page(uow, status=status, after=after, limit=EXPORT_PAGE)
        out.extend(page.rows)
        if page.next_after is None:
            return out
        after = page.next_after


# The RMA list's sort keys (benchapp.db.views.RMA_SORTS), in the shop's column order.
RMA_SORT_KEYS = ("rma_no", "customer", "model", "qty", "status", "due", "received")
PAGE = 100
EXPORT_PAGE = 2000
# A substring search looks at this many RMAs per page at most (in the list's order), so a
# search costs the same at 50,000 RMAs as at 5,000; the list says how far it has searched
# and the person scrolls (or presses Enter) to search older ones. An RMA number or a serial
# typed whole is found whatever its age (indexed).
SEARCH_WINDOW = 5000


@dataclass(frozen=True)
class RmaPage:
    """One page of the RMA list; ``next_after`` is the key to pass for the next page (None:
    this was the last one); with ``count``, ``total_all`` counts the RMAs and ``total`` those
    the search matches (None when more than a page matches: not counted)."""

    rows: list[RmaSummary]
    next_after: tuple[Any, int] | None
    total: int | None = None
    total_all: int | None = None  # every RMA (of the status), searched or not
    # A search that stopped at the end of its window with older RMAs left to search: every
    # RMA up to ``next_after`` was searched; with the list sorted by receipt, the receipt
    # time reached. False: the search has covered every RMA up to this page's end.
    more_to_search: bool = False
    searched_since: datetime | None = None


def rma_page(uow: AbstractUnitOfWork, *, search: str = "", status: str | None = None,
             sort: str = "received", descending: bool = True,
             after: tuple[Any, int] | None = None, limit: int | None = None,
             count: bool = False) -> RmaPage:
    """A page of the RMA list, searched (RMA no., customer, model, or a unit's exact serial),
    sorted and paged by the database: the cost is one page, whatever the history.

    A search looks at ``SEARCH_WINDOW`` RMAs after ``after`` at most: a page it does not fill
    ends at the window's end (``more_to_search``). The first page of a search also lists,
    first, the RMA whose number or one of whose serials is the text typed, however old."""
    limit = limit or PAGE
    if sort not in RMA_SORT_KEYS:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(RMA_SORT_KEYS)}")
    searching = bool(search.strip())
    with uow:
        until = exact = None
        if searching:
            until = uow.views.rma_key_after(status=status, sort=sort, descending=descending,
                                            after=after, skip=SEARCH_WINDOW)
            if after is None:
                exact = uow.views.rma_exact(search=search, status=status)
        rows = uow.views.rma_page(search=search, status=status, sort=sort,
                                  descending=descending, after=after, limit=limit, until=until)
        if len(rows) == limit:
            next_after = rows[-1]["sort_key"]
        else:
            next_after = until  # None: no RMA left after this page
        if exact:
            shown = {r["id"] for r in exact}
            rows = exact + [r for r in rows if r["id"] not in shown]
        states = uow.views.unit_states(r["id"] for r in rows)
        total = total_all = None
        if count:
            total_all = uow.views.rma_count(search="", status=status)
            if not search:
                total = total_all
            elif after is None and next_after is None:
                total = len(rows)  # the whole answer is on this, the first, page
            # else None: more than a page matches, or older RMAs are still to be searched;
            # counting them would scan every RMA for a figure the person does not need.
    summaries = [RmaSummary(
        rma_no=r["rma_no"], customer=r["customer"], model=r["model"],
        counted_qty=r["counted_qty"], status=r["status"], batch=r["batch"],
        due_date=r["due_date"], received_at=r["received_at"], states=states.get(r["id"], {}))
        for r in rows]
    more = until is not None and next_after == until
    since = None
    reached = until[0] if more and until is not None else None
    if sort == "received" and descending and isinstance(reached, datetime):
        since = reached if reached.tzinfo else reached.replace(tzinfo=UTC)  # stored in UTC
    return RmaPage(summaries, next_after, total, total_all, more_to_search=more,
                   searched_since=since)


def rma_units(uow: AbstractUnitOfWork, rma_no: str) -> list[UnitLine]:
    """The units of one RMA, for the list's lower table."""
    with uow:
        rma = uow.rmas.get(rma_no.strip())
        return [UnitLine(u.serial, u.state.value, u.custody.value, u.rework_loops,
                         u.repeat_count) for u in rma.units]


def rma_detail(uow: AbstractUnitOfWork, rma_no: str, *,
               with_delivery: bool = False) -> RmaDetail:
    """One RMA with its log, handovers and escalations; ``with_delivery``: also the delivery it
    names (`rma show`), in the same transaction."""
    with uow:
        rma = uow.rmas.get(rma_no.strip())
        delivery = (uow.deliveries.get(rma.delivery_id)
                    if with_delivery and rma.delivery_id is not None else None)
        return RmaDetail(
            rma=rma, log=uow.log.for_rma(rma.rma_no),
            handovers=uow.handovers.list(rma_no=rma.rma_no),
            escalations=uow.escalations.list(status=None, rma_no=rma.rma_no),
            delivery=delivery)


def open_escalations(uow: AbstractUnitOfWork) -> list[Escalation]:
    with uow:
        return uow.escalations.list(status="open")


# -- station work lists -----------------------------------------------------------------------


@dataclass(frozen=True)
class StationUnit:
    """One unit on a station's work list, with what the list needs from its RMA."""

    rma_no: str
    rma_version: int  # the version the view read: pass it back as expected_version
    serial: str
    state: str
    custody: str
    customer: str
    model: str
    due_date: date | None
    batch: bool
    billing: str
    rework_loops: int
    repeat_count: int
    due_confirmed: bool
    work_kind: str | None  # "repair" or "rework" at the repair station
    on_open_slip: str | None  # the open slip the unit is on, if any (not available to give)


def station_units(uow: AbstractUnitOfWork, *, custody: str,
                  states: frozenset[str] | set[str] | None = None) -> list[StationUnit]:
    """Units of open RMAs held by ``custody`` (optionally only in ``states``), oldest RMA
    first: the station's queue, read through the index on custody and state."""
    with uow:
        return _station_units(uow, custody, states)


def _station_units(uow: AbstractUnitOfWork, custody: str,
                   states: frozenset[str] | set[str] | None = None) -> list[StationUnit]:
    """``station_units`` inside an open unit of work."""
    rows = uow.views.station_units(custody=custody, states=states)
    on_slip = uow.handovers.open_slips([r["serial"] for r in rows]) if rows else {}
    return [StationUnit(
        rma_no=r["rma_no"], rma_version=r["rma_version"], serial=r["serial"],
        state=r["state"], custody=r["custody"], customer=r["customer"], model=r["model"],
        due_date=r["due_date"], batch=r["batch"], billing=r["billing"],
        rework_loops=r["rework_loops"], repeat_count=r["repeat_count"],
        due_confirmed=r["due_confirmed"], work_kind=r["work_kind"],
        on_open_slip=on_slip.get(r["serial"])) for r in rows]


def _open_slips(uow: AbstractUnitOfWork, **station: str) -> list[Handover]:
    return sorted(uow.handovers.list(status="open", **station),
                  key=lambda h: h.giver_signed_at)


@dataclass(frozen=True)
class StationWork:
    """A station's queue and the slips waiting for it, read in one transaction; with
    ``suggestions`` also the receiving form's customers and models."""

    units: list[StationUnit]
    incoming: list[Handover]
    customers: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)


def station_work(uow: AbstractUnitOfWork, *, station: str,
                 states: frozenset[str] | set[str] | None = None,
                 suggestions: bool = False) -> StationWork:
    with uow:
        customers, models = uow.rmas.customers_and_models() if suggestions else ([], [])
        return StationWork(units=_station_units(uow, station, states),
                           incoming=_open_slips(uow, to_station=station),
                           customers=customers, models=models)


SIGNED_FORMS_SHOWN = 200  # "show signed" lists the newest signed forms, not all of history


@dataclass(frozen=True)
class QcWork:
    """Everything the QC view shows, read in one transaction."""

    units: list[StationUnit]
    incoming: list[Handover]
    outgoing: list[Handover]
    forms: list[AnomalyForm]
    users: list[User]
    loop_limit: int


def qc_work(uow: AbstractUnitOfWork, *, unsigned_only: bool = True) -> QcWork:
    with uow:
        return QcWork(
            units=_station_units(uow, "qc"),
            incoming=_open_slips(uow, to_station="qc"),
            outgoing=_open_slips(uow, from_station="qc"),
            forms=uow.views.anomaly_forms(unsigned_only=unsigned_only,
                                          limit=SIGNED_FORMS_SHOWN),
            users=uow.users.list(),
            loop_limit=uow.policy().max_rework_loops)


@dataclass(frozen=True)
class RepairWork:
    """Everything the repair view shows, read in one transaction."""

    incoming: list[Handover]
    units: list[StationUnit]  # every unit held by repair
    mine: frozenset[str]  # serials ``user_id`` received (the last accepted slip to repair)
    complaints: dict[str, str]  # RMA no. -> the customer's complaint


def repair_work(uow: AbstractUnitOfWork, *, user_id: int | None) -> RepairWork:
    with uow:
        units = _station_units(uow, "repair")
        receivers = uow.views.last_receivers([u.serial for u in units], station="repair")
        return RepairWork(
            incoming=_open_slips(uow, to_station="repair"), units=units,
            mine=frozenset(s for s, who in receivers.items() if who == user_id),
            complaints=uow.views.complaints({u.rma_no for u in units}))


def incoming_handovers(uow: AbstractUnitOfWork, station: str) -> list[Handover]:
    """Open slips addressed to ``station``, oldest first: what waits to be counted in."""
    with uow:
        return _open_slips(uow, to_station=station)


def rma_of_serial(uow: AbstractUnitOfWork, serial: str) -> str | None:
    """The RMA a scanned unit belongs to: the open one, else its latest return; None if the
    serial was never received."""
    serial = serial.strip()
    with uow:
        open_rma = uow.rmas.open_serials([serial]).get(serial)
        if open_rma is not None:
            return open_rma
        earlier = uow.rmas.earlier_returns([serial]).get(serial) or []
        latest = max(earlier, key=lambda e: e.received_at, default=None)
        return latest.rma_no if latest is not None else None


# -- QC station ---------------------------------------------------------------------------


def anomaly_forms(uow: AbstractUnitOfWork, *, unsigned_only: bool = True) -> list[AnomalyForm]:
    """QC anomaly feedback forms 品质检验异常反馈表: every unsigned one (an unsigned form stays
    open even after its RMA closed), and on request the newest signed ones; by form number."""
    with uow:
        return uow.views.anomaly_forms(unsigned_only=unsigned_only, limit=SIGNED_FORMS_SHOWN)


DEFECT_PRESETS = 12  # a model's commonest defects offered at the visual check


@dataclass(frozen=True)
class ScreeningHints:
    """What the visual check can offer for one unit: its model's defects recorded before
    (most frequent first), and who last released it (the likely responsible inspector)."""

    defects: list[str]
    released_by: int | None


def screening_hints(uow: AbstractUnitOfWork, *, model: str, serial: str) -> ScreeningHints:
    with uow:
        return ScreeningHints(defects=uow.views.model_defects(model, limit=DEFECT_PRESETS),
                              released_by=uow.views.last_release(serial))


def unit_detail(uow: AbstractUnitOfWork, rma_no: str, serial: str) -> Unit:
    """One unit as stored: pending screening test, loop count and allowance..."""
    with uow:
        return uow.rmas.get(rma_no.strip()).unit(serial.strip())
