"""Where the GUI and the CLI log: a rotating file in the user log directory, plus faulthandler.

A windowed Windows exe has no stderr, and PySide6's native aborts leave no Python traceback:
without a file and faulthandler there is no trace of either. The folder is
``platformdirs.user_log_dir("benchapp")`` (``%LOCALAPPDATA%\\benchapp\\Logs`` on Windows,
``~/.local/state/benchapp/log`` on Linux), or ``$BENCHAPP_LOG_DIR`` (tests, a portable
install). docs/logging.md tells operators where to look.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO, Any

LOG_DIR_ENV = "BENCHAPP_LOG_DIR"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # benchapp-gui.log and .1 to .5: at most 6 MB per program
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
FAULT_FILE = "faulthandler.log"


def log_dir(environ: dict[str, str] | Any = None) -> Path:
    environ = os.environ if environ is None else environ
    override = environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("benchapp", appauthor=False))


def log_file(program: str, directory: Path | None = None) -> Path:
    """The log of ``program`` ("gui" or "cli"): one file each, so the GUI's rotation is not
    held up by a CLI run writing to the same file (Windows cannot rename an open file)."""
    return (directory or log_dir()) / f"benchapp-{program}.log"


class _CurrentStderr(logging.StreamHandler):
    """stderr as it is when a record is written, not when the handler was made (pytest's
    capture and a windowed exe's missing stderr both change it)."""

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self) -> IO[str] | None:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def _has_own_handler(record: logging.LogRecord) -> bool:
    """Whether a logger between the record's and the root has a handler of its own, as
    benchapp.devices has (a NullHandler: its CLI commands say what happened themselves)."""
    logger: logging.Logger | None = logging.getLogger(record.name)
    while logger is not None and logger is not logging.root:
        if logger.handlers:
            return True
        logger = logger.parent if logger.propagate else None
    return False


class _BenchappFile(logging.handlers.RotatingFileHandler):
    """The rotating file; its type marks a process whose logging is set up already."""


# Kept open for the life of the process: faulthandler writes to its file descriptor at a crash,
# when nothing can be opened any more.
_fault_file: IO[str] | None = None


def setup(program: str, *, console: bool = False, directory: Path | None = None) -> Path | None:
    """Log to the rotating file of ``program`` (INFO and up) and to stderr; turn faulthandler
    on into the same folder. Returns the log file, or None when the folder cannot be written
    (logging then goes to stderr only, and a warning says why).

    stderr: with ``console`` (the GUI) every line, timed; without (the CLI) what Python printed
    before there was a log file: warnings and errors, the message only, and nothing from a
    logger that has a handler of its own.

    Safe to call again: a process that is set up already is left as it is.
    """
    global _fault_file
    root = logging.getLogger()
    existing = [h for h in root.handlers if isinstance(h, _BenchappFile)]
    if existing:
        return Path(existing[0].baseFilename)
    directory = directory or log_dir()
    if not any(isinstance(h, _CurrentStderr) for h in root.handlers):
        stderr = _CurrentStderr()
        if console:
            stderr.setLevel(logging.INFO)
            stderr.setFormatter(logging.Formatter(
                "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        else:
            stderr.setLevel(logging.WARNING)
            stderr.addFilter(lambda record: not _has_own_handler(record))
        root.addHandler(stderr)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    path = log_file(program, directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = _BenchappFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                encoding="utf-8", delay=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("No log file in %s: %s", directory, exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    # Someone who turned faulthandler on already (PYTHONFAULTHANDLER, pytest) keeps theirs.
    if _fault_file is None and not faulthandler.is_enabled():
        try:
            _fault_file = open(directory / FAULT_FILE, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(file=_fault_file, all_threads=True)
        except OSError as exc:
            logging.getLogger(__name__).warning("faulthandler not enabled: %s", exc)
    return path
