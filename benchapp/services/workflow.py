"""Workflow use cases: receive, screen, hand over, repair, re-inspect, pack, ship, decide."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchapp.domain import escalation as escalation_rules
from benchapp.domain import handover as handover_rules
from benchapp.domain.errors import HandoverRefused
from benchapp.domain.handover import Handover, HandoverStatus, PresentedSlip, Refusal
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import (
    AnomalyForm,
    Escalation,
    LogEntry,
    NewRma,
    PartReplaced,
    RepairRecord,
    Rma,
    ShippingNote,
    Verdict,
)
from benchapp.domain.roles import Actor, Station
from benchapp.domain.rules import RepeatReturn, repeat_return
from benchapp.services.unit_of_work import AbstractUnitOfWork


@dataclass(frozen=True)
class Received:
    rma_no: str
    serials: list[str]
    repeats: dict[str, RepeatReturn]


def receive_rma(uow: AbstractUnitOfWork, actor: Actor, form: NewRma) -> Received:
    """Step 1. Flags repeat returns: a serial seen in earlier RMAs, with that history."""
    with uow:
        policy = uow.policy()
        now = uow.now()
        serials = list(form.serials)
        open_serials = uow.rmas.open_serials(serials) if serials else {}
        history = uow.rmas.earlier_returns(serials) if serials else {}
        repeats: dict[str, RepeatReturn] = {}
        for serial, earlier in history.items():
            flag = repeat_return(serial, earlier, now, policy.repeat_window_days)
            if flag is not None:
                repeats[serial] = flag
        rma_no = uow.next_no(DocKind.RMA)
        rma = Rma.receive(actor, rma_no, form, open_serials=open_serials, repeats=repeats)
        uow.rmas.add(rma)
        uow.commit()
        return Received(rma_no=rma_no, serials=[u.serial for u in rma.units], repeats=repeats)


def correct_rma(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, field: str, value: str,
                reason: str, expected_version: int | None = None) -> tuple[str, str]:
    """A clerk corrects an RMA's header before its first handover (logged with the old and the
    new value and the reason). Returns (old, new)."""
    with uow:
        rma = uow.rmas.get(rma_no, expected_version=expected_version)
        handed_over = bool(uow.handovers.list(rma_no=rma_no))
        old_new = rma.correct_header(actor, field, value, reason, handed_over=handed_over)
        uow.commit()
        return old_new


def offer_handover(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                   from_station: Station, to_station: Station, serials: list[str],
                   declared_count: int) -> Handover:
    """The giver signs a slip listing the units and the declared count."""
    with uow:
        rma = uow.rmas.get(rma_no)
        slip_no = uow.next_no(DocKind.SLIP)
        handover = handover_rules.offer_handover(
            rma, actor, slip_no=slip_no, from_station=from_station, to_station=to_station,
            serials=list(serials), declared_count=declared_count, now=uow.now(),
            open_slips=uow.handovers.open_slips(serials))
        uow.handovers.add(handover)
        uow.commit()
        return handover


def presented_from_record(uow: AbstractUnitOfWork, slip_no: str) -> PresentedSlip:
    """The slip as stored with the handover (the signed PDF supplies it once slips exist)."""
    with uow:
        return uow.handovers.get(slip_no).presented()


def accept_handover(uow: AbstractUnitOfWork, actor: Actor, *, slip_no: str, station: Station,
                    scanned: list[str], slip: PresentedSlip | None) -> Handover:
    """The receiver counts by scanning. A failed check is recorded as a refusal and re-raised.

    QP-TPZ-002 5.3.4: the receiving station must refuse; it never corrects the slip itself.
    """
    with uow:
        handover = uow.handovers.get(slip_no)
        # A slip another bench has just taken is refused before the RMA and its units are
        # read: when benches contend, most attempts end here.
        handover_rules.require_open(handover)
        rma = uow.rmas.get(handover.rma_no)
        now = uow.now()
        try:
            handover_rules.accept_handover(handover, rma, actor, station=station, slip=slip,
                                           scanned=list(scanned), now=now)
        except HandoverRefused as refused:
            rma.pending.clear()
            handover_rules.refuse_handover(handover, rma, actor, station=station,
                                           refusal=refused.refusal,
                                           note=_refusal_note(refused), now=now)
            uow.commit()
            raise
        uow.commit()
        return handover


def refuse_handover(uow: AbstractUnitOfWork, actor: Actor, *, slip_no: str, station: Station,
                    refusal: Refusal, note: str = "") -> Handover:
    with uow:
        handover = uow.handovers.get(slip_no)
        rma = uow.rmas.get(handover.rma_no)
        handover_rules.refuse_handover(handover, rma, actor, station=station, refusal=refusal,
                                       note=note, now=uow.now())
        uow.commit()
        return handover


def escalate_overdue_handovers(uow: AbstractUnitOfWork, actor: Actor) -> list[str]:
    """Raise an escalation for every open slip older than the shop's limit (once per slip)."""
    with uow:
        now = uow.now()
        hours = uow.policy().overdue_handover_hours
        open_slips = uow.handovers.list(status=HandoverStatus.OPEN)
        already = {e.slip_no for e in uow.escalations.list(
            status=None, kind="overdue_handover", slip_nos=[h.slip_no for h in open_slips])}
        raised = []
        for h in open_slips:
            if h.slip_no in already or not h.is_overdue(now, hours):
                continue  # the RMA aggregate is read only for a slip that is late
            rma = uow.rmas.get(h.rma_no)
            if handover_rules.escalate_if_overdue(h, rma, actor, now=now, hours=hours):
                raised.append(h.slip_no)
        uow.commit()
        return raised


