"""Retention periods and the archive bundle, as an administrator uses them: the demo shop is
archived, the bundle is checked with `sha256sum -c` as an auditor would, then tampered with."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.demo import load_demo
from tests.integration.test_audit_attacks import roles  # noqa: F401 - the two-role database

CUSTOMER = "东莞市恒通电子有限公司"  # a demo customer with closed RMAs


def run(*args, db, user="admin"):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db],
                          check=False, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BENCHAPP_PASSWORD": "demo1234",
                               "BENCHAPP_USER": user})


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('archive') / 'shop.db'}"
    else:
        pg = request.getfixturevalue("pg_server")
        name = f"archive_{os.getpid()}"
        pg.admin(f"CREATE DATABASE {name}")
        url = pg.url(name)
    engine = make_engine(url)
    upgrade(engine)
    load_demo(engine)
    engine.dispose()
    yield url
    if request.param == "postgres":
        pg.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 f"WHERE datname = '{name}'")
        pg.admin(f"DROP DATABASE IF EXISTS {name}")


def query(url, sql, **params):
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).all()
    finally:
        engine.dispose()


def sha256sum_check(bundle: Path) -> subprocess.CompletedProcess:
    tool = shutil.which("sha256sum")
    assert tool, "coreutils' sha256sum is needed: it is how an auditor checks the bundle"
    return subprocess.run([tool, "-c", "SHA256SUMS"], cwd=bundle, check=False, capture_output=True,
                          text=True, timeout=60)


def test_retention_set_and_list(demo):
    done = run("retention", "set", CUSTOMER, "--years", "16", "--reason", "contract §7",
               db=demo)
    assert done.returncode == 0, done.stderr
    listed = run("retention", "list", "--json", db=demo)
    data = json.loads(listed.stdout)
    assert data["default_years"] == 11
    assert [(c["customer"], c["years"], c["set_by"]) for c in data["customers"]] == [
        (CUSTOMER, 16, "admin")]
    plain = run("retention", "list", db=demo).stdout
    assert "default: 11 years" in plain and f"{CUSTOMER}: 16 years" in plain
    logged = query(demo, "SELECT detail FROM tracking_log WHERE action = 'retention_set'")
    assert len(logged) == 1
    detail = logged[0][0] if isinstance(logged[0][0], dict) else json.loads(logged[0][0])
    assert (detail["old"], detail["new"], detail["reason"]) == (None, 16, "contract §7")

    for years, message in (("0", "not a valid retention period"),
                           ("ten", "not a valid retention period"),
                           ("101", "not a valid retention period")):
        refused = run("retention", "set", CUSTOMER, "--years", years, db=demo)
        assert refused.returncode == 1 and message in refused.stderr
    refused = run("retention", "set", CUSTOMER, "--years", "1", db=demo, user="clerk")
    assert refused.returncode == 1 and "may not set retention periods" in refused.stderr
    assert json.loads(run("retention", "list", "--json", db=demo).stdout)["customers"][0][
        "years"] == 16
    # The shop default is a shop setting like the others.
    assert run("config", "set", "retention_years", "12", db=demo).returncode == 0
    assert json.loads(run("retention", "list", "--json", db=demo).stdout)[
        "default_years"] == 12
    assert run("config", "set", "retention_years", "11", db=demo).returncode == 0


def test_the_archive_verifies_without_benchapp_and_a_changed_byte_is_caught(demo, tmp_path):
    run("retention", "set", CUSTOMER, "--years", "16", db=demo)
    before = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    bundle = tmp_path / "archive-2026"
    done = run("archive", "--before", before, "--out", str(bundle), db=demo)
    assert done.returncode == 0, done.stderr

    closed = query(demo, "SELECT rma_no, customer FROM rmas WHERE status = 'closed' "
                   "ORDER BY rma_no")
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert [r["rma_no"] for r in manifest["rmas"]] == [r[0] for r in closed]
    assert manifest["slips_verified"] is True and manifest["problems"] == []
    for entry in manifest["rmas"]:
        years = 16 if entry["customer"] == CUSTOMER else 11
        assert entry["retention_years"] == years
        closed_on = datetime.fromisoformat(entry["closed_on"]).date()
        assert entry["retain_until"] == closed_on.replace(year=closed_on.year + years).isoformat()
        assert entry["within_retention"] is True  # the demo is weeks old
    slips_in_db = query(demo, "SELECT count(*) FROM slips s JOIN rmas r ON r.id = s.rma_id "
                        "WHERE r.status = 'closed'")[0][0]
    assert manifest["slip_count"] == slips_in_db > 0
    assert len(list(bundle.glob("rmas/*/slips/*.pdf"))) == slips_in_db
    assert (bundle / "ca.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    # The README's fingerprint check (openssl x509 -outform DER | sha256sum) gives ca_sha256.
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = x509.load_pem_x509_certificate((bundle / "ca.pem").read_bytes()).public_bytes(
        Encoding.DER)
    assert hashlib.sha256(der).hexdigest() == manifest["ca_sha256"]
    readme = (bundle / "README.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in readme and "pyhanko sign validate" in readme

    # Every file is listed, and sha256sum agrees with each line.
    listed = {line.split("  ", 1)[1] for line in
              (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()}
    on_disk = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert listed == on_disk - {"SHA256SUMS"}
    checked = sha256sum_check(bundle)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # The export is a controlled copy: logged, with the manifest's hash.
    logged = query(demo, "SELECT actor_name, detail FROM tracking_log "
                   "WHERE action = 'archive_written'")
    detail = logged[-1][1] if isinstance(logged[-1][1], dict) else json.loads(logged[-1][1])
    assert logged[-1][0] == "admin"
    assert detail["manifest_sha256"] == hashlib.sha256(
        (bundle / "manifest.json").read_bytes()).hexdigest()

    # One byte changed in one slip: the check fails and names the file.
    slip = min(bundle.glob("rmas/*/slips/*.pdf"))
    data = bytearray(slip.read_bytes())
    data[len(data) // 2] ^= 0x01
    slip.write_bytes(bytes(data))
    tampered = sha256sum_check(bundle)
    assert tampered.returncode != 0
    assert f"{slip.relative_to(bundle).as_posix()}: FAILED" in tampered.stdout


def test_a_slip_from_the_archive_validates_with_pyhanko_alone(demo, tmp_path):
    cli = Path(sys.executable).with_name("pyhanko")
    cli = str(cli) if cli.exists() else shutil.which("pyhanko")
    if cli is None:
        pytest.skip("pyhanko-cli is not installed (pip install pyhanko-cli)")
    before = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    bundle = tmp_path / "a"
    assert run("archive", "--before", before, "--out", str(bundle), db=demo).returncode == 0
    slip = min(bundle.glob("rmas/*/slips/*.pdf"))
    out = subprocess.run([cli, "sign", "validate", "--trust", "ca.pem", "--trust-replace",
                          slip.relative_to(bundle).as_posix()], cwd=bundle, check=False,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("INTACT:TRUSTED") == 2


def test_archive_refusals_write_nothing(demo, tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "keep.txt").write_text("x")
    refused = run("archive", "--before", "2030-01-01", "--out", str(taken), db=demo)
    assert refused.returncode == 1 and "not an empty directory" in refused.stderr
    assert [p.name for p in taken.iterdir()] == ["keep.txt"]
    refused = run("archive", "--before", "2030-01-01", "--out", str(tmp_path / "n"), db=demo,
                  user="clerk")
    assert refused.returncode == 1 and "may not export the archive" in refused.stderr
    refused = run("archive", "--before", "01.01.2030", "--out", str(tmp_path / "n"), db=demo)
    assert refused.returncode == 1 and "YYYY-MM-DD" in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]  # no partial directory
    # Nothing received before the shop opened: an empty bundle that still checks.
    empty = tmp_path / "empty"
    assert run("archive", "--before", "2000-01-01", "--out", str(empty), db=demo).returncode == 0
    assert json.loads((empty / "manifest.json").read_text())["rma_count"] == 0
    assert sha256sum_check(empty).returncode == 0


@pytest.mark.postgres
def test_retention_and_the_archive_run_as_the_bench_role(roles, tmp_path):  # noqa: F811
    """`db grant` covers them: a bench's login sets a retention period and writes the archive
    (the bench role may not even delete what it could reach)."""
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
    from benchapp.services.archive import write_archive
    from benchapp.services.audit import verify_audit_trail
    from benchapp.services.retention import retention_overview, set_retention
    from benchapp.slips.port import PdfSlips
    from tests.workflow_helpers import Bench

    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])
    bench = Bench(uow())
    rma_no, serials = bench.receive(1)
    bench.full_repair(rma_no, serials)
    customer = bench.rma(rma_no).customer
    set_retention(uow(), bench.admin, customer=customer, years=16, reason="contract")
    set_retention(uow(), bench.admin, customer=customer, years=17, reason="revised")
    assert [(c.customer, c.years) for c in retention_overview(uow()).customers] == [
        (customer, 17)]
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date()
    written = write_archive(uow, bench.admin, before=tomorrow, out=tmp_path / "a",
                            port=PdfSlips(), source="bench role")
    assert written.rmas == 1 and sha256sum_check(tmp_path / "a").returncode == 0
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rmas"][0]["retention_years"] == 17
    assert verify_audit_trail(uow()).ok
