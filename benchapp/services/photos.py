"""Re-encoding of attached photos with Pillow (issue 17.3): metadata stripped, size bounded.

A photo is decoded and written again from its pixels only: EXIF (GPS position, camera, owner),
XMP, IPTC, ICC profiles and comments stay behind. Its EXIF orientation is applied first, so the
picture stands as it was taken. Photos with transparency are stored as PNG, all others as JPEG.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath

from benchapp.domain.attachments import IMAGE_TYPES, MAX_IMAGE_SIDE, THUMBNAIL_SIDE, bounded
from benchapp.domain.errors import InvalidInput, Reason

# Larger than any camera's picture; more pixels than this is a decompression bomb.
MAX_PIXELS = 100_000_000
JPEG_QUALITY = 85


@dataclass(frozen=True)
class Photo:
    data: bytes
    content_type: str
    file_name: str
    width: int
    height: int
    thumbnail: bytes  # JPEG, at most THUMBNAIL_SIDE pixels on its longer side


def _unreadable(file_name: str) -> InvalidInput:
    return InvalidInput(Reason.VALUE_INVALID, value=file_name, field="photo",
                        allowed="a complete JPEG, PNG, WebP, BMP, TIFF or GIF picture")


def reencode(data: bytes, file_name: str) -> Photo | None:
    """The photo in ``data`` re-encoded, or None when ``data`` is no picture Pillow knows
    (a PDF, a log file: stored as they are). A picture that cannot be decoded is refused."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            kind = probe.format
    except UnidentifiedImageError:
        return None
    except (Image.DecompressionBombWarning, Image.DecompressionBombError, OSError, ValueError,
            SyntaxError):
        raise _unreadable(file_name) from None
    if kind not in IMAGE_TYPES:
        return None
    try:
        if probe.width * probe.height > MAX_PIXELS:
            raise _unreadable(file_name)
        probe.load()
        image = ImageOps.exif_transpose(probe)
    except (OSError, ValueError, SyntaxError) as err:
        raise _unreadable(file_name) from err
    alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if alpha else "RGB")
    # A new image from the pixels alone: Pillow's savers write what is left in `info` (a JPEG
    # comment, EXIF, an ICC profile) back out by default.
    image = Image.frombytes(image.mode, image.size, image.tobytes())
    size = bounded(image.width, image.height, MAX_IMAGE_SIDE)
    if size != image.size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if alpha:
        image.save(out, "PNG", optimize=True)
        content_type, suffix = "image/png", ".png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        content_type, suffix = "image/jpeg", ".jpg"
    thumb = image.convert("RGB")
    thumb.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    small = io.BytesIO()
    thumb.save(small, "JPEG", quality=80)
    name = str(PurePath(file_name).with_suffix(suffix)) if PurePath(file_name).suffix \
        else file_name + suffix
    return Photo(out.getvalue(), content_type, name, image.width, image.height,
                 small.getvalue())
