"""What a transfer slip 交接单 says, in one canonical form that a verifier can recompute.

The giver signs the slip content (QP-TPZ-002 5.3.3); its SHA-256 over the canonical JSON is
printed on the slip, held in its QR code, embedded in the PDF and bound into both signatures,
so the database record, the paper and the signed PDF can each be checked against the others.
The receiver's part (counted quantity, acceptance or refusal) is added later by the receiver's
countersignature and is therefore not part of this content.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from benchapp.domain.handover import Meaning, Refusal
from benchapp.domain.roles import Role, Station
from benchapp.domain.text import check_clean, describe, normalise, refused_character
from benchapp.slips.errors import RenderError, SlipErrorReason

# Bumped when the canonical form changes, so old hashes are recomputed the old way.
CANONICAL_SCHEMA = 1
QR_PREFIX = "BENCHSLIP"
# The XMP namespace under which the PDF carries the slip record.
XMP_NAMESPACE = "urn:benchapp:transfer-slip:1#"
_SHA256 = re.compile(r"[0-9a-f]{64}")

STATION_LABELS: dict[Station, tuple[str, str]] = {
    Station.RECEIVING: ("业务部收发", "Receiving & Shipping"),
    Station.QC: ("品质部", "QC"),
    Station.REPAIR: ("生产部维修", "Repair"),
    Station.PACKING: ("包装", "Packing"),
    Station.SUPERVISOR: ("主管", "Supervisor"),
}

ROLE_LABELS: dict[str, tuple[str, str]] = {
    Role.BUSINESS_CLERK: ("业务员", "Business clerk"),
    Role.PACKER: ("包装员", "Packer"),
    Role.QC_LEAD: ("品质组长", "QC lead"),
    Role.TESTER: ("测试员", "Tester"),
    Role.OQC_INSPECTOR: ("OQC检验员", "OQC inspector"),
    Role.QC_SUPERVISOR: ("品质主管", "QC supervisor"),
    Role.REPAIR_ENGINEER: ("维修工程师", "Repair engineer"),
    Role.PRODUCTION_LEAD: ("班组长", "Production team lead"),
    Role.PRODUCTION_SUPERVISOR: ("生产主管", "Production supervisor"),
    Role.TECH_SUPERVISOR: ("技术主管", "Tech supervisor"),
    Role.MANAGER: ("经理", "Manager"),
    Role.ADMIN: ("管理员", "Administrator"),
}

REFUSAL_LABELS: dict[Refusal, tuple[str, str]] = {
    Refusal.MISSING_SLIP: ("缺交接单", "slip missing"),
    Refusal.UNSIGNED: ("交出方未签名", "not signed by the giver"),
    Refusal.UNDATED: ("未填日期时间", "not dated"),
    Refusal.COUNT_MISMATCH: ("数量不符", "count does not match"),
    Refusal.WRONG_STATION: ("接收站错误", "wrong receiving station"),
    Refusal.NOT_IN_CUSTODY: ("单元不在交出方保管", "unit not in the giver's custody"),
    Refusal.SLIP_ALTERED: ("交接单被改动", "slip altered"),
}


MEANING_LABELS: dict[Meaning, tuple[str, str]] = {
    Meaning.HANDED_OVER: ("交出", "handed over"),
    Meaning.RECEIVED: ("接收", "received"),
    Meaning.REFUSED: ("拒收", "refused"),
}


def label(pair: tuple[str, str]) -> str:
    """Chinese first, then English: the shop's language, then the second language."""
    return f"{pair[0]} / {pair[1]}"


def station_label(station: Station) -> str:
    return label(STATION_LABELS[station])


def role_label(role: str) -> str:
    pair = ROLE_LABELS.get(role)
    return label(pair) if pair else role


def format_time(moment: datetime) -> str:
    """Seconds and the UTC offset: the database server's clock as the record keeps it."""
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    offset = moment.strftime("%z")
    return f"{text} {offset[:3]}:{offset[3:]}" if offset else text


