"""Retention periods: years a person types, and until when a record must be kept."""

from __future__ import annotations

from datetime import date

import pytest

from benchapp.domain.errors import InvalidInput
from benchapp.domain.retention import check_years, retain_until, within_retention, years_for


def test_retain_until_counts_whole_years_and_keeps_29_february_in_bounds():
    assert retain_until(date(2026, 9, 19), 11) == date(2037, 9, 19)
    assert retain_until(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert retain_until(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_within_retention_includes_the_last_day():
    closed = date(2026, 1, 10)
    assert within_retention(closed, 1, date(2027, 1, 10))
    assert not within_retention(closed, 1, date(2027, 1, 11))


@pytest.mark.parametrize("typed, years", [("1", 1), (" 16 ", 16), (100, 100)])
def test_years_accepted(typed, years):
    assert check_years(typed) == years


@pytest.mark.parametrize("typed", ["0", "-3", "101", "ten", "", "1.5", True])
def test_years_refused(typed):
    with pytest.raises(InvalidInput):
        check_years(typed)


def test_a_customer_without_its_own_period_keeps_the_default():
    assert years_for("A", {"A": 16}, 11) == 16
    assert years_for("B", {"A": 16}, 11) == 11
