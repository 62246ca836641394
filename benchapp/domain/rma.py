"""The RMA (售后服务表) and its units: every step of QP-TPZ-002 section 6 as a guarded operation.

Operations mutate the aggregate and append what they produced (tracking-log entries, screening
and repair records, escalations, notices) to ``rma.pending`` for the unit of work to store.
They either succeed completely or raise before touching anything.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from benchapp.domain import notes
from benchapp.domain.delivery import (
    Delivery,
    DeliveryTally,
    RuleOutcome,
    RuleVerdict,
    clean_date_code,
    clean_lot,
    evaluate_delivery,
)
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted, OutOfOrder, Reason
from benchapp.domain.roles import Actor, Custody, Role
from benchapp.domain.rules import (
    COMPLAINT_CAUSES,
    TEXT_MAX_LEN,
    CauseCategory,
    Policy,
    RepeatReturn,
    clean_serial,
    clean_text,
    parse_cause,
    positive_count,
)
from benchapp.domain.signatures import Signature

_E = TypeVar("_E", bound=StrEnum)


class UnitState(StrEnum):
    RECEIVED = "received"  # registered and labelled at receiving
    AWAITING_SCREENING = "awaiting_screening"  # QC intake done
    SCREENING_TESTED = "screening_tested"  # fixture verdict in, visual check pending
    NFF_REVIEW = "nff_review"  # outcome a: waits for the QC supervisor's decision
    TO_REWORK = "to_rework"  # outcome b: waits for handover to the production lead
    TO_REPAIR = "to_repair"  # outcome c or a failed re-inspection
    IN_REPAIR = "in_repair"  # at the repair station (repair or rework)
    ESCALATED = "escalated"  # waits for a supervisor decision
    REPAIRED = "repaired"  # repair record attached, waits for handover to QC
    RETURNING = "returning"  # leaves repair unrepaired by a decision, waits for handover to QC
    AWAITING_REINSPECTION = "awaiting_reinspection"
    OQC_PENDING = "oqc_pending"  # re-test passed, OQC full inspection next
    READY_TO_PACK = "ready_to_pack"
    AT_PACKING = "at_packing"
    PACKED = "packed"
    READY_TO_SHIP = "ready_to_ship"
    SHIPPED = "shipped"
    RETURNED_AS_IS = "returned_as_is"
    SCRAPPED = "scrapped"


TERMINAL_STATES = frozenset({UnitState.SHIPPED, UnitState.RETURNED_AS_IS, UnitState.SCRAPPED})


class Requirement(StrEnum):
    """客户需求"""

    REPAIR = "repair"
    REPLACE = "replace"
    REFUND = "refund"
    ANALYSIS = "analysis"


class Billing(StrEnum):
    WARRANTY = "warranty"
    PAID = "paid"  # customer-paid


class Verdict(StrEnum):
    PASS = "PASS"
    FAIL = "FAIL"


class WorkKind(StrEnum):
    REPAIR = "repair"  # repair engineer
    REWORK = "rework"  # production team lead / line


class Disposition(StrEnum):
    RETURN_AS_IS = "return_as_is"
    SCRAPPED = "scrapped"
    REPLACED = "replaced"  # scrapped, a replacement ships instead
    REFUND = "refund"  # the customer is refunded; the shop keeps the unit


class RmaStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # every unit shipped, returned or scrapped


class EscalationStatus(StrEnum):
    OPEN = "open"
    DECIDED = "decided"


class EscalationKind(StrEnum):
    NFF = "nff"
    DUE_DATE = "due_date"
    CANNOT_FIND_FAULT = "cannot_find_fault"
    REWORK_LIMIT = "rework_limit"
    DISPUTED_HANDOVER = "disputed_handover"
    OVERDUE_HANDOVER = "overdue_handover"


# ---------------------------------------------------------------------------------------------
# Records the operations produce


@dataclass
class LogEntry:
    """One line of the tracking log 售后跟踪记录表. The database stamps the time."""

    rma_no: str
    action: str
    actor_id: int | None
    serial: str | None = None
    from_state: str | None = None
    to_state: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None
    actor_name: str | None = None


@dataclass
class Screening:
    """首次筛查: fixture result + visual inspection + who did each."""

    rma_no: str
    serial: str
    test_verdict: Verdict
    tester_id: int
    visual_verdict: Verdict
    inspector_id: int
    outcome: str  # nff | rework | repair
    defect: str = ""
    measurements: list[dict[str, Any]] = field(default_factory=list)
    defect_code: str = ""  # from the defect-code library (issue 17.4), beside the free text


@dataclass
class AnomalyForm:
    """品质检验异常反馈表: the responsible inspector must sign to confirm."""

    form_no: str
    rma_no: str
    serial: str
    raised_by: int
    responsible_inspector_id: int
    defect: str
    signed_by: int | None = None
    signed_at: datetime | None = None
    certificate_fingerprint: str | None = None  # the signer's certificate (a Signature)
    signed_with: str | None = None
    id: int | None = None
    version: int = 0

    @property
    def signed(self) -> bool:
        return self.signed_by is not None


@dataclass(frozen=True)
class PartReplaced:
    ref_des: str  # reference designator, e.g. U12
    part_no: str
    qty: int
    lot: str = ""
    date_code: str = ""


@dataclass
class RepairRecord:
    """售后维修记录表"""

    rma_no: str
    serial: str
    kind: WorkKind
    symptom: str
    root_cause: str
    cause_category: CauseCategory
    responsible_process: str
    responsible_department: str
    actions: str
    parts: list[PartReplaced]
    repair_minutes: int
    repairer_id: int
    loop_no: int
    completed_at: datetime | None = None
    cause_code: str = ""  # from the defect-code library (issue 17.4), beside the free text


@dataclass
class Reinspection:
    rma_no: str
    serial: str
    stage: str  # test | oqc
    verdict: Verdict
    inspector_id: int
    loop_no: int
    notes: str = ""
    measurements: list[dict[str, Any]] = field(default_factory=list)
    certificate_fingerprint: str | None = None  # the tester's / OQC inspector's signature
    signed_with: str | None = None


@dataclass
class ShippingNote:
    """发货单"""

    note_no: str
    rma_no: str
    carrier: str
    tracking_no: str
    shipped_by: int
    serials: list[str]
    replacements: list[str]
    label: dict[str, Any]
    shipped_at: datetime | None = None
    certificate_fingerprint: str | None = None  # the clerk's signature on the note
    address: str = ""  # where the parcel goes, as the clerk confirmed it at shipping
    signed_with: str | None = None
    # The step-8 rule as evaluated at this shipment (shown to the clerk; not stored here:
    # the notice and the tracking log hold it).
    rule: RuleVerdict | None = field(default=None, compare=False)


@dataclass
class ComplaintNotice:
    """客户投诉通知书, raised to QC by the step-8 rule: one per customer delivery."""

    notice_no: str
    rma_no: str  # the RMA whose shipment raised it
    non_customer_units: int  # over every RMA against the delivery
    shipped_qty: int  # units of the raising RMA shipped (kept from before deliveries)
    causes: dict[str, int]
    status: str = "open"
    delivery_id: int | None = None
    delivery_no: str | None = None
    delivered_qty: int | None = None


@dataclass
class ComplaintNoticeJoined:
    """A later RMA on the same delivery adds its units to the delivery's open notice."""

    notice_no: str
    rma_no: str
    non_customer_units: int  # the new total over the delivery
    causes: dict[str, int]


