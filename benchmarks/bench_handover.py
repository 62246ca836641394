"""Handover of 50 units (domain + commit) next to the raw SQL transaction with the same writes.

Run: python benchmarks/bench_handover.py [--rounds N] [--sqlite-only]
Writes benchmarks/results/bench_handover.json. Target: p50 and p95 within 2x of raw.

Both sides run with the durability the product runs with, so a commit waits for the disk as a
bench's does: SQLite through benchapp's own engine (WAL, ``synchronous=FULL``; the raw side
uses the same engine), PostgreSQL with its defaults (``fsync``, ``synchronous_commit`` and
``full_page_writes`` on; benchmarks/durable_pg.py), not the test server's ``fsync=off``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Station
from benchapp.services import workflow as wf
from benchmarks.durable_pg import start_durable_server
from tests.workflow_helpers import Bench

UNITS = 50


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def prepare(bench: Bench) -> tuple[str, str, list[str]]:
    """An RMA of 50 units with a slip from receiving to QC, offered and not yet accepted."""
    r = wf.receive_rma(
        bench.uow,
        bench.business_clerk,
        NewRma(
            customer="深圳市华强电子有限公司",
            model="PCBA-MC200-V3",
            declared_qty=UNITS,
            counted_qty=UNITS,
            complaint="批量不良",
        ),
    )
    h = wf.offer_handover(
        bench.uow,
        bench.business_clerk,
        rma_no=r.rma_no,
        from_station=Station.RECEIVING,
        to_station=Station.QC,
        serials=r.serials,
        declared_count=UNITS,
    )
    return r.rma_no, h.slip_no, r.serials


def accept_through_benchapp(bench: Bench, slip_no: str, serials: list[str]) -> tuple[float, float]:
    slip = wf.presented_from_record(bench.uow, slip_no)
    t0, c0 = time.perf_counter(), time.process_time()
    wf.accept_handover(
        bench.uow, bench.packer, slip_no=slip_no, station=Station.QC, scanned=serials, slip=slip
    )
    return time.perf_counter() - t0, time.process_time() - c0


def accept_raw(engine, rma_no: str, slip_no: str, serials: list[str],
               packer_id: int) -> tuple[float, float]:
    """The same reads-for-locking and writes as benchapp's transaction, as hand-written SQL."""
    t0, c0 = time.perf_counter(), time.process_time()
    with engine.begin() as conn:
        rma_id, rma_version = conn.execute(
            text("SELECT id, version FROM rmas WHERE rma_no = :r"), {"r": rma_no}
        ).one()
        hid, hversion = conn.execute(
            text("SELECT id, version FROM handovers WHERE slip_no = :s"), {"s": slip_no}
        ).one()
        units = conn.execute(
            text("SELECT id, version FROM units WHERE rma_id = :r"), {"r": rma_id}
        ).all()
        conn.execute(
            text(
                "UPDATE units SET state = 'awaiting_screening', custody = 'qc', version = :nv "
                "WHERE id = :id AND version = :v"
            ),
            [{"id": u.id, "v": u.version, "nv": u.version + 1} for u in units],
        )
        conn.execute(
            text("UPDATE rmas SET version = :nv WHERE id = :id AND version = :v"),
            {"id": rma_id, "v": rma_version, "nv": rma_version + 1},
        )
        conn.execute(
            text(
                "UPDATE handovers SET status = 'accepted', receiver_id = :p, counted = :c, "
                "resolved_at = CURRENT_TIMESTAMP, version = :nv WHERE id = :id AND version = :v"
            ),
            {"p": packer_id, "c": len(serials), "id": hid, "v": hversion, "nv": hversion + 1},
        )
        rows = [
            {
                "r": rma_no,
                "s": s,
                "a": "handover_accepted",
                "p": packer_id,
                "n": "packer",
                "f": "received",
                "t": "awaiting_screening",
                "d": json.dumps(
                    {"slip_no": slip_no, "custody_from": "receiving", "custody_to": "qc"}
                ),
            }
            for s in serials
        ]
        rows.append(
            {
                "r": rma_no,
                "s": None,
                "a": "handover_accepted",
                "p": packer_id,
                "n": "packer",
                "f": "open",
                "t": "accepted",
                "d": json.dumps({"slip_no": slip_no, "counted": len(serials)}),
            }
        )
        conn.execute(
            text(
                "INSERT INTO tracking_log (rma_no, serial, action, actor_id, actor_name, "
                "from_state, to_state, detail) VALUES (:r, :s, :a, :p, :n, :f, :t, :d)"
            ),
            rows,
        )
    return time.perf_counter() - t0, time.process_time() - c0