def _refusal_note(refused: HandoverRefused) -> str:
    p = refused.params
    if "expected" in p and "counted" in p:
        parts = [f"declared {p['expected']}, counted {p['counted']}"]
        if p.get("missing"):
            parts.append("missing " + ", ".join(p["missing"]))
        if p.get("extra"):
            parts.append("not on slip " + ", ".join(p["extra"]))
        return "; ".join(parts)
    if "serial" in p:
        return f"{p['serial']} is with {p.get('custody', '?')}"
    if "station" in p:
        return f"received at {p['station']}, slip is for {p.get('expected')}"
    return ""


# -- screening, repair, re-inspection ---------------------------------------------------------


def _on_rma(uow: AbstractUnitOfWork, rma_no: str, op: Any,
            expected_version: int | None = None) -> Any:
    with uow:
        rma = uow.rmas.get(rma_no, expected_version=expected_version)
        result = op(rma)
        uow.commit()
        return result


def record_screening_test(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                          verdict: str, measurements: list[dict[str, Any]] | None = None) -> None:
    _on_rma(uow, rma_no, lambda rma: rma.record_screening_test(actor, serial, verdict,
                                                                 measurements))


def record_visual_inspection(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                             serial: str, verdict: str, defect: str = "",
                             responsible_inspector_id: int | None = None) -> str:
    with uow:
        rma = uow.rmas.get(rma_no)
        form_no = None
        if str(verdict).strip().upper() == Verdict.FAIL:
            if responsible_inspector_id is not None:
                uow.users.get(responsible_inspector_id)  # NotFound for an unknown inspector
            form_no = uow.next_no(DocKind.ANOMALY_FORM)
        outcome = rma.record_visual_inspection(
            actor, serial, verdict, defect=defect,
            responsible_inspector_id=responsible_inspector_id, form_no=form_no)
        uow.commit()
        return outcome


def sign_anomaly_form(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                      form_no: str) -> AnomalyForm:
    return _on_rma(uow, rma_no, lambda rma: rma.sign_anomaly_form(actor, form_no))


def confirm_due_date(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                     can_meet: bool, note: str = "", expected_version: int | None = None) -> None:
    _on_rma(uow, rma_no, lambda rma: rma.confirm_due_date(actor, serial, can_meet=can_meet,
                                                            note=note), expected_version)


def cannot_find_fault(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                      note: str) -> None:
    _on_rma(uow, rma_no, lambda rma: rma.cannot_find_fault(actor, serial, note))


def record_repair(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                  symptom: str, root_cause: str, cause_category: str,
                  responsible_process: str, responsible_department: str, actions: str,
                  parts: Iterable[PartReplaced] = (), repair_minutes: int,
                  expected_version: int | None = None) -> RepairRecord:
    """``expected_version``: the RMA version the form was filled from (optimistic lock)."""
    return _on_rma(uow, rma_no, lambda rma: rma.record_repair(
        actor, serial, symptom=symptom, root_cause=root_cause, cause_category=cause_category,
        responsible_process=responsible_process, responsible_department=responsible_department,
        actions=actions, parts=list(parts), repair_minutes=repair_minutes), expected_version)


def record_reinspection_test(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                             serial: str, verdict: str,
                             measurements: list[dict[str, Any]] | None = None) -> None:
    with uow:
        rma = uow.rmas.get(rma_no)
        rma.record_reinspection_test(actor, serial, verdict, uow.policy(), measurements)
        uow.commit()


def record_oqc(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
               verdict: str, notes: str = "") -> None:
    with uow:
        rma = uow.rmas.get(rma_no)
        rma.record_oqc(actor, serial, verdict, uow.policy(), notes)
        uow.commit()


def pack_units(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serials: list[str],
               counted: int) -> None:
    _on_rma(uow, rma_no, lambda rma: rma.pack(actor, serials, counted))


def ship_units(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serials: list[str],
               carrier: str, tracking_no: str) -> ShippingNote:
    """Step 7, with the step-8 complaint-notice rule evaluated as the RMA ships."""
    with uow:
        rma = uow.rmas.get(rma_no)
        policy = uow.policy()
        note_no = uow.next_no(DocKind.SHIPPING_NOTE)
        note = rma.ship(actor, serials, note_no=note_no, carrier=carrier,
                        tracking_no=tracking_no, policy=policy,
                        notice_no=lambda: uow.next_no(DocKind.COMPLAINT_NOTICE))
        uow.commit()
        return note


def return_as_is(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                 reason: str) -> None:
    _on_rma(uow, rma_no, lambda rma: rma.return_as_is(actor, serial, reason))


def decide_escalation(uow: AbstractUnitOfWork, actor: Actor, *, escalation_id: int,
                      decision: str, reason: str, replacement_serial: str | None = None,
                      new_due_date: date | None = None,
                      certificate_fingerprint: str | None = None) -> Escalation:
    """A supervisor decides an open escalation. ``certificate_fingerprint``: the decision was
    signed (services.decisions.decide_signed); the tracking-log line names the signer's
    certificate."""
    with uow:
        esc = uow.escalations.get(escalation_id)
        rma = uow.rmas.get(esc.rma_no)
        handover = uow.handovers.get(esc.slip_no) if esc.slip_no else None
        already = len(rma.pending)
        escalation_rules.decide(esc, rma, actor, decision=decision, reason=reason,
                                now=uow.now(), handover=handover,
                                replacement_serial=replacement_serial,
                                new_due_date=new_due_date)
        if certificate_fingerprint is not None:
            for entry in rma.pending[already:]:
                if isinstance(entry, LogEntry) and entry.action == "decision":
                    entry.detail["signed_by"] = actor.username
                    entry.detail["certificate_fingerprint"] = certificate_fingerprint
        uow.commit()
        return esc
