"""A notice's files and contacts cannot be rewritten: on PostgreSQL the bench role has no
UPDATE or DELETE on them; on either backend an export refuses a file whose bytes no longer
match the SHA-256 recorded when it was attached."""

from __future__ import annotations

import hashlib

import psycopg
import pytest
from sqlalchemy import text

from benchapp.cli import main
from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.services import supervision as sv
from benchapp.slips.port import PdfSlips
from tests.integration.test_audit_attacks import roles  # noqa: F401 - the fixture
from tests.workflow_helpers import PASSWORD, Bench

PDF = b"%PDF-1.7\n8D " + bytes(range(256)) + b"\n%%EOF\n"

ATTACKS = (
    "UPDATE complaint_attachments SET content = 'x'::bytea",
    "UPDATE complaint_attachments SET sha256 = repeat('0', 64)",
    "DELETE FROM complaint_attachments",
    "TRUNCATE complaint_attachments",
    "UPDATE complaint_contacts SET note = 'never called'",
    "DELETE FROM complaint_contacts",
)


def worked_notice(uow_factory, port) -> tuple[Bench, str]:
    """A notice raised, contacted, assigned, reported with a file and closed, signed."""
    bench = Bench(uow_factory())
    rma_no, serials = bench.receive(1)
    bench.full_repair(rma_no, serials)
    (case,) = sv.complaint_cases(uow_factory(), open_only=True)
    notice = case.notice_no
    sv.assign_complaint_notice(uow_factory(), bench.qc_lead, notice_no=notice,
                               owner_username=bench.tester.username)
    sv.record_notice_contact(uow_factory(), bench.tester, notice_no=notice, channel="phone",
                             person="王经理", note="已致电")
    sv.attach_complaint_file(uow_factory(), bench.tester, notice_no=notice, kind="report",
                             file_name="report.pdf", content=PDF)
    closed = sv.close_complaint_notice(uow_factory(), bench.qc_supervisor, notice_no=notice,
                                       note="报告审核通过", password=PASSWORD, port=port)
    assert closed.status.value == "closed" and closed.close_certificate_fingerprint
    return bench, notice


@pytest.mark.postgres
def test_the_bench_role_works_a_notice_but_cannot_rewrite_its_files(roles):  # noqa: F811
    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])  # noqa: E731
    _bench, notice = worked_notice(uow, PdfSlips())
    with psycopg.connect(host="127.0.0.1", port=roles["port"], user=roles["bench"],
                         dbname=roles["db"], autocommit=True) as conn:
        for sql in ATTACKS:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    stored = sv.complaint_attachment(uow(), notice_no=notice, kind="report")
    assert stored.content == PDF and stored.sha256 == hashlib.sha256(PDF).hexdigest()
    (contact,) = sv.complaint_detail(uow(), notice).case.contacts
    assert contact.note == "已致电"


def test_an_export_refuses_a_file_changed_behind_the_app(sqlite_url, tmp_path, monkeypatch,
                                                         capsys):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    _bench, notice = worked_notice(lambda: SqlAlchemyUnitOfWork(engine), PdfSlips())
    with engine.begin() as conn:  # someone with the database file edits it directly
        conn.execute(text("UPDATE complaint_attachments SET content = :c"),
                     {"c": PDF.replace(b"8D", b"OK")})
    engine.dispose()
    monkeypatch.setenv("BENCHAPP_PASSWORD", PASSWORD)
    out = tmp_path / "report.pdf"
    code = main(["complaint", "attachment", notice, "--kind", "report", "--out", str(out),
                 "--as", "qcsupervisor", "--db", sqlite_url])
    err = capsys.readouterr().err
    assert code == 1 and "does not match the SHA-256" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_migration_0013_renames_serious_to_major_both_ways(sqlite_url):
    from alembic import command

    from benchapp.db.migrate import alembic_config

    engine = make_engine(sqlite_url)
    upgrade(engine)
    uow = lambda: SqlAlchemyUnitOfWork(engine)  # noqa: E731
    bench = Bench(uow())
    rma_no, serials = bench.receive(1)
    bench.full_repair(rma_no, serials)
    (case,) = sv.complaint_cases(uow())
    sv.classify_complaint_notice(uow(), bench.qc_supervisor, notice_no=case.notice_no,
                                 severity="serious")
    severity = "SELECT severity FROM complaint_notice_work"
    with engine.connect() as conn:
        assert conn.scalar(text(severity)) == "major"
    command.downgrade(alembic_config(engine), "0008")
    with engine.connect() as conn:
        assert conn.scalar(text(severity)) == "serious"
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.scalar(text(severity)) == "major"
    assert sv.complaint_case(uow(), case.notice_no).severity.value == "major"
    engine.dispose()
