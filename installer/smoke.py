"""Try a built bundle as a bench would run it: `python3 installer/smoke.py DIST/benchapp`.

Runs the bundle's own programs (not the checkout's Python) in a fresh HOME with no benchapp
settings: `--version`, `db upgrade` on a fresh SQLite file, `demo`, `slip verify --rma`,
`slip export` and `slip verify` of the exported PDF, a form export (the service form with its
Code128 and QR), unit labels (reportlab's barcodes), then the
windowed program on Qt's offscreen platform: its sign-in window in Chinese (from the shipped
.qm), and 5 s of running without exiting or printing a traceback. Exit 0 when every step
passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

GUI_SECONDS = 5
DEMO_PASSWORD = "demo1234"  # README's demo logins
# A hang guard, not a speed check: `demo` signs ~260 slips, each unlocking an argon2id-wrapped
# key (3-4 min of CPU on a 2-core machine).
COMMAND_TIMEOUT_S = 600
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailure(AssertionError):
    pass


def check(condition: bool, what: str, done: subprocess.CompletedProcess | None = None) -> None:
    if not condition:
        detail = f"\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}" \
            if done is not None else ""
        raise SmokeFailure(f"{what}{detail}")


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.cli = folder / f"benchapp-cli{EXE}"
        self.gui = folder / f"benchapp{EXE}"
        for exe in (self.cli, self.gui):
            if not exe.is_file():
                raise SmokeFailure(f"{exe} is missing: is {folder} a built bundle?")
        self.home = home
        self.db = f"sqlite:///{(home / 'shop.db').as_posix()}"
        # A bench's environment: nothing of the checkout, the build's venv or this user's
        # benchapp settings, so the bundle must bring everything it uses.
        keep = ("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update({
            "HOME": str(home), "USERPROFILE": str(home),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
            "LOCALAPPDATA": str(home / "local"), "APPDATA": str(home / "roaming"),
            "QT_QPA_PLATFORM": "offscreen",
        })

    def run(self, *args: str, db: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.cli), *args, *(["--db", self.db] if db else [])]
        return subprocess.run(command, env=self.env, cwd=self.home, capture_output=True,
                              text=True, encoding="utf-8", errors="replace",
                              timeout=COMMAND_TIMEOUT_S, check=False)

    def ok(self, *args: str, db: bool = True) -> subprocess.CompletedProcess:
        done = self.run(*args, db=db)
        check(done.returncode == 0 and "Traceback" not in done.stderr,
              f"benchapp-cli {' '.join(args)} exited {done.returncode}", done)
        return done


def steps(bundle: Bundle, version: str | None) -> list[tuple[str, Callable[[], str]]]:
    found: dict[str, str] = {}

    def show_version() -> str:
        out = bundle.ok("--version", db=False).stdout.strip()
        check(re.fullmatch(r"benchapp \S+", out) is not None, f"--version printed {out!r}")
        if version is not None:
            check(out == f"benchapp {version}", f"--version printed {out!r}, not {version}")
        return out

    def db_upgrade() -> str:
        done = bundle.ok("db", "upgrade")
        check((bundle.home / "shop.db").is_file(), "db upgrade created no database file", done)
        return done.stdout.strip().splitlines()[-1]

    def demo() -> str:
        bundle.ok("demo")
        slips = bundle.ok("slip", "list").stdout.split("\n")
        rows = [line.split() for line in slips if line.strip()]
        check(bool(rows), "the demo left no signed slip")
        found["slip"], found["rma"] = rows[0][0], rows[0][1]
        return f"{len(rows)} signed slips"

    def verify_rma() -> str:
        return bundle.ok("slip", "verify", "--rma", found["rma"]).stdout.strip()

    def export_slip() -> str:
        pdf = bundle.home / "slip.pdf"
        # Reading the archive is signed in and logged (issue 12): the demo's administrator.
        bundle.env["BENCHAPP_PASSWORD"] = DEMO_PASSWORD
        bundle.ok("slip", "export", found["slip"], "--out", str(pdf), "--as", "admin")
        check(pdf.read_bytes().startswith(b"%PDF-"), "the exported slip is not a PDF")
        verified = bundle.ok("slip", "verify", str(pdf))
        return verified.stdout.strip().splitlines()[0]

    def export_form() -> str:
        pdf = bundle.home / "service-form.pdf"
        bundle.env["BENCHAPP_PASSWORD"] = DEMO_PASSWORD
        bundle.ok("form", "service-form", found["rma"], "--out", str(pdf), "--as", "admin")
        check(pdf.read_bytes().startswith(b"%PDF-"), "the exported form is not a PDF")
        return f"service form of {found['rma']}, {pdf.stat().st_size} bytes"

    def labels() -> str:
        pdf = bundle.home / "labels.pdf"
        done = bundle.ok("labels", found["rma"], "--out", str(pdf))
        check(pdf.read_bytes().startswith(b"%PDF-"), "the labels are not a PDF")
        return done.stdout.strip()

    def sign_in_window() -> str:
        # benchmarks/bench_startup.py's probe: says when the sign-in window is up, then quits.
        env = {**bundle.env, "BENCHAPP_LANG": "zh_CN", "BENCHAPP_STARTUP_PROBE": "1"}
        done = subprocess.run([str(bundle.gui), "--db", bundle.db], env=env, cwd=bundle.home,
                              capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=COMMAND_TIMEOUT_S, check=False)
        check(done.returncode == 0 and "login-shown" in done.stdout
              and "Traceback" not in done.stderr, "the sign-in window did not show", done)
        # The .qm shipped in the bundle, not lrelease (which the bundle lacks); the line is
        # logged to stderr or to the log file in the user log directory.
        logs = [done.stderr, *(p.read_text(encoding="utf-8", errors="replace")
                               for p in bundle.home.rglob("*.log"))]
        check(any("GUI language: zh_CN" in text for text in logs),
              "the GUI did not start in Chinese", done)
        return "shown, in Chinese"

    def gui() -> str:
        env = {**bundle.env, "BENCHAPP_LANG": "zh_CN"}
        started = time.monotonic()
        proc = subprocess.Popen([str(bundle.gui), "--db", bundle.db], env=env, cwd=bundle.home,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8", errors="replace")
        try:
            out, err = proc.communicate(timeout=GUI_SECONDS)
            ran = time.monotonic() - started
            raise SmokeFailure(f"the GUI exited {proc.returncode} after {ran:.1f} s\n"
                               f"--- stdout\n{out[-3000:]}\n--- stderr\n{err[-3000:]}")
        except subprocess.TimeoutExpired:
            proc.terminate()
            out, err = proc.communicate(timeout=30)
        check("Traceback" not in err, f"the GUI printed a traceback:\n{err[-3000:]}")
        return f"ran {GUI_SECONDS} s, no traceback"

    return [("--version", show_version), ("db upgrade", db_upgrade), ("demo", demo),
            ("slip verify --rma", verify_rma), ("slip export", export_slip),
            ("form export", export_form), ("labels", labels),
            ("GUI sign-in window", sign_in_window),
            ("GUI offscreen", gui)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/smoke.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. dist/benchapp")
    parser.add_argument("--version", default=None,
                        help="the version --version must print (default: any)")
    args = parser.parse_args(argv)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="benchapp-smoke-") as home:
        try:
            bundle = Bundle(args.bundle.resolve(), Path(home))
        except SmokeFailure as exc:
            print(f"smoke: {exc}", file=sys.stderr)
            return 1
        for name, step in steps(bundle, args.version):
            started = time.monotonic()
            try:
                said = step()
            except (SmokeFailure, subprocess.TimeoutExpired, OSError, KeyError) as exc:
                failed += 1
                print(f"FAILED {name}: {exc}", flush=True)
                if name in ("db upgrade", "demo"):
                    break  # every later step needs the demo shop
                continue
            passed += 1
            print(f"ok {name} ({time.monotonic() - started:.1f} s): {said}", flush=True)
    print(f"smoke: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
