"""Years of history, same speed: every station read at 1k and at 50k RMAs, next to raw SQL.

The big database is built the same way each run: the demo shop (written by the real services)
is loaded once, then its closed RMAs are cloned with every row the services wrote for them
(units, tracking log, handovers, screenings, re-inspections, repair records and parts, forms,
escalations, shipping notes), renumbered and moved back in time over five years, and padded to
ten units an RMA. History is what grows; the open work stays the demo's, as at a real shop.

Each read is what a view or command runs (the services it calls), timed next to the raw SQL
that returns the rows that view shows, on SQLite and on a throwaway PostgreSQL (with fsync on,
its defaults), in the same run.

Run: python benchmarks/bench_scale.py [--sizes 1000 50000] [--rounds 15] [--sqlite-only]
     [--postgres-only] [--clock cpu] [--reuse DIR] [--interleaved]
With --reuse DIR the SQLite files and the PostgreSQL cluster (DIR/pg) are kept and reused.
Writes benchmarks/results/bench_scale.json. Targets: each read within 3x of its raw query and
under 100 ms p50; the same (within 1.5x) at 1k and at 50k RMAs.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import (  # noqa: E402
    DateTime,
    bindparam,
    create_engine,
    func,
    insert,
    select,
    text,
)

from benchapp.db import models as m  # noqa: E402
from benchapp.db.engine import make_engine  # noqa: E402
from benchapp.db.migrate import upgrade, upgrade_if_needed  # noqa: E402
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork  # noqa: E402
from benchapp.services import decisions, history, queries  # noqa: E402

UNITS_PER_RMA = 10
YEARS = 5
BATCH = 5000
# Tables cloned with a closed RMA, in foreign-key order, and how each row points at its RMA.
CLONED = ("rmas", "units", "tracking_log", "handovers", "handover_units", "screenings",
          "reinspections", "repair_records", "repair_parts", "anomaly_forms", "escalations",
          "shipping_notes")
# Filled by database triggers when RMAs are written (migration 0004) and log lines are
# inserted (0006): never copied.
TRIGGER_KEPT = ("report_stale_rmas", "log_head")
# Set by the tracking log's insert trigger (migration 0006): the copies are chained afresh.
LOG_STAMPED = ("prev_hash", "entry_hash", "db_role")
# Columns holding another cloned row's id -> that row's table.
ID_REFS = {"rma_id": "rmas", "unit_id": "units", "handover_id": "handovers",
           "repair_record_id": "repair_records"}
# Unique or per-RMA text columns renumbered in each copy.
RENUMBERED = ("rma_no", "slip_no", "form_no", "note_no", "serial")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


# -- building the database ----------------------------------------------------------------


def make_demo(workdir: Path) -> Path:
    demo = workdir / "demo.db"
    subprocess.run([sys.executable, "-m", "benchapp", "--db", f"sqlite:///{demo}", "demo"],
                   check=True, capture_output=True, cwd=ROOT)
    return demo


def _source_rows(demo_engine: Any) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Every row of the demo (to copy as is) and the rows of its closed RMAs (to clone)."""
    tables = m.Base.metadata.sorted_tables
    everything: dict[str, list[dict]] = {}
    with demo_engine.connect() as conn:
        for table in tables:
            everything[table.name] = [dict(r) for r in conn.execute(select(table)).mappings()]
    for row in everything["tracking_log"]:
        for column in LOG_STAMPED:
            row.pop(column, None)
    closed = {r["id"] for r in everything["rmas"] if r["status"] == "closed"}
    closed_nos = {r["rma_no"] for r in everything["rmas"] if r["id"] in closed}
    units = {r["id"] for r in everything["units"] if r["rma_id"] in closed}
    handovers = {r["id"] for r in everything["handovers"] if r["rma_id"] in closed}
    records = {r["id"] for r in everything["repair_records"] if r["unit_id"] in units}
    belongs = {
        "rmas": lambda r: r["id"] in closed,
        "units": lambda r: r["id"] in units,
        "tracking_log": lambda r: r["rma_no"] in closed_nos,
        "handovers": lambda r: r["id"] in handovers,
        "handover_units": lambda r: r["handover_id"] in handovers,
        "screenings": lambda r: r["unit_id"] in units,
        "reinspections": lambda r: r["unit_id"] in units,
        "repair_records": lambda r: r["id"] in records,
        "repair_parts": lambda r: r["repair_record_id"] in records,
        "anomaly_forms": lambda r: r["rma_id"] in closed and r["signed_by"] is not None,
        "escalations": lambda r: r["rma_id"] in closed and r["status"] != "open",
        "shipping_notes": lambda r: r["rma_id"] in closed,
    }
    history_rows = {name: [r for r in everything[name] if belongs[name](r)] for name in CLONED}
    return everything, history_rows


