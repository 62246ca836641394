"""Secrets as strong as the login (issue 12 item 4), each attack performed and refused:
parallel wrong logins all counted and logged, wrong signing passwords locking the account,
old PBKDF2 keys re-wrapped under argon2id at their next use, the password policy and ageing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import text

from benchapp.domain.errors import AuthError, InvalidInput, Reason
from benchapp.services import signing, users
from benchapp.services import slips as ss
from benchapp.services.supervision import change_setting
from benchapp.slips.ca import UserCredential, unlock_user_key
from benchapp.slips.port import PdfSlips

PASSWORD = "Bench-pass-2026"
CA_PASS = "shop-ca-pass-1"


@pytest.fixture
def admin(uow_factory):
    return users.add_user(uow_factory(), None, username="admin", display_name="管理员",
                          roles=["admin"], password=PASSWORD).actor()


@pytest.fixture
def clerk(uow_factory, admin):
    return users.add_user(uow_factory(), admin, username="clerk", display_name="张伟",
                          roles=["business_clerk"], password=PASSWORD)


def _actions(engine, action):
    with engine.connect() as conn:
        return conn.execute(text("SELECT detail FROM tracking_log WHERE action = :a ORDER BY id"),
                            {"a": action}).all()


def _user_row(engine, username):
    with engine.connect() as conn:
        return conn.execute(text("SELECT failed_logins, locked FROM users WHERE username = :u"),
                            {"u": username}).one()


def test_parallel_wrong_logins_are_each_counted_and_logged(uow_factory, engine, clerk):
    """31 benches guess at once: no attempt is lost to a version conflict or left unlogged."""
    attempts, outcomes, start = 31, [], threading.Barrier(31)

    def guess(n):
        start.wait()
        try:
            users.login(uow_factory(), "clerk", f"wrong-guess-{n}")
        except Exception as exc:  # noqa: BLE001 - the test looks at what each attempt got
            outcomes.append(exc)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(attempts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == attempts
    reasons = [getattr(e, "reason", type(e).__name__) for e in outcomes]
    assert set(reasons) <= {Reason.LOGIN_FAILED, Reason.ACCOUNT_LOCKED}, reasons
    failed, refused = _actions(engine, "login_failed"), _actions(engine, "login_refused")
    assert len(failed) + len(refused) == attempts  # every attempt is in the log
    count, locked = _user_row(engine, "clerk")
    assert count == len(failed) >= 5 and locked
    assert len(_actions(engine, "account_locked")) == 1
    with pytest.raises(AuthError) as err:
        users.login(uow_factory(), "clerk", PASSWORD)
    assert err.value.reason is Reason.ACCOUNT_LOCKED


@pytest.fixture
def port():
    return PdfSlips()


@pytest.fixture
def signer(uow_factory, admin, clerk, port):
    ss.init_ca(uow_factory(), admin, shop_name="华强精密电子", passphrase=CA_PASS, port=port)
    ss.issue_credential(uow_factory(), admin, username="clerk", password=PASSWORD,
                        ca_passphrase=CA_PASS, port=port)
    return clerk.actor()


def test_wrong_signing_passwords_count_toward_the_login_lock_out(uow_factory, engine, signer,
                                                                port):
    from benchapp.slips.errors import CredentialError

    for _ in range(4):
        with pytest.raises(CredentialError):
            signing.check_signer_password(uow_factory(), signer, "not-my-password", port)
    with pytest.raises(AuthError) as err:
        signing.check_signer_password(uow_factory(), signer, "not-my-password", port)
    assert err.value.reason is Reason.ACCOUNT_LOCKED
    assert len(_actions(engine, "signature_failed")) == 5
    assert len(_actions(engine, "account_locked")) == 1
    # Locked means locked: neither the right signing password nor the login works now.
    with pytest.raises(AuthError):
        signing.check_signer_password(uow_factory(), signer, PASSWORD, port)
    with pytest.raises(AuthError):
        users.login(uow_factory(), "clerk", PASSWORD)


def test_a_legacy_pbkdf2_key_is_rewrapped_under_argon2id_at_its_next_use(uow_factory, engine,
                                                                         signer, port):
    with engine.connect() as conn:
        cert, wrapped = conn.execute(text(
            "SELECT cert_pem, encrypted_key_pem FROM user_credentials "
            "WHERE user_id = :u"), {"u": signer.user_id}).one()
    key = unlock_user_key(UserCredential(cert.encode(), wrapped.encode()), PASSWORD)
    legacy = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.BestAvailableEncryption(PASSWORD.encode()))
    with engine.begin() as conn:  # what an earlier version stored
        conn.execute(text("UPDATE user_credentials SET encrypted_key_pem = :k WHERE user_id = :u"),
                     {"k": legacy.decode(), "u": signer.user_id})
    signing.check_signer_password(uow_factory(), signer, PASSWORD, port)
    with engine.connect() as conn:
        now_stored = conn.execute(text("SELECT encrypted_key_pem FROM user_credentials "
                                       "WHERE user_id = :u"), {"u": signer.user_id}).scalar_one()
    assert "argon2id" in now_stored and "PRIVATE KEY" not in now_stored
    assert len(_actions(engine, "signing_key_rewrapped")) == 1
    signing.check_signer_password(uow_factory(), signer, PASSWORD, port)  # still opens


@pytest.mark.parametrize(("password", "reason"), [
    ("short", Reason.PASSWORD_TOO_SHORT),
    ("12345678", Reason.PASSWORD_COMMON),
    ("Password1", Reason.PASSWORD_COMMON),  # case does not help
    ("qc.lead-7", Reason.PASSWORD_IS_USERNAME),
])
def test_the_password_policy_refuses_weak_passwords(uow_factory, admin, password, reason):
    with pytest.raises(InvalidInput) as err:
        users.add_user(uow_factory(), admin, username="qc.lead-7", display_name="李娜",
                       roles=["qc_lead"], password=password)
    assert err.value.reason is reason
    with uow_factory() as uow:
        assert uow.users.by_username("qc.lead-7") is None


def test_the_policy_applies_to_changes_and_the_shop_sets_the_length(uow_factory, admin, clerk):
    with pytest.raises(InvalidInput) as err:
        users.change_password(uow_factory(), "clerk", PASSWORD, "iloveyou", PdfSlips())
    assert err.value.reason is Reason.PASSWORD_COMMON
    change_setting(uow_factory(), admin, "password_min_length", "12")
    with pytest.raises(InvalidInput) as err:
        users.change_password(uow_factory(), "clerk", PASSWORD, "Bench-2027", PdfSlips())
    assert err.value.reason is Reason.PASSWORD_TOO_SHORT
    assert users.change_password(uow_factory(), "clerk", PASSWORD, "Bench-pass-2027",
                                 PdfSlips()) == "no_key"
    users.login(uow_factory(), "clerk", "Bench-pass-2027")


def test_password_ageing_forces_a_change_at_sign_in(uow_factory, engine, admin, clerk):
    user = users.login(uow_factory(), "clerk", PASSWORD)
    assert not users.must_change_password(uow_factory(), user)
    from sqlalchemy import update

    from benchapp.db.models import UserRow

    with engine.begin() as conn:
        conn.execute(update(UserRow.__table__).where(UserRow.__table__.c.username == "clerk")
                     .values(password_changed_at=datetime.now(UTC) - timedelta(days=40)))
    user = users.login(uow_factory(), "clerk", PASSWORD)
    assert not users.must_change_password(uow_factory(), user)  # ageing is off by default
    change_setting(uow_factory(), admin, "password_max_age_days", "30")
    assert users.must_change_password(uow_factory(), users.login(uow_factory(), "clerk",
                                                                 PASSWORD))
    users.change_password(uow_factory(), "clerk", PASSWORD, "Bench-pass-2027", PdfSlips())
    assert not users.must_change_password(uow_factory(), users.login(uow_factory(), "clerk",
                                                                     "Bench-pass-2027"))


def test_a_clerk_corrects_an_rma_header_before_the_first_handover(uow_factory, engine):
    """The found case: a TAB typed into the customer name by an older version froze the RMA;
    a clerk corrects it with a reason (logged, old and new), and not after a handover."""
    from benchapp.domain.errors import NotPermitted, OutOfOrder
    from benchapp.services import workflow
    from tests.workflow_helpers import Bench

    bench = Bench(uow_factory())
    rma_no, serials = bench.receive(1)
    with engine.begin() as conn:  # what an older version let through
        conn.execute(text("UPDATE rmas SET customer = :c WHERE rma_no = :r"),
                     {"c": "华强\t电子", "r": rma_no})
    with pytest.raises(NotPermitted):
        workflow.correct_rma(uow_factory(), bench.packer, rma_no=rma_no, field="customer",
                             value="华强电子", reason="typo")
    with pytest.raises(InvalidInput) as err:
        workflow.correct_rma(uow_factory(), bench.business_clerk, rma_no=rma_no,
                             field="customer", value="华强\n电子", reason="typo")
    assert "U+000A LINE FEED" in err.value.message
    with pytest.raises(InvalidInput):
        workflow.correct_rma(uow_factory(), bench.business_clerk, rma_no=rma_no,
                             field="customer", value="华强电子", reason="  ")
    old, new = workflow.correct_rma(uow_factory(), bench.business_clerk, rma_no=rma_no,
                                    field="customer", value="华强\u3000电子",
                                    reason="TAB from the old form")
    assert (old, new) == ("华强\t电子", "华强 电子")
    with uow_factory() as uow:
        assert uow.rmas.get(rma_no).customer == "华强 电子"
        logged = [e for e in uow.log.for_rma(rma_no) if e.action == "rma_corrected"]
    assert [(e.actor_name, e.detail) for e in logged] == [(bench.business_clerk.username, {
        "field": "customer", "old": "华强\t电子", "new": "华强 电子",
        "reason": "TAB from the old form"})]
    bench.to_qc(rma_no, serials)
    with pytest.raises(OutOfOrder) as err:
        workflow.correct_rma(uow_factory(), bench.business_clerk, rma_no=rma_no,
                             field="model", value="PCBA-X", reason="wrong model")
    assert err.value.reason is Reason.RMA_ALREADY_HANDED_OVER


def test_a_legacy_ca_key_is_rewrapped_and_the_shop_ca_trigger_allows_only_that(
        uow_factory, engine, signer, port):
    from benchapp.slips.ca import unwrap_key

    with engine.connect() as conn:
        cert, wrapped = conn.execute(text(
            "SELECT cert_pem, encrypted_key_pem FROM shop_ca")).one()
    legacy = unwrap_key(wrapped.encode(), CA_PASS).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(CA_PASS.encode()))
    with engine.begin() as conn:  # what an earlier version stored
        conn.execute(text("UPDATE shop_ca SET encrypted_key_pem = :k"), {"k": legacy.decode()})
    admin = users.login(uow_factory(), "admin", PASSWORD).actor()
    ss.issue_credential(uow_factory(), admin, username="clerk", password=PASSWORD,
                        ca_passphrase=CA_PASS, port=port)  # opens the CA key, re-wraps it
    with engine.connect() as conn:
        now_cert, now_key = conn.execute(text(
            "SELECT cert_pem, encrypted_key_pem FROM shop_ca")).one()
    assert now_cert == cert and "argon2id" in now_key and "PRIVATE KEY" not in now_key
    with pytest.raises(Exception, match="shop_ca holds one CA"), engine.begin() as conn:
        conn.execute(text("UPDATE shop_ca SET cert_pem = 'x'"))


def test_reading_a_user_who_changed_their_password_writes_nothing(uow_factory, engine, admin,
                                                                  clerk):
    """A use case that only reads a user (every signed accept reads the receiver) leaves that
    row as it is: no UPDATE, no new version (on SQLite the stored time came back naive and
    never matched the user's aware one, so each commit rewrote the row)."""
    from sqlalchemy import event

    users.change_password(uow_factory(), "clerk", PASSWORD, "Bench-pass-2027", PdfSlips())
    with engine.connect() as conn:
        before = conn.execute(text("SELECT version, password_changed_at FROM users "
                                   "WHERE username = 'clerk'")).one()
    assert before.password_changed_at is not None
    writes = []

    def seen(conn, cursor, statement, *args):  # noqa: ANN001
        if statement.lstrip().upper().startswith("UPDATE USERS"):
            writes.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        uow = uow_factory()
        with uow:
            assert uow.users.get(clerk.id).password_changed_at is not None
            uow.commit()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert writes == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM users WHERE username = 'clerk'")
                            ).scalar_one() == before.version