def run_backend(name: str, url: str, rounds: int) -> dict:
    engine = make_engine(url)
    upgrade(engine)
    bench = Bench(SqlAlchemyUnitOfWork(engine))
    ours: list[float] = []
    raw: list[float] = []
    ours_cpu: list[float] = []
    raw_cpu: list[float] = []
    for i in range(rounds + 3):
        rma_a, slip_a, serials_a = prepare(bench)
        rma_b, slip_b, serials_b = prepare(bench)
        # Alternate which goes first so neither always gets the warmer cache.
        if i % 2:
            o = accept_through_benchapp(bench, slip_a, serials_a)
            r = accept_raw(engine, rma_b, slip_b, serials_b, bench.packer.user_id)
        else:
            r = accept_raw(engine, rma_b, slip_b, serials_b, bench.packer.user_id)
            o = accept_through_benchapp(bench, slip_a, serials_a)
        if i >= 3:  # warm-up rounds are not counted
            ours.append(o[0] * 1000)
            raw.append(r[0] * 1000)
            ours_cpu.append(o[1] * 1000)
            raw_cpu.append(r[1] * 1000)
    engine.dispose()
    result = {
        "backend": name,
        "units": UNITS,
        "rounds": rounds,
        "benchapp_ms": {
            "p50": percentile(ours, 50),
            "p95": percentile(ours, 95),
            "mean": statistics.fmean(ours),
        },
        "raw_sql_ms": {
            "p50": percentile(raw, 50),
            "p95": percentile(raw, 95),
            "mean": statistics.fmean(raw),
        },
    }
    result["ratio_p50"] = result["benchapp_ms"]["p50"] / result["raw_sql_ms"]["p50"]
    # The same round's pair saw the same disk and the same load: their ratio is steadier
    # than the ratio of two medians; CPU time leaves out the waits for the disk's flush.
    result["ratio_of_pairs_p50"] = statistics.median(o / r for o, r in zip(ours, raw))
    result["cpu_ms_p50"] = {"benchapp": statistics.median(ours_cpu),
                            "raw_sql": statistics.median(raw_cpu)}
    result["cpu_ratio_p50"] = result["cpu_ms_p50"]["benchapp"] / result["cpu_ms_p50"]["raw_sql"]
    result["ratio_p95"] = result["benchapp_ms"]["p95"] / result["raw_sql_ms"]["p95"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(run_backend("sqlite", f"sqlite:///{tmp}/bench.db", args.rounds))
        if not args.sqlite_only:
            server = start_durable_server()
            if server is None:
                print("PostgreSQL server binaries not found: PostgreSQL skipped", file=sys.stderr)
            else:
                try:
                    server.admin("CREATE DATABASE bench")
                    results.append(run_backend("postgresql", server.url("bench"), args.rounds))
                finally:
                    server.cleanup()
    print(f"handover of {UNITS} units: accept = load + domain rules + commit")
    print(
        f"{'backend':<12}{'benchapp p50':>14}{'p95':>9}{'raw SQL p50':>14}{'p95':>9}"
        f"{'x p50':>8}{'x p95':>8}{'x pairs':>9}{'x CPU':>7}"
    )
    for r in results:
        print(
            f"{r['backend']:<12}{r['benchapp_ms']['p50']:>11.1f} ms{r['benchapp_ms']['p95']:>6.1f}"
            f" ms{r['raw_sql_ms']['p50']:>11.1f} ms{r['raw_sql_ms']['p95']:>6.1f} ms"
            f"{r['ratio_p50']:>8.2f}{r['ratio_p95']:>8.2f}{r['ratio_of_pairs_p50']:>9.2f}"
            f"{r['cpu_ratio_p50']:>7.2f}"
        )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_handover.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
