"""The yield figures and `trace datecode` at two history sizes: the read is bounded by the
period (or the date-code range), not by the history (issue 17.5, 17.1).

The database is bench_trace's (RMAs, units with lots and date codes, a repair record for every
fifth unit) plus a re-inspection for every repaired unit (OQC PASS; every tenth unit's test
FAILs first). Each size is timed on the same 2-week window and the same date-code range,
``yield_report`` (its unit of work and its four reads) next to the raw queries that count the
same rows, and ``trace_datecode`` (limit 1000) next to its raw indexed query.

Run: python benchmarks/bench_yields.py [--sizes 100000 1000000] [--rounds 20] [--sqlite-only]
Writes benchmarks/results/bench_yields.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from benchapp.db.engine import make_engine  # noqa: E402
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork  # noqa: E402
from benchapp.reports.yields import YieldRange  # noqa: E402
from benchapp.services import trace  # noqa: E402
from benchapp.services.yields import yield_report  # noqa: E402
from benchmarks.bench_trace import build  # noqa: E402

# Inside every size's history (repair records run from 2021-01-02 at one per 150 s, RMAs
# from 2021-01-01 at one per 25 min): the same rows at every size. Shop clock UTC+8.
WEEKS = ("2021-W02", "2021-W03")
START, END = datetime(2021, 1, 10, 16, tzinfo=UTC), datetime(2021, 1, 24, 16, tzinfo=UTC)
DATE_CODES = ("2110", "2112")
RAW_YIELDS = (
    "SELECT count(*) FROM reinspections WHERE at >= :s AND at < :e",
    ("SELECT count(*), sum(repair_minutes) FROM repair_records "
     "WHERE completed_at >= :s AND completed_at < :e"),
    ("SELECT DISTINCT delivery_id FROM rmas WHERE received_at >= :s AND received_at < :e "
     "AND delivery_id IS NOT NULL ORDER BY delivery_id LIMIT 1001"),
)
RAW_RETURNED = ("SELECT r.delivery_id, r.model, count(DISTINCT u.serial) FROM rmas r "
                "JOIN units u ON u.rma_id = r.id WHERE r.delivery_id IN ({ids}) "
                "GROUP BY r.delivery_id, r.model")
RAW_DATECODE = ("SELECT u.id, r.rma_no, u.serial FROM units u JOIN rmas r ON r.id = u.rma_id "
                "WHERE u.date_code >= :a AND u.date_code <= :b ORDER BY u.date_code, u.id "
                "LIMIT 1001")


def add_reinspections(url: str) -> int:
    engine = make_engine(url)
    dialect = engine.dialect.name
    hour = ("completed_at + interval '1 hour'" if dialect == "postgresql"
            else "datetime(completed_at, '+1 hour')")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO reinspections (unit_id, stage, verdict, inspector_id, loop_no, notes, "
            f"measurements, at) SELECT unit_id, CASE WHEN id % 10 = 0 THEN 'test' ELSE 'oqc' "
            f"END, CASE WHEN id % 10 = 0 THEN 'FAIL' ELSE 'PASS' END, 1, 0, '', '[]', {hour} "
            "FROM repair_records"))
        conn.execute(text("ANALYZE"))
        n = int(conn.scalar(text("SELECT count(*) FROM reinspections")))
    engine.dispose()
    return n


def _p(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[int(0.95 * (len(values) - 1))]


def measure(url: str, rounds: int) -> dict[str, Any]:
    engine = make_engine(url)
    period = YieldRange.parse(*WEEKS)
    report = yield_report(SqlAlchemyUnitOfWork(engine), period)  # warm: pool, compiled SQL
    found = trace.trace_datecode(SqlAlchemyUnitOfWork(engine), *DATE_CODES)
    timings: dict[str, list[float]] = {"yields": [], "yields_raw": [], "datecode": [],
                                       "datecode_raw": []}
    for _ in range(rounds):
        start = time.perf_counter()
        yield_report(SqlAlchemyUnitOfWork(engine), period)
        timings["yields"].append((time.perf_counter() - start) * 1000)
        with engine.connect() as conn:
            start = time.perf_counter()
            for sql in RAW_YIELDS:
                rows = conn.execute(text(sql), {"s": START, "e": END}).all()
            ids = ", ".join(str(r[0]) for r in rows)  # the deliveries, as the report finds them
            conn.execute(text(RAW_RETURNED.format(ids=ids))).all()
            timings["yields_raw"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        trace.trace_datecode(SqlAlchemyUnitOfWork(engine), *DATE_CODES)
        timings["datecode"].append((time.perf_counter() - start) * 1000)
        with engine.connect() as conn:
            start = time.perf_counter()
            conn.execute(text(RAW_DATECODE), {"a": DATE_CODES[0], "b": DATE_CODES[1]}).all()
            timings["datecode_raw"].append((time.perf_counter() - start) * 1000)
    engine.dispose()
    out: dict[str, Any] = {"rounds": rounds, "window": list(WEEKS),
                           "reinspected": report.total.reinspected,
                           "repairs": report.total.repairs,
                           "deliveries": len(report.deliveries),
                           "datecode_units": len(found.units)}
    for name, values in timings.items():
        out[f"{name}_p50_ms"], out[f"{name}_p95_ms"] = _p(values)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {"at": datetime.now().isoformat(timespec="seconds"),
                               "runs": []}
    with tempfile.TemporaryDirectory(prefix="bench-yields-") as tmp:
        server = None
        if not args.sqlite_only:
            from tests.pg import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is not None:
                server = PgServer(bindir)
                server.init()
                server.start()
        try:
            for units in args.sizes:
                backends = [("sqlite", f"sqlite:///{Path(tmp) / f'y{units}.db'}")]
                if server is not None:
                    server.admin(f"CREATE DATABASE y{units}")
                    backends.append(("postgresql", server.url(f"y{units}")))
                for backend, url in backends:
                    counts = build(url, units)
                    counts["reinspections"] = add_reinspections(url)
                    figures = measure(url, args.rounds)
                    results["runs"].append({"backend": backend, "units": units,
                                            "counts": counts, **figures})
                    print(f"{backend} {units} units ({counts['repair_records']} repairs, "
                          f"{counts['reinspections']} re-inspections): window "
                          f"{figures['reinspected']} re-inspected, {figures['repairs']} "
                          f"repairs, {figures['deliveries']} deliveries")
                    print(f"  report yields   p50 {figures['yields_p50_ms']:.1f} ms  p95 "
                          f"{figures['yields_p95_ms']:.1f} ms  (raw queries p50 "
                          f"{figures['yields_raw_p50_ms']:.1f} ms)")
                    print(f"  trace datecode  p50 {figures['datecode_p50_ms']:.1f} ms  p95 "
                          f"{figures['datecode_p95_ms']:.1f} ms  (raw p50 "
                          f"{figures['datecode_raw_p50_ms']:.1f} ms, "
                          f"{figures['datecode_units']} units)")
        finally:
            if server is not None:
                server.cleanup()
    out = ROOT / "benchmarks" / "results" / "bench_yields.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
