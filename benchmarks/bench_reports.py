"""Weekly report and 52-week trend at 1,000,000 repair records, next to raw SQL, on SQLite and
PostgreSQL.

Run: python benchmarks/bench_reports.py [--records N] [--span-weeks W] [--rounds R]
[--sqlite-only]. Writes benchmarks/results/bench_reports.json. Targets (issue 11): the weekly
report <= 50 ms and the 52-week trend <= 1 s on both backends, each timed through the service
(``benchapp.services.reports``, the check that the summary tables are current included) in
the same run as the best raw SQL for the same figures.

The history is generated from a fixed seed, the same on every run, and loaded with bulk
inserts (executemany on SQLite, COPY on PostgreSQL), not through the services, numbered and
stored in the order things happened (as the app writes them): 200 models,
the six cause categories, about 3.8 units per RMA, one unit in ten repaired twice (a failed
re-inspection), 1 % of units released as no-fault-found without a repair, 3 % of serials coming
back, complaint notices on a share of RMAs. It spans ``--span-weeks`` ISO weeks (default 261,
five years) ending with 2026-W47; the week measured is 2026-W43, which has data (the run
fails if it has none), and the trend is the 52 weeks ending with it. The summary tables are
built once (timed: what the first report after the upgrade costs), then ANALYZE runs, as
autovacuum or the app's own maintenance would after a bulk change.

Raw references, timed round by round next to the service call:
- ``raw week (records)``: one statement over repair_records (its completed_at index),
  escalations, units and rmas giving the week's units by cause, model, process and department,
  repaired units, records, minutes and repeat repairs; a unit counts once a week, classified by
  its last repair (docs/reports.md). Its figures are checked equal to the report's.
- ``raw week (summary)``: the same figures from the summary table the service reads.
- ``raw trend (records)``: one statement over the records giving each of the 52 weeks'
  repaired units by cause, records and minutes; checked equal to the trend's.
The service computes more than the raw statements (on-time and late units, repeat returns,
complaint notices, root causes, corrective actions, follow-ups): the raw time is a floor.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as dtime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import bindparam, insert, text, update  # noqa: E402

from benchapp.db import models as m  # noqa: E402
from benchapp.db.engine import make_engine  # noqa: E402
from benchapp.db.migrate import upgrade  # noqa: E402
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork  # noqa: E402
from benchapp.domain.calendar import IsoWeek, weeks_ending  # noqa: E402
from benchapp.domain.stats import CAUSE_KEYS  # noqa: E402
from benchapp.services import reports  # noqa: E402

END = IsoWeek(2026, 47)
WEEK = IsoWeek(2026, 43)
TREND_WEEKS = 52
TODAY = date(2026, 11, 22)
OFFSET = 480  # the shop's default clock, UTC+8
CN = timezone(timedelta(minutes=OFFSET))
SEED = 20260704
ROUNDS = 7
BATCH = 20_000
WEEK_TARGET_S, TREND_TARGET_S = 0.050, 1.0

FAMILIES = ["MC", "PS", "LD", "GW", "BMS", "CHG", "HMI", "IO", "DRV", "SEN"]
MODELS = [f"PCBA-{f}{n}-V{v}" for f in FAMILIES for n in (10, 20, 40, 80, 120) for v in (1, 2, 3, 4)]
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
assert {c for c, _, _ in CAUSES} == set(CAUSE_KEYS)
assert len(MODELS) == 200
UNITS_PER_RMA = [(1, 40), (2, 20), (3, 15), (5, 10), (10, 10), (20, 5)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))]


def generate(records: int, span_weeks: int) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table, in id order; ids are assigned here so rows can refer to them."""
    rng = random.Random(SEED)
    first_day = END.shift(-(span_weeks - 1)).monday
    last_moment = datetime.combine(END.sunday, dtime(18), tzinfo=CN)
    span_seconds = (last_moment - datetime.combine(first_day, dtime(8), tzinfo=CN)
                    ).total_seconds() - 20 * 86400
    cause_keys = [c for c, w, _ in CAUSES for _ in range(w)]
    roots = {c: r for c, _, r in CAUSES}
    sizes = [n for n, w in UNITS_PER_RMA for _ in range(w)]
    rmas: list[dict[str, Any]] = []
    units: list[dict[str, Any]] = []
    recs: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    escalations: list[dict[str, Any]] = []
    notices: list[dict[str, Any]] = []
    serials: list[str] = []
    unit_id = rma_id = 0
    while len(recs) < records:
        rma_id += 1
        received = (datetime.combine(first_day, dtime(8), tzinfo=CN)
                    + timedelta(seconds=rng.random() * span_seconds)).astimezone(UTC)
        due = (received.astimezone(CN) + timedelta(days=10)).date()
        model = rng.choice(MODELS)
        shipped_serials: list[str] = []
        last_done, non_customer = received, 0
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
            "id": rma_id, "rma_no": f"RMA-{rma_id:07d}", "customer": rng.choice(CUSTOMERS),
            "model": model, "declared_qty": count, "counted_qty": count, "complaint": "返修",
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
    return in_time_order({"rmas": rmas, "units": units, "repair_records": recs,
                          "shipping_notes": notes, "escalations": escalations,
                          "complaint_notices": notices})


