"""Repositories: rows in, domain objects out, and domain changes written back at commit."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Text,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from benchapp.db import models as m
from benchapp.db.deliveries import join_notice
from benchapp.db.engine import as_utc, utcnow
from benchapp.domain import audit_chain
from benchapp.domain.errors import Conflict, NotFound, Reason
from benchapp.domain.handover import Handover, HandoverStatus, Refusal
from benchapp.domain.rma import (
    AnomalyForm,
    Billing,
    CauseCategory,
    ComplaintNotice,
    ComplaintNoticeJoined,
    Disposition,
    Escalation,
    EscalationKind,
    LogEntry,
    Reinspection,
    RepairRecord,
    Requirement,
    Rma,
    RmaStatus,
    Screening,
    ShippingNote,
    Unit,
    UnitState,
    Verdict,
    WorkKind,
)
from benchapp.domain.roles import Custody, Role, Station
from benchapp.domain.rules import EarlierReturn
from benchapp.domain.users import User
from benchapp.services import unit_of_work as uow_api


def _opt(enum, value):  # noqa: ANN001, ANN202
    return enum(value) if value is not None else None


# -- RMAs and units ----------------------------------------------------------------------------

UNIT_FIELDS = ("state", "custody", "work_kind", "rework_loops", "loop_allowance",
               "due_confirmed", "disposition", "replacement_serial", "cause_category",
               "repeat_count", "serial_generated", "pending_test", "pending_tester_id",
               "pending_measurements")
RMA_FIELDS = ("customer", "model", "declared_qty", "counted_qty", "complaint", "requirement",
              "billing", "due_date", "batch", "storage_location", "received_by", "status",
              "complaint_notice_raised", "contact", "contact_phone")


def _value(v: Any) -> Any:
    return v.value if hasattr(v, "value") and not isinstance(v, (int, bool)) else v


def unit_from_row(row: dict[str, Any]) -> Unit:
    """From a plain dict of the row: faster than attribute access on a Row, 50 times a slip."""
    return Unit(
        serial=row["serial"], state=UnitState(row["state"]), custody=Custody(row["custody"]),
        work_kind=_opt(WorkKind, row["work_kind"]), rework_loops=row["rework_loops"],
        loop_allowance=row["loop_allowance"], due_confirmed=row["due_confirmed"],
        disposition=_opt(Disposition, row["disposition"]),
        replacement_serial=row["replacement_serial"],
        cause_category=_opt(CauseCategory, row["cause_category"]),
        repeat_count=row["repeat_count"], serial_generated=row["serial_generated"],
        pending_test=_opt(Verdict, row["pending_test"]),
        pending_tester_id=row["pending_tester_id"],
        pending_measurements=list(row["pending_measurements"] or []),
        production_lot=row["production_lot"] or "", date_code=row["date_code"] or "",
        id=row["id"], version=row["version"])


def rma_from_rows(row: Any, units: list[Any], forms: list[Any],
                  delivery_no: str | None = None) -> Rma:
    rma = Rma(
        rma_no=row.rma_no, customer=row.customer, model=row.model,
        declared_qty=row.declared_qty, counted_qty=row.counted_qty, complaint=row.complaint,
        requirement=Requirement(row.requirement), billing=Billing(row.billing),
        due_date=row.due_date, batch=row.batch, storage_location=row.storage_location,
        received_by=row.received_by, status=RmaStatus(row.status),
        complaint_notice_raised=row.complaint_notice_raised,
        received_at=as_utc(row.received_at), id=row.id, version=row.version,
        delivery_id=row.delivery_id, delivery_no=delivery_no,
        contact=row.contact or "", contact_phone=row.contact_phone or "",
        units=[unit_from_row(u) for u in units])
    serial_of = {u["id"]: u["serial"] for u in units}
    rma.anomaly_forms = [
        AnomalyForm(form_no=f.form_no, rma_no=row.rma_no, serial=serial_of[f.unit_id],
                    raised_by=f.raised_by, responsible_inspector_id=f.responsible_inspector_id,
                    defect=f.defect, signed_by=f.signed_by, signed_at=as_utc(f.signed_at),
                    certificate_fingerprint=f.certificate_fingerprint,
                    signed_with=f.signed_with, id=f.id, version=f.version)
        for f in forms]
    return rma


RMAS, UNITS, FORMS = m.RmaRow.__table__, m.UnitRow.__table__, m.AnomalyFormRow.__table__
HANDOVERS, HANDOVER_UNITS = m.HandoverRow.__table__, m.HandoverUnitRow.__table__
LOG = m.TrackingLogRow.__table__
REPAIRS, PARTS = m.RepairRecordRow.__table__, m.RepairPartRow.__table__
USERS = m.UserRow.__table__

# The statements of every handover, built once: built per call, each costs its construction
# and its cache key again (0.05-0.1 ms apiece, a dozen per handover; issue 11 asks a 50-unit
# handover within 2x of its raw SQL).
_UNITS_OF = (select(UNITS).where(UNITS.c.rma_id.in_(bindparam("ids", expanding=True)))
             .order_by(UNITS.c.id))
_FORMS_OF = (select(FORMS).where(FORMS.c.rma_id.in_(bindparam("ids", expanding=True)))
             .order_by(FORMS.c.id))
_DELIVERIES = m.DeliveryRow.__table__
_DELIVERY_NOS = (select(_DELIVERIES.c.id, _DELIVERIES.c.delivery_no)
                 .where(_DELIVERIES.c.id.in_(bindparam("ids", expanding=True))))
# An RMA by number with its delivery's number and whether it has anomaly forms (most have
# none): one statement where three were read at every load of an RMA.
_RMA_BY_NO = (select(RMAS, _DELIVERIES.c.delivery_no.label("delivery_no"),
                     exists().where(FORMS.c.rma_id == RMAS.c.id).label("has_forms"))
              .outerjoin(_DELIVERIES, _DELIVERIES.c.id == RMAS.c.delivery_id)
              .where(RMAS.c.rma_no == bindparam("rma_no")))
_HANDOVERS = (select(HANDOVERS, RMAS.c.rma_no, USERS.c.display_name)
              .join(RMAS, RMAS.c.id == HANDOVERS.c.rma_id)
              .join(USERS, USERS.c.id == HANDOVERS.c.giver_id))
# Slips with their serials in one statement (a row per unit, grouped by the repository):
# lists read no second statement for the serials.
_HANDOVERS_WITH_SERIALS = (
    select(HANDOVERS, RMAS.c.rma_no, USERS.c.display_name,
           HANDOVER_UNITS.c.serial.label("unit_serial"),
           HANDOVER_UNITS.c.position.label("unit_position"))
    .join(RMAS, RMAS.c.id == HANDOVERS.c.rma_id)
    .join(USERS, USERS.c.id == HANDOVERS.c.giver_id)
    .outerjoin(HANDOVER_UNITS, HANDOVER_UNITS.c.handover_id == HANDOVERS.c.id))
_SERIALS_OF = (select(HANDOVER_UNITS.c.handover_id, HANDOVER_UNITS.c.serial)
               .where(HANDOVER_UNITS.c.handover_id.in_(bindparam("ids", expanding=True)))
               .order_by(HANDOVER_UNITS.c.handover_id, HANDOVER_UNITS.c.position))


@functools.lru_cache(maxsize=None)
def _handover_list(filters: frozenset[str]) -> Any:
    """The slip list narrowed by ``filters`` (names of the given filters), built once per
    combination: every station refresh reads its open slips this way."""
    conditions = {"rma_no": RMAS.c.rma_no == bindparam("rma_no"),
                  "status": HANDOVERS.c.status == bindparam("status"),
                  "to_station": HANDOVERS.c.to_station == bindparam("to_station"),
                  "from_station": HANDOVERS.c.from_station == bindparam("from_station"),
                  "slip_nos": HANDOVERS.c.slip_no.in_(bindparam("slip_nos", expanding=True))}
    return _HANDOVERS_WITH_SERIALS.where(true(), *(conditions[f] for f in sorted(filters))
                                         ).order_by(HANDOVERS.c.id, HANDOVER_UNITS.c.position)

_SLIP_WITH_SERIALS = (_HANDOVERS_WITH_SERIALS
                      .where(HANDOVERS.c.slip_no == bindparam("slip_no"))
                      .order_by(HANDOVER_UNITS.c.position))
# FOR NO KEY UPDATE OF handovers: the slip's row only, and no wait for a transaction that
# merely refers to it (a new escalation naming the slip takes KEY SHARE). PostgreSQL returns
# a row that another transaction changed while this one waited as that one committed it.
_SLIP_WITH_SERIALS_LOCKED = _SLIP_WITH_SERIALS.with_for_update(of=HANDOVERS, key_share=True)

# The supervisor desk's slips: the open ones and those its open escalations name. Sorted by
# the caller: with ORDER BY id SQLite's planner walks every slip instead of both indexes.
_OPEN_OR_NAMED = _HANDOVERS_WITH_SERIALS.where(or_(
    HANDOVERS.c.status == HandoverStatus.OPEN.value,
    HANDOVERS.c.slip_no.in_(bindparam("slip_nos", expanding=True))))

_OPEN_SLIPS_OF = (select(HANDOVER_UNITS.c.serial, HANDOVERS.c.slip_no).join(HANDOVERS)
                  .where(HANDOVERS.c.status == HandoverStatus.OPEN.value,
                         HANDOVER_UNITS.c.serial.in_(bindparam("serials", expanding=True))))


# Every return of some serials, with the causes and parts of their repairs (repeat returns).
_RETURNS_OF = (select(UNITS.c.id, UNITS.c.serial, RMAS.c.rma_no, RMAS.c.received_at,
                      REPAIRS.c.id, REPAIRS.c.cause_category, REPAIRS.c.root_cause,
                      PARTS.c.ref_des, PARTS.c.part_no)
               .join(RMAS, RMAS.c.id == UNITS.c.rma_id)
               .outerjoin(REPAIRS, REPAIRS.c.unit_id == UNITS.c.id)
               .outerjoin(PARTS, PARTS.c.repair_record_id == REPAIRS.c.id)
               .where(UNITS.c.serial.in_(bindparam("serials", expanding=True)))
               .order_by(UNITS.c.id, REPAIRS.c.id, PARTS.c.id))


# The receiving form suggests the customers and models of this many of the newest RMAs.
SUGGESTIONS_FROM = 2000


def _newest_first(column_name: str) -> Any:
    recent = (select(RMAS.c.id, RMAS.c.customer, RMAS.c.model)
              .order_by(RMAS.c.id.desc()).limit(SUGGESTIONS_FROM).subquery())
    column = recent.c[column_name]
    return (select(column, func.max(recent.c.id).label("last"))
            .group_by(column).order_by(func.max(recent.c.id).desc()))


_RECENT_CUSTOMERS, _RECENT_MODELS = _newest_first("customer"), _newest_first("model")


@dataclass
class _Loaded:
    """An aggregate as read, to write back only what changed, guarded by its version."""

    rma: Rma
    row: dict[str, Any] | None  # None: new, not yet inserted
    units: dict[str, dict[str, Any]] = field(default_factory=dict)




# Built once: on the hot path of every handover, building and caching-keying a statement
# costs more than executing it. The values come with the parameters.
_UNIT_UPDATE = update(UNITS).where(UNITS.c.id == bindparam("b_id"),
                                   UNITS.c.version == bindparam("b_version"))


@functools.lru_cache(maxsize=64)
def _rma_update(columns: tuple[str, ...]) -> Any:
    """UPDATE of these RMA columns and the version, guarded by the version as read."""
    return (update(RMAS).where(RMAS.c.id == bindparam("b_id"),
                               RMAS.c.version == bindparam("b_version"))
            .values({c: bindparam(c) for c in (*columns, "version")}))


def _stale(what: str) -> StaleDataError:
    return StaleDataError(f"{what} was changed by another transaction")


class SqlRmaRepository(uow_api.RmaRepository):
    """RMAs with their units, read and written with Core statements.

    This is the hot path of every station (a 50-unit slip writes 50 units and 51 log lines),
    so it batches: one SELECT per table to load, one executemany per table to write. The
    optimistic lock is explicit: every UPDATE carries ``WHERE version = <as read>`` and a short
    row count is a conflict, exactly as SQLAlchemy's version_id_col would do row by row.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[str, _Loaded] = {}

    @property
    def conn(self):  # noqa: ANN201
        return self.session.connection()

    def add(self, rma: Rma) -> None:
        self.seen[rma.rma_no] = _Loaded(rma, None)

    def _load(self, where: Any) -> list[_Loaded]:
        return self._with_units(
            self.conn.execute(select(RMAS).where(where).order_by(RMAS.c.id.desc())).all())

    def _with_units(self, rows: list[Any]) -> list[_Loaded]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        units: dict[int, list[dict[str, Any]]] = {}
        for u in self.conn.execute(_UNITS_OF, {"ids": ids}).mappings():
            units.setdefault(u["rma_id"], []).append(dict(u))
        forms: dict[int, list[Any]] = {}
        # Rows read by _RMA_BY_NO say whether there are forms and name the delivery.
        joined = "has_forms" in rows[0]._fields
        with_forms = [r.id for r in rows if r.has_forms] if joined else ids
        if with_forms:
            for f in self.conn.execute(_FORMS_OF, {"ids": with_forms}):
                forms.setdefault(f.rma_id, []).append(f)
        if joined:
            numbers = {r.delivery_id: r.delivery_no for r in rows}
        else:
            delivery_ids = sorted({r.delivery_id for r in rows if r.delivery_id is not None})
            numbers = dict(self.conn.execute(_DELIVERY_NOS, {"ids": delivery_ids}).all()
                           ) if delivery_ids else {}
        return [_Loaded(rma_from_rows(r, units.get(r.id, []), forms.get(r.id, []),
                                      numbers.get(r.delivery_id)),
                        dict(r._mapping),
                        {u["serial"]: u for u in units.get(r.id, [])})
                for r in rows]

    def get(self, rma_no: str, *, expected_version: int | None = None) -> Rma:
        if rma_no in self.seen:
            return self.seen[rma_no].rma
        loaded = self._with_units(self.conn.execute(_RMA_BY_NO, {"rma_no": rma_no}).all())
        if not loaded:
            raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
        row = loaded[0].row
        assert row is not None
        if expected_version is not None and row["version"] != expected_version:
            # The screen was filled from an older read: another bench changed the RMA since.
            who = self.conn.scalar(
                select(LOG.c.actor_name).where(LOG.c.rma_no == rma_no)
                .order_by(LOG.c.id.desc()).limit(1))
            raise Conflict(Reason.CONFLICT, what=rma_no, by=f" by {who}" if who else "")
        self.seen[rma_no] = loaded[0]
        return loaded[0].rma

    def list(self, *, status: str | None = None) -> list[Rma]:
        where = RMAS.c.status == status if status else true()
        return [loaded.rma for loaded in self._load(where)]

    def open_serials(self, serials: Iterable[str]) -> dict[str, str]:
        serials = list(serials)
        rows = self.conn.execute(
            select(UNITS.c.serial, RMAS.c.rma_no).join(RMAS)
            .where(UNITS.c.serial.in_(serials),
                   UNITS.c.state.not_in([s.value for s in (UnitState.SHIPPED,
                                         UnitState.RETURNED_AS_IS, UnitState.SCRAPPED)])))
        return {serial: rma_no for serial, rma_no in rows}

    def customers_and_models(self) -> tuple[list[str], list[str]]:
        # From the newest RMAs only: the suggestions are the customers and models the shop
        # deals with now, and the read stays the same size however long the history grows.
        return ([value for value, _ in self.conn.execute(_RECENT_CUSTOMERS)],
                [value for value, _ in self.conn.execute(_RECENT_MODELS)])

    def earlier_returns(self, serials: Iterable[str]) -> dict[str, list[EarlierReturn]]:
        serials = list(serials)
        # One statement: each return of the serials with its repair records and their parts
        # (a record without parts comes once, with NULL parts).
        units: dict[int, tuple[str, str, Any]] = {}
        causes: dict[int, list[str]] = {}
        parts: dict[int, list[str]] = {}
        seen_records: set[int] = set()
        for (unit_id, serial, rma_no, received_at, record_id, category, cause, ref_des,
             part_no) in self.conn.execute(_RETURNS_OF, {"serials": serials}):
            units.setdefault(unit_id, (serial, rma_no, received_at))
            if record_id is not None and record_id not in seen_records:
                seen_records.add(record_id)
                causes.setdefault(unit_id, []).append(f"{category}: {cause}")
            if ref_des is not None:
                parts.setdefault(unit_id, []).append(f"{ref_des} {part_no}")
        out: dict[str, list[EarlierReturn]] = {}
        for unit_id, (serial, rma_no, received_at) in units.items():
            out.setdefault(serial, []).append(EarlierReturn(
                rma_no=rma_no, received_at=as_utc(received_at),  # type: ignore[arg-type]
                causes=tuple(causes.get(unit_id, ())), parts=tuple(parts.get(unit_id, ()))))
        return out

    # -- write-back ----------------------------------------------------------------------

    def write(self, stamp: dict[str, Any]) -> None:
        """Insert new aggregates, update changed ones (version-checked), then the records."""
        for loaded in self.seen.values():
            if loaded.row is None:
                self._insert(loaded, stamp)
            else:
                self._update(loaded)
        for loaded in self.seen.values():
            self._forms(loaded, stamp)

    def _insert(self, loaded: _Loaded, stamp: dict[str, Any]) -> None:
        rma = loaded.rma
        values = {f: _value(getattr(rma, f)) for f in RMA_FIELDS}
        values.update(rma_no=rma.rma_no, version=1, delivery_id=rma.delivery_id,
                      **{k: v for k, v in stamp.items() if k == "received_at"})
        rma.id = self.conn.execute(insert(RMAS).values(values).returning(RMAS.c.id)).scalar_one()
        # Lot and date code are written once, at receipt: not among the fields updated later.
        rows = [{"rma_id": rma.id, "serial": u.serial, "version": 1,
                 "production_lot": u.production_lot, "date_code": u.date_code,
                 **{f: _value(getattr(u, f)) for f in UNIT_FIELDS}} for u in rma.units]
        ids = self.conn.execute(insert(UNITS).returning(UNITS.c.id, UNITS.c.serial,
                                                        sort_by_parameter_order=True), rows).all()
        by_serial = {s: i for i, s in ids}
        for u in rma.units:
            u.id, u.version = by_serial[u.serial], 1
        rma.version = 1
        loaded.row = {**values, "id": rma.id}
        loaded.units = {r["serial"]: {**r, "id": by_serial[r["serial"]]} for r in rows}

    def _update(self, loaded: _Loaded) -> None:
        rma = loaded.rma
        assert loaded.row is not None
        # Only the columns that changed, grouped by which ones: a 50-unit slip is one UPDATE
        # of state and custody executed 50 times, not 50 rewrites of every column.
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        touched: list[tuple[Unit, dict[str, Any], dict[str, Any]]] = []
        for u in rma.units:
            old = loaded.units[u.serial]
            diff = {}
            for f in UNIT_FIELDS:
                # The domain's enums are StrEnums, equal to the stored text: convert only what
                # changed (14 fields of 50 units per slip).
                value = getattr(u, f)
                if old[f] != value:
                    diff[f] = _value(value)
            if diff:
                groups.setdefault(tuple(diff), []).append(
                    {**diff, "b_id": u.id, "b_version": old["version"],
                     "version": old["version"] + 1})
                touched.append((u, old, diff))
        for rows in groups.values():
            result = self.conn.execute(_UNIT_UPDATE, rows)
            if result.rowcount != len(rows):
                raise _stale(f"a unit of {rma.rma_no}")
        for unit, old, diff in touched:
            old.update(diff)
            old["version"] += 1
            unit.version = old["version"]
        values = {f: _value(getattr(rma, f)) for f in RMA_FIELDS}
        changed = {f: v for f, v in values.items() if loaded.row[f] != v}
        if changed or rma.pending:
            # Any change inside the aggregate bumps the RMA's version, so concurrent
            # operations on one RMA serialise and a screen read earlier sees it is stale.
            old_version = loaded.row["version"]
            result = self.conn.execute(
                _rma_update(tuple(changed)),
                {**changed, "b_id": rma.id, "b_version": old_version,
                 "version": old_version + 1})
            if result.rowcount != 1:
                raise _stale(rma.rma_no)
            loaded.row.update(changed, version=old_version + 1)
            rma.version = old_version + 1

    def _forms(self, loaded: _Loaded, stamp: dict[str, Any]) -> None:
        rma = loaded.rma
        stored = {f.form_no for f in rma.anomaly_forms if f.id is not None}
        for form in rma.anomaly_forms:
            unit_id = rma.unit(form.serial).id
            if form.id is None:
                form.id = self.conn.execute(insert(FORMS).values(
                    form_no=form.form_no, rma_id=rma.id, unit_id=unit_id,
                    raised_by=form.raised_by,
                    responsible_inspector_id=form.responsible_inspector_id, defect=form.defect,
                    signed_by=form.signed_by, version=1,
                    **{k: v for k, v in stamp.items() if k == "created_at"},
                ).returning(FORMS.c.id)).scalar_one()
                form.version = 1
            elif form.form_no in stored and form.signed_by is not None and form.signed_at is None:
                result = self.conn.execute(
                    update(FORMS).where(FORMS.c.id == form.id, FORMS.c.version == form.version)
                    .values(signed_by=form.signed_by,
                            signed_at=stamp.get("created_at", utcnow()),
                            certificate_fingerprint=form.certificate_fingerprint,
                            signed_with=form.signed_with,
                            version=form.version + 1))
                if result.rowcount != 1:
                    raise _stale(form.form_no)
                form.version += 1