@dataclass
class Escalation:
    """A matter for a supervisor (no-fault-found, due date, rework limit, disputed slip...)."""

    kind: EscalationKind
    rma_no: str
    raised_by: int | None
    note: str
    serial: str | None = None
    slip_no: str | None = None
    status: str = EscalationStatus.OPEN
    decision: str | None = None
    decision_reason: str | None = None
    decided_by: int | None = None
    decided_at: datetime | None = None
    raised_at: datetime | None = None
    certificate_fingerprint: str | None = None  # the decider's signature
    signed_with: str | None = None
    # Who took part in a joint decision (NFF, step 3a): {"department": ..., "name": ...}.
    participants: list[dict[str, str]] = field(default_factory=list)
    id: int | None = None
    version: int = 0


# ---------------------------------------------------------------------------------------------
# The aggregate


@dataclass
class Unit:
    serial: str
    state: UnitState = UnitState.RECEIVED
    custody: Custody = Custody.RECEIVING
    work_kind: WorkKind | None = None
    rework_loops: int = 0
    loop_allowance: int = 0  # extra loops a production supervisor granted
    due_confirmed: bool = False
    disposition: Disposition | None = None
    replacement_serial: str | None = None
    cause_category: CauseCategory | None = None
    repeat_count: int = 0  # earlier returns of this serial
    serial_generated: bool = False
    pending_test: Verdict | None = None
    pending_tester_id: int | None = None
    pending_measurements: list[dict[str, Any]] = field(default_factory=list)
    # Traceability (issue 17): the board's production lot / work order and date code, where
    # the label or the customer's paperwork shows them; '' when unknown.
    production_lot: str = ""
    date_code: str = ""
    id: int | None = None
    version: int = 0

    @property
    def in_process(self) -> bool:
        return self.state not in TERMINAL_STATES


@dataclass
class NewRma:
    """What the business clerk types into the after-sales service form 售后服务表."""

    customer: str
    model: str
    declared_qty: int
    counted_qty: int
    complaint: str
    requirement: Requirement | str = Requirement.REPAIR
    billing: Billing | str = Billing.WARRANTY
    due_date: date | None = None
    batch: bool = False
    storage_location: str = ""
    serials: list[str] = field(default_factory=list)  # scanned; empty = generate
    # The customer's delivery the return refers to (step 8 counts against it); all optional.
    delivery_no: str = ""
    delivered_qty: int | None = None
    ship_date: date | None = None
    # Production lot / work order and date code: for every unit, and per serial where the
    # units differ (serial -> (lot, date code)); '' = unknown.
    production_lot: str = ""
    date_code: str = ""
    unit_trace: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Why the billing differs from the one the warranty record presets (issue 17.2).
    billing_reason: str = ""
    # The customer's contact person for this return, printed on the service form; optional.
    contact: str = ""
    contact_phone: str = ""


CONTACT_MAX = 100
PHONE_MAX = 40
ADDRESS_MAX = 300
_PHONE = re.compile(r"^[0-9+()\-./ ]*(?:(?:ext|转|分机)\.? ?[0-9]+)?$", re.IGNORECASE)


def clean_phone(raw: str | None) -> str:
    """A contact's phone as people write it: digits, +, -, (), /, ., spaces, an extension
    ('ext 12', '转 12'); '' when not given."""
    phone = clean_text(raw, "contact phone", limit=PHONE_MAX)
    if phone and (not _PHONE.match(phone) or not any(c.isdigit() for c in phone)):
        raise InvalidInput(Reason.VALUE_INVALID, value=phone, field="contact phone",
                           allowed="a phone number: digits, spaces, + - ( ) / . and an "
                           "extension")
    return phone