@dataclass(frozen=True)
class SlipContent:
    """Everything the giver signs on one transfer slip.

    ``handed_over_at`` comes from the database server's clock, not the bench's.
    ``previous_sha256`` is the content SHA-256 of the previous slip of the same RMA (None for
    the first), which chains an RMA's slips so that a removed or replaced slip shows.
    ``ca_sha256`` is the fingerprint of the shop CA (SHA-256 of its DER certificate), printed
    on the slip and signed with it.
    ``log_head`` is the tracking log's head hash when the giver signed: the filed paper then
    anchors the database's history, and a rewrite of the log before it is found even when every
    later hash was recomputed (``benchapp audit verify``).
    """

    shop_name: str
    form_no: str
    form_revision: str
    slip_no: str
    version: int
    rma_no: str
    customer: str
    model: str
    from_station: Station
    to_station: Station
    serials: tuple[str, ...]
    declared_count: int
    giver_id: int
    giver_username: str
    giver_name: str
    giver_role: str
    handed_over_at: datetime
    previous_sha256: str | None = None
    ca_sha256: str | None = None
    log_head: str | None = None

    def __post_init__(self) -> None:
        for name in ("shop_name", "form_no", "form_revision", "slip_no", "rma_no", "customer",
                     "model", "giver_username", "giver_name", "giver_role"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name, detail="is empty")
            # The text policy of every door (benchapp.domain.text), applied again here:
            # harmless spaces normalised, anything else refused by name.
            value = normalise(value)
            if not value:
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name, detail="is empty")
            bad = refused_character(value)
            if bad is not None:
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name,
                                  detail=f"contains {describe(bad)}")
            object.__setattr__(self, name, value)
        if "|" in self.slip_no:
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="slip_no",
                              detail="may not contain '|' (the QR field separator)")
        object.__setattr__(self, "from_station", _station(self.from_station, "from_station"))
        object.__setattr__(self, "to_station", _station(self.to_station, "to_station"))
        if self.from_station is self.to_station:
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="to_station",
                              detail="is the same as from_station")
        object.__setattr__(self, "serials", tuple(self.serials))
        if not self.serials:
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="serials", detail="is empty")
        for serial in self.serials:
            # A serial is an identity: it is printed as stored or refused, never re-spelled.
            if (not isinstance(serial, str) or not serial.strip()
                    or check_clean(serial, "serial") is not None):
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field="serials",
                                  detail=f"holds an empty or unprintable serial {serial!r}")
        if len(set(self.serials)) != len(self.serials):
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="serials",
                              detail="lists a serial twice")
        for name in ("version", "declared_count", "giver_id"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name,
                                  detail=f"must be a whole number >= 0, not {value!r}")
        if self.version < 1:
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="version",
                              detail="starts at 1")
        if self.declared_count != len(self.serials):
            # QP-TPZ-002 5.3.3: the declared count is what the receiver counts against; a slip
            # that disagrees with its own unit list must never be printed.
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="declared_count",
                              detail=f"is {self.declared_count} but {len(self.serials)} "
                                     "serials are listed")
        if not isinstance(self.handed_over_at, datetime):
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="handed_over_at",
                              detail="must be a datetime")
        for name in ("previous_sha256", "ca_sha256", "log_head"):
            value = getattr(self, name)
            if value is not None and not _SHA256.fullmatch(value):
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name,
                                  detail="must be 64 lower-case hex digits or None")

    def canonical(self) -> dict[str, Any]:
        shop_ca = {"ca_sha256": self.ca_sha256} if self.ca_sha256 else {}
        log_head = {"log_head": self.log_head} if self.log_head else {}
        # Schema 2 adds the shop CA's fingerprint, schema 3 the log's head; a slip without
        # them keeps its schema, so every hash signed before is recomputed the same way.
        schema = CANONICAL_SCHEMA + (2 if log_head else 1 if shop_ca else 0)
        return {
            **shop_ca,
            **log_head,
            "schema": schema,
            "shop_name": self.shop_name,
            "form_no": self.form_no,
            "form_revision": self.form_revision,
            "slip_no": self.slip_no,
            "version": self.version,
            "rma_no": self.rma_no,
            "customer": self.customer,
            "model": self.model,
            "from_station": self.from_station.value,
            "to_station": self.to_station.value,
            # A set of units: the order they were scanned in is not part of what is signed.
            "serials": sorted(self.serials),
            "declared_count": self.declared_count,
            "giver": {
                "id": self.giver_id,
                "username": self.giver_username,
                "name": self.giver_name,
                "role": str(self.giver_role),
            },
            "handed_over_at": self.handed_over_at.isoformat(timespec="microseconds"),
            "previous_sha256": self.previous_sha256,
        }


