"""The PDF side of benchapp.services.slips: render, sign, countersign and check slips."""

from __future__ import annotations

import io
from datetime import timedelta, timezone

from cryptography import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from benchapp.services import slips as api
from benchapp.slips.ca import (
    CaMaterial,
    UserCredential,
    certify_user_key,
    check_ca_passphrase,
    create_ca,
    is_legacy_wrap,
    issue_user_certificate,
    new_user_key,
    rewrap_key,
    session_wrap_key,
    unlock_user_key,
    unwrap_key,
)
from benchapp.slips.content import (
    Meaning,
    Receipt,
    SlipContent,
    content_sha256,
    giver_stamp_lines,
    receiver_stamp_lines,
)
from benchapp.slips.errors import CredentialError, SlipErrorReason
from benchapp.slips.metadata import read_embedded_slip
from benchapp.slips.render import render_slip
from benchapp.slips.sign import sign_slip
from benchapp.slips.verify import VERIFY_MESSAGES, verify_slip

# Slips show the shop's local time (China Standard Time); the database keeps UTC.
SHOP_TIME = timezone(timedelta(hours=8), "CST")
SLIP_FORMAT_VERSION = 1


class PdfSlips(api.SlipPort):
    """reportlab + pyHanko behind the service's port.

    ``ca_pin``: the shop CA fingerprint pinned in this machine's configuration (the machine
    setting ``shop_ca_fingerprint``; None: not pinned). Only the CA with that fingerprint is
    trusted, whatever rows the database holds.
    """

    def __init__(self, ca_pin: str | None = None) -> None:
        self.ca_pin = ca_pin.strip().lower() if ca_pin and ca_pin.strip() else None

    def trusted_ca(self, cas: list[api.Credential]) -> api.Credential:
        prints = [self.fingerprint(c.cert_pem) for c in cas]
        if self.ca_pin is not None:
            for ca, fp in zip(cas, prints, strict=True):
                if fp == self.ca_pin:
                    return ca
            raise CredentialError(SlipErrorReason.CA_NOT_PINNED_ONE,
                                  found=", ".join(fp[:16] + "…" for fp in prints),
                                  pinned=self.ca_pin[:16] + "…")
        if len(cas) != 1:
            raise CredentialError(SlipErrorReason.SEVERAL_CAS, count=len(cas),
                                  found=", ".join(fp[:16] + "…" for fp in prints))
        return cas[0]

    def serial(self, cert_pem: bytes) -> str:
        return format(x509.load_pem_x509_certificate(cert_pem).serial_number, "x")

    def create_ca(self, shop_name: str, passphrase: str) -> api.Credential:
        ca = create_ca(shop_name, passphrase)
        return api.Credential(ca.cert_pem, ca.encrypted_key_pem)

    def issue(self, ca: api.Credential, ca_passphrase: str, *, user_id: int, username: str,
              display_name: str, roles: list[str], password: str) -> api.Credential:
        cred = issue_user_certificate(CaMaterial(ca.cert_pem, ca.encrypted_key_pem),
                                      ca_passphrase, user_id=user_id, username=username,
                                      display_name=display_name, roles=roles, password=password)
        return api.Credential(cred.cert_pem, cred.encrypted_key_pem)

    def check_ca_passphrase(self, ca: api.Credential, passphrase: str) -> None:
        check_ca_passphrase(CaMaterial(ca.cert_pem, ca.encrypted_key_pem), passphrase)

    def check_password(self, credential: api.Credential, password: str) -> None:
        unlock_user_key(UserCredential(credential.cert_pem, credential.encrypted_key_pem),
                        password)

    def needs_rewrap(self, encrypted_key: bytes) -> bool:
        return is_legacy_wrap(encrypted_key)

    def rewrap(self, encrypted_key: bytes, old_secret: str, new_secret: str) -> bytes:
        try:
            return rewrap_key(encrypted_key, old_secret, new_secret)
        except ValueError as exc:
            raise CredentialError(SlipErrorReason.WRONG_PASSWORD, user="this") from exc

    def session_copy(self, encrypted_key: bytes, password: str, secret: str) -> bytes:
        try:
            return session_wrap_key(unwrap_key(encrypted_key, password), secret)
        except ValueError as exc:
            raise CredentialError(SlipErrorReason.WRONG_PASSWORD, user="this") from exc

    def new_key(self, password: str) -> tuple[bytes, bytes]:
        return new_user_key(password)

    def certify(self, ca: api.Credential, ca_passphrase: str, public_key_pem: bytes,
                encrypted_key: bytes, *, user_id: int, username: str, display_name: str,
                roles: list[str]) -> api.Credential:
        cred = certify_user_key(CaMaterial(ca.cert_pem, ca.encrypted_key_pem), ca_passphrase,
                                public_key_pem, encrypted_key, user_id=user_id,
                                username=username, display_name=display_name, roles=roles)
        return api.Credential(cred.cert_pem, cred.encrypted_key_pem)

    def fingerprint(self, cert_pem: bytes) -> str:
        from cryptography.hazmat.primitives import hashes

        return x509.load_pem_x509_certificate(cert_pem).fingerprint(hashes.SHA256()).hex()

    def give(self, header: api.SlipHeader, credential: api.Credential, password: str,
             ca_cert_pem: bytes) -> tuple[bytes, str]:
        content = SlipContent(
            shop_name=header.shop_name, form_no=header.form_no,
            form_revision=header.form_revision, slip_no=header.slip_no,
            version=SLIP_FORMAT_VERSION, rma_no=header.rma_no, customer=header.customer,
            model=header.model, from_station=header.from_station,
            to_station=header.to_station, serials=header.serials,
            declared_count=header.declared_count, giver_id=header.giver_id,
            giver_username=header.giver_username, giver_name=header.giver_name,
            giver_role=header.giver_role,
            handed_over_at=header.handed_over_at.astimezone(SHOP_TIME),
            previous_sha256=header.previous_sha256, ca_sha256=header.ca_sha256,
            log_head=header.log_head)
        # The wet-ink lines are drawn before the giver signs: nothing is drawn after.
        pdf = render_slip(content, wet_ink=header.wet_ink).pdf
        signed = sign_slip(pdf, UserCredential(credential.cert_pem, credential.encrypted_key_pem),
                           password, field="giver", stamp_lines=giver_stamp_lines(content),
                           ca_cert_pem=ca_cert_pem)
        return signed, content_sha256(content)

    def receive(self, pdf: bytes, block: api.ReceiverBlock, credential: api.Credential,
                password: str, ca_cert_pem: bytes) -> bytes:
        receipt = Receipt(receiver_name=block.receiver_name, receiver_role=block.receiver_role,
                          received_at=block.received_at.astimezone(SHOP_TIME),
                          counted=block.counted, refusal=block.refusal, note=block.note)
        return sign_slip(pdf, UserCredential(credential.cert_pem, credential.encrypted_key_pem),
                         password, field="receiver", stamp_lines=receiver_stamp_lines(receipt),
                         ca_cert_pem=ca_cert_pem,
                         meaning=Meaning.REFUSED if block.refusal else Meaning.RECEIVED)

    def signed_content(self, pdf: bytes) -> tuple[str, dict] | None:
        try:
            embedded = read_embedded_slip(PdfFileReader(io.BytesIO(pdf)))
        except (PdfError, ValueError, TypeError, KeyError, IndexError):
            return None
        if embedded is None or not embedded.content_matches:
            return None
        return embedded.sha256, embedded.content

    def check(self, pdf: bytes, ca_cert_pem: bytes, expected_sha256: str | None
              ) -> api.SlipCheck:
        v = verify_slip(pdf, trust_pem=ca_cert_pem, expected_sha256=expected_sha256)
        return api.SlipCheck(
            ok=v.ok, reason=v.reason.value if v.reason else None,
            message=v.message if v.reason is None else VERIFY_MESSAGES[v.reason]
            + (f" ({v.detail})" if v.detail else ""),
            slip_no=v.slip_no, content_sha256=v.sha256, content=dict(v.content),
            signers=[api.SignerInfo(s.field, s.name, s.username,
                                    s.meaning.value if s.meaning else None,
                                    certificate_sha256=s.certificate_sha256,
                                    certificate_serial=s.certificate_serial,
                                    user_id=s.user_id) for s in v.signers])
