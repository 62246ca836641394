"""Warranty from the record (issue 17.2): the rule, the terms, and receipt on the fakes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchapp.domain import warranty as w
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted
from benchapp.domain.rma import Billing, NewRma
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.domain.warranty import Basis, Scope, Status, Terms, Why
from benchapp.services import warranty as ws
from benchapp.services import workflow as wf
from tests.fakes import FakeUnitOfWork
from tests.workflow_helpers import Bench

CUSTOMER, MODEL = "深圳市华强电子有限公司", "PCBA-MC200-V3"
DAY = date(2026, 11, 2)  # the fake clock's day (08:00 UTC is 16:00 in Shanghai)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


# -- date math ---------------------------------------------------------------------------------


@given(days, st.integers(min_value=0, max_value=w.MONTHS_MAX))
def test_add_months_lands_on_the_same_day_or_the_month_end(start, months):
    end = w.add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or (end.day < start.day and (end + timedelta(days=1)).day == 1)


@given(days, st.integers(min_value=1, max_value=w.MONTHS_MAX))
def test_a_longer_warranty_never_ends_earlier(start, months):
    assert w.last_day(start, months) >= w.last_day(start, months - 1)
    assert w.last_day(start, months) >= start


@given(days, st.integers(min_value=1, max_value=120), st.integers(min_value=-400, max_value=400))
def test_in_warranty_exactly_up_to_the_last_day(ship, months, offset):
    terms = Terms(CUSTOMER, MODEL, months, Basis.SHIP_DATE)
    end = w.last_day(ship, months)
    received = end + timedelta(days=offset)
    verdict = w.judge(terms, received_on=received, ship_date=ship, date_code="")
    if received < ship:
        assert verdict.why is Why.STARTS_LATER and verdict.status is Status.UNKNOWN
    elif received <= end:
        assert verdict.status is Status.IN and verdict.last_day == end
    else:
        assert verdict.status is Status.OUT and verdict.why is Why.EXPIRED


def test_month_ends_and_leap_days():
    assert w.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert w.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert w.last_day(date(2026, 3, 15), 12) == date(2027, 3, 14)


@given(st.integers(min_value=2000, max_value=2099), st.integers(min_value=1, max_value=53))
def test_week_codes_read_as_the_weeks_monday(year, week):
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:  # week 53 of a short year
        assert w.date_code_day(f"{year % 100:02d}{week:02d}") is None
        return
    assert w.date_code_day(f"{year % 100:02d}{week:02d}") == monday
    assert w.date_code_day(f"{year}{week:02d}") == monday


@given(days)
def test_day_codes_read_as_that_day(day):
    assert w.date_code_day(day.isoformat()) == day
    assert w.date_code_day(day.strftime("%Y%m%d")) == day


@pytest.mark.parametrize("code", ["2654", "2600", "260504", "2026-13-01", "20260230", "26W18",
                                  "18", "LOT7", "2026-5-4"])
def test_unreadable_date_codes(code):
    assert w.date_code_day(code) is None
    verdict = w.judge(Terms("", "", 12, Basis.DATE_CODE), received_on=DAY, ship_date=None,
                      date_code=code)
    assert (verdict.status, verdict.why) == (Status.UNKNOWN, Why.BAD_DATE_CODE)
    assert code in verdict.message


# -- terms ---------------------------------------------------------------------------------------


def test_the_most_specific_terms_apply():
    rows = [Terms("", "", 12, Basis.SHIP_DATE), Terms("", MODEL, 18, Basis.DATE_CODE),
            Terms(CUSTOMER, "", 24, Basis.SHIP_DATE), Terms(CUSTOMER, MODEL, 36, Basis.SHIP_DATE),
            Terms("other", MODEL, 6, Basis.SHIP_DATE)]
    assert w.pick_terms(rows, CUSTOMER, MODEL).scope is Scope.CUSTOMER_MODEL
    assert w.pick_terms(rows, CUSTOMER, "X").months == 24
    assert w.pick_terms(rows, "someone", MODEL).months == 18
    assert w.pick_terms(rows, "someone", "X").scope is Scope.SHOP
    assert w.pick_terms(rows[1:4], "someone", "X") is None


@pytest.mark.parametrize(("months", "basis"), [(-1, "ship-date"), (241, "ship-date"),
                                               ("12.5", "date-code"), (True, "ship-date"),
                                               (12, "invoice")])
def test_bad_terms_are_refused(months, basis):
    with pytest.raises(InvalidInput):
        w.clean_terms(customer="c", model="", months=months, basis=basis)


def test_unknown_verdicts_say_why():
    ship = Terms("", "", 12, Basis.SHIP_DATE)
    code = Terms("", "", 12, Basis.DATE_CODE)
    assert w.judge(None, received_on=DAY, ship_date=DAY, date_code="2640").why is Why.NO_TERMS
    assert w.judge(ship, received_on=DAY, ship_date=None, date_code="2640").why is Why.NO_SHIP_DATE
    assert w.judge(code, received_on=DAY, ship_date=DAY, date_code="").why is Why.NO_DATE_CODE
    for verdict in (w.judge(None, received_on=DAY, ship_date=None, date_code=""),
                    w.judge(ship, received_on=DAY, ship_date=None, date_code="")):
        assert verdict.status is Status.UNKNOWN and verdict.message.startswith("unknown: ")


def test_billing_preset_and_override_reason():
    inside = w.judge(Terms("", "", 12, Basis.SHIP_DATE), received_on=DAY,
                     ship_date=DAY - timedelta(days=30), date_code="")
    out = w.judge(Terms("", "", 1, Basis.SHIP_DATE), received_on=DAY,
                  ship_date=DAY - timedelta(days=300), date_code="")
    unknown = w.judge(None, received_on=DAY, ship_date=None, date_code="")
    assert w.billing_for([inside, inside]) is Billing.WARRANTY
    assert w.billing_for([out]) is Billing.PAID
    assert w.billing_for([inside, out]) is None and w.billing_for([inside, unknown]) is None
    assert w.check_billing(Billing.PAID, [out], "") == (Billing.PAID, "")
    assert w.check_billing(Billing.PAID, [unknown], "ignored") == (None, "")
    with pytest.raises(InvalidInput, match="reason for warranty billing"):
        w.check_billing(Billing.WARRANTY, [out], "  ")
    assert w.check_billing(Billing.WARRANTY, [out], "goodwill: key account") == (
        Billing.PAID, "goodwill: key account")


# -- services on the fakes -------------------------------------------------------------------


@pytest.fixture
def bench():
    return Bench(FakeUnitOfWork(), signing=False)


def test_terms_are_kept_by_admin_and_tech_supervisor_only(bench):
    with pytest.raises(NotPermitted):
        ws.set_terms(bench.uow, bench.business_clerk, customer=CUSTOMER, model=None, months=12,
                     basis="ship-date")
    terms, old = ws.set_terms(bench.uow, bench.admin, customer=CUSTOMER, model=None,
                              months=12, basis="ship-date")
    assert old is None and terms.scope is Scope.CUSTOMER
    _, old = ws.set_terms(bench.uow, bench.tech_supervisor, customer=CUSTOMER, model="",
                          months=18, basis="date-code")
    assert old.months == 12
    assert [(t.customer, t.months, t.basis) for t in ws.list_terms(bench.uow)] == [
        (CUSTOMER, 18, Basis.DATE_CODE)]
    ws.remove_terms(bench.uow, bench.admin, customer=CUSTOMER, model="")
    assert ws.list_terms(bench.uow) == []
    with pytest.raises(NotFound):
        ws.remove_terms(bench.uow, bench.admin, customer=CUSTOMER, model="")
    with bench.uow:
        actions = [e.action for e in bench.uow.log.for_rma(ADMIN_LOG)]
    assert actions.count("warranty_terms_set") == 2 and "warranty_terms_removed" in actions


def _log(bench, rma_no):
    with bench.uow:
        return bench.uow.log.for_rma(rma_no)


def test_receipt_records_each_units_verdict(bench):
    ws.set_terms(bench.uow, bench.admin, customer=CUSTOMER, model=MODEL, months=12,
                 basis="date-code")
    rma_no, _serials = bench.receive(
        3, serials=["SN-1", "SN-2", "SN-3"],
        unit_trace={"SN-1": ("", "2640"), "SN-2": ("", "2440"), "SN-3": ("", "")})
    units = {e.serial: e.detail for e in _log(bench, rma_no) if e.action == "unit_received"}
    assert units["SN-1"]["warranty"] == "in_warranty"
    assert units["SN-2"]["warranty"] == "out_of_warranty"
    assert units["SN-3"]["warranty"] == "unknown"
    assert "date code" in units["SN-3"]["warranty_reason"]
    assert units["SN-3"]["warranty_reason"].startswith("unknown: ")


def test_a_billing_against_the_record_needs_a_reason(bench):
    ws.set_terms(bench.uow, bench.admin, customer=None, model=None, months=12,
                 basis="ship-date")
    old_ship = DAY - timedelta(days=500)
    with pytest.raises(InvalidInput, match="reason for warranty billing"):
        bench.receive(2, ship_date=old_ship, billing="warranty")
    with bench.uow:
        assert bench.uow.rmas.list() == []  # nothing saved
    rma_no, _ = bench.receive(2, ship_date=old_ship, billing="paid")  # as preset: no reason
    assert "billing_overridden" not in [e.action for e in _log(bench, rma_no)]
    form = NewRma(customer=CUSTOMER, model=MODEL, declared_qty=1, counted_qty=1,
                  complaint="no power", billing="warranty", delivery_no="DN-OLD",
                  delivered_qty=10, ship_date=old_ship,
                  billing_reason="goodwill for a key account")
    received = wf.receive_rma(bench.uow, bench.business_clerk, form)
    entry = next(e for e in _log(bench, received.rma_no) if e.action == "billing_overridden")
    assert entry.detail == {"preset": "paid", "billing": "warranty",
                            "reason": "goodwill for a key account"}
    assert entry.actor_name == bench.business_clerk.username


def test_check_form_uses_the_stored_delivery_and_presets(bench):
    ws.set_terms(bench.uow, bench.admin, customer=CUSTOMER, model=None, months=6,
                 basis="ship-date")
    bench.receive(1, delivery_no="DN-9", delivered_qty=50, ship_date=DAY - timedelta(days=20))
    form = NewRma(customer=CUSTOMER, model=MODEL, declared_qty=2, counted_qty=2,
                  complaint="", serials=["A", "B"], delivery_no="DN-9")
    checked = ws.check_form(bench.uow, form)
    assert [s for s, _v in checked.units] == ["A", "B"]
    assert checked.preset is Billing.WARRANTY
    assert checked.units[0][1].start == DAY - timedelta(days=20)
    other = ws.check_form(bench.uow, NewRma(customer="", model="", declared_qty=1,
                                            counted_qty=1, complaint=""))
    assert other.preset is None and other.units[0][1].why is Why.NO_TERMS


def test_check_serial_reads_its_latest_return(bench):
    ws.set_terms(bench.uow, bench.admin, customer=None, model=MODEL, months=24,
                 basis="date-code")
    bench.receive(1, serials=["SN-77"], date_code="", unit_trace={"SN-77": ("WO-1", "2510")})
    found = ws.check_serial(bench.uow, "SN-77")
    assert found.verdict.status is Status.IN and found.verdict.start == date(2025, 3, 3)
    assert found.received_on == DAY
    with pytest.raises(NotFound):
        ws.check_serial(bench.uow, "NO-SUCH")
