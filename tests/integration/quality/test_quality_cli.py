"""`benchapp complaint` and `benchapp capa`: one notice from raising to a verified closure."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest

from benchapp.cli import main
from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from tests.workflow_helpers import PASSWORD, Bench

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def shop(sqlite_url, monkeypatch):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(1)
    bench.full_repair(rma_no, serials)  # a production fault shipped: step 8 raises a notice
    monkeypatch.setenv("BENCHAPP_PASSWORD", PASSWORD)
    monkeypatch.delenv("BENCHAPP_USER", raising=False)
    yield sqlite_url, rma_no
    engine.dispose()


def cli(capsys, db, *args):
    code = main([*args, "--db", db])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, db, *args):
    code, out, err = cli(capsys, db, *args)
    assert code == 1, out
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_notice_from_raising_to_verified_closure(shop, capsys, tmp_path):
    db, rma_no = shop
    code, out, _ = cli(capsys, db, "complaint", "list", "--open", "--json")
    (listed,) = json.loads(out)
    notice = listed["notice_no"]
    assert (listed["status"], listed["severity"], listed["owner"], listed["rma_no"]) == (
        "open", "general", None, rma_no)
    assert listed["next_deadline"]["what"] == "contact"
    assert listed["rate"] == pytest.approx(1.0)  # 1 non-customer unit of 1 shipped

    code, out, _ = cli(capsys, db, "complaint", "list", "--open")
    assert code == 0 and notice in out and "contact" in out  # its next deadline
    assert "complaint notice 'CCN-000099'" in refused(capsys, db, "complaint", "show", "CCN-000099")
    assert "qc_lead" in refused(capsys, db, "complaint", "assign", notice, "--owner", "tester",
                                "--as", "tester")
    assert cli(capsys, db, "complaint", "assign", notice, "--owner", "tester", "--as",
               "qclead")[0] == 0
    assert "severity" in refused(capsys, db, "complaint", "classify", notice, "--severity",
                                 "urgent", "--as", "qcsupervisor")
    code, out, _ = cli(capsys, db, "complaint", "classify", notice, "--severity", "serious",
                       "--as", "qcsupervisor")
    assert code == 0 and "classified major" in out
    assert "contact channel" in refused(capsys, db, "complaint", "contact", notice, "--channel",
                                        "fax", "--person", "王经理", "--note", "x", "--as",
                                        "tester")
    assert "before its report" in refused(capsys, db, "complaint", "close", notice, "--note",
                                          "ok", "--as", "qcsupervisor")
    assert cli(capsys, db, "complaint", "contact", notice, "--channel", "phone", "--person",
               "王经理", "--note", "已致电，说明处理计划", "--as", "tester")[0] == 0

    report = tmp_path / "improvement.pdf"
    report.write_bytes(PDF)
    eight_d = tmp_path / "8D-scan.png"
    eight_d.write_bytes(PNG)
    text = tmp_path / "notes.txt"
    text.write_text("not a document")
    assert "not a PDF or an image" in refused(capsys, db, "complaint", "attach", notice,
                                              "--kind", "report", str(text), "--as", "tester")
    assert "qc_lead" in refused(capsys, db, "complaint", "attach", notice, "--kind", "report",
                                str(report), "--as", "businessclerk")
    assert cli(capsys, db, "complaint", "attach", notice, "--kind", "report", str(report),
               "--as", "tester")[0] == 0
    assert "needs an 8D" in refused(capsys, db, "complaint", "close", notice, "--note", "ok",
                                    "--as", "qcsupervisor")
    assert cli(capsys, db, "complaint", "attach", notice, "--kind", "8d", str(eight_d), "--as",
               "tester")[0] == 0

    due = (date.today() + timedelta(days=7)).isoformat()
    code, out, _ = cli(capsys, db, "capa", "open", "--from", notice, "--owner",
                       "repairengineer", "--action", "回流焊炉温每班点检", "--due", due,
                       "--root-cause", "炉温曲线漂移", "--as", "productionsupervisor")
    assert code == 0, out
    ca_no = out.split()[0]
    assert "--due" in refused(capsys, db, "capa", "open", "--from", notice, "--owner",
                              "repairengineer", "--action", "x", "--due", "next week", "--as",
                              "productionsupervisor")
    assert "Only repair_engineer" in refused(capsys, db, "capa", "implemented", ca_no,
                                             "--note", "done", "--as", "productionsupervisor")
    assert cli(capsys, db, "capa", "implemented", ca_no, "--note", "点检表已上线", "--as",
               "repairengineer")[0] == 0
    assert "--effective" in refused(capsys, db, "capa", "verify", ca_no, "--effective",
                                    "maybe", "--note", "x", "--as", "qcsupervisor")
    code, out, _ = cli(capsys, db, "capa", "verify", ca_no, "--effective", "yes", "--note",
                       "两周周报无同类不良", "--as", "qcsupervisor")
    assert code == 0 and "closed and signed" in out

    assert "qc_supervisor" in refused(capsys, db, "complaint", "close", notice, "--note", "ok",
                                      "--as", "tester")
    code, out, _ = cli(capsys, db, "complaint", "close", notice, "--note", "8D 审核通过",
                       "--as", "qcsupervisor")
    assert code == 0, out

    code, out, _ = cli(capsys, db, "complaint", "show", notice, "--json")
    shown = json.loads(out)
    assert (shown["status"], shown["severity"], shown["owner"]) == ("closed", "major", "tester")
    assert "delivery_no" in shown and shown["certificate_fingerprint"]
    assert [(c["channel"], c["person"]) for c in shown["contacts"]] == [("phone", "王经理")]
    assert [(a["kind"], a["sha256"]) for a in shown["attachments"]] == [
        ("report", hashlib.sha256(PDF).hexdigest()), ("8d", hashlib.sha256(PNG).hexdigest())]
    assert [(a["ca_no"], a["status"]) for a in shown["corrective_actions"]] == [
        (ca_no, "closed")]
    assert [(d["what"], d["met"]) for d in shown["deadlines"]] == [
        ("contact", True), ("8d", True), ("closure", True)]

    code, out, _ = cli(capsys, db, "complaint", "show", notice)
    assert code == 0 and "closed" in out and hashlib.sha256(PNG).hexdigest() in out
    assert "contact " in out and "met" in out
    out_file = tmp_path / "export.png"
    assert cli(capsys, db, "complaint", "attachment", notice, "--kind", "8d", "--out",
               str(out_file), "--as", "qcsupervisor")[0] == 0
    assert out_file.read_bytes() == PNG
    assert "already closed" in refused(capsys, db, "complaint", "contact", notice, "--channel",
                                       "email", "--person", "x", "--note", "x", "--as", "tester")
    code, out, _ = cli(capsys, db, "complaint", "list", "--open", "--json")
    assert json.loads(out) == []
    code, out, _ = cli(capsys, db, "capa", "list", "--open", "--json")
    assert json.loads(out) == []
    code, out, _ = cli(capsys, db, "capa", "show", ca_no, "--json")
    action = json.loads(out)
    assert (action["status"], action["notice_no"], action["owner"], action["root_cause"]) == (
        "closed", notice, "repair_engineer", "炉温曲线漂移")
    assert action["certificate_fingerprint"]


def test_a_capa_opens_from_an_escalation_or_an_rma(shop, capsys):
    db, rma_no = shop
    due = (date.today() + timedelta(days=3)).isoformat()
    code, out, _ = cli(capsys, db, "capa", "open", "--from", rma_no, "--owner", "tester",
                       "--action", "加严抽检", "--due", due, "--department", "品质部",
                       "--as", "qcsupervisor")
    assert code == 0, out
    assert "escalation" in refused(capsys, db, "capa", "open", "--from", "ESC-999", "--owner",
                                   "tester", "--action", "x", "--due", due, "--as",
                                   "qcsupervisor")
    assert "RMA-999999" in refused(capsys, db, "capa", "open", "--from", "RMA-999999",
                                   "--owner", "tester", "--action", "x", "--due", due, "--as",
                                   "qcsupervisor")
    code, out, _ = cli(capsys, db, "capa", "list", "--json")
    (action,) = json.loads(out)
    assert (action["rma_no"], action["department"], action["owner"]) == (
        rma_no, "品质部", "tester")


def test_a_capa_opens_from_a_weeks_pareto(shop, capsys):
    db, _rma_no = shop
    due = (date.today() + timedelta(days=5)).isoformat()
    code, out, _ = cli(capsys, db, "capa", "open", "--from", "2026-w47", "--owner", "tester",
                       "--action", "回流焊温区曲线复核", "--due", due, "--department", "生产部",
                       "--as", "qcsupervisor")
    assert code == 0, out
    assert "opened from 2026-w47" in out
    code, out, _ = cli(capsys, db, "capa", "list", "--json")
    (action,) = json.loads(out)
    assert (action["source_week"], action["rma_no"]) == ("2026-W47", None)
    assert "2026-W47" in refused(capsys, db, "capa", "open", "--from", "2026-X47", "--owner",
                                 "tester", "--action", "x", "--due", due, "--as",
                                 "qcsupervisor")


def test_complaint_list_names_deliveries_step_8_cannot_evaluate(sqlite_url, capsys,
                                                                monkeypatch):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(1, delivery_no="DN-NOQTY-9", delivered_qty=None)
    bench.full_repair(rma_no, serials)
    engine.dispose()
    code, out, _ = cli(capsys, sqlite_url, "complaint", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "no complaint notices"
    assert lines[1] == "complaint-notice rule not evaluated (1):"
    assert "DN-NOQTY-9" in lines[2] and rma_no in lines[2]
    code, out, _ = cli(capsys, sqlite_url, "complaint", "list", "--json")
    assert json.loads(out) == []  # the JSON stays the list of notices