def canonical_json(content: SlipContent) -> bytes:
    """Sorted keys, UTF-8, no whitespace: the bytes the content SHA-256 is taken over."""
    return json.dumps(content.canonical(), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def content_sha256(content: SlipContent) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def qr_payload(content: SlipContent, sha256: str | None = None) -> str:
    """``BENCHSLIP|<slip_no>|<version>|<sha256>``: what the slip's QR code holds."""
    return f"{QR_PREFIX}|{content.slip_no}|{content.version}|{sha256 or content_sha256(content)}"


@dataclass(frozen=True)
class SlipBinding:
    """The slip identity a signature commits to; read back from the signed data by a verifier."""

    slip_no: str
    version: int
    sha256: str
    field: str
    meaning: Meaning

    def encode(self) -> str:
        return "|".join((QR_PREFIX, self.slip_no, str(self.version), self.sha256, self.field,
                         self.meaning.value))

    @classmethod
    def decode(cls, text: str) -> SlipBinding | None:
        parts = text.split("|")
        if len(parts) != 6 or parts[0] != QR_PREFIX or not parts[2].isdigit():
            return None
        try:
            meaning = Meaning(parts[5])
        except ValueError:
            return None
        return cls(slip_no=parts[1], version=int(parts[2]), sha256=parts[3], field=parts[4],
                   meaning=meaning)


@dataclass(frozen=True)
class Receipt:
    """The receiver's side of a handover, carried by the receiver's countersignature stamp."""

    receiver_name: str
    receiver_role: str
    received_at: datetime
    counted: int
    refusal: Refusal | None = None
    note: str = ""
    meaning: Meaning = field(init=False)

    def __post_init__(self) -> None:
        for name in ("receiver_name", "receiver_role"):
            value = getattr(self, name)
            if not isinstance(value, str) or refused_character(normalise(value)) is not None:
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name,
                                  detail="is empty or unprintable")
            value = normalise(value)
            if not value:
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name,
                                  detail="is empty or unprintable")
            object.__setattr__(self, name, value)
        if not isinstance(self.counted, int) or isinstance(self.counted, bool) or (
                self.counted < 0):
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="counted",
                              detail=f"must be a whole number >= 0, not {self.counted!r}")
        if not isinstance(self.received_at, datetime):
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="received_at",
                              detail="must be a datetime")
        if self.refusal is not None:
            try:
                object.__setattr__(self, "refusal", Refusal(self.refusal))
            except ValueError:
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field="refusal",
                                  detail=f"{self.refusal!r} is not a refusal reason") from None
        object.__setattr__(self, "meaning",
                           Meaning.REFUSED if self.refusal is not None else Meaning.RECEIVED)


def giver_stamp_lines(content: SlipContent) -> list[str]:
    """The text of the giver's signature stamp: meaning, name, role, time, declared count."""
    return [
        f"{label(MEANING_LABELS[Meaning.HANDED_OVER])}  {content.declared_count} 件 pcs",
        f"交出人 Giver: {content.giver_name} ({content.giver_username})",
        f"岗位 Role: {role_label(content.giver_role)}",
        f"时间 Time: {format_time(content.handed_over_at)}",
    ]


def receiver_stamp_lines(receipt: Receipt) -> list[str]:
    """The text of the receiver's stamp: received or refused (with reason), count, name, time."""
    lines = [
        f"{label(MEANING_LABELS[receipt.meaning])}  实收 counted: {receipt.counted} 件 pcs",
        f"接收人 Receiver: {receipt.receiver_name}",
        f"岗位 Role: {role_label(receipt.receiver_role)}",
        f"时间 Time: {format_time(receipt.received_at)}",
    ]
    if receipt.refusal is not None:
        reason = label(REFUSAL_LABELS[receipt.refusal])
        # A free-text note may hold line breaks; the stamp line holds one line.
        flat = " ".join(receipt.note.split())
        note = f": {flat}" if flat else ""
        lines.append(f"原因 Reason: {reason}{note}")
    return lines


def _station(value: Station | str, name: str) -> Station:
    try:
        return Station(value)
    except ValueError:
        raise RenderError(SlipErrorReason.INVALID_CONTENT, field=name,
                          detail=f"{value!r} is not a station") from None
