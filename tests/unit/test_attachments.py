"""Attachment rules and photo re-encoding (issue 17.3): metadata stripped, size bounded."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from benchapp.domain import attachments as rules
from benchapp.domain.errors import InvalidInput
from benchapp.services.photos import MAX_PIXELS, reencode


def jpeg_with_gps(width=3000, height=1000, orientation=None) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x013B] = "Zhang Wei"  # Artist
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (22.0, 32.0, 10.0)  # GPSLatitudeRef, GPSLatitude
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, comment=b"secret note")
    return out.getvalue()


def test_a_photo_loses_its_metadata_and_is_scaled_down():
    original = jpeg_with_gps()
    assert b"PhoneMaker" in original and b"Zhang Wei" in original
    photo = reencode(original, "IMG_0001.JPEG")
    assert photo is not None and photo.content_type == "image/jpeg"
    assert photo.file_name == "IMG_0001.jpg"
    stored = Image.open(io.BytesIO(photo.data))
    assert stored.size == (2048, 683) == (photo.width, photo.height)
    assert not stored.getexif() and "comment" not in stored.info
    for secret in (b"PhoneMaker", b"Zhang Wei", b"secret note", b"Exif"):
        assert secret not in photo.data
    thumb = Image.open(io.BytesIO(photo.thumbnail))
    assert max(thumb.size) == rules.THUMBNAIL_SIDE


def test_the_orientation_is_applied_before_it_is_dropped():
    photo = reencode(jpeg_with_gps(400, 100, orientation=6), "x.jpg")  # 6: rotate 90°
    assert photo is not None and (photo.width, photo.height) == (100, 400)


def test_transparency_stays_as_png():
    out = io.BytesIO()
    Image.new("RGBA", (50, 40), (0, 0, 0, 0)).save(out, "PNG")
    photo = reencode(out.getvalue(), "logo")
    assert photo is not None and photo.content_type == "image/png"
    assert photo.file_name == "logo.png"


def test_other_files_are_not_photos_and_broken_photos_are_refused():
    assert reencode(b"%PDF-1.7\n...", "report.pdf") is None
    whole = jpeg_with_gps(200, 200)
    with pytest.raises(InvalidInput, match="is not a valid photo"):
        reencode(whole[: len(whole) // 2], "cut.jpg")


def test_a_decompression_bomb_is_refused():
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")  # 400 M pixels in a few kilobytes
    assert 20000 * 20000 > MAX_PIXELS and len(out.getvalue()) < 200_000
    with pytest.raises(InvalidInput, match="is not a valid photo"):
        reencode(out.getvalue(), "bomb.png")


def test_size_limit_and_file_names():
    rules.check_size(rules.MAX_FILE_BYTES)
    with pytest.raises(InvalidInput, match="a file of 10.0 MB.*at most 10 MB"):
        rules.check_size(rules.MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInput, match="an empty file"):
        rules.check_size(0)
    assert rules.clean_file_name(r"C:\Users\li\Desktop\板子.jpg") == "板子.jpg"
    assert rules.clean_file_name("../../etc/passwd") == "passwd"
    with pytest.raises(InvalidInput):
        rules.clean_file_name("../")
    assert rules.bounded(4000, 3000) == (2048, 1536) and rules.bounded(10, 20) == (10, 20)
