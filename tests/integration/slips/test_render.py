"""Rendered slips and labels read back with poppler: text, fonts, pages, metadata."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from benchapp.slips import UnitLabel, content_sha256, qr_payload, render_slip, render_unit_labels
from benchapp.slips.errors import RenderError, SlipErrorReason
from benchapp.slips.metadata import read_embedded_slip
from benchapp.slips.render import GIVER_BOX, RECEIVER_BOX
from benchapp.slips.samples import sample_content


def font_rows(pdffonts_output: str) -> list[list[str]]:
    lines = pdffonts_output.splitlines()[2:]  # header and dashes
    return [line.split() for line in lines if line.strip()]


def assert_all_fonts_embedded_and_subset(pdffonts_output: str) -> None:
    rows = font_rows(pdffonts_output)
    assert rows, "no fonts listed"
    for row in rows:
        # columns from the right: object id, gen, uni, sub, emb
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), f"font not embedded+subset: {' '.join(row)}"
        assert re.match(r"[A-Z]{6}\+", row[0]), row[0]


def test_text_shows_every_field_in_both_languages(poppler, content, rendered):
    text = poppler("pdftotext", rendered.pdf, "-layout")
    for expected in ("华强精密电子 售后维修部", "交接单", "Transfer Slip", "QP-TPZ-002-F03",
                     "A-2", "SLP-000123", "RMA-000045", "PCBA-MC200-V3",
                     "业务部收发 / Receiving & Shipping", "品质部 / QC", "50 件 pcs",
                     "交出 / handed over", "张伟 (clerk)", "业务员 / Business clerk",
                     "2025-03-14 09:30:12 +08:00", rendered.sha256, "第 1 / 1 页",
                     "交出方签章", "接收方签章"):
        assert expected in text, expected
    for serial in content.serials:
        assert serial in text
    assert "—" in text  # first slip of the RMA: no previous hash


def test_ext_b_and_rare_characters_survive_copy_and_search(poppler, rendered):
    """reportlab's ToUnicode CMap loses U+20000; the slip's fixed CMap keeps it."""
    text = poppler("pdftotext", rendered.pdf)
    assert "深圳市堃𠀀电子科技有限公司" in text


def test_every_font_is_embedded_and_subset(poppler, rendered, both_signed):
    unsigned = poppler("pdffonts", rendered.pdf)
    assert "WenQuanYiZenHei" in unsigned and "HanaMinB" in unsigned
    assert_all_fonts_embedded_and_subset(unsigned)
    signed = poppler("pdffonts", both_signed)
    assert signed.count("WenQuanYiZenHei-Stamp") == 2  # one stamp font per signature
    assert_all_fonts_embedded_and_subset(signed)


def test_120_units_span_pages_with_numbers_and_boxes_on_the_last(poppler):
    content = sample_content(units=120, customer="深圳市堃电子有限公司")
    slip = render_slip(content)
    assert slip.pages >= 2
    info = poppler("pdfinfo", slip.pdf)
    assert f"Pages:           {slip.pages}" in info
    pages = [poppler("pdftotext", slip.pdf, "-f", str(n), "-l", str(n))
             for n in range(1, slip.pages + 1)]
    for n, text in enumerate(pages, start=1):
        assert f"第 {n} / {slip.pages} 页" in text
        assert "SLP-000123" in text and "序列号 / Serial No." in text  # header row repeats
    assert all(serial in "".join(pages) for serial in content.serials)
    assert "交出方签章" in pages[-1] and all("交出方签章" not in p for p in pages[:-1])
    # The signature boxes are empty areas: nothing drawn inside them.
    for x1, y1, x2, y2 in (GIVER_BOX, RECEIVER_BOX):
        inside = poppler("pdftotext", slip.pdf, "-f", str(slip.pages), "-l", str(slip.pages),
                         "-x", str(int(x1) + 1), "-y", str(int(842 - y2) + 1),
                         "-W", str(int(x2 - x1) - 2), "-H", str(int(y2 - y1) - 2))
        assert inside.strip() == ""


def test_metadata_carries_the_canonical_content(content, rendered):
    reader = PdfFileReader(io.BytesIO(rendered.pdf))
    record = read_embedded_slip(reader)
    assert record is not None
    assert (record.slip_no, record.version, record.sha256) == (
        "SLP-000123", 1, content_sha256(content))
    assert record.content_matches
    assert record.content["customer"] == "深圳市堃𠀀电子科技有限公司"
    assert reader.trailer["/Info"]["/Keywords"] == qr_payload(content)


def test_deterministic_rendering_is_byte_identical(content, rendered):
    assert render_slip(content, deterministic=True).pdf == rendered.pdf


def test_unit_labels_one_page_each_at_the_asked_size(poppler):
    labels = [UnitLabel(f"MC200-2403-{n:05d}", "PCBA-MC200-V3", "RMA-000045")
              for n in range(1, 4)]
    pdf = render_unit_labels(labels, width_mm=60, height_mm=40)
    info = poppler("pdfinfo", pdf)
    assert "Pages:           3" in info
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert (round(width / 72 * 25.4, 1), round(height / 72 * 25.4, 1)) == (60.0, 40.0)
    text = poppler("pdftotext", pdf)
    assert all(label.serial in text for label in labels)
    assert "PCBA-MC200-V3" in text and "RMA-000045" in text
    assert_all_fonts_embedded_and_subset(poppler("pdffonts", pdf))


def test_a_serial_too_long_for_its_label_is_refused():
    with pytest.raises(RenderError) as caught:
        render_unit_labels([UnitLabel("X" * 60, "M", "R")])
    assert caught.value.reason is SlipErrorReason.INVALID_CONTENT
    assert "wider label" in caught.value.message
    # 16 characters fit 2-dot bars at 300 dpi on 50 mm, not at 203 dpi (needs a wider label).
    serial = [UnitLabel("MC200-2403-00001", "M", "R")]
    assert render_unit_labels(serial, printer_dpi=300)
    with pytest.raises(RenderError):
        render_unit_labels(serial, printer_dpi=203)
    assert render_unit_labels(serial, width_mm=70, printer_dpi=203)


def test_barcodes_scan_back(tmp_path, content, rendered):
    """The QR and Code128 decode to what a bench scanner must read (optional: zbarimg)."""
    zbarimg, pdftoppm = shutil.which("zbarimg"), shutil.which("pdftoppm")
    if zbarimg is None or pdftoppm is None:
        pytest.skip("needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)")
    labels = render_unit_labels([UnitLabel("MC200-2403-00001", "PCBA-MC200-V3", "RMA-000045")])
    decoded = []
    for name, pdf in (("slip", rendered.pdf), ("label", labels)):
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        # 300 dpi: the label printer the labels are drawn for (bars on its dot grid).
        subprocess.run([pdftoppm, "-r", "300", "-f", "1", "-l", "1", "-singlefile", "-png",
                        f"{name}.pdf", name], cwd=tmp_path, check=True, timeout=60)
        out = subprocess.run([zbarimg, "-q", "--raw", f"{name}.png"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=60, check=False)
        decoded += out.stdout.split()
    assert qr_payload(content) in decoded
    assert "SLP-000123" in decoded and "MC200-2403-00001" in decoded
