"""Build the bench bundle on this OS: `python3 installer/build.py [--out DIR]`.

Stages the resources (fonts and their licences, the .ts with the .qm compiled from it now, so a
bench never runs lrelease), the licences (the project's, Qt's LGPL notice and texts), then runs
PyInstaller on installer/benchapp.spec: DIR/benchapp/ holds `benchapp` (windowed) and
`benchapp-cli` (console). Prints the bundle's size and the build time. Needs the `installer`
extra (`pip install -e '.[installer]'`). On Windows, installer/benchapp.iss then packs DIR/benchapp
into a setup program (docs/install.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "benchapp.spec"
sys.path.insert(0, str(ROOT))  # the checkout's benchapp, installed or not

LICENSE_FILES = [ROOT / "LICENSE", *sorted((INSTALLER / "licenses").glob("*.txt"))]


class BuildError(RuntimeError):
    pass


def stage(stage_dir: Path) -> None:
    """Copy what the spec bundles as data into ``stage_dir`` (resources/, licenses/)."""
    from benchapp.ui import i18n

    resources = stage_dir / "resources"
    shutil.copytree(ROOT / "resources", resources,
                    ignore=shutil.ignore_patterns("*.qm", "__pycache__"))
    for ts in sorted((resources / "i18n").glob("*.ts")):
        # Named with the .ts's hash: i18n.ensure_qm takes it only while it matches the .ts.
        qm = ts.with_name(i18n.qm_name(ts))
        if not i18n.build_qm(ts, qm):
            raise BuildError(f"lrelease could not compile {ts.name}; see the log above")
    licenses = stage_dir / "licenses"
    licenses.mkdir()
    for path in LICENSE_FILES:
        shutil.copy2(path, licenses / path.name)
    for path in sorted((ROOT / "resources" / "fonts").iterdir()):
        if path.suffix.lower() not in (".ttf", ".ttc", ".otf"):
            shutil.copy2(path, licenses / f"fonts-{path.name}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(out: Path, work: Path) -> Path:
    stage_dir = work / "stage"
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    stage_dir.mkdir(parents=True)
    stage(stage_dir)
    env = {**os.environ, "BENCHAPP_STAGE": str(stage_dir)}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(out), "--workpath", str(work / "pyi"),
               str(SPEC)]
    done = subprocess.run(command, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {done.returncode})")
    return out / "benchapp"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the bundle folder benchapp/ goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=None,
                        help="PyInstaller's work folder (default: a temporary one)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.work is not None:
            bundle = build(args.out.resolve(), args.work.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="benchapp-build-") as work:
                bundle = build(args.out.resolve(), Path(work))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    size = folder_size(bundle)
    print(f"built {bundle}: {size / 1e6:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files, "
          f"{seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
