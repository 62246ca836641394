"""Read models: the rows each list shows, filtered, sorted and paged by the database.

A station refresh and the RMA list must cost what they show, however many years of returns
the database holds (cosmicpython chapter 12, ``views.py``). Each query here reads through an
index on the open work (units by custody and state, unsigned forms) or one page in keyset
order; none builds domain aggregates.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, and_, bindparam, func, literal, or_, select, true, tuple_, union_all
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.domain.rma import AnomalyForm
from benchapp.services import unit_of_work as uow_api

RMAS, UNITS, FORMS = m.RmaRow.__table__, m.UnitRow.__table__, m.AnomalyFormRow.__table__

# The RMA list's sort keys -> column; each has an index whose last column is the id, so a
# page is an index range scan, not a sort of the whole table.
RMA_SORTS: dict[str, Any] = {
    "rma_no": RMAS.c.rma_no,
    "customer": RMAS.c.customer,
    "model": RMAS.c.model,
    "qty": RMAS.c.counted_qty,
    "status": RMAS.c.status,
    "due": RMAS.c.due_date,
    # By the receipt time, not the id: RMAs imported from the paper records later carry
    # their own, older receipt times.
    "received": RMAS.c.received_at,
}


def _beyond(column: Any, after: tuple[Any, int], descending: bool) -> Any:
    """Rows after ``after`` = (sort value, id), the last row of the page before, in the
    order ``rma_page`` sorts in (NULLs of a nullable column last ascending, first descending)."""
    key, last_id = after
    past_id = RMAS.c.id < last_id if descending else RMAS.c.id > last_id
    if key is None:
        nulls = and_(column.is_(None), past_id)
        return or_(nulls, column.is_not(None)) if descending else nulls
    pair = tuple_(column, RMAS.c.id)
    beyond = pair < (key, last_id) if descending else pair > (key, last_id)
    if column.nullable and not descending:
        return or_(beyond, column.is_(None))
    return beyond


def _up_to(column: Any, until: tuple[Any, int], descending: bool) -> Any:
    """Rows at or before ``until`` in ``rma_page``'s order: the mirror of ``_beyond``, as a
    range the sort index can bound (a search window ends here)."""
    key, last_id = until
    if key is None:
        if descending:  # NULLs first: the window ends inside them
            return and_(column.is_(None), RMAS.c.id >= last_id)
        return or_(column.is_not(None), and_(column.is_(None), RMAS.c.id <= last_id))
    pair = tuple_(column, RMAS.c.id)
    if descending:
        within = pair >= (key, last_id)
        return or_(within, column.is_(None)) if column.nullable else within
    return pair <= (key, last_id)


CHUNK = 500  # IN lists kept well under SQLite's bound-parameter limit


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Built once: a refresh runs these every few seconds at every bench, and a statement built
# per call pays its construction and cache key each time.
_STATION_UNITS = (
    select(RMAS.c.rma_no, RMAS.c.version.label("rma_version"), UNITS.c.serial, UNITS.c.state,
           UNITS.c.custody, RMAS.c.customer, RMAS.c.model, RMAS.c.due_date, RMAS.c.batch,
           RMAS.c.billing, UNITS.c.rework_loops, UNITS.c.repeat_count, UNITS.c.due_confirmed,
           UNITS.c.work_kind, RMAS.c.status)
    .join(RMAS, RMAS.c.id == UNITS.c.rma_id).where(UNITS.c.custody == bindparam("custody")))
_STATION_UNITS_IN = _STATION_UNITS.where(UNITS.c.state.in_(bindparam("states", expanding=True)))


_HANDS, _HANDED = m.HandoverRow.__table__, m.HandoverUnitRow.__table__
_LATEST_ACCEPTED = (
    select(_HANDED.c.serial, func.max(_HANDS.c.id).label("last"))
    .join(_HANDS, _HANDS.c.id == _HANDED.c.handover_id)
    .where(_HANDED.c.serial.in_(bindparam("serials", expanding=True)),
           _HANDS.c.to_station == bindparam("station"), _HANDS.c.status == "accepted")
    .group_by(_HANDED.c.serial).subquery())
_LAST_RECEIVERS = (select(_LATEST_ACCEPTED.c.serial, _HANDS.c.receiver_id)
                   .join(_HANDS, _HANDS.c.id == _LATEST_ACCEPTED.c.last))
_RMA_HEADERS = (select(RMAS.c.rma_no, RMAS.c.customer, RMAS.c.model, UNITS.c.serial,
                       UNITS.c.state)
                .join(UNITS, UNITS.c.rma_id == RMAS.c.id, isouter=True)
                .where(RMAS.c.rma_no.in_(bindparam("nos", expanding=True))))
_COMPLAINTS = select(RMAS.c.rma_no, RMAS.c.complaint).where(
    RMAS.c.rma_no.in_(bindparam("nos", expanding=True)))
SCREENINGS, REINSPECTIONS = m.ScreeningRow.__table__, m.ReinspectionRow.__table__
_uses = func.count().label("uses")
_MODEL_DEFECTS = (select(SCREENINGS.c.defect, _uses)
                  .join(UNITS, UNITS.c.id == SCREENINGS.c.unit_id)
                  .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
                  .where(RMAS.c.model == bindparam("model"), SCREENINGS.c.defect != "")
                  .group_by(SCREENINGS.c.defect)
                  .order_by(_uses.desc(), SCREENINGS.c.defect)
                  .limit(bindparam("limit")))
_LAST_RELEASE = (select(REINSPECTIONS.c.inspector_id)
                 .join(UNITS, UNITS.c.id == REINSPECTIONS.c.unit_id)
                 .where(UNITS.c.serial == bindparam("serial"),
                        REINSPECTIONS.c.stage == "oqc", REINSPECTIONS.c.verdict == "PASS")
                 .order_by(REINSPECTIONS.c.id.desc()).limit(1))

# The fixture runs of a unit: its screening test and its re-tests (the decision panel), in
# one statement (the supervisor desk reads them at every refresh).
_RUNS = union_all(
    select(literal("screening").label("stage"), SCREENINGS.c.test_verdict.label("verdict"),
           SCREENINGS.c.measurements, SCREENINGS.c.at, SCREENINGS.c.id, RMAS.c.rma_no,
           UNITS.c.serial)
    .join(UNITS, UNITS.c.id == SCREENINGS.c.unit_id)
    .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
    .where(UNITS.c.serial.in_(bindparam("serials", expanding=True))),
    select(REINSPECTIONS.c.stage, REINSPECTIONS.c.verdict, REINSPECTIONS.c.measurements,
           REINSPECTIONS.c.at, REINSPECTIONS.c.id, RMAS.c.rma_no, UNITS.c.serial)
    .join(UNITS, UNITS.c.id == REINSPECTIONS.c.unit_id)
    .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
    .where(UNITS.c.serial.in_(bindparam("serials", expanding=True)),
           REINSPECTIONS.c.stage == "test"))


# The unit states of a page of RMAs (the list's progress column), built once.
_UNIT_STATES = (select(UNITS.c.rma_id, UNITS.c.state, func.count())
                .where(UNITS.c.rma_id.in_(bindparam("ids", expanding=True)))
                .group_by(UNITS.c.rma_id, UNITS.c.state))


_PAGE_COLUMNS = (RMAS.c.id, RMAS.c.rma_no, RMAS.c.customer, RMAS.c.model, RMAS.c.counted_qty,
                 RMAS.c.status, RMAS.c.batch, RMAS.c.due_date, RMAS.c.received_at)
_PAGE_KEYS = tuple(c.key for c in _PAGE_COLUMNS)


_COUNT_ALL = select(func.count()).select_from(RMAS)
_COUNT_BY_STATUS = _COUNT_ALL.where(RMAS.c.status == bindparam("status"))


@functools.lru_cache(maxsize=None)
def _first_page(sort: str, descending: bool, by_status: bool) -> Any:
    """The list's first page (no search, no key to start after) for one order."""
    column = RMA_SORTS[sort]
    q = select(*_PAGE_COLUMNS)
    if by_status:
        q = q.where(RMAS.c.status == bindparam("status"))
    return (q.order_by(*SqlReadViews._order(column, descending))
            .limit(bindparam("limit", type_=Integer)))


