"""Print slips and unit labels (PDF) on a system printer: QtPdf renders, a QPainter prints.

A QPrinter is a paint device and cannot take a PDF file (PITFALLS "Printing"), so each page is
rendered to an image at the printer's resolution and painted onto the printer, page by page.
The signed PDF is never changed: a reprint's 副本 / COPY mark goes onto the printed images only.
"""

from __future__ import annotations

import io
import logging
import math
import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from benchapp.ui import dialogs
from benchapp.ui.fonts import cjk_families, ensure_cjk_font

log = logging.getLogger(__name__)

# Pages are rendered at the printer's own resolution up to this, so a 203 or 300 dpi label
# printer gets the label's barcode bars on its dot grid, unresampled. Above it (600/1200 dpi
# devices, Qt's PDF output) a whole fraction of the resolution keeps an A4 page near 35 MB.
MAX_RENDER_DPI = 300
# Below this the printer is in Qt's screen-resolution mode, not at its real dot pitch.
MIN_RENDER_DPI = 150
POINTS_PER_INCH = 72.0
MM_PER_POINT = 25.4 / 72.0

COPY_TEXT = "副本 COPY"
COPY_BANNER_TEXT = "副本 / COPY"
COPY_MARK_COLOR = QColor(200, 20, 20)
COPY_WATERMARK_ALPHA = 0.22

Progress = Callable[[int, int], None]

# A bold sans (黑体) mark reads at a glance; a Ming/Mincho face is thin at 22 % ink.
_SANS_FAMILY_HINTS = ("hei", "sans", "gothic", "pingfang")

# PDF 32000-1 12.5.3: an annotation is printed only when its Print flag is set.
_ANNOT_PRINT_FLAG = 4


class PrintErrorReason(StrEnum):
    """Why a print job was refused or failed."""

    NO_PRINTER = "no_printer"
    PRINTER_FAILED = "printer_failed"
    BAD_PDF = "bad_pdf"


class PrintError(Exception):
    """Expected trouble printing: ``reason`` for code, ``message`` (translated) for the user."""

    def __init__(self, reason: PrintErrorReason, message: str) -> None:
        self.reason = PrintErrorReason(reason)
        self.message = message
        super().__init__(message)

    def __repr__(self) -> str:
        return f"PrintError({self.reason.value}, {self.message!r})"


def default_printer() -> QPrinter | None:
    """The system's default printer at its full resolution, or None on a bench without one.

    None is the normal case on many benches: the caller keeps the slip unprinted and offers
    to print it later.
    """
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return printer if printer.isValid() else None


def _machine_printer(setting_name: str) -> QPrinter | None:
    """The printer this PC's machine file names for ``setting_name`` (benchapp.settings:
    ``a4_printer``, ``label_printer``), else the system's default printer. A named printer the
    system does not have is None (logged): never another printer instead."""
    from benchapp import settings

    name = settings.resolve(settings.REGISTRY[setting_name],
                            machine=settings.MachineFile()).value
    if not name:
        return default_printer()
    printer = find_printer(name)
    if printer is None:
        log.warning("The printer %r of the machine configuration is not on this computer", name)
    return printer


def slip_printer() -> QPrinter | None:
    """Where transfer slips go: ``[printers] a4`` of the machine file, else the default."""
    return _machine_printer("a4_printer")


def label_printer() -> QPrinter | None:
    """Where unit labels go: ``[printers] label`` of the machine file, else the default."""
    return _machine_printer("label_printer")


def label_size_mm() -> tuple[float, float]:
    """The labels loaded in this PC's label printer (``[printers] label_size``), in mm."""
    from benchapp import settings

    size = settings.resolve(settings.LABEL_SIZE, machine=settings.MachineFile()).value
    return settings.label_size(size)


def printer_named(name: str) -> QPrinter:
    """The system printer called ``name`` (e.g. the bench's label printer).

    Raises PrintError ``no_printer`` when the system has no printer of that name. Always take a
    named printer from here: ``QPrinter.setPrinterName`` with an unknown name silently keeps the
    printer it had (CUPS: the default one), so the slip would come out on another printer.
    """
    if not name or name not in QPrinterInfo.availablePrinterNames() \
            or QPrinterInfo.printerInfo(name).isNull():
        raise _not_available(name)
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    if not printer.isValid():
        raise _not_available(name)
    return printer


def find_printer(name: str) -> QPrinter | None:
    """The system printer called ``name``, or None."""
    try:
        return printer_named(name)
    except PrintError:
        return None


