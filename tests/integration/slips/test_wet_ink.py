"""The transfer slip's printed original with wet-ink lines (issue 14, shop setting slip_wet_ink):
the lines are on the page before anyone signs, both signatures still validate, pyHanko's own
validator included, and the boxes are where the signature fields go."""

from __future__ import annotations

import io
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from benchapp import settings
from benchapp.domain.roles import Station
from benchapp.services import slips as ss
from benchapp.services import supervision
from benchapp.slips import (
    content_sha256,
    giver_stamp_lines,
    receiver_stamp_lines,
    render_slip,
    sign_slip,
    verify_slip,
)
from benchapp.slips.metadata import read_embedded_slip
from benchapp.slips.render import SIGNATURE_BOXES, WET_INK_BOXES
from benchapp.slips.samples import sample_receipt
from tests.integration.slips.conftest import GIVER_PASS, RECEIVER_PASS
from tests.integration.slips.test_sign_verify import page_contents
from tests.tools import environment_tool
from tests.workflow_helpers import PASSWORD, Bench, slip_port

WET_INK_TEXT = ("交出人签字", "接收人签字", "日期 / Date")


@pytest.fixture(scope="module")
def wet(content):
    return render_slip(content, deterministic=True, wet_ink=True)


@pytest.fixture(scope="module")
def wet_signed(shop, content, wet):
    ca, giver, receiver = shop
    given = sign_slip(wet.pdf, giver, GIVER_PASS, field="giver",
                      stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca.cert_pem)
    return sign_slip(given, receiver, RECEIVER_PASS, field="receiver",
                     stamp_lines=receiver_stamp_lines(sample_receipt(content)),
                     ca_cert_pem=ca.cert_pem)


def last_page_text(poppler, pdf: bytes, pages: int) -> str:
    return poppler("pdftotext", pdf, "-f", str(pages), "-l", str(pages), "-layout")


def test_the_lines_are_printed_only_when_on(poppler, rendered, wet):
    off = last_page_text(poppler, rendered.pdf, rendered.pages)
    on = last_page_text(poppler, wet.pdf, wet.pages)
    for text in WET_INK_TEXT:
        assert text in on
        assert text not in off
    assert "Giver's signature" in on and "Receiver's signature" in on


def test_wet_ink_is_layout_not_content(content, rendered, wet):
    assert wet.sha256 == rendered.sha256 == content_sha256(content)
    assert read_embedded_slip(PdfFileReader(io.BytesIO(wet.pdf))).wet_ink
    assert not read_embedded_slip(PdfFileReader(io.BytesIO(rendered.pdf))).wet_ink


def test_both_signatures_validate_and_sit_in_the_raised_boxes(shop, content, wet,
                                                              wet_signed):
    result = verify_slip(wet_signed, trust_pem=shop[0].cert_pem,
                         expected_sha256=content_sha256(content))
    assert result.ok, result.detail
    assert result.giver_signed and result.receiver_signed
    # Signing appended revisions only: what was drawn, the wet-ink lines included, is unchanged.
    assert wet_signed.startswith(wet.pdf)
    assert page_contents(wet_signed) == page_contents(wet.pdf)
    reader = PdfFileReader(io.BytesIO(wet_signed))
    for sig in reader.embedded_signatures:
        rect = [float(v) for v in sig.sig_field["/Rect"]]
        assert rect == pytest.approx(list(WET_INK_BOXES[sig.field_name]), abs=0.01)
    # The lines are under the boxes, the boxes above where a slip without them has its own.
    for field in ("giver", "receiver"):
        assert WET_INK_BOXES[field][1] > SIGNATURE_BOXES[field][1]


