"""How long `benchapp slip verify --rma` takes: on the demo database, and on one RMA's chain in
a database holding 10,000 slips.

The demo shop is written by the real services (every handover a signed slip). The big database
is the demo, then the demo's RMAs that have slips cloned (RMA, units, handovers, their units,
tracking log and the stored signed PDFs, byte for byte) under new numbers until the database
holds at least 10,000 slips. The clones are load: verification is timed on the demo's own RMAs,
whose chains are real. What must not happen is that verifying one RMA reads every slip.

Each RMA is timed through the service the command runs (`verify_rma_chain`), in process,
after one warm-up round, in wall time and in CPU time (on a shared machine the wall time
includes waiting for a core); the whole command (`python -m benchapp slip verify --rma`, a new
process: imports, migration check, verification) is timed once on the RMA with the most slips.

Run: python benchmarks/bench_verify.py [--slips 10000] [--rounds 3]
Writes benchmarks/results/bench_verify.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text

from benchapp.db import models as m
from benchapp.db.engine import make_engine
from benchapp.db.models_slips import SlipRow
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.services import slips as ss
from benchapp.slips.port import PdfSlips

CLONED = ("rmas", "units", "handovers", "handover_units", "slips", "tracking_log")


def make_demo(workdir: Path) -> Path:
    demo = workdir / "demo.db"
    subprocess.run([sys.executable, "-m", "benchapp", "--db", f"sqlite:///{demo}", "demo"],
                   check=True, capture_output=True, cwd=ROOT)
    return demo


def grow(url: str, slips_wanted: int) -> int:
    """Clone the demo's RMAs that have slips until the database holds ``slips_wanted``."""
    engine = make_engine(url)
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    with engine.connect() as conn:
        rma_ids = [r[0] for r in conn.execute(select(SlipRow.rma_id).distinct())]
        source = {"rmas": [dict(r) for r in conn.execute(
            select(tables["rmas"]).where(tables["rmas"].c.id.in_(rma_ids))).mappings()]}
        nos = [r["rma_no"] for r in source["rmas"]]
        source["units"] = [dict(r) for r in conn.execute(
            select(tables["units"]).where(tables["units"].c.rma_id.in_(rma_ids))).mappings()]
        source["handovers"] = [dict(r) for r in conn.execute(
            select(tables["handovers"]).where(tables["handovers"].c.rma_id.in_(rma_ids))
        ).mappings()]
        hids = [h["id"] for h in source["handovers"]]
        source["handover_units"] = [dict(r) for r in conn.execute(
            select(tables["handover_units"]).where(
                tables["handover_units"].c.handover_id.in_(hids))).mappings()]
        source["slips"] = [dict(r) for r in conn.execute(
            select(tables["slips"]).where(tables["slips"].c.rma_id.in_(rma_ids))).mappings()]
        source["tracking_log"] = [dict(r) for r in conn.execute(
            select(tables["tracking_log"]).where(tables["tracking_log"].c.rma_no.in_(nos))
        ).mappings()]
        stride = {name: (conn.scalar(select(func.max(tables[name].c.id))) or 0) + 1
                  for name in ("rmas", "units", "handovers", "slips", "tracking_log")}
        have = conn.scalar(select(func.count()).select_from(tables["slips"]))
    per_copy = len(source["slips"])
    refs = {"rma_id": "rmas", "unit_id": "units", "handover_id": "handovers"}
    k = 0
    while have < slips_wanted:
        k += 1
        batch: dict[str, list[dict]] = {}
        for name in CLONED:
            rows = []
            for row in source[name]:
                new = dict(row)
                if name in stride:
                    new["id"] = row["id"] + k * stride[name]
                for column, target in refs.items():
                    if new.get(column) is not None:
                        new[column] = row[column] + k * stride[target]
                for column in ("rma_no", "slip_no", "serial"):
                    if new.get(column) not in (None, "-"):
                        new[column] = f"C{k:04d}-{row[column]}"[:64 if column == "serial"
                                                                 else 20]
                rows.append(new)
            batch[name] = rows
        with engine.begin() as conn:
            for name in CLONED:
                if batch[name]:
                    conn.execute(insert(tables[name]), batch[name])
        have += per_copy
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
        total = conn.scalar(select(func.count()).select_from(tables["slips"]))
    engine.dispose()
    return int(total)


