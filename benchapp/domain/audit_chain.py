"""The tracking log as a hash chain: the canonical encoding of an entry and the chain's check.

Each entry carries ``prev_hash`` (the previous entry's ``entry_hash``; NULL for the first) and
``entry_hash`` = SHA-256 over ``prev_hash`` and every content column. The database computes
both when the row is inserted (PostgreSQL: the plpgsql trigger of migration 0006; SQLite: a
trigger calling :func:`entry_hash`, registered on every connection by ``db.engine``); this
module is the one definition of the encoding, the verifier and the migration's backfill use it,
and a test holds the plpgsql twin to the same hashes.

Encoding (``FORMAT`` first, then each field in ``FIELDS`` order, joined by ``|``): NULL is
``~``, any other value ``<number of characters>:<text>``, so no value can pose as a
separator. Times are UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``; ``detail`` is its JSON text as
stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

FORMAT = "benchapp-log-v1"
# The content columns, in hashing order (the plpgsql trigger lists the same, same order).
FIELDS = ("id", "at", "occurred_at", "rma_no", "serial", "action", "actor_id", "actor_name",
          "from_state", "to_state", "detail", "db_role")
TIME_FIELDS = frozenset({"at", "occurred_at"})


def canonical_time(value: datetime | str | None) -> str | None:
    """UTC with microseconds. SQLite hands the trigger its stored text, naive UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip())
    if value.tzinfo is not None:  # naive is UTC already (SQLite)
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


def _field(value: Any) -> str:
    if value is None:
        return "~"
    text = str(value)
    return f"{len(text)}:{text}"


def entry_hash(prev_hash: str | None, row: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of one entry; ``row`` maps FIELDS to the stored values."""
    parts = [FORMAT, _field(prev_hash)]
    for name in FIELDS:
        value = row.get(name)
        parts.append(_field(canonical_time(value) if name in TIME_FIELDS else value))
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def sqlite_entry_hash(prev_hash: str | None, *values: Any) -> str:
    """The SQL function ``benchapp_log_hash(prev_hash, <FIELDS...>)`` of the SQLite trigger."""
    return entry_hash(prev_hash, dict(zip(FIELDS, values, strict=True)))


@dataclass(frozen=True)
class ChainBreak:
    """The first entry at which the stored chain stops matching its content."""

    entry_id: int | None
    reason: str


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    head_hash: str | None
    last_id: int | None
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def check_chain(rows: Iterable[Mapping[str, Any]], *, head: tuple[int, str] | None = None,
                anchors: Mapping[str, str] | None = None) -> ChainCheck:
    """Walk the entries in id order; stop at the first that does not hold.

    A changed entry no longer matches its ``entry_hash``; a deleted one leaves the next
    entry's ``prev_hash`` pointing at a hash that is not its predecessor's; an inserted one
    either fails its own hash or breaks the link after it. ``head`` is the database's own
    record of the newest entry (``log_head``): an entry cut off the end is found there.
    ``anchors`` maps head hashes carried outside the database (each slip's, at signing) to
    what carried them: each must be the hash of some entry, or the history before that
    document was rewritten, even if every hash after the change was recomputed.
    """
    missing = dict(anchors or {})
    prev: str | None = None
    count = 0
    last_id: int | None = None
    for row in rows:
        entry_id = row["id"]
        if row.get("entry_hash") is None:
            return ChainCheck(count, prev, last_id, ChainBreak(entry_id, "it carries no hash"))
        if row.get("prev_hash") != prev:
            why = ("it claims a predecessor but is the first entry" if prev is None else
                   "its prev_hash is not the hash of the entry before it "
                   f"(id {last_id}): an entry was deleted, inserted or re-chained here")
            return ChainCheck(count, prev, last_id, ChainBreak(entry_id, why))
        if entry_hash(prev, row) != row["entry_hash"]:
            return ChainCheck(count, prev, last_id, ChainBreak(
                entry_id, "its content does not match its entry_hash: the entry was changed"))
        prev, last_id = row["entry_hash"], entry_id
        missing.pop(prev, None)
        count += 1
    if head is not None and head != (last_id, prev):
        head_id, _ = head
        return ChainCheck(count, prev, last_id, ChainBreak(
            head_id, f"the log's head records entry {head_id} but the chain ends at "
            f"{last_id}: entries at the end were removed or the head was rewritten"))
    if missing:
        digest, holder = next(iter(missing.items()))
        return ChainCheck(count, prev, last_id, ChainBreak(
            None, f"{holder} carries log head {digest[:16]}..., which no entry of the chain "
            "has: the history before it was rewritten"))
    return ChainCheck(count, prev, last_id, None)
