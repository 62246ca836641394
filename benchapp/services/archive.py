"""The archive of closed RMAs (seed 001 八 档案管理): a self-verifying bundle per export.

`benchapp archive --before DATE --out DIR` writes every closed RMA received before DATE with
its signed slips (the PDFs as stored), its anomaly forms, handovers and escalations, and its
tracking-log entries, plus the shop CA's certificate, a manifest with the SHA-256 of every
file, a SHA256SUMS file that `sha256sum -c` checks, and a README on checking it all without
benchapp. Archiving only writes: nothing is deleted from the database, within its retention
period or after (services/retention.py). Each export is a controlled copy: who made it, when
and the manifest's SHA-256 go into the tracking log.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from benchapp import settings
from benchapp.domain import retention as rules
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.services import slips
from benchapp.services.retention import default_years
from benchapp.services.unit_of_work import AbstractUnitOfWork, ServiceError

# Reading the archive needs approval (001 八 (三)): the administrator or the manager exports.
ARCHIVE_ROLES = frozenset({Role.ADMIN, Role.MANAGER})
FORMAT = "benchapp-archive/1"
PAGE = 100  # closed RMAs read per page: one RMA's documents in memory at a time
LOG_COLUMNS = ["id", "at", "rma_no", "serial", "action", "actor_id", "actor_name",
               "from_state", "to_state", "detail"]

Progress = Callable[[int, str], None]


class ArchiveError(ServiceError):
    """The archive cannot be written where asked; nothing was written."""


@dataclass(frozen=True)
class ArchiveWritten:
    path: Path
    rmas: int
    slips: int
    files: int
    manifest_sha256: str
    problems: list[str]


class _Bundle:
    """Files written under ``root``, each hashed as it is written."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hashes: dict[str, str] = {}

    def add(self, rel: str, data: bytes) -> str:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        self.hashes[rel] = digest
        return digest


def write_archive(uow_factory: Callable[[], AbstractUnitOfWork], actor: Actor, *,
                  before: date, out: Path, port: slips.SlipPort, source: str,
                  progress: Progress | None = None) -> ArchiveWritten:
    """Write the bundle into a temporary directory beside ``out`` and rename it to ``out``
    only when it is complete and the export is logged."""
    actor.require(ARCHIVE_ROLES, "export the archive")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ArchiveError(f"{out} exists and is not an empty directory; give a new one")
    if not out.parent.is_dir():
        raise ArchiveError(f"no directory {out.parent} for the archive")
    with uow_factory() as uow:
        created_at = uow.now()  # the database server's clock, as every record's
        stored = uow.shop_settings()
        zone = settings.shop_zone(stored)
        shop_default = default_years(uow)
    try:  # the CA this machine trusts (pinned), as `slip verify` uses it
        ca = slips.ca_status(uow_factory(), port)
        ca_pem: bytes | None = slips.ca_certificate(uow_factory(), port)
    except slips.SlipsNotSetUp:
        ca, ca_pem = None, None  # a shop that never signed a slip
    cutoff = datetime.combine(before, time(0), zone).astimezone(UTC)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial"))
    try:
        bundle = _Bundle(tmp)
        entries, problems, slip_count = _write_rmas(
            uow_factory, bundle, cutoff=cutoff, zone=zone, shop_default=shop_default,
            today=created_at.astimezone(zone).date(),
            port=port, has_ca=ca is not None, progress=progress)
        if ca_pem is not None:
            bundle.add("ca.pem", ca_pem)
        bundle.add("README.txt", _readme(has_ca=ca is not None).encode("utf-8"))
        manifest = {
            "format": FORMAT,
            "created_at": created_at.isoformat(),
            "created_by": actor.username,
            "source": source,
            "shop": ca.shop_name if ca else None,
            "ca_sha256": ca.fingerprint if ca else None,
            "before": before.isoformat(),
            "time_zone": str(zone),
            "default_retention_years": shop_default,
            "rma_count": len(entries),
            "slip_count": slip_count,
            "slips_verified": not problems,
            "problems": problems,
            "rmas": entries,
            "files": dict(sorted(bundle.hashes.items())),
        }
        manifest_sha = bundle.add("manifest.json", json.dumps(
            manifest, ensure_ascii=False, indent=2).encode("utf-8"))
        # sha256sum's own format: digest, two spaces (text mode), the path with "/".
        sums = "".join(f"{digest}  {rel}\n" for rel, digest in sorted(bundle.hashes.items()))
        (tmp / "SHA256SUMS").write_text(sums, encoding="utf-8", newline="\n")
        with uow_factory() as uow:
            uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="archive_written",
                                 actor_id=actor.user_id, actor_name=actor.username,
                                 detail={"before": before.isoformat(), "rmas": len(entries),
                                         "bundle": out.name, "manifest_sha256": manifest_sha}))
            uow.commit()
        if out.exists():
            out.rmdir()  # empty, checked above
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ArchiveWritten(out, len(entries), slip_count, len(bundle.hashes) + 1, manifest_sha,
                          problems)


