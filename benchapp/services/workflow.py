"""Workflow use cases: receive, screen, repair, re-inspect, pack, ship, decide.

Handovers have one path, the signed one: services.slips. Each use case re-reads the acting
user in its transaction (services.actors.current_actor) and passes the stored user, not the
caller's Actor, to the domain. The acts the procedure calls signed (anomaly form, re-test,
OQC, shipping note, a supervisor's decision) take the signer's password and store the
certificate it unlocked (services.signing.sign_as).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchapp.domain import escalation as escalation_rules
from benchapp.domain import handover as handover_rules
from benchapp.domain.defect_codes import check_cause_pick, check_code, unknown_code
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.handover import HandoverStatus
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import (
    AnomalyForm,
    Escalation,
    NewRma,
    PartReplaced,
    RepairRecord,
    Rma,
    ShippingNote,
    Verdict,
    billing_of,
)
from benchapp.domain.roles import Actor
from benchapp.domain.rules import RepeatReturn, repeat_return
from benchapp.services import deliveries, warranty
from benchapp.services.actors import current_actor, signed_act
from benchapp.services.signing import sign_as
from benchapp.services.signing_session import Secret
from benchapp.services.slips import SlipPort
from benchapp.services.unit_of_work import AbstractUnitOfWork


@dataclass(frozen=True)
class Received:
    rma_no: str
    serials: list[str]
    repeats: dict[str, RepeatReturn]


def receive_rma(uow: AbstractUnitOfWork, actor: Actor, form: NewRma) -> Received:
    """Step 1. Flags repeat returns: a serial seen in earlier RMAs, with that history."""
    with uow:
        actor = current_actor(uow, actor)
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
        delivery = deliveries.resolve_for_receipt(uow, actor, form)
        # Issue 17.2: each unit's warranty from the record presets the billing; another
        # billing needs the clerk's reason (refused before a number is drawn).
        cover = warranty.for_receipt(uow, form, delivery, billing_of(form.billing))
        rma_no = uow.next_no(DocKind.RMA)
        rma = Rma.receive(actor, rma_no, form, open_serials=open_serials, repeats=repeats,
                          delivery=delivery, warranty=cover.detail(),
                          billing_preset=cover.preset, billing_reason=cover.reason)
        uow.rmas.add(rma)
        uow.commit()
        return Received(rma_no=rma_no, serials=[u.serial for u in rma.units], repeats=repeats)


def correct_rma(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, field: str, value: str,
                reason: str, expected_version: int | None = None) -> tuple[str, str]:
    """A clerk corrects an RMA's header before its first handover (logged with the old and the
    new value and the reason). Returns (old, new)."""
    with uow:
        actor = current_actor(uow, actor)
        rma = uow.rmas.get(rma_no, expected_version=expected_version)
        handed_over = bool(uow.handovers.list(rma_no=rma_no))
        old_new = rma.correct_header(actor, field, value, reason, handed_over=handed_over)
        uow.commit()
        return old_new


def escalate_overdue_handovers(uow: AbstractUnitOfWork, actor: Actor) -> list[str]:
    """Raise an escalation for every open slip older than the shop's limit (once per slip)."""
    with uow:
        actor = current_actor(uow, actor)
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


# -- screening, repair, re-inspection ---------------------------------------------------------


def _on_rma(uow: AbstractUnitOfWork, actor: Actor, rma_no: str,
            op: Callable[[Rma, Actor], Any], expected_version: int | None = None) -> Any:
    """Run ``op(rma, actor)`` with the acting user as stored now, and commit."""
    with uow:
        actor = current_actor(uow, actor)
        rma = uow.rmas.get(rma_no, expected_version=expected_version)
        result = op(rma, actor)
        uow.commit()
        return result


def record_screening_test(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                          verdict: str, measurements: list[dict[str, Any]] | None = None) -> None:
    _on_rma(uow, actor, rma_no, lambda rma, who: rma.record_screening_test(
        who, serial, verdict, measurements))