def in_time_order(data: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Number RMAs and units in the order they were received and store every row in the order
    it happened, as the app does: an RMA's number comes from a counter at receipt and rows
    are written as the work is done. (Drawn RMA by RMA, the history would scatter one week's
    rows over the whole of every table, a layout no shop's database has.)"""
    rmas = sorted(data["rmas"], key=lambda r: (r["received_at"], r["id"]))
    rma_ids = {r["id"]: n for n, r in enumerate(rmas, 1)}
    for r in rmas:
        r["id"] = rma_ids[r["id"]]
        r["rma_no"] = f"RMA-{r['id']:07d}"
    units = sorted(data["units"], key=lambda u: (rma_ids[u["rma_id"]], u["id"]))
    unit_ids = {u["id"]: n for n, u in enumerate(units, 1)}
    for u in units:
        u["id"], u["rma_id"] = unit_ids[u["id"]], rma_ids[u["rma_id"]]
    for row in data["repair_records"]:
        row["unit_id"] = unit_ids[row["unit_id"]]
    for row in data["escalations"]:
        row["unit_id"], row["rma_id"] = unit_ids[row["unit_id"]], rma_ids[row["rma_id"]]
    for row in data["shipping_notes"]:
        row["rma_id"] = rma_ids[row["rma_id"]]
        row["note_no"], row["tracking_no"] = f"SHN-{row['rma_id']:07d}", f"SF{row['rma_id']:010d}"
    for row in data["complaint_notices"]:
        row["rma_id"] = rma_ids[row["rma_id"]]
        row["notice_no"] = f"CCN-{row['rma_id']:07d}"
    return {
        "rmas": rmas, "units": units,
        "repair_records": sorted(data["repair_records"], key=lambda r: r["completed_at"]),
        "shipping_notes": sorted(data["shipping_notes"], key=lambda r: r["shipped_at"]),
        "escalations": sorted(data["escalations"], key=lambda r: r["raised_at"]),
        "complaint_notices": sorted(data["complaint_notices"], key=lambda r: r["raised_at"]),
    }


ORDER = ["rmas", "units", "repair_records", "shipping_notes", "escalations",
         "complaint_notices"]


def load(engine: Any, data: dict[str, list[dict[str, Any]]]) -> float:
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
    analyze(engine)
    return time.perf_counter() - t0


def _copy(engine: Any, tables: dict[str, Any], data: dict[str, list[dict[str, Any]]]) -> None:
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


def analyze(engine: Any) -> None:
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))


# -- the raw references ------------------------------------------------------------------------

TS = m.RepairRecordRow.__table__.c.completed_at.type

