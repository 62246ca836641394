"""Rates without a denominator are None, Pareto bars carry share and cumulative share."""

from __future__ import annotations

from benchapp.domain.stats import CAUSE_KEYS, all_causes, average, pareto, ranked, rate


def test_rates_and_averages_have_no_value_without_a_denominator():
    assert rate(0, 0) is None and average(10, 0) is None
    assert rate(1, 3) == 0.3333 and rate(2, 3) == 0.6667 and rate(3, 3) == 1.0
    assert average(140, 3) == 46.7


def test_all_six_cause_keys_always_present_in_order():
    assert list(all_causes({"nff": 2})) == list(CAUSE_KEYS) == [
        "production", "inspection", "material", "design", "customer", "nff"]
    assert all_causes({"nff": 2})["production"] == 0


def test_ranked_largest_first_ties_stable_zeros_dropped():
    assert ranked({"b": 2, "a": 2, "c": 5, "z": 0}) == [("c", 5), ("a", 2), ("b", 2)]


def test_pareto_cumulates_to_the_whole():
    bars = pareto([("production", 3), ("material", 1)], 4)
    assert [(b.key, b.count, b.share, b.cumulative) for b in bars] == [
        ("production", 3, 0.75, 0.75), ("material", 1, 0.25, 1.0)]
    assert pareto([], 0) == []
