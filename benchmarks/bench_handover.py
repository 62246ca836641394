"""Handover of 50 units (domain + commit) next to the raw SQL transaction with the same writes.

The benchapp side is the one handover path, services.slips.receive, with the PDF-less
FakeSlipPort of the tests: what is timed is the database side of a signed receipt (the acting
user read again, the signing credential, the stored slip read and countersigned, the units
moved); the PDF work (render, sign, verify) is timed by bench_slips.py.

Run: python benchmarks/bench_handover.py [--rounds N] [--sqlite-only]
Writes benchmarks/results/bench_handover.json. Target: p50 and p95 within 2x of raw.

Both sides run with the durability the product runs with, so a commit waits for the disk as a
bench's does: SQLite through benchapp's own engine (WAL, ``synchronous=FULL``; the raw side
uses the same engine), PostgreSQL with its defaults (``fsync``, ``synchronous_commit`` and
``full_page_writes`` on; benchmarks/durable_pg.py), not the test server's ``fsync=off``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
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
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from benchmarks.durable_pg import start_durable_server
from tests.fakes import FakeSlipPort
from tests.workflow_helpers import PASSWORD, Bench, enable_signing, hand_over

PORT = FakeSlipPort()

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
    h = hand_over(bench.uow, bench.business_clerk, None, rma_no=r.rma_no, serials=r.serials,
                  frm=Station.RECEIVING, to=Station.QC, port=PORT)
    return r.rma_no, h.slip_no, r.serials


def accept_through_benchapp(bench: Bench, slip_no: str, serials: list[str]) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    ss.receive(bench.uow, bench.packer, slip_no=slip_no, station=Station.QC, scanned=serials,
               password=PASSWORD, port=PORT)
    return time.perf_counter() - t0, time.process_time() - c0


def signed_receipt_sql(conn, packer_id: int, slip_no: str):
    """The signed receipt's statements beyond the handover's own, as raw SQL: who acts (read
    again), their signing key, the stored slip read and replaced by its countersigned bytes.
    Returns a function giving the slip_signed log row (its RMA and actor name)."""
    conn.execute(text("SELECT * FROM users WHERE id = :p"), {"p": packer_id}).one()
    conn.execute(text("SELECT cert_pem, encrypted_key_pem FROM user_credentials "
                      "WHERE user_id = :p AND superseded_at IS NULL ORDER BY id DESC LIMIT 1"),
                 {"p": packer_id}).one()
    slip_id, pdf, slip_version = conn.execute(
        text("SELECT id, pdf, version FROM slips WHERE slip_no = :s"), {"s": slip_no}).one()
    signed = bytes(pdf) + b"%receiver"
    conn.execute(
        text("UPDATE slips SET pdf = :pdf, pdf_sha256 = :h, state = 'received', "
             "version = :nv WHERE id = :id AND version = :v"),
        {"pdf": signed, "h": hashlib.sha256(signed).hexdigest(), "id": slip_id,
         "v": slip_version, "nv": slip_version + 1})

    def log_row(rma_no: str, name: str) -> dict:
        return {"r": rma_no, "s": None, "a": "slip_signed", "p": packer_id, "n": name,
                "f": None, "t": None,
                "d": json.dumps({"slip_no": slip_no, "field": "receiver", "meaning": "received",
                                 "certificate_fingerprint": "0" * 64,
                                 "signed_with": "password"})}

    return log_row


def accept_raw(engine, rma_no: str, slip_no: str, serials: list[str],
               packer_id: int) -> tuple[float, float]:
    """The same reads-for-locking and writes as benchapp's transaction, as hand-written SQL."""
    t0, c0 = time.perf_counter(), time.process_time()
    with engine.begin() as conn:
        countersign = signed_receipt_sql(conn, packer_id, slip_no)
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
        rows.append(countersign(rma_no, "packer"))
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
    bench = Bench(SqlAlchemyUnitOfWork(engine), signing=False)
    with bench.uow:
        people = [bench.uow.users.get(a.user_id) for a in bench.people.values()]
    enable_signing(bench.uow, people, PORT)
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
    # BENCHAPP_BENCH_RESULTS: elsewhere (the test that runs this benchmark small).
    out = Path(os.environ.get("BENCHAPP_BENCH_RESULTS", ROOT / "benchmarks" / "results"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_handover.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
