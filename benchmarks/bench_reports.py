"""Weekly report and 52-week trend at 1,000,000 repair records, on SQLite and PostgreSQL.

Run: python benchmarks/bench_reports.py [--records N] [--span-weeks W] [--sqlite-only]
Writes benchmarks/results/bench_reports.json. Targets: one week's report < 0.5 s, the
52-week trend < 2 s (both including the check that the summary tables are current).

The history is generated with bulk Core inserts (executemany on SQLite, COPY on PostgreSQL),
not through the services: about 3.8 units per RMA, one unit in ten repaired twice (a failed
re-inspection), 1 % of units released as no-fault-found without a repair, 3 % of serials coming
back, complaint notices on a share of RMAs. It spans ``--span-weeks`` ISO weeks ending with
2026-W47. The summary tables are then built once (timed: that is what the first report after
the upgrade costs) and the reports read them.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text, update  # noqa: E402

from benchapp.db import models as m  # noqa: E402
from benchapp.db.engine import make_engine  # noqa: E402
from benchapp.db.migrate import upgrade  # noqa: E402
from benchapp.domain.calendar import IsoWeek  # noqa: E402
from benchapp.reports import facts  # noqa: E402
from benchapp.reports.weekly import weekly_report, weekly_trend  # noqa: E402

END = IsoWeek(2026, 47)
TODAY = date(2026, 11, 22)
CN = timezone(timedelta(hours=8))
SEED = 20260704
ROUNDS = 7
BATCH = 20_000

MODELS = ["PCBA-MC200-V3", "PCBA-PS450-V2", "PCBA-LD80-V1", "PCBA-GW10-V4", "PCBA-BMS16-V2",
          "PCBA-CHG60-V3", "PCBA-HMI7-V1", "PCBA-MC300-V1", "PCBA-PS650-V1", "PCBA-LD120-V2",
          "PCBA-GW20-V1", "PCBA-IO16-V3"]
CUSTOMERS = [f"客户{i:03d}电子有限公司" for i in range(120)]
# (cause, weight, [(root cause, process, department)])
CAUSES = [
    ("production", 40, [("U12 MCU 虚焊：回流焊峰值温度偏低", "SMT贴片", "生产部"),
                        ("J3 端子冷焊、锡量不足", "波峰焊", "生产部"),
                        ("C12 电解电容极性插反", "手工插件", "生产部"),
                        ("C31 分板应力裂纹漏电", "分板", "生产部"),
                        ("U5 BGA 焊球空洞率超标", "SMT贴片", "生产部")]),
    ("material", 20, [("Q3 MOSFET 耐压不足，疑似翻新料", "来料检验", "品质部"),
                      ("C45 电解电容 ESR 超标", "来料检验", "品质部"),
                      ("Y1 晶振低温起振裕量不足", "来料检验", "品质部")]),
    ("inspection", 10, [("U7 锡桥短路，AOI 漏判", "AOI检测", "品质部"),
                        ("外观划伤 OQC 漏检", "OQC", "品质部")]),
    ("design", 8, [("R7 限流电阻降额不足", "电路设计", "技术部"),
                   ("固件未喂狗，低温死机", "固件设计", "技术部")]),
    ("customer", 15, [("输入电源反接", "客户使用", "客户"), ("进水腐蚀", "客户使用", "客户")]),
    ("nff", 7, [("72 小时老化未复现", "未复现 (无责任工序)", "技术部")]),
]
UNITS_PER_RMA = [(1, 40), (2, 20), (3, 15), (5, 10), (10, 10), (20, 5)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))]


def generate(records: int, span_weeks: int):  # noqa: ANN201
    """Rows for every table, in id order; ids are assigned here so rows can refer to them."""
    rng = random.Random(SEED)
    first_day = END.shift(-(span_weeks - 1)).monday
    last_moment = datetime.combine(END.sunday, dtime(18), tzinfo=CN)
    span_seconds = (last_moment - datetime.combine(first_day, dtime(8), tzinfo=CN)
                    ).total_seconds() - 20 * 86400
    cause_keys = [c for c, w, _ in CAUSES for _ in range(w)]
    roots = {c: r for c, _, r in CAUSES}
    sizes = [n for n, w in UNITS_PER_RMA for _ in range(w)]
    rmas, units, recs, notes, escalations, notices = [], [], [], [], [], []
    serials: list[str] = []
    unit_id = rma_id = 0
    while len(recs) < records:
        rma_id += 1
        received = (datetime.combine(first_day, dtime(8), tzinfo=CN)
                    + timedelta(seconds=rng.random() * span_seconds)).astimezone(UTC)
        due = (received.astimezone(CN) + timedelta(days=10)).date()
        model = rng.choice(MODELS)
        shipped_serials, last_done, non_customer = [], received, 0
        count = rng.choice(sizes)
        in_rma: set[str] = set()
        for _ in range(count):
            unit_id += 1
            serial = ""
            if serials and rng.random() < 0.03:
                serial = rng.choice(serials[-5000:])  # a unit back within weeks or months
            if not serial or serial in in_rma:
                serial = f"SN{unit_id:09d}"
                serials.append(serial)
            in_rma.add(serial)
            cause = rng.choice(cause_keys)
            root, process, dept = rng.choice(roots[cause])
            if rng.random() < 0.01:
                # No fault found at screening, released by the QC supervisor: no repair.
                cause = "nff"
                decided = received + timedelta(days=rng.uniform(1, 3))
                escalations.append({
                    "kind": "nff", "rma_id": rma_id, "unit_id": unit_id, "slip_no": None,
                    "raised_by": 1, "note": "no fault found", "status": "decided",
                    "decision": "return_to_customer", "decision_reason": "复测正常",
                    "decided_by": 1, "decided_at": decided, "raised_at": received,
                    "version": 2})
                done = decided
            else:
                done = received + timedelta(days=rng.uniform(0.5, 9))
                loops = 1 if rng.random() < 0.1 else 0
                for loop in range(loops + 1):
                    recs.append({
                        "unit_id": unit_id, "kind": "repair", "symptom": "不良",
                        "root_cause": root, "cause_category": cause,
                        "responsible_process": process, "responsible_department": dept,
                        "actions": "维修", "repair_minutes": rng.randint(15, 180),
                        "repairer_id": 1, "loop_no": loop, "completed_at": done})
                    if loop < loops:
                        done += timedelta(days=rng.uniform(0.5, 3))
                if cause not in ("customer", "nff"):
                    non_customer += 1
            last_done = max(last_done, done)
            shipped = done + timedelta(days=rng.uniform(0.2, 5))
            ships = shipped < last_moment.astimezone(UTC)
            if ships:
                shipped_serials.append(serial)
            units.append({
                "id": unit_id, "rma_id": rma_id, "serial": serial,
                "state": "shipped" if ships else "repaired",
                "custody": "customer" if ships else "repair", "work_kind": "repair",
                "rework_loops": 0, "loop_allowance": 0, "due_confirmed": True,
                "disposition": None, "replacement_serial": None, "cause_category": cause,
                "repeat_count": 0, "serial_generated": False, "pending_test": None,
                "pending_tester_id": None, "pending_measurements": [], "version": 3})
        closed = len(shipped_serials) == count
        rmas.append({
            "id": rma_id, "rma_no": f"RMA-{rma_id:07d}", "customer": rng.choice(CUSTOMERS), "model": model,
            "declared_qty": count, "counted_qty": count, "complaint": "返修",
            "requirement": "repair", "billing": "warranty", "due_date": due, "batch": False,
            "storage_location": "", "received_by": None,
            "status": "closed" if closed else "open", "complaint_notice_raised": False,
            "received_at": received, "version": 5})
        if shipped_serials:
            shipped_at = last_done + timedelta(days=rng.uniform(0.2, 5))
            notes.append({
                "note_no": f"SHN-{rma_id:07d}", "rma_id": rma_id, "carrier": "顺丰速运",
                "tracking_no": f"SF{rma_id:010d}", "shipped_by": 1, "serials": shipped_serials,
                "replacements": [], "label": {"model": model, "quantity": len(shipped_serials)},
                "shipped_at": shipped_at})
            if non_customer and rng.random() < 0.3:
                rmas[-1]["complaint_notice_raised"] = True
                notices.append({
                    "notice_no": f"CCN-{rma_id:07d}", "rma_id": rma_id,
                    "non_customer_units": non_customer, "shipped_qty": len(shipped_serials),
                    "causes": {"production": non_customer}, "status": "open",
                    "raised_at": shipped_at, "version": 1})
    return {"rmas": rmas, "units": units, "repair_records": recs, "shipping_notes": notes,
            "escalations": escalations, "complaint_notices": notices}


ORDER = ["rmas", "units", "repair_records", "shipping_notes", "escalations",
         "complaint_notices"]


def load(engine, data) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(m.UserRow.__table__).values(
            id=1, username="bench", display_name="bench", roles="tech_supervisor",
            password_hash="!", failed_logins=0, locked=False, disabled=False, version=1))
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    if engine.dialect.name == "postgresql":
        _copy(engine, tables, data)
    else:
        for name in ORDER:
            rows = data[name]
            with engine.begin() as conn:
                for i in range(0, len(rows), BATCH):
                    conn.execute(insert(tables[name]), rows[i:i + BATCH])
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - t0


def _copy(engine, tables, data) -> None:  # noqa: ANN001
    from psycopg.types.json import Json

    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for name in ORDER:
            rows = data[name]
            columns = list(rows[0])
            json_cols = {c for c in columns if str(tables[name].c[c].type) == "JSON"}
            with cur.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([Json(row[c]) if c in json_cols else row[c]
                                    for c in columns])
            # ids were given explicitly: move the sequences past them, as the app expects.
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))")
        raw.commit()
    finally:
        raw.close()


def timed(fn, rounds: int = ROUNDS) -> dict:  # noqa: ANN001
    fn()  # warm the caches once, as a report opened a second time would find them
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return {"p50": percentile(times, 50), "max": max(times), "mean": statistics.fmean(times)}


def run_backend(name: str, url: str, records: int, span: int, data) -> dict:  # noqa: ANN001
    engine = make_engine(url)
    upgrade(engine)
    load_s = load(engine, data)
    build = facts.refresh(engine)
    week = weekly_report(engine, END, today=TODAY)
    trend = weekly_trend(engine, end=END, weeks=52, today=TODAY)
    with engine.connect() as conn:
        fact_rows = conn.scalar(select(func.count()).select_from(
            m.Base.metadata.tables["report_unit_weeks"]))
    result = {
        "backend": name, "records": len(data["repair_records"]), "rmas": len(data["rmas"]),
        "units": len(data["units"]), "span_weeks": span, "summary_rows": fact_rows,
        "load_s": load_s, "summary_build_s": build.seconds,
        "week_units": week.figures.units,
        "trend_units": sum(f.units for f in trend),
        "weekly_s": timed(lambda: weekly_report(engine, END, today=TODAY)),
        "trend_s": timed(lambda: weekly_trend(engine, end=END, weeks=52, today=TODAY)),
        "noop_refresh_s": timed(lambda: facts.refresh(engine)),
    }

    def after_a_repair() -> None:
        # What a bench does between two reports: one more repair on one RMA.
        with engine.begin() as conn:
            rma_id, unit_id = conn.execute(
                select(m.UnitRow.rma_id, m.UnitRow.id).order_by(m.UnitRow.id.desc()).limit(1)
            ).one()
            conn.execute(insert(m.RepairRecordRow.__table__).values(
                unit_id=unit_id, kind="repair", symptom="不良", root_cause="U12 虚焊",
                cause_category="production", responsible_process="SMT贴片",
                responsible_department="生产部", actions="补焊", repair_minutes=30,
                repairer_id=1, loop_no=0))
            conn.execute(update(m.RmaRow).where(m.RmaRow.id == rma_id)
                         .values(version=m.RmaRow.version + 1))
        weekly_report(engine, END, today=TODAY)

    result["weekly_after_one_repair_s"] = timed(after_a_repair)
    engine.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--span-weeks", type=int, default=104,
                        help="ISO weeks the history spans, ending 2026-W47 (default 104)")
    parser.add_argument("--sqlite-only", action="store_true")
    args, _ = parser.parse_known_args()  # benchmarks/run.py passes its own options to all
    t0 = time.perf_counter()
    data = generate(args.records, args.span_weeks)
    print(f"generated {len(data['repair_records']):,} repair records, {len(data['units']):,} "
          f"units, {len(data['rmas']):,} RMAs over {args.span_weeks} weeks in "
          f"{time.perf_counter() - t0:.0f} s", flush=True)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(run_backend("sqlite", f"sqlite:///{tmp}/bench.db", args.records,
                                   args.span_weeks, data))
        print(f"sqlite done: {results[-1]['weekly_s']['p50']:.3f} s per week", flush=True)
        if not args.sqlite_only:
            from tests.pg import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is None:
                print("PostgreSQL server binaries not found: PostgreSQL skipped",
                      file=sys.stderr)
            else:
                server = PgServer(bindir)
                try:
                    server.init()
                    server.start()
                    server.admin("CREATE DATABASE bench")
                    results.append(run_backend("postgresql", server.url("bench"),
                                               args.records, args.span_weeks, data))
                finally:
                    server.cleanup()
    print(f"weekly report and 52-week trend, {args.records:,} repair records over "
          f"{args.span_weeks} weeks (targets: week < 0.5 s, trend < 2 s)")
    print(f"{'backend':<12}{'load':>8}{'summary':>9}{'week p50':>10}{'max':>8}"
          f"{'trend p50':>11}{'max':>8}{'no-op':>8}{'+1 repair':>11}")
    for r in results:
        print(f"{r['backend']:<12}{r['load_s']:>7.0f}s{r['summary_build_s']:>8.0f}s"
              f"{r['weekly_s']['p50']:>9.3f}s{r['weekly_s']['max']:>7.3f}s"
              f"{r['trend_s']['p50']:>10.3f}s{r['trend_s']['max']:>7.3f}s"
              f"{r['noop_refresh_s']['p50']:>7.3f}s"
              f"{r['weekly_after_one_repair_s']['p50']:>10.3f}s")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_reports.json").write_text(json.dumps(results, indent=1))
    ok = all(r["weekly_s"]["max"] < 0.5 and r["trend_s"]["max"] < 2.0 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
