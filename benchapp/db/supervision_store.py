"""The supervision repository on SQLAlchemy Core, and the SQL helpers the report queries share.

The supervision tables are read and written with Core statements, each update guarded by the
row's version like the RMA repository does: a short row count is a Conflict.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import (
    Integer,
    String,
    any_,
    bindparam,
    cast,
    delete,
    exists,
    insert,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc
from benchapp.domain.calendar import CalendarDay, DayKind, WorkingCalendar, shop_zone
from benchapp.domain.errors import Conflict, NotFound, Reason
from benchapp.domain.history import HistoryRow
from benchapp.domain.rma import RmaStatus, UnitState, WorkKind
from benchapp.domain.roles import Actor, Custody
from benchapp.domain.supervision import (
    ActionStatus,
    ComplaintCase,
    AttachmentKind,
    ComplaintReport,
    ContactChannel,
    ContactDue,
    CorrectiveAction,
    CostEntry,
    CustomerContact,
    FollowUpDue,
    NoticeAttachment,
    NoticeContact,
    NoticeStatus,
    ReportKind,
    Severity,
    SupervisionSettings,
)
from benchapp.services.supervision import HistoryState, SupervisionRepository
from benchapp.settings import TIME_ZONE, supervision_settings

RMAS, UNITS = m.RmaRow.__table__, m.UnitRow.__table__
USERS, SETTINGS = m.UserRow.__table__, m.ShopSettingRow.__table__
NOTICES, NOTES = m.ComplaintNoticeRow.__table__, m.ShippingNoteRow.__table__
RECORDS = m.RepairRecordRow.__table__
CALENDAR, WORK = ms.CalendarDayRow.__table__, ms.ComplaintWorkRow.__table__
SEEDS = ms.CalendarSeedRow.__table__
ACTIONS, CONTACTS = ms.CorrectiveActionRow.__table__, ms.CustomerContactRow.__table__
COSTS, PRICES = ms.CostEntryRow.__table__, ms.PartPriceRow.__table__
IMPORTS = ms.HistoryImportRow.__table__
NOTICE_CONTACTS = ms.ComplaintContactRow.__table__
ATTACHMENTS = ms.ComplaintAttachmentRow.__table__
# An attachment's metadata: its content is read only when somebody opens or exports it.
_ATTACHMENT_META = [c for c in ATTACHMENTS.c if c.name != "content"]

# One PostgreSQL advisory lock for everything that rebuilds or bulk-loads report data:
# a summary refresh never runs halfway through an import.
REPORT_LOCK_KEY = 0x7265706F7274  # "report"
IN_CHUNK = 5000  # values per IN (...): far below SQLite's and psycopg's parameter limits

_T = TypeVar("_T")


def chunked(values: Iterable[_T], size: int = IN_CHUNK) -> Iterator[list[_T]]:
    batch: list[_T] = []
    for v in values:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def one_of(column: Any, values: Sequence[Any], conn: Connection) -> Any:
    """``column IN (values)``; on PostgreSQL ``= ANY(array)``: one parameter instead of
    thousands, which psycopg would otherwise parse out of the statement one by one."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(literal(list(values), ARRAY(column.type)))
    return column.in_(values)


def bulk_insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Many rows at once, inside the connection's transaction: executemany on SQLite, COPY
    on PostgreSQL (psycopg's executemany sends one message per row)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    statement = (f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
                 "FROM STDIN")
    raw = conn.connection.dbapi_connection
    with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row([row[c] for c in columns])


