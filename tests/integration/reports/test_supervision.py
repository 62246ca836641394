"""Complaint notices, corrective actions, contacts, calendar, costs and overdue items through
the services on a real database (both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from benchapp import settings as st
from benchapp.db import models as m
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import DayKind
from benchapp.domain.errors import Conflict, InvalidInput, NotFound, NotPermitted
from benchapp.domain.roles import Role
from benchapp.domain.supervision import OverdueKind, SupervisionError, SupervisionReason
from benchapp.reports.costs import totals
from benchapp.services import supervision as sv
from benchapp.services.reports import cost_ledger, rma_ledger
from tests.workflow_helpers import PASSWORD, Bench

CN = timezone(timedelta(hours=8))


@pytest.fixture
def bench(engine):
    return Bench(SqlAlchemyUnitOfWork(engine))


def shipped_with_notice(bench: Bench, cause: str = "production") -> str:
    rma_no, serials = bench.receive(2)
    bench.full_repair(rma_no, serials, cause=cause)
    return rma_no


def log(bench: Bench, rma_no: str) -> list[tuple[str, dict]]:
    with bench.uow:
        return [(e.action, e.detail) for e in bench.uow.log.for_rma(rma_no)]


def test_a_complaint_notice_is_worked_to_closure_with_each_step_logged(bench):
    rma_no = shipped_with_notice(bench)
    (case,) = sv.complaint_cases(bench.uow, open_only=True)
    assert (case.notice_no, case.rma_no, case.status.value, case.owner_id) == (
        "CCN-000001", rma_no, "open", None)
    with pytest.raises(NotPermitted):
        sv.assign_complaint_notice(bench.uow, bench.tester, notice_no="CCN-000001",
                                   owner_id=bench.tester.user_id)
    with pytest.raises(SupervisionError) as err:
        sv.assign_complaint_notice(bench.uow, bench.qc_lead, notice_no="CCN-000001",
                                   owner_id=bench.repair_engineer.user_id)
    assert err.value.reason is SupervisionReason.OWNER_NOT_QC
    with pytest.raises(NotFound):
        sv.assign_complaint_notice(bench.uow, bench.qc_lead, notice_no="CCN-000099",
                                   owner_id=bench.tester.user_id)
    sv.assign_complaint_notice(bench.uow, bench.qc_lead, notice_no="CCN-000001",
                               owner_id=bench.tester.user_id)
    sv.classify_complaint_notice(bench.uow, bench.qc_supervisor, notice_no="CCN-000001",
                                 severity="serious")
    with pytest.raises(SupervisionError, match="before its report"):
        sv.close_complaint_notice(bench.uow, bench.qc_supervisor, notice_no="CCN-000001",
                                  note="x", password=PASSWORD, port=bench.port)
    pdf = b"%PDF-1.7\n8D report " + bytes(range(256)) * 10
    sv.attach_complaint_report(bench.uow, bench.tester, notice_no="CCN-000001", kind="8d",
                               text="D4 根因: 回流焊温度", file_name="8D-CCN-000001.pdf",
                               content=pdf)
    stored = sv.complaint_case(bench.uow, "CCN-000001")
    assert stored.report.content == pdf and stored.report.file_name == "8D-CCN-000001.pdf"
    assert stored.status.value == "reported" and stored.severity.value == "major"
    assert stored.owner_name == "tester"
    listed = sv.complaint_cases(bench.uow)[0]
    assert listed.report.content is None and listed.report.sha256 == stored.report.sha256
    sv.record_notice_contact(bench.uow, bench.tester, notice_no="CCN-000001", channel="phone",
                             person="王经理", note="已致电客户")
    closed = sv.close_complaint_notice(bench.uow, bench.tech_supervisor,
                                       notice_no="CCN-000001", note="8D 审核通过",
                                       password=PASSWORD, port=bench.port)
    assert closed.close_certificate_fingerprint
    assert closed.status.value == "closed" and sv.complaint_cases(bench.uow, open_only=True) == []
    # The supervisor's desk keeps a notice closed lately, not the years before.
    with bench.uow as uow:
        lately = uow.supervision.complaint_cases(
            open_only=True, closed_since=datetime.now(UTC) - timedelta(days=90))
        long_ago = uow.supervision.complaint_cases(
            open_only=True, closed_since=datetime.now(UTC) + timedelta(days=1))
    assert [c.notice_no for c in lately] == ["CCN-000001"] and long_ago == []
    with pytest.raises(SupervisionError, match="already closed"):
        sv.attach_complaint_report(bench.uow, bench.tester, notice_no="CCN-000001",
                                   kind="8d", text="again")
    actions = [a for a, _ in log(bench, rma_no)]
    assert actions[-5:] == ["complaint_notice_assigned", "complaint_notice_classified",
                            "complaint_report_attached", "complaint_customer_contacted",
                            "complaint_notice_closed"]
    with bench.uow.engine.connect() as conn:
        status = conn.scalar(select(m.ComplaintNoticeRow.status))
    assert status == "closed"


def test_a_notice_changed_at_another_bench_meanwhile_is_a_conflict(bench):
    shipped_with_notice(bench)
    first = SqlAlchemyUnitOfWork(bench.uow.engine)
    with first:
        stale = first.supervision.complaint_case("CCN-000001")
    sv.assign_complaint_notice(bench.uow, bench.qc_lead, notice_no="CCN-000001",
                               owner_id=bench.tester.user_id)
    with first:
        first.supervision.complaint_case("CCN-000001")
        stale.classify(bench.qc_supervisor, "serious")
        with pytest.raises(Conflict, match="CCN-000001"):
            first.supervision.save_complaint_case(stale)
    assert sv.complaint_case(bench.uow, "CCN-000001").severity.value == "general"


def test_a_corrective_action_is_tracked_to_a_verified_closure(bench):
    rma_no = shipped_with_notice(bench)
    with pytest.raises(NotPermitted):
        sv.open_corrective_action(
            bench.uow, bench.repair_engineer, responsible_process="SMT贴片",
            responsible_department="生产部", person_found="李四", kpi_consequence="扣 5 分",
            preventive_measure="炉温点检", due_date=date(2030, 1, 1))
    ca = sv.open_corrective_action(
        bench.uow, bench.production_supervisor, responsible_process="SMT贴片",
        responsible_department="生产部", person_found="李四", kpi_consequence="当月绩效扣 5 分",
        preventive_measure="回流焊炉温每班点检", due_date=date(2030, 1, 1),
        source_week="2026-w47", notice_no="CCN-000001")
    assert (ca.ca_no, ca.source_week, ca.rma_no) == ("CA-000001", "2026-W47", rma_no)
    sv.record_action_implemented(bench.uow, bench.production_supervisor, ca_no="CA-000001",
                                 note="点检表已上线")
    with pytest.raises(NotPermitted):
        sv.verify_corrective_action(bench.uow, bench.production_supervisor,
                                    ca_no="CA-000001", effective=True, note="ok",
                                    password=PASSWORD, port=bench.port)
    done = sv.verify_corrective_action(bench.uow, bench.qc_supervisor, ca_no="CA-000001",
                                       effective=True, note="两周无同类不良",
                                       password=PASSWORD, port=bench.port)
    assert done.status.value == "closed" and done.verified_by == bench.qc_supervisor.user_id
    assert sv.corrective_actions(bench.uow, open_only=True) == []
    (listed,) = sv.corrective_actions(bench.uow)
    assert listed.notice_no == "CCN-000001" and listed.created_by_name == "production_supervisor"
    assert [a for a, _ in log(bench, rma_no)][-3:] == [
        "corrective_action_opened", "corrective_action_implemented", "corrective_action_closed"]


def test_calendar_days_are_checked_and_feed_the_deadlines(bench):
    admin = bench.people[Role.ADMIN]
    with pytest.raises(NotPermitted):
        sv.add_calendar_day(bench.uow, bench.qc_supervisor, day=date(2026, 10, 1),
                            kind="holiday")
    with pytest.raises(InvalidInput, match="Monday to Friday"):
        sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 3), kind="holiday")
    with pytest.raises(InvalidInput, match="Saturday or Sunday"):
        sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 9), kind="workday")
    day, replaced = sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 1),
                                        kind="holiday", name="国庆")
    assert not replaced
    day, replaced = sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 1),
                                        kind=DayKind.HOLIDAY, name="国庆节")
    assert replaced and day.name == "国庆节"
    sv.add_calendar_day(bench.uow, admin, day=date(2026, 10, 10), kind="workday", name="调休")
    assert [(d.day.isoformat(), d.kind.value, d.name)
            for d in sv.calendar_days(bench.uow, year=2026)] == [
        ("2026-10-01", "holiday", "国庆节"), ("2026-10-10", "workday", "调休")]
    assert sv.calendar_days(bench.uow, year=2025) == []
    sv.remove_calendar_day(bench.uow, admin, day=date(2026, 10, 10))
    with pytest.raises(NotFound):
        sv.remove_calendar_day(bench.uow, admin, day=date(2026, 10, 10))
    with bench.uow:
        assert not bench.uow.supervision.calendar().is_working_day(date(2026, 10, 1))


def test_the_desk_follows_a_calendar_change_at_its_next_refresh(bench):
    """The desk keeps its working calendar between refreshes while the days are unchanged: a
    holiday added meanwhile moves the deadlines at the next refresh, not later."""
    from benchapp.domain.calendar import local_date
    from benchapp.services import decisions

    shipped_with_notice(bench)

    def closure_due():
        _queue, desk = decisions.supervisor_work(bench.uow, bench.qc_supervisor)
        (row,) = [n for n in desk.notices if n.case.notice_no == "CCN-000001"]
        return row.closure_due

    before = closure_due()
    assert closure_due() == before  # the kept calendar answers the same
    offset = sv.supervision_settings(bench.uow).utc_offset_minutes
    sv.add_calendar_day(bench.uow, bench.people[Role.ADMIN],
                        day=local_date(before, offset), kind="holiday", name="临时放假")
    assert closure_due() > before


def test_settings_change_through_the_service_only_for_an_admin(bench):
    with pytest.raises(NotPermitted):
        sv.change_setting(bench.uow, bench.tech_supervisor, "follow_up_days", "5")
    assert sv.change_setting(bench.uow, bench.people[Role.ADMIN], "follow_up_days", "5") == 5
    assert sv.supervision_settings(bench.uow).follow_up_days == 5
    with pytest.raises(InvalidInput):
        sv.change_setting(bench.uow, bench.people[Role.ADMIN], "follow_up_days", "-1")


def test_the_report_offset_is_the_time_zones_offset_today(bench):
    # Set in the other season, the stored offset is an hour off from Berlin's today: the
    # reports and deadlines follow the zone, not that number.
    today = datetime.now(st.zone_of("Europe/Berlin")).utcoffset()
    other_season = today + timedelta(hours=1 if today == timedelta(hours=1) else -1)
    with bench.uow:
        bench.uow.set_setting("shop.time_zone", "Europe/Berlin")
        bench.uow.set_setting("supervision.utc_offset_minutes",
                              str(int(other_season.total_seconds() // 60)))
        bench.uow.commit()
    assert (sv.supervision_settings(bench.uow).utc_offset_minutes
            == int(today.total_seconds() // 60))


def test_overdue_contact_follow_up_notice_and_action(bench):
    rma_no = shipped_with_notice(bench)
    with bench.uow:
        now = bench.uow.now()
    later = now + timedelta(days=30)
    items = sv.overdue_items(bench.uow, later)
    kinds = {(i.kind, i.ref) for i in items}
    assert (OverdueKind.CUSTOMER_CONTACT, rma_no) in kinds
    assert (OverdueKind.COMPLAINT_REPORT, "CCN-000001") in kinds
    assert (OverdueKind.COMPLAINT_CLOSURE, "CCN-000001") in kinds
    assert any(i.kind is OverdueKind.FOLLOW_UP and i.rma_no == rma_no for i in items)
    assert sv.overdue_items(bench.uow, now - timedelta(minutes=1)) == []
    with pytest.raises(NotPermitted):
        sv.record_customer_contact(bench.uow, bench.qc_lead, rma_no=rma_no, kind="initial",
                                   note="x")
    with pytest.raises(NotFound):
        sv.record_customer_contact(bench.uow, bench.business_clerk, rma_no="RMA-999999",
                                   kind="initial", note="x")
    sv.record_customer_contact(bench.uow, bench.business_clerk, rma_no=rma_no,
                               kind="initial", note="电话联系王工，已告知处理进度")
    sv.record_customer_contact(bench.uow, bench.business_clerk, rma_no=rma_no,
                               kind="follow_up", note="已收货，满意", received=True,
                               satisfied=True)
    kinds = {i.kind for i in sv.overdue_items(bench.uow, later)}
    assert kinds == {OverdueKind.COMPLAINT_CONTACT, OverdueKind.COMPLAINT_REPORT,
                     OverdueKind.COMPLAINT_CLOSURE}
    sv.open_corrective_action(
        bench.uow, bench.qc_supervisor, responsible_process="OQC", responsible_department="品质部",
        person_found="陈静", kpi_consequence="警告", preventive_measure="加严抽检",
        due_date=(later - timedelta(days=2)).astimezone(CN).date())
    (action,) = [i for i in sv.overdue_items(bench.uow, later)
                 if i.kind is OverdueKind.CORRECTIVE_ACTION]
    assert action.ref == "CA-000001" and action.owner == "qc_supervisor"
    assert ("customer_contacted", {"kind": "follow_up", "note": "已收货，满意",
                                   "received": True, "satisfied": True}) in log(bench, rma_no)


def test_rmas_from_before_the_upgrade_are_not_chased_for_contacts(bench):
    with bench.uow:
        since = bench.uow.supervision.settings().tracking_since
    bench.uow.backdate = since - timedelta(days=3)
    rma_no, _ = bench.receive(1)
    bench.uow.backdate = None
    items = sv.overdue_items(bench.uow, since + timedelta(days=1))
    assert all(i.rma_no != rma_no for i in items)


def test_the_cost_ledger_prices_labour_and_parts_and_splits_by_rule_5_3_1(bench):
    admin = bench.people[Role.ADMIN]
    bench.uow.backdate = datetime(2026, 11, 18, 10, tzinfo=CN).astimezone(UTC)  # 2026-W47
    rma_no, serials = bench.receive(2)
    bench.to_qc(rma_no, serials)
    for s in serials:
        bench.screen(rma_no, s, "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    bench.repair(rma_no, serials[0], "production")  # 35 min, U12 STM32F103C8T6 x1
    bench.repair(rma_no, serials[1], "customer")
    bench.uow.backdate = None
    sv.set_part_price(bench.uow, admin, part_no="STM32F103C8T6", price="12.80")
    with pytest.raises(NotPermitted):
        sv.record_cost(bench.uow, bench.tester, rma_no=rma_no, kind="shipping", amount="10")
    sv.record_cost(bench.uow, bench.business_clerk, rma_no=rma_no, kind="shipping",
                   amount="23.01", incurred_on=date(2026, 11, 20))
    sv.record_cost(bench.uow, bench.business_clerk, rma_no=rma_no, kind="packaging",
                   amount="8", payer="customer", incurred_on=date(2026, 11, 27))
    lines = cost_ledger(SqlAlchemyUnitOfWork(bench.uow.engine), first=_w("2026-W47"), last=_w("2026-W48"))
    assert [(str(c.week), c.rma_no, c.amounts, c.payers, c.unpriced_parts) for c in lines] == [
        ("2026-W47", rma_no,
         # 35 min at 60/h = 35.00 each; the customer's unit pays its own repair and half
         # of the shipping (1.5 fen rounds up for the customer).
         {"parts": 2560, "labour": 7000, "shipping": 2301, "packaging": 0},
         {"company": 1280 + 3500 + 1150, "customer": 1280 + 3500 + 1151}, 0),
        ("2026-W48", rma_no, {"parts": 0, "labour": 0, "shipping": 0, "packaging": 800},
         {"company": 0, "customer": 800}, 0),
    ]
    (by_customer,) = totals(lines, by="customer")
    assert by_customer.total == 2560 + 7000 + 2301 + 800 and by_customer.rmas == {rma_no}
    assert [t.key for t in totals(lines, by="week")] == ["2026-W47", "2026-W48"]
    items = rma_ledger(SqlAlchemyUnitOfWork(bench.uow.engine), rma_no)
    assert sum(i.amount_fen for i in items) == by_customer.total
    with pytest.raises(NotFound):
        rma_ledger(SqlAlchemyUnitOfWork(bench.uow.engine), "RMA-999999")


def _w(text: str):  # noqa: ANN202
    from benchapp.domain.calendar import IsoWeek

    return IsoWeek.parse(text)


def test_booked_costs_need_a_known_rma_and_a_valid_amount(bench):
    rma_no, _ = bench.receive(1)
    with pytest.raises(NotFound):
        sv.record_cost(bench.uow, bench.business_clerk, rma_no="RMA-999999", kind="shipping",
                       amount="1")
    with pytest.raises(InvalidInput):
        sv.record_cost(bench.uow, bench.business_clerk, rma_no=rma_no, kind="shipping",
                       amount="1.001")
    with pytest.raises(InvalidInput):
        sv.record_cost(bench.uow, bench.business_clerk, rma_no=rma_no, kind="lunch",
                       amount="1")