# -- handovers -----------------------------------------------------------------------------


HANDOVER_FIELDS = ("status", "receiver_id", "counted", "refusal", "refusal_note", "resolved_at")

# Built once, like _UNIT_UPDATE: a statement built at each accept cost more to compile-key
# than to run.
_HANDOVER_UPDATE = (update(HANDOVERS).where(HANDOVERS.c.id == bindparam("b_id"),
                                            HANDOVERS.c.version == bindparam("b_version"))
                    .values({c: bindparam(c) for c in (*HANDOVER_FIELDS, "version")}))


class SqlHandoverRepository(uow_api.HandoverRepository):
    """Slips, read and written with Core statements like the RMAs they belong to."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[str, tuple[Handover, dict[str, Any] | None]] = {}

    @property
    def conn(self):  # noqa: ANN201
        return self.session.connection()

    def add(self, handover: Handover) -> None:
        self.seen[handover.slip_no] = (handover, None)

    def _load(self, where: Any) -> list[tuple[Handover, dict[str, Any]]]:
        return self._with_serials(
            self.conn.execute(_HANDOVERS.where(where).order_by(HANDOVERS.c.id)).all())

    def _with_serials(self, rows: list[Any]) -> list[tuple[Handover, dict[str, Any]]]:
        if not rows:
            return []
        serials: dict[int, list[str]] = {}
        for hu in self.conn.execute(_SERIALS_OF, {"ids": [r.id for r in rows]}):
            serials.setdefault(hu.handover_id, []).append(hu.serial)
        return self._built(rows, serials)

    @staticmethod
    def _grouped(rows: list[Any]) -> tuple[list[Any], dict[int, list[str]]]:
        """Rows of _HANDOVERS_WITH_SERIALS (in slip and position order) -> each slip's first
        row, and its serials."""
        firsts: list[Any] = []
        serials: dict[int, list[str]] = {}
        for r in rows:
            have = serials.get(r.id)
            if have is None:
                have = serials[r.id] = []
                firsts.append(r)
            if r.unit_serial is not None:
                have.append(r.unit_serial)
        return firsts, serials

    def _built(self, rows: list[Any], serials: dict[int, list[str]]
               ) -> list[tuple[Handover, dict[str, Any]]]:
        out = []
        for r in rows:
            h = Handover(
                slip_no=r.slip_no, rma_no=r.rma_no, from_station=Station(r.from_station),
                to_station=Station(r.to_station), serials=tuple(serials.get(r.id, ())),
                declared_count=r.declared_count, giver_id=r.giver_id,
                giver_name=r.display_name,
                giver_signed_at=as_utc(r.giver_signed_at),  # type: ignore[arg-type]
                content_hash=r.content_hash, status=HandoverStatus(r.status),
                receiver_id=r.receiver_id, counted=r.counted, refusal=_opt(Refusal, r.refusal),
                refusal_note=r.refusal_note, resolved_at=as_utc(r.resolved_at), id=r.id,
                version=r.version)
            out.append((h, {f: getattr(r, f) for f in HANDOVER_FIELDS} | {"version": r.version}))
        return out

    def get(self, slip_no: str, *, lock: bool = False) -> Handover:
        if slip_no in self.seen and not lock:
            return self.seen[slip_no][0]
        # Locked on its first read: a later lock would re-read what this transaction changed.
        assert not (lock and slip_no in self.seen), "a slip is locked before it is read"
        # The slip and its serials in one statement (every accept and refusal reads it).
        loaded = self._built(*self._grouped(self.conn.execute(
            _SLIP_WITH_SERIALS_LOCKED if lock else _SLIP_WITH_SERIALS,
            {"slip_no": slip_no}).all()))
        if not loaded:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        self.seen[slip_no] = loaded[0]
        return loaded[0][0]

    def open_slips(self, serials: Iterable[str]) -> dict[str, str]:
        rows = self.conn.execute(_OPEN_SLIPS_OF, {"serials": list(serials)})
        return {serial: slip for serial, slip in rows}

    def list(self, *, rma_no: str | None = None, status: str | None = None,
             to_station: str | None = None, from_station: str | None = None,
             slip_nos: Iterable[str] | None = None) -> list[Handover]:
        given = {"rma_no": rma_no, "status": status, "to_station": to_station,
                 "from_station": from_station}
        params: dict[str, Any] = {k: str(v) for k, v in given.items() if v}
        if slip_nos is not None:
            params["slip_nos"] = sorted(set(slip_nos))
        rows = self.conn.execute(_handover_list(frozenset(params)), params).all()
        return [h for h, _ in self._built(*self._grouped(rows))]

    def open_or_named(self, slip_nos: Iterable[str]) -> list[Handover]:
        rows = self.conn.execute(_OPEN_OR_NAMED, {"slip_nos": sorted(set(slip_nos))}).all()
        rows.sort(key=lambda r: (r.id, -1 if r.unit_position is None else r.unit_position))
        return [h for h, _ in self._built(*self._grouped(rows))]

    def write(self, rma_ids: dict[str, tuple[int, dict[str, int]]]) -> None:
        for slip_no, (h, old) in list(self.seen.items()):
            values = {f: _value(getattr(h, f)) for f in HANDOVER_FIELDS}
            if old is None:
                rma_id, unit_ids = rma_ids[h.rma_no]
                h.id = self.conn.execute(insert(HANDOVERS).values(
                    slip_no=h.slip_no, rma_id=rma_id, from_station=h.from_station.value,
                    to_station=h.to_station.value, declared_count=h.declared_count,
                    giver_id=h.giver_id, giver_signed_at=h.giver_signed_at,
                    content_hash=h.content_hash, version=1, **values,
                ).returning(HANDOVERS.c.id)).scalar_one()
                self.conn.execute(insert(HANDOVER_UNITS), [
                    {"handover_id": h.id, "unit_id": unit_ids[s], "serial": s, "position": i}
                    for i, s in enumerate(h.serials)])
                h.version = 1
                self.seen[slip_no] = (h, values | {"version": 1})
            elif any(old[f] != v for f, v in values.items()):
                result = self.conn.execute(
                    _HANDOVER_UPDATE,
                    {**values, "b_id": h.id, "b_version": old["version"],
                     "version": old["version"] + 1})
                if result.rowcount != 1:
                    raise _stale(slip_no)
                h.version = old["version"] + 1
                self.seen[slip_no] = (h, values | {"version": h.version})


# -- escalations ---------------------------------------------------------------------------


def escalation_from_row(row: m.EscalationRow) -> Escalation:
    return _escalation(row, row.rma.rma_no, row.unit.serial if row.unit else None)


ESCALATIONS = m.EscalationRow.__table__
# Lists are read as plain rows with their RMA number and serial joined in: the ORM's entity
# and relationship loading cost more than the statement itself on every history click.
_ESCALATION_ROWS = (select(ESCALATIONS, RMAS.c.rma_no, UNITS.c.serial)
                    .join(RMAS, RMAS.c.id == ESCALATIONS.c.rma_id)
                    .join(UNITS, UNITS.c.id == ESCALATIONS.c.unit_id, isouter=True))


@functools.lru_cache(maxsize=None)
def _escalation_list(filters: frozenset[str]) -> Any:
    """Escalations narrowed by ``filters``, built once per combination (see _handover_list)."""
    conditions = {
        "status": ESCALATIONS.c.status == bindparam("status"),
        # By the RMA's id: the index on escalations.rma_id, not a scan joined on the number.
        "rma_no": ESCALATIONS.c.rma_id == select(RMAS.c.id).where(
            RMAS.c.rma_no == bindparam("rma_no")).scalar_subquery(),
        "kind": ESCALATIONS.c.kind == bindparam("kind"),
        "slip_nos": ESCALATIONS.c.slip_no.in_(bindparam("slip_nos", expanding=True))}
    return _ESCALATION_ROWS.where(true(), *(conditions[f] for f in sorted(filters))).order_by(
        ESCALATIONS.c.id)


def _escalation(row: Any, rma_no: str, serial: str | None) -> Escalation:
    return Escalation(
        kind=EscalationKind(row.kind), rma_no=rma_no, raised_by=row.raised_by,
        note=row.note, serial=serial, slip_no=row.slip_no,
        status=row.status, decision=row.decision, decision_reason=row.decision_reason,
        decided_by=row.decided_by, decided_at=as_utc(row.decided_at),
        raised_at=as_utc(row.raised_at), certificate_fingerprint=row.certificate_fingerprint,
        signed_with=row.signed_with, participants=list(row.participants or []),
        id=row.id, version=row.version)


ESCALATION_FIELDS = ("status", "decision", "decision_reason", "decided_by", "decided_at",
                     "certificate_fingerprint", "signed_with", "participants")


class SqlEscalationRepository(uow_api.EscalationRepository):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[int, tuple[Escalation, m.EscalationRow]] = {}

    def _query(self):  # noqa: ANN202
        return select(m.EscalationRow).options(selectinload(m.EscalationRow.rma),
                                               selectinload(m.EscalationRow.unit))

    def get(self, escalation_id: int) -> Escalation:
        if escalation_id in self.seen:
            return self.seen[escalation_id][0]
        row = self.session.scalars(self._query().where(m.EscalationRow.id == escalation_id)
                                   ).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="escalation", key=escalation_id)
        esc = escalation_from_row(row)
        self.seen[escalation_id] = (esc, row)
        return esc

    def list(self, *, status: str | None = "open", rma_no: str | None = None,
             kind: str | None = None, slip_nos: Iterable[str] | None = None
             ) -> list[Escalation]:
        given = {"status": status, "rma_no": rma_no, "kind": kind}
        # str(): an enum member binds as its value (StrEnum), like a plain string.
        params: dict[str, Any] = {k: str(v) for k, v in given.items() if v}
        if slip_nos is not None:
            params["slip_nos"] = list(slip_nos)
        return [_escalation(r, r.rma_no, r.serial) for r in self.session.connection().execute(
            _escalation_list(frozenset(params)), params)]

    def flush_changes(self) -> None:
        for esc, row in self.seen.values():
            for f in ESCALATION_FIELDS:
                new = _value(getattr(esc, f))
                if getattr(row, f) != new:
                    setattr(row, f, new)


# -- users ---------------------------------------------------------------------------------

USER_FIELDS = ("username", "display_name", "password_hash", "badge", "pin_hash",
               "failed_logins", "locked", "disabled", "must_change_password",
               "password_changed_at")


@functools.lru_cache(maxsize=256)
def _roles_of(stored: str) -> frozenset[Role]:
    # A handful of distinct role lists in a shop: parsed once, not at every user loaded.
    return frozenset(Role(r) for r in stored.split(",") if r)


def user_from_row(row: Any) -> User:
    """From an ORM row or a Core row of the users table."""
    roles = _roles_of(row.roles)
    return User(username=row.username, display_name=row.display_name, roles=roles,
                password_hash=row.password_hash, badge=row.badge, pin_hash=row.pin_hash,
                failed_logins=row.failed_logins, locked=row.locked, disabled=row.disabled,
                must_change_password=bool(row.must_change_password),
                password_changed_at=as_utc(row.password_changed_at),
                id=row.id, version=row.version)


_USERS_BY_ID = select(USERS).order_by(USERS.c.id)
_USER_BY_ID = select(USERS).where(USERS.c.id == bindparam("id"))
_ACTIVE_ROLES = (select(USERS.c.username, USERS.c.display_name, USERS.c.roles)
                 .where(USERS.c.disabled.is_(False)).order_by(USERS.c.id))


class SqlUserRepository(uow_api.UserRepository):
    def __init__(self, session: Session, backdate: datetime | None = None) -> None:
        self.session = session
        self.backdate = backdate
        self.seen: dict[int, tuple[User, m.UserRow]] = {}

    def _wrap(self, row: m.UserRow | None) -> User | None:
        if row is None:
            return None
        if row.id in self.seen:
            return self.seen[row.id][0]
        user = user_from_row(row)
        self.seen[row.id] = (user, row)
        return user

    def add(self, user: User) -> None:
        row = m.UserRow(username=user.username, display_name=user.display_name,
                        roles=",".join(sorted(r.value for r in user.roles)),
                        password_hash=user.password_hash, badge=user.badge,
                        pin_hash=user.pin_hash, failed_logins=0, locked=False, disabled=False)
        if self.backdate is not None:
            row.created_at = self.backdate
        self.session.add(row)
        self.session.flush()  # the id is needed at once: audit entries and callers use it
        user.id = row.id
        user.version = row.version
        self.seen[row.id] = (user, row)

    def get(self, user_id: int) -> User:
        # A Core row: every use case reads who acts first, and the ORM entity cost three
        # times the statement. The entity is loaded only if the user changes (flush_changes).
        if user_id in self.seen:
            return self.seen[user_id][0]
        row = self.session.connection().execute(_USER_BY_ID, {"id": user_id}).first()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="user", key=user_id)
        user = user_from_row(row)
        self.seen[user_id] = (user, row)
        return user

    def by_username(self, username: str) -> User | None:
        return self._wrap(self.session.scalars(
            select(m.UserRow).where(m.UserRow.username == username)).one_or_none())

    def by_badge(self, badge: str) -> User | None:
        return self._wrap(self.session.scalars(
            select(m.UserRow).where(m.UserRow.badge == badge)).one_or_none())

    def list(self) -> list[User]:
        # Core rows from a statement built once: QC and the history window list the users at
        # every refresh, and ORM entities cost several times the read. Listed users are not
        # tracked for write-back (nothing changes a user read from the list); one already
        # loaded in this unit of work is returned as loaded.
        return [self.seen[r.id][0] if r.id in self.seen else user_from_row(r)
                for r in self.session.connection().execute(_USERS_BY_ID)]

    def active_roles(self) -> list[tuple[str, frozenset[Role]]]:
        # Four columns, no User built: the supervisor desk lists who may decide at every
        # refresh.
        return [(name or username, _roles_of(roles))
                for username, name, roles in self.session.connection().execute(_ACTIVE_ROLES)]

    def count_failure(self, user_id: int, limit: int) -> tuple[int, bool]:
        """One atomic increment in SQL: concurrent wrong passwords each count (no lost update,
        no version conflict). The attempt that reaches ``limit`` locks the account and is the
        only one told so."""
        users = m.UserRow.__table__
        failed = self.session.execute(
            update(users).where(users.c.id == user_id)
            .values(failed_logins=users.c.failed_logins + 1,
                    locked=case((users.c.failed_logins + 1 >= limit, true()),
                                else_=users.c.locked))
            .returning(users.c.failed_logins)).scalar_one()
        return failed, failed == limit

    def flush_changes(self) -> None:
        for user_id, (user, row) in list(self.seen.items()):
            changes: dict[str, Any] = {}
            roles = ",".join(sorted(r.value for r in user.roles))
            if row.roles != roles:
                changes["roles"] = roles
            for f in USER_FIELDS:
                stored = getattr(row, f)
                if f == "password_changed_at":
                    # SQLite hands back naive UTC, the user holds aware UTC: compared as
                    # they are, they never match, and every use case that read a user who
                    # once changed their password rewrote that row (and bumped its version).
                    stored = as_utc(stored)
                if stored != getattr(user, f):
                    changes[f] = getattr(user, f)
            if not changes:
                continue
            if not isinstance(row, m.UserRow):
                # Read as a Core row (get): the entity now, and it must be the version read,
                # or another bench changed the user meanwhile.
                entity = self.session.get(m.UserRow, user_id)
                if entity is None or entity.version != row.version:
                    raise _stale(f"user {user.username}")
                self.seen[user_id] = (user, entity)
                row = entity
            for f, value in changes.items():
                setattr(row, f, value)


# -- tracking log --------------------------------------------------------------------------


def log_from_row(row: m.TrackingLogRow) -> LogEntry:
    return LogEntry(rma_no=row.rma_no, action=row.action, actor_id=row.actor_id,
                    serial=row.serial, from_state=row.from_state, to_state=row.to_state,
                    detail=dict(row.detail or {}), at=as_utc(row.occurred_at or row.at),
                    actor_name=row.actor_name)


# An RMA's lines with just what a LogEntry holds (one time parsed, not both, no hashes): the
# history window and `rma show` read them at every click.
_LOG_OF_RMA = (select(LOG.c.rma_no, LOG.c.action, LOG.c.actor_id, LOG.c.serial, LOG.c.from_state,
                      LOG.c.to_state, LOG.c.detail,
                      func.coalesce(LOG.c.occurred_at, LOG.c.at, type_=LOG.c.at.type),
                      LOG.c.actor_name)
               .where(LOG.c.rma_no == bindparam("rma_no")).order_by(LOG.c.id))


class SqlLogRepository(uow_api.LogRepository):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.new: list[LogEntry] = []

    def add(self, entry: LogEntry) -> None:
        self.new.append(entry)

    def for_rma(self, rma_no: str) -> list[LogEntry]:
        # Core rows, one statement built once: an RMA's history is read at every click.
        rows = self.session.connection().execute(_LOG_OF_RMA, {"rma_no": rma_no}).all()
        return [LogEntry(rma_no=no, action=action, actor_id=actor_id, serial=serial,
                         from_state=from_state, to_state=to_state, detail=detail or {},
                         at=None if at is None else at.replace(tzinfo=UTC)
                         if at.tzinfo is None else at.astimezone(UTC), actor_name=actor_name)
                for (no, action, actor_id, serial, from_state, to_state, detail, at,
                     actor_name) in rows]

    def all(self) -> Iterator[LogEntry]:
        q = select(m.TrackingLogRow).order_by(m.TrackingLogRow.id).execution_options(
            yield_per=1000)
        for row in self.session.scalars(q):
            yield log_from_row(row)

    def head_hash(self) -> str | None:
        """The newest entry's hash (None while the log is empty)."""
        return self.session.scalar(select(m.LogHeadRow.head_hash).where(m.LogHeadRow.id == 1))

    def head(self) -> tuple[int | None, str | None] | None:
        """(last id, head hash) as the database records them; None if the record is gone."""
        row = self.session.execute(select(m.LogHeadRow.last_id, m.LogHeadRow.head_hash)
                                   .where(m.LogHeadRow.id == 1)).first()
        return None if row is None else (row[0], row[1])

    def chain_rows(self) -> Iterator[dict[str, Any]]:
        """Every entry as stored (``detail`` as its JSON text), in id order, for the chain
        check: streamed, a few thousand rows in memory at a time."""
        columns = [sa_cast(LOG.c.detail, Text).label("detail") if f == "detail" else LOG.c[f]
                   for f in audit_chain.FIELDS]
        q = (select(*columns, LOG.c.prev_hash, LOG.c.entry_hash).order_by(LOG.c.id)
             .execution_options(yield_per=5000))
        for row in self.session.execute(q).mappings():
            yield dict(row)

    def contains_hash(self, digest: str) -> int | None:
        """The id of the entry whose hash this is, if any."""
        return self.session.scalar(select(LOG.c.id).where(LOG.c.entry_hash == digest).limit(1))


