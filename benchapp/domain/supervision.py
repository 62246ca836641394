"""After step 8: complaint notices worked to closure, corrective actions (step 10), customer
contacts, time limits on the working calendar, and who pays what (rule 5.3.1).

Like the RMA aggregate, every operation checks the caller's role, changes the record and
appends the tracking-log lines it produced to ``pending``; it raises before touching anything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from benchapp.domain.calendar import (
    DEFAULT_DAY_END,
    DEFAULT_DAY_START,
    WorkingCalendar,
    local_midnight,
)
from benchapp.domain.errors import DomainError, InvalidInput, NotPermitted, Reason
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import CauseCategory, clean_text
from benchapp.domain.signatures import Signature

# -- errors --------------------------------------------------------------------------------


class SupervisionReason(StrEnum):
    """Refusals specific to supervision records (the GUI maps each to a translated text)."""

    RECORD_CLOSED = "record_closed"
    REPORT_REQUIRED = "report_required"
    EIGHT_D_REQUIRED = "eight_d_required"
    OWNER_NOT_QC = "owner_not_qc"
    NOT_IMPLEMENTED = "not_implemented"
    CALENDAR_CONFLICT = "calendar_conflict"
    FILE_TOO_LARGE = "file_too_large"
    IMPORT_REJECTED = "import_rejected"
    IMPORT_UNREADABLE = "import_unreadable"
    CONTACT_REQUIRED = "contact_required"
    NOT_A_DOCUMENT = "not_a_document"


SUPERVISION_MESSAGES: dict[SupervisionReason, str] = {
    SupervisionReason.RECORD_CLOSED: "{what} {key} is already closed.",
    SupervisionReason.REPORT_REQUIRED: "{notice_no} cannot be closed before its report is in.",
    SupervisionReason.EIGHT_D_REQUIRED: "{notice_no} is a major complaint: it needs an 8D "
    "report, not a general report.",
    SupervisionReason.OWNER_NOT_QC: "{user} has no QC role and cannot own complaint {notice_no}.",
    SupervisionReason.NOT_IMPLEMENTED: "{ca_no} is '{status}': record its implementation "
    "before verifying it.",
    SupervisionReason.CALENDAR_CONFLICT: "{day} is already a {kind} in the calendar; remove it "
    "first.",
    SupervisionReason.FILE_TOO_LARGE: "{name} has {size} bytes; the limit is {limit}.",
    SupervisionReason.IMPORT_REJECTED: "{source}: {count} bad row(s); nothing was imported.",
    SupervisionReason.IMPORT_UNREADABLE: "{source}: {detail}",
    SupervisionReason.CONTACT_REQUIRED: "{notice_no} cannot be closed before the customer "
    "contact is recorded.",
    SupervisionReason.NOT_A_DOCUMENT: "{name} is not a PDF or an image (PNG, JPEG, GIF, BMP, "
    "TIFF, WebP).",
}


class SupervisionError(DomainError):
    """A supervision operation was refused; nothing was written."""

    def __init__(self, reason: SupervisionReason, **params: Any) -> None:
        self.reason = reason  # type: ignore[assignment]
        self.params = params
        Exception.__init__(self, self.message)

    @property
    def message(self) -> str:
        try:
            return SUPERVISION_MESSAGES[self.reason].format(**self.params)  # type: ignore[index]
        except (KeyError, IndexError):
            return f"{self.reason.value}: {self.params}"


# -- roles ---------------------------------------------------------------------------------

# 品质部 engineers work complaint notices; the packer (also 品质部) does not write 8D reports.
QC_WORK_ROLES = frozenset({Role.QC_LEAD, Role.QC_SUPERVISOR, Role.OQC_INSPECTOR, Role.TESTER})
NOTICE_ASSIGN_ROLES = frozenset({Role.QC_LEAD, Role.QC_SUPERVISOR})
NOTICE_CLOSE_ROLES = frozenset({Role.QC_SUPERVISOR, Role.TECH_SUPERVISOR})
# Step 10: the supervisor of the responsible process sets the action...
PROCESS_SUPERVISORS = frozenset(
    {Role.PRODUCTION_SUPERVISOR, Role.QC_SUPERVISOR, Role.TECH_SUPERVISOR})
# ...and QC or tech verifies that it worked before it is closed.
CA_VERIFY_ROLES = frozenset({Role.QC_SUPERVISOR, Role.TECH_SUPERVISOR})
CONTACT_ROLES = frozenset({Role.BUSINESS_CLERK})  # 业务部 talks to the customer
# On a complaint notice the QC engineer who works it calls the customer as well (002 5.2.3).
NOTICE_CONTACT_ROLES = CONTACT_ROLES | QC_WORK_ROLES
COST_ROLES = frozenset({Role.BUSINESS_CLERK, Role.TECH_SUPERVISOR})
PRICE_ROLES = frozenset({Role.ADMIN, Role.TECH_SUPERVISOR})
CALENDAR_ROLES = frozenset({Role.ADMIN})
IMPORT_ROLES = frozenset({Role.ADMIN, Role.TECH_SUPERVISOR})

ADMIN_LOG = "-"  # tracking-log lines that belong to no RMA (same marker as user admin)
REPORT_FILE_LIMIT = 20 * 1024 * 1024


# -- settings ------------------------------------------------------------------------------

SETTING_PREFIX = "supervision."


@dataclass(frozen=True)
class SupervisionSettings:
    """Shop-wide time limits (002_*), report and cost settings; stored in shop_settings.

    The defaults are here; keys, validation and reading are declared in benchapp.settings.
    """

    contact_hours: int = 2  # contact the customer within 2 working hours of accepting it
    general_report_days: int = 2  # general complaint: report within 2 working days
    serious_report_days: int = 5  # serious complaint: 8D report within 5 working days
    closure_days: int = 5  # 异常闭环一般周期: closed within 5 working days
    follow_up_days: int = 3  # ask the customer (received? satisfied?) N working days after shipping
    utc_offset_minutes: int = 480  # the shop's wall clock: China, UTC+8, no daylight saving
    # The working day hour limits count in (003_* 第五条: 8:30-17:30); the seeds name no lunch
    # break, so none is taken out.
    work_day_start: time = DEFAULT_DAY_START
    work_day_end: time = DEFAULT_DAY_END
    labour_rate: Decimal = Decimal("60.00")  # CNY per repair hour, for the cost ledger
    form_no: str = "QR-TPZ-002-09"  # 售后维修统计分析表, the record of QP-TPZ-002 step 9
    form_revision: str = "A-2"
    # Contact and follow-up limits apply from here on: earlier RMAs were handled on paper.
    tracking_since: datetime | None = None

    def stored(self, name: str) -> str:
        value = getattr(self, name)
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, time):
            return value.strftime("%H:%M")
        return "" if value is None else str(value)


SETTING_NAMES = tuple(f.name for f in fields(SupervisionSettings))


# -- money ---------------------------------------------------------------------------------


class CostKind(StrEnum):
    PARTS = "parts"
    LABOUR = "labour"
    SHIPPING = "shipping"
    PACKAGING = "packaging"


class Payer(StrEnum):
    COMPANY = "company"
    CUSTOMER = "customer"


def parse_amount(text: str, what: str = "amount") -> int:
    """'12.5' -> 1250 fen. Non-negative, at most two decimals (CNY)."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0 or value != value.quantize(
            Decimal("0.01")) or value > Decimal(100_000_000):
        raise InvalidInput(Reason.VALUE_INVALID, value=text, field=what,
                           allowed="an amount in CNY >= 0 with at most two decimals")
    return int(value * 100)


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def payer_for_cause(cause: CauseCategory | str | None) -> Payer:
    """5.3.1: customer-caused repairs are charged to the customer; quality causes (and a
    unit nobody found a fault in) are the company's."""
    return Payer.CUSTOMER if cause == CauseCategory.CUSTOMER else Payer.COMPANY