class SqlReadViews(uow_api.ReadViews):
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def conn(self):  # noqa: ANN201
        return self.session.connection()

    def station_units(self, *, custody: str, states: Iterable[str] | None = None
                      ) -> list[dict[str, Any]]:
        if states:
            rows = self.conn.execute(_STATION_UNITS_IN, {"custody": custody,
                                                         "states": sorted(states)}).mappings()
        else:
            rows = self.conn.execute(_STATION_UNITS, {"custody": custody}).mappings()
        # Filtered and sorted here, not by the database: with ORDER BY rma_no, or with
        # status = 'open' in the WHERE, SQLite's planner walks every RMA (25-33 ms at 50,000)
        # instead of the custody index alone (0.1 ms). The rows are the station's open work,
        # a few hundred at most.
        open_rows = [dict(r) for r in rows if r["status"] == "open"]
        for row in open_rows:
            del row["status"]
        return sorted(open_rows, key=lambda r: (r["rma_no"], r["serial"]))

    def anomaly_forms(self, *, unsigned_only: bool, limit: int) -> list[AnomalyForm]:
        query = (select(FORMS, RMAS.c.rma_no, UNITS.c.serial)
                 .join(RMAS, RMAS.c.id == FORMS.c.rma_id)
                 .join(UNITS, UNITS.c.id == FORMS.c.unit_id))
        rows = list(self.conn.execute(query.where(FORMS.c.signed_by.is_(None))))
        if not unsigned_only:
            rows += self.conn.execute(query.where(FORMS.c.signed_by.is_not(None))
                                      .order_by(FORMS.c.id.desc()).limit(limit))
        forms = [AnomalyForm(
            form_no=f.form_no, rma_no=f.rma_no, serial=f.serial, raised_by=f.raised_by,
            responsible_inspector_id=f.responsible_inspector_id, defect=f.defect,
            signed_by=f.signed_by, signed_at=as_utc(f.signed_at),
            certificate_fingerprint=f.certificate_fingerprint, signed_with=f.signed_with,
            id=f.id, version=f.version)
            for f in rows]
        return sorted(forms, key=lambda f: f.form_no)

    def last_receivers(self, serials: Iterable[str], *, station: str) -> dict[str, int | None]:
        wanted = sorted(set(serials))
        out: dict[str, int | None] = {}
        for i in range(0, len(wanted), CHUNK):
            out.update(self.conn.execute(_LAST_RECEIVERS, {"serials": wanted[i:i + CHUNK],
                                                           "station": station}).all())
        return out

    def complaints(self, rma_nos: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(rma_nos))
        out: dict[str, str] = {}
        for i in range(0, len(wanted), CHUNK):
            out.update(self.conn.execute(_COMPLAINTS, {"nos": wanted[i:i + CHUNK]}).all())
        return out

    def model_defects(self, model: str, *, limit: int) -> list[str]:
        return [row.defect for row in self.conn.execute(
            _MODEL_DEFECTS, {"model": model, "limit": limit})]

    def fixture_readings(self, units: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        wanted = set(units)
        serials = sorted({serial for _no, serial in wanted})
        latest: dict[tuple[str, str], tuple[Any, dict]] = {}
        for i in range(0, len(serials), CHUNK):
            for row in self.conn.execute(_RUNS, {"serials": serials[i:i + CHUNK]}):
                key = (row.rma_no, row.serial)
                # A verdict given by hand has no measurements: the fixture's run stays.
                if key not in wanted or not row.measurements:
                    continue
                at = as_utc(row.at)
                order = (at, row.stage != "screening", row.id)
                if key not in latest or order > latest[key][0]:
                    latest[key] = (order, {"stage": row.stage, "verdict": row.verdict,
                                           "at": at, "measurements": list(row.measurements)})
        return {key: reading for key, (_order, reading) in latest.items()}

    def last_release(self, serial: str) -> int | None:
        return self.conn.execute(_LAST_RELEASE, {"serial": serial}).scalar()

    def _rma_filter(self, search: str, status: str | None) -> Any:
        where = RMAS.c.status == status if status else true()
        text = search.strip()
        if text:
            pattern = f"%{escape_like(text)}%"
            # SQLite's LIKE ignores the case of ASCII letters already (Chinese has none);
            # lower() on every row would double the cost of the scan. PostgreSQL: ILIKE.
            if self.conn.dialect.name == "sqlite":
                def matches(column: Any) -> Any:
                    return column.like(pattern, escape="\\")
            else:
                def matches(column: Any) -> Any:
                    return column.ilike(pattern, escape="\\")
            serial = select(UNITS.c.rma_id).where(UNITS.c.serial.in_(
                sorted({text, text.upper()})))
            where = and_(where, or_(matches(RMAS.c.rma_no), matches(RMAS.c.customer),
                                    matches(RMAS.c.model), RMAS.c.id.in_(serial)))
        return where

    @staticmethod
    def _order(column: Any, descending: bool) -> list[Any]:
        if column.nullable:
            # Both backends agree only when told: no due date sorts after every date.
            return ([column.desc().nulls_first(), RMAS.c.id.desc()] if descending
                    else [column.asc().nulls_last(), RMAS.c.id.asc()])
        return ([column.desc(), RMAS.c.id.desc()] if descending
                else [column.asc(), RMAS.c.id.asc()])

    def rma_key_after(self, *, status: str | None, sort: str, descending: bool,
                      after: tuple[Any, int] | None, skip: int) -> tuple[Any, int] | None:
        column = RMA_SORTS[sort]
        where = RMAS.c.status == status if status else true()
        if after is not None:
            where = and_(where, _beyond(column, after, descending))
        row = self.conn.execute(
            select(column, RMAS.c.id).where(where).order_by(*self._order(column, descending))
            .offset(skip - 1).limit(1)).first()
        return None if row is None else (row[0], row[1])

    def rma_exact(self, *, search: str, status: str | None) -> list[dict[str, Any]]:
        text = search.strip()
        if not text:
            return []
        serial = select(UNITS.c.rma_id).where(UNITS.c.serial.in_(sorted({text, text.upper()})))
        where = or_(RMAS.c.rma_no.in_(sorted({text, text.upper()})), RMAS.c.id.in_(serial))
        if status:
            where = and_(where, RMAS.c.status == status)
        return self._page_rows(where, RMAS.c.received_at, self._order(RMAS.c.received_at, True),
                               limit=100)

    def rma_page(self, *, search: str, status: str | None, sort: str, descending: bool,
                 after: tuple[Any, int] | None, limit: int,
                 until: tuple[Any, int] | None = None) -> list[dict[str, Any]]:
        column = RMA_SORTS[sort]
        if not search.strip() and after is None and until is None:
            # The first page of the list, shown at every visit: its statement built once.
            rows = self.conn.execute(_first_page(sort, descending, status is not None),
                                     {"status": status, "limit": limit}).all()
            return self._page_dicts(rows, column)
        where = self._rma_filter(search, status)
        if after is not None:
            where = and_(where, _beyond(column, after, descending))
        if until is not None:
            where = and_(where, _up_to(column, until, descending))
        return self._page_rows(where, column, self._order(column, descending), limit=limit)

    def _page_rows(self, where: Any, column: Any, order: list[Any], *, limit: int
                   ) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(*_PAGE_COLUMNS).where(where).order_by(*order).limit(limit)).all()
        return self._page_dicts(rows, column)

    @staticmethod
    def _page_dicts(rows: Iterable[Any], column: Any) -> list[dict[str, Any]]:
        at = _PAGE_KEYS.index(column.key)
        out = []
        for r in rows:
            row = dict(zip(_PAGE_KEYS, r))
            # The key as the database holds it (a time before it is made timezone-aware).
            row["sort_key"] = (r[at], r[0])
            row["received_at"] = as_utc(row["received_at"])
            out.append(row)
        return out

    def rma_count(self, *, search: str, status: str | None) -> int:
        if not search.strip():
            q = _COUNT_BY_STATUS if status else _COUNT_ALL
            return int(self.conn.scalar(q, {"status": status}) or 0)
        return int(self.conn.scalar(select(func.count()).select_from(RMAS)
                                    .where(self._rma_filter(search, status))) or 0)

    def unit_states(self, rma_ids: Iterable[int]) -> dict[int, dict[str, int]]:
        ids = list(rma_ids)
        out: dict[int, dict[str, int]] = {}
        if not ids:
            return out
        for rma_id, state, count in self.conn.execute(_UNIT_STATES, {"ids": ids}).all():
            out.setdefault(rma_id, {})[state] = int(count)
        return out

    def rma_headers(self, rma_nos: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = sorted(set(rma_nos))
        out: dict[str, dict[str, Any]] = {}
        if not wanted:
            return out
        for i in range(0, len(wanted), CHUNK):
            for no, customer, model, serial, state in self.conn.execute(
                    _RMA_HEADERS, {"nos": wanted[i:i + CHUNK]}):
                header = out.setdefault(no, {"customer": customer, "model": model,
                                             "states": {}})
                if serial is not None:
                    header["states"][serial] = state
        return out