def log_values(entry: LogEntry) -> dict[str, Any]:
    return {"rma_no": entry.rma_no, "serial": entry.serial, "action": entry.action,
            "actor_id": entry.actor_id, "actor_name": entry.actor_name or "system",
            "from_state": entry.from_state, "to_state": entry.to_state,
            "detail": _jsonable(entry.detail)}


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:  # most of a log line's detail: no hasattr probing
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (int, float, bool)):
        return value.value
    return value


def write_records(conn: Any, records: Iterable[Any], rma: Rma,
                  stamp: dict[str, Any]) -> None:
    """Store what the operations produced, one executemany per kind, in operation order."""
    unit_id = {u.serial: u.id for u in rma.units}
    batches: dict[Any, list[dict[str, Any]]] = {}

    def put(table: Any, values: dict[str, Any], time_column: str | None) -> None:
        if time_column and time_column in stamp:
            values[time_column] = stamp[time_column]
        elif time_column and time_column == "occurred_at" and "at" in stamp:
            values[time_column] = stamp["at"]
        batches.setdefault(table, []).append(values)

    for record in records:
        if isinstance(record, LogEntry):
            # The database stamps `at` itself (migration 0006); a past record keeps its time.
            put(LOG, log_values(record), "occurred_at")
        elif isinstance(record, Screening):
            put(m.ScreeningRow.__table__, {
                "unit_id": unit_id[record.serial], "test_verdict": record.test_verdict.value,
                "tester_id": record.tester_id, "visual_verdict": record.visual_verdict.value,
                "inspector_id": record.inspector_id, "outcome": record.outcome,
                "defect": record.defect, "defect_code": record.defect_code,
                "measurements": _jsonable(record.measurements)}, "at")
        elif isinstance(record, Reinspection):
            put(m.ReinspectionRow.__table__, {
                "unit_id": unit_id[record.serial], "stage": record.stage,
                "verdict": record.verdict.value, "inspector_id": record.inspector_id,
                "loop_no": record.loop_no, "notes": record.notes,
                "measurements": _jsonable(record.measurements),
                "certificate_fingerprint": record.certificate_fingerprint,
                "signed_with": record.signed_with}, "at")
        elif isinstance(record, ShippingNote):
            put(m.ShippingNoteRow.__table__, {
                "note_no": record.note_no, "rma_id": rma.id, "carrier": record.carrier,
                "tracking_no": record.tracking_no, "shipped_by": record.shipped_by,
                "serials": list(record.serials), "replacements": list(record.replacements),
                "label": _jsonable(record.label), "address": record.address,
                "certificate_fingerprint": record.certificate_fingerprint,
                "signed_with": record.signed_with}, "shipped_at")
        elif isinstance(record, ComplaintNotice):
            put(m.ComplaintNoticeRow.__table__, {
                "notice_no": record.notice_no, "rma_id": rma.id,
                "non_customer_units": record.non_customer_units,
                "shipped_qty": record.shipped_qty, "causes": dict(record.causes),
                "status": record.status, "delivery_id": record.delivery_id,
                "delivery_no": record.delivery_no, "delivered_qty": record.delivered_qty,
                "version": 1}, "raised_at")
        elif isinstance(record, ComplaintNoticeJoined):
            join_notice(conn, record.notice_no, non_customer_units=record.non_customer_units,
                        causes=record.causes)
        elif isinstance(record, Escalation):
            put(m.EscalationRow.__table__, {
                "kind": record.kind.value, "rma_id": rma.id,
                "unit_id": unit_id[record.serial] if record.serial else None,
                "slip_no": record.slip_no, "raised_by": record.raised_by, "note": record.note,
                "status": record.status, "version": 1}, "raised_at")
        elif isinstance(record, RepairRecord):
            # Parts need the record's id: one INSERT ... RETURNING each (a handful per day).
            values = {
                "unit_id": unit_id[record.serial], "kind": record.kind.value,
                "symptom": record.symptom, "root_cause": record.root_cause,
                "cause_category": record.cause_category.value,
                "responsible_process": record.responsible_process,
                "responsible_department": record.responsible_department,
                "actions": record.actions, "repair_minutes": record.repair_minutes,
                "repairer_id": record.repairer_id, "loop_no": record.loop_no,
                "cause_code": record.cause_code}
            if "completed_at" in stamp:
                values["completed_at"] = stamp["completed_at"]
            rid = conn.execute(insert(m.RepairRecordRow.__table__).values(values)
                               .returning(m.RepairRecordRow.__table__.c.id)).scalar_one()
            if record.parts:
                conn.execute(insert(m.RepairPartRow.__table__), [
                    {"repair_record_id": rid, "ref_des": p.ref_des, "part_no": p.part_no,
                     "qty": p.qty, "lot": p.lot, "date_code": p.date_code}
                    for p in record.parts])
        else:
            raise TypeError(f"no table for {type(record).__name__}")
    for table, rows in batches.items():
        conn.execute(insert(table), rows)


