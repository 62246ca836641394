"""The paper forms' read models (issue 14): what each printed form shows, read in one unit of work.

Every form is read by its own record (an RMA number, a unit serial, a shipping note or anomaly
form number) through indexed reads of that record only, never a list of the shop's history.
The PDF is drawn elsewhere (``benchapp.slips.forms``) from these plain values; a print is
counted in the tracking log, and a print after the first is a 副本 / COPY.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from benchapp import settings
from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import LogEntry, PartReplaced, Rma, ShippingNote
from benchapp.domain.roles import Actor
from benchapp.domain.supervision import NoticeDeadline
from benchapp.services.actors import current_actor
from benchapp.services.unit_of_work import AbstractUnitOfWork

# The keys of `benchapp form KEY ID` (a contract: issue 14), in the order `form list` shows.
SERVICE_FORM = "service-form"
REPAIR_RECORD = "repair-record"
ANOMALY_FORM = "anomaly-form"
INSPECTION_RECORD = "inspection-record"
SHIPPING_NOTE = "shipping-note"
BOX_LABEL = "box-label"
COMPLAINT_NOTICE = "complaint-notice"
ANALYSIS_REPORT = "analysis-report"
CAPA_REPORT = "capa-report"
FORM_KEYS: tuple[str, ...] = (SERVICE_FORM, REPAIR_RECORD, ANOMALY_FORM, INSPECTION_RECORD,
                              SHIPPING_NOTE, BOX_LABEL, COMPLAINT_NOTICE, ANALYSIS_REPORT,
                              CAPA_REPORT)
# What the ID of each form is (CLI help and error lines).
ID_OF: dict[str, str] = {
    SERVICE_FORM: "RMA no.", REPAIR_RECORD: "RMA no.", ANOMALY_FORM: "anomaly form no.",
    INSPECTION_RECORD: "unit serial", SHIPPING_NOTE: "shipping note no.",
    BOX_LABEL: "shipping note no.", COMPLAINT_NOTICE: "notice no.",
    ANALYSIS_REPORT: "RMA no.", CAPA_REPORT: "CA no.",
}
LABEL_FORMS = frozenset({BOX_LABEL})

PRINTED = "form_printed"
REPRINTED = "form_reprinted"


# -- the port --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScreeningRow:
    serial: str
    test_verdict: str
    tester_id: int
    visual_verdict: str
    inspector_id: int
    outcome: str
    defect: str
    measurements: tuple[dict[str, Any], ...]
    at: datetime | None


@dataclass(frozen=True)
class ReinspectionRow:
    serial: str
    stage: str  # test | oqc
    verdict: str
    inspector_id: int
    loop_no: int
    notes: str
    measurements: tuple[dict[str, Any], ...]
    at: datetime | None
    signed: bool


class FormRecords(abc.ABC):
    """The stored records the forms print, each read by its own key."""

    @abc.abstractmethod
    def screenings(self, rma_no: str, serial: str | None = None) -> list[ScreeningRow]:
        """First screenings of an RMA's units (of one unit if ``serial``), oldest first."""

    @abc.abstractmethod
    def reinspections(self, rma_no: str, serial: str | None = None) -> list[ReinspectionRow]:
        """Re-inspection tests and OQC of an RMA's units (of one unit), oldest first."""

    @abc.abstractmethod
    def shipping_note(self, note_no: str) -> ShippingNote | None: ...

    @abc.abstractmethod
    def shipping_notes(self, rma_no: str) -> list[str]:
        """The note numbers of an RMA, oldest first."""

    @abc.abstractmethod
    def rma_of_anomaly_form(self, form_no: str) -> str | None: ...

    @abc.abstractmethod
    def last_address(self, customer: str) -> str:
        """The address this customer's latest shipment went to ("" if none had one)."""

    @abc.abstractmethod
    def notice_units(self, notice_no: str, closed_at: datetime | None
                     ) -> list[tuple[str, str, str]]:
        """(RMA no., serial, cause) of the units a complaint notice counts: a non-customer
        cause, in the RMAs of its delivery received before its closure."""

    @abc.abstractmethod
    def user_names(self, user_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """user id -> (display name, username), for these users only."""

    @abc.abstractmethod
    def shop_name(self) -> str:
        """The shop name the CA was created with ("" before there is a CA)."""

    @abc.abstractmethod
    def print_count(self, rma_no: str, form: str, record_no: str) -> int:
        """How often this form of this record was printed (its RMA's tracking log)."""


class FormsUnitOfWork(AbstractUnitOfWork):
    form_records: FormRecords


# -- the read models -------------------------------------------------------------------------


@dataclass(frozen=True)
class FormHeader:
    """What every form prints at its top: the form's number and revision, and its record."""

    key: str
    form_no: str
    revision: str
    shop_name: str
    record_no: str  # the QR payload: scanned, it opens this record (RMA, unit, note, form)
    rma_no: str
    zone: tzinfo  # the shop's clock, in which times are printed


@dataclass(frozen=True)
class Person:
    name: str
    username: str

    def __str__(self) -> str:
        return self.name or self.username


NOBODY = Person("", "")


@dataclass(frozen=True)
class ServiceForm:
    """售后服务表 (QP-TPZ-002 §6.1)."""

    header: FormHeader
    customer: str
    contact: str
    model: str
    declared_qty: int
    counted_qty: int
    complaint: str
    requirement: str
    billing: str
    delivery_no: str | None  # None: the return names no delivery
    delivered_qty: int | None
    due_date: date | None
    storage_location: str
    serials: tuple[str, ...]
    received_by: Person
    received_at: datetime | None


@dataclass(frozen=True)
class RepairLine:
    serial: str
    kind: str
    symptom: str
    root_cause: str
    cause_category: str
    responsible_process: str
    responsible_department: str
    actions: str
    parts: tuple[PartReplaced, ...]
    minutes: int
    repairer: Person
    completed_at: datetime | None
    loop_no: int


@dataclass(frozen=True)
class CheckLine:
    """One re-inspection test or OQC result and its signer."""

    serial: str
    stage: str
    verdict: str
    loop_no: int
    inspector: Person
    at: datetime | None
    notes: str
    signed: bool


@dataclass(frozen=True)
class RepairRecordForm:
    """售后维修记录表: per RMA, each repair and the checks after it."""

    header: FormHeader
    customer: str
    model: str
    repairs: tuple[RepairLine, ...]
    checks: tuple[CheckLine, ...]


@dataclass(frozen=True)
class AnomalyFormDoc:
    """品质检验异常反馈表."""

    header: FormHeader
    customer: str
    model: str
    serial: str
    defect: str
    raised_by: Person
    responsible_inspector: Person
    raised_at: datetime | None
    signed_by: Person | None
    signed_at: datetime | None
    signed_with: str | None


@dataclass(frozen=True)
class Measurement:
    name: str
    value: Any
    unit: str
    low: Any
    high: Any
    verdict: str


@dataclass(frozen=True)
class Inspection:
    """One test of the unit: first screening, re-inspection test or OQC."""

    stage: str  # screening | test | oqc
    verdict: str
    visual_verdict: str | None
    method: str
    fixture_id: str
    program: str
    measurements: tuple[Measurement, ...]
    operator: Person
    at: datetime | None
    notes: str


@dataclass(frozen=True)
class InspectionRecord:
    """检验记录 / 测试报告 of one unit (seed 004)."""

    header: FormHeader
    customer: str
    model: str
    serial: str
    production_lot: str
    inspections: tuple[Inspection, ...]


@dataclass(frozen=True)
class ShippingNoteForm:
    """发货单."""

    header: FormHeader
    customer: str
    address: str
    carrier: str
    tracking_no: str
    model: str
    quantity: int
    serials: tuple[str, ...]
    replacements: tuple[str, ...]
    shipped_at: datetime | None
    signed_by: Person
    signed: bool


@dataclass(frozen=True)
class BoxLabel:
    """外箱标签 (seed 001: model, quantity, customer, ship date)."""

    header: FormHeader
    model: str
    quantity: int
    customer: str
    ship_date: date | None
    note_no: str


@dataclass(frozen=True)
class NoticeUnit:
    """A unit the notice counts and what its (latest) repair found."""

    rma_no: str
    serial: str
    symptom: str
    root_cause: str
    cause_category: str  # "" before the unit's repair is recorded


@dataclass(frozen=True)
class NoticeContactLine:
    at: datetime
    person: str
    channel: str
    note: str


@dataclass(frozen=True)
class NoticeActionLine:
    ca_no: str
    responsible_process: str
    status: str
    due_date: date


@dataclass(frozen=True)
class ComplaintNoticeForm:
    """客户投诉通知书: the delivery, the rate against it, the units and causes, the limits."""

    header: FormHeader
    customer: str
    model: str
    severity: str
    status: str
    raised_at: datetime
    delivery_no: str | None
    delivered_qty: int | None
    non_customer_units: int
    shipped_qty: int
    rate: float | None  # non-customer units over the delivered quantity
    causes: tuple[tuple[str, int], ...]
    units: tuple[NoticeUnit, ...]
    deadlines: tuple[NoticeDeadline, ...]
    owner: Person | None
    assigned_at: datetime | None
    report_kind: str | None
    report_at: datetime | None
    contacts: tuple[NoticeContactLine, ...]
    actions: tuple[NoticeActionLine, ...]
    closed_by: Person | None
    closed_at: datetime | None
    close_note: str


@dataclass(frozen=True)
class AnalysisUnit:
    """What the shop found on one returned unit, as the customer is told it."""

    serial: str
    symptom: str  # "" before the unit's repair is recorded
    cause_category: str
    root_cause: str
    actions: str
    parts: tuple[PartReplaced, ...]
    evidence: tuple[Measurement, ...]  # the readings at receipt that show the fault
    photos: tuple[tuple[str, bytes], ...]  # (file name, JPEG thumbnail) attached to the unit
    final_verdict: str  # the last re-inspection or OQC verdict, "" if none yet
    final_at: datetime | None


@dataclass(frozen=True)
class AnalysisReport:
    """故障分析报告 for the customer (seed 003): per unit, what was found and on what basis."""

    header: FormHeader
    customer: str
    model: str
    complaint: str
    counted_qty: int
    received_at: datetime | None
    units: tuple[AnalysisUnit, ...]
    # (file name, JPEG thumbnail) attached to the RMA as a whole: the box, the customer's label
    photos: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class CapaReport:
    """纠正措施报告 / 8D: the measure, the cause, the owner, the dates, the verification."""

    header: FormHeader
    notice_no: str | None
    source_week: str | None
    customer: str
    model: str
    status: str
    responsible_process: str
    responsible_department: str
    person_found: str
    owner: Person | None
    root_cause: str
    preventive_measure: str
    kpi_consequence: str
    created_by: Person | None
    created_at: datetime | None
    due_date: date
    implemented_by: Person | None
    implemented_at: datetime | None
    implementation_note: str
    verified_by: Person | None
    verified_at: datetime | None
    verification_note: str
    signed: bool


# -- settings ---------------------------------------------------------------------------------


def form_number(stored: dict[str, str], key: str) -> tuple[str, str]:
    """The form number and revision the shop set for ``key`` (benchapp.settings FORM_NUMBERS)."""
    no_setting, rev_setting = settings.FORM_NUMBERS[key]
    return no_setting.read(stored.get(no_setting.key)), rev_setting.read(
        stored.get(rev_setting.key))


def _header(uow: FormsUnitOfWork, key: str, record_no: str, rma_no: str) -> FormHeader:
    stored = uow.shop_settings()
    form_no, revision = form_number(stored, key)
    return FormHeader(key=key, form_no=form_no, revision=revision,
                      shop_name=uow.form_records.shop_name(), record_no=record_no,
                      rma_no=rma_no, zone=settings.shop_zone(stored))


def _people(uow: FormsUnitOfWork, ids: Iterable[int | None]) -> dict[int, Person]:
    wanted = {i for i in ids if i is not None}
    names = uow.form_records.user_names(wanted) if wanted else {}
    return {i: Person(*names.get(i, ("", f"user {i}"))) for i in wanted}


def _unknown(key: str, record_no: str) -> NotFound:
    return NotFound(Reason.NOT_FOUND, what=f"{key} record ({ID_OF.get(key, 'id')})",
                    key=record_no)


def _rma(uow: FormsUnitOfWork, key: str, rma_no: str) -> Rma:
    if not DocKind.RMA.matches(rma_no):
        raise _unknown(key, rma_no)
    try:
        return uow.rmas.get(rma_no)
    except NotFound:
        raise _unknown(key, rma_no) from None


# -- one reader per form -----------------------------------------------------------------------


def _service_form(uow: FormsUnitOfWork, rma_no: str) -> ServiceForm:
    rma = _rma(uow, SERVICE_FORM, rma_no)
    people = _people(uow, [rma.received_by])
    # The customer's delivery the return refers to (step 8 counts against its quantity).
    delivery = uow.deliveries.get(rma.delivery_id) if rma.delivery_id is not None else None
    return ServiceForm(
        header=_header(uow, SERVICE_FORM, rma.rma_no, rma.rma_no),
        customer=rma.customer,
        contact="  ".join(x for x in (rma.contact, rma.contact_phone) if x),
        model=rma.model, declared_qty=rma.declared_qty, counted_qty=rma.counted_qty,
        complaint=rma.complaint, requirement=rma.requirement.value,
        billing=rma.billing.value,
        delivery_no=delivery.delivery_no if delivery is not None else None,
        delivered_qty=delivery.delivered_qty if delivery is not None else None,
        due_date=rma.due_date, storage_location=rma.storage_location,
        serials=tuple(u.serial for u in rma.units),
        received_by=people.get(rma.received_by, NOBODY) if rma.received_by else NOBODY,
        received_at=rma.received_at)


def _repair_record(uow: FormsUnitOfWork, rma_no: str) -> RepairRecordForm:
    rma = _rma(uow, REPAIR_RECORD, rma_no)
    records = uow.repair_records.for_rma(rma.rma_no)
    checks = uow.form_records.reinspections(rma.rma_no)
    people = _people(uow, [r.repairer_id for r in records] + [c.inspector_id for c in checks])
    return RepairRecordForm(
        header=_header(uow, REPAIR_RECORD, rma.rma_no, rma.rma_no),
        customer=rma.customer, model=rma.model,
        repairs=tuple(RepairLine(
            serial=r.serial, kind=r.kind.value, symptom=r.symptom, root_cause=r.root_cause,
            cause_category=r.cause_category.value, responsible_process=r.responsible_process,
            responsible_department=r.responsible_department, actions=r.actions,
            parts=tuple(r.parts), minutes=r.repair_minutes, repairer=people[r.repairer_id],
            completed_at=r.completed_at, loop_no=r.loop_no) for r in records),
        checks=tuple(CheckLine(serial=c.serial, stage=c.stage, verdict=c.verdict,
                               loop_no=c.loop_no, inspector=people[c.inspector_id], at=c.at,
                               notes=c.notes, signed=c.signed) for c in checks))


def _anomaly_form(uow: FormsUnitOfWork, form_no: str) -> AnomalyFormDoc:
    rma_no = (uow.form_records.rma_of_anomaly_form(form_no)
              if DocKind.ANOMALY_FORM.matches(form_no) else None)
    if rma_no is None:
        raise _unknown(ANOMALY_FORM, form_no)
    rma = uow.rmas.get(rma_no)
    form = next(f for f in rma.anomaly_forms if f.form_no == form_no)
    people = _people(uow, [form.raised_by, form.responsible_inspector_id, form.signed_by])
    raised_at = getattr(form, "created_at", None)
    return AnomalyFormDoc(
        header=_header(uow, ANOMALY_FORM, form_no, rma_no), customer=rma.customer,
        model=rma.model, serial=form.serial, defect=form.defect,
        raised_by=people[form.raised_by],
        responsible_inspector=people[form.responsible_inspector_id], raised_at=raised_at,
        signed_by=people[form.signed_by] if form.signed_by is not None else None,
        signed_at=form.signed_at, signed_with=form.signed_with)


def _measurements(raw: Iterable[dict[str, Any]]) -> tuple[Measurement, ...]:
    return tuple(Measurement(name=str(m.get("name", "")), value=m.get("value"),
                             unit=str(m.get("unit", "") or ""), low=m.get("low"),
                             high=m.get("high"), verdict=str(m.get("verdict", "") or ""))
                 for m in raw if isinstance(m, dict))


def _first(raw: Iterable[dict[str, Any]], *names: str) -> str:
    """A value the fixture reported with its readings (fixture id, program, lot), if any."""
    for m in raw:
        if isinstance(m, dict):
            for name in names:
                if m.get(name):
                    return str(m[name])
    return ""


def _rma_of_serial(uow: FormsUnitOfWork, serial: str) -> str | None:
    # As queries.rma_of_serial, inside this unit of work: the open RMA, else the latest return.
    open_rma = uow.rmas.open_serials([serial]).get(serial)
    if open_rma is not None:
        return open_rma
    earlier = uow.rmas.earlier_returns([serial]).get(serial) or []
    latest = max(earlier, key=lambda e: e.received_at, default=None)
    return latest.rma_no if latest is not None else None


def _inspection_record(uow: FormsUnitOfWork, serial: str) -> InspectionRecord:
    serial = serial.strip()
    rma_no = _rma_of_serial(uow, serial) if serial else None
    if rma_no is None:
        raise _unknown(INSPECTION_RECORD, serial)
    rma = uow.rmas.get(rma_no)
    screenings = uow.form_records.screenings(rma_no, serial)
    checks = uow.form_records.reinspections(rma_no, serial)
    people = _people(uow, [s.tester_id for s in screenings]
                     + [s.inspector_id for s in screenings] + [c.inspector_id for c in checks])
    inspections: list[Inspection] = []
    every: list[dict[str, Any]] = []
    for s in screenings:
        every += s.measurements
        inspections.append(Inspection(
            stage="screening", verdict=s.test_verdict, visual_verdict=s.visual_verdict,
            method="fixture" if s.measurements else "visual",
            fixture_id=_first(s.measurements, "fixture_id", "fixture"),
            program=_first(s.measurements, "program", "test_program"),
            measurements=_measurements(s.measurements), operator=people[s.tester_id],
            at=s.at, notes=s.defect))
    for c in checks:
        every += c.measurements
        inspections.append(Inspection(
            stage=c.stage, verdict=c.verdict, visual_verdict=None,
            method="fixture" if c.measurements else ("visual" if c.stage == "oqc" else ""),
            fixture_id=_first(c.measurements, "fixture_id", "fixture"),
            program=_first(c.measurements, "program", "test_program"),
            measurements=_measurements(c.measurements), operator=people[c.inspector_id],
            at=c.at, notes=c.notes))
    return InspectionRecord(
        header=_header(uow, INSPECTION_RECORD, serial, rma_no), customer=rma.customer,
        model=rma.model, serial=serial,
        production_lot=_first(every, "production_lot", "lot"),
        inspections=tuple(inspections))


def _note(uow: FormsUnitOfWork, key: str, note_no: str) -> tuple[ShippingNote, Rma]:
    note = (uow.form_records.shipping_note(note_no)
            if DocKind.SHIPPING_NOTE.matches(note_no) else None)
    if note is None:
        raise _unknown(key, note_no)
    return note, uow.rmas.get(note.rma_no)


def _shipping_note(uow: FormsUnitOfWork, note_no: str) -> ShippingNoteForm:
    note, rma = _note(uow, SHIPPING_NOTE, note_no)
    people = _people(uow, [note.shipped_by])
    return ShippingNoteForm(
        header=_header(uow, SHIPPING_NOTE, note.note_no, rma.rma_no), customer=rma.customer,
        address=note.address, carrier=note.carrier,
        tracking_no=note.tracking_no, model=str(note.label.get("model", rma.model)),
        quantity=int(note.label.get("quantity", len(note.serials))),
        serials=tuple(note.serials), replacements=tuple(note.replacements),
        shipped_at=note.shipped_at, signed_by=people[note.shipped_by],
        signed=note.certificate_fingerprint is not None)


def _box_label(uow: FormsUnitOfWork, note_no: str) -> BoxLabel:
    note, rma = _note(uow, BOX_LABEL, note_no)
    return BoxLabel(
        header=_header(uow, BOX_LABEL, note.note_no, rma.rma_no),
        model=str(note.label.get("model", rma.model)),
        quantity=int(note.label.get("quantity", len(note.serials))),
        customer=str(note.label.get("customer", rma.customer)),
        ship_date=note.shipped_at.date() if note.shipped_at else None, note_no=note.note_no)


def _complaint_notice(uow: FormsUnitOfWork, notice_no: str) -> ComplaintNoticeForm:
    if not DocKind.COMPLAINT_NOTICE.matches(notice_no):
        raise _unknown(COMPLAINT_NOTICE, notice_no)
    try:
        case = uow.supervision.complaint_case(notice_no)
    except NotFound:
        raise _unknown(COMPLAINT_NOTICE, notice_no) from None
    now, calendar = uow.now(), uow.supervision.calendar()
    deadlines = case.deadlines(calendar, uow.supervision.settings(), now)
    actions = uow.supervision.corrective_actions_of(case.notice_no)
    # The units counted (across the delivery's RMAs) with what their latest repair found.
    counted = uow.form_records.notice_units(case.notice_no, case.closed_at)
    found: dict[tuple[str, str], Any] = {}
    for rma_no in dict.fromkeys(r for r, _, _ in counted):
        for record in uow.repair_records.for_rma(rma_no):
            found[(rma_no, record.serial)] = record  # oldest first: the last loop's wins
    units = []
    for rma_no, serial, cause in counted:
        r = found.get((rma_no, serial))
        units.append(NoticeUnit(rma_no=rma_no, serial=serial, symptom=r.symptom if r else "",
                                root_cause=r.root_cause if r else "", cause_category=cause))
    people = _people(uow, [case.owner_id, case.closed_by])
    return ComplaintNoticeForm(
        header=_header(uow, COMPLAINT_NOTICE, case.notice_no, case.rma_no),
        customer=case.customer, model=case.model, severity=case.severity.value,
        status=case.status.value, raised_at=case.raised_at, delivery_no=case.delivery_no,
        delivered_qty=case.delivered_qty, non_customer_units=case.non_customer_units,
        shipped_qty=case.shipped_qty, rate=case.rate,
        causes=tuple(sorted(case.causes.items(), key=lambda c: (-c[1], c[0]))),
        units=tuple(units), deadlines=tuple(deadlines),
        owner=people.get(case.owner_id) if case.owner_id is not None else None,
        assigned_at=case.assigned_at,
        report_kind=case.report.kind.value if case.report is not None else None,
        report_at=case.report_done_at(),
        contacts=tuple(NoticeContactLine(at=c.contacted_at, person=c.person,
                                         channel=c.channel.value, note=c.note)
                       for c in case.contacts),
        actions=tuple(NoticeActionLine(ca_no=a.ca_no, responsible_process=a.responsible_process,
                                       status=a.status.value, due_date=a.due_date)
                      for a in actions),
        closed_by=people.get(case.closed_by) if case.closed_by is not None else None,
        closed_at=case.closed_at, close_note=case.close_note)


def _analysis_report(uow: FormsUnitOfWork, rma_no: str) -> AnalysisReport:
    rma = _rma(uow, ANALYSIS_REPORT, rma_no)
    latest: dict[str, Any] = {}
    for record in uow.repair_records.for_rma(rma.rma_no):
        latest[record.serial] = record  # oldest first: the last loop's record wins
    evidence: dict[str, tuple[Measurement, ...]] = {}
    for s in uow.form_records.screenings(rma.rma_no):
        readings = _measurements(s.measurements)
        failed = tuple(m for m in readings if m.verdict.upper() == "FAIL")
        # The readings out of limits are the evidence; without any, every reading shows it.
        evidence[s.serial] = failed or readings
    final: dict[str, ReinspectionRow] = {}
    for c in uow.form_records.reinspections(rma.rma_no):
        final[c.serial] = c
    # Photos print as their thumbnails (the files stay in the database): a unit's under its
    # finding, the RMA's own ("" key) above them all.
    photos: dict[str, list[tuple[str, bytes]]] = {}
    thumbnails = uow.attachments.thumbnails(rma.rma_no)
    for a in uow.attachments.for_rma(rma.rma_no):
        if a.id in thumbnails:
            photos.setdefault(a.serial or "", []).append((a.file_name, thumbnails[a.id]))
    units = []
    for unit in rma.units:
        r, c = latest.get(unit.serial), final.get(unit.serial)
        units.append(AnalysisUnit(
            serial=unit.serial, symptom=r.symptom if r else "",
            cause_category=r.cause_category.value if r else "",
            root_cause=r.root_cause if r else "", actions=r.actions if r else "",
            parts=tuple(r.parts) if r else (), evidence=evidence.get(unit.serial, ()),
            photos=tuple(photos.get(unit.serial, ())),
            final_verdict=c.verdict if c else "", final_at=c.at if c else None))
    return AnalysisReport(
        header=_header(uow, ANALYSIS_REPORT, rma.rma_no, rma.rma_no), customer=rma.customer,
        model=rma.model, complaint=rma.complaint, counted_qty=rma.counted_qty,
        received_at=rma.received_at, units=tuple(units), photos=tuple(photos.get("", ())))


def _capa_report(uow: FormsUnitOfWork, ca_no: str) -> CapaReport:
    if not DocKind.CORRECTIVE_ACTION.matches(ca_no):
        raise _unknown(CAPA_REPORT, ca_no)
    try:
        action = uow.supervision.corrective_action(ca_no)
    except NotFound:
        raise _unknown(CAPA_REPORT, ca_no) from None
    customer = model = ""
    if action.rma_no:
        rma = uow.rmas.get(action.rma_no)
        customer, model = rma.customer, rma.model
    people = _people(uow, [action.owner_id, action.created_by, action.implemented_by,
                           action.verified_by])

    def person(user_id: int | None) -> Person | None:
        return people.get(user_id) if user_id is not None else None

    return CapaReport(
        # A CA raised from a week's statistics has no RMA: its prints go to the admin log line.
        header=_header(uow, CAPA_REPORT, action.ca_no, action.log_rma_no),
        notice_no=action.notice_no, source_week=action.source_week, customer=customer,
        model=model, status=action.status.value,
        responsible_process=action.responsible_process,
        responsible_department=action.responsible_department,
        person_found=action.person_found, owner=person(action.owner_id),
        root_cause=action.root_cause, preventive_measure=action.preventive_measure,
        kpi_consequence=action.kpi_consequence, created_by=person(action.created_by),
        created_at=action.created_at, due_date=action.due_date,
        implemented_by=person(action.implemented_by), implemented_at=action.implemented_at,
        implementation_note=action.implementation_note,
        verified_by=person(action.verified_by), verified_at=action.verified_at,
        verification_note=action.verification_note,
        signed=action.certificate_fingerprint is not None)


_READERS = {SERVICE_FORM: _service_form, REPAIR_RECORD: _repair_record,
            ANOMALY_FORM: _anomaly_form, INSPECTION_RECORD: _inspection_record,
            SHIPPING_NOTE: _shipping_note, BOX_LABEL: _box_label,
            COMPLAINT_NOTICE: _complaint_notice, ANALYSIS_REPORT: _analysis_report,
            CAPA_REPORT: _capa_report}

FormData = (ServiceForm | RepairRecordForm | AnomalyFormDoc | InspectionRecord
            | ShippingNoteForm | BoxLabel | ComplaintNoticeForm | AnalysisReport | CapaReport)


def check_key(key: str) -> str:
    if key not in _READERS:
        raise NotFound(Reason.NOT_FOUND, what="form", key=f"{key}; known forms: "
                       + ", ".join(FORM_KEYS))
    return key


def form_data(uow: FormsUnitOfWork, key: str, record_no: str) -> FormData:
    """What form ``key`` prints for ``record_no``. NotFound for an unknown key or record."""
    reader = _READERS[check_key(key)]
    record_no = record_no.strip()
    with uow:
        return reader(uow, record_no)


@dataclass(frozen=True)
class Printed:
    copy: bool
    print_count: int


def is_reprint(uow: FormsUnitOfWork, header: FormHeader) -> bool:
    """Whether printing this form now would be a reprint (副本 / COPY)."""
    with uow:
        return uow.form_records.print_count(header.rma_no, header.key, header.record_no) > 0


def record_form_printed(uow: FormsUnitOfWork, actor: Actor, header: FormHeader) -> Printed:
    """Count a print in the RMA's tracking log; a print after the first is a copy."""
    with uow:
        actor = current_actor(uow, actor)
        count = uow.form_records.print_count(header.rma_no, header.key, header.record_no)
        copy = count > 0
        uow.log.add(LogEntry(rma_no=header.rma_no, action=REPRINTED if copy else PRINTED,
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"form": header.key, "record_no": header.record_no,
                                     "form_no": header.form_no, "copy": copy,
                                     "print_count": count + 1}))
        uow.commit()
    return Printed(copy=copy, print_count=count + 1)


