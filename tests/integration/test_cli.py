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
from tests.workflow_helpers import Bench


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
    (("rma", "show", "RMA-999999"), "", "No RMA 'RMA-999999'"),
])
def test_bad_input_is_one_clear_line_and_exit_1(db, args, stdin, message):
    r = run(*args, db=db, stdin=stdin)
    assert r.returncode == 1
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_unreachable_database_is_a_clear_error():
    r = run("rma", "list", db="postgresql+psycopg://bench@127.0.0.1:9/none")
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
    assert r.returncode == 0, r.stderr
    assert f"{rma_no}  open  customer: 深圳市华强电子有限公司" in r.stdout
    assert "awaiting_screening" in r.stdout and "custody qc" in r.stdout
    assert "SLP-000001  receiving -> qc  2 units  accepted" in r.stdout
    assert "handover_accepted" in r.stdout
    shown = json.loads(run("rma", "show", rma_no, "--json", db=db).stdout)
    assert [u["state"] for u in shown["units"]] == ["awaiting_screening"] * 2
    out = tmp_path / "audit.csv"
    r = run("audit", "export", "--csv", str(out), db=db)
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
    r = run("user", "reset-password", "zhang", "--password-stdin", "--as", "admin", db=db,
            stdin="zhang-pass-2\n", env=env)
    assert r.returncode == 0, r.stderr
    assert "issued a signing certificate" in r.stdout
    r = run("user", "add", "li", "--name", "李", "--role", "tester", "--password-stdin",
            "--as", "admin", db=db, stdin="li-pass-123\n",
            env={**env, "BENCHAPP_CA_PASSPHRASE": "wrong-passphrase"})
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "passphrase" in r.stderr
    listing = run("user", "list", "--json", db=db).stdout
    assert '"li"' not in listing  # nothing written before the passphrase was right


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
    assert run("audit", "export", "--csv", str(out), db=db).returncode == 0
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
