"""Make sure Chinese text has a font, even on a bench PC without one configured."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from benchapp.resources import resource

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# Common places of a CJK font on Linux, Windows and macOS when fontconfig does not list one.
SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/PingFang.ttc",
)


def cjk_families() -> list[str]:
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def _candidates() -> list[Path]:
    bundled = resource("fonts")
    shipped = sorted(p for p in bundled.glob("*") if p.suffix.lower() in FONT_SUFFIXES) \
        if bundled.is_dir() else []
    return [*shipped, *(Path(p) for p in SYSTEM_CJK_FONTS)]


def ensure_cjk_font() -> str | None:
    """The family that renders Chinese, loading one from a file if the system lists none.

    Needs a QGuiApplication. Returns None (and logs a warning) if no font can be found: the
    app still runs, Chinese text then shows as boxes.
    """
    families = cjk_families()
    if families:
        return families[0]
    for path in _candidates():
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        loaded = QFontDatabase.applicationFontFamilies(font_id)
        if loaded:
            # Fall back to it for every family the widgets ask for.
            for family in {QFont().defaultFamily(), QFont().family()}:
                QFont.insertSubstitution(family, loaded[0])
            log.info("Loaded the CJK font %s from %s", loaded[0], path)
            return loaded[0]
    log.warning("No font for Chinese found: install one (e.g. fonts-wqy-zenhei); "
                "Chinese text will not render.")
    return None
