"""The slip fonts: WenQuanYi Zen Hei for text, HanaMinB for CJK Extension B, all embedded.

reportlab embeds only TrueType outlines (not the CFF of Noto CJK), so the shipped fonts are
TrueType: ``wqy-zenhei.ttc`` face 0 (GB 18030 BMP coverage) and ``HanaMinB.ttf`` for the
supplementary-plane ideographs (U+20000 and up) that Zen Hei lacks. Text switches font per run
of characters, and every font is embedded as a subset.

Two library gaps are closed here:

* reportlab 5.1 writes ``<20000>`` into a subset's ToUnicode CMap for a non-BMP character, which
  is not a valid UTF-16BE destination, so copy and search lose it; ``_SlipTTFont`` rewrites those
  CMaps with the surrogate pair.
* pyHanko's stamp font engine parses and subsets the whole font for every signature (about
  0.7 s with a 42 000-glyph CJK face); ``stamp_font`` instead builds a font holding only the
  stamp's glyphs from a face parsed once per process, which pyHanko then handles in milliseconds.
"""

from __future__ import annotations

import copy
import hashlib
import io
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from fontTools.fontBuilder import FontBuilder
from fontTools.ttLib import TTFont as OpenTypeFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from benchapp.resources import resource
from benchapp.slips.errors import RenderError, SlipErrorReason

PRIMARY_FILE = "wqy-zenhei.ttc"
PRIMARY_FACE = 0  # WenQuanYi Zen Hei (proportional); 1 is the Mono face, 2 the Sharp one
FALLBACK_FILE = "HanaMinB.ttf"
FALLBACK_FACE = 0


def font_dir() -> Path:
    return resource("fonts")


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap whose destinations are UTF-16BE, surrogate pairs included."""
    entries = [f"<{code:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>"
               for code, cp in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(entries)} beginbfchar",
        *entries,
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


class _SlipTTFont(TTFont):
    """reportlab's TrueType font with correct ToUnicode entries for non-BMP characters."""

    def addObjects(self, doc) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if all(cp <= 0xFFFF for cp in subset):
                continue
            # Same naming as TTFont.addObjects, which registered the stream under this key.
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base_name = base.decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base_name]
            stream.content = _to_unicode_cmap(base_name, subset)


def _registered_name(path: Path, face: int) -> str:
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:8]
    return f"BenchSlip-{path.stem}-{face}-{digest}"


def _load_reportlab_font(path: Path, face: int) -> _SlipTTFont:
    if not path.is_file():
        raise RenderError(SlipErrorReason.FONT_MISSING, path=str(path))
    # Shaping is for complex scripts; Han and Latin need none, and unshaped output is
    # byte-for-byte reproducible.
    name = _registered_name(path, face)
    font = _SlipTTFont(name, str(path), subfontIndex=face, shapable=False)
    pdfmetrics.registerFont(font)
    if pdfmetrics.getFont(name) is not font:
        # reportlab keeps one font object per face name: had anyone registered a plain TTFont
        # of this face first, our name would resolve to it and lose the ToUnicode fix.
        pdfmetrics._fonts[name] = font
    return font


