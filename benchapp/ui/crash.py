"""The last resort for bugs: log the traceback, save a report, tell the person (STYLE.md)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

ShowCrash = Callable[[str, str | None], None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def report_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("benchapp", appauthor=False))


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


def make_excepthook(show: ShowCrash, *, directory: Path | None = None) -> ExceptHook:
    """An excepthook that reports the bug and keeps the app running."""
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
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


def install(show: ShowCrash) -> ExceptHook:
    """Install the hook; returns the previous one."""
    previous = sys.excepthook
    sys.excepthook = make_excepthook(show)
    return previous