def test_pyhanko_cli_accepts_the_wet_ink_slip(shop, wet_signed, tmp_path):
    cli = environment_tool("pyhanko")
    if cli is None:
        pytest.skip("pyhanko-cli is not installed (pip install pyhanko-cli)")
    (tmp_path / "ca.pem").write_bytes(shop[0].cert_pem)
    (tmp_path / "slip.pdf").write_bytes(wet_signed)
    out = subprocess.run([cli, "sign", "validate", "--trust", "ca.pem", "--trust-replace",
                          "slip.pdf"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("INTACT:TRUSTED") == 2


@pytest.mark.parametrize(("value", "from_station", "to_station", "expected"), [
    ("off", Station.RECEIVING, Station.QC, False),
    ("on", Station.QC, Station.REPAIR, True),
    ("packing,receiving", Station.RECEIVING, Station.QC, True),
    ("packing,receiving", Station.QC, Station.PACKING, True),
    ("packing,receiving", Station.QC, Station.REPAIR, False),
])
def test_the_setting_names_which_handovers_get_the_lines(value, from_station, to_station,
                                                        expected):
    _, rows = settings.shop_setting("slip_wet_ink", value)
    assert settings.slip_wet_ink(rows, from_station, to_station) is expected
    assert settings.slip_wet_ink({}, from_station, to_station) is False  # default: off


@pytest.mark.parametrize("bad", ["yes", "receiving,warehouse", ","])
def test_a_wrong_value_is_refused_with_what_is_allowed(bad):
    with pytest.raises(settings.InvalidSetting) as caught:
        settings.shop_setting("slip_wet_ink", bad)
    assert "receiving, qc, repair, packing, supervisor" in caught.value.message


def test_a_handover_after_the_setting_prints_the_lines_and_validates(uow_factory, poppler):
    shop = Bench(uow_factory())
    port = slip_port()
    rma_no, serials = shop.receive(2)

    def give_and_receive():
        h = ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                         from_station=Station.RECEIVING, to_station=Station.QC,
                         serials=serials, declared_count=len(serials), password=PASSWORD,
                         port=port)
        ss.receive(uow_factory(), shop.packer, slip_no=h.slip_no, station=Station.QC,
                   scanned=serials, password=PASSWORD, port=port)
        return ss.slip_pdf(uow_factory(), h.slip_no)

    supervision.change_setting(uow_factory(), shop.admin, "slip_wet_ink", "receiving",
                               reason="the customer's auditor wants ink on the original")
    pdf = give_and_receive()
    assert "交出人签字" in poppler("pdftotext", pdf)
    verdict = ss.verify_file(uow_factory(), pdf, port)
    assert verdict.ok, verdict.message
    assert [s.field for s in verdict.signers] == ["giver", "receiver"]


def test_the_slip_prints_the_form_number_and_revision_the_shop_set(uow_factory, poppler):
    """Issue 14: form numbers and revisions are configurable per form, the slip's too; a slip
    signed before the change keeps the number it was signed with."""
    shop = Bench(uow_factory())
    port = slip_port()
    rma_no, serials = shop.receive(2)

    def give(serial: str) -> bytes:
        h = ss.hand_over(uow_factory(), shop.business_clerk, rma_no=rma_no,
                         from_station=Station.RECEIVING, to_station=Station.QC,
                         serials=[serial], declared_count=1, password=PASSWORD, port=port)
        return ss.slip_pdf(uow_factory(), h.slip_no)

    before = give(serials[0])
    supervision.change_setting(uow_factory(), shop.admin, "slip_form_no", "QR-SH-07",
                               reason="document control renumbered the slip")
    supervision.change_setting(uow_factory(), shop.admin, "slip_revision", "B-1",
                               reason="document control renumbered the slip")
    after = give(serials[1])
    assert "QP-TPZ-002-F03" in poppler("pdftotext", before)
    text = poppler("pdftotext", after)
    assert "QR-SH-07" in text and "B-1" in text and "QP-TPZ-002-F03" not in text
    for pdf in (before, after):
        verdict = ss.verify_file(uow_factory(), pdf, port)
        assert verdict.ok, verdict.message
    with pytest.raises(settings.InvalidSetting):
        settings.shop_setting("slip_form_no", " ")
