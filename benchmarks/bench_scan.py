"""Scan latency: a line on a pty to the Qt signal in the GUI thread, next to raw pyserial readline."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import pty
import sys
import time
import tty
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
import serial
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchapp.ui.device_bridge import ScannerBridge

RESULTS = Path(__file__).resolve().parent / "results" / "bench_scan.json"
TARGET_P99_RATIO = 2.0
# Past this a scan is lost, not slow: the run stops instead of waiting forever.
GIVE_UP_MS = 2000


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: an observed value, no interpolation."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def summary(values_us: list[float]) -> dict[str, float]:
    return {
        "n": len(values_us),
        "p50_us": round(percentile(values_us, 50), 1),
        "p99_us": round(percentile(values_us, 99), 1),
        "max_us": round(max(values_us), 1),
    }


def raw_readline(master: int, path: str, codes: list[str]) -> list[float]:
    """The floor: pyserial readline in this thread, no driver, no Qt."""
    port = serial.Serial(path, 9600, timeout=GIVE_UP_MS / 1000)
    latencies = []
    try:
        for code in codes:
            line = f"{code}\r\n".encode()
            start = time.perf_counter_ns()
            os.write(master, line)
            got = port.readline()
            end = time.perf_counter_ns()
            if got != line:
                raise SystemExit(f"raw readline lost {code!r}: got {got!r}")
            latencies.append((end - start) / 1000)
    finally:
        port.close()
    return latencies


def through_signal(app: QApplication, master: int, path: str, codes: list[str]) -> list[float]:
    """Scanner driver (ReaderThread, parse, classify) -> ScannerBridge -> scan_accepted."""
    bridge = ScannerBridge(path)
    loop = QEventLoop()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    arrived: dict[str, object] = {}

    def on_scan(scan: object) -> None:
        arrived["ns"] = time.perf_counter_ns()
        arrived["text"] = scan.text  # type: ignore[attr-defined]
        loop.quit()

    bridge.scan_accepted.connect(on_scan)
    bridge.start(require=True)
    latencies = []
    try:
        for code in codes:
            arrived.clear()
            start = time.perf_counter_ns()
            os.write(master, f"{code}\r\n".encode())
            guard.start(GIVE_UP_MS)
            loop.exec()
            guard.stop()
            if arrived.get("text") != code:
                raise SystemExit(f"the bridge lost {code!r} (got {arrived.get('text')!r})")
            latencies.append((arrived["ns"] - start) / 1000)  # type: ignore[operator]
    finally:
        bridge.close()
        app.processEvents()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=1000, help="per path (default 1000)")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds (default 2)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    master, slave = pty.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    per_round = math.ceil(args.scans / args.rounds)
    serial_no = iter(range(10**7))

    def codes(count: int, prefix: str) -> list[str]:
        # Every scan a new code: the 300 ms duplicate filter would swallow repeats.
        return [f"{prefix}-{next(serial_no):07d}" for _ in range(count)]

    raw: list[float] = []
    signal: list[float] = []
    try:
        raw_readline(master, path, codes(args.warmup, "WARM"))
        through_signal(app, master, path, codes(args.warmup, "WARM"))
        # Alternating rounds, so a change of CPU speed mid-run hits both paths alike.
        for _ in range(args.rounds):
            raw += raw_readline(master, path, codes(per_round, "RAW"))
            signal += through_signal(app, master, path, codes(per_round, "SIG"))
    finally:
        os.close(master)
        os.close(slave)
    raw, signal = raw[: args.scans], signal[: args.scans]

    raw_s, signal_s = summary(raw), summary(signal)
    ratio_p50 = signal_s["p50_us"] / raw_s["p50_us"]
    ratio_p99 = signal_s["p99_us"] / raw_s["p99_us"]
    rows = [
        ("raw pyserial readline", raw_s),
        ("pty -> Qt signal (GUI thread)", signal_s),
    ]
    print(f"{'path':32} {'n':>6} {'p50 us':>9} {'p99 us':>9} {'max us':>9}")
    for name, row in rows:
        print(
            f"{name:32} {row['n']:>6} {row['p50_us']:>9.1f} {row['p99_us']:>9.1f} "
            f"{row['max_us']:>9.1f}"
        )
    verdict = "within" if ratio_p99 <= TARGET_P99_RATIO else "OVER"
    print(
        f"ratio signal/raw: p50 {ratio_p50:.2f}x, p99 {ratio_p99:.2f}x "
        f"({verdict} the {TARGET_P99_RATIO:g}x target)"
    )

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "benchmark": "bench_scan",
                "scans": args.scans,
                "rounds": args.rounds,
                "raw_readline": raw_s,
                "qt_signal": signal_s,
                "ratio_p50": round(ratio_p50, 3),
                "ratio_p99": round(ratio_p99, 3),
                "target_p99_ratio": TARGET_P99_RATIO,
                "within_target": ratio_p99 <= TARGET_P99_RATIO,
                "python": platform.python_version(),
                "pyside6": PySide6.__version__,
                "pyserial": serial.__version__,
                "platform": platform.platform(),
                "qt_qpa_platform": os.environ.get("QT_QPA_PLATFORM"),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
