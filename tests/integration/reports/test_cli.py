"""The supervisor commands as an administrator runs them: real processes, a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tests.integration.reports.crafted import HISTORY_CSV

ENV = {"BENCHAPP_PASSWORD": "admin-pass-1"}


def run(*args: str, db: str, stdin: str = "", env: dict | None = None):
    if args[0] == "report":  # reading the archive needs a signed-in user
        args = (*args, "--as", "admin")
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db], check=False,
                          input=stdin,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **ENV, **(env or {})})


@pytest.fixture
def db(sqlite_url, tmp_path):
    r = run("db", "upgrade", db=sqlite_url)  # only db upgrade and demo create a database
    assert r.returncode == 0, r.stderr
    r = run("user", "add", "admin", "--name", "管理员", "--role", "admin", "--password-stdin",
            db=sqlite_url, stdin="admin-pass-1\n")
    assert r.returncode == 0, r.stderr
    return sqlite_url


def test_import_then_weekly_reports_in_every_format(db, tmp_path):
    source = tmp_path / "history.csv"
    source.write_bytes(HISTORY_CSV.encode("gbk"))
    r = run("import", "repairs", str(source), db=db)
    assert r.returncode == 1 and "'--as USER (or $BENCHAPP_USER)' is required" in r.stderr
    r = run("import", "repairs", str(source), "--as", "admin", db=db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("history.csv: 3 rows, 3 units imported in 2 RMAs, 0 already "
                                "imported")
    r = run("import", "repairs", str(source), "--as", "admin", db=db)
    assert "0 units imported in 0 RMAs, 3 already imported" in r.stdout

    r = run("report", "weekly", "--week", "2020-W53", db=db)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert (doc["week"], doc["units"], doc["nff_rate"], doc["repeat_repair_rate"],
            doc["avg_repair_minutes"], doc["max_repair_minutes"]) == (
        "2020-W53", 2, 0.5, 0.5, 42.5, 60)
    assert list(doc["by_cause"]) == ["production", "inspection", "material", "design",
                                     "customer", "nff"]
    assert doc["by_model"] == {"M-C": 2}
    empty = json.loads(run("report", "weekly", "--week", "2026-W52", db=db).stdout)
    assert (empty["units"], empty["nff_rate"], empty["on_time_rate"],
            empty["avg_repair_minutes"]) == (0, None, None, None)

    out = tmp_path / "w.csv"
    r = run("report", "weekly", "--week", "2020-W53", "--format", "csv", "--out", str(out),
            db=db)
    assert r.returncode == 0 and f"wrote {out}" in r.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["week", "section", "key", "value", "share", "cumulative"]
    assert ["2020-W53", "by_department", "品质部", "1", "0.5", ""] in rows

    pdf = tmp_path / "w.pdf"
    r = run("report", "weekly", "--week", "2020-W53", "--format", "pdf", "--out", str(pdf),
            db=db)
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and "2 units" in r.stdout

    r = run("report", "trend", "--weeks", "3", "--end", "2021-W01", "--format", "csv", db=db)
    lines = r.stdout.splitlines()
    assert [line.split(",")[:4] for line in lines[1:]] == [
        ["2020-W52", "2020-12-21", "2020-12-27", "0"], ["2020-W53", "2020-12-28", "2021-01-03",
                                                        "2"],
        ["2021-W01", "2021-01-04", "2021-01-10", "1"]]
    trend = json.loads(run("report", "trend", "--weeks", "2", "--end", "2021-W01",
                           db=db).stdout)
    assert (trend["from"], trend["to"], len(trend["rows"])) == ("2020-W53", "2021-W01", 2)


@pytest.mark.parametrize(("args", "message"), [
    (("report", "weekly", "--week", "2026-W54"), "'2026-W54' is not a valid ISO week"),
    (("report", "weekly", "--week", "2025-W53"), "'2025-W53' is not a valid ISO week"),
    (("report", "trend", "--weeks", "0"), "'0' is not a valid --weeks"),
    (("report", "costs", "--from", "2026-W47", "--to", "2026-W40"), "is not a valid week range"),
    (("report", "overdue", "--at", "yesterday"), "'yesterday' is not a valid --at"),
    (("calendar", "holiday", "add", "2026-10-03", "--as", "admin"), "Monday to Friday"),
    (("calendar", "holiday", "add", "2026-13-01", "--as", "admin"), "not a valid date"),
    (("calendar", "remove", "2026-10-13", "--as", "admin"), "No calendar day '2026-10-13'"),
    (("limits", "set", "contact_hours", "0", "--as", "admin"), "from 1 to 365"),
    (("cost", "show", "RMA-404"), "No RMA 'RMA-404'"),
    (("import", "repairs", "/nonexistent.csv", "--as", "admin"), "No such file"),
])
def test_bad_input_is_one_clear_line_and_exit_1(db, args, message):
    r = run(*args, db=db)
    assert r.returncode == 1, r.stdout
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_a_bad_import_file_lists_every_bad_row_and_imports_nothing(db, tmp_path):
    source = tmp_path / "bad.csv"
    bad = HISTORY_CSV.replace("2020-12-31,2021-01-04", "2020-12-31,2020-12-30").replace(
        ",nff,", ",none,")
    source.write_text(bad, encoding="utf-8")
    r = run("import", "repairs", str(source), "--as", "admin", db=db)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "benchapp: bad.csv: 2 bad row(s); nothing was imported.",
        "  line 2: shipped_on 2020-12-30 is before repaired_on 2020-12-31",
        ("  line 3: cause_category 'none' is not one of production, inspection, material, "
         "design, customer, nff"),
    ]
    assert json.loads(run("report", "weekly", "--week", "2020-W53", db=db).stdout)["units"] == 0


def test_calendar_limits_costs_and_overdue(db, tmp_path):
    # A year `db upgrade` did not seed from the holidays package (it seeds this one and next).
    r = run("calendar", "holiday", "add", "2030-10-01", "--name", "国庆节", "--as", "admin",
            db=db)
    assert r.returncode == 0 and r.stdout.strip() == "added holiday 2030-10-01 (Tue) 国庆节"
    assert run("calendar", "workday", "add", "2030-10-12", "--name", "调休", "--as", "admin",
               db=db).returncode == 0
    assert run("calendar", "list", "--year", "2030", db=db).stdout.splitlines() == [
        "2030-10-01  Tue  holiday  国庆节", "2030-10-12  Sat  workday  调休"]
    r = run("limits", "set", "follow_up_days", "4", "--as", "admin", db=db)
    assert r.returncode == 0 and r.stdout.strip() == "follow_up_days = 4"
    assert "follow_up_days = 4" in run("limits", "show", db=db).stdout

    source = tmp_path / "history.csv"
    source.write_text(HISTORY_CSV, encoding="utf-8-sig")
    assert run("import", "repairs", str(source), "--as", "admin", db=db).returncode == 0
    r = run("user", "add", "clerk", "--name", "张伟", "--role", "business_clerk",
            "--password-stdin", "--as", "admin", db=db, stdin="clerk-pass-1\n")
    assert r.returncode == 0, r.stderr
    clerk = {"BENCHAPP_PASSWORD": "clerk-pass-1"}
    r = run("cost", "add", "H-2020-1", "shipping", "18.50", "--on", "2020-12-31", "--as",
            "clerk", db=db, env=clerk)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "H-2020-1: shipping 18.50 on 2020-12-31 (by rule 5.3.1)"
    r = run("cost", "price", "STM32", "12.8", "--as", "clerk", db=db, env=clerk)
    assert r.returncode == 1 and "may not set a part price" in r.stderr
    r = run("report", "costs", "--from", "2020-W53", "--to", "2021-W01", "--by", "week",
            "--csv", "-", db=db)
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows == [
        ["week", "rmas", "parts", "labour", "shipping", "packaging", "total", "company_pays",
         "customer_pays", "unpriced_parts"],
        ["2020-W53", "1", "0.00", "85.00", "18.50", "0.00", "103.50", "103.50", "0.00", "0"],
        ["2021-W01", "1", "0.00", "15.00", "0.00", "0.00", "15.00", "15.00", "0.00", "0"]]
    shown = run("cost", "show", "H-2020-1", db=db).stdout.splitlines()
    assert shown[-1] == "total 103.50: company 103.50, customer 0.00"
    r = run("report", "overdue", "--format", "json", db=db)
    assert r.returncode == 0 and json.loads(r.stdout) == []  # imported history is not chased
    assert run("report", "overdue", db=db).stdout.strip() == "nothing is overdue"
