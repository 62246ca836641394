"""The printed weekly form: Chinese text in an embedded font, charts, form number, sign-off."""

from __future__ import annotations

import base64
import re
import zlib
from datetime import datetime

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.reports.pdf import TITLE, render_weekly_pdf
from benchapp.services.reports import weekly_report, weekly_trend
from tests.integration.reports.crafted import TODAY


def streams(pdf: bytes) -> list[bytes]:
    """Every stream decoded (Flate, or ASCII85 over Flate)."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL):
        data = m.group(1)
        if data.rstrip().endswith(b"~>"):
            data = base64.a85decode(data.strip()[:-2])
        try:
            out.append(zlib.decompressobj().decompress(data))
        except zlib.error:
            out.append(data)
    return out


def test_the_weekly_form_embeds_its_font_and_carries_its_text(crafted):
    week = IsoWeek(2026, 53)
    report = weekly_report(SqlAlchemyUnitOfWork(crafted.engine), week, today=TODAY)
    trend = weekly_trend(SqlAlchemyUnitOfWork(crafted.engine), end=week, weeks=52, today=TODAY)
    pdf = render_weekly_pdf(report, trend, generated_at=datetime(2027, 1, 8, 9, 0))
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # the TrueType font itself is in the file
    assert b"Weekly repair statistics 2026-W53" in pdf
    assert len(re.findall(rb"/Type /Page[^s]", pdf)) >= 2
    decoded = b"\n".join(streams(pdf))
    # The ToUnicode maps make the Chinese text copyable and searchable.
    maps = "".join(chr(int(code, 16)) for code in re.findall(
        rb"<[0-9A-F]{2}> <([0-9A-F]{4})>", decoded))
    for text in (TITLE, "分发", "生产部", "品质部", "业务部", "总经办", "审核", "批准",
                 "柏拉图", "趋势", "QR-TPZ-002-09", "A-2"):
        assert set(text) <= set(maps), text
