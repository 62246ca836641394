"""The defect-code library's rules: the CSV form, bad lines, families, picks (issue 17.4)."""

from __future__ import annotations

import pytest

from benchapp.domain import defect_codes as dc
from benchapp.domain.errors import InvalidInput
from benchapp.domain.rules import CauseCategory

HEADER = ",".join(dc.CSV_HEADER)
GOOD = (f"{HEADER}\r\n"
        "CTRL-,S01,不开机,D01,U12 无输出,C01,U12 虚焊,production\r\n"
        "CTRL-,S01,不开机,D01,U12 无输出,C02,U12 来料不良,material\r\n"
        "*,S09,外观损伤,D09,外壳破裂,C09,\"跌落, drop\",customer\r\n")


def test_a_good_file_parses_and_round_trips_byte_for_byte():
    rows = dc.parse_csv(GOOD)
    assert [r.cause_code for r in rows] == ["C01", "C02", "C09"]
    assert rows[2].cause == "跌落, drop" and rows[1].cause_category is CauseCategory.MATERIAL
    assert dc.to_csv(rows) == GOOD
    assert dc.parse_csv(dc.to_csv(rows)) == rows


def test_codes_are_upper_cased_and_a_bom_is_accepted():
    rows = dc.parse_csv("\ufeff" + HEADER + "\nf,s1,x,d1,y,c1,z,DESIGN\n")
    assert (rows[0].symptom_code, rows[0].defect_code, rows[0].cause_code) == ("S1", "D1", "C1")
    assert rows[0].cause_category is CauseCategory.DESIGN


def test_formula_cells_are_neutralised_on_export_and_restored_on_import():
    rows = dc.parse_csv(HEADER + "\nf,S1,=HYPERLINK(1),D1,+y,C1,@z,design\n")
    text = dc.to_csv(rows)
    assert "'=HYPERLINK(1)" in text and "'+y" in text and "'@z" in text
    assert dc.parse_csv(text) == rows


def test_every_bad_line_gets_one_message_and_nothing_is_returned():
    text = (HEADER + "\n"
            "F,S1,x,D1,y,C1,z,bogus\n"            # 2: category
            "F,S1,x,D1,y,C2,z,design\n"           # 3: good
            "F,S1,x,D1,y,C2,z,design\n"           # 4: cause twice in the family
            "G,S1,other,D2,y,C3,z,design\n"       # 5: S1 means something else
            "F,S 1,x,D1,y,C4,z,design\n"          # 6: bad code
            "F,S1,x,D1,y,C5,z\n"                  # 7: a field short
            "F,S1,x,D1,,C6,z,design\n"            # 8: empty defect
            "\n"                                  # blank lines are skipped
            "F,S1,x,D1,y,C7,z,nff\n")             # 10: good
    with pytest.raises(dc.LibraryRefused) as refused:
        dc.parse_csv(text)
    problems = refused.value.problems
    assert [p.split(":")[0] for p in problems] == [
        "line 2", "line 4", "line 5", "line 6", "line 7", "line 8"]
    assert "cause category" in problems[0]
    assert "C2 appears twice in family F (first on line 3)" in problems[1]
    assert "symptom_code S1 is 'other' here but 'x' on line 3" in problems[2]
    assert "7 fields, expected 8" in problems[4]
    assert "'defect' is required" in problems[5]


def test_a_wrong_header_or_an_empty_file_is_refused():
    with pytest.raises(dc.LibraryRefused, match="1 bad lines"):
        dc.parse_csv("code,text\nA,b\n")
    with pytest.raises(dc.LibraryRefused) as refused:
        dc.parse_csv(HEADER + "\n")
    assert refused.value.problems == ["the file has a header but no rows"]


def test_the_same_code_in_two_families_must_mean_the_same():
    rows = dc.parse_csv(HEADER + "\nA,S1,x,D1,y,C1,z,design\nB,S1,x,D1,y,C1,z,design\n")
    assert [r.family for r in rows] == ["A", "B"]
    with pytest.raises(dc.LibraryRefused, match="1 bad lines"):
        dc.parse_csv(HEADER + "\nA,S1,x,D1,y,C1,z,design\nB,S1,x,D1,y,C1,z,material\n")


def test_a_model_gets_its_longest_family_and_the_shared_rows():
    assert dc.family_of("CTRL-200-V3", ["CTRL-", "CTRL-2", "*"]) == "CTRL-2"
    assert dc.family_of("ctrl-100", ["CTRL-", "*"]) == "CTRL-"
    assert dc.family_of("PSU-1", ["CTRL-", "*"]) == "*"
    assert dc.family_of("PSU-1", ["CTRL-"]) is None
    rows = dc.parse_csv(GOOD)
    assert [r.cause_code for r in dc.codes_for_model("CTRL-9", rows)] == ["C01", "C02", "C09"]
    assert [r.cause_code for r in dc.codes_for_model("PSU-1", rows)] == ["C09"]


def test_a_picked_code_brings_its_cause_category():
    code = dc.parse_csv(GOOD)[0]
    dc.check_cause_pick(code, "production")
    with pytest.raises(InvalidInput, match="expected one of: production"):
        dc.check_cause_pick(code, "material")


def test_code_syntax():
    assert dc.check_code(" c-01.a ", "cause_code") == "C-01.A"
    for bad in ("", "-C1", "C 1", "C" * 33, "虚焊"):
        with pytest.raises(InvalidInput):
            dc.check_code(bad, "cause_code")
