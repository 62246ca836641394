"""The monthly report (001 七) and the quarterly complaint summary on the crafted history
(tests/integration/reports/crafted.py) plus two follow-ups, in every format, read back."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from xml.etree import ElementTree

import pytest

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.domain.errors import InvalidInput
from benchapp.domain.roles import Role
from benchapp.reports import period_export
from benchapp.reports.period import Period
from benchapp.reports.period_pdf import render_monthly_pdf, render_quarterly_pdf
from benchapp.services.followup import record_follow_up
from benchapp.services.period_reports import monthly_report, quarterly_report
from benchapp.services.reports import weekly_report
from benchapp.services.supervision import add_calendar_day
from tests.integration.reports.crafted import CN, TODAY, at, build
from tests.workflow_helpers import PASSWORD

NOTE_A = "=外壳划伤，客户不满意"  # starts with "=": must stay text in CSV and xlsx


@pytest.fixture(scope="module", params=["sqlite",
                                        pytest.param("postgres", marks=pytest.mark.postgres)])
def shop(request, tmp_path_factory):
    name = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('periods') / 'periods.db'}"
    else:
        server = request.getfixturevalue("pg_server")
        name = f"periods_{os.getpid()}"
        server.admin(f"CREATE DATABASE {name}")
        url = server.url(name)
    engine = make_engine(url)
    upgrade(engine)
    crafted = build(engine)
    uow = crafted.bench.uow
    uow.backdate = at(2027, 1, 2, 10)  # still 2026-W53: the December report
    record_follow_up(uow, crafted.bench.business_clerk, rma_no=crafted.rma_a, satisfied=False,
                     note=NOTE_A)
    uow.backdate = at(2027, 1, 8, 10)  # 2027-W01: January
    record_follow_up(uow, crafted.bench.business_clerk, rma_no=crafted.rma_b, satisfied=True,
                     note="已收货，满意")
    uow.backdate = None
    # The calendar the closure limit is counted on: New Year's Day off (whether or not the
    # holidays package seeded it).
    add_calendar_day(uow, crafted.bench.people[Role.ADMIN], day=date(2027, 1, 1),
                     kind="holiday", name="元旦")
    yield crafted, url
    engine.dispose()
    if name is not None:
        server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def uow(shop):
    return SqlAlchemyUnitOfWork(shop[0].engine)


def test_a_period_is_the_iso_weeks_whose_thursday_falls_in_it():
    december = Period.month("2026-12")
    assert [str(w) for w in december.weeks] == [f"2026-W{n}" for n in range(49, 54)]
    assert (december.first_day.isoformat(), december.last_day.isoformat()) == (
        "2026-11-30", "2027-01-03")
    assert str(Period.month("2027-01").weeks[0]) == "2027-W01"
    q4 = Period.quarter("2026q4")
    assert (q4.label, str(q4.weeks[0]), str(q4.weeks[-1]), len(q4.weeks)) == (
        "2026Q4", "2026-W40", "2026-W53", 14)
    for bad in ("2026-13", "2026-1", "26-11", "", "2026-00"):
        with pytest.raises(InvalidInput, match="month"):
            Period.month(bad)
    for bad in ("2026Q5", "2026Q0", "Q4", "2026-4"):
        with pytest.raises(InvalidInput, match="quarter"):
            Period.quarter(bad)


def test_the_monthly_report_is_the_sum_of_its_weeks(shop):
    crafted, _ = shop
    doc = monthly_report(uow(shop), Period.month("2026-12")).to_json()
    week = weekly_report(uow(shop), IsoWeek(2026, 53), today=TODAY).to_json()
    assert (doc["month"], doc["from"], doc["to"]) == ("2026-12", "2026-11-30", "2027-01-03")
    for key in ("units", "repaired_units", "repair_minutes", "avg_repair_minutes",
                "max_repair_minutes", "by_cause"):
        assert doc[key] == week[key], key
    assert (doc["units"], doc["avg_repair_minutes"], doc["max_repair_minutes"]) == (4, 46.7, 70)
    assert doc["by_model"] == [
        {"model": "M-A", "units": 3, "repaired_units": 3, "repair_minutes": 140,
         "avg_repair_minutes": 46.7, "max_repair_minutes": 70,
         "by_cause": {"production": 2, "inspection": 0, "material": 0, "design": 0,
                      "customer": 1, "nff": 0}},
        {"model": "M-B", "units": 1, "repaired_units": 0, "repair_minutes": 0,
         "avg_repair_minutes": None, "max_repair_minutes": None,
         "by_cause": {"production": 0, "inspection": 0, "material": 0, "design": 0,
                      "customer": 0, "nff": 1}}]
    assert doc["fault_frequency"][0] == {"cause": "production", "root_cause": "R1 虚焊",
                                         "units": 2, "share": 0.6667}
    feedback = doc["customer_feedback"]
    assert {k: feedback[k] for k in ("done", "received", "satisfied", "not_satisfied")} == {
        "done": 1, "received": 1, "satisfied": 0, "not_satisfied": 1}
    (line,) = feedback["lines"]
    assert (line["rma_no"], line["note"], line["satisfied"], line["contacted_by"]) == (
        crafted.rma_a, NOTE_A, False, crafted.bench.business_clerk.username)
    january = monthly_report(uow(shop), Period.month("2027-01")).to_json()
    assert (january["units"], january["by_cause"]["design"]) == (1, 1)
    assert january["customer_feedback"]["satisfaction_rate"] == 1.0
    # Imported history counts like any other: December 2020 is 2020-W49..W53.
    old = monthly_report(uow(shop), Period.month("2020-12")).to_json()
    assert [(m["model"], m["units"]) for m in old["by_model"]] == [("M-C", 2)]


def test_the_quarterly_complaint_summary(shop):
    crafted, _ = shop
    doc = quarterly_report(uow(shop), Period.quarter("2026Q4")).to_json()
    assert (doc["notices"], doc["open"], doc["closed"]) == (1, 1, 0)
    (notice,) = doc["notice_list"]
    assert (notice["rma_no"], notice["customer"], notice["severity"], notice["closed_on_time"]
            ) == (crafted.rma_a, "C1", "general", None)
    # Raised Thursday 31 Dec 16:00; 5 working days, New Year's Day and the weekend off:
    # 4 to 8 January, due at 17:30 on the 8th (09:30 UTC).
    assert notice["closure_due"].startswith("2027-01-08T09:30")
    assert doc["by_customer"] == {"C1": 1}
    assert doc["customer_feedback"]["done"] == 1
    q1 = quarterly_report(uow(shop), Period.quarter("2027Q1")).to_json()
    assert [n["rma_no"] for n in q1["notice_list"]] == [crafted.rma_b]


def test_csv_and_xlsx_read_back(shop):
    report = monthly_report(uow(shop), Period.month("2026-12"))
    rows = list(csv.reader(io.StringIO(period_export.monthly_csv(report))))
    assert rows[0] == ["period", "section", "key", "field", "value"]
    assert ["2026-12", "figure", "", "max_repair_minutes", "70"] in rows
    assert ["2026-12", "model", "M-A", "avg_repair_minutes", "46.7"] in rows
    assert ["2026-12", "feedback", "", "not_satisfied", "1"] in rows
    notes = [r[4] for r in rows if r[1] == "feedback_line" and r[3] == "note"]
    assert notes == ["'" + NOTE_A]  # neutralised for the spreadsheet

    sheets = read_xlsx(period_export.monthly_xlsx(report))
    assert list(sheets)[:4] == ["Summary", "Models", "Faults", "Feedback"]  # yields follow
    assert ["max_repair_minutes", "70"] in sheets["Summary"]
    assert sheets["Models"][1] == ["M-A", "3", "3", "140", "46.7", "70", "2", "0", "0", "0",
                                   "1", "0"]
    assert sheets["Models"][2][:6] == ["M-B", "1", "0", "0", "", ""]  # no repair: no average
    assert sheets["Feedback"][1][-1] == NOTE_A  # a string cell, not a formula

    quarter = quarterly_report(uow(shop), Period.quarter("2026Q4"))
    q_rows = list(csv.reader(io.StringIO(period_export.quarterly_csv(quarter))))
    assert ["2026Q4", "figure", "", "notices", "1"] in q_rows
    q_sheets = read_xlsx(period_export.quarterly_xlsx(quarter))
    assert q_sheets["Customers"] == [["customer", "notices"], ["C1", "1"]]
    assert q_sheets["Notices"][1][2] == "C1"


def test_pdfs_carry_the_chinese_text(shop, tmp_path):
    report = monthly_report(uow(shop), Period.month("2026-12"))
    generated = at(2027, 1, 9, 9)
    text = pdf_text(render_monthly_pdf(report, generated_at=generated, zone=CN), tmp_path)
    for wanted in ("售后维修月报", "2026-12", "M-A", "R1 虚焊", "外壳划伤", "不满意", "46.7"):
        assert wanted in text, wanted
    quarter = quarterly_report(uow(shop), Period.quarter("2026Q4"))
    text = pdf_text(render_quarterly_pdf(quarter, generated_at=generated, zone=CN), tmp_path)
    for wanted in ("客户投诉季度汇总", "2026Q4", shop[0].rma_a, "C1"):
        assert wanted in text, wanted


# -- the CLI ---------------------------------------------------------------------------------


def run(*args: str, url: str, user: str = "admin"):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", url, "--as", user],
                          check=False, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "BENCHAPP_PASSWORD": PASSWORD})


def test_the_cli_writes_every_format(shop, tmp_path):
    _, url = shop
    r = run("report", "monthly", "--month", "2026-12", url=url)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["units"] == 4
    for fmt in ("pdf", "csv", "xlsx"):
        out = tmp_path / f"m.{fmt}"
        r = run("report", "monthly", "--month", "2026-12", "--format", fmt, "--out", str(out),
                url=url)
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith(f"wrote {out} (")
    assert (tmp_path / "m.csv").read_bytes().startswith(b"\xef\xbb\xbfperiod,section")
    assert read_xlsx((tmp_path / "m.xlsx").read_bytes())["Models"][1][0] == "M-A"
    assert "售后维修月报" in pdf_text((tmp_path / "m.pdf").read_bytes(), tmp_path)
    r = run("report", "monthly", "--month", "2026-12", "--format", "csv", "--out",
            str(tmp_path / "m.csv"), url=url)
    assert r.returncode == 1 and "exists" in r.stderr  # never over a file without --force

    out = tmp_path / "q.xlsx"
    r = run("report", "quarterly", "--quarter", "2026Q4", "--format", "xlsx", "--out", str(out),
            url=url)
    assert r.returncode == 0, r.stderr
    assert read_xlsx(out.read_bytes())["Summary"][1] == ["quarter", "2026Q4"]
    r = run("report", "quarterly", "--quarter", "2026Q4", "--format", "csv", url=url)
    assert r.returncode == 0 and "2026Q4,figure,,notices,1" in r.stdout

    week = tmp_path / "w.xlsx"
    r = run("report", "weekly", "--week", "2026-W53", "--format", "xlsx", "--out", str(week),
            url=url)
    assert r.returncode == 0, r.stderr
    assert ["2026-W53", "figure", "units", "4"] in read_xlsx(week.read_bytes())["Weekly"]

    for args in (("monthly", "--month", "2026-13"), ("quarterly", "--quarter", "2026Q5")):
        r = run("report", *args, url=url)
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    r = run("report", "monthly", "--month", "2026-12", url=url, user="nobody")
    assert r.returncode == 1 and r.stdout == ""


# -- reading the files back ------------------------------------------------------------------

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def read_xlsx(data: bytes) -> dict[str, list[list[str]]]:
    """Each sheet's rows as text, read with the standard library (no openpyxl here)."""
    book = zipfile.ZipFile(io.BytesIO(data))
    strings = []
    if "xl/sharedStrings.xml" in book.namelist():
        root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
                   for si in root.findall("m:si", NS)]
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for sheet in ElementTree.fromstring(book.read("xl/workbook.xml")).find("m:sheets", NS):
        xml = ElementTree.fromstring(book.read("xl/" + targets[sheet.get(REL)]))
        rows = []
        for row in xml.iter(f"{{{NS['m']}}}row"):
            cells = []
            for c in row.findall("m:c", NS):
                assert c.find("m:f", NS) is None, "a formula in a report"
                col = re.match(r"[A-Z]+", c.get("r")).group()
                index = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(col))) - 1
                cells += [""] * (index - len(cells))
                v = c.find("m:v", NS)
                value = "" if v is None else v.text
                if c.get("t") == "s":
                    value = strings[int(value)]
                elif c.get("t") == "b":
                    value = "TRUE" if value == "1" else "FALSE"
                elif value.endswith(".0"):
                    value = value[:-2]
                cells.append(value)
            rows.append(cells)
        out[sheet.get("name")] = rows
    return out


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
