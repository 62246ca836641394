"""Document numbers (RMA-000001, SLP-000001, ...): each kind's prefix, counter and format, once."""

from __future__ import annotations

import re
from enum import Enum

DIGITS = 6


class DocKind(Enum):
    """A numbered document: the counter it draws from and the prefix its numbers carry.

    The counter names are stored in the shop database's counters table, and the numbers are
    printed on signed slips and forms: neither may change.
    """

    RMA = ("rma", "RMA")
    SLIP = ("slip", "SLP")
    ANOMALY_FORM = ("anomaly_form", "QAF")
    SHIPPING_NOTE = ("shipping_note", "SHN")
    COMPLAINT_NOTICE = ("complaint_notice", "CCN")
    CORRECTIVE_ACTION = ("corrective_action", "CA")

    def __init__(self, counter: str, prefix: str) -> None:
        self.counter = counter
        self.prefix = prefix

    def format(self, value: int) -> str:
        """The number as printed: the prefix, a dash and six digits (RMA-000042)."""
        return f"{self.prefix}-{value:0{DIGITS}d}"

    @property
    def pattern(self) -> str:
        """A regular expression (no anchors, no groups) matching one such number."""
        # [0-9] rather than \d: \d also matches Arabic-Indic and other Unicode digits.
        return rf"{re.escape(self.prefix)}-[0-9]{{{DIGITS}}}"

    def matches(self, text: str) -> bool:
        """Whether text is exactly one such number."""
        return re.fullmatch(self.pattern, text) is not None