def payer_for_billing(billing: str) -> Payer | None:
    """The payer of a cost booked without one (issue 17.2): a customer-paid RMA (out of
    warranty, or paid by agreement) is the customer's; a warranty RMA goes by rule 5.3.1."""
    return Payer.CUSTOMER if billing == "paid" else None


def split_by_units(amount_fen: int, causes: list[CauseCategory | str | None]) -> dict[Payer, int]:
    """An RMA-level cost (shipping, packaging) shared by its units' payers.

    Units without a cause yet take no share; with no known cause at all the company pays
    until business and customer agree otherwise (5.3.1 "以业务与客户的协商结果为准": an entry
    may carry an agreed payer instead). The two shares always add up to the amount.
    """
    known = [payer_for_cause(c) for c in causes if c is not None]
    if not known:
        return {Payer.COMPANY: amount_fen, Payer.CUSTOMER: 0}
    customer_units = sum(1 for p in known if p is Payer.CUSTOMER)
    # amount * customer_units / units, rounded half up; the company takes the rest.
    customer = (2 * amount_fen * customer_units + len(known)) // (2 * len(known))
    return {Payer.COMPANY: amount_fen - customer, Payer.CUSTOMER: customer}


@dataclass
class CostEntry:
    """A cost booked by hand against an RMA; labour and priced parts come from the records."""

    rma_no: str
    kind: CostKind
    amount_fen: int
    payer: Payer | None  # None: by rule 5.3.1 from the units' causes
    incurred_on: date
    note: str
    entered_by: int | None
    payer_source: str = ""  # "billing: paid" when the payer came from the RMA's billing

    @classmethod
    def record(cls, actor: Actor, rma_no: str, *, kind: CostKind | str, amount: str,
               incurred_on: date, payer: Payer | str | None = None,
               note: str = "") -> CostEntry:
        actor.require(COST_ROLES, "book a cost")
        return cls(rma_no=rma_no, kind=_choice(CostKind, kind, "cost kind"),
                   amount_fen=parse_amount(amount),
                   payer=None if payer in (None, "") else _choice(Payer, payer, "payer"),
                   incurred_on=incurred_on, note=clean_text(note, "cost note"),
                   entered_by=actor.user_id)

    def log_entry(self, actor: Actor) -> LogEntry:
        return LogEntry(rma_no=self.rma_no, action="cost_booked", actor_id=actor.user_id,
                        actor_name=actor.username,
                        detail={"kind": self.kind.value, "amount": yuan(self.amount_fen),
                                "payer": self.payer.value if self.payer else "by rule 5.3.1",
                                **({"payer_from": self.payer_source}
                                   if self.payer_source else {}),
                                "incurred_on": self.incurred_on.isoformat(),
                                "note": self.note})


