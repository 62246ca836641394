"""The follow-up deadline (001 五) in working days, and the answers a follow-up may hold."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from benchapp.domain.errors import InvalidInput
from benchapp.domain.followup import check_answers, follow_up_lines, parse_yes_no
from benchapp.domain.supervision import FollowUpDue, SupervisionSettings
from tests.unit.reports.test_working_time import CAL_2026, SECOND, at


@pytest.mark.parametrize(("shipped", "due"), [
    (at(11, 26, 16), at(12, 1, 17, 30)),  # Thursday: Friday, (weekend), Monday, Tuesday
    (at(9, 29, 11), at(10, 9, 17, 30)),  # 30 September, (National Day 1-7 Oct), 8, 9 October
    (at(10, 8, 11), at(10, 12, 17, 30)),  # 9, 10 (make-up Saturday), 12 October
], ids=["weekend", "national-day", "make-up-saturday"])
def test_the_follow_up_is_due_three_working_days_after_shipping(shipped, due):
    waiting = [FollowUpDue("RMA-000001", "C", "SHN-000001", shipped.astimezone(UTC))]
    settings = SupervisionSettings()

    def lines(now, due_only):
        return follow_up_lines(waiting, now=now.astimezone(UTC), calendar=CAL_2026,
                               settings=settings, due_only=due_only)

    (line,) = lines(due, False)
    assert line.due_at == due.astimezone(UTC) and not line.overdue
    assert lines(due, True) == []  # at the deadline it is not late yet
    (late,) = lines(due + SECOND, True)
    assert late.overdue and late.to_json()["overdue"] is True


def test_follow_ups_are_listed_by_deadline_and_the_limit_is_the_shops():
    waiting = [FollowUpDue("RMA-2", "C", "SHN-2", at(10, 8, 11).astimezone(UTC)),
               FollowUpDue("RMA-1", "C", "SHN-1", at(9, 29, 11).astimezone(UTC))]
    five = SupervisionSettings(follow_up_days=5)
    got = follow_up_lines(waiting, now=at(9, 29, 12).astimezone(UTC), calendar=CAL_2026,
                          settings=five)
    assert [(g.rma_no, g.due_at) for g in got] == [
        ("RMA-1", at(10, 12, 17, 30).astimezone(UTC)),  # 30 Sep, 8, 9, 10 (调休), 12 Oct
        ("RMA-2", at(10, 14, 17, 30).astimezone(UTC))]


def test_answers():
    assert parse_yes_no(" YES ", "--satisfied") is True
    assert parse_yes_no("no", "--satisfied") is False
    with pytest.raises(InvalidInput, match="'maybe' is not a valid --satisfied"):
        parse_yes_no("maybe", "--satisfied")
    check_answers(received=True, satisfied=False)
    check_answers(received=False, satisfied=False)
    with pytest.raises(InvalidInput, match="satisfied, not received"):
        check_answers(received=False, satisfied=True)


def test_a_week_later_is_past_every_deadline():
    waiting = [FollowUpDue("RMA-1", "C", "SHN-1", at(11, 26, 16).astimezone(UTC))]
    (line,) = follow_up_lines(waiting, now=(at(11, 26, 16) + timedelta(days=7)).astimezone(UTC),
                              calendar=CAL_2026, settings=SupervisionSettings(), due_only=True)
    assert line.rma_no == "RMA-1"
