"""Badge + PIN signatures after a full one in the same session (21 CFR 11.200(a)(1)).

On both backends: the first signature of a session needs the password; later ones may use the
badge scan + PIN; the lock (a wipe) asks for the password again; a wrong PIN counts toward the
lock-out; the record and its log line say which components signed; batch signatures record
and log each unit. The attacks: a PIN-only signature with no full signature in the session,
with another person's armed session, and after the wipe, are all refused, and sign nothing.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from benchapp.domain.errors import AuthError, InvalidInput, Reason
from benchapp.domain.roles import Station
from benchapp.services import audit, users
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from benchapp.services.signing_session import BadgePinProof, PasswordProof, SigningSession
from benchapp.slips.errors import CredentialError
from tests.workflow_helpers import PASSWORD, Bench, enable_signing

BADGE, PIN = "BADGE-T100", "2468"


@pytest.fixture
def shop(uow_factory):
    return Bench(uow_factory())


@pytest.fixture
def inspector(shop, uow_factory):
    """A tester who is also the OQC inspector, with a badge and PIN and a signing key."""
    user = users.add_user(uow_factory(), shop.admin, username="wangfang",
                          display_name="王芳", roles=["tester", "oqc_inspector"],
                          password=PASSWORD, badge=BADGE, pin=PIN)
    enable_signing(uow_factory(), [user])
    return user.actor()


def awaiting_retest(shop, n=1):
    rma_no, serials = shop.receive(n)
    shop.to_qc(rma_no, serials)
    for serial in serials:
        shop.screen(rma_no, serial, "FAIL", "PASS")
    shop.to_repair(rma_no, serials)
    for serial in serials:
        shop.repair(rma_no, serial)
    shop.back_to_qc(rma_no, serials)
    return rma_no, serials


def retest(uow_factory, shop, actor, rma_no, serial, proof):
    wf.record_reinspection_test(uow_factory(), actor, rma_no=rma_no, serial=serial,
                                verdict="PASS", password=proof, port=shop.port)


def signed_rows(engine, stage):
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT u.serial, r.signed_with FROM reinspections r JOIN units u "
            "ON u.id = r.unit_id WHERE r.stage = :s ORDER BY r.id"), {"s": stage}).all()


def log_details(engine, action):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT serial, detail FROM tracking_log WHERE action = :a "
                                 "ORDER BY id"), {"a": action}).all()
    return [(serial, d if isinstance(d, dict) else json.loads(d)) for serial, d in rows]


def failed_attempts(uow_factory, actor):
    with uow_factory() as uow:
        return uow.users.get(actor.user_id).failed_logins


def test_a_pin_signs_only_after_a_full_signature_in_the_session(shop, uow_factory, engine,
                                                                 inspector):
    rma_no, (first, second) = awaiting_retest(shop, 2)
    session = SigningSession()
    # The attack: badge + PIN, both right, before any full signature in this session.
    with pytest.raises(AuthError) as err:
        retest(uow_factory, shop, inspector, rma_no, first,
               BadgePinProof(BADGE, PIN, session))
    assert err.value.reason is Reason.FULL_SIGNATURE_REQUIRED
    with pytest.raises(AuthError):  # ... or with no session at all
        retest(uow_factory, shop, inspector, rma_no, first, BadgePinProof(BADGE, PIN))
    assert shop.state(rma_no, first) == "awaiting_reinspection"
    assert signed_rows(engine, "test") == []
    assert failed_attempts(uow_factory, inspector) == 0  # refused before the PIN is looked at
    # The full signature arms the session; then badge + PIN sign.
    retest(uow_factory, shop, inspector, rma_no, first, PasswordProof(PASSWORD, session))
    assert session.armed_for(inspector.user_id)
    retest(uow_factory, shop, inspector, rma_no, second,
           BadgePinProof(" badge-t100 ", PIN, session))  # a scan, as the scanner sends it
    assert signed_rows(engine, "test") == [(first, "password"), (second, "badge+pin")]
    logged = {s: d for s, d in log_details(engine, "reinspection_test")}
    assert logged[first]["signed_with"] == "password"
    assert logged[second]["signed_with"] == "badge+pin"
    assert logged[first]["certificate_fingerprint"] == logged[second]["certificate_fingerprint"]
    assert audit.verify_audit_trail(uow_factory(), slip_port=shop.port).ok


def test_the_lock_wipes_the_session_and_the_password_is_needed_again(shop, uow_factory,
                                                                      inspector):
    rma_no, (first, second) = awaiting_retest(shop, 2)
    session = SigningSession()
    retest(uow_factory, shop, inspector, rma_no, first, PasswordProof(PASSWORD, session))
    session.wipe()  # the idle lock, a sign-out, a change of user
    assert not session.armed_for(inspector.user_id)
    with pytest.raises(AuthError) as err:
        retest(uow_factory, shop, inspector, rma_no, second,
               BadgePinProof(BADGE, PIN, session))
    assert err.value.reason is Reason.FULL_SIGNATURE_REQUIRED
    assert shop.state(rma_no, second) == "awaiting_reinspection"
    retest(uow_factory, shop, inspector, rma_no, second, PasswordProof(PASSWORD, session))
    assert shop.state(rma_no, second) == "oqc_pending"


def test_another_persons_armed_session_does_not_sign_for_them(shop, uow_factory, inspector):
    """A session armed by the tester's password: the OQC inspector's own badge and PIN, at
    that unlocked screen, open nothing (the session holds the tester's key, not theirs)."""
    other = users.add_user(uow_factory(), shop.admin, username="lisi", display_name="李四",
                           roles=["tester"], password=PASSWORD, badge="BADGE-L200", pin="1357")
    enable_signing(uow_factory(), [other])
    rma_no, (first, second) = awaiting_retest(shop, 2)
    session = SigningSession()
    retest(uow_factory, shop, inspector, rma_no, first, PasswordProof(PASSWORD, session))
    with pytest.raises(AuthError) as err:
        retest(uow_factory, shop, other.actor(), rma_no, second,
               BadgePinProof("BADGE-L200", "1357", session))
    assert err.value.reason is Reason.FULL_SIGNATURE_REQUIRED
    # ... nor does the signed-in person's session accept someone else's badge.
    with pytest.raises(AuthError) as err:
        retest(uow_factory, shop, inspector, rma_no, second,
               BadgePinProof("BADGE-L200", "1357", session))
    assert err.value.reason is Reason.SIGNATURE_PIN_WRONG
    assert shop.state(rma_no, second) == "awaiting_reinspection"


def test_wrong_pins_count_toward_the_lock_out(shop, uow_factory, engine, inspector):
    rma_no, (first, second) = awaiting_retest(shop, 2)
    session = SigningSession()
    retest(uow_factory, shop, inspector, rma_no, first, PasswordProof(PASSWORD, session))
    for attempt in range(1, 5):
        with pytest.raises(AuthError) as err:
            retest(uow_factory, shop, inspector, rma_no, second,
                   BadgePinProof(BADGE, "0000", session))
        assert err.value.reason is Reason.SIGNATURE_PIN_WRONG
        assert failed_attempts(uow_factory, inspector) == attempt
    with pytest.raises(AuthError) as err:  # the fifth locks the account
        retest(uow_factory, shop, inspector, rma_no, second,
               BadgePinProof(BADGE, "0000", session))
    assert err.value.reason is Reason.ACCOUNT_LOCKED
    with pytest.raises(AuthError):  # locked: the right PIN signs nothing now
        retest(uow_factory, shop, inspector, rma_no, second, BadgePinProof(BADGE, PIN, session))
    assert shop.state(rma_no, second) == "awaiting_reinspection"
    methods = [d["method"] for _s, d in log_details(engine, "signature_failed")]
    assert methods == ["signing_pin"] * 5


def test_a_wrong_password_does_not_arm_the_session(shop, uow_factory, inspector):
    rma_no, (serial,) = awaiting_retest(shop, 1)
    session = SigningSession()
    with pytest.raises(CredentialError):
        retest(uow_factory, shop, inspector, rma_no, serial,
               PasswordProof("not-my-password", session))
    assert not session.armed_for(inspector.user_id)
    with pytest.raises(AuthError):
        retest(uow_factory, shop, inspector, rma_no, serial, BadgePinProof(BADGE, PIN, session))


def test_a_slip_signed_with_badge_and_pin_verifies(shop, uow_factory, engine):
    clerk = users.add_user(uow_factory(), shop.admin, username="zhaolei", display_name="赵磊",
                           roles=["business_clerk"], password=PASSWORD, badge="BADGE-Z300",
                           pin="8642")
    enable_signing(uow_factory(), [clerk])
    session = SigningSession()
    rma_no, serials = shop.receive(1)
    # The clerk's first signature (a slip) arms the session, the second uses badge + PIN.
    first = ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                         from_station=Station.RECEIVING, to_station=Station.QC,
                         serials=serials, declared_count=1, password=PASSWORD, port=shop.port)
    rma2, serials2 = shop.receive(1)
    ss.hand_over(uow_factory(), clerk.actor(), rma_no=rma2, from_station=Station.RECEIVING,
                 to_station=Station.QC, serials=serials2, declared_count=1,
                 password=PasswordProof(PASSWORD, session), port=shop.port)
    rma3, serials3 = shop.receive(1)
    third = ss.hand_over(uow_factory(), clerk.actor(), rma_no=rma3,
                         from_station=Station.RECEIVING, to_station=Station.QC,
                         serials=serials3, declared_count=1,
                         password=BadgePinProof("BADGE-Z300", "8642", session), port=shop.port)
    signed = [d["signed_with"] for _s, d in log_details(engine, "slip_signed")]
    assert signed == ["password", "password", "badge+pin"]
    for slip_no in (first.slip_no, third.slip_no):
        verdict = ss.verify_stored_slip(uow_factory(), slip_no, shop.port)
        assert verdict is not None and verdict.ok, verdict
    assert audit.verify_audit_trail(uow_factory(), slip_port=shop.port).ok


