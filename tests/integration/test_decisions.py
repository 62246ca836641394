"""Signed supervisor decisions on a real database: password first, one transaction, logged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from benchapp.domain.errors import InvalidInput, NotPermitted, OutOfOrder, Reason
from benchapp.domain.roles import Station
from benchapp.services import decisions
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from benchapp.slips.errors import CredentialError
from tests.workflow_helpers import NFF_PANEL, PASSWORD, Bench, hand_over, slip_port


@pytest.fixture(scope="module")
def port():
    return slip_port()


@pytest.fixture
def shop(uow_factory):
    return Bench(uow_factory())  # the shop CA and everyone's signing certificate installed


def nff(shop):
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    shop.screen(rma_no, serial, "PASS", "PASS")
    return rma_no, serial


def in_repair(shop):
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    shop.screen(rma_no, serial, "FAIL", "PASS")
    shop.to_repair(rma_no, [serial])
    return rma_no, serial


def open_escalations(uow_factory, shop):
    """Every open escalation (the tech supervisor's queue with the others' shown)."""
    return decisions.decision_queue(uow_factory(), shop.tech_supervisor,
                                    include_others=True).items


def only_escalation(uow_factory, shop):
    (esc,) = open_escalations(uow_factory, shop)
    return esc


def decision_lines(uow_factory, rma_no):
    with uow_factory() as uow:
        return [e for e in uow.log.for_rma(rma_no) if e.action == "decision"]


def test_signed_nff_decision_closes_the_escalation_and_logs_the_certificate(
        shop, uow_factory, port):
    rma_no, serial = nff(shop)
    item = only_escalation(uow_factory, shop)
    assert item.kind == "nff" and item.serial == serial and item.unit_state == "nff_review"
    assert "return_to_customer" in item.decisions

    signed = decisions.decide_signed(
        uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                    participants=NFF_PANEL, decision="repair",
        reason="与维修、生产、技术、业务共同评审：按故障件处理", password=PASSWORD, port=port)

    assert shop.state(rma_no, serial) == "to_repair"
    assert open_escalations(uow_factory, shop) == []
    with uow_factory() as uow:
        esc = uow.escalations.get(item.id)
        cred = uow.slips.credential(shop.qc_supervisor.user_id)
    assert esc.status == "decided" and esc.decision == "repair"
    assert esc.decided_by == shop.qc_supervisor.user_id
    fingerprint = port.fingerprint(cred.cert_pem)
    assert signed.certificate_fingerprint == fingerprint
    (line,) = decision_lines(uow_factory, rma_no)
    assert line.serial == serial
    assert line.detail["certificate_fingerprint"] == fingerprint
    assert line.detail["signed_by"] == shop.qc_supervisor.username
    assert line.detail["reason"].startswith("与维修")


def test_wrong_password_decides_nothing(shop, uow_factory, port):
    rma_no, serial = nff(shop)
    item = only_escalation(uow_factory, shop)
    with pytest.raises(CredentialError):
        decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                                            participants=NFF_PANEL,
                                decision="repair", reason="评审结论", password="wrong-pass",
                                port=port)
    assert shop.state(rma_no, serial) == "nff_review"
    assert only_escalation(uow_factory, shop).id == item.id
    assert decision_lines(uow_factory, rma_no) == []


def test_reason_is_required_before_the_password(shop, uow_factory, port):
    rma_no, serial = nff(shop)
    item = only_escalation(uow_factory, shop)
    with pytest.raises(InvalidInput) as err:
        # Even with a wrong password: the missing reason is what the person must fix first.
        decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                                            participants=NFF_PANEL,
                                decision="repair", reason="   ", password="wrong",
                                port=port)
    assert err.value.reason is Reason.REASON_REQUIRED
    assert shop.state(rma_no, serial) == "nff_review"


def test_only_the_qc_supervisor_decides_nff(shop, uow_factory, port):
    nff(shop)
    item = only_escalation(uow_factory, shop)
    assert decisions.decision_queue(uow_factory(), shop.tech_supervisor).items == []
    assert decisions.decision_queue(uow_factory(), shop.production_supervisor).items == []
    shown = decisions.decision_queue(uow_factory(), shop.tech_supervisor,
                                     include_others=True).items
    assert [(i.id, i.may_decide) for i in shown] == [(item.id, False)]
    with pytest.raises(NotPermitted):
        decisions.decide_signed(uow_factory(), shop.tech_supervisor, escalation_id=item.id,
                                            participants=NFF_PANEL,
                                decision="repair", reason="技术判定", password=PASSWORD,
                                port=port)


def test_due_date_resume_needs_the_new_date(shop, uow_factory, port):
    rma_no, serial = in_repair(shop)
    wf.confirm_due_date(uow_factory(), shop.repair_engineer, rma_no=rma_no, serial=serial,
                        can_meet=False, note="缺料")
    (item,) = decisions.decision_queue(uow_factory(), shop.production_supervisor).items
    assert item.kind == "due_date"
    with pytest.raises(InvalidInput) as err:
        decisions.decide_signed(uow_factory(), shop.production_supervisor,
                                escalation_id=item.id,
                                participants=NFF_PANEL, decision="resume", reason="等料",
                                password=PASSWORD, port=port)
    assert err.value.reason is Reason.FIELD_REQUIRED
    assert decision_lines(uow_factory, rma_no) == []
    new = date.today() + timedelta(days=7)
    decisions.decide_signed(uow_factory(), shop.production_supervisor, escalation_id=item.id,
                                        participants=NFF_PANEL,
                            decision="resume", reason="等料", password=PASSWORD, port=port,
                            new_due_date=new)
    assert shop.rma(rma_no).due_date == new
    (line,) = decision_lines(uow_factory, rma_no)
    assert line.detail["new_due_date"] == new.isoformat()
    assert "certificate_fingerprint" in line.detail


def test_a_decided_escalation_cannot_be_decided_twice(shop, uow_factory, port):
    rma_no, serial = in_repair(shop)
    wf.cannot_find_fault(uow_factory(), shop.repair_engineer, rma_no=rma_no, serial=serial,
                         note="无法复现")
    (item,) = decisions.decision_queue(uow_factory(), shop.production_supervisor).items
    decisions.decide_signed(uow_factory(), shop.production_supervisor, escalation_id=item.id,
                                        participants=NFF_PANEL,
                            decision="scrap_replace", reason="报废换新", password=PASSWORD,
                            port=port, replacement_serial="SN-NEW-0001")
    assert shop.state(rma_no, serial) == "scrapped"
    with pytest.raises(OutOfOrder):
        decisions.decide_signed(uow_factory(), shop.production_supervisor,
                                escalation_id=item.id,
                                participants=NFF_PANEL, decision="scrap", reason="again",
                                password=PASSWORD, port=port)
    assert len(decision_lines(uow_factory, rma_no)) == 1


def test_overdue_handover_is_late_then_decided_by_a_supervisor(shop, uow_factory, port):
    rma_no, serials = shop.receive(1)
    backdated = uow_factory()
    with backdated:
        past = backdated.now() - timedelta(hours=6)
    backdated.backdate = past
    h = hand_over(backdated, shop.business_clerk, None, rma_no=rma_no, serials=serials,
                  frm=Station.RECEIVING, to=Station.QC)
    late = decisions.late_items(uow_factory())
    assert [(i.kind, i.ref, i.escalated) for i in late] == [("handover", h.slip_no, False)]
    assert late[0].late_by >= timedelta(hours=1)
    assert wf.escalate_overdue_handovers(uow_factory(), shop.tech_supervisor) == [h.slip_no]
    assert decisions.late_items(uow_factory())[0].escalated
    # A handover to QC: its direct supervisor (QC) or tech decides, not production.
    assert decisions.decision_queue(uow_factory(), shop.production_supervisor).items == []
    (item,) = decisions.decision_queue(uow_factory(), shop.qc_supervisor).items
    assert item.kind == "overdue_handover" and item.slip_serials == tuple(serials)
    assert item.to_station == "qc"
    decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                                        participants=NFF_PANEL,
                            decision="cancel_handover", reason="包装员请假，重开交接单",
                            password=PASSWORD, port=port)
    with uow_factory() as uow:
        assert uow.handovers.get(h.slip_no).status.value == "cancelled"
    (line,) = decision_lines(uow_factory, rma_no)
    assert line.detail["slip_no"] == h.slip_no and "certificate_fingerprint" in line.detail


def test_the_desk_reads_open_slips_and_the_slips_its_escalations_name_in_one_statement(
        shop, uow_factory, port):
    """An escalated slip accepted since is no longer open: the queue still shows its units, in
    slip order, and the late list no longer shows it; a slip still open keeps its units too."""
    rma_no, serials = shop.receive(3)
    backdated = uow_factory()
    with backdated:
        past = backdated.now() - timedelta(hours=6)
    backdated.backdate = past
    escalated = hand_over(backdated, shop.business_clerk, None, rma_no=rma_no,
                          serials=serials, frm=Station.RECEIVING, to=Station.QC)
    assert wf.escalate_overdue_handovers(uow_factory(), shop.tech_supervisor) == [
        escalated.slip_no]
    ss.receive(uow_factory(), shop.packer, slip_no=escalated.slip_no, station=Station.QC,
               scanned=list(serials), password=PASSWORD, port=port)
    other_rma, others = shop.receive(2)
    still_open = hand_over(uow_factory(), shop.business_clerk, None, rma_no=other_rma,
                           serials=others[::-1], frm=Station.RECEIVING, to=Station.QC)
    with uow_factory() as uow:
        read = uow.handovers.open_or_named([escalated.slip_no, "SLP-NONE"])
    assert [(h.slip_no, h.status.value, h.serials) for h in read] == [
        (escalated.slip_no, "accepted", tuple(serials)),
        (still_open.slip_no, "open", tuple(others[::-1]))]

    queue, desk = decisions.supervisor_work(uow_factory(), shop.qc_supervisor)
    (item,) = queue.items
    assert item.slip_no == escalated.slip_no and item.slip_serials == tuple(serials)
    assert item.to_station == "qc" and item.units_text == ", ".join(serials)
    assert escalated.slip_no not in {i.ref for i in desk.late}


MEASURED = [{"name": "VCC", "value": 5.02, "unit": "V", "low": 4.9, "high": 5.1,
             "verdict": "PASS"},
            {"name": "I_idle", "value": 41.0, "unit": "mA", "low": 30.0, "high": 45.0,
             "verdict": "PASS"}]


def nff_measured(shop):
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    wf.record_screening_test(shop.uow, shop.tester, rma_no=rma_no, serial=serial,
                             verdict="PASS", measurements=MEASURED)
    wf.record_visual_inspection(shop.uow, shop.qc_lead, rma_no=rma_no, serial=serial,
                                verdict="PASS")
    return rma_no, serial


def test_nff_decision_without_every_department_is_refused_and_nothing_is_written(
        shop, uow_factory, port):
    rma_no, serial = nff(shop)
    item = only_escalation(uow_factory, shop)
    assert item.joint_departments == ("repair", "production", "tech", "business")
    for panel in (None, [], NFF_PANEL[:3], [("repair", "王工"), ("production", "  "),
                                           ("tech", "孙工"), ("business", "张伟")]):
        with pytest.raises(InvalidInput) as refused:
            decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                                    participants=panel, decision="return_to_customer",
                                    reason="评审", password=PASSWORD, port=port)
        assert refused.value.reason is Reason.PARTICIPANTS_REQUIRED
    assert "production" in refused.value.message  # the blank name does not count
    with pytest.raises(InvalidInput) as unknown:
        decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                                participants=[*NFF_PANEL, ("sales", "x")],
                                decision="return_to_customer", reason="评审",
                                password=PASSWORD, port=port)
    assert unknown.value.reason is Reason.VALUE_INVALID
    assert only_escalation(uow_factory, shop).id == item.id  # still open
    assert decision_lines(uow_factory, rma_no) == []


def test_nff_decision_keeps_who_took_part_and_the_queue_shows_the_fixture_run(
        shop, uow_factory, port):
    rma_no, serial = nff_measured(shop)
    queue = decisions.decision_queue(uow_factory(), shop.qc_supervisor)
    (item,) = queue.items
    assert item.fixture["stage"] == "screening" and item.fixture["verdict"] == "PASS"
    assert item.fixture["measurements"] == MEASURED
    assert shop.repair_engineer.username and queue.people["repair"]  # users by role
    panel = [("repair", "赵磊"), ("production", "吴刚"), ("tech", "徐明"),
             ("business", "张伟"), ("business", "张伟"), ("qc", "QC 李")]
    signed = decisions.decide_signed(
        uow_factory(), shop.qc_supervisor, escalation_id=item.id, participants=panel,
        decision="return_to_customer", reason="联合评审: 客户误用", password=PASSWORD,
        port=port)
    assert signed.participants == (("repair", "赵磊"), ("production", "吴刚"),
                                   ("tech", "徐明"), ("business", "张伟"), ("qc", "QC 李"))
    with uow_factory() as uow:
        stored = uow.escalations.get(item.id)
    assert [(p["department"], p["name"]) for p in stored.participants] == list(
        signed.participants)
    (line,) = decision_lines(uow_factory, rma_no)
    assert [p["name"] for p in line.detail["participants"]] == ["赵磊", "吴刚", "徐明", "张伟",
                                                                 "QC 李"]
    assert line.detail["certificate_fingerprint"] == signed.certificate_fingerprint


def test_migration_0020_down_and_up_keeps_the_escalations(shop, uow_factory, engine, port):
    from alembic import command
    from sqlalchemy import inspect

    from benchapp.db.migrate import alembic_config, current_revision, head_revision, upgrade

    nff(shop)
    item = only_escalation(uow_factory, shop)
    decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=item.id,
                            participants=NFF_PANEL, decision="repair", reason="评审",
                            password=PASSWORD, port=port)
    command.downgrade(alembic_config(engine), "0019")
    assert current_revision(engine) == "0019"
    assert "participants" not in {c["name"] for c in inspect(engine).get_columns("escalations")}
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    with uow_factory() as uow:
        esc = uow.escalations.get(item.id)
    # The names dropped with the column stay in the decision's tracking-log line.
    assert esc.decision == "repair" and esc.participants == []
    rma_no, _serial = nff(shop)
    again = next(i for i in open_escalations(uow_factory, shop) if i.rma_no == rma_no)
    decisions.decide_signed(uow_factory(), shop.qc_supervisor, escalation_id=again.id,
                            participants=NFF_PANEL, decision="repair", reason="评审",
                            password=PASSWORD, port=port)
    with uow_factory() as uow:
        assert len(uow.escalations.get(again.id).participants) == 4


def test_the_joint_decision_lists_only_active_people_by_department(shop, uow_factory):
    """Who may take part, per department, read without building each user: a disabled
    account drops out of the list at the next read."""
    from benchapp.domain.roles import Role
    from benchapp.services import users as user_service

    engineer = shop.repair_engineer
    with uow_factory() as uow:
        before = decisions.participant_choices(uow)
        name = uow.users.get(engineer.user_id).display_name or engineer.username
    assert name in before["repair"]
    user_service.disable_user(uow_factory(), shop.people[Role.ADMIN], engineer.username,
                              reason="离职")
    with uow_factory() as uow:
        after = decisions.participant_choices(uow)
    assert name not in after["repair"]
    assert {k: v for k, v in after.items() if k != "repair"} == {
        k: v for k, v in before.items() if k != "repair"}