def _not_available(name: str) -> PrintError:
    if not name:
        return PrintError(PrintErrorReason.NO_PRINTER, QCoreApplication.translate(
            "printing", "No printer is set up on this computer."))
    return PrintError(PrintErrorReason.NO_PRINTER, QCoreApplication.translate(
        "printing", "The printer {name} is not available on this computer.").format(name=name))


def printer_without_window(*, name: str | None = None, pdf_file: str | None = None
                           ) -> QPrinter | None:
    """For `benchapp slip print`: a PDF file, the printer called ``name`` or the default one;
    None when there is no default printer. Raises PrintError for a name no printer has.

    Qt's GUI module needs an application object even without a window; on a machine without a
    display it runs on the offscreen platform.
    """
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])  # PySide keeps the one application object alive until exit
    if pdf_file:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_file)
        return printer
    return printer_named(name) if name else default_printer()


def choose_printer(parent: QWidget | None, *, printer: QPrinter | None = None
                   ) -> QPrinter | None:
    """Ask for a printer with the system's print dialog; None if the user cancels.

    Tests replace this function (or ``dialogs.exec_dialog``): the modal ``exec()`` would block.
    """
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print"))
    # A slip or a label sheet prints whole: page ranges and "selection" would make a partial
    # record look like a complete one.
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    try:
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        # It holds a pointer to the printer: gone before the caller prints, not with the parent.
        dialog.deleteLater()
    return printer if accepted else None


