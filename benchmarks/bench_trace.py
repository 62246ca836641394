"""`trace lot` on a million units: the service next to the raw indexed query (issue 17.1).

The database is built in a few SQL statements (INSERT ... SELECT over a generated series,
on SQLite and on a throwaway PostgreSQL): 100,000 RMAs of 10 units each over 10,000 deliveries,
10,000 production lots of 100 units spread over the whole history (a lot's units come back
on different RMAs, years apart), 260 date codes, and a repair record for every fifth unit.
Then `trace lot` (benchapp.services.trace.trace_lot: its unit of work, the lot read and the
causes read) is timed on random lots, next to the raw SQL that returns the same units
(`SELECT ... FROM units JOIN rmas ... WHERE production_lot = ?`).

Run: python benchmarks/bench_trace.py [--units 1000000] [--rounds 50] [--sqlite-only]
Writes benchmarks/results/bench_trace.json. Target: trace lot under 50 ms p50 on both.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from benchapp.db.engine import make_engine  # noqa: E402
from benchapp.db.migrate import upgrade  # noqa: E402
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork  # noqa: E402
from benchapp.services import trace  # noqa: E402

UNITS_PER_RMA = 10
UNITS_PER_LOT = 100
RMAS_PER_DELIVERY = 10
REPAIRED_EVERY = 5
RAW = ("SELECT u.id, r.rma_no, u.serial, r.model, r.customer, r.received_at, u.state, "
       "u.production_lot, u.date_code FROM units u JOIN rmas r ON r.id = u.rma_id "
       "WHERE u.production_lot = :lot ORDER BY u.id LIMIT 1001")


def _series(dialect: str, n: int) -> tuple[str, str]:
    """(prefix, FROM clause) yielding i = 1..n on the dialect."""
    if dialect == "postgresql":
        return "", f"generate_series(1, {n}) AS s(i)"
    return (f"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) ",
            "s")


def build(url: str, units: int) -> dict[str, int]:
    engine = make_engine(url)
    upgrade(engine)
    dialect = engine.dialect.name
    rmas = units // UNITS_PER_RMA
    deliveries = max(1, rmas // RMAS_PER_DELIVERY)
    lots = max(1, units // UNITS_PER_LOT)
    cat = "i % 5"
    if dialect == "postgresql":
        received = "timestamptz '2021-01-01' + (i * interval '25 minutes')"
        completed = "timestamptz '2021-01-02' + (i * interval '150 seconds')"
        text_of = "CAST({} AS TEXT)"
        mod = "MOD({}, {})"
    else:
        received = "datetime('2021-01-01', '+' || (i * 25) || ' minutes')"
        completed = "datetime('2021-01-02', '+' || (i * 150) || ' seconds')"
        text_of = "CAST({} AS TEXT)"
        mod = "(({}) % {})"
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO users (id, username, display_name, roles, password_hash, "
            "failed_logins, locked, disabled, version) VALUES (1, 'bench', 'bench', '[]', "
            "'x', 0, false, false, 1)"))
        pre, src = _series(dialect, deliveries)
        conn.execute(text(
            f"INSERT INTO deliveries (id, customer, delivery_no, delivered_qty, version) "
            f"{pre}SELECT i, 'Customer ' || {text_of.format(mod.format('i', 50))}, "
            f"'DN-' || {text_of.format('i')}, 1000, 1 FROM {src}"))
        pre, src = _series(dialect, rmas)
        conn.execute(text(
            f"INSERT INTO rmas (id, rma_no, customer, model, declared_qty, counted_qty, "
            f"complaint, requirement, billing, batch, storage_location, status, "
            f"complaint_notice_raised, received_at, delivery_id, version) "
            f"{pre}SELECT i, 'RMA-' || {text_of.format('i')}, "
            f"'Customer ' || {text_of.format(mod.format('i', 50))}, "
            f"'PCBA-' || {text_of.format(mod.format('i', 40))}, {UNITS_PER_RMA}, "
            f"{UNITS_PER_RMA}, 'no display', 'repair', 'warranty', false, '', 'closed', "
            f"false, {received}, 1 + {mod.format('i - 1', deliveries)}, 1 FROM {src}"))
        pre, src = _series(dialect, units)
        # Lot by i modulo the lot count: a lot's units come back on RMAs all over the history,
        # so its rows are scattered over the table, as they would be at a real shop.
        conn.execute(text(
            f"INSERT INTO units (id, rma_id, serial, state, custody, rework_loops, "
            f"loop_allowance, due_confirmed, repeat_count, serial_generated, "
            f"pending_measurements, production_lot, date_code, version) "
            f"{pre}SELECT i, 1 + (i - 1) / {UNITS_PER_RMA}, 'SN' || {text_of.format('i')}, "
            f"'shipped', 'customer', 0, 0, false, 0, false, '[]', "
            f"'WO-' || {text_of.format(mod.format('i', lots))}, "
            f"{text_of.format('2100 + ' + mod.format('i', 260))}, 1 FROM {src}"))
        pre, src = _series(dialect, units // REPAIRED_EVERY)
        conn.execute(text(
            f"INSERT INTO repair_records (id, unit_id, kind, symptom, root_cause, "
            f"cause_category, cause_code, responsible_process, responsible_department, "
            f"actions, repair_minutes, repairer_id, loop_no, completed_at) "
            f"{pre}SELECT i, i * {REPAIRED_EVERY}, 'repair', 'no display', 'U12 cold joint', "
            f"CASE {cat} WHEN 0 THEN 'production' WHEN 1 THEN 'design' WHEN 2 THEN "
            f"'component' WHEN 3 THEN 'customer' ELSE 'inspection' END, '', 'SMT', "
            f"'production', 'resolder U12', 30, 1, 0, {completed} FROM {src}"))
        if dialect == "postgresql":
            for name in ("deliveries", "rmas", "units", "repair_records"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT max(id) FROM {name}))"))
        conn.execute(text("ANALYZE"))
    with engine.connect() as conn:
        counts = {t: int(conn.scalar(text(f"SELECT count(*) FROM {t}")))
                  for t in ("rmas", "units", "repair_records")}
        counts["lots"] = lots
    engine.dispose()
    return counts


def measure(url: str, units: int, rounds: int) -> dict[str, Any]:
    engine = make_engine(url)
    lots = max(1, units // UNITS_PER_LOT)
    rng = random.Random(17)
    picks = [f"WO-{rng.randrange(lots)}" for _ in range(rounds)]
    app: list[float] = []
    raw: list[float] = []
    found = 0
    trace.trace_lot(SqlAlchemyUnitOfWork(engine), picks[0])  # connection pool, compiled SQL
    with engine.connect() as conn:
        conn.execute(text(RAW), {"lot": picks[0]}).all()
    for lot in picks:
        # Both timed on warm pages: the lot's rows are read once, untimed, first (otherwise
        # whichever runs second is served from the cache the first one filled).
        with engine.connect() as conn:
            conn.execute(text(RAW), {"lot": lot}).all()
        start = time.perf_counter()
        result = trace.trace_lot(SqlAlchemyUnitOfWork(engine), lot)
        app.append((time.perf_counter() - start) * 1000)
        found += len(result.units)
        with engine.connect() as conn:
            start = time.perf_counter()
            conn.execute(text(RAW), {"lot": lot}).all()
            raw.append((time.perf_counter() - start) * 1000)
    engine.dispose()
    app.sort()
    raw.sort()
    return {"app_p50_ms": statistics.median(app), "app_p95_ms": app[int(0.95 * (len(app) - 1))],
            "raw_p50_ms": statistics.median(raw), "raw_p95_ms": raw[int(0.95 * (len(raw) - 1))],
            "units_per_lot": found / len(picks), "rounds": rounds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {"at": datetime.now().isoformat(timespec="seconds"),
                               "units": args.units, "backends": {}}
    with tempfile.TemporaryDirectory(prefix="bench-trace-") as tmp:
        backends: list[tuple[str, str]] = [("sqlite", f"sqlite:///{Path(tmp) / 'trace.db'}")]
        server = None
        if not args.sqlite_only:
            from tests.pg import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is None:
                print("no PostgreSQL binaries: SQLite only")
            else:
                server = PgServer(bindir)
                server.init()
                server.start()
                server.admin("CREATE DATABASE trace_bench")
                backends.append(("postgresql", server.url("trace_bench")))
        try:
            for backend, url in backends:
                start = time.perf_counter()
                counts = build(url, args.units)
                built = time.perf_counter() - start
                figures = measure(url, args.units, args.rounds)
                results["backends"][backend] = {"counts": counts, "built_s": built, **figures}
                print(f"{backend}: {counts['units']} units, {counts['rmas']} RMAs, "
                      f"{counts['repair_records']} repair records (built in {built:.0f} s)")
                print(f"  trace lot  p50 {figures['app_p50_ms']:.2f} ms  p95 "
                      f"{figures['app_p95_ms']:.2f} ms  ({figures['units_per_lot']:.0f} "
                      f"units a lot)")
                print(f"  raw query  p50 {figures['raw_p50_ms']:.2f} ms  p95 "
                      f"{figures['raw_p95_ms']:.2f} ms")
                print(f"  target < 50 ms p50: "
                      f"{'met' if figures['app_p50_ms'] < 50 else 'NOT met'}")
        finally:
            if server is not None:
                server.cleanup()
    out = ROOT / "benchmarks" / "results" / "bench_trace.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
