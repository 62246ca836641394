"""Draw the paper forms (issue 14) as PDF with reportlab, in the slips' fonts and style.

A4 forms share one page frame: the shop and the form's title (Chinese first, then English),
the form number and revision the shop set, the record's number as Code128 and as a QR code
that, scanned at any station, opens that record. The outer-box label is drawn at exactly the
label printer's size. Fonts are embedded as subsets, so Chinese text copies and searches.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from benchapp.domain.stats import CAUSE_NAMES_ZH
from benchapp.services import forms as f
from benchapp.slips.fonts import SlipFonts, slip_fonts
from benchapp.slips.render import _code128, _fit, _numbered_canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
HEADER_HEIGHT = 46 * mm
FOOTER_HEIGHT = 14 * mm
FRAME = (MARGIN_X, FOOTER_HEIGHT, PAGE_WIDTH - 2 * MARGIN_X,
         PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT)
QR_SIZE = 26 * mm

_INK = colors.HexColor("#1a1a1a")
_RULE = colors.HexColor("#4d4d4d")
_SHADE = colors.HexColor("#eef1f5")
_HEAD = colors.HexColor("#dde3ea")
_MUTED = colors.HexColor("#555555")

TITLES: dict[str, tuple[str, str]] = {
    f.SERVICE_FORM: ("售后服务表", "After-sales Service Form"),
    f.REPAIR_RECORD: ("售后维修记录表", "Repair Record"),
    f.ANOMALY_FORM: ("品质检验异常反馈表", "QC Anomaly Feedback Form"),
    f.INSPECTION_RECORD: ("检验记录 / 测试报告", "Inspection Record / Test Report"),
    f.SHIPPING_NOTE: ("发货单", "Shipping Note"),
    f.BOX_LABEL: ("外箱标签", "Outer-box Label"),
    f.COMPLAINT_NOTICE: ("客户投诉通知书", "Customer Complaint Notice"),
    f.ANALYSIS_REPORT: ("故障分析报告", "Failure Analysis Report"),
    f.CAPA_REPORT: ("纠正措施报告 (8D)", "Corrective Action Report (8D)"),
}

REQUIREMENTS = {"repair": "维修 / Repair", "replace": "换货 / Replace",
                "refund": "退款 / Refund", "analysis": "分析 / Analysis"}
BILLING = {"warranty": "保修 / Warranty", "paid": "付费 / Paid"}
STAGES = {"screening": "首次筛查 / First screening", "test": "复检测试 / Re-inspection test",
          "oqc": "OQC全检 / OQC inspection"}
KINDS = {"repair": "维修 / Repair", "rework": "返工 / Rework"}
SEVERITIES = {"general": "一般投诉 / General", "major": "重大投诉 / Major"}
NOTICE_STATES = {"open": "未处理 / Open", "in_progress": "处理中 / In progress",
                 "reported": "已提交报告 / Reported", "closed": "已关闭 / Closed"}
LIMITS = {"contact": "联系客户 / Contact the customer", "report": "提交报告 / Report",
          "8d": "提交8D报告 / 8D report", "closure": "闭环 / Closure"}
CHANNELS = {"phone": "电话 / Phone", "email": "邮件 / E-mail", "visit": "拜访 / Visit",
            "other": "其他 / Other"}
ACTION_STATES = {"open": "进行中 / Open", "implemented": "已实施 / Implemented",
                 "closed": "已验证关闭 / Verified, closed"}
# The cause as the customer reads it: the shop's own categories (an inspection escape, a
# process) are internal words.
CUSTOMER_CAUSES = {
    "production": "生产工艺缺陷（焊接）/ Manufacturing defect (soldering)",
    "inspection": "出厂检验未检出的缺陷 / Defect not caught at outgoing inspection",
    "material": "元器件来料不良 / Defective component",
    "design": "设计问题 / Design issue",
    "customer": "使用或运输中的损坏 / Damage in use or in transport",
    "nff": "未发现故障 / No fault found",
    "": "分析中 / Under analysis",
}
REPORT_KINDS = {"general": "一般报告 / Report", "8d": "8D报告 / 8D report"}
METHODS = {"fixture": "治具测试 / Fixture test", "visual": "目检 / Visual", "": "—"}


def _time(moment: datetime | None, zone: Any) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _day(day: date | None) -> str:
    return day.isoformat() if day else "—"


def _num(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def _verdict(value: str | None) -> str:
    return {"PASS": "合格 PASS", "FAIL": "不合格 FAIL"}.get(value or "", value or "—")


# -- the QR ------------------------------------------------------------------------------------


class _Qr:
    """The record number as a QR code (error correction M), drawn as one filled path."""

    def __init__(self, payload: str) -> None:
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(payload)
        qr.make()
        self.modules = [[bool(m) for m in row] for row in qr.modules]

    def draw(self, canv: Canvas, x: float, y: float, size: float) -> None:
        count = len(self.modules)
        box = size / count
        path = canv.beginPath()
        for r, row in enumerate(self.modules):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(x + column * box, y + size - (r + 1) * box, length * box, box)
                column += length
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


# -- A4 page furniture ---------------------------------------------------------------------------


class _Pages:
    def __init__(self, header: f.FormHeader, fonts: SlipFonts) -> None:
        self.header = header
        self.fonts = fonts
        self.pages = 0
        self.qr = _Qr(header.record_no)

    def on_page(self, canv: Canvas, _doc: Any) -> None:
        h = self.header
        fonts = self.fonts
        zh, en = TITLES[h.key]
        top = PAGE_HEIGHT - 10 * mm
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        canv.saveState()
        canv.setFillColor(_INK)
        if h.shop_name:
            fonts.draw(canv, left, top - 4.5 * mm, _fit(fonts, h.shop_name, 12, 110 * mm), 12)
        fonts.draw(canv, left, top - 13.5 * mm, zh, 19)
        fonts.draw(canv, left, top - 19.5 * mm, en, 11)
        canv.setFillColor(_MUTED)
        fonts.draw(canv, left, top - 25 * mm,
                   f"表单编号 Form No. {h.form_no}    版本 Rev. {h.revision}", 8)
        canv.setFillColor(_INK)
        fonts.draw(canv, left, top - 30.5 * mm,
                   _fit(fonts, f"编号 No.  {h.record_no}", 12, 95 * mm), 12)
        slot_left = left + 100 * mm
        slot_right = right - QR_SIZE - 5 * mm
        barcode = _code128(h.record_no, bar_height=11 * mm, max_width=slot_right - slot_left,
                           field="record no.")
        bar_x = slot_right - barcode.width
        barcode.drawOn(canv, bar_x, top - 19 * mm)
        fonts.draw(canv, bar_x + barcode.width / 2, top - 22.5 * mm, h.record_no, 7.5,
                   align="centre")
        self.qr.draw(canv, right - QR_SIZE, top - QR_SIZE - 0.5 * mm, QR_SIZE)
        canv.setStrokeColor(_RULE)
        canv.setLineWidth(1.2)
        rule_y = PAGE_HEIGHT - HEADER_HEIGHT + 3 * mm
        canv.line(left, rule_y, right, rule_y)
        canv.restoreState()

    def footer(self, canv: Canvas, page: int, total: int) -> None:
        h = self.header
        self.pages = total
        canv.saveState()
        y = FOOTER_HEIGHT - 7 * mm
        canv.setStrokeColor(_RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, FOOTER_HEIGHT - 3 * mm, PAGE_WIDTH - MARGIN_X, FOOTER_HEIGHT - 3 * mm)
        canv.setFillColor(_MUTED)
        self.fonts.draw(canv, MARGIN_X, y, f"{h.form_no}  版本 Rev. {h.revision}", 7.5)
        self.fonts.draw(canv, PAGE_WIDTH / 2, y, f"{TITLES[h.key][0]}  {h.record_no}", 7.5,
                        align="centre")
        self.fonts.draw(canv, PAGE_WIDTH - MARGIN_X, y,
                        f"第 {page} / {total} 页  Page {page} of {total}", 7.5, align="right")
        canv.restoreState()


# -- building blocks -------------------------------------------------------------------------------


class _Kit:
    """Paragraph styles and the tables every form is made of."""

    def __init__(self, fonts: SlipFonts) -> None:
        self.fonts = fonts
        name = fonts.name
        self.cell = ParagraphStyle("cell", fontName=name, fontSize=9, leading=11.5,
                                   textColor=_INK, alignment=TA_LEFT, wordWrap="CJK")
        self.small = ParagraphStyle("small", parent=self.cell, fontSize=8, leading=10)
        self.label = ParagraphStyle("label", parent=self.cell, fontSize=8, leading=10,
                                    textColor=_MUTED)
        self.head = ParagraphStyle("head", parent=self.cell, fontSize=7.5, leading=9.5,
                                   alignment=TA_CENTER)
        self.section = ParagraphStyle("section", parent=self.cell, fontSize=10.5, leading=14,
                                      spaceBefore=4 * mm, spaceAfter=1.5 * mm)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.fonts.markup(text), style or self.cell)

    def section_title(self, text: str) -> Paragraph:
        return self.p(text, self.section)

    def _style(self, extra: Sequence[tuple]) -> TableStyle:
        return TableStyle([
            # Empty cells are plain strings: without this they would be set in Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.name),
            ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra])

    def fields(self, pairs: Sequence[tuple[str, str]], *, wide: Sequence[str] = ()) -> Table:
        """Label/value pairs two to a row; a label in ``wide`` takes a whole row."""
        width = FRAME[2]
        label_w = 34 * mm
        value_w = width / 2 - label_w
        rows: list[list[Any]] = []
        spans: list[tuple] = []
        pending: list[Any] = []
        blank: list[int] = []  # rows whose right half is empty
        for label, value in pairs:
            cells = [self.p(label, self.label), self.p(value or "—")]
            if label in wide:
                if pending:
                    blank.append(len(rows))
                    rows.append(pending + ["", ""])
                    pending = []
                spans += [("SPAN", (1, len(rows)), (3, len(rows))),
                          ("BACKGROUND", (1, len(rows)), (3, len(rows)), colors.white)]
                rows.append(cells + ["", ""])
            else:
                pending += cells
                if len(pending) == 4:
                    rows.append(pending)
                    pending = []
        if pending:
            blank.append(len(rows))
            rows.append(pending + ["", ""])
        table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
        table.setStyle(self._style([("BACKGROUND", (0, 0), (0, -1), _SHADE),
                                    ("BACKGROUND", (2, 0), (2, -1), _SHADE), *spans]))
        # An odd pair leaves the right half empty: no shaded label cell without a label.
        table.setStyle(TableStyle([("BACKGROUND", (2, r), (2, r), colors.white) for r in blank]))
        return table

    def grid(self, head: Sequence[str], rows: Sequence[Sequence[str]],
             widths: Sequence[float], *, small: bool = True) -> Table:
        """A table with a repeated header row; ``widths`` are shares of the frame width."""
        total = sum(widths)
        col_w = [FRAME[2] * w / total for w in widths]
        style = self.small if small else self.cell
        body = [[self.p(h, self.head) for h in head]]
        body += [[self.p(c, style) for c in row] for row in rows]
        if not rows:
            body.append([self.p("—", style)] + [""] * (len(head) - 1))
        table = Table(body, colWidths=col_w, repeatRows=1)
        extra: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), _HEAD)]
        extra += [("BACKGROUND", (0, r), (-1, r), _SHADE) for r in range(2, len(body), 2)]
        table.setStyle(self._style(extra))
        return table

    def serials(self, serials: Sequence[str], columns: int = 4) -> Table:
        head: list[str] = []
        for _ in range(columns):
            head += ["序号 No.", "序列号 Serial No."]
        rows = []
        for start in range(0, len(serials), columns):
            row: list[str] = []
            for index in range(start, start + columns):
                row += ([str(index + 1), serials[index]] if index < len(serials) else ["", ""])
            rows.append(row)
        return self.grid(head, rows, [1.45, 3.2] * columns)

    def lines(self, title: str, count: int) -> Flowable:
        """Ruled blank lines for what is still written by hand."""
        rows = [[self.p(title, self.label)]] + [[""] for _ in range(count)]
        table = Table(rows, colWidths=[FRAME[2]], rowHeights=[None] + [7.5 * mm] * count)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.name),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, _RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def signatures(self, blocks: Sequence[tuple[str, str, str]]) -> Flowable:
        """Signature blocks: (role, printed name or "", time or ""), with room for ink."""
        cells = []
        for role, name, when in blocks:
            cells.append([self.p(role, self.label),
                          self.p(f"姓名 Name: {name}" if name else "姓名 Name:"),
                          self.p(f"时间 Date: {when}" if when else "时间 Date:"),
                          self.p("签名 Signature:", self.label)])
        rows = [[c[i] for c in cells] for i in range(4)]
        table = Table(rows, colWidths=[FRAME[2] / len(blocks)] * len(blocks),
                      rowHeights=[None, None, None, 14 * mm])
        table.setStyle(self._style([("VALIGN", (0, 3), (-1, 3), "TOP"),
                                    ("BACKGROUND", (0, 0), (-1, 0), _SHADE)]))
        return KeepTogether([Spacer(0, 3 * mm), table])


# -- the forms --------------------------------------------------------------------------------------


def _service_form(d: f.ServiceForm, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    pairs = [
        ("RMA单号 / RMA No.", d.header.record_no), ("客户 / Customer", d.customer),
        ("联系人 / Contact", d.contact), ("型号 / Model", d.model),
        ("申报数量 / Declared qty", f"{d.declared_qty} 件 pcs"),
        ("清点数量 / Counted qty", f"{d.counted_qty} 件 pcs"),
        ("客户需求 / Requirement", REQUIREMENTS.get(d.requirement, d.requirement)),
        ("保修/付费 / Warranty or paid", BILLING.get(d.billing, d.billing)),
    ]
    if d.delivery_no is not None or d.delivered_qty is not None:
        pairs += [("送货单号 / Delivery no.", d.delivery_no or "—"),
                  ("送货数量 / Delivered qty",
                   f"{d.delivered_qty} 件 pcs" if d.delivered_qty is not None else "—")]
    pairs += [
        ("交期 / Due date", _day(d.due_date)), ("存放位置 / Storage", d.storage_location),
        ("接收人 / Received by", str(d.received_by)),
        ("接收时间 / Received at", _time(d.received_at, z)),
        ("客户投诉 / Complaint", d.complaint),
    ]
    return [
        k.fields(pairs, wide=("客户投诉 / Complaint",)),
        k.section_title(f"单元序列号清单 / Unit serial numbers（共 {len(d.serials)} 件 / "
                        f"{len(d.serials)} pcs）"),
        k.serials(d.serials),
        Spacer(0, 3 * mm),
        k.lines("手写补充（客户说明、外观、附件）/ Written by hand (customer notes, condition, "
                "accessories)", 4),
        k.signatures([("业务员 / Business clerk", str(d.received_by), _time(d.received_at, z)),
                      ("客户/送货人 / Customer or carrier", "", ""),
                      ("品质接收 / QC intake", "", "")]),
    ]


def _parts(parts: Sequence[Any]) -> str:
    if not parts:
        return "—"
    return "; ".join(
        f"{p.ref_des} {p.part_no} ×{p.qty}"
        + (f" lot {p.lot}" if p.lot else "") + (f" DC {p.date_code}" if p.date_code else "")
        for p in parts)


def _repair_record(d: f.RepairRecordForm, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    story: list[Flowable] = [
        k.fields([("RMA单号 / RMA No.", d.header.record_no), ("客户 / Customer", d.customer),
                  ("型号 / Model", d.model),
                  ("维修记录 / Repairs", f"{len(d.repairs)} 条 records")]),
        k.section_title("维修记录 / Repairs"),
    ]
    for r in d.repairs:
        story.append(KeepTogether([k.fields([
            ("序列号 / Serial", r.serial), ("类别 / Kind", KINDS.get(r.kind, r.kind)),
            ("循环 / Loop no.", str(r.loop_no)), ("工时 / Minutes", f"{r.minutes} min"),
            ("故障现象 / Symptom", r.symptom), ("根本原因 / Root cause", r.root_cause),
            ("原因类别 / Cause category",
             f"{CAUSE_NAMES_ZH.get(r.cause_category, '')} / {r.cause_category}"),
            ("责任工序 / Process", r.responsible_process),
            ("责任部门 / Department", r.responsible_department),
            ("维修人 / Repairer", f"{r.repairer}  {_time(r.completed_at, z)}"),
            ("维修措施 / Actions", r.actions),
            ("更换零件 / Parts (ref des, part no, qty, lot, date code)", _parts(r.parts)),
        ], wide=("故障现象 / Symptom", "根本原因 / Root cause", "维修措施 / Actions",
                 "更换零件 / Parts (ref des, part no, qty, lot, date code)")),
            Spacer(0, 2 * mm)]))
    if not d.repairs:
        story.append(k.p("— 无维修记录 / no repair recorded —"))
    story += [
        k.section_title("复检与OQC结果 / Re-inspection and OQC"),
        k.grid(["序列号 Serial", "阶段 Stage", "循环 Loop", "结果 Verdict", "签名人 Signed by",
                "时间 Time", "备注 Notes"],
               [[c.serial, STAGES.get(c.stage, c.stage), str(c.loop_no), _verdict(c.verdict),
                 f"{c.inspector}" + (" ✔" if c.signed else ""), _time(c.at, z), c.notes]
                for c in d.checks], [3, 3, 1.2, 1.8, 2.6, 2.6, 3]),
        k.signatures([("维修 / Repair", "", ""), ("复检 / Re-inspection", "", ""),
                      ("OQC", "", "")]),
    ]
    return story


def _anomaly_form(d: f.AnomalyFormDoc, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    if d.signed_by is not None:
        state = f"已签名确认 / Signed by {d.signed_by} {_time(d.signed_at, z)}"
        if d.signed_with:
            state += f" ({d.signed_with})"
    else:
        state = "待责任检验员签名 / Awaiting the responsible inspector's signature"
    return [
        k.fields([("表单号 / Form No.", d.header.record_no),
                  ("RMA单号 / RMA No.", d.header.rma_no), ("客户 / Customer", d.customer),
                  ("型号 / Model", d.model), ("序列号 / Serial", d.serial),
                  ("发起人 / Raised by", str(d.raised_by)),
                  ("责任检验员 / Responsible inspector", str(d.responsible_inspector)),
                  ("签名状态 / Signature", state),
                  ("异常描述 / Defect", d.defect)],
                 wide=("签名状态 / Signature", "异常描述 / Defect")),
        Spacer(0, 3 * mm),
        k.lines("原因分析与纠正措施 / Cause and corrective action", 5),
        k.signatures([("发起人 / Raised by", str(d.raised_by), ""),
                      ("责任检验员 / Responsible inspector", str(d.responsible_inspector),
                       _time(d.signed_at, z) if d.signed_by is not None else ""),
                      ("品质主管 / QC supervisor", "", "")]),
    ]


def _limits(m: f.Measurement) -> str:
    if m.low is None and m.high is None:
        return "—"
    if m.low is None:
        return f"≤ {_num(m.high)}"
    if m.high is None:
        return f"≥ {_num(m.low)}"
    return f"{_num(m.low)} … {_num(m.high)}"


def _inspection_record(d: f.InspectionRecord, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    story: list[Flowable] = [
        k.fields([("序列号 / Serial", d.serial), ("RMA单号 / RMA No.", d.header.rma_no),
                  ("客户 / Customer", d.customer), ("型号 / Model", d.model),
                  ("生产批号 / Production lot", d.production_lot or "—"),
                  ("检验次数 / Inspections", str(len(d.inspections)))]),
    ]
    for i in d.inspections:
        rows = [[m.name, _num(m.value), m.unit or "—", _limits(m), _verdict(m.verdict)]
                for m in i.measurements]
        pairs = [("阶段 / Stage", STAGES.get(i.stage, i.stage)),
                 ("结果 / Verdict", _verdict(i.verdict)),
                 ("方法 / Method", METHODS.get(i.method, i.method)),
                 ("目检 / Visual", _verdict(i.visual_verdict) if i.visual_verdict else "—"),
                 ("治具 / Fixture id", i.fixture_id or "—"),
                 ("测试程序 / Program", i.program or "—"),
                 ("操作员 / Operator", str(i.operator)), ("时间 / Time", _time(i.at, z))]
        if i.notes:
            pairs.append(("备注 / Notes", i.notes))
        story += [CondPageBreak(45 * mm),
                  k.section_title(STAGES.get(i.stage, i.stage)),
                  k.fields(pairs, wide=("备注 / Notes",)), Spacer(0, 1.5 * mm)]
        if rows:
            story.append(k.grid(["测试项 Item", "测量值 Value", "单位 Unit",
                                 "上下限 Limits", "判定 Verdict"], rows, [4, 2, 1.2, 3, 2]))
    if not d.inspections:
        story.append(k.p("— 无检验记录 / no inspection recorded —"))
    story.append(k.signatures([("检验员 / Inspector", "", ""), ("审核 / Reviewed by", "", "")]))
    return story


def _shipping_note(d: f.ShippingNoteForm, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    story: list[Flowable] = [
        k.fields([("发货单号 / Shipping note No.", d.header.record_no),
                  ("RMA单号 / RMA No.", d.header.rma_no), ("客户 / Customer", d.customer),
                  ("型号 / Model", d.model), ("承运商 / Carrier", d.carrier),
                  ("运单号 / Tracking No.", d.tracking_no),
                  ("数量 / Quantity", f"{d.quantity} 件 pcs"),
                  ("发货日期 / Ship date", _time(d.shipped_at, z)),
                  ("收货地址 / Address", d.address or " ")],
                 wide=("收货地址 / Address",)),
        k.section_title(f"发货序列号 / Serial numbers shipped（共 {len(d.serials)} 件 / "
                        f"{len(d.serials)} pcs）"),
        k.serials(d.serials),
    ]
    if d.replacements:
        story += [k.section_title("替换新品 / Replacement units"), k.serials(d.replacements)]
    signed = " (电子签名 / signed)" if d.signed else ""
    story.append(k.signatures([
        ("发货人 / Shipped by", f"{d.signed_by}{signed}", _time(d.shipped_at, z)),
        ("承运人 / Carrier", "", ""), ("收货人 / Received by", "", "")]))
    return story


def _cause(code: str) -> str:
    if not code:
        return "—"
    return f"{CAUSE_NAMES_ZH.get(code, '')} / {code}" if code in CAUSE_NAMES_ZH else code


def _met(limit: Any) -> str:
    if limit.met is True:
        return "按时 / In time"
    if limit.met is False:
        return "逾期 / Late"
    return "待完成 / Pending"


def _complaint_notice(d: f.ComplaintNoticeForm, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    if d.rate is None:
        rate = (f"{d.non_customer_units} 件 pcs（送货数量未记录 / delivered qty not recorded; "
                f"出货 shipped {d.shipped_qty}）")
    else:
        rate = f"{d.non_customer_units} / {d.delivered_qty} = {d.rate:.2%}"
    owner = (f"{d.owner}  {_time(d.assigned_at, z)}" if d.owner is not None
             else "未指派 / Not assigned")
    report = ("—" if d.report_kind is None else
              f"{REPORT_KINDS.get(d.report_kind, d.report_kind)}  {_time(d.report_at, z)}")
    pairs = [("通知书编号 / Notice No.", d.header.record_no),
             ("RMA单号 / RMA No.", d.header.rma_no), ("客户 / Customer", d.customer),
             ("型号 / Model", d.model), ("送货单号 / Delivery no.", d.delivery_no or "—"),
             ("送货数量 / Delivered qty",
              f"{d.delivered_qty} 件 pcs" if d.delivered_qty is not None else "—"),
             # The rate of 002 step 8: units with a non-customer cause over the delivery.
             ("不良率 / Rate", rate),
             ("严重程度 / Severity", SEVERITIES.get(d.severity, d.severity)),
             ("发出时间 / Raised at", _time(d.raised_at, z)),
             ("状态 / Status", NOTICE_STATES.get(d.status, d.status)),
             ("负责人 / Owner", owner), ("报告 / Report", report)]
    wide: tuple[str, ...] = ()
    if d.closed_at is not None:
        pairs += [("关闭 / Closed by", f"{d.closed_by or '—'}  {_time(d.closed_at, z)}"),
                  ("关闭说明 / Closing note", d.close_note)]
        wide = ("关闭说明 / Closing note",)
    if len({u.rma_no for u in d.units}) > 1:  # the delivery's RMAs: say which unit is where
        units = k.grid(["RMA单号 RMA", "序列号 Serial", "故障现象 Symptom", "根本原因 Root cause",
                        "原因类别 Cause"],
                       [[u.rma_no, u.serial, u.symptom or "—", u.root_cause or "—",
                         _cause(u.cause_category)] for u in d.units], [1.9, 2.8, 3.6, 4.6, 2.9])
    else:
        units = k.grid(["序列号 Serial", "故障现象 Symptom", "根本原因 Root cause",
                        "原因类别 Cause"],
                       [[u.serial, u.symptom or "—", u.root_cause or "—",
                         _cause(u.cause_category)] for u in d.units], [3, 4, 5, 2.9])
    story: list[Flowable] = [
        k.fields(pairs, wide=wide),
        k.section_title("原因统计 / Causes"),
        k.grid(["原因类别 Cause", "数量 Units"],
               [[_cause(c), str(n)] for c, n in d.causes], [5, 1.5], small=False),
        k.section_title(f"不良单元 / Units（共 {len(d.units)} 件 / {len(d.units)} pcs）"),
        units,
        CondPageBreak(40 * mm),
        k.section_title("处理期限 / Deadlines (QP-TPZ-002 5.2.3)"),
        k.grid(["事项 Limit", "期限 Due", "完成 Done", "结果 Result"],
               [[LIMITS.get(t.what, t.what), _time(t.due, z), _time(t.done_at, z), _met(t)]
                for t in d.deadlines], [3.2, 2.4, 2.4, 2]),
    ]
    if d.contacts:
        story += [k.section_title("客户联系 / Customer contact"),
                  k.grid(["时间 Time", "联系人 Person", "方式 Channel", "内容 Note"],
                         [[_time(c.at, z), c.person, CHANNELS.get(c.channel, c.channel),
                           c.note] for c in d.contacts], [2.4, 2, 1.6, 6])]
    if d.actions:
        story += [k.section_title("纠正措施 / Corrective actions"),
                  k.grid(["编号 CA No.", "责任工序 Process", "期限 Due", "状态 Status"],
                         [[a.ca_no, a.responsible_process, _day(a.due_date),
                           ACTION_STATES.get(a.status, a.status)] for a in d.actions],
                         [2, 4, 2, 3])]
    story.append(k.signatures([("品质负责人 / QC owner", str(d.owner or ""), ""),
                               ("品质主管 / QC supervisor", "", ""),
                               ("客户确认 / Customer", "", "")]))
    return story


PHOTO_WIDTH = 42 * mm


def _photos(photos: Sequence[tuple[str, bytes]], k: _Kit) -> Flowable:
    """The unit's photo thumbnails, four to a row, each with its file name."""
    cells: list[list[Any]] = []
    for name, jpeg in photos:
        reader = ImageReader(io.BytesIO(jpeg))
        width, height = reader.getSize()
        scale = min(PHOTO_WIDTH / width, PHOTO_WIDTH * 0.75 / height)
        cells.append([Image(io.BytesIO(jpeg), width * scale, height * scale),
                      k.p(name, k.small)])
    rows = [cells[i:i + 4] for i in range(0, len(cells), 4)]
    rows[-1] += [""] * (4 - len(rows[-1]))
    table = Table(rows, colWidths=[FRAME[2] / 4] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), k.fonts.name)]))
    return table


