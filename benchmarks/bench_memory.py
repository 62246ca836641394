"""Memory of the GUI after sign-in, at 1k and at 50k RMAs: it must not grow with the history.

Builds the same databases as bench_scale.py (the demo cloned into years of closed history,
SQLite), then in a fresh process per size and station: the main window signed in at that
station, its view loaded, the All RMAs tab opened and its first page loaded, as a person would
see it. Reports the process's resident memory (VmRSS) and its peak (VmHWM), next to a bare
PySide6 main window in the same run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py [--sizes 1000 50000]
Writes benchmarks/results/bench_memory.json. Target: the same (within 10 %) at every size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

STATIONS = {"receiving": "clerk", "qc": "qclead", "repair": "repair", "packing": "packer",
            "supervisor": "qcsup"}

CHILD = r"""
import os, sys
sys.path.insert(0, {root!r})
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])

def memory():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])

if {bare!r}:
    window = QMainWindow(); window.resize(1366, 728); window.show(); app.processEvents()
    print(*memory()); sys.exit(0)

from benchapp.db.engine import make_engine
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.roles import Station
from benchapp.slips.port import PdfSlips
from benchapp.ui.main_window import MainWindow
from benchapp.ui.session import Session
from benchapp.ui.stations.base import ServiceCalls

engine = make_engine({url!r})
factory = lambda: SqlAlchemyUnitOfWork(engine)
with factory() as uow:
    user = uow.users.by_username({username!r})
session = Session(user=user, station=Station({station!r}), uow_factory=factory,
                  slips=PdfSlips(), database_text="SQLite")
window = MainWindow(factory, user, database_text="SQLite", session=session)
window.resize(1366, 728)
window.show()

def settle():
    for _ in range(200):
        app.processEvents()
        runners = [w.ops for w in app.allWidgets() if isinstance(w, ServiceCalls)
                   and "ops" in w.__dict__] + [window.ops]
        if not any(r.busy for r in runners):
            return
        for r in runners:
            r.wait(50)

settle()
window.ui.tabs.setCurrentIndex(1)  # All RMAs: its first page
settle()
assert window.rma_model.rowCount() > 0
print(*memory())
"""


def measure(*, url: str = "", station: str = "", bare: bool = False) -> tuple[int, int]:
    code = CHILD.format(root=str(ROOT), url=url, station=station,
                        username=STATIONS.get(station, ""), bare=bare)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    rss, peak = out.stdout.split()[-2:]
    return int(rss) // 1024, int(peak) // 1024


def main() -> int:
    import bench_scale

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000])
    args = parser.parse_args()
    results: dict = {"bare_window_mb": None, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        work = Path(tmp)
        print("loading the demo shop through the services...", flush=True)
        demo = bench_scale.make_demo(work)
        bare = measure(bare=True)
        results["bare_window_mb"] = bare
        print(f"bare PySide6 window: {bare[0]} MB (peak {bare[1]} MB)")
        for size in args.sizes:
            url = f"sqlite:///{work / f'memory-{size}.db'}"
            counts = bench_scale.build(url, demo, size)
            print(f"\n{counts['rmas']} RMAs / {counts['units']} units")
            print(f"{'station':<12} {'RSS MB':>7} {'peak MB':>8}")
            for station in STATIONS:
                rss, peak = measure(url=url, station=station)
                results["sizes"].setdefault(str(size), {})[station] = {"rss_mb": rss,
                                                                       "peak_mb": peak}
                print(f"{station:<12} {rss:>7} {peak:>8}")
    sizes = sorted(results["sizes"], key=int)
    if len(sizes) > 1:
        print("\nlargest / smallest:")
        for station in STATIONS:
            small = results["sizes"][sizes[0]][station]["rss_mb"]
            large = results["sizes"][sizes[-1]][station]["rss_mb"]
            print(f"  {station:<12} {large / small:.2f}x")
    out = ROOT / "benchmarks" / "results" / "bench_memory.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