def customer_address(uow: FormsUnitOfWork, customer: str) -> str:
    """Where this customer's parcels went last: the shipping address offered at the next
    shipment (the clerk confirms or edits it)."""
    customer = customer.strip()
    if not customer:
        return ""
    with uow:
        return uow.form_records.last_address(customer)


def rma_of_record(uow: FormsUnitOfWork, record_no: str) -> str | None:
    """The RMA a scanned form QR belongs to: an RMA no. itself, a shipping note's, an anomaly
    form's, a complaint notice's or a corrective action's RMA; None for anything else (a unit
    serial goes through queries.rma_of_serial)."""
    record_no = record_no.strip()
    if DocKind.RMA.matches(record_no):
        return record_no
    with uow:
        if DocKind.SHIPPING_NOTE.matches(record_no):
            note = uow.form_records.shipping_note(record_no)
            return note.rma_no if note is not None else None
        if DocKind.ANOMALY_FORM.matches(record_no):
            return uow.form_records.rma_of_anomaly_form(record_no)
        try:
            if DocKind.COMPLAINT_NOTICE.matches(record_no):
                return uow.supervision.complaint_case(record_no).rma_no
            if DocKind.CORRECTIVE_ACTION.matches(record_no):
                return uow.supervision.corrective_action(record_no).rma_no
        except NotFound:
            return None
    return None

