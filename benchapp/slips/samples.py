"""A realistic example slip, for the documentation image, the benchmark and the tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from benchapp.domain.handover import Refusal
from benchapp.domain.roles import Role, Station
from benchapp.slips.content import Receipt, SlipContent

SHANGHAI = timezone(timedelta(hours=8), "CST")


def sample_content(*, units: int = 50, slip_no: str = "SLP-000123", version: int = 1,
                   previous_sha256: str | None = None,
                   customer: str = "深圳市堃𠀀电子科技有限公司") -> SlipContent:
    """A receiving -> QC slip of ``units`` units; the customer name needs both fonts."""
    return SlipContent(
        shop_name="华强精密电子 售后维修部",
        form_no="QP-TPZ-002-F03",
        form_revision="A-2",
        slip_no=slip_no,
        version=version,
        rma_no="RMA-000045",
        customer=customer,
        model="PCBA-MC200-V3",
        from_station=Station.RECEIVING,
        to_station=Station.QC,
        serials=tuple(f"MC200-2403-{n:05d}" for n in range(1, units + 1)),
        declared_count=units,
        giver_id=2,
        giver_username="clerk",
        giver_name="张伟",
        giver_role=Role.BUSINESS_CLERK,
        handed_over_at=datetime(2025, 3, 14, 9, 30, 12, tzinfo=SHANGHAI),
        previous_sha256=previous_sha256,
    )


def sample_receipt(content: SlipContent, *, refused: bool = False) -> Receipt:
    """The QC packer's side: all units counted and received, or a refused miscount."""
    if refused:
        return Receipt(receiver_name="李娜", receiver_role=Role.PACKER,
                       received_at=datetime(2025, 3, 14, 10, 2, 5, tzinfo=SHANGHAI),
                       counted=content.declared_count - 1, refusal=Refusal.COUNT_MISMATCH,
                       note=f"申报 {content.declared_count} 件，实点 {content.declared_count - 1} 件")
    return Receipt(receiver_name="李娜", receiver_role=Role.PACKER,
                   received_at=datetime(2025, 3, 14, 10, 2, 5, tzinfo=SHANGHAI),
                   counted=content.declared_count)
