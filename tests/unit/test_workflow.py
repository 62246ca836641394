"""Every step of QP-TPZ-002 section 6 and every refusal, through the services on fakes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from benchapp.domain import handover as handover_rules
from benchapp.domain.errors import (
    AuthError,
    HandoverRefused,
    InvalidInput,
    NotFound,
    NotPermitted,
    OutOfOrder,
    Reason,
)
from benchapp.domain.handover import PresentedSlip, Refusal
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Actor, Role, Station
from benchapp.domain.rules import Policy
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from benchapp.slips.errors import CredentialError
from tests.fakes import FakeUnitOfWork
from tests.workflow_helpers import PASSWORD, Bench
from tests.workflow_helpers import NFF_PANEL


@pytest.fixture
def bench():
    return Bench(FakeUnitOfWork())


def log_actions(bench, rma_no):
    with bench.uow:
        return [(e.action, e.serial, e.from_state, e.to_state) for e in
                bench.uow.log.for_rma(rma_no)]


# -- step 1: receive ----------------------------------------------------------------------


def test_receive_generates_serials_and_logs_each_unit(bench):
    rma_no, serials = bench.receive(3)
    assert rma_no == "RMA-000001"
    assert serials == ["RMA-000001-001", "RMA-000001-002", "RMA-000001-003"]
    actions = log_actions(bench, rma_no)
    assert actions[0][0] == "rma_received"
    assert [a for a in actions if a[0] == "unit_received"] == [
        ("unit_received", s, None, "received") for s in serials]


def test_receive_with_scanned_serials_keeps_them(bench):
    _, serials = bench.receive(2, serials=["SN-A1", " SN-A2 "])
    assert serials == ["SN-A1", "SN-A2"]


@pytest.mark.parametrize(("declared", "counted", "serials", "reason"), [
    (0, 1, [], Reason.COUNT_NOT_POSITIVE),
    (-2, 1, [], Reason.COUNT_NOT_POSITIVE),
    (1, 0, [], Reason.COUNT_NOT_POSITIVE),
    (2, 2, ["A"], Reason.COUNT_MISMATCH),
    (2, 2, ["A", "A"], Reason.SERIAL_DUPLICATE),
    (1, 1, ["A\x07B"], Reason.SERIAL_CONTROL_CHARS),
    (1, 1, ["A\nB"], Reason.SERIAL_CONTROL_CHARS),
    (1, 1, ["X" * 65], Reason.SERIAL_TOO_LONG),
    (1, 1, ["   "], Reason.SERIAL_EMPTY),
])
def test_receive_rejects_bad_input_and_writes_nothing(bench, declared, counted, serials, reason):
    form = NewRma(customer="C", model="M", declared_qty=declared, counted_qty=counted,
                  complaint="x", serials=serials)
    with pytest.raises(InvalidInput) as err:
        wf.receive_rma(bench.uow, bench.business_clerk, form)
    assert err.value.reason is reason
    assert bench.uow.commits == 0


def test_serial_of_exactly_64_characters_is_accepted(bench):
    _, serials = bench.receive(1, serials=["X" * 64])
    assert serials == ["X" * 64]


def test_receive_needs_business_clerk(bench):
    form = NewRma(customer="C", model="M", declared_qty=1, counted_qty=1, complaint="x")
    with pytest.raises(NotPermitted) as err:
        wf.receive_rma(bench.uow, bench.tester, form)
    assert err.value.reason is Reason.ROLE_REQUIRED


def test_unknown_role_is_a_typed_error():
    from benchapp.domain.roles import parse_role

    with pytest.raises(InvalidInput) as err:
        parse_role("wizard")
    assert err.value.reason is Reason.UNKNOWN_ROLE


def test_declared_and_counted_may_differ_and_it_is_logged(bench):
    form = NewRma(customer="C", model="M", declared_qty=5, counted_qty=4, complaint="x")
    r = wf.receive_rma(bench.uow, bench.business_clerk, form)
    with bench.uow:
        first = bench.uow.log.for_rma(r.rma_no)[0]
    assert first.detail["count_differs"] is True
    assert len(r.serials) == 4


def test_serial_still_in_process_elsewhere_is_refused(bench):
    bench.receive(1, serials=["SN-1"])
    with pytest.raises(InvalidInput) as err:
        bench.receive(1, serials=["SN-1"])
    assert err.value.reason is Reason.SERIAL_IN_OPEN_RMA


def test_repeat_return_is_flagged_with_history(bench):
    rma1, _ = bench.receive(1, serials=["SN-R"])
    bench.full_repair(rma1, ["SN-R"])
    bench.uow.clock.tick(days=30)
    r = wf.receive_rma(bench.uow, bench.business_clerk, NewRma(
        customer="C", model="M", declared_qty=1, counted_qty=1, complaint="again",
        serials=["SN-R"]))
    flag = r.repeats["SN-R"]
    assert flag.ordinal == 2 and flag.within_window
    assert flag.summary() == "2nd return in 90 days"
    assert [e.rma_no for e in flag.earlier] == [rma1]
    assert bench.rma(r.rma_no).unit("SN-R").repeat_count == 1


def test_repeat_return_outside_the_window(bench):
    rma1, _ = bench.receive(1, serials=["SN-R"])
    bench.full_repair(rma1, ["SN-R"])
    bench.uow.clock.tick(days=200)
    r = wf.receive_rma(bench.uow, bench.business_clerk, NewRma(
        customer="C", model="M", declared_qty=1, counted_qty=1, complaint="again",
        serials=["SN-R"]))
    assert not r.repeats["SN-R"].within_window
    assert r.repeats["SN-R"].summary() == "2nd return last 200 days ago"


# -- handovers (5.3.3, 5.3.4) -------------------------------------------------------------------


def offer(bench, rma_no, serials, frm=Station.RECEIVING, to=Station.QC, giver=None,
          declared=None):
    """The giver signs a slip (services.slips, the one handover path)."""
    return ss.hand_over(bench.uow, giver or bench.business_clerk, rma_no=rma_no,
                        from_station=frm, to_station=to, serials=serials,
                        declared_count=len(serials) if declared is None else declared,
                        password=PASSWORD, port=bench.port)


def accept(bench, slip_no, scanned, station=Station.QC, actor=None):
    """The receiver verifies the stored slip, counts by scanning and countersigns."""
    return ss.receive(bench.uow, actor or bench.packer, slip_no=slip_no, station=station,
                      scanned=scanned, password=PASSWORD, port=bench.port)


def test_accepted_handover_moves_every_unit(bench):
    rma_no, serials = bench.receive(2)
    slip = bench.to_qc(rma_no, serials)
    rma = bench.rma(rma_no)
    assert {(u.state.value, u.custody.value) for u in rma.units} == {("awaiting_screening", "qc")}
    with bench.uow:
        h = bench.uow.handovers.get(slip)
    assert h.status.value == "accepted" and h.counted == 2
    assert ss.list_slips(bench.uow, rma_no)[0].state == "received"


def refuse_case(bench, *, scanned=None, change_slip=None):
    """Offer 3 units to QC; ``change_slip(state)`` tampers with the stored slip first."""
    rma_no, serials = bench.receive(3)
    h = offer(bench, rma_no, serials)
    if change_slip is not None:
        change_slip(bench.uow.committed, h.slip_no)
    with pytest.raises(HandoverRefused) as err:
        accept(bench, h.slip_no, serials if scanned is None else scanned)
    return rma_no, h, err.value


def assert_refused_and_nothing_moved(bench, rma_no, h, refused, reason):
    assert refused.refusal is reason
    with bench.uow:
        stored = bench.uow.handovers.get(h.slip_no)
        escalations = bench.uow.escalations.list()
    assert stored.status.value == "refused" and stored.refusal is reason
    assert stored.receiver_id == bench.packer.user_id
    assert all(u.custody.value == "receiving" and u.state.value == "received"
               for u in bench.rma(rma_no).units)
    assert [e.kind.value for e in escalations] == ["disputed_handover"]
    assert ("handover_refused", None, "open", "refused") in log_actions(bench, rma_no)


def _drop_slip(state, slip_no):
    del state.slips[slip_no]


def _change_the_count(state, slip_no):
    # The stored slip says 2 units where the giver signed for 3 (FakeSlipPort's JSON slip;
    # tests/integration/slips covers a changed byte in a real PDF).
    record = state.slips[slip_no]
    record.pdf = record.pdf.replace(b'\\"declared_count\\": 3', b'\\"declared_count\\": 2')
    assert b'\\"declared_count\\": 2' in record.pdf


def test_refuse_missing_slip(bench):
    rma_no, h, refused = refuse_case(bench, change_slip=_drop_slip)
    assert_refused_and_nothing_moved(bench, rma_no, h, refused, Refusal.MISSING_SLIP)


def test_refuse_altered_slip(bench):
    rma_no, h, refused = refuse_case(bench, change_slip=_change_the_count)
    assert_refused_and_nothing_moved(bench, rma_no, h, refused, Refusal.SLIP_ALTERED)


@pytest.mark.parametrize(("signed", "dated", "refusal"), [
    (False, True, Refusal.UNSIGNED), (True, False, Refusal.UNDATED)])
def test_refuse_unsigned_or_undated_slip(bench, signed, dated, refusal):
    # What the receiving rules make of an unsigned or undated slip (a signed PDF slip is
    # always both: these cases come from paper or from a PDF signed outside benchapp).
    rma_no, serials = bench.receive(1)
    h = offer(bench, rma_no, serials)
    with bench.uow:
        handover = bench.uow.handovers.get(h.slip_no)
        presented = PresentedSlip(h.slip_no, handover.content_hash, signed,
                                  handover.giver_signed_at if dated else None)
        with pytest.raises(HandoverRefused) as err:
            handover_rules.accept_handover(handover, bench.uow.rmas.get(rma_no),
                                           bench.packer, station=Station.QC, slip=presented,
                                           scanned=serials, now=bench.uow.now())
    assert err.value.refusal is refusal


def test_refuse_count_mismatch_names_missing_and_extra(bench):
    rma_no, h, refused = refuse_case(bench, scanned=["RMA-000001-001", "RMA-000001-002",
                                                     "STRANGER"])
    assert_refused_and_nothing_moved(bench, rma_no, h, refused, Refusal.COUNT_MISMATCH)
    assert refused.params["missing"] == ["RMA-000001-003"]
    assert refused.params["extra"] == ["STRANGER"]
    with bench.uow:
        assert "missing RMA-000001-003" in bench.uow.handovers.get(h.slip_no).refusal_note
    assert ss.list_slips(bench.uow, rma_no)[0].state == "refused"  # the refusal is signed


def test_refuse_short_count(bench):
    rma_no, h, refused = refuse_case(bench, scanned=["RMA-000001-001"])
    assert refused.params["expected"] == 3 and refused.params["counted"] == 1


def test_refuse_wrong_station(bench):
    rma_no, serials = bench.receive(1)
    h = offer(bench, rma_no, serials)
    with pytest.raises(HandoverRefused) as err:
        accept(bench, h.slip_no, serials, station=Station.PACKING)
    assert err.value.refusal is Refusal.WRONG_STATION


def test_refuse_units_no_longer_in_givers_custody(bench):
    rma_no, serials = bench.receive(1, billing="paid")
    h = offer(bench, rma_no, serials)
    # The unit left the giver's hands after the slip was signed (returned as-is here).
    with bench.uow:
        rma = bench.uow.rmas.get(rma_no)
        rma.unit(serials[0]).custody = rma.unit(serials[0]).custody.__class__("qc")
        bench.uow.commit()
    with pytest.raises(HandoverRefused) as err:
        accept(bench, h.slip_no, serials)
    assert err.value.refusal is Refusal.NOT_IN_CUSTODY


def test_explicit_refusal_by_receiver(bench):
    rma_no, serials = bench.receive(1)
    h = offer(bench, rma_no, serials)
    ss.refuse(bench.uow, bench.packer, slip_no=h.slip_no, station=Station.QC,
              refusal=Refusal.MISSING_SLIP, note="no paper slip with the box", counted=0,
              password=PASSWORD, port=bench.port)
    with bench.uow:
        assert bench.uow.handovers.get(h.slip_no).refusal is Refusal.MISSING_SLIP


def test_refused_units_can_be_offered_again(bench):
    rma_no, h, _ = refuse_case(bench, scanned=[])
    bench.to_qc(rma_no, list(h.serials))
    assert bench.state(rma_no, h.serials[0]) == "awaiting_screening"


def test_closed_handover_cannot_be_accepted_twice(bench):
    rma_no, serials = bench.receive(1)
    slip = bench.to_qc(rma_no, serials)
    with pytest.raises(OutOfOrder) as err:
        accept(bench, slip, serials)
    assert err.value.reason is Reason.HANDOVER_CLOSED


def test_offer_guards(bench):
    rma_no, serials = bench.receive(2)
    with pytest.raises(InvalidInput) as err:  # wrong route
        offer(bench, rma_no, serials, to=Station.PACKING)
    assert err.value.reason is Reason.WRONG_ROUTE
    with pytest.raises(InvalidInput) as err:  # miscount by the giver
        offer(bench, rma_no, serials, declared=3)
    assert err.value.reason is Reason.COUNT_MISMATCH
    with pytest.raises(InvalidInput) as err:
        offer(bench, rma_no, [], declared=0)
    assert err.value.reason is Reason.COUNT_NOT_POSITIVE
    with pytest.raises(NotPermitted):  # a tester is not at receiving
        offer(bench, rma_no, serials, giver=bench.tester)
    with pytest.raises(OutOfOrder) as err:  # not in the giver's custody
        offer(bench, rma_no, serials, frm=Station.QC, to=Station.REPAIR, giver=bench.qc_lead)
    assert err.value.reason is Reason.NOT_IN_CUSTODY
    offer(bench, rma_no, serials[:1])
    with pytest.raises(OutOfOrder) as err:  # already on an open slip
        offer(bench, rma_no, serials)
    assert err.value.reason is Reason.ALREADY_IN_HANDOVER
    with pytest.raises(NotFound):
        offer(bench, rma_no, ["NOPE"])


def test_overdue_handover_escalates_once(bench):
    rma_no, serials = bench.receive(1)
    h = offer(bench, rma_no, serials)
    assert wf.escalate_overdue_handovers(bench.uow, bench.qc_supervisor) == []
    bench.uow.clock.tick(hours=5)
    assert wf.escalate_overdue_handovers(bench.uow, bench.qc_supervisor) == [h.slip_no]
    assert wf.escalate_overdue_handovers(bench.uow, bench.qc_supervisor) == []
    with bench.uow:
        esc = bench.uow.escalations.list()[0]
    assert esc.kind.value == "overdue_handover"
    wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc.id,
                         participants=NFF_PANEL,
                         decision="cancel_handover", reason="packer on leave; re-issue slip",
                         password=PASSWORD, port=bench.port)
    with bench.uow:
        assert bench.uow.handovers.get(h.slip_no).status.value == "cancelled"
    bench.to_qc(rma_no, serials)


# -- step 3: screening outcomes ----------------------------------------------------------------


def test_outcome_a_no_fault_found_goes_to_qc_supervisor(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    assert bench.screen(rma_no, serials[0], "PASS", "PASS") == "nff"
    assert bench.state(rma_no, serials[0]) == "nff_review"
    with bench.uow:
        (esc,) = bench.uow.escalations.list()
    assert esc.kind.value == "nff" and esc.serial == serials[0]
    # It must never head back to the customer without a decision.
    with pytest.raises(OutOfOrder):
        offer(bench, rma_no, serials, frm=Station.QC, to=Station.PACKING, giver=bench.qc_lead)


def test_nff_decision_needs_qc_supervisor_and_a_reason(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "PASS", "PASS")
    with bench.uow:
        esc_id = bench.uow.escalations.list()[0].id
    with pytest.raises(NotPermitted):
        wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc_id,
                             participants=NFF_PANEL,
                             decision="return_to_customer", reason="ok",
                             password=PASSWORD, port=bench.port)
    with pytest.raises(InvalidInput) as err:
        wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc_id,
                             participants=NFF_PANEL,
                             decision="return_to_customer", reason="  ",
                             password=PASSWORD, port=bench.port)
    assert err.value.reason is Reason.REASON_REQUIRED
    with pytest.raises(InvalidInput) as err:
        wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc_id,
                             participants=NFF_PANEL,
                             decision="resume", reason="x", password=PASSWORD, port=bench.port)
    assert err.value.reason is Reason.DECISION_NOT_ALLOWED
    wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc_id,
                         participants=NFF_PANEL,
                         decision="return_to_customer",
                         reason="联合评审: 客户误操作, 无故障", password=PASSWORD,
                         port=bench.port)
    assert bench.state(rma_no, serials[0]) == "ready_to_pack"
    with pytest.raises(OutOfOrder) as e2:
        wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc_id,
                             participants=NFF_PANEL,
                             decision="repair", reason="again", password=PASSWORD, port=bench.port)
    assert e2.value.reason is Reason.ESCALATION_CLOSED


def test_outcome_b_visual_defect_goes_to_rework_with_anomaly_form(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    assert bench.screen(rma_no, serials[0], "FAIL", "FAIL") == "rework"
    rma = bench.rma(rma_no)
    assert rma.unit(serials[0]).state.value == "to_rework"
    (form,) = rma.anomaly_forms
    assert form.responsible_inspector_id == bench.oqc_inspector.user_id and not form.signed
    with pytest.raises(NotPermitted):
        wf.sign_anomaly_form(bench.uow, bench.qc_lead, rma_no=rma_no, form_no=form.form_no,
                             password=PASSWORD, port=bench.port)
    wf.sign_anomaly_form(bench.uow, bench.oqc_inspector, rma_no=rma_no, form_no=form.form_no,
                         password=PASSWORD, port=bench.port)
    assert bench.rma(rma_no).anomaly_forms[0].signed
    bench.to_repair(rma_no, serials)
    assert bench.rma(rma_no).unit(serials[0]).work_kind.value == "rework"


def test_outcome_b_needs_defect_and_responsible_inspector(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serials[0],
                             verdict="FAIL")
    with pytest.raises(InvalidInput):
        wf.record_visual_inspection(bench.uow, bench.qc_lead, rma_no=rma_no,
                                    serial=serials[0], verdict="FAIL", defect="")
    with pytest.raises(InvalidInput):
        wf.record_visual_inspection(bench.uow, bench.qc_lead, rma_no=rma_no,
                                    serial=serials[0], verdict="FAIL", defect="划伤")


def test_outcome_c_goes_to_repair_engineer(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    assert bench.screen(rma_no, serials[0], "FAIL", "PASS") == "repair"
    assert bench.state(rma_no, serials[0]) == "to_repair"


def test_screening_out_of_order_and_bad_verdict(bench):
    rma_no, serials = bench.receive(1)
    with pytest.raises(OutOfOrder):  # still at receiving
        wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serials[0],
                                 verdict="PASS")
    bench.to_qc(rma_no, serials)
    with pytest.raises(OutOfOrder):  # visual before the test
        wf.record_visual_inspection(bench.uow, bench.qc_lead, rma_no=rma_no,
                                    serial=serials[0], verdict="PASS")
    with pytest.raises(InvalidInput):
        wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serials[0],
                                 verdict="MAYBE")
    with pytest.raises(NotPermitted):
        wf.record_screening_test(bench.uow, bench.business_clerk, rma_no=rma_no,
                                 serial=serials[0], verdict="PASS")


# -- step 4: repair --------------------------------------------------------------------------


def in_repair(bench, n=1):
    rma_no, serials = bench.receive(n)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    return rma_no, serials


def test_repair_needs_due_date_confirmation_first(bench):
    rma_no, (serial,) = in_repair(bench)
    with pytest.raises(OutOfOrder) as err:
        wf.record_repair(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                         symptom="s", root_cause="r", cause_category="production",
                         responsible_process="p", responsible_department="d", actions="a",
                         repair_minutes=10)
    assert err.value.reason is Reason.DUE_DATE_NOT_CONFIRMED
    bench.repair(rma_no, serial)
    assert bench.state(rma_no, serial) == "repaired"


def test_repair_record_validation(bench):
    rma_no, (serial,) = in_repair(bench)
    wf.confirm_due_date(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                        can_meet=True)
    base = dict(symptom="s", root_cause="r", cause_category="production",
                responsible_process="p", responsible_department="d", actions="a",
                repair_minutes=10)
    for bad in ({"cause_category": "gremlins"}, {"repair_minutes": 0},
                {"symptom": ""}, {"responsible_process": ""}):
        with pytest.raises(InvalidInput):
            wf.record_repair(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                             **{**base, **bad})
    from benchapp.domain.rma import PartReplaced

    with pytest.raises(InvalidInput):
        wf.record_repair(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                         parts=[PartReplaced("C3", "CC0402", 0)], **base)


def test_due_date_escalation_and_resume_with_new_date(bench):
    rma_no, (serial,) = in_repair(bench)
    wf.confirm_due_date(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                        can_meet=False, note="缺料: U12 到货需 7 天")
    assert bench.state(rma_no, serial) == "escalated"
    with bench.uow:
        esc = bench.uow.escalations.list()[0]
    assert esc.kind.value == "due_date"
    with pytest.raises(InvalidInput):
        wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc.id,
                             participants=NFF_PANEL,
                             decision="resume", reason="wait for parts",
                             password=PASSWORD, port=bench.port)
    new = date.today() + timedelta(days=10)
    wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc.id,
                         participants=NFF_PANEL,
                         decision="resume", reason="wait for parts", new_due_date=new,
                         password=PASSWORD, port=bench.port)
    rma = bench.rma(rma_no)
    assert rma.due_date == new and rma.unit(serial).state.value == "in_repair"
    assert rma.unit(serial).due_confirmed


def test_cannot_find_fault_escalates_to_production_supervisor(bench):
    rma_no, (serial,) = in_repair(bench)
    with pytest.raises(InvalidInput):
        wf.cannot_find_fault(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                             note="")
    wf.cannot_find_fault(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                         note="全功能测试无法复现")
    with bench.uow:
        esc = bench.uow.escalations.list()[0]
    assert esc.kind.value == "cannot_find_fault"
    with pytest.raises(NotPermitted):
        wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc.id,
                             participants=NFF_PANEL,
                             decision="return_to_customer", reason="x",
                             password=PASSWORD, port=bench.port)
    wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc.id,
                         participants=NFF_PANEL,
                         decision="return_to_customer", reason="QC/技术联合确认无故障",
                         password=PASSWORD, port=bench.port)
    assert bench.state(rma_no, serial) == "returning"
    bench.back_to_qc(rma_no, [serial])
    assert bench.state(rma_no, serial) == "ready_to_pack"


# -- step 5: re-inspection and rework loops -----------------------------------------------------


def reinspection_ready(bench):
    rma_no, (serial,) = in_repair(bench)
    bench.repair(rma_no, serial)
    bench.back_to_qc(rma_no, [serial])
    return rma_no, serial


def test_reinspection_pass_then_oqc_pass_is_ready_to_pack(bench):
    rma_no, serial = reinspection_ready(bench)
    bench.reinspect(rma_no, serial, "PASS", None)
    assert bench.state(rma_no, serial) == "oqc_pending"
    wf.record_oqc(bench.uow, bench.oqc_inspector, rma_no=rma_no, serial=serial, verdict="PASS",
                  password=PASSWORD, port=bench.port)
    assert bench.state(rma_no, serial) == "ready_to_pack"


def test_reinspection_and_oqc_failures_loop_back_and_count(bench):
    rma_no, serial = reinspection_ready(bench)
    bench.reinspect(rma_no, serial, "FAIL")
    assert bench.state(rma_no, serial) == "to_repair"
    assert bench.rma(rma_no).unit(serial).rework_loops == 1
    bench.to_repair(rma_no, [serial])
    bench.repair(rma_no, serial)
    bench.back_to_qc(rma_no, [serial])
    bench.reinspect(rma_no, serial, "PASS", "FAIL")
    assert bench.rma(rma_no).unit(serial).rework_loops == 2
    assert bench.state(rma_no, serial) == "to_repair"


def test_oqc_failure_needs_notes_and_oqc_role(bench):
    rma_no, serial = reinspection_ready(bench)
    bench.reinspect(rma_no, serial, "PASS", None)
    with pytest.raises(InvalidInput):
        wf.record_oqc(bench.uow, bench.oqc_inspector, rma_no=rma_no, serial=serial,
                      verdict="FAIL", notes="", password=PASSWORD, port=bench.port)
    with pytest.raises(NotPermitted):
        wf.record_oqc(bench.uow, bench.tester, rma_no=rma_no, serial=serial, verdict="PASS",
                      password=PASSWORD, port=bench.port)


def test_rework_loop_limit_locks_to_production_supervisor():
    bench = Bench(FakeUnitOfWork(policy=Policy(max_rework_loops=2)))
    rma_no, serial = reinspection_ready(bench)
    for loop in (1, 2):
        bench.reinspect(rma_no, serial, "FAIL")
        assert bench.state(rma_no, serial) == "to_repair"
        bench.to_repair(rma_no, [serial])
        bench.repair(rma_no, serial)
        bench.back_to_qc(rma_no, [serial])
    bench.reinspect(rma_no, serial, "FAIL")
    unit = bench.rma(rma_no).unit(serial)
    assert unit.state.value == "escalated" and unit.rework_loops == 3
    with pytest.raises(OutOfOrder):  # no fourth loop without the supervisor
        bench.to_repair(rma_no, [serial])
    with bench.uow:
        esc = bench.uow.escalations.list()[0]
    assert esc.kind.value == "rework_limit"
    wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc.id,
                         participants=NFF_PANEL,
                         decision="resume", reason="更换整片 BGA 后再试一次",
                         password=PASSWORD, port=bench.port)
    assert bench.state(rma_no, serial) == "to_repair"
    bench.to_repair(rma_no, [serial])


def test_rework_limit_is_read_from_shop_settings(bench):
    with bench.uow:
        bench.uow.set_setting("max_rework_loops", "0")
        bench.uow.commit()
    rma_no, serial = reinspection_ready(bench)
    bench.reinspect(rma_no, serial, "FAIL")
    assert bench.state(rma_no, serial) == "escalated"


# -- steps 6-8: pack, ship, complaint notice -----------------------------------------------------


def test_full_flow_ships_and_closes_the_rma(bench):
    rma_no, serials = bench.receive(2)
    bench.full_repair(rma_no, serials, cause="customer")
    rma = bench.rma(rma_no)
    assert {u.state.value for u in rma.units} == {"shipped"}
    assert {u.custody.value for u in rma.units} == {"customer"}
    assert rma.status.value == "closed"
    actions = [a[0] for a in log_actions(bench, rma_no)]
    assert "tracking_complete" in actions and actions[-1] == "rma_closed"
    assert not rma.complaint_notice_raised  # customer-caused only


def test_pack_checks_the_count(bench):
    rma_no, serial = reinspection_ready(bench)
    bench.reinspect(rma_no, serial)
    bench.to_packing(rma_no, [serial])
    with pytest.raises(InvalidInput) as err:
        wf.pack_units(bench.uow, bench.packer, rma_no=rma_no, serials=[serial], counted=2)
    assert err.value.reason is Reason.COUNT_MISMATCH


def test_ship_needs_carrier_and_tracking(bench):
    rma_no, serial = reinspection_ready(bench)
    bench.reinspect(rma_no, serial)
    bench.to_packing(rma_no, [serial])
    bench.pack_and_return(rma_no, [serial])
    with pytest.raises(InvalidInput):
        wf.ship_units(bench.uow, bench.business_clerk, rma_no=rma_no, serials=[serial],
                      carrier="", tracking_no="x", password=PASSWORD, port=bench.port)
    note = bench.ship(rma_no, [serial])
    assert note.note_no == "SHN-000001"
    assert note.label == {"model": "PCBA-MC200-V3", "quantity": 1,
                          "customer": "深圳市华强电子有限公司"}


def test_complaint_notice_raised_for_non_customer_cause(bench):
    rma_no, serials = bench.receive(1, delivery_no="DN-1", delivered_qty=200)
    bench.full_repair(rma_no, serials, cause="material")
    rma = bench.rma(rma_no)
    assert rma.complaint_notice_raised
    assert ("complaint_notice_raised" in [a[0] for a in log_actions(bench, rma_no)])


def test_complaint_rule_threshold():
    from benchapp.domain.rules import complaint_notice_due

    assert complaint_notice_due(1, 200, 0.005)  # exactly 0.5 %
    assert not complaint_notice_due(1, 201, 0.005)
    assert not complaint_notice_due(0, 10, 0.005)
    assert not complaint_notice_due(3, 0, 0.005)


# -- other outcomes ---------------------------------------------------------------------------


def test_return_as_is_only_for_customer_paid(bench):
    rma_no, serials = bench.receive(1)
    with pytest.raises(NotPermitted) as err:
        wf.return_as_is(bench.uow, bench.business_clerk, rma_no=rma_no, serial=serials[0],
                        reason="客户拒付维修费")
    assert err.value.reason is Reason.NOT_PAID_REPAIR


def test_return_as_is_ships_back_unrepaired(bench):
    rma_no, serials = bench.receive(1, billing="paid")
    bench.to_qc(rma_no, serials)
    wf.return_as_is(bench.uow, bench.business_clerk, rma_no=rma_no, serial=serials[0],
                    reason="客户拒付维修费")
    assert bench.state(rma_no, serials[0]) == "ready_to_pack"
    bench.to_packing(rma_no, serials)
    bench.pack_and_return(rma_no, serials)
    bench.ship(rma_no, serials)
    rma = bench.rma(rma_no)
    assert rma.unit(serials[0]).state.value == "returned_as_is"
    assert rma.counts() == {"received": 1, "in_process": 0, "shipped": 0, "scrapped": 0,
                            "returned_as_is": 1}


def test_scrap_and_replace_ships_the_replacement(bench):
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    wf.cannot_find_fault(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serials[0],
                         note="PCB 内层断裂, 无法维修")
    with bench.uow:
        esc = bench.uow.escalations.list()[0]
    with pytest.raises(InvalidInput):
        wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc.id,
                             participants=NFF_PANEL,
                             decision="scrap_replace", reason="报废",
                             password=PASSWORD, port=bench.port)
    wf.decide_escalation(bench.uow, bench.production_supervisor, escalation_id=esc.id,
                         participants=NFF_PANEL,
                         decision="scrap_replace", reason="报废换新",
                         replacement_serial="NEW-0001", password=PASSWORD, port=bench.port)
    bench.repair(rma_no, serials[1])
    bench.back_to_qc(rma_no, [serials[1]])
    bench.reinspect(rma_no, serials[1])
    bench.to_packing(rma_no, [serials[1]])
    bench.pack_and_return(rma_no, [serials[1]])
    note = bench.ship(rma_no, [serials[1]])
    assert note.replacements == ["NEW-0001"] and note.label["quantity"] == 2
    rma = bench.rma(rma_no)
    assert rma.counts() == {"received": 2, "in_process": 0, "shipped": 1, "scrapped": 1,
                            "returned_as_is": 0}
    assert rma.status.value == "closed"


def test_refund_decision_scraps_the_unit(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "PASS", "PASS")
    with bench.uow:
        esc = bench.uow.escalations.list()[0]
    wf.decide_escalation(bench.uow, bench.qc_supervisor, escalation_id=esc.id,
                         participants=NFF_PANEL,
                         decision="refund", reason="客户要求退款", password=PASSWORD,
                         port=bench.port)
    unit = bench.rma(rma_no).unit(serials[0])
    assert unit.state.value == "scrapped" and unit.disposition.value == "refund"


# -- 5.3.2: batch path -------------------------------------------------------------------------


def test_batch_rma_skips_screening_and_reworks_every_unit(bench):
    rma_no, serials = bench.receive(3, batch=True)
    bench.to_qc(rma_no, serials)
    rma = bench.rma(rma_no)
    assert {u.state.value for u in rma.units} == {"to_rework"}
    assert {u.work_kind.value for u in rma.units} == {"rework"}
    with pytest.raises(OutOfOrder):
        wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serials[0],
                                 verdict="PASS")
    bench.move(rma_no, serials, Station.QC, Station.REPAIR, bench.qc_lead,
               bench.production_lead)
    for s in serials:
        wf.confirm_due_date(bench.uow, bench.production_lead, rma_no=rma_no, serial=s,
                            can_meet=True)
        wf.record_repair(bench.uow, bench.production_lead, rma_no=rma_no, serial=s,
                         symptom="批量虚焊", root_cause="回流焊温度曲线偏低",
                         cause_category="production", responsible_process="回流焊",
                         responsible_department="生产部", actions="整批重新回流",
                         repair_minutes=20)
    bench.move(rma_no, serials, Station.REPAIR, Station.QC, bench.production_lead, bench.tester)
    for s in serials:
        bench.reinspect(rma_no, s)  # test, then 100 % OQC
    bench.to_packing(rma_no, serials)
    bench.pack_and_return(rma_no, serials)
    bench.ship(rma_no, serials)
    assert bench.rma(rma_no).counts()["shipped"] == 3


def test_every_state_change_is_logged_with_who(bench):
    rma_no, serials = bench.receive(1)
    bench.full_repair(rma_no, serials)
    with bench.uow:
        entries = bench.uow.log.for_rma(rma_no)
    changes = [e for e in entries if e.serial and e.to_state]
    states = [e.to_state for e in changes]
    assert states == ["received", "awaiting_screening", "screening_tested", "to_repair",
                      "in_repair", "repaired", "awaiting_reinspection", "oqc_pending",
                      "ready_to_pack", "at_packing", "packed", "ready_to_ship", "shipped"]
    assert all(e.actor_id and e.at for e in entries)
    # each change starts where the previous ended
    assert all(a.to_state == b.from_state for a, b in zip(changes, changes[1:], strict=False))


def test_system_actor_has_no_roles():
    from benchapp.domain.roles import SYSTEM

    with pytest.raises(NotPermitted):
        SYSTEM.require({Role.ADMIN}, "x")
    assert Actor(1, "a", frozenset({Role.ADMIN})).roles == {Role.ADMIN}


# -- who acts, and signatures, in the service layer ---------------------------------------


def test_the_acting_user_is_read_again_in_the_transaction(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    forged = Actor(bench.packer.user_id, bench.packer.username,
                   frozenset({Role.PACKER, Role.TESTER}))
    with pytest.raises(NotPermitted):  # a packer's session object claiming the tester role
        wf.record_screening_test(bench.uow, forged, rma_no=rma_no, serial=serials[0],
                                 verdict="PASS")
    with bench.uow:
        bench.uow.users.get(bench.tester.user_id).disabled = True
        bench.uow.commit()
    with pytest.raises(AuthError) as err:  # the tester's session outlived their account
        wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serials[0],
                                 verdict="PASS")
    assert err.value.reason is Reason.ACCOUNT_DISABLED
    with pytest.raises(NotFound):
        wf.record_screening_test(bench.uow, Actor(None, "system", frozenset(Role)),
                                 rma_no=rma_no, serial=serials[0], verdict="PASS")
    assert bench.state(rma_no, serials[0]) == "awaiting_screening"


def test_a_signed_act_checks_the_password_and_stores_the_certificate(bench):
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "FAIL", "FAIL")
    form_no = bench.rma(rma_no).anomaly_forms[0].form_no
    with pytest.raises(CredentialError):
        wf.sign_anomaly_form(bench.uow, bench.oqc_inspector, rma_no=rma_no, form_no=form_no,
                             password="guess", port=bench.port)
    with bench.uow:
        assert bench.uow.users.get(bench.oqc_inspector.user_id).failed_logins == 1
        assert [e.action for e in bench.uow.log.all()][-1] == "signature_failed"
        cert = bench.uow.slips.credential(bench.oqc_inspector.user_id).cert_pem
    assert not bench.rma(rma_no).anomaly_forms[0].signed
    form = bench.sign_form(rma_no, form_no)
    assert form.certificate_fingerprint == bench.port.fingerprint(cert)
    assert form.signed_with == "password"
    stored = bench.rma(rma_no).anomaly_forms[0]
    assert (stored.certificate_fingerprint, stored.signed_with) == (
        bench.port.fingerprint(cert), "password")
