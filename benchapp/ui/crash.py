"""The last resort for bugs: log the traceback, save a report, tell the person (STYLE.md)."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

ShowCrash = Callable[[str, str | None], None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
About = Callable[[], str]


def about(database_kind: str) -> str:
    """What a crash report starts with, so a report sent in says what it ran on: benchapp,
    Python, the OS, Qt and PySide6, and the kind of database (never its URL: a password)."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from benchapp import __version__

    return (f"benchapp {__version__}\n"
            f"Python {platform.python_version()} ({sys.executable})\n"
            f"OS {platform.platform()}\n"
            f"Qt {qVersion()}, PySide6 {pyside_version}\n"
            f"database {database_kind}\n")


def report_dir() -> Path:
    """Next to the log files (benchapp.logs): one folder to send in."""
    from benchapp.logs import log_dir

    return log_dir()


def save_report(details: str, directory: Path | None = None) -> Path | None:
    directory = directory or report_dir()
    path = directory / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path.write_text(details, encoding="utf-8")
    except OSError:
        log.exception("Could not save the crash report to %s", path)
        return None
    return path


def make_excepthook(show: ShowCrash, *, directory: Path | None = None,
                    about: About | None = None) -> ExceptHook:
    """An excepthook that reports the bug and keeps the app running; ``about()`` heads the
    report (``crash.about``)."""
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if about is not None:
            try:
                details = f"{about()}\n{details}"
            except Exception:  # the report goes out without its heading rather than not at all
                log.exception("Could not describe the environment for the crash report")
        log.critical("Unhandled exception:\n%s", details)
        if busy:
            return  # an error while the crash dialog is open: logged, not stacked
        busy = True
        try:
            report = save_report(details, directory)
            show(details, str(report) if report else None)
        except Exception:  # the crash dialog itself failed: the log has it
            log.exception("The crash dialog failed")
        finally:
            busy = False

    return hook


def install(show: ShowCrash, *, about: About | None = None) -> ExceptHook:
    """Install the hook; returns the previous one."""
    previous = sys.excepthook
    sys.excepthook = make_excepthook(show, about=about)
    return previous
