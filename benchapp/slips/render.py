"""Draw a transfer slip 交接单 (A4) and unit labels as PDF with reportlab.

The slip carries its content SHA-256 in three places a verifier can read: printed, in the QR
code (``BENCHSLIP|slip|version|sha256``) and, with the full canonical content, in the PDF's XMP
metadata. The two signature boxes are left empty at fixed coordinates on the last page
(``GIVER_BOX``, ``RECEIVER_BOX``): signatures are added afterwards as incremental updates, and
nothing may be drawn on a page once it is signed.

Where the shop still wants ink on paper (the shop setting ``slip_wet_ink``), the printed
original also carries, under each signature box, lines for a handwritten signature and date.
They are drawn here, before anyone signs, and the boxes sit higher by ``WET_INK_HEIGHT``; the
XMP says so (``slip:WetInk``), so the signer finds the boxes where they were drawn.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from benchapp.slips.content import (
    MEANING_LABELS,
    XMP_NAMESPACE,
    Meaning,
    SlipContent,
    canonical_json,
    content_sha256,
    format_time,
    label,
    qr_payload,
    role_label,
    station_label,
)
from benchapp.slips.errors import RenderError, SlipErrorReason
from benchapp.slips.fonts import SlipFonts, slip_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
HEADER_HEIGHT = 45 * mm  # from the top edge down to the body frame
FOOTER_HEIGHT = 16 * mm  # from the bottom edge up to the body frame
FRAME = (MARGIN_X, FOOTER_HEIGHT, PAGE_WIDTH - 2 * MARGIN_X,
         PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT)

# The signature section sits at the bottom of the body frame on the last page.
SIGNATURE_SECTION_HEIGHT = 72 * mm
_COLUMN_GAP = 6 * mm
_COLUMN_WIDTH = (FRAME[2] - _COLUMN_GAP) / 2
_BOX_HEIGHT = 30 * mm
_BOX_INSET = 2 * mm
_BOX_BOTTOM = FRAME[1] + 7 * mm
_ROW_STEP = 4.4 * mm
_LABEL_WIDTH = 31 * mm
# Room under the boxes for the wet-ink lines (signature, then date), when the shop wants them.
WET_INK_HEIGHT = 16 * mm
_WET_SIGNATURE_Y = FRAME[1] + 12 * mm
_WET_DATE_Y = FRAME[1] + 4 * mm


def _box(column: int, lift: float = 0.0) -> tuple[float, float, float, float]:
    left = FRAME[0] + column * (_COLUMN_WIDTH + _COLUMN_GAP) + _BOX_INSET
    right = left + _COLUMN_WIDTH - 2 * _BOX_INSET
    return (round(left, 2), round(_BOX_BOTTOM + lift, 2), round(right, 2),
            round(_BOX_BOTTOM + lift + _BOX_HEIGHT, 2))


# (x1, y1, x2, y2) in PDF points on the last page; sign.py puts the signature fields here.
GIVER_BOX = _box(0)
RECEIVER_BOX = _box(1)
SIGNATURE_BOXES = {"giver": GIVER_BOX, "receiver": RECEIVER_BOX}
# The same boxes on a slip printed with wet-ink lines under them.
WET_INK_BOXES = {"giver": _box(0, WET_INK_HEIGHT), "receiver": _box(1, WET_INK_HEIGHT)}


def signature_boxes(wet_ink: bool = False) -> dict[str, tuple[float, float, float, float]]:
    """Where the signature fields go on the last page, with or without the wet-ink lines."""
    return WET_INK_BOXES if wet_ink else SIGNATURE_BOXES

SERIAL_COLUMNS = 3  # (No., serial) pairs per table row
MIN_MODULE = 0.17 * mm  # narrowest Code128 bar on the slip (laser printers)
MIN_DOTS = 2  # narrowest Code128 bar on a label, in printer dots

_INK = colors.HexColor("#1a1a1a")
_RULE = colors.HexColor("#4d4d4d")
_SHADE = colors.HexColor("#eef1f5")
_HEAD = colors.HexColor("#dde3ea")
_MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class RenderedSlip:
    """A rendered slip: the PDF, its page count and the content hash it carries."""

    pdf: bytes
    pages: int
    sha256: str


@dataclass(frozen=True)
class UnitLabel:
    """One unit label: the serial as Code128 and text, with model and RMA number."""

    serial: str
    model: str
    rma_no: str


class _Styles:
    def __init__(self, fonts: SlipFonts) -> None:
        name = fonts.name
        self.cell = ParagraphStyle("cell", fontName=name, fontSize=9, leading=11.5,
                                   textColor=_INK, alignment=TA_LEFT, wordWrap="CJK")
        self.cell_label = ParagraphStyle("cell_label", parent=self.cell, fontSize=8,
                                         leading=10, textColor=_MUTED)
        self.hash = ParagraphStyle("hash", parent=self.cell, fontSize=8, leading=10)
        self.section = ParagraphStyle("section", parent=self.cell, fontSize=10.5, leading=14,
                                      spaceBefore=2 * mm, spaceAfter=1.5 * mm)
        self.serial = ParagraphStyle("serial", parent=self.cell, fontSize=8.5, leading=10.5)
        self.serial_no = ParagraphStyle("serial_no", parent=self.serial, textColor=_MUTED,
                                        alignment=TA_RIGHT)
        self.serial_head = ParagraphStyle("serial_head", parent=self.serial, fontSize=8,
                                          textColor=_INK)


class _SignatureSection(Flowable):
    """The giver and receiver blocks, pinned to the bottom of the last page's body frame.

    It asks for all the height left in the frame (so its bottom is the frame's bottom, which
    is the same on every page) or, when less than its own height is left, for a page break.
    """

    def __init__(self, content: SlipContent, fonts: SlipFonts, wet_ink: bool = False) -> None:
        super().__init__()
        self.content = content
        self.fonts = fonts
        self.wet_ink = wet_ink
        self.section_height = SIGNATURE_SECTION_HEIGHT + (WET_INK_HEIGHT if wet_ink else 0)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = max(avail_height, self.section_height)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x0, y0 = canv.absolutePosition(0, 0)
        if abs(x0 - FRAME[0]) > 0.5 or abs(y0 - FRAME[1]) > 0.5:
            raise RuntimeError(f"signature section drawn at {x0:.1f},{y0:.1f}, "
                               f"not at the frame bottom {FRAME[0]:.1f},{FRAME[1]:.1f}")
        canv.saveState()
        # Draw in page coordinates: the boxes must land exactly on GIVER_BOX / RECEIVER_BOX.
        canv.translate(-x0, -y0)
        self._draw_blocks(canv)
        canv.restoreState()

    def _draw_blocks(self, canv: Canvas) -> None:
        fonts = self.fonts
        c = self.content
        top = FRAME[1] + self.section_height
        right = FRAME[0] + FRAME[2]
        canv.setStrokeColor(_RULE)
        canv.setLineWidth(1.0)
        canv.line(FRAME[0], top - 1 * mm, right, top - 1 * mm)
        canv.setFillColor(_INK)
        fonts.draw(canv, FRAME[0], top - 6.5 * mm, "交接签名 / Handover signatures", 11)
        canv.setFillColor(_MUTED)
        fonts.draw(canv, right, top - 6.5 * mm,
                   "QP-TPZ-002 5.3.3：交接双方清点数量，签名并注明日期时间 / "
                   "both sides count, sign and date", 7, align="right")
        value_width = _COLUMN_WIDTH - _LABEL_WIDTH - 2 * _BOX_INSET
        giver_rows = [
            ("交出方 / Giver", label(MEANING_LABELS[Meaning.HANDED_OVER])),
            ("姓名 / Name", f"{c.giver_name} ({c.giver_username})"),
            ("岗位 / Role", role_label(c.giver_role)),
            ("时间 / Time", format_time(c.handed_over_at)),
            ("交出数量 / Quantity", f"{c.declared_count} 件 pcs"),
        ]
        receiver_rows = [
            ("接收方 / Receiver", station_label(c.to_station)),
            ("结果 / Outcome", "接收 received  /  拒收 refused"),
            ("", "实收数量、姓名、时间及拒收原因由接收方签章记录。"),
            ("", "Counted quantity, name, time and any refusal reason"),
            ("", "are recorded by the receiver's signature stamp."),
        ]
        boxes = signature_boxes(self.wet_ink)
        columns = (
            (giver_rows, boxes["giver"], "交出方签章 / Giver's signature"),
            (receiver_rows, boxes["receiver"], "接收方签章 / Receiver's signature"),
        )
        wet_lines = (("交出人签字 / Giver's signature", "日期 / Date"),
                     ("接收人签字 / Receiver's signature", "日期 / Date"))
        for column, (rows, box, caption) in enumerate(columns):
            left = FRAME[0] + column * (_COLUMN_WIDTH + _COLUMN_GAP) + _BOX_INSET
            x1, y1, x2, y2 = box
            y = y2 + 3.5 * mm + (len(rows) - 1) * _ROW_STEP
            for name, value in rows:
                if name:
                    canv.setFillColor(_MUTED)
                    fonts.draw(canv, left, y, name, 7.5)
                    canv.setFillColor(_INK)
                    fonts.draw(canv, left + _LABEL_WIDTH, y,
                               _fit(fonts, value, 8.5, value_width), 8.5)
                else:
                    canv.setFillColor(_MUTED)
                    fonts.draw(canv, left, y, _fit(fonts, value, 7.5, x2 - x1), 7.5)
                y -= _ROW_STEP
            canv.setStrokeColor(_RULE)
            canv.setLineWidth(0.6)
            canv.setDash(2, 2)
            canv.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=0)
            canv.setDash()
            canv.setFillColor(_MUTED)
            fonts.draw(canv, (x1 + x2) / 2, y1 - 4 * mm, caption, 7, align="centre")
            if self.wet_ink:
                self._draw_wet_ink(canv, x1, x2, wet_lines[column])

    def _draw_wet_ink(self, canv: Canvas, x1: float, x2: float,
                      labels: tuple[str, str]) -> None:
        """Ruled lines for a pen signature and its date (the shop's wet-ink original)."""
        fonts = self.fonts
        canv.setStrokeColor(_RULE)
        canv.setLineWidth(0.6)
        for text, y in zip(labels, (_WET_SIGNATURE_Y, _WET_DATE_Y), strict=True):
            canv.setFillColor(_INK)
            fonts.draw(canv, x1, y + 1 * mm, text, 7.5)
            start = x1 + fonts.width(text, 7.5) + 2 * mm
            canv.line(start, y, x2, y)


def _xmp(content: SlipContent, sha256: str, wet_ink: bool = False):
    text = canonical_json(content).decode("utf-8")
    # Only when on: a slip without the lines stays byte for byte what it was.
    layout = "<slip:WetInk>true</slip:WetInk>\n" if wet_ink else ""

    def create(_doc) -> bytes:
        # XMP is UTF-8 (ISO 16684-1); reportlab would otherwise encode it as PDFDocEncoding.
        return (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:slip="{XMP_NAMESPACE}">\n'
            '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">'
            f'交接单 Transfer slip {escape(content.slip_no)}</rdf:li></rdf:Alt></dc:title>\n'
            f"<slip:SlipNo>{escape(content.slip_no)}</slip:SlipNo>\n"
            f"<slip:Version>{content.version}</slip:Version>\n"
            f"<slip:ContentSHA256>{sha256}</slip:ContentSHA256>\n"
            f"<slip:Content>{escape(text)}</slip:Content>\n"
            f"{layout}"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
            '<?xpacket end="r"?>'
        ).encode()

    return XMP(creator=create)


def _numbered_canvas(draw_footer):
    """A canvas that holds pages back until the end, so each footer can say "x / y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _SlipPages:
    """Header and footer of every slip page."""

    def __init__(self, content: SlipContent, sha256: str, fonts: SlipFonts,
                 wet_ink: bool = False) -> None:
        self.content = content
        self.sha256 = sha256
        self.fonts = fonts
        self.wet_ink = wet_ink
        self.pages = 0
        # Encoded once per slip (reportlab's QR encoder, error correction M): the mask search
        # is the expensive part, and every page header shows the same code.
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(qr_payload(content, sha256))
        qr.make()
        self._qr_modules = [[bool(m) for m in row] for row in qr.modules]

    def _draw_qr(self, canv: Canvas, x: float, y: float, size: float) -> None:
        """The QR modules as one filled path: one fill, so no seams between modules."""
        count = len(self._qr_modules)
        box = size / count
        path = canv.beginPath()
        for r, row in enumerate(self._qr_modules):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(x + column * box, y + size - (r + 1) * box, length * box, box)
                column += length
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()

    def header(self, canv: Canvas, _doc) -> None:
        c = self.content
        fonts = self.fonts
        top = PAGE_HEIGHT - 10 * mm
        left = MARGIN_X
        right = PAGE_WIDTH - MARGIN_X
        qr_size = 28 * mm
        if canv.getPageNumber() == 1:
            canv.setCatalogEntry("Metadata", _xmp(c, self.sha256, self.wet_ink))
        canv.saveState()
        canv.setFillColor(_INK)
        fonts.draw(canv, left, top - 4.5 * mm, _fit(fonts, c.shop_name, 13, 120 * mm), 13)
        fonts.draw(canv, left, top - 14 * mm, "交接单  Transfer Slip", 20)
        canv.setFillColor(_MUTED)
        fonts.draw(canv, left, top - 20 * mm,
                   f"表单编号 Form No. {c.form_no}    版本 Rev. {c.form_revision}", 8)
        canv.setFillColor(_INK)
        fonts.draw(canv, left, top - 29 * mm,
                   _fit(fonts, f"交接单号 Slip No.  {c.slip_no}", 12.5, 97 * mm), 12.5)
        canv.setFillColor(_MUTED)
        fonts.draw(canv, left + 100 * mm, top - 29 * mm, f"版次 Version  {c.version}", 9)
        # Code128 of the slip number, fitted to its slot: the receiving bench scans it.
        slot_left = left + 100 * mm
        slot_right = right - qr_size - 5 * mm
        slot_width = slot_right - slot_left
        barcode = _code128(c.slip_no, bar_height=11 * mm, max_width=slot_width,
                           field="slip_no")
        bar_x = slot_right - barcode.width
        barcode.drawOn(canv, bar_x, top - 19 * mm)
        fonts.draw(canv, bar_x + barcode.width / 2, top - 22.5 * mm, c.slip_no, 7.5,
                   align="centre")
        self._draw_qr(canv, right - qr_size, top - qr_size - 0.5 * mm, qr_size)
        canv.setStrokeColor(_RULE)
        canv.setLineWidth(1.2)
        rule_y = PAGE_HEIGHT - HEADER_HEIGHT + 3 * mm
        canv.line(left, rule_y, right, rule_y)
        canv.restoreState()

    def footer(self, canv: Canvas, page: int, total: int) -> None:
        c = self.content
        self.pages = total
        canv.saveState()
        y = FOOTER_HEIGHT - 7 * mm
        canv.setStrokeColor(_RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, FOOTER_HEIGHT - 3 * mm, PAGE_WIDTH - MARGIN_X, FOOTER_HEIGHT - 3 * mm)
        canv.setFillColor(_MUTED)
        self.fonts.draw(canv, MARGIN_X, y, f"{c.form_no}  版本 Rev. {c.form_revision}", 7.5)
        self.fonts.draw(canv, PAGE_WIDTH / 2, y, f"交接单号 Slip No. {c.slip_no}  ·  {c.rma_no}",
                        7.5, align="centre")
        self.fonts.draw(canv, PAGE_WIDTH - MARGIN_X, y,
                        f"第 {page} / {total} 页  Page {page} of {total}", 7.5, align="right")
        canv.restoreState()


def _info_table(content: SlipContent, sha256: str, fonts: SlipFonts, styles: _Styles) -> Table:
    def p(text: str, style=styles.cell) -> Paragraph:
        return Paragraph(fonts.markup(text), style)

    def lab(text: str) -> Paragraph:
        return Paragraph(fonts.markup(text), styles.cell_label)

    c = content
    width = FRAME[2]
    label_w = 33 * mm
    value_w = width / 2 - label_w
    rows = [
        [lab("RMA单号 / RMA No."), p(c.rma_no), lab("客户 / Customer"), p(c.customer)],
        [lab("型号 / Model"), p(c.model), lab("申报数量 / Declared qty"),
         p(f"{c.declared_count} 件 pcs")],
        [lab("交出站 / From"), p(station_label(c.from_station)), lab("接收站 / To"),
         p(station_label(c.to_station))],
        [lab("本单内容 SHA-256 / Content SHA-256"), p(sha256, styles.hash), "", ""],
        [lab("上一交接单 SHA-256 / Previous slip"),
         p(c.previous_sha256 or "—（本RMA首张交接单 / first slip of this RMA）", styles.hash),
         "", ""],
    ]
    if c.ca_sha256:
        # The shop CA's fingerprint: a verifier compares it with the one pinned at the bench.
        rows.append([lab("发证机构 SHA-256 / Shop CA"), p(c.ca_sha256, styles.hash), "", ""])
    if c.log_head:
        # The tracking log's head when signed: the filed paper anchors the database's history.
        rows.append([lab("追溯记录链头 SHA-256 / Log head"), p(c.log_head, styles.hash), "", ""])
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([
        # Plain-string cells (the empty ones) would otherwise be set in non-embedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), fonts.name),
        ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
        ("BACKGROUND", (0, 0), (0, -1), _SHADE),
        ("BACKGROUND", (2, 0), (2, 2), _SHADE),
        ("SPAN", (1, 3), (3, 3)),
        ("SPAN", (1, 4), (3, 4)),
        *[("SPAN", (1, row), (3, row)) for row in range(5, len(rows))],
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _serial_table(content: SlipContent, fonts: SlipFonts, styles: _Styles) -> Table:
    serials = content.serials
    no_w = 11 * mm
    serial_w = FRAME[2] / SERIAL_COLUMNS - no_w
    head = []
    for _ in range(SERIAL_COLUMNS):
        head += [Paragraph("序号<br/>No.", styles.serial_head),
                 Paragraph(fonts.markup("序列号 / Serial No."), styles.serial_head)]
    rows = [head]
    for start in range(0, len(serials), SERIAL_COLUMNS):
        row = []
        for index in range(start, start + SERIAL_COLUMNS):
            if index < len(serials):
                row += [Paragraph(str(index + 1), styles.serial_no),
                        Paragraph(fonts.markup(serials[index]), styles.serial)]
            else:
                row += ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[no_w, serial_w] * SERIAL_COLUMNS, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.name),
        ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in range(SERIAL_COLUMNS):
        # A heavier line between the (No., serial) pairs makes the columns easy to follow.
        style.append(("LINEBEFORE", (2 * column, 0), (2 * column, -1), 1.0, _RULE))
    for row in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, row), (-1, row), _SHADE))
    table.setStyle(TableStyle(style))
    return table


def slip_story(content: SlipContent, sha256: str, fonts: SlipFonts,
               wet_ink: bool = False) -> list[Flowable]:
    """The body of the slip as platypus flowables (the header and footer are page furniture)."""
    styles = _Styles(fonts)
    count = len(content.serials)
    return [
        _info_table(content, sha256, fonts, styles),
        Paragraph(fonts.markup(f"单元序列号清单 / Unit serial numbers  （共 {count} 件 / "
                               f"{count} pcs）"), styles.section),
        _serial_table(content, fonts, styles),
        Spacer(0, 4 * mm),
        _SignatureSection(content, fonts, wet_ink),
    ]


def render_slip(content: SlipContent, *, deterministic: bool = False,
                fonts: SlipFonts | None = None, wet_ink: bool = False) -> RenderedSlip:
    """The slip as an unsigned A4 PDF, ready for the giver's signature.

    ``deterministic`` fixes reportlab's creation date and document id (invariant mode), so two
    renderings of the same content are byte-identical. ``wet_ink`` adds the lines for a
    handwritten signature and date under both signature boxes (the shop setting
    ``slip_wet_ink``); it is layout, not content: the content hash is the same either way.
    """
    fonts = fonts or slip_fonts()
    sha256 = content_sha256(content)
    pages = _SlipPages(content, sha256, fonts, wet_ink)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=HEADER_HEIGHT, bottomMargin=FOOTER_HEIGHT,
        title=f"交接单 Transfer slip {content.slip_no}",
        author=content.shop_name,
        subject=f"{content.rma_no}: {content.from_station.value} -> {content.to_station.value}",
        keywords=qr_payload(content, sha256),
        creator="benchapp",
        invariant=1 if deterministic else 0,
        # Every page starts with the canvas's initial font; left at Helvetica it would put a
        # non-embedded font into the slip.
        initialFontName=fonts.name, initialFontSize=9,
    )
    frame = Frame(*FRAME, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id="body")
    doc.addPageTemplates([PageTemplate(id="slip", frames=[frame], onPage=pages.header)])
    doc.build(slip_story(content, sha256, fonts, wet_ink),
              canvasmaker=_numbered_canvas(pages.footer))
    return RenderedSlip(pdf=out.getvalue(), pages=pages.pages, sha256=sha256)


def render_unit_labels(labels: list[UnitLabel], width_mm: float = 50,
                       height_mm: float = 30, *, printer_dpi: int = 300,
                       deterministic: bool = False, fonts: SlipFonts | None = None) -> bytes:
    """One label per page, ``width_mm`` x ``height_mm``: Code128 of the serial, model, RMA no.

    The barcode's bars are whole dots of a ``printer_dpi`` label printer (203 or 300 dpi for
    the usual thermal printers), at least two dots wide.
    """
    if not labels:
        raise RenderError(SlipErrorReason.INVALID_CONTENT, field="labels", detail="is empty")
    if not (20 <= width_mm <= 200 and 10 <= height_mm <= 200):
        raise RenderError(SlipErrorReason.INVALID_CONTENT, field="label size",
                          detail=f"{width_mm} x {height_mm} mm is outside 20-200 x 10-200 mm")
    if not 100 <= printer_dpi <= 1200:
        raise RenderError(SlipErrorReason.INVALID_CONTENT, field="printer_dpi",
                          detail=f"{printer_dpi} is outside 100-1200")
    dot = 72 / printer_dpi
    fonts = fonts or slip_fonts()
    width, height = width_mm * mm, height_mm * mm
    pad = min(2.5 * mm, width * 0.05)
    text_size = max(5.0, min(8.0, height / (30 * mm) * 7.5))
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(width, height), invariant=1 if deterministic else 0,
                  initialFontName=fonts.name, initialFontSize=text_size)
    canv.setTitle("Unit labels")
    canv.setAuthor("benchapp")
    canv.setSubject(", ".join(dict.fromkeys(unit.rma_no for unit in labels)))
    canv.setCreator("benchapp")
    for unit in labels:
        for name in ("serial", "model", "rma_no"):
            value = getattr(unit, name)
            if not isinstance(value, str) or not value.strip() or not value.isprintable():
                raise RenderError(SlipErrorReason.INVALID_CONTENT, field=f"label {name}",
                                  detail=f"{value!r} is empty or unprintable")
        canv.setFillColor(colors.black)
        inner = width - 2 * pad
        top = height - pad - text_size
        rma = _fit(fonts, unit.rma_no, text_size, inner * 0.45)
        fonts.draw(canv, width - pad, top, rma, text_size, align="right")
        model_room = inner - fonts.width(rma, text_size) - 2 * mm
        fonts.draw(canv, pad, top, _fit(fonts, unit.model, text_size, model_room), text_size)
        barcode = _code128(unit.serial, bar_height=height - 2 * pad - 3.2 * text_size,
                           max_width=inner, field="label serial", dot=dot)
        # On the printer's dot grid, so every bar edge falls on a dot boundary.
        bar_x = round((width - barcode.width) / 2 / dot) * dot
        barcode.drawOn(canv, bar_x, pad + 1.1 * text_size)
        fonts.draw(canv, width / 2, pad, _fit(fonts, unit.serial, text_size, inner), text_size,
                   align="centre")
        canv.showPage()
    canv.save()
    return out.getvalue()


def _code128(value: str, *, bar_height: float, max_width: float, field: str,
             dot: float | None = None) -> Code128:
    """A Code128 at the widest module up to 0.33 mm that fits ``max_width``.

    With a printer ``dot`` pitch the module is a whole number of dots, at least two: a thermal
    printer cannot draw a bar 1.6 dots wide, it draws 1 or 2 and the widths the scanner decodes
    drift. Without one the module may go down to ``MIN_MODULE``. A value too long for its space
    is an error rather than an unreadable barcode.
    """
    modules = Code128(value, barWidth=1, quiet=False).width
    module = min(0.33 * mm, max_width / modules)
    if dot is not None:
        dots = int(module / dot + 1e-9)
        module = dots * dot
        readable = dots >= MIN_DOTS
    else:
        readable = module >= MIN_MODULE
    if not readable:
        raise RenderError(SlipErrorReason.INVALID_CONTENT, field=field,
                          detail=f"{value!r} is too long for a scannable Code128 "
                                 f"{max_width / mm:.0f} mm wide; use a wider label")
    return Code128(value, barHeight=bar_height, barWidth=module, quiet=False)


def _fit(fonts: SlipFonts, text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``: a label never prints over its edge."""
    if fonts.width(text, size) <= width:
        return text
    while text and fonts.width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"
