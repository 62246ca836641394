"""Translations: choose the language, find or build the .qm of the committed .ts, install
translators."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from benchapp import settings
from benchapp.resources import resource
from benchapp.ui.qt_tools import find_qt_tool

log = logging.getLogger(__name__)

LANG_ENV = "BENCHAPP_LANG"
SETTINGS_ORG = SETTINGS_APP = "benchapp"
# Declared with the other bench settings (benchapp.settings).
LANGUAGE_KEY = settings.BENCH_LANGUAGE.key
SYSTEM = settings.LANGUAGE_SYSTEM
ENGLISH = settings.LANGUAGE_ENGLISH  # the source language: no translator needed
CHINESE = settings.LANGUAGE_CHINESE
LANGUAGES = settings.LANGUAGES
LRELEASE_TIMEOUT_S = 60


def ts_path(lang: str) -> Path:
    return resource("i18n", f"benchapp_{lang}.ts")


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("benchapp", appauthor=False)) / "i18n"


def normalize(value: str | None) -> str | None:
    """A language code as users write it ('zh', 'zh-CN', 'en_US') -> zh_CN, en, or None (system)."""
    text = (value or "").strip().lower()
    if not text or text == SYSTEM:
        return None
    code = settings.language_code(text)
    if code is not None:
        return code
    log.warning("Unknown language %r: following the system locale instead.", value)
    return None


def read_language_setting() -> str:
    value = QSettings(SETTINGS_ORG, SETTINGS_APP).value(LANGUAGE_KEY, SYSTEM)
    return str(value) if value is not None else SYSTEM


def choose_language(*, env: str | None, setting: str | None, system_locale: str) -> str:
    """$BENCHAPP_LANG beats the ui/language setting, which beats the system locale."""
    for chosen in (normalize(env), normalize(setting)):
        if chosen is not None:
            return chosen
    return CHINESE if system_locale.lower().startswith("zh") else ENGLISH


def current_language() -> str:
    return choose_language(env=os.environ.get(LANG_ENV), setting=read_language_setting(),
                           system_locale=QLocale.system().name())


def build_qm(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease; False (and a logged warning) when impossible."""
    tool = find_qt_tool("lrelease")
    if tool is None:
        log.warning("pyside6-lrelease not found: the GUI stays in English.")
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Build beside the target, then rename: a second bench starting at the same moment never
    # reads a half-written file.
    fd, tmp_name = tempfile.mkstemp(prefix=qm.stem, suffix=".qm.tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run([*tool, "-silent", str(ts), "-qm", str(tmp)],
                                capture_output=True, text=True, timeout=LRELEASE_TIMEOUT_S,
                                check=False)
        if result.returncode != 0 or tmp.stat().st_size == 0:
            log.warning("lrelease failed on %s (exit %s): %s", ts, result.returncode,
                        (result.stderr or result.stdout).strip())
            return False
        os.replace(tmp, qm)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease could not run on %s: %s", ts, exc)
        return False
    finally:
        tmp.unlink(missing_ok=True)


def qm_name(ts: Path) -> str:
    """The catalogue's file name: the .ts's name with a hash of its content."""
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    return f"{ts.stem}-{digest}.qm"


def ensure_qm(lang: str, directory: Path | None = None) -> Path | None:
    """The compiled catalogue for ``lang``: the one shipped beside the .ts, else one built from
    the .ts into the cache when needed.

    The file name carries a hash of the .ts, so an edited or upgraded .ts always gets a fresh
    build (file times lie after a copy or a checkout), two installed versions sharing one
    cache never load each other's catalogue, and a shipped catalogue is used only while it is
    the one of the .ts beside it. The installed bundle ships it (installer/build.py): a bench
    never needs lrelease, which the bundle does not carry.
    """
    ts = ts_path(lang)
    if not ts.is_file():
        log.warning("No translation source %s: the GUI stays in English.", ts)
        return None
    name = qm_name(ts)
    shipped = ts.with_name(name)
    if shipped.is_file() and shipped.stat().st_size > 0:
        return shipped
    directory = directory or cache_dir()
    qm = directory / name
    if qm.is_file() and qm.stat().st_size > 0:
        return qm
    if not build_qm(ts, qm):
        return None
    for old in directory.glob(f"benchapp_{lang}-*.qm"):
        if old != qm:
            old.unlink(missing_ok=True)
    return qm


@dataclass
class Translation:
    """The translators installed for one language; ``remove()`` returns to English."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None

    @property
    def active(self) -> bool:
        return bool(self.translators)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None


def install(lang: str, *, directory: Path | None = None) -> Translation:
    """Install the app's catalogue and Qt's own (standard buttons and dialogs) for ``lang``."""
    translation = Translation(language=lang)
    if lang == ENGLISH:
        return translation
    qm = ensure_qm(lang, directory)
    if qm is None:
        translation.language = ENGLISH
        return translation
    app_translator = QTranslator()
    if not app_translator.load(str(qm)):
        log.warning("Could not load %s: the GUI stays in English.", qm)
        translation.language = ENGLISH
        return translation
    QCoreApplication.installTranslator(app_translator)
    translation.translators.append(app_translator)
    # Qt's catalogue: qtbase_* in a full Qt, only the qt_* meta catalogue in some wheels.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{lang}", f"qt_{lang}"):
        qt_translator = QTranslator()
        if qt_translator.load(name, qt_dir):
            QCoreApplication.installTranslator(qt_translator)
            translation.translators.append(qt_translator)
            break
    else:
        log.info("Qt's own %s translation is not installed in %s.", lang, qt_dir)
    translation.previous_locale = QLocale()
    QLocale.setDefault(QLocale(lang))
    return translation