RAW_WEEK = text("""
WITH w AS (
  SELECT r.unit_id, r.loop_no,
         ROW_NUMBER() OVER (PARTITION BY r.unit_id ORDER BY r.completed_at DESC, r.id DESC) AS rn,
         COUNT(*) OVER (PARTITION BY r.unit_id) AS n,
         SUM(r.repair_minutes) OVER (PARTITION BY r.unit_id) AS minutes
  FROM repair_records r
  WHERE r.completed_at >= :start AND r.completed_at < :end
),
f AS (
  SELECT r.unit_id, r.completed_at, r.cause_category, r.responsible_process,
         r.responsible_department,
         ROW_NUMBER() OVER (PARTITION BY r.unit_id ORDER BY r.completed_at, r.id) AS rn
  FROM repair_records r WHERE r.unit_id IN (SELECT unit_id FROM w)
),
x AS (
  SELECT w.unit_id,
         CASE WHEN f.completed_at >= :start AND f.completed_at < :end THEN 1 ELSE 0 END
           AS failure,
         f.cause_category AS cause, f.responsible_process AS process,
         f.responsible_department AS department, w.n, w.minutes, w.loop_no
  FROM w JOIN f ON f.unit_id = w.unit_id AND f.rn = 1
  WHERE w.rn = 1
  UNION ALL
  SELECT DISTINCT e.unit_id,
         CASE WHEN EXISTS (SELECT 1 FROM repair_records r WHERE r.unit_id = e.unit_id)
           THEN 0 ELSE 1 END,
         'nff', '', '', 0, 0, 0 FROM escalations e
  WHERE e.kind = 'nff' AND e.decision = 'return_to_customer' AND e.unit_id IS NOT NULL
    AND e.decided_at >= :start AND e.decided_at < :end
    AND NOT EXISTS (SELECT 1 FROM w WHERE w.unit_id = e.unit_id)
)
SELECT x.failure, x.cause, a.model, x.process, x.department, COUNT(*) AS units,
       SUM(x.n) AS records, SUM(x.minutes) AS minutes,
       SUM(CASE WHEN x.n > 0 AND x.loop_no > 0 THEN 1 ELSE 0 END) AS repeat_units
FROM x JOIN units u ON u.id = x.unit_id JOIN rmas a ON a.id = u.rma_id
GROUP BY x.failure, x.cause, a.model, x.process, x.department
""").bindparams(bindparam("start", type_=TS), bindparam("end", type_=TS))

RAW_WEEK_SUMMARY = text("""
SELECT first_failure AS failure, cause_category AS cause, model,
       responsible_process AS process, responsible_department AS department,
       COUNT(*) AS units, SUM(records) AS records, SUM(minutes) AS minutes,
       SUM(CASE WHEN records > 0 AND loops > 0 THEN 1 ELSE 0 END) AS repeat_units
FROM report_unit_weeks WHERE iso_week = :week
GROUP BY first_failure, cause_category, model, responsible_process, responsible_department
""")

BUCKET = {
    "sqlite": "CAST((julianday(r.completed_at) - julianday(:t0)) / 7 AS INTEGER)",
    "postgresql": "CAST(FLOOR(EXTRACT(EPOCH FROM (r.completed_at - :t0)) / 604800) AS INTEGER)",
}


def raw_trend_statement(dialect: str) -> Any:
    return text(f"""
WITH r AS (
  SELECT {BUCKET[dialect]} AS wk, r.cause_category, r.repair_minutes,
         ROW_NUMBER() OVER (PARTITION BY r.unit_id, {BUCKET[dialect]}
                            ORDER BY r.completed_at DESC, r.id DESC) AS rn
  FROM repair_records r
  WHERE r.completed_at >= :start AND r.completed_at < :end
)
SELECT wk, cause_category, SUM(CASE WHEN rn = 1 THEN 1 ELSE 0 END) AS units,
       COUNT(*) AS records, SUM(repair_minutes) AS minutes
FROM r GROUP BY wk, cause_category
""").bindparams(bindparam("start", type_=TS), bindparam("end", type_=TS),
                bindparam("t0", type_=TS))


def week_of_rows(rows: list[Any]) -> dict[str, Any]:
    """The figures the raw statements give, in the report's terms: the cause figures count
    the units whose first failure falls in the week, the repair work every unit repaired."""
    by_cause: Counter[str] = Counter()
    by_model: Counter[str] = Counter()
    by_process: Counter[str] = Counter()
    by_department: Counter[str] = Counter()
    units = records = minutes = repaired = repeat = 0
    for r in rows:
        records += int(r.records)
        minutes += int(r.minutes)
        repeat += int(r.repeat_units)
        if r.records:
            repaired += r.units
        if not r.failure:
            continue
        units += r.units
        by_cause[r.cause] += r.units
        by_model[r.model] += r.units
        if r.records:
            by_process[r.process] += r.units
            by_department[r.department] += r.units
    return {"units": units, "repaired_units": repaired, "repair_records": records,
            "repair_minutes": minutes, "repeat_repair_units": repeat,
            "by_cause": {k: by_cause.get(k, 0) for k in CAUSE_KEYS},
            "by_model": dict(by_model), "by_process": dict(by_process),
            "by_department": dict(by_department)}


