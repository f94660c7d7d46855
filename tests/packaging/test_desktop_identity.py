"""The desktop entry, the AppStream metadata and the app name themselves the same way.

The task bar groups windows and shows the icon by matching the window's class (X11's
WM_CLASS, from the application name) or app id (Wayland, from the desktop file name)
with a desktop entry: all of them, and the icon's name, are the one AppStream id. The
disguise swaps every one of them for the neutral entry's name together.
"""

from __future__ import annotations

import configparser
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from hj_journal import __version__
from hj_journal.ui.platform.disguise import (
    NEUTRAL_DESKTOP_NAME,
    REAL_DESKTOP_NAME,
    Identity,
    apply_identity,
)
from tests.helpers import REPO

PACKAGING = REPO / "packaging"
APP_ID = REAL_DESKTOP_NAME


def desktop_entry(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(REPO / "resources" / "desktop" / f"{name}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()


def test_the_id_is_reverse_dns() -> None:
    assert re.fullmatch(r"[a-z]+\.[a-z0-9]+\.[A-Za-z0-9]+", APP_ID)


def test_the_desktop_entries_name_their_window_class_and_icon() -> None:
    real = desktop_entry(APP_ID)
    assert real["StartupWMClass"] == APP_ID
    assert real["Icon"] == APP_ID  # the hicolor icons the package installs
    assert real["Exec"].split()[0] == "hj-journal"  # the launcher on the PATH
    neutral = desktop_entry(NEUTRAL_DESKTOP_NAME)
    assert neutral["StartupWMClass"] == NEUTRAL_DESKTOP_NAME
    assert neutral["Exec"].split()[0] == "hj-journal"


def test_the_metainfo_describes_the_same_app() -> None:
    root = metainfo()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "hj-journal"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_the_build_and_the_flatpak_use_the_same_id() -> None:
    build = (PACKAGING / "linux" / "build.sh").read_text(encoding="utf-8")
    assert f'APP_ID="{APP_ID}"' in build
    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^app-id: {re.escape(APP_ID)}$", manifest, re.M)


def test_the_app_tells_the_window_system_the_entry_in_force(qapp: QApplication) -> None:
    try:
        apply_identity(Identity())
        assert QGuiApplication.desktopFileName() == desktop_entry(APP_ID)["StartupWMClass"]
        assert QApplication.applicationName() == APP_ID  # X11's WM_CLASS
        apply_identity(Identity(True, "Notes"))
        neutral = desktop_entry(NEUTRAL_DESKTOP_NAME)["StartupWMClass"]
        assert QGuiApplication.desktopFileName() == neutral
        assert QApplication.applicationName() == neutral
    finally:
        apply_identity(Identity())


def test_the_package_extra_names_pyinstaller_with_a_lower_bound() -> None:
    project = tomllib.loads(Path(REPO / "pyproject.toml").read_text(encoding="utf-8"))
    extra = project["project"]["optional-dependencies"]["package"]
    assert any(re.fullmatch(r"pyinstaller>=\d+(\.\d+)*", item) for item in extra)
