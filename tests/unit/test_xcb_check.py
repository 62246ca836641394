"""At start on Linux/X11 the app names the missing system packages instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchapp.ui import xcb

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


def loader_without(*missing: str):
    tried = []

    def load(soname: str) -> bool:
        tried.append(soname)
        return soname not in missing

    load.tried = tried
    return load


def test_missing_libraries_are_named_with_their_debian_packages():
    load = loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1")

    message = xcb.problem(X11, platform="linux", load=load)

    assert set(load.tried) == set(xcb.XCB_LIBRARIES)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert message.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_nothing_is_said_when_every_library_loads():
    assert xcb.problem(X11, platform="linux", load=loader_without()) is None


@pytest.mark.parametrize("environ", [
    {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"},
    {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"},
    {},  # no display at all: Qt says so itself
    {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
], ids=["offscreen", "wayland-chosen", "no-display", "wayland-session"])
def test_other_platforms_are_not_checked(environ):
    load = loader_without("libxcb-icccm.so.4")
    assert xcb.problem(environ, platform="linux", load=load) is None
    assert load.tried == []


def test_windows_is_not_checked():
    assert xcb.problem(X11, platform="win32", load=loader_without("libxcb.so.1")) is None


def test_an_explicit_xcb_platform_is_checked_without_display():
    assert xcb.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")


def test_the_real_loader_finds_a_library_and_refuses_a_made_up_one():
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux sonames")
    assert xcb.can_load("libc.so.6")
    assert not xcb.can_load("libno-such-library-benchapp.so.9")


def test_the_gui_exits_with_the_message_before_qt_starts(tmp_path):
    """A fresh process, as a bench starts it: exit 1, the packages on stderr, no database."""
    db = tmp_path / "bench.db"
    code = ("import sys; from benchapp.ui import xcb; "
            "xcb.can_load = lambda name: name != 'libxcb-keysyms.so.1'; "
            "from benchapp.cli import main; sys.exit(main(['--db', sys.argv[1]]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code, f"sqlite:///{db}"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert "sudo apt-get install libxcb-keysyms1" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()
