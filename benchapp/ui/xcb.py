"""Before the first window on Linux/X11: are the system libraries Qt's xcb platform needs there?

Without them Qt aborts the process with "Could not load the Qt platform plugin xcb", and the
library it names is often not the one missing (issue 15: libxcb-icccm4 and libxcb-keysyms1 were
missing on a stock Debian 12, Qt blamed libxcb-cursor0). This check names the missing Debian
packages instead. It needs no Qt: it runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping

# What PySide6's xcb platform plugin and the Qt libraries under it load from the system
# (`readelf -d` of libqxcb.so, libQt6XcbQpa, libQt6Gui, libQt6Widgets, libQt6DBus; Qt's own
# ICU comes with the wheel), with the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

Loader = Callable[[str], bool]


def can_load(soname: str) -> bool:
    """True if the dynamic linker finds and loads ``soname`` (Qt would load it anyway)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start on its X11 (xcb) platform in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.startswith("xcb")  # offscreen, wayland, vnc, ... need none of these
    # Qt 6 takes Wayland in a Wayland session and falls back to xcb only when that fails.
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def missing_libraries(load: Loader | None = None) -> dict[str, str]:
    """The libraries of XCB_LIBRARIES that cannot be loaded, with their packages."""
    load = load or can_load
    return {soname: package for soname, package in XCB_LIBRARIES.items() if not load(soname)}


def problem(environ: Mapping[str, str], *, platform: str = sys.platform,
            load: Loader | None = None) -> str | None:
    """The message to print instead of starting Qt, or None when nothing is missing."""
    if not uses_xcb(environ, platform):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    packages = " ".join(sorted(set(missing.values())))
    return ("benchapp cannot open its window: the X11 (xcb) libraries Qt needs are missing: "
            f"{', '.join(missing)}.\n"
            f"Install them (Debian/Ubuntu): sudo apt-get install {packages}")
