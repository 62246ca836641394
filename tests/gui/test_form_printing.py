"""Forms (issue 14) through Qt's printing: labels at exactly their size and orientation, the
A4 forms on A4, a missing printer reported, and a form's QR scanned at a station."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from benchapp.devices.scan import KIND_RECORD, parse_scan
from benchapp.domain.roles import Role, Station
from benchapp.services import forms
from benchapp.slips.forms import render_form
from benchapp.ui import form_printing, printing
from benchapp.ui.main_window import MainWindow
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui

MM = 25.4 / 72


def header(key: str, record_no: str) -> forms.FormHeader:
    return forms.FormHeader(key=key, form_no="QP-TPZ-002-F07", revision="A-0",
                            shop_name="华强精密电子 售后维修部", record_no=record_no,
                            rma_no="RMA-000045", zone=UTC)


def box_label() -> forms.BoxLabel:
    return forms.BoxLabel(header=header(forms.BOX_LABEL, "SHN-000012"), model="PCBA-MC200-V3",
                          quantity=48, customer="苏州科瑞自动化设备有限公司",
                          ship_date=date(2026, 11, 24), note_no="SHN-000012")


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def printed_pages_mm(path) -> list[tuple[float, float]]:
    doc = QPdfDocument()
    doc.load(str(path))
    try:
        return [(round(doc.pagePointSize(i).width() * MM, 1),
                 round(doc.pagePointSize(i).height() * MM, 1))
                for i in range(doc.pageCount())]
    finally:
        doc.close()


@pytest.mark.parametrize("size", [(50, 30), (100, 70), (40, 60)])
def test_the_box_label_prints_at_exactly_its_size_and_orientation(qapp, tmp_path, size):
    pdf = render_form(box_label(), label_mm=size, printer_dpi=300)
    out = tmp_path / "label.pdf"
    printer = pdf_printer(out)
    # The printer starts on A4 portrait: the label must not come out rotated onto it.
    assert printing.print_pdf(pdf, printer, match_page_size=True) == 1
    [(width, height)] = printed_pages_mm(out)
    # Qt's PDF engine writes the page size in whole points (0.35 mm).
    assert abs(width - size[0]) < 0.36 and abs(height - size[1]) < 0.36, (width, height)
    layout = printer.pageLayout()
    landscape = size[0] > size[1]
    assert (layout.orientation() == layout.Orientation.Landscape) == landscape


def test_an_a4_form_prints_on_a4_and_a_reprint_carries_the_copy_mark(qapp, tmp_path):
    data = forms.ShippingNoteForm(
        header=header(forms.SHIPPING_NOTE, "SHN-000012"), customer="苏州科瑞", address="",
        carrier="顺丰速运", tracking_no="SF1234567890", model="PCBA-MC200-V3", quantity=2,
        serials=("MC200-2403-00001", "MC200-2403-00002"), replacements=(),
        shipped_at=datetime(2026, 11, 24, 8, 30, tzinfo=UTC),
        signed_by=forms.Person("张伟", "clerk"), signed=True)
    pdf = render_form(data)
    first, copy = tmp_path / "first.pdf", tmp_path / "copy.pdf"
    printing.print_pdf(pdf, pdf_printer(first))
    printing.print_pdf(pdf, pdf_printer(copy), copy_mark=True)
    for path in (first, copy):
        [(width, height)] = printed_pages_mm(path)
        assert abs(width - 210) < 0.36 and abs(height - 297) < 0.36
    assert first.read_bytes() != copy.read_bytes()


class Calls:
    """What print_form needs of a view, recording what it would tell the person."""

    session = None

    def __init__(self) -> None:
        self.told: list[str] = []

    def show_warning(self, text: str) -> None:
        self.told.append(text)

    show_done = show_warning


def test_a_removed_label_printer_is_reported_never_replaced(qapp, tmp_path, monkeypatch):
    machine = tmp_path / "benchapp.toml"
    machine.write_text('[printers]\na4 = "Office-A4"\nlabel = "Removed-Label"\n',
                       encoding="utf-8")
    monkeypatch.setenv("BENCHAPP_MACHINE_CONFIG", str(machine))
    monkeypatch.setattr(printing, "default_printer", pytest.fail)  # never the default
    monkeypatch.setattr(printing, "find_printer", lambda name: None)  # neither is installed
    calls = Calls()
    assert form_printing.printer_configured(forms.BOX_LABEL)
    assert not form_printing.print_form(calls, forms.BOX_LABEL, "SHN-000012")
    assert not form_printing.print_after_save(calls, forms.SHIPPING_NOTE, "SHN-000012",
                                              calls.told.append)
    missing = "was not printed: its printer is not set up on this computer."
    assert calls.told == [f"The box label of SHN-000012 {missing}",
                          f"The shipping note of SHN-000012 {missing}"]


def test_without_a_configured_printer_nothing_prints_unasked(qapp, tmp_path, monkeypatch):
    machine = tmp_path / "benchapp.toml"
    machine.write_text("[printers]\n", encoding="utf-8")
    monkeypatch.setenv("BENCHAPP_MACHINE_CONFIG", str(machine))
    monkeypatch.setattr(printing, "default_printer", pytest.fail)
    calls = Calls()
    assert not form_printing.print_after_save(calls, forms.SERVICE_FORM, "RMA-000001",
                                              calls.told.append)
    assert calls.told == []


@pytest.mark.parametrize("text", ["SHN-000012", "QAF-000003", "CCN-000001", "CA-000002"])
def test_a_scanned_form_qr_opens_its_record(qtbot, tmp_path, monkeypatch, text):
    scan = parse_scan(text)
    assert scan.kind == KIND_RECORD  # never taken for a unit serial at a station
    monkeypatch.setattr(forms, "rma_of_record", lambda _uow, number: "RMA-000045")
    with station_shop(tmp_path) as shop:
        window = MainWindow(shop.uow, shop.user(Role.BUSINESS_CLERK), database_text="test",
                            session=shop.session(Role.BUSINESS_CLERK, Station.RECEIVING))
        qtbot.addWidget(window)
        opened: list[tuple[str, str | None]] = []
        monkeypatch.setattr(window, "open_history",
                            lambda rma_no, serial=None: opened.append((rma_no, serial)))
        assert window.route_scan(scan) == "history"
        qtbot.waitUntil(lambda: opened == [("RMA-000045", None)], timeout=5000)
        window.close()
