"""Photos and files on an RMA or a unit, on SQLite and PostgreSQL (issue 17.3)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys

import pytest
from PIL import Image
from sqlalchemy import text

from benchapp.domain.attachments import MAX_FILE_BYTES
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted
from benchapp.services import attachments as svc
from tests.integration.test_audit_attacks import roles  # noqa: F401 - the two-role database
from tests.unit.test_attachments import jpeg_with_gps
from tests.workflow_helpers import PASSWORD, Bench


@pytest.fixture
def bench(uow_factory):
    return Bench(uow_factory())


def test_a_photo_on_a_unit_and_a_file_on_the_rma(bench, uow_factory, engine):
    rma_no, serials = bench.receive(2)
    photo = svc.attach(uow_factory(), bench.qc_lead, target=serials[1].lower(),
                       file_name="C:\\fotos\\IMG_1.jpg", data=jpeg_with_gps())
    assert (photo.rma_no, photo.serial, photo.file_name) == (rma_no, serials[1], "IMG_1.jpg")
    log = svc.attach(uow_factory(), bench.repair_engineer, target=rma_no,
                     file_name="fixture.txt", data=b"VCC 5.02 V\n")
    assert (log.serial, log.content_type, log.size) == (None, "text/plain", 11)
    listed = svc.attachments(uow_factory(), rma_no=rma_no)
    assert [(a.id, a.serial, a.added_by) for a in listed] == [
        (photo.id, serials[1], bench.qc_lead.username),
        (log.id, None, bench.repair_engineer.username)]
    assert listed[0].added_at is not None and listed[0].has_thumbnail
    meta, data = svc.attachment_content(uow_factory(), rma_no=rma_no, attachment_id=photo.id)
    assert hashlib.sha256(data).hexdigest() == meta.sha256 == photo.sha256
    assert b"PhoneMaker" not in data and Image.open(io.BytesIO(data)).size == (2048, 683)
    assert set(svc.thumbnails(uow_factory(), rma_no=rma_no)) == {photo.id}
    with uow_factory() as uow:
        added = [e for e in uow.log.for_rma(rma_no) if e.action == "attachment_added"]
    assert [(e.serial, e.detail["sha256"]) for e in added] == [
        (serials[1], photo.sha256), (None, log.sha256)]
    with pytest.raises(NotFound):  # another RMA's attachment is not reached through this one
        other, _ = bench.receive(1)
        svc.attachment_content(uow_factory(), rma_no=other, attachment_id=photo.id)


def test_refusals_store_nothing(bench, uow_factory, engine):
    rma_no, _ = bench.receive(1)
    with pytest.raises(InvalidInput, match="at most 10 MB"):
        svc.attach(uow_factory(), bench.qc_lead, target=rma_no, file_name="big.bin",
                   data=b"\0" * (MAX_FILE_BYTES + 1))
    with pytest.raises(InvalidInput, match="is not a valid photo"):
        svc.attach(uow_factory(), bench.qc_lead, target=rma_no, file_name="cut.jpg",
                   data=jpeg_with_gps(200, 200)[:900])
    with pytest.raises(NotFound, match="No RMA or serial number 'SN-NONE'"):
        svc.attach(uow_factory(), bench.qc_lead, target="SN-NONE", file_name="a.txt",
                   data=b"x")
    with pytest.raises(NotPermitted):
        svc.attach(uow_factory(), bench.manager, target=rma_no, file_name="a.txt", data=b"x")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM attachments")).scalar_one() == 0


def run(*args, db):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db],
                          check=False, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "BENCHAPP_PASSWORD": PASSWORD})


def test_the_cli_attaches_lists_and_exports(bench, db_url, tmp_path):
    rma_no, serials = bench.receive(1)
    photo = tmp_path / "板子.jpeg"
    photo.write_bytes(jpeg_with_gps(800, 600))
    r = run("attach", serials[0], str(photo), "--as", bench.qc_lead.username, db=db_url)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"attached #1 板子.jpg to unit {serials[0]} of {rma_no}: ")
    assert "(photo re-encoded, metadata removed)" in r.stdout
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (MAX_FILE_BYTES + 1))
    r = run("attach", rma_no, str(big), "--as", bench.qc_lead.username, db=db_url)
    assert r.returncode == 1 and r.stderr == (
        "benchapp: big.bin is 10.0 MB: attachments are at most 10 MB\n")
    out = tmp_path / "out"
    out.mkdir()
    r = run("attachments", rma_no, "--json", "--out", str(out), "--as", bench.qc_lead.username, db=db_url)
    assert r.returncode == 0, r.stderr
    [listed] = json.loads(r.stdout)
    assert (listed["serial"], listed["file_name"], listed["added_by"]) == (
        serials[0], "板子.jpg", bench.qc_lead.username)
    written = (out / "1-板子.jpg").read_bytes()
    assert hashlib.sha256(written).hexdigest() == listed["sha256"]
    r = run("attachments", rma_no, "--out", str(out), "--as", bench.qc_lead.username, db=db_url)
    assert r.returncode == 1 and "give --force" in r.stderr


@pytest.mark.postgres
def test_the_bench_role_attaches_but_cannot_change_an_attachment(roles):  # noqa: F811
    from sqlalchemy.exc import ProgrammingError

    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])
    bench = Bench(uow())
    rma_no, serials = bench.receive(1)
    added = svc.attach(uow(), bench.qc_lead, target=serials[0], file_name="p.jpg",
                       data=jpeg_with_gps(300, 200))
    assert svc.attachment_content(uow(), rma_no=rma_no, attachment_id=added.id)[0].sha256 \
        == added.sha256
    for attack in ("UPDATE attachments SET data = 'x'", "DELETE FROM attachments"):
        with roles["engine"].connect() as conn, pytest.raises(ProgrammingError,
                                                              match="permission denied"):
            conn.execute(text(attack))