# -- customer contacts -------------------------------------------------------------------


class ContactKind(StrEnum):
    INITIAL = "initial"  # within 2 hours of accepting the complaint
    FOLLOW_UP = "follow_up"  # after shipping: received? satisfied?


@dataclass
class CustomerContact:
    rma_no: str
    kind: ContactKind
    note: str
    contacted_by: int | None
    received: bool | None = None
    satisfied: bool | None = None
    contacted_at: datetime | None = None

    @classmethod
    def record(cls, actor: Actor, rma_no: str, kind: ContactKind | str, note: str, *,
               received: bool | None = None, satisfied: bool | None = None) -> CustomerContact:
        actor.require(CONTACT_ROLES, "record a customer contact")
        kind = _choice(ContactKind, kind, "contact kind")
        if kind is ContactKind.INITIAL and (received is not None or satisfied is not None):
            raise InvalidInput(Reason.VALUE_INVALID, value="received/satisfied",
                               field="first contact", allowed="no answers before shipping")
        return cls(rma_no=rma_no, kind=kind,
                   note=clean_text(note, "contact note", required=True),
                   contacted_by=actor.user_id, received=received, satisfied=satisfied)

    def log_entry(self, actor: Actor) -> LogEntry:
        return LogEntry(rma_no=self.rma_no, action="customer_contacted", actor_id=actor.user_id,
                        actor_name=actor.username,
                        detail={"kind": self.kind.value, "note": self.note,
                                "received": self.received, "satisfied": self.satisfied})


# -- complaint notices -----------------------------------------------------------------


class NoticeStatus(StrEnum):
    OPEN = "open"  # raised by the step-8 rule, nobody owns it yet
    IN_PROGRESS = "in_progress"  # a QC owner works it
    REPORTED = "reported"  # report or 8D attached, waits for a supervisor
    CLOSED = "closed"


class Severity(StrEnum):
    GENERAL = "general"  # 一般投诉: report in 2 working days
    MAJOR = "major"  # 重大投诉: 8D in 5 working days
    SERIOUS = "major"  # the earlier name of MAJOR (an alias, same member)

    @classmethod
    def _missing_(cls, value: object) -> Severity | None:
        # Rows and scripts from before migration 0013 say "serious".
        return cls.MAJOR if str(value).strip().lower() == "serious" else None


class ReportKind(StrEnum):
    GENERAL = "general"
    EIGHT_D = "8d"


@dataclass
class ComplaintReport:
    kind: ReportKind
    text: str
    file_name: str | None
    content: bytes | None
    sha256: str | None
    submitted_by: int | None
    submitted_at: datetime | None


class AttachmentKind(StrEnum):
    REPORT = "report"  # the improvement (resolution) report
    EIGHT_D = "8d"


class ContactChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    OTHER = "other"


# Magic numbers of the files a report may be: a PDF or a picture of the signed paper.
DOCUMENT_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def document_type(content: bytes) -> str | None:
    """The media type of a PDF or image file by its first bytes, or None."""
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return next((media for magic, media in DOCUMENT_TYPES if content.startswith(magic)), None)


@dataclass
class NoticeContact:
    """The customer contact on a complaint notice: when, with whom, how, what was said."""

    contacted_at: datetime
    person: str
    channel: ContactChannel
    note: str
    recorded_by: int | None
    recorded_by_name: str | None = None
    recorded_at: datetime | None = None
    id: int | None = None  # None: not stored yet


