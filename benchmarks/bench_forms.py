"""Paper forms (issue 14) for a 50-unit RMA, next to raw reportlab on the same content.

Run: python benchmarks/bench_forms.py [--rounds N]
Writes benchmarks/results/bench_forms.json. Target: p50 and p95 within 1.5x of raw.

"Raw" is what reportlab costs without benchapp: the same tables and text in the same fonts
built by a plain SimpleDocTemplate (no header, Code128, QR, page numbers). Six forms are
measured: the service form (50 serials), the repair record (50 repairs with parts, 100
re-inspection and OQC results), the shipping note (50 serials), and the three quality forms:
the complaint notice (50 units counted, their causes, the limits, contacts and actions), the
customer analysis report (50 units, each with its finding and three readings as evidence) and
the CAPA / 8D report (one action: it has no per-unit content, so it is the same at any size).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import math
import platform
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from benchapp.domain.rma import PartReplaced
from benchapp.domain.supervision import NoticeDeadline
from benchapp.services import forms as f
from benchapp.slips.fonts import slip_fonts
from benchapp.slips.forms import form_story, render_form

RESULTS = ROOT / "benchmarks" / "results" / "bench_forms.json"
UNITS = 50
TARGET_RATIO = 1.5
WARMUP = 3
AT = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)
CLERK = f.Person("张伟 (业务员)", "clerk")
REPAIRER = f.Person("赵磊 (维修工程师)", "repair")
OQC = f.Person("陈静 (OQC检验员)", "oqc")


def header(key: str, record_no: str) -> f.FormHeader:
    return f.FormHeader(key=key, form_no="QP-TPZ-002-F01", revision="A-0",
                        shop_name="华强精密电子 售后维修部", record_no=record_no,
                        rma_no="RMA-000045", zone=UTC)


SERIALS = tuple(f"MC200-2403-{n:05d}" for n in range(1, UNITS + 1))


def service_form() -> f.ServiceForm:
    return f.ServiceForm(
        header=header(f.SERVICE_FORM, "RMA-000045"), customer="苏州科瑞自动化设备有限公司",
        contact="王工 138-0000-0000", model="PCBA-MC200-V3", declared_qty=UNITS,
        counted_qty=UNITS, complaint="批量上电无输出，部分板 VCC_3V3 偏低，客户要求维修并出具分析报告",
        requirement="repair", billing="warranty", delivery_no=None, delivered_qty=None,
        due_date=date(2026, 12, 5), storage_location="售后待处理区 B-07", serials=SERIALS,
        received_by=CLERK, received_at=AT)


def repair_record() -> f.RepairRecordForm:
    repairs = tuple(f.RepairLine(
        serial=s, kind="repair", symptom="上电无输出，VCC_3V3 为 0 V",
        root_cause="U12 LDO 输入端电容 C45 ESR 超标，老化失效", cause_category="material",
        responsible_process="来料检验", responsible_department="品质部",
        actions="更换 C45 与 U12，复测各路电压合格", minutes=35,
        parts=(PartReplaced("C45", "CAP-470U-16V", 1, "L2403A", "2410"),
               PartReplaced("U12", "LDO-AMS1117-3V3", 1, "L2401C", "2352")),
        repairer=REPAIRER, completed_at=AT + timedelta(days=1, minutes=n), loop_no=0)
        for n, s in enumerate(SERIALS))
    checks = tuple(f.CheckLine(serial=s, stage=stage, verdict="PASS", loop_no=0,
                               inspector=OQC, at=AT + timedelta(days=2, minutes=n),
                               notes="", signed=True)
                   for n, s in enumerate(SERIALS) for stage in ("test", "oqc"))
    return f.RepairRecordForm(header=header(f.REPAIR_RECORD, "RMA-000045"),
                              customer="苏州科瑞自动化设备有限公司", model="PCBA-MC200-V3",
                              repairs=repairs, checks=checks)


def shipping_note() -> f.ShippingNoteForm:
    return f.ShippingNoteForm(
        header=header(f.SHIPPING_NOTE, "SHN-000012"), customer="苏州科瑞自动化设备有限公司",
        address="江苏省苏州市工业园区星湖街 328 号", carrier="顺丰速运", tracking_no="SF1234567890",
        model="PCBA-MC200-V3", quantity=UNITS, serials=SERIALS, replacements=(),
        shipped_at=AT + timedelta(days=3), signed_by=CLERK, signed=True)


CAUSES = ("material", "production", "inspection", "design", "customer")


def complaint_notice() -> f.ComplaintNoticeForm:
    units = tuple(f.NoticeUnit(rma_no="RMA-000045", serial=s, symptom="上电无输出，VCC_3V3 为 0 V",
                               root_cause="U12 LDO 输入端电容 C45 ESR 超标，老化失效",
                               cause_category=CAUSES[n % 4]) for n, s in enumerate(SERIALS))
    causes: dict[str, int] = {}
    for u in units:
        causes[u.cause_category] = causes.get(u.cause_category, 0) + 1
    deadlines = tuple(NoticeDeadline(what=w, due=AT + timedelta(days=d), done_at=AT
                                     + timedelta(days=d - 1), met=True)
                      for w, d in (("contact", 1), ("8d", 5), ("closure", 10)))
    return f.ComplaintNoticeForm(
        header=header(f.COMPLAINT_NOTICE, "CCN-000007"), customer="苏州科瑞自动化设备有限公司",
        model="PCBA-MC200-V3", severity="major", status="reported", raised_at=AT,
        delivery_no="DN-2403-118", delivered_qty=2000, non_customer_units=UNITS,
        shipped_qty=UNITS, rate=UNITS / 2000,
        causes=tuple(sorted(causes.items(), key=lambda c: (-c[1], c[0]))), units=units,
        deadlines=deadlines, owner=OQC, assigned_at=AT + timedelta(hours=1),
        report_kind="8d", report_at=AT + timedelta(days=4),
        contacts=tuple(f.NoticeContactLine(at=AT + timedelta(hours=h), person="王工",
                                           channel="phone", note="告知分析进度，客户同意 8D 时间表")
                       for h in (2, 30, 60)),
        actions=tuple(f.NoticeActionLine(ca_no=f"CA-{n:06d}", responsible_process="来料检验",
                                         status="implemented", due_date=date(2026, 12, 20))
                      for n in (11, 12)),
        closed_by=None, closed_at=None, close_note="")


def analysis_report() -> f.AnalysisReport:
    evidence = (f.Measurement("VCC_3V3", 0.02, "V", 3.2, 3.4, "FAIL"),
                f.Measurement("I_standby", 182.0, "mA", None, 120, "FAIL"),
                f.Measurement("VCC_5V", 5.01, "V", 4.9, 5.1, "PASS"))
    units = tuple(f.AnalysisUnit(
        serial=s, symptom="上电无输出，VCC_3V3 为 0 V", cause_category=CAUSES[n % 5],
        root_cause="U12 LDO 输入端电容 C45 ESR 超标，老化失效；同批次电容抽检 3/20 超标",
        actions="更换 C45 与 U12，复测各路电压合格",
        parts=(PartReplaced("C45", "CAP-470U-16V", 1, "L2403A", "2410"),),
        evidence=evidence, photos=(), final_verdict="PASS",
        final_at=AT + timedelta(days=2, minutes=n)) for n, s in enumerate(SERIALS))
    return f.AnalysisReport(
        header=header(f.ANALYSIS_REPORT, "RMA-000045"), customer="苏州科瑞自动化设备有限公司",
        model="PCBA-MC200-V3", complaint="批量上电无输出，部分板 VCC_3V3 偏低，客户要求维修并出具分析报告",
        counted_qty=UNITS, received_at=AT, units=units)


def capa_report() -> f.CapaReport:
    return f.CapaReport(
        header=header(f.CAPA_REPORT, "CA-000011"), notice_no="CCN-000007", source_week=None,
        customer="苏州科瑞自动化设备有限公司", model="PCBA-MC200-V3", status="closed",
        responsible_process="来料检验", responsible_department="品质部", person_found="IQC 刘洋",
        owner=OQC, root_cause="C45 电解电容批次 L2403A ESR 超标，IQC 抽检未测 ESR",
        preventive_measure="IQC 增加电解电容 ESR 抽检（每批 20 只），供应商 8D 并更换产线",
        kpi_consequence="IQC 当月 KPI 扣 5 分", created_by=CLERK, created_at=AT,
        due_date=date(2026, 12, 20), implemented_by=OQC, implemented_at=AT + timedelta(days=6),
        implementation_note="检验规范 QI-IQC-014 已修订为 B 版", verified_by=OQC,
        verified_at=AT + timedelta(days=20), verification_note="连续 3 批 ESR 合格，无再发",
        signed=True)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: an observed value, no interpolation."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def summary(values_ms: list[float]) -> dict[str, float]:
    return {"n": len(values_ms), "p50_ms": round(percentile(values_ms, 50), 2),
            "p95_ms": round(percentile(values_ms, 95), 2),
            "mean_ms": round(statistics.fmean(values_ms), 2)}


def raw_render(data: f.FormData) -> bytes:
    fonts = slip_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=fonts.name).build(
        form_story(data, fonts))
    return out.getvalue()


def timed(fn, *args) -> tuple[float, object]:
    gc.collect()  # the previous step's garbage is collected outside the clock
    start = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - start) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--output", type=Path, default=RESULTS)
    args, _ = parser.parse_known_args()  # benchmarks/run.py passes everyone's options

    cases = {"service-form": service_form(), "repair-record": repair_record(),
             "shipping-note": shipping_note(), "complaint-notice": complaint_notice(),
             "analysis-report": analysis_report(), "capa-report": capa_report()}
    series: dict[str, list[float]] = {f"{k}/{w}": [] for k in cases for w in ("ours", "raw")}
    for i in range(WARMUP + args.rounds):
        for key, data in cases.items():
            # Alternate which path goes first, so neither always gets the warmer caches.
            order = ("ours", "raw") if i % 2 else ("raw", "ours")
            for which in order:
                elapsed, _ = timed(render_form if which == "ours" else raw_render, data)
                if i >= WARMUP:
                    series[f"{key}/{which}"].append(elapsed)

    stats = {key: summary(values) for key, values in series.items()}
    print(f"{UNITS}-unit RMA forms, {args.rounds} rounds (+{WARMUP} warm-up)")
    print(f"{'form / path':34} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    for key, row in stats.items():
        print(f"{key:34} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f} {row['mean_ms']:>8.1f}")
    ratios = {}
    within = True
    for key in cases:
        p50 = stats[f"{key}/ours"]["p50_ms"] / stats[f"{key}/raw"]["p50_ms"]
        p95 = stats[f"{key}/ours"]["p95_ms"] / stats[f"{key}/raw"]["p95_ms"]
        ok = p50 <= TARGET_RATIO and p95 <= TARGET_RATIO
        within &= ok
        ratios[key] = {"p50": round(p50, 3), "p95": round(p95, 3), "within_target": ok}
        print(f"ratio {key}: p50 {p50:.2f}x, p95 {p95:.2f}x "
              f"({'within' if ok else 'OVER'} the {TARGET_RATIO:g}x target)")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "benchmark": "bench_forms", "units": UNITS, "rounds": args.rounds, "warmup": WARMUP,
        "results": stats, "ratios": ratios, "target_ratio": TARGET_RATIO,
        "within_target": within, "python": platform.python_version(),
        "reportlab": reportlab.Version, "platform": platform.platform(),
    }, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
