"""The monthly report (售后维修月报, 001 七) and the quarterly complaint summary (客户投诉季度
汇总, 002/004) as printed forms, in Chinese and English, with the weekly report's font and
page furniture (benchapp.reports.pdf)."""

from __future__ import annotations

import io
from datetime import datetime, tzinfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from benchapp.domain.stats import CAUSE_KEYS, CAUSE_NAMES_ZH
from benchapp.reports.pdf import (
    ReportFont,
    _grid,
    _num,
    _numbered_canvas,
    _pct,
    _Styles,
    report_font,
)
from benchapp.reports.period import Feedback, MonthlyReport, Period, QuarterlyReport
from benchapp.reports.yields import YieldReport

MONTHLY_TITLE = "售后维修月报"
QUARTERLY_TITLE = "客户投诉季度汇总"
SEVERITY_ZH = {"general": "一般", "serious": "重大", "major": "重大"}
STATUS_ZH = {"open": "待处理", "in_progress": "处理中", "reported": "已报告", "closed": "已关闭"}


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("是" if value else "否")


class _Doc:
    def __init__(self, font: ReportFont, zone: tzinfo) -> None:
        self.font = font
        self.s = _Styles(font.name)
        self.zone = zone
        self.width = A4[0] - 30 * mm

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.font.markup(text), style or self.s.cell)

    def table(self, header: list[str], rows: list[list[str]], widths: list[float],
              right: tuple[int, ...] = ()) -> Table:
        cells = [[self.p(h) for h in header]] + [[self.p(str(c)) for c in r] for r in rows]
        total = sum(widths)
        t = Table(cells, colWidths=[self.width * w / total for w in widths], repeatRows=1)
        style = _grid(self.font.name)
        style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
        t.setStyle(TableStyle(style))
        return t

    def when(self, moment: datetime | None) -> str:
        return "—" if moment is None else f"{moment.astimezone(self.zone):%Y-%m-%d %H:%M}"

    def head(self, title: str, english: str, period: Period, extra: str = "") -> list:
        weeks = f"{period.weeks[0]} – {period.weeks[-1]}"
        return [self.p(title, self.s.title),
                self.p(f"{english} · {period.label}（{period.first_day} 至 {period.last_day}，"
                       f"{weeks}）{extra}", self.s.subtitle), Spacer(1, 4 * mm)]

    def feedback(self, number: str, feedback: Feedback) -> list:
        out = [self.p(f"{number}、客户反馈 Customer feedback（售后回访 follow-ups）", self.s.h2),
               self.p(f"回访 {feedback.done} 次：已收货 received {feedback.received}，未收货 "
                      f"{feedback.not_received}；满意 satisfied {feedback.satisfied}，不满意 "
                      f"{feedback.not_satisfied}；满意率 satisfaction "
                      f"{_pct(feedback.satisfaction_rate)}")]
        if feedback.lines:
            out += [Spacer(1, 2 * mm), self.table(
                ["RMA", "客户 Customer", "回访 At", "回访人 By", "收货", "满意", "客户意见 Note"],
                [[f.rma_no, f.customer, self.when(f.contacted_at), f.contacted_by,
                  _yes_no(f.received), _yes_no(f.satisfied), f.note] for f in feedback.lines],
                [1.1, 1.6, 1.2, 0.9, 0.5, 0.5, 2.6])]
        return out

    def build(self, story: list, *, title: str, form: str, generated_at: datetime) -> bytes:
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=14 * mm, bottomMargin=16 * mm, title=title,
                                author="benchapp")
        stamp = f"生成 generated {generated_at.astimezone(self.zone):%Y-%m-%d %H:%M}"
        doc.build(story, canvasmaker=_numbered_canvas(self.font.name, form, stamp))
        return out.getvalue()


def render_monthly_pdf(report: MonthlyReport, *, generated_at: datetime, zone: tzinfo,
                       font: ReportFont | None = None) -> bytes:
    d = _Doc(font or report_font(), zone)
    form = f"{report.form_no} 版本 Rev. {report.form_revision}"
    story = d.head(MONTHLY_TITLE, "Monthly repair report", report.period, f" · {form}")
    story += [d.p("一、关键指标 Key figures", d.s.h2), d.table(
        ["维修数量 Units", "已维修 Repaired", "平均维修时间 Avg.", "最长维修时间 Longest"],
        [[str(report.units), str(report.repaired_units),
          _num(report.avg_repair_minutes, " min"), _num(report.max_repair_minutes, " min")]],
        [1, 1, 1, 1], right=(0, 1, 2, 3))]
    story += [d.p("二、按机型 By model（故障频次 failure frequency by cause）", d.s.h2)]
    if report.models:
        story.append(d.table(
            ["机型 Model", "数量", "已修", "平均 min", "最长 min",
             *(CAUSE_NAMES_ZH[k] for k in CAUSE_KEYS)],
            [[m.model, str(m.units), str(m.repaired_units), _num(m.avg_repair_minutes),
              _num(m.max_repair_minutes), *(str(m.by_cause.get(k, 0)) for k in CAUSE_KEYS)]
             for m in report.models],
            [2.2, 0.7, 0.7, 0.9, 0.9, *([0.9] * len(CAUSE_KEYS))],
            right=tuple(range(1, 5 + len(CAUSE_KEYS)))))
    else:
        story.append(d.p("本月无维修 No repairs in this month."))
    story += [d.p("三、故障类型频次 Fault frequency", d.s.h2)]
    if report.faults:
        story.append(d.table(
            ["原因类别 Cause", "根本原因 Root cause", "数量 Units", "占比 Share"],
            [[CAUSE_NAMES_ZH.get(f.cause, f.cause), f.root_cause, str(f.units), _pct(f.share)]
             for f in report.faults], [1.3, 3.5, 0.8, 0.8], right=(2, 3)))
    else:
        story.append(d.p("—"))
    story += d.feedback("四", report.feedback)
    if report.yields is not None:
        story += _yields(d, report.yields)
    return d.build(story, title=f"{MONTHLY_TITLE} {report.period.label}", form=form,
                   generated_at=generated_at)