def _write_rmas(uow_factory: Callable[[], AbstractUnitOfWork], bundle: _Bundle, *,
                cutoff: datetime, zone: Any, shop_default: int, today: date,
                port: slips.SlipPort, has_ca: bool, progress: Progress | None
                ) -> tuple[list[dict[str, Any]], list[str], int]:
    entries: list[dict[str, Any]] = []
    problems: list[str] = []
    slip_count = 0
    after = 0
    while True:
        with uow_factory() as uow:
            page = uow.retention.closed_rmas(before=cutoff, after_id=after, limit=PAGE)
            years = uow.retention.years_of(r["customer"] for r in page)
        if not page:
            return entries, problems, slip_count
        for row in page:
            entry, found, count = _write_rma(uow_factory, bundle, row, zone=zone, today=today,
                                             years=rules.years_for(row["customer"], years,
                                                                   shop_default),
                                             port=port, has_ca=has_ca)
            entries.append(entry)
            problems += found
            slip_count += count
            after = row["id"]
            if progress:
                progress(len(entries), row["rma_no"])


def _write_rma(uow_factory: Callable[[], AbstractUnitOfWork], bundle: _Bundle,
               row: dict[str, Any], *, zone: Any, today: date, years: int,
               port: slips.SlipPort,
               has_ca: bool) -> tuple[dict[str, Any], list[str], int]:
    rma_no = row["rma_no"]
    base = f"rmas/{rma_no}"
    with uow_factory() as uow:
        rma = uow.rmas.get(rma_no)
        handovers = uow.handovers.list(rma_no=rma_no)
        escalations = uow.escalations.list(status=None, rma_no=rma_no)
        records = uow.slips.for_rma(rma_no)
        log = uow.retention.log_rows(rma_no)
    closed_at = row["closed_at"] or (log[-1]["at"] if log else None) or row["received_at"]
    closed_on = closed_at.astimezone(zone).date()
    found = [f"{rma_no} {p.slip_no}: {p.problem}"
             for p in (slips.verify_rma(uow_factory(), rma_no, port) if has_ca else [])]
    files = []
    for record in records:
        files.append(rel := f"{base}/slips/{record.slip_no}.pdf")
        bundle.add(rel, record.pdf)
    record_data = {
        "rma": {k: v for k, v in dataclasses.asdict(rma).items() if k != "pending"},
        "handovers": [dataclasses.asdict(h) for h in handovers],
        "escalations": [dataclasses.asdict(e) for e in escalations],
        "slips": [{"slip_no": r.slip_no, "state": r.state, "content_sha256": r.content_sha256,
                   "previous_sha256": r.previous_sha256, "print_count": r.print_count,
                   "file": f"slips/{r.slip_no}.pdf"} for r in records],
    }
    files.append(rel := f"{base}/rma.json")
    bundle.add(rel, _json(record_data))
    files.append(rel := f"{base}/tracking_log.json")
    bundle.add(rel, _json(log))
    files.append(rel := f"{base}/tracking_log.csv")
    bundle.add(rel, _log_csv(log))
    entry = {
        "rma_no": rma_no,
        "customer": row["customer"],
        "received_at": row["received_at"].isoformat() if row["received_at"] else None,
        "closed_on": closed_on.isoformat(),
        "retention_years": years,
        "retain_until": rules.retain_until(closed_on, years).isoformat(),
        # On the day of the export: the archive room may dispose of a record only after this
        # turns false, and only outside benchapp (benchapp deletes nothing).
        "within_retention": rules.within_retention(closed_on, years, today),
        "slips": len(records),
        "anomaly_forms": len(rma.anomaly_forms),
        "tracking_log_entries": len(log),
        "slips_verified": not found,
        "files": files,
    }
    return entry, found, len(records)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot archive a {type(value).__name__}")


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain).encode("utf-8")


