"""Back up the shop database and restore it into an empty one, then prove the restore.

The backend-specific copy (SQLite's online backup API, PostgreSQL's pg_dump/pg_restore) sits
behind ``DatabaseCopy`` (benchapp/db/backup.py). A restore counts as done only when every RMA's
slips verify (signatures, shop CA, database hash, chain: the check behind
`benchapp slip verify --rma`) and the tracking log reads back whole.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from benchapp.services import slips
from benchapp.services.audit import verify_audit_trail
from benchapp.services.unit_of_work import AbstractUnitOfWork, ServiceError

Progress = Callable[[str], None]
PAGE = 200  # RMAs read per page while verifying: memory stays flat at any shop size


class BackupError(ServiceError):
    """A backup or restore refused or failed; nothing was written in the target's place."""


class DatabaseCopy(Protocol):
    kind: str  # "sqlite" | "postgresql"

    def describe(self) -> str: ...

    def exists(self) -> bool: ...

    def tables(self) -> list[str]: ...

    def dump(self, to: Path) -> None: ...

    def load(self, backup: Path) -> None: ...

    def backup_counts(self, backup: Path) -> dict[str, int]: ...


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    size: int


def back_up(db: DatabaseCopy, out: Path, *, force: bool = False) -> BackupWritten:
    """Write a backup of ``db`` to ``out``: first to a temporary name in the same directory,
    renamed only when complete, so ``out`` is a whole backup or is not there (or, with
    ``force``, still the previous one)."""
    if out.exists() and not force:
        raise BackupError(f"{out} exists; give --force to replace it")
    if out.is_dir():
        raise BackupError(f"{out} is a directory; give a file name")
    if not out.parent.is_dir():
        raise BackupError(f"no directory {out.parent} for the backup")
    if not db.exists():
        raise BackupError(f"no database at {db.describe()}: nothing to back up")
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db.dump(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        if out.exists() and not force:  # appeared while the dump ran
            raise BackupError(f"{out} exists; give --force to replace it")
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return BackupWritten(out, out.stat().st_size)


def load_backup(db: DatabaseCopy, backup: Path, kind: str | None) -> dict[str, int]:
    """Restore ``backup`` (of ``kind``, from its first bytes) into the empty ``db``; returns
    the rows per counted table the backup holds, for ``verify_restore``."""
    if not backup.is_file():
        raise BackupError(f"no backup file {backup}")
    if kind is None:
        raise BackupError(f"{backup} is not a benchapp backup (neither SQLite nor a pg_dump "
                          "custom-format file)")
    if kind != db.kind:
        raise BackupError(f"{backup} is a {_NAMES[kind]} backup; it restores only into a "
                          f"{_NAMES[kind]} database, not {db.describe()}")
    present = db.tables()
    if present:
        shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
        raise BackupError(f"{db.describe()} is not empty ({len(present)} tables: {shown}); "
                          "restore only into a new, empty database")
    counts = db.backup_counts(backup)
    db.load(backup)
    return counts


_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


# -- proving the restore ---------------------------------------------------------------------


@dataclass
class RestoreCheck:
    rmas: int = 0
    slips: int = 0
    slips_valid: int = 0
    log_entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_restore(uow_factory: Callable[[], AbstractUnitOfWork], port: slips.SlipPort, *,
                   expected: dict[str, int] | None = None,
                   progress: Progress | None = None) -> RestoreCheck:
    """Every RMA's slips through ``slips.verify_rma`` (one RMA at a time), the tracking log
    through ``_verify_audit_trail``, and the row counts against the backup's."""
    result = RestoreCheck()
    with uow_factory() as uow:
        counts = uow.retention.counts()
    try:
        slips.ca_certificate(uow_factory(), port)
        has_ca = True
    except slips.SlipsNotSetUp:
        has_ca = False  # a shop that never signed: there is no slip to verify
        if counts["slips"]:
            result.problems.append(f"{counts['slips']} slips but no shop CA to check them")
    after = 0
    while True:
        with uow_factory() as uow:
            page = uow.retention.rma_numbers(after_id=after, limit=PAGE)
        if not page:
            break
        for rma_id, rma_no in page:
            stored = slips.list_slips(uow_factory(), rma_no)
            problems = slips.verify_rma(uow_factory(), rma_no, port) if has_ca else []
            bad = {p.slip_no for p in problems}
            result.rmas += 1
            result.slips += len(stored)
            result.slips_valid += sum(1 for r in stored if r.slip_no not in bad)
            result.problems += [f"{rma_no} {p.slip_no}: {p.problem}" for p in problems]
            after = rma_id
            if progress and result.rmas % 50 == 0:
                progress(f"verified {result.rmas} RMAs, {result.slips} slips")
    audit = _verify_audit_trail(uow_factory(),
                                expected_entries=(expected or {}).get("tracking_log"))
    result.log_entries = audit.entries
    result.problems += audit.problems
    if expected:
        seen = {**counts, "rmas": result.rmas, "slips": result.slips}  # what was verified
        for table in ("rmas", "slips"):
            if table in expected and expected[table] != seen[table]:
                result.problems.append(f"{table}: {seen[table]} restored, the backup has "
                                       f"{expected[table]}")
    return result


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    problems: list[str]


def _verify_audit_trail(uow: AbstractUnitOfWork, *,
                        expected_entries: int | None = None) -> AuditCheck:
    """The tracking log after a restore: `benchapp audit verify`'s check of the hash chain
    (every entry re-hashed in order, each link and the head), and as many entries as the
    backup holds."""
    chain = verify_audit_trail(uow)
    problems = [] if chain.ok else [chain.summary()]
    if expected_entries is not None and chain.entries != expected_entries:
        problems.append(f"tracking log: {chain.entries} entries restored, the backup has "
                        f"{expected_entries}")
    return AuditCheck(chain.entries, problems)
