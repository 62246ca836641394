"""The weekly statistics as a printed form: 售后维修统计分析表, with charts, distribution and the
management review sign-off (QP-TPZ-002 step 9), in Chinese with an embedded font."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from benchapp.domain.stats import CAUSE_NAMES_ZH
from benchapp.reports.weekly import WeekFigures, WeeklyReport
from benchapp.resources import resource

SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT_FILE = "wqy-zenhei.ttc"
TITLE = "售后维修统计分析表"
DISTRIBUTION = ("生产部 Production", "品质部 QC", "业务部 Business")
LINE_COLOURS = (colors.HexColor("#1f4e79"), colors.HexColor("#c55a11"),
                colors.HexColor("#548235"))
BAR_COLOUR = colors.HexColor("#2e75b6")


@dataclass(frozen=True)
class ReportFont:
    """A registered reportlab font and how to put text into Paragraph markup with it."""

    name: str
    markup: Callable[[str], str]


@lru_cache(maxsize=1)
def report_font() -> ReportFont:
    """WenQuanYi Zen Hei, shipped or the system's: the font when the caller passes none.

    The CLI passes the slips' font set instead (the same registration as every slip, with
    its fallback for rare CJK Extension B characters); this package stays below the slips
    and depends on nothing but the plain report models."""
    for path in (resource("fonts", FONT_FILE), SYSTEM_FONT):
        if path.is_file():
            # Face 0 of the collection is Zen Hei proportional; TrueType outlines, so
            # reportlab can embed a subset (it cannot embed CFF fonts such as Noto CJK).
            pdfmetrics.registerFont(TTFont("BenchReport-ZenHei", str(path), subfontIndex=0))
            return ReportFont(name="BenchReport-ZenHei", markup=escape)
    raise FileNotFoundError(f"no Chinese font: neither {resource('fonts', FONT_FILE)} nor "
                            f"{SYSTEM_FONT} exists")


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None, unit: str = "") -> str:
    return "—" if value is None else f"{value}{unit}"


class _Styles:
    def __init__(self, font: str) -> None:
        self.title = ParagraphStyle("title", fontName=font, fontSize=17, leading=22,
                                    alignment=1)
        self.subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=9.5, leading=13,
                                       alignment=1, textColor=colors.HexColor("#404040"))
        self.h2 = ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=15,
                                 spaceBefore=7, spaceAfter=3,
                                 textColor=colors.HexColor("#1f4e79"))
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11)
        self.small = ParagraphStyle("small", fontName=font, fontSize=7.5, leading=9.5,
                                    textColor=colors.HexColor("#505050"))


def _grid(font: str, header_rows: int = 1) -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8c8c8c")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dde7f3")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


class _Builder:
    def __init__(self, report: WeeklyReport, trend: list[WeekFigures], font: ReportFont,
                 generated_at: datetime) -> None:
        self.r = report
        self.trend = trend
        self.font = font
        self.s = _Styles(font.name)
        self.generated_at = generated_at
        self.width = A4[0] - 30 * mm

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.font.markup(text), style or self.s.cell)

    def table(self, rows: list[list], widths: list[float], *, right: tuple[int, ...] = (),
              header_rows: int = 1) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=header_rows)
        style = _grid(self.font.name, header_rows)
        style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
        t.setStyle(TableStyle(style))
        return t

    # -- parts ---------------------------------------------------------------------------

    def head(self) -> list:
        w = self.r.week
        return [
            self.p(TITLE, self.s.title),
            self.p(f"Weekly repair statistics · {w} ({w.monday} 至 {w.sunday}) · "
                   f"表单编号 Form No. {self.r.form_no} · 版本 Rev. {self.r.form_revision}",
                   self.s.subtitle),
            Spacer(1, 4 * mm),
        ]

    def key_figures(self) -> list:
        f = self.r.figures
        window = self.r.repeat_window_days
        pairs = [
            ("本周维修数量 Units", (f"{f.units}（维修 {f.repaired_units}，NFF 放行 "
                                     f"{f.nff_released}）")),
            ("维修记录 Repair records", str(f.repair_records)),
            ("平均维修时间 Avg. repair time", _num(f.avg_repair_minutes, " min")),
            ("最长维修时间 Longest", _num(f.max_repair_minutes, " min")),
            ("返修循环 Rework loops", str(f.rework_loops)),
            # The cause table counts each unit's first failure; its loops are listed here.
            ("返修 Rework (units / records)", (f"{f.rework_units} / {f.rework_records}"
                                              "（原因按首次故障统计 causes: first failure）")),
            ("重复维修率 Repeat-repair rate", (f"{_pct(f.repeat_repair_rate)}"
                                             f"（{f.repeat_repair_units}/{f.repaired_units}）")),
            ("无故障发现率 NFF rate", f"{_pct(f.nff_rate)}（{f.nff_units}/{f.units}）"),
            ("准时出货率 On-time rate", (f"{_pct(f.on_time_rate)}（{f.on_time_units}/"
                                       f"{f.on_time_units + f.late_units}，"
                                       f"未到期 {f.pending_units}）")),
            (f"{window} 天内重复返回 Repeat returns", str(f.repeat_returns)),
            ("客户投诉通知书 Complaint notices", str(f.complaint_notices)),
        ]
        rows = []
        for i in range(0, len(pairs), 2):
            row = []
            for label, value in pairs[i:i + 2]:
                row += [self.p(label), self.p(value)]
            rows.append(row)
        col = self.width / 4
        t = Table(rows, colWidths=[col * 1.15, col * 0.85] * 2)
        style = _grid(self.font.name, 0)
        style += [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
                  ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f2f2f2"))]
        t.setStyle(TableStyle(style))
        return [self.p("一、关键指标 Key figures", self.s.h2), t]

    def causes(self) -> list:
        f = self.r.figures
        rows = [["故障原因 Cause", "数量 Units", "占比 Share", "累计 Cumulative"]]
        bars = {b.key: b for b in self.r.pareto}
        order = [b.key for b in self.r.pareto] + [k for k in f.by_cause if k not in bars]
        for key in order:
            bar = bars.get(key)
            rows.append([self.p(f"{CAUSE_NAMES_ZH[key]} {key}"), f.by_cause[key],
                         _pct(bar.share) if bar else "—", _pct(bar.cumulative) if bar else "—"])
        rows.append([self.p("合计 Total"), f.units, "", ""])
        table = self.table(rows, [self.width * 0.4] + [self.width * 0.2] * 3, right=(1, 2, 3))
        parts: list = [self.p("二、故障原因柏拉图 Failure-cause Pareto", self.s.h2), table]
        if self.r.pareto:
            parts += [Spacer(1, 2 * mm), self.pareto_chart()]
        return parts

    def pareto_chart(self) -> Drawing:
        bars = self.r.pareto
        d = Drawing(self.width, 62 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y = 14 * mm, 12 * mm
        chart.width, chart.height = self.width - 30 * mm, 44 * mm
        chart.data = [[b.count for b in bars]]
        chart.bars[0].fillColor = BAR_COLOUR
        chart.valueAxis.valueMin = 0
        top = max(b.count for b in bars)
        chart.valueAxis.valueMax = top + max(1, top // 10)
        chart.valueAxis.labels.fontName = self.font.name
        chart.categoryAxis.categoryNames = [CAUSE_NAMES_ZH[b.key] for b in bars]
        chart.categoryAxis.labels.fontName = self.font.name
        chart.categoryAxis.labels.fontSize = 7.5
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = self.font.name
        chart.barLabels.nudge = 6
        d.add(chart)
        # The Pareto line: cumulative share on its own 0-100 % axis at the right.
        step = chart.width / len(bars)
        points = []
        for i, b in enumerate(bars):
            x = chart.x + (i + 0.5) * step
            y = chart.y + b.cumulative * chart.height
            points += [x, y]
            d.add(Circle(x, y, 1.6, fillColor=LINE_COLOURS[1], strokeColor=LINE_COLOURS[1]))
        d.add(PolyLine(points, strokeColor=LINE_COLOURS[1], strokeWidth=1.2))
        right = chart.x + chart.width
        d.add(Line(right, chart.y, right, chart.y + chart.height, strokeColor=colors.grey,
                   strokeWidth=0.5))
        for share in (0, 0.5, 1.0):
            d.add(String(right + 2, chart.y + share * chart.height - 2.5, f"{share:.0%}",
                         fontName=self.font.name, fontSize=7))
        d.add(String(chart.x, chart.y + chart.height + 4,
                     "柱: 数量 / 折线: 累计占比 (bars: units, line: cumulative share)",
                     fontName=self.font.name, fontSize=7.5))
        return d

    def root_causes(self) -> list:
        if not self.r.root_causes:
            return []
        rows = [["原因类别 Cause", "根本原因 Root cause", "数量", "占比"]]
        for rc in self.r.root_causes:
            rows.append([self.p(CAUSE_NAMES_ZH[rc.cause]), self.p(rc.root_cause), rc.units,
                         _pct(rc.share)])
        widths = [self.width * 0.14, self.width * 0.66, self.width * 0.08, self.width * 0.12]
        return [self.p("三、主要根本原因 Top root causes", self.s.h2),
                self.table(rows, widths, right=(2, 3))]

    def responsibility(self) -> list:
        def rows(title: str, counts: dict[str, int]) -> list[list]:
            out = [[title, "数量 Units"]]
            out += [[self.p(k or "—"), v] for k, v in counts.items()]
            return out or [[title, ""]]

        half = self.width / 2 - 2 * mm
        left = self.table(rows("责任工序 Process", self.r.by_process),
                          [half * 0.7, half * 0.3], right=(1,))
        right = self.table(rows("责任部门 Department", self.r.by_department),
                           [half * 0.7, half * 0.3], right=(1,))
        pair = Table([[left, right]], colWidths=[half + 2 * mm, half + 2 * mm])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        models = self.table([["机型 Model", "数量 Units"],
                             *[[self.p(k), v] for k, v in self.r.by_model.items()]],
                            [self.width * 0.7, self.width * 0.3], right=(1,))
        return [self.p("四、责任划分 Responsibility split（已维修单元）", self.s.h2), pair,
                self.p("五、机型分布 Units by model", self.s.h2), models]

    def notices_and_actions(self) -> list:
        parts: list = [self.p("六、客户投诉通知书与纠正措施 Complaint notices and corrective "
                              "actions", self.s.h2)]
        if self.r.complaint_notice_list:
            rows = [["通知书 Notice", "RMA", "客户 Customer", "非客户原因/出货", "状态 Status"]]
            rows += [[n.notice_no, n.rma_no, self.p(n.customer),
                      f"{n.non_customer_units}/{n.shipped_qty}", f"{n.status} ({n.severity})"]
                     for n in self.r.complaint_notice_list]
            w = self.width
            parts.append(self.table(rows, [w * 0.16, w * 0.15, w * 0.37, w * 0.14, w * 0.18]))
        else:
            parts.append(self.p("本周无客户投诉通知书。No complaint notice this week."))
        parts.append(Spacer(1, 2 * mm))
        if self.r.corrective_actions:
            rows = [["措施 CA", "责任工序 Process", "责任人 Person", "完成期限 Due", "状态"]]
            rows += [[a.ca_no, self.p(a.responsible_process), self.p(a.person_found),
                      a.due_date.isoformat(), a.status] for a in self.r.corrective_actions]
            w = self.width
            parts.append(self.table(rows, [w * 0.16, w * 0.3, w * 0.22, w * 0.16, w * 0.16]))
        else:
            parts.append(self.p("本周统计尚无纠正措施记录（第 10 步由责任工序主管填写）。"
                                "No corrective action recorded for this week yet."))
        if self.r.repeat_return_list:
            rows = [["序列号 Serial", "RMA", "上次 RMA", "间隔天数 Days"]]
            rows += [[self.p(x.serial), x.rma_no, x.previous_rma_no, x.days_since_previous]
                     for x in self.r.repeat_return_list]
            w = self.width
            parts += [self.p(f"七、{self.r.repeat_window_days} 天内重复返回 Repeat returns",
                             self.s.h2),
                      self.table(rows, [w * 0.4, w * 0.2, w * 0.2, w * 0.2], right=(3,))]
        return parts

    def trend_charts(self) -> list:
        if not self.trend:
            return []
        labels = [f"W{f.week.week:02d}" if i % 4 == 0 or i == len(self.trend) - 1 else ""
                  for i, f in enumerate(self.trend)]
        units = self.line_chart([[f.units for f in self.trend]], labels, ["维修数量 units"],
                                percent=False)
        rates = self.line_chart(
            [[None if f.nff_rate is None else f.nff_rate * 100 for f in self.trend],
             [None if f.repeat_repair_rate is None else f.repeat_repair_rate * 100
              for f in self.trend],
             [None if f.on_time_rate is None else f.on_time_rate * 100 for f in self.trend]],
            labels, ["无故障率 NFF %", "重复维修率 repeat %", "准时率 on-time %"], percent=True)
        first, last = self.trend[0].week, self.trend[-1].week
        return [KeepTogether([
            self.p(f"八、{len(self.trend)} 周趋势 Trend {first} – {last}", self.s.h2),
            units, Spacer(1, 2 * mm), rates])]

    def line_chart(self, data: list[list], labels: list[str], names: list[str], *,
                   percent: bool) -> Drawing:
        d = Drawing(self.width, 50 * mm)
        chart = HorizontalLineChart()
        chart.x, chart.y = 12 * mm, 9 * mm
        chart.width, chart.height = self.width - 16 * mm, 34 * mm
        chart.data = data
        chart.joinedLines = 1
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.labels.fontName = self.font.name
        chart.categoryAxis.labels.fontSize = 6.5
        chart.valueAxis.labels.fontName = self.font.name
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        if percent:
            chart.valueAxis.valueMax = 100
            chart.valueAxis.valueStep = 25
        else:
            peak = max([v for series in data for v in series if v is not None] or [0])
            chart.valueAxis.valueMax = max(peak + max(1, peak // 10), 4)
        for i in range(len(data)):
            chart.lines[i].strokeColor = LINE_COLOURS[i % len(LINE_COLOURS)]
            chart.lines[i].strokeWidth = 1.2
        d.add(chart)
        x = chart.x
        for i, name in enumerate(names):
            colour = LINE_COLOURS[i % len(LINE_COLOURS)]
            d.add(Line(x, chart.y + chart.height + 6, x + 8, chart.y + chart.height + 6,
                       strokeColor=colour, strokeWidth=1.5))
            d.add(String(x + 10, chart.y + chart.height + 4, name, fontName=self.font.name,
                         fontSize=7))
            x += 10 + pdfmetrics.stringWidth(name, self.font.name, 7) + 8 * mm
        return d

    def sign_off(self) -> list:
        boxes = "　".join(f"□ {d}" for d in DISTRIBUTION)
        distribution = self.p(f"分发 Distribution（各一份 one copy each）：{boxes}　"
                              f"□ 上缴总经办审核 to management for review")
        rows = [
            ["", "编制 Prepared（技术主管）", "审核 Reviewed", "批准 Approved（总经办）"],
            ["签名 Signature", "", "", ""],
            ["日期 Date", "", "", ""],
        ]
        w = self.width
        t = Table(rows, colWidths=[w * 0.16, w * 0.28, w * 0.28, w * 0.28],
                  rowHeights=[None, 12 * mm, 8 * mm])
        t.setStyle(TableStyle(_grid(self.font.name)))
        review = self.p("管理评审意见 Management review：" + "＿" * 30)
        return [KeepTogether([self.p("分发与审批 Distribution and sign-off", self.s.h2),
                              distribution, Spacer(1, 2 * mm), t, Spacer(1, 3 * mm), review])]

    def story(self) -> list:
        return [*self.head(), *self.key_figures(), *self.causes(), *self.root_causes(),
                *self.responsibility(), *self.notices_and_actions(), *self.trend_charts(),
                *self.sign_off()]


def _numbered_canvas(font: str, form: str, stamp: str) -> type[Canvas]:
    """A canvas that prints "page x of y" on every page: y is known only at the end."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.setFillColor(colors.HexColor("#505050"))
                self.drawString(15 * mm, 9 * mm, f"{form}　{stamp}")
                self.drawRightString(A4[0] - 15 * mm, 9 * mm,
                                     f"第 {self._pageNumber} 页 共 {total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas


def render_weekly_pdf(report: WeeklyReport, trend: list[WeekFigures], *,
                      generated_at: datetime, font: ReportFont | None = None) -> bytes:
    """The weekly form as PDF bytes; the font (default ``report_font()``) is embedded as a
    subset."""
    font = font or report_font()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
        bottomMargin=16 * mm, title=f"{TITLE} {report.week}", author="benchapp",
        subject=f"Weekly repair statistics {report.week}")
    builder = _Builder(report, trend, font, generated_at)
    form = f"{report.form_no} 版本 Rev. {report.form_revision}"
    stamp = f"统计截至 as of {report.as_of} · 生成 generated {generated_at:%Y-%m-%d %H:%M}"
    doc.build(builder.story(), canvasmaker=_numbered_canvas(font.name, form, stamp))
    return out.getvalue()
