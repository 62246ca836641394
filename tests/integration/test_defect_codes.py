"""The defect-code library on SQLite and PostgreSQL: import all or nothing, codes on repair
records and screenings, texts mapped to codes, the weekly counts by code, the CLI, and the
bench role's grants (issue 17.4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from benchapp.domain.defect_codes import CSV_HEADER, LibraryRefused
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted
from benchapp.services import defect_codes as svc
from benchapp.services import workflow as wf
from benchapp.services.reports import weekly_report
from tests.integration.test_archive import demo  # noqa: F401 - the demo shop, once per module
from tests.integration.test_audit_attacks import roles  # noqa: F401 - the two-role database
from tests.workflow_helpers import PASSWORD, Bench

HEADER = ",".join(CSV_HEADER)
LIBRARY = (f"{HEADER}\n"
           "PCBA-MC200,S01,上电无显示,D01,U12 无输出,C01,U12 虚焊,production\n"
           "PCBA-MC200,S01,上电无显示,D01,U12 无输出,C02,U12 来料不良,material\n"
           "*,S09,外观损伤,D09,外壳破裂,C09,跌落,customer\n"
           "PSU-,S02,无输出,D02,保险丝断,C03,浪涌,customer\n")


@pytest.fixture
def bench(uow_factory):
    return Bench(uow_factory())


def _import(uow_factory, bench, csv_text=LIBRARY):
    return svc.import_library(uow_factory(), bench.admin, csv_text=csv_text, source="t.csv")


def _repair(bench, rma_no, serial, *, cause="production", root="U12 虚焊", code=""):
    wf.confirm_due_date(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                        can_meet=True)
    wf.record_repair(bench.uow, bench.repair_engineer, rma_no=rma_no, serial=serial,
                     symptom="上电无显示", root_cause=root, cause_category=cause,
                     responsible_process="SMT", responsible_department="生产部",
                     actions="补焊", repair_minutes=20, cause_code=code)


def _in_repair(bench, n):
    rma_no, serials = bench.receive(n)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    return rma_no, serials


def test_import_replaces_the_library_and_a_bad_file_changes_nothing(bench, uow_factory):
    result = _import(uow_factory, bench)
    assert (result.rows, result.families, result.replaced) == (4, 3, 0)
    with pytest.raises(LibraryRefused) as refused:
        _import(uow_factory, bench, LIBRARY + "PSU-,S02,无输出,D02,保险丝断,C04,x,bogus\n")
    assert refused.value.problems[0].startswith("line 6: ")
    assert len(svc.library(uow_factory())) == 4
    again = _import(uow_factory, bench, f"{HEADER}\n*,S09,外观损伤,D09,外壳破裂,C09,跌落,customer\n")
    assert (again.rows, again.replaced) == (1, 4)
    assert svc.export_library(uow_factory()).splitlines() == [
        HEADER, "*,S09,外观损伤,D09,外壳破裂,C09,跌落,customer"]
    with uow_factory() as uow:
        actions = [e.action for e in uow.log.for_rma("-")]
    assert actions.count("defect_codes_imported") == 2
    with pytest.raises(NotPermitted):
        svc.import_library(uow_factory(), bench.repair_engineer, csv_text=LIBRARY)


def test_a_unit_is_offered_its_familys_codes(bench, uow_factory):
    _import(uow_factory, bench)
    assert [c.cause_code for c in svc.codes_for_model(uow_factory(), model="PCBA-MC200-V3")] \
        == ["C09", "C01", "C02"]
    assert [c.cause_code for c in svc.codes_for_model(uow_factory(), model="PSU-12")] \
        == ["C09", "C03"]


def test_records_carry_codes_and_free_texts_still_work(bench, uow_factory, engine):
    _import(uow_factory, bench)
    rma_no, serials = _in_repair(bench, 4)
    _repair(bench, rma_no, serials[0], code="c01")
    with pytest.raises(NotFound, match="No cause code 'C77'"):
        _repair(bench, rma_no, serials[1], code="C77")
    with pytest.raises(InvalidInput, match="cause category for code C01"):
        _repair(bench, rma_no, serials[1], cause="material", code="C01")
    _repair(bench, rma_no, serials[1], root="U12 虚焊")          # free text only, then mapped
    _repair(bench, rma_no, serials[2], root="客户摔坏", cause="customer")
    _repair(bench, rma_no, serials[3], root="客户摔坏", cause="customer")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT cause_code FROM repair_records ORDER BY id")
                            ).scalars().all() == ["C01", "", "", ""]
    history = bench.rma(rma_no)
    assert history.unit(serials[1]).state.value == "repaired"
    assert [(u.text, u.records) for u in svc.unmapped_texts(uow_factory())] == [
        ("客户摔坏", 2), ("U12 虚焊", 1)]
    assert svc.map_text(uow_factory(), bench.admin, text="U12 虚焊", code="C01") is None
    assert svc.map_text(uow_factory(), bench.admin, text="客户摔坏", code="C02") is None
    assert svc.map_text(uow_factory(), bench.admin, text="客户摔坏", code="C09") == "C02"
    with pytest.raises(NotFound):
        svc.map_text(uow_factory(), bench.admin, text="x", code="NOPE")
    with pytest.raises(NotPermitted):
        svc.map_text(uow_factory(), bench.repair_engineer, text="x", code="C01")
    assert svc.unmapped_texts(uow_factory()) == []

    report = weekly_report(uow_factory()).to_json()
    assert report["cause_codes"] == [
        {"code": "C01", "cause": "U12 虚焊", "cause_category": "production", "records": 2},
        {"code": "C09", "cause": "跌落", "cause_category": "customer", "records": 2}]
    assert "pareto" in report and "root_causes" in report  # the existing keys stay


def test_a_visual_inspection_names_a_defect_code(bench, uow_factory, engine):
    _import(uow_factory, bench)
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    for s, code in zip(serials, ("d01", ""), strict=True):
        wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=s,
                                 verdict="PASS")
        wf.record_visual_inspection(bench.uow, bench.qc_lead, rma_no=rma_no, serial=s,
                                    verdict="FAIL", defect="U12 虚焊", defect_code=code,
                                    responsible_inspector_id=bench.oqc_inspector.user_id)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT defect_code FROM screenings ORDER BY id")
                            ).scalars().all() == ["D01", ""]
    rma_no, serials = bench.receive(1)
    bench.to_qc(rma_no, serials)
    wf.record_screening_test(bench.uow, bench.tester, rma_no=rma_no, serial=serials[0],
                             verdict="PASS")
    with pytest.raises(NotFound, match="No defect code 'D55'"):
        wf.record_visual_inspection(bench.uow, bench.qc_lead, rma_no=rma_no, serial=serials[0],
                                    verdict="FAIL", defect="x", defect_code="D55",
                                    responsible_inspector_id=bench.oqc_inspector.user_id)
    assert bench.state(rma_no, serials[0]) == "screening_tested"


def run(*args, db, stdin=None):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db],
                          input=stdin, check=False, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "BENCHAPP_PASSWORD": PASSWORD})


def test_the_cli_imports_exports_lists_maps(bench, db_url, tmp_path):
    lib = tmp_path / "lib.csv"
    lib.write_text(LIBRARY, encoding="utf-8")
    admin = ["--as", bench.admin.username]
    r = run("defects", "import", str(lib), *admin, db=db_url)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "lib.csv: 4 codes in 3 families imported (replacing 0)\n"
    bad = tmp_path / "bad.csv"
    bad.write_text(LIBRARY + "PSU-,S02,无输出,D02,保险丝断,C04,x,bogus\nPSU-,S 2,a,D3,b,C5,c,nff\n",
                   encoding="utf-8")
    r = run("defects", "import", str(bad), *admin, db=db_url)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "benchapp: bad.csv: 2 bad lines, nothing imported",
        ("  line 6: 'bogus' is not a valid cause category; expected one of: production, "
         "inspection, material, design, customer, nff."),
        ("  line 7: 'S 2' is not a valid symptom_code; expected one of: 1 to 32 letters, "
         "digits, '.', '_' or '-', starting with a letter or digit.")]
    bad.write_bytes(b"\xff\xfe" + LIBRARY.encode("utf-16-le"))
    r = run("defects", "import", str(bad), *admin, db=db_url)
    assert r.returncode == 1 and "is not UTF-8 text" in r.stderr
    r = run("defects", "list", "--family", "PSU-", "--json", db=db_url)
    assert json.loads(r.stdout) == [{
        "family": "PSU-", "symptom_code": "S02", "symptom": "无输出", "defect_code": "D02",
        "defect": "保险丝断", "cause_code": "C03", "cause": "浪涌", "cause_category": "customer"}]
    r = run("defects", "list", db=db_url)
    assert "PCBA-MC200:\n  S01 上电无显示 > D01 U12 无输出 > C01 U12 虚焊 [production]" in r.stdout
    out = tmp_path / "out.csv"
    assert run("defects", "export", "--out", str(out), db=db_url).returncode == 0
    r = run("defects", "export", "--out", str(out), db=db_url)
    assert r.returncode == 1 and "give --force" in r.stderr
    assert run("defects", "import", str(out), *admin, db=db_url).returncode == 0
    assert run("defects", "export", db=db_url).stdout.replace("\r\n", "\n") \
        == out.read_text(encoding="utf-8").replace("\r\n", "\n")
    rma_no, serials = _in_repair(bench, 1)
    _repair(bench, rma_no, serials[0], root="客户摔坏", cause="customer")
    r = run("defects", "unmapped", "--json", db=db_url)
    assert json.loads(r.stdout) == [{"text": "客户摔坏", "records": 1}]
    r = run("defects", "map", "客户摔坏", "C09", *admin, db=db_url)
    assert r.returncode == 0 and r.stdout == "mapped to C09\n"
    r = run("defects", "map", "客户摔坏", "C99", *admin, db=db_url)
    assert r.returncode == 1 and "No cause code 'C99'" in r.stderr
    assert run("defects", "unmapped", db=db_url).stdout == \
        "every repair record has a code or a mapped text\n"
    r = run("report", "weekly", "--format", "json", *admin, db=db_url)
    assert json.loads(r.stdout)["cause_codes"] == [
        {"code": "C09", "cause": "跌落", "cause_category": "customer", "records": 1}]


@pytest.mark.postgres
def test_the_bench_role_imports_maps_and_records_codes(roles):  # noqa: F811
    """`db grant` covers the new tables: a bench's login replaces the library, maps a text,
    records a coded repair and reads the counts; it may still not rewrite a record's code."""
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

    uow = lambda: SqlAlchemyUnitOfWork(roles["engine"])
    bench = Bench(uow())
    svc.import_library(uow(), bench.admin, csv_text=LIBRARY)
    svc.import_library(uow(), bench.admin, csv_text=LIBRARY)  # the delete is granted too
    rma_no, serials = _in_repair(bench, 2)
    _repair(bench, rma_no, serials[0], code="C01")
    _repair(bench, rma_no, serials[1], root="来料问题", cause="material")
    svc.map_text(uow(), bench.admin, text="来料问题", code="C01")
    svc.map_text(uow(), bench.admin, text="来料问题", code="C02")  # re-mapped in place
    counts = {c["code"]: c["records"] for c in weekly_report(uow()).to_json()["cause_codes"]}
    assert counts == {"C01": 1, "C02": 1}
    from sqlalchemy.exc import ProgrammingError

    with roles["engine"].connect() as conn, pytest.raises(ProgrammingError,
                                                          match="permission denied"):
        conn.execute(text("UPDATE repair_records SET cause_code = 'C02'"))


def test_the_demo_shop_has_a_library_coded_records_and_a_mapped_text(demo):  # noqa: F811
    from benchapp.db.engine import make_engine
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
    from benchapp.demo import _FAULTS

    engine = make_engine(demo)
    try:
        uow = lambda: SqlAlchemyUnitOfWork(engine)
        assert len(svc.library(uow())) == 12
        with engine.connect() as conn:
            coded, total = conn.execute(text(
                "SELECT SUM(CASE WHEN cause_code <> '' THEN 1 ELSE 0 END), COUNT(*) "
                "FROM repair_records")).one()
            defects = conn.execute(text("SELECT DISTINCT defect_code FROM screenings "
                                        "WHERE defect_code <> ''")).scalars().all()
        assert 0 < coded < total  # most records coded, some free text only
        assert set(defects) <= {"D-COLD", "D-BRIDGE", "D-POLARITY"} and defects
        unmapped = {u.text for u in svc.unmapped_texts(uow())}
        assert _FAULTS["watchdog_fw"].root_cause in unmapped
        assert _FAULTS["u5_bga"].root_cause not in unmapped  # mapped by the administrator
    finally:
        engine.dispose()