def _analysis_report(d: f.AnalysisReport, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    story: list[Flowable] = [
        k.fields([("RMA单号 / RMA No.", d.header.record_no), ("客户 / Customer", d.customer),
                  ("型号 / Model", d.model), ("数量 / Quantity", f"{d.counted_qty} 件 pcs"),
                  ("接收时间 / Received", _time(d.received_at, z)),
                  ("分析数量 / Analysed", f"{len(d.units)} 件 pcs"),
                  ("客户投诉 / Complaint", d.complaint)], wide=("客户投诉 / Complaint",)),
    ]
    if d.photos:
        story.append(KeepTogether([k.section_title("照片 / Photos"), _photos(d.photos, k)]))
    for u in d.units:
        parts = ("—" if not u.parts else
                 "; ".join(f"{p.ref_des} {p.part_no} ×{p.qty}" for p in u.parts))
        final = ("—" if not u.final_verdict else
                 f"{_verdict(u.final_verdict)}  {_time(u.final_at, z)}")
        block: list[Flowable] = [
            k.section_title(f"序列号 / Serial {u.serial}"),
            k.fields([("故障现象 / Fault found", u.symptom or "—"),
                      ("原因 / Cause", CUSTOMER_CAUSES.get(u.cause_category, u.cause_category)),
                      ("分析说明 / Analysis", u.root_cause or "—"),
                      ("处理措施 / Action taken", u.actions or "—"),
                      ("更换零件 / Parts", parts),
                      ("复测 / Final test", final)],
                     wide=("故障现象 / Fault found", "原因 / Cause", "分析说明 / Analysis",
                           "处理措施 / Action taken", "更换零件 / Parts",
                           "复测 / Final test")),
        ]
        if u.evidence:
            block += [Spacer(0, 1.5 * mm),
                      k.p("依据：接收时的测量 / Evidence: measurements at receipt", k.label),
                      k.grid(["测试项 Item", "测量值 Value", "单位 Unit", "上下限 Limits",
                              "判定 Verdict"],
                             [[m.name, _num(m.value), m.unit or "—", _limits(m),
                               _verdict(m.verdict)] for m in u.evidence], [4, 2, 1.2, 3, 2])]
        if u.photos:
            block += [Spacer(0, 1.5 * mm),
                      k.p("依据：照片 / Evidence: photos", k.label), _photos(u.photos, k)]
        # One unit's finding and its evidence stay on one page (a long one still splits).
        story.append(KeepTogether(block))
    story.append(k.signatures([("分析 / Analysed by", "", ""), ("审核 / Approved by", "", "")]))
    return story


def _capa_report(d: f.CapaReport, k: _Kit) -> list[Flowable]:
    z = d.header.zone
    source = " · ".join(x for x in (
        f"投诉通知书 Notice {d.notice_no}" if d.notice_no else "",
        f"RMA {d.header.rma_no}" if d.header.rma_no != "-" else "",
        f"周统计 Week {d.source_week}" if d.source_week else "") if x) or "—"
    pairs = [("编号 / CA No.", d.header.record_no),
             ("状态 / Status", ACTION_STATES.get(d.status, d.status)),
             ("来源 / Source", source)]
    if d.customer:
        pairs += [("客户 / Customer", d.customer), ("型号 / Model", d.model)]
    pairs += [("责任工序 / Process", d.responsible_process),
              ("责任部门 / Department", d.responsible_department),
              ("责任人 / Person found", d.person_found),
              ("措施负责人 / Owner", str(d.owner) if d.owner else "—"),
              ("开立 / Opened by", f"{d.created_by or '—'}  {_time(d.created_at, z)}"),
              ("完成期限 / Due date", _day(d.due_date)),
              ("根本原因 / Root cause", d.root_cause),
              ("纠正预防措施 / Measure",
               d.preventive_measure),
              ("考核 / KPI consequence", d.kpi_consequence)]
    wide = ("来源 / Source", "根本原因 / Root cause",
            "纠正预防措施 / Measure",
            "考核 / KPI consequence")
    implemented = ("—" if d.implemented_at is None else
                   f"{d.implemented_by or '—'}  {_time(d.implemented_at, z)}")
    verified = ("—" if d.verified_at is None else
                f"{d.verified_by or '—'}  {_time(d.verified_at, z)}"
                + ("  (电子签名 / signed)" if d.signed else ""))
    return [
        k.fields(pairs, wide=wide),
        k.section_title("实施 / Implementation (D6)"),
        k.fields([("实施人 / Implemented by", implemented),
                  ("实施说明 / Note", d.implementation_note or "—")],
                 wide=("实施人 / Implemented by", "实施说明 / Note")),
        k.section_title("效果验证 / Verification (D7-D8)"),
        k.fields([("验证人 / Verified by", verified),
                  ("验证说明 / Note", d.verification_note or "—")],
                 wide=("验证人 / Verified by", "验证说明 / Note")),
        Spacer(0, 3 * mm),
        k.lines("补充说明 / Written by hand", 3),
        k.signatures([("责任人 / Owner", str(d.owner or ""),
                       _time(d.implemented_at, z) if d.implemented_at else ""),
                      ("验证人 / Verified by", str(d.verified_by or ""),
                       _time(d.verified_at, z) if d.verified_at else ""),
                      ("品质主管 / QC supervisor", "", "")]),
    ]


_STORIES: dict[type, Callable[[Any, _Kit], list[Flowable]]] = {
    f.ComplaintNoticeForm: _complaint_notice, f.AnalysisReport: _analysis_report,
    f.CapaReport: _capa_report,
    f.ServiceForm: _service_form, f.RepairRecordForm: _repair_record,
    f.AnomalyFormDoc: _anomaly_form, f.InspectionRecord: _inspection_record,
    f.ShippingNoteForm: _shipping_note,
}


def form_story(data: f.FormData, fonts: SlipFonts) -> list[Flowable]:
    """The body of an A4 form as platypus flowables (header and footer are page furniture)."""
    return _STORIES[type(data)](data, _Kit(fonts))


def render_form(data: f.FormData, *, label_mm: tuple[float, float] = (100, 70),
                printer_dpi: int = 300, deterministic: bool = False,
                fonts: SlipFonts | None = None) -> bytes:
    """The form as PDF: A4, or a label of ``label_mm`` (width x height) for the box label."""
    fonts = fonts or slip_fonts()
    if isinstance(data, f.BoxLabel):
        return render_box_label(data, label_mm, printer_dpi=printer_dpi,
                                deterministic=deterministic, fonts=fonts)
    h = data.header
    pages = _Pages(h, fonts)
    out = io.BytesIO()
    zh, en = TITLES[h.key]
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=HEADER_HEIGHT, bottomMargin=FOOTER_HEIGHT,
        title=f"{zh} {en} {h.record_no}", author=h.shop_name or "benchapp",
        subject=f"{h.form_no} {h.revision}: {h.record_no}", keywords=h.record_no,
        creator="benchapp", invariant=1 if deterministic else 0,
        initialFontName=fonts.name, initialFontSize=9)
    frame = Frame(*FRAME, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id="body")
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=pages.on_page)])
    doc.build(form_story(data, fonts), canvasmaker=_numbered_canvas(pages.footer))
    return out.getvalue()


