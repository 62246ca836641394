"""Past repair records from CSV: encodings, every bad row by line, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from benchapp.domain.history import (
    HEADER,
    ImportRejected,
    check_against_stored,
    parse_history,
)
from benchapp.domain.rules import CauseCategory
from benchapp.domain.supervision import SupervisionError

TODAY = date(2026, 11, 23)
HEAD = ",".join(HEADER)
GOOD = [
    ("SH-2401,深圳市华强电子有限公司,PCBA-MC200-V3,MC-0001,2026-01-05,2026-01-07,2026-01-09,"
     "2026-01-12,production,U12 虚焊,SMT贴片,35,0"),
    ("SH-2401,深圳市华强电子有限公司,PCBA-MC200-V3,MC-0002,2026-01-05,2026-01-08,,2026-01-12,"
     "customer,\"进水腐蚀, U3 损坏\",客户使用,50,1"),
]


def csv_bytes(lines: list[str], encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    return newline.join([HEAD, *lines, ""]).encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_utf8_with_or_without_bom_and_gbk_give_the_same_rows(encoding):
    rows = parse_history(csv_bytes(GOOD, encoding), source="old.csv", today=TODAY)
    assert [(r.line, r.serial, r.cause, r.shipped_on, r.rework_loops) for r in rows] == [
        (2, "MC-0001", CauseCategory.PRODUCTION, date(2026, 1, 9), 0),
        (3, "MC-0002", CauseCategory.CUSTOMER, None, 1)]
    assert rows[1].root_cause == "进水腐蚀, U3 损坏"
    assert rows[0].responsible_department == "生产部" and rows[1].responsible_department == "客户"
    reference = parse_history(csv_bytes(GOOD), source="x", today=TODAY)
    assert [r.sha256 for r in rows] == [r.sha256 for r in reference]


def test_every_bad_row_is_reported_with_its_line_and_nothing_passes():
    lines = [
        GOOD[0],
        "SH-2402,C,M,S-1,2026-13-01,2026-01-07,,2026-01-12,production,x,SMT,35,0",  # 3: date
        "SH-2402,C,M,S-2,2026-01-05,2026-01-04,,2026-01-12,nonsense,x,SMT,0,-1",  # 4: many
        "",  # blank lines are skipped but still counted
        "RMA-000123,C,M,S-3,2026-01-05,2026-01-07,,2026-01-12,design,x,SMT,35,0",  # 6: app no.
        ("SH-2401,其他客户,PCBA-MC200-V3,MC-0001,2026-01-05,2026-01-07,2026-01-09,2026-01-12,"
         "production,x,SMT,35,0"),  # 7: differs from line 2, duplicate serial
        "SH-2403,C,M,S-4,2026-01-05,2026-12-30,,2026-12-31,design,x,SMT,35,0",  # 8: future
        "SH-2404,C,M",  # 9: too few fields
        "SH-2405,C,M,S-5,2026-01-05,2026-01-07,2026-01-06,2026-01-04,design,,SMT,35,0",  # 10
    ]
    with pytest.raises(ImportRejected) as err:
        parse_history(csv_bytes(lines), source="old.csv", today=TODAY)
    rejected = err.value
    assert rejected.message == "old.csv: 7 bad row(s); nothing was imported."
    text = [str(p) for p in rejected.problems]
    assert text == [
        "line 3: received_on '2026-13-01' is not a date (YYYY-MM-DD)",
        "line 4: repaired_on 2026-01-04 is before received_on 2026-01-05",
        ("line 4: cause_category 'nonsense' is not one of production, inspection, material, "
         "design, customer, nff"),
        "line 4: repair_minutes '0' is not a whole number from 1 to 100000",
        "line 4: rework_loops '-1' is not a whole number from 0 to 1000",
        ("line 6: rma_no 'RMA-000123' has the form of this app's own RMA numbers "
         "(RMA-<digits>); keep the old system's numbering"),
        "line 7: customer differs from line 2 of the same RMA SH-2401",
        "line 7: serial MC-0001 appears twice in RMA SH-2401 (line 2)",
        "line 8: repaired_on 2026-12-30 is in the future",
        "line 9: 3 fields, the header has 13",
        "line 10: shipped_on 2026-01-06 is before repaired_on 2026-01-07",
        "line 10: due_on 2026-01-04 is before received_on 2026-01-05",
        "line 10: root_cause: 'root_cause' is required.",
    ]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "the file is empty"),
    (b"rma_no,customer\r\nx,y\r\n", "missing: model"),
    (("\ufeff" + HEAD).encode("utf-16"), "neither UTF-8 nor GBK"),
    (b"\xff\xfe\x00garbage\x81", "neither UTF-8 nor GBK"),
])
def test_unreadable_files_say_why(data, message):
    with pytest.raises(SupervisionError, match=message):
        parse_history(data, source="f.csv", today=TODAY)


def test_rows_already_imported_are_skipped_and_contradictions_reported():
    rows = parse_history(csv_bytes(GOOD), source="x", today=TODAY)
    same = {("SH-2401", "MC-0001"): rows[0].sha256}
    new, problems = check_against_stored(rows, app_rmas=set(), imported=same,
                                         imported_rmas={"SH-2401"})
    assert new == [] and [str(p) for p in problems] == [
        ("line 3: RMA SH-2401 was imported before without serial MC-0002; an imported RMA is "
         "not extended")]
    changed = {("SH-2401", "MC-0001"): "0" * 64, ("SH-2401", "MC-0002"): rows[1].sha256}
    new, problems = check_against_stored(rows, app_rmas=set(), imported=changed,
                                         imported_rmas={"SH-2401"})
    assert [str(p) for p in problems] == [
        "line 2: SH-2401 MC-0001 was imported before with other content"]
    new, problems = check_against_stored(rows, app_rmas={"SH-2401"}, imported={},
                                         imported_rmas=set())
    assert new == [] and len(problems) == 2
    new, problems = check_against_stored(rows, app_rmas=set(), imported={}, imported_rmas=set())
    assert new == rows and problems == []
