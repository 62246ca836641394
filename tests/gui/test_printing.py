"""Slips and labels printed through QtPdf onto a QPrinter, read back with poppler's tools."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog

from benchapp.slips import (
    GIVER_BOX,
    UnitLabel,
    create_ca,
    giver_stamp_lines,
    issue_user_certificate,
    render_slip,
    render_unit_labels,
    sign_slip,
)
from benchapp.slips.samples import sample_content
from benchapp.ui import dialogs, printing
from benchapp.ui.printing import PrintError, PrintErrorReason, print_pdf

pytestmark = pytest.mark.gui

CA_PASS = "ca-secret"
GIVER_PASS = "giver-pw"
DPI = 50  # what poppler rasterises the printed output at: enough to see, quick to scan
A4_PT = (595.276, 841.89)
LABEL_PT = (50 / 25.4 * 72, 30 / 25.4 * 72)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} not found: install poppler-utils"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install it (see .ci/run)")
        pytest.skip(reason)
    return path


def _signed(pages_units: int) -> bytes:
    ca = create_ca("华强精密电子", CA_PASS)
    giver = issue_user_certificate(ca, CA_PASS, user_id=2, username="clerk",
                                   display_name="张伟", roles=["business_clerk"],
                                   password=GIVER_PASS)
    content = sample_content(units=pages_units)
    rendered = render_slip(content, deterministic=True)
    return sign_slip(rendered.pdf, giver, GIVER_PASS, field="giver",
                     stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca.cert_pem)


@pytest.fixture(scope="module")
def slip() -> bytes:
    """A one-page slip the giver has signed: its stamp is a signature widget."""
    return _signed(50)


@pytest.fixture(scope="module")
def long_slip() -> bytes:
    """120 units: the serial table runs onto a second page."""
    return _signed(120)


@pytest.fixture
def pdf_printer(qapp, tmp_path):
    """A QPrinter writing PDF files, A4, at the resolution a real print job asks for."""

    def make(name: str = "printed") -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        return printer

    return make


@pytest.fixture(scope="session")
def poppler():
    return {name: _tool(name) for name in ("pdfinfo", "pdftoppm")}


def pdf_pages(poppler, path: str) -> tuple[int, list[tuple[float, float]]]:
    """Page count and each page's size in points, as pdfinfo reads them."""
    out = subprocess.run([poppler["pdfinfo"], "-f", "1", "-l", "999", path],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE).group(1))
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.MULTILINE)]
    return count, sizes


def raster(poppler, path: str, page: int = 1, dpi: int = DPI) -> Image.Image:
    stem = f"{path}-p{page}-{dpi}"
    subprocess.run([poppler["pdftoppm"], "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-png", "-singlefile", path, stem], check=True, timeout=60)
    with Image.open(f"{stem}.png") as image:
        return image.convert("RGB")


def source_raster(poppler, tmp_path: Path, pdf: bytes, dpi: int = DPI) -> Image.Image:
    """The PDF itself as poppler draws it: what the printout must look like."""
    path = tmp_path / "source.pdf"
    path.write_bytes(pdf)
    return raster(poppler, str(path), dpi=dpi)


def pixels(image: Image.Image, box: tuple[int, int, int, int] | None = None):
    data = (image.crop(box) if box else image).tobytes()
    return zip(data[0::3], data[1::3], data[2::3], strict=True)