def record_visual_inspection(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                             serial: str, verdict: str, defect: str = "",
                             responsible_inspector_id: int | None = None,
                             defect_code: str = "") -> str:
    """``defect_code``: from the defect-code library, beside the free text (optional)."""
    with uow:
        actor = current_actor(uow, actor)
        if defect_code:
            defect_code = check_code(defect_code, "defect code")
            if not uow.defect_codes.has_defect(defect_code):
                raise unknown_code(defect_code, "defect code")
        rma = uow.rmas.get(rma_no)
        form_no = None
        if str(verdict).strip().upper() == Verdict.FAIL:
            if responsible_inspector_id is not None:
                uow.users.get(responsible_inspector_id)  # NotFound for an unknown inspector
            form_no = uow.next_no(DocKind.ANOMALY_FORM)
        outcome = rma.record_visual_inspection(
            actor, serial, verdict, defect=defect,
            responsible_inspector_id=responsible_inspector_id, form_no=form_no,
            defect_code=defect_code)
        uow.commit()
        return outcome


@signed_act
def sign_anomaly_form(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, form_no: str,
                      password: Secret, port: SlipPort) -> AnomalyForm:
    """The responsible inspector confirms the escaped defect with their signature."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        form = uow.rmas.get(rma_no).sign_anomaly_form(actor, form_no, signature)
        uow.commit()
        return form


def confirm_due_date(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                     can_meet: bool, note: str = "", expected_version: int | None = None) -> None:
    _on_rma(uow, actor, rma_no, lambda rma, who: rma.confirm_due_date(
        who, serial, can_meet=can_meet, note=note), expected_version)


def cannot_find_fault(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                      note: str) -> None:
    _on_rma(uow, actor, rma_no, lambda rma, who: rma.cannot_find_fault(who, serial, note))


def record_repair(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                  symptom: str, root_cause: str, cause_category: str,
                  responsible_process: str, responsible_department: str, actions: str,
                  parts: Iterable[PartReplaced] = (), repair_minutes: int,
                  expected_version: int | None = None, cause_code: str = "") -> RepairRecord:
    """``expected_version``: the RMA version the form was filled from (optimistic lock).
    ``cause_code``: from the defect-code library, beside the free root cause (optional); it
    must be in the library and brings its cause category."""

    def record(rma: Rma, who: Actor) -> RepairRecord:
        code = ""
        if cause_code:
            code = check_code(cause_code, "cause code")
            picked = uow.defect_codes.cause(code)
            if picked is None:
                raise unknown_code(code)
            check_cause_pick(picked, cause_category)
        return rma.record_repair(
            who, serial, symptom=symptom, root_cause=root_cause, cause_category=cause_category,
            responsible_process=responsible_process,
            responsible_department=responsible_department, actions=actions, parts=list(parts),
            repair_minutes=repair_minutes, cause_code=code)

    return _on_rma(uow, actor, rma_no, record, expected_version)


@signed_act
def record_reinspection_test(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                             serial: str, verdict: str, password: Secret, port: SlipPort,
                             measurements: list[dict[str, Any]] | None = None) -> None:
    """Step 5: the tester signs the re-test verdict."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        rma = uow.rmas.get(rma_no)
        rma.record_reinspection_test(actor, serial, verdict, uow.policy(), measurements,
                                     signature=signature)
        uow.commit()


