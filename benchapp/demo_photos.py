"""The demo's photos (issue 17.3), drawn with Pillow while the demo loads: no picture files
ship with the app. A board on the bench mat with its parts, the faulty one ringed in red as
the QC lead marks it, or a box of boards as the clerk photographs it at receipt.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

SIZE = (960, 720)
_MAT = (46, 84, 112)  # the blue ESD mat
_BOARD = (22, 112, 62)
_MARK = (230, 30, 30)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _board(draw: ImageDraw.ImageDraw, rng: random.Random, box: tuple[int, int, int, int],
           refs: list[str]) -> dict[str, tuple[int, int, int, int]]:
    """A populated board in ``box``; the outline of each part named in ``refs``."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=18, fill=_BOARD, outline=(12, 70, 38), width=4)
    for hx, hy in ((x0 + 22, y0 + 22), (x1 - 22, y0 + 22), (x0 + 22, y1 - 22), (x1 - 22, y1 - 22)):
        draw.ellipse((hx - 9, hy - 9, hx + 9, hy + 9), fill=(200, 190, 120))
    label = _font(14)
    for _ in range(60):  # passives: resistors and capacitors
        px, py = rng.randint(x0 + 40, x1 - 60), rng.randint(y0 + 40, y1 - 40)
        w, h = (18, 9) if rng.random() < 0.5 else (9, 18)
        draw.rectangle((px, py, px + w, py + h), fill=rng.choice([(30, 30, 30), (150, 120, 80)]),
                       outline=(210, 210, 210))
    placed: dict[str, tuple[int, int, int, int]] = {}
    # One part to a cell of a 3 x 2 grid: the ringed part never hides under another.
    cells = [(c, r) for c in range(3) for r in range(2)]
    rng.shuffle(cells)
    cell_w, cell_h = (x1 - x0 - 80) // 3, (y1 - y0 - 80) // 2
    for ref, (col, row) in zip(refs, cells, strict=False):
        side = 90 if ref.startswith(("U", "Q")) else 56
        px = x0 + 40 + col * cell_w + rng.randint(10, max(10, cell_w - side - 20))
        py = y0 + 40 + row * cell_h + rng.randint(10, max(10, cell_h - side - 30))
        part = (px, py, px + side, py + (side if ref.startswith("U") else side // 2))
        draw.rectangle(part, fill=(24, 24, 28), outline=(160, 160, 160), width=2)
        if ref.startswith("U"):  # the pins of a QFP
            for i in range(6, side - 4, 8):
                for a, b in ((px + i, py - 6), (px + i, part[3])):
                    draw.rectangle((a, b, a + 3, b + 6), fill=(200, 200, 200))
        draw.text((px, part[3] + 8), ref, fill=(240, 240, 240), font=label)
        placed[ref] = part
    return placed


def defect_photo(seed: int, *, model: str, serial: str, ref: str) -> bytes:
    """A board with part ``ref`` ringed and named, as a JPEG."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, _MAT)
    draw = ImageDraw.Draw(image)
    others = [r for r in ("U1", "U3", "Q2", "C8", "J1") if r != ref]
    parts = _board(draw, rng, (80, 90, 880, 620), [*others[:3], ref])
    x0, y0, x1, y1 = parts[ref]
    draw.ellipse((x0 - 30, y0 - 30, x1 + 30, y1 + 30), outline=_MARK, width=7)
    draw.line((x1 + 22, y0 - 10, x1 + 120, y0 - 70), fill=_MARK, width=6)
    draw.text((x1 + 124, y0 - 96), ref, fill=_MARK, font=_font(34))
    draw.text((24, 20), f"{model}   S/N {serial}", fill=(255, 255, 255), font=_font(26))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def receipt_photo(seed: int, *, model: str, count: int, note: str) -> bytes:
    """The boards of one return laid out as they came out of the box, as a JPEG."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, (150, 120, 80))  # the cardboard
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 80, 920, 680), fill=(225, 225, 220), outline=(90, 70, 40), width=6)
    count = min(count, 6)
    columns = min(count, 3)
    rows = -(-count // columns)
    width, height = 860 // columns, 580 // rows
    for i in range(count):
        row, col = divmod(i, columns)
        left, top = 50 + col * width, 90 + row * height
        _board(draw, rng, (left + 10, top + 10, left + width - 10, top + height - 10), ["U1"])
        # scorch marks where the customer's board burnt
        cx = left + width // 2 + rng.randint(-40, 40)
        cy = top + height // 2 + rng.randint(-30, 30)
        for r in (46, 32, 18):
            shade = 20 + r
            draw.ellipse((cx - r, cy - r * 0.7, cx + r, cy + r * 0.7), fill=(shade, shade, shade))
    draw.text((24, 20), f"{model}  x{count}  {note}", fill=(255, 255, 255), font=_font(26))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()
