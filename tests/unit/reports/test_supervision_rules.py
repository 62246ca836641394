"""Complaint notices, corrective actions, contacts, costs and time limits as plain rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from benchapp.domain.calendar import CalendarDay, DayKind, WorkingCalendar
from benchapp.domain.errors import InvalidInput, NotPermitted, Reason
from benchapp.domain.roles import Actor, Role
from benchapp.domain.supervision import (
    ActionStatus,
    ComplaintCase,
    ContactDue,
    CorrectiveAction,
    CostEntry,
    CustomerContact,
    FollowUpDue,
    NoticeStatus,
    OverdueKind,
    Payer,
    SupervisionError,
    SupervisionReason,
    SupervisionSettings,
    overdue_items,
    parse_amount,
    payer_for_cause,
    split_by_units,
    yuan,
)

CN = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CN)


def actor(role: Role, user_id: int) -> Actor:
    return Actor(user_id=user_id, username=role.value, roles=frozenset({role}))


QC_LEAD, QC_SUP, TESTER = actor(Role.QC_LEAD, 1), actor(Role.QC_SUPERVISOR, 2), actor(Role.TESTER, 3)
TECH_SUP, PROD_SUP = actor(Role.TECH_SUPERVISOR, 4), actor(Role.PRODUCTION_SUPERVISOR, 5)
CLERK, PACKER = actor(Role.BUSINESS_CLERK, 6), actor(Role.PACKER, 7)


def case(**kw) -> ComplaintCase:
    values = {"notice_no": "CCN-000001", "rma_no": "RMA-000001", "customer": "C", "model": "M",
              "raised_at": datetime(2026, 11, 20, 15, 0, tzinfo=CN), "non_customer_units": 2,
              "shipped_qty": 3, "causes": {"production": 2}}
    values.update(kw)
    return ComplaintCase(**values)


def test_a_notice_is_assigned_reported_and_closed_by_the_right_roles():
    c = case()
    with pytest.raises(NotPermitted):
        c.assign(TESTER, 3, "tester", TESTER.roles, NOW)  # testers work notices, not assign
    with pytest.raises(SupervisionError) as err:
        c.assign(QC_LEAD, 7, "packer", PACKER.roles, NOW)
    assert err.value.reason is SupervisionReason.OWNER_NOT_QC
    c.assign(QC_LEAD, 3, "tester", TESTER.roles, NOW)
    assert c.status is NoticeStatus.IN_PROGRESS and c.owner_name == "tester"
    with pytest.raises(SupervisionError, match="before its report"):
        c.close(QC_SUP, "done", NOW)
    other = actor(Role.OQC_INSPECTOR, 9)
    with pytest.raises(NotPermitted) as refused:
        c.attach_report(other, kind="general", text="x", now=NOW)
    assert refused.value.reason is Reason.NOT_THE_RESPONSIBLE_PERSON
    with pytest.raises(InvalidInput):
        c.attach_report(TESTER, kind="general", text="  ", now=NOW)
    c.attach_report(TESTER, kind="8D", file_name="8D.pdf", content=b"%PDF-1.7 8D", now=NOW)
    assert c.status is NoticeStatus.REPORTED and c.report.sha256 and c.report.file_name == "8D.pdf"
    with pytest.raises(NotPermitted):
        c.close(QC_LEAD, "done", NOW)
    with pytest.raises(SupervisionError) as no_contact:
        c.close(TECH_SUP, "8D 审核通过，措施有效", NOW)
    assert no_contact.value.reason is SupervisionReason.CONTACT_REQUIRED
    c.record_contact(TESTER, contacted_at=NOW, person="王经理", channel="phone",
                     note="已致电客户", now=NOW)
    c.close(TECH_SUP, "8D 审核通过，措施有效", NOW)
    assert c.status is NoticeStatus.CLOSED and c.closed_by == 4
    with pytest.raises(SupervisionError, match="already closed"):
        c.classify(QC_SUP, "serious")
    assert [e.action for e in c.pending] == [
        "complaint_notice_assigned", "complaint_report_attached",
        "complaint_customer_contacted", "complaint_notice_closed"]
    assert all(e.rma_no == "RMA-000001" and e.detail["notice_no"] == "CCN-000001"
               for e in c.pending)


def test_a_serious_complaint_needs_an_8d_and_has_five_working_days():
    c = case()
    c.classify(QC_SUP, "serious")
    c.attach_report(QC_SUP, kind="general", text="一般报告", now=NOW)
    with pytest.raises(SupervisionError) as err:
        c.close(QC_SUP, "ok", NOW)
    assert err.value.reason is SupervisionReason.EIGHT_D_REQUIRED
    settings = SupervisionSettings()
    cal = WorkingCalendar()
    # Raised Friday 15:00: 5 working days = 17:30 next Friday; general: 17:30 on Tuesday.
    assert c.report_due(cal, settings) == datetime(2026, 11, 27, 17, 30, tzinfo=CN)
    c.classify(QC_SUP, "general")
    assert c.report_due(cal, settings) == datetime(2026, 11, 24, 17, 30, tzinfo=CN)
    with pytest.raises(InvalidInput):
        c.classify(QC_SUP, "urgent")


def test_report_files_over_the_limit_are_refused():
    c = case(owner_id=3, owner_name="tester")
    with pytest.raises(SupervisionError) as err:
        c.attach_report(TESTER, kind="8d", file_name="big.pdf", content=b"x" * (20 * 2**20 + 1),
                        now=NOW)
    assert err.value.reason is SupervisionReason.FILE_TOO_LARGE


def action(**kw) -> CorrectiveAction:
    values = {"responsible_process": "SMT贴片", "responsible_department": "生产部",
              "person_found": "李四", "kpi_consequence": "当月绩效扣 5 分",
              "preventive_measure": "回流焊炉温每班点检", "due_date": date(2026, 12, 1),
              "today": date(2026, 11, 23)}
    values.update(kw)
    return CorrectiveAction.open(PROD_SUP, "CA-000001", **values)


def test_a_corrective_action_is_closed_only_by_another_supervisors_verification():
    with pytest.raises(NotPermitted):
        CorrectiveAction.open(QC_LEAD, "CA-1", responsible_process="x",
                              responsible_department="x", person_found="x",
                              kpi_consequence="x", preventive_measure="x",
                              due_date=date(2026, 12, 1), today=date(2026, 11, 23))
    with pytest.raises(InvalidInput, match="due date"):
        action(due_date=date(2026, 11, 22))
    with pytest.raises(InvalidInput, match="person found"):
        action(person_found=" ")
    a = action()
    with pytest.raises(SupervisionError) as err:
        a.verify(QC_SUP, effective=True, note="ok", now=NOW)
    assert err.value.reason is SupervisionReason.NOT_IMPLEMENTED
    qc_sup_implements = actor(Role.QC_SUPERVISOR, 5)  # same person as the implementer
    a.mark_implemented(PROD_SUP, "炉温点检表已上线", NOW)
    with pytest.raises(NotPermitted):
        a.verify(qc_sup_implements, effective=True, note="ok", now=NOW)
    a.verify(QC_SUP, effective=False, note="复查仍有虚焊", now=NOW)
    assert a.status is ActionStatus.OPEN
    a.mark_implemented(PROD_SUP, "更换炉温曲线", NOW)
    a.verify(TECH_SUP, effective=True, note="连续两周无同类不良", now=NOW)
    assert a.status is ActionStatus.CLOSED and a.verified_by == 4
    with pytest.raises(SupervisionError, match="already closed"):
        a.mark_implemented(PROD_SUP, "again", NOW)
    assert [e.action for e in a.pending] == [
        "corrective_action_opened", "corrective_action_implemented",
        "corrective_action_reopened", "corrective_action_implemented",
        "corrective_action_closed"]
    assert a.pending[0].rma_no == "-"


def test_contacts_are_the_business_clerks_and_first_contacts_have_no_answers():
    with pytest.raises(NotPermitted):
        CustomerContact.record(QC_LEAD, "RMA-1", "initial", "电话联系")
    with pytest.raises(InvalidInput):
        CustomerContact.record(CLERK, "RMA-1", "initial", "电话", satisfied=True)
    with pytest.raises(InvalidInput):
        CustomerContact.record(CLERK, "RMA-1", "visit", "电话")
    c = CustomerContact.record(CLERK, "RMA-1", "follow_up", "客户已收货，满意", received=True,
                               satisfied=True)
    assert c.log_entry(CLERK).detail == {"kind": "follow_up", "note": "客户已收货，满意",
                                         "received": True, "satisfied": True}


def test_money_parsing_and_payers_by_rule_5_3_1():
    assert parse_amount("12.5") == 1250 and parse_amount("0") == 0 and yuan(123456) == "1234.56"
    for bad in ("-1", "1.234", "abc", "NaN", "1e12"):
        with pytest.raises(InvalidInput):
            parse_amount(bad)
    assert payer_for_cause("customer") is Payer.CUSTOMER
    assert payer_for_cause("nff") is Payer.COMPANY and payer_for_cause(None) is Payer.COMPANY
    assert split_by_units(1000, ["customer", "production", None]) == {
        Payer.COMPANY: 500, Payer.CUSTOMER: 500}
    assert split_by_units(1001, ["customer", "production", "material"]) == {
        Payer.COMPANY: 667, Payer.CUSTOMER: 334}
    assert split_by_units(999, [None]) == {Payer.COMPANY: 999, Payer.CUSTOMER: 0}
    entry = CostEntry.record(CLERK, "RMA-1", kind="shipping", amount="25", payer="customer",
                             incurred_on=date(2026, 11, 23))
    assert entry.amount_fen == 2500 and entry.payer is Payer.CUSTOMER
    with pytest.raises(NotPermitted):
        CostEntry.record(PACKER, "RMA-1", kind="shipping", amount="25",
                         incurred_on=date(2026, 11, 23))


def test_overdue_items_across_kinds_most_overdue_first():
    settings = SupervisionSettings()
    cal = WorkingCalendar.from_days([CalendarDay(date(2026, 11, 24), DayKind.HOLIDAY)])
    now = datetime(2026, 11, 26, 12, 0, tzinfo=CN)
    received = datetime(2026, 11, 26, 9, 0, tzinfo=CN)  # 3 h ago: the 2 h limit passed
    items = overdue_items(
        now, cal, settings,
        contacts=[ContactDue("RMA-1", "C1", received),
                  ContactDue("RMA-2", "C2", now - timedelta(hours=1))],
        follow_ups=[FollowUpDue("RMA-3", "C3", "SHN-1", datetime(2026, 11, 19, 10, tzinfo=CN))],
        cases=[case(raised_at=datetime(2026, 11, 20, 15, tzinfo=CN))],
        actions=[action(due_date=date(2026, 11, 25), today=date(2026, 11, 20))])
    got = [(i.kind, i.ref, i.due_at.astimezone(CN)) for i in items]
    # Equal due times come in kind order.
    assert got == [
        # Friday 20th 15:00 + 2 working hours: the notice's customer contact.
        (OverdueKind.COMPLAINT_CONTACT, "CCN-000001", datetime(2026, 11, 20, 17, 0, tzinfo=CN)),
        # Friday 20th + 2 working days: 23, (24 holiday) 25 -> 17:30 on the 25th.
        (OverdueKind.COMPLAINT_REPORT, "CCN-000001", datetime(2026, 11, 25, 17, 30, tzinfo=CN)),
        (OverdueKind.CORRECTIVE_ACTION, "CA-000001", datetime(2026, 11, 25, 17, 30, tzinfo=CN)),
        # Thursday 19th + 3 working days: 20, 23, (24 is a holiday) 25 -> 17:30 on the 25th.
        (OverdueKind.FOLLOW_UP, "SHN-1", datetime(2026, 11, 25, 17, 30, tzinfo=CN)),
        (OverdueKind.CUSTOMER_CONTACT, "RMA-1", datetime(2026, 11, 26, 11, 0, tzinfo=CN)),
    ]
    assert items[-1].overdue_by == timedelta(hours=1)
    assert all(i.due_at.tzinfo is not None for i in items)
    closed = case()
    closed.status = NoticeStatus.CLOSED
    assert overdue_items(now.astimezone(UTC), cal, settings, contacts=[], follow_ups=[],
                         cases=[closed], actions=[]) == []