def _yields(d: _Doc, y: YieldReport) -> list:
    """Issue 17.5: first-pass yield, mean time to repair and return rates of the month, as
    `benchapp report yields --from M --to M` gives them."""
    t = y.total
    out = [d.p("五、良率 Yield figures", d.s.h2), d.table(
        ["复检 Re-inspected", "一次通过 First pass", "一次通过率 FPY", "维修记录 Repairs",
         "平均修复时间 MTTR"],
        [[str(t.reinspected), str(t.first_pass), _pct(t.first_pass_yield), str(t.repairs),
          _num(None if t.mttr_minutes is None else round(t.mttr_minutes, 1), " min")]],
        [1, 1, 1, 1, 1], right=(0, 1, 2, 3, 4))]
    out += [Spacer(1, 2 * mm), d.p("按交货批 Return rate per delivery")]
    if y.deliveries:
        out.append(d.table(
            ["交货单 Delivery", "客户 Customer", "机型 Model", "交货数 Delivered", "退回 Returned",
             "退货率 Rate"],
            [[r.delivery_no, r.customer, ", ".join(r.models),
              "—" if r.delivered_qty is None else str(r.delivered_qty), str(r.returned_units),
              _pct(r.return_rate)] for r in y.deliveries],
            [1.3, 1.8, 1.4, 0.9, 0.8, 0.8], right=(3, 4, 5)))
        if y.deliveries_truncated:
            out.append(d.p(f"仅列出前 {len(y.deliveries)} 个交货单 Only the first "
                           f"{len(y.deliveries)} deliveries are listed."))
    else:
        out.append(d.p("—"))
    out += [Spacer(1, 2 * mm), d.p("按机型 Return rate per model")]
    if y.models:
        out.append(d.table(
            ["机型 Model", "交货单 Deliveries", "交货数 Delivered", "退回 Returned", "退货率 Rate",
             "无数量交货单 Without qty"],
            [[m.model, str(m.deliveries), str(m.delivered_qty), str(m.returned_units),
              _pct(m.return_rate), str(m.without_qty)] for m in y.models],
            [1.8, 0.9, 0.9, 0.8, 0.8, 1.1], right=(1, 2, 3, 4, 5)))
    else:
        out.append(d.p("—"))
    return out


def render_quarterly_pdf(report: QuarterlyReport, *, generated_at: datetime, zone: tzinfo,
                         font: ReportFont | None = None) -> bytes:
    d = _Doc(font or report_font(), zone)
    doc = report.to_json()
    story = d.head(QUARTERLY_TITLE, "Quarterly complaint summary", report.period)
    severity = "，".join(f"{SEVERITY_ZH.get(k, k)} {k} {n}"
                        for k, n in doc["by_severity"].items())
    story += [d.p("一、汇总 Summary", d.s.h2),
              d.p(f"客户投诉通知书 Complaint notices {doc['notices']}：已关闭 closed "
                  f"{doc['closed']}（按期 on time {doc['closed_on_time']}，超期 late "
                  f"{doc['closed_late']}），未关闭 open {doc['open']}；{severity}")]
    story += [d.p("二、按客户 By customer", d.s.h2)]
    story.append(d.table(["客户 Customer", "投诉 Notices"],
                         [[c, str(n)] for c, n in doc["by_customer"].items()] or [["—", "0"]],
                         [4, 1], right=(1,)))
    story += [d.p("三、投诉清单 Notice list（闭环 closure）", d.s.h2)]
    if report.notices:
        story.append(d.table(
            ["通知书 Notice", "RMA", "客户 Customer", "机型 Model", "等级", "状态", "不良/出货",
             "发出 Raised", "关闭 Closed", "按期"],
            [[n.notice_no, n.rma_no, n.customer, n.model, SEVERITY_ZH.get(n.severity, n.severity),
              STATUS_ZH.get(n.status, n.status), f"{n.non_customer_units}/{n.shipped_qty}",
              d.when(n.raised_at), d.when(n.closed_at), _yes_no(n.closed_on_time)]
             for n in report.notices],
            [1.1, 1.0, 1.4, 1.1, 0.5, 0.6, 0.7, 1.1, 1.1, 0.5]))
    else:
        story.append(d.p("本季度无客户投诉通知书 No complaint notices this quarter."))
    story += d.feedback("四", report.feedback)
    return d.build(story, title=f"{QUARTERLY_TITLE} {report.period.label}",
                   form="QP-TPZ-002", generated_at=generated_at)