def test_one_signature_for_three_units_records_and_logs_each(shop, uow_factory, engine,
                                                             inspector):
    rma_no, serials = awaiting_retest(shop, 3)
    session = SigningSession()
    assert wf.record_reinspection_tests(
        uow_factory(), inspector, rma_no=rma_no, serials=serials, verdict="PASS",
        password=PasswordProof(PASSWORD, session), port=shop.port) == serials
    assert wf.record_oqc_batch(
        uow_factory(), inspector, rma_no=rma_no, serials=serials + [serials[0]],
        verdict="PASS", password=BadgePinProof(BADGE, PIN, session), port=shop.port) == serials
    assert [shop.state(rma_no, s) for s in serials] == ["ready_to_pack"] * 3
    assert signed_rows(engine, "oqc") == [(s, "badge+pin") for s in serials]
    logged = log_details(engine, "oqc_inspection")
    assert [s for s, _d in logged] == serials
    assert {d["signed_with"] for _s, d in logged} == {"badge+pin"}
    assert audit.verify_audit_trail(uow_factory(), slip_port=shop.port).ok


def test_a_batch_is_all_or_nothing(shop, uow_factory, engine, inspector):
    rma_no, serials = awaiting_retest(shop, 3)
    wf.record_reinspection_tests(uow_factory(), inspector, rma_no=rma_no, serials=serials[:2],
                                 verdict="PASS", password=PASSWORD, port=shop.port)
    # The third unit is not at OQC yet: the whole batch is refused, none recorded.
    with pytest.raises(Exception) as err:
        wf.record_oqc_batch(uow_factory(), inspector, rma_no=rma_no, serials=serials,
                            verdict="PASS", password=PASSWORD, port=shop.port)
    assert getattr(err.value, "reason", None) is Reason.OUT_OF_ORDER
    assert signed_rows(engine, "oqc") == []
    with pytest.raises(InvalidInput):
        wf.record_oqc_batch(uow_factory(), inspector, rma_no=rma_no, serials=[" "],
                            verdict="PASS", password=PASSWORD, port=shop.port)
