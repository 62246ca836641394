"""Font runs, the non-BMP ToUnicode fix and the per-stamp font subset."""

from __future__ import annotations

import io

import pytest
from fontTools.ttLib import TTFont

from benchapp.slips.fonts import (
    _to_unicode_cmap,
    slip_fonts,
    stamp_font_builder,
)


@pytest.fixture(scope="module")
def fonts():
    return slip_fonts()


def test_text_switches_to_the_fallback_font_only_for_what_the_primary_lacks(fonts):
    runs = fonts.runs("客户堃𠀀A")
    assert [text for _, text in runs] == ["客户堃", "𠀀", "A"]
    assert runs[0][0] == runs[2][0] == fonts.name
    assert runs[1][0] == fonts.fallback.fontName
    assert fonts.markup("a<b>&𠀀") == (
        f'a&lt;b&gt;&amp;<font face="{fonts.fallback.fontName}">𠀀</font>')


def test_uncovered_lists_characters_no_font_has(fonts):
    assert fonts.uncovered("交接单 堃 𠀀 ABC") == []
    assert fonts.uncovered("\U0001F600") == ["\U0001F600"]


def test_to_unicode_cmap_maps_non_bmp_to_surrogate_pairs():
    cmap = _to_unicode_cmap("F", [0, 0x5803, 0x20000])
    assert "<01> <5803>" in cmap
    assert "<02> <D840DC00>" in cmap  # U+20000, not the invalid <20000> reportlab writes
    assert "3 beginbfchar" in cmap


def test_stamp_font_holds_exactly_the_stamp_glyphs_from_both_fonts():
    font = TTFont(io.BytesIO(stamp_font_builder().build("交出 张伟 堃𠀀 09:30")))
    cmap = font.getBestCmap()
    assert {ord(c) for c in "交出张伟堃𠀀09:3 "} <= set(cmap)
    assert ord("接") not in cmap
    assert font["maxp"].numGlyphs < 40  # a few glyphs, not the 42 000 of the source face
    assert font["name"].getDebugName(6) == "WenQuanYiZenHei-Stamp"


def test_stamp_font_is_cached_per_character_set():
    builder = stamp_font_builder()
    assert builder.build("交出 1") is builder.build("出交 1 1")
