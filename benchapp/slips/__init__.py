"""Signed transfer slips 交接单: render (reportlab), sign and countersign, verify (pyHanko)."""

# Imported on first use (PEP 562): reportlab and pyHanko take ~1 s to import, and the GUI
# needs only the error types at start-up (the sign-in window must come up fast).
_EXPORTS = {
    "CaMaterial": "ca",
    "CredentialError": "errors",
    "GIVER_BOX": "render",
    "Meaning": "content",
    "RECEIVER_BOX": "render",
    "Receipt": "content",
    "RenderError": "errors",
    "RenderedSlip": "render",
    "Signer": "verify",
    "SigningError": "errors",
    "SlipContent": "content",
    "SlipError": "errors",
    "SlipErrorReason": "errors",
    "UnitLabel": "render",
    "UserCredential": "ca",
    "Verification": "verify",
    "VerifyFailure": "verify",
    "canonical_json": "content",
    "content_sha256": "content",
    "create_ca": "ca",
    "giver_stamp_lines": "content",
    "issue_user_certificate": "ca",
    "qr_payload": "content",
    "receiver_stamp_lines": "content",
    "render_slip": "render",
    "render_unit_labels": "render",
    "sign_slip": "sign",
    "verify_slip": "verify",
    "write_atomically": "atomic",
}

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


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