@dataclass
class NoticeAttachment:
    """A report or 8D file kept in the database; its content is loaded only when opened."""

    kind: AttachmentKind
    file_name: str
    media_type: str
    sha256: str
    size: int
    attached_by: int | None
    attached_at: datetime
    attached_by_name: str | None = None
    content: bytes | None = None
    id: int | None = None  # None: not stored yet


@dataclass(frozen=True)
class NoticeDeadline:
    """One time limit of a notice: ``met`` True (done in time), False (done late, or not done
    and past due), None (not done, not due yet)."""

    what: str  # contact, report, 8d, closure
    due: datetime
    done_at: datetime | None
    met: bool | None


@dataclass
class ComplaintCase:
    """客户投诉通知书 and the QC work on it, from the step-8 rule to a supervisor's closure."""

    notice_no: str
    rma_no: str
    customer: str
    model: str
    raised_at: datetime
    non_customer_units: int
    shipped_qty: int
    causes: dict[str, int]
    status: NoticeStatus = NoticeStatus.OPEN
    severity: Severity = Severity.GENERAL
    owner_id: int | None = None
    owner_name: str | None = None
    assigned_at: datetime | None = None
    report: ComplaintReport | None = None
    closed_by: int | None = None
    closed_at: datetime | None = None
    close_note: str = ""
    contacts: list[NoticeContact] = field(default_factory=list)
    attachments: list[NoticeAttachment] = field(default_factory=list)
    # The closer's signature (closing is a signed act, like verifying a corrective action).
    close_certificate_fingerprint: str | None = None
    close_signed_with: str | None = None
    id: int | None = None
    version: int = 0  # complaint_notices.version
    work_version: int | None = None  # complaint_notice_work.version; None: no row yet
    pending: list[LogEntry] = field(default_factory=list, repr=False)
    # The customer's delivery the notice is for (step 8 counts against its quantity); None on
    # notices raised before deliveries were recorded (migration 0012).
    delivery_no: str | None = None
    delivered_qty: int | None = None

    @property
    def rate(self) -> float | None:
        """Units with a non-customer cause over the delivered quantity; None if unknown."""
        if not self.delivered_qty:
            return None
        return self.non_customer_units / self.delivered_qty

    def _log(self, actor: Actor, action: str, **detail: Any) -> None:
        self.pending.append(LogEntry(rma_no=self.rma_no, action=action, actor_id=actor.user_id,
                                     actor_name=actor.username,
                                     detail={"notice_no": self.notice_no, **detail}))

    def _open(self) -> None:
        if self.status is NoticeStatus.CLOSED:
            raise SupervisionError(SupervisionReason.RECORD_CLOSED, what="complaint notice",
                                   key=self.notice_no)

    def assign(self, actor: Actor, owner_id: int, owner_name: str, owner_roles: frozenset[Role],
               now: datetime) -> None:
        actor.require(NOTICE_ASSIGN_ROLES, "assign a complaint notice")
        self._open()
        if not owner_roles & QC_WORK_ROLES:
            raise SupervisionError(SupervisionReason.OWNER_NOT_QC, user=owner_name,
                                   notice_no=self.notice_no)
        before = self.owner_name
        self.owner_id, self.owner_name, self.assigned_at = owner_id, owner_name, now
        if self.status is NoticeStatus.OPEN:
            self.status = NoticeStatus.IN_PROGRESS
        self._log(actor, "complaint_notice_assigned", owner=owner_name, previous_owner=before)

    def classify(self, actor: Actor, severity: Severity | str) -> None:
        actor.require(NOTICE_ASSIGN_ROLES, "classify a complaint notice")
        self._open()
        severity = _choice(Severity, severity, "severity")
        if severity is self.severity:
            return
        before = self.severity
        self.severity = severity
        self._log(actor, "complaint_notice_classified", severity=severity.value,
                  previous=before.value)

    def attach_report(self, actor: Actor, *, kind: ReportKind | str, text: str = "",
                      file_name: str | None = None, content: bytes | None = None,
                      now: datetime) -> None:
        """The owner (or a QC lead or supervisor for them) attaches or writes the report."""
        actor.require(QC_WORK_ROLES, "report on a complaint notice")
        self._open()
        if actor.user_id != self.owner_id and not actor.roles & NOTICE_ASSIGN_ROLES:
            raise NotPermitted(Reason.NOT_THE_RESPONSIBLE_PERSON,
                               expected=self.owner_name or "the owner, once assigned,",
                               action=f"report on {self.notice_no}")
        kind = _choice(ReportKind, kind, "report kind")
        text = clean_text(text, "report text", limit=20000)
        if content is not None:
            name = clean_text(file_name, "report file name", required=True, limit=255)
            if not content:
                raise InvalidInput(Reason.FIELD_REQUIRED, field=f"content of {name}")
            if len(content) > REPORT_FILE_LIMIT:
                raise SupervisionError(SupervisionReason.FILE_TOO_LARGE, name=name,
                                       size=len(content), limit=REPORT_FILE_LIMIT)
            file_name = name
        elif not text:
            raise InvalidInput(Reason.FIELD_REQUIRED, field="report text or file")
        else:
            file_name = None
        digest = hashlib.sha256(content).hexdigest() if content is not None else None
        self.report = ComplaintReport(kind=kind, text=text, file_name=file_name,
                                      content=content, sha256=digest,
                                      submitted_by=actor.user_id, submitted_at=now)
        self.status = NoticeStatus.REPORTED
        self._log(actor, "complaint_report_attached", kind=kind.value, file_name=file_name,
                  sha256=digest, text_chars=len(text))

    def record_contact(self, actor: Actor, *, contacted_at: datetime, person: str,
                       channel: ContactChannel | str, note: str, now: datetime) -> NoticeContact:
        """002 5.2.3: the customer is contacted within 2 working hours of the notice."""
        actor.require(NOTICE_CONTACT_ROLES, "record a customer contact on a complaint notice")
        self._open()
        channel = _choice(ContactChannel, channel, "contact channel")
        if contacted_at > now + timedelta(minutes=5):
            raise InvalidInput(Reason.VALUE_INVALID, value=contacted_at.isoformat(),
                               field="contact time", allowed="now or earlier")
        contact = NoticeContact(
            contacted_at=contacted_at,
            person=clean_text(person, "contact person", required=True, limit=100),
            channel=channel, note=clean_text(note, "contact note", required=True),
            recorded_by=actor.user_id, recorded_by_name=actor.username, recorded_at=now)
        self.contacts.append(contact)
        if self.status is NoticeStatus.OPEN:
            self.status = NoticeStatus.IN_PROGRESS
        self._log(actor, "complaint_customer_contacted", channel=channel.value,
                  person=contact.person, contacted_at=contacted_at.isoformat(),
                  note=contact.note)
        return contact

    def attach(self, actor: Actor, *, kind: AttachmentKind | str, file_name: str,
               content: bytes, now: datetime) -> NoticeAttachment:
        """A report or 8D file (PDF or image), kept with its SHA-256; several per notice."""
        actor.require(QC_WORK_ROLES, "attach a report to a complaint notice")
        self._open()
        if actor.user_id != self.owner_id and not actor.roles & NOTICE_ASSIGN_ROLES:
            raise NotPermitted(Reason.NOT_THE_RESPONSIBLE_PERSON,
                               expected=self.owner_name or "the owner, once assigned,",
                               action=f"attach a report to {self.notice_no}")
        kind = _choice(AttachmentKind, kind, "attachment kind")
        name = clean_text(file_name, "file name", required=True, limit=255)
        if not content:
            raise InvalidInput(Reason.FIELD_REQUIRED, field=f"content of {name}")
        if len(content) > REPORT_FILE_LIMIT:
            raise SupervisionError(SupervisionReason.FILE_TOO_LARGE, name=name,
                                   size=len(content), limit=REPORT_FILE_LIMIT)
        media = document_type(content)
        if media is None:
            raise SupervisionError(SupervisionReason.NOT_A_DOCUMENT, name=name)
        attachment = NoticeAttachment(
            kind=kind, file_name=name, media_type=media,
            sha256=hashlib.sha256(content).hexdigest(), size=len(content),
            attached_by=actor.user_id, attached_by_name=actor.username, attached_at=now,
            content=content)
        self.attachments.append(attachment)
        self.status = NoticeStatus.REPORTED
        self._log(actor, "complaint_file_attached", kind=kind.value, file_name=name,
                  media_type=media, sha256=attachment.sha256, size=len(content))
        return attachment

    # -- what closure needs ------------------------------------------------------------------

    def _first_attached(self, *kinds: AttachmentKind) -> datetime | None:
        times = [a.attached_at for a in self.attachments if a.kind in kinds]
        if self.report is not None and self.report.submitted_at is not None and (
                AttachmentKind.REPORT in kinds or self.report.kind is ReportKind.EIGHT_D):
            times.append(self.report.submitted_at)
        return min(times) if times else None

    def report_done_at(self) -> datetime | None:
        """When the report the severity asks for came in: a report (or an 8D) for a general
        complaint, an 8D for a major one."""
        if self.severity is Severity.MAJOR:
            return self._first_attached(AttachmentKind.EIGHT_D)
        return self._first_attached(AttachmentKind.REPORT, AttachmentKind.EIGHT_D)

    def contacted_at(self) -> datetime | None:
        return min((c.contacted_at for c in self.contacts), default=None)

    def close(self, actor: Actor, note: str, now: datetime,
              signature: Signature | None = None) -> None:
        actor.require(NOTICE_CLOSE_ROLES, "close a complaint notice")
        self._open()
        if self.report is None and not self.attachments:
            raise SupervisionError(SupervisionReason.REPORT_REQUIRED, notice_no=self.notice_no)
        if self.severity is Severity.MAJOR and self.report_done_at() is None:
            raise SupervisionError(SupervisionReason.EIGHT_D_REQUIRED, notice_no=self.notice_no)
        if not self.contacts:
            raise SupervisionError(SupervisionReason.CONTACT_REQUIRED, notice_no=self.notice_no)
        self.close_note = clean_text(note, "closing note", required=True)
        self.status = NoticeStatus.CLOSED
        self.closed_by, self.closed_at = actor.user_id, now
        signed = {}
        if signature is not None:
            self.close_certificate_fingerprint = signature.certificate_fingerprint
            self.close_signed_with = signature.signed_with
            signed = {"certificate_fingerprint": signature.certificate_fingerprint,
                      "signed_with": signature.signed_with}
        self._log(actor, "complaint_notice_closed", note=self.close_note, **signed)

    def deadlines(self, calendar: WorkingCalendar, settings: SupervisionSettings,
                  now: datetime) -> list[NoticeDeadline]:
        """Each time limit of 002 5.2.3 on the working calendar, with whether it was met."""
        offset = settings.utc_offset_minutes
        report = "8d" if self.severity is Severity.MAJOR else "report"
        limits = [
            ("contact", calendar.add_working_hours(self.raised_at, settings.contact_hours,
                                                   offset), self.contacted_at()),
            (report, self.report_due(calendar, settings), self.report_done_at()),
            ("closure", self.closure_due(calendar, settings), self.closed_at),
        ]
        out = []
        for what, due, done in limits:
            if done is not None:
                met: bool | None = done <= due
            else:
                met = False if now > due else None
            out.append(NoticeDeadline(what=what, due=due, done_at=done, met=met))
        return out

    def next_deadline(self, calendar: WorkingCalendar, settings: SupervisionSettings,
                      now: datetime) -> NoticeDeadline | None:
        """The earliest limit not yet done (None once closed)."""
        if self.status is NoticeStatus.CLOSED:
            return None
        todo = [d for d in self.deadlines(calendar, settings, now) if d.done_at is None]
        return min(todo, key=lambda d: d.due, default=None)

    def report_due(self, calendar: WorkingCalendar, settings: SupervisionSettings) -> datetime:
        days = (settings.serious_report_days if self.severity is Severity.SERIOUS
                else settings.general_report_days)
        return calendar.deadline(self.raised_at, days, settings.utc_offset_minutes)

    def closure_due(self, calendar: WorkingCalendar, settings: SupervisionSettings) -> datetime:
        return calendar.deadline(self.raised_at, settings.closure_days,
                                 settings.utc_offset_minutes)


