"""Giver signs, receiver countersigns, verification passes; every tamper case fails by name."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import subprocess

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.xref import XRefCache
from reportlab.pdfgen.canvas import Canvas

from benchapp.slips import (
    Meaning,
    content_sha256,
    giver_stamp_lines,
    issue_user_certificate,
    receiver_stamp_lines,
    render_slip,
    sign_slip,
    verify_slip,
)
from benchapp.slips.ca import create_ca
from benchapp.slips.errors import CredentialError, SigningError, SlipErrorReason
from benchapp.slips.render import SIGNATURE_BOXES
from benchapp.slips.samples import sample_content, sample_receipt
from benchapp.slips.verify import VerifyFailure
from tests.integration.slips.conftest import CA_PASS, GIVER_PASS, RECEIVER_PASS
from tests.tools import environment_tool


def giver_sign(shop, pdf, content, *, credential=None, password=GIVER_PASS, ca_pem=None):
    ca, giver, _ = shop
    return sign_slip(pdf, credential or giver, password, field="giver",
                     stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca_pem or ca.cert_pem)


def receiver_sign(shop, pdf, content, **kwargs):
    ca, _, receiver = shop
    return sign_slip(pdf, receiver, RECEIVER_PASS, field="receiver",
                     stamp_lines=receiver_stamp_lines(sample_receipt(content)),
                     ca_cert_pem=ca.cert_pem, **kwargs)


def page_contents(pdf: bytes, revision: int | None = None) -> list[bytes]:
    """The decoded content streams of every page, as of ``revision`` (default: newest)."""
    reader = PdfFileReader(io.BytesIO(pdf))
    root = reader.root if revision is None else reader.get_historical_root(revision)
    out = []

    def walk(node):
        node = node.get_object()
        if node["/Type"] == "/Pages":
            for kid in node["/Kids"]:
                walk(kid)
            return
        contents = node["/Contents"].get_object()
        parts = contents if isinstance(contents, generic.ArrayObject) else [contents]
        out.append(b"".join(part.get_object().data for part in parts))

    walk(root["/Pages"])
    return out


def test_giver_and_receiver_signatures_validate(shop, content, both_signed):
    result = verify_slip(both_signed, trust_pem=shop[0].cert_pem,
                         expected_sha256=content_sha256(content))
    assert result.ok, result.detail
    assert result.reason is None and result.giver_signed and result.receiver_signed
    giver, receiver = result.signers
    assert (giver.field, giver.name, giver.username, giver.user_id, giver.meaning) == (
        "giver", "张伟", "clerk", 2, Meaning.HANDED_OVER)
    assert (receiver.field, receiver.name, receiver.username, receiver.meaning) == (
        "receiver", "李娜", "packer", Meaning.RECEIVED)
    assert giver.signed_at is not None and giver.intact and giver.trusted
    assert (result.slip_no, result.version) == ("SLP-000123", 1)


def test_giver_only_slip_is_valid_and_awaits_the_receiver(shop, giver_signed):
    result = verify_slip(giver_signed, trust_pem=shop[0].cert_pem)
    assert result.ok and result.giver_signed and not result.receiver_signed


def test_stamps_show_who_when_and_what_in_chinese(poppler, both_signed):
    text = poppler("pdftotext", both_signed)
    for expected in ("交出 / handed over", "交出人 Giver: 张伟 (clerk)",
                     "接收 / received", "实收 counted: 50", "接收人 Receiver: 李娜",
                     "时间 Time: 2025-03-14 10:02:05 +08:00", "电子签名 Digitally signed"):
        assert expected in text, expected


def test_signing_never_changes_what_was_drawn(rendered, both_signed):
    assert page_contents(both_signed) == page_contents(rendered.pdf)
    assert both_signed.startswith(rendered.pdf)  # incremental updates only append


def test_pyhanko_cli_accepts_the_slip(shop, both_signed, tmp_path):
    cli = environment_tool("pyhanko")
    if cli is None:
        pytest.skip("pyhanko-cli is not installed (pip install pyhanko-cli)")
    (tmp_path / "ca.pem").write_bytes(shop[0].cert_pem)
    (tmp_path / "slip.pdf").write_bytes(both_signed)
    out = subprocess.run([cli, "sign", "validate", "--trust", "ca.pem", "--trust-replace",
                          "slip.pdf"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("INTACT:TRUSTED") == 2


def test_wrong_password_is_a_clear_typed_error(shop, rendered, content):
    with pytest.raises(CredentialError) as caught:
        giver_sign(shop, rendered.pdf, content, password="guess")
    assert caught.value.reason is SlipErrorReason.WRONG_PASSWORD
    assert caught.value.message == "wrong password: clerk's signing key stays locked"


def test_signing_order_and_fields_are_enforced(shop, content, rendered, giver_signed,
                                               both_signed):
    with pytest.raises(SigningError) as caught:
        receiver_sign(shop, rendered.pdf, content)
    assert caught.value.reason is SlipErrorReason.GIVER_NOT_SIGNED
    with pytest.raises(SigningError) as caught:
        giver_sign(shop, giver_signed, content)
    assert caught.value.reason is SlipErrorReason.ALREADY_SIGNED
    with pytest.raises(SigningError) as caught:
        receiver_sign(shop, both_signed, content)
    assert caught.value.reason is SlipErrorReason.ALREADY_SIGNED
    with pytest.raises(SigningError) as caught:
        sign_slip(rendered.pdf, shop[1], GIVER_PASS, field="witness", stamp_lines=["x"],
                  ca_cert_pem=shop[0].cert_pem)
    assert caught.value.reason is SlipErrorReason.UNKNOWN_FIELD


def test_a_refusal_is_countersigned_with_its_reason(shop, content, giver_signed, poppler):
    ca, _, receiver = shop
    receipt = dataclasses.replace(
        sample_receipt(content, refused=True), receiver_name="李娜𠀀",
        note="外箱破损，其中一件序列号标签缺失，无法扫描，请业务部核对后重新交接")
    refused = sign_slip(giver_signed, receiver, RECEIVER_PASS, field="receiver",
                        stamp_lines=receiver_stamp_lines(receipt), ca_cert_pem=ca.cert_pem,
                        meaning=Meaning.REFUSED)
    result = verify_slip(refused, trust_pem=ca.cert_pem)
    assert result.ok and result.signer("receiver").meaning is Meaning.REFUSED
    text = poppler("pdftotext", refused)
    assert "拒收 / refused" in text and "数量不符 / count does not match" in text
    assert "李娜𠀀" in text  # the stamp font takes Extension B glyphs from the fallback
    assert "请业务部核对后重新交接" in text  # a long note is wrapped (and shrunk), not cut


def test_unsigned_and_foreign_pdfs(shop, rendered):
    assert verify_slip(rendered.pdf, trust_pem=shop[0].cert_pem).reason is VerifyFailure.UNSIGNED
    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(100, 700, "not a slip")
    canvas.save()
    assert verify_slip(buf.getvalue(), trust_pem=shop[0].cert_pem).reason is (
        VerifyFailure.NOT_A_SLIP)
    with pytest.raises(SigningError) as caught:
        giver_sign(shop, buf.getvalue(), sample_content(units=1))
    assert caught.value.reason is SlipErrorReason.NOT_A_SLIP


def test_one_changed_byte_in_the_page_content_is_tampering(shop, both_signed):
    data = bytearray(both_signed)
    # The first page's content stream: the longest stream of the original revision.
    streams = [(m.start(1), m.end(1)) for m in
               re.finditer(rb"stream\r?\n(.*?)endstream", both_signed, re.DOTALL)]
    start, end = max(streams, key=lambda span: span[1] - span[0])
    data[(start + end) // 2] ^= 0x01
    result = verify_slip(bytes(data), trust_pem=shop[0].cert_pem)
    assert not result.ok and result.reason is VerifyFailure.TAMPERED, result.detail


def _append_annotation(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref = writer.find_page_for_modification(0)[1]
    annot = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Text"),
        generic.NameObject("/Rect"): generic.ArrayObject(
            [generic.FloatObject(v) for v in (100, 100, 120, 120)]),
        generic.NameObject("/Contents"): generic.TextStringObject("实收 49 件"),
    }))
    page = page_ref.get_object()
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(annot)
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_update_after_the_last_signature_is_refused(shop, both_signed):
    result = verify_slip(_append_annotation(both_signed), trust_pem=shop[0].cert_pem)
    assert result.reason is VerifyFailure.UPDATE_AFTER_SIGNATURE, result.detail


def test_an_update_between_giver_and_receiver_is_refused(shop, content, giver_signed):
    sneaked = _append_annotation(giver_signed)
    result = verify_slip(sneaked, trust_pem=shop[0].cert_pem)
    assert result.reason is VerifyFailure.UPDATE_AFTER_SIGNATURE, result.detail
    with pytest.raises(SigningError) as caught:
        receiver_sign(shop, sneaked, content)
    assert caught.value.reason is SlipErrorReason.MODIFIED


def test_a_change_before_the_giver_signed_is_tampering(shop, content, rendered, monkeypatch):
    changed = _append_annotation(rendered.pdf)
    with pytest.raises(SigningError) as caught:
        giver_sign(shop, changed, content)
    assert caught.value.reason is SlipErrorReason.MODIFIED
    # A signer that does not check (not benchapp's) would produce this; the verifier catches it.
    monkeypatch.setattr(XRefCache, "total_revisions", property(lambda self: 1))
    signed = giver_sign(shop, changed, content)
    monkeypatch.undo()
    result = verify_slip(signed, trust_pem=shop[0].cert_pem)
    assert result.reason is VerifyFailure.TAMPERED, result.detail


def test_the_signature_fields_sit_on_the_pre_drawn_boxes(both_signed):
    reader = PdfFileReader(io.BytesIO(both_signed))
    for sig in reader.embedded_signatures:
        rect = [float(v) for v in sig.sig_field["/Rect"]]
        assert rect == pytest.approx(list(SIGNATURE_BOXES[sig.field_name]), abs=0.01)


def test_a_signature_lifted_from_another_slip_is_foreign(shop, giver_signed):
    other_content = sample_content(units=3, slip_no="SLP-000999")
    other = giver_sign(shop, render_slip(other_content).pdf, other_content)
    contents = re.compile(rb"/Contents <([0-9a-fA-F]+)>")
    donor = contents.search(other).group(1)
    target = contents.search(giver_signed)
    assert len(donor) == len(target.group(1))  # same reserved size: a clean graft
    grafted = giver_signed[:target.start(1)] + donor + giver_signed[target.end(1):]
    result = verify_slip(grafted, trust_pem=shop[0].cert_pem)
    assert result.reason is VerifyFailure.FOREIGN_SIGNATURE, result.detail
    assert "SLP-000999" in result.detail


def test_a_certificate_from_another_ca_is_untrusted(shop, content, rendered):
    rogue_ca = create_ca("华强精密电子", "rogue")  # same name, different key
    rogue = issue_user_certificate(rogue_ca, "rogue", user_id=2, username="clerk",
                                   display_name="张伟", roles=["business_clerk"], password="x")
    with pytest.raises(CredentialError) as caught:
        giver_sign(shop, rendered.pdf, content, credential=rogue, password="x")
    assert caught.value.reason is SlipErrorReason.CERTIFICATE_NOT_FROM_CA
    forged = giver_sign(shop, rendered.pdf, content, credential=rogue, password="x",
                        ca_pem=rogue_ca.cert_pem)
    result = verify_slip(forged, trust_pem=shop[0].cert_pem)
    assert result.reason is VerifyFailure.UNTRUSTED_CERTIFICATE, result.detail


def test_content_differing_from_the_record_is_a_hash_mismatch(shop, both_signed):
    result = verify_slip(both_signed, trust_pem=shop[0].cert_pem, expected_sha256="0" * 64)
    assert result.reason is VerifyFailure.HASH_MISMATCH
    assert not result.ok and result.signers  # the signatures themselves were fine


def test_slips_signed_before_a_password_reset_stay_valid(shop):
    ca, giver, _ = shop
    first = sample_content(units=2, slip_no="SLP-000201")
    old_slip = giver_sign(shop, render_slip(first).pdf, first)
    renewed = issue_user_certificate(ca, CA_PASS, user_id=2, username="clerk",
                                     display_name="张伟", roles=["business_clerk"],
                                     password="after-reset")
    second = sample_content(units=2, slip_no="SLP-000202")
    new_slip = giver_sign(shop, render_slip(second).pdf, second, credential=renewed,
                          password="after-reset")
    old_result = verify_slip(old_slip, trust_pem=ca.cert_pem)
    new_result = verify_slip(new_slip, trust_pem=ca.cert_pem)
    assert old_result.ok and new_result.ok
    assert old_result.signers[0].certificate_sha256 != new_result.signers[0].certificate_sha256
    with pytest.raises(CredentialError):
        giver_sign(shop, render_slip(second).pdf, second, credential=renewed,
                   password=GIVER_PASS)
    assert giver.serial_number != renewed.serial_number


def test_too_many_stamp_lines_is_refused(shop, rendered):
    with pytest.raises(SigningError) as caught:
        sign_slip(rendered.pdf, shop[1], GIVER_PASS, field="giver",
                  stamp_lines=[f"line {n}" for n in range(10)], ca_cert_pem=shop[0].cert_pem)
    assert caught.value.reason is SlipErrorReason.STAMP_TOO_LONG


def test_a_consistently_rewritten_record_is_tampering(shop, content, giver_signed):
    """Changing the embedded content and its hash together still breaks the signed binding."""
    start = giver_signed.index(b"<slip:Content>")
    end = giver_signed.index(b"</slip:Content>")
    record = giver_signed[start:end]
    forged = record.replace(b"MC200-2403-00001", b"MC200-2403-99999")
    old_hash = content_sha256(content).encode()
    new_json = forged[len(b"<slip:Content>"):].replace(b"&quot;", b'"')
    new_hash = hashlib.sha256(new_json).hexdigest().encode()
    data = giver_signed[:start] + forged + giver_signed[end:]
    sha_at = data.index(b"<slip:ContentSHA256>" + old_hash)
    data = data[:sha_at] + data[sha_at:].replace(old_hash, new_hash, 1)
    result = verify_slip(data, trust_pem=shop[0].cert_pem)
    assert result.reason is VerifyFailure.TAMPERED, result.detail
    assert result.sha256 == new_hash.decode()  # the forged record was read, and rejected
    assert "signature was made over content" in result.detail
