"""Step 8 against the delivered quantity: the rule alone, and through the services (fake uow)."""

from __future__ import annotations

from datetime import date

import pytest

from benchapp.domain.delivery import (
    DeliveryTally,
    OpenNotice,
    RuleOutcome,
    evaluate_delivery,
    merge_delivery,
)
from benchapp.domain.errors import InvalidInput, NotPermitted, Reason
from benchapp.services import deliveries
from benchapp.services import workflow as wf
from tests.fakes import FakeUnitOfWork
from tests.workflow_helpers import Bench


def tally(delivered: int | None, other: dict[str, int] | None = None,
          open_notice: OpenNotice | None = None) -> DeliveryTally:
    return DeliveryTally(delivery_id=1, customer="C", delivery_no="DN-1",
                         delivered_qty=delivered, other_causes=other or {}, other_rmas=0,
                         open_notice=open_notice)


# -- the rule --------------------------------------------------------------------------------


def test_threshold_edge_is_exactly_half_a_percent_of_the_delivery():
    assert evaluate_delivery(tally(600), {"production": 3}, 0.005).outcome is RuleOutcome.RAISED
    below = evaluate_delivery(tally(601), {"production": 3}, 0.005)
    assert below.outcome is RuleOutcome.BELOW
    assert below.rate == pytest.approx(3 / 601)


def test_a_return_of_four_with_three_faulty_is_not_75_percent():
    # The case WORKFLOW.md names: the RMA's own units are not the denominator.
    verdict = evaluate_delivery(tally(2000), {"production": 3}, 0.005)
    assert verdict.outcome is RuleOutcome.BELOW and verdict.rate == 3 / 2000


def test_units_of_the_delivery_s_other_rmas_count():
    verdict = evaluate_delivery(tally(1000, {"material": 4}), {"production": 1}, 0.005)
    assert verdict.outcome is RuleOutcome.RAISED
    assert verdict.causes == {"material": 4, "production": 1}
    assert verdict.non_customer_units == 5


def test_a_delivery_with_an_open_notice_is_joined_not_raised_again():
    notice = OpenNotice("CCN-000001", 5, {"material": 5})
    joined = evaluate_delivery(tally(1000, {"material": 5}, notice), {"design": 2}, 0.005)
    assert joined.outcome is RuleOutcome.JOINED and joined.notice_no == "CCN-000001"
    nothing_new = evaluate_delivery(tally(1000, {"material": 5}, notice), {}, 0.005)
    assert nothing_new.outcome is RuleOutcome.ALREADY


def test_no_delivered_quantity_cannot_be_evaluated_and_raises_nothing():
    verdict = evaluate_delivery(tally(None), {"production": 50}, 0.005)
    assert verdict.outcome is RuleOutcome.NO_DELIVERED_QTY and not verdict.outcome.evaluated
    assert verdict.rate is None and "cannot be evaluated" in verdict.message
    none = evaluate_delivery(None, {"production": 50}, 0.005)
    assert none.outcome is RuleOutcome.NO_DELIVERY and "names no delivery" in none.message


def test_a_conflicting_delivered_quantity_is_refused_a_blank_one_filled():
    from benchapp.domain.delivery import Delivery

    stored = Delivery("C", "DN-1", delivered_qty=None, id=1)
    merged, filled = merge_delivery(stored, customer="C", delivery_no="DN-1",
                                    delivered_qty=500, ship_date=date(2026, 10, 1))
    assert merged.delivered_qty == 500 and set(filled) == {"delivered_qty", "ship_date"}
    with pytest.raises(InvalidInput) as err:
        merge_delivery(merged, customer="C", delivery_no="DN-1", delivered_qty=5000,
                       ship_date=None)
    assert err.value.reason is Reason.DELIVERY_DIFFERS
    assert "500" in err.value.message and "5000" in err.value.message


# -- through the services ----------------------------------------------------------------------


@pytest.fixture
def bench():
    return Bench(FakeUnitOfWork())


def notices(bench):
    return list(bench.uow.committed.notices.values())


def test_several_rmas_on_one_delivery_raise_one_notice(bench):
    # 1000 delivered: 3 + 2 faulty units in two returns = 0.5 %; the second one raises it.
    first, s1 = bench.receive(3, delivery_no="DN-7", delivered_qty=1000, ship_date=date(2026, 9, 1))
    bench.full_repair(first, s1, cause="production")
    assert notices(bench) == []
    assert bench.rma(first).delivery_no == "DN-7"
    second, s2 = bench.receive(2, delivery_no="DN-7")  # the quantity is on record already
    bench.full_repair(second, s2, cause="material")
    (notice,) = notices(bench)
    assert (notice.delivery_no, notice.delivered_qty, notice.non_customer_units) == (
        "DN-7", 1000, 5)
    assert notice.causes == {"production": 3, "material": 2}
    assert notice.rma_no == second
    # A third return on the same delivery joins the open notice instead of raising another.
    third, s3 = bench.receive(1, delivery_no="DN-7")
    bench.full_repair(third, s3, cause="design")
    (notice,) = notices(bench)
    assert notice.non_customer_units == 6 and notice.causes["design"] == 1
    with bench.uow:
        actions = [e.action for e in bench.uow.log.for_rma(third)]
    assert "complaint_notice_joined" in actions