def time_rmas(url: str, rma_nos: list[str], rounds: int) -> dict[str, tuple[float, float]]:
    """Per RMA: (median wall seconds, median CPU seconds of this process)."""
    engine = make_engine(url)
    port = PdfSlips()
    out = {}
    for rma_no in rma_nos:
        report = ss.verify_rma_chain(SqlAlchemyUnitOfWork(engine), rma_no, port)  # warm-up
        if report.problems:
            raise SystemExit(f"{rma_no} does not verify: {report.problems}")
        wall, cpu = [], []
        for _ in range(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            ss.verify_rma_chain(SqlAlchemyUnitOfWork(engine), rma_no, port)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        out[rma_no] = (statistics.median(wall), statistics.median(cpu))
    engine.dispose()
    return out


def time_command(url: str, rma_no: str) -> tuple[float, float]:
    """The whole command in a new process: (wall seconds, its CPU seconds). On a shared
    machine the wall time includes waiting for a core; the CPU time does not."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "benchapp", "slip", "verify", "--rma", rma_no,
                           "--db", url], capture_output=True, text=True, cwd=ROOT, check=False)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"slip verify --rma {rma_no} failed: {done.stderr}")
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def slips_per_rma(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT r.rma_no, count(*) FROM slips s JOIN rmas r ON r.id = s.rma_id "
            "WHERE r.rma_no NOT LIKE 'C%' GROUP BY r.rma_no ORDER BY r.rma_no")).all()
    engine.dispose()
    return {r[0]: int(r[1]) for r in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slips", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as tmp:
        work = Path(tmp)
        demo = make_demo(work)
        demo_url = f"sqlite:///{demo}"
        counts = slips_per_rma(demo_url)
        longest = max(counts, key=counts.get)
        results: dict[str, dict] = {}
        for label, url in (("demo", demo_url), (f"{args.slips} slips", None)):
            if url is None:
                big = work / "big.db"
                shutil.copy(demo, big)
                url = f"sqlite:///{big}"
                total = grow(url, args.slips)
            else:
                total = sum(counts.values())
            per_rma = time_rmas(url, list(counts), args.rounds)
            wall, cpu = time_command(url, longest)
            results[label] = {
                "slips_in_database": total,
                "rmas_timed": len(per_rma),
                "median_ms_per_rma": round(statistics.median(
                    w for w, _ in per_rma.values()) * 1000, 1),
                "median_cpu_ms_per_rma": round(statistics.median(
                    c for _, c in per_rma.values()) * 1000, 1),
                "longest_chain": {"rma": longest, "slips": counts[longest],
                                  "ms": round(per_rma[longest][0] * 1000, 1),
                                  "cpu_ms": round(per_rma[longest][1] * 1000, 1)},
                "command_s": round(wall, 2),
                "command_cpu_s": round(cpu, 2),
            }
            r = results[label]
            print(f"{label}: {total} slips; verify_rma_chain median {r['median_ms_per_rma']} "
                  f"ms wall ({r['median_cpu_ms_per_rma']} ms CPU) per RMA over {len(per_rma)} "
                  f"RMAs; {longest} ({counts[longest]} slips) {r['longest_chain']['ms']} ms "
                  f"wall ({r['longest_chain']['cpu_ms']} ms CPU); whole command "
                  f"`slip verify --rma {longest}` {r['command_s']} s wall "
                  f"({r['command_cpu_s']} s CPU)")
    out = ROOT / "benchmarks" / "results" / "bench_verify.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
