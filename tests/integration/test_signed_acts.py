"""Every signed act is signed in the service layer, and every use case re-reads who acts.

Attacks on both backends: an Actor claiming a role its user does not have, a disabled user's
Actor, an Actor that is nobody, and signed acts with a wrong password (refused, counted toward
the lock-out, logged). Each signed act stores the fingerprint of the signer's current
certificate and what unlocked it.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from benchapp.domain.errors import AuthError, NotFound, NotPermitted, Reason
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Actor, Role, Station
from benchapp.services import decisions, supervision, users
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from benchapp.slips.errors import CredentialError
from tests.workflow_helpers import PASSWORD, Bench, hand_over
from tests.workflow_helpers import NFF_PANEL

WRONG = "not-my-password"


@pytest.fixture
def shop(uow_factory):
    return Bench(uow_factory())


def fingerprint(shop, uow_factory, actor):
    with uow_factory() as uow:
        return shop.port.fingerprint(uow.slips.credential(actor.user_id).cert_pem)


def at_oqc(shop):
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    shop.screen(rma_no, serial, "FAIL", "PASS")
    shop.to_repair(rma_no, [serial])
    shop.repair(rma_no, serial)
    shop.back_to_qc(rma_no, [serial])
    return rma_no, serial


def user_row(uow_factory, actor):
    with uow_factory() as uow:
        return uow.users.get(actor.user_id)


def log_actions(engine, action):
    with engine.connect() as conn:
        return conn.execute(text("SELECT actor_name FROM tracking_log WHERE action = :a "
                                 "ORDER BY id"), {"a": action}).scalars().all()


# -- who acts is read again in the transaction ------------------------------------------------


def test_an_actor_claiming_a_role_its_user_lacks_is_refused(shop, uow_factory, engine):
    rma_no, serial = at_oqc(shop)
    tester = shop.tester
    forged = Actor(tester.user_id, tester.username,
                   frozenset({Role.TESTER, Role.OQC_INSPECTOR, Role.BUSINESS_CLERK}))
    shop.reinspect(rma_no, serial, "PASS", None)
    with pytest.raises(NotPermitted) as err:  # the tester signs OQC as if an OQC inspector
        wf.record_oqc(uow_factory(), forged, rma_no=rma_no, serial=serial, verdict="PASS",
                      password=PASSWORD, port=shop.port)
    assert err.value.reason is Reason.ROLE_REQUIRED
    with pytest.raises(NotPermitted):  # ... or receives an RMA as if a business clerk
        wf.receive_rma(uow_factory(), forged, NewRma(
            customer="C", model="M", declared_qty=1, counted_qty=1, complaint="x"))
    with pytest.raises(NotPermitted):  # ... or hands over from receiving
        rma2, serials2 = shop.receive(1)
        ss.hand_over(uow_factory(), forged, rma_no=rma2, from_station=Station.RECEIVING,
                     to_station=Station.QC, serials=serials2, declared_count=1,
                     password=PASSWORD, port=shop.port)
    assert shop.state(rma_no, serial) == "oqc_pending"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM reinspections WHERE stage = 'oqc'")
                            ).scalar() == 0


def test_a_forged_supervisor_cannot_decide(shop, uow_factory):
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    shop.screen(rma_no, serial, "PASS", "PASS")  # no fault found: the QC supervisor decides
    (item,) = decisions.decision_queue(uow_factory(), shop.qc_supervisor).items
    clerk = shop.business_clerk
    forged = Actor(clerk.user_id, clerk.username, frozenset(Role))
    # The forged roles do not even show the escalation as the clerk's to decide.
    assert decisions.decision_queue(uow_factory(), forged).items == []
    with pytest.raises(NotPermitted):
        decisions.decide_signed(uow_factory(), forged, escalation_id=item.id,
                                            participants=NFF_PANEL,
                                decision="return_to_customer", reason="放行",
                                password=PASSWORD, port=shop.port)
    assert shop.state(rma_no, serial) == "nff_review"


def test_a_disabled_users_actor_does_nothing(shop, uow_factory):
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    packer = shop.packer  # the Actor a GUI session still holds
    users.disable_user(uow_factory(), shop.admin, packer.username)
    with pytest.raises(AuthError) as err:
        wf.pack_units(uow_factory(), packer, rma_no=rma_no, serials=[serial], counted=1)
    assert err.value.reason is Reason.ACCOUNT_DISABLED
    with pytest.raises(AuthError):  # nor sign a slip
        rma2, serials2 = shop.receive(1)
        h = hand_over(uow_factory(), shop.business_clerk, None, rma_no=rma2,
                      serials=serials2, frm=Station.RECEIVING, to=Station.QC)
        ss.receive(uow_factory(), packer, slip_no=h.slip_no, station=Station.QC,
                   scanned=serials2, password=PASSWORD, port=shop.port)
    with uow_factory() as uow:
        assert uow.handovers.get(h.slip_no).status.value == "open"


def test_an_actor_that_is_nobody_is_refused(shop, uow_factory):
    clerk = shop.business_clerk
    form = NewRma(customer="C", model="M", declared_qty=1, counted_qty=1, complaint="x")
    for nobody in (Actor(None, "system", frozenset(Role)),
                   Actor(9999, "ghost", frozenset({Role.BUSINESS_CLERK})),
                   Actor(clerk.user_id, "someone-else", clerk.roles)):
        with pytest.raises(NotFound):
            wf.receive_rma(uow_factory(), nobody, form)
    with uow_factory() as uow:
        assert uow.rmas.list() == []


# -- a wrong password ----------------------------------------------------------------------


def test_a_wrong_password_signs_nothing_and_counts_toward_the_lock_out(shop, uow_factory,
                                                                      engine):
    rma_no, serial = at_oqc(shop)
    for attempt in range(1, 5):
        with pytest.raises(CredentialError):
            wf.record_reinspection_test(uow_factory(), shop.tester, rma_no=rma_no,
                                        serial=serial, verdict="PASS", password=WRONG,
                                        port=shop.port)
        assert user_row(uow_factory, shop.tester).failed_logins == attempt
    assert shop.state(rma_no, serial) == "awaiting_reinspection"
    assert log_actions(engine, "signature_failed") == [shop.tester.username] * 4
    with pytest.raises(AuthError) as err:  # the fifth locks the account, as at login
        wf.record_reinspection_test(uow_factory(), shop.tester, rma_no=rma_no, serial=serial,
                                    verdict="PASS", password=WRONG, port=shop.port)
    assert err.value.reason is Reason.ACCOUNT_LOCKED
    assert user_row(uow_factory, shop.tester).locked
    assert log_actions(engine, "account_locked") == [shop.tester.username]
    with pytest.raises(AuthError):  # locked: even the right password signs nothing now
        wf.record_reinspection_test(uow_factory(), shop.tester, rma_no=rma_no, serial=serial,
                                    verdict="PASS", password=PASSWORD, port=shop.port)
    with pytest.raises(AuthError):  # ... nor logs in
        users.login(uow_factory(), shop.tester.username, PASSWORD)
    assert shop.state(rma_no, serial) == "awaiting_reinspection"


def test_a_wrong_password_on_a_slip_counts_too(shop, uow_factory):
    rma_no, serials = shop.receive(1)
    with pytest.raises(CredentialError):
        ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                     from_station=Station.RECEIVING, to_station=Station.QC, serials=serials,
                     declared_count=1, password=WRONG, port=shop.port)
    assert user_row(uow_factory, shop.business_clerk).failed_logins == 1
    assert ss.list_slips(uow_factory(), rma_no) == []


@pytest.mark.parametrize("act", ["anomaly_form", "oqc", "decision", "ship",
                                 "corrective_action", "complaint_closure"])
def test_every_signed_act_refuses_a_wrong_password(shop, uow_factory, act):
    port = shop.port
    if act == "anomaly_form":
        rma_no, (serial,) = shop.receive(1)
        shop.to_qc(rma_no, [serial])
        shop.screen(rma_no, serial, "FAIL", "FAIL")
        form_no = shop.rma(rma_no).anomaly_forms[0].form_no
        signer = shop.oqc_inspector
        attempt = lambda pw: wf.sign_anomaly_form(
            uow_factory(), signer, rma_no=rma_no, form_no=form_no, password=pw, port=port)
    elif act == "oqc":
        rma_no, serial = at_oqc(shop)
        shop.reinspect(rma_no, serial, "PASS", None)
        signer = shop.oqc_inspector
        attempt = lambda pw: wf.record_oqc(
            uow_factory(), signer, rma_no=rma_no, serial=serial, verdict="PASS", password=pw,
            port=port)
    elif act == "decision":
        rma_no, (serial,) = shop.receive(1)
        shop.to_qc(rma_no, [serial])
        shop.screen(rma_no, serial, "PASS", "PASS")
        (item,) = decisions.decision_queue(uow_factory(), shop.qc_supervisor).items
        signer = shop.qc_supervisor
        attempt = lambda pw: wf.decide_escalation(
            uow_factory(), signer, escalation_id=item.id,
                        participants=NFF_PANEL, decision="repair", reason="评审",
            password=pw, port=port)
    elif act == "ship":
        rma_no, serials = shop.receive(1)
        shop.to_qc(rma_no, serials)
        shop.screen(rma_no, serials[0], "FAIL", "PASS")
        shop.to_repair(rma_no, serials)
        shop.repair(rma_no, serials[0])
        shop.back_to_qc(rma_no, serials)
        shop.reinspect(rma_no, serials[0])
        shop.to_packing(rma_no, serials)
        shop.pack_and_return(rma_no, serials)
        signer = shop.business_clerk
        attempt = lambda pw: wf.ship_units(
            uow_factory(), signer, rma_no=rma_no, serials=serials, carrier="顺丰",
            tracking_no="SF1", password=pw, port=port)
    elif act == "complaint_closure":
        rma_no, serials = shop.receive(1)
        shop.full_repair(rma_no, serials)  # a production fault shipped: a notice
        (case,) = supervision.complaint_cases(uow_factory(), open_only=True)
        notice_no, signer = case.notice_no, shop.qc_supervisor
        supervision.record_notice_contact(uow_factory(), signer, notice_no=notice_no,
                                          channel="phone", person="王经理", note="已联系")
        supervision.attach_complaint_file(uow_factory(), signer, notice_no=notice_no,
                                          kind="report", file_name="r.pdf",
                                          content=b"%PDF-1.7 report")
        attempt = lambda pw: supervision.close_complaint_notice(
            uow_factory(), signer, notice_no=notice_no, note="结案", password=pw, port=port)
    else:
        ca_no = implemented_action(shop, uow_factory)
        signer = shop.qc_supervisor
        attempt = lambda pw: supervision.verify_corrective_action(
            uow_factory(), signer, ca_no=ca_no, effective=True, note="有效", password=pw,
            port=port)
    with pytest.raises(CredentialError):
        attempt(WRONG)
    assert user_row(uow_factory, signer).failed_logins == 1
    attempt(PASSWORD)


# -- each act stores its signature ------------------------------------------------------------


def implemented_action(shop, uow_factory):
    action = supervision.open_corrective_action(
        uow_factory(), shop.production_supervisor, responsible_process="SMT贴片",
        responsible_department="生产部", person_found="张三", kpi_consequence="扣分",
        preventive_measure="增加AOI", due_date=date.today() + timedelta(days=14))
    supervision.record_action_implemented(uow_factory(), shop.production_supervisor,
                                          ca_no=action.ca_no, note="已实施")
    return action.ca_no


def test_each_signed_act_stores_the_signers_certificate(shop, uow_factory, engine):
    # Anomaly form, re-test, OQC, shipping note.
    rma_no, (serial,) = shop.receive(1)
    shop.to_qc(rma_no, [serial])
    shop.screen(rma_no, serial, "FAIL", "FAIL")
    shop.sign_form(rma_no, shop.rma(rma_no).anomaly_forms[0].form_no)
    shop.to_repair(rma_no, [serial])
    shop.repair(rma_no, serial)
    shop.back_to_qc(rma_no, [serial])
    shop.reinspect(rma_no, serial)
    shop.to_packing(rma_no, [serial])
    shop.pack_and_return(rma_no, [serial])
    shop.ship(rma_no, [serial])
    # A supervisor's decision.
    rma2, (serial2,) = shop.receive(1)
    shop.to_qc(rma2, [serial2])
    shop.screen(rma2, serial2, "PASS", "PASS")
    (item,) = decisions.decision_queue(uow_factory(), shop.qc_supervisor).items
    shop.decide(shop.qc_supervisor, item.id, "repair", "评审: 按故障处理")
    # A corrective action's verification.
    ca_no = implemented_action(shop, uow_factory)
    supervision.verify_corrective_action(uow_factory(), shop.tech_supervisor, ca_no=ca_no,
                                         effective=True, note="三个月无复发",
                                         password=PASSWORD, port=shop.port)

    fingerprints = {a.user_id: fingerprint(shop, uow_factory, a) for a in shop.people.values()}

    def fp(actor):
        return fingerprints[actor.user_id]

    with engine.connect() as conn:
        def signed(sql):
            return conn.execute(text(sql)).all()

        assert signed("SELECT certificate_fingerprint, signed_with FROM anomaly_forms") == [
            (fp(shop.oqc_inspector), "password")]
        assert signed("SELECT stage, certificate_fingerprint, signed_with FROM reinspections "
                      "ORDER BY id") == [("test", fp(shop.tester), "password"),
                                         ("oqc", fp(shop.oqc_inspector), "password")]
        assert signed("SELECT certificate_fingerprint, signed_with FROM shipping_notes") == [
            (fp(shop.business_clerk), "password")]
        assert signed("SELECT certificate_fingerprint, signed_with FROM escalations "
                      "WHERE status = 'decided'") == [(fp(shop.qc_supervisor), "password")]
        assert signed("SELECT certificate_fingerprint, signed_with FROM corrective_actions") \
            == [(fp(shop.tech_supervisor), "password")]
        # Each slip signature's log line names the certificate too.
        slip_lines = conn.execute(text(
            "SELECT actor_name, detail FROM tracking_log WHERE action = 'slip_signed' "
            "AND rma_no = :r ORDER BY id"), {"r": rma_no}).all()
    assert len(slip_lines) == 10  # five handovers, giver and receiver each
    people = {a.username: a for a in shop.people.values()}
    for name, detail in slip_lines:
        detail = json.loads(detail) if isinstance(detail, str) else detail
        assert detail["certificate_fingerprint"] == fp(people[name])
        assert detail["signed_with"] == "password"
