"""Verify a signed slip: integrity, trust in the shop CA, binding to this slip, nothing appended.

pyHanko does the cryptography and the difference analysis between revisions; this module adds
what makes a PDF a valid *slip*: every signature commits to this slip's number and content hash,
the giver signs before the receiver, nothing but a signature follows a signature, and the
embedded content matches what the database expects.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from benchapp.slips.content import Meaning
from benchapp.slips.errors import CredentialError, SlipErrorReason
from benchapp.slips.metadata import EmbeddedSlip, binding_of, read_embedded_slip

SLIP_FIELDS = ("giver", "receiver")


class VerifyFailure(StrEnum):
    """Why a slip PDF is not a valid signed slip. The GUI maps each to a translated text."""

    UNSIGNED = "unsigned"
    NOT_A_SLIP = "not_a_slip"
    TAMPERED = "tampered"
    UPDATE_AFTER_SIGNATURE = "update_after_signature"
    FOREIGN_SIGNATURE = "foreign_signature"
    UNTRUSTED_CERTIFICATE = "untrusted_certificate"
    HASH_MISMATCH = "hash_mismatch"


VERIFY_MESSAGES: dict[VerifyFailure, str] = {
    VerifyFailure.UNSIGNED: "The slip carries no signature.",
    VerifyFailure.NOT_A_SLIP: "This PDF is not a benchapp transfer slip.",
    VerifyFailure.TAMPERED: "The slip was changed after it was signed.",
    VerifyFailure.UPDATE_AFTER_SIGNATURE: "Something other than a signature was added to the "
    "slip after it was signed.",
    VerifyFailure.FOREIGN_SIGNATURE: "A signature on this slip was made for another slip.",
    VerifyFailure.UNTRUSTED_CERTIFICATE: "A signature was not made with a certificate of the "
    "shop CA.",
    VerifyFailure.HASH_MISMATCH: "The slip's content differs from the database record.",
}


@dataclass(frozen=True)
class Signer:
    """One signature on the slip, as read from the PDF.

    ``signed_at`` is the signing bench's own clock (the PDF /M entry); the database server time
    is in the stamp text and the audit trail.
    """

    field: str
    name: str
    username: str | None
    user_id: int | None
    meaning: Meaning | None
    signed_at: datetime | None
    certificate_sha256: str
    intact: bool
    trusted: bool
    certificate_serial: str = ""  # lower-case hex


@dataclass(frozen=True)
class Verification:
    ok: bool
    reason: VerifyFailure | None
    detail: str = ""
    slip_no: str | None = None
    version: int | None = None
    sha256: str | None = None
    signers: list[Signer] = field(default_factory=list)
    content: dict = field(default_factory=dict)  # the embedded canonical content, if readable

    def signer(self, field_name: str) -> Signer | None:
        return next((s for s in self.signers if s.field == field_name), None)

    @property
    def giver_signed(self) -> bool:
        return self.ok and self.signer("giver") is not None

    @property
    def receiver_signed(self) -> bool:
        return self.ok and self.signer("receiver") is not None

    @property
    def message(self) -> str:
        return "The slip is valid." if self.reason is None else VERIFY_MESSAGES[self.reason]


def verify_slip(pdf: bytes, *, trust_pem: bytes, expected_sha256: str | None = None
                ) -> Verification:
    """Check a slip PDF against the shop CA (``trust_pem``) and, if given, the database hash.

    A slip with only the giver's signature is valid (``receiver_signed`` tells the rest).
    ``trust_pem`` may hold several certificates (an old and a new shop CA); one that holds
    none raises CredentialError(INVALID_TRUST_ANCHOR), a configuration fault, not a finding.
    """
    return asyncio.run(_verify(pdf, trust_pem, expected_sha256))


def _fail(reason: VerifyFailure, detail: str, slip: EmbeddedSlip | None = None,
          signers: list[Signer] | None = None) -> Verification:
    return Verification(
        ok=False, reason=reason, detail=detail,
        slip_no=slip.slip_no if slip else None, version=slip.version if slip else None,
        sha256=slip.sha256 if slip else None, signers=signers or [],
        content=slip.content if slip and slip.content_matches else {})


async def _verify(pdf: bytes, trust_pem: bytes, expected_sha256: str | None) -> Verification:
    try:
        trust = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER))
                 for c in x509.load_pem_x509_certificates(trust_pem)]
    except (ValueError, TypeError) as exc:
        raise CredentialError(SlipErrorReason.INVALID_TRUST_ANCHOR, detail=str(exc)) from exc
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        slip = read_embedded_slip(reader)
        signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        # A changed byte can break the file structure itself (offsets, compressed streams).
        return _fail(VerifyFailure.TAMPERED, f"the PDF cannot be read: {exc}")
    if slip is None:
        return _fail(VerifyFailure.NOT_A_SLIP, "no slip record in the PDF's metadata")
    if not signatures:
        return _fail(VerifyFailure.UNSIGNED, "no signature", slip)
    if not slip.content_matches:
        return _fail(VerifyFailure.TAMPERED, "the embedded content does not hash to the "
                     "embedded SHA-256", slip)

    # Binding first: a lifted signature is also not intact, but "made for another slip" is
    # the finding that explains it.
    fields_seen: list[str] = []
    for sig in signatures:
        name = sig.field_name
        binding = binding_of(sig.signer_info)
        if name not in SLIP_FIELDS or binding is None:
            return _fail(VerifyFailure.FOREIGN_SIGNATURE,
                         f"signature field {name!r} carries no binding to a slip", slip)
        if (binding.slip_no, binding.version) == (slip.slip_no, slip.version) and (
                binding.sha256 != slip.sha256):
            # Slip numbers are unique: same slip and version, other hash means the content
            # embedded in this PDF was changed after the signature was made over it.
            return _fail(VerifyFailure.TAMPERED,
                         f"the {name} signature was made over content {binding.sha256[:12]}…, "
                         f"the slip now holds {slip.sha256[:12]}…", slip)
        if (binding.slip_no, binding.version, binding.field) != (
                slip.slip_no, slip.version, name):
            return _fail(VerifyFailure.FOREIGN_SIGNATURE,
                         f"the {name} signature was made for slip {binding.slip_no} "
                         f"v{binding.version} ({binding.sha256[:12]}…, field {binding.field})",
                         slip)
        if not _padding_is_zero(sig):
            # Bytes outside the CMS but inside /Contents are covered by no signature; pyHanko
            # ignores them, so a changed byte there must be caught here.
            return _fail(VerifyFailure.TAMPERED,
                         f"the {name} signature's /Contents carries bytes after its CMS", slip)
        fields_seen.append(name)
    if fields_seen not in (["giver"], ["giver", "receiver"]):
        return _fail(VerifyFailure.TAMPERED,
                     f"signatures in the order {fields_seen}: the giver signs first, once", slip)
    if signatures[0].signed_revision != 1:
        # Revision 0 is the slip as rendered; an update before the giver's signature could
        # show other content than the embedded record, and the giver would have signed that.
        return _fail(VerifyFailure.TAMPERED, "the slip was changed between rendering and the "
                     "giver's signature", slip)

    context = ValidationContext(trust_roots=trust, allow_fetching=False)
    signers: list[Signer] = []
    last = len(signatures) - 1
    for index, sig in enumerate(signatures):
        try:
            status = await async_validate_pdf_signature(sig, signer_validation_context=context)
        except (SignatureValidationError, PdfError, ValueError) as exc:
            return _fail(VerifyFailure.TAMPERED, f"the {sig.field_name} signature cannot be "
                         f"validated: {exc}", slip, signers)
        signer = _signer(sig, status)
        signers.append(signer)
        if not (status.intact and status.valid):
            return _fail(VerifyFailure.TAMPERED,
                         f"the {sig.field_name} signature does not match the document bytes",
                         slip, signers)
        if not status.trusted:
            return _fail(VerifyFailure.UNTRUSTED_CERTIFICATE,
                         f"the {sig.field_name} certificate ({signer.name}) does not chain to "
                         f"the shop CA: {status.trust_problem_indic}", slip, signers)
        if index == last:
            if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
                return _fail(VerifyFailure.UPDATE_AFTER_SIGNATURE,
                             f"the file goes on after the last ({sig.field_name}) signature",
                             slip, signers)
        else:
            level = status.modification_level
            # Only the receiver's countersignature (form filling) may follow the giver's.
            if level is None or level > ModificationLevel.FORM_FILLING or not status.docmdp_ok:
                return _fail(VerifyFailure.UPDATE_AFTER_SIGNATURE,
                             f"after the {sig.field_name} signature the file was changed "
                             f"({level.name if level else 'unknown'})", slip, signers)
    if expected_sha256 is not None and expected_sha256 != slip.sha256:
        return _fail(VerifyFailure.HASH_MISMATCH,
                     f"the slip holds content {slip.sha256}, the record expects "
                     f"{expected_sha256}", slip, signers)
    return Verification(ok=True, reason=None, slip_no=slip.slip_no, version=slip.version,
                        sha256=slip.sha256, signers=signers, content=slip.content)


def _signer(sig, status) -> Signer:
    cert = sig.signer_cert
    subject = cert.subject.native
    user_id = subject.get("serial_number")
    binding = binding_of(sig.signer_info)
    return Signer(
        field=sig.field_name,
        name=str(subject.get("common_name", "")),
        username=subject.get("user_id"),
        user_id=int(user_id) if isinstance(user_id, str) and user_id.isdigit() else None,
        meaning=binding.meaning if binding else None,
        signed_at=sig.self_reported_timestamp,
        certificate_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        certificate_serial=format(cert.serial_number, "x"),
    )


def _padding_is_zero(sig) -> bool:
    """Whether everything in /Contents after the DER-encoded CMS is zero padding."""
    raw = sig.sig_object.get("/Contents")
    data = raw.original_bytes if hasattr(raw, "original_bytes") else bytes(raw)
    if len(data) < 2 or data[0] != 0x30:
        return False
    first = data[1]
    if first < 0x80:
        length, header = first, 2
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or len(data) < 2 + count:
            return False
        length, header = int.from_bytes(data[2:2 + count], "big"), 2 + count
    return not any(data[header + length:])