@dataclass
class SlipFonts:
    """The primary and fallback fonts registered with reportlab, and per-character font runs."""

    primary_path: Path
    fallback_path: Path
    primary: _SlipTTFont = field(init=False)
    _fallback: _SlipTTFont | None = field(init=False, default=None)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.primary = _load_reportlab_font(self.primary_path, PRIMARY_FACE)
        self._primary_cmap = self.primary.face.charToGlyph

    @property
    def name(self) -> str:
        """The reportlab font name to put in styles; fallback runs are switched inside."""
        return self.primary.fontName

    @property
    def fallback(self) -> _SlipTTFont:
        # Loaded on first need: most slips never contain an Extension B character.
        with self._lock:
            if self._fallback is None:
                self._fallback = _load_reportlab_font(self.fallback_path, FALLBACK_FACE)
            return self._fallback

    def font_for(self, ch: str) -> str:
        code = ord(ch)
        if code in self._primary_cmap or code < 0x80:
            return self.primary.fontName
        fallback = self.fallback
        if code in fallback.face.charToGlyph:
            return fallback.fontName
        return self.primary.fontName

    def uncovered(self, text: str) -> list[str]:
        """Characters neither font can draw (they would show as an empty box)."""
        missing = []
        for ch in dict.fromkeys(text):
            code = ord(ch)
            if code in self._primary_cmap or not ch.isprintable():
                continue
            if code not in self.fallback.face.charToGlyph:
                missing.append(ch)
        return missing

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` cut into (font name, text) runs, each drawable with one font."""
        out: list[tuple[str, str]] = []
        for ch in text:
            name = self.font_for(ch)
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def markup(self, text: str) -> str:
        """Paragraph markup for plain ``text``: escaped, fallback runs wrapped in <font>."""
        parts = []
        for name, run in self.runs(text):
            if name == self.primary.fontName:
                parts.append(escape(run))
            else:
                parts.append(f'<font face="{name}">{escape(run)}</font>')
        return "".join(parts)

    def width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(run, name, size) for name, run in self.runs(text))

    def draw(self, canvas, x: float, y: float, text: str, size: float,
             align: str = "left") -> None:
        """Draw one line of ``text`` on a reportlab canvas, switching font per run."""
        if align == "right":
            x -= self.width(text, size)
        elif align == "centre":
            x -= self.width(text, size) / 2
        obj = canvas.beginText(x, y)
        for name, run in self.runs(text):
            obj.setFont(name, size)
            obj.textOut(run)
        canvas.drawText(obj)


@lru_cache(maxsize=4)
def slip_fonts(directory: Path | None = None) -> SlipFonts:
    """The slip fonts from ``directory`` (default: the shipped ``resources/fonts``), loaded once."""
    base = directory or font_dir()
    return SlipFonts(primary_path=base / PRIMARY_FILE, fallback_path=base / FALLBACK_FILE)


# --- the signature stamp font (pyHanko) ---------------------------------------------------


class _GlyphSource:
    """One parsed face, kept read-only for the process, to copy stamp glyphs from."""

    def __init__(self, path: Path, face: int, prefix: str) -> None:
        if not path.is_file():
            raise RenderError(SlipErrorReason.FONT_MISSING, path=str(path))
        # lazy: only the cmap and the glyphs actually copied are ever decompiled.
        self.font = OpenTypeFont(str(path), fontNumber=face, lazy=True)
        self.cmap = self.font.getBestCmap()
        self.glyf = self.font["glyf"]
        self.hmtx = self.font["hmtx"]
        self.units_per_em = self.font["head"].unitsPerEm
        self.prefix = prefix

    def closure(self, names: Iterable[str]) -> list[str]:
        """``names`` plus every glyph their composite glyphs are built from."""
        seen = dict.fromkeys(names)
        todo = list(seen)
        while todo:
            glyph = self.glyf[todo.pop()]
            if glyph.isComposite():
                for component in glyph.getComponentNames(self.glyf):
                    if component not in seen:
                        seen[component] = None
                        todo.append(component)
        return list(seen)


class StampFontBuilder:
    """Builds, per signature, a TrueType font with just the glyphs of the stamp text."""

    def __init__(self, primary_path: Path, fallback_path: Path) -> None:
        self._primary_path = primary_path
        self._fallback_path = fallback_path
        self._primary: _GlyphSource | None = None
        self._fallback: _GlyphSource | None = None
        # fontTools decompiles glyphs lazily on first access, which is not thread-safe.
        self._lock = threading.Lock()
        self._cache: dict[frozenset[str], bytes] = {}

    def _sources(self, need_fallback: bool) -> tuple[_GlyphSource, _GlyphSource | None]:
        if self._primary is None:
            self._primary = _GlyphSource(self._primary_path, PRIMARY_FACE, "")
        if need_fallback and self._fallback is None:
            self._fallback = _GlyphSource(self._fallback_path, FALLBACK_FACE, "x.")
        return self._primary, self._fallback

    def build(self, text: str) -> bytes:
        chars = frozenset(ch for ch in text if ch.isprintable())
        with self._lock:
            cached = self._cache.get(chars)
            if cached is None:
                cached = self._build(chars)
                if len(self._cache) >= 256:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[chars] = cached
            return cached

    def _build(self, chars: frozenset[str]) -> bytes:
        primary, _ = self._sources(need_fallback=False)
        from_fallback = {ch for ch in chars if ord(ch) not in primary.cmap}
        primary, fallback = self._sources(need_fallback=bool(from_fallback))
        if fallback is not None and fallback.units_per_em != primary.units_per_em:
            # Glyph outlines are copied as they are; mixed units per em would mis-size them.
            raise RenderError(SlipErrorReason.INVALID_CONTENT, field="fallback font",
                              detail="has a different units-per-em than the primary font")
        cmap: dict[int, str] = {}
        picked: list[tuple[_GlyphSource, str]] = [(primary, ".notdef")]
        for ch in sorted(chars):
            code = ord(ch)
            if code in primary.cmap:
                cmap[code] = primary.cmap[code]
                picked.append((primary, primary.cmap[code]))
            elif fallback is not None and code in fallback.cmap:
                cmap[code] = fallback.prefix + fallback.cmap[code]
                picked.append((fallback, fallback.cmap[code]))
        glyphs = {}
        metrics = {}
        for source in (primary, fallback):
            if source is None:
                continue
            names = source.closure(n for s, n in picked if s is source)
            for name in names:
                glyph = copy.deepcopy(source.glyf[name])
                if source.prefix and glyph.isComposite():
                    for component in glyph.components:
                        component.glyphName = source.prefix + component.glyphName
                glyphs[source.prefix + name] = glyph
                metrics[source.prefix + name] = source.hmtx[name]
        order = [".notdef", *sorted(n for n in glyphs if n != ".notdef")]
        hhea = primary.font["hhea"]
        os2 = primary.font["OS/2"]
        builder = FontBuilder(primary.units_per_em, isTTF=True)
        builder.setupGlyphOrder(order)
        builder.setupCharacterMap(cmap)
        builder.setupGlyf(glyphs)
        builder.setupHorizontalMetrics(metrics)
        builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent)
        builder.setupNameTable({
            "familyName": "WenQuanYi Zen Hei Stamp",
            "styleName": "Regular",
            # pyHanko names the embedded font after this, with its own subset tag in front.
            "psName": "WenQuanYiZenHei-Stamp",
        })
        builder.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                         usWinAscent=os2.usWinAscent, usWinDescent=os2.usWinDescent)
        builder.setupPost()
        out = io.BytesIO()
        builder.save(out)
        return out.getvalue()


@lru_cache(maxsize=4)
def stamp_font_builder(directory: Path | None = None) -> StampFontBuilder:
    base = directory or font_dir()
    return StampFontBuilder(base / PRIMARY_FILE, base / FALLBACK_FILE)
