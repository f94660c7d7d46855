"""Before Qt starts on X11: are the system libraries its xcb plugin needs there?

Without them Qt aborts with "could not load the Qt platform plugin xcb", a message that
names no package. This check runs before ``QApplication`` exists and names the system
packages to install instead. It only uses ``ctypes`` and only runs on Linux when Qt would
pick the xcb plugin, so start-up stays as quick as before: each library is one ``dlopen``
of something Qt loads a moment later anyway.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

EXIT_MISSING_SYSTEM_PACKAGE = 2
"""Exit code of ``hj-journal`` (the window) when a system package it needs is missing."""


@dataclass(frozen=True)
class SystemLibrary:
    """One shared library the xcb plugin links, and the packages that ship it."""

    soname: str
    debian: str
    fedora: str


# What libqxcb.so, libQt6XcbQpa and libQt6Gui link (objdump -p … | grep NEEDED), beyond
# what any Python already has. Debian names checked with apt-file on Debian 12.
XCB_LIBRARIES: tuple[SystemLibrary, ...] = (
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    SystemLibrary("libfreetype.so.6", "libfreetype6", "freetype"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)


def can_load(soname: str) -> bool:
    """True when the dynamic loader finds ``soname`` (the way Qt will look for it)."""
    import ctypes  # here: only where the check runs (Linux, the xcb plugin)

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """True when Qt is about to choose its xcb plugin: Linux, and no other platform asked.

    ``QT_QPA_PLATFORM`` may hold a list ("wayland;xcb"); only a lone xcb (or nothing)
    means xcb is the one that must load.
    """
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    return chosen in ("", "xcb")


def missing_libraries(
    loader: Callable[[str], bool] = can_load,
    libraries: tuple[SystemLibrary, ...] = XCB_LIBRARIES,
) -> list[SystemLibrary]:
    """The libraries in ``libraries`` that ``loader`` cannot load, in order."""
    return [library for library in libraries if not loader(library.soname)]


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def missing_package_message(missing: list[SystemLibrary]) -> str:
    """One line naming the packages to install for ``missing`` (which is not empty)."""
    debian = ", ".join(_unique([library.debian for library in missing]))
    fedora = ", ".join(_unique([library.fedora for library in missing]))
    noun = "package" if len(missing) == 1 else "packages"
    return (
        f"HJ Journal needs the system {noun} {debian} (Debian/Ubuntu) or {fedora} (Fedora)"
        " to open its window."
    )


def check_window_libraries(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    loader: Callable[[str], bool] = can_load,
) -> str | None:
    """The line to print when the window cannot open for a missing package, else None."""
    if not uses_xcb(os.environ if environ is None else environ, platform or sys.platform):
        return None
    missing = missing_libraries(loader)
    return missing_package_message(missing) if missing else None