# -- corrective actions (step 10) ----------------------------------------------------------


class ActionStatus(StrEnum):
    OPEN = "open"
    IMPLEMENTED = "implemented"  # the process says the measure is in place
    CLOSED = "closed"  # verified by QC or tech


@dataclass
class CorrectiveAction:
    """For one responsible process: the person found, the KPI consequence, the measure."""

    ca_no: str
    responsible_process: str
    responsible_department: str
    person_found: str
    kpi_consequence: str
    preventive_measure: str
    due_date: date
    created_by: int | None
    source_week: str | None = None
    notice_no: str | None = None
    rma_no: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    created_by_name: str | None = None
    created_at: datetime | None = None
    implemented_by: int | None = None
    implemented_at: datetime | None = None
    implementation_note: str = ""
    verified_by: int | None = None
    verified_at: datetime | None = None
    verification_note: str = ""
    # The verifier's signature (a closing verification is a signed act).
    certificate_fingerprint: str | None = None
    signed_with: str | None = None
    # The responsible person who carries the measure out and records it implemented.
    owner_id: int | None = None
    owner_name: str | None = None
    root_cause: str = ""
    escalation_id: int | None = None  # opened from an NFF / cannot-find-fault decision
    # Opened from a cluster of returns (issue 17.1): "LOT:<lot>" or "DATECODE:<code>".
    source_cluster: str | None = None
    id: int | None = None
    version: int = 0
    pending: list[LogEntry] = field(default_factory=list, repr=False)

    @classmethod
    def open(cls, actor: Actor, ca_no: str, *, responsible_process: str,
             responsible_department: str, person_found: str, kpi_consequence: str,
             preventive_measure: str, due_date: date, today: date,
             source_week: str | None = None, notice_no: str | None = None,
             rma_no: str | None = None, owner_id: int | None = None,
             owner_name: str | None = None, root_cause: str = "",
             escalation_id: int | None = None,
             source_cluster: str | None = None) -> CorrectiveAction:
        actor.require(PROCESS_SUPERVISORS, "open a corrective action")
        if due_date < today:
            raise InvalidInput(Reason.VALUE_INVALID, value=due_date.isoformat(),
                               field="due date", allowed=f"today ({today}) or later")
        action = cls(
            ca_no=ca_no,
            responsible_process=clean_text(responsible_process, "responsible process",
                                           required=True, limit=100),
            responsible_department=clean_text(responsible_department, "responsible department",
                                              required=True, limit=100),
            person_found=clean_text(person_found, "person found", required=True, limit=100),
            # The KPI consequence may follow once the person is heard (step 10).
            kpi_consequence=clean_text(kpi_consequence, "KPI consequence",
                                       required=owner_id is None),
            preventive_measure=clean_text(preventive_measure, "preventive measure",
                                          required=True),
            due_date=due_date, created_by=actor.user_id, created_by_name=actor.username,
            source_week=source_week, notice_no=notice_no, rma_no=rma_no, owner_id=owner_id,
            owner_name=owner_name, root_cause=clean_text(root_cause, "root cause"),
            escalation_id=escalation_id, source_cluster=source_cluster)
        action._log(actor, "corrective_action_opened", process=action.responsible_process,
                    person=action.person_found, due_date=due_date.isoformat(),
                    source_week=source_week, notice_no=notice_no, owner=owner_name,
                    escalation_id=escalation_id, root_cause=action.root_cause,
                    measure=action.preventive_measure,
                    **({"cluster": source_cluster} if source_cluster else {}))
        return action

    @property
    def log_rma_no(self) -> str:
        return self.rma_no or ADMIN_LOG

    def _log(self, actor: Actor, action: str, **detail: Any) -> None:
        self.pending.append(LogEntry(rma_no=self.log_rma_no, action=action,
                                     actor_id=actor.user_id, actor_name=actor.username,
                                     detail={"ca_no": self.ca_no, **detail}))

    def _open(self) -> None:
        if self.status is ActionStatus.CLOSED:
            raise SupervisionError(SupervisionReason.RECORD_CLOSED, what="corrective action",
                                   key=self.ca_no)

    def mark_implemented(self, actor: Actor, note: str, now: datetime) -> None:
        if self.owner_id is None:
            actor.require(PROCESS_SUPERVISORS, "record a corrective action as implemented")
        elif actor.user_id != self.owner_id:
            # Step 10: the responsible person says the measure is in place, nobody for them.
            raise NotPermitted(Reason.NOT_THE_RESPONSIBLE_PERSON,
                               expected=self.owner_name or "the responsible person",
                               action=f"record {self.ca_no} as implemented")
        self._open()
        self.implementation_note = clean_text(note, "implementation note", required=True)
        self.implemented_by, self.implemented_at = actor.user_id, now
        self.status = ActionStatus.IMPLEMENTED
        self._log(actor, "corrective_action_implemented", note=self.implementation_note)

    def verify(self, actor: Actor, *, effective: bool, note: str, now: datetime,
               signature: Signature | None = None) -> None:
        """Close it (effective) or send it back to the process (not effective)."""
        actor.require(CA_VERIFY_ROLES, "verify a corrective action")
        self._open()
        if self.status is not ActionStatus.IMPLEMENTED:
            raise SupervisionError(SupervisionReason.NOT_IMPLEMENTED, ca_no=self.ca_no,
                                   status=self.status.value)
        if actor.user_id is not None and actor.user_id == self.implemented_by:
            # Verification means a second pair of eyes: not the one who implemented it.
            raise NotPermitted(Reason.NOT_THE_RESPONSIBLE_PERSON,
                               expected="a supervisor other than the implementer",
                               action=f"verify {self.ca_no}")
        note = clean_text(note, "verification note", required=True)
        self.verification_note = note
        signed = ({} if signature is None else
                  {"certificate_fingerprint": signature.certificate_fingerprint,
                   "signed_with": signature.signed_with})
        if signature is not None:
            self.certificate_fingerprint = signature.certificate_fingerprint
            self.signed_with = signature.signed_with
        if effective:
            self.status = ActionStatus.CLOSED
            self.verified_by, self.verified_at = actor.user_id, now
            self._log(actor, "corrective_action_closed", note=note, **signed)
        else:
            self.status = ActionStatus.OPEN
            self._log(actor, "corrective_action_reopened", note=note, **signed)

    def due_at(self, utc_offset_minutes: int,
               calendar: WorkingCalendar | None = None) -> datetime:
        """The close of the due date's working day (midnight after it without a calendar)."""
        if calendar is None:
            return local_midnight(self.due_date + timedelta(days=1), utc_offset_minutes)
        return calendar.end_of_day(self.due_date, utc_offset_minutes)


