"""Every figure of the weekly report against hand-computed expectations, on both backends."""

from __future__ import annotations

import pytest

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.reports import export
from benchapp.services.reports import weekly_report, weekly_trend
from tests.integration.reports.crafted import TODAY

NO_FOLLOW_UPS = {"done": 0, "satisfied": 0, "not_satisfied": 0}
FORM = {"no": "QR-TPZ-002-09", "revision": "A-2"}
NO_REWORK = {"cause_basis": "first_failure", "rework_units": 0, "rework_records": 0,
             "rework": []}


def report(crafted, week: str) -> dict:
    return weekly_report(SqlAlchemyUnitOfWork(crafted.engine), IsoWeek.parse(week), today=TODAY).to_json()


def test_week_53_of_2026(crafted):
    assert report(crafted, "2026-W53") == {
        "week": "2026-W53", "from": "2026-12-28", "to": "2027-01-03",
        # S1, S2, S3 repaired; T1 released as no fault found late on Sunday (shop time).
        "units": 4, "repaired_units": 3, "nff_released": 1, "repair_records": 4,
        # S2 counts by its first failure (production); its loop's material record is rework.
        "by_cause": {"production": 2, "inspection": 0, "material": 0, "design": 0,
                     "customer": 1, "nff": 1},
        "repair_minutes": 140, "avg_repair_minutes": 46.7, "max_repair_minutes": 70,
        "rework_loops": 1, "repeat_repair_units": 1, "repeat_repair_rate": 0.3333,
        "nff_units": 1, "nff_rate": 0.25,
        # S1-S3 shipped on their due day; T1 shipped a day after its due date.
        "on_time_units": 3, "late_units": 1, "pending_units": 0, "on_time_rate": 0.75,
        "repeat_returns": 0, "complaint_notices": 1,
        "by_model": {"M-A": 3, "M-B": 1},
        "pareto": [
            {"cause": "production", "units": 2, "share": 0.5, "cumulative": 0.5},
            {"cause": "customer", "units": 1, "share": 0.25, "cumulative": 0.75},
            {"cause": "nff", "units": 1, "share": 0.25, "cumulative": 1.0},
        ],
        "root_causes": [
            {"cause": "production", "root_cause": "R1 虚焊", "units": 2, "share": 0.6667,
             "cumulative": 0.6667},
            {"cause": "customer", "root_cause": "R3 进水", "units": 1, "share": 0.3333,
             "cumulative": 1.0},
        ],
        "responsibility": {"by_process": {"SMT贴片": 2, "客户使用": 1},
                           "by_department": {"生产部": 2, "客户": 1}},
        "repeat_return_window_days": 90, "repeat_return_list": [],
        "complaint_notice_list": [{"notice_no": "CCN-000001", "rma_no": crafted.rma_a,
                                   "customer": "C1", "status": "open", "severity": "general",
                                   "non_customer_units": 2, "shipped_qty": 3}],
        "corrective_actions": [], "customer_follow_ups": NO_FOLLOW_UPS,
        "as_of": "2027-01-08", "form": FORM,
        "cause_basis": "first_failure", "rework_units": 1, "rework_records": 1,
        "rework": [{"cause": "material", "root_cause": "R2 来料电容",
                    "responsible_process": "来料检验", "responsible_department": "品质部",
                    "units": 1}],
        # Issue 17.4: the week's four repair records by code (none has one) and category.
        "cause_codes": [{"code": "", "cause": "", "cause_category": "production", "records": 2},
                        {"code": "", "cause": "", "cause_category": "customer", "records": 1},
                        {"code": "", "cause": "", "cause_category": "material", "records": 1}],
    }


