"""Small statistics helpers for the weekly figures: rates, averages, Pareto ordering."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from benchapp.domain.rules import CauseCategory

RATE_DIGITS = 4  # a fraction 0..1; four digits keep 0.01 % visible
MINUTES_DIGITS = 1

CAUSE_KEYS: tuple[str, ...] = tuple(c.value for c in CauseCategory)

# Chinese names as the repair record 售后维修记录表 prints them (WORKFLOW.md).
CAUSE_NAMES_ZH: dict[str, str] = {
    "production": "生产/焊接",
    "inspection": "检验漏检",
    "material": "来料不良",
    "design": "设计",
    "customer": "客户使用/损坏",
    "nff": "未发现故障",
}

_K = TypeVar("_K")


def rate(part: int, whole: int) -> float | None:
    """part / whole rounded to four digits; None when there is nothing to divide by.

    A week without repairs has no NFF rate: None ("no data"), never 0 (which would read as
    "no NFF units among the repaired ones") and never a division error.
    """
    if whole <= 0:
        return None
    return round(part / whole, RATE_DIGITS)


def average(total: float, count: int) -> float | None:
    if count <= 0:
        return None
    return round(total / count, MINUTES_DIGITS)


def all_causes(counts: Mapping[str, int]) -> dict[str, int]:
    """Every cause key present, in the fixed order, zero where nothing was counted."""
    return {key: int(counts.get(key, 0)) for key in CAUSE_KEYS}


def ranked(counts: Mapping[_K, int], tie: Callable[[_K], object] = str) -> list[tuple[_K, int]]:
    """Largest first; equal counts in a stable order (by ``tie``) so reports never reshuffle."""
    return sorted(((k, v) for k, v in counts.items() if v > 0), key=lambda kv: (-kv[1], tie(kv[0])))


@dataclass(frozen=True)
class ParetoBar:
    key: str
    count: int
    share: float  # of the whole
    cumulative: float


def pareto(items: Iterable[tuple[str, int]], whole: int) -> list[ParetoBar]:
    """Bars in the given order (already ranked) with their share and cumulative share."""
    bars = []
    running = 0
    for key, count in items:
        running += count
        bars.append(ParetoBar(key=key, count=count, share=rate(count, whole) or 0.0,
                              cumulative=rate(running, whole) or 0.0))
    return bars