# -- signed slips --------------------------------------------------------------------------


@functools.cache
def _slip_statements() -> dict[str, Any]:
    """The signing reads of every handover and receipt, built once (Core rows: ORM entities
    cost several times the statement, a dozen per receipt with eight benches at once)."""
    from benchapp.db.models_slips import IssuedCertificateRow, ShopCaRow, UserCredentialRow

    cas, creds = ShopCaRow.__table__, UserCredentialRow.__table__
    issued = IssuedCertificateRow.__table__
    return {
        "cas": select(cas.c.shop_name, cas.c.cert_pem, cas.c.encrypted_key_pem)
        .order_by(cas.c.id),
        # With the issued record its fingerprint column names, in the same round trip: the
        # signer's certificate is looked up there at every signature.
        "credential": select(creds.c.cert_pem, creds.c.encrypted_key_pem,
                             issued.c.serial, issued.c.fingerprint, issued.c.user_id,
                             issued.c.issued_at, issued.c.superseded_at)
        .outerjoin(issued, issued.c.fingerprint == creds.c.fingerprint)
        .where(creds.c.user_id == bindparam("user_id"), creds.c.superseded_at.is_(None))
        .order_by(creds.c.id.desc()).limit(1),
        "issued": select(issued.c.serial, issued.c.fingerprint, issued.c.user_id,
                         issued.c.issued_at, issued.c.superseded_at)
        .where(issued.c.fingerprint.in_(bindparam("fingerprints", expanding=True))),
    }


