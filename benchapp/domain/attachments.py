"""Photos and files on an RMA or one of its units (issue 17.3): what may be attached.

The file is kept in the database with its SHA-256 and who attached it when. Photos are
re-encoded before they are stored (services/attachments.py): what a camera or phone writes
beside the picture (GPS position, device, owner) does not enter the shop's records, and a
photo is never larger than MAX_IMAGE_SIDE pixels on its longer side.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath, PureWindowsPath

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.rules import clean_text

MAX_FILE_BYTES = 10 * 1024 * 1024  # what is accepted from the person, before re-encoding
MAX_IMAGE_SIDE = 2048  # pixels, the longer side of a stored photo
THUMBNAIL_SIDE = 160
NAME_MAX_LEN = 200
# Photos are re-encoded; these types are recognised as photos by their content.
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
               "BMP": "image/bmp", "TIFF": "image/tiff", "GIF": "image/gif"}


@dataclass(frozen=True)
class Attachment:
    """One stored file (its content is read on request, never with the list)."""

    id: int
    rma_no: str
    serial: str | None  # None: attached to the RMA as a whole
    file_name: str
    content_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime | None
    has_thumbnail: bool = False


def check_size(size: int) -> None:
    if size <= 0:
        raise InvalidInput(Reason.VALUE_INVALID, value="an empty file", field="attachment",
                           allowed="a file with content")
    if size > MAX_FILE_BYTES:
        raise InvalidInput(Reason.VALUE_INVALID, value=f"a file of {size / 1048576:.1f} MB",
                           field="attachment",
                           allowed=f"files of at most {MAX_FILE_BYTES // 1048576} MB")


def clean_file_name(raw: str) -> str:
    """The name without any folder part (Windows or POSIX), under the text policy."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    if name.strip(".") == "":
        # "..": written out by `attachments --out` it would name the folder above
        raise InvalidInput(Reason.VALUE_INVALID, value=raw, field="file name",
                           allowed="a file's name")
    return clean_text(name, "file name", required=True, limit=NAME_MAX_LEN)


def guessed_type(file_name: str) -> str:
    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bounded(width: int, height: int, side: int = MAX_IMAGE_SIDE) -> tuple[int, int]:
    """The size a photo of width x height is stored at: the same, or scaled down to fit."""
    if max(width, height) <= side:
        return width, height
    scale = side / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))
