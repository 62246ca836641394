"""Sign a rendered slip (giver) and countersign it (receiver) with pyHanko, PAdES B-B.

Each signature is an incremental update that adds a visible signature field in its pre-drawn
box on the last page; the page content drawn before is never touched (pyHanko #259: text added
after a signature invalidates it). The factory is offline, so there is no time-stamping
authority: the database server's time is printed in the stamp and kept in the audit trail.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.ades.api import CAdESSignedAttrSpec
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from benchapp.domain.roles import Station
from benchapp.slips.ca import UserCredential, check_issued_by, unlock_user_key
from benchapp.slips.content import Meaning, SlipBinding, station_label
from benchapp.slips.errors import SigningError, SlipErrorReason
from benchapp.slips.fonts import SlipFonts, StampFontBuilder, slip_fonts, stamp_font_builder
from benchapp.slips.metadata import commitment_for, read_embedded_slip
from benchapp.slips.render import SIGNATURE_BOXES, signature_boxes

FIELDS = tuple(SIGNATURE_BOXES)
# Stamp text sizes (font size, leading) from the preferred one down to the smallest still
# legible on a printed A4 slip; the first at which the wrapped text fits the box is used.
# Leadings are whole points: pyHanko's layout computes box ratios as exact fractions.
STAMP_SIZES = ((8.5, 10), (7.5, 9), (6.5, 8))
STAMP_MARGIN = 5
# Room for the CMS: an EC P-256 signature with the signer's and the CA's certificate and the
# signed attributes needs about 2.5 KB. A fixed size spares pyHanko a trial signature per call.
SIGNATURE_BYTES_RESERVED = 8192
_STAMP_INK = (0.05, 0.16, 0.45)  # blue-black, like a pen signature


@dataclass(frozen=True)
class _MemoryFontFactory(FontEngineFactory):
    """pyHanko font engine factory for a font held in memory (the per-stamp glyph subset)."""

    font_bytes: bytes
    font_size: float

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(self.font_bytes),
                                font_size=self.font_size, obj_stream=obj_stream)


def sign_slip(
    pdf: bytes,
    credential: UserCredential,
    password: str,
    *,
    field: str,
    stamp_lines: Sequence[str],
    ca_cert_pem: bytes,
    meaning: Meaning | None = None,
    fonts: SlipFonts | None = None,
    stamp_fonts: StampFontBuilder | None = None,
) -> bytes:
    """Add the ``field`` ('giver' or 'receiver') signature to a rendered slip.

    ``stamp_lines`` are shown in the signature box (see ``giver_stamp_lines`` and
    ``receiver_stamp_lines``); long lines are wrapped. ``meaning`` defaults to handed over for
    the giver and received for the receiver; a refusing receiver passes ``Meaning.REFUSED``.
    The slip number, version, content hash, field and meaning are bound into the signed data.

    Only the slip's structure is checked here (a slip, this field free, nothing appended since
    rendering or since the giver signed); the receiving station runs ``verify_slip`` with the
    record's hash before countersigning, as QP-TPZ-002 5.3.4 has it refuse an altered slip.

    Raises CredentialError (wrong password, certificate not from ``ca_cert_pem``, expired) or
    SigningError (unknown field, already signed, receiver before giver, modified, not a slip).
    """
    if field not in SIGNATURE_BOXES:
        raise SigningError(SlipErrorReason.UNKNOWN_FIELD, field=field, allowed=", ".join(FIELDS))
    meaning = meaning or (Meaning.HANDED_OVER if field == "giver" else Meaning.RECEIVED)
    if (field == "giver") != (meaning is Meaning.HANDED_OVER):
        raise SigningError(SlipErrorReason.UNKNOWN_FIELD, field=f"{field}/{meaning.value}",
                           allowed="giver/handed_over, receiver/received, receiver/refused")
    key = unlock_user_key(credential, password)
    cert = check_issued_by(credential, ca_cert_pem)

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        reader = writer.prev
        embedded = read_embedded_slip(reader)
        signed = {sig.field_name for sig in reader.embedded_signatures}
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise SigningError(SlipErrorReason.NOT_A_SLIP, detail=str(exc)) from exc
    if embedded is None:
        raise SigningError(SlipErrorReason.NOT_A_SLIP, detail="it has no slip record (XMP)")
    if field in signed:
        raise SigningError(SlipErrorReason.ALREADY_SIGNED, slip_no=embedded.slip_no, field=field)
    if signed - set(FIELDS):
        raise SigningError(SlipErrorReason.NOT_A_SLIP,
                           detail=f"it carries foreign signatures {sorted(signed - set(FIELDS))}")
    if field == "receiver" and "giver" not in signed:
        raise SigningError(SlipErrorReason.GIVER_NOT_SIGNED, slip_no=embedded.slip_no)
    # The giver signs the slip as rendered (one revision), the receiver the slip as the giver
    # signed it (two): anything appended in between would be signed unseen.
    expected_revisions = 1 if field == "giver" else 2
    if reader.xrefs.total_revisions != expected_revisions:
        raise SigningError(SlipErrorReason.MODIFIED, slip_no=embedded.slip_no,
                           after="rendering" if field == "giver" else "the giver signed")

    fonts = fonts or slip_fonts()
    fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    lines, size, leading = _layout_stamp(
        [*stamp_lines, f"电子签名 Digitally signed · 证书 cert {fingerprint[:16].upper()}"], fonts)
    body = "\n".join(lines)
    font_bytes = (stamp_fonts or stamp_font_builder()).build(body)

    binding = SlipBinding(slip_no=embedded.slip_no, version=embedded.version,
                          sha256=embedded.sha256, field=field, meaning=meaning)
    display_name = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    station = embedded.content.get("from_station" if field == "giver" else "to_station")
    try:
        location = station_label(Station(station))
    except ValueError:
        location = None
    signer = signers.SimpleSigner(
        signing_cert=_asn1_cert(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        # The CA certificate travels inside the signature, so a validator given only the
        # shop CA as trust anchor can build the chain.
        cert_registry=SimpleCertificateStore.from_certs(
            [_asn1_cert(x509.load_pem_x509_certificate(ca_cert_pem))]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        name=str(display_name),
        location=location,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        # PAdES: the commitment type replaces /Reason, and it is signed, so the binding to this
        # slip cannot be edited or stripped without breaking the signature.
        cades_signed_attr_spec=CAdESSignedAttrSpec(commitment_type=commitment_for(binding)),
    )
    style = TextStampStyle(
        stamp_text="%(body)s",
        text_box_style=TextBoxStyle(font=_MemoryFontFactory(font_bytes, size),
                                    font_size=size, leading=leading, text_color=_STAMP_INK),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
            margins=Margins.uniform(STAMP_MARGIN),
            inner_content_scaling=InnerScaling.SHRINK_TO_FIT),
        # The box outline is already on the page; a stamp border would sit half outside the
        # field and be clipped.
        border_width=0,
        background=None,
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=signer, stamp_style=style,
        # The box as the renderer drew it (higher on a slip with wet-ink lines; the XMP of
        # revision 0, which the giver's signature covers, says which).
        new_field_spec=fields.SigFieldSpec(field, on_page=-1,
                                           box=signature_boxes(embedded.wet_ink)[field]),
    )
    out = pdf_signer.sign_pdf(writer, appearance_text_params={"body": body},
                              bytes_reserved=SIGNATURE_BYTES_RESERVED)
    return out.getvalue()


def _asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _layout_stamp(stamp_lines: Sequence[str], fonts: SlipFonts
                  ) -> tuple[list[str], float, int]:
    """The stamp text wrapped to the box at the largest size that fits: (lines, size, leading).

    Text that does not fit even at the smallest size is an error, never silently cut: the
    stamp is what the signer signs.
    """
    x1, y1, x2, y2 = SIGNATURE_BOXES["giver"]
    room_x = x2 - x1 - 2 * STAMP_MARGIN - 2
    room_y = y2 - y1 - 2 * STAMP_MARGIN
    cleaned = [" ".join(str(raw).split()) for raw in stamp_lines]
    cleaned = [line for line in cleaned if line]
    if len(cleaned) < 2:  # the trailer line alone: the caller gave no text
        raise SigningError(SlipErrorReason.INVALID_CONTENT, field="stamp_lines", detail="is empty")
    for size, leading in STAMP_SIZES:
        lines = _wrap(cleaned, fonts, size, room_x)
        if len(lines) * leading <= room_y:
            return lines, size, leading
    size, leading = STAMP_SIZES[-1]
    raise SigningError(SlipErrorReason.STAMP_TOO_LONG, lines=len(_wrap(cleaned, fonts, size,
                                                                       room_x)),
                       limit=int(room_y // leading))


def _wrap(lines: Sequence[str], fonts: SlipFonts, size: float, room: float) -> list[str]:
    out: list[str] = []
    for line in lines:
        current, width = "", 0.0
        for ch in line:
            advance = fonts.width(ch, size)
            if current and width + advance > room:
                out.append(current.rstrip())
                current = "  "  # continuation lines are indented
                width = fonts.width(current, size)
                if ch == " ":
                    continue
            current += ch
            width += advance
        out.append(current.rstrip())
    return out
