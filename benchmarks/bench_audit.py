"""`benchapp audit verify` on the demo database and on 10,000 slips' worth of tracking log.

Run: python benchmarks/bench_audit.py [--slips 10000] [--demo-db FILE] [--pg]
Writes benchmarks/results/bench_audit.json.

The demo database is loaded through the services (as `benchapp demo` does) unless --demo-db
names one already loaded. The large log keeps the demo's proportion of log entries per slip
and is written by plain INSERTs, so the database's own trigger chains every entry as at the
benches. "raw" is the floor: the same rows read with one SELECT and hashed with hashlib,
without benchapp. --pg does the same on a throwaway PostgreSQL (tests/pg.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from benchapp.db.engine import make_engine  # noqa: E402
from benchapp.db.migrate import upgrade  # noqa: E402
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork  # noqa: E402
from benchapp.services.audit import verify_audit_trail  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "bench_audit.json"
ACTIONS = ("unit_received", "handover_offered", "slip_signed", "handover_accepted",
           "screening_recorded", "repair_recorded", "reinspection_recorded", "unit_packed")


def timed_verify(engine) -> dict:  # noqa: ANN001
    started = time.perf_counter()
    result = verify_audit_trail(SqlAlchemyUnitOfWork(engine))
    seconds = time.perf_counter() - started
    assert result.ok, result.summary()
    return {"entries": result.entries, "seconds": round(seconds, 3)}


def raw_floor(engine) -> float:  # noqa: ANN001
    started = time.perf_counter()
    with engine.connect() as conn:
        for row in conn.execute(text(
                "SELECT id, at, rma_no, serial, action, actor_id, actor_name, from_state, "
                "to_state, CAST(detail AS TEXT), prev_hash FROM tracking_log ORDER BY id")):
            hashlib.sha256("|".join(map(str, row)).encode()).hexdigest()
    return round(time.perf_counter() - started, 3)


def demo_figures(url: str, demo_db: Path | None) -> tuple[dict, float]:
    engine = make_engine(url)
    upgrade(engine)
    if demo_db is None:
        from benchapp.demo import load_demo

        load_demo(engine)
    with engine.connect() as conn:
        slips = conn.execute(text("SELECT count(*) FROM handovers")).scalar_one()
        entries = conn.execute(text("SELECT count(*) FROM tracking_log")).scalar_one()
    figures = {"slips": slips, **timed_verify(engine), "raw_seconds": raw_floor(engine)}
    engine.dispose()
    return figures, entries / max(slips, 1)


def large_log(url: str, slips: int, per_slip: float) -> dict:
    engine = make_engine(url)
    upgrade(engine)
    total = int(slips * per_slip)
    started = time.perf_counter()
    insert = text("INSERT INTO tracking_log (rma_no, serial, action, actor_id, actor_name, "
                  "from_state, to_state, detail) VALUES (:r, :s, :a, NULL, :n, :f, :t, :d)")
    batch = []
    for i in range(total):
        slip = i * slips // total
        batch.append({"r": f"RMA-{slip // 3:06d}", "s": f"SN{i:08d}",
                      "a": ACTIONS[i % len(ACTIONS)], "n": "wang.fang", "f": "received",
                      "t": "awaiting_screening",
                      "d": json.dumps({"slip_no": f"SLP-{slip:06d}", "counted": 5},
                                      ensure_ascii=False)})
        if len(batch) == 1000 or i == total - 1:
            with engine.begin() as conn:
                conn.execute(insert, batch)
            batch = []
    written = time.perf_counter() - started
    figures = {"slips": slips, **timed_verify(engine), "raw_seconds": raw_floor(engine),
               "insert_seconds": round(written, 1),
               "inserts_per_second": round(total / written)}
    engine.dispose()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slips", type=int, default=10_000)
    parser.add_argument("--demo-db", type=Path, help="an SQLite file with the demo loaded")
    parser.add_argument("--pg", action="store_true", help="also on a throwaway PostgreSQL")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    out: dict = {"python": platform.python_version(), "machine": platform.machine()}
    with tempfile.TemporaryDirectory() as tmp:
        demo_url = (f"sqlite:///{args.demo_db}" if args.demo_db
                    else f"sqlite:///{Path(tmp) / 'demo.db'}")
        out["sqlite_demo"], per_slip = demo_figures(demo_url, args.demo_db)
        out["entries_per_slip"] = round(per_slip, 2)
        print(f"SQLite demo: {out['sqlite_demo']}", flush=True)
        out["sqlite_large"] = large_log(f"sqlite:///{Path(tmp) / 'large.db'}", args.slips,
                                        per_slip)
        print(f"SQLite {args.slips} slips: {out['sqlite_large']}", flush=True)
    if args.pg:
        from tests.pg import PgServer, find_bindir

        server = PgServer(find_bindir())
        server.init()
        server.start()
        try:
            server.admin("CREATE DATABASE audit_bench")
            out["postgres_large"] = large_log(server.url("audit_bench"), args.slips, per_slip)
            print(f"PostgreSQL {args.slips} slips: {out['postgres_large']}", flush=True)
        finally:
            server.cleanup()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