@signed_act
def record_oqc(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
               verdict: str, password: Secret, port: SlipPort, notes: str = "") -> None:
    """Step 5: the OQC inspector signs the full inspection."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        rma = uow.rmas.get(rma_no)
        rma.record_oqc(actor, serial, verdict, uow.policy(), notes, signature=signature)
        uow.commit()


def _batch(serials: Iterable[str]) -> list[str]:
    """The units of a batch signature, each once, in the order chosen."""
    chosen = list(dict.fromkeys(s.strip() for s in serials if s.strip()))
    if not chosen:
        raise InvalidInput(Reason.FIELD_REQUIRED, field="units")
    return chosen


@signed_act
def record_reinspection_tests(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                              serials: Iterable[str], verdict: str, password: Secret,
                              port: SlipPort,
                              measurements: dict[str, list[dict[str, Any]]] | None = None
                              ) -> list[str]:
    """Step 5 for several units of one RMA under one signature (issue 16): each unit's
    re-test is recorded, signed and logged on its own line; all of them or none."""
    chosen = _batch(serials)
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        rma = uow.rmas.get(rma_no)
        policy = uow.policy()
        for serial in chosen:
            rma.record_reinspection_test(actor, serial, verdict, policy,
                                         (measurements or {}).get(serial), signature=signature)
        uow.commit()
    return chosen


@signed_act
def record_oqc_batch(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                     serials: Iterable[str], verdict: str, password: Secret, port: SlipPort,
                     notes: str = "") -> list[str]:
    """The OQC verdict for several units of one RMA under one signature: each unit recorded
    and logged on its own; all of them or none."""
    chosen = _batch(serials)
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        rma = uow.rmas.get(rma_no)
        policy = uow.policy()
        for serial in chosen:
            rma.record_oqc(actor, serial, verdict, policy, notes, signature=signature)
        uow.commit()
    return chosen


def pack_units(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serials: list[str],
               counted: int) -> None:
    _on_rma(uow, actor, rma_no, lambda rma, who: rma.pack(who, serials, counted))


@signed_act
def ship_units(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serials: list[str],
               carrier: str, tracking_no: str, password: Secret, port: SlipPort,
               address: str = "") -> ShippingNote:
    """Step 7, the clerk signs the shipping note; the step-8 complaint-notice rule is
    evaluated over the RMA's delivery as it ships (``note.rule`` says what it found, also
    when it cannot be evaluated)."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        rma = uow.rmas.get(rma_no)
        policy = uow.policy()
        note_no = uow.next_no(DocKind.SHIPPING_NOTE)
        note = rma.ship(actor, serials, note_no=note_no, carrier=carrier,
                        tracking_no=tracking_no, policy=policy,
                        notice_no=lambda: uow.next_no(DocKind.COMPLAINT_NOTICE),
                        signature=signature, delivery=deliveries.tally_for(uow, rma),
                        address=address)
        uow.commit()
        return note


def return_as_is(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, serial: str,
                 reason: str) -> None:
    _on_rma(uow, actor, rma_no, lambda rma, who: rma.return_as_is(who, serial, reason))


@signed_act
def decide_escalation(uow: AbstractUnitOfWork, actor: Actor, *, escalation_id: int,
                      decision: str, reason: str, password: Secret, port: SlipPort,
                      replacement_serial: str | None = None,
                      new_due_date: date | None = None,
                      participants: list[tuple[str, str]] | None = None) -> Escalation:
    """A supervisor decides an open escalation, signed with their password: the escalation
    and the tracking-log line of the decision carry the signer's certificate fingerprint
    and who took part (``participants``: (department, name); required for NFF)."""
    with uow:
        actor = current_actor(uow, actor)
        signature = sign_as(uow, actor, password, port)
        esc = uow.escalations.get(escalation_id)
        # Locked before anything is written: cancelling an overdue slip writes its units, the
        # RMA and the slip, and an accept of the same slip holds the slip while it writes the
        # units. Both lock the slip first, so neither waits on the other in a circle.
        handover = uow.handovers.get(esc.slip_no, lock=True) if esc.slip_no else None
        rma = uow.rmas.get(esc.rma_no)
        escalation_rules.decide(esc, rma, actor, decision=decision, reason=reason,
                                now=uow.now(), handover=handover,
                                replacement_serial=replacement_serial,
                                new_due_date=new_due_date, signature=signature,
                                participants=participants)
        uow.commit()
        return esc