def report_figures(report: Any) -> dict[str, Any]:
    f = report.figures
    return {"units": f.units, "repaired_units": f.repaired_units,
            "repair_records": f.repair_records, "repair_minutes": f.repair_minutes,
            "repeat_repair_units": f.repeat_repair_units, "by_cause": dict(f.by_cause),
            "by_model": dict(report.by_model), "by_process": dict(report.by_process),
            "by_department": dict(report.by_department)}


def trend_of_rows(rows: list[Any], weeks: list[IsoWeek]) -> list[tuple[int, int, int]]:
    out: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        cell = out[int(r.wk)]
        cell[0] += int(r.units)
        cell[1] += int(r.records)
        cell[2] += int(r.minutes)
    return [tuple(out[i]) for i in range(len(weeks))]  # type: ignore[misc]


# -- timing ---------------------------------------------------------------------------------


def timed_side_by_side(calls: dict[str, Callable[[], Any]], rounds: int) -> dict[str, dict]:
    """Each call once to warm the caches (a report opened a second time finds them warm),
    then ``rounds`` rounds of every call in turn: the service and its raw reference share the
    machine's load of the moment."""
    for fn in calls.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, fn in calls.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: {"p50": percentile(t, 50), "max": max(t), "mean": statistics.fmean(t)}
            for name, t in times.items()}