def render_box_label(d: f.BoxLabel, label_mm: tuple[float, float], *, printer_dpi: int = 300,
                     deterministic: bool = False, fonts: SlipFonts | None = None) -> bytes:
    """One outer-box label of exactly ``label_mm``: the QR and Code128 of the shipping note,
    model, quantity, customer, ship date, RMA number."""
    fonts = fonts or slip_fonts()
    width, height = label_mm[0] * mm, label_mm[1] * mm
    dot = 72 / printer_dpi
    pad = min(3 * mm, height * 0.06)
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(width, height), invariant=1 if deterministic else 0,
                  initialFontName=fonts.name, initialFontSize=8)
    canv.setTitle(f"外箱标签 Outer-box label {d.note_no}")
    canv.setAuthor(d.header.shop_name or "benchapp")
    canv.setSubject(f"{d.header.form_no} {d.header.revision}: {d.note_no}")
    canv.setKeywords(d.note_no)
    canv.setCreator("benchapp")
    # Code128 along the bottom, QR at the right, the text lines in what is left.
    bar_h = max(5 * mm, height * 0.2)
    text_top = height - pad
    qr_size = min(height - 2 * pad - bar_h - 4 * mm, width * 0.34)
    _Qr(d.note_no).draw(canv, width - pad - qr_size, height - pad - qr_size, qr_size)
    text_w = width - 2 * pad - qr_size - 2 * mm
    rows = [
        ("外箱标签 Outer-box label", None),
        (f"型号 Model: {d.model}", None),
        (f"数量 Qty: {d.quantity} 件 pcs", None),
        (f"客户 Customer: {d.customer}", None),
        (f"发货日期 Ship date: {_day(d.ship_date)}", None),
        (f"RMA: {d.header.rma_no}", None),
    ]
    room = text_top - (pad + bar_h + 4 * mm)
    size = max(4.5, min(11.0, room / (len(rows) * 1.25)))
    y = text_top - size
    for index, (text, _) in enumerate(rows):
        this = size * (1.15 if index == 0 else 1.0)
        fonts.draw(canv, pad, y, _fit(fonts, text, this, text_w), this)
        y -= size * 1.25
    barcode = _code128(d.note_no, bar_height=bar_h, max_width=width - 2 * pad,
                       field="shipping note no.", dot=dot)
    bar_x = round((width - barcode.width) / 2 / dot) * dot
    barcode.drawOn(canv, bar_x, pad + size * 0.9)
    fonts.draw(canv, width / 2, pad * 0.6, f"发货单 Note {d.note_no}  ·  {d.header.form_no}",
               max(4.0, size * 0.75), align="centre")
    canv.showPage()
    canv.save()
    return out.getvalue()