# -- overdue items -------------------------------------------------------------------------


class OverdueKind(StrEnum):
    CUSTOMER_CONTACT = "customer_contact"
    COMPLAINT_CONTACT = "complaint_contact"
    COMPLAINT_REPORT = "complaint_report"
    COMPLAINT_CLOSURE = "complaint_closure"
    FOLLOW_UP = "follow_up"
    CORRECTIVE_ACTION = "corrective_action"


@dataclass(frozen=True)
class ContactDue:
    """An RMA whose complaint was accepted and whose customer nobody has called yet."""

    rma_no: str
    customer: str
    received_at: datetime


@dataclass(frozen=True)
class FollowUpDue:
    """A shipment whose customer nobody has asked since (received? satisfied?)."""

    rma_no: str
    customer: str
    note_no: str
    shipped_at: datetime


@dataclass(frozen=True)
class OverdueItem:
    kind: OverdueKind
    ref: str  # RMA, notice, shipping note or corrective action number
    rma_no: str | None
    customer: str
    due_at: datetime
    overdue_by: timedelta
    owner: str | None
    detail: str  # the limit in a sentence (English, for the CLI)
    # The same limit as fields, for a GUI to say in the person's language: hours or days,
    # what ("contact", "report", "8d", "closure"), and a corrective action's process and status.
    limit: dict[str, Any] = field(default_factory=dict)