def run_backend(name: str, url: str, span: int, rounds: int,
                data: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    engine = make_engine(url)
    upgrade(engine)
    load_s = load(engine, data)
    uow = SqlAlchemyUnitOfWork(engine)

    def progress(done: int, total: int) -> None:
        if done % 50_000 < reports.RMA_CHUNK or done == total:
            print(f"  {name}: summary {done:,}/{total:,} RMAs", flush=True)

    build = reports.refresh_summary(uow, progress=progress)
    analyze(engine)
    trend_span = weeks_ending(WEEK, TREND_WEEKS)
    start, end = WEEK.bounds(OFFSET)
    t_start, _ = trend_span[0].bounds(OFFSET)
    _, t_end = trend_span[-1].bounds(OFFSET)
    raw_trend = raw_trend_statement(engine.dialect.name)

    def service_week() -> Any:
        return reports.weekly_report(uow, WEEK, today=TODAY)

    def service_trend() -> Any:
        return reports.weekly_trend(uow, end=WEEK, weeks=TREND_WEEKS, today=TODAY)

    def raw_week() -> list[Any]:
        with engine.connect() as conn:
            return conn.execute(RAW_WEEK, {"start": start, "end": end}).all()

    def raw_week_summary() -> list[Any]:
        with engine.connect() as conn:
            return conn.execute(RAW_WEEK_SUMMARY, {"week": WEEK.key}).all()

    def raw_trend_rows() -> list[Any]:
        with engine.connect() as conn:
            return conn.execute(raw_trend, {"start": t_start, "end": t_end,
                                            "t0": t_start}).all()

    # The same figures, or the comparison means nothing.
    report = service_week()
    if report.figures.units == 0:
        raise SystemExit(f"{WEEK} has no data: the benchmark would time an empty week")
    mine = report_figures(report)
    for label, rows in (("raw week (records)", raw_week()),
                        ("raw week (summary)", raw_week_summary())):
        if week_of_rows(rows) != mine:
            raise SystemExit(f"{name}: {label} disagrees with the report:\n"
                             f"{week_of_rows(rows)}\n{mine}")
    trend = service_trend()
    service_rows = [(f.repaired_units, f.repair_records, f.repair_minutes) for f in trend]
    if trend_of_rows(raw_trend_rows(), trend_span) != service_rows:
        raise SystemExit(f"{name}: the raw trend disagrees with the service's trend")

    week_times = timed_side_by_side({"service": service_week, "raw_records": raw_week,
                                     "raw_summary": raw_week_summary}, rounds)
    trend_times = timed_side_by_side({"service": service_trend, "raw_records": raw_trend_rows},
                                     rounds)
    noop = timed_side_by_side({"refresh": lambda: reports.refresh_summary(uow)}, rounds)

    def after_a_repair() -> None:
        # What a bench does between two reports: one more repair on one RMA of the week.
        with engine.begin() as conn:
            rma_id, unit_id = conn.execute(text(
                "SELECT u.rma_id, u.id FROM report_unit_weeks f JOIN units u ON u.id = f.unit_id "
                "WHERE f.iso_week = :w AND f.records > 0 ORDER BY f.unit_id LIMIT 1"),
                {"w": WEEK.key}).one()
            conn.execute(insert(m.RepairRecordRow.__table__).values(
                unit_id=unit_id, kind="repair", symptom="不良", root_cause="U12 虚焊",
                cause_category="production", responsible_process="SMT贴片",
                responsible_department="生产部", actions="补焊", repair_minutes=30,
                repairer_id=1, loop_no=0, completed_at=start + timedelta(hours=30)))
            conn.execute(update(m.RmaRow).where(m.RmaRow.id == rma_id)
                         .values(version=m.RmaRow.version + 1))
        service_week()

    repair = timed_side_by_side({"service": after_a_repair}, rounds)
    result = {
        "backend": name, "records": len(data["repair_records"]), "rmas": len(data["rmas"]),
        "units": len(data["units"]), "models": len(MODELS), "span_weeks": span,
        "week": str(WEEK), "week_units": report.figures.units,
        "week_records": report.figures.repair_records,
        "trend_units": sum(f.units for f in trend), "load_s": load_s,
        "summary_build_s": build.seconds, "summary_rmas": build.rmas,
        "weekly_s": week_times["service"], "weekly_raw_records_s": week_times["raw_records"],
        "weekly_raw_summary_s": week_times["raw_summary"],
        "trend_s": trend_times["service"], "trend_raw_records_s": trend_times["raw_records"],
        "noop_refresh_s": noop["refresh"], "weekly_after_one_repair_s": repair["service"],
    }
    engine.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--span-weeks", type=int, default=261,
                        help="ISO weeks the history spans, ending 2026-W47 (default 261: "
                        "five years)")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--sqlite-only", action="store_true")
    args, _ = parser.parse_known_args()  # benchmarks/run.py passes its own options to all
    t0 = time.perf_counter()
    data = generate(args.records, args.span_weeks)
    print(f"generated {len(data['repair_records']):,} repair records, {len(data['units']):,} "
          f"units, {len(data['rmas']):,} RMAs, {len(MODELS)} models over {args.span_weeks} "
          f"weeks in {time.perf_counter() - t0:.0f} s", flush=True)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(run_backend("sqlite", f"sqlite:///{tmp}/bench.db", args.span_weeks,
                                   args.rounds, data))
        print(f"sqlite done: {results[-1]['weekly_s']['p50'] * 1000:.1f} ms per week",
              flush=True)
    if not args.sqlite_only:
        from tests.pg import PgServer, find_bindir

        bindir = find_bindir()
        if bindir is None:
            print("PostgreSQL server binaries not found: PostgreSQL skipped", file=sys.stderr)
        else:
            server = PgServer(bindir)
            try:
                server.init()
                server.start()
                server.admin("CREATE DATABASE bench")
                results.append(run_backend("postgresql", server.url("bench"), args.span_weeks,
                                           args.rounds, data))
            finally:
                server.cleanup()
    print(f"\nweekly report of {WEEK} and the 52-week trend ending with it, "
          f"{results[0]['records']:,} repair records over {args.span_weeks} weeks, "
          f"{len(MODELS)} models; ms, p50 (max) of {args.rounds} rounds after one warm-up")
    print(f"targets: week <= {WEEK_TARGET_S * 1000:.0f} ms, trend <= "
          f"{TREND_TARGET_S * 1000:.0f} ms (service, refresh check included)")
    head = (f"{'backend':<11}{'week':>16}{'raw (records)':>16}{'raw (summary)':>16}"
            f"{'trend':>16}{'raw (records)':>16}{'no-op refresh':>15}{'+1 repair':>11}"
            f"{'summary build':>15}")
    print(head)

    def cell(t: dict[str, float]) -> str:
        return f"{t['p50'] * 1000:.1f} ({t['max'] * 1000:.1f})"

    for r in results:
        print(f"{r['backend']:<11}{cell(r['weekly_s']):>16}{cell(r['weekly_raw_records_s']):>16}"
              f"{cell(r['weekly_raw_summary_s']):>16}{cell(r['trend_s']):>16}"
              f"{cell(r['trend_raw_records_s']):>16}"
              f"{r['noop_refresh_s']['p50'] * 1000:>15.1f}"
              f"{r['weekly_after_one_repair_s']['p50'] * 1000:>11.1f}"
              f"{r['summary_build_s']:>14.0f}s")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_reports.json").write_text(json.dumps(results, indent=1))
    ok = all(r["weekly_s"]["p50"] <= WEEK_TARGET_S and r["trend_s"]["p50"] <= TREND_TARGET_S
             for r in results)
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