def lock_reports(conn: Connection) -> None:
    """Serialise summary refreshes and imports (SQLite: our transactions are IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": REPORT_LOCK_KEY})


def read_settings(conn: Connection) -> SupervisionSettings:
    # The time zone row too: utc_offset_minutes is read from it, the offset in force today
    # (a zone with daylight saving moves away from the offset stored when it was set).
    return supervision_settings(dict(conn.execute(_SUPERVISION_SETTINGS).all()))


_SUPERVISION_SETTINGS = (select(SETTINGS.c.key, SETTINGS.c.value)
                         .where(or_(SETTINGS.c.key.like("supervision.%"),
                                    SETTINGS.c.key == TIME_ZONE.key)))


def local_noon(day: date, utc_offset_minutes: int) -> datetime:
    """A past date without a time, stored at noon on the shop's clock: whatever the offset
    does, the stored moment stays on that local date."""
    return datetime.combine(day, time(12), tzinfo=shop_zone(utc_offset_minutes)).astimezone(UTC)


_CALENDAR_DAYS = (select(CALENDAR.c.day, CALENDAR.c.kind, CALENDAR.c.name)
                  .order_by(CALENDAR.c.day))
# The desk's statements, built once (a refresh every few seconds at every supervisor's bench
# pays no construction or cache key for them).
_CONTACTS_DUE = (select(RMAS.c.rma_no, RMAS.c.customer, RMAS.c.received_at)
                 .where(~exists().where(CONTACTS.c.rma_id == RMAS.c.id,
                                        CONTACTS.c.kind == "initial"),
                        ~exists().where(IMPORTS.c.rma_id == RMAS.c.id))
                 .order_by(RMAS.c.received_at))
_CONTACTS_DUE_SINCE = _CONTACTS_DUE.where(RMAS.c.received_at >= bindparam("since"))
_FOLLOW_UPS_DUE = (select(RMAS.c.rma_no, RMAS.c.customer, NOTES.c.note_no, NOTES.c.shipped_at)
                   .join(RMAS, RMAS.c.id == NOTES.c.rma_id)
                   .where(~exists().where(CONTACTS.c.rma_id == NOTES.c.rma_id,
                                          CONTACTS.c.kind == "follow_up",
                                          CONTACTS.c.contacted_at >= NOTES.c.shipped_at),
                          ~exists().where(IMPORTS.c.rma_id == NOTES.c.rma_id))
                   .order_by(NOTES.c.shipped_at))
_FOLLOW_UPS_DUE_SINCE = _FOLLOW_UPS_DUE.where(NOTES.c.shipped_at >= bindparam("since"))


@functools.lru_cache(maxsize=None)
def _contacts_and_files(postgresql: bool) -> Any:
    """The contacts and the attachment metadata of some notices (``ids``) in one statement,
    built once: the supervisor desk reads them at every refresh. Each row says what it is
    (``what``: "c" a contact, "f" a file); contacts first, each kind in its time order."""
    if postgresql:  # one array parameter (see one_of)
        from sqlalchemy.dialects.postgresql import ARRAY

        ids = bindparam("ids", type_=ARRAY(NOTICE_CONTACTS.c.notice_id.type))

        def of_notices(column: Any) -> Any:
            return column == any_(ids)
    else:
        ids = bindparam("ids", expanding=True)

        def of_notices(column: Any) -> Any:
            return column.in_(ids)

    recorder = USERS.alias("recorder")
    c, f = NOTICE_CONTACTS.c, ATTACHMENTS.c
    contacts = (select(literal_column("'c'", String).label("what"), c.id.label("row_id"), c.notice_id,
                       c.contacted_at.label("at"), c.recorded_by.label("by"),
                       recorder.c.display_name.label("by_name"), c.person.label("s1"),
                       c.channel.label("s2"), c.note.label("s3"),
                       cast(null(), String).label("s4"), cast(null(), Integer).label("n"),
                       c.recorded_at.label("at2"))
                .outerjoin(recorder, recorder.c.id == c.recorded_by)
                .where(of_notices(c.notice_id)))
    files = (select(literal_column("'f'", String), f.id, f.notice_id, f.attached_at,
                    f.attached_by, recorder.c.display_name, f.kind, f.file_name, f.media_type,
                    f.sha256, f.size, cast(null(), c.recorded_at.type))
             .outerjoin(recorder, recorder.c.id == f.attached_by)
             .where(of_notices(f.notice_id)))
    both = union_all(contacts, files)
    return both.order_by(both.selected_columns.what, both.selected_columns.at,
                         both.selected_columns.row_id)


# The shop's settings and the calendar's days in one statement (the supervisor desk reads
# both at every refresh); a row says which it is: "s" a setting, "d" a day (its kind in value).
_SETTINGS_AND_DAYS = union_all(
    select(literal_column("'s'", String).label("what"), SETTINGS.c.key, SETTINGS.c.value,
           cast(null(), CALENDAR.c.day.type).label("day"), cast(null(), String).label("name")),
    select(literal_column("'d'", String), cast(null(), String), CALENDAR.c.kind,
           CALENDAR.c.day, CALENDAR.c.name))


@functools.lru_cache(maxsize=8)
def _calendar_of(rows: tuple[tuple[date, str, str], ...], day_start: time, day_end: time
                 ) -> WorkingCalendar:
    return WorkingCalendar.from_days(
        (CalendarDay(day=day, kind=DayKind(kind), name=name) for day, kind, name in rows),
        day_start=day_start, day_end=day_end)


@functools.lru_cache(maxsize=None)
def _case_list(open_only: bool, with_since: bool) -> Any:
    # Without the 8D files: a list of notices must not pull megabytes of PDFs.
    q = SqlSupervisionRepository._case_query(False).order_by(NOTICES.c.raised_at, NOTICES.c.id)
    if open_only:
        still_open = NOTICES.c.status != NoticeStatus.CLOSED.value
        since = bindparam("since", type_=WORK.c.closed_at.type)
        q = q.where(or_(still_open, WORK.c.closed_at >= since) if with_since else still_open)
    return q


@functools.lru_cache(maxsize=None)
def _action_list(open_only: bool, with_since: bool) -> Any:
    q = SqlSupervisionRepository._action_query().order_by(ACTIONS.c.due_date, ACTIONS.c.id)
    if open_only:
        still_open = ACTIONS.c.status != ActionStatus.CLOSED.value
        q = q.where(or_(still_open, ACTIONS.c.verified_at >= bindparam(
            "since", type_=ACTIONS.c.verified_at.type)) if with_since else still_open)
    return q


class SqlSupervisionRepository(SupervisionRepository):
    def __init__(self, session: Session, now: Callable[[], datetime]) -> None:
        self.session = session
        self.now = now
        self._full_cases: set[str] = set()

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    # -- settings and calendar ---------------------------------------------------------------

    def settings(self) -> SupervisionSettings:
        return read_settings(self.conn)

    def calendar_days(self, *, year: int | None = None) -> list[CalendarDay]:
        if year is None:
            rows = self.conn.execute(_CALENDAR_DAYS)  # the desk's, at every refresh
        else:
            rows = self.conn.execute(_CALENDAR_DAYS.where(
                CALENDAR.c.day.between(date(year, 1, 1), date(year, 12, 31))))
        return [CalendarDay(day=r.day, kind=DayKind(r.kind), name=r.name) for r in rows]

    def working_calendar(self, day_start: time, day_end: time,
                         days: tuple | None = None) -> WorkingCalendar:
        # Read at every refresh, built only when the days or hours differ from the last
        # calendar: the same calendar keeps the deadlines it has worked out already.
        if days is None:
            days = tuple(self.conn.execute(_CALENDAR_DAYS).tuples())
        return _calendar_of(days, day_start, day_end)

    def shop_settings_and_days(self) -> tuple[dict[str, str], tuple]:
        settings: dict[str, str] = {}
        days = []
        for what, key, value, day, name in self.conn.execute(_SETTINGS_AND_DAYS):
            if what == "s":
                settings[key] = value
            else:
                days.append((day, value, name))
        return settings, tuple(days)

    def put_calendar_day(self, day: CalendarDay, *, changed_by: int | None) -> None:
        self.conn.execute(delete(CALENDAR).where(CALENDAR.c.day == day.day))
        self.conn.execute(insert(CALENDAR).values(day=day.day, kind=day.kind.value,
                                                  name=day.name, changed_by=changed_by,
                                                  changed_at=self.now()))

    def remove_calendar_day(self, day: date) -> None:
        self.conn.execute(delete(CALENDAR).where(CALENDAR.c.day == day))

    def seeded_days(self, year: int) -> list[date]:
        # Taken before reading, as for imports: benches starting at once on a new database
        # seed one after the other, the later ones finding the days seeded (no duplicate key).
        lock_reports(self.conn)
        q = select(SEEDS.c.day).where(SEEDS.c.day.between(date(year, 1, 1), date(year, 12, 31)))
        return list(self.conn.execute(q).scalars())

    def record_seeded(self, days: Sequence[CalendarDay], *, source: str) -> None:
        if days:
            self.conn.execute(insert(SEEDS), [
                {"day": d.day, "kind": d.kind.value, "name": d.name, "source": source,
                 "seeded_at": self.now()} for d in days])

    # -- complaint notices -----------------------------------------------------------------

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def _case_query(with_file: bool):  # noqa: ANN205
        # Built once per shape: the desk lists the notices at every refresh.
        owner = USERS.alias("owner")
        columns = [NOTICES, RMAS.c.rma_no, RMAS.c.customer, RMAS.c.model,
                   owner.c.display_name.label("owner_name"),
                   *[c.label(f"w_{c.name}") for c in WORK.c
                     if with_file or c.name != "report_file"]]
        return (select(*columns)
                .join(RMAS, RMAS.c.id == NOTICES.c.rma_id)
                .outerjoin(WORK, WORK.c.notice_id == NOTICES.c.id)
                .outerjoin(owner, owner.c.id == WORK.c.owner_id))

    @staticmethod
    def _case(r: Any) -> ComplaintCase:
        report = None
        if r.w_report_kind is not None:
            report = ComplaintReport(
                kind=ReportKind(r.w_report_kind), text=r.w_report_text,
                file_name=r.w_report_file_name,
                content=getattr(r, "w_report_file", None), sha256=r.w_report_sha256,
                submitted_by=r.w_report_by, submitted_at=as_utc(r.w_report_at))
        worked = r.w_notice_id is not None
        return ComplaintCase(
            notice_no=r.notice_no, rma_no=r.rma_no, customer=r.customer, model=r.model,
            raised_at=as_utc(r.raised_at),  # type: ignore[arg-type]
            non_customer_units=r.non_customer_units, shipped_qty=r.shipped_qty,
            causes=dict(r.causes or {}), status=NoticeStatus(r.status),
            severity=Severity(r.w_severity) if worked else Severity.GENERAL,
            owner_id=r.w_owner_id, owner_name=r.owner_name,
            assigned_at=as_utc(r.w_assigned_at), report=report, closed_by=r.w_closed_by,
            closed_at=as_utc(r.w_closed_at), close_note=r.w_close_note or "",
            close_certificate_fingerprint=r.w_close_certificate_fingerprint,
            close_signed_with=r.w_close_signed_with, id=r.id,
            version=r.version, work_version=r.w_version if worked else None,
            delivery_no=r.delivery_no, delivered_qty=r.delivered_qty)

    def _add_contacts_and_files(self, cases: list[ComplaintCase]) -> list[ComplaintCase]:
        """Each case's contacts and attachment metadata: two reads for the whole list."""
        by_id = {c.id: c for c in cases}
        if not by_id:
            return cases
        both = _contacts_and_files(self.conn.dialect.name == "postgresql")
        for ids in chunked(by_id):
            for r in self.conn.execute(both, {"ids": ids}):
                if r.what == "c":
                    by_id[r.notice_id].contacts.append(NoticeContact(
                        contacted_at=as_utc(r.at), person=r.s1,  # type: ignore[arg-type]
                        channel=ContactChannel(r.s2), note=r.s3, recorded_by=r.by,
                        recorded_by_name=r.by_name, recorded_at=as_utc(r.at2), id=r.row_id))
                else:
                    by_id[r.notice_id].attachments.append(NoticeAttachment(
                        kind=AttachmentKind(r.s1), file_name=r.s2, media_type=r.s3,
                        sha256=r.s4, size=r.n, attached_by=r.by,
                        attached_at=as_utc(r.at),  # type: ignore[arg-type]
                        attached_by_name=r.by_name, id=r.row_id))
        return cases

    @staticmethod
    def _attachment(r: Any) -> NoticeAttachment:
        return NoticeAttachment(
            kind=AttachmentKind(r.kind), file_name=r.file_name, media_type=r.media_type,
            sha256=r.sha256, size=r.size, attached_by=r.attached_by,
            attached_at=as_utc(r.attached_at),  # type: ignore[arg-type]
            attached_by_name=getattr(r, "by_name", None), content=getattr(r, "content", None),
            id=r.id)

    def complaint_case(self, notice_no: str) -> ComplaintCase:
        row = self.conn.execute(self._case_query(with_file=True)
                                .where(NOTICES.c.notice_no == notice_no)).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="complaint notice", key=notice_no)
        self._full_cases.add(notice_no)
        return self._add_contacts_and_files([self._case(row)])[0]

    def complaint_cases(self, *, open_only: bool = False,
                        closed_since: datetime | None = None) -> list[ComplaintCase]:
        q = _case_list(open_only, closed_since is not None)
        return self._add_contacts_and_files(
            [self._case(r) for r in self.conn.execute(q, {"since": closed_since})])

    def complaint_attachment(self, notice_no: str, *, kind: str | None = None,
                             attachment_id: int | None = None) -> NoticeAttachment:
        q = (select(ATTACHMENTS).join(NOTICES, NOTICES.c.id == ATTACHMENTS.c.notice_id)
             .where(NOTICES.c.notice_no == notice_no))
        if kind is not None:
            q = q.where(ATTACHMENTS.c.kind == kind)
        if attachment_id is not None:
            q = q.where(ATTACHMENTS.c.id == attachment_id)
        # The latest of a kind: a corrected report is attached again, the earlier one stays.
        row = self.conn.execute(q.order_by(ATTACHMENTS.c.attached_at.desc(),
                                           ATTACHMENTS.c.id.desc()).limit(1)).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what=f"{kind or 'attachment'} of", key=notice_no)
        return self._attachment(row)

    def save_complaint_case(self, case: ComplaintCase) -> None:
        if case.notice_no not in self._full_cases:
            raise AssertionError(f"{case.notice_no} was read from a list; load it alone to "
                                 "change it")
        result = self.conn.execute(
            update(NOTICES).where(NOTICES.c.id == case.id, NOTICES.c.version == case.version)
            .values(status=case.status.value, version=case.version + 1))
        if result.rowcount != 1:
            raise Conflict(Reason.CONFLICT, what=case.notice_no, by="")
        case.version += 1
        report = case.report
        values = {
            "severity": case.severity.value, "owner_id": case.owner_id,
            "assigned_at": case.assigned_at,
            "report_kind": report.kind.value if report else None,
            "report_text": report.text if report else "",
            "report_file_name": report.file_name if report else None,
            "report_file": report.content if report else None,
            "report_sha256": report.sha256 if report else None,
            "report_by": report.submitted_by if report else None,
            "report_at": report.submitted_at if report else None,
            "closed_by": case.closed_by, "closed_at": case.closed_at,
            "close_note": case.close_note,
            "close_certificate_fingerprint": case.close_certificate_fingerprint,
            "close_signed_with": case.close_signed_with,
        }
        for contact in case.contacts:
            if contact.id is None:
                contact.id = self.conn.execute(insert(NOTICE_CONTACTS).values(
                    notice_id=case.id, contacted_at=contact.contacted_at,
                    person=contact.person, channel=contact.channel.value, note=contact.note,
                    recorded_by=contact.recorded_by,
                    recorded_at=contact.recorded_at or self.now(),
                ).returning(NOTICE_CONTACTS.c.id)).scalar_one()
        for attachment in case.attachments:
            if attachment.id is None:
                attachment.id = self.conn.execute(insert(ATTACHMENTS).values(
                    notice_id=case.id, kind=attachment.kind.value,
                    file_name=attachment.file_name, media_type=attachment.media_type,
                    size=attachment.size, sha256=attachment.sha256,
                    content=attachment.content, attached_by=attachment.attached_by,
                    attached_at=attachment.attached_at,
                ).returning(ATTACHMENTS.c.id)).scalar_one()
        if case.work_version is None:
            self.conn.execute(insert(WORK).values(notice_id=case.id, version=1, **values))
            case.work_version = 1
        else:
            result = self.conn.execute(
                update(WORK).where(WORK.c.notice_id == case.id,
                                   WORK.c.version == case.work_version)
                .values(version=case.work_version + 1, **values))
            if result.rowcount != 1:
                raise Conflict(Reason.CONFLICT, what=case.notice_no, by="")
            case.work_version += 1

    # -- corrective actions ------------------------------------------------------------------

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def _action_query():  # noqa: ANN205
        creator, owner = USERS.alias("creator"), USERS.alias("owner")
        return (select(ACTIONS, NOTICES.c.notice_no,
                       creator.c.display_name.label("creator_name"),
                       owner.c.display_name.label("owner_name"))
                .outerjoin(NOTICES, NOTICES.c.id == ACTIONS.c.notice_id)
                .outerjoin(creator, creator.c.id == ACTIONS.c.created_by)
                .outerjoin(owner, owner.c.id == ACTIONS.c.owner_id))

    @staticmethod
    def _action(r: Any) -> CorrectiveAction:
        return CorrectiveAction(
            ca_no=r.ca_no, responsible_process=r.responsible_process,
            responsible_department=r.responsible_department, person_found=r.person_found,
            kpi_consequence=r.kpi_consequence, preventive_measure=r.preventive_measure,
            due_date=r.due_date, created_by=r.created_by, source_week=r.source_week,
            notice_no=r.notice_no, rma_no=r.rma_no, status=ActionStatus(r.status),
            created_by_name=r.creator_name, created_at=as_utc(r.created_at),
            implemented_by=r.implemented_by, implemented_at=as_utc(r.implemented_at),
            implementation_note=r.implementation_note, verified_by=r.verified_by,
            verified_at=as_utc(r.verified_at), verification_note=r.verification_note,
            certificate_fingerprint=r.certificate_fingerprint, signed_with=r.signed_with,
            owner_id=r.owner_id, owner_name=r.owner_name, root_cause=r.root_cause or "",
            escalation_id=r.escalation_id, source_cluster=r.source_cluster, id=r.id,
            version=r.version)

    def corrective_action(self, ca_no: str) -> CorrectiveAction:
        row = self.conn.execute(self._action_query().where(ACTIONS.c.ca_no == ca_no)
                                ).one_or_none()
        if row is None:
            raise NotFound(Reason.NOT_FOUND, what="corrective action", key=ca_no)
        return self._action(row)

    def corrective_actions_of(self, notice_no: str) -> list[CorrectiveAction]:
        return self.corrective_actions_for([notice_no])

    def corrective_actions_for(self, notice_nos: Sequence[str]) -> list[CorrectiveAction]:
        out: list[CorrectiveAction] = []
        for nos in chunked(notice_nos):
            q = (self._action_query().where(one_of(NOTICES.c.notice_no, nos, self.conn))
                 .order_by(ACTIONS.c.id))
            out += [self._action(r) for r in self.conn.execute(q)]
        return out

    def corrective_actions(self, *, open_only: bool = False,
                           closed_since: datetime | None = None) -> list[CorrectiveAction]:
        q = _action_list(open_only, closed_since is not None)
        return [self._action(r) for r in self.conn.execute(q, {"since": closed_since})]

    def add_corrective_action(self, action: CorrectiveAction) -> None:
        notice_id = None
        if action.notice_no:
            notice_id = self.conn.scalar(select(NOTICES.c.id)
                                         .where(NOTICES.c.notice_no == action.notice_no))
        action.created_at = self.now()
        action.id = self.conn.execute(insert(ACTIONS).values(
            ca_no=action.ca_no, source_week=action.source_week, notice_id=notice_id,
            rma_no=action.rma_no, responsible_process=action.responsible_process,
            responsible_department=action.responsible_department,
            person_found=action.person_found, kpi_consequence=action.kpi_consequence,
            preventive_measure=action.preventive_measure, due_date=action.due_date,
            status=action.status.value, created_by=action.created_by,
            created_at=action.created_at, implementation_note="", verification_note="",
            owner_id=action.owner_id, root_cause=action.root_cause,
            escalation_id=action.escalation_id, source_cluster=action.source_cluster,
            version=1).returning(ACTIONS.c.id)).scalar_one()
        action.version = 1

    def save_corrective_action(self, action: CorrectiveAction) -> None:
        result = self.conn.execute(
            update(ACTIONS).where(ACTIONS.c.id == action.id,
                                  ACTIONS.c.version == action.version)
            .values(status=action.status.value, implemented_by=action.implemented_by,
                    implemented_at=action.implemented_at,
                    implementation_note=action.implementation_note,
                    verified_by=action.verified_by, verified_at=action.verified_at,
                    verification_note=action.verification_note,
                    certificate_fingerprint=action.certificate_fingerprint,
                    signed_with=action.signed_with, version=action.version + 1))
        if result.rowcount != 1:
            raise Conflict(Reason.CONFLICT, what=action.ca_no, by="")
        action.version += 1

    # -- contacts, costs, prices ------------------------------------------------------------

    def _rma_id(self, rma_no: str) -> int:
        rma_id = self.conn.scalar(select(RMAS.c.id).where(RMAS.c.rma_no == rma_no))
        if rma_id is None:
            raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
        return rma_id

    def rma_billing(self, rma_no: str) -> str:
        billing = self.conn.scalar(select(RMAS.c.billing).where(RMAS.c.rma_no == rma_no))
        if billing is None:
            raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
        return billing

    def rma_customer(self, rma_no: str) -> str:
        customer = self.conn.scalar(select(RMAS.c.customer).where(RMAS.c.rma_no == rma_no))
        if customer is None:
            raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
        return customer

    def add_contact(self, contact: CustomerContact) -> None:
        self.conn.execute(insert(CONTACTS).values(
            rma_id=self._rma_id(contact.rma_no), kind=contact.kind.value, note=contact.note,
            received=contact.received, satisfied=contact.satisfied,
            contacted_by=contact.contacted_by, contacted_at=contact.contacted_at or self.now()))

    def add_cost_entry(self, entry: CostEntry) -> None:
        self.conn.execute(insert(COSTS).values(
            rma_id=self._rma_id(entry.rma_no), kind=entry.kind.value,
            amount_fen=entry.amount_fen, payer=entry.payer.value if entry.payer else None,
            incurred_on=entry.incurred_on, note=entry.note, entered_by=entry.entered_by,
            entered_at=self.now()))

    def set_part_price(self, part_no: str, unit_fen: int, *, changed_by: int | None) -> None:
        version = self.conn.scalar(select(PRICES.c.version).where(PRICES.c.part_no == part_no))
        if version is None:
            self.conn.execute(insert(PRICES).values(part_no=part_no, unit_fen=unit_fen,
                                                    changed_by=changed_by,
                                                    changed_at=self.now(), version=1))
            return
        result = self.conn.execute(
            update(PRICES).where(PRICES.c.part_no == part_no, PRICES.c.version == version)
            .values(unit_fen=unit_fen, changed_by=changed_by, changed_at=self.now(),
                    version=version + 1))
        if result.rowcount != 1:
            raise Conflict(Reason.CONFLICT, what=f"the price of {part_no}", by="")

    # -- time limits -----------------------------------------------------------------------

    def contacts_due(self, since: datetime | None) -> list[ContactDue]:
        q = _CONTACTS_DUE if since is None else _CONTACTS_DUE_SINCE
        return [ContactDue(r.rma_no, r.customer, as_utc(r.received_at))  # type: ignore[arg-type]
                for r in self.conn.execute(q, {"since": since})]

    def follow_ups_due(self, since: datetime | None) -> list[FollowUpDue]:
        q = _FOLLOW_UPS_DUE if since is None else _FOLLOW_UPS_DUE_SINCE
        return [FollowUpDue(r.rma_no, r.customer, r.note_no,
                            as_utc(r.shipped_at))  # type: ignore[arg-type]
                for r in self.conn.execute(q, {"since": since})]

    # -- past records ----------------------------------------------------------------------

    def history_state(self, rma_nos: set[str]) -> HistoryState:
        # Taken before reading: a second import of the same file waits here for the first
        # to commit, then finds its rows and skips them (no duplicate-key failure).
        lock_reports(self.conn)
        found: set[str] = set()
        imported: dict[tuple[str, str], str] = {}
        for batch in chunked(sorted(rma_nos)):
            found.update(self.conn.scalars(select(RMAS.c.rma_no)
                                           .where(RMAS.c.rma_no.in_(batch))))
            for r in self.conn.execute(select(IMPORTS.c.rma_no, IMPORTS.c.serial,
                                              IMPORTS.c.row_sha256)
                                       .where(IMPORTS.c.rma_no.in_(batch))):
                imported[(r.rma_no, r.serial)] = r.row_sha256
        imported_rmas = {rma_no for rma_no, _ in imported}
        return HistoryState(app_rmas=found - imported_rmas, imported=imported,
                            imported_rmas=imported_rmas)

    def add_history(self, rows: list[HistoryRow], *, actor: Actor, source: str,
                    settings: SupervisionSettings, note_no: Callable[[], str],
                    delivery_ids: dict[tuple[str, str], int] | None = None) -> int:
        conn = self.conn
        lock_reports(conn)  # held already when history_state() ran in this transaction
        offset = settings.utc_offset_minutes
        by_rma: dict[str, list[HistoryRow]] = defaultdict(list)
        for row in rows:
            by_rma[row.rma_no].append(row)
        rma_values = []
        for rma_no, units in by_rma.items():
            head = units[0]
            shipped = all(u.shipped_on is not None for u in units)
            rma_values.append({
                "rma_no": rma_no, "customer": head.customer, "model": head.model,
                "declared_qty": len(units), "counted_qty": len(units),
                "complaint": f"历史记录导入 / imported from {source}"[:2000],
                "requirement": "repair", "billing": "warranty", "due_date": head.due_on,
                "batch": False, "storage_location": "", "received_by": None,
                "status": (RmaStatus.CLOSED if shipped else RmaStatus.OPEN).value,
                "complaint_notice_raised": False,
                "delivery_id": (delivery_ids or {}).get((head.customer, head.delivery_no)),
                "contact": head.contact, "contact_phone": head.contact_phone,
                "received_at": local_noon(head.received_on, offset), "version": 1})
        rma_ids = {no: i for i, no in conn.execute(
            insert(RMAS).returning(RMAS.c.id, RMAS.c.rma_no, sort_by_parameter_order=True),
            rma_values).all()}
        unit_values = []
        for row in rows:
            # Not shipped at cut-over: repaired, waiting for the handover to QC like any
            # repaired unit, so it is re-inspected, packed and shipped through the app.
            done = row.shipped_on is not None
            unit_values.append({
                "rma_id": rma_ids[row.rma_no], "serial": row.serial,
                "state": (UnitState.SHIPPED if done else UnitState.REPAIRED).value,
                "custody": (Custody.CUSTOMER if done else Custody.REPAIR).value,
                "work_kind": WorkKind.REPAIR.value, "rework_loops": row.rework_loops,
                "loop_allowance": 0, "due_confirmed": True, "disposition": None,
                "replacement_serial": None, "cause_category": row.cause.value,
                "repeat_count": 0, "serial_generated": False, "pending_test": None,
                "pending_tester_id": None, "pending_measurements": [],
                "production_lot": row.production_lot, "date_code": row.date_code,
                "version": 1})
        unit_ids = {(rid, serial): uid for uid, rid, serial in conn.execute(
            insert(UNITS).returning(UNITS.c.id, UNITS.c.rma_id, UNITS.c.serial,
                                    sort_by_parameter_order=True), unit_values).all()}
        conn.execute(insert(RECORDS), [{
            "unit_id": unit_ids[(rma_ids[r.rma_no], r.serial)], "kind": WorkKind.REPAIR.value,
            "symptom": "", "root_cause": r.root_cause, "cause_category": r.cause.value,
            "responsible_process": r.responsible_process,
            "responsible_department": r.responsible_department, "actions": "",
            "repair_minutes": r.repair_minutes, "repairer_id": actor.user_id,
            "loop_no": r.rework_loops, "completed_at": local_noon(r.repaired_on, offset)}
            for r in rows])
        shipments: dict[tuple[str, date], list[HistoryRow]] = defaultdict(list)
        for row in rows:
            if row.shipped_on is not None:
                shipments[(row.rma_no, row.shipped_on)].append(row)
        if shipments:
            conn.execute(insert(NOTES), [{
                "note_no": note_no(), "rma_id": rma_ids[rma_no], "carrier": "",
                "tracking_no": "", "shipped_by": actor.user_id,
                "serials": [u.serial for u in units], "replacements": [],
                "label": {"model": units[0].model, "quantity": len(units),
                          "customer": units[0].customer},
                "shipped_at": local_noon(day, offset)}
                for (rma_no, day), units in shipments.items()])
        now = self.now()
        conn.execute(insert(IMPORTS), [{
            "rma_id": rma_ids[r.rma_no], "unit_id": unit_ids[(rma_ids[r.rma_no], r.serial)],
            "rma_no": r.rma_no, "serial": r.serial, "row_sha256": r.sha256,
            "source": source[:255], "line": r.line, "imported_by": actor.user_id,
            "imported_at": now} for r in rows])
        return len(by_rma)