def _log_csv(log: list[dict[str, Any]]) -> bytes:
    """UTF-8 with BOM, the columns of `benchapp audit export`: opens in Excel."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(LOG_COLUMNS)
    for r in log:
        writer.writerow([r["id"], r["at"].isoformat() if r["at"] else "", r["rma_no"],
                         r["serial"] or "", r["action"], r["actor_id"] or "", r["actor_name"],
                         r["from_state"] or "", r["to_state"] or "",
                         json.dumps(r["detail"] or {}, ensure_ascii=False, default=_plain)])
    return text.getvalue().encode("utf-8-sig")


def _readme(*, has_ca: bool) -> str:
    slips_part = """
3. Check the signatures of the transfer slips 交接单 (rmas/<RMA>/slips/*.pdf). Each slip is
   signed by the giver and countersigned by the receiver with certificates the shop CA issued;
   ca.pem is that CA's certificate. With pyHanko's command line (pip install pyhanko-cli):

       pyhanko sign validate --trust ca.pem --trust-replace rmas/RMA-000001/slips/SLP-000001.pdf

   Every signature must read INTACT:TRUSTED. In a PDF reader (Adobe Acrobat Reader: Preferences
   > Signatures > Identities & Trusted Certificates > Import ca.pem, trusted for signatures),
   open the slip: the signature panel must show every signature valid and the document not
   changed since it was signed.

4. Check that ca.pem is the shop's CA: its SHA-256 fingerprint (manifest.json, "ca_sha256")
   must equal the one the shop recorded when it created the CA (`benchapp ca init` printed it):

       openssl x509 -in ca.pem -outform DER | sha256sum
""" if has_ca else """
3. The shop had no CA when this archive was written: there are no signed slips in it.
"""
    return f"""benchapp archive of closed RMAs ({FORMAT})
===================================================

Written by `benchapp archive`. Everything here can be checked without benchapp.

Contents
  manifest.json            what is in the archive: each RMA, its retention period and the
                           date until which it must be kept, the SHA-256 of every file
  SHA256SUMS               the SHA-256 of every file, in the format of `sha256sum -c`
  ca.pem                   the shop CA's certificate (trust root of the slip signatures)
  rmas/<RMA>/rma.json      the RMA, its units, anomaly forms, handovers and escalations
  rmas/<RMA>/tracking_log.csv / .json
                           its entries of the tracking log 售后跟踪记录表 (CSV: UTF-8, Excel)
  rmas/<RMA>/slips/*.pdf   the signed transfer slips, byte for byte as stored

How to verify

1. Check that no file was changed, added to or lost. Linux, macOS, Git Bash on Windows:

       sha256sum -c SHA256SUMS

   Every line must say OK. Windows PowerShell, one file:

       Get-FileHash -Algorithm SHA256 rmas\\RMA-000001\\tracking_log.csv

   and compare with its line in SHA256SUMS.

2. SHA256SUMS proves the files match each other, not who wrote them: someone who rewrites a
   file can rewrite SHA256SUMS too. The tracking log of the shop database records each export
   with the SHA-256 of its manifest.json (action "archive_written"); compare:

       sha256sum manifest.json
{slips_part}
Retention (seed 001 八, IATF 16949 7.5.3.2.1): keep each RMA's records at least until its
"retain_until" date in manifest.json. benchapp never deletes records; this archive is a copy.
Reading the archive needs approval, like the records themselves: keep it where the shop keeps
controlled documents.
"""
