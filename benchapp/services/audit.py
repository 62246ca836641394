"""The audit trail's integrity: the tracking log's hash chain, checked end to end."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

from benchapp.domain.audit_chain import ChainBreak, check_chain
from benchapp.services.unit_of_work import AbstractUnitOfWork


@dataclass(frozen=True)
class AuditTrailCheck:
    """What `benchapp audit verify` reports."""

    entries: int
    head_hash: str | None
    broken: ChainBreak | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.broken is None

    def summary(self) -> str:
        if self.broken is None:
            return (f"tracking log intact: {self.entries} entries chained, head "
                    f"{self.head_hash or '-'} ({self.seconds:.2f} s)")
        where = (f" at entry {self.broken.entry_id}" if self.broken.entry_id is not None
                 else "")
        return (f"tracking log BROKEN{where}: {self.broken.reason} "
                f"({self.entries} entries before it hold)")


def verify_audit_trail(uow: AbstractUnitOfWork, *, anchors: Mapping[str, str] | None = None
                       ) -> AuditTrailCheck:
    """Re-hash every tracking-log entry in id order and check each link and the head.

    Finds an entry changed, deleted or inserted by anyone who wrote to the database around
    benchapp (the owner role, whoever copied the SQLite file), unless they also re-hashed
    every entry after it; slips anchor the chain against that (`current_log_head`):
    ``anchors`` maps each head hash read from a signed document to a name for it ("slip
    SLP-000123"), and one that is no entry's hash is reported.
    """
    started = time.perf_counter()
    with uow:
        head = uow.log.head()
        if head is None:
            result = check_chain(uow.log.chain_rows(), anchors=anchors)
            broken = result.broken or ChainBreak(None, "the log's head record is missing")
        else:
            result = check_chain(uow.log.chain_rows(), head=head, anchors=anchors)
            broken = result.broken
    return AuditTrailCheck(entries=result.entries, head_hash=result.head_hash, broken=broken,
                           seconds=time.perf_counter() - started)


def current_log_head(uow: AbstractUnitOfWork) -> str | None:
    """The hash of the newest tracking-log entry, for a slip to carry at signing time."""
    with uow:
        return uow.log.head_hash()
