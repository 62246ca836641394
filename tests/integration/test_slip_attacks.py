"""Issue 12 items 2 and 3, performed as the attackers the issue names: the bench's database
login with raw SQL, whoever copies the SQLite file, someone with the CA passphrase minting a
certificate outside the app. Each attack ends with `benchapp slip verify --rma` exiting 1 and
naming the slip and why (or the database refusing the change)."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from benchapp import settings
from benchapp.cli import main
from benchapp.domain.errors import AuthError, Reason
from benchapp.domain.roles import Station
from benchapp.services import signing, users
from benchapp.services import slips as ss
from benchapp.slips.ca import CaMaterial, UserCredential, create_ca, issue_user_certificate
from benchapp.slips.content import SlipContent, giver_stamp_lines
from benchapp.slips.errors import CredentialError, SlipErrorReason
from benchapp.slips.metadata import read_embedded_slip
from benchapp.slips.port import PdfSlips
from benchapp.slips.render import render_slip
from benchapp.slips.sign import sign_slip
from tests.workflow_helpers import CA_PASS, PASSWORD, Bench
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture(scope="module")
def port():
    return PdfSlips()


@pytest.fixture(autouse=True)
def machine_config(tmp_path, monkeypatch):
    """This test's own machine file (nothing pinned unless a test pins)."""
    path = tmp_path / "machine" / "benchapp.toml"
    monkeypatch.setenv(settings.MACHINE_CONFIG_ENV, str(path))
    return path


def pin(machine_config, fingerprint: str) -> None:
    """What IT does on each bench: the fingerprint into the machine file's [shop] table."""
    machine_config.parent.mkdir(parents=True, exist_ok=True)
    machine_config.write_text(f'[shop]\nca_fingerprint = "{fingerprint}"\n', encoding="utf-8")


@pytest.fixture
def shop(uow_factory, port):
    """The shop CA (passphrase CA_PASS) and everyone's certificate: Bench installs them."""
    return Bench(uow_factory())


@pytest.fixture
def rma(shop, uow_factory, port):
    """Three slips of one RMA: the first received (countersigned), the other two open."""
    rma_no, serials = shop.receive(3)
    slips, given = [], {}
    for serial in serials:
        h = ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                         from_station=Station.RECEIVING, to_station=Station.QC,
                         serials=[serial], declared_count=1, password=PASSWORD, port=port)
        slips.append(h.slip_no)
        given[h.slip_no] = ss.slip_pdf(uow_factory(), h.slip_no)
    ss.receive(uow_factory(), shop.packer, slip_no=slips[0], station=Station.QC,
               scanned=serials[:1], password=PASSWORD, port=port)
    assert ss.verify_rma(uow_factory(), rma_no, port) == []
    return rma_no, slips, given


def verify_cli(capsys, db_url, rma_no):
    code = main(["slip", "verify", "--rma", rma_no, "--db", db_url])
    out = capsys.readouterr()
    return code, out.out, out.err


def credential_of(engine, username: str) -> UserCredential:
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT c.cert_pem, c.encrypted_key_pem FROM user_credentials c JOIN users u "
            "ON u.id = c.user_id WHERE u.username = :u AND c.superseded_at IS NULL"),
            {"u": username}).one()
    return UserCredential(row[0].encode(), row[1].encode())


def ca_cert_pem(engine) -> bytes:
    with engine.connect() as conn:
        return conn.execute(text("SELECT cert_pem FROM shop_ca")).scalar_one().encode()