def test_other_customers_delivery_of_the_same_number_is_another_delivery(bench):
    bench.receive(1, delivery_no="DN-9", delivered_qty=100)
    form_b = wf.NewRma(customer="另一家公司", model="M", declared_qty=1, counted_qty=1,
                       complaint="x", delivery_no="DN-9", delivered_qty=5000)
    wf.receive_rma(bench.uow, bench.business_clerk, form_b)  # no conflict: not the same one
    assert len(bench.uow.committed.deliveries) == 2


def test_shipping_without_a_delivered_quantity_says_so_and_raises_nothing(bench):
    rma_no, serials = bench.receive(1, delivery_no="DN-8")
    bench.full_repair(rma_no, serials, cause="production")
    assert notices(bench) == []
    with bench.uow:
        log = bench.uow.log.for_rma(rma_no)
    (rule,) = [e for e in log if e.action == "complaint_rule"]
    assert rule.detail["outcome"] == "no_delivered_qty"
    listed = deliveries.unevaluated_rules(bench.uow)
    assert [(u.reason, u.delivery_no) for u in listed] == [("no_delivered_qty", "DN-8")]
    assert listed[0].non_customer_units == 1 and listed[0].rma_nos == (rma_no,)


def test_ship_returns_the_rule_verdict(bench):
    rma_no, serials = bench.receive(1, delivery_no="")
    bench.to_qc(rma_no, serials)
    bench.screen(rma_no, serials[0], "FAIL", "PASS")
    bench.to_repair(rma_no, serials)
    bench.repair(rma_no, serials[0], "production")
    bench.back_to_qc(rma_no, serials)
    bench.reinspect(rma_no, serials[0])
    bench.to_packing(rma_no, serials)
    bench.pack_and_return(rma_no, serials)
    note = bench.ship(rma_no, serials)
    assert note.rule.outcome is RuleOutcome.NO_DELIVERY
    assert [u.reason for u in deliveries.unevaluated_rules(bench.uow)] == ["no_delivery"]


def test_a_conflicting_quantity_at_receiving_is_refused_and_nothing_is_stored(bench):
    bench.receive(1, delivery_no="DN-5", delivered_qty=800)
    before = dict(bench.uow.committed.rmas)
    with pytest.raises(InvalidInput) as err:
        bench.receive(1, delivery_no="DN-5", delivered_qty=8000)
    assert err.value.reason is Reason.DELIVERY_DIFFERS
    assert bench.uow.committed.rmas.keys() == before.keys()


def test_a_quantity_without_its_delivery_is_refused(bench):
    with pytest.raises(InvalidInput) as err:
        bench.receive(1, delivery_no="", delivered_qty=800)
    assert err.value.reason is Reason.FIELD_REQUIRED


def test_correcting_a_delivery_is_logged_with_its_reason(bench):
    bench.receive(1, delivery_no="DN-6", delivered_qty=80)
    with pytest.raises(NotPermitted):
        deliveries.correct_delivery(bench.uow, bench.tester, customer="深圳市华强电子有限公司",
                                    delivery_no="DN-6", delivered_qty=800, reason="typo")
    done = deliveries.correct_delivery(bench.uow, bench.business_clerk,
                                       customer="深圳市华强电子有限公司", delivery_no="DN-6",
                                       delivered_qty="800", reason="送货单写 800")
    assert (done.old_qty, done.new_qty) == (80, 800)
    bench.receive(1, delivery_no="DN-6", delivered_qty=800)  # now agrees
    with bench.uow:
        (line,) = [e for e in bench.uow.log.for_rma("-") if e.action == "delivery_corrected"]
    assert line.detail == {"customer": "深圳市华强电子有限公司", "delivery_no": "DN-6",
                           "field": "delivered_qty", "old": 80, "new": 800,
                           "reason": "送货单写 800"}


def test_lot_and_date_code_per_unit(bench):
    rma_no, _ = bench.receive(2, serials=["SN-1", "SN-2"], delivery_no="",
                                    production_lot="WO-2609-01",
                                    date_code="2636",
                                    unit_trace={"SN-2": ("WO-2610-07", "")})
    units = {u.serial: (u.production_lot, u.date_code) for u in bench.rma(rma_no).units}
    assert units == {"SN-1": ("WO-2609-01", "2636"), "SN-2": ("WO-2610-07", "2636")}
    with pytest.raises(Exception) as err:
        bench.receive(1, serials=["SN-3"], unit_trace={"SN-4": ("L", "")})
    assert "SN-4" in str(err.value)
