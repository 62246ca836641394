"""The audit trail's integrity: the tracking log's hash chain, checked end to end."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from benchapp.domain.audit_chain import ChainBreak, check_chain
from benchapp.services.unit_of_work import AbstractUnitOfWork

if TYPE_CHECKING:
    from benchapp.services.slips import SlipAnchors, SlipPort


@dataclass(frozen=True)
class AuditTrailCheck:
    """What `benchapp audit verify` reports."""

    entries: int
    head_hash: str | None
    broken: ChainBreak | None
    seconds: float
    slips: SlipAnchors | None = None  # the stored slips' anchors, when they were read
    anchors: int = 0  # head hashes checked against the chain (slips, papers, --head)
    unreadable: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.unreadable

    def summary(self) -> str:
        unread = ""
        if self.unreadable:
            shown = ", ".join(self.unreadable[:10]) + (" …" if len(self.unreadable) > 10 else "")
            unread = (f"{len(self.unreadable)} stored slips hold no signed content matching "
                      f"their record, so the log head they were signed at cannot be checked: "
                      f"{shown} (`slip verify --rma` says why)")
        if self.broken is not None:
            where = (f" at entry {self.broken.entry_id}" if self.broken.entry_id is not None
                     else "")
            return (f"tracking log BROKEN{where}: {self.broken.reason} "
                    f"({self.entries} entries before it hold)" + (f"; {unread}" if unread
                                                                  else ""))
        if unread:
            return (f"tracking log NOT ANCHORED: its {self.entries} entries chain to head "
                    f"{self.head_hash or '-'}, but {unread}")
        carried = ""
        if self.slips is not None:
            carried = (f", {self.slips.slips - self.slips.without_head} of "
                       f"{self.slips.slips} stored slips carry a log head")
        return (f"tracking log intact: {self.entries} entries chained, head "
                f"{self.head_hash or '-'} ({self.seconds:.2f} s); {self.anchors} anchors in "
                f"the chain{carried}")


def verify_audit_trail(uow: AbstractUnitOfWork, *, anchors: Mapping[str, str] | None = None,
                       slip_port: SlipPort | None = None) -> AuditTrailCheck:
    """Re-hash every tracking-log entry in id order and check each link and the head.

    Finds an entry changed, deleted or inserted by anyone who wrote to the database around
    benchapp (the owner role, whoever copied the SQLite file), unless they also re-hashed
    every entry after it; slips anchor the chain against that (`current_log_head`):
    ``anchors`` maps each head hash read from a signed document to a name for it ("slip
    SLP-000123"), and one that is no entry's hash is reported. With ``slip_port``, the head
    each stored slip carries (read from its signed content, slip by slip) is an anchor too, in
    the same transaction.
    """
    from benchapp.services.slips import stored_slip_anchors

    started = time.perf_counter()
    wanted = dict(anchors or {})
    slips = None
    with uow:
        if slip_port is not None:
            slips = stored_slip_anchors(uow, slip_port)
            for digest, holder in slips.anchors.items():
                wanted.setdefault(digest, holder)
        head = uow.log.head()
        if head is None:
            result = check_chain(uow.log.chain_rows(), anchors=wanted)
            broken = result.broken or ChainBreak(None, "the log's head record is missing")
        else:
            result = check_chain(uow.log.chain_rows(), head=head, anchors=wanted)
            broken = result.broken
    return AuditTrailCheck(entries=result.entries, head_hash=result.head_hash, broken=broken,
                           seconds=time.perf_counter() - started, slips=slips,
                           anchors=len(wanted),
                           unreadable=list(slips.unreadable) if slips else [])


def current_log_head(uow: AbstractUnitOfWork) -> str | None:
    """The hash of the newest tracking-log entry, for a slip to carry at signing time."""
    with uow:
        return uow.log.head_hash()
