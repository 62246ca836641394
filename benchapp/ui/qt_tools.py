"""Locate Qt's command-line tools (uic, lupdate, lrelease) that ship inside PySide6."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

# uic lives in Qt/libexec on Linux and macOS, next to the other tools on Windows;
# uic needs "-g python" to emit Python instead of C++.
_EXTRA_ARGS = {"uic": ["-g", "python"]}


def _pyside_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).resolve().parent


def find_qt_tool(name: str) -> list[str] | None:
    """The command (argv prefix) that runs Qt tool ``name``, or None if it cannot be found.

    Prefers the binary inside the installed PySide6 wheel, the exact version the app runs on;
    then the ``pyside6-NAME`` wrapper next to the interpreter or on PATH.
    """
    exe = ".exe" if sys.platform == "win32" else ""
    extra = _EXTRA_ARGS.get(name, [])
    pyside = _pyside_dir()
    if pyside is not None:
        for candidate in (pyside / f"{name}{exe}", pyside / "Qt" / "libexec" / f"{name}{exe}",
                          pyside / "Qt" / "bin" / f"{name}{exe}"):
            if candidate.is_file():
                return [str(candidate), *extra]
    wrapper = f"pyside6-{name}"
    beside = Path(sys.executable).with_name(wrapper + exe)
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(wrapper)
    if found:
        return [found]
    return None
