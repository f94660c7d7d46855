"""Before Qt starts on X11, a missing system library is named in one line, not an abort."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import PySide6
import pytest

from hj_journal.paths import AppPaths
from hj_journal.ui.platform import platform_check
from hj_journal.ui.platform.platform_check import (
    EXIT_MISSING_SYSTEM_PACKAGE,
    XCB_LIBRARIES,
    check_window_libraries,
)
from hj_journal.ui.shell.app import run
from tests.helpers import REPO, subprocess_env


def _without(*sonames: str) -> Any:
    return lambda soname: soname not in sonames


def test_a_missing_xcb_cursor_names_the_package_for_debian_and_fedora() -> None:
    line = check_window_libraries({}, "linux", _without("libxcb-cursor.so.0"))
    assert line == (
        "HJ Journal needs the system package libxcb-cursor0 (Debian/Ubuntu) or "
        "xcb-util-cursor (Fedora) to open its window."
    )


def test_several_missing_libraries_are_named_once_each_in_one_line() -> None:
    line = check_window_libraries(
        {"QT_QPA_PLATFORM": "xcb"},
        "linux",
        _without("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-randr.so.0"),
    )
    assert line is not None and "\n" not in line
    assert "libxcb-icccm4, libxcb-keysyms1, libxcb-randr0 (Debian/Ubuntu)" in line
    assert "xcb-util-wm, xcb-util-keysyms, libxcb (Fedora)" in line


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({}, "darwin"),
        ({}, "win32"),
    ],
)
def test_no_check_when_qt_will_not_use_xcb(environ: dict[str, str], platform: str) -> None:
    def never(soname: str) -> bool:
        raise AssertionError("nothing is loaded when xcb is not in use")

    assert check_window_libraries(environ, platform, never) is None


def test_nothing_missing_means_no_message() -> None:
    assert check_window_libraries({}, "linux", lambda soname: True) is None


def test_the_default_loader_finds_a_library_that_is_there_and_not_one_that_is_not() -> None:
    assert platform_check.can_load(ctypes.util.find_library("c") or "libc.so.6")
    assert not platform_check.can_load("libhj-journal-no-such-library.so.9")


def test_every_library_the_plugin_links_is_mapped() -> None:
    # The PySide6 xcb plugin's NEEDED entries that are X11/xcb/GL libraries must all be
    # in the table, so a newer PySide6 that links one more is noticed here.
    plugin = Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.exists() or not sys.platform.startswith("linux"):
        pytest.skip("no PySide6 xcb plugin here")
    done = subprocess.run(
        ["objdump", "-p", str(plugin)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("objdump is not available")
    needed = {
        line.split()[1] for line in done.stdout.splitlines() if line.strip().startswith("NEEDED")
    }
    system = {n for n in needed if n.startswith(("libxcb", "libX", "libxkb", "libGL", "libEGL"))}
    assert system <= {library.soname for library in XCB_LIBRARIES}


def test_run_prints_one_line_and_exits_2_before_qt_starts(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    line = "HJ Journal needs the system package libxcb-cursor0 (Debian/Ubuntu) or …"
    assert run(paths, window_check=lambda: line) == EXIT_MISSING_SYSTEM_PACKAGE == 2
    assert capsys.readouterr().err == line + "\n"
    assert not (tmp_path / "data").exists()  # nothing was started or created


def test_the_check_loads_no_qt_module(tmp_path: Any) -> None:
    code = (
        "import sys\n"
        "from hj_journal.ui.platform.platform_check import check_window_libraries\n"
        "check_window_libraries({}, 'linux')\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    env = subprocess_env(tmp_path / "data", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