def forge(pdf: bytes, credential: UserCredential, password: str, ca_pem: bytes,
          **changes) -> tuple[bytes, str]:
    """A slip with the content of ``pdf`` (changed by ``changes``), rendered anew and signed
    in the giver's block with ``credential``: what an attacker with a key can make."""
    embedded = read_embedded_slip(PdfFileReader(io.BytesIO(pdf))).content
    giver = embedded["giver"]
    fields = {
        "shop_name": embedded["shop_name"], "form_no": embedded["form_no"],
        "form_revision": embedded["form_revision"], "slip_no": embedded["slip_no"],
        "version": embedded["version"], "rma_no": embedded["rma_no"], "customer": embedded["customer"],
        "model": embedded["model"], "from_station": embedded["from_station"],
        "to_station": embedded["to_station"], "serials": tuple(embedded["serials"]),
        "declared_count": embedded["declared_count"], "giver_id": giver["id"],
        "giver_username": giver["username"], "giver_name": giver["name"], "giver_role": giver["role"],
        "handed_over_at": datetime.fromisoformat(embedded["handed_over_at"]),
        "previous_sha256": embedded["previous_sha256"], "ca_sha256": embedded.get("ca_sha256"),
        "log_head": embedded.get("log_head")}
    fields.update(changes)
    content = SlipContent(**fields)
    rendered = render_slip(content)
    signed = sign_slip(rendered.pdf, credential, password, field="giver",
                       stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca_pem)
    return signed, rendered.sha256