def ink(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    """Pixels clearly darker than paper."""
    return sum(1 for r, g, b in pixels(image, box) if r + g + b < 600)


def mark_red(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    """Pixels tinted with the copy mark's red (the slip itself has no red)."""
    return sum(1 for r, g, b in pixels(image, box) if r > 150 and r - max(g, b) > 25)


def pdf_box(box: tuple[float, float, float, float], page_height_pt: float, dpi: int,
            inset_pt: float = 0) -> tuple[int, int, int, int]:
    """A PDF rectangle (points, origin bottom left) as pixel box (origin top left)."""
    x1, y1, x2, y2 = box
    scale = dpi / 72
    return (round((x1 + inset_pt) * scale), round((page_height_pt - y2 + inset_pt) * scale),
            round((x2 - inset_pt) * scale), round((page_height_pt - y1 - inset_pt) * scale))


def test_a_signed_slip_prints_at_full_size_on_a4(slip, pdf_printer, poppler, tmp_path):
    printer = pdf_printer()

    assert print_pdf(slip, printer) == 1

    count, sizes = pdf_pages(poppler, printer.outputFileName())
    assert count == 1
    assert sizes[0] == pytest.approx(A4_PT, abs=1)
    printed = raster(poppler, printer.outputFileName())
    assert ink(printed) > 20_000, "the printed page is blank"
    # 100 %, not cropped, not stretched: the inked area is where poppler draws it from the PDF.
    source = source_raster(poppler, tmp_path, slip)
    assert printed.size == source.size
    printed_bbox = ImageChops.invert(printed.convert("L")).point(lambda v: 255 * (v > 80))
    source_bbox = ImageChops.invert(source.convert("L")).point(lambda v: 255 * (v > 80))
    assert printed_bbox.getbbox() == pytest.approx(source_bbox.getbbox(), abs=2)
    # The giver's signature stamp (a form widget QtPdf alone would leave out) is printed.
    stamp = pdf_box(GIVER_BOX, A4_PT[1], DPI, inset_pt=6)
    assert ink(printed, stamp) > 150
    assert ink(printed, stamp) == pytest.approx(ink(source, stamp), rel=0.35)


def test_a_reprint_carries_the_copy_mark(slip, pdf_printer, poppler):
    plain, copy = pdf_printer("plain"), pdf_printer("copy")
    before = bytes(slip)

    print_pdf(slip, plain)
    print_pdf(slip, copy, copy_mark=True)

    assert slip == before, "the signed PDF must not change"
    plain_page = raster(poppler, plain.outputFileName())
    copy_page = raster(poppler, copy.outputFileName())
    assert ImageChops.difference(plain_page, copy_page).getbbox() is not None
    width, height = copy_page.size
    middle = (width // 4, height // 3, 3 * width // 4, 2 * height // 3)
    assert mark_red(plain_page) == 0
    assert mark_red(copy_page, middle) > 0.05 * (width // 2) * (height // 3)
    banner = (width // 4, 0, 3 * width // 4, round(10 / 25.4 * DPI))
    assert mark_red(copy_page, banner) > 40
    # Semi-transparent: the slip's text still shows through the watermark.
    assert ink(copy_page, middle) > 0.7 * ink(plain_page, middle)


def test_a_two_page_slip_prints_two_pages_and_reports_progress(long_slip, pdf_printer,
                                                              poppler):
    printer = pdf_printer()
    seen: list[tuple[int, int]] = []

    assert print_pdf(long_slip, printer, progress=lambda done, total: seen.append(
        (done, total))) == 2

    assert seen == [(1, 2), (2, 2)]
    count, sizes = pdf_pages(poppler, printer.outputFileName())
    assert count == 2
    assert all(size == pytest.approx(A4_PT, abs=1) for size in sizes)
    assert ink(raster(poppler, printer.outputFileName(), page=2)) > 5_000


def test_labels_print_at_their_own_size(pdf_printer, poppler):
    labels = render_unit_labels([UnitLabel("MC200-2403-00001", "PCBA-MC200-V3", "RMA-000045"),
                                 UnitLabel("MC200-2403-00002", "PCBA-MC200-V3", "RMA-000045")])
    printer = pdf_printer("labels")

    assert print_pdf(labels, printer, match_page_size=True) == 2

    count, sizes = pdf_pages(poppler, printer.outputFileName())
    assert count == 2
    # Qt writes page sizes in whole points: 142 x 85 pt is 50.1 x 30.0 mm.
    assert all(size == pytest.approx(LABEL_PT, abs=1) for size in sizes)
    page = raster(poppler, printer.outputFileName(), dpi=300)
    assert ink(page) > 0.1 * page.width * page.height


def test_a_label_on_a4_is_not_enlarged(pdf_printer, poppler):
    labels = render_unit_labels([UnitLabel("MC200-2403-00001", "PCBA-MC200-V3", "RMA-000045")])
    printer = pdf_printer("label-on-a4")

    print_pdf(labels, printer)

    count, sizes = pdf_pages(poppler, printer.outputFileName())
    assert count == 1 and sizes[0] == pytest.approx(A4_PT, abs=1)
    page = raster(poppler, printer.outputFileName(), dpi=100)
    inked = ImageChops.invert(page.convert("L")).point(lambda v: 255 * (v > 80))
    left, _top, right, _bottom = inked.getbbox()
    # The label's print spans its 50 mm less the quiet margins: 100 %, not blown up to A4.
    assert 40 < (right - left) / 100 * 25.4 < 50


def test_a_printer_that_does_not_exist_is_refused(slip, qapp):
    # Not QPrinter.setPrinterName: with CUPS it keeps the default printer for an unknown name.
    with pytest.raises(PrintError) as caught:
        print_pdf(slip, printing.printer_named("no-such-printer"))

    assert caught.value.reason is PrintErrorReason.NO_PRINTER
    assert caught.value.message == "The printer no-such-printer is not available on this computer."


def test_a_system_printer_is_taken_by_its_name(qapp):
    names = QPrinterInfo.availablePrinterNames()
    if not names:
        pytest.skip("no system printer (CUPS with a queue, or Windows)")
    printer = printing.printer_named(names[0])
    assert printer.printerName() == names[0] and printer.isValid()


# Qt reports the refused QPainter.begin() itself; print_pdf turns it into PrintError.
@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")
def test_a_printer_that_cannot_start_fails_cleanly(slip, qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-dir" / "out.pdf"))

    with pytest.raises(PrintError) as caught:
        print_pdf(slip, printer)

    assert caught.value.reason is PrintErrorReason.PRINTER_FAILED


@pytest.mark.parametrize("data", [b"this is not a PDF", b"", b"%PDF-1.7\n%%EOF\n"],
                         ids=["garbage", "empty", "header-only"])
def test_what_is_not_a_pdf_is_refused_before_printing(data, pdf_printer):
    printer = pdf_printer()

    with pytest.raises(PrintError) as caught:
        print_pdf(data, printer)

    assert caught.value.reason is PrintErrorReason.BAD_PDF
    assert not Path(printer.outputFileName()).exists(), "the printer was touched"


def test_a_truncated_slip_is_refused(slip, pdf_printer):
    with pytest.raises(PrintError) as caught:
        print_pdf(slip[: len(slip) // 2], pdf_printer())

    assert caught.value.reason is PrintErrorReason.BAD_PDF


def test_a_job_stopped_midway_leaves_no_output(long_slip, pdf_printer):
    printer = pdf_printer()

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        print_pdf(long_slip, printer, progress=stop)

    assert not Path(printer.outputFileName()).exists()


def test_printers_of_the_system(qapp):
    default = printing.default_printer()
    if QPrinterInfo.defaultPrinter().isNull():
        assert default is None
    else:
        assert default is not None and default.isValid()
    assert printing.find_printer("no-such-printer") is None
    assert printing.find_printer("") is None


@pytest.mark.parametrize(("answer", "chosen"), [(QDialog.DialogCode.Accepted, True),
                                                (QDialog.DialogCode.Rejected, False)])
def test_choose_printer_returns_the_dialog_choice(qapp, monkeypatch, answer, chosen):
    shown = []

    def fake_exec(dialog):
        shown.append(dialog.windowTitle())
        return answer

    monkeypatch.setattr(dialogs, "exec_dialog", fake_exec)
    printer = QPrinter()

    result = printing.choose_printer(None, printer=printer)

    assert shown == ["Print"]
    assert (result is printer) is chosen
    if not chosen:
        assert result is None