def test_first_week_of_2027(crafted):
    assert report(crafted, "2027-W01") == {
        "week": "2027-W01", "from": "2027-01-04", "to": "2027-01-10",
        # T2 was repaired at 00:30 on Monday in the shop (still Sunday in UTC).
        "units": 1, "repaired_units": 1, "nff_released": 0, "repair_records": 1,
        "by_cause": {"production": 0, "inspection": 0, "material": 0, "design": 1,
                     "customer": 0, "nff": 0},
        "repair_minutes": 90, "avg_repair_minutes": 90.0, "max_repair_minutes": 90,
        "rework_loops": 0, "repeat_repair_units": 0, "repeat_repair_rate": 0.0,
        "nff_units": 0, "nff_rate": 0.0,
        # Due Jan 5, not shipped by Jan 8: late.
        "on_time_units": 0, "late_units": 1, "pending_units": 0, "on_time_rate": 0.0,
        "repeat_returns": 1, "complaint_notices": 1,
        "by_model": {"M-B": 1},
        "pareto": [{"cause": "design", "units": 1, "share": 1.0, "cumulative": 1.0}],
        "root_causes": [{"cause": "design", "root_cause": "R4 降额不足", "units": 1,
                         "share": 1.0, "cumulative": 1.0}],
        "responsibility": {"by_process": {"电路设计": 1}, "by_department": {"技术部": 1}},
        "repeat_return_window_days": 90,
        "repeat_return_list": [{"serial": "S1", "rma_no": crafted.rma_c,
                                "previous_rma_no": crafted.rma_a, "days_since_previous": 8}],
        "complaint_notice_list": [{"notice_no": "CCN-000002", "rma_no": crafted.rma_b,
                                   "customer": "C2", "status": "open", "severity": "general",
                                   "non_customer_units": 1, "shipped_qty": 1}],
        "corrective_actions": [], "customer_follow_ups": NO_FOLLOW_UPS,
        "as_of": "2027-01-08", "form": FORM, **NO_REWORK,
        "cause_codes": [{"code": "", "cause": "", "cause_category": "design", "records": 1}],
    }


EMPTY_FIGURES = {
    "units": 0, "repaired_units": 0, "nff_released": 0, "repair_records": 0,
    "by_cause": {"production": 0, "inspection": 0, "material": 0, "design": 0, "customer": 0,
                 "nff": 0},
    "repair_minutes": 0, "avg_repair_minutes": None, "max_repair_minutes": None,
    "rework_loops": 0, "repeat_repair_units": 0, "repeat_repair_rate": None,
    "nff_units": 0, "nff_rate": None, "on_time_units": 0, "late_units": 0,
    "pending_units": 0, "on_time_rate": None, "repeat_returns": 0, "complaint_notices": 0,
}


def test_a_week_without_repairs_has_no_rates_rather_than_zero(crafted):
    assert report(crafted, "2026-W52") == {
        "week": "2026-W52", "from": "2026-12-21", "to": "2026-12-27", **EMPTY_FIGURES,
        "by_model": {}, "pareto": [], "root_causes": [],
        "responsibility": {"by_process": {}, "by_department": {}},
        "repeat_return_window_days": 90, "repeat_return_list": [],
        "complaint_notice_list": [], "corrective_actions": [],
        "customer_follow_ups": NO_FOLLOW_UPS, "as_of": "2027-01-08", "form": FORM, **NO_REWORK,
        "cause_codes": [],
    }


def test_imported_records_count_in_week_53_of_2020(crafted):
    assert report(crafted, "2020-W53") == {
        "week": "2020-W53", "from": "2020-12-28", "to": "2021-01-03",
        # X2 was repaired on Saturday Jan 2, 2021: still week 53 of 2020.
        "units": 2, "repaired_units": 2, "nff_released": 0, "repair_records": 2,
        "by_cause": {"production": 0, "inspection": 1, "material": 0, "design": 0,
                     "customer": 0, "nff": 1},
        "repair_minutes": 85, "avg_repair_minutes": 42.5, "max_repair_minutes": 60,
        "rework_loops": 2, "repeat_repair_units": 1, "repeat_repair_rate": 0.5,
        "nff_units": 1, "nff_rate": 0.5,
        "on_time_units": 1, "late_units": 1, "pending_units": 0, "on_time_rate": 0.5,
        "repeat_returns": 0, "complaint_notices": 0,
        "by_model": {"M-C": 2},
        "pareto": [{"cause": "inspection", "units": 1, "share": 0.5, "cumulative": 0.5},
                   {"cause": "nff", "units": 1, "share": 0.5, "cumulative": 1.0}],
        "root_causes": [
            {"cause": "inspection", "root_cause": "R5 锡桥漏检", "units": 1, "share": 0.5,
             "cumulative": 0.5},
            {"cause": "nff", "root_cause": "R6 未复现", "units": 1, "share": 0.5,
             "cumulative": 1.0}],
        "responsibility": {"by_process": {"AOI检测": 1, "未复现": 1},
                           "by_department": {"品质部": 1, "技术部": 1}},
        "repeat_return_window_days": 90, "repeat_return_list": [],
        "complaint_notice_list": [], "corrective_actions": [],
        "customer_follow_ups": NO_FOLLOW_UPS, "as_of": "2027-01-08", "form": FORM, **NO_REWORK,
        "cause_codes": [{"code": "", "cause": "", "cause_category": "inspection", "records": 1},
                        {"code": "", "cause": "", "cause_category": "nff", "records": 1}],
    }
    w1 = report(crafted, "2021-W01")
    assert (w1["units"], w1["by_cause"]["production"], w1["on_time_units"], w1["late_units"],
            w1["on_time_rate"], w1["avg_repair_minutes"]) == (1, 1, 0, 1, 0.0, 15.0)