@functools.lru_cache(maxsize=None)
def _slip_rows(with_pdf: bool) -> Any:
    """Stored slips with their RMA number, in id order; without ``with_pdf``, no PDF bytes."""
    from benchapp.db.models_slips import SlipRow

    slips = SlipRow.__table__
    columns = [c for c in slips.columns if with_pdf or c.key != "pdf"]
    return (select(*columns, RMAS.c.rma_no).join(RMAS, RMAS.c.id == slips.c.rma_id)
            .order_by(slips.c.id))


@functools.lru_cache(maxsize=None)
def _slips_of_rma() -> Any:
    return _slip_rows(False).where(RMAS.c.rma_no == bindparam("rma_no"))


@functools.lru_cache(maxsize=None)
def _slip_by_no() -> Any:
    """One stored slip with its PDF: every receipt reads one."""
    from benchapp.db.models_slips import SlipRow

    return _slip_rows(True).where(SlipRow.__table__.c.slip_no == bindparam("slip_no"))


@functools.lru_cache(maxsize=16)
def _slip_update(columns: tuple[str, ...]) -> Any:
    """UPDATE of these slip columns and the version, guarded by the version as read."""
    from benchapp.db.models_slips import SlipRow

    slips = SlipRow.__table__
    return (update(slips).where(slips.c.id == bindparam("b_id"),
                                slips.c.version == bindparam("b_version"))
            .values({c: bindparam(c) for c in (*columns, "version")}))