# The header fields a clerk may correct before the first handover, with their length limits
# (the same as at receiving).
CORRECTABLE_FIELDS = {"customer": 200, "model": 100, "complaint": TEXT_MAX_LEN,
                      "storage_location": 100}


@dataclass
class Rma:
    rma_no: str
    customer: str
    model: str
    declared_qty: int
    counted_qty: int
    complaint: str
    requirement: Requirement
    billing: Billing
    due_date: date | None
    batch: bool
    storage_location: str
    received_by: int | None
    status: RmaStatus = RmaStatus.OPEN
    complaint_notice_raised: bool = False  # its units are counted in a complaint notice
    received_at: datetime | None = None
    delivery_id: int | None = None
    delivery_no: str | None = None
    contact: str = ""  # the customer's contact person for this return (migration 0022)
    contact_phone: str = ""
    units: list[Unit] = field(default_factory=list)
    anomaly_forms: list[AnomalyForm] = field(default_factory=list)
    id: int | None = None
    version: int = 0
    pending: list[Any] = field(default_factory=list, repr=False)

    # -- helpers ---------------------------------------------------------------------------

    def unit(self, serial: str) -> Unit:
        # Serials are unique within an RMA; the index is rebuilt when the list changed length.
        index = self.__dict__.get("_index")
        if index is None or len(index) != len(self.units):
            index = self.__dict__["_index"] = {u.serial: u for u in self.units}
        found = index.get(serial)
        if found is not None:
            return found
        raise NotFound(Reason.SERIAL_NOT_IN_RMA, what="unit", key=serial, serial=serial,
                       rma_no=self.rma_no)

    def counts(self) -> dict[str, int]:
        """Quantities for the conservation check: received = in process + the three exits."""
        c = {"received": len(self.units), "in_process": 0, "shipped": 0, "scrapped": 0,
             "returned_as_is": 0}
        for u in self.units:
            if u.state is UnitState.SHIPPED:
                c["shipped"] += 1
            elif u.state is UnitState.SCRAPPED:
                c["scrapped"] += 1
            elif u.state is UnitState.RETURNED_AS_IS:
                c["returned_as_is"] += 1
            else:
                c["in_process"] += 1
        return c

    def _log(self, actor: Actor, action: str, unit: Unit | None = None, *,
             from_state: str | None = None, to_state: str | None = None, **detail: Any) -> None:
        self.pending.append(LogEntry(
            rma_no=self.rma_no, action=action, actor_id=actor.user_id, actor_name=actor.username,
            serial=unit.serial if unit else None, from_state=from_state, to_state=to_state,
            detail=detail,
        ))

    def _move(self, actor: Actor, unit: Unit, action: str, to: UnitState, *,
              custody: Custody | None = None, **detail: Any) -> None:
        """Change a unit's state (and custody) and log it: every state change is logged."""
        before = unit.state
        if custody is not None and custody is not unit.custody:
            detail = {"custody_from": unit.custody.value, "custody_to": custody.value, **detail}
            unit.custody = custody
        unit.state = to
        self._log(actor, action, unit, from_state=before.value, to_state=to.value, **detail)

    def _expect(self, unit: Unit, action: str, *states: UnitState) -> None:
        if unit.state not in states:
            raise OutOfOrder(Reason.OUT_OF_ORDER, serial=unit.serial, state=unit.state.value,
                             action=action)

    def _refresh_status(self, actor: Actor) -> None:
        if self.status is RmaStatus.OPEN and self.units and not any(
            u.in_process for u in self.units
        ):
            self.status = RmaStatus.CLOSED
            self._log(actor, "rma_closed", from_state=RmaStatus.OPEN.value,
                      to_state=RmaStatus.CLOSED.value, **self.counts())

    def _escalate(self, actor: Actor, unit: Unit, kind: EscalationKind, note: str, action: str,
                  to: UnitState = UnitState.ESCALATED, **detail: Any) -> None:
        self._move(actor, unit, action, to, escalation=kind.value, note=note, **detail)
        self.pending.append(Escalation(kind=kind, rma_no=self.rma_no, raised_by=actor.user_id,
                                       note=note, serial=unit.serial))

    def snapshot(self) -> Rma:
        """A deep copy, so a caller can validate a batch of operations and throw it away."""
        return copy.deepcopy(self)

    # -- correcting the header ---------------------------------------------------------------

    def correct_header(self, actor: Actor, field: str, value: str, reason: str, *,
                       handed_over: bool) -> tuple[str, str]:
        """A clerk corrects what was typed at receiving (a customer name with a stray
        character, a wrong model), with a reason, before the first handover: after it the
        slips carry the header and must not disagree with the record. Returns (old, new)."""
        actor.require({Role.BUSINESS_CLERK}, "correct an RMA")
        if field not in CORRECTABLE_FIELDS:
            raise InvalidInput(Reason.VALUE_INVALID, value=field, field="field",
                               allowed=", ".join(CORRECTABLE_FIELDS))
        if handed_over:
            raise OutOfOrder(Reason.RMA_ALREADY_HANDED_OVER, rma_no=self.rma_no)
        reason = clean_text(reason, "reason", required=True)
        limit = CORRECTABLE_FIELDS[field]
        new = clean_text(value, field.replace("_", " "), required=field != "storage_location",
                         limit=limit)
        old = getattr(self, field)
        if new == old:
            raise InvalidInput(Reason.VALUE_INVALID, value=new, field=field,
                               allowed="a value different from the current one")
        setattr(self, field, new)
        self._log(actor, "rma_corrected", field=field, old=old, new=new, reason=reason)
        return old, new

    # -- step 1: receive ---------------------------------------------------------------------

    @classmethod
    def receive(cls, actor: Actor, rma_no: str, form: NewRma, *,
                open_serials: dict[str, str] | None = None,
                repeats: dict[str, RepeatReturn] | None = None,
                delivery: Delivery | None = None,
                warranty: dict[str, dict[str, Any]] | None = None,
                billing_preset: Billing | None = None, billing_reason: str = "") -> Rma:
        """Step 1: the business clerk fills the service form, counts and labels the units.

        ``open_serials`` maps serials still in process elsewhere to their RMA; ``repeats`` holds
        the repeat-return flags the service looked up for the serials; ``delivery`` is the
        customer's delivery the form names, as stored or new (services.workflow resolves it);
        ``warranty`` the warranty verdict (domain.warranty, as a dict) for each date code of
        the units (the rest of the verdict is the same for every unit of the form),
        ``billing_preset`` the billing it presets and ``billing_reason`` why the clerk chose
        another (services.warranty checks it).
        """
        actor.require({Role.BUSINESS_CLERK}, "receive returned units")
        declared = positive_count(form.declared_qty, "declared quantity")
        counted = positive_count(form.counted_qty, "counted quantity")
        requirement = _choice(Requirement, form.requirement, "customer requirement")
        billing = _choice(Billing, form.billing, "billing")
        generated = not form.serials
        if generated:
            serials = [f"{rma_no}-{i:03d}" for i in range(1, counted + 1)]
        else:
            serials = [clean_serial(s) for s in form.serials]
            seen: set[str] = set()
            for s in serials:
                if s in seen:
                    raise InvalidInput(Reason.SERIAL_DUPLICATE, serial=s)
                seen.add(s)
            # The counted quantity is what was physically counted; every unit needs its serial.
            if len(serials) != counted:
                raise InvalidInput(Reason.COUNT_MISMATCH, expected=counted, counted=len(serials))
        for s in serials:
            if open_serials and s in open_serials:
                raise InvalidInput(Reason.SERIAL_IN_OPEN_RMA, serial=s, rma_no=open_serials[s])
        lot, date_code = clean_lot(form.production_lot), clean_date_code(form.date_code)
        trace: dict[str, tuple[str, str]] = {}
        for raw_serial, (unit_lot, unit_code) in (form.unit_trace or {}).items():
            s = clean_serial(raw_serial)
            if s not in serials:
                raise NotFound(Reason.SERIAL_NOT_IN_RMA, what="unit", key=s, serial=s,
                               rma_no=rma_no)
            trace[s] = (clean_lot(unit_lot) or lot, clean_date_code(unit_code) or date_code)
        rma = cls(
            rma_no=rma_no,
            customer=clean_text(form.customer, "customer", required=True, limit=200),
            model=clean_text(form.model, "model", required=True, limit=100),
            declared_qty=declared,
            counted_qty=counted,
            complaint=clean_text(form.complaint, "complaint", required=True),
            requirement=requirement,
            billing=billing,
            due_date=form.due_date,
            batch=bool(form.batch),
            storage_location=clean_text(form.storage_location, "storage location", limit=100),
            received_by=actor.user_id,
            contact=clean_text(form.contact, "contact person", limit=CONTACT_MAX),
            contact_phone=clean_phone(form.contact_phone),
        )
        delivery_detail: dict[str, Any] = {}
        if delivery is not None:
            rma.delivery_id, rma.delivery_no = delivery.id, delivery.delivery_no
            delivery_detail = {
                "delivery_no": delivery.delivery_no, "delivered_qty": delivery.delivered_qty,
                "ship_date": delivery.ship_date.isoformat() if delivery.ship_date else None}
        rma._log(actor, "rma_received", to_state=RmaStatus.OPEN.value, declared=declared,
                 counted=counted, batch=rma.batch, count_differs=declared != counted,
                 **delivery_detail,
                 **({"contact": rma.contact, "contact_phone": rma.contact_phone}
                    if rma.contact or rma.contact_phone else {}))
        if billing_reason and billing_preset is not None and billing_preset is not billing:
            # Issue 17.2: the clerk's choice against the record, with the reason, in the log.
            rma._log(actor, "billing_overridden", preset=billing_preset.value,
                     billing=billing.value, reason=billing_reason)
        warranty = warranty or {}
        repeats = repeats or {}
        for s in serials:
            unit_lot, unit_code = trace.get(s, (lot, date_code))
            unit = Unit(serial=s, serial_generated=generated, production_lot=unit_lot,
                        date_code=unit_code)
            flag = repeats.get(s)
            detail: dict[str, Any] = {}
            if unit_lot or unit_code:
                detail.update(production_lot=unit_lot, date_code=unit_code)
            verdict = warranty.get(unit_code)
            if verdict is not None:
                # The English sentence for the CLI, and its parts for the GUI to word
                # (warranty.verdict_from_detail reads them back).
                detail.update(warranty=verdict["status"], warranty_reason=verdict["message"],
                              **{f"warranty_{key}": verdict[key]
                                 for key in ("why", "basis", "months", "start", "until")
                                 if verdict.get(key) is not None})
            if flag is not None:
                unit.repeat_count = flag.ordinal - 1
                detail.update(repeat_return=flag.summary(),
                              earlier_rmas=[e.rma_no for e in flag.earlier])
            rma.units.append(unit)
            rma._log(actor, "unit_received", unit, to_state=UnitState.RECEIVED.value,
                     custody_to=Custody.RECEIVING.value, **detail)
        return rma

    # -- handover arrival (called by the handover aggregate) ---------------------------------

    def arrive(self, actor: Actor, unit: Unit, custody: Custody, to: UnitState,
               slip_no: str) -> None:
        self._move(actor, unit, "handover_accepted", to, custody=custody, slip_no=slip_no)

    # -- step 3: first screening ---------------------------------------------------------------

    def record_screening_test(self, actor: Actor, serial: str, verdict: Verdict | str,
                              measurements: list[dict[str, Any]] | None = None) -> None:
        actor.require({Role.TESTER, Role.QC_LEAD}, "record a screening test")
        unit = self.unit(serial)
        self._expect(unit, "screening test", UnitState.AWAITING_SCREENING)
        verdict = _verdict(verdict)
        unit.pending_test = verdict
        unit.pending_tester_id = actor.user_id
        unit.pending_measurements = list(measurements or [])
        self._move(actor, unit, "screening_test", UnitState.SCREENING_TESTED,
                   verdict=verdict.value, measurements=len(unit.pending_measurements))

    def record_visual_inspection(self, actor: Actor, serial: str, verdict: Verdict | str, *,
                                 defect: str = "", responsible_inspector_id: int | None = None,
                                 form_no: str | None = None, defect_code: str = "") -> str:
        """The visual verdict completes first screening and routes the unit (outcomes a, b, c).

        Returns the outcome: ``nff``, ``rework`` or ``repair``.
        """
        actor.require({Role.QC_LEAD, Role.TESTER, Role.OQC_INSPECTOR}, "record a visual check")
        unit = self.unit(serial)
        self._expect(unit, "visual check", UnitState.SCREENING_TESTED)
        visual = _verdict(verdict)
        test = unit.pending_test
        assert test is not None and unit.pending_tester_id is not None
        defect = clean_text(defect, "defect", required=visual is Verdict.FAIL)
        if visual is Verdict.FAIL:
            # Outcome b: the defect is visible, so the original inspection missed it.
            if responsible_inspector_id is None:
                raise InvalidInput(Reason.FIELD_REQUIRED, field="responsible inspector")
            if not form_no:
                raise InvalidInput(Reason.FIELD_REQUIRED, field="anomaly form number")
            outcome = "rework"
        elif test is Verdict.PASS:
            outcome = "nff"  # outcome a
        else:
            outcome = "repair"  # outcome c
        self.pending.append(Screening(
            rma_no=self.rma_no, serial=serial, test_verdict=test,
            tester_id=unit.pending_tester_id, visual_verdict=visual,
            inspector_id=actor.user_id or 0, outcome=outcome, defect=defect,
            measurements=unit.pending_measurements, defect_code=defect_code,
        ))
        unit.pending_test, unit.pending_tester_id, unit.pending_measurements = None, None, []
        if outcome == "nff":
            unit.cause_category = CauseCategory.NFF
            # "A customer never returns a good unit": the QC supervisor decides, never silence.
            self._escalate(actor, unit, EscalationKind.NFF,
                           notes.no_fault_found().stored, "screening_nff",
                           to=UnitState.NFF_REVIEW)
        elif outcome == "rework":
            unit.work_kind = WorkKind.REWORK
            assert form_no is not None and responsible_inspector_id is not None
            form = AnomalyForm(form_no=form_no, rma_no=self.rma_no, serial=serial,
                               raised_by=actor.user_id or 0,
                               responsible_inspector_id=responsible_inspector_id, defect=defect)
            self.anomaly_forms.append(form)
            self._move(actor, unit, "screening_rework", UnitState.TO_REWORK,
                       test=test.value, visual=visual.value, anomaly_form=form_no)
        else:
            unit.work_kind = WorkKind.REPAIR
            self._move(actor, unit, "screening_repair", UnitState.TO_REPAIR,
                       test=test.value, visual=visual.value)
        return outcome

    def sign_anomaly_form(self, actor: Actor, form_no: str,
                          signature: Signature | None = None) -> AnomalyForm:
        form = next((f for f in self.anomaly_forms if f.form_no == form_no), None)
        if form is None:
            raise NotFound(Reason.NOT_FOUND, what="anomaly form", key=form_no)
        if actor.user_id != form.responsible_inspector_id:
            raise NotPermitted(Reason.NOT_THE_RESPONSIBLE_PERSON,
                               expected=f"user #{form.responsible_inspector_id}",
                               action="sign this anomaly feedback form")
        if form.signed:
            raise OutOfOrder(Reason.OUT_OF_ORDER, serial=form.serial, state="signed",
                             action="sign the anomaly form")
        form.signed_by = actor.user_id
        _stamp(form, signature)
        self._log(actor, "anomaly_form_signed", self.unit(form.serial), form_no=form_no,
                  **_signature_detail(signature))
        return form

    # -- step 4: repair / rework -----------------------------------------------------------------

    def confirm_due_date(self, actor: Actor, serial: str, *, can_meet: bool,
                         note: str = "") -> None:
        actor.require({Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD}, "confirm a due date")
        unit = self.unit(serial)
        self._expect(unit, "confirm due date", UnitState.IN_REPAIR)
        note = clean_text(note, "note")
        if can_meet:
            unit.due_confirmed = True
            self._log(actor, "due_date_confirmed", unit, due_date=str(self.due_date or ""))
        else:
            self._escalate(actor, unit, EscalationKind.DUE_DATE,
                           notes.due_date_unmet(note).stored, "due_date_escalated")

    def cannot_find_fault(self, actor: Actor, serial: str, note: str) -> None:
        actor.require({Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD}, "escalate a unit")
        unit = self.unit(serial)
        self._expect(unit, "escalate: cannot find fault", UnitState.IN_REPAIR)
        note = clean_text(note, "note", required=True)
        self._escalate(actor, unit, EscalationKind.CANNOT_FIND_FAULT, note, "cannot_find_fault")

    def record_repair(self, actor: Actor, serial: str, *, symptom: str, root_cause: str,
                      cause_category: CauseCategory | str, responsible_process: str,
                      responsible_department: str, actions: str,
                      parts: Iterable[PartReplaced] = (), repair_minutes: int,
                      cause_code: str = "") -> RepairRecord:
        actor.require({Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD}, "record a repair")
        unit = self.unit(serial)
        self._expect(unit, "record repair", UnitState.IN_REPAIR)
        if not unit.due_confirmed:
            raise OutOfOrder(Reason.DUE_DATE_NOT_CONFIRMED, serial=serial)
        cause = parse_cause(cause_category) if isinstance(cause_category, str) else cause_category
        minutes = positive_count(repair_minutes, "repair time (minutes)")
        checked_parts = []
        for p in parts:
            positive_count(p.qty, f"quantity of {p.ref_des or 'part'}")
            checked_parts.append(PartReplaced(
                ref_des=clean_text(p.ref_des, "reference designator", required=True, limit=32),
                part_no=clean_text(p.part_no, "part number", required=True, limit=64),
                qty=p.qty, lot=clean_text(p.lot, "lot", limit=64),
                date_code=clean_text(p.date_code, "date code", limit=32)))
        record = RepairRecord(
            rma_no=self.rma_no, serial=serial, kind=unit.work_kind or WorkKind.REPAIR,
            symptom=clean_text(symptom, "symptom", required=True),
            root_cause=clean_text(root_cause, "root cause", required=True),
            cause_category=cause,
            responsible_process=clean_text(responsible_process, "responsible process",
                                           required=True, limit=100),
            responsible_department=clean_text(responsible_department, "responsible department",
                                              required=True, limit=100),
            actions=clean_text(actions, "actions", required=True),
            parts=checked_parts, repair_minutes=minutes, repairer_id=actor.user_id or 0,
            loop_no=unit.rework_loops, cause_code=cause_code,
        )
        unit.cause_category = cause
        self.pending.append(record)
        self._move(actor, unit, "repair_recorded", UnitState.REPAIRED, cause=cause.value,
                   minutes=minutes, parts=len(checked_parts))
        return record

    # -- step 5: re-inspection ---------------------------------------------------------------

    def record_reinspection_test(self, actor: Actor, serial: str, verdict: Verdict | str,
                                 policy: Policy,
                                 measurements: list[dict[str, Any]] | None = None,
                                 signature: Signature | None = None) -> None:
        actor.require({Role.TESTER}, "record a re-inspection test")
        unit = self.unit(serial)
        self._expect(unit, "re-inspection test", UnitState.AWAITING_REINSPECTION)
        verdict = _verdict(verdict)
        self.pending.append(_stamp(Reinspection(self.rma_no, serial, "test", verdict,
                                                actor.user_id or 0, unit.rework_loops,
                                                measurements=list(measurements or [])),
                                   signature))
        # The log line of each unit names the signature too (a batch signs each unit's line).
        signed = _signature_detail(signature)
        if verdict is Verdict.PASS:
            self._move(actor, unit, "reinspection_test", UnitState.OQC_PENDING, verdict=Verdict.PASS,
                       **signed)
        else:
            self._loop_back(actor, unit, policy, "reinspection_test", **signed)

    def record_oqc(self, actor: Actor, serial: str, verdict: Verdict | str, policy: Policy,
                   notes: str = "", signature: Signature | None = None) -> None:
        actor.require({Role.OQC_INSPECTOR}, "record the OQC inspection")
        unit = self.unit(serial)
        self._expect(unit, "OQC inspection", UnitState.OQC_PENDING)
        verdict = _verdict(verdict)
        notes = clean_text(notes, "notes", required=verdict is Verdict.FAIL)
        self.pending.append(_stamp(Reinspection(self.rma_no, serial, "oqc", verdict,
                                                actor.user_id or 0, unit.rework_loops,
                                                notes=notes), signature))
        signed = _signature_detail(signature)
        if verdict is Verdict.PASS:
            self._move(actor, unit, "oqc_inspection", UnitState.READY_TO_PACK, verdict=Verdict.PASS,
                       **signed)
        else:
            self._loop_back(actor, unit, policy, "oqc_inspection", **signed)

    def _loop_back(self, actor: Actor, unit: Unit, policy: Policy, action: str,
                   **detail: Any) -> None:
        # Step 5: a failure goes back to repair and the loop counts (repeat repair is a KPI);
        # past the limit it is locked to the production supervisor instead of another loop.
        unit.rework_loops += 1
        unit.due_confirmed = False
        if unit.rework_loops > policy.max_rework_loops + unit.loop_allowance:
            self._escalate(actor, unit, EscalationKind.REWORK_LIMIT,
                           notes.reinspection_failed(unit.rework_loops).stored, action,
                           verdict=Verdict.FAIL, loop=unit.rework_loops, **detail)
        else:
            self._move(actor, unit, action, UnitState.TO_REPAIR, verdict=Verdict.FAIL,
                       loop=unit.rework_loops, **detail)

    # -- step 6: pack ---------------------------------------------------------------------

    def pack(self, actor: Actor, serials: list[str], counted: int) -> None:
        actor.require({Role.PACKER}, "pack units")
        positive_count(counted, "packed quantity")
        units = self._distinct_units(serials)
        if counted != len(units):
            raise InvalidInput(Reason.COUNT_MISMATCH, expected=len(units), counted=counted)
        for u in units:
            self._expect(u, "pack", UnitState.AT_PACKING)
        for u in units:
            self._move(actor, u, "packed", UnitState.PACKED)
        self._log(actor, "tracking_complete", count=len(units), serials=[u.serial for u in units])

    # -- step 7 + 8: ship, and the complaint-notice rule ----------------------------------------

    def ship(self, actor: Actor, serials: list[str], *, note_no: str, carrier: str,
             tracking_no: str, policy: Policy, notice_no: Callable[[], str],
             signature: Signature | None = None,
             delivery: DeliveryTally | None = None, address: str = "") -> ShippingNote:
        actor.require({Role.BUSINESS_CLERK}, "ship units")
        address = clean_text(address, "shipping address", limit=ADDRESS_MAX)
        units = self._distinct_units(serials)
        if not units:
            raise InvalidInput(Reason.COUNT_NOT_POSITIVE, what="shipped quantity", value=0)
        for u in units:
            self._expect(u, "ship", UnitState.READY_TO_SHIP)
        carrier = clean_text(carrier, "carrier", required=True, limit=100)
        tracking_no = clean_text(tracking_no, "tracking number", required=True, limit=100)
        for u in units:
            final = (UnitState.RETURNED_AS_IS if u.disposition is Disposition.RETURN_AS_IS
                     else UnitState.SHIPPED)
            self._move(actor, u, "shipped", final, custody=Custody.CUSTOMER, note_no=note_no)
        replacements = [u.replacement_serial for u in self.units
                        if u.disposition is Disposition.REPLACED and u.replacement_serial]
        note = ShippingNote(
            note_no=note_no, rma_no=self.rma_no, carrier=carrier, tracking_no=tracking_no,
            shipped_by=actor.user_id or 0, serials=[u.serial for u in units],
            replacements=replacements,
            label={"model": self.model, "quantity": len(units) + len(replacements),
                   "customer": self.customer},
            address=address,
        )
        _stamp(note, signature)
        self.pending.append(note)
        self._log(actor, "shipping_note", note_no=note_no, carrier=carrier,
                  tracking_no=tracking_no, quantity=len(units),
                  **({"address": address} if address else {}), **_signature_detail(signature))
        note.rule = self.evaluate_complaint_rule(actor, policy, notice_no, delivery)
        self._refresh_status(actor)
        return note

    def non_customer_causes(self) -> dict[str, int]:
        causes: dict[str, int] = {}
        for u in self.units:
            if u.cause_category in COMPLAINT_CAUSES:
                causes[u.cause_category.value] = causes.get(u.cause_category.value, 0) + 1
        return causes

    def evaluate_complaint_rule(self, actor: Actor, policy: Policy,
                                notice_no: Callable[[], str],
                                delivery: DeliveryTally | None = None) -> RuleVerdict:
        """Step 8 over the delivery this RMA refers to (``delivery``: the other RMAs against
        it, as stored). ``notice_no`` is called only when a notice is raised (numbers stay
        dense). Every evaluation is logged, the ones that cannot be made too: the record
        shows the rule was not silently skipped."""
        if delivery is not None and delivery.delivery_id != self.delivery_id:
            raise ValueError(f"{self.rma_no} refers to another delivery")  # a caller's bug
        verdict = evaluate_delivery(delivery, self.non_customer_causes(),
                                    policy.complaint_threshold,
                                    own_counted=self.complaint_notice_raised)
        shipped = sum(1 for u in self.units if u.state is UnitState.SHIPPED)
        detail: dict[str, Any] = {"outcome": verdict.outcome.value,
                                  "delivery_no": verdict.delivery_no,
                                  "delivered_qty": verdict.delivered_qty,
                                  "non_customer_units": verdict.non_customer_units}
        if verdict.outcome is RuleOutcome.RAISED:
            assert delivery is not None
            verdict = dataclasses.replace(verdict, notice_no=notice_no())
            self.pending.append(ComplaintNotice(
                notice_no=verdict.notice_no or "", rma_no=self.rma_no,
                non_customer_units=verdict.non_customer_units, shipped_qty=shipped,
                causes=dict(verdict.causes), delivery_id=delivery.delivery_id,
                delivery_no=delivery.delivery_no, delivered_qty=delivery.delivered_qty))
            self.complaint_notice_raised = True
            self._log(actor, "complaint_notice_raised", notice_no=verdict.notice_no,
                      shipped_qty=shipped, **{k: v for k, v in detail.items() if k != "outcome"})
        elif verdict.outcome is RuleOutcome.JOINED:
            self.pending.append(ComplaintNoticeJoined(
                notice_no=verdict.notice_no or "", rma_no=self.rma_no,
                non_customer_units=verdict.non_customer_units, causes=dict(verdict.causes)))
            self.complaint_notice_raised = True
            self._log(actor, "complaint_notice_joined", notice_no=verdict.notice_no,
                      **{k: v for k, v in detail.items() if k != "outcome"})
        else:
            self._log(actor, "complaint_rule", notice_no=verdict.notice_no, **detail)
        return verdict

    # -- other outcomes ---------------------------------------------------------------------

    def return_as_is(self, actor: Actor, serial: str, reason: str) -> None:
        """The customer declines a customer-paid repair: the unit goes back unrepaired."""
        actor.require({Role.BUSINESS_CLERK}, "return a unit as-is")
        if self.billing is not Billing.PAID:
            raise NotPermitted(Reason.NOT_PAID_REPAIR, rma_no=self.rma_no)
        unit = self.unit(serial)
        reason = clean_text(reason, "reason", required=True)
        self._expect(unit, "return as-is", UnitState.RECEIVED, UnitState.AWAITING_SCREENING,
                     UnitState.TO_REPAIR, UnitState.TO_REWORK)
        unit.disposition = Disposition.RETURN_AS_IS
        to = UnitState.READY_TO_SHIP if unit.custody is Custody.RECEIVING else UnitState.READY_TO_PACK
        self._move(actor, unit, "return_as_is", to, reason=reason)

    def apply_decision(self, actor: Actor, escalation: Escalation, decision: str, reason: str,
                       *, replacement_serial: str | None = None,
                       new_due_date: date | None = None) -> None:
        """A supervisor's decision on a unit escalation (the escalation module checks roles)."""
        assert escalation.serial is not None
        unit = self.unit(escalation.serial)
        expected = UnitState.NFF_REVIEW if escalation.kind is EscalationKind.NFF else UnitState.ESCALATED
        self._expect(unit, f"decide '{decision}'", expected)
        detail: dict[str, Any] = {"escalation": escalation.kind.value, "decision": decision,
                                  "reason": reason}
        if decision == "return_to_customer":
            # Cleared by a supervisor with a reason: only now may an NFF unit head for the customer.
            unit.cause_category = unit.cause_category or CauseCategory.NFF
            to = UnitState.READY_TO_PACK if unit.custody is Custody.QC else UnitState.RETURNING
            self._move(actor, unit, "decision", to, **detail)
        elif decision == "return_as_is":
            unit.disposition = Disposition.RETURN_AS_IS
            to = UnitState.READY_TO_PACK if unit.custody is Custody.QC else UnitState.RETURNING
            self._move(actor, unit, "decision", to, **detail)
        elif decision == "repair":
            unit.work_kind = WorkKind.REPAIR
            self._move(actor, unit, "decision", UnitState.TO_REPAIR, **detail)
        elif decision == "resume":
            if escalation.kind is EscalationKind.REWORK_LIMIT:
                unit.loop_allowance += 1
                self._move(actor, unit, "decision", UnitState.TO_REPAIR, **detail)
            else:
                if escalation.kind is EscalationKind.DUE_DATE:
                    if new_due_date is None:
                        raise InvalidInput(Reason.FIELD_REQUIRED, field="new due date")
                    self.due_date = new_due_date
                    unit.due_confirmed = True
                    detail["new_due_date"] = new_due_date.isoformat()
                self._move(actor, unit, "decision", UnitState.IN_REPAIR, **detail)
        elif decision in ("scrap", "scrap_replace", "refund"):
            if decision == "scrap_replace":
                if not replacement_serial:
                    raise InvalidInput(Reason.FIELD_REQUIRED, field="replacement serial")
                unit.replacement_serial = clean_serial(replacement_serial)
                unit.disposition = Disposition.REPLACED
                detail["replacement_serial"] = unit.replacement_serial
            else:
                unit.disposition = (Disposition.REFUND if decision == "refund"
                                    else Disposition.SCRAPPED)
            self._move(actor, unit, "decision", UnitState.SCRAPPED, custody=Custody.SCRAP,
                       **detail)
            self._refresh_status(actor)
        else:  # the escalation module validated the decision; this is a programming error
            raise AssertionError(decision)

    def _distinct_units(self, serials: list[str]) -> list[Unit]:
        seen: dict[str, Unit] = {}
        for s in serials:
            if s in seen:
                raise InvalidInput(Reason.SERIAL_DUPLICATE, serial=s)
            seen[s] = self.unit(s)
        return list(seen.values())


def billing_of(value: object) -> Billing:
    """The billing a form names, or InvalidInput naming the choices."""
    return _choice(Billing, value, "billing")


def _choice(enum: type[_E], value: object, field_name: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        raise InvalidInput(Reason.VALUE_INVALID, value=value, field=field_name,
                           allowed=", ".join(e.value for e in enum)) from None


_Signed = TypeVar("_Signed", AnomalyForm, Reinspection, ShippingNote, Escalation)


def _stamp(record: _Signed, signature: Signature | None) -> _Signed:
    """Record on a signed record which certificate signed it and with what."""
    if signature is not None:
        record.certificate_fingerprint = signature.certificate_fingerprint
        record.signed_with = signature.signed_with
    return record


def _signature_detail(signature: Signature | None) -> dict[str, str]:
    if signature is None:
        return {}
    return {"certificate_fingerprint": signature.certificate_fingerprint,
            "signed_with": signature.signed_with}


def _verdict(value: Verdict | str) -> Verdict:
    return _choice(Verdict, str(value).strip().upper(), "verdict")
