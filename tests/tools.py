"""Programs the tests run: a console script of this Python's environment, found without PATH."""

from __future__ import annotations

import shutil
import sys
import sysconfig
from pathlib import Path


def environment_tool(name: str) -> str | None:
    """The console script ``name`` installed with the running Python (e.g. pyhanko-cli's
    ``pyhanko``), else the one on PATH, else None.

    `venv/bin/python -m pytest` does not activate the venv: its bin/ is not on PATH, so a bare
    ``pyhanko`` would not be found (or a different one would).
    """
    exe = ".exe" if sys.platform == "win32" else ""
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        candidate = folder / f"{name}{exe}"
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)