def test_the_trend_reads_the_same_figures_across_both_year_ends(crafted):
    rows = weekly_trend(SqlAlchemyUnitOfWork(crafted.engine), end=IsoWeek(2027, 2), weeks=4, today=TODAY)
    assert [str(r.week) for r in rows] == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    for row in rows[:3]:
        weekly = report(crafted, str(row.week))
        assert row.to_json() == {k: weekly[k] for k in row.to_json()}
    assert {k: v for k, v in rows[3].to_json().items() if k in EMPTY_FIGURES} == EMPTY_FIGURES
    old = weekly_trend(SqlAlchemyUnitOfWork(crafted.engine), end=IsoWeek(2021, 2), weeks=4, today=TODAY)
    assert [(str(r.week), r.units, r.nff_rate) for r in old] == [
        ("2020-W52", 0, None), ("2020-W53", 2, 0.5), ("2021-W01", 1, 0.0), ("2021-W02", 0, None)]
    assert len(weekly_trend(SqlAlchemyUnitOfWork(crafted.engine), end=IsoWeek(2027, 1), weeks=52, today=TODAY)) == 52


def test_csv_forms_of_the_weekly_report_and_the_trend(crafted):
    rep = weekly_report(SqlAlchemyUnitOfWork(crafted.engine), IsoWeek(2026, 53), today=TODAY)
    lines = export.weekly_csv(rep).splitlines()
    assert lines[0] == "week,section,key,value,share,cumulative"
    assert "2026-W53,figure,nff_rate,0.25,," in lines
    assert "2026-W53,figure,avg_repair_minutes,46.7,," in lines
    assert "2026-W53,by_cause,inspection,0,0.0," in lines
    assert "2026-W53,pareto,customer,1,0.25,0.75" in lines
    assert "2026-W53,root_cause,production: R1 虚焊,2,0.6667,0.6667" in lines
    assert "2026-W53,figure,cause_basis,first_failure,," in lines
    assert "2026-W53,figure,rework_units,1,," in lines
    assert "2026-W53,rework,material: R2 来料电容 (来料检验 / 品质部),1,1.0," in lines
    rows = weekly_trend(SqlAlchemyUnitOfWork(crafted.engine), end=IsoWeek(2027, 1), weeks=2, today=TODAY)
    trend = export.trend_csv(rows).splitlines()
    assert trend[0] == ",".join(export.TREND_CSV_HEADER)
    assert trend[1].startswith("2026-W53,2026-12-28,2027-01-03,4,3,1,2,0,0,0,1,1,4,140,46.7,70,")
    assert trend[1].endswith(",1,1")  # rework_units, rework_records
    empty = export.trend_csv(weekly_trend(SqlAlchemyUnitOfWork(crafted.engine), end=IsoWeek(2026, 52), weeks=1,
                                          today=TODAY)).splitlines()[1]
    assert empty == "2026-W52,2026-12-21,2026-12-27,0,0,0,0,0,0,0,0,0,0,0,,,0,0,,,0,0,0,,0,0,0,0"


@pytest.mark.parametrize(("today", "on_time", "late", "pending"), [
    ("2027-01-05", 0, 0, 1),  # T2 may still ship on its due day
    ("2027-01-06", 0, 1, 0),
])
def test_an_unshipped_unit_is_late_only_after_its_due_date(crafted, today, on_time, late,
                                                            pending):
    from datetime import date

    f = weekly_report(SqlAlchemyUnitOfWork(crafted.engine), IsoWeek(2027, 1),
                      today=date.fromisoformat(today)).figures
    assert (f.on_time_units, f.late_units, f.pending_units) == (on_time, late, pending)
    assert f.on_time_rate == (None if on_time + late == 0 else on_time / (on_time + late))
