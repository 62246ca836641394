"""docs/make_screenshots.py keeps working as the views change (it drives every station)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(960)
def test_the_screenshot_script_shoots_every_view_in_chinese(tmp_path):
    # The timeout only stops a hung script: loading the demo signs ~260 slips, each with the
    # signer's argon2id-wrapped key (minutes on a busy 2-core machine).
    committed = {p.name for p in (ROOT / "docs" / "screenshots").glob("*_zh_CN.png")}
    run = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_screenshots.py"), "--out", str(tmp_path),
         "--lang", "zh_CN"],
        capture_output=True, text=True, cwd=ROOT, timeout=900,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-3000:]
    shot = {p.name for p in tmp_path.glob("*.png")}
    assert committed and shot == committed  # every view the docs show, nothing missing
    assert all(p.stat().st_size > 10_000 for p in tmp_path.glob("*.png"))
