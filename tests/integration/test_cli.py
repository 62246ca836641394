"""The admin CLI as an administrator runs it: real processes, real database files."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from benchapp.db.engine import make_engine
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from tests.workflow_helpers import PASSWORD, Bench

AS_ADMIN = {"BENCHAPP_PASSWORD": PASSWORD}


def run(*args, db, stdin="", env=None):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db],
                          input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def db(sqlite_url):
    """A new, empty shop database, created as an administrator does: `db upgrade` (no other
    command creates one)."""
    from benchapp.db.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    engine.dispose()
    return sqlite_url


def test_db_upgrade_reports_what_it_did(sqlite_url):
    db = sqlite_url
    first = run("db", "upgrade", db=db)
    assert first.returncode == 0 and "upgraded from empty to revision" in first.stdout
    again = run("db", "upgrade", db=db)
    assert again.returncode == 0 and "schema is current" in again.stdout


def test_user_add_bootstrap_then_needs_an_admin(db):
    r = run("user", "add", "admin", "--name", "管理员", "--role", "admin", "--password-stdin",
            db=db, stdin="admin-pass-1\n")
    assert r.returncode == 0, r.stderr
    assert "added user #1 admin" in r.stdout
    r = run("user", "add", "li", "--name", "李工", "--role", "repair_engineer",
            "--password-stdin", db=db, stdin="li-pass-12\n")
    assert r.returncode == 1 and "--as USER" in r.stderr
    r = run("user", "add", "li", "--name", "李工", "--role", "repair_engineer",
            "--password-stdin", "--as", "admin", db=db, stdin="li-pass-12\n",
            env={"BENCHAPP_PASSWORD": "wrong-one"})
    assert r.returncode == 1 and "Wrong user name or password" in r.stderr
    r = run("user", "add", "li", "--name", "李工", "--role", "repair_engineer", "--badge",
            "BADGE-0042", "--pin", "4321", "--password-stdin", "--as", "admin", db=db,
            stdin="li-pass-12\n", env={"BENCHAPP_PASSWORD": "admin-pass-1"})
    assert r.returncode == 0, r.stderr
    listing = run("user", "list", "--json", db=db)
    users = [json.loads(line) for line in listing.stdout.splitlines()]
    assert [(u["id"], u["username"], u["roles"], u["state"]) for u in users] == [
        (1, "admin", ["admin"], "active"), (2, "li", ["repair_engineer"], "active")]
    r = run("user", "disable", "li", "--as", "admin", db=db,
            env={"BENCHAPP_PASSWORD": "admin-pass-1"})
    assert r.returncode == 0 and "disabled user #2 li" in r.stdout


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("user", "add", "xy", "--name", "X", "--role", "wizard", "--password-stdin"), "pass-1234\n",
     "Unknown role 'wizard'"),
    (("user", "add", "xy", "--name", "X", "--role", "tester", "--password-stdin"), "short\n",
     "at least 8 characters"),
    (("user", "add", "x y", "--name", "X", "--role", "tester", "--password-stdin"),
     "pass-1234\n", "not a valid user name"),
    (("rma", "show", "RMA-999999"), "", "--as USER"),  # reading the archive needs a sign-in
])
def test_bad_input_is_one_clear_line_and_exit_1(db, args, stdin, message):
    r = run(*args, db=db, stdin=stdin)
    assert r.returncode == 1
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_unreachable_database_is_a_clear_error():
    r = run("rma", "list", "--as", "admin", db="postgresql+psycopg://bench@127.0.0.1:9/none",
            env={"BENCHAPP_PASSWORD": "x"})
    assert r.returncode == 1 and "database error" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(db):
    r = subprocess.run([sys.executable, "-m", "benchapp", "rma", "show"], capture_output=True,
                       text=True)
    assert r.returncode == 2 and "RMA-NO" in r.stderr


def test_version_prints_the_version_and_exits_0():
    from benchapp import __version__

    r = subprocess.run([sys.executable, "-m", "benchapp", "--version"], capture_output=True,
                       text=True, timeout=120)
    assert (r.returncode, r.stdout.strip()) == (0, f"benchapp {__version__}"), r.stderr


def test_rma_show_and_audit_export(db, tmp_path):
    engine = make_engine(db)
    from benchapp.db.migrate import upgrade

    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    engine.dispose()
    r = run("rma", "show", rma_no, db=db)
    assert r.returncode == 1 and "--as USER" in r.stderr  # the archive is not read anonymously
    r = run("rma", "show", rma_no, "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert f"{rma_no}  open  customer: 深圳市华强电子有限公司" in r.stdout
    assert "awaiting_screening" in r.stdout and "custody qc" in r.stdout
    assert "SLP-000001  receiving -> qc  2 units  accepted" in r.stdout
    assert "handover_accepted" in r.stdout
    assert "tracking log (shop time, UTC+08:00):" in r.stdout  # the shop's clock, labelled
    shown = json.loads(run("rma", "show", rma_no, "--json", "--as", "admin", db=db,
                           env=AS_ADMIN).stdout)
    assert all(e["at"].endswith("+08:00") for e in shown["log"])
    assert [u["state"] for u in shown["units"]] == ["awaiting_screening"] * 2
    out = tmp_path / "audit.csv"
    r = run("audit", "export", "--csv", str(out), "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese right
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    # The original headers first, unchanged; issue 12's columns after them.
    assert list(rows[0])[:10] == ["id", "at", "rma_no", "serial", "action", "actor_id",
                                  "actor_name", "from_state", "to_state", "detail"]
    assert list(rows[0])[10:] == ["actor_display_name", "old_value", "new_value", "reason",
                                  "occurred_at", "db_role", "prev_hash", "entry_hash"]
    assert all(r["entry_hash"] for r in rows)
    accepted = [r for r in rows if r["action"] == "handover_accepted" and r["serial"]]
    assert {(r["from_state"], r["to_state"]) for r in accepted} == {
        ("received", "awaiting_screening")}
    assert all(r["at"] for r in rows)


def test_config_set_changes_the_rework_limit(db):
    run("user", "add", "admin", "--name", "管理员", "--role", "admin", "--password-stdin",
        db=db, stdin="admin-pass-1\n")
    r = run("config", "set", "max_rework_loops", "5", "--as", "admin", db=db,
            env={"BENCHAPP_PASSWORD": "admin-pass-1"})
    assert r.returncode == 0, r.stderr
    assert "max_rework_loops = 5" in run("config", "show", db=db).stdout
    r = run("config", "set", "max_rework_loops", "many", "--as", "admin", db=db,
            env={"BENCHAPP_PASSWORD": "admin-pass-1"})
    assert r.returncode == 1 and "not a valid max_rework_loops" in r.stderr


def test_ca_init_then_new_users_get_signing_certificates(db):
    env = {"BENCHAPP_CA_PASSPHRASE": "shop-ca-pass-1", "BENCHAPP_PASSWORD": "admin-pass-1"}
    run("user", "add", "admin", "--name", "管理员", "--role", "admin", "--password-stdin",
        db=db, stdin="admin-pass-1\n")
    r = run("ca", "init", "--shop", "华强精密电子", "--as", "admin", db=db, env=env)
    assert r.returncode == 0, r.stderr
    assert "shop CA created" in r.stdout
    r = run("ca", "init", "--shop", "again", "--as", "admin", db=db, env=env)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    r = run("user", "add", "zhang", "--name", "张伟", "--role", "business_clerk",
            "--password-stdin", "--as", "admin", db=db, stdin="zhang-pass-1\n", env=env)
    assert r.returncode == 0, r.stderr
    assert "issued a signing certificate" in r.stdout
    r = run("user", "reset-password", "zhang", "--as", "admin", db=db, env=env)
    assert r.returncode == 0, r.stderr
    one_time = r.stdout.strip().rsplit(" ", 1)[-1]
    assert len(one_time) == 12 and "user issue zhang" in r.stderr
    listed = [json.loads(line) for line in run("user", "list", "--json", db=db).stdout.splitlines()]
    assert {u["username"]: u["state"] for u in listed}["zhang"] == "must-change-password"
    # The one-time password signs in only to choose a password: no other command accepts it.
    r = run("rma", "list", "--as", "zhang", db=db, env={"BENCHAPP_PASSWORD": one_time})
    assert r.returncode == 1 and "user passwd zhang" in r.stderr
    r = run("user", "passwd", "zhang", "--password-stdin", db=db,
            stdin=f"{one_time}\nZhang-own-2026\n")
    assert r.returncode == 0, r.stderr
    assert "awaits its certificate" in r.stderr
    r = run("user", "issue", "zhang", "--as", "admin", db=db, env=env)
    assert r.returncode == 0 and "issued a signing certificate to zhang" in r.stdout, r.stderr
    r = run("rma", "list", "--as", "zhang", db=db, env={"BENCHAPP_PASSWORD": "Zhang-own-2026"})
    assert r.returncode == 0, r.stderr
    r = run("user", "add", "li", "--name", "李", "--role", "tester", "--password-stdin",
            "--as", "admin", db=db, stdin="li-pass-123\n",
            env={**env, "BENCHAPP_CA_PASSPHRASE": "wrong-passphrase"})
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "passphrase" in r.stderr
    listing = run("user", "list", "--json", db=db).stdout
    assert '"li"' not in listing  # nothing written before the passphrase was right


def _bench_db(db):
    from benchapp.db.migrate import upgrade

    engine = make_engine(db)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    return engine, bench


def test_exports_neutralise_formulas_and_are_logged_with_who_and_what(db, tmp_path):
    """The attack: a customer name typed as a formula, opened by a supervisor in Excel."""
    from benchapp.domain.rma import NewRma
    from benchapp.services import workflow

    engine, bench = _bench_db(db)
    clerk = bench.business_clerk
    workflow.receive_rma(SqlAlchemyUnitOfWork(engine), clerk, NewRma(
        customer='=HYPERLINK("http://evil.example","x")', model="@SUM(1+1)*cmd|' /C calc'!A0",
        declared_qty=1, counted_qty=1, complaint="-2+3+cmd|' /C calc'!A0"))
    engine.dispose()
    out = tmp_path / "audit.csv"
    r = run("audit", "export", "--csv", str(out), "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(out.read_bytes().decode("utf-8-sig").splitlines()))
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for c in row)
    with make_engine(db).connect() as conn:
        from sqlalchemy import text

        logged = conn.execute(text("SELECT actor_name, detail FROM tracking_log "
                                   "WHERE action = 'archive_read'")).all()
    assert [(name, json.loads(d)["what"] if isinstance(d, str) else d["what"])
            for name, d in logged] == [("admin", "audit export")]


def test_out_refuses_a_symlink_and_an_existing_file_and_leaves_nothing_on_failure(db, tmp_path):
    engine, bench = _bench_db(db)
    engine.dispose()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "audit.csv"
    link.symlink_to(victim)
    r = run("audit", "export", "--csv", str(link), "--force", "--as", "admin", db=db,
            env=AS_ADMIN)
    assert r.returncode == 1 and "symbolic link" in r.stderr
    assert victim.read_text() == "keep me"
    r = run("audit", "export", "--csv", str(victim), "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 1 and "--force" in r.stderr and victim.read_text() == "keep me"
    r = run("audit", "export", "--csv", str(victim), "--force", "--as", "admin", db=db,
            env=AS_ADMIN)
    assert r.returncode == 0 and victim.read_text(encoding="utf-8-sig").startswith("id,at")
    # A failed export (wrong password) leaves no file, not even an empty one.
    fresh = tmp_path / "fresh.csv"
    r = run("audit", "export", "--csv", str(fresh), "--as", "admin", db=db,
            env={"BENCHAPP_PASSWORD": "wrong-one"})
    assert r.returncode == 1 and not fresh.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_export_that_fails_midway_leaves_no_file(tmp_path):
    from benchapp.cli.common import output_file

    target = tmp_path / "half.csv"
    with pytest.raises(RuntimeError), output_file(str(target)) as out:
        out.write("id,at\n1,2026\n")
        raise RuntimeError("the database dropped")
    assert list(tmp_path.iterdir()) == []


def test_settings_and_disabling_say_old_new_and_why(db, tmp_path):
    """Issue 12 item 7: who (id and name), what, when, old value, new value, reason."""
    admin = {"BENCHAPP_PASSWORD": "admin-pass-1"}
    run("user", "add", "admin", "--name", "管理员", "--role", "admin", "--password-stdin",
        db=db, stdin="admin-pass-1\n")
    run("user", "add", "li", "--name", "李工", "--role", "tester", "--password-stdin",
        "--as", "admin", db=db, stdin="li-pass-123\n", env=admin)
    r = run("config", "set", "max_rework_loops", "5", "--as", "admin", "--reason",
            "QP-TPZ-002 rev C", db=db, env=admin)
    assert r.returncode == 0, r.stderr
    r = run("config", "set", "max_rework_loops", "4", "--as", "admin", db=db, env=admin)
    assert r.returncode == 0, r.stderr
    r = run("user", "disable", "li", "--as", "admin", "--reason", "left the company",
            db=db, env=admin)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "audit.csv"
    r = run("audit", "export", "--csv", str(out), "--as", "admin", db=db, env=admin)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    changed = [r for r in rows if r["action"] == "setting_changed"]
    assert [(r["old_value"], r["new_value"], r["reason"]) for r in changed] == [
        ("", "5", "QP-TPZ-002 rev C"), ("5", "4", "")]
    (disabled,) = [r for r in rows if r["action"] == "user_disabled"]
    assert (disabled["actor_id"], disabled["actor_name"], disabled["actor_display_name"]) == (
        "1", "admin", "管理员")
    assert (disabled["old_value"], disabled["new_value"], disabled["reason"]) == (
        "enabled", "disabled", "left the company")
    assert disabled["at"] and disabled["entry_hash"]
    r = run("audit", "verify", db=db)
    assert r.returncode == 0 and f"{len(rows)} entries chained" in r.stdout, r.stdout


def test_escalation_decide_names_who_took_part_and_rma_show_lists_them(db):
    from benchapp.services import decisions
    from benchapp.services import workflow as wf

    engine, bench = _bench_db(db)
    rma_no, (serial,) = bench.receive(1)
    bench.to_qc(rma_no, [serial])
    wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serial,
                             verdict="PASS", measurements=[
                                 {"name": "VCC", "value": 5.02, "unit": "V", "low": 4.9,
                                  "high": 5.1, "verdict": "PASS"}])
    wf.record_visual_inspection(bench.uow, bench.qc_lead, rma_no=rma_no, serial=serial,
                                verdict="PASS")
    (item,) = decisions.decision_queue(SqlAlchemyUnitOfWork(engine), bench.qc_supervisor).items
    engine.dispose()
    qc = bench.qc_supervisor.username
    r = run("escalation", "list", "--as", qc, db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert f"#{item.id} nff" in r.stdout and "VCC: 5.02 V [4.9..5.1] PASS" in r.stdout
    assert "decided jointly with: repair, production, tech, business" in r.stdout
    base = ("escalation", "decide", str(item.id), "--decision", "return_to_customer",
            "--reason", "联合评审: 客户误用", "--as", qc)
    r = run(*base, "--participant", "repair=赵磊", db=db, env=AS_ADMIN)
    assert r.returncode == 1
    assert ("name who took part for production, tech, business" in r.stderr
            and len(r.stderr.strip().splitlines()) == 1)
    r = run(*base, "--participant", "repair", db=db, env=AS_ADMIN)
    assert r.returncode == 1 and "expected DEPARTMENT=NAME" in r.stderr
    r = run(*base, "--participant", "repair=赵磊", "--participant", "production=吴刚",
            "--participant", "tech=徐明", "--participant", "business=张伟 (电话)",
            db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "took part: repair 赵磊; production 吴刚; tech 徐明; business 张伟 (电话)" in r.stdout
    r = run("rma", "show", rma_no, "--as", "admin", db=db, env=AS_ADMIN)
    assert r.returncode == 0, r.stderr
    assert "return_to_customer 联合评审: 客户误用" in r.stdout
    assert "    took part: repair 赵磊; production 吴刚; tech 徐明; business 张伟 (电话)" in r.stdout
