"""Handovers with signed slips on both backends: give, verify, countersign, refuse, chain."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from sqlalchemy import text

from benchapp.domain.errors import AuthError, HandoverRefused, NotPermitted, Reason
from benchapp.domain.handover import Refusal
from benchapp.domain.roles import Station
from benchapp.services import slips as ss
from benchapp.services import users
from benchapp.slips.errors import CredentialError
from tests.integration.slips.conftest import _tool
from tests.integration.slips.test_sign_verify import _append_annotation
from tests.tools import environment_tool
from tests.workflow_helpers import CA_PASS, PASSWORD, Bench, slip_port


@pytest.fixture(scope="module")
def port():
    return slip_port()


@pytest.fixture
def shop(uow_factory):
    return Bench(uow_factory())  # the shop CA (CA_PASS) and everyone's certificate installed


def give(shop, uow_factory, port, serials, rma_no):
    return ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                        from_station=Station.RECEIVING, to_station=Station.QC, serials=serials,
                        declared_count=len(serials), password=PASSWORD, port=port)


def receive(shop, uow_factory, port, slip_no, scanned, station=Station.QC):
    return ss.receive(uow_factory(), shop.packer, slip_no=slip_no, station=station,
                      scanned=scanned, password=PASSWORD, port=port)


def test_each_signature_runs_the_password_kdf_once(shop, uow_factory, port, monkeypatch):
    """The password opens the key once (argon2id, ~0.1 s on a bench PC) and the signature uses
    that opening: checking the password and then signing with it ran the KDF twice."""
    from benchapp.slips import ca

    runs: list[int] = []
    real = ca._derive

    def counted(*args):  # noqa: ANN002, ANN202
        runs.append(1)
        return real(*args)

    rma_no, serials = shop.receive(2)
    monkeypatch.setattr(ca, "_derive", counted)
    h = give(shop, uow_factory, port, serials, rma_no)
    assert len(runs) == 1
    got = receive(shop, uow_factory, port, h.slip_no, serials)
    assert len(runs) == 2
    assert got.check.ok  # and both signatures are sound
    assert ss.verify_file(uow_factory(), ss.slip_pdf(uow_factory(), h.slip_no), port).ok
    # A wrong password still fails, naming the signer, with nothing stored.
    other_rma, others = shop.receive(1)
    with pytest.raises(CredentialError) as err:
        ss.hand_over(uow_factory(), shop.business_clerk, rma_no=other_rma,
                     from_station=Station.RECEIVING, to_station=Station.QC, serials=others,
                     declared_count=1, password="not-the-password", port=port)
    assert shop.business_clerk.username in str(err.value)
    assert ss.list_slips(uow_factory(), other_rma) == []


def test_give_and_receive_leave_a_slip_with_two_valid_signatures(shop, uow_factory, port,
                                                                   engine):
    rma_no, serials = shop.receive(3)
    h = give(shop, uow_factory, port, serials, rma_no)
    assert ss.list_slips(uow_factory(), rma_no)[0].state == "given"
    got = receive(shop, uow_factory, port, h.slip_no, serials)
    assert got.check.ok and got.check.signed_by("giver")
    assert shop.state(rma_no, serials[0]) == "awaiting_screening"
    pdf = ss.slip_pdf(uow_factory(), h.slip_no)
    verdict = ss.verify_file(uow_factory(), pdf, port)
    assert verdict.ok
    assert [(s.field, s.meaning) for s in verdict.signers] == [("giver", "handed_over"),
                                                              ("receiver", "received")]
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM tracking_log WHERE rma_no = :r ORDER BY id"), {"r": rma_no})]
    assert actions.count("slip_signed") == 2


def test_a_miscount_is_refused_signed_and_units_stay(shop, uow_factory, port):
    rma_no, serials = shop.receive(3)
    h = give(shop, uow_factory, port, serials, rma_no)
    with pytest.raises(HandoverRefused) as err:
        receive(shop, uow_factory, port, h.slip_no, serials[:2])
    assert err.value.refusal is Refusal.COUNT_MISMATCH
    (record,) = ss.list_slips(uow_factory(), rma_no)
    assert record.state == "refused"
    assert record.pdf == b""  # a listing, not the documents
    verdict = ss.verify_file(uow_factory(), ss.slip_pdf(uow_factory(), record.slip_no), port)
    assert verdict.ok and verdict.signers[1].meaning == "refused"
    assert shop.state(rma_no, serials[0]) == "received"


def test_a_tampered_stored_slip_is_refused_as_altered(shop, uow_factory, port, engine):
    rma_no, serials = shop.receive(2)
    h = give(shop, uow_factory, port, serials, rma_no)
    pdf = bytearray(ss.slip_pdf(uow_factory(), h.slip_no))
    at = pdf.find(b"RMA-")  # inside the signed content
    pdf[at + 4:at + 5] = b"9" if pdf[at + 4:at + 5] != b"9" else b"8"
    with engine.begin() as conn:
        conn.execute(text("UPDATE slips SET pdf = :p WHERE slip_no = :s"),
                     {"p": bytes(pdf), "s": h.slip_no})
    with pytest.raises(HandoverRefused) as err:
        receive(shop, uow_factory, port, h.slip_no, serials)
    assert err.value.refusal is Refusal.SLIP_ALTERED
    assert shop.state(rma_no, serials[0]) == "received"


def test_a_missing_slip_pdf_is_refused(shop, uow_factory, port, engine):
    rma_no, serials = shop.receive(1)
    h = give(shop, uow_factory, port, serials, rma_no)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM slips WHERE slip_no = :s"), {"s": h.slip_no})
    with pytest.raises(HandoverRefused) as err:
        receive(shop, uow_factory, port, h.slip_no, serials)
    assert err.value.refusal is Refusal.MISSING_SLIP


def test_signing_needs_the_signers_own_password_and_role(shop, uow_factory, port):
    rma_no, serials = shop.receive(1)
    with pytest.raises(CredentialError):
        ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                     from_station=Station.RECEIVING, to_station=Station.QC, serials=serials,
                     declared_count=1, password="not-my-password", port=port)
    assert ss.list_slips(uow_factory(), rma_no) == []  # nothing written
    with pytest.raises(NotPermitted):
        ss.hand_over(uow_factory(), shop.packer, rma_no=rma_no,
                     from_station=Station.RECEIVING, to_station=Station.QC, serials=serials,
                     declared_count=1, password=PASSWORD, port=port)
    h = give(shop, uow_factory, port, serials, rma_no)
    with pytest.raises(CredentialError):
        ss.receive(uow_factory(), shop.packer, slip_no=h.slip_no, station=Station.QC,
                   scanned=serials, password="wrong-one", port=port)
    with uow_factory() as uow:
        assert uow.handovers.get(h.slip_no).status.value == "open"


def test_password_reset_gives_a_one_time_password_that_cannot_sign(shop, uow_factory, port,
                                                                    engine):
    rma_no, serials = shop.receive(1)
    h = give(shop, uow_factory, port, serials, rma_no)
    clerk = shop.business_clerk.username
    one_time = users.reset_password(uow_factory(), shop.admin, clerk)
    assert len(one_time) == 12
    assert ss.verify_file(uow_factory(), ss.slip_pdf(uow_factory(), h.slip_no), port).ok
    rma2, serials2 = shop.receive(1)

    def sign_as_clerk(password):
        return ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma2,
                            from_station=Station.RECEIVING, to_station=Station.QC,
                            serials=serials2, declared_count=1, password=password, port=port)

    # The attack: the administrator knows the one-time password and tries to sign with it,
    # or to have a certificate issued under it.
    for password in (one_time, PASSWORD):
        with pytest.raises(AuthError) as err:
            sign_as_clerk(password)
        assert err.value.reason is Reason.PASSWORD_CHANGE_REQUIRED
    with pytest.raises(AuthError):
        ss.issue_credential(uow_factory(), shop.admin, username=clerk, password=one_time,
                            ca_passphrase=CA_PASS, port=port)
    # The user signs in with it and chooses their own; the key is made under that password.
    assert users.must_change_password(uow_factory(), users.login(uow_factory(), clerk, one_time))
    assert users.change_password(uow_factory(), clerk, one_time, "Clerk-own-2026",
                                 port) == "pending_certificate"
    with pytest.raises(ss.SlipsNotSetUp):  # no certificate yet: still cannot sign
        sign_as_clerk("Clerk-own-2026")
    fp = ss.issue_pending(uow_factory(), shop.admin, username=clerk, ca_passphrase=CA_PASS,
                          port=port)
    with pytest.raises(CredentialError):  # the old password does not open the new key
        sign_as_clerk(PASSWORD)
    signed = sign_as_clerk("Clerk-own-2026")
    assert ss.verify_file(uow_factory(), ss.slip_pdf(uow_factory(), signed.slip_no), port).ok
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM tracking_log WHERE rma_no = '-' ORDER BY id"))]
        stored = conn.execute(text("SELECT fingerprint FROM user_credentials "
                                   "WHERE superseded_at IS NULL AND user_id = :u"),
                              {"u": shop.business_clerk.user_id}).scalar_one()
    assert stored == fp
    tail = actions[actions.index("password_reset"):]
    assert "password_changed" in tail and "certificate_issued" in tail


def test_rma_chain_detects_a_removed_slip(shop, uow_factory, port, engine):
    rma_no, serials = shop.receive(3)
    first = give(shop, uow_factory, port, serials[:1], rma_no)
    second = give(shop, uow_factory, port, serials[1:2], rma_no)
    third = give(shop, uow_factory, port, serials[2:], rma_no)
    assert ss.verify_rma(uow_factory(), rma_no, port) == []
    records = ss.list_slips(uow_factory(), rma_no)
    assert records[1].previous_sha256 == records[0].content_sha256
    assert records[2].previous_sha256 == records[1].content_sha256
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM slips WHERE slip_no = :s"), {"s": second.slip_no})
    problems = ss.verify_rma(uow_factory(), rma_no, port)
    assert {p.slip_no for p in problems} == {third.slip_no, second.slip_no}
    assert first.slip_no not in {p.slip_no for p in problems}


def test_reprints_are_counted_and_logged(shop, uow_factory, port, engine):
    rma_no, serials = shop.receive(1)
    h = give(shop, uow_factory, port, serials, rma_no)
    assert ss.record_printed(uow_factory(), shop.business_clerk, h.slip_no) is False
    assert ss.record_printed(uow_factory(), shop.business_clerk, h.slip_no) is True
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM tracking_log WHERE action LIKE 'slip_%print%' ORDER BY id"))]
    assert actions == ["slip_printed", "slip_reprinted"]


def test_cli_verify_export_list_and_ca_export(shop, uow_factory, port, db_url, tmp_path):
    rma_no, serials = shop.receive(2)
    h = give(shop, uow_factory, port, serials, rma_no)
    receive(shop, uow_factory, port, h.slip_no, serials)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db_url],
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "BENCHAPP_PASSWORD": PASSWORD})

    out = tmp_path / "slip.pdf"
    r = run("slip", "export", h.slip_no, "--out", str(out))
    assert r.returncode == 1 and "--as USER" in r.stderr and not out.exists()
    r = run("slip", "export", h.slip_no, "--out", str(out), "--as", "admin")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == ss.slip_pdf(uow_factory(), h.slip_no)  # byte for byte
    r = run("slip", "verify", str(out))
    assert r.returncode == 0, r.stderr
    assert f"slip {h.slip_no} is valid" in r.stdout and "receiver" in r.stdout
    r = run("slip", "list", "--rma", rma_no)
    assert r.stdout.startswith(h.slip_no)
    r = run("slip", "verify", "--rma", rma_no)
    assert r.returncode == 0 and "chain intact" in r.stdout
    # One changed byte, and an appended update after the last signature: both refused.
    data = bytearray(out.read_bytes())
    at = data.find(b"SLP-")
    data[at + 4:at + 5] = b"9" if data[at + 4:at + 5] != b"9" else b"8"
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    r = run("slip", "verify", str(bad))
    assert r.returncode == 1 and "INVALID" in r.stderr
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(_append_annotation(out.read_bytes()))
    r = run("slip", "verify", str(appended))
    assert r.returncode == 1 and "update_after_signature" in r.stderr
    pem = tmp_path / "ca.pem"
    r = run("ca", "export", "--out", str(pem))
    assert r.returncode == 0 and pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    # Any PDF validator accepts the slip with the shop CA as its trust root (pyhanko-cli is in
    # the test extras).
    pyhanko = environment_tool("pyhanko")
    assert pyhanko is not None, "pyhanko-cli (test extra) is not installed"
    validator = subprocess.run([pyhanko, "sign", "validate", "--trust", str(pem),
                                "--trust-replace", str(out)], capture_output=True, text=True,
                               check=False)
    assert validator.returncode == 0, validator.stdout + validator.stderr


def test_cli_prints_then_reprints_as_copy_and_writes_labels(shop, uow_factory, port, db_url,
                                                            tmp_path):
    rma_no, serials = shop.receive(2)
    h = give(shop, uow_factory, port, serials, rma_no)
    env = {**os.environ, "BENCHAPP_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db_url],
                              capture_output=True, text=True, timeout=120, env=env)

    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    clerk = shop.business_clerk.username
    r = run("slip", "print", h.slip_no, "--to-pdf", str(first), "--as", clerk)
    assert r.returncode == 0, r.stderr
    assert "printed" in r.stdout and "COPY" not in r.stdout
    r = run("slip", "print", h.slip_no, "--to-pdf", str(second), "--as", clerk)
    assert r.returncode == 0 and "副本 / COPY" in r.stdout, r.stderr
    assert first.stat().st_size > 10_000 and second.read_bytes() != first.read_bytes()
    r = run("slip", "print", h.slip_no, "--printer", "no-such-printer", "--as", clerk)
    assert r.returncode == 1 and "stays unprinted" in r.stderr
    machine = tmp_path / "benchapp.toml"  # this PC's A4 printer, from its machine file
    machine.write_text('[printers]\na4 = "no-such-a4"\n', encoding="utf-8")
    env["BENCHAPP_MACHINE_CONFIG"] = str(machine)
    r = run("slip", "print", h.slip_no, "--as", clerk)
    assert r.returncode == 1 and "The printer no-such-a4 is not available on this computer" in r.stderr
    del env["BENCHAPP_MACHINE_CONFIG"]
    assert [x.print_count for x in ss.list_slips(uow_factory(), rma_no)] == [2]
    labels = tmp_path / "labels.pdf"
    r = run("labels", rma_no, "--out", str(labels))
    assert r.returncode == 0, r.stderr
    info = subprocess.run(["pdfinfo", str(labels)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M), info
    assert "141.732 x 85.0394 pts" in info  # 50 x 30 mm


def test_the_slip_carries_and_shows_the_log_head_it_was_signed_at(shop, uow_factory, port,
                                                                   tmp_path, db_url, capsys):
    from benchapp.cli import main
    from benchapp.services.audit import current_log_head

    rma_no, serials = shop.receive(2)
    head_before = current_log_head(uow_factory())
    h = give(shop, uow_factory, port, serials, rma_no)
    pdf = ss.slip_pdf(uow_factory(), h.slip_no)
    sha, content = port.signed_content(pdf)
    assert sha == h.content_hash and content["log_head"] == head_before
    assert current_log_head(uow_factory()) != head_before  # the hand-over was logged after
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    shown = subprocess.run([_tool("pdftotext"), str(path), "-"], capture_output=True,
                           check=True, timeout=60).stdout.decode("utf-8")
    assert "Log head" in shown and "追溯记录链头" in shown, shown
    assert head_before in re.sub(r"\s+", "", shown), shown  # printed whole, perhaps wrapped
    receive(shop, uow_factory, port, h.slip_no, serials)
    assert main(["--db", db_url, "slip", "verify", str(path)]) == 0
    assert f"slip {h.slip_no} is valid" in capsys.readouterr().out
    assert main(["--db", db_url, "slip", "verify", "--rma", rma_no]) == 0
    assert "chain intact" in capsys.readouterr().out
    assert main(["--db", db_url, "audit", "verify", "--slip", str(path)]) == 0
    assert "tracking log intact" in capsys.readouterr().out