def overdue_items(now: datetime, calendar: WorkingCalendar, settings: SupervisionSettings, *,
                  contacts: list[ContactDue], follow_ups: list[FollowUpDue],
                  cases: list[ComplaintCase],
                  actions: list[CorrectiveAction]) -> list[OverdueItem]:
    """Everything past its time limit at ``now``, most overdue first."""
    out: list[OverdueItem] = []
    offset = settings.utc_offset_minutes

    def add(kind: OverdueKind, ref: str, rma_no: str | None, customer: str, due: datetime,
            owner: str | None, detail: str, **limit: Any) -> None:
        if due < now:
            out.append(OverdueItem(kind, ref, rma_no, customer, due, now - due, owner, detail,
                                   limit))

    for c in contacts:
        add(OverdueKind.CUSTOMER_CONTACT, c.rma_no, c.rma_no, c.customer,
            calendar.add_working_hours(c.received_at, settings.contact_hours, offset), None,
            f"contact the customer within {settings.contact_hours} working hours of acceptance",
            hours=settings.contact_hours)
    for f in follow_ups:
        add(OverdueKind.FOLLOW_UP, f.note_no, f.rma_no, f.customer,
            calendar.deadline(f.shipped_at, settings.follow_up_days, offset), None,
            f"follow up {settings.follow_up_days} working days after shipping",
            days=settings.follow_up_days)
    kinds = {"contact": OverdueKind.COMPLAINT_CONTACT, "report": OverdueKind.COMPLAINT_REPORT,
             "8d": OverdueKind.COMPLAINT_REPORT, "closure": OverdueKind.COMPLAINT_CLOSURE}
    details = {
        "contact": f"contact the customer within {settings.contact_hours} working hours",
        "report": f"general complaint: report within {settings.general_report_days} "
                  "working days",
        "8d": f"major complaint: 8D report within {settings.serious_report_days} working days",
        "closure": f"closure within {settings.closure_days} working days",
    }
    spans = {"contact": {"hours": settings.contact_hours},
             "report": {"days": settings.general_report_days},
             "8d": {"days": settings.serious_report_days},
             "closure": {"days": settings.closure_days}}
    for case in cases:
        if case.status is NoticeStatus.CLOSED:
            continue
        for limit in case.deadlines(calendar, settings, now):
            if limit.done_at is None:
                add(kinds[limit.what], case.notice_no, case.rma_no, case.customer, limit.due,
                    case.owner_name, details[limit.what], what=limit.what,
                    **spans[limit.what])
    for action in actions:
        if action.status is ActionStatus.CLOSED:
            continue
        add(OverdueKind.CORRECTIVE_ACTION, action.ca_no, action.rma_no, "",
            action.due_at(offset, calendar), action.created_by_name,
            f"{action.responsible_process}: {action.status.value}",
            process=action.responsible_process, status=action.status.value)
    return sorted(out, key=lambda item: (item.due_at, item.kind.value, item.ref))


def _choice(enum: type[StrEnum], value: object, field_name: str) -> Any:
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=value, field=field_name,
                           allowed=", ".join(e.value for e in enum)) from None
