"""Repositories: rows in, domain objects out, and domain changes written back at commit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from benchapp.db import models as m
from benchapp.db.engine import as_utc
from benchapp.domain.errors import Conflict, NotFound, Reason
from benchapp.domain.handover import Handover, HandoverStatus, Refusal
from benchapp.domain.rma import (
    AnomalyForm,
    Billing,
    CauseCategory,
    ComplaintNotice,
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
              "complaint_notice_raised")


def _value(v: Any) -> Any:
    return v.value if hasattr(v, "value") and not isinstance(v, (int, bool)) else v


def unit_from_row(row: m.UnitRow) -> Unit:
    return Unit(
        serial=row.serial, state=UnitState(row.state), custody=Custody(row.custody),
        work_kind=_opt(WorkKind, row.work_kind), rework_loops=row.rework_loops,
        loop_allowance=row.loop_allowance, due_confirmed=row.due_confirmed,
        disposition=_opt(Disposition, row.disposition),
        replacement_serial=row.replacement_serial,
        cause_category=_opt(CauseCategory, row.cause_category),
        repeat_count=row.repeat_count, serial_generated=row.serial_generated,
        pending_test=_opt(Verdict, row.pending_test), pending_tester_id=row.pending_tester_id,
        pending_measurements=list(row.pending_measurements or []), id=row.id,
        version=row.version)


def rma_from_row(row: m.RmaRow) -> Rma:
    rma = Rma(
        rma_no=row.rma_no, customer=row.customer, model=row.model,
        declared_qty=row.declared_qty, counted_qty=row.counted_qty, complaint=row.complaint,
        requirement=Requirement(row.requirement), billing=Billing(row.billing),
        due_date=row.due_date, batch=row.batch, storage_location=row.storage_location,
        received_by=row.received_by, status=RmaStatus(row.status),
        complaint_notice_raised=row.complaint_notice_raised,
        received_at=as_utc(row.received_at), id=row.id, version=row.version,
        units=[unit_from_row(u) for u in row.units])
    serial_of = {u.id: u.serial for u in row.units}
    rma.anomaly_forms = [
        AnomalyForm(form_no=f.form_no, rma_no=row.rma_no, serial=serial_of[f.unit_id],
                    raised_by=f.raised_by, responsible_inspector_id=f.responsible_inspector_id,
                    defect=f.defect, signed_by=f.signed_by, signed_at=as_utc(f.signed_at),
                    id=f.id, version=f.version)
        for f in row.anomaly_forms]
    return rma


class SqlRmaRepository(uow_api.RmaRepository):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[str, tuple[Rma, m.RmaRow]] = {}

    def add(self, rma: Rma) -> None:
        row = m.RmaRow(rma_no=rma.rma_no, units=[], anomaly_forms=[])
        self.session.add(row)
        self.seen[rma.rma_no] = (rma, row)

    def _row(self, rma_no: str) -> m.RmaRow:
        row = self.session.scalars(
            select(m.RmaRow).where(m.RmaRow.rma_no == rma_no)
            .options(selectinload(m.RmaRow.units), selectinload(m.RmaRow.anomaly_forms))
        ).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
        return row

    def get(self, rma_no: str, *, expected_version: int | None = None) -> Rma:
        if rma_no in self.seen:
            return self.seen[rma_no][0]
        row = self._row(rma_no)
        if expected_version is not None and row.version != expected_version:
            # The screen was filled from an older read: another bench changed the RMA since.
            who = self.session.scalar(
                select(m.TrackingLogRow.actor_name).where(m.TrackingLogRow.rma_no == rma_no)
                .order_by(m.TrackingLogRow.id.desc()).limit(1))
            raise Conflict(Reason.CONFLICT, what=rma_no, by=f" by {who}" if who else "")
        rma = rma_from_row(row)
        self.seen[rma_no] = (rma, row)
        return rma

    def list(self, *, status: str | None = None) -> list[Rma]:
        q = (select(m.RmaRow).options(selectinload(m.RmaRow.units),
                                      selectinload(m.RmaRow.anomaly_forms))
             .order_by(m.RmaRow.id.desc()))
        if status:
            q = q.where(m.RmaRow.status == status)
        return [rma_from_row(r) for r in self.session.scalars(q)]

    def open_serials(self, serials: Iterable[str]) -> dict[str, str]:
        serials = list(serials)
        rows = self.session.execute(
            select(m.UnitRow.serial, m.RmaRow.rma_no).join(m.RmaRow)
            .where(m.UnitRow.serial.in_(serials),
                   m.UnitRow.state.not_in([s.value for s in (UnitState.SHIPPED,
                                           UnitState.RETURNED_AS_IS, UnitState.SCRAPPED)])))
        return {serial: rma_no for serial, rma_no in rows}

    def earlier_returns(self, serials: Iterable[str]) -> dict[str, list[EarlierReturn]]:
        serials = list(serials)
        units = self.session.execute(
            select(m.UnitRow.id, m.UnitRow.serial, m.RmaRow.rma_no, m.RmaRow.received_at)
            .join(m.RmaRow).where(m.UnitRow.serial.in_(serials))).all()
        if not units:
            return {}
        ids = [u.id for u in units]
        causes: dict[int, list[str]] = {}
        parts: dict[int, list[str]] = {}
        for rec in self.session.scalars(select(m.RepairRecordRow)
                                        .where(m.RepairRecordRow.unit_id.in_(ids))
                                        .options(selectinload(m.RepairRecordRow.parts))):
            causes.setdefault(rec.unit_id, []).append(
                f"{rec.cause_category}: {rec.root_cause}")
            parts.setdefault(rec.unit_id, []).extend(
                f"{p.ref_des} {p.part_no}" for p in rec.parts)
        out: dict[str, list[EarlierReturn]] = {}
        for u in units:
            out.setdefault(u.serial, []).append(EarlierReturn(
                rma_no=u.rma_no, received_at=as_utc(u.received_at),  # type: ignore[arg-type]
                causes=tuple(causes.get(u.id, ())), parts=tuple(parts.get(u.id, ()))))
        return out

    # -- write-back ----------------------------------------------------------------------

    def flush_changes(self, session: Session) -> Iterator[tuple[Rma, m.RmaRow]]:
        for rma, row in self.seen.values():
            for f in RMA_FIELDS:
                new = _value(getattr(rma, f))
                if getattr(row, f) != new:
                    setattr(row, f, new)
            by_serial = {u.serial: u for u in row.units}
            for unit in rma.units:
                urow = by_serial.get(unit.serial)
                if urow is None:
                    urow = m.UnitRow(serial=unit.serial)
                    row.units.append(urow)
                    by_serial[unit.serial] = urow
                for f in UNIT_FIELDS:
                    new = _value(getattr(unit, f))
                    if getattr(urow, f) != new:
                        setattr(urow, f, new)
            if rma.pending and row.id is not None:
                # Any change inside the aggregate bumps the RMA's version, so concurrent
                # operations on one RMA serialise and a screen read earlier sees it is stale.
                flag_modified(row, "status")
            yield rma, row


# -- handovers -----------------------------------------------------------------------------


def handover_from_row(row: m.HandoverRow, giver_name: str = "") -> Handover:
    return Handover(
        slip_no=row.slip_no, rma_no=row.rma.rma_no, from_station=Station(row.from_station),
        to_station=Station(row.to_station), serials=tuple(u.serial for u in row.units),
        declared_count=row.declared_count, giver_id=row.giver_id, giver_name=giver_name,
        giver_signed_at=as_utc(row.giver_signed_at),  # type: ignore[arg-type]
        content_hash=row.content_hash, status=HandoverStatus(row.status),
        receiver_id=row.receiver_id, counted=row.counted, refusal=_opt(Refusal, row.refusal),
        refusal_note=row.refusal_note, resolved_at=as_utc(row.resolved_at), id=row.id,
        version=row.version)


HANDOVER_FIELDS = ("status", "receiver_id", "counted", "refusal", "refusal_note", "resolved_at")


class SqlHandoverRepository(uow_api.HandoverRepository):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[str, tuple[Handover, m.HandoverRow | None]] = {}

    def add(self, handover: Handover) -> None:
        self.seen[handover.slip_no] = (handover, None)

    def _query(self):  # noqa: ANN202
        return select(m.HandoverRow).options(selectinload(m.HandoverRow.units),
                                             selectinload(m.HandoverRow.rma))

    def _names(self, ids: Iterable[int]) -> dict[int, str]:
        ids = set(ids)
        if not ids:
            return {}
        return dict(self.session.execute(
            select(m.UserRow.id, m.UserRow.display_name).where(m.UserRow.id.in_(ids))).all())

    def get(self, slip_no: str) -> Handover:
        if slip_no in self.seen:
            return self.seen[slip_no][0]
        row = self.session.scalars(self._query().where(m.HandoverRow.slip_no == slip_no)
                                   ).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        handover = handover_from_row(row, self._names([row.giver_id]).get(row.giver_id, ""))
        self.seen[slip_no] = (handover, row)
        return handover

    def open_slips(self, serials: Iterable[str]) -> dict[str, str]:
        rows = self.session.execute(
            select(m.HandoverUnitRow.serial, m.HandoverRow.slip_no).join(m.HandoverRow)
            .where(m.HandoverRow.status == HandoverStatus.OPEN.value,
                   m.HandoverUnitRow.serial.in_(list(serials))))
        return {serial: slip for serial, slip in rows}

    def list(self, *, rma_no: str | None = None, status: str | None = None) -> list[Handover]:
        q = self._query().order_by(m.HandoverRow.id)
        if rma_no:
            q = q.join(m.RmaRow).where(m.RmaRow.rma_no == rma_no)
        if status:
            q = q.where(m.HandoverRow.status == status)
        rows = list(self.session.scalars(q))
        names = self._names(r.giver_id for r in rows)
        return [handover_from_row(r, names.get(r.giver_id, "")) for r in rows]

    def flush_changes(self, session: Session, rma_rows: dict[str, m.RmaRow]) -> None:
        for slip_no, (h, row) in list(self.seen.items()):
            if row is None:
                rma_row = rma_rows[h.rma_no]
                unit_ids = {u.serial: u for u in rma_row.units}
                row = m.HandoverRow(
                    slip_no=h.slip_no, rma=rma_row, from_station=h.from_station.value,
                    to_station=h.to_station.value, declared_count=h.declared_count,
                    giver_id=h.giver_id, giver_signed_at=h.giver_signed_at,
                    content_hash=h.content_hash,
                    units=[m.HandoverUnitRow(unit_id=unit_ids[s].id, serial=s, position=i)
                           for i, s in enumerate(h.serials)])
                session.add(row)
                self.seen[slip_no] = (h, row)
            for f in HANDOVER_FIELDS:
                new = _value(getattr(h, f))
                if getattr(row, f) != new:
                    setattr(row, f, new)


# -- escalations ---------------------------------------------------------------------------


def escalation_from_row(row: m.EscalationRow) -> Escalation:
    return Escalation(
        kind=EscalationKind(row.kind), rma_no=row.rma.rma_no, raised_by=row.raised_by,
        note=row.note, serial=row.unit.serial if row.unit else None, slip_no=row.slip_no,
        status=row.status, decision=row.decision, decision_reason=row.decision_reason,
        decided_by=row.decided_by, decided_at=as_utc(row.decided_at),
        raised_at=as_utc(row.raised_at), id=row.id, version=row.version)


ESCALATION_FIELDS = ("status", "decision", "decision_reason", "decided_by", "decided_at")


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

    def list(self, *, status: str | None = "open") -> list[Escalation]:
        q = self._query().order_by(m.EscalationRow.id)
        if status:
            q = q.where(m.EscalationRow.status == status)
        return [escalation_from_row(r) for r in self.session.scalars(q)]

    def flush_changes(self) -> None:
        for esc, row in self.seen.values():
            for f in ESCALATION_FIELDS:
                new = _value(getattr(esc, f))
                if getattr(row, f) != new:
                    setattr(row, f, new)


# -- users ---------------------------------------------------------------------------------

USER_FIELDS = ("username", "display_name", "password_hash", "badge", "pin_hash",
               "failed_logins", "locked", "disabled")


def user_from_row(row: m.UserRow) -> User:
    roles = frozenset(Role(r) for r in row.roles.split(",") if r)
    return User(username=row.username, display_name=row.display_name, roles=roles,
                password_hash=row.password_hash, badge=row.badge, pin_hash=row.pin_hash,
                failed_logins=row.failed_logins, locked=row.locked, disabled=row.disabled,
                id=row.id, version=row.version)


class SqlUserRepository(uow_api.UserRepository):
    def __init__(self, session: Session) -> None:
        self.session = session
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
        self.session.add(row)
        self.session.flush()  # the id is needed at once: audit entries and callers use it
        user.id = row.id
        user.version = row.version
        self.seen[row.id] = (user, row)

    def get(self, user_id: int) -> User:
        user = self._wrap(self.session.get(m.UserRow, user_id))
        if user is None:
            raise NotFound(Reason.NOT_FOUND, what="user", key=user_id)
        return user

    def by_username(self, username: str) -> User | None:
        return self._wrap(self.session.scalars(
            select(m.UserRow).where(m.UserRow.username == username)).one_or_none())

    def by_badge(self, badge: str) -> User | None:
        return self._wrap(self.session.scalars(
            select(m.UserRow).where(m.UserRow.badge == badge)).one_or_none())

    def list(self) -> list[User]:
        return [u for u in (self._wrap(r) for r in self.session.scalars(
            select(m.UserRow).order_by(m.UserRow.id))) if u is not None]

    def flush_changes(self) -> None:
        for user, row in self.seen.values():
            roles = ",".join(sorted(r.value for r in user.roles))
            if row.roles != roles:
                row.roles = roles
            for f in USER_FIELDS:
                if getattr(row, f) != getattr(user, f):
                    setattr(row, f, getattr(user, f))


# -- tracking log --------------------------------------------------------------------------


def log_from_row(row: m.TrackingLogRow) -> LogEntry:
    return LogEntry(rma_no=row.rma_no, action=row.action, actor_id=row.actor_id,
                    serial=row.serial, from_state=row.from_state, to_state=row.to_state,
                    detail=dict(row.detail or {}), at=as_utc(row.at),
                    actor_name=row.actor_name)


class SqlLogRepository(uow_api.LogRepository):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.new: list[LogEntry] = []

    def add(self, entry: LogEntry) -> None:
        self.new.append(entry)

    def for_rma(self, rma_no: str) -> list[LogEntry]:
        return [log_from_row(r) for r in self.session.scalars(
            select(m.TrackingLogRow).where(m.TrackingLogRow.rma_no == rma_no)
            .order_by(m.TrackingLogRow.id))]

    def all(self) -> Iterator[LogEntry]:
        q = select(m.TrackingLogRow).order_by(m.TrackingLogRow.id).execution_options(
            yield_per=1000)
        for row in self.session.scalars(q):
            yield log_from_row(row)


def log_row(entry: LogEntry) -> m.TrackingLogRow:
    return m.TrackingLogRow(rma_no=entry.rma_no, serial=entry.serial, action=entry.action,
                            actor_id=entry.actor_id, actor_name=entry.actor_name or "system",
                            from_state=entry.from_state, to_state=entry.to_state,
                            detail=_jsonable(entry.detail))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (int, float, bool)):
        return value.value
    return value


def record_rows(record: Any, rma_row: m.RmaRow, users: dict[int, m.UserRow] | None = None
                ) -> m.Base:
    """The row for one record an operation produced (screening, repair, notice...)."""
    unit_id = {u.serial: u.id for u in rma_row.units}
    if isinstance(record, Screening):
        return m.ScreeningRow(unit_id=unit_id[record.serial],
                              test_verdict=record.test_verdict.value,
                              tester_id=record.tester_id,
                              visual_verdict=record.visual_verdict.value,
                              inspector_id=record.inspector_id, outcome=record.outcome,
                              defect=record.defect, measurements=_jsonable(record.measurements))
    if isinstance(record, RepairRecord):
        return m.RepairRecordRow(
            unit_id=unit_id[record.serial], kind=record.kind.value, symptom=record.symptom,
            root_cause=record.root_cause, cause_category=record.cause_category.value,
            responsible_process=record.responsible_process,
            responsible_department=record.responsible_department, actions=record.actions,
            repair_minutes=record.repair_minutes, repairer_id=record.repairer_id,
            loop_no=record.loop_no,
            parts=[m.RepairPartRow(ref_des=p.ref_des, part_no=p.part_no, qty=p.qty, lot=p.lot,
                                   date_code=p.date_code) for p in record.parts])
    if isinstance(record, Reinspection):
        return m.ReinspectionRow(unit_id=unit_id[record.serial], stage=record.stage,
                                 verdict=record.verdict.value, inspector_id=record.inspector_id,
                                 loop_no=record.loop_no, notes=record.notes,
                                 measurements=_jsonable(record.measurements))
    if isinstance(record, ShippingNote):
        return m.ShippingNoteRow(note_no=record.note_no, rma_id=rma_row.id,
                                 carrier=record.carrier, tracking_no=record.tracking_no,
                                 shipped_by=record.shipped_by, serials=list(record.serials),
                                 replacements=list(record.replacements),
                                 label=_jsonable(record.label))
    if isinstance(record, ComplaintNotice):
        return m.ComplaintNoticeRow(notice_no=record.notice_no, rma_id=rma_row.id,
                                    non_customer_units=record.non_customer_units,
                                    shipped_qty=record.shipped_qty, causes=dict(record.causes),
                                    status=record.status)
    if isinstance(record, Escalation):
        return m.EscalationRow(kind=record.kind.value, rma_id=rma_row.id,
                               unit_id=unit_id[record.serial] if record.serial else None,
                               slip_no=record.slip_no, raised_by=record.raised_by,
                               note=record.note, status=record.status)
    if isinstance(record, LogEntry):
        return log_row(record)
    raise TypeError(f"no row for {type(record).__name__}")
