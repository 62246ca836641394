"""Regenerate the GUI's build products: `python -m benchapp.ui.build [--check] [--update-ts]`.

forms/*.ui -> benchapp/ui/forms/ui_*.py with pyside6-uic (committed, generated, do not edit);
resources/i18n/*.ts -> .qm in the user cache with pyside6-lrelease (not committed).
``--update-ts`` runs pyside6-lupdate to add new source strings to the .ts files.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchapp.resources import resource_dir
from benchapp.ui import i18n
from benchapp.ui.qt_tools import find_qt_tool

PACKAGE_DIR = Path(__file__).resolve().parents[1]
CHECKOUT_DIR = PACKAGE_DIR.parent
FORMS_DIR = CHECKOUT_DIR / "forms"
GENERATED_DIR = Path(__file__).resolve().with_name("forms")
APP_MODULE = PACKAGE_DIR / "app.py"
# Lines that change with the uic build, not with the form: ignored when checking staleness.
_VOLATILE = re.compile(r"^##.*(\bversion\b|\b\d{4}-\d{2}-\d{2}\b)")


class BuildError(RuntimeError):
    """A Qt tool is missing or failed."""


def _tool(name: str) -> list[str]:
    tool = find_qt_tool(name)
    if tool is None:
        raise BuildError(f"{name} not found: install PySide6 (pip install -e '.[dev]').")
    return tool


def form_sources() -> list[Path]:
    if not FORMS_DIR.is_dir():
        raise BuildError(f"{FORMS_DIR} does not exist: build from a source checkout.")
    return sorted(FORMS_DIR.glob("*.ui"))


def generated_path(ui: Path, out_dir: Path = GENERATED_DIR) -> Path:
    return out_dir / f"ui_{ui.stem}.py"


def compile_form(ui: Path, out: Path) -> None:
    # Run from forms/ with the bare file name: the header then names the form, not a path
    # that differs between checkouts.
    result = subprocess.run([*_tool("uic"), ui.name, "-o", str(out.resolve())], cwd=ui.parent,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"uic failed on {ui}: {(result.stderr or result.stdout).strip()}")


def compile_forms(out_dir: Path = GENERATED_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in form_sources():
        out = generated_path(ui, out_dir)
        compile_form(ui, out)
        written.append(out)
    return written


def comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if not _VOLATILE.search(line)]


def stale_forms() -> list[str]:
    """Names of committed ui_*.py files that differ from a fresh uic run (or are missing)."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for fresh in compile_forms(Path(tmp)):
            committed = GENERATED_DIR / fresh.name
            if not committed.is_file() or comparable(committed.read_text(encoding="utf-8")) \
                    != comparable(fresh.read_text(encoding="utf-8")):
                stale.append(committed.name)
    return stale


def lupdate_sources() -> list[Path]:
    """Every file with user-facing strings. The generated ui_*.py repeat the .ui files' strings."""
    python = [p for p in sorted(Path(__file__).resolve().parent.rglob("*.py"))
              if GENERATED_DIR not in p.parents]
    return [APP_MODULE, *python, *form_sources()]


def update_ts(ts: Path) -> str:
    """Merge the current source strings into ``ts``; translations already there are kept."""
    # No source locations: they change with every edit and would make every .ts diff a conflict.
    result = subprocess.run(
        [*_tool("lupdate"), "-no-obsolete", "-locations", "none",
         *[str(p) for p in lupdate_sources()], "-ts", str(ts)],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"lupdate failed: {(result.stderr or result.stdout).strip()}")
    return result.stdout


def translation_sources() -> list[Path]:
    return sorted((resource_dir() / "i18n").glob("benchapp_*.ts"))


def build_catalogues() -> list[Path]:
    built = []
    for ts in translation_sources():
        lang = ts.stem.removeprefix("benchapp_")
        qm = i18n.ensure_qm(lang)
        if qm is None:
            raise BuildError(f"could not build the catalogue for {ts.name}; see the log above.")
        built.append(qm)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchapp.ui.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="only report generated forms that are out of date (exit 1 if any)")
    parser.add_argument("--update-ts", action="store_true",
                        help="also run lupdate to merge new source strings into the .ts files")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = stale_forms()
            for name in stale:
                print(f"stale: benchapp/ui/forms/{name}; run python -m benchapp.ui.build")
            return 1 if stale else 0
        for out in compile_forms():
            print(f"generated {out.relative_to(CHECKOUT_DIR)}")
        if args.update_ts:
            for ts in translation_sources():
                print(f"{ts.name}: {update_ts(ts).strip()}")
        for qm in build_catalogues():
            print(f"built {qm}")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