def _issued_certificate(row: Any) -> Any:
    from benchapp.services.slips import IssuedCertificate

    return IssuedCertificate(serial=row.serial, fingerprint=row.fingerprint, user_id=row.user_id,
                             issued_at=as_utc(row.issued_at),
                             superseded_at=as_utc(row.superseded_at))


class SqlSlipRepository:
    """The shop CA, users' signing credentials and the slip PDFs (benchapp.services.slips)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[str, Any] = {}
        # The demo loader's and imports' time (SqlAlchemyUnitOfWork.backdate): a certificate
        # issued in back-dated history is current for the back-dated slips it signs.
        self.backdate: datetime | None = None
        self.loaded_pdf: dict[str, bytes] = {}
        self._cas: list[Any] | None = None  # read once a transaction (a receipt needs it twice)
        # Issued-certificate rows read with a credential in this transaction, by their own
        # fingerprint: issued() answers from here only for exactly that fingerprint, which the
        # service computes from the certificate (a fingerprint column pointing elsewhere just
        # misses and is looked up).
        self._issued: dict[str, Any] = {}

    def cas(self) -> list[Any]:
        """Every shop CA row, oldest first: the service picks the one pinned on this machine
        (the database lets only one in, but a copied SQLite file may have lost its trigger)."""
        from benchapp.services.slips import Credential

        if self._cas is None:
            self._cas = [(row.shop_name, Credential(row.cert_pem.encode(),
                                                    row.encrypted_key_pem.encode()))
                         for row in self.session.connection().execute(_slip_statements()["cas"])]
        return list(self._cas)

    def ca(self):  # noqa: ANN201
        """The first shop CA row, or None: whether the shop has a CA at all."""
        found = self.cas()
        return found[0] if found else None

    def add_ca(self, shop_name: str, ca: Any, fingerprint: str) -> None:
        from benchapp.db.models_slips import ShopCaRow

        self._cas = None

        self.session.add(ShopCaRow(shop_name=shop_name, cert_pem=ca.cert_pem.decode(),
                                   encrypted_key_pem=ca.encrypted_key_pem.decode(),
                                   fingerprint=fingerprint))

    def credential(self, user_id: int):  # noqa: ANN201
        from benchapp.services.slips import Credential

        row = self.session.connection().execute(_slip_statements()["credential"],
                                                {"user_id": user_id}).first()
        if row is None:
            return None
        if row.fingerprint is not None:
            self._issued[row.fingerprint] = _issued_certificate(row)
        return Credential(row.cert_pem.encode(), row.encrypted_key_pem.encode())

    def replace_key(self, user_id: int, fingerprint: str, encrypted_key: bytes) -> None:
        """The same key, wrapped anew (upgrade to argon2id, or a password change)."""
        from benchapp.db.models_slips import UserCredentialRow

        current = UserCredentialRow.__table__
        self.session.execute(update(current).where(
            current.c.user_id == user_id, current.c.fingerprint == fingerprint)
            .values(encrypted_key_pem=encrypted_key.decode()))

    def replace_ca_key(self, fingerprint: str, encrypted_key: bytes) -> None:
        from benchapp.db.models_slips import ShopCaRow

        self._cas = None
        ca = ShopCaRow.__table__
        self.session.execute(update(ca).where(ca.c.fingerprint == fingerprint)
                             .values(encrypted_key_pem=encrypted_key.decode()))

    def pending_key(self, user_id: int) -> tuple[bytes, bytes] | None:
        """(public key PEM, wrapped private key) awaiting a certificate, if any."""
        from benchapp.db.models_slips import PendingSigningKeyRow

        row = self.session.get(PendingSigningKeyRow, user_id)
        return None if row is None else (row.public_key_pem.encode(), row.encrypted_key.encode())

    def set_pending_key(self, user_id: int, public_key_pem: bytes | None,
                        encrypted_key: bytes | None = None) -> None:
        from benchapp.db.models_slips import PendingSigningKeyRow

        self.session.execute(delete(PendingSigningKeyRow.__table__).where(
            PendingSigningKeyRow.__table__.c.user_id == user_id))
        if public_key_pem is not None and encrypted_key is not None:
            self.session.add(PendingSigningKeyRow(user_id=user_id,
                                                  public_key_pem=public_key_pem.decode(),
                                                  encrypted_key=encrypted_key.decode()))

    def add_credential(self, user_id: int, credential: Any, fingerprint: str, *,
                       serial: str | None = None, at: datetime | None = None) -> None:
        """Store a new credential and record the certificate as issued; the user's earlier
        ones are superseded from ``at`` (the database's clock when not given)."""
        from cryptography import x509

        from benchapp.db.models_slips import IssuedCertificateRow, UserCredentialRow

        if serial is None:
            serial = format(x509.load_pem_x509_certificate(credential.cert_pem).serial_number,
                            "x")
        at = at if at is not None else self.backdate
        self.supersede_credentials(user_id, at)
        self.session.add(UserCredentialRow(
            user_id=user_id, cert_pem=credential.cert_pem.decode(),
            encrypted_key_pem=credential.encrypted_key_pem.decode(), fingerprint=fingerprint))
        issued = IssuedCertificateRow(serial=serial, fingerprint=fingerprint, user_id=user_id)
        if at is not None:
            issued.issued_at = at  # else the database's clock (its default)
        self.session.add(issued)

    def supersede_credentials(self, user_id: int, at: datetime | None = None) -> int:
        """The user's current certificate stops being current at ``at``; returns how many."""
        from benchapp.db.models_slips import IssuedCertificateRow, UserCredentialRow

        self._issued.clear()  # what was read with a credential is no longer the record
        when = at if at is not None else utcnow()
        self.session.execute(update(UserCredentialRow)
                             .where(UserCredentialRow.user_id == user_id,
                                    UserCredentialRow.superseded_at.is_(None))
                             .values(superseded_at=when))
        return self.session.execute(update(IssuedCertificateRow)
                                    .where(IssuedCertificateRow.user_id == user_id,
                                           IssuedCertificateRow.superseded_at.is_(None))
                                    .values(superseded_at=when)).rowcount

    def issued(self, fingerprints: Iterable[str]) -> dict[str, Any]:
        """The issued-certificates record of these fingerprints (absent: never issued)."""
        wanted = set(fingerprints)
        found = {fp: self._issued[fp] for fp in wanted if fp in self._issued}
        missing = sorted(wanted - found.keys())
        if missing:
            rows = self.session.connection().execute(_slip_statements()["issued"],
                                                     {"fingerprints": missing})
            found.update((r.fingerprint, _issued_certificate(r)) for r in rows)
        return found

    def _records(self, where: Any, *, with_pdf: bool = True) -> list[Any]:
        return self._read(_slip_rows(with_pdf).where(where), None, with_pdf=with_pdf)

    def _read(self, statement: Any, params: dict[str, Any] | None, *,
              with_pdf: bool) -> list[Any]:
        from benchapp.services.slips import SlipRecord

        rows = self.session.connection().execute(statement, params).all()
        records = [SlipRecord(slip_no=r.slip_no, rma_no=r.rma_no,
                              content_sha256=r.content_sha256,
                              previous_sha256=r.previous_sha256,
                              pdf=r.pdf if with_pdf else b"", state=r.state,
                              pdf_sha256=r.pdf_sha256,
                              print_count=r.print_count, id=r.id, version=r.version)
                   for r in rows]
        if with_pdf:
            self.loaded_pdf.update((r.slip_no, r.pdf) for r in records)
        return records

    def get(self, slip_no: str):  # noqa: ANN201
        if slip_no in self.pending:
            return self.pending[slip_no]
        found = self._read(_slip_by_no(), {"slip_no": slip_no}, with_pdf=True)
        return found[0] if found else None

    def for_rma(self, rma_no: str) -> list[Any]:
        return self._records(RMAS.c.rma_no == rma_no)

    def list(self, rma_no: str | None = None) -> list[Any]:
        """Slips without their PDFs (``pdf`` is empty): a listing, not the documents."""
        if rma_no:
            # Built once: the history window lists an RMA's slips at every click.
            from benchapp.services.slips import SlipRecord

            return [SlipRecord(slip_no=r.slip_no, rma_no=r.rma_no,
                               content_sha256=r.content_sha256,
                               previous_sha256=r.previous_sha256, pdf=b"", state=r.state,
                               pdf_sha256=r.pdf_sha256, print_count=r.print_count, id=r.id,
                               version=r.version)
                    for r in self.session.connection().execute(_slips_of_rma(),
                                                               {"rma_no": rma_no})]
        return self._records(true(), with_pdf=False)

    def each(self) -> Iterator[tuple[str, str, bytes]]:
        """(slip no, content SHA-256, PDF) of every stored slip in id order, streamed: a few
        PDFs in memory at a time, whatever the archive's size (``audit verify``)."""
        from benchapp.db.models_slips import SlipRow

        slips = SlipRow.__table__
        q = (select(slips.c.slip_no, slips.c.content_sha256, slips.c.pdf)
             .order_by(slips.c.id).execution_options(yield_per=20))
        for row in self.session.execute(q):
            yield row.slip_no, row.content_sha256, row.pdf

    def save(self, record: Any) -> None:
        self.pending[record.slip_no] = record

    def write(self, stamp: dict[str, Any]) -> None:
        """After the handovers: a slip row refers to its handover."""
        import hashlib

        from benchapp.db.models_slips import SlipRow

        for record in self.pending.values():
            values = {"content_sha256": record.content_sha256,
                      "previous_sha256": record.previous_sha256,
                      "state": record.state, "print_count": record.print_count}
            if record.id is None or record.pdf is not self.loaded_pdf.get(record.slip_no):
                # Only a new document (the giver's, the countersigned) is stored and hashed:
                # a print must not re-hash bytes that were changed behind the app's back.
                values["pdf"] = record.pdf
                values["pdf_sha256"] = hashlib.sha256(record.pdf).hexdigest()
            if record.id is None:
                rma_id = self.session.scalar(select(RMAS.c.id).where(
                    RMAS.c.rma_no == record.rma_no))
                row = SlipRow(slip_no=record.slip_no, rma_id=rma_id, **values,
                              **{k: v for k, v in stamp.items() if k == "created_at"})
                self.session.add(row)
                self.session.flush()
                record.id, record.version = row.id, row.version
            else:
                # What the giver signed stays: the bench role may not write these columns
                # (benchapp.db.grants), only the countersigned PDF and the state.
                changed = {k: v for k, v in values.items()
                           if k not in ("content_sha256", "previous_sha256")}
                result = self.session.connection().execute(
                    _slip_update(tuple(changed)),
                    {**changed, "b_id": record.id, "b_version": record.version,
                     "version": record.version + 1})
                if result.rowcount != 1:
                    raise _stale(record.slip_no)
                record.version += 1
        self.pending.clear()