def build(url: str, demo: Path, rmas: int) -> dict[str, int]:
    """The demo, then closed RMAs cloned until there are ``rmas``; returns row counts."""
    engine = make_engine(url)
    upgrade(engine)
    demo_engine = create_engine(f"sqlite:///{demo}")
    everything, cloned = _source_rows(demo_engine)
    demo_engine.dispose()
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    stride = {name: max((r["id"] for r in everything[name] if "id" in r), default=0) + 1
              for name in CLONED if name not in ("handover_units",)}
    copies = max(0, math.ceil((rmas - len(everything["rmas"])) / max(1, len(cloned["rmas"]))))
    span = timedelta(days=365 * YEARS)
    with engine.begin() as conn:
        for table in m.Base.metadata.sorted_tables:
            if table.name in ("alembic_version", "log_head"):
                continue
            conn.execute(table.delete())
        for table in m.Base.metadata.sorted_tables:
            rows = everything.get(table.name) or []
            # Rows that triggers keep (the report's stale marks) come with the RMAs.
            if rows and table.name not in ("alembic_version", *TRIGGER_KEPT):
                conn.execute(insert(table), rows)
    made = 0
    # Padding units get ids above every cloned unit's.
    next_pad = stride["units"] * (copies + 2)
    for k in range(1, copies + 1):
        if made + len(everything["rmas"]) >= rmas:
            break
        shift = span * k / max(copies, 1)
        batch: dict[str, list[dict]] = {}
        for name in CLONED:
            table = tables[name]
            times = [c.name for c in table.columns if isinstance(c.type, DateTime)]
            out = []
            for row in cloned[name]:
                new = dict(row)
                if "id" in new and name in stride:
                    new["id"] = row["id"] + k * stride[name]
                for column, target in ID_REFS.items():
                    if column in new and new[column] is not None:
                        new[column] = row[column] + k * stride[target]
                for column in RENUMBERED:
                    if column in new and new[column] is not None:
                        new[column] = f"H{k:05d}-{row[column]}"[:64 if column == "serial"
                                                                  else 20]
                for column in times:
                    if new.get(column) is not None:
                        new[column] = new[column] - shift
                out.append(new)
            batch[name] = out
        for rma in batch["rmas"]:
            have = [u for u in batch["units"] if u["rma_id"] == rma["id"]]
            for j in range(max(0, UNITS_PER_RMA - len(have))):
                pad = dict(have[0]) if have else {}
                next_pad += 1
                pad.update(id=next_pad, rma_id=rma["id"], serial=f"{rma['rma_no']}-P{j:02d}",
                           state="shipped", custody="customer", version=1)
                batch.setdefault("padding", []).append(pad)
        made += len(batch["rmas"])
        _flush(engine, tables, batch, final=k == copies or made + len(everything["rmas"]) >= rmas)
    _flush(engine, tables, {}, final=True)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for name in stride:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT max(id) FROM {name}))"))
            conn.execute(text("ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    with engine.connect() as conn:
        counts = {name: int(conn.scalar(select(func.count()).select_from(tables[name])))
                  for name in ("rmas", "units", "tracking_log", "handovers")}
    engine.dispose()
    return counts


def counted(url: str) -> dict[str, int]:
    """The row counts of a database built before (``--reuse``), brought to this schema."""
    engine = make_engine(url)
    # A database built by an older benchapp gets the migrations merged since, as a shop's would.
    upgrade_if_needed(engine)
    with engine.connect() as conn:
        counts = {name: int(conn.scalar(text(f"SELECT count(*) FROM {name}")))
                  for name in ("rmas", "units", "tracking_log", "handovers")}
    engine.dispose()
    return counts


_pending: dict[str, list[dict]] = {}


def _flush(engine: Any, tables: dict[str, Any], batch: dict[str, list[dict]], *,
           final: bool) -> None:
    for name, rows in batch.items():
        _pending.setdefault(name, []).extend(rows)
    if not final and sum(len(v) for v in _pending.values()) < BATCH * 10:
        return
    if engine.dialect.name == "postgresql":
        _flush_postgresql(engine, tables)
        return
    with engine.begin() as conn:
        for name in CLONED:
            rows = _pending.pop(name, [])
            for i in range(0, len(rows), BATCH):
                conn.execute(insert(tables[name]), rows[i:i + BATCH])
            if name == "units":
                padding = _pending.pop("padding", [])
                for i in range(0, len(padding), BATCH):
                    conn.execute(insert(tables["units"]), padding[i:i + BATCH])


# The log's insert trigger updates the one log_head row per line: within one PostgreSQL
# transaction each update adds a version of that row the next one walks past (quadratic),
# so log lines go in a few hundred per transaction; everything by COPY.
LOG_LINES_PER_TRANSACTION = 500


def _flush_postgresql(engine: Any, tables: dict[str, Any]) -> None:
    from benchapp.db.supervision_store import bulk_insert

    for name in CLONED:
        rows = _pending.pop(name, [])
        if name == "units":
            rows += _pending.pop("padding", [])
        step = LOG_LINES_PER_TRANSACTION if name == "tracking_log" else BATCH * 10
        for i in range(0, len(rows), step):
            with engine.begin() as conn:
                bulk_insert(conn, tables[name], _complete(rows[i:i + step]))


def _complete(rows: list[dict]) -> list[dict]:
    """Rows with the same keys each (COPY takes one column list)."""
    keys = list(dict.fromkeys(k for r in rows for k in r))
    # JSON values as their text: COPY's text format hands them to the json columns as is.
    return [{k: json.dumps(v) if isinstance(v, (dict, list)) else v
             for k in keys for v in (r.get(k),)} for r in rows]


# -- what is timed ------------------------------------------------------------------------


class _Bench:
    """What a view's ``session`` offers a loader: units of work and the signed-in user."""

    def __init__(self, engine: Any, user: Any) -> None:
        self.engine = engine
        self.user = user

    def uow(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.engine)


def reads(engine: Any) -> dict[str, tuple[Callable[[], Any], Callable[[], Any]]]:
    """name -> (what the app runs, the raw SQL returning the rows that view shows)."""
    from benchapp.ui.stations.repair import load_repair_data

    uow = lambda: SqlAlchemyUnitOfWork(engine)  # noqa: E731
    with engine.connect() as conn:
        live = conn.execute(text(
            "SELECT rma_no FROM rmas WHERE status = 'open' AND rma_no NOT LIKE 'H%' "
            "ORDER BY id LIMIT 1")).scalar_one()
        repairer = conn.execute(text(
            "SELECT id FROM users WHERE username = 'repair'")).scalar_one()
    with uow() as w:
        repair_user = w.users.get(repairer)
        supervisor = w.users.by_username("qcsup").actor()  # type: ignore[union-attr]
        since = w.supervision.settings().tracking_since
    # Typed like the columns they are compared with: SQLite stores times as text.
    stamp = m.RmaRow.__table__.c.received_at.type
    since_param = bindparam("since", since, type_=stamp)
    lately_param = bindparam("lately", datetime.now(tz=UTC) - timedelta(days=90), type_=stamp)

    def raw(*sqls: Any, **params: Any) -> Callable[[], Any]:
        """The statements returning what the view shows, in one connection, rows fetched."""
        statements = [text(sql) if isinstance(sql, str) else sql for sql in sqls]

        def run() -> Any:
            with engine.connect() as conn:
                return [conn.execute(st, {k: v for k, v in params.items()
                                          if f":{k}" in st.text}).all()
                        for st in statements]
        return run

    incoming_sql = ("SELECT h.*, r.rma_no, hu.serial FROM handovers h JOIN rmas r ON r.id = "
                    "h.rma_id JOIN handover_units hu ON hu.handover_id = h.id "
                    "WHERE h.status = 'open' AND h.to_station = :custody")
    outgoing_sql = incoming_sql.replace("h.to_station", "h.from_station")
    forms_sql = ("SELECT f.*, r.rma_no, u.serial FROM anomaly_forms f JOIN rmas r ON r.id = "
                 "f.rma_id JOIN units u ON u.id = f.unit_id WHERE f.signed_by IS NULL")
    users_sql = "SELECT * FROM users ORDER BY id"
    settings_sql = "SELECT key, value FROM shop_settings"
    # Repair's "mine" (who accepted each unit's latest slip to repair) and the complaints.
    receivers_sql = (
        "SELECT l.serial, h.receiver_id FROM (SELECT hu.serial, max(h.id) AS last FROM "
        "handover_units hu JOIN handovers h ON h.id = hu.handover_id WHERE hu.serial IN "
        "(SELECT serial FROM units WHERE custody = :custody) AND h.to_station = :custody AND "
        "h.status = 'accepted' GROUP BY hu.serial) l JOIN handovers h ON h.id = l.last")
    complaints_sql = ("SELECT rma_no, complaint FROM rmas WHERE id IN (SELECT rma_id FROM units "
                      "WHERE custody = :custody)")
    # What the supervisor desk shows: open escalations with their RMA, unit and slip; open
    # slips (the late ones are picked from them); the shop's limits and calendar; customer
    # contacts and follow-ups due; notices and actions open or closed in the last 90 days;
    # the people who may take part in a joint decision and the queue's latest fixture runs.
    supervisor_sqls = [
        users_sql,
        "SELECT 'screening', s.test_verdict, s.measurements, s.at, s.id, r.rma_no, u.serial "
        "FROM screenings s JOIN units u ON u.id = s.unit_id JOIN rmas r ON r.id = u.rma_id "
        "WHERE s.unit_id IN (SELECT unit_id FROM escalations WHERE status = 'open') "
        "UNION ALL SELECT x.stage, x.verdict, x.measurements, x.at, x.id, r.rma_no, u.serial "
        "FROM reinspections x JOIN units u ON u.id = x.unit_id JOIN rmas r ON r.id = u.rma_id "
        "WHERE x.stage = 'test' AND x.unit_id IN (SELECT unit_id FROM escalations "
        "WHERE status = 'open')",
        "SELECT e.*, r.rma_no, r.customer, r.model, u.serial, u.state FROM escalations e "
        "JOIN rmas r ON r.id = e.rma_id LEFT JOIN units u ON u.id = e.unit_id "
        "WHERE e.status = 'open' ORDER BY e.id",
        # (an OR of the two would walk every slip on PostgreSQL: each side by its index)
        "SELECT h.*, r.rma_no, r.customer, hu.serial FROM handovers h JOIN rmas r ON r.id = "
        "h.rma_id JOIN handover_units hu ON hu.handover_id = h.id WHERE h.id IN (SELECT id "
        "FROM handovers WHERE status = 'open' UNION SELECT x.id FROM handovers x JOIN "
        "escalations e ON e.slip_no = x.slip_no WHERE e.status = 'open')",
        settings_sql,
        "SELECT * FROM calendar_days ORDER BY day",
        text("SELECT r.rma_no, r.customer, r.received_at FROM rmas r WHERE NOT EXISTS "
             "(SELECT 1 FROM customer_contacts c WHERE c.rma_id = r.id AND c.kind = 'initial') "
             "AND NOT EXISTS (SELECT 1 FROM history_imports i WHERE i.rma_id = r.id) "
             "AND r.received_at >= :since ORDER BY r.received_at").bindparams(since_param),
        text("SELECT r.rma_no, r.customer, n.note_no, n.shipped_at FROM shipping_notes n "
             "JOIN rmas r ON r.id = n.rma_id WHERE NOT EXISTS (SELECT 1 FROM "
             "customer_contacts c WHERE c.rma_id = n.rma_id AND c.kind = 'follow_up' AND "
             "c.contacted_at >= n.shipped_at) AND NOT EXISTS (SELECT 1 FROM history_imports i "
             "WHERE i.rma_id = n.rma_id) AND n.shipped_at >= :since ORDER BY n.shipped_at"
             ).bindparams(since_param),
        text("SELECT n.*, r.rma_no, r.customer, r.model, w.* FROM complaint_notices n "
             "JOIN rmas r ON r.id = n.rma_id LEFT JOIN complaint_notice_work w ON w.notice_id = n.id "
             "WHERE n.status <> 'closed' OR w.closed_at >= :lately").bindparams(lately_param),
        text("SELECT a.*, n.notice_no FROM corrective_actions a LEFT JOIN complaint_notices n "
             "ON n.id = a.notice_id WHERE a.status <> 'closed' OR a.verified_at >= :lately"
             ).bindparams(lately_param),
    ]
    # What one RMA's history shows: the RMA and its units, its log, slips (without the PDFs)
    # and the handovers with their serials, repair records with their parts, escalations, the
    # users named, and the earlier returns of its serials with their causes and parts.
    rma_sqls = ["SELECT r.*, d.* FROM rmas r LEFT JOIN deliveries d ON d.id = r.delivery_id "
                "WHERE r.rma_no = :no",
                "SELECT u.* FROM units u JOIN rmas r ON r.id = u.rma_id WHERE r.rma_no = :no",
                "SELECT * FROM tracking_log WHERE rma_no = :no ORDER BY id",
                "SELECT h.*, hu.serial FROM handovers h JOIN rmas r ON r.id = h.rma_id "
                "JOIN handover_units hu ON hu.handover_id = h.id WHERE r.rma_no = :no",
                "SELECT e.*, u.serial FROM escalations e JOIN rmas r ON r.id = e.rma_id "
                "LEFT JOIN units u ON u.id = e.unit_id WHERE r.rma_no = :no"]
    history_sqls = [*rma_sqls, users_sql,
                    "SELECT s.id, s.slip_no, s.content_sha256, s.previous_sha256, "
                    "s.pdf_sha256, s.state, s.print_count FROM slips s JOIN rmas r ON "
                    "r.id = s.rma_id WHERE r.rma_no = :no",
                    "SELECT rr.*, u.serial, p.* FROM repair_records rr JOIN units u ON u.id = "
                    "rr.unit_id JOIN rmas r ON r.id = u.rma_id LEFT JOIN repair_parts p ON "
                    "p.repair_record_id = rr.id WHERE r.rma_no = :no",
                    "SELECT e.serial, r.rma_no, r.received_at, rr.cause_category, "
                    "rr.root_cause, p.ref_des, p.part_no FROM units e JOIN rmas r ON r.id = "
                    "e.rma_id LEFT JOIN repair_records rr ON rr.unit_id = e.id LEFT JOIN "
                    "repair_parts p ON p.repair_record_id = rr.id WHERE e.serial IN (SELECT "
                    "u.serial FROM units u JOIN rmas x ON x.id = u.rma_id WHERE x.rma_no = :no)"]
    suggestions_sql = ("SELECT customer, max(id) FROM (SELECT id, customer FROM rmas "
                       "ORDER BY id DESC LIMIT 2000) AS recent GROUP BY customer")
    models_sql = suggestions_sql.replace("customer", "model")
    station_sql = (
        "SELECT r.rma_no, r.version, u.serial, u.state, u.custody, r.customer, r.model, "
        "r.due_date, r.batch, r.billing, u.rework_loops, u.repeat_count, u.due_confirmed, "
        "u.work_kind FROM units u JOIN rmas r ON r.id = u.rma_id "
        # The best raw form: the custody index alone (with status = 'open' or ORDER BY in the
        # statement SQLite's planner walks every RMA); the client keeps the open ones.
        "WHERE u.custody = :custody")

    def qc() -> Any:
        return queries.qc_work(uow(), unsigned_only=True)  # what QcView.refresh reads

    def receiving() -> Any:  # what ReceivingView.refresh reads
        return queries.station_work(uow(), station="receiving", suggestions=True,
                                    states={"received", "ready_to_ship"})

    def packing() -> Any:  # what PackingView.refresh reads
        return queries.station_work(uow(), station="packing", states={"at_packing", "packed"})

    def supervisor_desk() -> Any:  # what SupervisorView.refresh reads
        return decisions.supervisor_work(uow(), supervisor, include_others=False)

    bench = _Bench(engine, repair_user)
    return {
        "QC view refresh": (qc, raw(station_sql, incoming_sql, outgoing_sql, forms_sql,
                                    users_sql, settings_sql, custody="qc")),
        "Receiving view refresh": (receiving, raw(suggestions_sql, models_sql, station_sql, incoming_sql,
                                                  custody="receiving")),
        "Packing view refresh": (packing, raw(station_sql, incoming_sql, custody="packing")),
        "Repair view refresh": (lambda: load_repair_data(bench),  # type: ignore[arg-type]
                                raw(station_sql, incoming_sql, receivers_sql, complaints_sql,
                                    custody="repair")),
        "Supervisor view refresh": (supervisor_desk, raw(*supervisor_sqls)),
        "All RMAs, first page": (
            lambda: queries.rma_page(uow(), count=True),
            raw("SELECT id, rma_no, customer, model, counted_qty, status, batch, due_date, "
                "received_at FROM rmas ORDER BY received_at DESC, id DESC LIMIT 100",
                # the unit states of those RMAs (the list's progress column) and the total
                "SELECT u.rma_id, u.state, count(*) FROM units u WHERE u.rma_id IN (SELECT id "
                "FROM rmas ORDER BY received_at DESC, id DESC LIMIT 100) GROUP BY u.rma_id, "
                "u.state", "SELECT count(*) FROM rmas")),
        "All RMAs, search": (
            lambda: queries.rma_page(uow(), search="acme", count=True),
            # What the first page of a search shows: the matches among the newest
            # SEARCH_WINDOW RMAs (a window; the person scrolls to search older ones), the RMA
            # typed whole (number or serial), their unit states and the total.
            raw("SELECT id, rma_no, customer, model, counted_qty, status, batch, due_date, "
                "received_at FROM (SELECT * FROM rmas ORDER BY received_at DESC, id DESC "
                f"LIMIT {queries.SEARCH_WINDOW}) w WHERE rma_no LIKE '%acme%' OR customer "
                "LIKE '%acme%' OR model LIKE '%acme%' ORDER BY received_at DESC, id DESC "
                "LIMIT 100",
                "SELECT id FROM rmas WHERE rma_no = 'acme' OR id IN (SELECT rma_id FROM units "
                "WHERE serial IN ('acme', 'ACME'))", "SELECT count(*) FROM rmas")),
        "one RMA's history": (
            lambda: history.rma_history(uow(), live), raw(*history_sqls, no=live)),
        "rma show": (
            # as `benchapp rma show` calls it, with the delivery the RMA names
            lambda: queries.rma_detail(uow(), live, with_delivery=True),
            raw(*rma_sqls, no=live)),
    }


CLOCKS = {"wall": time.perf_counter,
          # CPU time of the reading thread: on a machine shared with other work, what the
          # read itself costs (SQLite runs in this thread; PostgreSQL's server side is not in it).
          "cpu": time.thread_time}
clock = CLOCKS["wall"]


def measure(fn: Callable[[], Any], rounds: int) -> list[float]:
    fn()  # warm: connection pool, statement caches
    times = []
    for _ in range(rounds):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return times


def timed(fn: Callable[[], Any]) -> float:
    start = clock()
    fn()
    return (clock() - start) * 1000


interleaved = False


def run(url: str, rounds: int) -> dict[str, dict[str, float]]:
    engine = make_engine(url)
    out = {}
    for name, (app, raw) in reads(engine).items():
        # Alternate app and raw round by round: both see the same machine load.
        app_t, raw_t = [], []
        app(), raw()
        for _ in range(rounds):
            if interleaved:  # each read right after the other's, as among a bench's work
                app_t.append(timed(app))
                raw_t.append(timed(raw))
            else:  # each read right after itself: both at their best
                app_t += measure(app, 1)[-1:]
                raw_t += measure(raw, 1)[-1:]
        out[name] = {"app_p50_ms": statistics.median(app_t),
                     "app_p95_ms": percentile(app_t, 95),
                     "raw_p50_ms": statistics.median(raw_t),
                     "ratio": statistics.median(app_t) / max(statistics.median(raw_t), 1e-6)}
    engine.dispose()
    return out


def _pg_server(reuse: Path | None) -> Any:
    """A started PostgreSQL with the product's durability (its defaults, fsync on).

    Throwaway, or with ``--reuse DIR`` a cluster kept in DIR/pg (building 50,000 RMAs takes
    longer than timing them): started again with the databases built before.
    """
    from benchmarks.durable_pg import DurablePgServer
    from tests.pg import find_bindir

    bindir = find_bindir()
    if bindir is None:
        return None

    class Server(DurablePgServer):
        def __init__(self) -> None:
            if reuse is None:
                super().__init__(bindir)
                return
            root = (reuse / "pg").resolve()
            root.mkdir(parents=True, exist_ok=True)
            super().__init__(bindir)
            shutil.rmtree(self.root, ignore_errors=True)  # the temporary root it made
            self.root, self.datadir = root, root / "data"
            self.logfile = root / "server.log"
            if self.as_root:
                import os
                import pwd

                pw = pwd.getpwnam("postgres")
                os.chown(root, pw.pw_uid, pw.pw_gid)
                os.chmod(root, 0o700)
                for parent in root.parents:
                    mode = parent.stat().st_mode
                    if not mode & 0o001:
                        os.chmod(parent, mode | 0o001)

        def _query(self, sql: str, dbname: str = "postgres") -> Any:
            import psycopg

            with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                                 dbname=dbname, autocommit=True) as conn:
                return conn.execute(sql).fetchone()

        def has_database(self, name: str) -> bool:
            return self._query(f"SELECT 1 FROM pg_database WHERE datname = '{name}'") is not None

        def built(self, name: str) -> bool:
            """A database a finished build left (its last step writes the planner statistics)."""
            if not self.has_database(name):
                return False
            row = self._query("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'rmas' "
                              "AND last_analyze IS NOT NULL", name)
            return bool(row and row[0])

    server = Server()
    try:
        if not (server.datadir / "PG_VERSION").exists():
            server.init()
        server.start()
        for name in ("fsync", "synchronous_commit", "full_page_writes"):
            if server.setting(name) != "on":
                raise RuntimeError(f"benchmark server runs with {name}=off")
    except BaseException:
        if reuse is None:
            server.cleanup()
        raise
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                        help="wall time, or the CPU time of the reading thread")
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="keep the SQLite databases in DIR and reuse those built before")
    parser.add_argument("--interleaved", action="store_true",
                        help="time app and raw back to back, without a warm-up call of the "
                             "same read before each")
    args = parser.parse_args()
    global clock, interleaved
    clock = CLOCKS[args.clock]
    interleaved = args.interleaved

    results: dict[str, Any] = {"sizes": {}, "at": datetime.now().isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        keep = args.reuse or work
        keep.mkdir(parents=True, exist_ok=True)
        demo = keep / "demo.db"
        if not demo.exists():
            print("loading the demo shop through the services...", flush=True)
            demo = make_demo(keep)
        backends: list[tuple[str, Callable[[int], str]]] = [] if args.postgres_only else [
            ("sqlite", lambda n: f"sqlite:///{keep / f'scale-{n}.db'}")]
        server = None
        if not args.sqlite_only:
            server = _pg_server(args.reuse)
            if server is None:
                print("no PostgreSQL binaries: SQLite only")
            else:
                def pg_url(n: int) -> str:
                    if not server.has_database(f"scale_{n}"):
                        server.admin(f"CREATE DATABASE scale_{n}")
                    return server.url(f"scale_{n}")
                backends.append(("postgresql", pg_url))
        try:
            for backend, url_of in backends:
                for size in args.sizes:
                    url = url_of(size)
                    start = time.perf_counter()
                    reused = args.reuse is not None and (
                        (keep / f"scale-{size}.db").exists() if backend == "sqlite"
                        else server is not None and server.built(f"scale_{size}"))
                    counts = counted(url) if reused else build(url, demo, size)
                    built = time.perf_counter() - start
                    print(f"\n{backend} {counts['rmas']} RMAs / {counts['units']} units / "
                          f"{counts['tracking_log']} log lines (built in {built:.0f} s)")
                    figures = run(url, args.rounds)
                    results["sizes"].setdefault(backend, {})[str(size)] = {
                        "counts": counts, "reads": figures}
                    print(f"{'read':<26} {'app p50':>9} {'app p95':>9} {'raw p50':>9} "
                          f"{'ratio':>6}")
                    for name, f in figures.items():
                        print(f"{name:<26} {f['app_p50_ms']:>7.1f}ms {f['app_p95_ms']:>7.1f}ms "
                              f"{f['raw_p50_ms']:>7.2f}ms {f['ratio']:>6.1f}")
        finally:
            if server is not None:
                if args.reuse is not None:
                    server.stop()  # its cluster stays in DIR/pg for the next run
                else:
                    server.cleanup()
    print("\nsame speed at every size (p50 at the largest / p50 at the smallest):")
    for backend, sizes in results["sizes"].items():
        keys = sorted(sizes, key=int)
        if len(keys) < 2:
            continue
        small, large = sizes[keys[0]]["reads"], sizes[keys[-1]]["reads"]
        for name in small:
            growth = large[name]["app_p50_ms"] / max(small[name]["app_p50_ms"], 1e-6)
            print(f"  {backend:<10} {name:<26} {growth:>5.2f}x")
    out = ROOT / "benchmarks" / "results" / "bench_scale.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
