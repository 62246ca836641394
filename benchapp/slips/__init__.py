"""Signed transfer slips 交接单: render (reportlab), sign and countersign, verify (pyHanko)."""

from benchapp.slips.atomic import write_atomically
from benchapp.slips.ca import CaMaterial, UserCredential, create_ca, issue_user_certificate
from benchapp.slips.content import (
    Meaning,
    Receipt,
    SlipContent,
    canonical_json,
    content_sha256,
    giver_stamp_lines,
    qr_payload,
    receiver_stamp_lines,
)
from benchapp.slips.errors import (
    CredentialError,
    RenderError,
    SigningError,
    SlipError,
    SlipErrorReason,
)
from benchapp.slips.render import (
    GIVER_BOX,
    RECEIVER_BOX,
    RenderedSlip,
    UnitLabel,
    render_slip,
    render_unit_labels,
)
from benchapp.slips.sign import sign_slip
from benchapp.slips.verify import Signer, Verification, VerifyFailure, verify_slip

__all__ = [
    "GIVER_BOX",
    "RECEIVER_BOX",
    "CaMaterial",
    "CredentialError",
    "Meaning",
    "Receipt",
    "RenderError",
    "RenderedSlip",
    "Signer",
    "SigningError",
    "SlipContent",
    "SlipError",
    "SlipErrorReason",
    "UnitLabel",
    "UserCredential",
    "Verification",
    "VerifyFailure",
    "canonical_json",
    "content_sha256",
    "create_ca",
    "giver_stamp_lines",
    "issue_user_certificate",
    "qr_payload",
    "receiver_stamp_lines",
    "render_slip",
    "render_unit_labels",
    "sign_slip",
    "verify_slip",
    "write_atomically",
]
