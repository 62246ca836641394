"""Reading a slip's identity back out of its PDF: the XMP record and the signatures' binding.

The renderer stores the canonical content and its SHA-256 in the XMP metadata of the unsigned
PDF; each signature commits to ``BENCHSLIP|slip|version|sha256|field|meaning`` inside its CMS
signed attributes (a commitment-type-indication qualifier), where no one can change it without
breaking the signature, and from where it travels along if the signature is lifted onto another
slip.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from asn1crypto import core
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.cades_asn1 import CommitmentTypeIndication
from pyhanko.sign.general import NonexistentAttributeError, find_unique_cms_attribute

from benchapp.slips.content import XMP_NAMESPACE, Meaning, SlipBinding

# ETSI commitment types (RFC 5126 / ETSI TS 119 172-1): the giver commits to having created
# and sent the slip, the receiver to having received it (whether it then accepts or refuses).
COMMITMENT_BY_FIELD = {"giver": "proof_of_origin", "receiver": "proof_of_receipt"}
# Identifies our qualifier inside the commitment type: a UUID-derived OID (ITU-T X.667, arc
# 2.25), so no registration is needed and no other application will use the same one.
BINDING_QUALIFIER_OID = "2.25.36838916485980637450987471766522896845"


@dataclass(frozen=True)
class EmbeddedSlip:
    """The slip record embedded in a PDF by the renderer."""

    slip_no: str
    version: int
    sha256: str
    content: dict[str, Any]
    content_json: bytes
    wet_ink: bool = False  # drawn with the wet-ink lines: the signature boxes sit higher

    @property
    def content_matches(self) -> bool:
        """Whether the embedded canonical content really hashes to the embedded SHA-256."""
        return hashlib.sha256(self.content_json).hexdigest() == self.sha256


def read_embedded_slip(reader: PdfFileReader) -> EmbeddedSlip | None:
    """The slip record as the renderer wrote it (revision 0), or None if there is none.

    Revision 0 is what every signature covers; pyHanko rewrites the XMP packet (producer,
    modification date) in each signing revision, so later copies are not the reference.
    """
    try:
        root = reader.get_historical_root(0)
        stream = root.get("/Metadata")
        if stream is None:
            return None
        data = stream.get_object().data
    except (KeyError, ValueError, TypeError, AttributeError, IndexError):
        return None
    return parse_xmp(data)


def parse_xmp(data: bytes) -> EmbeddedSlip | None:
    """The slip record in an XMP packet, written as elements or (pyHanko's style) attributes."""
    try:
        tree = ET.fromstring(data)
    except ET.ParseError:
        return None

    def value(name: str) -> str | None:
        tag = f"{{{XMP_NAMESPACE}}}{name}"
        for node in tree.iter():
            if node.tag == tag and node.text:
                return node.text
            if tag in node.attrib:
                return node.attrib[tag]
        return None

    slip_no = value("SlipNo")
    version = value("Version")
    sha256 = value("ContentSHA256")
    content_text = value("Content")
    if not (slip_no and version and version.isdigit() and sha256 and content_text):
        return None
    content_json = content_text.encode("utf-8")
    try:
        content = json.loads(content_json)
    except ValueError:
        return None
    if not isinstance(content, dict):
        return None
    return EmbeddedSlip(slip_no=slip_no, version=int(version), sha256=sha256, content=content,
                        content_json=content_json, wet_ink=value("WetInk") == "true")


def commitment_for(binding: SlipBinding) -> CommitmentTypeIndication:
    return CommitmentTypeIndication({
        "commitment_type_id": COMMITMENT_BY_FIELD[binding.field],
        "commitment_type_qualifier": [{
            "commitment_type_identifier": BINDING_QUALIFIER_OID,
            "qualifier": core.UTF8String(binding.encode()),
        }],
    })


def binding_of(signer_info) -> SlipBinding | None:
    """The slip binding in a signature's signed attributes, or None if it carries none."""
    try:
        indication = find_unique_cms_attribute(signer_info["signed_attrs"], "commitment_type")
    except (NonexistentAttributeError, ValueError, KeyError):
        return None
    try:
        qualifiers = indication["commitment_type_qualifier"]
        if not qualifiers:
            return None
        for qualifier in qualifiers:
            if qualifier["commitment_type_identifier"].dotted != BINDING_QUALIFIER_OID:
                continue
            text = core.UTF8String.load(qualifier["qualifier"].dump()).native
            binding = SlipBinding.decode(text)
            if binding is None:
                return None
            expected = COMMITMENT_BY_FIELD.get(binding.field)
            if indication["commitment_type_id"].native != expected:
                return None
            if binding.field == "giver" and binding.meaning is not Meaning.HANDED_OVER:
                return None
            if binding.field == "receiver" and binding.meaning is Meaning.HANDED_OVER:
                return None
            return binding
    except (ValueError, TypeError, KeyError):
        return None
    return None