def print_pdf(pdf: bytes, printer: QPrinter, *, copy_mark: bool = False,
              match_page_size: bool = False, progress: Progress | None = None) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages printed.

    Pages are fitted into the printer's paper keeping their proportions, centred, and never
    enlarged: an A4 slip prints at 100 % on A4, and a label's barcode keeps the module width it
    was drawn with. With ``match_page_size`` the printer's paper is set to the PDF's page size
    first (unit labels on a label printer). With ``copy_mark`` every page carries a diagonal
    副本 COPY watermark and a 副本 / COPY banner at the top (a reprint).

    ``progress(done, total)`` is called after each page; events are processed between pages
    so the window keeps repainting during a long job.

    Raises PrintError: ``no_printer`` (no usable printer), ``bad_pdf`` (not a readable PDF,
    every page checked before the printer is touched) or ``printer_failed`` (the printer
    refused the job, its page size or a page). A job that fails midway raises, so it is never
    taken for a complete print; a half-written PDF file is deleted.
    """
    _check_printer(printer)
    buffer, document = _load(_print_copy(pdf))
    try:
        return _print_document(document, printer, copy_mark=copy_mark,
                               match_page_size=match_page_size, progress=progress)
    finally:
        document.close()
        buffer.close()


def _printer_label(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return printer.printerName()


def _check_printer(printer: QPrinter | None) -> None:
    name = printer.printerName() if printer is not None else ""
    # Without a system printer QPrinter falls back to PDF output; with no file to write to,
    # QPainter.begin() could only fail.
    missing = printer is None or not printer.isValid() or (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and not printer.outputFileName())
    # A printer removed since it was chosen: Qt would send the job to another one (CUPS
    # falls back to the default) instead of failing.
    if not missing and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        missing = not name or QPrinterInfo.printerInfo(name).isNull()
    if missing:
        raise _not_available(name)


def _bad_pdf(detail: str) -> PrintError:
    """``detail`` is technical (PDF parser wording), for whoever looks into the file."""
    return PrintError(PrintErrorReason.BAD_PDF, QCoreApplication.translate(
        "printing", "The document cannot be printed: it is not a readable PDF ({detail}).")
        .format(detail=detail))


def _print_copy(pdf: bytes) -> bytes:
    """The bytes to render: ``pdf`` with its signature stamps made drawable by QtPdf.

    PDFium draws form-field widgets (a signature's visible stamp) only through a form-fill
    environment QtPdf does not set up, so a signed slip would print with empty signature
    boxes. In this print-only copy each printable widget with an appearance becomes a /Stamp
    annotation, which PDFium draws with its appearance. The change is an incremental update
    in memory; the caller's signed PDF is left untouched.
    """
    if not isinstance(pdf, (bytes, bytearray)) or not pdf:
        raise _bad_pdf("no data")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(bytes(pdf)))
        changed = False
        for index in range(int(writer.root["/Pages"]["/Count"])):
            page_ref, _ = writer.find_page_for_modification(index)
            annots = page_ref.get_object().get("/Annots")
            for ref in annots.get_object() if annots is not None else ():
                annot = ref.get_object()
                if (annot.get("/Subtype") == "/Widget" and "/AP" in annot
                        and int(annot.get("/F", 0)) & _ANNOT_PRINT_FLAG):
                    annot["/Subtype"] = generic.NameObject("/Stamp")
                    # The update must hold the object that holds the annotation.
                    if isinstance(ref, generic.IndirectObject):
                        writer.mark_update(ref)
                    elif isinstance(annots, generic.IndirectObject):
                        writer.mark_update(annots)
                    else:
                        writer.mark_update(page_ref)
                    changed = True
        if not changed:
            return bytes(pdf)
        out = io.BytesIO()
        writer.write(out)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise _bad_pdf(str(exc) or type(exc).__name__) from exc
    return out.getvalue()


def _load(pdf: bytes) -> tuple[QBuffer, QPdfDocument]:
    # QPdfDocument reads from the device while rendering: the buffer must outlive it.
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        document.close()
        buffer.close()
        raise _bad_pdf(error.name if error != QPdfDocument.Error.None_ else "no pages")
    # Every page is opened once before the printer is touched: Qt cannot cancel a job once
    # begun, so a page that fails must fail here, not halfway through the job.
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        if not (size.width() > 0 and size.height() > 0) or document.render(
                index, QSize(8, 8)).isNull():
            document.close()
            buffer.close()
            raise _bad_pdf(f"page {index + 1} cannot be read")
    return buffer, document


def _page_layout(size_pt: QSizeF) -> QPageLayout:
    """A margin-free layout of exactly ``size_pt``, in millimetres (label drivers think in mm)."""
    width_mm = round(size_pt.width() * MM_PER_POINT, 2)
    height_mm = round(size_pt.height() * MM_PER_POINT, 2)
    landscape = width_mm > height_mm
    # QPageSize describes the sheet upright; the orientation turns it.
    portrait = QSizeF(min(width_mm, height_mm), max(width_mm, height_mm))
    page_size = QPageSize(portrait, QPageSize.Unit.Millimeter,
                          f"{width_mm:g} x {height_mm:g} mm",
                          QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def _match_page(printer: QPrinter, size_pt: QSizeF) -> None:
    layout = _page_layout(size_pt)
    current = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    wanted = layout.fullRect(QPageLayout.Unit.Millimeter).size()
    if (abs(current.width() - wanted.width()) < 0.05
            and abs(current.height() - wanted.height()) < 0.05):
        return
    if not printer.setPageLayout(layout):
        raise PrintError(PrintErrorReason.PRINTER_FAILED, QCoreApplication.translate(
            "printing", "The printer {name} does not take {size} pages.").format(
                name=_printer_label(printer),
                size=f"{wanted.width():g} x {wanted.height():g} mm"))


def _render_dpi(printer_dpi: int) -> float:
    if printer_dpi < MIN_RENDER_DPI:
        return MAX_RENDER_DPI
    return printer_dpi / math.ceil(printer_dpi / MAX_RENDER_DPI)


def _target_rect(page_pt: QSizeF, device: QSize, device_dpi: int) -> QRect:
    """Where the page goes on the paper, in device pixels: fitted, centred, never enlarged."""
    natural_w = page_pt.width() / POINTS_PER_INCH * device_dpi
    natural_h = page_pt.height() / POINTS_PER_INCH * device_dpi
    scale = min(1.0, device.width() / natural_w, device.height() / natural_h)
    width = max(1, round(natural_w * scale))
    height = max(1, round(natural_h * scale))
    return QRect((device.width() - width) // 2, (device.height() - height) // 2, width, height)


def _render_page(document: QPdfDocument, index: int, size: QSize, *, copy_mark: bool
                 ) -> QImage:
    options = QPdfDocumentRenderOptions()
    # Draws the annotations, among them the signature stamps _print_copy made drawable.
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    rendered = document.render(index, size, options)
    if rendered.isNull():
        raise _bad_pdf(f"page {index + 1} cannot be rendered")
    # PDFium renders with a transparent background: lay the page on white paper.
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    if copy_mark:
        _draw_copy_mark(image, document.pagePointSize(index))
    return image


def _mark_family() -> str | None:
    fallback = ensure_cjk_font()  # loads a CJK font from a file when the system lists none
    for family in cjk_families():
        name = family.lower()
        if any(hint in name for hint in _SANS_FAMILY_HINTS) and "mono" not in name:
            return family
    return fallback


def _text_path(text: str, family: str | None) -> QPainterPath:
    font = QFont(family) if family else QFont()
    font.setPointSizeF(100)
    font.setBold(True)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    return path


def _fitted(path: QPainterPath, box: QRectF, *, angle: float = 0.0) -> QPainterPath:
    """``path`` rotated by ``angle`` degrees, scaled to fit ``box`` and centred in it."""
    bounds = path.boundingRect()
    centred = QTransform().translate(-bounds.center().x(), -bounds.center().y())
    rotated = centred * QTransform().rotate(angle)
    turned = rotated.map(path).boundingRect()
    scale = min(box.width() / turned.width(), box.height() / turned.height())
    placed = rotated * QTransform().scale(scale, scale) * QTransform().translate(
        box.center().x(), box.center().y())
    return placed.map(path)


def _draw_copy_mark(image: QImage, page_pt: QSizeF) -> None:
    """The reprint mark, drawn onto the rendered page (never into the PDF).

    Drawn on the image rather than through the printer so its transparency looks the same on
    every driver. Sizes follow the page: on an A4 slip the banner sits in the empty 10 mm above
    the header, the watermark crosses the page corner to corner.
    """
    family = _mark_family()
    width, height = image.width(), image.height()
    per_mm = width / (page_pt.width() * MM_PER_POINT)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)

        # Semi-transparent over the content: the slip stays readable through the mark.
        wash = QColor(COPY_MARK_COLOR)
        wash.setAlphaF(COPY_WATERMARK_ALPHA)
        painter.setBrush(QBrush(wash))
        angle = -math.degrees(math.atan2(height, width))
        diagonal_box = QRectF(width * 0.1, height * 0.1, width * 0.8, height * 0.8)
        painter.drawPath(_fitted(_text_path(COPY_TEXT, family), diagonal_box, angle=angle))

        banner_h = min(5.0 * per_mm, height * 0.12)
        banner_top = min(4.5 * per_mm, height * 0.04)
        banner_w = min(width * 0.6, banner_h * 8)
        banner = QRectF((width - banner_w) / 2, banner_top, banner_w, banner_h)
        painter.setBrush(QBrush(QColor(Qt.GlobalColor.white)))
        painter.setPen(QPen(COPY_MARK_COLOR, max(1.0, banner_h * 0.06)))
        painter.drawRect(banner)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(COPY_MARK_COLOR))
        text_box = banner.adjusted(banner_h * 0.4, banner_h * 0.18, -banner_h * 0.4,
                                   -banner_h * 0.18)
        painter.drawPath(_fitted(_text_path(COPY_BANNER_TEXT, family), text_box))
    finally:
        painter.end()


def _print_document(document: QPdfDocument, printer: QPrinter, *, copy_mark: bool,
                    match_page_size: bool, progress: Progress | None) -> int:
    total = document.pageCount()
    if match_page_size:
        _match_page(printer, document.pagePointSize(0))
    # The PDF carries its own margins; printing it inside the printer's margins as well would
    # shrink an A4 slip below 100 %.
    printer.setFullPage(True)
    name = _printer_label(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(PrintErrorReason.PRINTER_FAILED, QCoreApplication.translate(
            "printing", "The printer {name} cannot start printing.").format(name=name))
    done = 0
    try:
        for index in range(total):
            page_pt = document.pagePointSize(index)
            if index > 0:
                if match_page_size:
                    _match_page(printer, page_pt)
                if not printer.newPage():
                    raise PrintError(PrintErrorReason.PRINTER_FAILED, QCoreApplication.translate(
                        "printing", "The printer {name} stopped at page {page} of {total}.")
                        .format(name=name, page=index + 1, total=total))
            dpi = printer.resolution()
            target = _target_rect(page_pt, QSize(printer.width(), printer.height()), dpi)
            factor = _render_dpi(dpi) / dpi
            size = QSize(max(1, round(target.width() * factor)),
                         max(1, round(target.height() * factor)))
            image = _render_page(document, index, size, copy_mark=copy_mark)
            # Whole-number enlargement keeps bar edges sharp; only a reduction needs smoothing.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, factor > 1)
            painter.drawImage(target, image)
            done = index + 1
            if progress is not None:
                progress(done, total)
            # Repaint the window, but take no clicks: a second Print mid-job would re-enter.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    except BaseException:
        # Qt 6's PDF, CUPS and Windows engines all answer abort() with False: pages already
        # spooled come out, and the caller, seeing the error, keeps the slip unprinted. A
        # half-written PDF file is removed rather than left looking complete.
        cancelled = printer.abort()
        painter.end()
        if not cancelled and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            Path(printer.outputFileName()).unlink(missing_ok=True)
        raise
    if not painter.end() or printer.printerState() in (QPrinter.PrinterState.Error,
                                                       QPrinter.PrinterState.Aborted):
        raise PrintError(PrintErrorReason.PRINTER_FAILED, QCoreApplication.translate(
            "printing", "The printer {name} did not accept the job.").format(name=name))
    log.info("Printed %d page(s) on %s%s", done, name, " (copy)" if copy_mark else "")
    return done