def put_slip(engine, slip_no: str, pdf: bytes, content_sha: str | None = None) -> None:
    """Raw SQL, as the bench's database login can: the PDF, its hash row, the handover hash."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE slips SET pdf = :p, pdf_sha256 = :h WHERE slip_no = :s"),
                     {"p": pdf, "h": hashlib.sha256(pdf).hexdigest(), "s": slip_no})
        if content_sha is not None:
            conn.execute(text("UPDATE slips SET content_sha256 = :c WHERE slip_no = :s"),
                         {"c": content_sha, "s": slip_no})
            conn.execute(text("UPDATE handovers SET content_hash = :c WHERE slip_no = :s"),
                         {"c": content_sha, "s": slip_no})


def lines_about(err: str, slip_no: str) -> str:
    return "\n".join(line for line in err.splitlines() if line.startswith(slip_no))


# -- item 2: the chain through the PDFs, the log's slips, countersignatures, bytes ----------


def test_replaced_slip_with_repointed_next_row_is_found(rma, engine, db_url, capsys):
    rma_no, slips, given = rma
    clerk = credential_of(engine, "businessclerk")
    forged, sha = forge(given[slips[1]], clerk, PASSWORD, ca_cert_pem(engine),
                        model="PCBA-MC200-V4")
    put_slip(engine, slips[1], forged, sha)
    with engine.begin() as conn:
        conn.execute(text("UPDATE slips SET previous_sha256 = :c WHERE slip_no = :s"),
                     {"c": sha, "s": slips[2]})
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1
    assert "tracking log recorded content" in lines_about(err, slips[1])
    third = lines_about(err, slips[2])
    assert "chain broken" in third and "re-pointed" in third
    assert not lines_about(err, slips[0])


def test_deleted_slip_and_handover_rows_are_found_by_the_log(rma, engine, db_url, capsys):
    rma_no, slips, _given = rma
    with engine.begin() as conn:
        first_sha = conn.execute(text("SELECT content_sha256 FROM slips WHERE slip_no = :s"),
                                 {"s": slips[0]}).scalar_one()
        conn.execute(text("DELETE FROM slips WHERE slip_no = :s"), {"s": slips[1]})
        conn.execute(text("DELETE FROM handover_units WHERE handover_id = (SELECT id FROM "
                          "handovers WHERE slip_no = :s)"), {"s": slips[1]})
        conn.execute(text("DELETE FROM handovers WHERE slip_no = :s"), {"s": slips[1]})
        conn.execute(text("UPDATE slips SET previous_sha256 = :c WHERE slip_no = :s"),
                     {"c": first_sha, "s": slips[2]})
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1
    assert "names this slip but no stored slip exists nor its handover" in lines_about(
        err, slips[1])
    assert "chain broken" in lines_about(err, slips[2])


@SQLITE_ONLY
def test_replaced_last_slip_is_found(rma, engine, db_url, capsys):
    rma_no, slips, given = rma
    clerk = credential_of(engine, "businessclerk")
    forged, sha = forge(given[slips[2]], clerk, PASSWORD, ca_cert_pem(engine),
                        customer="另一家公司")
    put_slip(engine, slips[2], forged, sha)
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1
    assert "tracking log recorded content" in lines_about(err, slips[2])


@SQLITE_ONLY
def test_received_slip_cut_back_to_the_givers_revision_is_found(rma, engine, db_url, capsys):
    rma_no, slips, given = rma
    put_slip(engine, slips[0], given[slips[0]])  # state still 'received'
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1
    line = lines_about(err, slips[0])
    assert "countersignature_missing" in line and "record says received" in line
    # Also setting the row back to 'given': the log still has the receiver's signature.
    with engine.begin() as conn:
        conn.execute(text("UPDATE slips SET state = 'given' WHERE slip_no = :s"),
                     {"s": slips[0]})
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1 and "countersignature_missing" in lines_about(err, slips[0])


def _flip_in_padding(pdf: bytes) -> bytes:
    start = pdf.index(b"/Contents <") + len(b"/Contents <")
    end = pdf.index(b">", start)
    at = end - 20
    assert pdf[at:end] == b"0" * 20  # inside the zero padding after the CMS
    return pdf[:at] + b"1" + pdf[at + 1:]


@SQLITE_ONLY
def test_flip_in_the_contents_zero_padding_is_found(rma, engine, db_url, capsys):
    rma_no, slips, _given = rma
    with engine.connect() as conn:
        pdf = conn.execute(text("SELECT pdf FROM slips WHERE slip_no = :s"),
                           {"s": slips[2]}).scalar_one()
    flipped = _flip_in_padding(bytes(pdf))
    with engine.begin() as conn:  # the bytes only: the stored pdf_sha256 gives it away
        conn.execute(text("UPDATE slips SET pdf = :p WHERE slip_no = :s"),
                     {"p": flipped, "s": slips[2]})
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1 and "pdf_changed" in lines_about(err, slips[2])
    put_slip(engine, slips[2], flipped)  # the hash row too: the padding itself gives it away
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    line = lines_about(err, slips[2])
    assert code == 1 and "tampered" in line and "bytes after its CMS" in line


# -- item 3: signatures bound to the person on the slip ---------------------------------------


@SQLITE_ONLY
def test_giver_block_resigned_with_another_users_key_is_invalid(rma, engine, db_url, capsys):
    rma_no, slips, given = rma
    packer = credential_of(engine, "packer")
    forged, sha = forge(given[slips[1]], packer, PASSWORD, ca_cert_pem(engine))
    with engine.connect() as conn:
        assert sha == conn.execute(text("SELECT content_sha256 FROM slips WHERE slip_no = :s"),
                                   {"s": slips[1]}).scalar_one()  # same content, same chain
    put_slip(engine, slips[1], forged)
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    line = lines_about(err, slips[1])
    serial = format(packer.serial_number, "x")
    assert code == 1 and "wrong_signer" in line and f"certificate serial {serial}" in line


@SQLITE_ONLY
def test_certificate_minted_outside_the_app_is_invalid(rma, shop, engine, db_url, capsys):
    rma_no, slips, given = rma
    with engine.connect() as conn:
        cert_pem, key_pem = conn.execute(text("SELECT cert_pem, encrypted_key_pem FROM shop_ca")
                                         ).one()
    clerk = shop.business_clerk
    minted = issue_user_certificate(
        CaMaterial(cert_pem.encode(), key_pem.encode()), CA_PASS, user_id=clerk.user_id,
        username=clerk.username, display_name="business_clerk", roles=["business_clerk"],
        password="outside-1")
    forged, _sha = forge(given[slips[1]], minted, "outside-1", cert_pem.encode())
    put_slip(engine, slips[1], forged)
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    line = lines_about(err, slips[1])
    assert code == 1 and "certificate_not_issued" in line
    assert format(minted.serial_number, "x") in line


def test_valid_chain_names_each_certificate_serial(rma, engine, db_url, capsys):
    rma_no, slips, _given = rma
    code, out, _err = verify_cli(capsys, db_url, rma_no)
    assert code == 0 and "chain intact" in out
    serial = format(credential_of(engine, "businessclerk").serial_number, "x")
    assert f"{slips[0]}: valid (giver businessclerk cert {serial}, receiver packer cert" in out


# -- one shop CA, pinned per machine ------------------------------------------------------------


def test_a_second_changed_or_deleted_shop_ca_row_is_refused_by_the_database(shop, engine):
    other = create_ca("另一家", "other-ca-pass")
    with pytest.raises(sa_exc.DatabaseError, match="one CA for the life"):
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO shop_ca (shop_name, cert_pem, encrypted_key_pem, fingerprint, "
                "created_at) VALUES ('x', :c, :k, 'f', CURRENT_TIMESTAMP)"),
                {"c": other.cert_pem.decode(), "k": other.encrypted_key_pem.decode()})
    with pytest.raises(sa_exc.DatabaseError, match="one CA for the life"):
        with engine.begin() as conn:
            conn.execute(text("UPDATE shop_ca SET cert_pem = :c"),
                         {"c": other.cert_pem.decode()})
    with pytest.raises(sa_exc.DatabaseError, match="one CA for the life"):
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM shop_ca"))
    with pytest.raises(sa_exc.DatabaseError, match="only ever superseded"):
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM issued_certificates"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM shop_ca")).scalar_one() == 1


@SQLITE_ONLY
def test_sqlite_copier_who_drops_the_trigger_is_stopped_by_the_pin(
        rma, engine, db_url, uow_factory, shop, capsys, machine_config):
    rma_no, _slips, _given = rma
    real_fp = ss.ca_status(uow_factory(), PdfSlips()).fingerprint
    other = create_ca("华强精密电子 售后维修部", "other-ca-pass")
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER shop_ca_one_row"))
        conn.execute(text(
            "INSERT INTO shop_ca (shop_name, cert_pem, encrypted_key_pem, fingerprint, "
            "created_at) VALUES ('x', :c, :k, 'f', CURRENT_TIMESTAMP)"),
            {"c": other.cert_pem.decode(), "k": other.encrypted_key_pem.decode()})
    # Not pinned: two CAs and nothing saying which is the shop's is refused outright.
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1 and "holds 2 shop CAs" in err and "CA not pinned on this machine" in err
    # Pinned to the real CA: the extra row changes nothing, the slips stay valid.
    pin(machine_config, real_fp)
    code, out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 0 and "not pinned" not in err, err
    # The copier also removes the real CA, leaving only theirs: refused by the pin.
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER shop_ca_no_delete"))
        conn.execute(text("DELETE FROM shop_ca WHERE cert_pem <> :c"),
                     {"c": other.cert_pem.decode()})
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1 and "is not the one pinned on this machine" in err
    pinned = PdfSlips(ca_pin=real_fp)
    rma2, serials = shop.receive(1)
    with pytest.raises(CredentialError) as refused:
        ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma2,
                     from_station=Station.RECEIVING, to_station=Station.QC, serials=serials,
                     declared_count=1, password=PASSWORD, port=pinned)
    assert refused.value.reason is SlipErrorReason.CA_NOT_PINNED_ONE
    assert ss.list_slips(uow_factory(), rma2) == []
    with pytest.raises(CredentialError):  # nor any other signed act
        signing.check_signer_password(uow_factory(), shop.business_clerk, PASSWORD, pinned)


@SQLITE_ONLY
def test_ca_fingerprint_is_printed_for_the_operator_and_on_every_slip(
        rma, db_url, uow_factory, capsys, machine_config):
    rma_no, slips, given = rma
    assert main(["ca", "fingerprint", "--db", db_url]) == 0
    out = capsys.readouterr()
    fp = out.out.strip()
    assert len(fp) == 64 and "CA not pinned on this machine" in out.err
    embedded = read_embedded_slip(PdfFileReader(io.BytesIO(given[slips[0]]))).content
    assert embedded["ca_sha256"] == fp
    pin(machine_config, fp)
    assert main(["ca", "fingerprint", "--db", db_url]) == 0
    assert "pinned on this machine" in capsys.readouterr().err
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 0 and "not pinned" not in err
    pin(machine_config, "ab" * 32)
    code, _out, err = verify_cli(capsys, db_url, rma_no)
    assert code == 1 and "is not the one pinned on this machine" in err


# -- disabling a user ---------------------------------------------------------------------------


@SQLITE_ONLY
def test_a_disabled_user_can_do_nothing_and_their_certificate_is_superseded(
        rma, shop, engine, uow_factory, port):
    rma_no, _slips, _given = rma
    clerk = shop.business_clerk
    rma2, serials = shop.receive(1)
    users.disable_user(uow_factory(), shop.admin, clerk.username)
    with engine.connect() as conn:
        superseded = conn.execute(text(
            "SELECT superseded_at FROM issued_certificates WHERE user_id = :u"),
            {"u": clerk.user_id}).scalars().all()
    assert superseded and all(s is not None for s in superseded)
    with pytest.raises(AuthError) as err:
        users.login(uow_factory(), clerk.username, PASSWORD)
    assert err.value.reason is Reason.ACCOUNT_DISABLED
    with pytest.raises(AuthError) as err:  # an Actor from before the disabling signs nothing
        ss.hand_over(uow_factory(), clerk, rma_no=rma2, from_station=Station.RECEIVING,
                     to_station=Station.QC, serials=serials, declared_count=1,
                     password=PASSWORD, port=port)
    assert err.value.reason is Reason.ACCOUNT_DISABLED
    with pytest.raises(AuthError):
        signing.check_signer_password(uow_factory(), clerk, PASSWORD, port)
    with pytest.raises(AuthError):
        ss.issue_credential(uow_factory(), shop.admin, username=clerk.username,
                            password=PASSWORD, ca_passphrase=CA_PASS, port=port)
    assert ss.list_slips(uow_factory(), rma2) == []
    # What they signed while enabled stays valid.
    assert ss.verify_rma(uow_factory(), rma_no, port) == []


# -- migration 0007 on a database that already has certificates -------------------------------


def test_migration_0007_backfills_the_issued_record(db_url):
    from alembic import command

    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import HEAD_REVISION, alembic_config, stored_revision

    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0005")
    ca = create_ca("店", "ca-pass-123")
    certs = {name: issue_user_certificate(ca, "ca-pass-123", user_id=i, username=name,
                                          display_name=name, roles=["packer"], password="pw-1")
             for i, name in ((1, "li"), (2, "wang"))}
    disabled_at = "2026-03-04 05:06:07"
    with engine.begin() as conn:
        for i, name in ((1, "li"), (2, "wang")):
            conn.execute(text(
                "INSERT INTO users (id, username, display_name, roles, password_hash, "
                "failed_logins, locked, disabled, version) VALUES (:i, :n, :n, 'packer', 'x', 0, "
                ":f, :d, 1)"), {"i": i, "n": name, "f": False, "d": name == "wang"})
            conn.execute(text(
                "INSERT INTO user_credentials (user_id, cert_pem, encrypted_key_pem, "
                "fingerprint) VALUES (:i, :c, :k, :f)"),
                {"i": i, "c": certs[name].cert_pem.decode(),
                 "k": certs[name].encrypted_key_pem.decode(),
                 "f": certs[name].fingerprint_sha256})
        conn.execute(text(
            "INSERT INTO tracking_log (at, rma_no, action, actor_name, detail) VALUES "
            "(:at, '-', 'user_disabled', 'admin', :d)"),
            {"at": datetime.fromisoformat(disabled_at + "+00:00"),
             "d": '{"username": "wang"}'})
    command.upgrade(alembic_config(engine), "head")
    assert stored_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        rows = {r.user_id: r for r in conn.execute(text(
            "SELECT serial, fingerprint, user_id, superseded_at FROM issued_certificates"))}
        cred_superseded = conn.execute(text(
            "SELECT superseded_at FROM user_credentials WHERE user_id = 2")).scalar_one()
    engine.dispose()
    assert rows[1].serial == format(certs["li"].serial_number, "x")
    assert rows[1].fingerprint == certs["li"].fingerprint_sha256
    assert rows[1].superseded_at is None
    assert str(rows[2].superseded_at).startswith("2026-03-04") and cred_superseded is not None
