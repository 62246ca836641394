"""The benchmarks issue 11's figures come from still run, made small.

Nothing here times anything (speed is measured in benchmarks/, never asserted in tests): a
benchmark that no longer runs against today's code (a setting moved, the CLI grew a check) is
found here instead of on the day its figure is wanted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def bench(name: str, *args: str, tmp_path: Path, timeout: int = 600) -> str:
    env = dict(os.environ, BENCHAPP_BENCH_RESULTS=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / name), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done.stdout


def test_the_handover_benchmark_runs(tmp_path):
    out = bench("bench_handover.py", "--rounds", "1", "--sqlite-only", tmp_path=tmp_path)
    assert "sqlite" in out
    (result,) = json.loads((tmp_path / "bench_handover.json").read_text())
    assert result["backend"] == "sqlite"


def test_the_startup_benchmark_runs(tmp_path):
    out = bench("bench_startup.py", "--runs", "1", tmp_path=tmp_path)
    assert "benchapp (to sign-in window)" in out


@pytest.mark.postgres
def test_the_concurrency_benchmark_runs_and_its_invariants_hold(tmp_path):
    bench("bench_concurrency.py", "--benches", "2", "--per-bench", "2", "--rounds", "1",
          "--signed-per-bench", "1", tmp_path=tmp_path, timeout=900)
    result = json.loads((tmp_path / "bench_concurrency.json").read_text())
    assert set(result) == {"separate", "contended", "signed", "invariants"}
    assert result["invariants"]["signed_handovers"] == 2 * 1 + 1  # one bench, then two
